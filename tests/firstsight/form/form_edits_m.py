"""Form-only edits, thirteenth set (m), tuning part.  Written without reading fzscore's code, data or docs.

Same contract as form_edits.EDITS: each edit takes the full text and returns the edited text, or
None when it does not apply.  Every edit keeps every word of the report; only how it is marked up,
numbered, laid out or spaced changes, or furniture without words of the report is added (a
converter's evaluation notice, a scanner app's page mark, a chat UI's code fence).  None of these
kinds is in form_edits.py, form_edits_held.py or form_edits_g*/h*/i*/j*/k*/l*.py.  Edits find what
they change from the text's own structure (form_edits' heading regexes), never from a named
document or line.

The 14 kinds of the set were split tune 7 / held 7 at random (random.Random(883670).shuffle of the
list in README-m.md) before anything was run against fzscore.

Heading form is a known weak spot, so half of the set writes headings in a markup or numbering
not met before: reStructuredText over/underlines, Textile/Confluence `h2.`, Word's decimal
multi-level numbers replacing the typed sub-numbers (tune); org-mode stars, Typst `=`, LaTeX
`\\section*{}`, pandoc's custom-style divs, a half bracket `一）` (held).

No kind is exempt from the words check: words_kept() strips the markup a kind adds (line
numbers, heading markup, LaTeX escapes), reads the set's numbering forms as the enumerators they
stand for, drops the furniture lines (CHROME_LINES) from the edited side, applies NFKC, and then
compares form_edits' words.  No furniture line carries a date, a figure of the report or the
issuing body's name.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from form_edits import _core, _words, cn_val, headings, split_lines, wrap_headings
from form_edits_g import CNN, WS, join
from form_edits_h import _LEAD_ENUM


def _cjk_width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in s)


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


# ---------------------------------------------------------------- heading markup
def rst_overline_headings(text):
    """docx → reStructuredText (pandoc -t rst): top headings with an over- and underline of '*'
    (rST's chapter adornment), sub-headings underlined with '=', each adornment as wide as the
    heading's display width (a CJK character counts two); headings moved to the margin as rST
    requires."""
    lines, nl = split_lines(text)
    hs = headings(lines, (0, 1))
    if not hs:
        return None
    for i, lvl, m in reversed(hs):
        _ind, core = _core(m, lines[i])
        w = _cjk_width(core)
        lines[i:i + 1] = ["*" * w, core, "*" * w] if lvl == 0 else [core, "=" * w]
    return join(lines, nl)


def textile_headings(text):
    """The report pasted from a Confluence/Redmine page's wiki-markup (Textile) source: top headings
    `h2. 一、X`, sub-headings `h3. （一）X`, at the margin."""
    def f(lvl, m, line):
        _ind, core = _core(m, line)
        return f"h{2 + lvl}. {core}"
    return wrap_headings(text, f, levels=(0, 1))


# ---------------------------------------------------------------- numbering
_TOP_LINE = re.compile(r"^[" + WS + r"]*([" + CNN + r"]{1,3})[、.．]")
_SUB_LEAD = re.compile(r"^([" + WS + r"]*)[（(]([" + CNN + r"]{1,3})[）)][" + WS + r"]*(?=\S)")


def decimal_subs(text):
    """Word's multi-level list (1 / 1.1) applied over the sub-level paragraphs, replacing the typed
    numbers: under the top heading 二、 the line-start sub-number （一）X becomes '2.1 X' (the top
    number's value, a dot, the sub-number's own value, a space), standalone sub-headings and
    run-in leads alike; lines before the first top heading are left as they are."""
    lines, nl = split_lines(text)
    top_of = {i: cn_val(m.group("num")) for i, _l, m in headings(lines, (0,))}
    top, n = None, 0
    for i, ln in enumerate(lines):
        if i in top_of:
            top = top_of[i]
            continue
        if top is None:
            continue
        m = _SUB_LEAD.match(ln)
        if m and cn_val(m.group(2)):
            lines[i] = f"{m.group(1)}{top}.{cn_val(m.group(2))} {ln[m.end():]}"
            n += 1
    return join(lines, nl) if n else None


# ---------------------------------------------------------------- layout
def line_numbers(text):
    """pdftotext on a PDF printed with line numbering (行号, as drafts for review are printed):
    every non-blank line led by its running number, right-aligned to the widest number, and one
    space; blank lines carry no number."""
    lines, nl = split_lines(text)
    nb = [i for i, ln in enumerate(lines) if ln.strip(WS)]
    if len(nb) < 2:
        return None
    w = len(str(len(nb)))
    for k, i in enumerate(nb, 1):
        lines[i] = f"{k:>{w}} {lines[i]}"
    return join(lines, nl)


def pdf_justify_spaces(text):
    """pdftotext on justified (两端对齐) lines: where the letter-spacing of a line was stretched the
    tool writes a space between two characters, about once a printed line.  Counting the
    characters of each text line in printed lines of 28 (a 公文 line), one ASCII space after
    character 13 of each printed line (positions 13, 41, 69 …) when it stands between two Chinese
    characters; headings and the title included when long enough (15 characters or more)."""
    lines, nl = split_lines(text)
    n = 0
    for i, ln in enumerate(lines):
        if len(ln.strip(WS)) < 15:
            continue
        out = []
        for x, ch in enumerate(ln):
            out.append(ch)
            if x % 28 == 13 and x + 1 < len(ln) and _is_han(ch) and _is_han(ln[x + 1]):
                out.append(" ")
                n += 1
        lines[i] = "".join(out)
    return join(lines, nl) if n else None


# ---------------------------------------------------------------- furniture
SPIRE_LINE = "Evaluation Warning: The document was created with Spire.Doc for .NET."
SCAN_LINE = "扫描全能王 创建"


def spire_eval_warning(text):
    """A report a site's back end converted with the free edition of Spire.Doc (common on
    government CMSs that turn uploaded .doc files into pages or text): the evaluation notice as
    the first paragraph, the report unchanged below it."""
    lines, nl = split_lines(text)
    if not any(ln.strip(WS) for ln in lines):
        return None
    return join([SPIRE_LINE] + lines, nl)


def camscanner_pages(text):
    """A printed report scanned with the CamScanner phone app (扫描全能王) and OCR'd: the app's
    mark '扫描全能王 创建' at the foot of every page, the pages cut between lines after about 600
    characters (a 公文 page of 22 lines of 28), and after the last page."""
    lines, nl = split_lines(text)
    while lines and not lines[-1].strip(WS):
        lines.pop()
    if not lines:
        return None
    out, count = [], 0
    for ln in lines:
        out.append(ln)
        count += len(ln.strip(WS))
        if count >= 600 and ln.strip(WS):
            out.append(SCAN_LINE)
            count = 0
    if out[-1] != SCAN_LINE:
        out.append(SCAN_LINE)
    return join(out, nl)


# ---------------------------------------------------------------- words check and heading normaliser
CHROME_LINES = [
    re.escape(SPIRE_LINE), re.escape(SCAN_LINE),           # converter notice, scanner mark
    r"\*+", r"=+",                                         # rST adornment lines
    r"```(?:text)?",                                       # a chat UI's code fence (held)
    r'::: \{custom-style="[^"]+"\}', r":::",               # pandoc custom-style divs (held)
]
_CHROME = re.compile("|".join(f"(?:{p})" for p in CHROME_LINES))
_HEAD_START = r"(?=[（(" + CNN + r"])"
_TEXTILE = re.compile(r"^h[23]\. " + _HEAD_START, re.M)
_ORG = re.compile(r"^\*{1,2} " + _HEAD_START, re.M)
_TYPST = re.compile(r"^={1,2} " + _HEAD_START, re.M)
_LATEX = re.compile(r"^\\(?:sub)?section\*\{" + _HEAD_START + r"(.*)\}$", re.M)
_LATEX_ESC = re.compile(r"\\([%&#_$])")
_LINE_NO = re.compile(r"^ *(\d+) ")
_DECIMAL = re.compile(r"^([" + WS + r"]*)\d{1,2}\.\d{1,2} (?=\S)", re.M)
_HALF_PAREN = re.compile(r"^([" + WS + r"]*)([" + CNN + r"]{1,3})([）)])", re.M)


def strip_line_numbers(t: str) -> str:
    """The text without a line-number layer: only when every non-blank line is led by its running
    number 1, 2, 3 … (right-aligned) and a space."""
    lines = t.split("\n")
    nb = [i for i, ln in enumerate(lines) if ln.strip(WS)]
    if len(nb) < 2:
        return t
    ms = [_LINE_NO.match(lines[i]) for i in nb]
    if not all(ms) or [int(m.group(1)) for m in ms] != list(range(1, len(nb) + 1)):
        return t
    for i, m in zip(nb, ms):
        lines[i] = lines[i][m.end():]
    return "\n".join(lines)


def strip_form(t: str) -> str:
    """The text without the markup this set adds (used on both sides)."""
    t = t.replace("\r\n", "\n").replace("\r", "\n")
    t = strip_line_numbers(t)
    t = _TEXTILE.sub("", t)
    t = _ORG.sub("", t)
    t = _TYPST.sub("", t)
    t = _LATEX.sub(r"\1", t)
    return _LATEX_ESC.sub(r"\1", t)


def numbering_form(t: str) -> str:
    """The set's numbering forms read as the enumerators they stand for, at line start: a decimal
    outline number 'k.n ' is dropped (it stands for the sub-number), '一）' → （一）."""
    t = _DECIMAL.sub(r"\1（一）", t)
    return _HALF_PAREN.sub(r"\1（\2）", t)


def _norm_m(t: str, edited: bool) -> str:
    t = strip_form(t)
    if edited:
        t = "\n".join(ln for ln in t.split("\n") if not _CHROME.fullmatch(ln.strip(WS)))
    t = numbering_form(t)
    return unicodedata.normalize("NFKC", t)


def words_kept(original: str, edited: str) -> bool:
    """form_edits' words (CJK + alphanumerics, numbering tokens dropped) after this set's
    normalisations on both sides (markup stripped, numbering forms read, NFKC) and the furniture
    lines dropped from the edited side; spaces and line breaks are form (_words drops them)."""
    return _words(_norm_m(original, False), False) == _words(_norm_m(edited, True), True)


# markup or furniture a kind of this set may add and that must not reach a reported heading
EXTRA_LEAK = (r"^h[23]\. |^\*|^=|\\(?:sub)?section|[{}]|:::|custom-style|^\d{1,2}\.\d{1,2} |^ *\d+ "
              r"|\u2003|Evaluation|Spire|扫描全能王|```|^[" + CNN + r"]{1,3}[）)]")


def heading_norm(h: str | None) -> str:
    """A reported heading compared across an edit: markup, the set's numbering forms, width,
    spaces and the enumerator ignored."""
    t = re.sub(r"^[" + WS + r"]*\d{1,3} " + _HEAD_START, "", (h or "").strip())   # a line number
    t = numbering_form(strip_form(t))
    t = unicodedata.normalize("NFKC", t)
    t = re.sub(r"\s", "", t)
    t = re.sub(r"^\d{1,2}\.\d{1,2}", "", t)
    t = _LEAD_ENUM.sub("", t)
    return "".join(ch for ch in t if ch.isalnum())


EDITS: dict[str, Callable[[str], str | None]] = {
    "rst_overline_headings": rst_overline_headings,
    "textile_headings": textile_headings,
    "decimal_subs": decimal_subs,
    "line_numbers": line_numbers,
    "pdf_justify_spaces": pdf_justify_spaces,
    "spire_eval_warning": spire_eval_warning,
    "camscanner_pages": camscanner_pages,
}

# every kind's words are checked (furniture is dropped by words_kept instead)
WORDS_EXEMPT: set[str] = set()
