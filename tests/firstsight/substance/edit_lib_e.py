"""Operations for the fifth substance set (substance_edits_e*.py), built on edit_lib, edit_lib_c and
edit_lib_d (all unchanged).

Written without reading fzscore's code or rubric data.  Every operation takes its wording as an
argument and finds what it edits from the corpus labels and heading regexes (edit_lib.Doc): no
document line is hard-coded.  Stdlib only.
"""
import re

from edit_lib import (
    CN_NUM,
    DONE,
    NUM_RX,
    PRINCIPAL,
    RE_ENUM,
    TOPHEAD,
    fill,
    fmt,
    map_paras,
    map_sentences,
    sentences,
)
from edit_lib_d import FR, _excl, _is_title, has_figure


# ---------------------------------------------------------------- whether it happened
def _forward(doc, s):
    return DONE.sub("", s).replace(f"{doc.year}年", f"{doc.ny}年")


def op_fr_infix(doc, marker):
    """Each act of the 第一责任人 part turned into an intention with the marker placed right after its
    subject (the principal leaders: '镇党政主要负责人准备在{ny}年认真履行…'); a sentence without a named
    principal gets the marker at its start.  Completion marks dropped, the report year moved on."""
    if not doc.has(FR):
        return None
    mk = fmt(doc, marker, "infix")
    hit = [0]

    def fn(s):
        if len(s.strip()) < 8 or _is_title(s):
            return s
        hit[0] += 1
        s = _forward(doc, s)
        m = PRINCIPAL.search(s)
        if m:
            return s[: m.end()] + mk + s[m.end():]
        lead = s[: len(s) - len(s.lstrip())]
        body = s.lstrip()
        e = RE_ENUM.match(body)
        head = body[: e.end()] if e else ""
        return lead + head + mk + (body[e.end():] if e else body)
    lines = map_sentences(doc, FR, fn, exclude=())
    if not hit[0]:
        return None
    t = "\n".join(lines)
    return None if t == doc.text else t


def op_measures_mark(doc, prefix="", suffix="", min_hits=2):
    """The measures' dated or counted sentences turned into intentions: `prefix` at the sentence start
    (after an enumerator) and/or `suffix` before its end punctuation; completion marks dropped and the
    report year moved on.  None if fewer than min_hits sentences change."""
    if not doc.has("measures"):
        return None
    pre, suf = fmt(doc, prefix, "mp"), fmt(doc, suffix, "ms")
    hit = [0]

    def fn(s):
        if len(s.strip()) < 12 or _is_title(s) or not has_figure(s):
            return s
        hit[0] += 1
        s = _forward(doc, s)
        lead = s[: len(s) - len(s.lstrip())]
        body = s.lstrip()
        e = RE_ENUM.match(body)
        head = body[: e.end()] if e else ""
        body = body[e.end():] if e else body
        if suf:
            end = re.search(r"[。；;！!]?$", body)
            body = body[: end.start()] + suf + (end.group(0) or "")
        return lead + head + pre + body
    lines = map_sentences(doc, "measures", fn)
    if hit[0] < min_hits:
        return None
    return "\n".join(lines)


# ---------------------------------------------------------------- topic relevance
def _figure_count(t):
    return len(NUM_RX.findall(t)) + len(re.findall(r"\d{4}年|\d\s*%", t))


def op_swap_offtopic(doc, pool, salt="swap"):
    """The measures paragraph richest in figures (a whole line of its own) replaced by an off-topic
    paragraph (economic results, party building …) of the same length, built from `pool`; a line-start
    enumerator is kept.  A report that does less rule-of-law work, with as many figures."""
    if not doc.has("measures"):
        return None
    best = None
    for i, c in doc.paras("measures"):
        if c:
            continue
        body = doc.lines[i]
        n = _figure_count(body)
        if n >= 2 and len(body.strip()) >= 60 and (best is None or n > best[1]):
            best = (i, n)
    if best is None:
        return None
    i = best[0]
    ln = doc.lines[i]
    ind = re.match(r"^\s*", ln).group(0)
    body = ln[len(ind):]
    e = RE_ENUM.match(body)
    head = body[: e.end()] if e else ""
    n = len(body) - len(head)
    txt = fmt(doc, fill(pool, n), salt)
    # cut at the last sentence end within the original length (+10 %), so the lengths stay alike
    cut = max((m.end() for m in re.finditer("。", txt) if m.end() <= n * 1.1), default=len(txt))
    lines = list(doc.lines)
    lines[i] = ind + head + txt[:cut]
    return "\n".join(lines)


