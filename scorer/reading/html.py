"""Saved web pages (.html/.htm) → text lines, with the standard library's HTML parser.

Decoding: byte-order mark, then the page's own declaration (<meta charset>, <meta http-equiv
content="…charset=…">, <?xml encoding>), then strict UTF-8, then GB18030 (GB2312 and GBK pages are
read as GB18030, their superset).

Text: every visible block in document order, one line a block (<p>, <div>, <h1>, <li>, <tr>, <br> …),
table cells of one row separated by tabs. Left out: <script>, <style>, <head> (but its date metadata
is read), <template>, <noscript>, <select>, <nav>, <aside>, page-level <header>/<footer>, elements
hidden with `hidden`, `display:none` or `visibility:hidden`, and lines that are nothing but links
(menus, "related documents" lists — whose titles would otherwise pass for the report's title).
Everything else — the title, the 发布日期/来源 line, the signature — is kept: the structure stage
knows page chrome from the report, and docs/formats.md shows this scores better than trafilatura
or readability-lxml, which drop the title, date and short lines.

The page's publish date (a 发布日期/发布时间 label in the text, else <meta name="PubDate"> and the
like) goes to hints["publish_date"].
"""
from __future__ import annotations

import codecs
import re
from html import unescape
from html.parser import HTMLParser

from scorer.reading.extracted import Extracted, levels_by_emphasis
from scorer.text.errors import InputError
from scorer.text.numerals import chinese_count

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_\-.]+)["']""", re.I)
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "hz-gb-2312", "x-euc-cn", "csgb2312", "chinese"}
_LATIN1 = {"iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii"}

BLOCK = {
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "html", "legend",
    "li", "main", "menu", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    "header", "footer", "nav", "aside", "title", "option",
}
CELL = {"td", "th"}
SKIP = {"script", "style", "template", "noscript", "select", "textarea", "iframe", "object", "math", "head",
        "button", "datalist", "canvas", "map", "video", "audio"}
# an SVG drawing shows the text of its <text> elements (a banner that sets a heading as a drawing: "<svg><rect…/><text>
# 一、主要举措和成效</text></svg>"), each a line; nothing else in it is text on the page (a tooltip's <title>, <defs> …)
SVG_SHOWN = {"svg", "text", "tspan", "g", "a", "switch"}
CHROME = {"nav", "aside"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# an image's alt text that is a document's title ("…2024年度法治政府建设情况的报告"), not a logo's name
TITLE_IMAGE = re.compile(r"^[^<>]{6,80}(?:报告|总结)$")
# or a numbered heading's ("一、主要举措和成效", "（二）规范执法"): a special-topic page sets its headings as banners
HEADING_IMAGE = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}部分)[^<>。]{2,60}$")
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "command", "basefont", "frame", "isindex"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_WS = re.compile(r"[ \t\n\r\f\v\u00a0]+")
# A line whose text outside links is only a date, a count or separators is a list of links.
_LINK_LINE_REST = re.compile(r"^[\s\d\-/.:：年月日()（）\[\]【】|｜·•>»,，、]*$")
_BOX_TITLE = re.compile(r"tit|(?:^|[-_ ])(?:hd|head|bt|lm)(?:$|[-_ ])", re.I)
_CSS_BRACE = re.compile(r"([{}])")
_TAG_OPEN = re.compile(r"<[A-Za-z/!?]")
_SIMPLE_SELECTOR = re.compile(r"^(?:[a-z0-9]*)([.#])([\w-]+)$", re.I)

_PUB_LABEL = re.compile(
    r"(?:发布日期|发布时间|发文日期|发稿时间|发布于|公开日期|发表时间)\s*[:：]?\s*"
    r"(?P<y>\d{4})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})"
)
_META_DATE_NAMES = ("pubdate", "publishdate", "publish_date", "article:published_time", "og:published_time",
                    "dc.date.issued", "dcterms.issued", "firstpublishedtime", "datepublished", "dc.date")
_ISO = re.compile(r"(?P<y>\d{4})\s*(?:[-/.]|年)\s*(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})")


# Characters of markup parsed: a saved government page is 0.1-1 MB; parsing 45 MB took minutes.
MAX_PAGE_CHARS = 10_000_000


