"""Stage 2, first step: physical lines → paragraphs.

A report copied out of a PDF, an e-mail or a fixed-width window arrives with its paragraphs broken
into lines; a reader joins them again before reading the structure, and so must we: otherwise each
physical line is a plan item or a problem of its own, and a 《…》 name broken across two lines is no
name. Line numbers stay the file's own: a paragraph knows the lines it was made from.

The rules, as a careful reader states them:
- An e-mail's quoting ("> " before most lines) is not text.
- A text is hard-wrapped when many of its lines stop at the same width (counted in characters or in
  display columns, a CJK character being two) and almost none is longer.
- In a hard-wrapped text, a line that fills the width continues on the next line, unless the next
  line starts a numbered heading or an indented paragraph, or is blank.
- In any text, a line that stops inside a clause (after a comma, an enumeration comma, an opening
  bracket, quote or title mark), or a line of prose that stops mid-sentence over another line of
  prose, continues on the next line, on the same conditions.
- A numbered heading or a title that fills the width takes only its short tail (or, for a heading,
  its first sentence) from the next lines, never the paragraph under it; page numbers copied with a
  PDF's text are not text, nor is a browser's print header (date, time, title) or footer (address, n/m),
  a rule drawn under a heading or across the page (=====, -----), an app's furniture copied with an
  article (WeChat's 原创 mark, 点击上方蓝字关注我们, END, 阅读原文, its bottom bar), or a document site's
  watermark inside a sentence (秘书之家—全网资源每日更新www.…).
- Where the writer's lines are whole paragraphs (or the next line is twice as long), a line as short as
  a heading that opens a paragraph and stops mid-sentence is an unnumbered heading, not the paragraph's
  first line.
- A line of a page header's fields (来源：… 发布时间：…) ends where it ends.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from scorer.text.safe_regex import compile as compile_safe
from scorer.text.textnorm import INVISIBLE, data_file, nfkc, without_invisible

QUOTE = re.compile(r"^[ \t]*>(?:[ \t]*>)*[ \t]?")
# A line that stops here has not finished its clause.
OPEN_END = re.compile(r"[，,、（(《“‘\[【—-]$")
SENTENCE_END = re.compile(r"[。！？!?；;：:…][”’」』》）)】\]]*$")
PUNCTUATED = re.compile(r"[。！？!?；;：:]")
PROSE = re.compile(r"[，,。；;]")  # a line with these is prose (headings and titles seldom have a full stop)
MID_SENTENCE = re.compile(r"[\u4e00-\u9fff\d]$")
ANY_PUNCTUATION = re.compile(r"[。！？!?；;：:，,、]")
# A field of a page's header ("来源:XX 发布日期:2018-04-03"): a label, a colon and a date or time.
FIELD = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：]\s*\S[^。；;]*?(?:\d{4}[-/.年]\d{1,2}|\d{1,2}:\d{2})")
# a row of a page's metadata table, two labelled fields apart ("公开范围: 面向全社会 公开方式: 主动公开"): whole
FIELD_ROW = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：][^:：]{0,30}?[ \t\u3000]+[\u4e00-\u9fff]{2,6}[:：]")
ITEM_START = re.compile(r"^[一二三四五六七八九十]{1,2}是")
MAX_HEADING = 50  # characters: a heading with its first sentence hardly runs longer
MAX_BARE_HEADING = 50  # characters: an unnumbered heading on a line of its own hardly runs longer (structure.MAX_ALONE)
# A page number copied with the text of a PDF ("- 3 -", "第 3 页 共 9 页", "3/9"): not text, and a
# paragraph broken by a page goes on after it.
# A web page's pagination bar ("共3页 上一页 1 2 3 下一页") is the same furniture; its page links are set
# apart by spaces (one way to read a run of figures: linear time).
PAGE_LINKS = r"(?:\d{1,3}(?:\s+\d{1,3})*\s*)?"
PAGE_NUMBER = re.compile(r"^(?:[-—－–\s]*\d{1,3}[-—－–\s]*|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3}"
                         rf"|(?:共\s*\d{{1,3}}\s*页\s*)?(?:首页\s*)?(?:上一页\s*{PAGE_LINKS}(?:下一页)?|{PAGE_LINKS}下一页)\s*(?:尾页|末页)?)$")
# A line drawn under a heading (Markdown's setext "=====" / "-----") or across the page (a rule, "***"): no text,
# and a rule that ends in a dash does not run on into the paragraph after it.
RULE = re.compile(r"^(?:[=＝]{3,}|[-－]{3,}|[_＿]{3,}|[~～]{3,}|[*＊]{3,}|[─━]{3,}|—{3,})$")
# A gap between words: two in a line make it a page's header or navigation, not prose (Chinese prose
# has no spaces).
GAP = re.compile(r"\S[ \t\u3000]+(?=\S)")
# Characters that take one display column (the rest, CJK and full-width forms, take two).
NARROW = re.compile(r"[\x00-\x7f\u00a0-\u02ff\u2000-\u206f\uff61-\uff9f]")
INDENT = " \t\u3000\u00a0"  # what a line may be indented with
SPACING = re.compile("[ \u3000]+")
# Numbered-heading shapes: a line that starts with one of these starts a paragraph of its own
# (一是 items may run on). After a line cut off mid-clause only the strong shapes count: "1." or
# "2.5" there is more likely a figure carried over ("…满意度超过" / "99.9%").
STRONG_HEADING = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]{1,4}[部章节篇]"
    r"|[一二三四五六七八九十]{1,3}(?:、|[：:](?=[\u4e00-\u9fff]))"
    r"|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]{1,2}[、.．]|[IVX]{1,4}、"
    r"|[（(][一二三四五六七八九十\d]{1,3}[)）]"
    r"|\d{1,2}、"
    r"|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])"
)
WEAK_HEADING = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}(?:[.．,，]|[ \u3000]+\S)"
    r"|\d{1,2}(?:[．)）]|\.(?!\d{1,2}(?!\d)))"
    r"|\d{1,2}\.\d{1,2}(?:\.\d{1,2})?(?![\d%％‰])"
    r")"
)

# A heading's number alone on its line (an HTML list or a Word numbering field exported as text:
# "一、" / "主要举措和成效"): never a paragraph; the number belongs to the line after it.
NUMBER_ONLY = re.compile(
    rf"^(?:{STRONG_HEADING.pattern.removeprefix('^')}|[一二三四五六七八九十]{{1,3}}[.．,，]|\d{{1,2}}[.．)）])[ \t\u3000]*$")


@lru_cache(maxsize=1)
def _new_unit() -> re.Pattern:
    """What opens a paragraph of its own: an enumeration (一是, 第一, 首先 …) or a closing formula."""
    cues = data_file("structure-cues")
    words = "|".join(map(re.escape, cues["enumerators"] + cues["closing"]))
    return re.compile(rf"^(?:[一二三四五六七八九十]{{1,2}}是|第[一二三四五六七八九十]{{1,2}}[,，、]|{words})")


def opens_unit(text: str) -> bool:
    """Does a paragraph (its key) open a unit of its own: an enumeration (一是, 第一, 首先 …), a
    numbered item, or a closing formula?"""
    return bool(_new_unit().match(text) or STRONG_HEADING.match(text))


@lru_cache(maxsize=1)
def run_in_units() -> re.Pattern:
    """Where a unit run into a paragraph starts: what opens_unit accepts after a sentence's end. A match
    is that end, and the unit starts where it ends (m.end()): led by the end's character, not a
    look-behind, the pattern lets `re` skip from one sentence's end to the next."""
    opening = "|".join(rx.pattern.removeprefix("^") for rx in (_new_unit(), STRONG_HEADING))
    return re.compile(rf"[。;!?](?=(?:{opening}))")


