"""Form-only edits, fourteenth set (n): all 14 kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks.

Same contract as form_edits.EDITS: each edit takes the full text and returns the edited text, or None
when it does not apply.  Two kinds change only the file's bytes (its encoding): they return an
`Encoded` (bytes with the codec that decodes them back to the very same text).  Every edit keeps
every word of the report; only how it is encoded, separated, marked up, numbered or placed changes,
or furniture without words of the report is added (clipboard fragment comments, Word's formatting
balloons, an RTF header).  None of these kinds is in form_edits.py, form_edits_held.py or
form_edits_g*/h*/i*/j*/k*/l*/m*.py.  Edits find what they change from the text's own structure
(form_edits' heading regexes, a date line at the end), never from a named document or line.

Which kinds are tuning and which held is decided by split_n.py (random, fixed seed) and recorded in
split-n.json; form_edits_n.py / form_edits_n_held.py expose the two parts.

No kind is exempt from the words check: words_kept() decodes a JSON string, reads U+2029/U+2028 as
line breaks, strips the markup a kind adds (RTF control words, MediaWiki bold, LaTeX \\textbf and
escapes, pandoc insertion spans, HTML tags, Markdown bold), reads the set's numbering forms as the enumerators
they stand for, drops the furniture lines (CHROME_LINES) from the edited side, applies NFKC and then
compares form_edits' words.  No furniture carries a date, a figure of the report or the issuing
body's name (the RTF header's control words carry their own figures: \\rtf1, \\ansicpg936, \\f0).
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable

from form_edits import _ENUM_START, SUB_RE, TOP_RE, _core, _words, cn_val, headings, is_body, split_lines
from form_edits_g import CNN, WS, find_title, join
from form_edits_h import _LEAD_ENUM


class Encoded(bytes):
    """The report's bytes in another encoding; `codec` decodes them back to the same text."""
    codec: str = "utf-8"


def _encoded(data: bytes, codec: str) -> Encoded:
    e = Encoded(data)
    e.codec = codec
    return e


def decoded(x) -> str:
    return x.decode(x.codec) if isinstance(x, Encoded) else x


def _prefix_text(m: re.Match, core: str) -> tuple[str, str]:
    """(enumerator as written incl. separator/spaces, heading text) of a heading's core."""
    t = m.group("text")
    return (core[: len(core) - len(t)], t) if core.endswith(t) else ("", core)


_LINE_ARABIC = re.compile(r"^[" + WS + r"]*(?:\d{1,2}[、.．](?!\d)|[（(]\d{1,2}[）)])", re.M)
_SUB_LEAD = re.compile(r"^([" + WS + r"]*)[（(]([" + CNN + r"]{1,3})[）)][" + WS + r"]*(?=\S)")


# ---------------------------------------------------------------- encodings and line separators
def gb18030_file(text):
    """Saved by Windows Notepad/WPS as 'ANSI' on a zh-CN system: the file in code page 936 (GBK),
    written with the GB18030 codec (GBK's superset, the same bytes for every GBK character and a
    mapping for the rare ones GBK lacks).  The text is unchanged; only the bytes differ."""
    data = text.encode("gb18030")
    return _encoded(data, "gb18030") if data != text.encode("utf-8") else None


def utf16le_bom_file(text):
    """Saved by Windows Notepad as 'Unicode': UTF-16 little-endian with its byte-order mark FF FE.
    The text is unchanged; only the bytes differ."""
    return _encoded(b"\xff\xfe" + text.encode("utf-16-le"), "utf-16")


def unicode_para_seps(text):
    """Text taken from a DTP/PDF tool or a JavaScript editor's value (InDesign, tagged-PDF copy,
    some web editors): every line break written as U+2029 PARAGRAPH SEPARATOR, no line feed left."""
    if "\n" not in text:
        return None
    return text.replace("\r\n", "\n").replace("\n", "\u2029")


def json_escaped_text(text):
    """The report as a crawler stored it: the text as one JSON string literal (quotes, line breaks
    as the two characters backslash-n, tabs as backslash-t, quotes and backslashes escaped;
    non-ASCII kept), copied out of the .json/.jsonl file as it stands."""
    return json.dumps(text, ensure_ascii=False)


