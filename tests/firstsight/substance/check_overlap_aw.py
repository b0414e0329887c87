"""Set AW's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (as check_overlap_av.py).  Compares every string constant of substance_pool_aw.py and
edit_lib_aw.py with every string constant of sets A, C-AV.

python check_overlap_aw.py
"""
import sys

import check_overlap_e
from check_overlap_af import AREAS_AF
from check_overlap_ai import LAWS_AI
from check_overlap_al import TERMS_AL
from check_overlap_av import NEW as NEW_AV
from check_overlap_av import OLD as OLD_AV

OLD = OLD_AV + [f for f in NEW_AV if f not in OLD_AV]
NEW = ["substance_pool_aw.py", "edit_lib_aw.py"]

if __name__ == "__main__":
    check_overlap_e.TERMS.extend(AREAS_AF + LAWS_AI + TERMS_AL)
    sys.exit(check_overlap_e.main(OLD, NEW))
