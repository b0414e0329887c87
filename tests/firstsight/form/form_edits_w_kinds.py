"""Form-only edits, twenty-third set (w): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Each kind gives the very same report presented the way office software and sites present it, in
ways sets g-v did not try: Word headings with a paragraph border and shading, with emphasis dots
(着重号) and double underline, with expanded character spacing; tracked *formatting* changes on every
paragraph and run (text untouched); parts wrapped in Word 2007 custom XML elements; an OpenDocument
text of plain paragraphs split into spans with soft page breaks; web pages with each heading
character in its own span, with paragraphs as items of an unstyled list, with parts as `<section>`s
under `<header>`s, with every non-ASCII character a numeric reference on a page labelled ISO-8859-1;
PDFs shrunk to fit (content scaled on the page), and laid out sideways with `/Rotate 90` so it
shows upright; plain text with classic Mac CR line ends, in UTF-32 with a BOM, with indents of
no-break spaces.

An edit returns a `Payload` (set o's: file bytes, suffix, and the text a reader of the file sees), or
None where it does not apply.  Edits find what they change from the text's own structure (set t's
`_kinds`), never from a named document or line.  Which kinds are tuning and which held is decided by
split_w.py (random, fixed seed).
"""
from __future__ import annotations

import io
import re
import zipfile

from form_edits_o_kinds import _docx_bytes, _indent_split, _lines, _payload
from form_edits_t_kinds import W_NS, WX, _build, _kinds, _p, _r, _x, heading_norm  # noqa: F401
from form_edits_u_kinds import EXTRA_LEAK as _U_LEAK, _doc_edit, _docx_u, _page, _html_payload, read_wml, words_kept  # noqa: F401
from form_edits_v_kinds import _html_blocks, _paras, _pdf_payload, _plain_docx
from form_edits_g import WS


def _has(kinds, *ks):
    return any(k in ks for k in kinds)


# ================================================================ Word
def docx_heading_border_shading(text):
    """Headings set off as many templates do: a coloured rule under each top heading (`w:pBdr`
    bottom) and a shaded band (`w:shd` fill) behind top and sub headings."""
    def ppr(k):
        if k == "top":
            return ('<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="C00000"/></w:pBdr>'
                    '<w:shd w:val="clear" w:color="auto" w:fill="DEEAF6"/>')
        if k == "sub":
            return '<w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/>'
        return ""
    paras, kinds, lv, ti = _paras(text, ppr_fn=ppr)
    if not _has(kinds, "top", "sub"):
        return None
    return _docx_u(_docx_bytes(_build(paras)))


def docx_emphasis_marks(text):
    """Headings emphasised the Chinese way: emphasis dots under each character (`w:em w:val="dot"`,
    着重号), bold and a double underline; body runs unchanged."""
    def runs(s, k):
        if k not in ("top", "sub"):
            return _r(s, k)
        f = "黑体" if k == "top" else "楷体_GB2312"
        return (f'<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:hint="eastAsia"/><w:b/>'
                f'<w:sz w:val="32"/><w:u w:val="double"/><w:em w:val="dot"/></w:rPr>'
                f'<w:t xml:space="preserve">{_x(s)}</w:t></w:r>')
    paras, kinds, lv, ti = _paras(text, run_fn=runs)
    if not _has(kinds, "top", "sub"):
        return None
    return _docx_u(_docx_bytes(_build(paras)))


def docx_expanded_char_spacing(text):
    """The title and top headings spread by expanded character spacing (`w:spacing w:val="60"`,
    3 pt between characters) and widened glyphs (`w:w 120`) instead of typed spaces."""
    def runs(s, k):
        if k not in ("title", "top"):
            return _r(s, k)
        f = "方正小标宋简体" if k == "title" else "黑体"
        sz = 44 if k == "title" else 32
        return (f'<w:r><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:hint="eastAsia"/>'
                f'<w:spacing w:val="60"/><w:w w:val="120"/><w:sz w:val="{sz}"/></w:rPr>'
                f'<w:t xml:space="preserve">{_x(s)}</w:t></w:r>')
    paras, kinds, lv, ti = _paras(text, run_fn=runs)
    if not _has(kinds, "top", "title"):
        return None
    return _docx_u(_docx_bytes(_build(paras)))


