"""Operations for the forty-fourth substance set (substance_pool_ar.py): hollow writing in the measures
(主要举措和成效) and the plan (下一年度主要安排).  Built on edit_lib, edit_lib_ah, edit_lib_ao (imported,
unchanged).  Written without reading fzscore's code or rubric data; every operation takes its wording as an
argument and finds what it edits from the corpus labels and regexes (edit_lib.Doc); no document line is
hard-coded.  Stdlib only.
"""
import re

from edit_lib import insert_para, fmt
from edit_lib_ah import ENUM_LEAD, M, PL, _done, _excl, _sent_map, _tail  # noqa: F401
from edit_lib_ao import (op_counted_to_study_ao, op_pad_end_ao, op_pair_end_ao,  # noqa: F401
                         op_plan_hedged_ao)


def op_plan_topics_ar(doc, tpls, min_items=2):
    """In the plan every enumerated item (一是… / （一）… / 1、…) cut to its first phrase (up to the first
    comma or full stop, at most 16 characters) and rewritten, rotating tpls filled with it ({kp}); every other
    sentence of 10+ characters (not a lead-in ending in ：) dropped: the plan names areas only, no act, count,
    owner or date.  None when fewer than min_items items."""
    if not doc.has(PL):
        return None
    n = [0]

    def fn(s, k):
        body = s.rstrip()
        lead = ENUM_LEAD.match(body).group(0)
        if lead.strip():
            rest = body[len(lead):]
            kp = re.split(r"[，,。；;：:！!]", rest)[0][:16].strip()
            if len(kp) < 3:
                return s
            n[0] += 1
            return lead + tpls[n[0] % len(tpls)].format(kp=kp)
        if len(body) < 10 or body.endswith(("：", ":")):
            return s
        return ""
    t = _sent_map(doc, PL, fn, 1)
    return t if t is not None and n[0] >= min_items else None


def op_pad_start_ar(doc, key, para, salt):
    """A paragraph (filled) at the start of the part `key`."""
    if not doc.has(key):
        return None
    return _done(doc, insert_para(doc, key, fmt(doc, para, "ar|" + salt), exclude=_excl(key), where="start"))


RESULT_RX = re.compile(r"成效|效果|实现了|达到|有效(?:提升|提高|遏制|化解|防范|减少)|显著|明显(?:提升|提高|改善)|不断提升|"
                       r"得到(?:了)?(?:群众|社会)?(?:好评|认可|肯定)|(?:提升|提高|增强|营造|改善|推动)了|有力(?:推动|促进|保障)|"
                       r"进一步(?:提升|提高|增强)")


def op_results_unknown_ar(doc, words, min_hits=2):
    """In the measures every sentence of 8+ characters telling a result (RESULT_RX), counted or not,
    replaced (enumerator kept), rotating, by a wording saying the effect is not known yet: the acts
    stay, their results are no longer claimed."""
    def fn(s, k):
        if len(s.strip()) < 8 or not RESULT_RX.search(s):
            return s
        lead = ENUM_LEAD.match(s).group(0)
        return lead + words[k % len(words)] + (_tail(s) or "。")
    return _sent_map(doc, M, fn, min_hits)
