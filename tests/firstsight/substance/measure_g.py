#!/usr/bin/env python3
"""The seventh set (substance_edits_g*.py), measured exactly as measure_c.py measures the third:

python measure_g.py --cmd /work/frozen7/bin/fzscore --set tune|held --out results-g-tune.json [--no-pages]
"""
import runpy
import sys
from pathlib import Path

sys.argv[1:1] = ["--edits", "g"]
runpy.run_path(str(Path(__file__).with_name("measure_c.py")), run_name="__main__")
