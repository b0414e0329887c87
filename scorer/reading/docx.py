"""Word (.docx) → text lines: paragraphs and tables in document order, with Word's automatic numbering.

Read with the standard library only (zipfile + ElementTree): python-docx is not needed at run time
and its `paragraph.text` drops list numbers, where headings such as 一、 （一） 1. often live. The
numbers are rebuilt from word/numbering.xml the way Word draws them (per list counters, lower levels
restarting, the level's numFmt and lvlText), whether the paragraph carries its numbering directly or
through its style (Heading 1/标题 1 linked to a multilevel list).

One paragraph is one line; a table row whose cells hold one short paragraph each is one line with
the cells separated by a tab, other cells give one line per paragraph. Page headers, footers,
comments and deleted revisions are not text of the report and are left out.
"""
from __future__ import annotations

import base64
import html
import io
import itertools
import posixpath
import re
import xml.etree.ElementTree as ET
import zipfile
import zlib
from collections import Counter
from typing import Any

from scorer.reading.extracted import HEADING_SIZE, Extracted, levels_by_emphasis, levels_by_size
from scorer.text.errors import InputError
from scorer.text.numerals import chinese_count

# The main document part of a real report is a few MB at most; more than this uncompressed is a zip bomb.
MAX_PART_BYTES = 64 * 1024 * 1024
# A zip of more entries than this is not a Word document written by an office suite.
MAX_ENTRIES = 20000
# Markup tags in one part: a 300-page report has about 400,000; more is a document built to exhaust
# memory (a tree of 1 million elements takes ~150 MB).
MAX_TAGS = 3_000_000
# Paragraphs, empty ones included: a 300-page report has about 10,000.
MAX_PARAGRAPHS = 200_000
# Word itself keeps at most 4,079 styles in a document; numbering from styles past this is ignored.
MAX_STYLES = 10_000
# Nesting of inline elements (runs in hyperlinks in fields …) read element by element; deeper
# content is read flat, as its text.
MAX_INLINE_DEPTH = 32

_W_NS = (
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "http://purl.oclc.org/ooxml/wordprocessingml/main",  # "Strict Open XML"
)
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOC = "/officeDocument"

# OLE (compound file) streams that tell what an .doc-like file really is.
_ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
_WORD_MARK = "WordDocument".encode("utf-16-le")


def read_docx(path: str, data: bytes, sha256: str) -> Extracted:
    parts = _open_parts(path, data)
    doc = parts.get("document")
    numbering = Numbering(parts.get("numbering"), parts.get("styles"))
    walker = _Walker(numbering, parts.get("chunks") or {})
    body = _child(doc, "body")
    if body is None:
        raise InputError(path, "Word 文档没有正文（document.xml 中缺少 body），文件可能已损坏")
    paragraphs = sum(len(list(itertools.islice(body.iter(f"{{{ns}}}p"), MAX_PARAGRAPHS + 1))) for ns in _W_NS)
    if paragraphs > MAX_PARAGRAPHS:  # counted in the tree before any is read (the walk costs ~25 µs each)
        raise InputError(path, f"Word 文档的段落过多（超过 {MAX_PARAGRAPHS} 段），不像一份年度报告，已拒绝读取")
    walker.blocks(body)
    kept = [i for i, ln in enumerate(walker.lines) if ln.strip()]
    lines = [walker.lines[i] for i in kept]
    warnings = list(walker.warnings)
    if not lines:
        raise InputError(path, "Word 文档中没有文字（可能只有图片或扫描页），需要人工审核")
    # Word's heading levels (Heading 2, or an outline level): what marks a heading that carries no number
    by_format = walker.format_levels()
    levels = {n + 1: lv for n, i in enumerate(kept) if (lv := walker.heading_levels.get(i) or by_format.get(i))}
    return Extracted(path, "docx", None, sha256, len(data), lines, warnings=warnings,
                     hints={"heading_levels": levels} if levels else {})


FLAT_OPC = b"http://schemas.microsoft.com/office/2006/xmlPackage"
_PKG = "{" + FLAT_OPC.decode() + "}"


def flat_opc_to_docx(path: str, data: bytes) -> bytes:
    """A Flat OPC file (Word's "XML 文档": each part of the .docx package written inside one XML file, as
    pkg:part with its pkg:xmlData or base64 pkg:binaryData) as the .docx package it writes out."""
    try:
        root = _safe_fromstring(data)
    except (ET.ParseError, _DtdFound, _TooManyTags):
        raise InputError(path, "Word 的 XML 文档已损坏，无法读取，请用 Word 或 WPS 另存为 .docx 后再评分") from None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as z:
        for part in root.iter(_PKG + "part"):
            name = (part.get(_PKG + "name") or "").lstrip("/")
            xml_data, binary = part.find(_PKG + "xmlData"), part.find(_PKG + "binaryData")
            if not name:
                continue
            if xml_data is not None and len(xml_data):
                z.writestr(name, ET.tostring(xml_data[0], encoding="utf-8"))
            elif binary is not None:
                try:
                    z.writestr(name, base64.b64decode(binary.text or "", validate=False))
                except ValueError:
                    continue  # a picture that cannot be decoded holds no text
    return out.getvalue()


def is_legacy_word(data: bytes) -> bool:
    """An OLE file that holds a Word (or WPS) document, not an encrypted .docx."""
    head = data[: 1024 * 1024]
    encrypted = _ENCRYPTED_MARK in head or _ENCRYPTED_MARK in data[-1024 * 1024 :]
    return not encrypted and _WORD_MARK in head


