"""Set P's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_p.py and edit_lib_p.py with every string constant of sets A, C–O (their
substance_edits*.py, substance_pool_k…o.py and edit_lib*.py).  Placeholders ({y}, {unit} …) count as
breaks.  Exit 1 and list the runs if any.

python check_overlap_p.py
"""
import sys

from check_overlap_e import main
from check_overlap_o import NEW as NEW_O
from check_overlap_o import OLD as OLD_O

OLD = OLD_O + NEW_O
NEW = ["substance_pool_p.py", "edit_lib_p.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
