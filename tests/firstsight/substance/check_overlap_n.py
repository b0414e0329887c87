"""Set N's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_n.py and edit_lib_n.py with every string constant of sets A, C–M (their
substance_edits*.py, substance_pool_k/l/m.py and edit_lib*.py).  Placeholders ({y}, {unit} …) count as
breaks.  Exit 1 and list the runs if any.

python check_overlap_n.py
"""
import sys

from check_overlap_e import main
from check_overlap_m import NEW as NEW_M
from check_overlap_m import OLD as OLD_M

OLD = OLD_M + NEW_M
NEW = ["substance_pool_n.py", "edit_lib_n.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