# ---------------------------------------------------------------- markup sources
RTF_HEAD = (r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 仿宋_GB2312;}"
            r"{\f1\fnil\fcharset134 黑体;}{\f2\fnil\fcharset134 楷体_GB2312;}}")


def _rtf_esc(s: str) -> str:
    return s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")


def rtf_like_source(text):
    """An .rtf file opened as text (WordPad/Word 'Rich Text' saved by a tool that writes CJK
    characters raw): the RTF header with its font table on the first line, every paragraph
    `\\pard\\f0 …\\par`, top headings in a bold group `\\pard{\\b\\f1 一、X}\\par`, sub-headings
    `\\pard{\\b\\f2 （一）X}\\par`, a blank line as `\\par`, the closing brace on the last line."""
    lines, nl = split_lines(text)
    hs = {i: (lvl, m) for i, lvl, m in headings(lines, (0, 1))}
    if not hs:
        return None
    out = [RTF_HEAD]
    for i, ln in enumerate(lines):
        if i in hs:
            lvl, m = hs[i]
            _ind, core = _core(m, ln)
            out.append("\\pard{\\b\\f%d %s}\\par" % (1 if lvl == 0 else 2, _rtf_esc(core)))
        elif not ln.strip(WS):
            out.append("\\par")
        else:
            out.append("\\pard\\f0 " + _rtf_esc(ln) + "\\par")
    out.append("}")
    return join(out, nl)


def mediawiki_bold(text):
    """Headings bold in MediaWiki source (a wiki's edit view, 维基文库-style transcription): top and
    sub-headings as `'''一、X'''` / `'''（一）X'''`, their indent kept."""
    lines, nl = split_lines(text)
    hs = headings(lines, (0, 1))
    if not hs:
        return None
    for i, _lvl, m in hs:
        ind, core = _core(m, lines[i])
        lines[i] = f"{ind}'''{core}'''"
    return join(lines, nl)


_LATEX_SPECIAL = re.compile(r"([%&#_$])")


def latex_textbf_arabic_subs(text):
    """docx → LaTeX by pandoc of a report whose headings are bold body paragraphs, written from a
    template that numbers the sub-level in Arabic figures: top headings `\\textbf{一、X}`,
    sub-headings `\\textbf{（1）X}`; every line-start sub-number （一）/(一) (run-in leads too) becomes
    （n) in full-width brackets; LaTeX's specials % & # _ $ escaped with a backslash everywhere, as
    pandoc does.  Not applied to a text that already has line-start Arabic enumerators."""
    lines, nl = split_lines(text)
    hs = {i: lvl for i, lvl, _m in headings(lines, (0, 1))}
    if not hs or _LINE_ARABIC.search(text):
        return None
    for i, ln in enumerate(lines):
        ln = _SUB_LEAD.sub(lambda m: f"{m.group(1)}（{cn_val(m.group(2))}）", ln)
        ln = _LATEX_SPECIAL.sub(r"\\\1", ln)
        if i in hs:
            ind = ln[: len(ln) - len(ln.lstrip(WS))]
            ln = ind + "\\textbf{" + ln.strip(WS) + "}"
        lines[i] = ln
    return join(lines, nl)


def strong_arabic_dunhao_tops(text):
    """A CMS page (source pasted) whose writer numbers the top level in Arabic figures with a 顿号:
    top headings `<strong>1、X</strong>`, sub-headings `<strong>（一）X</strong>` (numbering kept),
    indent kept.  Not applied to a text that already has line-start `n、`."""
    lines, nl = split_lines(text)
    hs = headings(lines, (0, 1))
    if not hs or re.search(r"^[" + WS + r"]*\d{1,2}、", text, re.M):
        return None
    for i, lvl, m in hs:
        ind, core = _core(m, lines[i])
        if lvl == 0:
            pre, t = _prefix_text(m, core)
            core = f"{cn_val(m.group('num'))}、{t}"
        lines[i] = f"{ind}<strong>{core}</strong>"
    return join(lines, nl)


