"""Form-only edits, twentieth set (t): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Each kind gives the very same report re-encoded or re-laid-out the way real offices, OA systems
and websites produce files, in ways sets g-s did not try: Word files with tracked changes whose
deleted text is last year's figures or a removed sentence (the final text is the report), with a
WPS custom list format for the headings, with odd/even/first-page headers and footers carrying the
issuer, with inline content controls (a title bound to the document property, a date picker), with
DOCPROPERTY fields, with Word 2003 smart tags (chsdate / chmetcnv) around dates and figures, split
across two tables, whose whole body is an HTML altChunk, laid out as a WPS 公文 (red rule, 版记
rules, no added words); PDFs printed from a browser (date, page title, URL, n/m on every page), with
a red seal image over the signature, with a CropBox inside a bleed MediaBox (slug text outside the
crop), exported as tagged PDF/A-2b; web pages converted by pdf2htmlEX (a div per visual line, spans
for spacing), with the article in an iframe srcdoc, as an AMP page, as a saved WeChat article
(visibility:hidden js_content, spans of a few characters), GBK bytes labelled windows-1252; text
from pdftotext of a 公文 PDF (28-character lines, 22 lines a page, `- n -`, form feed, the title as
running header), and mixed full/half-width punctuation.

An edit returns the edited text, or a `Payload` (set o's: file bytes, suffix, and the text a reader
of the file sees), or None where it does not apply.  Edits find what they change from the text's own
structure (form_edits' heading regexes, set g's title finder), never from a named document or line.
Which kinds are tuning and which held is decided by split_t.py (random, fixed seed).
"""
from __future__ import annotations

import datetime
import html
import io
import os
import re
import shutil
import tempfile
import zipfile
import zlib

from form_edits import _words
from form_edits_g import WS
from form_edits_o_kinds import (FONT_BODY, FONT_DIR, FONT_HEAD, FONT_SUB, _docx_bytes, _docx_doc,
                                _heading_levels, _indent_split, _lines, _numbering_consistent, _payload,
                                _title_idx, as_text, strip_form)
from form_edits_p_kinds import _zone_text
from form_edits_s_kinds import _closing_date_idx, _lo_convert, _title_year
from form_edits import headings

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WX = f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" xmlns:mc="{MC_NS}"'


