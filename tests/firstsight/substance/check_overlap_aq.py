"""Set AQ's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, with set AF's additions, set AI's law titles and set
AL's term).  Compares every string constant of substance_pool_aq.py and edit_lib_aq.py with every string
constant of sets A, C-AP.

python check_overlap_aq.py
"""
import sys

import check_overlap_e
from check_overlap_af import AREAS_AF
from check_overlap_ai import LAWS_AI
from check_overlap_al import NEW as NEW_AL
from check_overlap_al import OLD as OLD_AL
from check_overlap_al import TERMS_AL
from check_overlap_am import NEW as NEW_AM
from check_overlap_an import NEW as NEW_AN
from check_overlap_ao import NEW as NEW_AO
from check_overlap_ap import NEW as NEW_AP

OLD = OLD_AL + [f for f in NEW_AL + NEW_AM + NEW_AN + NEW_AO + NEW_AP if f not in OLD_AL]
NEW = ["substance_pool_aq.py", "edit_lib_aq.py"]

if __name__ == "__main__":
    check_overlap_e.TERMS.extend(AREAS_AF + LAWS_AI + TERMS_AL)
    sys.exit(check_overlap_e.main(OLD, NEW))
