"""Set AJ's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, with set AF's additions and set AI's law titles).
Compares every string constant of substance_pool_aj.py and edit_lib_aj.py with every string constant of
sets A, C-AI.

python check_overlap_aj.py
"""
import sys

import check_overlap_e
from check_overlap_af import AREAS_AF
from check_overlap_ai import LAWS_AI
from check_overlap_ai import NEW as NEW_AI
from check_overlap_ai import OLD as OLD_AI

OLD = OLD_AI + [f for f in NEW_AI if f not in OLD_AI]
NEW = ["substance_pool_aj.py", "edit_lib_aj.py"]

if __name__ == "__main__":
    check_overlap_e.TERMS.extend(AREAS_AF + LAWS_AI)
    sys.exit(check_overlap_e.main(OLD, NEW))