def read_html(path: str, data: bytes, sha256: str) -> Extracted:
    text, encoding, warnings = _decode(path, data)
    if "<" not in text[:200000]:
        raise InputError(path, "不是有效的网页文件")
    if len(text) > MAX_PAGE_CHARS:
        raise InputError(path, f"网页文件过大（{len(text) / 1e6:.0f} 百万字符，上限 {MAX_PAGE_CHARS // 1000000} 百万），不像一份年度报告的网页，已拒绝读取")
    lines, meta, levels, emphases = extract_page(text)
    kept = [(ln, lv, em) for ln, lv, em in zip(lines, levels, emphases) if ln.strip()]
    lines = [ln for ln, _, _ in kept]
    if not lines:
        raise InputError(path, "网页中没有正文文字（可能需要脚本才能显示内容），请从浏览器复制正文另存为 .txt 后再评分")
    hints: dict = {}
    # the page's own heading levels (<h2>, <h3>): what marks a heading that carries no number; then, below
    # them, lines set off from the body's text by emphasis alone (<b>, a class or a style: bold, a font, a colour)
    headings = {i + 1: lv for i, (_, lv, _) in enumerate(kept) if lv}
    by_emphasis: dict[tuple | None, int] = {}
    for ln, _, em in kept:
        by_emphasis[em] = by_emphasis.get(em, 0) + len(ln)
    body = max(by_emphasis, key=lambda em: by_emphasis[em])
    headings |= levels_by_emphasis({i + 1: (em, len(ln)) for i, (ln, lv, em) in enumerate(kept)
                                    if em and em != body and not lv}, max(headings.values(), default=0),
                                   sum(by_emphasis.values()))
    if headings:
        hints["heading_levels"] = headings
    date = publish_date(lines, meta)
    if date:
        hints["publish_date"] = date
    return Extracted(path, "html", encoding, sha256, len(data), lines, warnings=warnings, hints=hints)


def read_mhtml(path: str, data: bytes, sha256: str) -> Extracted:
    """A page a browser saved as one file (.mht/.mhtml): the MIME message's first HTML part, decoded by its
    transfer encoding (quoted-printable, base64) and read as the page; the card keeps the file's hash."""
    import email
    from email import policy

    try:
        message = email.message_from_bytes(data, policy=policy.compat32)
        part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
        payload = part.get_payload(decode=True) if part is not None else None
        if part is None:
            # a mail saved as one file with its text only (text/plain): that text is the report
            plain = next((p for p in message.walk() if p.get_content_type() == "text/plain"), None)
            text = plain.get_payload(decode=True) if plain is not None else None
            if isinstance(text, bytes) and text.strip():
                return _mail_text(path, plain, text, data, sha256)
    except InputError:
        raise
    except Exception:  # the stdlib's parser is lenient; whatever it cannot take is no page
        payload = None
    page = payload if isinstance(payload, bytes) else b""
    if not page:
        raise InputError(path, "单文件网页（.mht）中没有网页正文，无法读取")
    charset = part.get_content_charset() if part is not None else None
    if charset:
        try:  # the part's declared charset first: the page's own <meta> may be missing or wrong
            page = codecs.BOM_UTF8 + page.decode(charset).encode("utf-8")
        except (LookupError, UnicodeDecodeError):
            pass
    extracted = read_html(path, page, sha256)
    extracted.size = len(data)
    return extracted


def _mail_text(path: str, part, text: bytes, data: bytes, sha256: str) -> Extracted:
    """A mail's plain text part read as a text file: decoded by its charset, its flowed lines (format=flowed: a
    line ending in a space goes on in the next) joined."""
    from scorer.reading.text import decode_text

    charset = part.get_content_charset()
    try:
        body, encoding = (text.decode(charset), charset) if charset else decode_text(path, text)
    except (LookupError, UnicodeDecodeError):
        body, encoding = decode_text(path, text)
    if (part.get_param("format") or "").lower() == "flowed":
        cut = (part.get_param("delsp") or "").lower() == "yes"
        body = re.sub(r" \r?\n", "" if cut else " ", body)
    lines = [ln for ln in body.splitlines() if ln.strip()]
    if not lines:
        raise InputError(path, "单文件网页（.mht）中没有网页正文，无法读取")
    return Extracted(path, "html", encoding, sha256, len(data), lines)


