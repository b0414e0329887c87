"""Form-only edits, seventh set (g), held part (kept aside; not to be used for tuning rules).

Same contract as form_edits_g.EDITS; helpers are imported from form_edits and form_edits_g.
Split from the tuning part before anything was run.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from form_edits import _core, cn_val, headings, is_body, split_lines, uses_blank, wrap_headings
from form_edits_g import CNN, EXTRA_LEAK, LEAD_NUM, LEAD_SHI, WS, find_title, heading_norm, join, map_leads, opencc, words_kept  # noqa: F401  # noqa: F401  (measure.py takes them from the edits module)


def square_runin(text):
    """Run-in leads in half-width square brackets, their full stop kept inside: [一是X。]…"""
    return map_leads(text, lambda lead, end: f"[{lead}{end}]")


def strong_join_sub(text):
    """A standalone sub-heading （一）X put inline at the start of its paragraph, in HTML bold:
    <strong>（一）X</strong>paragraph… (no punctuation added)."""
    lines, nl = split_lines(text)
    drop, n = set(), 0
    for i, _lvl, m in headings(lines, (1,)):
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines) or not is_body(lines[j], 20) or re.match(r"^[" + WS + r"]*(?:[（(]|[" + CNN + r"]{1,3}[、.．是]|\d)", lines[j]):
            continue
        ind, core = _core(m, lines[i])
        lines[j] = ind + f"<strong>{core}</strong>" + lines[j].lstrip(WS)
        drop.update(range(i, j))
        n += 1
    return nl.join(l for k, l in enumerate(lines) if k not in drop) if n else None


def arabic_sub(text):
    """Sub-headings numbered in Arabic figures, consistently: （一）X → （1）X (standalone and run-in)."""
    lines, nl = split_lines(text)
    rx = re.compile(r"^([" + WS + r"]*)([（(])([" + CNN + r"]{1,3})([）)])")
    n = 0
    for i, ln in enumerate(lines):
        m = rx.match(ln)
        if m:
            lines[i] = m.group(1) + m.group(2) + str(cn_val(m.group(3))) + m.group(4) + ln[m.end():]
            n += 1
    return join(lines, nl) if n >= 2 else None


def paren_to_shi(text):
    """Line-start sub-headings （一）X written as 一是X, consistently."""
    lines, nl = split_lines(text)
    rx = re.compile(r"^([" + WS + r"]*)[（(]([" + CNN + r"]{1,3})[）)][" + WS + r"]*")
    n = 0
    for i, ln in enumerate(lines):
        m = rx.match(ln)
        if m:
            lines[i] = m.group(1) + m.group(2) + "是" + ln[m.end():]
            n += 1
    return join(lines, nl) if n >= 2 else None


def nbsp_layout(text):
    """Web copy: paragraphs indented with non-breaking spaces and an NBSP after each heading number."""
    lines, nl = split_lines(text)
    out = ["\u00a0\u00a0\u00a0\u00a0" + ln.lstrip(WS) if ln.strip() else ln for ln in lines]
    text2 = join(out, nl)

    def f(lvl, m, line):
        num = m.group("num") + (m.group("sep") if "sep" in m.groupdict() else "")
        return f"{m.group('ind')}{num}\u00a0{m.group('text')}"
    return wrap_headings(text2, f, levels=(0, 1)) or text2


def page_break_midpara(text):
    """PDF extraction: a page break inside long paragraphs, mid-sentence: the paragraph is cut between
    two characters and a page number — n — stands between its halves."""
    lines, nl = split_lines(text)
    blank = uses_blank(lines)
    out, page, n = [], 1, 0
    for ln in lines:
        if n < 3 and is_body(ln, 120):
            cut = len(ln) // 2
            while cut < len(ln) - 1 and not ("\u4e00" <= ln[cut - 1] <= "\u9fff" and "\u4e00" <= ln[cut] <= "\u9fff"):
                cut += 1
            if cut < len(ln) - 10:
                out += [ln[:cut]] + ([""] if blank else []) + [f"— {page} —"] + ([""] if blank else []) + [ln[cut:]]
                page += 1
                n += 1
                continue
        out.append(ln)
    return join(out, nl) if n else None


def attachment_line(text):
    """An attachment line at the end of the page (附件 and its file name)."""
    lines, nl = split_lines(text)
    while lines and not lines[-1].strip():
        lines.pop()
    return join(lines + ["", "附件：法治政府建设工作情况统计表.docx"], nl)


def chapter_numbering(text):
    """Top-level headings numbered as chapters: 一、X → 第一章　X."""
    def f(lvl, m, line):
        return f"{m.group('ind')}第{m.group('num')}章\u3000{m.group('text')}"
    return wrap_headings(text, f, levels=(0,))


def intro_merge(text):
    """The intro paragraph (before the first top-level heading) merged into the first paragraph under
    that heading."""
    lines, nl = split_lines(text)
    tops = headings(lines, (0,))
    if not tops:
        return None
    h = tops[0][0]
    intro = [i for i in range(h) if is_body(lines[i], 40)]
    if not intro:
        return None
    a = intro[-1]
    j = h + 1
    while j < len(lines) and not lines[j].strip():
        j += 1
    if j >= len(lines) or not is_body(lines[j], 20) or re.match(r"^[" + WS + r"]*(?:[（(]|[" + CNN + r"]{1,3}[、.．是]|\d)", lines[j]):
        return None
    ind = re.match(r"^[" + WS + r"]*", lines[j]).group(0)
    lines[j] = ind + lines[a].strip(WS) + lines[j].lstrip(WS)
    del lines[a]
    if a < len(lines) and not lines[a].strip() and a > 0 and not lines[a - 1].strip():
        del lines[a]
    return join(lines, nl)


def traditional_hk(text):
    """The whole report in Hong Kong traditional characters (OpenCC s2hk)."""
    conv = opencc("s2hk")
    if not conv:
        return None
    out = conv(text)
    return out if out != text else None


EDITS: dict[str, Callable[[str], str | None]] = {
    "square_runin": square_runin,
    "strong_join_sub": strong_join_sub,
    "arabic_sub": arabic_sub,
    "paren_to_shi": paren_to_shi,
    "nbsp_layout": nbsp_layout,
    "page_break_midpara": page_break_midpara,
    "attachment_line": attachment_line,
    "chapter_numbering": chapter_numbering,
    "intro_merge": intro_merge,
    "traditional_hk": traditional_hk,
}

WORDS_EXEMPT = {"attachment_line", "intro_merge"}  # chrome; a move (see form_edits_g)