def _nl(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _end(text: str) -> str:
    return _nl(text) if text.endswith(("\n", "\r")) else ""


def _x(s: str) -> str:
    return html.escape(s, quote=False)


def _crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


_UNIT_RE = re.compile(r"^(.{2,30}?)(?:关于|\d{4}年|二〇|法治)")


def _unit(lines, ti) -> str | None:
    """The issuing unit named at the head of the title (before 关于 / the year / 法治)."""
    if ti is None:
        return None
    m = _UNIT_RE.match(lines[ti].strip(WS))
    if not m:
        return None
    u = m.group(1).rstrip("，,、 ")
    return u if len(u) >= 2 else None


# ================================================================ .docx: our own XML layout
def _rpr(kind: str, extra: str = "") -> str:
    if kind == "title":
        return ('<w:rPr><w:rFonts w:ascii="方正小标宋简体" w:hAnsi="方正小标宋简体" w:eastAsia="方正小标宋简体" w:hint="eastAsia"/>'
                f'<w:sz w:val="44"/>{extra}</w:rPr>')
    if kind == "top":
        return f'<w:rPr><w:rFonts w:ascii="{FONT_HEAD}" w:hAnsi="{FONT_HEAD}" w:eastAsia="{FONT_HEAD}" w:hint="eastAsia"/>{extra}</w:rPr>'
    if kind == "sub":
        return f'<w:rPr><w:rFonts w:ascii="{FONT_SUB}" w:hAnsi="{FONT_SUB}" w:eastAsia="{FONT_SUB}" w:hint="eastAsia"/><w:b/>{extra}</w:rPr>'
    return f'<w:rPr><w:rFonts w:hint="eastAsia"/>{extra}</w:rPr>'


def _r(s: str, kind: str = "body") -> str:
    return f'<w:r>{_rpr(kind)}<w:t xml:space="preserve">{_x(s)}</w:t></w:r>' if s else ""


def _ppr(kind: str, indented: bool, extra: str = "") -> str:
    jc = '<w:jc w:val="center"/>' if kind == "title" else ""
    ind = '<w:ind w:firstLine="640"/>' if indented and kind != "title" else ""
    return f"<w:pPr>{extra}{ind}{jc}</w:pPr>"


def _p(inner: str, kind: str = "body", indented=False, ppr_extra: str = "") -> str:
    return f"<w:p {WX}>{_ppr(kind, indented, ppr_extra)}{inner}</w:p>"


def _kinds(lines):
    lv, ti = _heading_levels(lines), _title_idx(lines)
    out = []
    for i, ln in enumerate(lines):
        out.append("title" if i == ti else "top" if lv.get(i) == 0 else "sub" if lv.get(i) == 1 else "body")
    return out, lv, ti


def _build(paras: list[str], doc=None, before_body=None):
    """A python-docx document (set o's styles) whose body is the given paragraph/table XML strings."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    d = doc or _docx_doc()
    if before_body:
        before_body(d)
    sect = d.element.body.find(qn("w:sectPr"))
    for x in paras:
        sect.addprevious(parse_xml(x))
    return d


def _plain_paras(lines, kinds, run_fn=None) -> list[str]:
    out = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if not s:
            out.append(_p(""))
            continue
        k = kinds[i]
        out.append(_p(run_fn(i, s, k) if run_fn else _r(s, k), k, bool(ind)))
    return out


def docx_read_t(data: bytes) -> str:
    """The text a reader of a .docx sees in Word's final view: body paragraphs in order, through
    tables, block and inline content controls, hyperlinks, smart tags and simple fields; deleted text
    (w:delText, a deleted paragraph mark joins its paragraph to the next), field instructions,
    mc:Fallback copies, headers and footers are not body text.  An altChunk is read from its HTML."""
    from lxml import etree
    z = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(z.read("word/document.xml"))
    w = "{%s}" % W_NS
    rels = {}
    if "word/_rels/document.xml.rels" in z.namelist():
        rr = etree.fromstring(z.read("word/_rels/document.xml.rels"))
        rels = {e.get("Id"): e.get("Target") for e in rr}
    out = []

    def para_text(p):
        buf = []
        for el in p.iter():
            if el.tag == w + "t":
                if any(a.tag == "{%s}Fallback" % MC_NS for a in el.iterancestors()):
                    continue
                buf.append(el.text or "")
            elif el.tag == w + "br":
                buf.append("\n")
            elif el.tag == w + "tab":
                buf.append("\t")
        return "".join(buf)

    def para_deleted(p):
        ppr = p.find(w + "pPr")
        rpr = ppr.find(w + "rPr") if ppr is not None else None
        return rpr is not None and rpr.find(w + "del") is not None

    pending = []

    def walk(container):
        for el in container:
            if el.tag == w + "p":
                t = para_text(el)
                if para_deleted(el):
                    pending.append(t)
                    continue
                out.append("".join(pending) + t)
                pending.clear()
            elif el.tag == w + "tbl":
                for tr in el.iter(w + "tr"):
                    for tc in tr.findall(w + "tc"):
                        walk(tc)
            elif el.tag == w + "sdt":
                c = el.find(w + "sdtContent")
                if c is not None:
                    walk(c)
            elif el.tag == w + "altChunk":
                target = rels.get(el.get("{%s}id" % R_NS))
                page = z.read("word/" + target).decode("utf-8")
                out.append(_zone_text(page, None))
    walk(root.find(w + "body"))
    if pending:
        out.append("".join(pending))
    return "\n".join(out)


def _docx_payload(d) -> "Payload":
    data = d if isinstance(d, bytes) else _docx_bytes(d)
    return _payload(data, ".docx", docx_read_t(data))


def _zip_edit(data: bytes, edits: dict[str, bytes | None], add: dict[str, bytes] | None = None) -> bytes:
    """Rewrite parts of a package: edits maps a name to new bytes; add appends new parts."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zin.infolist():
            b = edits.get(it.filename, zin.read(it.filename))
            zo.writestr(it, b)
        for k, v in (add or {}).items():
            zo.writestr(k, v)
    return out.getvalue()


def _ct_add(data: bytes, overrides: list[tuple[str, str]], defaults: list[tuple[str, str]] = ()) -> bytes:
    z = zipfile.ZipFile(io.BytesIO(data))
    ct = z.read("[Content_Types].xml").decode("utf-8")
    add = "".join(f'<Default Extension="{e}" ContentType="{c}"/>' for e, c in defaults)
    add += "".join(f'<Override PartName="{p}" ContentType="{c}"/>' for p, c in overrides)
    return ct.replace("</Types>", add + "</Types>").encode("utf-8")


def _rels_add(data: bytes, name: str, rels: list[tuple[str, str, str]]) -> bytes:
    z = zipfile.ZipFile(io.BytesIO(data))
    x = z.read(name).decode("utf-8")
    add = "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g in rels)
    return x.replace("</Relationships>", add + "</Relationships>").encode("utf-8")


# ---------------------------------------------------------------- 1. tracked figure revisions
_FIG = re.compile(r"\d+")
REV_AUTHOR = "办公室-张敏"
REV_DATE = "2025-01-20T09:12:00Z"


def _older(num: str) -> str:
    n = int(num)
    if len(num) == 4 and 1990 <= n <= 2035:
        return str(n - 1)
    v = n + 1 + n // 7
    return str(v).zfill(len(num)) if num.startswith("0") else str(v)


def docx_revisions_last_year(text):
    """.docx rewritten from last year's report with 修订 (track changes) on, never accepted: in the
    title and in every body and heading line, each figure (a run of ASCII digits; every second one in
    body lines) is a tracked deletion of last year's value (a year one less, a count a bit higher) and
    a tracked insertion of this year's, `<w:del><w:delText>2023</w:delText></w:del><w:ins>…2024…</w:ins>`
    (author, date).  Word's final view -- what a reader reads -- is the report, word for word."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    rid = [100]
    n = [0]

    def runs(i, s, k):
        parts, last = [], 0
        for m in _FIG.finditer(s):
            if k == "body":
                n[0] += 1
                if n[0] % 2:
                    continue
            parts.append(_r(s[last:m.start()], k))
            rid[0] += 2
            parts.append(f'<w:del w:id="{rid[0]}" w:author="{REV_AUTHOR}" w:date="{REV_DATE}"><w:r>{_rpr(k)}'
                         f'<w:delText>{_older(m.group())}</w:delText></w:r></w:del>'
                         f'<w:ins w:id="{rid[0] + 1}" w:author="{REV_AUTHOR}" w:date="{REV_DATE}">{_r(m.group(), k)}</w:ins>')
            last = m.end()
        parts.append(_r(s[last:], k))
        return "".join(parts)

    if rid[0] == 100 and not any(_FIG.search(ln) for ln in lines):
        return None
    d = _build(_plain_paras(lines, kinds, runs))
    if rid[0] < 104:
        return None
    return _docx_payload(d)


# ---------------------------------------------------------------- 2. deleted draft paragraphs
_FIRST_SENT = re.compile(r"^[^。！？]{8,80}[。！？]")


def docx_deleted_draft_paras(text):
    """.docx of a draft whose reviser deleted, with 修订 on, a paragraph that repeated a sentence:
    before every third body paragraph of 40+ characters a whole paragraph -- the first sentence of
    that paragraph again -- sits in `<w:del>` with its paragraph mark deleted too (`<w:rPr><w:del/>`
    in its pPr), so Word's final view shows only the report.  Applies where 2+ such paragraphs."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    out, n, rid = [], 0, 200
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if not s:
            out.append(_p(""))
            continue
        k = kinds[i]
        m = _FIRST_SENT.match(s)
        if k == "body" and len(s) >= 40 and m:
            n += 1
            if n % 3 == 0:
                rid += 2
                mark = f'<w:rPr><w:del w:id="{rid}" w:author="{REV_AUTHOR}" w:date="{REV_DATE}"/></w:rPr>'
                out.append(_p(f'<w:del w:id="{rid + 1}" w:author="{REV_AUTHOR}" w:date="{REV_DATE}"><w:r>{_rpr(k)}'
                              f'<w:delText xml:space="preserve">{_x(m.group())}</w:delText></w:r></w:del>',
                              k, bool(ind), ppr_extra="") .replace("</w:pPr>", mark + "</w:pPr>", 1))
        out.append(_p(_r(s, k), k, bool(ind)))
    if n < 6:
        return None
    return _docx_payload(_build(out))


# ---------------------------------------------------------------- 3. WPS / Word custom list format
_NUM_ABS = (
    f'<w:abstractNum {WX} w:abstractNumId="77"><w:nsid w:val="5A1B2C3D"/><w:multiLevelType w:val="multilevel"/>'
    '<w:tmpl w:val="0F3A9C21"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:suff w:val="nothing"/>'
    '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr>'
    f'<w:rPr><w:rFonts w:ascii="{FONT_HEAD}" w:eastAsia="{FONT_HEAD}" w:hint="eastAsia"/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/>'
    '<mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="一, 二, 三, ..."/></mc:Choice>'
    '<mc:Fallback><w:numFmt w:val="chineseCounting"/></mc:Fallback></mc:AlternateContent>'
    '<w:lvlRestart w:val="0"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:firstLine="640"/></w:pPr>'
    f'<w:rPr><w:rFonts w:ascii="{FONT_SUB}" w:eastAsia="{FONT_SUB}" w:hint="eastAsia"/><w:b/></w:rPr></w:lvl>'
    '</w:abstractNum>')


def docx_numfmt_custom(text):
    """.docx whose top and sub headings are numbered by a list on the paragraphs (`<w:numPr>`), the
    typed numbers removed: level 1 `chineseCountingThousand` `%1、` as WPS writes it, level 2 Word
    2010's custom format `一, 二, 三, ...` inside `mc:AlternateContent` (Fallback chineseCounting)
    `（%2）`, restarting under each top heading; no tab after the number.  Applies where the typed
    numbers run 一, 二 … and （一）, （二） … from each top heading on."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    lines = _lines(text)
    hs = headings(lines, (0, 1))
    if not hs or not _numbering_consistent(lines, hs):
        return None
    hm = {i: (lvl, m) for i, lvl, m in hs}
    kinds, lv, ti = _kinds(lines)
    paras = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if i in hm:
            lvl, m = hm[i]
            k = "top" if lvl == 0 else "sub"
            paras.append(_p(_r(m.group("text").strip(WS), k), k, False,
                            ppr_extra=f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="77"/></w:numPr>'))
        elif not s:
            paras.append(_p(""))
        else:
            paras.append(_p(_r(s, kinds[i]), kinds[i], bool(ind)))

    def numbering(d):
        numb = d.part.numbering_part.element
        first = numb.find(qn("w:num"))
        a = parse_xml(_NUM_ABS)
        if first is not None:
            first.addprevious(a)
        else:
            numb.append(a)
        numb.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    return _docx_payload(_build(paras, before_body=numbering))


# ---------------------------------------------------------------- 4. headers/footers with the issuer
HDR_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
FTR_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
HDR_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
FTR_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"


def _hf(tag: str, inner: str) -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {WX}>{inner}</w:{tag}>').encode("utf-8")


def _page_field(prefix="— ", suffix=" —", jc="center") -> str:
    r = '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="28"/></w:rPr>'
    return (f'<w:p><w:pPr><w:jc w:val="{jc}"/></w:pPr>{r}<w:t xml:space="preserve">{prefix}</w:t></w:r>'
            f'{r}<w:fldChar w:fldCharType="begin"/></w:r>{r}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            f'{r}<w:fldChar w:fldCharType="separate"/></w:r>{r}<w:t>1</w:t></w:r>{r}<w:fldChar w:fldCharType="end"/></w:r>'
            f'{r}<w:t xml:space="preserve">{suffix}</w:t></w:r></w:p>')


def docx_header_footer_issuer(text):
    """.docx with the page furniture an office sets up: different first page (titlePg: empty header),
    different odd and even pages (evenAndOddHeaders): odd-page header the issuing unit right-aligned
    over a rule, even-page header `法治政府建设年度报告` left-aligned, footers `— PAGE —` outside
    (right on odd, left on even pages).  The body is set o's plain layout.  Applies where the title
    names a unit."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    unit = _unit(lines, ti)
    if not unit:
        return None
    d = _build(_plain_paras(lines, kinds))
    data = _docx_bytes(d)
    z = zipfile.ZipFile(io.BytesIO(data))
    doc = z.read("word/document.xml").decode("utf-8")
    rule = '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
    hdr_r = '<w:rPr><w:rFonts w:ascii="宋体" w:eastAsia="宋体"/><w:sz w:val="18"/></w:rPr>'
    parts = {
        "word/header1.xml": _hf("hdr", f'<w:p><w:pPr>{rule}<w:jc w:val="right"/></w:pPr><w:r>{hdr_r}<w:t>{_x(unit)}</w:t></w:r></w:p>'),
        "word/header2.xml": _hf("hdr", f'<w:p><w:pPr>{rule}<w:jc w:val="left"/></w:pPr><w:r>{hdr_r}<w:t>法治政府建设年度报告</w:t></w:r></w:p>'),
        "word/header3.xml": _hf("hdr", '<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>'),
        "word/footer1.xml": _hf("ftr", _page_field(jc="right")),
        "word/footer2.xml": _hf("ftr", _page_field(jc="left")),
        "word/footer3.xml": _hf("ftr", _page_field()),
    }
    refs = ('<w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="even" r:id="rIdH2"/>'
            '<w:headerReference w:type="first" r:id="rIdH3"/><w:footerReference w:type="default" r:id="rIdF1"/>'
            '<w:footerReference w:type="even" r:id="rIdF2"/><w:footerReference w:type="first" r:id="rIdF3"/>')
    doc = re.sub(r"<w:sectPr([^>]*)>", lambda m: f'<w:sectPr{m.group(1)} xmlns:r="{R_NS}">' + refs, doc, count=1)
    doc = doc.replace("</w:sectPr>", "<w:titlePg/></w:sectPr>")
    settings = z.read("word/settings.xml").decode("utf-8")
    settings = re.sub(r"(<w:settings[^>]*>)", r"\1<w:evenAndOddHeaders/>", settings, count=1)
    rels = [(f"rIdH{k}", HDR_T, f"header{k}.xml") for k in (1, 2, 3)] + [(f"rIdF{k}", FTR_T, f"footer{k}.xml") for k in (1, 2, 3)]
    data = _zip_edit(data, {"word/document.xml": doc.encode("utf-8"), "word/settings.xml": settings.encode("utf-8"),
                            "word/_rels/document.xml.rels": _rels_add(data, "word/_rels/document.xml.rels", rels),
                            "[Content_Types].xml": _ct_add(data, [("/" + k, HDR_CT if "header" in k else FTR_CT) for k in parts])},
                     add=parts)
    return _docx_payload(data)


# ---------------------------------------------------------------- 5. inline content controls
def _sdt_inline(inner: str, alias: str, tag: str, props: str = "") -> str:
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{_crc(inner) % 2**31}"/>'
            f'{props}</w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>')


