#!/usr/bin/env python3
"""The sixth set (substance_edits_f*.py), measured exactly as measure_c.py measures the third:

python measure_f.py --cmd /work/frozen6/bin/fzscore --set tune|held --out results-f-tune.json [--no-pages]
"""
import runpy
import sys
from pathlib import Path

sys.argv[1:1] = ["--edits", "f"]
runpy.run_path(str(Path(__file__).with_name("measure_c.py")), run_name="__main__")
