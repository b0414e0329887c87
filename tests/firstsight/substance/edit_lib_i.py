"""Operations for the ninth substance set (substance_edits_i*.py), built on edit_lib, edit_lib_c …
edit_lib_h (all unchanged).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument (or is a form-only rewrite) and finds what it edits from the corpus labels and heading regexes
(edit_lib.Doc): no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, RE_ENUM, fmt, map_paras, map_sentences
from edit_lib_c import op_cause_block
from edit_lib_d import CN, FR, _is_title
from edit_lib_h import _kps, cn_int


def _excl(key):
    return (FR,) if key == "measures" else ()


def _done(doc, lines):
    t = "\n".join(lines)
    return None if t == doc.text else t


# ---------------------------------------------------------------- whose figures / what kind of figure
def op_mark_counted(doc, prefix="", suffix="", min_hits=2, key="measures"):
    """`prefix` put at the start (after an enumerator) and/or `suffix` before the end punctuation of
    every counted sentence of a part, the sentence otherwise unchanged (no year moved, no completion
    mark dropped): e.g. the counts made the province's or a target.  None if fewer than min_hits change."""
    if not doc.has(key):
        return None
    pre, suf = fmt(doc, prefix, "pc"), fmt(doc, suffix, "sc")
    hit = [0]

    def fn(s):
        if len(s.strip()) < 12 or _is_title(s) or not NUM_RX.search(s):
            return s
        hit[0] += 1
        lead = s[: len(s) - len(s.lstrip())]
        body = s.lstrip()
        e = RE_ENUM.match(body)
        head = body[: e.end()] if e else ""
        body = body[e.end():] if e else body
        if suf:
            end = re.search(r"[。；;！!]?$", body)
            body = body[: end.start()] + suf + (end.group(0) or "")
        return lead + head + pre + body
    lines = map_sentences(doc, key, fn, _excl(key))
    if hit[0] < min_hits:
        return None
    return "\n".join(lines)


# ---------------------------------------------------------------- causes built from the problems
def op_pair_cause_kp(doc, intro, pool_a, tpls_b):
    """Pair: a cause paragraph after the problems with causes A (a fixed pool) vs causes B made from
    each problem's own key phrase (<kp>): e.g. a circular cause that only restates the problem."""
    if not doc.has("shortcomings"):
        return None
    kps = _kps(doc)
    if len(kps) < 2:
        return None
    pool_b = [tpls_b[j % len(tpls_b)].replace("<kp>", kp) for j, kp in enumerate(kps)]
    a, b = op_cause_block(doc, intro, pool_a), op_cause_block(doc, intro, pool_b)
    if a is None or b is None:
        return None
    return a, b


# ---------------------------------------------------------------- form only (substance unchanged)
def _map(doc, fn, keys=("measures",)):
    lines = list(doc.lines)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, fn, _excl(k), lines)
    return _done(doc, lines)


def op_enum_words(doc, keys=("measures",)):
    """In-paragraph enumerators '一是…二是…' written '其一，…其二，…' (same items, same order)."""
    rx = re.compile(r"(?:(?<=^)|(?<=[。；;：:，,\s]))([" + CN + r"]{1,2})是")
    return _map(doc, lambda t: rx.sub(lambda m: "其" + m.group(1) + "，", t), keys)


def op_semicolons(doc, keys=("measures",)):
    """Inside each body paragraph, every full stop but the last written as a semicolon (one long
    sentence per paragraph, as some writers do)."""
    def fn(t):
        s = t.rstrip()
        k = s.rfind("。")
        if k <= 0:
            return t
        return s[:k].replace("。", "；") + s[k:] + t[len(s):]
    return _map(doc, fn, keys)


def op_wan_digits(doc, keys=("measures",)):
    """Counts in 万 written out in digits ('1.2万人次' -> '12000人次', '30万元' -> '300000元')."""
    def rep(m):
        v = float(m.group(1)) * 10000
        if abs(v - round(v)) > 1e-6:
            return m.group(0)
        return str(round(v))
    rx = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)万(?=[\u4e00-\u9fff])(?!亿)")
    return _map(doc, lambda t: rx.sub(rep, t), keys)


def op_unquote(doc, keys=("measures",)):
    """Chinese double quotes dropped around terms (“放管服” -> 放管服)."""
    return _map(doc, lambda t: t.replace("“", "").replace("”", ""), keys)


def op_year_du(doc, keys=("measures",)):
    """A bare year written as a year-of-account ('2024年' -> '2024年度') where no month or 以来 follows."""
    rx = re.compile(r"(?<![0-9])(20[0-9][0-9])年(?![度0-9以来至—－-])")
    return _map(doc, lambda t: rx.sub(r"\1年度", t), keys)


def op_months_cn(doc, keys=("measures", FR, "shortcomings", "next_year")):
    """Months written in Chinese numerals ('2024年3月' -> '2024年三月', '6月底' -> '六月底')."""
    rx = re.compile(r"(?<![0-9.])([1-9]|1[0-2])月")
    return _map(doc, lambda t: rx.sub(lambda m: cn_int(int(m.group(1))) + "月", t), keys)