def docx_inline_controls(text):
    """.docx from an OA template with inline content controls (`<w:sdt>` inside the paragraph): the
    title a control bound to the document's core title (`w:dataBinding` to dc:title, which carries the
    same title), each heading's text a rich-text control (alias 小标题), the closing date a date
    picker (`w:date`, format yyyy'年'M'月'd'日').  Applies where a title or a closing date is found."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    di = _closing_date_idx(lines)
    if ti is None and di is None:
        return None

    def runs(i, s, k):
        if i == ti:
            return _sdt_inline(_r(s, k), "标题", "title",
                               '<w:dataBinding w:prefixMappings="xmlns:ns0=\'http://purl.org/dc/elements/1.1/\' '
                               'xmlns:ns1=\'http://schemas.openxmlformats.org/package/2006/metadata/core-properties\'" '
                               'w:xpath="/ns1:coreProperties[1]/ns0:title[1]" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/><w:text/>')
        if i == di:
            m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s)
            iso = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}T00:00:00Z"
            return _r(s[:m.start()], k) + _sdt_inline(_r(m.group(), k), "成文日期", "date",
                                                      f'<w:date w:fullDate="{iso}"><w:dateFormat w:val="yyyy\'年\'M\'月\'d\'日\'"/>'
                                                      '<w:lid w:val="zh-CN"/><w:storeMappedDataAs w:val="dateTime"/>'
                                                      '<w:calendar w:val="gregorian"/></w:date>') + _r(s[m.end():], k)
        if k in ("top", "sub"):
            return _sdt_inline(_r(s, k), "小标题", "heading")
        return _r(s, k)

    d = _build(_plain_paras(lines, kinds, runs))
    if ti is not None:
        d.core_properties.title = lines[ti].strip(WS)
    return _docx_payload(d)


# ---------------------------------------------------------------- 6. DOCPROPERTY fields
CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"


def docx_docproperty_fields(text):
    """.docx from a template that fills the year in the title and the signing unit by fields: the
    title's year `<w:fldSimple w:instr=' DOCPROPERTY "报告年度" \\* MERGEFORMAT '>` (custom property
    报告年度, cached result the year), the unit at the head of the title and on a signature line at the
    end (a line that is only the unit) `DOCPROPERTY Company` (app.xml Company = the unit).  Applies
    where the title carries a year."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if ti is None:
        return None
    tm = re.search(r"(\d{4})(?=年)", lines[ti])
    if not tm:
        return None
    year = tm.group(1)
    unit = _unit(lines, ti)

    def fld(instr, val, k):
        return f'<w:fldSimple w:instr="{html.escape(instr, quote=True)}">{_r(val, k)}</w:fldSimple>'

    def runs(i, s, k):
        if i == ti:
            m = re.search(r"(\d{4})(?=年)", s)
            pre = s[:m.start()]
            head = ""
            if unit and pre.startswith(unit):
                head, pre = fld(" DOCPROPERTY  Company  \\* MERGEFORMAT ", unit, k), pre[len(unit):]
            return head + _r(pre, k) + fld(' DOCPROPERTY "报告年度" \\* MERGEFORMAT ', m.group(), k) + _r(s[m.end():], k)
        if unit and s == unit and i > len(lines) // 2:
            return fld(" DOCPROPERTY  Company  \\* MERGEFORMAT ", unit, k)
        return _r(s, k)

    d = _build(_plain_paras(lines, kinds, runs))
    data = _docx_bytes(d)
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="报告年度"><vt:lpwstr>{year}</vt:lpwstr></property>'
              '</Properties>').encode("utf-8")
    z = zipfile.ZipFile(io.BytesIO(data))
    edits = {"[Content_Types].xml": _ct_add(data, [("/docProps/custom.xml", CUSTOM_CT)]),
             "_rels/.rels": _rels_add(data, "_rels/.rels", [("rIdC9", CUSTOM_T, "docProps/custom.xml")])}
    if unit and "docProps/app.xml" in z.namelist():
        app = z.read("docProps/app.xml").decode("utf-8")
        app = re.sub(r"<Company>.*?</Company>|<Company/>", "", app)
        edits["docProps/app.xml"] = app.replace("</Properties>", f"<Company>{_x(unit)}</Company></Properties>").encode("utf-8")
    return _docx_payload(_zip_edit(data, edits, add={"docProps/custom.xml": custom}))


# ---------------------------------------------------------------- 7. Word 2003 smart tags
ST_URI = "urn:schemas-microsoft-com:office:smarttags"
_DATE_TAG = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_MEASURE = re.compile(r"(\d+(?:\.\d+)?)(万元|亿元|元|个|件|次|人次|人|项|场|名|户|家|余件|平方米|公里|米)")


def _smart(s: str, k: str) -> tuple[str, int]:
    spans = []
    for m in _DATE_TAG.finditer(s):
        spans.append((m.start(), m.end(), "chsdate",
                      [("IsROCDate", "False"), ("IsLunarDate", "False"), ("Day", str(int(m.group(3)))),
                       ("Month", str(int(m.group(2)))), ("Year", m.group(1))]))
    for m in _MEASURE.finditer(s):
        if any(a < m.end() and m.start() < b for a, b, *_ in spans):
            continue
        spans.append((m.start(), m.end(), "chmetcnv",
                      [("UnitName", m.group(2)), ("SourceValue", m.group(1)), ("HasSpace", "False"),
                       ("Negative", "False"), ("NumberType", "1"), ("TCSC", "0")]))
    spans.sort()
    out, last = [], 0
    for a, b, el, attrs in spans:
        out.append(_r(s[last:a], k))
        pr = "".join(f'<w:attr w:name="{n}" w:val="{v}"/>' for n, v in attrs)
        out.append(f'<w:smartTag w:uri="{ST_URI}" w:element="{el}"><w:smartTagPr>{pr}</w:smartTagPr>{_r(s[a:b], k)}</w:smartTag>')
        last = b
    out.append(_r(s[last:], k))
    return "".join(out), len(spans)


