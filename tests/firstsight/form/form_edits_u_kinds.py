"""Form-only edits, twenty-first set (u): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Each kind gives the very same report re-encoded or re-laid-out the way real offices and sites
produce files, in ways sets g-t did not try: Word files with the body in a table nested in a table
cell, headings as floating frames (w:framePr), headings cut into runs with rsids, _Toc bookmarks and
proofing marks, quotes and hyphens as w:sym / w:noBreakHyphen, heading numbers typed with a tab
after them, a title header and a `第 X 页 共 Y 页` footer; the same body as Word 2003 XML, Flat OPC
XML, Strict OOXML, .docm and .dotx packages; PDFs with fake-bold headings (each drawn twice a hair
apart), with an invisible duplicate text layer, with the text objects of each page in reverse order,
with a ToUnicode map onto Kangxi radicals; web pages laid out as a table row per paragraph, with
`<p>&nbsp;</p>` spacers, with the text in a `<textarea>`, with heading numbers drawn by CSS counters,
with typographic entities escaped twice by a CMS, with `<wbr>` in long lines; GBK text whose quotes
are Windows-1252 bytes.

An edit returns the edited text, or a `Payload` (set o's: file bytes, suffix, and the text a reader
of the file sees), or None where it does not apply.  Edits find what they change from the text's own
structure (form_edits' heading regexes, set g's title finder), never from a named document or line.
Which kinds are tuning and which held is decided by split_u.py (random, fixed seed).
"""
from __future__ import annotations

import base64
import html
import io
import re
import zipfile

from form_edits_g import WS
from form_edits_o_kinds import _docx_bytes, _indent_split, _lines, _payload, as_text
from form_edits_t_kinds import (FTR_CT, FTR_T, HDR_CT, HDR_T, MC_NS, R_NS, W_NS, WX, _build, _crc, _ct_add,
                                _hf, _kinds, _nl, _p, _pdf_base, _pdf_body, _plain_paras, _r, _rels_add, _tbl,
                                _x, _zip_edit, heading_norm, strip_form_t)
from form_edits import _words
from form_edits_p_kinds import _zone_text

# ================================================================ reading a .docx body as Word shows it
W2003 = "http://schemas.microsoft.com/office/word/2003/wordml"


def read_wml(xml: bytes, ns: str = W_NS) -> str:
    """Body paragraphs in order, through tables (nested ones in place), content controls and frames;
    w:sym as its character, w:noBreakHyphen as '-', w:tab as a tab, fields' results (not their
    instructions), mc:Fallback copies skipped."""
    from lxml import etree
    root = etree.fromstring(xml)
    w = "{%s}" % ns
    body = root.find(".//" + w + "body")
    out = []

    def para(p):
        buf = []
        for el in p.iter():
            if any(a.tag == "{%s}Fallback" % MC_NS for a in el.iterancestors()):
                continue
            if el.tag == w + "t":
                buf.append(el.text or "")
            elif el.tag == w + "sym":
                buf.append(chr(int(el.get(w + "char"), 16)))
            elif el.tag == w + "noBreakHyphen":
                buf.append("-")
            elif el.tag == w + "tab" and el.getparent().tag == w + "r":
                buf.append("\t")
            elif el.tag == w + "br":
                buf.append("\n")
        return "".join(buf)

    def walk(c):
        for el in c:
            if el.tag == w + "p":
                out.append(para(el))
            elif el.tag == w + "tbl":
                for tr in el.findall(w + "tr"):
                    for tc in tr.findall(w + "tc"):
                        walk(tc)
            elif el.tag in (w + "sdt", "{%s}sect" % "http://schemas.microsoft.com/office/word/2003/auxHint"):
                walk(el.find(w + "sdtContent") if el.tag == w + "sdt" else el)
            elif el.tag == w + "sdtContent":
                walk(el)
    walk(body)
    return "\n".join(out)


def _docx_u(data: bytes, suffix: str = ".docx") -> "Payload":
    z = zipfile.ZipFile(io.BytesIO(data))
    return _payload(data, suffix, read_wml(z.read("word/document.xml")))


def _doc_edit(data: bytes, fn) -> bytes:
    z = zipfile.ZipFile(io.BytesIO(data))
    return _zip_edit(data, {"word/document.xml": fn(z.read("word/document.xml").decode("utf-8")).encode("utf-8")})


