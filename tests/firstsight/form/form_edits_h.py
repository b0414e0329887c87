"""Form-only edits, eighth set (h), tuning part.  Written without reading fzscore's code, data or docs.

Same contract as form_edits.EDITS: each edit takes the full text and returns the edited text, or
None when it does not apply.  Every edit keeps every word of the report; only how it is written,
encoded or laid out changes, or page/document chrome is added around it.  None of these kinds is in
form_edits.py, form_edits_held.py, form_edits_g*.py or the form-only ops of substance/edit_lib_d.py.
Edits find what they change from the text's own structure, never from a named document or line.

Chrome kinds add lines (a browser's print header, a 红头, a 版记...).  Instead of exempting them from
the words check, every chrome line they add matches one of CHROME_LINES (the 红头's unit line:
_RED_HEAD), and words_kept() drops those lines from the edited text before comparing: so every kind
of the set is checked for words.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

from form_edits import _words, split_lines
from form_edits_g import CNN, WS, find_title, join, opencc

# ---------------------------------------------------------------- helpers
_UNIT = re.compile(r"^(?:中共)?([\u4e00-\u9fff]{1,30}?(?:人民政府|政府|办事处|委员会|局|厅|委|办公室|部|街道|镇|乡|县|区|市|省))(?=[ \u3000]*(?:关于|\d{4}年|20\d\d))")


def title_and_unit(lines: list[str]):
    """(index of the title line or None, the issuing body named at the title's start, as it would
    head its own documents (草滩街道 → 草滩街道办事处, 北京市 → 北京市人民政府), or None)."""
    ti = find_title(lines)
    if ti is None:
        return None, None
    m = _UNIT.match(lines[ti].strip(WS))
    if not m:
        return ti, None
    unit = m.group(1)
    if unit.endswith("街道"):
        unit += "办事处"
    elif unit.endswith(("镇", "乡", "县", "区", "市", "省")):
        unit += "人民政府"
    return ti, unit


def report_year(text: str) -> int:
    """The report's year as written in its first lines (the publishing year is the next one)."""
    m = re.search(r"(20\d\d)\s*年", "\n".join(text.splitlines()[:12]))
    return int(m.group(1)) if m else 2024


def insert_after_title(lines: list[str], block: list[str]) -> list[str]:
    ti = find_title(lines)
    at = ti + 1 if ti is not None else 0
    return lines[:at] + block + lines[at:]


# ---------------------------------------------------------------- numbering glyphs
PAREN_IDEO = {c: chr(0x3220 + i) for i, c in enumerate(CNN)}        # 一 → ㈠ … 十 → ㈩


def paren_ideograph_sub(text):
    """WPS/Word list style: line-start sub-heading numbers （一）/(一) written as one glyph ㈠ … ㈩
    (standalone and run-in sub-headings)."""
    lines, nl = split_lines(text)
    rx = re.compile(r"^([" + WS + r"]*)[（(]([" + CNN + r"])[）)]")
    n = 0
    for i, ln in enumerate(lines):
        m = rx.match(ln)
        if m:
            lines[i] = m.group(1) + PAREN_IDEO[m.group(2)] + ln[m.end():]
            n += 1
    return join(lines, nl) if n >= 2 else None


# ---------------------------------------------------------------- width and encoding
_FW = {chr(c): chr(c + 0xFEE0) for c in list(range(0x30, 0x3A)) + list(range(0x41, 0x5B)) + list(range(0x61, 0x7B))}
_FW["%"] = "％"


def fullwidth_alnum(text):
    """Typed with the input method in full-width mode: every ASCII digit, Latin letter and % in
    the text written full-width (２０２４年, ＰＰＰ, ９８％)."""
    out = text.translate(str.maketrans(_FW))
    return out if out != text else None


_KANGXI = {}
for _cp in list(range(0x2F00, 0x2FD6)):
    _t = unicodedata.normalize("NFKC", chr(_cp))
    if len(_t) == 1 and _t not in _KANGXI:
        _KANGXI[_t] = chr(_cp)


def kangxi_radicals(text):
    """PDF text extraction with a font whose ToUnicode map points at the Kangxi radicals: every
    character that has a radical twin (一 二 人 力 大 工 方 日 月 水 行 言…) comes out as the
    radical code point (⼀ U+2F00, ⼯ U+2F2F), the numbering figures 一 二 八 十 included."""
    out = text.translate(str.maketrans(_KANGXI))
    return out if out != text else None


