"""PDF with a text layer → text lines, with PDFium (pypdfium2: Apache-2.0/BSD-3-Clause).

docs/formats.md has the measurements behind the choice (pypdf, pdfplumber, pypdfium2, PyMuPDF).
Each character comes with its box, so the lines are built here from geometry: characters on one
baseline, left to right; lines top to bottom. Then:

1. running headers and footers go: page numbers ("- 3 -", "第 3 页 共 9 页", "3/9") at the top or bottom
   of a page, and short lines repeated at the top or bottom of most pages;
2. lines that the layout broke inside a paragraph are joined: a line that reaches the right margin,
   does not end a sentence, and is followed by a line that is neither indented nor a heading;
   a centred title wrapped onto two lines is joined too;
3. the text is checked: characters without a Unicode mapping, private-use characters, U+FFFD,
   too few characters a page → `unreliable` (every check then says needs_review).

A PDF without any text is refused with InputError (a scan needs OCR first; no OCR is done here).
"""
from __future__ import annotations

import itertools
import math
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from scorer.reading.extracted import HEADING_SIZE, Extracted, levels_by_emphasis, levels_by_size
from scorer.text.errors import InputError

UNRELIABLE = "扫描件或文字无法可靠提取，需要人工审核"
# Pages read: a report has 5-50; a thousand pages of text took minutes.
MAX_PAGES = 1000

# A real report page holds 500–1,000 characters; fewer than this on average is a scan or a broken font.
MIN_CHARS_PER_PAGE = 80
# Share of characters that no report has (no Unicode mapping, private use, U+FFFD, controls).
MAX_NOISE = 0.02
# A Chinese report whose text is mostly not Chinese was read through a wrong glyph map.
MIN_CJK_SHARE = 0.3
# The most frequent Chinese characters cover about half of any running text; glyphs mapped to
# wrong code points scatter over the whole repertoire.
COMMON_CJK = set(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产"
    "种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从"
    "业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又"
    "么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位"
    "入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放"
    "决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受"
    "联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离"
    "华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复"
    "容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值"
    "号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参"
    "红细引听该铁价严龙飞镇街乡依职责推举措成效执审案宣普督考核善"
)


@dataclass(slots=True)
class Line:
    page: int
    text: str
    x0: float
    x1: float
    top: float  # PDF coordinates: y grows upwards
    bottom: float
    size: float  # font size, pt
    chars: int = 0
    style: tuple | None = None  # (font, bold, colour) its text is set in, when one; None when mixed or not read

    @property
    def mid(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Page:
    no: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    chars: int = 0
    noise: int = 0
    unmapped: int = 0
    objects: int = -1  # what is drawn on it (0: a blank page, e.g. the last page of a Word export); -1 unknown


def read_pdf(path: str, data: bytes, sha256: str) -> Extracted:
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise InputError(path, "读取 PDF 需要 pypdfium2：请运行 pip install pypdfium2 后再评分") from None
    pages = _pages(path, data, pdfium)
    total = sum(p.chars for p in pages)
    if total == 0:
        raise InputError(path, "PDF 没有文字层（可能是扫描件），无法读取文字，需要人工审核（可先做文字识别 OCR 后再评分）")
    warnings: list[str] = []
    unreliable = _quality(pages, warnings)
    _drop_running_lines(pages)
    lines, sizes, styles = _join(pages)
    kept = [(ln.strip(), size, style) for ln, size, style in zip(lines, sizes, styles) if ln.strip()]
    text_lines = [ln for ln, _, _ in kept]
    if not text_lines:
        raise InputError(path, "PDF 没有文字层（可能是扫描件），无法读取文字，需要人工审核（可先做文字识别 OCR 后再评分）")
    levels = levels_by_size({n + 1: size for n, (_, size, _) in enumerate(kept) if size})
    levels |= levels_by_emphasis({n + 1: (style, len(ln)) for n, (ln, size, style) in enumerate(kept)
                                  if style is not None and n + 1 not in levels}, max(levels.values(), default=0),
                                 sum(len(ln) for ln, _, _ in kept))
    return Extracted(path, "pdf", None, sha256, len(data), text_lines, warnings=warnings, unreliable=unreliable,
                     hints={"heading_levels": levels} if levels else {})


# --------------------------------------------------------------------------- characters → lines


def _pages(path: str, data: bytes, pdfium) -> list[Page]:
    import pypdfium2.raw as raw

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY) or "password" in str(exc).lower():
            raise InputError(path, "PDF 文件已加密（需要密码才能打开），请去除密码后再评分") from None
        raise InputError(path, "PDF 文件已损坏，无法打开（可能下载或拷贝不完整）") from None
    api = _Api.get(raw)
    pages: list[Page] = []
    if (count := len(doc)) > MAX_PAGES:
        doc.close()
        raise InputError(path, f"PDF 页数过多（{count} 页，上限 {MAX_PAGES} 页），不像一份年度报告，已拒绝读取")
    try:
        for no in range(len(doc)):
            # raw handles: the helper objects cost more than the page does; closed right here
            page = raw.FPDF_LoadPage(doc.raw, no)
            if not page:
                pages.append(Page(no + 1, 0, 0))
                continue
            tp = None
            try:
                # the page as shown (PDFium swaps width and height for /Rotate 90 and 270)
                width, height = raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page)
                turns = raw.FPDFPage_GetRotation(page) % 4
                tp = raw.FPDFText_LoadPage(page)
                if not tp:
                    pages.append(Page(no + 1, 0, 0))
                    continue
                pg = Page(no + 1, width, height, objects=raw.FPDFPage_CountObjects(page))
                tpv = api.C.cast(tp, api.C.c_void_p).value
                n = api.count(tpv)
                text = api.page_text(tpv, n) if n > 0 else ""
                if turns:  # stored turned: read glyph by glyph, each box turned as the page is shown
                    lines = _lines(no + 1, _upright(_chars(api, tpv, text, pg, turns % 2 == 1), turns, width, height))
                else:
                    fast = _stream_lines(api, tpv, text, pg)
                    lines = fast if fast is not None else _lines(no + 1, _chars(api, tpv, text, pg))
                pg.lines = _in_column_order(_drawn_once(lines), width)
                pages.append(pg)
            finally:
                if tp:
                    raw.FPDFText_ClosePage(tp)
                raw.FPDF_ClosePage(page)
    finally:
        doc.close()
    return pages