def explain_ole(path: str, data: bytes) -> None:
    """Raise the right InputError for an OLE compound file: an encrypted .docx, a legacy .doc/.wps, or other."""
    head = data[: 1024 * 1024]
    if _ENCRYPTED_MARK in head or _ENCRYPTED_MARK in data[-1024 * 1024 :]:
        raise InputError(path, "Word 文件已加密（设置了打开密码），请在 Word 或 WPS 中取消密码、另存为 .docx 后再评分")
    if _WORD_MARK in head:
        raise InputError(path, "旧版 Word（.doc）或 WPS 文件暂不能直接读取：请用 Word、WPS 或 LibreOffice 另存为 .docx 后再评分")
    raise InputError(path, "不是可识别的报告文件（像是 Office 二进制文件，但不是 Word 文档）：请另存为 .docx 后再评分")


# --------------------------------------------------------------------------- the package


def _open_parts(path: str, data: bytes) -> dict[str, Any]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except NotImplementedError:  # a zip version or feature Python cannot read
        raise InputError(path, "Word 文档使用了不支持的压缩方式，请用 Word 或 WPS 另存为 .docx 后再评分") from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, RuntimeError):
        raise InputError(path, "Word 文档已损坏（不是完整的 .docx 压缩包，可能下载或拷贝不完整）") from None
    if len(infos) > MAX_ENTRIES:
        raise InputError(path, "压缩包内文件过多，不像 Word 文档")
    names = {i.filename: i for i in infos}
    if any(i.flag_bits & 0x1 for i in infos):
        raise InputError(path, "Word 文件已加密，请取消密码、另存为 .docx 后再评分")
    main = _main_part(zf, names)
    if main is None:
        raise InputError(path, "不是 Word 文档（压缩包中没有 word/document.xml）：请另存为 .docx 后再评分")
    parts: dict[str, Any] = {"document": _xml(path, zf, names[main])}
    folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
    info = names.get(folder + "numbering.xml")
    if info is not None:
        try:
            parts["numbering"] = _xml(path, zf, info)
        except InputError:
            parts["numbering"] = None  # numbers are lost, the text is not
    info = names.get(folder + "styles.xml")
    if info is not None:
        parts["styles"] = StyleTable(_part_bytes(path, zf, info))
    parts["chunks"] = _chunks(path, zf, names, main)
    return parts


def _chunks(path: str, zf: zipfile.ZipFile, names: dict, main: str) -> dict[str, list[str]]:
    """The text lines of each imported part (w:altChunk: an HTML, MHT or plain-text body Word reads in when it opens
    the file, as office systems write it), by relationship id."""
    folder, _, file = main.rpartition("/")
    out: dict[str, list[str]] = {}
    for rel in _relationships(zf, names, f"{folder}/_rels/{file}.rels" if folder else f"_rels/{file}.rels"):
        if not rel.get("Type", "").endswith("/aFChunk"):
            continue
        target = posixpath.normpath(posixpath.join(folder, rel.get("Target", ""))).lstrip("/")
        info = names.get(target)
        if info is None:
            continue
        out[rel.get("Id", "")] = _chunk_lines(path, _part_bytes(path, zf, info), target)
    return out


def _chunk_lines(path: str, data: bytes, name: str) -> list[str]:
    from scorer.reading.html import read_html, read_mhtml

    lower = name.lower()
    try:
        if lower.endswith((".mht", ".mhtml")) or data[:200].lstrip().lower().startswith((b"mime-version", b"content-type")):
            return read_mhtml(path, data, "").lines
        if lower.endswith((".htm", ".html", ".xhtml")) or b"<html" in data[:2000].lower() or b"<p" in data[:2000].lower():
            return read_html(path, data, "").lines
        return data.decode("utf-8", errors="replace").splitlines()
    except InputError:
        return []


def _relationships(zf: zipfile.ZipFile, names: dict, rels_name: str) -> list[ET.Element]:
    """The Relationship elements of a .rels part; none when it is missing, too large or unreadable."""
    rels = names.get(rels_name)
    if rels is None or rels.file_size > 1024 * 1024:
        return []
    try:
        return list(_safe_fromstring(zf.read(rels)).iter(f"{{{_REL_NS}}}Relationship"))
    except (ET.ParseError, ValueError, zipfile.BadZipFile, zlib.error, OSError, RuntimeError, EOFError, NotImplementedError,
            _DtdFound, _TooManyTags):
        return []


def _main_part(zf: zipfile.ZipFile, names: dict) -> str | None:
    """The officeDocument target of _rels/.rels, else word/document.xml."""
    for rel in _relationships(zf, names, "_rels/.rels"):
        if rel.get("Type", "").endswith(_OFFICE_DOC) and (target := rel.get("Target", "").lstrip("/")) in names:
            return target
    return "word/document.xml" if "word/document.xml" in names else None  # no usable relationships: the usual name


