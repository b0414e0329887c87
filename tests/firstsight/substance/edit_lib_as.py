"""Operations for the forty-fifth substance set (substance_pool_as.py): hollow writing in the measures
(主要举措和成效), the principal's part (第一责任人), the shortfalls (存在的不足) and the plan (下一年度主要安排).
Built on edit_lib, edit_lib_ah, edit_lib_ao and edit_lib_ar (imported, unchanged).  Written without reading
fzscore's code or rubric data; every operation takes its wording as an argument and finds what it edits from
the corpus labels and regexes (edit_lib.Doc); no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, fmt, map_paras
from edit_lib_ah import ENUM_LEAD, FR, M, PL, SH, _done, _excl, _sent_map, _tail  # noqa: F401
from edit_lib_ao import (op_pad_end_ao, op_pair_end_ao, op_short_items_denied_ao)  # noqa: F401
from edit_lib_ar import op_results_unknown_ar  # noqa: F401


def op_counts_uncountable_as(doc, words, pct_words, min_hits=3):
    """In the measures every count (NUM_RX: a figure and its unit) written, rotating, as a phrase saying it
    was too many to count (words) and every percentage as a phrase saying 'a great share' (pct_words): the
    figures become hyperbole."""
    if not doc.has(M):
        return None
    n = [0]

    def sub(m):
        n[0] += 1
        pool = pct_words if m.group(3) == "%" else words
        return pool[n[0] % len(pool)]
    lines = map_paras(doc, M, lambda t: NUM_RX.sub(sub, t), _excl(M))
    return _done(doc, lines) if n[0] >= min_hits else None


def op_plan_research_as(doc, tpls, min_hits=2):
    """In the plan every sentence of 10+ characters (not a lead-in ending in ：) cut to its first phrase
    (after its enumerator, up to the first comma or stop, at most 16 characters) and rewritten, rotating tpls
    filled with it ({kp}), as a research project to be commissioned first: the plan holds studies, no act."""
    def fn(s, k):
        body = s.rstrip()
        if len(body) < 10 or body.endswith(("：", ":")):
            return s
        lead = ENUM_LEAD.match(body).group(0)
        kp = re.split(r"[，,。；;：:！!]", body[len(lead):])[0][:16].strip()
        if len(kp) < 3:
            return s
        return lead + tpls[k % len(tpls)].format(kp=kp) + s[len(body):]
    return _sent_map(doc, PL, fn, min_hits)


def op_fr_virtues_as(doc, words, min_hits=2):
    """In the principal's part every sentence of 8+ characters (not a lead-in ending in ：) replaced
    (enumerator kept), rotating, by praise of the principal's character: no act of the year is left."""
    def fn(s, k):
        body = s.rstrip()
        if len(body) < 8 or body.endswith(("：", ":")):
            return s
        lead = ENUM_LEAD.match(body).group(0)
        return lead + fmt(doc, words[k % len(words)]) + (_tail(body) or "。") + s[len(body):]
    return _sent_map(doc, FR, fn, min_hits)


def op_pad_para_echo_as(doc, tpls, min_len=60, min_hits=2):
    """In the measures every paragraph of min_len+ characters closed by a sentence that repeats its own
    first phrase ({kp}, after the enumerator, at most 14 characters) in a rotating 'in short, we keep at it'
    wording: repeated words, no act, count or result."""
    if not doc.has(M):
        return None
    n = [0]

    def per(t):
        body = t.rstrip()
        if len(body) < min_len:
            return t
        lead = ENUM_LEAD.match(body).group(0)
        kp = re.split(r"[，,。；;：:！!]", body[len(lead):].strip())[0][:14].strip()
        if len(kp) < 3:
            return t
        n[0] += 1
        end = "" if body[-1] in "。；;！!" else "。"
        return body + end + tpls[n[0] % len(tpls)].format(kp=kp) + t[len(body):]
    lines = map_paras(doc, M, per, _excl(M))
    return _done(doc, lines) if n[0] >= min_hits else None