# --------------------------------------------------------------------------- decoding


def _declared(data: bytes) -> str | None:
    """The encoding the page declares, as Python names it; None when it declares none, or one
    that is not a web page's text encoding (idna, undefined, base64, utf-7…: decoding with those
    fails in ways of their own, or reads markup as something else)."""
    head = data[:8192]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "ignore").strip().lower()
    if name in _GB_FAMILY:
        return name
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return codec if codec in _WEB_CODECS else None


# The encodings a browser reads (the WHATWG Encoding Standard's list), by Python's codec names.
_WEB_CODECS = {codecs.lookup(n).name for n in (
    "utf-8", "utf-16-le", "utf-16-be", "utf-16", "ibm866", "iso-8859-2", "iso-8859-3", "iso-8859-4", "iso-8859-5",
    "iso-8859-6", "iso-8859-7", "iso-8859-8", "iso-8859-10", "iso-8859-13", "iso-8859-14", "iso-8859-15",
    "iso-8859-16", "koi8-r", "koi8-u", "mac-roman", "cp874", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254",
    "cp1255", "cp1256", "cp1257", "cp1258", "mac-cyrillic", "gbk", "gb18030", "big5", "big5hkscs", "euc-jp",
    "iso-2022-jp", "shift_jis", "euc-kr", "latin-1", "ascii")}


def _decode(path: str, data: bytes) -> tuple[str, str, list[str]]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name, []
            except UnicodeDecodeError:
                raise InputError(path, f"网页以 {name} 字节序标记开头，但内容无法按 {name} 解码") from None
    declared = _declared(data)
    tried = []
    if declared:
        codec = "gb18030" if declared in _GB_FAMILY else declared
        if codec in _LATIN1 and _strict(data, "utf-8") is None and _strict(data, "gb18030") is not None:
            pass  # a page that says Latin-1 but carries Chinese bytes: fall through to UTF-8 / GB18030
        else:
            text = _strict(data, codec)
            if text is not None:
                return text, declared, []
            tried.append(declared)
    for codec in ("utf-8", "gb18030"):
        text = _strict(data, codec)
        if text is not None:
            warn = [f"网页声明的编码 {declared} 与内容不符，已按 {codec} 读取"] if declared and codec != declared else []
            return text, codec, warn
    # Mostly one encoding with a few broken bytes (truncated downloads): replace them, say so.
    codec = "gb18030" if declared in _GB_FAMILY else (declared or "utf-8")
    try:
        text = data.decode(codec, errors="replace")
    except (UnicodeError, LookupError):
        codec, text = "utf-8", data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    if bad > max(20, len(text) // 100):
        raise InputError(path, "无法识别网页编码（试过页面声明的编码、UTF-8、GB18030）")
    return text, codec, [f"网页中有 {bad} 个字节无法按 {codec} 解码，已替换为 �"]


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeError, LookupError):
        return None


# --------------------------------------------------------------------------- text


_TYPED_NUMBER = re.compile(r"[\d一二三四五六七八九十]+\s*[、.．,，:：]|[（(〔【第]")
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.I)
_CJK_STYLES = {"cjk-ideographic", "simp-chinese-informal", "trad-chinese-informal", "simp-chinese-formal",
               "trad-chinese-formal", "cjk-decimal"}


def _list_style(tag: str, a: dict) -> str | None:
    """How a browser numbers the items of a list: "decimal" (1.), "cjk" (一、) or None (bullets, letters,
    none drawn)."""
    m = _LIST_STYLE.search(a.get("style", ""))
    if m:
        return _numbers_of(m.group(1))
    if tag == "ul":
        return None
    return "decimal" if a.get("type", "1") == "1" else None


def _numbers_of(style: str) -> str | None:
    """A CSS list style as the numbers it draws: "cjk" (simp-chinese-informal …), "decimal" (decimal, cjk-decimal) or
    None (bullets, letters, none)."""
    style = style.lower()
    if style in ("decimal", "cjk-decimal"):
        return "decimal"
    return "cjk" if style in _CJK_STYLES else None


_LIST_CLASS = re.compile(r"ol\.([\w-]+)")
_COUNTER = re.compile(r"""content\s*:\s*((?:"[^"]{0,8}"\s*)?)counter\(\s*[\w-]+\s*(?:,\s*([\w-]+)\s*)?\)\s*((?:"[^"]{0,8}")?)""")