def _plain_docx(text) -> bytes:
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    return _docx_bytes(_build(_plain_paras(lines, kinds)))


# ---------------------------------------------------------------- 1. body in a table nested in a cell
def docx_nested_table(text):
    """.docx from a CMS whose page template is a layout table: one outer borderless cell holding an
    inner borderless one-column table with a row per paragraph (title included); the outer cell ends
    with an empty paragraph, as Word requires."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    strip = lambda x: x.replace(f" {WX}", "", 1)  # noqa: E731
    paras = [strip(x) for x in _plain_paras(lines, kinds)]
    inner = _tbl(paras).replace(f" {WX}", "", 1)
    outer = _tbl([inner + "<w:p/>"])
    return _docx_u(_docx_bytes(_build([outer])))


# ---------------------------------------------------------------- 2. headings as floating frames
def docx_frame_headings(text):
    """.docx whose title and headings are paragraphs in **floating text frames** (`w:framePr`
    wrap=around, anchored to the text, spanning the text width, a hair below the anchor), as WPS's
    公文 templates and old Word 'Insert frame' leave them; the frames stay in body order."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if not lv:
        return None
    out = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        k = kinds[i]
        if s and k != "body":
            fr = ('<w:framePr w:w="8845" w:hSpace="181" w:vSpace="181" w:wrap="around" w:vAnchor="text" '
                  'w:hAnchor="margin" w:y="57"/>')
            out.append(_p(_r(s, k), k, bool(ind), ppr_extra=fr))
        else:
            out.append(_p(_r(s, k), k, bool(ind)) if s else _p(""))
    return _docx_u(_docx_bytes(_build(out)))


# ---------------------------------------------------------------- 3. rsid runs, _Toc bookmarks, proofErr
def docx_rsid_bookmark_runs(text):
    """.docx as years of editing leave it: the title and every heading cut into runs of 1-3
    characters, each with its own w:rsidR / w:rsidRPr; each heading wrapped in a `_Toc` bookmark (the
    TOC was once generated and deleted) whose start sits after the first run; `w:proofErr`
    spellStart/End and `w:lastRenderedPageBreak` between runs; body lines in 2-3 runs with
    `w:lang w:eastAsia="zh-CN"`."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    c = _crc(text)
    bid = [0]

    def runs(i, s, k):
        rp = '<w:rPr><w:rFonts w:hint="eastAsia"/>' + ('<w:b/>' if k in ("top", "sub") else "") + '<w:lang w:eastAsia="zh-CN"/></w:rPr>'
        out, j, n = [], 0, 0
        step = (lambda n: 1 + (c + n + i) % 3) if k != "body" else (lambda n: max(1, len(s) // 3 + (n % 2)))
        while j < len(s):
            m = step(n)
            rs = f"{(c * 7 + i * 131 + n * 17) % 0xFFFFFF:06X}00"
            out.append(f'<w:r w:rsidR="{rs}" w:rsidRPr="{rs[::-1]}">{rp}<w:t xml:space="preserve">{_x(s[j:j + m])}</w:t></w:r>')
            if k != "body" and n == 1:
                out.append('<w:proofErr w:type="spellStart"/>')
            if k != "body" and n == 3:
                out.append('<w:proofErr w:type="spellEnd"/><w:r><w:lastRenderedPageBreak/></w:r>')
            j += m
            n += 1
        if k in ("top", "sub") and len(out) > 1:
            bid[0] += 1
            name = f"_Toc{(c % 90000000) + 10000000 + bid[0] * 7}"
            out.insert(1, f'<w:bookmarkStart w:id="{bid[0]}" w:name="{name}"/>')
            out.append(f'<w:bookmarkEnd w:id="{bid[0]}"/>')
        return "".join(out)
    return _docx_u(_docx_bytes(_build(_plain_paras(lines, kinds, runs))))


# ---------------------------------------------------------------- 4. w:sym quotes, w:noBreakHyphen
_SYMS = "“”‘’—…·×"


def docx_sym_nobreak(text):
    """.docx whose typographic marks were picked from Insert → Symbol (特殊符号): each “ ” ‘ ’ — … · ×
    a `<w:sym w:font="宋体" w:char="201C"/>` in its own run, each ASCII hyphen a
    `<w:noBreakHyphen/>` (Ctrl+Shift+-).  Applies where 4+ such marks occur."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if sum(text.count(ch) for ch in _SYMS + "-") < 4:
        return None

    def runs(i, s, k):
        out = []
        for part in re.split(r"([" + _SYMS + r"\-])", s):
            if not part:
                continue
            if part in _SYMS:
                out.append(f'<w:r><w:sym w:font="宋体" w:char="{ord(part):04X}"/></w:r>')
            elif part == "-":
                out.append('<w:r><w:noBreakHyphen/></w:r>')
            else:
                out.append(_r(part, k))
        return "".join(out)
    return _docx_u(_docx_bytes(_build(_plain_paras(lines, kinds, runs))))


