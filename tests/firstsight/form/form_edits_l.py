"""Form-only edits, twelfth set (l), tuning part.  Written without reading fzscore's code, data or docs.

Same contract as form_edits.EDITS: each edit takes the full text and returns the edited text, or
None when it does not apply.  Every edit keeps every word of the report; only how it is marked up,
decorated, numbered, laid out or encoded changes, or furniture without words of the report is added
(an email client's forward header, which repeats the title in its subject line, as such a header
does).  None of these kinds is in form_edits.py, form_edits_held.py or form_edits_g*/h*/i*/j*/k*.py.
Edits find what they change from the text's own structure (form_edits' heading regexes,
form_edits_g.find_title), never from a named document or line.

Heading form is a known weak spot, so most kinds of the set (tune and held) put the heading in a
form not met before: a Markdown blockquote, a one-cell grid table, pandoc's bookmark anchors,
Markdown italics, Word's multi-level outline numbers (tune); 「」 corner brackets, pandoc's backslash
line breaks, an OCR's spaced enumerator (held).

No kind is exempt from the words check: words_kept() strips the markup a kind adds (quote markers,
table borders, anchors, single '*', outline numbers, LRM marks, bullets, trailing backslashes, 「」
round a heading), reads the numbering forms of the set (（一）、 and spaced enumerators) as the
enumerators they stand for, drops the furniture lines (CHROME_LINES: email header, site bars) from
the edited side, applies NFKC, and then compares form_edits' words.  No furniture line carries a
date or names the issuing body (the forward header's subject repeats the title, nothing else).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from form_edits import _core, _words, headings, split_lines, wrap_headings
from form_edits_g import CNN, WS, find_title, join
from form_edits_h import _LEAD_ENUM


# ---------------------------------------------------------------- quoting / email
def md_blockquote(text):
    """The report quoted in an email reply or pasted into a Markdown editor as a quote: every line
    led by '> ' (a blank line by a bare '>'), headings included."""
    lines, nl = split_lines(text)
    if not any(ln.strip(WS) for ln in lines):
        return None
    return join([("> " + ln) if ln.strip(WS) else ">" for ln in lines], nl)


FWD_HEAD = "-------- 转发邮件信息 --------"
FWD_FROM = '发件人："bgs" <bgs@mail.example.cn>'
FWD_TO = "收件人：<fzb@mail.example.cn>"


def email_forward_header(text):
    """The report forwarded by email and saved from the mail client (Foxmail/QQ Mail style): a
    forward header on top — the separator line, 发件人 and 收件人 (addresses only), 主题 '转发：'
    + the report's title — then a blank line and the report as it was.  The client's date line is
    left out so that the furniture carries no date.  Not applied when no title is found."""
    lines, nl = split_lines(text)
    ti = find_title(lines)
    if ti is None:
        return None
    head = [FWD_HEAD, FWD_FROM, FWD_TO, "主题：转发：" + lines[ti].strip(WS), ""]
    return join(head + lines, nl)


# ---------------------------------------------------------------- heading form
def _cjk_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def boxed_headings(text):
    """A heading drawn as a one-cell table in Word/WPS (a boxed heading), converted by pandoc to
    Markdown with grid tables: '+----+' / '| 一、X |' / '+----+', the border as wide as the cell;
    top and sub-headings, at the margin."""
    lines, nl = split_lines(text)
    hs = headings(lines, (0, 1))
    if not hs:
        return None
    for i, _lvl, m in reversed(hs):
        _ind, core = _core(m, lines[i])
        border = "+" + "-" * (_cjk_width(core) + 2) + "+"
        lines[i:i + 1] = [border, f"| {core} |", border]
    return join(lines, nl)


def pandoc_anchor_headings(text):
    """docx → Markdown by pandoc where Word's table of contents had bookmarked the headings: each
    top and sub-heading led by the empty bookmark span `[]{#_Toc96254317 .anchor}` (one id a
    heading), at the margin."""
    n = [0]

    def f(lvl, m, line):
        _ind, core = _core(m, line)
        n[0] += 1
        return f"[]{{#_Toc{96254317 + 1301 * n[0]} .anchor}}{core}"
    return wrap_headings(text, f, levels=(0, 1))


def md_italic_headings(text):
    """A heading set in italics (楷体 rendered as emphasis by an HTML → Markdown converter): top
    and sub-headings `*一、X*`, single asterisks.  Not applied to a text with a literal '*'."""
    if "*" in text:
        return None

    def f(lvl, m, line):
        ind, core = _core(m, line)
        return f"{ind}*{core}*"
    return wrap_headings(text, f, levels=(0, 1))


# ---------------------------------------------------------------- numbering
_SUB_START = re.compile(r"^([" + WS + r"]*[（(][" + CNN + r"]{1,3}[）)])(?=[^、" + WS + r"])", re.M)


def sub_sep_dunhao(text):
    """Sub-level numbers followed by a 顿号, as many writers type them: （一）X → （一）、X, for
    every sub-level number at a line start (standalone sub-headings and run-in leads alike)."""
    out, n = _SUB_START.subn(r"\1、", text)
    return out if n else None


def outline_numbers(text):
    """Word's multi-level list (1 / 1.1) linked to the heading styles, kept before the typed
    numbers when copied as text: '1<TAB>一、X', '1.1<TAB>（一）X' (sub numbers restart under each
    top heading), at the margin."""
    lines, nl = split_lines(text)
    hs = headings(lines, (0, 1))
    if not hs:
        return None
    top = sub = 0
    for i, lvl, m in hs:
        _ind, core = _core(m, lines[i])
        if lvl == 0:
            top, sub = top + 1, 0
            lines[i] = f"{top}\t{core}"
        else:
            sub += 1
            lines[i] = f"{max(top, 1)}.{sub}\t{core}"
    return join(lines, nl)


# ---------------------------------------------------------------- character form
LRM = "\u200e"
_DIGITS = re.compile(r"[0-9]+")


def bidi_marks_figures(text):
    """Text copied from a Windows application that brackets locale-formatted figures with the
    LEFT-TO-RIGHT MARK (U+200E, as Explorer and Outlook do with dates): every run of ASCII digits
    wrapped in LRMs, the title's year and the headings' years included."""
    out, n = _DIGITS.subn(lambda m: LRM + m.group(0) + LRM, text)
    return out if n else None


# ---------------------------------------------------------------- words check and heading normaliser
CHROME_LINES = [
    re.escape(FWD_HEAD), re.escape(FWD_FROM), re.escape(FWD_TO), r"主题：转发：\S.*",   # email forward header
    r"\+-+\+",                                                                       # grid-table border
    "无障碍　长者模式　繁體　English", "扫一扫在手机打开当前页",                     # gov site bars (held)
]
_CHROME = re.compile("|".join(f"(?:{p})" for p in CHROME_LINES))
_QUOTE = re.compile(r"^> ?", re.M)
_CELL = re.compile(r"^\| (?=[（(" + CNN + r"])(.*) \|$", re.M)
_ANCHOR = re.compile(r"\[\]\{#_Toc\d+ \.anchor\}")
_ITALIC = re.compile(r"^([" + WS + r"]*)\*(?=[（(" + CNN + r"])(.*)\*$", re.M)
_OUTLINE = re.compile(r"^\d{1,2}(?:\.\d{1,2})?\t(?=[（(" + CNN + r"])", re.M)
_BULLET = re.compile(r"^([" + WS + r"]*)•\t", re.M)
_BACKSLASH = re.compile(r"\\$", re.M)
_CORNER = re.compile(r"^([" + WS + r"]*)「(?=[（(" + CNN + r"])(.*)」$", re.M)
_SUB_DUN = re.compile(r"^([" + WS + r"]*[（(][" + CNN + r"]{1,3}[）)])、", re.M)
_SPACED_TOP = re.compile(r"^([" + WS + r"]*)([" + CNN + r"]{1,3}) 、", re.M)
_SPACED_SUB = re.compile(r"^([" + WS + r"]*)([（(]) ([" + CNN + r"]{1,3}) ([）)])", re.M)


def strip_form(t: str) -> str:
    """The text without the markup and marks this set adds (used on both sides)."""
    t = t.replace("\r\n", "\n").replace("\r", "\n").replace(LRM, "")
    t = _QUOTE.sub("", t)
    t = _CELL.sub(r"\1", t)
    t = _ANCHOR.sub("", t)
    t = _ITALIC.sub(r"\1\2", t)
    t = _OUTLINE.sub("", t)
    t = _BULLET.sub(r"\1", t)
    t = _BACKSLASH.sub("", t)
    return _CORNER.sub(r"\1\2", t)


def numbering_form(t: str) -> str:
    """The set's numbering forms read as the enumerators they stand for, at line start: （一）、 →
    （一）, '一 、' → 一、, '（ 一 ）' → （一）."""
    t = _SUB_DUN.sub(r"\1", t)
    t = _SPACED_TOP.sub(r"\1\2、", t)
    return _SPACED_SUB.sub(r"\1\2\3\4", t)


def _norm_l(t: str, edited: bool) -> str:
    t = strip_form(t)
    if edited:
        t = "\n".join(ln for ln in t.split("\n") if not _CHROME.fullmatch(ln.strip(WS)))
    t = numbering_form(t)
    return unicodedata.normalize("NFKC", t)


def words_kept(original: str, edited: str) -> bool:
    """form_edits' words (CJK + alphanumerics, numbering tokens dropped) after this set's
    normalisations on both sides (markup stripped, numbering forms read, NFKC) and the furniture
    lines dropped from the edited side; line breaks are form (_words joins the lines)."""
    return _words(_norm_l(original, False), False) == _words(_norm_l(edited, True), True)


# markup or furniture a kind of this set may add and that must not reach a reported heading
EXTRA_LEAK = (r"^>|^\||\|$|^\+-|\{#|\.anchor|^\*|\*$|^\d{1,2}(?:\.\d{1,2})?\t|\u200e|•|\\$|[「」]"
              r"|转发|发件人|收件人|无障碍|长者模式|扫一扫")


def heading_norm(h: str | None) -> str:
    """A reported heading compared across an edit: markup, marks, the set's numbering forms, width,
    spaces and the enumerator ignored."""
    t = numbering_form(strip_form(h or "").strip())
    t = unicodedata.normalize("NFKC", t)
    t = re.sub(r"\s", "", t)
    t = _LEAD_ENUM.sub("", t)
    return "".join(ch for ch in t if ch.isalnum())


EDITS: dict[str, Callable[[str], str | None]] = {
    "md_blockquote": md_blockquote,
    "email_forward_header": email_forward_header,
    "boxed_headings": boxed_headings,
    "pandoc_anchor_headings": pandoc_anchor_headings,
    "md_italic_headings": md_italic_headings,
    "sub_sep_dunhao": sub_sep_dunhao,
    "outline_numbers": outline_numbers,
    "bidi_marks_figures": bidi_marks_figures,
}

# every kind's words are checked (furniture is dropped by words_kept instead)
WORDS_EXEMPT: set[str] = set()
