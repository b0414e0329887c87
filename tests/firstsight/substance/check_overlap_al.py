"""Set AL's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, with set AF's additions, set AI's law titles and the fifth item's name).
Compares every string constant of substance_pool_al.py and edit_lib_al.py with every string constant of
sets A, C-AK.

python check_overlap_al.py
"""
import sys

import check_overlap_e
from check_overlap_af import AREAS_AF
from check_overlap_ai import LAWS_AI
from check_overlap_ak import NEW as NEW_AK
from check_overlap_ak import OLD as OLD_AK

OLD = OLD_AK + [f for f in NEW_AK if f not in OLD_AK]
NEW = ["substance_pool_al.py", "edit_lib_al.py"]
# the 2019 rule's name of the report's fifth item (art. 26 (5)): a term, not a wording
TERMS_AL = ["其他需要报告的情况"]

if __name__ == "__main__":
    check_overlap_e.TERMS.extend(AREAS_AF + LAWS_AI + TERMS_AL)
    sys.exit(check_overlap_e.main(OLD, NEW))