def docx_chsdate_smarttags(text):
    """.docx first written in Word 2003/2007 with smart tags on, as many Chinese office files still
    are: each full date `2024年3月5日` wrapped in `<w:smartTag w:element="chsdate">` (Year / Month /
    Day attributes) and each figure with a measure word (`12件`, `3.5万元`) in `chmetcnv` smart tags,
    the runs inside the tags.  Applies where 3+ tags are made."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    n = [0]

    def runs(i, s, k):
        x, c = _smart(s, k)
        n[0] += c
        return x

    d = _build(_plain_paras(lines, kinds, runs))
    if n[0] < 3:
        return None
    return _docx_payload(d)


# ---------------------------------------------------------------- 8. the report across two tables
def _tbl(rows: list[str]) -> str:
    return (f'<w:tbl {WX}><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>'
            + "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
            + '</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="8846"/></w:tblGrid>'
            + "".join(f'<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w="8846" w:type="dxa"/></w:tcPr>{r}</w:tc></w:tr>' for r in rows)
            + "</w:tbl>")


def docx_two_tables(text):
    """.docx exported by a CMS whose article template is a borderless one-column table, one row per
    paragraph, which the export broke into two tables at a page break (an empty paragraph between
    them) in the middle of a part: the title and any lines above it stay paragraphs above the first
    table; the split falls at the body paragraph nearest the middle of the rest."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    start = (ti + 1) if ti is not None else 0
    paras = _plain_paras(lines, kinds)
    rest = list(range(start, len(lines)))
    body = [i for i in rest if kinds[i] == "body" and lines[i].strip()]
    if len(body) < 4:
        return None
    mid = min(body, key=lambda i: abs(i - (start + len(lines)) / 2))
    strip = lambda x: x.replace(f" {WX}", "", 1)  # noqa: E731
    out = paras[:start] + [_tbl([strip(paras[i]) for i in range(start, mid)]), _p(""),
                           _tbl([strip(paras[i]) for i in range(mid, len(lines))])]
    return _docx_payload(_build(out))


# ---------------------------------------------------------------- 9. body as an HTML altChunk
AFCHUNK_T = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def _article_html(lines, kinds, title_tag="h1") -> str:
    out = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        e = _x(s)
        k = kinds[i]
        if not s:
            continue
        if k == "title":
            out.append(f'<{title_tag} style="text-align:center">{e}</{title_tag}>')
        elif k == "top":
            out.append(f"<h2>{e}</h2>")
        elif k == "sub":
            out.append(f"<h3>{e}</h3>")
        else:
            out.append(f'<p style="text-indent:2em">{e}</p>' if ind else f"<p>{e}</p>")
    return "\n".join(out)


def docx_altchunk_html(text):
    """.docx written by a web system's 'export to Word' that embeds the article as HTML: the body is a
    single `<w:altChunk r:id=…>` pointing at word/afchunk.htm (a UTF-8 page: title `<h1>`, tops
    `<h2>`, subs `<h3>`, a `<p>` per body line); Word renders it on opening.  No other body text."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    page = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>\n'
            + _article_html(lines, kinds) + "\n</body></html>").encode("utf-8")
    d = _build([f'<w:altChunk {WX} r:id="rIdAf1"/>'])
    data = _docx_bytes(d)
    data = _zip_edit(data, {"[Content_Types].xml": _ct_add(data, [("/word/afchunk.htm", "text/html")]),
                            "word/_rels/document.xml.rels": _rels_add(data, "word/_rels/document.xml.rels",
                                                                     [("rIdAf1", AFCHUNK_T, "afchunk.htm")])},
                     add={"word/afchunk.htm": page})
    return _docx_payload(data)


# ---------------------------------------------------------------- 10. WPS 公文 layout
def docx_wps_gongwen(text):
    """.docx saved by WPS Office in the 公文 layout (GB/T 9704), no word added: docProps/app.xml
    Application `WPS Office`, docProps/custom.xml KSOProductBuildVer and ICV; A4 with margins
    37/35/28/26 mm and a document grid of 22 lines × 28 characters; body 仿宋_GB2312 三号 at an exact
    28.95 pt line pitch, title 方正小标宋简体 二号, tops 黑体, subs 楷体_GB2312; under the title an
    empty paragraph drawn as the red rule (bottom border FF0000, 2.25 pt); at the end the 版记 rules
    (two empty paragraphs with a top border: 1 pt then 0.75 pt, black)."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    spacing = '<w:spacing w:line="579" w:lineRule="exact"/>'
    paras = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        k = kinds[i]
        if not s:
            paras.append(_p("", ppr_extra=spacing))
            continue
        paras.append(_p(_r(s, k).replace("</w:rPr>", '<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>', 1) if k != "title" else _r(s, k),
                        k, bool(ind), ppr_extra=spacing))
        if k == "title":
            paras.append(_p("", ppr_extra='<w:pBdr><w:bottom w:val="single" w:sz="18" w:space="1" w:color="FF0000"/></w:pBdr>'))
    paras.append(_p("", ppr_extra='<w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr>'))
    paras.append(_p("", ppr_extra='<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'))
    d = _build(paras)
    from docx.shared import Mm
    for sec in d.sections:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    data = _docx_bytes(d)
    z = zipfile.ZipFile(io.BytesIO(data))
    doc = z.read("word/document.xml").decode("utf-8")
    doc = re.sub(r"<w:docGrid[^>]*/>", "", doc)
    doc = doc.replace("</w:sectPr>", '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/></w:sectPr>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template>'
           '<Pages>1</Pages><Application>WPS Office_12.1.0.17827_F1E327BC-269C-435d-A252-1D12A48E7F70</Application>'
           '<DocSecurity>0</DocSecurity></Properties>').encode("utf-8")
    custom = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
              'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.17827</vt:lpwstr></property>'
              '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>7E2C5B1A0F4D4C0C9A3E6B2D1F8A9C70_12</vt:lpwstr></property>'
              '</Properties>').encode("utf-8")
    edits = {"word/document.xml": doc.encode("utf-8"), "docProps/app.xml": app,
             "[Content_Types].xml": _ct_add(data, [("/docProps/custom.xml", CUSTOM_CT)]),
             "_rels/.rels": _rels_add(data, "_rels/.rels", [("rIdC9", CUSTOM_T, "docProps/custom.xml")])}
    return _docx_payload(_zip_edit(data, edits, add={"docProps/custom.xml": custom}))


# ================================================================ PDF
def _pdf_base(header=None, footer=None, fmt="A4"):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            if header:
                header(self)

        def footer(self):
            if footer:
                footer(self)

    pdf = P(format=fmt)
    pdf.set_margins(28, 30, 26)
    pdf.set_auto_page_break(True, 28)
    pdf.add_font("serif", "", FONT_DIR + "NotoSerifCJK-Regular.ttc", collection_font_number=2)
    pdf.add_font("serif", "B", FONT_DIR + "NotoSerifCJK-Bold.ttc", collection_font_number=2)
    return pdf