@lru_cache(maxsize=1)
def _title_end() -> re.Pattern:
    """A title ends with the kind of document it is (…的报告)."""
    return re.compile("(?:" + "|".join(map(re.escape, data_file("structure-cues")["glued_title_ends"])) + ")$")


@dataclass
class Paragraph:
    """Lines first..last of the file joined; `starts` holds (offset in raw, line) of each line in it."""

    line: int
    last: int
    raw: str
    starts: tuple[tuple[int, int], ...]


def unquote(lines: list[str]) -> list[str]:
    """Lines without an e-mail's quoting, when most non-blank lines carry it."""
    filled = [ln for ln in lines if ln.strip()]
    quoted = sum(1 for ln in filled if QUOTE.match(ln))
    if not filled or quoted < 0.6 * len(filled):
        return lines
    return [QUOTE.sub("", ln, count=1) for ln in lines]


# A draft printed with line numbers (行号) and copied as text: every line led by its running number and a
# space, counting on down the page (or from 1 on each page).
LINE_NUMBER = re.compile(r"^[ \t]*(\d{1,5})(?:[ \t\u3000]+|$)")


# A part's label on a line of its own over its heading ("第一部分" / "主要举措和成效"): one heading
PART_LABEL = re.compile(r"^[ \t\u3000]*第[一二三四五六七八九十]{1,3}(?:部分|篇)[ \t\u3000]*$")
MAX_LABELLED_HEADING = 50


def join_part_labels(lines: list[str]) -> list[str]:
    """Lines with a part's label standing alone ("第一部分") joined to the heading on the next non-blank line
    (the label's line holds both, the heading's is left blank), when that line is as short as a heading and
    ends no sentence."""
    if "部分" not in "".join(lines) and "篇" not in "".join(lines):
        return lines
    out = list(lines)
    for i, ln in enumerate(lines):
        if not PART_LABEL.match(ln):
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(lines))) if lines[k].strip()), None)
        if j is None:
            continue
        nxt = lines[j].strip()
        if len(nxt) <= MAX_LABELLED_HEADING and not nxt.endswith(("。", ";", "；")) and not PART_LABEL.match(nxt):
            out[i] = ln.rstrip() + " " + nxt
            out[j] = ""
    return out


def unnumber(lines: list[str]) -> list[str]:
    """Lines without a layer of line numbers, when nearly every non-blank line carries its running number:
    a list's own numbers ("1 张三") number some lines, never nearly all of a report's."""
    found = [(i, m) for i, ln in enumerate(lines) if ln.strip() and (m := LINE_NUMBER.match(ln))]
    filled = sum(1 for ln in lines if ln.strip())
    numbers = [int(m.group(1)) for _i, m in found]
    if filled < 3 or len(found) < 0.9 * filled or numbers[0] > 5:
        return lines
    running = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1 or (b == 1 and a > 1))
    # a page's few lines: every one numbered, 1, 2, 3 …
    if running < (len(numbers) - 1 if filled < 6 else 0.8 * (len(numbers) - 1)) or (filled < 6 and numbers[0] != 1):
        return lines
    out = list(lines)
    for i, m in found:
        out[i] = lines[i][m.end():]
    return out


