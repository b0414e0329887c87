"""Set AC's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_ac.py and edit_lib_ac.py with every string constant of sets A, C–AB (AA and AB included).

python check_overlap_ac.py
"""
import sys

from check_overlap_ab import NEW as NEW_AB
from check_overlap_ab import OLD as OLD_AB
from check_overlap_e import main

OLD = OLD_AB + [f for f in NEW_AB if f not in OLD_AB]
NEW = ["substance_pool_ac.py", "edit_lib_ac.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
