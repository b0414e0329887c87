"""Set O's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_o.py and edit_lib_o.py with every string constant of sets A, C–N (their
substance_edits*.py, substance_pool_k/l/m.py and edit_lib*.py).  Placeholders ({y}, {unit} …) count as
breaks.  Exit 1 and list the runs if any.

python check_overlap_o.py
"""
import sys

from check_overlap_e import main
from check_overlap_n import NEW as NEW_N
from check_overlap_n import OLD as OLD_N

OLD = OLD_N + NEW_N
NEW = ["substance_pool_o.py", "edit_lib_o.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
