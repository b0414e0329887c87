"""Set R's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_r.py and edit_lib_r.py with every string constant of sets A, C–Q (their
substance_edits*.py, substance_pool_k…q.py and edit_lib*.py).  Placeholders ({y}, {unit} …) count as
breaks.  Exit 1 and list the runs if any.

python check_overlap_r.py
"""
import sys

from check_overlap_e import main
from check_overlap_q import NEW as NEW_Q
from check_overlap_q import OLD as OLD_Q

OLD = OLD_Q + NEW_Q
NEW = ["substance_pool_r.py", "edit_lib_r.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