def _xml(path: str, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> ET.Element:
    raw = _part_bytes(path, zf, info)
    try:
        return _safe_fromstring(raw)
    except _TooManyTags:
        raise InputError(path, f"Word 文档的标记过多（{info.filename} 超过 {MAX_TAGS} 个），不像一份年度报告，已拒绝读取") from None
    except _DtdFound:
        raise InputError(path, f"Word 文档中有 DTD 或实体声明（{info.filename}），Office 不会写出这些内容，已拒绝读取") from None
    except (ET.ParseError, ValueError, RecursionError):
        raise InputError(path, f"Word 文档已损坏（{info.filename} 不是有效的 XML）") from None


def _part_bytes(path: str, zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    if info.file_size > MAX_PART_BYTES:
        raise InputError(path, f"Word 文档解压后过大（{info.filename} 为 {info.file_size // 1048576} MB），可能是压缩炸弹，已拒绝读取")
    try:
        with zf.open(info) as fh:
            raw = fh.read(MAX_PART_BYTES + 1)  # the declared size can lie: never read past the limit
    except RuntimeError:  # zipfile: "File is encrypted, password required"
        raise InputError(path, "Word 文件已加密，请取消密码、另存为 .docx 后再评分") from None
    except NotImplementedError:  # a compression method or zip version Python cannot read
        raise InputError(path, "Word 文档使用了不支持的压缩方式，请用 Word 或 WPS 另存为 .docx 后再评分") from None
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError):
        raise InputError(path, "Word 文档已损坏（压缩数据无法解开，可能下载或拷贝不完整）") from None
    if len(raw) > MAX_PART_BYTES:
        raise InputError(path, f"Word 文档解压后过大（{info.filename} 超过 {MAX_PART_BYTES // 1048576} MB），可能是压缩炸弹，已拒绝读取")
    return raw


class _DtdFound(ValueError):
    pass


class _TooManyTags(ValueError):
    pass


class _NoDtdBuilder(ET.TreeBuilder):
    """Office never writes a DTD, and entities can only be declared in one: the parser stops at
    the DOCTYPE, wherever it stands (after a long comment too), before any entity is defined."""

    def doctype(self, name, pubid, system):
        raise _DtdFound("DTD in an Office part")


def _safe_fromstring(raw: bytes) -> ET.Element:
    if len(raw) > MAX_TAGS and raw.count(b"<") > MAX_TAGS:  # bounds the tree's size before it is built
        raise _TooManyTags("too many elements")
    parser = ET.XMLParser(target=_NoDtdBuilder())
    parser.feed(raw)
    return parser.close()


# --------------------------------------------------------------------------- XML helpers


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _is_w(tag) -> bool:
    return isinstance(tag, str) and tag.startswith("{") and tag[1 : tag.find("}")] in _W_NS


_W_NAMES: dict = {}  # tag -> its local name when in w:'s namespace, else None (a part has a few dozen tags)
_UNSET = object()


def _w_name(tag) -> str | None:
    """_local(tag) if _is_w(tag) else None, looked up once per distinct tag."""
    name = _W_NAMES.get(tag, _UNSET)
    if name is _UNSET:
        name = _local(tag) if _is_w(tag) else None
        if len(_W_NAMES) < 4096:  # a hostile part's ten thousand made-up tags are not kept
            _W_NAMES[tag] = name
    return name


def _child(el: ET.Element | None, name: str) -> ET.Element | None:
    if el is None:
        return None
    for c in el:
        if _w_name(c.tag) == name:
            return c
    return None


def _wattr(el: ET.Element | None, name: str) -> str | None:
    if el is None:
        return None
    for ns in _W_NS:
        v = el.get(f"{{{ns}}}{name}")
        if v is not None:
            return v
    return None


def _val(parent: ET.Element | None, name: str) -> str | None:
    return _wattr(_child(parent, name), "val")


SHORT_BOX = 60  # characters: a box holding one line this short is a heading or a label, not a sidebar


BOX_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}部分)")


def _one_short_line(box: ET.Element) -> bool:
    """A box holding one numbered heading ("一、主要举措和成效"), no more."""
    paragraphs = [el for el in box.iter() if _is_w(el.tag) and _local(el.tag) == "p"]
    text = "".join(el.text or "" for el in box.iter() if _is_w(el.tag) and _local(el.tag) == "t")
    return len(paragraphs) == 1 and 0 < len(text.strip()) <= SHORT_BOX and "。" not in text and bool(BOX_HEADING.match(text))


def _on(el: ET.Element | None) -> bool:
    """A toggle property (<w:vanish/>, <w:b w:val="0"/>)."""
    if el is None:
        return False
    v = _wattr(el, "val")
    return v is None or v.lower() not in ("0", "false", "off")


# --------------------------------------------------------------------------- numbering