def docx_format_revisions(text):
    """A draft reviewed with Track Changes on where the reviewer changed only formatting: every
    paragraph carries `w:pPrChange` and every run `w:rPrChange` (author, date, the old properties);
    the words are untouched, so nothing is inserted or deleted."""
    n = [100]

    def nid():
        n[0] += 1
        return n[0]
    att = 'w:author="法制科" w:date="2026-01-20T09:30:00Z"'

    def fn(x):
        x = re.sub(r"</w:pPr>", lambda m: f'<w:pPrChange w:id="{nid()}" {att}><w:pPr><w:ind w:firstLine="0"/></w:pPr></w:pPrChange></w:pPr>', x)
        x = re.sub(r"</w:rPr>", lambda m: f'<w:rPrChange w:id="{nid()}" {att}><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrChange></w:rPr>', x)
        x = re.sub(r"<w:r>(?=<w:t)", lambda m: f'<w:r><w:rPr><w:rPrChange w:id="{nid()}" {att}><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrChange></w:rPr>', x)
        return x
    data = _plain_docx(text)
    out = _doc_edit(data, fn)
    return _payload(out, ".docx", read_wml(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")))


def docx_custom_xml_parts(text):
    """Parts wrapped in Word 2007 custom XML elements (`w:customXml w:element="part"` with an
    attribute, the title and preamble in `w:element="head"`), as document-assembly and OA systems
    tag a report's parts; the paragraphs inside are unchanged."""
    paras, kinds, lv, ti = _paras(text)
    if "top" not in kinds:
        return None
    lines = _lines(text)
    groups, cur, name = [], [], "head"
    for i, p in enumerate(paras):
        if kinds[i] == "top" and _indent_split(lines[i])[1]:
            groups.append((name, cur))
            cur, name = [], "part"
        cur.append(p)
    groups.append((name, cur))
    out = []
    for j, (nm, ps) in enumerate(groups):
        if not ps:
            continue
        out.append(f'<w:customXml {WX} w:uri="urn:oa:fzbg" w:element="{nm}"><w:customXmlPr>'
                   f'<w:attr w:name="seq" w:val="{j}"/></w:customXmlPr>' + "".join(ps) + "</w:customXml>")
    plain = _docx_bytes(_build(paras))
    return _payload(_docx_bytes(_build(out)), ".docx", read_wml(zipfile.ZipFile(io.BytesIO(plain)).read("word/document.xml")))


# ================================================================ OpenDocument
_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')
_CUT = re.compile(r"(?<=[，；。：、])")


def odt_spans_soft_breaks(text):
    """An OpenDocument text as LibreOffice/WPS save a pasted report: every line a `text:p` (headings
    too, bold by an automatic style, no `text:h`), each paragraph split into `text:span`s at its
    punctuation, and a `text:soft-page-break` where a page would end (every 24 paragraphs)."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    body, n = [], 0
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        k = kinds[i]
        st = {"title": "P1", "top": "P2", "sub": "P3"}.get(k, "P4" if ind else "P5")
        brk = ""
        if s:
            n += 1
            if n % 24 == 0:
                brk = "<text:soft-page-break/>"
        pieces = [x for x in _CUT.split(s) if x]
        inner = "".join(f'<text:span text:style-name="T{1 + j % 2}">{_x(x)}</text:span>' for j, x in enumerate(pieces))
        body.append(f'<text:p text:style-name="{st}">{brk}{inner}</text:p>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODT_NS} office:version="1.2">'
               '<office:automatic-styles>'
               '<style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
               '<style:text-properties fo:font-size="22pt" fo:font-weight="bold"/></style:style>'
               '<style:style style:name="P2" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="P3" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style>'
               '<style:style style:name="P4" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.3in"/></style:style>'
               '<style:style style:name="P5" style:family="paragraph"/>'
               '<style:style style:name="T1" style:family="text"><style:text-properties style:font-name-asian="仿宋_GB2312"/></style:style>'
               '<style:style style:name="T2" style:family="text"><style:text-properties style:font-name-asian="仿宋"/></style:style>'
               '</office:automatic-styles><office:body><office:text>' + "".join(body) +
               '</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return _payload(bio.getvalue(), ".odt", "\n".join(_indent_split(ln)[1] for ln in lines))


# ================================================================ HTML
def _blocks_html(text, top, sub, title="<h1>{}</h1>", body="<p>{}</p>"):
    out = []
    for k, s in _html_blocks(text):
        e = _x(s)
        out.append((title if k == "title" else top if k == "top" else sub if k == "sub" else body).format(e))
    return out


def html_char_spans_headings(text):
    """Headings as some CMS editors save letter-spaced text: every character of the title and the
    headings in its own `<span style="letter-spacing:…">`, paragraphs plain `<p>`."""
    bl = _html_blocks(text)
    if not any(k in ("top", "sub") for k, _ in bl):
        return None
    out = []
    for k, s in bl:
        if k in ("title", "top", "sub"):
            inner = "".join(f'<span style="letter-spacing:2px">{_x(c)}</span>' for c in s)
            tag = {"title": "h1", "top": "h2", "sub": "h3"}[k]
            out.append(f"<{tag}>{inner}</{tag}>")
        else:
            out.append(f"<p>{_x(s)}</p>")
    return _html_payload(_page("<title></title>", '<div class="article">\n' + "\n".join(out) + "\n</div>"))


def html_ul_paragraphs(text):
    """A page whose editor put the whole report in one unstyled list: every paragraph and heading an
    `<li>` of `<ul style="list-style:none">` (headings `<li><strong>`), the title `<h1>` above."""
    bl = _html_blocks(text)
    out, lst = [], []
    for k, s in bl:
        e = _x(s)
        if k == "title" and not lst:
            out.append(f"<h1>{e}</h1>")
        else:
            lst.append(f"<li><strong>{e}</strong></li>" if k in ("top", "sub") else f"<li>{e}</li>")
    body = "\n".join(out) + '\n<ul style="list-style:none;padding:0">\n' + "\n".join(lst) + "\n</ul>"
    return _html_payload(_page("<title></title>", body))


def html_section_header_parts(text):
    """HTML5 sectioning as newer CMS templates write it: each top-level part a `<section
    aria-labelledby>` whose heading sits in a `<header>` (`<h2 id>`), sub-headings `<h3>`; the title in
    the article's own `<header>`."""
    bl = _html_blocks(text)
    if not any(k == "top" for k, _ in bl):
        return None
    out, open_, n = [], False, 0
    for k, s in bl:
        e = _x(s)
        if k == "title":
            out.append(f"<header><h1>{e}</h1></header>")
        elif k == "top":
            n += 1
            if open_:
                out.append("</section>")
            out.append(f'<section aria-labelledby="part{n}">\n<header><h2 id="part{n}">{e}</h2></header>')
            open_ = True
        else:
            out.append(f"<h3>{e}</h3>" if k == "sub" else f"<p>{e}</p>")
    if open_:
        out.append("</section>")
    return _html_payload(_page("<title></title>", "<main><article>\n" + "\n".join(out) + "\n</article></main>"))


def html_latin1_ncr(text):
    """A page labelled `charset=iso-8859-1` (an English-default CMS) whose editor stored every
    non-ASCII character as a decimal numeric reference (`&#27861;&#27835;…`): the bytes are pure
    ASCII, a browser shows the Chinese text."""
    bl = _html_blocks(text)

    def ncr(s):
        return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in _x(s))
    out = []
    for k, s in bl:
        e = ncr(s)
        out.append(f"<h1>{e}</h1>" if k == "title" else f"<p><b>{e}</b></p>" if k in ("top", "sub") else f"<p>{e}</p>")
    page = ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n'
            '<title></title>\n</head>\n<body>\n<div class="content">\n' + "\n".join(out) + "\n</div>\n</body>\n</html>\n")
    return _payload(page.encode("ascii"), ".html", "\n".join(s for _, s in bl))


