"""Operations for the nineteenth substance set (substance_pool_s.py, substance_edits_s*.py), built on
edit_lib … edit_lib_r (all unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument (or is a form-only rewrite) and finds what it edits from the corpus labels and heading regexes
(edit_lib.Doc): no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib_l import _done
from edit_lib_q import fmt_q
from edit_lib_r import _map_parts


def fmt_s(doc, s, salt):
    """fmt_q (the same figures on both sides of a pair), salted 's'."""
    return fmt_q(doc, s, "s|" + salt)


# ---------------------------------------------------------------- invariance (form only)
INTENS_RX = re.compile(r"进一步|切实|扎实|大力|认真|不断|积极")


def op_drop_intensifiers(doc, min_hits=2):
    """Intensifying adverbs (进一步, 切实, 扎实, 大力, 认真, 不断, 积极) deleted in the measures, the FR
    part and the plan: the same acts, the same figures, less emphasis."""
    n = [0]

    def fn(t):
        t2, k = INTENS_RX.subn("", t)
        n[0] += k
        return t2
    lines = _map_parts(doc, fn)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_gongji(doc, min_hits=1):
    """共计 written 共 (共计办理12件 -> 共办理12件): the same total."""
    n = [0]

    def fn(t):
        t2, k = re.subn("共计", "共", t)
        n[0] += k
        return t2
    lines = _map_parts(doc, fn)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


YEAR_COMMA_RX = re.compile(r"((?:19|20)\d\d年(?:以来|度)?)[，,]")


def op_year_comma(doc, min_hits=1):
    """The comma after a year word (2021年，… / 2021年以来，…) dropped in the measures, the FR part and
    the plan: the same sentence, one comma less."""
    n = [0]

    def fn(t):
        t2, k = YEAR_COMMA_RX.subn(lambda m: m.group(1), t)
        n[0] += k
        return t2
    lines = _map_parts(doc, fn)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


__all__ = ["fmt_s", "op_drop_intensifiers", "op_gongji", "op_year_comma"]