def _pdf_body(pdf, lines, kinds):
    pdf.add_page()
    for i, ln in enumerate(lines):
        s = ln.rstrip(WS)
        k = kinds[i]
        if k == "title":
            pdf.set_font("serif", "", 20)
            pdf.multi_cell(0, 11, s.strip(WS), align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("serif", "B" if k in ("top", "sub") else "", 15)
            pdf.multi_cell(0, 9, s if s else " ", align="L", new_x="LMARGIN", new_y="NEXT")


def _pdf_payload(data: bytes, lines) -> "Payload":
    return _payload(data, ".pdf", "\n".join(lines))


def pdf_browser_print(text):
    """The report's web page printed to PDF from a browser with 'headers and footers' on: on every
    page, top left the print date and time (`2025/3/3 上午9:41`), top centre the page's `<title>` (the
    report's title), bottom left the page's URL, bottom right `n/m`; the article below in the page's
    own layout (title centred, bold headings).  Applies where a title is found."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if ti is None:
        return None
    title = lines[ti].strip(WS)
    year = _title_year(lines, ti)
    c = _crc(text)
    stamp = f"{year + 1}/3/{c % 20 + 3} 上午9:{c % 50 + 10}"
    url = f"https://www.example.gov.cn/zwgk/fzzfjs/{year + 1}03/t{year + 1}03{c % 20 + 3:02d}_{c % 900000 + 100000}.html"

    def header(p):
        p.set_font("serif", "", 8)
        p.set_xy(8, 5)
        p.cell(60, 5, stamp)
        p.set_xy(70, 5)
        p.cell(110, 5, title[:60], align="C")
        p.set_y(p.t_margin)

    def footer(p):
        p.set_font("serif", "", 8)
        p.set_xy(8, -10)
        p.cell(150, 5, url)
        p.set_xy(-30, -10)
        p.cell(22, 5, f"{p.page_no()}/{{nb}}", align="R")

    pdf = _pdf_base(header, footer)
    pdf.alias_nb_pages()
    _pdf_body(pdf, lines, kinds)
    return _pdf_payload(bytes(pdf.output()), lines)


def _seal_png(size=400) -> bytes:
    from PIL import Image, ImageDraw
    im = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    red = (220, 30, 30, 170)
    dr.ellipse((8, 8, size - 8, size - 8), outline=red, width=14)
    import math
    cx = cy = size / 2
    r1, r2 = size * 0.16, size * 0.065
    pts = []
    for k in range(10):
        a = -math.pi / 2 + k * math.pi / 5
        r = r1 if k % 2 == 0 else r2
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    dr.polygon(pts, fill=red)
    dr.arc((60, 60, size - 60, size - 60), 200, 340, fill=(220, 30, 30, 120), width=5)
    bio = io.BytesIO()
    im.save(bio, "PNG")
    return bio.getvalue()


def pdf_seal_over_signature(text):
    """A signed and sealed report scanned back in as a PDF with its text layer: set o's PDF layout, and
    a red round seal image (semi-transparent PNG: ring, star, arc; no text) stamped over the last two
    non-blank lines (the signing unit and the date, or the last lines), as 盖章 then 'save as PDF'."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    nb = [i for i, ln in enumerate(lines) if ln.strip(WS)]
    if len(nb) < 3:
        return None
    seal = io.BytesIO(_seal_png())
    pdf = _pdf_base()
    pdf.add_page()
    ys = {}
    for i, ln in enumerate(lines):
        s = ln.rstrip(WS)
        k = kinds[i]
        ys[i] = (pdf.page_no(), pdf.get_y())
        if k == "title":
            pdf.set_font("serif", "", 20)
            pdf.multi_cell(0, 11, s.strip(WS), align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("serif", "B" if k in ("top", "sub") else "", 15)
            pdf.multi_cell(0, 9, s if s else " ", align="R" if i in nb[-2:] and len(s.strip(WS)) < 30 else "L",
                           new_x="LMARGIN", new_y="NEXT")
    page, y = ys[nb[-2]]
    pdf.page = page
    pdf.image(seal, x=pdf.w - pdf.r_margin - 48, y=max(10, y - 14), w=42, h=42)
    pdf.page = pdf.pages_count
    return _pdf_payload(bytes(pdf.output()), lines)


def pdf_cropbox_bleed(text):
    """A PDF from a print shop's pipeline: each page 226 × 313 mm (MediaBox) with the A4 trim as
    CropBox (8 mm bleed all round), crop marks and a slug line (`稿件 12345　第 n 页　印前检查通过`)
    outside the CropBox -- a viewer and a printer show only the A4 page with the report."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    c = _crc(text) % 90000 + 10000
    B = 8.0

    def header(p):
        p.set_line_width(0.2)
        for (x0, y0, x1, y1) in ((0, B, B - 2, B), (B, 0, B, B - 2), (p.w - B + 2, B, p.w, B), (p.w - B, 0, p.w - B, B - 2),
                                 (0, p.h - B, B - 2, p.h - B), (B, p.h, B, p.h - B + 2),
                                 (p.w - B + 2, p.h - B, p.w, p.h - B), (p.w - B, p.h, p.w - B, p.h - B + 2)):
            p.line(x0, y0, x1, y1)
        p.set_font("serif", "", 6)
        p.set_xy(B + 4, 1.5)
        p.cell(120, 4, f"稿件 {c}　第 {p.page_no()} 页　印前检查通过")
        p.set_xy(p.l_margin, p.t_margin)

    pdf = _pdf_base(header, None, fmt=(210 + 2 * B, 297 + 2 * B))
    pdf.set_margins(28 + B, 30 + B, 26 + B)
    pdf.set_auto_page_break(True, 28 + B)
    _pdf_body(pdf, lines, kinds)
    raw = bytes(pdf.output())
    rd = PdfReader(io.BytesIO(raw))
    wr = PdfWriter()
    k = 72 / 25.4
    for pg in rd.pages:
        h = float(pg.mediabox.height)
        pg.cropbox = RectangleObject([B * k, B * k, float(pg.mediabox.width) - B * k, h - B * k])
        pg.trimbox = RectangleObject([B * k, B * k, float(pg.mediabox.width) - B * k, h - B * k])
        wr.add_page(pg)
    bio = io.BytesIO()
    wr.write(bio)
    return _pdf_payload(bio.getvalue(), lines)


def pdf_a2b_tagged(text):
    """The report as a tagged PDF/A-2b, as archives (归档) and some 政务公开 platforms require: set o's
    Word layout with the headings in 标题 1 / 标题 2 styles, exported by LibreOffice with
    SelectPdfVersion 2 (PDF/A-2b: fonts embedded, XMP metadata) and UseTaggedPDF (structure tree
    with H1/H2/P)."""
    if not shutil.which("soffice"):
        return None
    from form_edits_o_kinds import docx_heading_styles, docx_plain_paras
    lines = _lines(text)
    src = docx_heading_styles(text) or docx_plain_paras(text)
    opts = '{"SelectPdfVersion":{"type":"long","value":"2"},"UseTaggedPDF":{"type":"boolean","value":"true"}}'
    data, _ = _lo_convert(bytes(src), "r.docx", "pdf:writer_pdf_Export:" + opts, "pdf")
    # the words a reader sees: blank lines dropped where the heading-styles layout dropped them
    return _pdf_payload(data, lines)


# ---------------------------------------------------------------- PDF: own line layout (Type3, OCR)
_PAGE_W, _PAGE_H = 595.28, 841.89  # A4 in pt
_ML, _MR, _MT, _MB = 79.0, 74.0, 105.0, 99.0  # 公文 margins 28/26/37/35 mm


def _layout(lines, kinds, adv):
    """[(page, x, y_baseline, size, text)] for a left/centre line layout: adv(ch, size) the advance."""
    out, page, y = [], 0, _MT
    width = _PAGE_W - _ML - _MR
    for i, ln in enumerate(lines):
        k = kinds[i]
        ind, s = _indent_split(ln)
        size = 20.0 if k == "title" else 15.0
        lh = size * 1.75
        if not s:
            y += lh * 0.6
            continue
        s = s if k == "title" else ("\u3000\u3000" + s if ind else s)
        pieces, cur, w = [], "", 0.0
        for ch in s:
            a = adv(ch, size)
            if cur and w + a > width and ch not in "，。；：、！？）》”’,.;:!?)%":
                pieces.append((cur, w))
                cur, w = "", 0.0
            cur += ch
            w += a
        pieces.append((cur, w))
        for t, w in pieces:
            if y + lh > _PAGE_H - _MB:
                page, y = page + 1, _MT
            y += lh
            x = _ML + (width - w) / 2 if k == "title" else _ML
            out.append((page, x, y, size, t))
    return out


class _PathPen:
    def __init__(self, scale=1.0):
        from fontTools.pens.basePen import BasePen

        ops = []

        class Pen(BasePen):
            def _moveTo(self, p):
                ops.append(f"{p[0]:.0f} {p[1]:.0f} m")

            def _lineTo(self, p):
                ops.append(f"{p[0]:.0f} {p[1]:.0f} l")

            def _curveToOne(self, p1, p2, p3):
                ops.append(f"{p1[0]:.0f} {p1[1]:.0f} {p2[0]:.0f} {p2[1]:.0f} {p3[0]:.0f} {p3[1]:.0f} c")

            def _closePath(self):
                ops.append("h")

        self.ops = ops
        self.Pen = Pen


def _pdf_objects(objs: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(f"{n} 0 obj\n".encode() + o + b"\nendobj\n")
    x = out.tell()
    out.write(f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode())
    for o in offs:
        out.write(f"{o:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 2 0 R >>\nstartxref\n{x}\n%%EOF\n".encode())
    return out.getvalue()


def _stream(data: bytes, extra: str = "") -> bytes:
    z = zlib.compress(data)
    return f"<< /Length {len(z)} /Filter /FlateDecode {extra}>>\nstream\n".encode() + z + b"\nendstream"


def pdf_type3_glyphs(text):
    """A PDF whose text is set in **Type3 fonts**, as some PDF printers and 公文 systems write CJK text:
    every glyph a CharProc drawing the Noto Serif CJK SC outline as a filled path (d0), up to 256
    glyphs a font (codes in order of first use, so the codes are not Unicode), each font with a
    ToUnicode CMap; A4, 公文 margins, title centred 20 pt, the rest 15 pt, lines wrapped at the
    measure; no page furniture."""
    from fontTools.ttLib import TTCollection
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    font = TTCollection(FONT_DIR + "NotoSerifCJK-Regular.ttc").fonts[2]
    cmap, hmtx, gs = font.getBestCmap(), font["hmtx"], font.getGlyphSet()
    upm = font["head"].unitsPerEm
    notdef = cmap.get(ord("口"))

    def gname(ch):
        return cmap.get(ord(ch), notdef)

    def adv(ch, size):
        return hmtx[gname(ch)][0] * size / upm
    lay = _layout(lines, kinds, adv)
    codes: dict[str, tuple[int, int]] = {}
    fonts: list[list[str]] = []
    for *_, t in lay:
        for ch in t:
            if ch not in codes:
                if not fonts or len(fonts[-1]) == 256:
                    fonts.append([])
                codes[ch] = (len(fonts) - 1, len(fonts[-1]))
                fonts[-1].append(ch)
    npages = max(p for p, *_ in lay) + 1
    # object numbers: 1 catalog, 2 info, 3 pages, then per page (page, content), then per font
    # (font, charprocs dict is inline, each charproc one object, tounicode one object)
    objs: list[bytes] = [b"", b"", b""]
    page_nums = []
    for pg in range(npages):
        page_nums.append(len(objs) + 1)
        objs += [b"", b""]
    font_ids = []
    for f in fonts:
        fid = len(objs) + 1
        font_ids.append(fid)
        objs.append(b"")
        cp_ids = []
        for ch in f:
            pen = _PathPen()
            g = gname(ch)
            gs[g].draw(pen.Pen(gs))
            w = hmtx[g][0]
            path = " ".join(pen.ops) + (" f" if pen.ops else "")
            objs.append(_stream(f"{w} 0 d0\n{path}\n".encode()))
            cp_ids.append(len(objs))
        bf = "".join(f"<{c:02X}> <{ord(ch):04X}>\n" if ord(ch) < 0x10000 else
                     f"<{c:02X}> <{(0xD800 + ((ord(ch) - 0x10000) >> 10)):04X}{(0xDC00 + ((ord(ch) - 0x10000) & 0x3FF)):04X}>\n"
                     for c, ch in enumerate(f))
        chunks = bf.strip().split("\n")
        body = "".join(f"{min(100, len(chunks) - a)} beginbfchar\n" + "\n".join(chunks[a:a + 100]) + "\nendbfchar\n"
                       for a in range(0, len(chunks), 100))
        cm = ("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) "
              "/Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
              "1 begincodespacerange\n<00> <FF>\nendcodespacerange\n" + body +
              "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
        objs.append(_stream(cm.encode()))
        tu = len(objs)
        diffs = " ".join(f"/c{c}" for c in range(len(f)))
        procs = " ".join(f"/c{c} {cp_ids[c]} 0 R" for c in range(len(f)))
        widths = " ".join(str(hmtx[gname(ch)][0]) for ch in f)
        objs[fid - 1] = (f"<< /Type /Font /Subtype /Type3 /FontBBox [-100 -300 1100 1000] /FontMatrix [0.001 0 0 0.001 0 0] "
                         f"/CharProcs << {procs} >> /Encoding << /Type /Encoding /Differences [0 {diffs}] >> "
                         f"/FirstChar 0 /LastChar {len(f) - 1} /Widths [{widths}] /ToUnicode {tu} 0 R /Resources << >> >>").encode()
    fres = " ".join(f"/T{n} {fid} 0 R" for n, fid in enumerate(font_ids))
    for pg in range(npages):
        ops = []
        for p, x, y, size, t in lay:
            if p != pg:
                continue
            ops.append(f"BT 1 0 0 1 {x:.2f} {_PAGE_H - y:.2f} Tm")
            cur = None
            for ch in t:
                fi, c = codes[ch]
                if fi != cur:
                    ops.append(f"/T{fi} {size:g} Tf")
                    cur = fi
                ops.append(f"<{c:02X}> Tj")
            ops.append("ET")
        pn = page_nums[pg]
        objs[pn - 1] = (f"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 {_PAGE_W} {_PAGE_H}] /Contents {pn + 1} 0 R "
                        f"/Resources << /Font << {fres} >> >> >>").encode()
        objs[pn] = _stream("\n".join(ops).encode())
    objs[0] = b"<< /Type /Catalog /Pages 3 0 R >>"
    objs[1] = b"<< /Producer (PDF printer) >>"
    objs[2] = f"<< /Type /Pages /Count {npages} /Kids [{' '.join(f'{n} 0 R' for n in page_nums)}] >>".encode()
    return _pdf_payload(_pdf_objects(objs), lines)


def pdf_ocr_invisible_text(text):
    """A scanned paper report made searchable by OCR (扫描件 + 文字识别): each page a grey-scale JPEG
    image of the printed page (150 dpi, drawn from the text in Noto Serif CJK, slightly rotated), with
    the recognised text laid under it as **invisible text** (render mode 3) at the same places, as
    ABBYY / Acrobat / scanner software write a 'searchable PDF'."""
    from fpdf import FPDF
    from PIL import Image, ImageDraw, ImageFont
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    pdf = FPDF(unit="pt", format=(_PAGE_W, _PAGE_H))
    pdf.set_auto_page_break(False)
    pdf.add_font("serif", "", FONT_DIR + "NotoSerifCJK-Regular.ttc", collection_font_number=2)

    def adv(ch, size):
        pdf.set_font("serif", "", size)
        return pdf.get_string_width(ch)
    lay = _layout(lines, kinds, adv)
    npages = max(p for p, *_ in lay) + 1
    dpi = 150
    k = dpi / 72
    fonts = {}
    for pg in range(npages):
        im = Image.new("L", (int(_PAGE_W * k), int(_PAGE_H * k)), 250)
        dr = ImageDraw.Draw(im)
        for p, x, y, size, t in lay:
            if p != pg:
                continue
            f = fonts.setdefault(size, ImageFont.truetype(FONT_DIR + "NotoSerifCJK-Regular.ttc", int(size * k), index=2))
            dr.text((x * k, y * k), t, font=f, fill=30, anchor="ls")
        im = im.rotate(0.35 if pg % 2 else -0.25, fillcolor=250)
        bio = io.BytesIO()
        im.save(bio, "JPEG", quality=70)
        pdf.add_page()
        pdf.image(bio, x=0, y=0, w=_PAGE_W, h=_PAGE_H)
        pdf.text_mode = 3
        for p, x, y, size, t in lay:
            if p != pg:
                continue
            pdf.set_font("serif", "", size)
            pdf.text(x, y, t)
        pdf.text_mode = 0
    return _pdf_payload(bytes(pdf.output()), lines)


# ================================================================ HTML
def _page(head: str, body: str, lang="zh-CN", html_attrs="") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"{html_attrs}>\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n'
            f"<body>\n{body}\n</body>\n</html>\n")


def _wrap28(s: str, width=28) -> list[str]:
    """Visual lines of a 公文 line: `width` characters, a closing mark never starts a line."""
    out, cur = [], ""
    for ch in s:
        in_word = cur and ch.isascii() and (ch.isalnum() or ch in ".%") and cur[-1].isascii() and (cur[-1].isalnum() or cur[-1] == ".")
        if len(cur) >= width and ch not in "，。；：、！？）》”’,.;:!?)%" and not in_word:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out


def html_pdf2htmlex(text):
    """The report's PDF put on the site through pdf2htmlEX: pages `<div class="pf" data-page-no>`, each
    visual line of 28 characters (a body line wrapped, the indent kept on its first visual line) an
    absolutely placed `<div class="t m0 x… h… y… ff… fs… fc0 sc0 ls0 ws0">`, with empty spacing
    spans `<span class="_ _N"></span>` every few characters; 22 visual lines a page; blank lines are
    only space."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    vis = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if not s:
            continue
        k = kinds[i]
        parts = _wrap28(("\u3000\u3000" if ind and k != "title" else "") + s, 22 if k == "title" else 28)
        vis.extend((p, k) for p in parts)
    pages, y = [], 0
    divs = []
    n = 0
    for j, (s, k) in enumerate(vis):
        if j and j % 22 == 0:
            pages.append(divs)
            divs = []
        n += 1
        chunks, pos, c = [], 0, _crc(s)
        while pos < len(s):
            step = 3 + (c >> pos) % 4 if pos < 28 else 4
            chunks.append(_x(s[pos:pos + step]))
            pos += step
        inner = "".join(ch + (f'<span class="_ _{(c + m) % 9}"></span>' if m < len(chunks) - 1 else "")
                        for m, ch in enumerate(chunks))
        ff = 2 if k == "title" else 3 if k in ("top", "sub") else 1
        x = 5 if k == "title" else 1
        divs.append(f'<div class="t m0 x{x} h{ff + 1} y{len(divs) + 10:x} ff{ff} fs{ff - 1} fc0 sc0 ls0 ws0">{inner}</div>')
    pages.append(divs)
    body = '<div id="sidebar"><div id="outline"></div></div>\n<div id="page-container">\n' + "\n".join(
        f'<div id="pf{p + 1:x}" class="pf w0 h0" data-page-no="{p + 1:x}"><div class="pc pc{p + 1:x} w0 h0">'
        + "".join(ds) + "</div></div>" for p, ds in enumerate(pages)) + "\n</div>"
    head = ('<meta name="generator" content="pdf2htmlEX"/>\n<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"/>\n'
            '<style type="text/css">.t{position:absolute;white-space:pre;font-size:1px;transform-origin:0% 100%;}'
            '._{display:inline-block;}' + "".join(f"._{k}{{width:{k * 0.37:.2f}px;}}" for k in range(9))
            + ".pf{position:relative;background-color:white;overflow:hidden;margin:0;border:0;}"
            "#sidebar{position:absolute;top:0;left:0;bottom:0;width:250px;padding:0;margin:0;overflow:auto;}</style>\n"
            "<title></title>")
    page = _page(head, body, lang="")
    data = page.encode("utf-8")
    seen = _zone_text(page, "page-container")
    return _payload(data, ".html", seen)


def html_iframe_srcdoc(text):
    """A 政府信息公开 detail page whose article is shown in an iframe filled from the page itself:
    `<iframe id="contentFrame" srcdoc="…">` carrying the article as escaped HTML (title `<h1>`, tops
    `<h2>`, subs `<h3>`, a `<p>` per line), the outer page only a frame with the document's
    `<title>`: the reader sees the article in the frame."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    inner = ('<!DOCTYPE html><html><head><meta charset="utf-8"><style>body{font-family:仿宋;font-size:16pt}</style></head>'
             '<body><div id="content">' + _article_html(lines, kinds) + "</div></body></html>")
    title = lines[ti].strip(WS) if ti is not None else ""
    body = ('<div class="gk-wrap"><div class="gk-frame">\n'
            f'<iframe id="contentFrame" width="100%" height="2400" frameborder="0" scrolling="no" srcdoc="{html.escape(inner, quote=True)}"></iframe>\n'
            "</div></div>")
    page = _page(f"<title>{_x(title)}</title>", body)
    return _payload(page.encode("utf-8"), ".html", _zone_text(inner, "content"))


def html_amp_article(text):
    """The report's page on a site's mobile (AMP) edition: `<html ⚡ lang="zh-CN">`, the AMP runtime
    script and boilerplate style, a `<link rel="canonical">`, JSON-LD NewsArticle (headline = the
    title, datePublished from the closing date when there is one), an `<amp-img>` logo, the article
    in `<article>`: `<h1>` title, `<h2>` tops, `<h3>` subs, `<p>` per line."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    title = lines[ti].strip(WS) if ti is not None else ""
    di = _closing_date_idx(lines)
    pub = ""
    if di is not None:
        m = re.search(r"(\d{4})年(\d{1,2})月(\d{1,2})日", lines[di])
        pub = f',"datePublished":"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}T09:00:00+08:00"'
    c = _crc(text)
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":' + json_str(title) + pub
          + ',"publisher":{"@type":"GovernmentOrganization","logo":{"@type":"ImageObject","url":"https://www.example.gov.cn/images/logo.png"}}}')
    head = ('<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">\n'
            '<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
            f'<link rel="canonical" href="https://www.example.gov.cn/zwgk/{c % 99999}.html">\n'
            '<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;'
            'animation:-amp-start 8s steps(1,end) 0s 1 normal both}@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>'
            '<noscript><style amp-boilerplate>body{-webkit-animation:none;animation:none}</style></noscript>\n'
            '<style amp-custom>article p{text-indent:2em;line-height:1.8}h1{font-size:20px;text-align:center}</style>\n'
            f'<script type="application/ld+json">{ld}</script>\n<title>{_x(title)}</title>')
    body = ('<header class="m-top"><amp-img src="/images/logo.png" width="120" height="32" layout="fixed"></amp-img></header>\n'
            '<article id="article">\n' + _article_html(lines, kinds) + "\n</article>")
    page = _page(head, body, html_attrs=" \u26a1")
    return _payload(page.encode("utf-8"), ".html", _zone_text(page, "article"))


def json_str(s: str) -> str:
    import json
    return json.dumps(s, ensure_ascii=False)


def html_wechat_saved(text):
    """A WeChat official-account article saved with the browser ('网页，全部'): `og:title` and
    `var msg_title = '…'.html(false);` in the head, `<h1 class="rich_media_title" id="activity-name">`,
    the body in `<div class="rich_media_content js_underline_content" id="js_content"
    style="visibility: hidden;">` (WeChat's script shows it), each top part wrapped in a 135editor
    `<section data-role="paragraph">`, each line a `<p style=…>` whose text is cut into `<span
    style=…>` of 1-4 characters (the editor's per-run styles), headings in `<strong>`.  Applies where
    the title is the first non-blank line."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    nb = [i for i, ln in enumerate(lines) if ln.strip(WS)]
    if ti is None or nb[0] != ti:
        return None
    title = lines[ti].strip(WS)
    parts, cur = [], []
    for i, ln in enumerate(lines):
        if i == ti:
            continue
        ind, s = _indent_split(ln)
        k = kinds[i]
        if k == "top" and cur:
            parts.append(cur)
            cur = []
        if not s:
            cur.append('<p style="line-height: 1.75em;"><br></p>')
            continue
        c, pos, spans = _crc(s), 0, []
        while pos < len(s):
            step = 1 + (c >> (pos % 24)) % 4
            spans.append(f'<span style="font-size: 16px;letter-spacing: 1px;font-family: 仿宋;">{_x(s[pos:pos + step])}</span>')
            pos += step
        inner = "".join(spans)
        if k in ("top", "sub"):
            inner = f"<strong>{inner}</strong>"
        sty = "line-height: 1.75em;margin-bottom: 8px;" + ("text-indent: 2em;" if ind else "")
        cur.append(f'<p style="{sty}">{inner}</p>')
    parts.append(cur)
    body_html = "\n".join('<section data-role="paragraph" class="_135editor">\n' + "\n".join(p) + "\n</section>" for p in parts)
    esc = title.replace("\\", "\\\\").replace("'", "\\'")
    head = (f'<meta property="og:title" content="{html.escape(title, quote=True)}">\n'
            f"<script>var msg_title = '{esc}'.html(false);</script>\n<title>{_x(title)}</title>")
    body = ('<div class="rich_media_area_primary_inner">\n'
            f'<h1 class="rich_media_title" id="activity-name">\n{_x(title)}\n</h1>\n'
            '<div class="rich_media_content js_underline_content" id="js_content" style="visibility: hidden;">\n'
            + body_html + "\n</div>\n</div>")
    page = _page(head, body)
    seen = title + "\n" + _zone_text(page, "js_content")
    return _payload(page.encode("utf-8"), ".html", seen)


def html_gbk_labelled_1252(text):
    """An old site's page whose bytes are GBK but whose header says Western: `<meta
    http-equiv="Content-Type" content="text/html; charset=windows-1252">` (a template copied from an
    English site); a character outside GBK as `&#N;`; a `<p>` per line in `<div id="zoom">`, title centred in bold.  A reader switches the
    browser to GBK (or the browser's detector does) and sees the report."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    ps = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        e = _x(s)
        k = kinds[i]
        if not s:
            ps.append("<p></p>")
        elif k == "title":
            ps.append(f'<p align="center"><b>{e}</b></p>')
        elif k in ("top", "sub"):
            ps.append(f"<p><b>{e}</b></p>")
        else:
            ps.append(f'<p style="text-indent:2em">{e}</p>' if ind else f"<p>{e}</p>")
    page = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\r\n<html>\r\n<head>\r\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\r\n</head>\r\n<body>\r\n'
            '<div id="zoom">\r\n' + "\r\n".join(ps) + "\r\n</div>\r\n</body>\r\n</html>\r\n")
    data = page.encode("gbk", errors="xmlcharrefreplace")
    return _payload(data, ".html", _zone_text(data.decode("gbk"), "zoom"))


# ================================================================ plain text
_PAGE_NO_T = re.compile(r"^- \d+ -$")


def txt_pdftotext_running_title(text):
    """pdftotext (no -layout) of a 公文 PDF with the title as running header: every line wrapped at
    28 characters (a closing mark never starts a line), 22 lines a page; each page ends with a blank
    line and `- n -`, then a form feed; every page after the first opens with the title (the 页眉)
    and a blank line.  Blank lines of the text are dropped (a PDF has none).  Applies where a title
    is found and 2+ pages result."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if ti is None:
        return None
    title = lines[ti].strip(WS)
    vis = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if s:
            vis.extend(_wrap28(("\u3000\u3000" if ind else "") + s, 28))
    pages = [vis[k:k + 22] for k in range(0, len(vis), 22)]
    if len(pages) < 2:
        return None
    out = []
    for n, pg in enumerate(pages, 1):
        if n > 1:
            out += [title, ""]
        out += pg + ["", f"- {n} -", "\f"]
    nl = _nl(text)
    return nl.join(out)


_PAIRS = (("，", ","), ("：", ":"), ("；", ";"))


def txt_mixed_width_punct(text):
    """A report typed with the IME's punctuation mode toggled now and then: in body lines (title and
    headings untouched), every second comma, colon and semicolon and every second pair of round
    brackets, counted through the whole text, is written in the other width than the text mostly
    uses (full-width ， ： ； （） in a text typed with ASCII , : ; () and the other way round).  ASCII
    marks between two digits (1,200  15:50) are not touched.  Applies where 4+ marks change."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    flip = {}
    for fw, hw in _PAIRS:
        if text.count(fw) >= text.count(hw):
            flip[fw] = hw + (" " if hw != ":" else "")
        else:
            flip[hw] = fw
    paren_fw = text.count("（") >= text.count("(")
    po, pc, qo, qc = ("（", "）", "(", ")") if paren_fw else ("(", ")", "（", "）")
    cnt = {k: 0 for k in list(flip) + [po]}
    out, n = [], 0
    for i, ln in enumerate(lines):
        if kinds[i] != "body":
            out.append(ln)
            continue
        buf, stack = [], []
        for j, ch in enumerate(ln):
            between_digits = 0 < j < len(ln) - 1 and ln[j - 1].isdigit() and ln[j + 1].isdigit()
            if ch in flip and not between_digits:
                cnt[ch] += 1
                if cnt[ch] % 2 == 0:
                    buf.append(flip[ch])
                    n += 1
                    continue
            elif ch == po:
                cnt[po] += 1
                stack.append(cnt[po] % 2 == 0)
                if stack[-1]:
                    buf.append(qo)
                    n += 1
                    continue
            elif ch == pc and stack:
                if stack.pop():
                    buf.append(qc)
                    continue
            buf.append(ch)
        out.append("".join(buf).rstrip(" ") if not ln.endswith(" ") else "".join(buf))
    if n < 4:
        return None
    return _nl(text).join(out) + _end(text)