# ---------------------------------------------------------------- 5. typed numbers + tab
_NUM_HEAD = re.compile(r"^((?:[一二三四五六七八九十]{1,3}[、.．])|(?:[（(][一二三四五六七八九十]{1,3}[）)]))\s*")


def docx_number_tab(text):
    """.docx whose heading numbers are typed text followed by a **tab** to a tab stop (hanging
    indent), `一、<w:tab/>依法全面履行…`, `（一）<w:tab/>…`, as people align numbers by hand.
    Applies where 2+ headings start with a typed number."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    n = [0]

    def runs(i, s, k):
        m = _NUM_HEAD.match(s) if k in ("top", "sub") else None
        if not m or m.end() >= len(s):
            return _r(s, k)
        n[0] += 1
        return _r(m.group(1), k) + f'<w:r>{"<w:rPr><w:b/></w:rPr>" if k == "sub" else ""}<w:tab/></w:r>' + _r(s[m.end():], k)
    paras = _plain_paras(lines, kinds, runs)
    if n[0] < 2:
        return None
    tabs = '<w:tabs><w:tab w:val="left" w:pos="1280"/></w:tabs>'
    paras = [x.replace("<w:pPr>", "<w:pPr>" + tabs, 1) if "<w:tab/>" in x else x for x in paras]
    return _docx_u(_docx_bytes(_build(paras)))


# ---------------------------------------------------------------- 6. title header, 第 X 页 共 Y 页 footer
def _fld(instr: str, result: str, r: str) -> str:
    return (f'{r}<w:fldChar w:fldCharType="begin"/></w:r>{r}<w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>'
            f'{r}<w:fldChar w:fldCharType="separate"/></w:r>{r}<w:t>{result}</w:t></w:r>{r}<w:fldChar w:fldCharType="end"/></w:r>')


def docx_header_title_pageof(text):
    """.docx with 页眉 = the report's title (centred, 小五, rule under it) and 页脚 =
    `第 {PAGE} 页 共 {NUMPAGES} 页` (fields, cached 1 and 1).  Applies where a title is found."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if ti is None:
        return None
    title = lines[ti].strip(WS)
    data = _plain_docx(text)
    r = '<w:r><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体"/><w:sz w:val="18"/></w:rPr>'
    hdr = _hf("hdr", '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'
                     f'<w:jc w:val="center"/></w:pPr>{r}<w:t>{_x(title)}</w:t></w:r></w:p>')
    ftr = _hf("ftr", f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{r}<w:t xml:space="preserve">第 </w:t></w:r>'
                     + _fld("PAGE", "1", r) + f'{r}<w:t xml:space="preserve"> 页 共 </w:t></w:r>'
                     + _fld("NUMPAGES", "1", r) + f'{r}<w:t xml:space="preserve"> 页</w:t></w:r></w:p>')
    refs = '<w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
    data = _doc_edit(data, lambda doc: re.sub(r"<w:sectPr([^>]*)>", lambda m: f'<w:sectPr{m.group(1)} xmlns:r="{R_NS}">' + refs, doc, count=1))
    data = _zip_edit(data, {"word/_rels/document.xml.rels": _rels_add(data, "word/_rels/document.xml.rels",
                                                                     [("rIdH1", HDR_T, "header1.xml"), ("rIdF1", FTR_T, "footer1.xml")]),
                            "[Content_Types].xml": _ct_add(data, [("/word/header1.xml", HDR_CT), ("/word/footer1.xml", FTR_CT)])},
                     add={"word/header1.xml": hdr, "word/footer1.xml": ftr})
    return _docx_u(data)


