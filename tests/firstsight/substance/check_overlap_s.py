"""Set S's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_s.py and edit_lib_s.py with every string constant of sets A, C–R.

python check_overlap_s.py
"""
import sys

from check_overlap_e import main
from check_overlap_r import NEW as NEW_R
from check_overlap_r import OLD as OLD_R

OLD = OLD_R + NEW_R
NEW = ["substance_pool_s.py", "edit_lib_s.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
