"""Operations for the thirteenth substance set (substance_pool_m.py, substance_edits_m*.py), built on
edit_lib, edit_lib_c … edit_lib_l (all unchanged, imported).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument (or is a form-only rewrite) and finds what it edits from the corpus labels and heading regexes
(edit_lib.Doc): no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import (DONE, NUM_RX, RE_ENUM, edit_items, insert_para, map_paras, map_sentences,
                      replace_body, shortcoming_keyphrases)
from edit_lib_d import CN, FR, _is_title
from edit_lib_g import ACT_RX, measure_titles
from edit_lib_l import _counted, _done, _excl, _split_head, op_each_counted


# ---------------------------------------------------------------- one set of figures for both sides
def fmt_same(doc, s, salt):
    """Like edit_lib.fmt, but the random figures depend on `salt` only (not on the wording): the two
    sides of a pair formatted with the same salt carry the same figures."""
    r = doc.rng("m|" + salt)
    vals = {f"n{i}": r.randint(3, 60) for i in range(1, 10)}
    vals.update({f"p{i}": f"{r.uniform(5, 30):.1f}" for i in range(1, 4)})
    vals.update({f"m{i}": r.randint(2, 11) for i in range(1, 6)})
    vals.update(unit=doc.unit, lead=doc.lead, head=doc.head, y=doc.year, ny=doc.ny, py=doc.year - 1,
                deputy=doc.deputy, dept=doc.dept)
    return s.format(**vals)


def op_pair_para(doc, key, a, b, where="end"):
    """Pair: paragraph a vs paragraph b put at the same place of a part, with the same figures."""
    if not doc.has(key):
        return None
    ex = _excl(key)
    return (insert_para(doc, key, fmt_same(doc, a, key), exclude=ex, where=where),
            insert_para(doc, key, fmt_same(doc, b, key), exclude=ex, where=where))


def op_pair_short_append(doc, a, b):
    """Pair: a vs b as a closing paragraph of the 不足 part (same figures)."""
    return op_pair_para(doc, "shortcomings", a, b)


def _plan_items(doc, tpls, limit=4):
    kps = [k for k in shortcoming_keyphrases(doc) if len(k) >= 4][:limit]
    if not kps:
        return None
    return [fmt_same(doc, f"{CN[j]}是" + tpls[j % len(tpls)].replace("{kp}", kp), f"plan{j}")
            for j, kp in enumerate(kps)]


def op_plan_pair_items(doc, tpls_a, tpls_b):
    """Pair: the plan rewritten as one item per stated problem, templates A vs B (same figures, same
    problems, same years)."""
    if not doc.has("shortcomings", "next_year"):
        return None
    a, b = _plan_items(doc, tpls_a), _plan_items(doc, tpls_b)
    if a is None or b is None:
        return None
    return replace_body(doc, "next_year", a, exclude=()), replace_body(doc, "next_year", b, exclude=())


# ---------------------------------------------------------------- directional edits
def op_pad_para(doc, key, para, where="end"):
    """A paragraph added at the start or end of a part's own body (the FR part excluded from the
    measures)."""
    if not doc.has(key):
        return None
    return insert_para(doc, key, fmt_same(doc, para, "pad" + key), exclude=_excl(key), where=where)


def op_fr_boilerplate(doc, tpls, min_hits=1):
    """Every concrete sentence of the 第一责任人 part (a figure, a date or an act verb: set G's ACT_RX)
    replaced by a sentence of boilerplate copied from the 规定 and said as done (templates rotating);
    titles are kept."""
    if not doc.has(FR):
        return None
    rx = re.compile(ACT_RX)
    n = [0]

    def fn(s):
        if len(s.strip()) < 10 or _is_title(s) or not rx.search(s):
            return s
        lead, head, _ = _split_head(s)
        r = lead + head + fmt_same(doc, tpls[n[0] % len(tpls)], "fb")
        n[0] += 1
        return r
    lines = map_sentences(doc, FR, fn, ())
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_short_mirror(doc, tpl, min_titles=2):
    """Every problem item of the 不足 part replaced by one of the measures' own item titles turned into a
    problem (tpl with <t>; titles rotating): the 不足 mirrors the headings, nothing is found."""
    if not doc.has("shortcomings"):
        return None
    ts = measure_titles(doc, 8)
    if len(ts) < min_titles:
        return None

    def fn(item, k):
        m = RE_ENUM.match(item.lstrip())
        head = item[: len(item) - len(item.lstrip())] + (m.group(0) if m else "")
        t = ts[k % len(ts)].rstrip("。，,；; ")
        return head + fmt_same(doc, tpl, "sm").replace("<t>", t)
    r = edit_items(doc, fn)
    return None if r is None or r == doc.text else r


def op_counted_unfinished(doc, suffixes, min_hits=2):
    """Every counted sentence of the measures: completion marks dropped and a clause saying the work is
    still under way and not finished put before its closing mark (suffixes rotating)."""
    def fn(s, k):
        body = DONE.sub("", s)
        m = re.search(r"[。；;！!]\s*$", body)
        end = m.start() if m else len(body.rstrip())
        return body[:end] + fmt_same(doc, suffixes[k % len(suffixes)], "cu") + body[end:]
    return op_each_counted(doc, fn, min_hits)


def op_plan_boilerplate(doc, paras):
    """The plan's body replaced by paragraphs of boilerplate copied from the 纲要's aims (nothing tied
    to the stated problems)."""
    if not doc.has("next_year"):
        return None
    t = replace_body(doc, "next_year", [fmt_same(doc, p, "pb") for p in paras], exclude=())
    return None if t == doc.text else t


def op_copy_plan_to_measures(doc, prefix, limit=3):
    """The plan's first sentences (next year's tasks) copied, after `prefix`, into a closing paragraph of
    the measures: next year's intentions mixed into this year's results."""
    if not doc.has("next_year", "measures"):
        return None
    got = []

    def fn(s):
        # an intro ending in a colon ('主要做好四方面工作：') announces items, it is no task itself
        if (len(s.strip()) >= 15 and not _is_title(s) and len(got) < limit
                and not re.search(r"[：:]\s*$", s)):
            got.append(_split_head(s)[2].strip())
        return s
    map_sentences(doc, "next_year", fn, ())
    if len(got) < 1:
        return None
    para = fmt_same(doc, prefix, "cp") + "".join(
        g if re.search(r"[。；;！!]$", g) else g + "。" for g in got)
    return insert_para(doc, "measures", para, exclude=(FR,))


# ---------------------------------------------------------------- form only
def op_pct_decimal(doc, keys=("measures", FR), min_hits=1):
    """Whole percentages written with one decimal (95% -> 95.0%)."""
    n = [0]

    def rep(m):
        if m.group(3) != "%" or "." in m.group(1):
            return m.group(0)
        n[0] += 1
        return m.group(1) + ".0" + m.group(2) + m.group(3)

    lines = list(doc.lines)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, lambda t: NUM_RX.sub(rep, t), _excl(k), lines)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


MONTH_RX = re.compile(r"(?<![\d.])(1[0-2]|[1-9])月(?![份\d])")


def op_month_fen(doc, keys=("measures", FR, "next_year"), min_hits=2):
    """Months not followed by a day written with 份 (3月起 -> 3月份起)."""
    n = [0]

    def fn(t):
        t2, k = MONTH_RX.subn(r"\1月份", t)
        n[0] += k
        return t2

    lines = list(doc.lines)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, fn, _excl(k), lines)
    if n[0] < min_hits:
        return None
    return _done(doc, lines)


def op_drop_subtitle_lines(doc, key="measures", min_hits=2):
    """Lines of the measures that hold only a sub-heading ('（一）强化法治学习', short, an enumerator,
    no full sentence of work) deleted; their bodies stay.  No labelled heading line is touched."""
    if not doc.has(key):
        return None
    sp = doc.spans[key]
    keep = {s.start for s in doc.spans.values()}
    ex = set()
    for e, es in doc.spans.items():
        if e != key and (es.start > sp.start or es.embedded):
            ex.update(range(es.start, es.end))
    drop = []
    for i in range(sp.start + 1, sp.end):
        if i in ex or i in keep:
            continue
        t = doc.lines[i].strip()
        if not t or not RE_ENUM.match(t) or len(t) > 30:
            continue
        if re.search(r"[。；;]", t[:-1]) or NUM_RX.search(t):
            continue
        # the next non-blank line must be body text (not another heading)
        j = i + 1
        while j < sp.end and not doc.lines[j].strip():
            j += 1
        if j >= sp.end or len(doc.lines[j].strip()) < 40:
            continue
        drop.append(i)
    if len(drop) < min_hits:
        return None
    gone = set(drop)
    for i in drop:
        # the blank line after a dropped heading goes too when a blank line precedes it (no double gap)
        if i + 1 < len(doc.lines) and not doc.lines[i + 1].strip() and i > 0 and not doc.lines[i - 1].strip():
            gone.add(i + 1)
    return _done(doc, [ln for i, ln in enumerate(doc.lines) if i not in gone])


def counted_sentences(doc, key="measures"):
    out = []

    def fn(s):
        if _counted(s):
            out.append(s)
        return s
    if doc.has(key):
        map_sentences(doc, key, fn, _excl(key))
    return out
