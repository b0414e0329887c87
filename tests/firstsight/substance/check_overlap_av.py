"""Set AV's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (as check_overlap_au.py).  Compares every string constant of substance_pool_av.py and
edit_lib_av.py with every string constant of sets A, C-AU.

python check_overlap_av.py
"""
import sys

import check_overlap_e
from check_overlap_af import AREAS_AF
from check_overlap_ai import LAWS_AI
from check_overlap_al import TERMS_AL
from check_overlap_au import NEW as NEW_AU
from check_overlap_au import OLD as OLD_AU

OLD = OLD_AU + [f for f in NEW_AU if f not in OLD_AU]
NEW = ["substance_pool_av.py", "edit_lib_av.py"]

if __name__ == "__main__":
    check_overlap_e.TERMS.extend(AREAS_AF + LAWS_AI + TERMS_AL)
    sys.exit(check_overlap_e.main(OLD, NEW))