# ---------------------------------------------------------------- track changes
INS_AUTHOR = "微软用户"
_SENT1 = re.compile(r"^([" + WS + r"]*)([^。]{6,}?。)(?=\S)")


def pandoc_track_insertions(text):
    """docx → Markdown by pandoc --track-changes=all of a draft revised with 修订 on: the revised
    text kept as insertion spans `[X]{.insertion author="微软用户"}` (the default Word author; the
    revision date left out by design: no date furniture): the text of every top/sub-heading after
    its number, and the first sentence of every third plain body paragraph (one that does not open
    with an enumerator: run-in leads are left alone)."""
    lines, nl = split_lines(text)
    hs = headings(lines, (0, 1))
    if not hs:
        return None
    span = lambda s: f'[{s}]{{.insertion author="{INS_AUTHOR}"}}'  # noqa: E731
    hidx = set()
    for i, _lvl, m in hs:
        ind, core = _core(m, lines[i])
        pre, t = _prefix_text(m, core)
        if "[" in t or "]" in t:
            continue
        lines[i] = f"{ind}{pre}{span(t)}"
        hidx.add(i)
    k = 0
    for i, ln in enumerate(lines):
        if i in hidx or not is_body(ln) or _ENUM_START.match(ln):
            continue
        k += 1
        if k % 3 != 1:
            continue
        m = _SENT1.match(ln)
        if m and "[" not in m.group(2) and "]" not in m.group(2):
            lines[i] = m.group(1) + span(m.group(2)) + ln[m.end():]
    return join(lines, nl)


BALLOON_TITLE = "带格式的: 居中"
BALLOON_TOP = "带格式的: 字体: (中文) 黑体, 小三, 加粗"
BALLOON_SUB = "带格式的: 字体: (中文) 楷体_GB2312, 加粗"


def word_format_balloons(text):
    """A draft printed to PDF from Word with 修订 shown ('所有标记') and turned back into text: the
    formatting balloons come out as lines of their own after the paragraph they annotate — under
    the title `带格式的: 居中`, under each top heading `带格式的: 字体: (中文) 黑体, 小三, 加粗`, under
    each sub-heading `带格式的: 字体: (中文) 楷体_GB2312, 加粗`."""
    lines, nl = split_lines(text)
    hs = {i: lvl for i, lvl, _m in headings(lines, (0, 1))}
    if not hs:
        return None
    t = find_title(lines)
    out = []
    for i, ln in enumerate(lines):
        out.append(ln)
        if i == t:
            out.append(BALLOON_TITLE)
        elif i in hs:
            out.append(BALLOON_TOP if hs[i] == 0 else BALLOON_SUB)
    return join(out, nl)


# ---------------------------------------------------------------- numbering forms
def sub_arabic_dunhao(text):
    """A writer who numbers the sub-level `1、2、3、`: every line-start sub-number （一）/(一)
    (standalone headings and run-in leads) written `n、`, indent kept.  Not applied to a text that
    already has line-start Arabic enumerators (the level would be ambiguous)."""
    if _LINE_ARABIC.search(text):
        return None
    lines, nl = split_lines(text)
    n = 0
    for i, ln in enumerate(lines):
        new = _SUB_LEAD.sub(lambda m: f"{m.group(1)}{cn_val(m.group(2))}、", ln)
        n += new != ln
        lines[i] = new
    return join(lines, nl) if n else None


def top_colon_sep(text):
    """A writer who puts a full-width colon after the top-level number: every line-start `一、X`
    (standalone or run-in) written `一：X`."""
    lines, nl = split_lines(text)
    n = 0
    for i, ln in enumerate(lines):
        m = TOP_RE.match(ln)
        if m and m.group("sep") == "、":
            s = m.start("sep")
            lines[i] = ln[:s] + "：" + ln[s + 1:]
            n += 1
    return join(lines, nl) if n else None


