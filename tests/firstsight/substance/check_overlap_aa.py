"""Set AA's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_aa.py and edit_lib_aa.py with every string constant of sets A, C–Z (Y and Z included).

python check_overlap_aa.py
"""
import sys

from check_overlap_e import main
from check_overlap_z import NEW as NEW_Z
from check_overlap_z import OLD as OLD_Z

OLD = OLD_Z + [f for f in NEW_Z if f not in OLD_Z]
NEW = ["substance_pool_aa.py", "edit_lib_aa.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
