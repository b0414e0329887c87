"""Set U's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_u.py and edit_lib_u.py with every string constant of sets A, C–T.

python check_overlap_u.py
"""
import sys

from check_overlap_e import main
from check_overlap_t import NEW as NEW_T
from check_overlap_t import OLD as OLD_T

OLD = OLD_T + NEW_T
NEW = ["substance_pool_u.py", "edit_lib_u.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