def _drawn_numbers(declarations: str) -> tuple[str | None, str, str] | None:
    """How a stylesheet rule on a list (ol.parts, ol.parts>li::marker, ol.subs>li>p::before) draws its numbers:
    (style, text before, text after) for a counter in `content` ("（" counter(sub, simp-chinese-informal) "）"),
    (None, "", "") for `list-style: none`, the style alone for `list-style-type`; None when it says nothing of it."""
    m = _COUNTER.search(declarations)
    if m:
        return _numbers_of(m.group(2) or "decimal"), m.group(1).strip().strip('"'), m.group(3).strip('"') or ("" if m.group(1) else ".")
    m = _LIST_STYLE.search(declarations)
    return (_numbers_of(m.group(1)), "", "") if m else None


_DECLARATION = re.compile(r"(font-weight|font-family|font-size|font-style|color|text-decoration(?:-line)?|background(?:-color)?)\s*:\s*([^;]{1,60})", re.I)
_BOLD_WEIGHT = re.compile(r"bold|bolder|[6-9]00")
TAG_MARKS = {"b": (("b", True),), "strong": (("b", True),), "u": (("u", True),), "i": (("i", True),),
             "em": (("i", True),)}


def _style_marks(declarations: str) -> tuple:
    """What a style sets off text by (bold, a font, a size, italic, a colour, underline, a background), as
    (property, value) pairs."""
    out: list[tuple[str, object]] = []
    for m in _DECLARATION.finditer(declarations):
        name, value = m.group(1).lower(), m.group(2).strip().lower().replace(" ", "")
        if name == "font-weight":
            out.append(("b", bool(_BOLD_WEIGHT.fullmatch(value))))
        elif name == "font-family":
            out.append(("font", value.split(",")[0].strip("'\"")))
        elif name == "font-style":
            out.append(("i", value in ("italic", "oblique")))
        elif name.startswith("text-decoration"):
            out.append(("u", "underline" in value))
        elif name.startswith("background"):
            out.append(("bg", value))
        else:
            out.append(("size" if name == "font-size" else "color", value))
    return tuple(out)


def _merged(stack: list[tuple]) -> tuple:
    """The emphasis of text inside every element of the stack: an inner element's setting wins."""
    out: dict = {}
    for marks in stack:
        for k, v in marks:
            out[k] = v
    return tuple(sorted((k, v) for k, v in out.items() if v not in (False, "normal", "none", "inherit")))


def _font_marks(a: dict) -> tuple:
    """<font face=黑体 size=4 color=red>"""
    return tuple((k, a[attr].strip().lower()) for attr, k in (("face", "font"), ("size", "size"), ("color", "color"))
                 if a.get(attr))


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None and len(value) < 6 else default
    except ValueError:
        return default