# ================================================================ PDF
def pdf_shrink_to_fit(text):
    """A PDF printed 'shrink to fit' (to a printer margin or from a larger sheet): each page's content
    scaled to 86 % and centred on the same A4 page."""
    from pypdf import PdfReader, PdfWriter, Transformation

    def fn(data):
        wr = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        for pg in wr.pages:
            w, h = float(pg.mediabox.width), float(pg.mediabox.height)
            pg.add_transformation(Transformation().scale(0.86, 0.86).translate(w * 0.07, h * 0.07))
        bio = io.BytesIO()
        wr.write(bio)
        return bio.getvalue()
    return _pdf_payload(text, fn)


def pdf_rotated_upright(text):
    """A PDF whose pages are stored sideways (landscape media, content drawn rotated) with `/Rotate 90`
    so a viewer shows them upright, as some scanners' and print drivers' output is."""
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.generic import ArrayObject, FloatObject, NameObject, NumberObject

    def fn(data):
        wr = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        for pg in wr.pages:
            w, h = float(pg.mediabox.width), float(pg.mediabox.height)
            # (x, y) -> (-y, x) -> (h - y, x): content in a h x w box, read upright after a 90 deg turn
            pg.add_transformation(Transformation().rotate(90).translate(h, 0))
            box = ArrayObject([NumberObject(0), NumberObject(0), FloatObject(h), FloatObject(w)])
            pg[NameObject("/MediaBox")] = box
            if "/CropBox" in pg:
                del pg["/CropBox"]
            pg[NameObject("/Rotate")] = NumberObject(90)
        bio = io.BytesIO()
        wr.write(bio)
        return bio.getvalue()
    return _pdf_payload(text, fn)


