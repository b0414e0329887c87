"""Form-only edits, tenth set (j), tuning part.  Written without reading fzscore's code, data or docs.

Same contract as form_edits.EDITS: each edit takes the full text and returns the edited text, or
None when it does not apply.  Every edit keeps every word of the report; only how it is marked up,
decorated, laid out or encoded changes, or site furniture is added around it.  None of these kinds
is in form_edits.py, form_edits_held.py, form_edits_g*.py, form_edits_h*.py or form_edits_i*.py.
Edits find what they change from the text's own structure (form_edits' heading regexes,
form_edits_g.find_title), never from a named document or line.

Bold and emphasis markup on headings and lead sentences is a known failure class, so five kinds of
the set are bold/emphasis in different exports (Markdown with the number outside the bold, an inline
font-weight span, 段首句加粗 in <strong>, Word's split bold runs, forum BBCode).

No kind is exempt from the words check: words_kept() strips the markup a kind adds (tags with their
attributes, BBCode, Markdown bold, the decoration glyphs), drops the furniture lines (CHROME_LINES),
applies NFKC (half-width ｡ ､) and OpenCC t2s (traditional headings) on both sides, and then compares
form_edits' words.  No furniture line carries a date or names the issuing body (sets h/i caveats:
a date or a unit name is information the tool may legitimately use).
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

from form_edits import _ENUM_START, _core, _words, headings, is_body, split_lines, wrap_headings
from form_edits_g import WS, find_title, join, opencc
from form_edits_h import _LEAD_ENUM


def _num_and_text(m: re.Match, line: str) -> tuple[str, str, str]:
    """(indent, the enumerator with its separator and any space after it, the heading text)."""
    ind = m.group("ind")
    return ind, line[len(ind):m.start("text")], m.group("text")


# ---------------------------------------------------------------- bold / emphasis
def md_bold_text_only(text):
    """docx → Markdown (pandoc, or a WeChat-to-Markdown tool) where the heading number is an
    automatic list number and only the heading's text run is bold: 一、**X** / （一）**X**.
    Not applied to a text with a literal '*' (masked figures like ****年): a Markdown export would
    escape them, so the plain-text copy would not be this one."""
    if "*" in text:
        return None

    def f(lvl, m, line):
        ind, num, t = _num_and_text(m, line)
        return f"{ind}{num}**{t}**"
    return wrap_headings(text, f, levels=(0, 1))


def span_bold_style(text):
    """A CMS rich-text editor (UEditor/KindEditor) that writes bold as an inline style, pasted as
    source: each top heading in <span style="font-weight:bold;">, each sub-heading in a span naming
    the 公文 楷体 font and bold; the rest of the line is untouched."""
    def f(lvl, m, line):
        ind, core = _core(m, line)
        style = "font-weight:bold;" if lvl == 0 else "font-family:楷体_GB2312;font-weight:bold;"
        return f'{ind}<span style="{style}">{core}</span>'
    return wrap_headings(text, f, levels=(0, 1))


def lead_sentence_bold(text):
    """段首句加粗: a government site's article where the first sentence of each plain body paragraph
    (no enumerator) is set in <strong>, the paragraph going on after it on the same line."""
    lines, nl = split_lines(text)
    n = 0
    for i, ln in enumerate(lines):
        if not is_body(ln, 40) or _ENUM_START.match(ln):
            continue
        ind = re.match(r"^[ \t\u3000\u00a0]*", ln).group(0)
        body = ln[len(ind):]
        p = body.find("。")
        if 8 <= p <= 90 and p < len(body.rstrip()) - 1:
            lines[i] = f"{ind}<strong>{body[:p + 1]}</strong>{body[p + 1:]}"
            n += 1
    return join(lines, nl) if n else None


# ---------------------------------------------------------------- Word → HTML
_P_BODY = '<p class=MsoNormal style="text-indent:32.0pt;line-height:28.0pt"><span style="font-family:仿宋_GB2312;font-size:16.0pt">'
_P_TOP = '<p class=MsoNormal style="text-indent:32.0pt;line-height:28.0pt"><span style="font-family:黑体;font-size:16.0pt">'
_P_SUB = '<p class=MsoNormal style="text-indent:32.0pt;line-height:28.0pt"><span style="font-family:楷体_GB2312;font-size:16.0pt">'
_P_TITLE = '<p class=MsoNormal align=center style="text-align:center;line-height:28.0pt"><span style="font-family:方正小标宋简体;font-size:22.0pt">'


def word_html_styled(text):
    """Word "Save as Web Page" source pasted as text: every paragraph a <p class=MsoNormal> with its
    inline style, its text in a <span> naming the 公文 font of its level (title 方正小标宋简体, top
    headings 黑体, sub-headings 楷体_GB2312, body 仿宋_GB2312); one paragraph a line, blank lines kept."""
    lines, nl = split_lines(text)
    ti = find_title(lines)
    levels = {i: lvl for i, lvl, _ in headings(lines, (0, 1))}
    out = []
    for i, ln in enumerate(lines):
        s = ln.strip(WS)
        if not s:
            out.append(ln)
            continue
        head = _P_TITLE if i == ti else {0: _P_TOP, 1: _P_SUB}.get(levels.get(i), _P_BODY)
        out.append(f"{head}{s}</span></p>")
    return join(out, nl)


# ---------------------------------------------------------------- heading layout
def _split_point(t: str) -> int | None:
    """Where a writer balances a long heading over two lines: after a comma in the middle third,
    else between two Chinese characters near the middle."""
    n = len(t)
    for k in range(n // 3, 2 * n // 3 + 1):
        if t[k - 1] in "，,、；" and k < n - 2:
            return k
    k = n // 2
    while k < n - 2 and not ("\u4e00" <= t[k - 1] <= "\u9fff" and "\u4e00" <= t[k] <= "\u9fff"):
        k += 1
    return k if k < n - 2 else None


def heading_wrap(text):
    """Word headings balanced over two lines with a manual line break (Shift+Enter), which a text
    export turns into a newline: every top or sub-heading of 14 characters or more is split after a
    comma in its middle third, else near its middle; the second line starts at the margin."""
    lines, nl = split_lines(text)
    n = 0
    for i, _lvl, m in reversed(headings(lines, (0, 1))):
        ind, num, t = _num_and_text(m, lines[i])
        if len(t) < 14:
            continue
        k = _split_point(t)
        if k is None:
            continue
        lines[i:i + 1] = [f"{ind}{num}{t[:k]}", t[k:]]
        n += 1
    return join(lines, nl) if n else None


# ---------------------------------------------------------------- decoration
DECO_TOP, DECO_SUB = "◆◆", "※"


def flanked_headings(text):
    """A WeChat/135编辑器 heading style copied as text: each top heading flanked by a pair of
    diamonds on both sides (◆◆ 一、X ◆◆), each sub-heading led by a reference mark (※ （一）X)."""
    def f(lvl, m, line):
        ind, core = _core(m, line)
        return f"{DECO_TOP} {core} {DECO_TOP}" if lvl == 0 else f"{DECO_SUB} {core}"
    return wrap_headings(text, f, levels=(0, 1))


def part_badges(text):
    """A WeChat article template (135编辑器/秀米 "PART" cards): a badge line PART 01, PART 02 … on its
    own line above each top heading, the heading unchanged."""
    lines, nl = split_lines(text)
    tops = headings(lines, (0,))
    if not tops:
        return None
    for n, (i, _, _m) in reversed(list(enumerate(tops, 1))):
        lines.insert(i, f"PART {n:02d}")
    return join(lines, nl)


# ---------------------------------------------------------------- character form
def halfwidth_ideo_punct(text):
    """PDF text extraction with a font whose ToUnicode map (or an OCR model trained on Japanese)
    gives the half-width ideographic forms: 。 → ｡ (U+FF61) and 、 → ､ (U+FF64) everywhere,
    heading enumerators (一､) included."""
    out = text.replace("。", "\uff61").replace("、", "\uff64")
    return out if out != text else None


# ---------------------------------------------------------------- words check and heading normaliser
CHROME_LINES = [
    r"PART \d{2}",                                                             # WeChat badge
    r"版权所有\S*\u3000网站标识码：\d+", r"\S+ICP备\d+号\u3000\S+公网安备\s?\d+号",    # site footer
    r"网站地图\u3000｜\u3000联系我们\u3000｜\u3000使用帮助", r"【打印本页】\u3000【关闭窗口】",
    r"您是第\d+位访客",
]
_CHROME = re.compile("|".join(f"(?:{p})" for p in CHROME_LINES))
_TAG = re.compile(r"<[^<>\n]*>")
_BBCODE = re.compile(r"\[/?(?:b|i|u|size|color|font)(?:=[^\]\n]*)?\]")
_DECO = re.compile(r"\*\*|◆◆ ?| ?◆◆|※ ?|[\u2776-\u277f] ?")         # md bold, diamonds, ※, ❶–❿
_BR = re.compile(r"<br\s*/?>", re.I)


def strip_form(t: str) -> str:
    """The text without the markup and decoration this set adds (used on both sides)."""
    t = _BR.sub("\n", t)
    t = _TAG.sub("", t)
    t = _BBCODE.sub("", t)
    return _DECO.sub("", t)


def _norm_j(t: str, edited: bool) -> str:
    t = t.replace("\r\n", "\n")
    if edited:
        t = "\n".join(ln for ln in t.split("\n") if not _CHROME.fullmatch(ln.strip(WS)))
    t = strip_form(t)
    t = html.unescape(t)
    t = unicodedata.normalize("NFKC", t)            # ｡ → 。, ､ → 、
    conv = opencc("t2s")
    return conv(t) if conv else t


def words_kept(original: str, edited: str) -> bool:
    """form_edits' words (CJK + alphanumerics, numbering tokens dropped) after this set's
    normalisations on both sides (markup stripped, NFKC, t2s) and the furniture lines dropped from
    the edited side; line breaks are form (_words joins the lines)."""
    return _words(_norm_j(original, False), False) == _words(_norm_j(edited, True), True)


# markup or furniture a kind of this set may add and that must not reach a reported heading
EXTRA_LEAK = (r"\[/?b\]|\[/?size|\[/?color|style=|MsoNormal|font-|◆|※|[\u2776-\u277f]|PART \d"
              r"|网站标识码|ICP备|公网安备|网站地图|打印本页|关闭窗口")


def heading_norm(h: str | None) -> str:
    """A reported heading compared across an edit: markup, decoration, entities, width, script,
    spaces and the enumerator ignored."""
    t = strip_form(h or "")
    t = html.unescape(t)
    t = unicodedata.normalize("NFKC", t)
    conv = opencc("t2s")
    t = conv(t) if conv else t
    t = re.sub(r"\s", "", t)
    t = _LEAD_ENUM.sub("", t)
    return "".join(ch for ch in t if ch.isalnum())


EDITS: dict[str, Callable[[str], str | None]] = {
    "md_bold_text_only": md_bold_text_only,
    "span_bold_style": span_bold_style,
    "lead_sentence_bold": lead_sentence_bold,
    "word_html_styled": word_html_styled,
    "heading_wrap": heading_wrap,
    "flanked_headings": flanked_headings,
    "part_badges": part_badges,
    "halfwidth_ideo_punct": halfwidth_ideo_punct,
}

# every kind's words are checked (furniture is dropped by words_kept instead)
WORDS_EXEMPT: set[str] = set()