# Decoration a writer's tool puts around a line's words: a Markdown heading's hashes and bold or
# underscore emphasis, HTML tags pasted as text, the bars and arrows of a WeChat article, 【】 around
# a whole line. A heading is read by its role, not by its decoration: all of it goes before reading.
MD_HASH = re.compile(r"^([ \t\u3000\xa0]*)#{1,6}(?:[ \t\u3000]+|(?=[^#\s\d][^#]*$))")
MD_CLOSING_HASH = re.compile(r"[ \t\u3000]+#{1,6}[ \t\u3000]*$")
# A wiki's heading ("== 一、X ==", "=== （一）X ==="): as many equals signs after the words as before
WIKI_HEADING = re.compile(r"^([ \t\u3000\xa0]*)(={2,6})[ \t\u3000]*([^=\n]+?)[ \t\u3000]*\2[ \t\u3000]*$")
# MediaWiki's bold and italics ("'''一、X'''", "''楷体''"): two to five apostrophes each side
WIKI_EMPHASIS = re.compile(r"'{2,5}(?=[^'\s])([^'\n]+?)'{2,5}")
# Bold around a whole line with spaces inside it ("** 一、X **"): no CommonMark bold, but meant as one
BOLD_LINE = re.compile(r"^([ \t\u3000\xa0]*)(\*\*|__)[ \t\u3000]+([^*_\n]+?)[ \t\u3000]*\2[ \t\u3000]*$")
# Italics around a whole line ("*一、X*", "_（一）X_": 楷体 as an HTML → Markdown converter writes it)
MD_ITALIC_LINE = re.compile(r"^([ \t\u3000\xa0]*)([*_])(?=[^\s*_])([^*_\n]+?)(?<=[^\s*_])\2[ \t\u3000]*$")
# pandoc's spans and attributes: an empty bookmark "[]{#_Toc96254317 .anchor}", "[X]{.underline}", "X {#sec-1}"
PANDOC_SPAN = re.compile(r"\[([^\[\]\n]{0,200})\]\{[#.][^{}\n]{0,120}\}")
PANDOC_ATTRIBUTES = re.compile(r"\{#[^{}\s][^{}\n]{0,120}\}[ \t\u3000]*$")
# A table drawn in text: a grid table's border ("+----+", "+====+") or a Markdown table's rule ("|---|:--|"),
# and a row of one cell ("| 一、X |", a heading boxed in Word): the border is no text, the cell's words are
TABLE_RULE = re.compile(r"\+(?:[-=:]+\+)+|\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?)?")  # on the stripped line
# (its bars typed, or drawn with box-drawing characters: "│一、X│" between "┌──┐" and "└──┘", a converter's frame)
CELL_BARS = "|│┃║╎╏┆┇┊┋"
ONE_CELL = re.compile(f"^([ \\t\u3000\xa0]*)[{CELL_BARS}]([^{CELL_BARS}\\n]*)[{CELL_BARS}](?:[ \\t\u3000]*[{CELL_BARS}])*[ \\t\u3000\xa0]*$")
# a frame's own lines drawn with box-drawing characters ("┌──┐", "└──┘"): no text
BOX_DRAWING = "\u2500-\u257f"
BOX_RULE = re.compile(f"[{BOX_DRAWING} \t\u3000\xa0]*[{BOX_DRAWING}][{BOX_DRAWING} \t\u3000\xa0]*")
MD_EMPHASIS = re.compile(r"(?<!\*)\*\*(?=\S)([^*\n]+?)\*\*(?!\*)|(?<!_)__(?=\S)([^_\n]+?)__(?!_)")
HTML_TAG = re.compile(
    r"</?(?:p|strong|b|h[1-6]|span|em|i|u|br|div|font|section|li|ul|ol|center|blockquote)(?:\s[^<>]{0,200})?/?>", re.I
)
GLYPHS = "▍▌▎▏█▐▶►▷▸▹➤➢➣➡◆◇■□▪▫●◎★☆◢◣•‣◦※"
# The pictographs an editor (135编辑器, 秀米) leads a heading with (📌 ✅ ▶️ 🔹 ⭐), as Unicode blocks:
# arrows, technical symbols, geometric shapes, miscellaneous symbols and dingbats (not ❶–➓, which
# number), the emoji planes, with the variation selector, joiner and keycap that follow them.
PICTOGRAPHS = ("\u2190-\u21ff\u2300-\u23ff\u2580-\u25ff\u2600-\u2775\u2794-\u27bf\u2b00-\u2bff"
               "\U0001f000-\U0001faff\ufe0e\ufe0f\u200d\u20e3")
LEAD_GLYPH = re.compile(rf"^([ \t\u3000\xa0]*)[{GLYPHS}{PICTOGRAPHS}]+[ \t\u3000]*(?=\S)")
WRAPPED_LINE = re.compile(r"^([ \t\u3000\xa0]*)(?:【([^【】\[\]|｜]{2,60})】|「([^「」]{2,60})」|『([^『』]{2,60})』)[ \t\u3000]*$")
# 【】, 〖〗 or [] around a numbered lead run into its paragraph, at its start or after a sentence ("【二是压实责任。】镇党委…",
# "…。〖三是强化监督〗全年…"); a site's column tag (【政策解读】) carries no number and is left to the page reader
LEAD_NUMBER = r"(?:[一二三四五六七八九十]+[、.．是]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．]|第[一二三四五六七八九十]+[、，,])"
AFTER_SENTENCE = r"(?:(?<=^)|(?<=[。;；!！?？\s]))"
WRAPPED_LEAD = re.compile(rf"{AFTER_SENTENCE}[【〖\[［]({LEAD_NUMBER}[^【】〖〗\[\]［］|｜]{{0,60}})[】〗\]］]")
# Bold (HTML or Markdown) around a numbered lead run into its paragraph ("<strong>（一）强化领导</strong>全年…"):
# the same, when the bold alone parts the lead from its text
BOLD_LEAD = re.compile(rf"{AFTER_SENTENCE}(?:<(strong|b)(?:\s[^<>]{{0,200}})?>|\*\*)({LEAD_NUMBER}[^<>*]{{0,60}})(?:</(?:strong|b)>|\*\*)", re.I)
LEAD_END = "。.:：;；,，!！?？"
BARE_NUMBER = re.compile(rf"{LEAD_NUMBER}[ \t\u3000]*")


# Punctuation in a presentation form (halfwidth ｡ ､ ｢ ｣ of a PDF font's ToUnicode map or a Japanese OCR
# model; the vertical ︒ ︑ and small ﹐ ﹑ forms): the rules that part a text read the ordinary forms, which
# NFKC gives; a text without them is passed through whole.
PRESENTATION_PUNCTUATION = {ord(c): nfkc(c) for c in map(chr, [*range(0xFF61, 0xFF65), *range(0xFE10, 0xFE1A),
                                                            *range(0xFE50, 0xFE6C)])
                            if len(nfkc(c)) == 1 and nfkc(c) != c}
PRESENTATION_MARK = re.compile("[" + "".join(map(chr, PRESENTATION_PUNCTUATION)) + "]")

