"""Set L's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_l.py and edit_lib_l.py with every string constant of sets A, C–K (their substance_edits*.py,
substance_pool_k.py and edit_lib*.py).  Placeholders ({y}, {unit} …) count as breaks.  Exit 1 and list the
runs if any.

python check_overlap_l.py
"""
import sys

from check_overlap_e import main
from check_overlap_k import OLD as OLD_K

OLD = OLD_K + ["substance_pool_k.py", "edit_lib_k.py"]
NEW = ["substance_pool_l.py", "edit_lib_l.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