class _Extractor(HTMLParser):
    def __init__(self, drop_link_lines: bool):
        super().__init__(convert_charrefs=True)
        self.drop_link_lines = drop_link_lines
        self.lines: list[str] = []
        self.meta: dict[str, str] = {}
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, hides its content, is a box title)
        self.open: dict[str, int] = {}  # tag -> how many are on the stack (a stray end tag is told in O(1))
        self.hidden = 0
        self.cur: list[str] = []
        self.link_chars = 0
        self.text_chars = 0
        self.in_link = 0
        self.pre = 0
        self.rest: list[str] = []  # text outside links on the current line
        self.cur_box = False  # the current line is in a box title (h2–h6, class "title"…)
        self.last_box = False
        self.box_depth = 0
        self.article = 0
        self.hidden_classes: set[str] = set()
        self.list_classes: dict[str, tuple[str | None, str, str]] = {}  # <ol class>: its numbers as the stylesheet draws them
        self.hidden_ids: set[str] = set()
        self.lists: list[list] = []  # open <ol>/<ul>: [how the browser draws its numbers (None: none), next number]
        self.marker = ""  # a list item's number, waiting for the item's first line
        self.class_marks: dict[str, tuple] = {}  # class → what the page's stylesheet sets its text off by
        self.marks: list[tuple] = []  # for each open element, what it sets its text off by (bold, a font …)
        self.emphasis: tuple = ()  # what the text being read is set off by, all open elements together
        self.line_marks: set[tuple] = set()  # the emphases of the current line's text
        self.emphases: list[tuple | None] = []  # for each line, the emphasis all its text is set in (None: mixed)
        self.heads: list[int] = []  # for each line, the level of the <h1>–<h6> it stands in (0: none)
        self.h_levels: list[int] = []  # the open <h1>–<h6>, innermost last
        self.cur_h = 0

    # the line being built ---------------------------------------------------

    def flush(self) -> None:
        text = "".join(self.cur)
        if not self.pre:
            text = _WS.sub(" ", text)
        text = text.strip()
        links, total, rest = self.link_chars, self.text_chars, "".join(self.rest)
        self.cur, self.link_chars, self.text_chars, self.rest = [], 0, 0, []
        marks, self.line_marks = self.line_marks, set()
        if not text:
            return
        if self.marker:  # not before a number typed in the item (a browser draws both; the typed one is the report's)
            text, self.marker = (text if _TYPED_NUMBER.match(text) else self.marker + text), ""
        boxed, self.cur_box = self.cur_box, False
        if self.drop_link_lines and links and (links >= 0.9 * total or _LINK_LINE_REST.match(rest)):
            # a menu item, or a list of links to other pages (with their dates); the box's own
            # title ("相关文件", "热点推荐") goes with it
            if self.last_box and self.lines and len(self.lines[-1]) <= 8:
                self.lines.pop()
                self.heads.pop()
                self.emphases.pop()
            self.last_box = False
            self.cur_h = 0
            return
        self.lines.append(text)
        self.heads.append(self.cur_h)
        self.emphases.append(marks.pop() if len(marks) == 1 else None)
        self.cur_h = 0
        self.last_box = boxed and not re.search(r"[\d。，,；;：:]", text)

    def add(self, text: str) -> None:
        if self.hidden:
            return
        self.cur.append(text)
        if text.strip():
            self.line_marks.add(self.emphasis)
        if self.box_depth and text.strip():
            self.cur_box = True
        if self.h_levels and text.strip():
            self.cur_h = self.h_levels[-1]
        n = len("".join(text.split()))
        self.text_chars += n
        if self.in_link:
            self.link_chars += n
        else:
            self.rest.append(text)

    # parser events ----------------------------------------------------------

    def handle_starttag(self, tag: str, attrs) -> None:
        tag = tag.lower()
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            name = (a.get("name") or a.get("property") or a.get("itemprop") or a.get("http-equiv") or "").strip().lower()
            if name and "content" in a:
                self.meta.setdefault(name, a["content"])
            return
        if tag in VOID:
            if tag == "br" and self.h_levels:
                pass  # a heading broken by <br> to balance its lines (<h2>一、…推进法治<br>政府建设…</h2>) is one heading
            elif tag in ("br", "hr") and not self.hidden:
                self.flush()
            elif tag == "img" and not self.hidden and (TITLE_IMAGE.search(alt := a.get("alt", "").strip())
                                                       or HEADING_IMAGE.search(alt)):
                # alt text of logos is chrome; a title or a heading set as an image (a banner) is that text
                self.flush()
                self.add(alt)
                self.flush()
            return
        # a read-only text box is how some 信息公开 systems show a stored plain text: the page's text,
        # lines as stored (an editable one is a form's input)
        shown_box = tag == "textarea" and ("readonly" in a or "disabled" in a)
        in_svg = bool(self.open.get("svg"))
        hides = (
            (tag in SKIP and not shown_box)
            or (in_svg and tag not in SVG_SHOWN)
            or (tag in CHROME)
            or (tag in ("header", "footer") and not self.article)
            or "hidden" in a
            or a.get("aria-hidden", "").lower() == "true"
            or bool(_HIDDEN_STYLE.search(a.get("style", "")))
            or (a.get("id") in self.hidden_ids)
            or any(c in self.hidden_classes for c in a.get("class", "").split())
        )
        if (tag in BLOCK or shown_box or tag == "svg" or (in_svg and tag == "text")) and not self.hidden:
            self.flush()
        elif tag in CELL and not self.hidden:
            if self.cur and "".join(self.cur).strip():
                self.cur.append("\t")
                self.rest.append("\t")
        box = tag in ("h2", "h3", "h4", "h5", "h6") or bool(_BOX_TITLE.search(a.get("class", "") + " " + a.get("id", "")))
        self.stack.append((tag, hides, box))
        marks = TAG_MARKS.get(tag, ()) + (_font_marks(a) if tag == "font" else ()) + tuple(
            m for c in a.get("class", "").split() for m in self.class_marks.get(c, ())) + (
            _style_marks(a["style"]) if a.get("style") else ())
        self.marks.append(marks)
        if marks:
            self.emphasis = _merged(self.marks)
        self.open[tag] = self.open.get(tag, 0) + 1
        if hides:
            self.hidden += 1
        if box:
            self.box_depth += 1
        if tag in ("ol", "ul"):
            drawn = next((self.list_classes[c] for c in a.get("class", "").split() if c in self.list_classes), None)
            style, before, after = drawn or (_list_style(tag, a), "", "")
            self.lists.append([style, _int(a.get("start"), 1), before, after])
        elif tag == "li" and self.lists and not self.hidden:
            self._list_number(a)
        if tag == "a" and a.get("href") is not None:
            self.in_link += 1
        if tag == "pre" or shown_box:
            self.pre += 1
        if tag in HEADINGS:
            self.h_levels.append(int(tag[1]))
        if tag in ("article", "main"):
            self.article += 1

    def handle_startendtag(self, tag, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag.lower() not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in VOID:
            if tag == "br" and not self.hidden:
                self.flush()  # </br> is read as <br> by browsers
            return
        if not self.open.get(tag):
            if tag in BLOCK and not self.hidden:
                self.flush()
            return  # a stray end tag
        while self.stack:
            t, hides, box = self.stack.pop()
            if self.marks and self.marks.pop():
                self.emphasis = _merged(self.marks)
            self.open[t] -= 1
            if hides:
                self.hidden -= 1
            if box:
                self.box_depth -= 1
            if t == "a" and self.in_link:
                self.in_link -= 1
            if (t == "pre" or (t == "textarea" and not hides)) and self.pre:
                self.pre -= 1
            if t in HEADINGS and self.h_levels:
                self.h_levels.pop()
            if t in ("article", "main") and self.article:
                self.article -= 1
            if t in ("ol", "ul") and self.lists:
                self.lists.pop()
                self.marker = ""
            if (t in BLOCK or t in ("textarea", "svg") or (t == "text" and self.open.get("svg"))) and not self.hidden:
                self.flush()
            if t == tag:
                break

    def _list_number(self, a: dict) -> None:
        """The number a browser draws before a list item (<ol start="2" style="list-style-type:
        cjk-ideographic"><li>… reads "二、…"): a heading numbered by the page's list is numbered in the text."""
        style, number, before, after = self.lists[-1]
        number = _int(a.get("value"), number)
        self.lists[-1][1] = number + 1
        # drawn before the item's first line of text (its <p> opens a line of its own)
        if before or after:  # the stylesheet's own marker: "（" counter(sub, simp-chinese-informal) "）"
            shown = str(number) if style == "decimal" else chinese_count(number) if style == "cjk" and number > 0 else ""
            self.marker = before + shown + after if shown else ""
        else:
            self.marker = f"{number}." if style == "decimal" else chinese_count(number) + "、" if style == "cjk" and number > 0 else ""

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1][0] == "style":
            self._css(data)
            return
        if self.pre and not self.hidden:
            parts = data.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.flush()
                self.add(part)
            return
        self.add(data)

    def _css(self, css: str) -> None:
        """Classes and ids that the page's own stylesheet hides (simple selectors, outside @media).
        Read by walking the braces once (regexes over an unterminated stylesheet were quadratic)."""
        depth, selectors = 0, ""
        tokens = _CSS_BRACE.split(css)
        for i, tok in enumerate(tokens):
            if tok == "{":
                depth += 1
            elif tok == "}":
                depth = max(0, depth - 1)
            elif depth == 0:
                selectors = tok
            elif depth == 1 and i + 1 < len(tokens) and tokens[i + 1] == "}" and tokens[i - 1] == "{" \
                    and not selectors.lstrip().startswith("@"):
                if _HIDDEN_STYLE.search(tok):
                    for sel in selectors.split(","):
                        m = _SIMPLE_SELECTOR.match(sel.strip())
                        if m:
                            (self.hidden_classes if m.group(1) == "." else self.hidden_ids).add(m.group(2))
                if "." in selectors and (marks := _style_marks(tok)):
                    for sel in selectors.split(","):
                        m = _SIMPLE_SELECTOR.match(sel.strip())
                        if m and m.group(1) == ".":
                            self.class_marks[m.group(2)] = self.class_marks.get(m.group(2), ()) + marks
                if "ol." in selectors and (drawn := _drawn_numbers(tok)) is not None:
                    for sel in selectors.split(","):
                        m = _LIST_CLASS.match(sel.strip())
                        if m and (drawn[1] or drawn[2] or m.group(1) not in self.list_classes):
                            self.list_classes[m.group(1)] = drawn

    def close(self) -> None:
        super().close()
        self.flush()


