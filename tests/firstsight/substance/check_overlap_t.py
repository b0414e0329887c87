"""Set T's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, unchanged).  Compares every string constant of
substance_pool_t.py and edit_lib_t.py with every string constant of sets A, C–S.

python check_overlap_t.py
"""
import sys

from check_overlap_e import main
from check_overlap_s import NEW as NEW_S
from check_overlap_s import OLD as OLD_S

OLD = OLD_S + NEW_S
NEW = ["substance_pool_t.py", "edit_lib_t.py"]

if __name__ == "__main__":
    sys.exit(main(OLD, NEW))