ENTITIES = {"“": "&ldquo;", "”": "&rdquo;", "‘": "&lsquo;", "’": "&rsquo;", "—": "&mdash;",
            "…": "&hellip;", "·": "&middot;"}


def html_entities(text):
    """A CMS export that left HTML entities in the text: indents as &nbsp;, quotes, dashes, the
    ellipsis and the middle dot as named entities (&ldquo; &mdash; &middot;)."""
    lines, nl = split_lines(text)
    out = []
    for ln in lines:
        body = ln.lstrip(WS)
        ind = "&nbsp;" * 4 if body and len(body) < len(ln) else ""
        out.append(ind + "".join(ENTITIES.get(ch, ch) for ch in body))
    res = join(out, nl)
    return res if res != text else None


# ---------------------------------------------------------------- PDF / print layout
_NO_LINE_START = set("，。、；：！？”’）》〉」』】,.;:!?)%％")


def _chunks(body: str, first: int, width: int) -> list[str]:
    """Lines of at most `first` (then `width`) characters; a closing mark that would open a line
    stays at the end of the previous one (Chinese line-breaking rule, as Word and WPS set it)."""
    out, k, w = [], 0, first
    while k < len(body):
        end = k + w
        while end < len(body) and body[end] in _NO_LINE_START:
            end += 1
        out.append(body[k:end])
        k, w = end, width
    return out


def wrap28_all(text, width=28):
    """A 公文 PDF (GB/T 9704: 28 characters a line) turned into text: every line, the title and
    the headings included, broken every 28 characters (a closing mark kept on the line before);
    a paragraph's first line keeps its two-character indent (and so holds 26)."""
    lines, nl = split_lines(text)
    out, n = [], 0
    for ln in lines:
        body = ln.strip(WS)
        indented = bool(body) and len(body) < len(ln.rstrip(WS))
        first = width - 2 if indented else width
        chunks = _chunks(body, first, width)
        if len(chunks) <= 1:
            out.append(ln)
            continue
        out.append(("\u3000\u3000" if indented else "") + chunks[0])
        out.extend(chunks[1:])
        n += 1
    return join(out, nl) if n else None


PRINT_URL = "http://www.example.gov.cn/art/2025/3/28/art_1229_5871{p}.html"


def browser_print(text, page_chars=1300):
    """The web page printed to PDF by a browser and the PDF turned into text: each page opens with
    the print date/time and the page's title and ends with the URL and "n/m", the pages cut
    between lines roughly every 1,300 characters."""
    lines, nl = split_lines(text)
    ti = find_title(lines)
    title = lines[ti].strip(WS) if ti is not None else "政府信息公开"
    cuts, acc = [], 0
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    if not nonblank:
        return None
    for i, ln in enumerate(lines):
        acc += len(ln)
        if acc >= page_chars and ln.strip() and i != nonblank[-1]:
            cuts.append(i)
            acc = 0
    total = len(cuts) + 1
    head = f"2025/4/2 09:41\u3000{title}"
    foot = "{url}\u3000{p}/{t}"
    out, page = [head], 1
    for i, ln in enumerate(lines):
        out.append(ln)
        if i in cuts:
            out += [foot.format(url=PRINT_URL.format(p=""), p=page, t=total), head]
            page += 1
    out.append(foot.format(url=PRINT_URL.format(p=""), p=page, t=total))
    return join(out, nl)


# ---------------------------------------------------------------- page and document chrome
def source_meta_line(text):
    """A government site's article meta line right under the title (or on top when the page has no
    title line): source, publishing time and page views."""
    lines, nl = split_lines(text)
    meta = "信息来源：司法局\u3000\u3000发布时间：2025-03-28 10:12:45\u3000\u3000浏览次数：1,236"
    return join(insert_after_title(lines, [meta]), nl)