class StyleTable:
    """word/styles.xml, read lazily: style id → {based_on, num_id, ilvl}.

    Numbering only ever follows the style chains of the paragraphs at hand, while a styles part
    is often 50-350 KB of definitions no paragraph uses (python-docx's template: 164 styles; a
    full parse took 13 ms of a 18 ms read against 0.1 ms for the body). So one byte scan indexes
    the style start tags, and a style is parsed, wrapped in the root's start tag so that its
    namespaces hold, when a chain first reaches it. A part whose tags cannot be found this way
    is parsed whole."""

    def __init__(self, raw: bytes):
        self.raw = raw
        self.entries: dict[str, dict | None] = {}
        self.heads: list[tuple[int, bytes]] = []  # (offset, attributes) of each style start tag
        self.offsets: dict[str, int] | None = None  # style id -> offset of its start tag
        self.default_pstyle: str | None = None
        if not raw:
            return
        root = _STYLES_ROOT.search(raw, 0, 4096)
        # a DTD, a comment or CDATA: the parser decides. ("!" first: one byte is found many times
        # faster than "<!" in a part full of "<", and most parts have none: 0.3 ms of a 350 KB part.)
        if root is None or (b"!" in raw and b"<!" in raw):
            self._parse_all()
            return
        self.root_open = root.group(0)
        self.prefix = root.group(1) or b""
        self.close = b"</" + self.prefix + b"style>"
        # start tags only; a style's id is read when a paragraph asks for it (most are never asked)
        self.heads = [(m.start(), m.group(1)) for m in re.finditer(rb"<" + re.escape(self.prefix) + rb"style\b([^>]*)>", raw)]
        del self.heads[MAX_STYLES:]
        for _start, head in self.heads:
            if b"default" in head and _attr(head, b"type") == "paragraph" and _on_attr(_attr(head, b"default")):
                sid = _attr(head, b"styleId")
                if sid:
                    self.default_pstyle = sid
                    break
        if not any(_attr(head, b"styleId") for _start, head in self.heads if b"styleId" in head):
            self._parse_all()  # styles spelt with another prefix than their root's

    def _parse_all(self) -> None:
        try:
            root = _safe_fromstring(self.raw)
        except (ET.ParseError, ValueError, RecursionError):
            return  # numbers drawn by styles are lost, the text is not
        for st in itertools.islice(root, MAX_STYLES):
            if _is_w(st.tag) and _local(st.tag) == "style" and _wattr(st, "styleId"):
                sid = _wattr(st, "styleId") or ""
                self.entries.setdefault(sid, _style_entry(st))
                if self.default_pstyle is None and _wattr(st, "type") == "paragraph" and _on_attr(_wattr(st, "default")):
                    self.default_pstyle = sid

    def get(self, sid: str | None) -> dict | None:
        if sid is None:
            return None
        if sid not in self.entries:
            self.entries[sid] = self._parse_one(sid)
        return self.entries[sid]

    def _offset(self, sid: str) -> int | None:
        """Where the first style with this id starts. The ids are indexed in one pass when a
        paragraph first asks (a scan per question was quadratic: 20,000 paragraphs naming missing
        styles among 20,000 took minutes)."""
        if self.offsets is None:
            self.offsets = {}
            for start, head in self.heads:
                found = _attr(head, b"styleId")
                if found:
                    self.offsets.setdefault(found, start)
        return self.offsets.get(sid)

    def _parse_one(self, sid: str) -> dict | None:
        start = self._offset(sid)
        if start is None:
            return None
        head_end = self.raw.find(b">", start)
        if self.raw[head_end - 1 : head_end] == b"/":  # <w:style .../>
            end = head_end + 1
        else:
            end = self.raw.find(self.close, start)
            if end < 0:
                return None
            end += len(self.close)
        try:
            root = _safe_fromstring(self.root_open + self.raw[start:end] + b"</" + self.prefix + b"styles>")
        except (ET.ParseError, ValueError, RecursionError):
            return None
        return _style_entry(root[0]) if len(root) else None

    def __contains__(self, sid) -> bool:
        return self.get(sid) is not None

    def __getitem__(self, sid: str) -> dict:
        entry = self.get(sid)
        if entry is None:
            raise KeyError(sid)
        return entry


_STYLES_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*:)?styles\b[^>]*>")


_ATTRS = {name: re.compile(rb"\s(?:[\w.-]+:)?" + name + rb"\s*=\s*([\"'])(.*?)\1", re.S)
          for name in (b"styleId", b"type", b"default")}


def _attr(head: bytes, name: bytes) -> str | None:
    """An attribute's value in a start tag's bytes (any prefix, either quote)."""
    m = _ATTRS[name].search(head)
    if m is None:
        return None
    text = m.group(2).decode("utf-8", "replace")
    return html.unescape(text) if "&" in text else text


def _style_entry(st: ET.Element) -> dict:
    ppr = _child(st, "pPr")
    numpr = _child(ppr, "numPr")
    return {
        "based_on": _val(st, "basedOn"),
        "num_id": _val(numpr, "numId") if numpr is not None else None,
        "ilvl": _val(numpr, "ilvl") if numpr is not None else None,
        "outline": _outline_level(ppr, _val(st, "name")),
        "run": _run_props(_child(st, "rPr")),
    }


def _run_props(rpr: ET.Element | None) -> dict:
    """The run properties a reader sees, those the element sets: size (half-points), East Asian font, bold,
    italic, underline, colour, highlight or shading."""
    if rpr is None:
        return {}
    out: dict = {}
    if (sz := _val(rpr, "sz")) is not None:
        out["sz"] = int(sz) if sz.isdigit() else None
    if (font := _wattr(_child(rpr, "rFonts"), "eastAsia")) is not None:
        out["font"] = font
    for name in ("b", "i"):
        if _child(rpr, name) is not None:
            out[name] = _on(_child(rpr, name))
    if _child(rpr, "u") is not None:
        underline = _val(rpr, "u")
        out["u"] = None if underline == "none" else underline or "single"
    if _child(rpr, "color") is not None:
        colour = (_val(rpr, "color") or "").upper()
        out["color"] = colour if colour not in ("", "AUTO", "000000") else None
    if (mark := _val(rpr, "highlight") or _shading(rpr)) is not None:
        out["hl"] = mark
    return out


def _run_format(p: ET.Element, inherited: dict) -> tuple[int | None, tuple] | None:
    """(size in half-points, emphasis) every run with text in the paragraph is set in, when the runs say it
    alike: the emphasis is what a reader sees set off besides the size — the East Asian font (黑体 over 仿宋),
    bold, italic, underline, a colour, a highlight or shading (the paragraph's own shading too). What a run does
    not set itself comes from the paragraph's style (`inherited`: a style 要点一 that is bold)."""
    formats = set()
    for r in p.iter():
        if not isinstance(r.tag, str) or _w_name(r.tag) != "r":
            continue
        if not any(_w_name(t.tag) == "t" and (t.text or "").strip() for t in r if isinstance(t.tag, str)):
            continue
        props = inherited | _run_props(_child(r, "rPr"))
        emphasis = (props.get("font"), props.get("b", False), props.get("i", False), props.get("u"), props.get("color"),
                    props.get("hl"))
        formats.add((props.get("sz"), emphasis))
        if len(formats) > 1:
            return None
    if not formats:
        return None
    size, emphasis = next(iter(formats))
    ppr = _child(p, "pPr")
    # the paragraph's own shading or a rule under it (a bottom border) sets it off too
    ruled = "border" if _child(_child(ppr, "pBdr"), "bottom") is not None else None
    return size, emphasis[:5] + (emphasis[5] or _shading(ppr) or ruled,)


