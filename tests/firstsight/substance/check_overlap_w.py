"""Set W's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_w.py and edit_lib_w.py with every string constant of sets A, C–V (U included).

python check_overlap_w.py
"""
import sys

from check_overlap_e import main
from check_overlap_v import NEW as NEW_V
from check_overlap_v import OLD as OLD_V
from check_overlap_u import NEW as NEW_U

OLD = OLD_V + NEW_V + NEW_U
NEW = ["substance_pool_w.py", "edit_lib_w.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