def _upright(chars: list[tuple], turns: int, width: float, height: float) -> list[tuple]:
    """Characters' boxes (stored in the page's own coordinates) as the page is shown, turned by /Rotate
    (turns × 90° clockwise; width and height are the shown page's): a page stored sideways and shown
    upright is read in the rows a reader sees."""
    out = []
    for ch, left, right, bottom, top, size, style in chars:
        if turns == 1:  # stored x runs down the shown page, stored y across it
            left, right, bottom, top = bottom, top, height - right, height - left
        elif turns == 2:
            left, right, bottom, top = width - right, width - left, height - top, height - bottom
        else:
            left, right, bottom, top = width - top, width - bottom, left, right
        out.append((ch, left, right, bottom, top, size, style))
    return out


def _drawn_once(lines: list[Line]) -> list[Line]:
    """The page's lines, a line drawn again over itself (the same text at the same place, e.g. an
    invisible copy of the page's text laid over it by an optimiser or a second OCR) read once."""
    seen: dict[str, list[Line]] = {}
    kept = []
    for ln in lines:
        near = max(ln.size, 1.0) / 2
        same = seen.setdefault(ln.text, [])
        if any(abs(o.x0 - ln.x0) < near and abs(o.top - ln.top) < near for o in same):
            continue
        same.append(ln)
        kept.append(ln)
    return kept


class _Api:
    """PDFium's per-character text functions called through plain-address prototypes (half the ctypes
    overhead of the generated bindings: no pointer-type checks), with reusable out-parameters."""

    _cached: _Api | None = None

    def __init__(self, raw) -> None:
        import ctypes as C

        vp, i, d = C.c_void_p, C.c_int, C.c_double

        def fn(name, restype, *argtypes):
            return C.CFUNCTYPE(restype, *argtypes)(C.cast(getattr(raw, name), vp).value)

        self.C = C
        self.count = fn("FPDFText_CountChars", i, vp)
        self.text = fn("FPDFText_GetText", i, vp, i, i, vp)
        self.unicode = fn("FPDFText_GetUnicode", C.c_uint, vp, i)
        self.generated = fn("FPDFText_IsGenerated", i, vp, i)
        self.unmapped = fn("FPDFText_HasUnicodeMapError", i, vp, i)
        self.box = fn("FPDFText_GetCharBox", i, vp, i, vp, vp, vp, vp)
        self.loose = fn("FPDFText_GetLooseCharBox", i, vp, i, vp)
        self.size = fn("FPDFText_GetFontSize", d, vp, i)
        self.count_rects = fn("FPDFText_CountRects", i, vp, i, i)
        self.font_info = fn("FPDFText_GetFontInfo", C.c_ulong, vp, i, vp, C.c_ulong, vp)
        self.weight = fn("FPDFText_GetFontWeight", i, vp, i)
        self.fill = fn("FPDFText_GetFillColor", i, vp, i, vp, vp, vp, vp)
        self.name_buf = C.create_string_buffer(128)
        self.name_addr = C.addressof(self.name_buf)
        self.rgba = (C.c_uint * 4)()
        self.rgba_args = tuple(C.addressof(self.rgba) + 4 * k for k in range(4))
        self.get_rect = fn("FPDFText_GetRect", i, vp, i, vp, vp, vp, vp)
        self.box_buf = (d * 4)()  # left, right, bottom, top
        self.box_view = memoryview(self.box_buf).cast("B").cast("d")
        self.box_args = tuple(C.addressof(self.box_buf) + 8 * k for k in range(4))
        self.rect = raw.FS_RECTF()
        self.rect_addr = C.addressof(self.rect)
        self.rect_view = memoryview(self.rect).cast("B").cast("f")  # left, top, right, bottom

    @classmethod
    def get(cls, raw) -> _Api:
        if cls._cached is None:
            cls._cached = cls(raw)
        return cls._cached

    def style(self, tp: int, i: int) -> tuple:
        """(font, bold, colour) of character i: the font's name without a subset's tag (ABCDEF+SimHei), bold
        by its weight or its name, and its fill colour when not black."""
        got = self.font_info(tp, i, self.name_addr, 128, None)
        name = self.name_buf.raw[: max(0, min(got, 128) - 1)].decode("latin-1", "replace") if got else ""
        name = name.split("+", 1)[-1]
        bold = self.weight(tp, i) >= 600 or "bold" in name.lower()
        colour = None
        if self.fill(tp, i, *self.rgba_args):
            r, g, b, _a = self.rgba
            colour = None if max(r, g, b) < 60 else (r // 32, g // 32, b // 32)  # near black is black
        return name, bold, colour

    def page_text(self, tp: int, n: int) -> str:
        """The page's characters, one per index: FPDFText_GetText in one call when it is exactly that
        (PDFium leaves control characters out of it, and writes non-BMP characters as two units);
        otherwise FPDFText_GetUnicode per character."""
        C = self.C
        buf = (C.c_uint16 * (2 * n + 2))()
        got = self.text(tp, 0, n, C.addressof(buf))
        if got > 0:
            text = C.string_at(buf, 2 * (got - 1)).decode("utf-16-le", "surrogatepass")
            if len(text) == n and not _WIDE.search(text):
                return text
        uni = self.unicode
        return "".join(chr(c) if (c := uni(tp, i)) < 0x110000 else "\ufffd" for i in range(n))


_WIDE = re.compile("[\ud800-\udfff\U00010000-\U0010ffff]")
# No report has these: controls, C1 controls, private use, U+FFFD, supplementary private use (whitespace
# excluded: it is never counted).
_NOISE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]")


