#!/usr/bin/env python3
"""Tables of a set-AW results file, as table_e.py prints set E's (per idea, then per case):

python table_aw.py results-aw-tune.json
"""
import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).with_name("table_e.py")), run_name="__main__")
