"""Set AT's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (as check_overlap_as.py).  Compares every string constant of substance_pool_at.py and
edit_lib_at.py with every string constant of sets A, C-AS.

python check_overlap_at.py
"""
import sys

import check_overlap_e
from check_overlap_af import AREAS_AF
from check_overlap_ai import LAWS_AI
from check_overlap_al import TERMS_AL
from check_overlap_as import NEW as NEW_AS
from check_overlap_as import OLD as OLD_AS

OLD = OLD_AS + [f for f in NEW_AS if f not in OLD_AS]
NEW = ["substance_pool_at.py", "edit_lib_at.py"]

if __name__ == "__main__":
    check_overlap_e.TERMS.extend(AREAS_AF + LAWS_AI + TERMS_AL)
    sys.exit(check_overlap_e.main(OLD, NEW))
