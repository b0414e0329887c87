"""Form-only edits, eleventh set (k), tuning part.  Written without reading fzscore's code, data or docs.

Same contract as form_edits.EDITS: each edit takes the full text and returns the edited text, or
None when it does not apply.  Every edit keeps every word of the report; only how it is marked up,
decorated, numbered, laid out or encoded changes, or furniture without words of the report is added
(a Word table of contents repeats the headings, as such a TOC does).  None of these kinds is in
form_edits.py, form_edits_held.py or form_edits_g*/h*/i*/j*.py.  Edits find what they change from the
text's own structure (form_edits' heading regexes, form_edits_g.find_title), never from a named
document or line.

Bold/emphasis and heading decoration is a known failure class, so six kinds of the set (tune and
held) are bold or decoration in different exports: wikitext headings, Markdown with only the number
bold, FrontPage-era uppercase HTML, 〖〗 brackets, Markdown bold with spaces inside, ★/☆ marks.

No kind is exempt from the words check: words_kept() strips the markup a kind adds (tags with their
attributes, wiki '=' markers, '**', 〖〗, ★☆, a Markdown list dash, zero-width characters), reads the
numbering forms of the set (〔一〕, 壹、, 一　X) as the enumerators they stand for, drops the furniture
lines (CHROME_LINES: the TOC block, dividers) from the edited side, applies NFKC, and then compares
form_edits' words.  No furniture line carries a date or names the issuing body.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from form_edits import _body_start, _core, _words, headings, split_lines, wrap_headings
from form_edits_g import CNN, WS, find_title, join
from form_edits_h import _LEAD_ENUM


def _num_and_text(m: re.Match, line: str) -> tuple[str, str, str]:
    """(indent, the enumerator with its separator and any space after it, the heading text)."""
    ind = m.group("ind")
    return ind, line[len(ind):m.start("text")], m.group("text").rstrip(WS)


# ---------------------------------------------------------------- bold / decoration
def wikitext_headings(text):
    """The report copied from a wiki's source view (维基文库-style transcription, or a MediaWiki-based
    intranet knowledge base): top headings `== 一、X ==`, sub-headings `=== （一）X ===`, at the
    margin (a wiki heading starts in column one)."""
    def f(lvl, m, line):
        _ind, core = _core(m, line)
        eq = "==" if lvl == 0 else "==="
        return f"{eq} {core} {eq}"
    return wrap_headings(text, f, levels=(0, 1))


def md_bold_number_only(text):
    """A WeChat article whose editor draws the heading number as a coloured badge (a bold <span>),
    converted to Markdown: only the number is bold, the text follows plain: **一、**X / **（一）**X.
    Not applied to a text with a literal '*' (a Markdown export would escape it)."""
    if "*" in text:
        return None

    def f(lvl, m, line):
        ind, num, t = _num_and_text(m, line)
        return f"{ind}**{num.rstrip(WS)}**{t}"
    return wrap_headings(text, f, levels=(0, 1))


_FP_TITLE = "<P align=center><B><FONT face=宋体 size=5>"
_FP_TOP = "<P><B><FONT face=黑体 size=4>"
_FP_SUB = "<P><B><FONT face=楷体_GB2312 size=3>"


def frontpage_font_bold(text):
    """An old FrontPage/Dreamweaver page (still common on county sites) whose source was copied:
    uppercase tags and unquoted attributes, bold as <B><FONT …>: the title <P align=center><B><FONT
    face=宋体 size=5>…</FONT></B></P>, top headings in 黑体, sub-headings in 楷体_GB2312, each body line
    a bare <P>…</P>; blank lines kept."""
    lines, nl = split_lines(text)
    ti = find_title(lines)
    levels = {i: lvl for i, lvl, _ in headings(lines, (0, 1))}
    if not levels:
        return None
    out = []
    for i, ln in enumerate(lines):
        s = ln.strip(WS)
        if not s:
            out.append(ln)
        elif i == ti:
            out.append(f"{_FP_TITLE}{s}</FONT></B></P>")
        elif i in levels:
            out.append(f"{_FP_TOP if levels[i] == 0 else _FP_SUB}{s}</FONT></B></P>")
        else:
            out.append(f"<P>{s}</P>")
    return join(out, nl)


# ---------------------------------------------------------------- layout
def centred_tops(text, width=28):
    """Word headings centred (居中) saved as plain text: the paragraph's centring becomes leading
    ideographic spaces, on a 28-character 公文 line: (28 − length) // 2 of them, at least two; only
    top headings (sub-headings stay at the indent, as 公文 sets them)."""
    def f(lvl, m, line):
        _ind, core = _core(m, line)
        return "\u3000" * max(2, (width - len(core)) // 2) + core
    return wrap_headings(text, f, levels=(0,))


DIVIDER = "—" * 16


def section_dividers(text):
    """A WeChat/135编辑器 article whose parts are set off by a divider (分割线) copied as text: a line
    of 16 em dashes, between blank lines, above every top heading that has text before it (the
    first one too, after the opening paragraph)."""
    lines, nl = split_lines(text)
    tops = [i for i, _, _m in headings(lines, (0,)) if any(ln.strip(WS) for ln in lines[:i])]
    if not tops:
        return None
    for i in reversed(tops):
        lines[i:i] = ["", DIVIDER, ""]
    return join(lines, nl)


TOC_HEAD = "目\u3000\u3000录"


def toc_tab_pages(text):
    """A Word document with an automatic table of contents (引用 → 目录), copied as text: the TOC
    field gives '目　　录' and one line per top and sub-heading, the heading as written, a tab and
    its page number (no leader dots, no indent), then a blank line; put where the body starts."""
    lines, nl = split_lines(text)
    start = _body_start(lines)
    if start is None:
        return None
    hs = [h for h in headings(lines, (0, 1)) if h[0] >= start]
    if not hs:
        return None
    offset = [0]
    for ln in lines:
        offset.append(offset[-1] + len(ln) + 1)
    block = [TOC_HEAD]
    for i, _lvl, _m in hs:
        block.append(f"{lines[i].strip(WS)}\t{2 + offset[i] // 700}")
    lines[start:start] = block + [""]
    return join(lines, nl)


# ---------------------------------------------------------------- numbering
def tortoise_sub(text):
    """Sub-heading numbers written in the 公文 document-number brackets 〔〕 (六角括号), as some
    writers do: standalone （一）X / (一)X → 〔一〕X."""
    def f(lvl, m, line):
        return f"{m.group('ind')}〔{m.group('num')[1:-1]}〕{line[m.start('text'):]}"
    return wrap_headings(text, f, levels=(1,))


# ---------------------------------------------------------------- character form
ZW_MARK = "\u200c\u200d\u2060\u200c"


def zw_watermark(text):
    """A zero-width-character watermark (零宽字符水印, used by sites and WeChat tools to trace copies):
    an invisible sequence (ZWNJ, ZWJ, WORD JOINER, ZWNJ) in the middle of every non-blank line of
    four characters or more, headings included."""
    lines, nl = split_lines(text)
    n = 0
    for i, ln in enumerate(lines):
        s = ln.rstrip(WS)
        if len(s.strip(WS)) >= 4:
            k = len(s) // 2
            lines[i] = s[:k] + ZW_MARK + s[k:] + ln[len(s):]
            n += 1
    return join(lines, nl) if n else None


# ---------------------------------------------------------------- words check and heading normaliser
CHROME_LINES = [
    TOC_HEAD, r"\S[^\t]*\t\d+",                                   # Word TOC block
    "—{16}",                                                      # divider
]
_CHROME = re.compile("|".join(f"(?:{p})" for p in CHROME_LINES))
_TAG = re.compile(r"<[^<>\n]*>")
_ZW = re.compile("[\u200b-\u200d\u2060\ufeff]")
_MARKS = re.compile(r"\*\*|[〖〗★☆]")
_WIKI = re.compile(r"^=+ ?| ?=+$", re.M)
_MD_LIST = re.compile(r"^(?: {4})?- (?=[（(]?[" + CNN + r"])", re.M)
_UPPER = {c: CNN[i] for i, c in enumerate("壹贰叁肆伍陆柒捌玖拾")}
_UPPER_TOP = re.compile(r"^([" + WS + r"]*)([壹贰叁肆伍陆柒捌玖拾]{1,2})、", re.M)
_TORTOISE = re.compile(r"^([" + WS + r"]*)〔([" + CNN + r"]{1,3})〕", re.M)
_IDEO_SEP = re.compile(r"^([" + WS + r"]*)([" + CNN + r"]{1,3})\u3000(?=\S)", re.M)


def strip_form(t: str) -> str:
    """The text without the markup and decoration this set adds (used on both sides)."""
    t = t.replace("\r\n", "\n").replace("\r", "\n")
    t = _TAG.sub("", t)
    t = _ZW.sub("", t)
    t = _MARKS.sub("", t)
    t = _WIKI.sub("", t)
    return _MD_LIST.sub("", t)


def numbering_form(t: str) -> str:
    """The set's numbering forms read as the enumerators they stand for (〔一〕 → （一）, 壹、 → 一、,
    a top number followed by an ideographic space → 一、), at line start."""
    t = _TORTOISE.sub(lambda m: f"{m.group(1)}（{m.group(2)}）", t)
    t = _UPPER_TOP.sub(lambda m: m.group(1) + "".join(_UPPER[c] for c in m.group(2)).replace("一十", "十") + "、", t)
    return _IDEO_SEP.sub(lambda m: f"{m.group(1)}{m.group(2)}、", t)


def _norm_k(t: str, edited: bool) -> str:
    t = strip_form(t)
    if edited:
        t = "\n".join(ln for ln in t.split("\n") if not _CHROME.fullmatch(ln.strip(WS)))
    t = numbering_form(t)
    return unicodedata.normalize("NFKC", t)


def words_kept(original: str, edited: str) -> bool:
    """form_edits' words (CJK + alphanumerics, numbering tokens dropped) after this set's
    normalisations on both sides (markup stripped, numbering forms read, NFKC) and the furniture
    lines dropped from the edited side; line breaks are form (_words joins the lines)."""
    return _words(_norm_k(original, False), False) == _words(_norm_k(edited, True), True)


# markup or furniture a kind of this set may add and that must not reach a reported heading
EXTRA_LEAK = (r"==|FONT|face=|[\u200c\u200d\u2060]|[〖〗★☆]|—{4}|\t\d+$|^- |目\u3000\u3000录")


def heading_norm(h: str | None) -> str:
    """A reported heading compared across an edit: markup, decoration, zero-width characters, the
    set's numbering forms, width, spaces and the enumerator ignored."""
    t = numbering_form(strip_form(h or "").strip())
    t = unicodedata.normalize("NFKC", t)
    t = re.sub(r"\s", "", t)
    t = _LEAD_ENUM.sub("", t)
    return "".join(ch for ch in t if ch.isalnum())


EDITS: dict[str, Callable[[str], str | None]] = {
    "wikitext_headings": wikitext_headings,
    "md_bold_number_only": md_bold_number_only,
    "frontpage_font_bold": frontpage_font_bold,
    "centred_tops": centred_tops,
    "section_dividers": section_dividers,
    "toc_tab_pages": toc_tab_pages,
    "tortoise_sub": tortoise_sub,
    "zw_watermark": zw_watermark,
}

# every kind's words are checked (furniture is dropped by words_kept instead)
WORDS_EXEMPT: set[str] = set()
