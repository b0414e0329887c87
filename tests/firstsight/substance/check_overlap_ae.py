"""Set AE's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_ae.py and edit_lib_ae.py with every string constant of sets A, C-AD.

python check_overlap_ae.py
"""
import sys

from check_overlap_ad import NEW as NEW_AD
from check_overlap_ad import OLD as OLD_AD
from check_overlap_e import main

OLD = OLD_AD + [f for f in NEW_AD if f not in OLD_AD]
NEW = ["substance_pool_ae.py", "edit_lib_ae.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
