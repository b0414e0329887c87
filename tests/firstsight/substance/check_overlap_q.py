"""Set Q's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_q.py and edit_lib_q.py with every string constant of sets A, C–P (their
substance_edits*.py, substance_pool_k…p.py and edit_lib*.py).  Placeholders ({y}, {unit} …) count as
breaks.  Exit 1 and list the runs if any.

python check_overlap_q.py
"""
import sys

from check_overlap_e import main
from check_overlap_p import NEW as NEW_P
from check_overlap_p import OLD as OLD_P

OLD = OLD_P + NEW_P
NEW = ["substance_pool_q.py", "edit_lib_q.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