# ---------------------------------------------------------------- 7. Word 2003 XML
def word2003_xml(text):
    """The report saved by Word 2003 as **XML Document** (.xml, WordprocessingML 2003): `<?mso-application
    progid="Word.Document"?>`, `w:wordDocument` with o:DocumentProperties (Title empty), fonts, a
    `wx:sect` holding a `w:p` per line (title centred bold, headings bold with w:fareast 黑体/楷体,
    indented body lines w:ind firstLine), w:sectPr A4."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    ps = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        k = kinds[i]
        if not s:
            ps.append("<w:p/>")
            continue
        ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if k == "title" else ('<w:pPr><w:ind w:first-line="640"/></w:pPr>' if ind else "")
        font = {"title": "方正小标宋简体", "top": "黑体", "sub": "楷体_GB2312"}.get(k, "仿宋_GB2312")
        b = "<w:b/>" if k != "body" else ""
        ps.append(f'<w:p>{ppr}<w:r><w:rPr><w:rFonts w:hint="fareast" w:fareast="{font}"/>{b}<w:sz w:val="{44 if k == "title" else 32}"/></w:rPr>'
                  f"<w:t>{_x(s)}</w:t></w:r></w:p>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
           f'<w:wordDocument xmlns:w="{W2003}" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" xml:space="preserve">'
           '<o:DocumentProperties><o:Author>admin</o:Author><o:Version>11.9999</o:Version></o:DocumentProperties>'
           '<w:fonts><w:defaultFonts w:ascii="Times New Roman" w:fareast="宋体" w:h-ansi="Times New Roman" w:cs="Times New Roman"/></w:fonts>'
           '<w:body><wx:sect>' + "".join(ps) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
           'w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></wx:sect></w:body></w:wordDocument>\n').encode("utf-8")
    return _payload(doc, ".xml", read_wml(doc, W2003))


# ---------------------------------------------------------------- 8. Flat OPC
def docx_flat_opc(text):
    """The report saved by Word 2007+ as **Word XML Document** (.xml, Flat OPC): `<?mso-application
    progid="Word.Document"?>` and a `pkg:package` whose `pkg:part`s carry each part of the .docx
    (XML parts as `pkg:xmlData`, others base64 `pkg:binaryData`)."""
    data = _plain_docx(text)
    z = zipfile.ZipFile(io.BytesIO(data))
    from lxml import etree
    ct = etree.fromstring(z.read("[Content_Types].xml"))
    defaults = {e.get("Extension"): e.get("ContentType") for e in ct if e.get("Extension")}
    overrides = {e.get("PartName"): e.get("ContentType") for e in ct if e.get("PartName")}
    parts = []
    for name in z.namelist():
        if name == "[Content_Types].xml":
            continue
        pn = "/" + name
        ctype = overrides.get(pn) or defaults.get(name.rsplit(".", 1)[-1], "application/octet-stream")
        raw = z.read(name)
        if name.endswith((".xml", ".rels")):
            body = re.sub(rb"^<\?xml[^>]*\?>\s*", b"", raw).decode("utf-8")
            extra = ' pkg:padding="256"' if name.endswith(".rels") else ""
            parts.append(f'<pkg:part pkg:name="{pn}" pkg:contentType="{ctype}"{extra}><pkg:xmlData>{body}</pkg:xmlData></pkg:part>')
        else:
            parts.append(f'<pkg:part pkg:name="{pn}" pkg:contentType="{ctype}" pkg:compression="store">'
                         f'<pkg:binaryData>{base64.encodebytes(raw).decode("ascii")}</pkg:binaryData></pkg:part>')
    out = ('<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
           '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' + "".join(parts) + "</pkg:package>").encode("utf-8")
    return _payload(out, ".xml", read_wml(z.read("word/document.xml")))


# ---------------------------------------------------------------- 9. Strict OOXML
_STRICT = ((b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
           (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships", b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
           (b"http://schemas.openxmlformats.org/drawingml/2006/main", b"http://purl.oclc.org/ooxml/drawingml/main"),
           (b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties"))


def docx_strict_ooxml(text):
    """The report saved by Word as **Strict Open XML Document** (.docx, ISO/IEC 29500 Strict): the
    purl.oclc.org namespaces for WordprocessingML, relationships (ids and relationship types),
    DrawingML and extended properties; `w:conformance="strict"` on w:document."""
    data = _plain_docx(text)
    z = zipfile.ZipFile(io.BytesIO(data))
    edits = {}
    for name in z.namelist():
        if name.endswith((".xml", ".rels")):
            b = z.read(name)
            for a, s in _STRICT:
                b = b.replace(a, s)
            if name == "word/document.xml":
                b = re.sub(rb"(<w:document\b[^>]*?)>", rb'\1 w:conformance="strict">', b, count=1)
            edits[name] = b
    out = _zip_edit(data, edits)
    return _payload(out, ".docx", read_wml(edits["word/document.xml"], _STRICT[0][1].decode()))


# ---------------------------------------------------------------- 10/11. .docm and .dotx packages
def _retype(text, ctype: str, suffix: str, settings_extra: str = ""):
    data = _plain_docx(text)
    z = zipfile.ZipFile(io.BytesIO(data))
    ct = z.read("[Content_Types].xml").decode("utf-8")
    ct = ct.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", ctype)
    edits = {"[Content_Types].xml": ct.encode("utf-8")}
    if settings_extra:
        s = z.read("word/settings.xml").decode("utf-8")
        edits["word/settings.xml"] = re.sub(r"(<w:settings[^>]*>)", lambda m: m.group(1) + settings_extra, s, count=1).encode("utf-8")
    return _docx_u(_zip_edit(data, edits), suffix)


def docx_as_docm(text):
    """The report saved as **Word Macro-Enabled Document** (.docm): main part content type
    `application/vnd.ms-word.document.macroEnabled.main+xml` (no macro part: none was written)."""
    return _retype(text, "application/vnd.ms-word.document.macroEnabled.main+xml", ".docm")


def docx_as_dotx(text):
    """The report saved as a **Word Template** (.dotx) — an office keeping last year's report as the
    template for this year's and sending the template: content type
    `…wordprocessingml.template.main+xml`, settings `w:attachedTemplate` r:id left empty."""
    return _retype(text, "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml", ".dotx")


# ================================================================ PDF (fpdf2, then content streams rewritten with pypdf)
def _pdf_plain(lines, kinds) -> bytes:
    pdf = _pdf_base()
    pdf.set_compression(False)
    _pdf_body(pdf, lines, kinds)
    return bytes(pdf.output())


_BT = re.compile(rb"BT .*? ET\n", re.S)
_TF = re.compile(rb"^BT (/F\d+ [\d.]+ Tf) ET\n$")


def _rewrite_pages(data: bytes, fn) -> bytes:
    """fn(list of self-contained text objects 'BT /Fn s Tf x y Td (..) Tj ET', page index) -> new list."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject
    rd = PdfReader(io.BytesIO(data))
    wr = PdfWriter()
    for n, page in enumerate(rd.pages):
        raw = page.get_contents().get_data()
        objs, font, head = [], b"", []
        pos = 0
        for m in _BT.finditer(raw):
            if not objs and m.start() > pos:
                head.append(raw[pos:m.start()])
            pos = m.end()
            t = m.group(0)
            f = _TF.match(t)
            if f:
                font = f.group(1)
                continue
            objs.append(b"BT " + font + b" " + t[3:])
        tail = raw[pos:]
        new = b"".join(head) + b"".join(fn(objs, n)) + tail
        wr.add_page(page)
        st = DecodedStreamObject()
        st.set_data(new)
        wr.pages[-1][NameObject("/Contents")] = wr._add_object(st)
    bio = io.BytesIO()
    wr.write(bio)
    return bio.getvalue()