# ---------------------------------------------------------------- padding inside paragraphs
def op_pad_within(doc, key, pool, min_hits=2):
    """A stock clause (cycling through pool) appended to every body paragraph of a part that stands on
    its own line: more words, nothing done."""
    if not doc.has(key):
        return None
    hit = [0]

    def fn(t):
        if len(t.strip()) < 40:
            return t
        s = fmt(doc, pool[hit[0] % len(pool)], str(hit[0]))
        hit[0] += 1
        r = t.rstrip()
        tail = t[len(r):]
        if r and r[-1] not in "。！!；;":
            r += "。"
        return r + s + tail
    lines = map_paras(doc, key, fn, _excl(key))
    if hit[0] < min_hits:
        return None
    return "\n".join(lines)


# ---------------------------------------------------------------- form-only edits (invariance)
def _region(doc):
    first = min(s.start for s in doc.spans.values())
    last = max(s.end for s in doc.spans.values())
    return first, last


def op_crlf(doc):
    """Windows line ends (CR LF) throughout, as a file saved from a Windows editor."""
    return doc.text.replace("\n", "\r\n")


def op_trailing_spaces(doc):
    """Two ASCII spaces and a tab left at the end of every non-empty line of the parts."""
    first, last = _region(doc)
    lines = list(doc.lines)
    for i in range(first, last):
        if lines[i].strip():
            lines[i] = lines[i] + "  \t"
    return "\n".join(lines)


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def op_fullwidth_digits(doc):
    """Every ASCII digit inside the parts written full-width (２０２４年, １２件), as some word
    processors and OCR output do; NFKC maps them back."""
    first, last = _region(doc)
    lines = list(doc.lines)
    hit = 0
    for i in range(first, last):
        new = lines[i].translate(FW)
        hit += new != lines[i]
        lines[i] = new
    if not hit:
        return None
    return "\n".join(lines)


def op_page_numbers(doc, every=3):
    """Page-number lines ('— 2 —', as left by a PDF or a printed document) put between paragraphs of
    the parts, every `every` non-empty lines; never inside a paragraph."""
    first, last = _region(doc)
    lines = list(doc.lines)
    out = lines[:first]
    k, page = 0, 2
    for i in range(first, last):
        out.append(lines[i])
        if lines[i].strip():
            k += 1
            nxt = next((lines[j] for j in range(i + 1, last) if lines[j].strip()), None)
            if k % every == 0 and nxt is not None:
                out.append(f"— {page} —")
                page += 1
    out += lines[last:]
    if page == 2:
        return None
    return "\n".join(out)


def op_nbsp_indent(doc):
    """Leading whitespace of every line of the parts replaced by four no-break spaces (U+00A0), as in
    text copied from a web page."""
    first, last = _region(doc)
    lines = list(doc.lines)
    for i in range(first, last):
        if lines[i].strip():
            lines[i] = "\u00a0" * 4 + lines[i].lstrip()
    t = "\n".join(lines)
    return None if t == doc.text else t


_WRAP_BAD_START = re.compile(r"^(?:[" + CN_NUM + r"]+[、是]|[（(]|\d|[，。、；：,.;:）)”」])")


def op_hard_wrap(doc, width=36, min_len=80):
    """Long body lines of the parts broken into lines of about `width` characters, as text copied
    out of a PDF (no blank line between the pieces, the first line keeps its indent).  A break is
    moved on so that no piece starts with an enumerator, a digit or a punctuation mark."""
    first, last = _region(doc)
    out = doc.lines[:first]
    hit = 0
    for i in range(first, last):
        ln = doc.lines[i]
        if len(ln.strip()) < min_len or TOPHEAD.match(ln):
            out.append(ln)
            continue
        pieces, rest = [], ln
        while len(rest) > width + 10:
            cut = width
            while cut < len(rest) - 1 and _WRAP_BAD_START.match(rest[cut:]):
                cut += 1
            pieces.append(rest[:cut])
            rest = rest[cut:]
        pieces.append(rest)
        hit += len(pieces) > 1
        out += pieces
    out += doc.lines[last:]
    if not hit:
        return None
    return "\n".join(out)


def op_top_enum_dot(doc):
    """Every top-level heading of the document ('一、', '二、' …) numbered with a full-width full stop
    ('一．') instead; all of them, so that the numbering stays consistent."""
    lines = list(doc.lines)
    hit = 0
    for i in range(len(lines)):
        m = re.match(r"^(\s*[" + CN_NUM + r"]+)、", lines[i])
        if m:
            lines[i] = m.group(1) + "．" + lines[i][m.end():]
            hit += 1
    if not hit:
        return None
    return "\n".join(lines)


__all__ = [
    "op_crlf",
    "op_fr_infix",
    "op_fullwidth_digits",
    "op_hard_wrap",
    "op_measures_mark",
    "op_nbsp_indent",
    "op_pad_within",
    "op_page_numbers",
    "op_swap_offtopic",
    "op_top_enum_dot",
    "op_trailing_spaces",
    "sentences",
]
