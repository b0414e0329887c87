"""Form-only edits, thirteenth set (m), held part (kept aside; not to be used for tuning rules).

Same contract as form_edits.EDITS; helpers, the words check and the heading normaliser come from
form_edits_m.  None of these kinds is in an earlier set (see form_edits_m's docstring).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from form_edits import _core, headings, split_lines, wrap_headings
from form_edits_g import CNN, WS, join
from form_edits_m import CHROME_LINES, EXTRA_LEAK, heading_norm, words_kept  # noqa: F401


# ---------------------------------------------------------------- heading markup
def org_headings(text):
    """The report kept in Emacs org-mode (or exported by pandoc -t org): top headings `* 一、X`,
    sub-headings `** （一）X`, at the margin."""
    def f(lvl, m, line):
        _ind, core = _core(m, line)
        return "*" * (lvl + 1) + " " + core
    return wrap_headings(text, f, levels=(0, 1))


def typst_headings(text):
    """docx → Typst (pandoc -t typst): top headings `= 一、X`, sub-headings `== （一）X`, at the
    margin."""
    def f(lvl, m, line):
        _ind, core = _core(m, line)
        return "=" * (lvl + 1) + " " + core
    return wrap_headings(text, f, levels=(0, 1))


def latex_headings(text):
    """docx → LaTeX (pandoc -t latex, unnumbered headings since the numbers are typed): top
    headings `\\section*{一、X}`, sub-headings `\\subsection*{（一）X}`, at the margin; LaTeX's
    special characters % & # _ $ inside a heading escaped with a backslash, as pandoc writes them."""
    def f(lvl, m, line):
        _ind, core = _core(m, line)
        core = re.sub(r"([%&#_$])", r"\\\1", core)
        return "\\" + ("sub" if lvl else "") + "section*{" + core + "}"
    return wrap_headings(text, f, levels=(0, 1))


def pandoc_custom_style_divs(text):
    """docx → Markdown by pandoc with `+styles`, from a 公文 template whose headings use the
    template's own paragraph styles (一级标题 / 二级标题) rather than Word's Heading styles: each top
    or sub-heading stands alone in a fenced div `::: {custom-style="一级标题"}` … `:::`."""
    lines, nl = split_lines(text)
    hs = headings(lines, (0, 1))
    if not hs:
        return None
    for i, lvl, m in reversed(hs):
        _ind, core = _core(m, lines[i])
        style = "二级标题" if lvl else "一级标题"
        lines[i:i + 1] = [f'::: {{custom-style="{style}"}}', core, ":::"]
    return join(lines, nl)


# ---------------------------------------------------------------- numbering
_SUB_START = re.compile(r"^([" + WS + r"]*)[（(]([" + CNN + r"]{1,3})([）)])", re.M)


def closing_paren_sub(text):
    """Sub-level numbers written with the closing bracket only, as some writers type them (the way
    '1）' is typed): （一）X → 一）X, (一)X → 一)X, for every sub-level number at a line start
    (standalone sub-headings and run-in leads alike)."""
    out, n = _SUB_START.subn(r"\1\2\3", text)
    return out if n else None


# ---------------------------------------------------------------- layout / furniture
EMSP = "\u2003"
FENCE_OPEN, FENCE_CLOSE = "```text", "```"


def emsp_indent(text):
    """A CMS rich-text editor's 首行缩进 written as `&emsp;&emsp;` and rendered on copy: every
    non-blank line (title and headings included) led by two EM SPACEs (U+2003) in place of its own
    indent."""
    lines, nl = split_lines(text)
    n = 0
    for i, ln in enumerate(lines):
        if ln.strip(WS):
            lines[i] = EMSP * 2 + ln.lstrip(WS)
            n += 1
    return join(lines, nl) if n else None


def md_code_fence(text):
    """The report copied out of an AI chat window's code block (or pasted into a Markdown editor as
    one): the fence line '```text' on top, '```' at the end, the report unchanged between."""
    lines, nl = split_lines(text)
    while lines and not lines[-1].strip(WS):
        lines.pop()
    if not lines:
        return None
    return join([FENCE_OPEN] + lines + [FENCE_CLOSE], nl)


EDITS: dict[str, Callable[[str], str | None]] = {
    "org_headings": org_headings,
    "typst_headings": typst_headings,
    "latex_headings": latex_headings,
    "pandoc_custom_style_divs": pandoc_custom_style_divs,
    "closing_paren_sub": closing_paren_sub,
    "emsp_indent": emsp_indent,
    "md_code_fence": md_code_fence,
}

WORDS_EXEMPT: set[str] = set()