def md_bold_arabic_outline(text):
    """A WeChat/Feishu article exported to Markdown whose writer numbers the outline in Arabic
    figures: top headings `**1. X**` (figure, dot, space), sub-headings `**（1）X**`, both in
    Markdown bold, indent kept; every line-start sub-number （一）/(一) (run-in leads too) becomes （n）.
    Not applied to a text that already has line-start Arabic enumerators or a literal `*`."""
    lines, nl = split_lines(text)
    hs = {i: (lvl, m) for i, lvl, m in headings(lines, (0, 1))}
    if not hs or _LINE_ARABIC.search(text) or "*" in text:
        return None
    for i, ln in enumerate(lines):
        if i in hs and hs[i][0] == 0:
            ind, core = _core(hs[i][1], ln)
            _pre, t = _prefix_text(hs[i][1], core)
            lines[i] = f"{ind}**{cn_val(hs[i][1].group('num'))}. {t}**"
            continue
        ln = _SUB_LEAD.sub(lambda m: f"{m.group(1)}（{cn_val(m.group(2))}）", ln)
        if i in hs:
            ind = ln[: len(ln) - len(ln.lstrip(WS))]
            ln = ind + "**" + ln.strip(WS) + "**"
        lines[i] = ln
    return join(lines, nl)


# ---------------------------------------------------------------- furniture
DATE_LINE = re.compile(r"^[" + WS + r"]*(\d{4}年\d{1,2}月\d{1,2}日)[" + WS + r"]*$")
_UNIT_LINE = re.compile(r"^[" + WS + r"]*([^\s。，,；;：:！？、]{2,30}?)[" + WS + r"]*$")


FRAG_HEAD = ["<html>", "<body>", "<!--StartFragment-->"]
FRAG_TAIL = ["<!--EndFragment-->", "</body>", "</html>"]


def clipboard_fragment_marks(text):
    """The HTML flavour of the Windows clipboard saved by a clipboard tool, the text itself plain:
    `<html>`, `<body>`, `<!--StartFragment-->` lines above the report and `<!--EndFragment-->`,
    `</body>`, `</html>` below it."""
    lines, nl = split_lines(text)
    while lines and not lines[-1].strip(WS):
        lines.pop()
    if not lines:
        return None
    return join(FRAG_HEAD + lines + FRAG_TAIL, nl)


ALL_KINDS: dict[str, Callable] = {
    "gb18030_file": gb18030_file,
    "utf16le_bom_file": utf16le_bom_file,
    "unicode_para_seps": unicode_para_seps,
    "json_escaped_text": json_escaped_text,
    "rtf_like_source": rtf_like_source,
    "mediawiki_bold": mediawiki_bold,
    "latex_textbf_arabic_subs": latex_textbf_arabic_subs,
    "strong_arabic_dunhao_tops": strong_arabic_dunhao_tops,
    "pandoc_track_insertions": pandoc_track_insertions,
    "word_format_balloons": word_format_balloons,
    "sub_arabic_dunhao": sub_arabic_dunhao,
    "top_colon_sep": top_colon_sep,
    "md_bold_arabic_outline": md_bold_arabic_outline,
    "clipboard_fragment_marks": clipboard_fragment_marks,
}


# ---------------------------------------------------------------- words check and heading normaliser
CHROME_LINES = [
    r"\{\\rtf1.*", r"\}",                                    # RTF header and closing brace
    r"带格式的: .*",                                          # Word's formatting balloons
    r"</?(?:html|body)>", r"<!--(?:Start|End)Fragment-->",    # clipboard fragment
]
_CHROME = re.compile("|".join(f"(?:{p})" for p in CHROME_LINES))
_RTF_PARD = re.compile(r"^\\pard(?:\\[a-z]+\d*)* ?")
_RTF_BOLD = re.compile(r"^\{\\b\\f\d+ (.*)\}$")
_RTF_PAR = re.compile(r"\\par$")
_WIKI_BOLD = re.compile(r"^([" + WS + r"]*)'''(.*)'''$")
_TEXTBF = re.compile(r"^([" + WS + r"]*)\\textbf\{(.*)\}$")
_LATEX_ESC = re.compile(r"\\([%&#_$])")
_INS = re.compile(r'\[([^\[\]]*)\]\{\.insertion author="[^"]*"\}')
_TAGS = re.compile(r"</?(?:strong|b)>")
_MD_BOLD = re.compile(r"^([" + WS + r"]*)\*\*(.*)\*\*$")
_ARABIC_PAREN = re.compile(r"^([" + WS + r"]*)[（(]\d{1,2}[）)]", re.M)
_TOP_COLON = re.compile(r"^([" + WS + r"]*)([" + CNN + r"]{1,3})：", re.M)
_ARABIC_TOP = re.compile(r"^([" + WS + r"]*)\d{1,2}(?:、|\. )", re.M)


