"""Operations for the forty-second substance set (substance_pool_ap.py): the team's final held-out check of
the session's build over every part of a report -- the opening, the measures, the principal's part, the
shortfalls, the plan and the fifth item (其他需要报告的情况).  Built on edit_lib, edit_lib_ah and edit_lib_ao
(imported, unchanged).  Written without reading fzscore's code or rubric data; every operation takes its
wording as an argument and finds what it edits from the corpus labels and regexes (edit_lib.Doc); no
document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import CN_NUM, fmt
from edit_lib_ah import PL, _done
from edit_lib_ao import (op_counted_to_study_ao, op_pad_after_opening_ao, op_pad_end_ao,  # noqa: F401
                         op_plan_hedged_ao,
                         op_pair_end_ao, op_short_items_denied_ao, op_swap_rx_ao)

TOP_NUM = re.compile(r"^\s*([" + CN_NUM + r"])、")


def op_plan_year_as_next_ap(doc, word, min_hits=1):
    """In the plan every '{ny}年' (the year after the report's, not part of a longer number) written `word`
    (明年): the same year named relative to the report."""
    if not doc.has(PL):
        return None
    rx = r"(?<![0-9])" + str(doc.ny) + r"年(?!度)"
    return op_swap_rx_ao(doc, (PL,), rx, word, min_hits)


def op_other_section_ap(doc, heading, body):
    """A fifth-item section (heading numbered after the last part's top-level numeral, e.g. 三、 -> 四、)
    put after the last part's last non-empty line, with `body` (filled) as its text.  None when the last
    part has no top-level numeral or is followed by nothing that ends it cleanly."""
    if not doc.spans:
        return None
    last = max((s for s in doc.spans.values() if not s.embedded), key=lambda s: s.start, default=None)
    if last is None:
        return None
    m = TOP_NUM.match(doc.lines[last.start])
    if not m or CN_NUM.index(m.group(1)) + 1 >= len(CN_NUM):
        return None
    num = CN_NUM[CN_NUM.index(m.group(1)) + 1]
    j = max((i for i in range(last.start, last.end) if doc.lines[i].strip()), default=None)
    if j is None:
        return None
    lines = list(doc.lines)
    indent = re.match(r"^\s*", doc.lines[last.start]).group(0)
    lines[j + 1:j + 1] = [indent + heading.format(num=num), indent + fmt(doc, body, "ap-other")]
    return _done(doc, lines)


TITLE_RX = re.compile(r"^(\s*\S{2,40}?)关于(\S{4,40}?)的((?:年度)?(?:工作)?报告)\s*$")


def op_title_drop_guanyu_ap(doc, head_lines=8):
    """The report's title (one of the first lines, '…关于…的…报告') written without 关于 and 的
    (新浦镇人民政府关于2024年法治政府建设情况的年度报告 -> 新浦镇人民政府2024年法治政府建设情况年度报告): the
    same title."""
    lines = list(doc.lines)
    for i, ln in enumerate(lines[:head_lines]):
        if len(ln.strip()) > 60:
            continue
        m = TITLE_RX.match(ln)
        if m:
            lines[i] = m.group(1) + m.group(2) + m.group(3)
            return _done(doc, lines)
    return None
