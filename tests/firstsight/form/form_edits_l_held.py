"""Form-only edits, twelfth set (l), held part (kept aside; not to be used for tuning rules).

Same contract as form_edits.EDITS; helpers, the words check and the heading normaliser come from
form_edits_l.  None of these kinds is in an earlier set (see form_edits_l's docstring).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from form_edits import _core, headings, is_body, split_lines, wrap_headings
from form_edits_g import CNN, WS, find_title, join
from form_edits_l import CHROME_LINES, EXTRA_LEAK, heading_norm, words_kept  # noqa: F401


# ---------------------------------------------------------------- decoration / markup
def bullet_paragraphs(text):
    """Body paragraphs made a bulleted list in Word/WPS, copied as text: each body paragraph led by
    the bullet glyph and a tab ('•\\t'); headings, title and short lines untouched."""
    lines, nl = split_lines(text)
    n = 0
    for i, ln in enumerate(lines):
        if is_body(ln, 20):
            ind = ln[:len(ln) - len(ln.lstrip(WS))]
            lines[i] = f"{ind}•\t{ln[len(ind):]}"
            n += 1
    return join(lines, nl) if n else None


def md_backslash_breaks(text):
    """docx → Markdown by pandoc of a document whose lines were manual line breaks (Shift+Enter,
    as in a web page pasted into Word): every non-blank line but the last ends in a backslash
    (pandoc's escaped line break), headings included."""
    lines, nl = split_lines(text)
    nonblank = [i for i, ln in enumerate(lines) if ln.strip(WS)]
    if len(nonblank) < 2:
        return None
    for i in nonblank[:-1]:
        lines[i] = lines[i].rstrip(WS) + "\\"
    return join(lines, nl)


def corner_bracket_headings(text):
    """Headings set off in corner brackets, as a Taiwan/HK-style template or a WeChat layout does:
    standalone top and sub-headings 「一、X」 / 「（一）X」."""
    def f(lvl, m, line):
        ind, core = _core(m, line)
        return f"{ind}「{core}」"
    return wrap_headings(text, f, levels=(0, 1))


def title_book_quotes(text):
    """The title line in book-title marks, as a repost or a 文库 page sets a document's name:
    X → 《X》 (the title alone, found by find_title; not applied when it already has them)."""
    lines, nl = split_lines(text)
    ti = find_title(lines)
    if ti is None:
        return None
    s = lines[ti].strip(WS)
    if s.startswith("《"):
        return None
    ind = lines[ti][:len(lines[ti]) - len(lines[ti].lstrip(WS))]
    lines[ti] = f"{ind}《{s}》"
    return join(lines, nl)


# ---------------------------------------------------------------- numbering
_TOP_START = re.compile(r"^([" + WS + r"]*)([" + CNN + r"]{1,3})、", re.M)
_SUB_START = re.compile(r"^([" + WS + r"]*)([（(])([" + CNN + r"]{1,3})([）)])", re.M)


def spaced_enumerator(text):
    """An OCR'd scan (or a PDF whose glyphs are placed one by one) that puts spaces inside the
    enumerators of the headings: '一 、X' and '（ 一 ）X' (standalone top and sub-headings)."""
    lines, nl = split_lines(text)
    hs = {i for i, _l, _m in headings(lines, (0, 1))}
    n = 0
    for i in hs:
        new = _TOP_START.sub(r"\1\2 、", lines[i], count=1)
        new = _SUB_START.sub(r"\1\2 \3 \4", new, count=1)
        if new != lines[i]:
            lines[i] = new
            n += 1
    return join(lines, nl) if n else None


# ---------------------------------------------------------------- chrome / encoding
A11Y_BAR = "无障碍　长者模式　繁體　English"
QR_LINE = "扫一扫在手机打开当前页"


def gov_a11y_bar(text):
    """A government site page copied whole after the 适老化/无障碍 redesign: the accessibility bar
    on top (无障碍, 长者模式, 繁體, English) and the QR-code caption at the end."""
    lines, nl = split_lines(text)
    while lines and not lines[-1].strip(WS):
        lines.pop()
    if not lines:
        return None
    return join([A11Y_BAR, ""] + lines + ["", QR_LINE], nl)


def mixed_line_ends(text):
    """A text assembled from two sources: the lines before the first top heading with LF ends (typed
    in the site's form), the body from the first top heading on with CRLF (pasted from a Windows
    file).  Not applied to a text with a CR or without a top heading after its first line."""
    if "\r" in text:
        return None
    lines = text.split("\n")
    first = next((i for i, _l, _m in headings(lines, (0,))), None)
    if not first:
        return None
    return "\n".join(lines[:first]) + "\n" + "\r\n".join(lines[first:])


EDITS: dict[str, Callable[[str], str | None]] = {
    "bullet_paragraphs": bullet_paragraphs,
    "md_backslash_breaks": md_backslash_breaks,
    "corner_bracket_headings": corner_bracket_headings,
    "title_book_quotes": title_book_quotes,
    "spaced_enumerator": spaced_enumerator,
    "gov_a11y_bar": gov_a11y_bar,
    "mixed_line_ends": mixed_line_ends,
}

WORDS_EXEMPT: set[str] = set()