def _text_pdf_payload(data, lines):
    return _payload(data, ".pdf", "\n".join(ln for ln in lines))


def pdf_reverse_text_objects(text):
    """A PDF whose page content lists its lines **bottom to top**: each visual line a self-contained
    text object (`BT /F1 15 Tf x y Td (…) Tj ET`), the objects of each page written in reverse order
    (as some 公文 systems' PDF engines emit them).  The page looks the same."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    return _text_pdf_payload(_rewrite_pages(_pdf_plain(lines, kinds), lambda objs, n: objs[::-1]), lines)


def pdf_invisible_duplicate(text):
    """A PDF with the text drawn twice at the same places: the visible fill and, after it, an
    **invisible copy** (render mode 3, `3 Tr … 0 Tr`), as PDF 'optimisers' and re-OCR of a text PDF
    leave it.  The page looks the same; the words are there twice in the content."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)

    def fn(objs, n):
        return objs + [b"3 Tr\n"] + objs + [b"0 Tr\n"]
    return _text_pdf_payload(_rewrite_pages(_pdf_plain(lines, kinds), fn), lines)


def pdf_fake_bold_headings(text):
    """A PDF whose title and headings are **fake bold**: a font without a bold face, so the writer
    draws each heading line three times, 0.25 pt apart to the right (as Word/WPS print 'bold'
    仿宋/楷体).  Body lines once.  The page shows each heading once, darker."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if not lv:
        return None
    pdf = _pdf_base()
    pdf.set_compression(False)
    # headings in the regular face (no bold face in the font), marked by size 15.01 / title 20
    hk = ["body" if k in ("top", "sub") else k for k in kinds]
    heads = {i for i, k in enumerate(kinds) if k in ("top", "sub", "title")}
    pdf.add_page()
    for i, ln in enumerate(lines):
        s = ln.rstrip(WS)
        if hk[i] == "title":
            pdf.set_font("serif", "", 20)
            pdf.multi_cell(0, 11, s.strip(WS), align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("serif", "", 15.01 if i in heads else 15)
            pdf.multi_cell(0, 9, s if s else " ", align="L", new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())

    def fn(objs, n):
        out = []
        for o in objs:
            out.append(o)
            if b" 15.01 Tf" in o or b" 20.00 Tf" in o:
                for dx in (0.25, 0.5):
                    out.append(re.sub(rb"Tf ([\d.]+) ([\d.]+) Td", lambda m: b"Tf %.2f %s Td" % (float(m.group(1)) + dx, m.group(2)), o, count=1))
        return out
    return _text_pdf_payload(_rewrite_pages(data, fn), lines)


_KANGXI = {"一": "⼀", "二": "⼆", "人": "⼈", "入": "⼊", "八": "⼋", "力": "⼒", "十": "⼗", "工": "⼯", "大": "⼤",
           "女": "⼥", "子": "⼦", "小": "⼩", "山": "⼭", "干": "⼲", "心": "⼼", "文": "⽂", "方": "⽅", "日": "⽇",
           "月": "⽉", "水": "⽔", "火": "⽕", "生": "⽣", "用": "⽤", "田": "⽥", "目": "⽬", "行": "⾏", "见": "⻅",
           "言": "⾔", "走": "⾛", "身": "⾝", "长": "⻓", "门": "⻔", "立": "⽴", "自": "⾃", "至": "⾄", "色": "⾊"}


def pdf_kangxi_tounicode(text):
    """A PDF exported by a tool whose font's ToUnicode CMap maps the glyphs of common characters that
    have a Kangxi-radical / CJK-radical twin (一 二 人 十 大 工 方 日 月 行 见 长 门 …) to the
    radical code points (U+2F00–U+2FD5, U+2E80–U+2EF3): the page shows 一, copy-paste gives ⼀.  The
    glyphs drawn are the ordinary ones."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    data = _pdf_plain(lines, kinds)
    n = [0]

    def sub(m):
        ch = chr(int(m.group(2), 16))
        if ch in _KANGXI:
            n[0] += 1
            return m.group(1) + b"<%04X>" % ord(_KANGXI[ch])
        return m.group(0)
    data = re.sub(rb"(<[0-9A-F]{4}> )<([0-9A-F]{4})>", sub, data)
    if n[0] < 3:
        return None
    return _text_pdf_payload(data, lines)


