"""Set Y's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_y.py and edit_lib_y.py with every string constant of sets A, C–X (W and X included).

python check_overlap_y.py
"""
import sys

from check_overlap_e import main
from check_overlap_x import NEW as NEW_X
from check_overlap_x import OLD as OLD_X
from check_overlap_w import NEW as NEW_W

OLD = OLD_X + [f for f in NEW_X + NEW_W if f not in OLD_X]
NEW = ["substance_pool_y.py", "edit_lib_y.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
