"""Operations for the sixth substance set (substance_edits_f*.py), built on edit_lib, edit_lib_c,
edit_lib_d and edit_lib_e (all unchanged).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument and finds what it edits from the corpus labels and heading regexes (edit_lib.Doc): no
document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import RE_ENUM, fmt, insert_para, replace_body, shortcoming_keyphrases
from edit_lib_c import op_append
from edit_lib_d import CN, FR
from edit_lib_e import _region


# ---------------------------------------------------------------- plans
def _items(doc, tpls, limit=4):
    """One plan item per stated problem (its key phrase put in for {kp}); None if no problem found."""
    kps = [k for k in shortcoming_keyphrases(doc) if len(k) >= 4][:limit]
    if not kps:
        return None
    return [fmt(doc, f"{CN[j]}是" + tpls[j % len(tpls)].replace("{kp}", kp), str(j)) for j, kp in enumerate(kps)]


def op_plan_pair_tpls(doc, tpls_a, tpls_b):
    """Pair: the next-year plan rewritten as one item per stated problem with templates A vs B
    (e.g. dated tasks with an owner vs the same tasks with neither)."""
    if not doc.has("shortcomings", "next_year"):
        return None
    a, b = _items(doc, tpls_a), _items(doc, tpls_b)
    if a is None or b is None:
        return None
    return replace_body(doc, "next_year", a, exclude=()), replace_body(doc, "next_year", b, exclude=())


def op_plan_copy_pair(doc, tpls, prefix=""):
    """Pair: the answering plan (A) vs the plan made of the measures' own paragraphs copied verbatim,
    the report year moved on, about as long as A (B)."""
    if not doc.has("shortcomings", "next_year", "measures"):
        return None
    a = _items(doc, tpls)
    if a is None:
        return None
    n = sum(len(p) for p in a)
    out, tot = [], 0
    for i, c in doc.paras("measures"):
        p = doc.lines[i][c:].strip()
        if len(p) < 40:
            continue
        p = prefix + RE_ENUM.sub("", p, count=1).replace(f"{doc.year}年", f"{doc.ny}年")
        out.append(f"{CN[len(out)]}是" + p[: max(40, n - tot)])
        tot += len(out[-1])
        if tot >= n or len(out) >= 6:
            break
    if len(out) < 1:
        return None
    return replace_body(doc, "next_year", a, exclude=()), replace_body(doc, "next_year", out, exclude=())


# ---------------------------------------------------------------- a problem, its cause and its fix
def op_pair_problem_cause_fix(doc, problem, cause, fix, other_fix):
    """Pair: a new 不足 with a fixable cause and a plan item answering it (A) vs the same 不足 with no
    cause and a plan item on something else, of the same length (B)."""
    if not doc.has("shortcomings", "next_year"):
        return None
    from edit_lib import Doc
    a1 = op_append(doc, "shortcomings", problem + cause, "pcf")
    b1 = op_append(doc, "shortcomings", problem, "pcf")
    if a1 is None or b1 is None:
        return None
    da, db = Doc(doc.id, a1, doc.labels, doc.kind), Doc(doc.id, b1, doc.labels, doc.kind)
    if not (da.has("next_year") and db.has("next_year")):
        return None
    a = insert_para(da, "next_year", fmt(doc, fix, "pcf"), exclude=())
    b = insert_para(db, "next_year", fmt(doc, other_fix, "pcf"), exclude=())
    if a is None or b is None:
        return None
    return a, b


# ---------------------------------------------------------------- form-only edits (invariance)
def op_cjk_digit_spaces(doc):
    """A space put between a CJK character and a digit on either side ('2025 年', '共 10 份'), as some
    web editors and typographic plug-ins do."""
    first, last = _region(doc)
    lines = list(doc.lines)
    hit = 0
    for i in range(first, last):
        new = re.sub(r"(?<=[\u4e00-\u9fff])(?=\d)|(?<=\d)(?=[\u4e00-\u9fff])", " ", lines[i])
        hit += new != lines[i]
        lines[i] = new
    if not hit:
        return None
    return "\n".join(lines)


def op_tab_indent(doc):
    """Every non-empty line of the parts indented with one tab instead of its own leading whitespace."""
    first, last = _region(doc)
    lines = list(doc.lines)
    for i in range(first, last):
        if lines[i].strip():
            lines[i] = "\t" + lines[i].lstrip()
    t = "\n".join(lines)
    return None if t == doc.text else t


def op_corner_quotes(doc):
    """Chinese curly quotes written as corner brackets (“…” -> 「…」, ‘…’ -> 『…』), as in text from a
    traditional-script or Japanese-locale editor; the words are unchanged."""
    first, last = _region(doc)
    lines = list(doc.lines)
    table = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})
    hit = 0
    for i in range(first, last):
        new = lines[i].translate(table)
        hit += new != lines[i]
        lines[i] = new
    if not hit:
        return None
    return "\n".join(lines)


def op_bom(doc):
    """A UTF-8 byte-order mark at the start of the file (as Windows Notepad saves it)."""
    return "\ufeff" + doc.text


def op_space_lines(doc):
    """Every blank line inside the parts holds a few spaces and an ideographic space, and a line of
    that kind is put between paragraphs where there was none."""
    first, last = _region(doc)
    out = doc.lines[:first]
    for i in range(first, last):
        ln = doc.lines[i]
        if not ln.strip():
            out.append("   \u3000")
            continue
        out.append(ln)
        nxt = doc.lines[i + 1] if i + 1 < last else ""
        if nxt.strip():
            out.append("  \u3000 ")
    out += doc.lines[last:]
    t = "\n".join(out)
    return None if t == doc.text else t


def op_sentence_gap(doc):
    """An ideographic space (U+3000) after every full stop that is followed by more text on the same
    line, as in text typeset with a space between sentences."""
    first, last = _region(doc)
    lines = list(doc.lines)
    hit = 0
    for i in range(first, last):
        new = re.sub(r"。(?=\S)", "。\u3000", lines[i])
        hit += new != lines[i]
        lines[i] = new
    if not hit:
        return None
    return "\n".join(lines)


def op_ascii_quotes(doc):
    """Chinese curly quotes (“…”) written as ASCII double quotes, as a plain-text export does."""
    first, last = _region(doc)
    lines = list(doc.lines)
    hit = 0
    for i in range(first, last):
        new = lines[i].replace("“", '"').replace("”", '"')
        hit += new != lines[i]
        lines[i] = new
    if not hit:
        return None
    return "\n".join(lines)


__all__ = [
    "FR",
    "op_ascii_quotes",
    "op_bom",
    "op_cjk_digit_spaces",
    "op_corner_quotes",
    "op_pair_problem_cause_fix",
    "op_plan_copy_pair",
    "op_plan_pair_tpls",
    "op_sentence_gap",
    "op_space_lines",
    "op_tab_indent",
]