# ================================================================ HTML
def _page(head: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n'
            f"<body>\n{body}\n</body>\n</html>\n")


def _html_payload(page: str, zone=None) -> "Payload":
    return _payload(page.encode("utf-8"), ".html", _zone_text(page, zone))


def html_table_rows(text):
    """An old site's article laid out as a `<table>`: one `<tr><td>` per paragraph (title row
    centred bold in a `<td class="title">`, headings `<b>`), empty rows `<td height="10"></td>` as
    spacing, the table width 100% in a `<td class="content">` of the page table."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    rows = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        k = kinds[i]
        e = _x(s)
        if not s:
            rows.append('<tr><td height="10"></td></tr>')
        elif k == "title":
            rows.append(f'<tr><td class="title" align="center"><b>{e}</b></td></tr>')
        elif k in ("top", "sub"):
            rows.append(f'<tr><td style="text-indent:2em"><b>{e}</b></td></tr>')
        else:
            rows.append(f'<tr><td style="text-indent:2em">{e}</td></tr>')
    body = ('<table width="960" align="center" border="0" cellspacing="0" cellpadding="0"><tr><td class="content">\n'
            '<table width="100%" border="0" cellspacing="0" cellpadding="4">\n' + "\n".join(rows) + "\n</table>\n</td></tr></table>")
    return _html_payload(_page("<title></title>", body))


def html_nbsp_spacers(text):
    """A page from a rich-text editor that keeps blank lines as `<p>&nbsp;</p>`: a spacer paragraph
    between every two paragraphs (and two after the title), the text otherwise `<p>` per line."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    ps = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if not s:
            continue
        k = kinds[i]
        e = _x(s)
        ps.append(f'<p style="text-align:center"><strong>{e}</strong></p>' if k == "title" else
                  f"<p><strong>{e}</strong></p>" if k != "body" else f'<p style="text-indent:2em">{e}</p>')
        ps.append("<p>&nbsp;</p>" * (2 if k == "title" else 1))
    return _html_payload(_page("<title></title>", '<div class="article">\n' + "\n".join(ps) + "\n</div>"))


