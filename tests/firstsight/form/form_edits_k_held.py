"""Form-only edits, eleventh set (k), held part (kept aside; not to be used for tuning rules).

Same contract as form_edits.EDITS; helpers, the words check and the heading normaliser come from
form_edits_k.  None of these kinds is in an earlier set (see form_edits_k's docstring).
"""
from __future__ import annotations

from collections.abc import Callable

from form_edits import _core, cn_val, wrap_headings
from form_edits_k import CHROME_LINES, EXTRA_LEAK, _num_and_text, heading_norm, words_kept  # noqa: F401


# ---------------------------------------------------------------- bold / decoration
def hollow_lenticular_headings(text):
    """Headings set off in hollow lenticular brackets, a style of some county sites and WPS templates:
    standalone top and sub-headings 〖一、X〗 / 〖（一）X〗 (run-in leads untouched)."""
    def f(lvl, m, line):
        ind, core = _core(m, line)
        return f"{ind}〖{core}〗"
    return wrap_headings(text, f, levels=(0, 1))


def spaced_md_bold(text):
    """An HTML → Markdown converter (or a WeChat 'copy as Markdown' plug-in) that keeps the spaces
    inside the bold run: top and sub-headings ** 一、X ** (not valid CommonMark bold, left as typed).
    Not applied to a text with a literal '*'."""
    if "*" in text:
        return None

    def f(lvl, m, line):
        ind, core = _core(m, line)
        return f"{ind}** {core} **"
    return wrap_headings(text, f, levels=(0, 1))


def star_headings(text):
    """Headings marked with stars, as in a 简报/WeChat layout: top headings led by ★ (no space), sub-
    headings by ☆ and a space."""
    def f(lvl, m, line):
        ind, core = _core(m, line)
        return f"{ind}★{core}" if lvl == 0 else f"{ind}☆ {core}"
    return wrap_headings(text, f, levels=(0, 1))


# ---------------------------------------------------------------- numbering
_UPPER = "壹贰叁肆伍陆柒捌玖拾"


def upper_cn_tops(text):
    """Top-level heading numbers in the financial (大写) numerals some writers and templates use:
    一、X → 壹、X (parts one to ten; the separator kept)."""
    def f(lvl, m, line):
        n = cn_val(m.group("num"))
        if not 1 <= n <= 10:
            return line
        return f"{m.group('ind')}{_UPPER[n - 1]}、{line[m.start('text'):]}"
    out = wrap_headings(text, f, levels=(0,))
    return out if out != text else None


def top_sep_ideo_space(text):
    """Word list numbering '一' followed by a space instead of 、 (the number format without the
    顿号, the tab after it turned into an ideographic space on copy): 一、X → 一　X."""
    def f(lvl, m, line):
        return f"{m.group('ind')}{m.group('num')}\u3000{line[m.start('text'):]}"
    return wrap_headings(text, f, levels=(0,))


# ---------------------------------------------------------------- layout / encoding
def md_list_headings(text):
    """docx → Markdown where the heading paragraphs were list paragraphs: each top heading a list
    item `- 一、X`, each sub-heading a nested item `    - （一）X`; body paragraphs untouched."""
    def f(lvl, m, line):
        _ind, core = _core(m, line)
        return f"- {core}" if lvl == 0 else f"    - {core}"
    return wrap_headings(text, f, levels=(0, 1))


def cr_line_ends(text):
    """Classic Mac OS line ends (CR alone), as some old export tools and OCR apps still write: every
    line break written as '\\r'.  Not applied to a text that already has a CR."""
    if "\r" in text or "\n" not in text:
        return None
    return text.replace("\n", "\r")


EDITS: dict[str, Callable[[str], str | None]] = {
    "hollow_lenticular_headings": hollow_lenticular_headings,
    "spaced_md_bold": spaced_md_bold,
    "star_headings": star_headings,
    "upper_cn_tops": upper_cn_tops,
    "top_sep_ideo_space": top_sep_ideo_space,
    "md_list_headings": md_list_headings,
    "cr_line_ends": cr_line_ends,
}

WORDS_EXEMPT: set[str] = set()