def _chars(api: _Api, tpv: int, text: str, pg: Page, sideways: bool = False) -> list[tuple]:
    """(char, left, right, bottom, top, font size) of the page's characters in text order.

    Left/right come from the tight box, bottom/top from the loose box (the tight one when PDFium has
    none). Generated characters (PDFium's own spaces and line breaks, always whitespace) are skipped;
    only whitespace is asked whether it was generated. Spaces need no loose box or size.
    """
    if not text:
        return []
    box, loose, rect, rect_addr, view = api.box, api.loose, api.rect, api.rect_addr, api.box_view
    a0, a1, a2, a3 = api.box_args
    generated, has_map_error, get_size = api.generated, api.unmapped, api.size
    chars: list[tuple] = []
    append = chars.append
    glyphs = unmapped = 0
    style = None
    run_start = True  # the style is asked of the first Chinese character after each of PDFium's line breaks, and carried on
    for i, ch in enumerate(text):
        if ch.isspace():
            if ch == "\r" or ch == "\n":
                run_start = True
                continue
            if generated(tpv, i) == 1:
                continue
            box(tpv, i, a0, a1, a2, a3)
            l, r, b, t = view
            append((ch, l, r, b, t, 0.0, style))  # spaces: only left and right are used
            continue
        glyphs += 1
        if run_start:  # the style of the run's first Chinese character (see _stream_lines); none before it
            style = None
            if "\u4e00" <= ch <= "\u9fff":
                style, run_start = api.style(tpv, i), False
        if has_map_error(tpv, i) == 1:
            unmapped += 1
        box(tpv, i, a0, a1, a2, a3)
        l, r, b, t = view
        if loose(tpv, i, rect_addr) and rect.top > rect.bottom:
            if sideways:  # the stored x is the shown height: the glyph's full height, as b, t are upright
                l, r = rect.left, rect.right
            else:
                b, t = rect.bottom, rect.top
        append((ch, l, r, b, t, get_size(tpv, i), style))
    pg.chars += glyphs
    pg.unmapped += unmapped
    pg.noise += len(_NOISE.findall(text))  # whitespace is never noise, and only whitespace is skipped
    return chars

# --------------------------------------------------------------------------- the fast path: whole lines

_BREAK = re.compile(r"[^\r\n]+")
_CJK = re.compile("[\u4e00-\u9fff]")
_LAST_CJK = re.compile("(?s:.*)[\u4e00-\u9fff]")  # up to the last Chinese character (one backtrack from the end)
_WS_RUN = re.compile(r"\s+")
_WS = re.compile(r"\s")
_SPACES = re.compile(" {2,}")
UNMAPPED_STRIDE = 8  # ask every 8th character whether its font maps it to Unicode (the share is what counts)


@dataclass(slots=True)
class _Segment:
    """A run of glyphs between two of PDFium's line breaks, seen through its first and last glyph."""

    text: str  # glyphs and the spaces between them, stripped
    left: float  # tight left of the first glyph
    last_left: float  # tight left of the last glyph
    right: float  # tight right of the last glyph
    bottom: float
    top: float
    sizes: tuple
    glyphs: int
    gaps: list  # (position in text, gap in pt) where PDFium generated a space
    trailing_space: bool  # a real space after the last glyph
    style: tuple | None = None  # of its first and last Chinese character, when they agree