def html_textarea(text):
    """A page that shows the report in a read-only `<textarea>` (a 信息公开 system displaying the
    plain text it stores): the title as `<h1>` above, the whole text, title included, in
    `<textarea readonly rows="40" cols="100">` (HTML-escaped, the line breaks kept)."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if ti is None:
        return None
    body = (f'<h1 style="text-align:center">{_x(lines[ti].strip(WS))}</h1>\n<form><textarea readonly rows="40" cols="100" '
            f'style="width:100%;border:0">{_x(_nl(text).join(lines))}</textarea></form>')
    page = _page("<title></title>", body)
    return _payload(page.encode("utf-8"), ".html", "\n".join(lines))


def html_css_counters(text):
    """A page whose heading numbers are drawn by CSS: `<h2>`/`<h3>` hold the heading without its
    number, `h2::before{content:counter(h2, simp-chinese-informal) "、"}` and
    `h3::before{content:"（" counter(h3, simp-chinese-informal) "）"}` (counter-reset per h2) draw
    一、/（一） on screen.  The numbers are not in the DOM text.  Fair expectation: headings are found
    by their tags and the score does not move (the words check ignores heading numbers).  Applies
    where every top and sub heading starts with its number and the numbers run 1, 2, 3 per level."""
    from form_edits import cn_val
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if not lv:
        return None
    out, exp = [], {0: 0, 1: 0}
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        k = kinds[i]
        if not s:
            continue
        if k in ("top", "sub"):
            m = _NUM_HEAD.match(s)
            if not m or m.end() >= len(s):
                return None
            lvl = 0 if k == "top" else 1
            exp[lvl] += 1
            if lvl == 0:
                exp[1] = 0
            try:
                v = cn_val(m.group(1).strip("、.．（）()"))
            except Exception:
                return None
            if v != exp[lvl]:
                return None
            out.append(f"<h{2 + lvl}>{_x(s[m.end():])}</h{2 + lvl}>")
        elif k == "title":
            out.append(f"<h1>{_x(s)}</h1>")
        else:
            out.append(f"<p>{_x(s)}</p>")
    css = ("<style>article{counter-reset:h2}h2{counter-reset:h3}h2::before{counter-increment:h2;"
           'content:counter(h2, simp-chinese-informal) "、"}h3::before{counter-increment:h3;'
           'content:"（" counter(h3, simp-chinese-informal) "）"}h1{text-align:center}p{text-indent:2em}</style>')
    page = _page("<title></title>\n" + css, "<article>\n" + "\n".join(out) + "\n</article>")
    return _payload(page.encode("utf-8"), ".html", _zone_text(page.replace(css, ""), None))


_ENT = {"“": "ldquo", "”": "rdquo", "‘": "lsquo", "’": "rsquo", "—": "mdash", "…": "hellip", "·": "middot", "×": "times"}


def html_double_escaped(text):
    """A CMS that HTML-escapes the editor's already-escaped text once more: the typographic marks
    stored as `&ldquo;` etc. reach the page as `&amp;ldquo;`, so the browser shows the entity names
    (`&ldquo;依法行政&rdquo;`).  Fair expectation: the report's words are all there (the words check
    reads the names as the marks they stand for); the score should not move.  Applies where 4+
    such marks occur."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if sum(text.count(c) for c in _ENT) < 4:
        return None
    ps = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if not s:
            continue
        e = "".join(f"&amp;{_ENT[c]};" if c in _ENT else _x(c) for c in s)
        k = kinds[i]
        ps.append(f'<p style="text-align:center"><b>{e}</b></p>' if k == "title" else f"<p><b>{e}</b></p>" if k != "body" else f"<p>{e}</p>")
    page = _page("<title></title>", '<div id="zoom">\n' + "\n".join(ps) + "\n</div>")
    seen = _zone_text(page, "zoom")
    read = re.sub(r"&(" + "|".join(_ENT.values()) + r");", lambda m: html.unescape(m.group(0)), seen)
    return _payload(page.encode("utf-8"), ".html", read)