def _shading(props: ET.Element | None) -> str | None:
    fill = (_wattr(_child(props, "shd"), "fill") or "").upper()
    return fill if fill not in ("", "AUTO", "FFFFFF") else None


HEADING_STYLE_NAME = re.compile(r"^(?:heading|标题)\s*([1-9])$", re.I)


def _outline_level(ppr: ET.Element | None, style_name: str | None = None) -> int | None:
    """The heading level (1 for Heading 1) a paragraph's properties or its style's name give, if any."""
    lvl = _val(ppr, "outlineLvl") if ppr is not None else None
    if lvl is not None and lvl.isdigit() and int(lvl) < 9:
        return int(lvl) + 1
    m = HEADING_STYLE_NAME.match((style_name or "").strip())
    return int(m.group(1)) if m else None


class Numbering:
    """word/numbering.xml + the numbering that styles carry; draws the number text of a paragraph."""

    def __init__(self, numbering: ET.Element | None, styles: StyleTable | None):
        self.abstract: dict[str, _Levels] = {}
        self.abstract_link: dict[str, str] = {}  # abstractNumId → numStyleLink style id
        self.nums: dict[str, tuple[str, dict[int, dict]]] = {}  # numId → (abstractNumId, overrides)
        self.styles = styles if styles is not None else StyleTable(b"")
        # What label() finds for a style, a num and a level, kept per reading: the parts never change
        # under it (a report's paragraphs name a few styles and lists thousands of times).
        self._style_num: dict[str | None, tuple[str, str | None] | None] = {}
        self._found: dict[str, tuple[str, _Levels, dict[int, dict]] | None] = {}
        self._cleared: dict[tuple[str, int], list[int]] = {}
        self.default_pstyle = self.styles.default_pstyle
        self._style_runs: dict[str, dict] = {}
        self.counters: dict[str, list[int | None]] = {}
        self.seen_nums: set[str] = set()
        if numbering is not None:
            self._read_numbering(numbering)

    def _read_numbering(self, root: ET.Element) -> None:
        for el in root:
            if not _is_w(el.tag):
                continue
            name = _local(el.tag)
            if name == "abstractNum":
                aid = _wattr(el, "abstractNumId")
                if aid is None:
                    continue
                self.abstract[aid] = _Levels(el)
                link = _val(el, "numStyleLink")
                if link:
                    self.abstract_link[aid] = link
            elif name == "num":
                nid = _wattr(el, "numId")
                aid = _val(el, "abstractNumId")
                if nid is None or aid is None:
                    continue
                overrides: dict[int, dict] = {}
                for ov in el:
                    if _local(ov.tag) != "lvlOverride":
                        continue
                    ilvl = _number(_wattr(ov, "ilvl"), 0)
                    entry: dict = {}
                    start = _number(_val(ov, "startOverride"), None, 0, MAX_COUNTER)
                    if start is not None:
                        entry["start"] = start
                    lvl = _child(ov, "lvl")
                    if lvl is not None:
                        entry["lvl"] = _level(lvl)
                    overrides[ilvl] = entry
                self.nums[nid] = (aid, overrides)

    def outline_level(self, ppr: ET.Element | None) -> int | None:
        """The paragraph's heading level: its own outline level, else its style chain's."""
        own = _outline_level(ppr)
        if own is not None:
            return own
        style_id = (_val(ppr, "pStyle") if ppr is not None else None) or self.default_pstyle
        return next((st["outline"] for _sid, st in self._style_chain(style_id) if st.get("outline")), None)

    def style_run(self, ppr: ET.Element | None) -> dict:
        """The run properties the paragraph's style gives its text (its own first, then those it is based on)."""
        style_id = (_val(ppr, "pStyle") if ppr is not None else None) or self.default_pstyle
        if style_id is None:
            return {}
        if style_id not in self._style_runs:
            merged: dict = {}
            for _sid, st in self._style_chain(style_id):
                merged = st.get("run", {}) | merged
            self._style_runs[style_id] = merged
        return self._style_runs[style_id]

    def _style_chain(self, style_id: str | None):
        seen = set()
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            yield style_id, self.styles[style_id]
            style_id = self.styles[style_id]["based_on"]

    def _levels(self, num_id: str) -> tuple[str, _Levels, dict[int, dict]] | None:
        entry = self.nums.get(num_id)
        if entry is None:
            return None
        aid, overrides = entry
        levels = self.abstract.get(aid)
        hops = 0
        while aid in self.abstract_link and hops < 5:  # abstractNum → style → num → the real abstractNum
            hops += 1
            style = self.styles.get(self.abstract_link[aid])
            linked = self.nums.get(style["num_id"]) if style and style.get("num_id") else None
            if linked is None or linked[0] == aid:
                break
            aid = linked[0]
            levels = self.abstract.get(aid) or levels
        if levels is None:
            return None
        return aid, levels, overrides

    def label(self, ppr: ET.Element | None) -> str:
        """The number text Word draws before this paragraph ('' when none); advances the counters."""
        style_id = _val(ppr, "pStyle") if ppr is not None else None
        style_id = style_id or self.default_pstyle
        numpr = _child(ppr, "numPr") if ppr is not None else None
        num_id = _val(numpr, "numId") if numpr is not None else None
        ilvl_s = _val(numpr, "ilvl") if numpr is not None else None
        if num_id is None:
            if style_id not in self._style_num:
                self._style_num[style_id] = next(
                    ((st["num_id"], st["ilvl"]) for _sid, st in self._style_chain(style_id) if st["num_id"] is not None), None)
            by_style = self._style_num[style_id]
            if by_style is not None:
                num_id = by_style[0]
                ilvl_s = ilvl_s if ilvl_s is not None else by_style[1]
        if not num_id or num_id == "0":
            return ""
        if num_id not in self._found:
            self._found[num_id] = self._levels(num_id)
        found = self._found[num_id]
        if found is None:
            return ""
        aid, levels, overrides = found
        if ilvl_s is None and style_id:  # the level whose pStyle is this paragraph's style
            ilvl_s = next((str(i) for i, lv in levels.items() if lv.get("pstyle") == style_id), None)
        ilvl = _number(ilvl_s, 0, 0, 8)

        def level(i: int) -> dict:
            ov = overrides.get(i, {})
            return ov.get("lvl") or levels.get(i) or {"fmt": "decimal", "text": f"%{i + 1}.", "start": 1}

        def start(i: int) -> int:
            ov = overrides.get(i, {})
            return ov.get("start", level(i).get("start", 1))

        # Word keeps one sequence per abstract list; a num that restarts (startOverride) starts it anew.
        counters = self.counters.setdefault(aid, [None] * 9)
        if num_id not in self.seen_nums:
            self.seen_nums.add(num_id)
            for i, ov in overrides.items():
                if "start" in ov and 0 <= i < 9:
                    counters[i] = None
                    if i == ilvl:
                        counters[i] = ov["start"] - 1
        counters[ilvl] = start(ilvl) if counters[ilvl] is None else counters[ilvl] + 1
        cleared = self._cleared.get((num_id, ilvl))
        if cleared is None:  # the deeper levels that restart after this one
            cleared = self._cleared[num_id, ilvl] = [
                deeper for deeper in range(ilvl + 1, 9)
                if (restart := level(deeper).get("restart")) is None or (restart != 0 and restart - 1 <= ilvl)]
        for deeper in cleared:
            counters[deeper] = None
        lv = level(ilvl)
        if lv.get("fmt") == "none" or lv.get("text") is None:
            return ""
        if lv.get("fmt") == "bullet":
            return ""  # bullet glyphs are symbol-font characters; the text is what matters

        def fmt_of(i: int) -> str:
            return "decimal" if lv.get("legal") and i < ilvl else level(i).get("fmt", "decimal")

        def sub(m: re.Match) -> str:
            i = int(m.group(1)) - 1
            if not 0 <= i < 9:
                return ""
            value = counters[i]
            if value is None:
                value = start(i)
            return format_number(value, fmt_of(i))

        text = _PLACEHOLDER.sub(sub, lv["text"])
        if not text:
            return ""
        suff = lv.get("suff", "tab")
        if suff == "nothing" or text[-1] in "、，,．）)]】」』：:" or _is_cjk_punct(text[-1]):
            return text
        return text + " "


