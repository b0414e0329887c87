"""Set Z's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_z.py and edit_lib_z.py with every string constant of sets A, C–Y (X and Y included).

python check_overlap_z.py
"""
import sys

from check_overlap_e import main
from check_overlap_y import NEW as NEW_Y
from check_overlap_y import OLD as OLD_Y

OLD = OLD_Y + [f for f in NEW_Y if f not in OLD_Y]
NEW = ["substance_pool_z.py", "edit_lib_z.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