def _defuse(text: str) -> str:
    """The page as a browser reads its unfinished markup, which html.parser reads in quadratic time
    (it rescans the rest of the page from each): a comment that never ends, or a tag that never
    closes, runs to the end of the page and hides it; a marked section that never ends ("<![")
    is a bogus comment up to the next ">"."""
    last = text.rfind("-->")
    start = text.find("<!--", last + 3 if last >= 0 else 0)
    if start >= 0:
        text = text[:start]
    last = text.rfind("]]>")
    start = text.find("<![", last + 3 if last >= 0 else 0)
    if start >= 0:
        text = text[:start] + text[start:].replace("<![", "<!")
    m = _TAG_OPEN.search(text, text.rfind(">") + 1)
    if m:
        text = text[:m.start()]
    return text


# a tag that lays text out in lines or blocks (a page without any is text whose line breaks are its own)
LAID_OUT = re.compile(r"<(?:p|div|br|li|tr|td|h[1-6]|table|pre|section|article|blockquote|span|font|a)[\s/>]", re.I)


# (the attributes around srcdoc bounded, and a page with more frames than a report's is left as it is: a page of
# unclosed "<iframe srcdoc" tags is not read again from each)
SRCDOC_FRAME = re.compile(r"""<iframe\b[^>]{0,500}?\bsrcdoc\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]{0,200}>""", re.I)
MAX_FRAMES = 8


