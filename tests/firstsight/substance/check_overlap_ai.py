"""Set AI's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, with set AF's additions and the
law titles of the appendix).  Compares every string
constant of substance_pool_ai.py and edit_lib_ai.py with every string constant of sets A, C-AH.

python check_overlap_ai.py
"""
import sys

import check_overlap_e
from check_overlap_af import AREAS_AF
from check_overlap_ah import NEW as NEW_AH
from check_overlap_ah import OLD as OLD_AH

# names of laws and regulations (titles of rules, as TERMS): the appendix of laws studied lists them
LAWS_AI = ["《中华人民共和国宪法》", "《中华人民共和国行政处罚法》", "《中华人民共和国行政许可法》",
           "《中华人民共和国行政复议法》", "《中华人民共和国行政诉讼法》", "《中华人民共和国政府信息公开条例》",
           "《优化营商环境条例》", "《重大行政决策程序暂行条例》"]
OLD = OLD_AH + [f for f in NEW_AH if f not in OLD_AH]
NEW = ["substance_pool_ai.py", "edit_lib_ai.py"]

if __name__ == "__main__":
    check_overlap_e.TERMS.extend(AREAS_AF + LAWS_AI)
    sys.exit(check_overlap_e.main(OLD, NEW))
