"""Operations for the forty-sixth substance set (substance_pool_at.py): hollow writing in the principal's part
(第一责任人), the shortfalls and their causes (存在的不足和原因) and the plan (下一年度主要安排).
Built on edit_lib, edit_lib_ah, edit_lib_ao and edit_lib_c (imported, unchanged).  Written without reading
fzscore's code or rubric data; every operation takes its wording as an argument and finds what it edits from
the corpus labels and regexes (edit_lib.Doc); no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, PRINCIPAL, fmt, sentences
from edit_lib_ah import ENUM_LEAD, FR, M, PL, SH, _done, _sent_map, _tail  # noqa: F401
from edit_lib_ao import op_pad_end_ao, op_pair_end_ao, op_short_items_denied_ao  # noqa: F401
from edit_lib_c import CAUSE_RX

_SPLIT = r"[，,。；;：:！!]"
_TIME_RX = re.compile(r"^(?:在|于)?(?:\d{4}年(?:度|以来|中)?|今年(?:以来)?|全年|一年来|年初以来|本年度)$")


def _first_phrase(body, cap=16):
    lead = ENUM_LEAD.match(body).group(0)
    return lead, re.split(_SPLIT, body[len(lead):])[0][:cap].strip()


def op_fr_sent_deputy_at(doc, tpls, min_hits=2):
    """In the principal's part every sentence of 8+ characters (not a lead-in ending in ：) replaced
    (enumerator kept), rotating tpls, by 'on {kp} the principal sent the deputy to attend in his place':
    {kp} is the sentence's first phrase with the principal's names and 亲自 taken out.  The principal's own
    acts become a deputy's attendance."""
    def fn(s, k):
        body = s.rstrip()
        if len(body) < 8 or body.endswith(("：", ":")):
            return s
        lead, _ = _first_phrase(body)
        rest = PRINCIPAL.sub("", body[len(lead):]).replace("亲自", "")
        rest = re.sub(r"^[、和与及等，,\s]+", "", rest)
        kp = next((x.strip()[:16] for x in re.split(_SPLIT, rest)
                   if len(x.strip()) >= 4 and not _TIME_RX.match(x.strip())), "")
        if len(kp) < 4:
            return s
        return lead + fmt(doc, tpls[k % len(tpls)].replace("{kp}", "{{kp}}")).replace("{kp}", kp) + (_tail(body) or "。") + s[len(body):]
    return _sent_map(doc, FR, fn, min_hits)


def op_causes_stock_at(doc, stock, min_hits=1):
    """In the shortfalls every sentence of 8+ characters naming a cause (edit_lib_c.CAUSE_RX) replaced,
    rotating, by a stock phrase (enumerator kept): the causes become 新形势新要求 / 主客观因素 formulas."""
    rx = re.compile(CAUSE_RX)

    def fn(s, k):
        body = s.rstrip()
        if len(body) < 8 or not rx.search(body):
            return s
        lead = ENUM_LEAD.match(body).group(0)
        tail = "：" if body.endswith(("：", ":")) else (_tail(body) or "。")
        return lead + fmt(doc, stock[k % len(stock)]) + tail + s[len(body):]
    return _sent_map(doc, SH, fn, min_hits)


def measures_counted(doc, lo=12, hi=90):
    """The measures' sentences carrying a count (NUM_RX), enumerator and trailing stop taken off."""
    out = []
    if not doc.has(M):
        return out
    for i, c in doc.paras(M):
        for s in sentences(doc.lines[i][c:]):
            b = s.strip()
            if NUM_RX.search(b) and lo <= len(b) <= hi:
                lead = ENUM_LEAD.match(b).group(0)
                out.append(b[len(lead):].rstrip("。；;！!，,"))
    return out


def op_plan_repeat_results_at(doc, tpls, min_hits=2):
    """In the plan every sentence of 10+ characters (not a lead-in ending in ：) replaced (enumerator kept),
    rotating tpls, by 'next year keep to this year's level' followed by one of this year's counted sentences
    of the measures ({s}, taken in order): the plan becomes a repeat of this year's results."""
    if not doc.has(PL):
        return None
    got = measures_counted(doc)
    if len(got) < 2:
        return None

    def fn(s, k):
        body = s.rstrip()
        if len(body) < 10 or body.endswith(("：", ":")):
            return s
        lead = ENUM_LEAD.match(body).group(0)
        return (lead + fmt(doc, tpls[k % len(tpls)].replace("{s}", "{{s}}")).replace("{s}", got[k % len(got)]) + "。" +
                s[len(body):])
    return _sent_map(doc, PL, fn, min_hits)


def op_pad_plan_item_count_at(doc, tpl, salt):
    """At the end of the plan a line giving the number of the plan's own paragraphs ({k}): a figure that
    counts nothing done or to be done."""
    if not doc.has(PL):
        return None
    k = len([1 for i, c in doc.paras(PL) if len(doc.lines[i][c:].strip()) >= 6])
    if k < 2:
        return None
    return op_pad_end_ao(doc, PL, tpl.replace("{k}", str(k)), salt)
