"""Set AB's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_ab.py and edit_lib_ab.py with every string constant of sets A, C–AA (Z and AA included).

python check_overlap_ab.py
"""
import sys

from check_overlap_aa import NEW as NEW_AA
from check_overlap_aa import OLD as OLD_AA
from check_overlap_e import main

OLD = OLD_AA + [f for f in NEW_AA if f not in OLD_AA]
NEW = ["substance_pool_ab.py", "edit_lib_ab.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
