"""Set AD's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_ad.py and edit_lib_ad.py with every string constant of sets A, C-AC.

python check_overlap_ad.py
"""
import sys

from check_overlap_ac import NEW as NEW_AC
from check_overlap_ac import OLD as OLD_AC
from check_overlap_e import main

OLD = OLD_AC + [f for f in NEW_AC if f not in OLD_AC]
NEW = ["substance_pool_ad.py", "edit_lib_ad.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
