"""Set AF's wordings against the earlier sets' wordings: no 8-character run may be shared, apart from the
names of rules and terms (TERMS of check_overlap_e.py, plus the eight task-area names of the 2021-2025
纲要, which are official names: set I's pad_gangyao_i also used four of them in a sentence).  Compares
every string constant of substance_pool_af.py and edit_lib_af.py with every string constant of sets A,
C-AE.  Two constants of edit_lib_af.py are no wordings and are skipped: the digit table 零一二三…九 and a
regex fragment.

python check_overlap_af.py
"""
import sys

import check_overlap_e
from check_overlap_ae import NEW as NEW_AE
from check_overlap_ae import OLD as OLD_AE

OLD = OLD_AE + [f for f in NEW_AE if f not in OLD_AE]
NEW = ["substance_pool_af.py", "edit_lib_af.py"]
AREAS_AF = ["健全政府机构职能体系", "健全依法行政制度体系", "健全行政决策制度体系", "健全行政执法工作体系",
            "健全突发事件应对体系", "健全社会矛盾纠纷行政预防调处化解体系", "健全行政权力制约和监督体系",
            "健全法治政府建设科技保障体系"]
NOT_WORDINGS = {"零一二三四五六七八九", ")([、和及与]"}

if __name__ == "__main__":
    check_overlap_e.TERMS.extend(AREAS_AF)
    _strings = check_overlap_e.strings
    check_overlap_e.strings = lambda p: [s for s in _strings(p) if s not in NOT_WORDINGS]
    sys.exit(check_overlap_e.main(OLD, NEW))
