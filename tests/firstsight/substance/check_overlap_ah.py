"""Set AH's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, with set AF's additions).  Compares every string
constant of substance_pool_ah.py and edit_lib_ah.py with every string constant of sets A, C-AG.

python check_overlap_ah.py
"""
import sys

import check_overlap_e
from check_overlap_af import AREAS_AF
from check_overlap_ag import NEW as NEW_AG
from check_overlap_ag import OLD as OLD_AG

OLD = OLD_AG + [f for f in NEW_AG if f not in OLD_AG]
NEW = ["substance_pool_ah.py", "edit_lib_ah.py"]

if __name__ == "__main__":
    check_overlap_e.TERMS.extend(AREAS_AF)
    sys.exit(check_overlap_e.main(OLD, NEW))