# ================================================================ plain text
def txt_mac_cr(text):
    """A text file with classic Mac OS line ends (CR only), as old Mac editors and some mail
    gateways leave them."""
    t = text.replace("\r\n", "\n")
    return _payload(t.replace("\n", "\r").encode("utf-8"), ".txt", t)


def txt_utf32_bom(text):
    """A text file saved as UTF-32 little-endian with its BOM (some Unicode-aware editors and
    conversion scripts offer it)."""
    return _payload(b"\xff\xfe\x00\x00" + text.encode("utf-32-le"), ".txt", text)


def txt_nbsp_indent(text):
    """A report copied out of a web page: every body paragraph starts with four no-break spaces
    (U+00A0, what `&nbsp;&nbsp;&nbsp;&nbsp;` becomes), in place of its indent if it had one;
    the title and headings as they were."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    out = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        out.append("\u00a0" * 4 + s if s and kinds[i] == "body" else ln)
    t = "\n".join(out)
    return _payload(t.encode("utf-8"), ".txt", t)


EXTRA_LEAK = _U_LEAK + r"|&#\d+;|customXml|soft-page-break|text:span"

ALL_KINDS = {
    "docx_heading_border_shading": docx_heading_border_shading,
    "docx_emphasis_marks": docx_emphasis_marks,
    "docx_expanded_char_spacing": docx_expanded_char_spacing,
    "docx_format_revisions": docx_format_revisions,
    "docx_custom_xml_parts": docx_custom_xml_parts,
    "odt_spans_soft_breaks": odt_spans_soft_breaks,
    "html_char_spans_headings": html_char_spans_headings,
    "html_ul_paragraphs": html_ul_paragraphs,
    "html_section_header_parts": html_section_header_parts,
    "html_latin1_ncr": html_latin1_ncr,
    "pdf_shrink_to_fit": pdf_shrink_to_fit,
    "pdf_rotated_upright": pdf_rotated_upright,
    "txt_mac_cr": txt_mac_cr,
    "txt_utf32_bom": txt_utf32_bom,
    "txt_nbsp_indent": txt_nbsp_indent,
}
