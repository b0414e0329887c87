"""Set AR's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (as check_overlap_aq.py).  Compares every string constant of substance_pool_ar.py and
edit_lib_ar.py with every string constant of sets A, C-AQ.

python check_overlap_ar.py
"""
import sys

import check_overlap_e
from check_overlap_af import AREAS_AF
from check_overlap_ai import LAWS_AI
from check_overlap_al import TERMS_AL
from check_overlap_aq import NEW as NEW_AQ
from check_overlap_aq import OLD as OLD_AQ

OLD = OLD_AQ + [f for f in NEW_AQ if f not in OLD_AQ]
NEW = ["substance_pool_ar.py", "edit_lib_ar.py"]

if __name__ == "__main__":
    check_overlap_e.TERMS.extend(AREAS_AF + LAWS_AI + TERMS_AL)
    sys.exit(check_overlap_e.main(OLD, NEW))