def _stream_lines(api: _Api, tpv: int, text: str, pg: Page) -> list[Line] | None:
    """The page's lines from PDFium's own line breaks, asking for the boxes of the first and last
    glyph of each run instead of every glyph: ~10 calls a line instead of ~4 a character (PDF
    reading 1.8x faster). The result's geometry equals `_lines(_chars(...))` when each run is one
    left-to-right row; None (read the page glyph by glyph) when a run does not look like that."""
    if not text:
        return []
    n = len(text)
    box, loose, rect_addr, view, rect_view = api.box, api.loose, api.rect_addr, api.box_view, api.rect_view
    a0, a1, a2, a3 = api.box_args
    generated, get_size, count_rects = api.generated, api.size, api.count_rects
    def glyph(i: int) -> tuple[float, float, float, float, float]:
        """Tight box (left, right, bottom, top), bottom and top from the loose box when PDFium
        has one, and font size."""
        box(tpv, i, a0, a1, a2, a3)
        left, right, bottom, top = view
        if loose(tpv, i, rect_addr):
            _l, loose_top, _r, loose_bottom = rect_view
            if loose_top > loose_bottom:
                bottom, top = loose_bottom, loose_top
        return left, right, bottom, top, get_size(tpv, i)

    rows: list[list[Any]] = []  # [top, bottom, segments]: the glyph path's rule (vertical overlap with one of the last four rows)
    prev_row: list[Any] | None = None
    prev_box: tuple[float, float] | None = None
    target: list[Any] | None
    floor = math.inf  # the lowest bottom among the last four rows
    glyph_total = 0
    for m in _BREAK.finditer(text):
        s, e = m.span()
        chunk = m.group()
        body = chunk.strip()
        if not body:
            if any(generated(tpv, s + k) != 1 for k in range(len(chunk))):
                return None  # real spaces alone on a run: the glyph path places them
            continue
        lead = len(chunk) - len(chunk.lstrip())
        first = s + lead
        last = first + len(body) - 1
        if lead and any(generated(tpv, s + k) != 1 for k in range(lead)):
            return None
        trailing = last + 1 < e and any(generated(tpv, k) != 1 for k in range(last + 1, e))
        l1, r1, b1, t1, size1 = glyph(first)
        l2, r2, b2, t2, size2 = glyph(last) if last != first else (l1, r1, b1, t1, size1)
        h1, h2 = t1 - b1, t2 - b2
        if h1 <= 0 or h2 <= 0 or l2 < l1:
            return None
        objects = count_rects(tpv, first, last - first + 1)  # PDFium: one rectangle per text object
        if objects > 1 and not _in_order(api, tpv, objects, r2):
            return None
        if min(t1, t2) - max(b1, b2) <= 0.5 * min(h1, h2):
            return None  # the run changes rows
        # spaces inside the run: real ones are kept, generated ones only across a wide gap
        gaps: list = []
        glyphs = len(body)
        if _WS.search(body) is None:
            joined = body
        else:
            pieces: list[str] = []
            pos = 0
            for w in _WS_RUN.finditer(body):
                glyphs -= w.end() - w.start()
                pieces.append(body[pos : w.start()])
                a, z = first + w.start(), first + w.end()
                if any(generated(tpv, k) != 1 for k in range(a, z)):
                    pieces.append(" ")
                else:
                    box(tpv, a - 1, a0, a1, a2, a3)
                    before_right = view[1]
                    box(tpv, z, a0, a1, a2, a3)
                    gaps.append((sum(map(len, pieces)), view[0] - before_right))
                pos = w.end()
            pieces.append(body[pos:])
            joined = "".join(pieces)
        glyph_total += glyphs
        half = len(body) // 2
        mid = first + half
        size_mid = size1 if mid == first or body[half].isspace() else size2 if mid == last else get_size(tpv, mid)
        b, t = min(b1, b2), max(t1, t2)
        # the style of its Chinese text, asked of its first and last Chinese character: digits and Latin letters are
        # often set in a font of their own ("2025年…" in a Word export), which sets nothing off
        style = None
        if (han := _CJK.search(body)) is not None:
            style = api.style(tpv, first + han.start())
            last_han = _LAST_CJK.match(body)
            if last_han is not None and last_han.end() - 1 > han.start() and api.style(tpv, first + last_han.end() - 1) != style:
                style = None
        seg = _Segment(joined, l1, l2, r2, b, t, (size1, size_mid, size2), glyphs, gaps, trailing, style)

        if t <= floor:
            # wholly below the last four rows (the usual next line): it overlaps none of them
            target = [t, b, [seg]]
            rows.append(target)
            floor = b
            prev_row, prev_box = target, (b, t)
            continue
        target = None
        if prev_box == (b, t) and prev_row is not None and prev_row is rows[-1]:
            target = prev_row
        else:
            h = t - b
            for k in range(len(rows) - 1, max(len(rows) - 4, 0) - 1, -1):
                row = rows[k]
                top, bottom = row[0], row[1]
                rh = top - bottom
                if (top if top < t else t) - (bottom if bottom > b else b) > 0.5 * (rh if rh < h else h):
                    target = row
                    break
        if target is None:
            target = [t, b, [seg]]
            rows.append(target)
        elif target is not rows[-1] and (trailing or " " in joined):
            return None  # the glyph path would put its spaces into the newest row
        else:
            target[0], target[1] = max(target[0], t), min(target[1], b)
            target[2].append(seg)
        floor = min(row[1] for row in rows[-4:])
        prev_row, prev_box = target, (b, t)

    lines = []
    for top, bottom, segs in rows:
        if len(segs) == 1 and not segs[0].gaps:
            # one run, no wide gaps: its text is the line (stripped, single spaces)
            sg = segs[0]
            size = sorted(sg.sizes)[1] or (top - bottom)
            lines.append(Line(pg.no, sg.text, sg.left, sg.right, top, bottom, size, sg.glyphs, sg.style))
            continue
        segs.sort(key=_left)
        for a, b in zip(segs, segs[1:]):
            if b.left < a.last_left:
                return None  # runs interleave on one row: only the glyph path can order them
        sizes = sorted(x for sg in segs for x in sg.sizes)
        size = sizes[len(sizes) // 2] or (top - bottom)
        gap = 1.2 * size
        parts: list[str] = []
        prev = None
        for sg in segs:
            if prev is not None and (prev.trailing_space or sg.left - prev.right > gap):
                parts.append(" ")
            t, cut = sg.text, 0
            for at, width in sg.gaps:
                parts.append(t[cut:at])
                if width > gap:
                    parts.append(" ")
                cut = at
            parts.append(t[cut:])
            prev = sg
        line = _SPACES.sub(" ", "".join(parts)).strip()
        styles = {sg.style for sg in segs}
        if line:
            lines.append(Line(pg.no, line, segs[0].left, max(sg.right for sg in segs), top, bottom, size,
                              sum(sg.glyphs for sg in segs), styles.pop() if len(styles) == 1 else None))
    lines.sort(key=_minus_mid)
    pg.chars += glyph_total
    pg.noise += len(_NOISE.findall(text))
    sampled = [i for i in range(0, n, UNMAPPED_STRIDE) if not text[i].isspace()]
    if sampled:  # one ctypes call per sample, driven by map rather than a Python loop
        hits = list(map(api.unmapped, itertools.repeat(tpv, len(sampled)), sampled)).count(1)
        pg.unmapped += round(glyph_total * hits / len(sampled))
    return lines


def _left(seg: _Segment) -> float:
    return seg.left


def _in_order(api: _Api, tpv: int, k: int, last_right: float) -> bool:
    """Do the k text objects of a run (FPDFText_CountRects, just called) go left to right? PDFium
    draws one box per text object (a run in one font); the boxes must follow one another and the
    last glyph end the run. (LibreOffice, for one, draws quotation marks from a fallback font after
    the line.)"""
    a0, a1, a2, a3 = api.box_args  # left, top, right, bottom here
    view = api.box_view
    prev_right = None
    right_most = last_right
    for j in range(k):
        if not api.get_rect(tpv, j, a0, a1, a2, a3):
            return False
        left, _top, right, _bottom = view
        if prev_right is not None and left < prev_right - 0.5:
            return False
        prev_right = right
        right_most = max(right_most, right)
    return right_most <= last_right + 0.5


# A page set in two columns (a 简报 or 汇编 reprinting a report): at least this many lines on each side of the middle
MIN_COLUMN_LINES = 5


def _in_column_order(lines: list[Line], width: float) -> list[Line]:
    """The lines of a page in reading order: where the text runs in two columns (lines that stay left of
    the page's middle and lines that stay right of it, side by side), each column top to bottom, the left
    first; a line across the middle (a title, a heading over both) keeps its place between them."""
    if len(lines) < 2 * MIN_COLUMN_LINES or width <= 0:
        return lines
    mid = width / 2
    left = [ln for ln in lines if ln.x1 <= mid]
    right = [ln for ln in lines if ln.x0 >= mid]
    if len(left) < MIN_COLUMN_LINES or len(right) < MIN_COLUMN_LINES:
        return lines
    # side by side: the two sides' heights overlap by half the shorter one's at least (not one block below another)
    spans = [(min(ln.bottom for ln in side), max(ln.top for ln in side)) for side in (left, right)]
    overlap = min(spans[0][1], spans[1][1]) - max(spans[0][0], spans[1][0])
    if overlap < 0.5 * min(top - bottom for bottom, top in spans):
        return lines
    out: list[Line] = []
    band: list[Line] = []  # lines between two lines that span the middle
    for ln in sorted(lines, key=lambda ln: -ln.top):  # PDF coordinates: the top of the page first
        if ln.x0 < mid < ln.x1:
            out += _columns_of(band, mid)
            band = []
            out.append(ln)
        else:
            band.append(ln)
    return out + _columns_of(band, mid)


def _columns_of(band: list[Line], mid: float) -> list[Line]:
    return [ln for ln in band if ln.x1 <= mid] + [ln for ln in band if ln.x1 > mid]


def _lines(page: int, chars: list[tuple]) -> list[Line]:
    """Group characters by baseline (vertical overlap), left to right; lines top to bottom."""
    rows: list[list] = []  # [top, bottom, x1, items]
    row = None  # the row the previous glyph went to
    pb = pt = None  # that glyph's bottom and top
    for c in chars:
        ch, l, r, b, t, size, style = c
        h = t - b
        if h <= 0 or ch.isspace():
            # spaces, and glyphs without a box, go where the text stream puts them; a space boxed below the last
            # row is the indent of the line to come (its first glyph not read yet), no gap inside the last row
            if rows:
                last = rows[-1]
                if h > 0 and (t if t < last[0] else last[0]) - (b if b > last[1] else last[1]) <= 0:
                    continue
                x = l if r > l else last[2]
                last[3].append((x, ch, size, x, not ch.isspace(), style))
            continue
        if b == pb and t == pt and row is rows[-1]:
            # the same line box as the glyph before, which is in this row: it overlaps it fully
            if r > row[2]:
                row[2] = r
            row[3].append((l, ch, size, r, True, style))
            continue
        target = None
        for k in range(len(rows) - 1, max(len(rows) - 4, 0) - 1, -1):
            cand = rows[k]
            top, bottom = cand[0], cand[1]
            overlap = (top if top < t else t) - (bottom if bottom > b else b)
            rh = top - bottom
            if overlap > 0.5 * (rh if rh < h else h):
                target = cand
                break
        if target is None:
            target = [t, b, r, []]
            rows.append(target)
        else:
            if t > target[0]:
                target[0] = t
            if b < target[1]:
                target[1] = b
            if r > target[2]:
                target[2] = r
        target[3].append((l, ch, size, r, True, style))
        row, pb, pt = target, b, t
    lines = []
    for top, bottom, _x1, items in rows:
        items.sort(key=_first)  # stable: equal x keeps stream order
        glyphs = [c for c in items if c[4]]
        if not glyphs:
            continue
        sizes = sorted([c[2] for c in glyphs])
        size = sizes[len(sizes) // 2] or (top - bottom)
        gap = 1.2 * size
        text: list[str] = []
        prev_r = None
        for l, ch, _s, r, glyph, _style in items:
            if not glyph:
                if text and text[-1] != " ":
                    text.append(" ")
                continue
            if prev_r is not None and l - prev_r > gap and text and text[-1] != " ":
                text.append(" ")  # a wide gap: tab stop or table column
            text.append(ch)
            prev_r = max(r, prev_r or r)
        line = "".join(text).strip()
        if not line:
            continue
        styles = {c[5] for c in glyphs if c[5] is not None}
        lines.append(Line(page, line, glyphs[0][0], max([c[3] for c in glyphs]), top, bottom, size, len(glyphs),
                          styles.pop() if len(styles) == 1 else None))
    lines.sort(key=_minus_mid)
    return lines


def _first(item: tuple) -> float:
    return item[0]


def _minus_mid(ln: Line) -> float:
    return -ln.mid


# --------------------------------------------------------------------------- quality


_SPACE = re.compile(r"\s")  # str.isspace()
_COMMON_CJK_RUN = re.compile("[" + "".join(sorted(COMMON_CJK)) + "]+")  # counted by what a sub removes: 4x faster
_NOT_CJK = re.compile("[^\u4e00-\u9fff\u3400-\u4dbf]+")


def _quality(pages: list[Page], warnings: list[str]) -> str | None:
    total = sum(p.chars for p in pages)
    noise = sum(p.noise for p in pages)
    unmapped = sum(p.unmapped for p in pages)
    text = "".join(ln.text for p in pages for ln in p.lines)
    visible = len(text) - len(_SPACE.findall(text))
    cjk = _NOT_CJK.sub("", text)
    # a page drawn on with hardly any characters, none of them more than its page number: its text is missing
    # (a blank page is no missing text; nor is the last words of a report run over onto its last page)
    empty = [p.no for p in pages if p.chars < 10 and p.objects != 0 and not _holds_text(p)]
    reasons = []
    if empty:
        shown = "、".join(map(str, empty[:10])) + ("等" if len(empty) > 10 else "")
        warnings.append(f"PDF 第 {shown} 页没有文字层（可能是扫描页或图片），这些页的内容没有读到")
    bad = max(noise, unmapped) + text.count("(cid:")
    if bad > MAX_NOISE * max(total, 1):
        reasons.append(f"{bad} 个字符无法识别（字体缺少 Unicode 映射或乱码）")
    drawn = max(sum(1 for p in pages if p.objects != 0 or p.chars >= 10), 1)  # blank pages hold no text to miss
    if total / drawn < MIN_CHARS_PER_PAGE:
        reasons.append(f"平均每页只有 {total / drawn:.0f} 个字符")
    elif len(empty) > len(pages) / 3:
        reasons.append(f"{len(empty)}/{len(pages)} 页没有文字")
    if visible >= 100 and len(cjk) < MIN_CJK_SHARE * visible:
        reasons.append("提取出的文字大多不是汉字（编码错误）")
    elif len(cjk) >= 300 and len(cjk) - len(_COMMON_CJK_RUN.sub("", cjk)) < 0.2 * len(cjk):
        reasons.append("提取出的汉字不成文（字形映射错误）")
    if reasons:
        warnings.append("PDF 文字提取质量差：" + "；".join(reasons))
        return UNRELIABLE
    return None


def _holds_text(page: Page) -> bool:
    """Whether a page's characters say more than its page number ("(二)加强" run over from the page before)."""
    return any(not _PAGE_NO.match(t) for ln in page.lines if (t := ln.text.strip()))


# --------------------------------------------------------------------------- running headers and footers

_PAGE_NO = re.compile(
    r"^(?:[-－—–─~～·•\s]*\d{1,3}[-－—–─~～·•\s]*"  # (four digits are a year: "2025 年,…" split at its space)
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?"
    r"|共\s*\d{1,4}\s*页\s*[,，]?\s*第\s*\d{1,4}\s*页"
    r"|\d{1,4}\s*[/／]\s*\d{1,4}"
    r"|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$"
)


_DIGITS = re.compile(r"\d+")


def _shape(text: str) -> str:
    return _DIGITS.sub("#", "".join(unicodedata.normalize("NFKC", text).split()))


RUNNING_MAX = 160  # the longest running line dropped from a page's margin (a page's address, the time and the title)


def _drop_running_lines(pages: list[Page]) -> None:
    body_size = _body_size(pages)
    edge: list[tuple[Page, Line]] = []
    for p in pages:
        ls = p.lines
        for ln in ls[:2] + ls[-2:] if len(ls) > 4 else ls:
            edge.append((p, ln))
    shapes = [_shape(ln.text) for _p, ln in edge]
    counts: dict[str, set[int]] = {}
    for (p, _ln), shape in zip(edge, shapes):
        counts.setdefault(shape, set()).add(p.no)
    text_pages = sum(1 for p in pages if p.lines)
    need = max(2, (text_pages + 1) // 2)
    drop: set[int] = set()
    for (p, ln), shape in zip(edge, shapes):
        short = len(ln.text) <= 40
        in_margin = p.height and (ln.bottom > 0.88 * p.height or ln.top < 0.12 * p.height)
        small = body_size and ln.size <= body_size * 1.05
        # a longer line repeated in the margin of most pages is a browser's or printer's (the page's address and
        # "1/7", the time of printing and the title)
        repeated = text_pages >= 2 and len(counts[shape]) >= need
        if (short and _PAGE_NO.match(ln.text.strip()) and (in_margin or ln in (p.lines[0], p.lines[-1]))) or (
                short and repeated and (in_margin or small)) or (repeated and in_margin and len(ln.text) <= RUNNING_MAX):
            drop.add(id(ln))
    for p in pages:
        p.lines = [ln for ln in p.lines if id(ln) not in drop]
    _drop_repeated_heads(pages)


def _drop_repeated_heads(pages: list[Page]) -> None:
    """A page's head that repeats a line of an earlier page or of its own page below it: a running head naming
    the part the page is in ("二、存在的不足" over every page of that part) changes from page to page, so it is not
    repeated on most pages; it is what the part's heading says, not a second heading."""
    seen: set[str] = set()
    for p in pages:
        if p.height and len(p.lines) > 1:
            heads = [ln for ln in p.lines[:2] if ln.bottom > 0.88 * p.height and len(ln.text) <= RUNNING_MAX]
            below = {"".join(ln.text.split()) for ln in p.lines[len(heads):]} if heads else set()
            drop = {id(ln) for ln in heads if (key := "".join(ln.text.split())) in seen or key in below}
            if drop:
                p.lines = [ln for ln in p.lines if id(ln) not in drop]
        seen.update("".join(ln.text.split()) for ln in p.lines if len(ln.text) <= RUNNING_MAX)


def _body_size(pages: list[Page]) -> float:
    weights: dict[float, int] = {}
    for p in pages:
        for ln in p.lines:
            size = round(ln.size, 1)
            weights[size] = weights.get(size, 0) + ln.chars
    return max(weights, key=lambda size: weights[size]) if weights else 0.0


# --------------------------------------------------------------------------- joining broken lines

_SENTENCE_END = "。！？!?；;：:…"
_CLOSERS = "”’」』》）)】"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_HEADING = re.compile(
    r"^(?:第[一二三四五六七八九十百]{1,3}[部分章节条]"
    r"|[一二三四五六七八九十]{1,3}(?:、|[.．](?!\d))"  # (一、2025年…: a year may follow the number)
    r"|[（(][一二三四五六七八九十]{1,3}[)）]"
    r"|\d{1,2}(?:[、．]|\.(?!\d))"
    r"|[（(]\d{1,2}[)）]"
    r"|附件|特此报告|特此汇报)"
)


def ends_sentence(text: str) -> bool:
    t = text.rstrip()
    while t and t[-1] in _CLOSERS and len(t) > 1 and t[-2] in _SENTENCE_END + _CLOSERS:
        t = t[:-1]
    return bool(t) and t[-1] in _SENTENCE_END


def starts_heading(text: str) -> bool:
    t = text.lstrip()
    return bool(t) and (t[0] in _CIRCLED or bool(_HEADING.match(unicodedata.normalize("NFKC", t[:12]))))


@dataclass
class _Frame:
    left: float
    right: float
    pitch: float


def _frames(pages: list[Page], body_size: float) -> dict[int, _Frame]:
    """Per page: the text block's left and right edges and the line pitch (mirrored margins differ)."""
    def frame(lines: list[Line]) -> _Frame | None:
        body = [ln for ln in lines if body_size and abs(ln.size - body_size) <= 0.15 * body_size and ln.chars >= 4]
        if len(body) < 3:
            return None
        lefts = sorted(round(ln.x0) for ln in body)
        rights = sorted(ln.x1 for ln in body)
        left = max(set(lefts), key=Counter(lefts).__getitem__) if lefts else 0  # the most common left edge
        left = min(left, lefts[len(lefts) // 10])
        right = rights[int(len(rights) * 0.9) - (1 if len(rights) * 0.9 == int(len(rights) * 0.9) else 0)]
        mids = [ln.mid for ln in body]
        pitches = [d for a, b in zip(mids, mids[1:]) if 0 < (d := a - b) < 3 * body_size]
        pitch = statistics.median(pitches) if pitches else 1.5 * body_size
        return _Frame(left, right, pitch)

    out = {}
    everything: list = []  # the whole document's frame, worked out for the first page that needs it
    for p in pages:
        own = frame(p.lines)
        if own is None:
            if not everything:
                everything.append(frame([ln for q in pages for ln in q.lines]))
            own = everything[0] or _Frame(0, p.width, 1.5 * (body_size or 12))
        out[p.no] = own
    return out


def _join(pages: list[Page]) -> tuple[list[str], list[float | None], list[tuple | None]]:
    """The text's lines, paragraphs joined, and for each the size it is set in when it is one printed line set
    larger than the body's text (None otherwise), and the style (font, bold, colour) it is set in when it is set
    off from the body's text by it alone (None otherwise)."""
    body_size = _body_size(pages) or 12.0
    body_style = _body_style(pages)
    frames = _frames(pages, body_size)
    seq = [ln for p in pages for ln in p.lines]
    indents = _uses_indent(seq, frames, body_size)
    out: list[str] = []
    sizes: list[float | None] = []
    styles: list[tuple | None] = []
    prev: Line | None = None
    centred = {id(ln) for ln in seq if _centred(ln, frames.get(ln.page), body_size)
               and not _paragraph_indent(ln, frames[ln.page], body_size)}
    for ln in seq:
        if prev is not None and out and id(ln) in centred and id(prev) not in centred \
                and prev.text[-1:] not in _SENTENCE_END and _full(prev, frames[prev.page], body_size):
            # after a full line that ends no sentence: a centred heading wrapped onto a second printed line (its
            # first line fills the column from its left edge, a line of its own), or else a paragraph's last line
            # that only looks centred ("“四清零”等…": a quote mark sets it in)
            if out[-1] == prev.text and not _indented(prev, frames[prev.page], body_size) \
                    and ln.text[-1:] not in _SENTENCE_END:
                out[-1] = _glue(out[-1], ln.text)
                styles[-1] = styles[-1] or CENTRED
                centred.add(id(prev))
                prev = ln
                continue
            centred.discard(id(ln))
        if prev is not None and out and out[-1].endswith(prev.text) and _heading_runs_on(prev, ln, frames.get(prev.page), body_size):
            out[-1] = _glue(out[-1], ln.text)  # a heading that filled its line (or its table cell) and runs on below
            prev = ln
            continue
        if prev is not None and out and out[-1] == prev.text and id(prev) in centred and id(ln) in centred \
                and _heading_wraps(prev, ln, frames[prev.page], body_size):
            out[-1] = _glue(out[-1], ln.text)  # a centred heading set as two balanced lines
            prev = ln
            continue
        if prev is not None and out and not _size_changes(prev, ln, body_size) and id(prev) not in centred \
                and id(ln) not in centred and not _style_changes(prev, ln, body_style) \
                and _continues(prev, ln, frames, body_size, indents):
            out[-1] = _glue(out[-1], ln.text)
            # a heading wrapped onto a second printed line keeps its size; a paragraph's lines have none
            if sizes[-1] is None or not ln.size or abs(ln.size - sizes[-1]) > 0.5:
                sizes[-1] = None
            if styles[-1] != ln.style:
                styles[-1] = None
        else:
            out.append(ln.text)
            sizes.append(ln.size if ln.size and ln.size >= HEADING_SIZE * body_size else None)
            if ln.style is not None and body_style is not None and ln.style != body_style:
                styles.append(ln.style)
            else:  # a line centred on the text's column, set like the body: a heading marked by its place alone
                styles.append(CENTRED if id(ln) in centred else None)
        prev = ln
    return out, sizes, styles


CENTRED = ("centred",)


def _right_under(a: Line, b: Line, f: _Frame, size: float) -> bool:
    """Line b is the next printed line under a on the same page: below it, no more than a line's pitch and a half
    away (more is paragraph spacing)."""
    gap = a.mid - b.mid
    return 0 < gap <= 1.45 * max(f.pitch, size * 1.2)


def _heading_runs_on(a: Line, b: Line, f: _Frame | None, body_size: float) -> bool:
    """A numbered heading set in its own type (a bold face) that fills its line, ends no sentence and goes on in the
    same face on the line below, not left of where it starts: one heading wrapped (in a shaded table cell, say,
    whose second line starts at the cell's edge)."""
    if f is None or a.page != b.page or a.style is None or b.style is None or a.style[:2] != b.style[:2]:
        return False
    size = a.size or body_size
    if not a.style[1] or abs(size - (b.size or 0)) > 0.5 or a.x1 < f.right - 2 * size or b.x0 < a.x0 - 0.5 * size:
        return False
    if not _right_under(a, b, f, size):
        return False
    return starts_heading(a.text) and not ends_sentence(a.text) and not starts_heading(b.text) \
        and len(a.text) + len(b.text) <= 80


def _heading_wraps(a: Line, b: Line, f: _Frame, body_size: float) -> bool:
    """Two centred lines, the second right under the first in the same type, the first a numbered heading (or set
    larger than the body) that ends no sentence and the second no heading of its own: one heading set as two
    balanced lines ("一、2025年度推进法治" / "政府建设的主要举措和成效")."""
    if a.page != b.page or a.style != b.style or abs((a.size or 0) - (b.size or 0)) > 0.5:
        return False
    if not _right_under(a, b, f, a.size or body_size):
        return False
    if ends_sentence(a.text) or starts_heading(b.text) or len(a.text) + len(b.text) > 70:
        return False
    return starts_heading(a.text) or (a.size or 0) >= 1.1 * body_size


def _centred(ln: Line, f: _Frame | None, body_size: float) -> bool:
    """A line as far from the column's right edge as from its left, and set in from both:
    a title or a heading set off by its place. A paragraph's first line is set in on the left only."""
    if f is None or f.left <= 0 or len(ln.text) < 4 or not _CJK.search(ln.text):
        return False  # no column read from the page's lines; a page number or a figure alone ("2025")
    size = ln.size or body_size
    left, right = ln.x0 - f.left, f.right - ln.x1
    # (three quarters of a character each side at least: a ragged right edge leaves up to about half of one)
    return left >= 0.75 * size and right >= 0.75 * size and abs(left - right) <= 0.6 * size


def _paragraph_indent(ln: Line, f: _Frame, body_size: float) -> bool:
    """Set in by a paragraph's first-line indent (two characters, give or take half of one)."""
    size = ln.size or body_size
    return 1.5 * size <= ln.x0 - f.left <= 2.5 * size


def _body_style(pages: list[Page]) -> tuple | None:
    """The style most of the text is set in (None when most of it was read glyph by glyph)."""
    weights: dict[tuple | None, int] = {}
    for p in pages:
        for ln in p.lines:
            weights[ln.style] = weights.get(ln.style, 0) + ln.chars
    return max(weights, key=lambda st: weights[st]) if weights else None


def _style_changes(a: Line, b: Line, body_style: tuple | None) -> bool:
    """Whether a heading set off by its font, weight or colour alone ends or begins between two printed lines."""
    return body_style is not None and a.style != b.style and a.style is not None and b.style is not None \
        and body_style in (a.style, b.style)


def _size_changes(a: Line, b: Line, body_size: float) -> bool:
    """Whether a heading's size ends or begins between two printed lines: a heading and the heading under it
    set in another size are two lines, however the first ends."""
    if not a.size or not b.size or abs(a.size - b.size) <= 0.5:
        return False
    return max(a.size, b.size) >= HEADING_SIZE * body_size


def _full(ln: Line, f: _Frame, body_size: float) -> bool:
    return ln.x1 >= f.right - 2.0 * (ln.size or body_size)


def _indented(ln: Line, f: _Frame, body_size: float) -> bool:
    return ln.x0 >= f.left + 1.0 * (ln.size or body_size)


def _uses_indent(seq: list[Line], frames: dict[int, _Frame], body_size: float) -> bool:
    """Do paragraphs start with a first-line indent? (Then a full line ending in 。 may still go on.)"""
    starts = [b for a, b in zip(seq, seq[1:]) if not _full(a, frames[a.page], body_size) and len(b.text) >= 10]
    if len(starts) < 3:
        return False
    return sum(_indented(b, frames[b.page], body_size) for b in starts) >= 0.6 * len(starts)


_ITEM = re.compile(r"^[一二三四五六七八九十]{1,2}是")


# a number a layout left alone on its line, its unit opening the next ("2025" / "年,双龙乡坚持…": wrapped at the space)
_BARE_NUMBER = re.compile(r"(?:.*\s)?\d{1,6}(?:\.\d+)?")  # ("…依法治县委员会 2025" / "年工作要点》…" too)
_UNIT_FIRST = frozenset("年月日号件次个项名人家份条元万亿%％")


def _continues(a: Line, b: Line, frames: dict[int, _Frame], body_size: float, indents: bool) -> bool:
    if a.page == b.page and b.text[:1] in _UNIT_FIRST and _BARE_NUMBER.fullmatch(a.text.strip()):
        return True
    if starts_heading(b.text):
        return False
    if abs(a.size - b.size) > 0.15 * max(a.size, b.size):
        return False
    fa, fb = frames[a.page], frames[b.page]
    cw = a.size or body_size
    if a.page == b.page and not _right_under(a, b, fa, a.size):
        return False  # paragraph spacing, or b is not below a
    # a line that stops mid-sentence may end up to three characters short of the frame: a line-breaking
    # rule (no comma at a line's start) moved its last character and the comma after it down
    nearly_full = not ends_sentence(a.text) and a.x1 >= fa.right - 3.5 * cw
    if (_full(a, fa, body_size) or nearly_full) and not _indented(b, fb, body_size) and a.x0 <= fa.left + 3.5 * cw:
        if indents:
            return True
        if ends_sentence(a.text) and a.text.rstrip()[-1:] not in "；;":
            return False
        # a full heading line, then a paragraph that opens with 一是: no indent tells them apart
        return not (starts_heading(a.text) and _ITEM.match(b.text.lstrip()))
    if ends_sentence(a.text) or a.page != b.page:
        return False
    # A title wrapped onto two centred lines (larger than the body, or clearly centred).
    mid = (fa.left + fa.right) / 2
    centred = lambda ln: abs((ln.x0 + ln.x1) / 2 - mid) < 1.5 * cw  # noqa: E731
    inset = lambda ln: ln.x0 - fa.left > 1.5 * cw and fa.right - ln.x1 > 1.5 * cw  # noqa: E731
    if centred(a) and centred(b) and inset(b) and (inset(a) or a.size >= 1.1 * body_size):
        return len(a.text) + len(b.text) <= 70 and not b.text.lstrip().startswith(("（", "("))
    return False


def _glue(a: str, b: str) -> str:
    a, b = a.rstrip(), b.lstrip()
    if a and b and a[-1].isascii() and a[-1].isalpha() and b[0].isascii() and b[0].isalpha():
        return a + " " + b
    return a + b