def html_wbr(text):
    """A page from a layout engine that inserts `<wbr>` break opportunities: in every paragraph of
    20+ characters a `<wbr>` after every 12th character and after each closing mark (，。；：、)."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    ps = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if not s:
            continue
        if len(s) >= 20:
            buf = []
            for j, c in enumerate(s, 1):
                buf.append(_x(c))
                if (j % 12 == 0 or c in "，。；：、") and j < len(s):
                    buf.append("<wbr>")
            e = "".join(buf)
        else:
            e = _x(s)
        k = kinds[i]
        ps.append(f'<h1>{e}</h1>' if k == "title" else f"<h2>{e}</h2>" if k == "top" else f"<h3>{e}</h3>" if k == "sub" else f"<p>{e}</p>")
    return _html_payload(_page("<title></title>", "<main>\n" + "\n".join(ps) + "\n</main>"))


# ================================================================ plain text
_Q1252 = {"“": b"\x93", "”": b"\x94", "‘": b"\x91", "’": b"\x92"}


def txt_gbk_1252_quotes(text):
    """A GBK text file (Notepad 'ANSI' on a Chinese Windows) into which text pasted through a
    Western program brought its curly quotes as **Windows-1252 bytes** (“ ” ‘ ’ = 0x93 0x94 0x91
    0x92) while every other character is GBK.  Applies where 4+ curly quotes occur.  Payload: the
    bytes; the reader's text is the report (a viewer set to GBK shows these bytes as garbage, one
    that guesses per byte run shows the quotes)."""
    if sum(text.count(c) for c in _Q1252) < 4:
        return None
    out = bytearray()
    for c in text:
        out += _Q1252.get(c) or c.encode("gbk", errors="xmlcharrefreplace")
    return _payload(bytes(out), ".txt", text)


# ================================================================ words check
def words_kept(original: str, edited) -> bool:
    """Same words in the same order (form_edits' word filter) after strip_form on both sides; a
    Payload is compared through the text a reader of it sees."""
    return _words(strip_form_t(original), False) == _words(strip_form_t(as_text(edited)), True)


EXTRA_LEAK = (r"&[a-z]+;|&amp;|ldquo|rdquo|<wbr>|[\u2f00-\u2fd5\u2e80-\u2ef3]|第 \d+ 页|共 \d+ 页|\u00ad|"
              r"[\u0080-\u00ff]|_Toc|textarea")

ALL_KINDS = {
    "docx_nested_table": docx_nested_table,
    "docx_frame_headings": docx_frame_headings,
    "docx_rsid_bookmark_runs": docx_rsid_bookmark_runs,
    "docx_sym_nobreak": docx_sym_nobreak,
    "docx_number_tab": docx_number_tab,
    "docx_header_title_pageof": docx_header_title_pageof,
    "word2003_xml": word2003_xml,
    "docx_flat_opc": docx_flat_opc,
    "docx_strict_ooxml": docx_strict_ooxml,
    "docx_as_docm": docx_as_docm,
    "docx_as_dotx": docx_as_dotx,
    "pdf_reverse_text_objects": pdf_reverse_text_objects,
    "pdf_invisible_duplicate": pdf_invisible_duplicate,
    "pdf_fake_bold_headings": pdf_fake_bold_headings,
    "pdf_kangxi_tounicode": pdf_kangxi_tounicode,
    "html_table_rows": html_table_rows,
    "html_nbsp_spacers": html_nbsp_spacers,
    "html_textarea": html_textarea,
    "html_css_counters": html_css_counters,
    "html_double_escaped": html_double_escaped,
    "html_wbr": html_wbr,
    "txt_gbk_1252_quotes": txt_gbk_1252_quotes,
}
