"""Operations for the tenth substance set (substance_edits_j*.py), built on edit_lib, edit_lib_c …
edit_lib_i (all unchanged).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument (or is a form-only rewrite) and finds what it edits from the corpus labels and heading regexes
(edit_lib.Doc): no document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import NUM_RX, fmt, map_paras, map_sentences
from edit_lib_d import FR, _is_title, op_insert, op_pair_insert
from edit_lib_h import cn_int

# levels that hold no legislative power (no 地方性法规, no 政府规章): counties, townships, departments
NO_RULE_POWER = ("county", "township", "department")


def _excl(key):
    return (FR,) if key == "measures" else ()


def _done(doc, lines):
    t = "\n".join(lines)
    return None if t == doc.text else t


def _map(doc, fn, keys=("measures",)):
    lines = list(doc.lines)
    for k in keys:
        if doc.has(k):
            lines = map_paras(doc, k, fn, _excl(k), lines)
    return _done(doc, lines)


# ---------------------------------------------------------------- counts made unavailable
def op_counts_elsewhere(doc, word, suffix="", key="measures", min_hits=2):
    """In every counted sentence of a part, each count (number + unit, percentage) replaced by `word`
    (the unit dropped with it), and `suffix` put before the end punctuation: the figures said to be
    somewhere else (an attachment the report does not have).  Dates are kept.  None if fewer than
    min_hits sentences change."""
    if not doc.has(key):
        return None
    hit = [0]
    suf = fmt(doc, suffix, "sx") if suffix else ""

    def fn(s):
        if len(s.strip()) < 12 or _is_title(s) or not NUM_RX.search(s):
            return s
        hit[0] += 1
        t = NUM_RX.sub(word, s)
        end = re.search(r"[。；;！!]?\s*$", t)
        return t[: end.start()] + suf + t[end.start():]
    lines = map_sentences(doc, key, fn, _excl(key))
    if hit[0] < min_hits:
        return None
    return "\n".join(lines)


# ---------------------------------------------------------------- pairs that depend on the report's level
def op_pair_insert_levels(doc, key, a, b, levels=NO_RULE_POWER):
    """op_pair_insert for reports of the given levels only (e.g. B claims a power those levels lack)."""
    if doc.level not in levels:
        return None
    return op_pair_insert(doc, key, a, b)


# ---------------------------------------------------------------- the same figures as a table or as prose
def op_pair_table_prose(doc, key, prose, rows, head):
    """Pair: a paragraph of prose with some figures (A) vs the same figures as a small table (B): a
    header line `head` and one line per (label, figure) of `rows`, cells separated by a tab."""
    if not doc.has(key):
        return None
    table = "\n".join([head] + [f"{lab}\t{fig}" for lab, fig in rows])
    a = op_insert(doc, key, prose, "pair")
    b = op_insert(doc, key, table, "pair")
    if a is None or b is None:
        return None
    return a, b


# ---------------------------------------------------------------- form only (substance unchanged)
def op_date_dots(doc, keys=("measures", FR, "next_year")):
    """Full dates written with dots ('2024年3月5日' -> '2024.3.5'), month-only dates with dots
    ('2024年6月' -> '2024.6')."""
    rx_d = re.compile(r"(?<![0-9])(20[0-9][0-9])年([1-9]|1[0-2])月([1-9]|[12][0-9]|3[01])日")
    rx_m = re.compile(r"(?<![0-9])(20[0-9][0-9])年([1-9]|1[0-2])月(?![0-9份底初中])")

    def fn(t):
        t = rx_d.sub(r"\1.\2.\3", t)
        return rx_m.sub(r"\1.\2", t)
    return _map(doc, fn, keys)


def op_yu_duo(doc, keys=("measures", FR)):
    """'N余件' written 'N多件' (the same approximate count in the other usual word)."""
    rx = re.compile(r"(?<=[0-9])余(?=万?[\u4e00-\u9fff])")
    return _map(doc, lambda t: rx.sub("多", t), keys)


def op_pct_words(doc, keys=("measures", FR), digits=False):
    """Integer percentages written with 百分之 ('95%' -> '百分之九十五', or '百分之95' with digits=True);
    decimals are left alone."""
    rx = re.compile(r"(?<![0-9.])([1-9][0-9]?|100)\s*[%％]")

    def rep(m):
        n = int(m.group(1))
        return "百分之" + (str(n) if digits else cn_int(n))
    return _map(doc, lambda t: rx.sub(rep, t), keys)


def op_yu_before(doc, keys=("measures", FR)):
    """'N余件' written '逾N件' (the same approximate count, the word before the number)."""
    rx = re.compile(r"(?<![0-9.])([0-9]+(?:\.[0-9]+)?)余(?=万?[\u4e00-\u9fff])")
    return _map(doc, lambda t: rx.sub(r"逾\1", t), keys)


def op_zero_months(doc, keys=("measures", FR, "next_year")):
    """One-digit months and days zero-padded ('2024年3月5日' -> '2024年03月05日', '6月底' -> '06月底')."""
    rx_m = re.compile(r"(?<![0-9.])([1-9])月")
    rx_d = re.compile(r"(?<=月)([1-9])日")

    def fn(t):
        return rx_d.sub(r"0\1日", rx_m.sub(r"0\1月", t))
    return _map(doc, fn, keys)


def op_thousands(doc, keys=("measures", FR)):
    """Counts of four or more digits written with thousands separators ('12000人次' -> '12,000人次');
    years are untouched (only numbers followed by a counting unit are changed)."""
    def rep(m):
        num = m.group(1)
        if "." in num or len(num) < 4:
            return m.group(0)
        return f"{int(num):,}" + m.group(2) + m.group(3)
    return _map(doc, lambda t: NUM_RX.sub(rep, t), keys)


def op_dunhao(doc, keys=("measures",)):
    """Enumeration commas between words written as ordinary commas ('审批、监管、执法' -> '审批，监管，执法');
    an enumerator's 、 (一、 1、) is left alone."""
    rx = re.compile(r"(?<=[\u4e00-\u9fff”》）)])(?<![一二三四五六七八九十])、(?=[\u4e00-\u9fff“《（(])")
    return _map(doc, lambda t: rx.sub("，", t), keys)


__all__ = [
    "op_counts_elsewhere",
    "op_date_dots",
    "op_dunhao",
    "op_pair_insert_levels",
    "op_pair_table_prose",
    "op_pct_words",
    "op_thousands",
    "op_yu_before",
    "op_yu_duo",
    "op_zero_months",
]