# Word's multi-level list linked to the heading styles, copied as text before the typed number ("1<TAB>一、X",
# "1.2<TAB>（二）X"): the list's number repeats the heading's own
WORD_OUTLINE = re.compile(r"^([ \t\u3000\xa0]*)\d{1,2}(?:\.\d{1,2}){0,2}\t+(?=[（(〔][一二三四五六七八九十]|[一二三四五六七八九十]{1,3}[、.．是])")

# A row of a two-column table copied as text, its unit in the label ("行政复议收案（件）<TAB>12", or between pipes,
# "| 行政复议收案（件） | 12 |"): read as the sentence it stands for ("行政复议收案12件"), so that a figure in a
# table counts as one in prose does
TABLE_ROW = re.compile(r"^([ \t\u3000\xa0]*)(?:[|｜][ \t\u3000]*)?([^\t|｜（()）]{2,40}?)[（(]([件次人名项个家份场卷起例部条篇期户天]|人次|万元|%)[）)]"
                       r"[ \u3000]*(?:\t|[ \t\u3000]*[|｜])[ \t\u3000]*([0-9]{1,9}(?:\.[0-9]{1,3})?)[ \t\u3000]*(?:[|｜][ \t\u3000]*)?$")
TABLE_CELLS = ("\t", "|", "｜")

