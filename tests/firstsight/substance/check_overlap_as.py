"""Set AS's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (as check_overlap_ar.py).  Compares every string constant of substance_pool_as.py and
edit_lib_as.py with every string constant of sets A, C-AR.

python check_overlap_as.py
"""
import sys

import check_overlap_e
from check_overlap_af import AREAS_AF
from check_overlap_ai import LAWS_AI
from check_overlap_al import TERMS_AL
from check_overlap_ar import NEW as NEW_AR
from check_overlap_ar import OLD as OLD_AR

OLD = OLD_AR + [f for f in NEW_AR if f not in OLD_AR]
NEW = ["substance_pool_as.py", "edit_lib_as.py"]

if __name__ == "__main__":
    check_overlap_e.TERMS.extend(AREAS_AF + LAWS_AI + TERMS_AL)
    sys.exit(check_overlap_e.main(OLD, NEW))
