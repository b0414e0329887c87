"""Set AK's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, with set AF's additions and set AI's law titles).
Compares every string constant of substance_pool_ak.py and edit_lib_ak.py with every string constant of
sets A, C-AJ.

python check_overlap_ak.py
"""
import sys

import check_overlap_e
from check_overlap_af import AREAS_AF
from check_overlap_ai import LAWS_AI
from check_overlap_aj import NEW as NEW_AJ
from check_overlap_aj import OLD as OLD_AJ

OLD = OLD_AJ + [f for f in NEW_AJ if f not in OLD_AJ]
NEW = ["substance_pool_ak.py", "edit_lib_ak.py"]

if __name__ == "__main__":
    check_overlap_e.TERMS.extend(AREAS_AF + LAWS_AI)
    sys.exit(check_overlap_e.main(OLD, NEW))