# Any character decoration starts with: most texts have none, and are passed through whole.
# A footnote's superscript marker ("…第一责任人职责¹。"): no word, and NFKC would read it as a figure
FOOTNOTE_MARK = re.compile("[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
DECORATION_MARK = re.compile(f"[<*_#=|+\\\\「『【〖\\[［¹²³⁴⁵⁶⁷⁸⁹⁰{INVISIBLE}{GLYPHS}{PICTOGRAPHS}{BOX_DRAWING}]|''")


# A wiki's Textile source (Confluence, Redmine): "h2. 一、主要举措" is a heading's markup, "h2." no words
TEXTILE_HEADING = re.compile(r"^([ \t\u3000\xa0]*)h[1-6]\.[ \t\u3000]+(?=\S)", re.M)


# A fence around the text (a chat window's or Markdown's ``` code block, pandoc's ::: divs): a line of no words
FENCE_LINE = re.compile(r"(?:`{3,}|~{3,})(?:[ \t]*[\w+#.-]{1,20})?|:{3,}(?:[ \t]*(?:\{[^{}\n]{0,200}\}|[\w-]{1,40}))?(?:[ \t]+:+)?")  # on the stripped line
# A Markdown or plain-text list's bullet before a line's words ("- 一是…", "* 二是…", "- 1.坚持…"): no text; not
# before a bare figure (a page number "- 1 -" stays what it is)
LIST_BULLET = re.compile(r"^([ \t\u3000\xa0]*)[-*+][ \t]+(?=[^\s\d*+-]|\d{1,2}[.、．)）][ \t]*[\u4e00-\u9fff]|\d{4}年)", re.M)
# LaTeX source: a sectioning command around a heading ("\section*{一、主要举措}"), escaped characters (\%)
LATEX_SECTION = re.compile(r"^([ \t\u3000\xa0]*)\\(?:part|chapter|(?:sub){0,2}section|(?:sub)?paragraph)\*?\{([^{}\n]*)\}")
LATEX_ESCAPE = re.compile(r"\\([%&#_$])")


# LaTeX's inline emphasis around words (pandoc writes a bold paragraph heading \textbf{一、X})
LATEX_EMPHASIS = re.compile(r"\\(?:textbf|textit|emph|underline|textsf|texttt|mbox)\{([^{}\n]*)\}")


def _unlatex(ln: str) -> str:
    ln = LATEX_SECTION.sub(r"\1\2", ln)
    if "\\t" in ln or "\\e" in ln or "\\u" in ln or "\\m" in ln:
        ln = LATEX_EMPHASIS.sub(r"\1", ln)
    return LATEX_ESCAPE.sub(r"\1", ln)


def undecorate(lines: list[str]) -> list[str]:
    """Lines without decoration (see above), without invisible characters and without a document site's
    watermark; line numbers kept."""
    joined = "\n".join(lines)
    if PRESENTATION_MARK.search(joined):
        lines = [ln.translate(PRESENTATION_PUNCTUATION) for ln in lines]
        joined = "\n".join(lines)
    if "www." in joined or "://" in joined:
        lines = unwatermark(lines)
    if TEXTILE_HEADING.search(joined):
        lines = [TEXTILE_HEADING.sub(r"\1", ln) for ln in lines]
    if "```" in joined or "~~~" in joined or ":::" in joined:
        lines = ["" if FENCE_LINE.fullmatch(ln.strip(" \t\u3000\xa0")) else ln for ln in lines]
    if "\\" in joined:
        lines = [_unlatex(ln) if "\\" in ln else ln for ln in lines]
    if "\t" in joined:
        lines = [WORD_OUTLINE.sub(r"\1", ln) if "\t" in ln else ln for ln in lines]
    if any(c in joined for c in TABLE_CELLS):
        lines = [TABLE_ROW.sub(r"\1\2\4\3", ln) if any(c in ln for c in TABLE_CELLS) else ln for ln in lines]
    if LEADER_TAIL.search(joined):
        # a heading followed by leader dots ("一、主要举措 ………………"): the dots lead nowhere; a contents entry ends
        # in its page number, and an ellipsis in a sentence is two characters
        lines = [LEADER_TAIL.sub("", ln) if len(ln) <= 80 else ln for ln in lines]
    if LIST_BULLET.search(joined):
        # spaces in its place: the line keeps its width (hard wrapping is read from widths) and reads as indented
        lines = [LIST_BULLET.sub(lambda m: m.group(1) + " " * (m.end() - m.end(1)), ln) for ln in lines]
    if "**" in joined or "__" in joined:
        lines = _bold_rejoined(lines)
    if not DECORATION_MARK.search(joined):
        return lines
    return [_undecorate(ln) if DECORATION_MARK.search(ln) else ln for ln in lines]


# bold opened on a line and closed on the next ("**一、推进法治建设" / "的主要举措和成效**", a Markdown editor's soft wrap)
BOLD_OPENS = re.compile(r"^([ \t\u3000\xa0]*)(\*\*|__)(?=\S)([^*_\n]{1,60})$")
BOLD_CLOSES = re.compile(r"^[ \t\u3000\xa0]*([^*_\n]{1,60}?)(\*\*|__)[ \t\u3000]*$")


def _bold_rejoined(lines: list[str]) -> list[str]:
    """A bold run wrapped over two lines written as one line, bold on the first, the second left blank (line numbers
    kept)."""
    out = list(lines)
    for i in range(len(out) - 1):
        first, second = BOLD_OPENS.match(out[i]), BOLD_CLOSES.match(out[i + 1])
        if first and second and first.group(2) == second.group(2):
            mark = first.group(2)
            out[i], out[i + 1] = f"{first.group(1)}{mark}{first.group(3).rstrip()}{second.group(1).strip()}{mark}", ""
    return out


LEADER_TAIL = re.compile(r"(?<=\S)[ \t\u3000]*[.．…·・_]{3,}[ \t\u3000]*$", re.M)


# A table of contents copied with the document (Word's 目录 field): each heading, then a tab, spaces or leader
# dots and its page number. The headings stand again where their parts begin; the list is furniture.
CONTENTS_HEAD = re.compile(r"^[ \t\u3000]*目[ \t\u3000]*录[ \t\u3000]*$")
CONTENTS_ENTRY = re.compile(r"^[ \t\u3000]*(\S[^\t]{1,80}?)(?:\t+|[ \u3000]{2,}|[.．…·・_—-]{2,})[ \t\u3000]*\d{1,3}[ \t\u3000]*$")
ENTRY_NUMBER = re.compile(rf"^(?:{LEAD_NUMBER}|第[一二三四五六七八九十\d]+[部章节])")


def without_contents(lines: list[str]) -> list[str]:
    """Lines with a table of contents blanked (line numbers kept): the entries under a 目录 line, or two or
    more numbered entries whose headings begin lines further on."""
    out = None
    last_start: dict[str, int] | None = None  # the first 12 characters of a line → the last line they begin
    i, n = 0, len(lines)
    while i < n:
        if not lines[i].rstrip()[-1:].isdigit() or not CONTENTS_ENTRY.match(lines[i]):
            i += 1
            continue
        run, j = [], i
        while j < n:
            m = CONTENTS_ENTRY.match(lines[j]) if lines[j].strip() else None
            if m:
                run.append((j, m.group(1).strip()))
            elif lines[j].strip():
                break
            j += 1
        before = next((k for k in range(i - 1, -1, -1) if lines[k].strip()), None)
        headed = before is not None and bool(CONTENTS_HEAD.match(lines[before]))
        if len(run) >= 2 and not headed and last_start is None:
            last_start = {ln.strip()[:12]: k for k, ln in enumerate(lines) if ln.strip()}
        recurring = sum(1 for _, t in run if ENTRY_NUMBER.match(t) and (last_start or {}).get(t[:12], -1) >= j)
        if (headed and run) or recurring >= 2:
            out = out or list(lines)
            for k, _ in run:
                out[k] = ""
            if headed and before is not None:
                out[before] = ""
        i = max(j, i + 1)
    return out if out is not None else lines


@lru_cache(maxsize=1)
def _watermark() -> tuple[re.Pattern, re.Pattern, int]:
    data = data_file("page_words")["watermark"]
    return compile_safe(data["core"]), re.compile("|".join(map(re.escape, data["name_words"]))), data["name_max"]


NAME_CHARS = re.compile(r"[\u4e00-\u9fff]+$")


def unwatermark(lines: list[str]) -> list[str]:
    """Lines without a document site's watermark (page_words.yaml `watermark`): its dash, slogan and address,
    and the site's name before them, where the name's start can be told: the same left context at every
    copy of the watermark, or (once) the first document-site word in it, or the line's start."""
    core, name_words, name_max = _watermark()
    found = [(i, m) for i, ln in enumerate(lines) if "www." in ln or "://" in ln for m in core.finditer(ln)]
    if not found:
        return lines
    names: dict[str, list[str]] = {}
    for i, m in found:
        run = NAME_CHARS.search(lines[i], 0, m.start())
        names.setdefault(m.group().strip(), []).append(run.group()[-name_max:] if run else "")
    out = list(lines)
    for i, m in reversed(found):
        before = out[i][: m.start()]
        name = _site_name(before, names[m.group().strip()], name_words, name_max)
        out[i] = before[: len(before) - len(name)] + out[i][m.end() :]
    return out


def _site_name(before: str, runs: list[str], name_words: re.Pattern, name_max: int) -> str:
    """The site's name at the end of `before` (the text before a watermark's dash)."""
    run = NAME_CHARS.search(before)
    own = run.group() if run else ""
    if len(runs) >= 2:  # the characters every copy has before its dash
        common = 0
        while common < min(map(len, runs)) and len({r[-1 - common] for r in runs}) == 1:
            common += 1
        return own[len(own) - common :] if common >= 2 else ""
    tail = own[-8:]
    word = name_words.search(tail)
    if word:
        return tail[word.start() :]
    return own if len(own) <= 8 and not before[: len(before) - len(own)].strip() else ""  # it opens the line


# A forum's BBCode ([b]…[/b], [size=4], [color=red]) is markup as HTML is: read as the HTML tags it stands for
BBCODE = re.compile(r"\[(/?)(b|i|u|s|size|color|font|align|center|quote)(?:=[^\[\]\n]{0,40})?\]", re.I)
BBCODE_AS_HTML = {"b": "b", "i": "i", "u": "u"}


def _undecorate(ln: str) -> str:
    if ONLY_GLYPHS.fullmatch(ln):
        return ""  # a separator of glyphs alone ("◆　◆　◆", "▼" over a heading): a blank line between what it parts
    ln = FOOTNOTE_MARK.sub("", without_invisible(ln))
    if ("+" in ln or "|" in ln) and TABLE_RULE.fullmatch(ln.strip(" \t\u3000\xa0")):
        return ""
    if BOX_RULE.fullmatch(ln):
        return ""
    if cell := ONE_CELL.match(ln):
        ln = cell.group(1) + cell.group(2).strip(" \t\u3000")
    if "{" in ln:
        ln = PANDOC_SPAN.sub(r"\1", ln)
        if "{#" in ln and (attributes := PANDOC_ATTRIBUTES.search(ln)):
            ln = ln[: attributes.start()].rstrip(" \t\u3000")
    if "[" in ln:
        ln = BBCODE.sub(lambda m: f"<{m.group(1)}{BBCODE_AS_HTML.get(m.group(2).lower(), 'span')}>", ln)
    if "<" in ln or "**" in ln:
        ln = BOLD_LEAD.sub(lambda m: _lead(m, 2), ln)
    if "<" in ln:
        ln = HTML_TAG.sub("", ln)
    if "*" in ln or "_" in ln:
        ln = BOLD_LINE.sub(r"\1\3", ln)
        ln = MD_ITALIC_LINE.sub(r"\1\3", ln)
        ln = MD_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), ln)
    if "==" in ln:
        ln = WIKI_HEADING.sub(r"\1\3", ln)
    if "''" in ln:
        ln = WIKI_EMPHASIS.sub(r"\1", ln)
    if "#" in ln:
        m = MD_HASH.match(ln)
        if m:
            ln = MD_CLOSING_HASH.sub("", m.group(1) + ln[m.end() :])
    lead = LEAD_GLYPH.match(ln)
    if lead:
        ln = _without_trailing_glyphs(lead.group(1) + ln[lead.end() :])  # flanked: "◆◆ 一、X ◆◆"
    if "【" in ln or "〖" in ln or "[" in ln or "［" in ln or "「" in ln or "『" in ln:
        ln = WRAPPED_LEAD.sub(_lead, WRAPPED_LINE.sub(lambda m: m.group(1) + (m.group(2) or m.group(3) or m.group(4)), ln))
    if ln.endswith("\\"):
        ln = ln.rstrip("\\")  # a Markdown hard line break ("…\\" at a line's end): no text
    return ln