def _unrtf(t: str) -> str:
    lines = t.split("\n")
    if not lines or not lines[0].startswith("{\\rtf1"):
        return t
    out = []
    for ln in lines:
        s = _RTF_PAR.sub("", _RTF_PARD.sub("", ln))
        s = _RTF_BOLD.sub(r"\1", s)
        s = re.sub(r"\\([\\{}])", r"\1", s)
        out.append(s)
    return "\n".join(out)


def strip_form(t: str) -> str:
    """The text without the encoding-level and markup forms this set adds (used on both sides)."""
    s = t.strip()
    if s.startswith('"') and s.endswith('"') and "\n" not in s:
        try:
            t = json.loads(s)
        except ValueError:
            pass
    t = t.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n").replace("\u2028", "\n")
    t = _unrtf(t)
    lines = []
    for ln in t.split("\n"):
        ln = _WIKI_BOLD.sub(r"\1\2", ln)
        ln = _TEXTBF.sub(r"\1\2", ln)
        ln = _LATEX_ESC.sub(r"\1", ln)
        ln = _INS.sub(r"\1", ln)
        ln = _TAGS.sub("", ln)
        ln = _MD_BOLD.sub(r"\1\2", ln)
        lines.append(ln)
    return "\n".join(lines)


def numbering_form(t: str) -> str:
    """The set's numbering forms read as the enumerators they stand for, at line start: （n）→ （一）
    and `n、` / `n. ` → 一、 (any Chinese enumerator: form_edits' words drop it as a numbering token, also
    before a figure, where form_edits' own `n、` token stops), 一： → 一、."""
    t = _ARABIC_PAREN.sub(r"\1（一）", t)
    t = _ARABIC_TOP.sub(r"\1一、", t)
    return _TOP_COLON.sub(r"\1\2、", t)


def _norm(t: str, edited: bool) -> str:
    t = strip_form(t)
    if edited:
        t = "\n".join(ln for ln in t.split("\n") if not _CHROME.fullmatch(ln.strip(WS)))
    t = numbering_form(t)
    return unicodedata.normalize("NFKC", t)


def words_kept(original: str, edited: str) -> bool:
    """form_edits' words (CJK + alphanumerics, numbering tokens dropped) after this set's
    normalisations on both sides and the furniture lines dropped from the edited side; spaces and
    line breaks are form (_words drops them).  form_edits' markup filter (HTML tags, leaders + page
    number, …) is applied to both sides, so that a tag already in a report (fsc-021's `<image>`)
    counts the same on both."""
    return _words(_norm(original, False), True) == _words(_norm(edited, True), True)


# markup or furniture a kind of this set may add and that must not reach a reported heading
EXTRA_LEAK = (r"'''|\\textbf|\\pard|\\par\b|\\b\\f|\\rtf|[{}]|\\[%&#_$]|\.insertion|author=|微软用户|带格式的"
              r"|StartFragment|EndFragment|\\n|\\t|\\\"|\u2029|\u2028|^\"|\*")


def heading_norm(h: str | None) -> str:
    """A reported heading compared across an edit: the set's markup and numbering forms, NFKC, spaces
    and the enumerator ignored."""
    t = numbering_form(strip_form((h or "").strip()))
    t = unicodedata.normalize("NFKC", t)
    t = re.sub(r"\s", "", t)
    t = _LEAD_ENUM.sub("", t)
    return "".join(ch for ch in t if ch.isalnum())
