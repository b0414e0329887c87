#!/usr/bin/env python3
"""The fifth set (substance_edits_e*.py), measured exactly as measure_c.py measures the third:

python measure_e.py --cmd /work/frozen5/bin/fzscore --set tune|held --out results-e-tune.json [--no-pages]
"""
import runpy
import sys
from pathlib import Path

sys.argv[1:1] = ["--edits", "e"]
runpy.run_path(str(Path(__file__).with_name("measure_c.py")), run_name="__main__")