def _on_attr(v: str | None) -> bool:
    return v is not None and v.lower() in ("1", "true", "on")


def _is_cjk_punct(ch: str) -> bool:
    return 0x3000 <= ord(ch) <= 0x303F or 0xFF00 <= ord(ch) <= 0xFF0F


class _Levels:
    """An abstract list's levels (ilvl → level), read from the XML when first looked at: a document
    uses a few of the dozens of lists Word keeps in numbering.xml."""

    def __init__(self, el: ET.Element):
        self.el = el
        self._levels: dict[int, dict] | None = None

    @property
    def levels(self) -> dict[int, dict]:
        if self._levels is None:
            self._levels = {_number(_wattr(lvl, "ilvl"), 0): _level(lvl) for lvl in self.el if _local(lvl.tag) == "lvl"}
        return self._levels

    def get(self, ilvl: int, default=None):
        return self.levels.get(ilvl, default)

    def items(self):
        return self.levels.items()

    def __bool__(self) -> bool:
        return bool(self.levels)


_PLACEHOLDER = re.compile(r"%([1-9])")  # a level's text: %1 … %9 stand for the counters

# Word's counters run from 0 to 32767; anything else in the file is not a number Word would draw.
MAX_COUNTER = 32767
_INT = re.compile(r"\s*([+-]?[0-9]{1,9})\s*")


def _number(value: str | None, default, lo: int = -MAX_COUNTER, hi: int = MAX_COUNTER):
    """An integer attribute as Word reads it: ASCII digits only ("²", "abc", 5,000 digits are not
    numbers), kept within [lo, hi]; `default` when it is not a number."""
    m = _INT.fullmatch(value) if value else None
    return max(lo, min(hi, int(m.group(1)))) if m else default


def _level(lvl: ET.Element) -> dict:
    return {
        "start": _number(_val(lvl, "start"), 1, 0, MAX_COUNTER),
        "fmt": _val(lvl, "numFmt") or "decimal",
        "text": _val(lvl, "lvlText"),
        "restart": _number(_val(lvl, "lvlRestart"), None, 0, 9),
        "legal": _on(_child(lvl, "isLgl")),
        "suff": _val(lvl, "suff") or "tab",
        "pstyle": _val(lvl, "pStyle"),
    }