def _framed_inline(text: str) -> str:
    """A page whose text stands in an <iframe srcdoc="…"> (the framed page written into the attribute): the
    framed page's markup in the frame's place, read as the page's own."""
    return SRCDOC_FRAME.sub(lambda m: "<div>" + unescape(m.group(1) or m.group(2) or "") + "</div>", text)


def extract_lines(text: str, drop_link_lines: bool = True) -> tuple[list[str], dict[str, str]]:
    """(visible text lines in document order, <meta> name → content)"""
    lines, meta, _, _ = extract_page(text, drop_link_lines)
    return lines, meta


def extract_page(text: str, drop_link_lines: bool = True) -> tuple[list[str], dict[str, str], list[int], list]:
    """(visible text lines in document order, <meta> name → content, for each line the level of the
    <h1>–<h6> it stands in, 0 for none, and the emphasis all its text is set in, None when mixed)"""
    if "srcdoc" in text and text.count("srcdoc") <= MAX_FRAMES:
        text = _framed_inline(text)
    parser = _Extractor(drop_link_lines)
    if not LAID_OUT.search(text):
        # plain text in an HTML shell (a clipboard tool's <html><body><!--StartFragment-->…): its line breaks
        # are its lines, as in <pre>
        parser.pre = 1
    if "<" in text:
        text = _defuse(text)
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some malformed markup
        parser.flush()
    return parser.lines, parser.meta, parser.heads, parser.emphases


# --------------------------------------------------------------------------- publish date


def publish_date(lines: list[str], meta: dict[str, str]) -> str | None:
    for ln in lines[:80]:
        m = _PUB_LABEL.search(ln)
        if m:
            d = _valid(m)
            if d:
                return d
    for name in _META_DATE_NAMES:
        value = meta.get(name)
        if value:
            m = _ISO.search(value)
            if m:
                d = _valid(m)
                if d:
                    return d
    return None


def _valid(m: re.Match) -> str | None:
    import datetime

    try:
        d = datetime.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    if not 1990 <= d.year <= 2100:
        return None
    return d.isoformat()
