"""Set M's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_m.py and edit_lib_m.py with every string constant of sets A, C–L (their
substance_edits*.py, substance_pool_k.py, substance_pool_l.py and edit_lib*.py).  Placeholders ({y},
{unit} …) count as breaks.  Exit 1 and list the runs if any.

python check_overlap_m.py
"""
import sys

from check_overlap_e import main
from check_overlap_l import NEW as NEW_L
from check_overlap_l import OLD as OLD_L

OLD = OLD_L + NEW_L
NEW = ["substance_pool_m.py", "edit_lib_m.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
