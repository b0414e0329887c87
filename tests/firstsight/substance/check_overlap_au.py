"""Set AU's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (as check_overlap_at.py).  Compares every string constant of substance_pool_au.py and
edit_lib_au.py with every string constant of sets A, C-AT.

python check_overlap_au.py
"""
import sys

import check_overlap_e
from check_overlap_af import AREAS_AF
from check_overlap_ai import LAWS_AI
from check_overlap_al import TERMS_AL
from check_overlap_at import NEW as NEW_AT
from check_overlap_at import OLD as OLD_AT

OLD = OLD_AT + [f for f in NEW_AT if f not in OLD_AT]
NEW = ["substance_pool_au.py", "edit_lib_au.py"]

if __name__ == "__main__":
    check_overlap_e.TERMS.extend(AREAS_AF + LAWS_AI + TERMS_AL)
    sys.exit(check_overlap_e.main(OLD, NEW))
