"""Set AG's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, with set AF's additions).  Compares every string
constant of substance_pool_ag.py and edit_lib_ag.py with every string constant of sets A, C-AF.

python check_overlap_ag.py
"""
import sys

import check_overlap_e
from check_overlap_af import AREAS_AF
from check_overlap_af import NEW as NEW_AF
from check_overlap_af import OLD as OLD_AF

OLD = OLD_AF + [f for f in NEW_AF if f not in OLD_AF]
NEW = ["substance_pool_ag.py", "edit_lib_ag.py"]

if __name__ == "__main__":
    check_overlap_e.TERMS.extend(AREAS_AF)
    sys.exit(check_overlap_e.main(OLD, NEW))