# ================================================================ words check and heading norm
def strip_form_t(t: str, title: str | None = None) -> str:
    t = strip_form(t.replace("\f", "\n"))
    t = "\n".join(ln for ln in t.split("\n") if not _PAGE_NO_T.match(ln.strip()))
    return t


def words_kept(original: str, edited) -> bool:
    """Same words in the same order (form_edits' word filter) after strip_form on both sides; a
    Payload is compared through the text a reader of it sees.  pdftotext furniture: `- n -` lines and
    form feeds are dropped, and a line equal to the title after the first such line (the running
    header) is dropped."""
    from form_edits_g import find_title
    o_lines = _lines(original)
    ti = find_title(o_lines)
    raw = as_text(edited)
    e = strip_form_t(raw)
    if ti is not None and "\f" in raw:
        title = strip_form(o_lines[ti]).strip()
        el, seen = [], False
        for ln in e.split("\n"):
            if ln.strip() == title:
                if seen:
                    continue
                seen = True
            el.append(ln)
        e = "\n".join(el)
    return _words(strip_form_t(original), False) == _words(e, True)


EXTRA_LEAK = (r"- \d+ -|\f|chsdate|chmetcnv|DOCPROPERTY|MERGEFORMAT|Company|报告年度|稿件|印前|上午\d|https?:|"
              r"\.html|\d+/\d+$|<span|<i |_ _\d|pdf2htmlEX|srcdoc|js_content|msg_title|amp-|[\u00c0-\u00ff]|"
              r"法治政府建设年度报告法治|\t")