GLYPH = re.compile(f"[{GLYPHS}{PICTOGRAPHS}]")
ONLY_GLYPHS = re.compile(f"[ \t\u3000\xa0]*[{GLYPHS}{PICTOGRAPHS}][{GLYPHS}{PICTOGRAPHS} \t\u3000\xa0·—~～-]*")


def _without_trailing_glyphs(ln: str) -> str:
    """A line led by glyphs without the glyphs that close it too (a heading style that flanks its words)."""
    core = ln.rstrip(" \t\u3000")
    end = len(core)
    while end and GLYPH.match(core[end - 1]):
        end -= 1
    return ln if end == len(core) or not end else core[:end].rstrip(" \t\u3000")


def _lead(m: re.Match, group: int = 1) -> str:
    """A bracketed (or bold) lead without its brackets; a full stop where the brackets alone parted it from
    its paragraph."""
    lead, rest = m.group(group), m.string[m.end():]
    if BARE_NUMBER.fullmatch(lead):
        return lead  # the mark held only the number ("**一、**X", a badge): its heading goes on after it
    if "<" in rest:
        rest = HTML_TAG.sub("", rest)
    rest = rest.lstrip(" \t\u3000")
    return lead if not rest or lead.endswith(tuple(LEAD_END)) or rest.startswith(tuple(LEAD_END)) else lead + "。"


def display_width(text: str) -> int:
    return 2 * len(text) - len(NARROW.findall(text))


def _wrap_width(measures: list[int | None], tol: int) -> tuple[int, int] | None:
    """(width, lines at it) for the width at which most lines stop, or None when the text is not
    hard-wrapped: the measure that most lines reach (`tol` below it for a character pushed to the
    next line, `tol` above it for punctuation kept off the next line's start), with almost no line
    longer."""
    counts = Counter(m for m in measures if m)
    n = sum(counts.values())
    if n < 4:
        return None
    best: tuple[int, int] | None = None
    widths = sorted(counts)
    at_least = list(accumulate(counts[m] for m in reversed(widths)))[::-1]  # lines as long as widths[i] or longer
    for w in range(16, 201):  # a width a page, a window or an e-mail can have
        if w not in counts:
            continue
        i = bisect_right(widths, w + tol)  # the first width longer than w + tol
        if (at_least[i] if i < len(widths) else 0) > 0.1 * n:
            continue
        near = sum(counts.get(m, 0) for m in range(w - tol, w + tol + 1))
        if best is None or near > best[1]:
            best = (w, near)
    if best is None or best[1] < max(5, 0.25 * n):
        return None
    return best


