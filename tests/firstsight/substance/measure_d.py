#!/usr/bin/env python3
"""The fourth set (substance_edits_d*.py), measured exactly as measure_c.py measures the third:

python measure_d.py --cmd /work/frozen2/bin/fzscore --set tune|held --out results-d-tune.json [--no-pages]
"""
import runpy
import sys
from pathlib import Path

sys.argv[1:1] = ["--edits", "d"]
runpy.run_path(str(Path(__file__).with_name("measure_c.py")), run_name="__main__")