def heading_norm(h):
    s = strip_form(h or "")
    s = re.sub(r"^[" + WS + r"]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])", "", s)
    return "".join(ch for ch in s if ch.isalnum())


ALL_KINDS = {
    "docx_revisions_last_year": docx_revisions_last_year,
    "docx_deleted_draft_paras": docx_deleted_draft_paras,
    "docx_numfmt_custom": docx_numfmt_custom,
    "docx_header_footer_issuer": docx_header_footer_issuer,
    "docx_inline_controls": docx_inline_controls,
    "docx_docproperty_fields": docx_docproperty_fields,
    "docx_chsdate_smarttags": docx_chsdate_smarttags,
    "docx_two_tables": docx_two_tables,
    "docx_altchunk_html": docx_altchunk_html,
    "docx_wps_gongwen": docx_wps_gongwen,
    "pdf_browser_print": pdf_browser_print,
    "pdf_seal_over_signature": pdf_seal_over_signature,
    "pdf_cropbox_bleed": pdf_cropbox_bleed,
    "pdf_a2b_tagged": pdf_a2b_tagged,
    "pdf_type3_glyphs": pdf_type3_glyphs,
    "pdf_ocr_invisible_text": pdf_ocr_invisible_text,
    "html_pdf2htmlex": html_pdf2htmlex,
    "html_iframe_srcdoc": html_iframe_srcdoc,
    "html_amp_article": html_amp_article,
    "html_wechat_saved": html_wechat_saved,
    "html_gbk_labelled_1252": html_gbk_labelled_1252,
    "txt_pdftotext_running_title": txt_pdftotext_running_title,
    "txt_mixed_width_punct": txt_mixed_width_punct,
}