def rebuild(lines: list[str]) -> list[Paragraph]:
    """The paragraphs of `lines` (already unquoted): blank lines dropped, broken lines joined."""
    text = [ln.strip() for ln in lines]
    chars = [len(t) if t else None for t in text]
    cols = [display_width(t) if t else None for t in text]
    # Wrapped by characters (a tool counting them) or by display columns (a page, a terminal): the
    # measure on which more lines agree.
    found = [(wrap, measures, tol) for measures, tol in ((chars, 1), (cols, 3)) if (wrap := _wrap_width(measures, tol))]
    full = [False] * len(lines)
    half = [False] * len(lines)
    indents = [len(ln) - len(ln.lstrip(INDENT)) if t else 0 for ln, t in zip(lines, text)]
    if found:
        (w, _near), measures, tol = max(found, key=lambda f: f[0][1])
        # a line longer than the width was not broken by the wrapping: it ends where the writer ended it;
        # an indented first line fills the width with its indent (26 characters after two spaces of 28)
        measure = len if measures is chars else display_width
        full = [bool(m and (w - tol <= m <= w + tol or w - tol <= m + measure(ln[:n]) <= w + tol))
                for m, ln, n in zip(measures, lines, indents)]
        half = [bool(m and m >= w / 2) for m in measures]
    # Indentation marks a paragraph's first line only where some lines have it and others not.
    indented = sum(1 for n, t in zip(indents, text) if t and n)
    filled = sum(1 for t in text if t)
    if not 0.1 * filled <= indented <= 0.9 * filled:
        indents = [0] * len(lines)
    # page numbers are taken out of the text; the lines around them are read as neighbours
    page_numbers = {i for i, t in enumerate(text) if t and (PAGE_NUMBER.match(t) or RULE.match(t))}
    page_numbers |= _print_chrome(text) | _app_furniture(text)
    page_numbers |= _running_heads(text, page_numbers)
    kept = [i for i, t in enumerate(text) if t and i not in page_numbers]
    whole = not found and _paragraph_per_line([text[i] for i in kept])
    out: list[Paragraph] = []
    k = 0
    while k < len(kept):
        i = kept[k]
        first = i
        raw = text[i]
        starts = [(0, i + 1)]
        if NUMBER_ONLY.match(raw) and k + 1 < len(kept) and not _heading_start(text[kept[k + 1]]):
            k += 1  # blank lines between them too: the number has no text of its own
            i = kept[k]
            starts.append((len(raw), i + 1))
            raw += text[i]
        heading_end = _heading_end(text, full, indents, i)
        while k + 1 < len(kept) and _neighbours(text, page_numbers, i, kept[k + 1]) and not indents[kept[k + 1]] and (
            i < heading_end if heading_end is not None else _continues(text[i], text[kept[k + 1]], full[i], half[kept[k + 1]])
            and not (i == first and not full[i] and _heading_over_paragraph(text[i], text[kept[k + 1]], whole))
            and not (whole and _cut_off(text[i]) and not any(x in page_numbers for x in range(i + 1, kept[k + 1])))
        ):
            k += 1
            i = kept[k]
            starts.append((len(raw), i + 1))
            raw += text[i]
        out.append(Paragraph(first + 1, i + 1, raw, tuple(starts)))
        k += 1
    return out


# What a browser prints on each page of a web page printed to PDF, copied with its text: a header of
# the print's date and time and the page's title ("2025/4/2 09:41　…的报告_某某人民政府"; a site's own
# date line has labels and page words: 来源：, 浏览次数), a footer of the page's address and the page
# counter ("http://… 3/9"), either way round.
PRINT_HEADER = re.compile(
    r"^(?:\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}),?[ \t\u3000]*(?:上午|下午)?\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?"
    r"[ \t\u3000]+(\S.{3,120})$"
)
_URL = r"(?:https?://|www\.)\S+"
_COUNTER = r"(?:\d{1,3}[ \t]*/[ \t]*\d{1,3}|第[ \t]*\d{1,3}[ \t]*页(?:[ \t]*[,，/]?[ \t]*共[ \t]*\d{1,3}[ \t]*页)?)"
PRINT_FOOTER = re.compile(rf"^(?:{_URL}[ \t\u3000]+{_COUNTER}|{_COUNTER}[ \t\u3000]+{_URL})$")
UNLABELLED = re.compile(r"^[^。，,；;:：]+$")


@lru_cache(maxsize=1)
def _page_words() -> re.Pattern:
    """The labels and tool words of a site's page (来源, 发布时间, 浏览次数 …): in no page's title."""
    words = data_file("page_words")
    return re.compile("|".join(map(re.escape, words["field_labels"] + words["chrome_words"])))


def _print_chrome(text: list[str]) -> set[int]:
    """The lines of a browser's print header and footer (see PRINT_HEADER): not text, like page numbers."""
    found: set[int] = set()
    own: Counter[str] | None = None
    for i, t in enumerate(text):
        if t[:1].isdigit() and (m := PRINT_HEADER.match(t)):
            title = m.group(1).strip()
            if not UNLABELLED.match(title) or _page_words().search(title):
                own = own if own is not None else Counter(text)
                if not own[title] and own[t] < 2:
                    continue  # a site's date line, unless it heads every page or names the text's title
            found.add(i)
        elif ("http" in t or "www." in t) and PRINT_FOOTER.match(t):
            found.add(i)
    return found


@lru_cache(maxsize=1)
def _app_lines() -> re.Pattern:
    """The lines of an app's furniture (page_words.yaml `app_furniture`), one pattern for the whole line."""
    return compile_safe("|".join(f"(?:{p})" for p in data_file("page_words")["app_furniture"]))


def _app_furniture(text: list[str]) -> set[int]:
    """The lines a copied app article brings with it (WeChat's 原创 mark, 点击上方蓝字关注我们, END, 阅读原文,
    the bottom bar): not text, like page numbers."""
    found: set[int] = set()
    for i, t in enumerate(text):
        if t and len(t) <= 60 and _app_lines().fullmatch(SPACING.sub(" ", nfkc(t))):
            found.add(i)
    return found


def _running_heads(text: list[str], page_numbers: set[int]) -> set[int]:
    """A PDF's running header or footer: the same line next to two or more page numbers (the title, the
    unit's name, or a heading, printed on each page). Only those copies go; the line where the text
    itself has it stays."""
    beside: dict[str, list[int]] = {}
    for n in page_numbers:
        for step in (-1, 1):
            # the nearest line with text, over the blank lines (and a form feed's) around the page number
            i = n + step
            while 0 <= i < len(text) and abs(i - n) <= RUNNING_GAP and not text[i]:
                i += step
            if 0 <= i < len(text) and text[i] and i not in page_numbers:
                beside.setdefault(text[i], []).append(i)
    return {i for at in beside.values() if len(set(at)) >= 2 for i in at}


RUNNING_GAP = 3  # blank lines a running header or footer may stand from the page number


def _spaced(t: str) -> bool:
    head = t[:400]
    if " " not in head and "\t" not in head and "\u3000" not in head:
        return False  # no gap at all (most lines): GAP's \S start tries every character
    return len(GAP.findall(t, 0, 400)) >= 2


def _heading_start(t: str) -> bool:
    if STRONG_HEADING.match(t) or WEAK_HEADING.match(t):
        return True
    # a heading justified with a space between every character ("（　一　）　加　强　领　导")
    head = t[:12]
    return (" " in head or "\u3000" in head) and bool(STRONG_HEADING.match(SPACING.sub("", head)))