def red_header(text):
    """The 公文 red head above the title of a report sent up as a document: the unit's name + 文件,
    the document number and the 签发人 (an up-going document carries one); only when the title
    names the unit."""
    lines, nl = split_lines(text)
    ti, unit = title_and_unit(lines)
    if unit is None:
        return None
    y = report_year(text) + 1
    abbr = unit[0] + ("政" if "政府" in unit else "")
    block = [f"{unit}文件", "", f"{abbr}〔{y}〕12号\u3000\u3000\u3000\u3000签发人：李明", ""]
    return join(lines[:ti] + block + lines[ti:], nl)


# lines that the chrome kinds of the set add (whole line matched, after stripping spaces)
CHROME_LINES = [
    r"\d{4}/\d{1,2}/\d{1,2} \d{1,2}:\d{2}\u3000.*",                 # browser print header
    r"https?://\S+\u3000\d+/\d+",                                   # browser print footer
    r"信息来源：.*浏览次数：[\d,]+",                                   # article meta line
    r".{1,4}〔\d{4}〕\d+号\u3000+签发人：\S+",                        # 文号 + 签发人
    r"索引号：.*", r"发布机构：.*", r"文\u3000\u3000号：.*", r"名\u3000\u3000称：.*",   # 信息公开 index table
    r"上一篇：.*", r"下一篇：.*", r"扫一扫在手机打开当前页",               # article links
    r"抄送：.*", r".*\d{4}年\d{1,2}月\d{1,2}日印发",                    # 版记
]
_CHROME = re.compile("|".join(f"(?:{p})" for p in CHROME_LINES))
# the 红头's first line (unit + 文件) is only chrome right above the 文号 line: a hard-wrapped body
# line may end in 文件 too
_RED_HEAD = re.compile(r"^.{2,30}文件\n(?=\n.{1,4}〔\d{4}〕\d+号\u3000+签发人：)", re.M)

def _norm_h(t: str, edited: bool) -> str:
    if edited:
        t = _RED_HEAD.sub("", t.replace("\r\n", "\n"))
        t = "\n".join(ln for ln in t.split("\n") if not _CHROME.fullmatch(ln.strip(WS)))
    # a sentence's full stop written "." (held kind ascii_full_stop): "约12。" and "约12." read alike
    t = t.replace("。", ".")
    t = html.unescape(t)
    t = unicodedata.normalize("NFKC", t)
    # line breaks and spaces are form: a hard-wrapped or spaced-out text has the words of its original
    return re.sub(r"\s+", "", t)


def words_kept(original: str, edited: str) -> bool:
    """form_edits' words (CJK + alphanumerics, numbering tokens dropped) after this set's
    normalisations: chrome lines dropped (edited side), 。 read as ".", entities unescaped,
    NFKC (full width, Kangxi radicals, ㈠), whitespace and line breaks removed."""
    return _words(_norm_h(original, False), False) == _words(_norm_h(edited, True), True)


# markup a form edit of this set may add and that must not reach a reported heading
EXTRA_LEAK = (r"&[a-zA-Z]+;|&#\d+;|https?://|\d+/\d+\s*$|签发人|浏览次数|信息来源|上一篇|下一篇|扫一扫"
              r"|抄送|印发|索引号|发布机构|〔\d{4}〕")

_LEAD_ENUM = re.compile(r"^(?:第[" + CNN + r"]+[章部分]+|[" + CNN + r"]{1,3}[、.．是]|[（(]?[" + CNN + r"\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))")


def heading_norm(h: str | None) -> str:
    """A reported heading compared across an edit: entities, width, radicals, script, spaces and
    the enumerator ignored."""
    t = html.unescape(h or "")
    t = unicodedata.normalize("NFKC", t)
    conv = opencc("t2s")
    t = conv(t) if conv else t
    t = re.sub(r"\s", "", t)
    t = _LEAD_ENUM.sub("", t)
    return "".join(ch for ch in t if ch.isalnum())


EDITS: dict[str, Callable[[str], str | None]] = {
    "paren_ideograph_sub": paren_ideograph_sub,
    "fullwidth_alnum": fullwidth_alnum,
    "kangxi_radicals": kangxi_radicals,
    "html_entities": html_entities,
    "wrap28_all": wrap28_all,
    "browser_print": browser_print,
    "source_meta_line": source_meta_line,
    "red_header": red_header,
}

# every kind's words are checked (chrome lines are dropped by words_kept instead)
WORDS_EXEMPT: set[str] = set()