_CN = "零一二三四五六七八九"
_CN_DIGIT = "〇一二三四五六七八九"
_CN_LEGAL = "零壹贰叁肆伍陆柒捌玖"
_TIANGAN = "甲乙丙丁戊己庚辛壬癸"
_DIZHI = "子丑寅卯辰巳午未申酉戌亥"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def format_number(n: int, fmt: str) -> str:
    """A counter value drawn in a Word numFmt (the ones Chinese documents use, and the common rest)."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "koreanCounting"):
        return chinese_count(n, _CN, "十百千")
    if fmt in ("chineseLegalSimplified", "taiwaneseCountingThousand"):
        return chinese_count(n, _CN_LEGAL, "拾佰仟") if fmt == "chineseLegalSimplified" else chinese_count(n, _CN, "十百千")
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join(_CN_DIGIT[int(d)] for d in str(max(n, 0)))
    if fmt in ("ideographTraditional",):
        return _TIANGAN[(n - 1) % 10] if n >= 1 else str(n)
    if fmt in ("ideographZodiac",):
        return _DIZHI[(n - 1) % 12] if n >= 1 else str(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle"):
        return _CIRCLED[n - 1] if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedParen":
        return chr(0x2474 + n - 1) if 1 <= n <= 20 else f"({n})"
    if fmt == "decimalEnclosedFullstop":
        return chr(0x2488 + n - 1) if 1 <= n <= 20 else f"{n}."
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return "".join(chr(0xFF10 + int(d)) for d in str(n))
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("lowerLetter", "upperLetter"):
        s = _letters(n)
        return s.upper() if fmt == "upperLetter" else s
    if fmt in ("lowerRoman", "upperRoman"):
        s = _roman(n)
        return s.lower() if fmt == "lowerRoman" else s
    if fmt == "none":
        return ""
    return str(n)


def _letters(n: int) -> str:
    if n <= 0:
        return str(n)
    # Word repeats the letter: 27 → aa, 28 → bb
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                       (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


# --------------------------------------------------------------------------- the body


_SKIP_INLINE = {"pPr", "rPr", "delText", "instrText", "del", "moveFrom", "commentReference", "footnoteReference",
                "endnoteReference", "annotationRef", "fldData", "sectPr", "proofErr", "bookmarkStart", "bookmarkEnd"}
# A table row is one line when every cell holds at most this much text in one paragraph.
_SHORT_CELL = 60


def _find_boxes(el: ET.Element, boxes: list[ET.Element], depth: int = 0) -> None:
    """The outermost text boxes (w:txbxContent) under a drawing; one branch of an AlternateContent."""
    if depth > MAX_INLINE_DEPTH:
        return  # a drawing nested this deep is built to exhaust the stack, not to hold text
    for c in el:
        if c.tag == f"{{{_MC}}}AlternateContent":
            branch = next((b for b in c if b.tag == f"{{{_MC}}}Choice"), None)
            branch = branch if branch is not None else next((b for b in c if b.tag == f"{{{_MC}}}Fallback"), None)
            if branch is not None:
                _find_boxes(branch, boxes, depth + 1)
        elif _is_w(c.tag) and _local(c.tag) == "txbxContent":
            boxes.append(c)
        else:
            _find_boxes(c, boxes, depth + 1)


class _Walker:
    def __init__(self, numbering: Numbering, chunks: dict[str, list[str]] | None = None):
        self.numbering = numbering
        self.chunks = chunks or {}
        self._held: list[tuple[str, ET.Element | None]] = []  # paragraphs before a style separator (see paragraph)
        self.lines: list[str] = []
        self.heading_levels: dict[int, int] = {}  # index in lines → the heading level Word gives it
        # index in lines → ((size, emphasis) all its text is set in, its length)
        self.formats: dict[int, tuple[tuple[int | None, tuple], int]] = {}
        self.warnings: list[str] = []
        self._depth = 0

    # block level ---------------------------------------------------------

    def blocks(self, parent: ET.Element) -> None:
        self._depth += 1
        try:
            if self._depth > 40:  # nested tables/text boxes this deep are hostile, not a report
                return
            for el in parent:
                self.block(el)
        finally:
            self._depth -= 1

    def block(self, el: ET.Element) -> None:
        tag = el.tag
        if tag == f"{{{_MC}}}AlternateContent":
            self._alternate(el, self.blocks)
            return
        name = _w_name(tag)
        if name is None:
            return
        if name == "p":
            self.paragraph(el)
        elif name == "tbl":
            self.table(el)
        elif name in ("sdt",):
            content = _child(el, "sdtContent")
            if content is not None:
                self.blocks(content)
        elif name in ("customXml", "ins", "moveTo", "sdtContent", "smartTag"):
            self.blocks(el)
        elif name == "altChunk":
            rid = next((v for k, v in el.attrib.items() if k.endswith("}id")), "")
            if rid in self.chunks:
                self.lines.extend(self.chunks[rid])  # the imported body, read as its own format
            elif "嵌入" not in " ".join(self.warnings):
                self.warnings.append("文档中有嵌入的外部内容（altChunk），这部分文字未被读取")

    def _alternate(self, el: ET.Element, then) -> None:
        for c in el:
            if c.tag == f"{{{_MC}}}Choice":
                then(c)
                return
        for c in el:
            if c.tag == f"{{{_MC}}}Fallback":
                then(c)
                return

    def paragraph(self, p: ET.Element) -> None:
        ppr = _child(p, "pPr")
        label = self.numbering.label(ppr)
        parts: list[str] = []
        boxes: list[ET.Element] = []
        self._inline(p, parts, boxes)
        text = "".join(parts)
        if _on(_child(_child(ppr, "rPr"), "specVanish")) and "\n" not in text:
            # Word's style separator: the paragraph mark is hidden, and Word shows this paragraph and the next as
            # one line ("三、2025年" in a heading style, "法治建设工作安排" in the next): held for the next paragraph
            self._held.append((label + text, ppr))
            for box in boxes:
                self.blocks(box)
            return
        if self._held:
            held, self._held = self._held, []
            label, ppr = "".join(t for t, _ in held) + label, held[0][1]  # read as the first part (a heading)'s
        if text.strip() and boxes:
            # a box holding one numbered heading, anchored in a paragraph of text (a top heading set in a text box,
            # anchored in the paragraph under it): it stands over that paragraph, and is read before it; other
            # boxes come after the paragraph they are anchored in
            heads = [box for box in boxes if _one_short_line(box)]
            for box in heads:
                self.blocks(box)
            boxes = [box for box in boxes if box not in heads]
        pieces = text.split("\n")
        pieces[0] = label + pieces[0]
        if len(pieces) == 1 and (level := self.numbering.outline_level(ppr)):
            self.heading_levels[len(self.lines)] = level
        elif len(pieces) == 1 and (fmt := _run_format(p, self.numbering.style_run(ppr))):
            self.formats[len(self.lines)] = (fmt, len(text))
        for piece in pieces:
            self.lines.append(piece.rstrip())
        for box in boxes:  # text boxes anchored in this paragraph come after it
            self.blocks(box)

    def _inline(self, el: ET.Element, out: list[str], boxes: list[ET.Element], depth: int = 0) -> None:
        if depth > MAX_INLINE_DEPTH:  # hyperlinks in hyperlinks… a thousand deep: read its text flat
            out.extend(t.text or "" for t in el.iter() if _is_w(t.tag) and _local(t.tag) == "t")
            return
        depth += 1
        for c in el:
            tag = c.tag
            if tag == f"{{{_MC}}}AlternateContent":
                self._alternate(c, lambda ch: self._inline(ch, out, boxes, depth))
                continue
            if not isinstance(tag, str):
                continue
            name = _w_name(tag)
            if name is None:
                _find_boxes(c, boxes)  # shapes outside w: carry text only in their text boxes
                continue
            if name in _SKIP_INLINE:
                continue
            if name == "t":
                out.append(c.text or "")
            elif name == "r":
                if _on(_child(_child(c, "rPr"), "vanish")):
                    continue
                self._inline(c, out, boxes, depth)
            elif name == "tab" or name == "ptab":
                out.append("\t")
            elif name in ("br", "cr"):
                out.append("\n")
            elif name == "noBreakHyphen":
                out.append("-")
            elif name == "softHyphen":
                continue
            elif name == "sym":
                ch = _wattr(c, "char")
                try:
                    code = int(ch or "", 16)
                except ValueError:
                    continue
                if code >= 0xF000:
                    code -= 0xF000  # symbol fonts map into the private-use area
                if 0x20 <= code < 0xD800:  # not a surrogate, not private use
                    out.append(chr(code))
            elif name == "txbxContent":
                boxes.append(c)
            elif name in ("drawing", "pict", "object"):
                _find_boxes(c, boxes)
            else:  # hyperlink, fldSimple, ins, moveTo, smartTag, sdt, sdtContent, customXml, …
                self._inline(c, out, boxes, depth)

    def format_levels(self) -> dict[int, int]:
        """index in lines → heading level, for the paragraphs set larger than the body's text (the size most
        characters are set in, a paragraph without a size of its own counted in none): the largest level 1;
        then, below those, the short paragraphs set off by emphasis alone (a font, bold, a colour, underline,
        shading the body's text does not have), a level for each emphasis in the order they first appear."""
        by_size: Counter = Counter()
        by_format: Counter = Counter()
        for (size, emphasis), length in self.formats.values():
            by_size[size] += length
            by_format[emphasis] += length
        if not by_size:
            return {}
        body = by_size.most_common(1)[0][0]
        larger: dict[int, float] = {i: size for i, ((size, _), _) in self.formats.items()
                                    if size and body and size >= HEADING_SIZE * body}
        levels = levels_by_size(larger)
        plain = by_format.most_common(1)[0][0]
        emphasised = {i: (emphasis, length) for i, ((_, emphasis), length) in self.formats.items()
                      if i not in larger and emphasis != plain and any(emphasis)}
        return levels | levels_by_emphasis(emphasised, max(levels.values(), default=0), sum(by_format.values()))

    def table(self, tbl: ET.Element) -> None:
        for tr in tbl:
            if _is_w(tr.tag) and _local(tr.tag) == "tr":
                self.row(tr)
            elif _is_w(tr.tag) and _local(tr.tag) in ("sdt", "customXml"):
                inner = _child(tr, "sdtContent") if _local(tr.tag) == "sdt" else tr
                if inner is not None:
                    self.table(inner)

    def _cells(self, tr: ET.Element) -> list[ET.Element]:
        cells = []
        for c in tr:
            if not _is_w(c.tag):
                continue
            name = _local(c.tag)
            if name == "tc":
                cells.append(c)
            elif name in ("sdt", "customXml"):
                inner = _child(c, "sdtContent") if name == "sdt" else c
                if inner is not None:
                    cells += self._cells(inner)
        return cells

    def row(self, tr: ET.Element) -> None:
        cells = []
        for tc in self._cells(tr):
            tcpr = _child(tc, "tcPr")
            vmerge = _child(tcpr, "vMerge")
            if vmerge is not None and (_wattr(vmerge, "val") or "continue") == "continue":
                continue  # the lower part of a vertically merged cell: its text is above
            cells.append(tc)
        # Read each cell on its own, then decide whether the row is one line.
        texts: list[list[str]] = []
        for tc in cells:
            sub = _Walker(self.numbering)
            sub._depth = self._depth + 1
            sub.blocks(tc)
            self.warnings += [w for w in sub.warnings if w not in self.warnings]
            texts.append([ln for ln in sub.lines if ln.strip()])
        texts = [t for t in texts if t]
        if not texts:
            return
        if len(texts) > 1 and all(len(t) == 1 and len(t[0]) <= _SHORT_CELL for t in texts):
            self.lines.append("\t".join(t[0].strip() for t in texts))
            return
        for t in texts:
            self.lines.extend(t)
