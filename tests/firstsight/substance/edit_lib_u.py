"""Operations for the twenty-first substance set (substance_pool_u.py, substance_edits_u*.py), built on
edit_lib … edit_lib_t (all unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument and finds what it edits from the corpus labels and heading regexes (edit_lib.Doc): no document
line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import CN_NUM, RE_ENUM, TOPHEAD, edit_items, item_keyphrase, map_paras, replace_body
from edit_lib_g import measure_titles
from edit_lib_l import _done, _excl
from edit_lib_q import fmt_q

COUNT_U = re.compile(r"(?<![\d.])(\d{1,6})(余|多)?(人次|场次|件|次|个|人|场|份|例|项|家|卷|条|户|期|起|处|名|篇)(?![\d（(])")
PCT_U = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d+)?%")


def _map_counts(doc, rep, key="measures", min_hits=3):
    if not doc.has(key):
        return None
    n = [0]

    def fn(t):
        def r(m):
            s = rep(m, n[0])
            if s != m.group(0):
                n[0] += 1
            return s
        return COUNT_U.sub(r, t)
    lines = map_paras(doc, key, fn, _excl(key))
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def _range(m, k, joiner="至"):
    v = int(m.group(1))
    lo = max(1, v // 2)
    hi = v + max(3, v * 2 // 3) + (k % 3)
    return f"{lo}{joiner}{hi}{m.group(3)}"


def op_counts_vague_u(doc, by_unit, default, pct=None, key="measures", min_hits=3):
    """Every count of a part (12件, 3次 …) replaced by an indefinite word: by_unit maps a measure word to
    the words used for it (rotating), `default` (rotating, <u> = the measure word) for the others; the
    word "<range>" stands for a wide range around the figure (12件 -> 6至20件); percentages replaced by
    `pct` when given."""
    def rep(m, k):
        u = m.group(3)
        pool = by_unit.get(u) or default
        w = pool[k % len(pool)]
        if w == "<range>":
            return _range(m, k)
        return w.replace("<u>", u)
    t = _map_counts(doc, rep, key, min_hits)
    if t is None or pct is None:
        return t
    return PCT_U.sub(pct, t)


def op_counts_range_u(doc, joiner="至", key="measures", min_hits=3):
    """Every count of a part replaced by a wide range around it (12件 -> 6至20件): the figure is no
    longer told."""
    def rep(m, k):
        return _range(m, k, joiner)
    return _map_counts(doc, rep, key, min_hits)


def op_plan_titles_u(doc, intro, joiner, limit=8, min_titles=2):
    """The plan (next_year part) replaced by the measures' own item titles, numbered 一是 …, behind an
    intro: next year's plan made of this year's headings."""
    if not doc.has("next_year"):
        return None
    ts = measure_titles(doc, limit)
    if len(ts) < min_titles:
        return None
    body = "；".join(f"{CN_NUM[k]}是{joiner}{t.rstrip('。；;，,')}" for k, t in enumerate(ts[:10])) + "。"
    t = replace_body(doc, "next_year", [fmt_q(doc, intro, "pt") + body], exclude=())
    return None if t == doc.text else t


def op_toc_u(doc, title, filler, min_heads=3):
    """A table of contents inserted after the title line: the document's own top-level headings (一、…),
    each with a leader and a page number."""
    heads = []
    for ln in doc.lines[1:]:
        if TOPHEAD.match(ln):
            h = re.split(r"[。：:]", ln.strip(), maxsplit=1)[0]
            if 3 <= len(h) <= 40 and h not in heads:
                heads.append(h)
    if len(heads) < min_heads:
        return None
    toc = [title] + [f"{h}{filler}{k + 1}" for k, h in enumerate(heads)]
    lines = list(doc.lines)
    return _done(doc, lines[:1] + toc + lines[1:])


def op_items_cause_u(doc, tpls, min_items=1):
    """Each problem item of the 不足 keeps its first clause (the problem named: 执法力量有待夯实) and
    loses the rest (its facts and causes), which a cause sentence replaces (rotating over `tpls`)."""
    if not doc.has("shortcomings"):
        return None
    n = [0]

    def fn(item, k):
        m = RE_ENUM.match(item)
        pre = item[: m.end()] if m else ""
        rest = item[len(pre):]
        first = re.split(r"[，,。；;：:]", rest, maxsplit=1)[0].strip()
        if len(first) < 4:
            first = item_keyphrase(item)
        n[0] += 1
        return pre + first + "。" + fmt_q(doc, tpls[k % len(tpls)], "ic")
    t = edit_items(doc, fn)
    if t is None or n[0] < min_items:
        return None
    return None if t == doc.text else t


__all__ = ["op_items_cause_u", "op_counts_vague_u", "op_counts_range_u", "op_plan_titles_u", "op_toc_u"]