def _heading_end(text: list[str], full: list[bool], indents: list[int], i: int) -> int | None:
    """For a numbered heading without sentence punctuation that fills the width: the line it ends on,
    or None when the ordinary rules decide (any other line, or a heading that runs on into its first
    sentence). It goes on over full lines to a short tail ("一、2025年法治政府建设的主要举措和成" /
    "效"); when the lines after it run far before a sentence end, they are a paragraph of their own."""
    if not full[i] or PUNCTUATED.search(text[i]):
        return None
    title = _title_end().search(text[i]) and not ANY_PUNCTUATION.search(text[i])
    if not (title or _heading_start(text[i])):
        return None
    j = i + 1
    limit = min(len(text), i + 6)  # a heading runs over a few lines at most
    while j < limit and text[j] and not indents[j] and full[j] and not PUNCTUATED.search(text[j]) \
            and not _heading_start(text[j]):
        j += 1
    if j < len(text) and text[j] and not indents[j] and not full[j] and not PUNCTUATED.search(text[j]) \
            and not _heading_start(text[j]):
        return j
    # A heading that carries its first sentence ("（一）深入学习贯彻习近平法治思想，始终保" / "持正确
    # 政治方向。省委…") reaches a sentence end soon; a heading over a paragraph does not.
    if title or (i + 1 < len(text) and _new_unit().match(text[i + 1])):
        return i  # a title over the text, or "一是…" under a heading
    length = len(text[i])
    for t in text[i + 1 : i + 6]:
        if not t or _heading_start(t):
            break
        m = PUNCTUATED.search(t)
        length += m.start() if m else len(t)
        if m or length > MAX_HEADING:
            break
    return None if length <= MAX_HEADING else i


def _continues(a: str, b: str, full: bool, b_long: bool) -> bool:
    """Does line `a` (full: it fills the width) go on in line `b` (b_long: half the width or more)?"""
    if full and a[-1].isdigit() and b[0].isdigit() and not _heading_start(b):
        return True  # the wrapping cut a number or a date ("发布日期:2018-04-0" / "3 16:13")
    # gaps make a line a page's header or navigation, unless it is prose that a line filling the
    # width runs on into (a text whose paragraphs were parted by spaces, hard-wrapped)
    if STRONG_HEADING.match(b) or FIELD.match(b) or (_spaced(b) and not (full and PROSE.search(b))):
        return False
    if FIELD.match(a) and not full:
        return False  # a page header's fields (…发布时间：2020-03-28　浏览次数：1,236) end with their line
    if FIELD_ROW.match(a):
        return False
    if _heading_start(a) and WEAK_HEADING.match(b) and not (a[-1].isdigit() and b[0].isdigit()):
        return False  # a heading over a sub-heading
    if SENTENCE_END.search(a):
        # a full line that happens to end a sentence: the paragraph goes on unless what follows
        # opens a unit of its own or is a short line on its own (特此报告。)
        return full and b_long and not _new_unit().match(b) and not WEAK_HEADING.match(b)
    if full:
        return True
    if WEAK_HEADING.match(b):
        return False
    # cut inside a clause, or a line of prose stopped mid-sentence over a line of prose; a heading that
    # has run on into its first sentences ("（一）…。一是…议题35个(其中" / "— 2 —" / "法典、…") is prose by then
    marker = STRONG_HEADING.match(a)  # ("一：" holds a colon of its own)
    return bool(OPEN_END.search(a)) or bool(
        MID_SENTENCE.search(a) and PROSE.search(a) and PROSE.search(b) and len(a) >= 10
        and (not (_heading_start(a) or _item_heading(a)) or PUNCTUATED.search(a, marker.end() if marker else 0))
    )


def _heading_over_paragraph(a: str, b: str, whole: bool) -> bool:
    """A line that opens a paragraph, as short as a heading and without a sentence's punctuation, over a
    line twice as long, or over any line where the writer's lines are whole paragraphs: an unnumbered heading
    over its paragraph ("深入推进依法行政,加快建设法治政府" / "习近平法治思想是…"), not the first line of a
    paragraph cut where the width ran out."""
    return len(a) <= MAX_BARE_HEADING and not PUNCTUATED.search(a) and not OPEN_END.search(a) \
        and (whole or len(b) >= max(2 * len(a), 60))


def _neighbours(text: list[str], page_numbers: set[int], i: int, j: int) -> bool:
    """Lines i and j are read as neighbours when nothing or only page furniture stands between them; a
    page number may have blank lines about it ("…《法治政" / "" / "— 1 —" / "" / "府建设…"), a blank line
    alone parts paragraphs."""
    gap = range(i + 1, j)
    return all(x in page_numbers for x in gap) or (
        any(x in page_numbers for x in gap) and all(x in page_numbers or not text[x] for x in gap))


def _cut_off(a: str) -> bool:
    """Where the writer's lines are whole paragraphs, a line of prose that stops mid-word
    (…,利用“3·15”消费者权益保护日 / …同时,对审批事项) was cut off, as a web page's excerpt ends: what
    follows is another paragraph, not the rest of its sentence. A line left open on a comma, a 、 or a
    bracket still goes on."""
    return bool(MID_SENTENCE.search(a)) and PROSE.search(a) is not None


def _paragraph_per_line(lines: list[str]) -> bool:
    """Do the lines of prose end their sentences (nine in ten of them; the last line, which an excerpt may cut,
    and the lines as short as a heading left out): a text with a paragraph a line, as a web page or a word
    processor gives it, where a line that stops mid-sentence is a heading?"""
    prose = [t for t in lines[:-1] if len(t) >= 20 and PROSE.search(t)
             and (len(t) > MAX_BARE_HEADING or PUNCTUATED.search(t))]
    # one line may stop short: an excerpt is cut off at its end, and a paragraph added after it leaves that
    # line inside the text
    return len(prose) >= 3 and sum(1 for t in prose if SENTENCE_END.search(t)) >= min(0.9 * len(prose), len(prose) - 1)


def _item_heading(t: str) -> bool:
    """An item's lead on a line of its own ("一是加强领导,履行推进法治建设第一责任人职责"), as long as a heading runs:
    a sub-heading written with 一是."""
    return len(t) <= MAX_HEADING and bool(ITEM_START.match(t))
