"""Operations for the twentieth substance set (substance_pool_t.py, substance_edits_t*.py), built on
edit_lib … edit_lib_s (all unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument and finds what it edits from the corpus labels and heading regexes (edit_lib.Doc): no document
line is hard-coded.  Stdlib only.
"""
from edit_lib import map_paras
from edit_lib_d import op_strip_sentences
from edit_lib_l import _counted, _done, _excl
from edit_lib_q import fmt_q


def op_pad_each_para_t(doc, key, pool, min_hits=2, min_len=40):
    """A stock sentence (rotating over `pool`, filled by fmt_q) appended to every body paragraph of a part
    at least `min_len` characters long: more words, no act, no figure."""
    if not doc.has(key):
        return None
    hit = [0]

    def fn(t):
        if len(t.strip()) < min_len:
            return t
        s = fmt_q(doc, pool[hit[0] % len(pool)], "pe" + str(hit[0]))
        hit[0] += 1
        r = t.rstrip()
        tail = t[len(r):]
        if r and r[-1] not in "。！!；;":
            r += "。"
        return r + s + tail
    lines = map_paras(doc, key, fn, _excl(key))
    if hit[0] < min_hits:
        return None
    return _done(doc, lines)


def op_drop_counted_t(doc, key="measures", min_hits=3):
    """Every counted sentence of a part (a figure with its measure word: 12件, 3次 …) deleted; every other
    sentence kept."""
    return op_strip_sentences(doc, _counted, keys=(key,), min_hits=min_hits)


__all__ = ["op_pad_each_para_t", "op_drop_counted_t"]
