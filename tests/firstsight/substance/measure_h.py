#!/usr/bin/env python3
"""The eighth set (substance_edits_h*.py), measured exactly as measure_c.py measures the third:

python measure_h.py --cmd /work/frozen8/bin/fzscore --set tune|held --out results-h-tune.json [--no-pages]
"""
import runpy
import sys
from pathlib import Path

sys.argv[1:1] = ["--edits", "h"]
runpy.run_path(str(Path(__file__).with_name("measure_c.py")), run_name="__main__")
