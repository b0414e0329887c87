"""Form-only edits, nineteenth set (s): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md's list of the formats the CLI reads was read).

Each kind gives the very same report re-encoded or re-laid-out as an office would submit it, in a
way sets g-r did not try: Word files whose headings are numbered by their paragraph styles, whose
parenthetical remarks became footnotes, whose body sits in a two-column table, whose title is a
Word 2010 DrawingML text box (with its VML fallback), with reviewers' comments, with an automatic
table of contents, with the closing date as a field, with last year's document properties; the
same files through LibreOffice (.doc, .odt, a web page opened and saved as .docx, a PDF export);
PDFs drawn glyph by glyph, with mixed fonts, with a landscape page, with letter-spaced headings,
with bookmarks, with a stale "Microsoft Word - …" title; web pages saved by Word (filtered), laid
out in nested tables with <font> tags, with a related-articles list inside the article area;
plain text from a Big5 traditional mirror, with the outline demoted one level, with the 公文 附注
(此件公开发布), with 一是/二是 items on their own lines.

An edit returns the edited text, or a `Payload` (set o's: file bytes, suffix, and the text a reader
of the file sees), or None where it does not apply.  Edits find what they change from the text's own
structure (form_edits' heading regexes, set g's title finder), never from a named document or line.
Which kinds are tuning and which held is decided by split_s.py (random, fixed seed).
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

from form_edits import NUM_RE, SUB_RE, TOP_RE, _standalone, _words, cn_val, headings
from form_edits_g import WS, opencc
from form_edits_o2_kinds import _soffice
from form_edits_o_kinds import (FONT_BODY, FONT_DIR, FONT_HEAD, FONT_SUB, _docx_bytes, _docx_doc, _fill_para,
                                _heading_levels, _indent_split, _lines, _numbering_consistent, _payload,
                                _set_east_asia, _title_idx, as_text, docx_heading_styles, docx_plain_paras,
                                docx_read, strip_form)
from form_edits_p_kinds import _zone_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {
    "w": W_NS,
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
}
XMLNS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())


def _nl(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _end(text: str) -> str:
    return _nl(text) if text.endswith(("\n", "\r")) else ""


def _x(s: str) -> str:
    return html.escape(s, quote=False)


_YEAR = re.compile(r"(\d{4})年")


def _last_year_title(title: str | None) -> str:
    """The title of the same unit's report a year before (the year in the title lowered by 1), as a
    file copied from last year's report still carries; 新建 DOCX 文档 where the title has no year."""
    if title:
        m = _YEAR.search(title)
        if m:
            return title[:m.start()] + f"{int(m.group(1)) - 1}年" + title[m.end():]
    return "新建 DOCX 文档"


def _title_year(lines, ti) -> int:
    if ti is not None:
        m = _YEAR.search(lines[ti])
        if m:
            return int(m.group(1))
    for ln in lines:
        m = _YEAR.search(ln)
        if m:
            return int(m.group(1))
    return 2024


_DATE_LINE = re.compile(r"^[" + WS + r"]*(\d{4})年(\d{1,2})月(\d{1,2})日[" + WS + r"]*$")


def _closing_date_idx(lines) -> int | None:
    """The closing date: a line that is only a date, among the last 6 non-blank lines."""
    nb = [i for i, ln in enumerate(lines) if ln.strip(WS)]
    for i in reversed(nb[-6:]):
        if _DATE_LINE.match(lines[i]):
            return i
    return None


# ================================================================ .docx helpers
def _add_part(data: bytes, name: str, xml: str, ctype: str, reltype: str, rid: str) -> bytes:
    """A new part in a .docx package: the file, its content-type override and the relationship
    from word/document.xml."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zin.infolist():
            b = zin.read(it.filename)
            if it.filename == "[Content_Types].xml":
                b = b.replace(b"</Types>", f'<Override PartName="/word/{name}" ContentType="{ctype}"/></Types>'.encode())
            elif it.filename == "word/_rels/document.xml.rels":
                b = b.replace(b"</Relationships>",
                              f'<Relationship Id="{rid}" Type="{reltype}" Target="{name}"/></Relationships>'.encode())
            zo.writestr(it, b)
        zo.writestr(f"word/{name}", xml.encode("utf-8"))
    return out.getvalue()


def _body_append(d, el):
    from docx.oxml.ns import qn
    d.element.body.find(qn("w:sectPr")).addprevious(el)


def _run_xml(s: str, font: str | None = None, bold=False, size=None) -> str:
    rpr = ""
    if font or bold or size:
        rpr = "<w:rPr>" + (f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}"/>' if font else "") \
              + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{_x(s)}</w:t></w:r>'


def docx_read_s(data: bytes, notes=True) -> str:
    """set o's docx_read, but the mc:Fallback copy of a drawing is skipped (a reader sees the
    drawing once), and footnotes come after the body as `[^n]: text` lines with `[^n]` at their
    reference (a reader sees them at the page foot)."""
    from lxml import etree
    z = zipfile.ZipFile(io.BytesIO(data))
    root = etree.fromstring(z.read("word/document.xml"))
    w = "{%s}" % W_NS
    fallback = "{%s}Fallback" % NS["mc"]

    def para_text(p):
        buf = []

        def walk(el):
            for c in el:
                if c.tag == fallback:
                    continue
                if c.tag == w + "t":
                    buf.append(c.text or "")
                elif c.tag == w + "br":
                    buf.append("\n")
                elif c.tag == w + "tab":
                    buf.append("\t")
                elif c.tag == w + "footnoteReference":
                    buf.append(f"[^{c.get(w + 'id')}]")
                walk(c)
        walk(p)
        return "".join(buf)

    body = root.find(w + "body")
    out = []
    for el in body:
        if el.tag == w + "p":
            out.append(para_text(el))
        elif el.tag == w + "tbl":
            for p in el.iter(w + "p"):
                # a paragraph nested in a text box inside a cell is read with its host paragraph
                if any(a.tag == w + "p" for a in p.iterancestors()) :
                    continue
                out.append(para_text(p))
    if notes and "word/footnotes.xml" in z.namelist():
        fr = etree.fromstring(z.read("word/footnotes.xml"))
        for fn in fr.iter(w + "footnote"):
            if int(fn.get(w + "id")) > 0:
                out.append(f"[^{fn.get(w + 'id')}]: " + "".join(t.text or "" for t in fn.iter(w + "t")).strip())
    return "\n".join(out)


# ================================================================ Word .docx kinds
_STYLE_ABS = (
    f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="91"><w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading1"/>'
    '<w:suff w:val="nothing"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="Heading2"/>'
    '<w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>'
    '</w:abstractNum>')


def _style_numbering_docx(text):
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    lines = _lines(text)
    hs = headings(lines, (0, 1))
    if not hs or not _numbering_consistent(lines, hs):
        return None
    lv = {i: (lvl, m) for i, lvl, m in hs}
    ti = _title_idx(lines)
    d = _docx_doc()
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    absn = parse_xml(_STYLE_ABS)
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    for sname, lvl, font in (("Heading 1", 0, FONT_HEAD), ("Heading 2", 1, FONT_SUB)):
        st = d.styles[sname]
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.size = Pt(16)
        st.font.bold = lvl == 1
        st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
        ppr = st.element.get_or_add_pPr()
        ppr.insert(0, parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{lvl}"/><w:numId w:val="91"/></w:numPr>'))
    for i, ln in enumerate(lines):
        if i in lv:
            lvl, m = lv[i]
            d.add_paragraph(m.group("text"), style="Heading 1" if lvl == 0 else "Heading 2")
            continue
        p = d.add_paragraph()
        if ln.strip():
            _fill_para(p, ln, None, i == ti)
    return _docx_bytes(d)


def docx_style_numbering(text):
    """.docx whose headings are numbered by their paragraph styles, as a WPS/Word template links a
    multi-level list to 标题 1 / 标题 2: the styles carry `<w:numPr>` (level 1 `%1、`, level 2
    `（%2）`, chineseCounting, no tab after the number), the heading paragraphs only their style,
    the typed numbers removed.  Applies where the typed numbers run 一, 二 … and （一）, （二） … from
    each top heading on, so that the list shows exactly them."""
    data = _style_numbering_docx(text)
    if data is None:
        return None
    return _payload(data, ".docx", docx_read(data))


_PAREN = re.compile(r"[（(]([^（）()\n]{4,60})[）)]")


def docx_footnote_parentheticals(text):
    """.docx (set o's plain layout) in which the first parenthetical remark （…） or (…) of up to four body
    paragraphs -- 4 to 60 characters, with a Chinese character, not inside 《》 -- became a Word
    footnote: the body keeps a superscript reference mark there, the remark's words are the
    footnote at the page foot (footnotes.xml).  Applies where at least one such remark."""
    from docx.oxml import parse_xml
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    picks = {}
    for i, ln in enumerate(lines):
        if i == ti or i in lv or len(picks) >= 4 or len(ln.strip(WS)) < 30:
            continue
        for m in _PAREN.finditer(ln):
            pre = ln[:m.start()]
            if pre.count("《") == pre.count("》") and re.search(r"[\u4e00-\u9fff]", m.group(1)):
                picks[i] = m
                break
    if not picks:
        return None
    d = _docx_doc()
    notes = []
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        if not ln.strip():
            continue
        if i not in picks:
            _fill_para(p, ln, lv.get(i), i == ti)
            continue
        m = picks[i]
        _fill_para(p, ln[:m.start()], None, False)
        if not ln[:m.start()].strip(WS):
            p.runs[0].text = ""
        nid = len(notes) + 1
        notes.append(m.group(1))
        p._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:footnoteReference w:id="{nid}"/></w:r>'))
        p.add_run(ln[m.end():])
    data = _docx_bytes(d)
    fx = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
          + "".join(f'<w:footnote w:id="{k}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                    f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {_x(n)}</w:t></w:r></w:p></w:footnote>'
                    for k, n in enumerate(notes, 1))
          + "</w:footnotes>")
    data = _add_part(data, "footnotes.xml", fx,
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                     "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes", "rIdFn1")
    return _payload(data, ".docx", docx_read_s(data))


def docx_body_table_parts(text):
    """.docx laid out as a 报告表: everything before the first top heading as plain paragraphs, then a
    bordered two-column table with a row per top part -- the left cell (narrow) the top heading, the
    right cell the part's lines, a paragraph each (blank lines dropped).  Applies where at least two
    top headings."""
    from docx.shared import Cm
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    tops = [i for i, l in sorted(lv.items()) if l == 0]
    if len(tops) < 2:
        return None
    d = _docx_doc()
    for i in range(tops[0]):
        p = d.add_paragraph()
        if lines[i].strip():
            _fill_para(p, lines[i], lv.get(i), i == ti)
    tbl = d.add_table(rows=len(tops), cols=2)
    tbl.style = "Table Grid"
    for r, t in enumerate(tops):
        end = tops[r + 1] if r + 1 < len(tops) else len(lines)
        left, right = tbl.rows[r].cells
        left.width, right.width = Cm(3.5), Cm(12.0)
        _fill_para(left.paragraphs[0], lines[t].strip(WS), 0, False)
        body = [k for k in range(t + 1, end) if lines[k].strip(WS)]
        for n, k in enumerate(body):
            p = right.paragraphs[0] if n == 0 else right.add_paragraph()
            _fill_para(p, lines[k], lv.get(k), False)
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


def _txbx_para(s: str) -> str:
    return (f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
            + _run_xml(s, "方正小标宋简体", False, 44) + "</w:p>")


def docx_title_dml_textbox(text):
    """.docx (set o's plain layout) whose title is a Word 2010+ text box as Word saves it: an
    `mc:AlternateContent` whose Choice is a DrawingML shape (`wps:wsp` with `wps:txbx`) and whose
    Fallback is the same box in VML (`v:textbox`) -- the title's words twice in the file, once on
    the page.  Applies where a title is found."""
    from docx.oxml import parse_xml
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    if ti is None:
        return None
    s = lines[ti].strip(WS)
    d = _docx_doc()
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        if i == ti:
            box = (f'<w:r {XMLNS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
                   '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="5600000" cy="900000"/>'
                   '<wp:docPr id="1" name="文本框 1"/><a:graphic><a:graphicData '
                   'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
                   '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5600000" cy="900000"/></a:xfrm>'
                   '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
                   '<wps:txbx><w:txbxContent>' + _txbx_para(s) + '</w:txbxContent></wps:txbx>'
                   '<wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"/></wps:wsp></a:graphicData></a:graphic>'
                   '</wp:inline></w:drawing></mc:Choice><mc:Fallback><w:pict>'
                   '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                   '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                   '<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
                   'style="width:441pt;height:71pt" filled="f" stroked="f"><v:textbox><w:txbxContent>'
                   + _txbx_para(s) + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
                   '</mc:AlternateContent></w:r>')
            p._p.append(parse_xml(box))
        elif ln.strip():
            _fill_para(p, ln, lv.get(i), False)
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read_s(data))


_COMMENTS = ("请核实数据来源。", "此处表述请与上级文件保持一致。", "建议补充具体案例。", "数字请再核对一遍。")


def docx_review_comments(text):
    """.docx (set o's plain layout) as it comes back from a reviewer: a Word comment (批注, author
    审核人) on the first body paragraph after each of up to four top headings (comments.xml; the
    paragraph between commentRangeStart / commentRangeEnd, the reference run after it).  The body's
    text is unchanged.  Applies where a top heading has a body paragraph after it."""
    from docx.oxml import parse_xml
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    targets = []
    for i, l in sorted(lv.items()):
        if l != 0 or len(targets) >= 4:
            continue
        k = next((k for k in range(i + 1, min(i + 6, len(lines))) if lines[k].strip(WS) and k not in lv), None)
        if k is not None and k not in targets:
            targets.append(k)
    if not targets:
        return None
    d = _docx_doc()
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        if not ln.strip():
            continue
        _fill_para(p, ln, lv.get(i), i == ti)
        if i in targets:
            c = targets.index(i)
            p._p.insert(1 if p._p.pPr is not None else 0, parse_xml(f'<w:commentRangeStart xmlns:w="{W_NS}" w:id="{c}"/>'))
            p._p.append(parse_xml(f'<w:commentRangeEnd xmlns:w="{W_NS}" w:id="{c}"/>'))
            p._p.append(parse_xml(f'<w:r xmlns:w="{W_NS}"><w:commentReference w:id="{c}"/></w:r>'))
    data = _docx_bytes(d)
    cx = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W_NS}">'
          + "".join(f'<w:comment w:id="{c}" w:author="审核人" w:date="2025-02-20T09:00:00Z" w:initials="审">'
                    f'<w:p><w:r><w:annotationRef/></w:r>{_run_xml(_COMMENTS[c % 4])}</w:p></w:comment>'
                    for c in range(len(targets)))
          + "</w:comments>")
    data = _add_part(data, "comments.xml", cx,
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                     "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments", "rIdCm1")
    return _payload(data, ".docx", docx_read(data))


def docx_toc_field(text):
    """.docx with headings in 标题 1 / 标题 2 (bookmarked `_Toc…`) and, right after the title (on top
    where there is none), Word's automatic table of contents: a `目　录` line and the field
    `TOC \\o "1-2" \\h \\z \\u` whose cached result is one line per heading -- a hyperlink to its
    bookmark, a tab and a PAGEREF page number (1 for the first third of the headings, 2, 3 after).
    Applies where at least two top headings."""
    from docx.oxml import parse_xml
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    hs = [i for i in sorted(lv)]
    if sum(1 for i in hs if lv[i] == 0) < 2:
        return None
    d = _docx_doc()
    marks = {i: f"_Toc1{n:08d}" for n, i in enumerate(hs, 1)}

    def toc():
        _fill_para(d.add_paragraph(), "目　录", None, True)
        for n, i in enumerate(hs):
            s = lines[i].strip(WS)
            page = 1 + 3 * n // max(len(hs), 1)
            begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-2" \\h \\z \\u </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>') if n == 0 else ""
            end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if n == len(hs) - 1 else ""
            ind = '<w:ind w:left="420"/>' if lv[i] == 1 else ""
            x = (f'<w:p xmlns:w="{W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 f'<w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="8296"/></w:tabs>{ind}</w:pPr>' + begin
                 + f'<w:hyperlink w:anchor="{marks[i]}" w:history="1">' + _run_xml(s)
                 + '<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                 f'<w:r><w:instrText xml:space="preserve"> PAGEREF {marks[i]} \\h </w:instrText></w:r>'
                 f'<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>{page}</w:t></w:r>'
                 '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>' + end + '</w:p>')
            _body_append(d, parse_xml(x))

    if ti is None:
        toc()
    for i, ln in enumerate(lines):
        if not ln.strip():
            d.add_paragraph()
        elif i == ti:
            d.add_paragraph(ln.strip(WS), style="Title")
            toc()
        elif i in lv:
            p = d.add_paragraph(style="Heading 1" if lv[i] == 0 else "Heading 2")
            n = hs.index(i) + 1
            p._p.append(parse_xml(f'<w:bookmarkStart xmlns:w="{W_NS}" w:id="{n}" w:name="{marks[i]}"/>'))
            p.add_run(ln.strip(WS))
            p._p.append(parse_xml(f'<w:bookmarkEnd xmlns:w="{W_NS}" w:id="{n}"/>'))
        else:
            _fill_para(d.add_paragraph(), ln, None, False)
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


def docx_date_field(text):
    """.docx (set o's plain layout) whose closing date is a Word field as a 公文 template inserts it:
    `{ CREATEDATE \\@ "yyyy'年'M'月'd'日'" \\* MERGEFORMAT }` with the date as its cached result, the
    line right-aligned.  Applies where one of the last six non-blank lines is a date alone."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    lines = _lines(text)
    di = _closing_date_idx(lines)
    if di is None:
        return None
    lv, ti = _heading_levels(lines), _title_idx(lines)
    d = _docx_doc()
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        if i == di:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            s = ln.strip(WS)
            for x in ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
                      '<w:r><w:instrText xml:space="preserve"> CREATEDATE \\@ "yyyy\'年\'M\'月\'d\'日\'" \\* MERGEFORMAT </w:instrText></w:r>',
                      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', _run_xml(s),
                      '<w:r><w:fldChar w:fldCharType="end"/></w:r>'):
                p._p.append(parse_xml(x.replace("<w:r>", f'<w:r xmlns:w="{W_NS}">', 1)))
        elif ln.strip():
            _fill_para(p, ln, lv.get(i), i == ti)
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


def docx_last_year_props(text):
    """.docx (set o's plain layout) made from last year's file: its document properties still say
    last year's report -- core title = the title with its year lowered by 1 (新建 DOCX 文档 where
    the title has no year or none is found), author Administrator, last saved by lenovo, created
    20 December two years before the report year's end.  The body is this year's report."""
    import docx
    lines = _lines(text)
    ti = _title_idx(lines)
    x = docx_plain_paras(text)
    d = docx.Document(io.BytesIO(bytes(x)))
    y = _title_year(lines, ti)
    cp = d.core_properties
    cp.title = _last_year_title(lines[ti].strip(WS) if ti is not None else None)
    cp.author = "Administrator"
    cp.last_modified_by = "lenovo"
    cp.created = datetime.datetime(y - 1, 12, 20, 9, 0, 0)
    cp.modified = datetime.datetime(y, 12, 20, 9, 0, 0)
    cp.revision = 7
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


# ================================================================ through LibreOffice
def _lo_convert(src_bytes: bytes, src_name: str, target: str, out_ext: str, extra=()) -> tuple[bytes, str]:
    """Convert with LibreOffice; returns the result's bytes and LibreOffice's UTF-8 text export of
    the result (the text a reader of it sees)."""
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, src_name)
        open(src, "wb").write(src_bytes)
        os.makedirs(os.path.join(td, "o"))
        _soffice(list(extra) + ["--convert-to", target, "--outdir", os.path.join(td, "o"), src], td)
        stem = os.path.splitext(src_name)[0]
        res = os.path.join(td, "o", stem + "." + out_ext)
        data = open(res, "rb").read()
        seen = ""
        if out_ext != "pdf":
            os.makedirs(os.path.join(td, "t"))
            _soffice(["--convert-to", "txt:Text (encoded):UTF8", "--outdir", os.path.join(td, "t"), res], td)
            seen = open(os.path.join(td, "t", stem + ".txt"), encoding="utf-8-sig").read()
    return data, seen


def doc_style_numbering(text):
    """docx_style_numbering's document (headings numbered by their styles) saved by LibreOffice as
    Word 97-2003 `.doc` -- the list numbers are nowhere in the text runs.  The text a reader sees is
    LibreOffice's text export of the .doc (numbers written out)."""
    if not shutil.which("soffice"):
        return None
    src = _style_numbering_docx(text)
    if src is None:
        return None
    data, seen = _lo_convert(src, "r.docx", "doc:MS Word 97", "doc")
    return _payload(data, ".doc", seen)


def odt_heading_outline(text):
    """set o's docx_heading_styles document (标题 1 / 标题 2) saved by LibreOffice Writer in its own
    format, OpenDocument Text `.odt` (headings as `text:h` with outline levels), as an office using
    LibreOffice / 永中 / 中标普华 submits it.  Text a reader sees: LibreOffice's text export."""
    if not shutil.which("soffice"):
        return None
    x = docx_heading_styles(text)
    if x is None:
        return None
    data, seen = _lo_convert(bytes(x), "r.docx", "odt", "odt")
    return _payload(data, ".odt", seen)


def _article_page(lines, lv, ti) -> str:
    out = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if not s:
            continue
        if i == ti:
            out.append(f'<p align="center"><b><span style="font-size:22pt">{_x(s)}</span></b></p>')
        elif i in lv:
            out.append(f'<p style="text-indent:2em"><b>{_x(s)}</b></p>')
        else:
            out.append(f'<p style="text-indent:2em">{_x(s)}</p>' if ind else f"<p>{_x(s)}</p>")
    t = _x(lines[ti].strip(WS)) if ti is not None else ""
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>' + t + '</title>\n</head>\n<body>\n'
            + "\n".join(out) + "\n</body>\n</html>\n")


def docx_from_web_page(text):
    """The published web page (title centred, a `<p>` per line, headings bold, blank lines as the
    page's paragraph spacing) opened in LibreOffice Writer and saved as `.docx` (MS Word 2007 XML),
    as an office fetching its own report from the site to submit it.  Text a reader sees: the
    .docx's paragraphs."""
    if not shutil.which("soffice"):
        return None
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    page = _article_page(lines, lv, ti).encode("utf-8")
    data, _ = _lo_convert(page, "r.html", 'docx:MS Word 2007 XML', "docx", extra=("--infilter=HTML (StarWriter)",))
    return _payload(data, ".docx", docx_read(data))


def pdf_lo_export(text):
    """set o's docx_plain_paras document, on A4 with 公文 margins (37/35/28/26 mm), exported to PDF by
    LibreOffice (writer_pdf_Export; the 公文 fonts replaced by the installed CJK fonts), as a 'save
    as PDF' from WPS / Writer."""
    if not shutil.which("soffice"):
        return None
    import docx
    from docx.shared import Mm
    d = docx.Document(io.BytesIO(bytes(docx_plain_paras(text))))
    for sec in d.sections:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    data, _ = _lo_convert(_docx_bytes(d), "r.docx", "pdf:writer_pdf_Export", "pdf")
    return _payload(data, ".pdf", "\n".join(_lines(text)))


# ================================================================ PDF (fpdf2), own line layout
SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
LATIN = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"


def _pdf_doc(orientation="P"):
    from fpdf import FPDF
    pdf = FPDF(orientation=orientation, format="A4")
    pdf.set_margins(28, 30, 26)
    pdf.set_auto_page_break(False)
    pdf.add_font("serif", "", FONT_DIR + "NotoSerifCJK-Regular.ttc", collection_font_number=2)
    pdf.add_font("serif", "B", FONT_DIR + "NotoSerifCJK-Bold.ttc", collection_font_number=2)
    pdf.add_font("sans", "", SANS, collection_font_number=2)
    pdf.add_font("sans", "B", SANS_B, collection_font_number=2)
    if os.path.exists(LATIN):
        pdf.add_font("latin", "", LATIN)
    return pdf


STYLE = {"title": ("serif", "", 20, 12), "top": ("serif", "B", 15, 9), "sub": ("serif", "B", 15, 9),
         "body": ("serif", "", 15, 9)}


def _items(lines, lv, ti):
    out = []
    for i, ln in enumerate(lines):
        s = ln.rstrip(WS)
        kind = "title" if i == ti else ("top" if lv.get(i) == 0 else "sub" if lv.get(i) == 1 else "body")
        out.append((i, s.strip(WS) if kind == "title" else s, kind))
    return out


def _wrap_chars(pdf, s: str, width: float, font_of) -> list[str]:
    out, cur, w = [], "", 0.0
    for ch in s:
        pdf.set_font(*font_of(ch))
        cw = pdf.get_string_width(ch)  # includes the character spacing
        if cur and w + cw > width:
            out.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    out.append(cur)
    return out


def _flow(pdf, lines, lv, ti, *, style=None, spacing=None, font_for=None, draw=None, orient=None, on_heading=None):
    """Lay the lines out page by page with a line layout of its own (title centred, the rest left),
    calling draw(pdf, text, x, y, lh, fontfn) per line."""
    style = style or STYLE
    pdf.add_page()

    def new_page():
        pdf.add_page(orientation=orient(pdf.page_no() + 1) if orient else pdf.cur_orientation)
        return pdf.t_margin

    y = pdf.t_margin
    for i, s, kind in _items(lines, lv, ti):
        fam, st, size, lh = style[kind]
        base = (fam, st, size)
        fontfn = (lambda ch, k=kind, b=base: font_for(ch, k, b)) if font_for else (lambda ch, b=base: b)
        width = pdf.w - pdf.l_margin - pdf.r_margin
        sp = spacing(kind) if spacing and s.strip(WS) else 0
        if sp:
            # letter spacing never adds a line: capped so that a line that fits still fits
            pdf.set_char_spacing(0)
            pdf.set_font(*base)
            w0 = pdf.get_string_width(s)
            sp = max(0.0, min(sp, (width - w0) / len(s) * pdf.k - 0.05)) if w0 < width else 0
        pdf.set_char_spacing(sp)
        if not s.strip(WS):
            y += lh
            continue
        if kind in ("top", "sub") and on_heading:
            if y + lh > pdf.h - pdf.b_margin:
                y = new_page()
            on_heading(pdf, s.strip(WS), 0 if kind == "top" else 1, y)
        for part in _wrap_chars(pdf, s, width, fontfn):
            if y + lh > pdf.h - pdf.b_margin:
                y = new_page()
            width = pdf.w - pdf.l_margin - pdf.r_margin
            tw = sum((pdf.set_font(*fontfn(ch)) or pdf.get_string_width(ch)) for ch in part)
            x = pdf.l_margin + ((width - tw) / 2 if kind == "title" else 0)
            (draw or _draw_runs)(pdf, part, x, y, lh, fontfn)
            y += lh
    pdf.set_char_spacing(0)


def _draw_runs(pdf, part, x, y, lh, fontfn):
    """Draw a line as runs of characters in the same font."""
    runs = []
    for ch in part:
        f = fontfn(ch)
        if runs and runs[-1][0] == f:
            runs[-1][1] += ch
        else:
            runs.append([f, ch])
    for f, s in runs:
        pdf.set_font(*f)
        pdf.set_xy(x, y)
        w = pdf.get_string_width(s)
        pdf.cell(w, lh, s)
        x += w


def _draw_glyphs(pdf, part, x, y, lh, fontfn):
    """Draw every character by its own text operation (BT … ET per glyph)."""
    for ch in part:
        pdf.set_font(*fontfn(ch))
        w = pdf.get_string_width(ch)
        if not ch.isspace():
            pdf.text(x, y + lh * 0.75, ch)
        x += w


def _pdf_payload(pdf, lines):
    return _payload(bytes(pdf.output()), ".pdf", "\n".join(lines))


def pdf_glyph_runs(text):
    """A4 PDF whose text layer has every character as its own text object (one BT … Tj … ET per
    glyph, positioned absolutely), as some 公文 systems and PDF printers write it; title centred 20
    pt, headings bold, body 15 pt, the typed indent kept, lines wrapped at the page width."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    pdf = _pdf_doc()
    _flow(pdf, lines, lv, ti, draw=_draw_glyphs)
    return _pdf_payload(pdf, lines)


def pdf_mixed_fonts(text):
    """A4 PDF set as Word sets a 公文 with western fonts for figures and letters: the title and top
    headings in a sans face (黑体's stand-in), sub-headings in the bold serif, body in the serif, and
    every ASCII letter, figure and sign in DejaVu Serif (Times New Roman's stand-in) -- the font
    changes inside lines (`2024年`: two fonts)."""
    if not os.path.exists(LATIN):
        return None
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    pdf = _pdf_doc()
    style = {"title": ("sans", "B", 20, 12), "top": ("sans", "", 15, 9), "sub": ("serif", "B", 15, 9),
             "body": ("serif", "", 15, 9)}

    def font_for(ch, kind, base):
        return ("latin", "", base[2]) if ord(ch) < 128 and not ch.isspace() else base
    _flow(pdf, lines, lv, ti, style=style, font_for=font_for)
    return _pdf_payload(pdf, lines)


def pdf_landscape_page(text):
    """A4 PDF (set as pdf_glyph_runs is, but in runs of text) whose second page is landscape, as a
    report into which a wide table page was once inserted: the text flows on over it, page 1 and
    pages 3 … portrait.  Applies where the text takes more than one page."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    pdf = _pdf_doc()
    _flow(pdf, lines, lv, ti, orient=lambda n: "L" if n == 2 else "P")
    if pdf.page_no() < 2:
        return None
    return _pdf_payload(pdf, lines)


def pdf_spaced_headings(text):
    """A4 PDF whose title and headings are letter-spaced by character spacing (title 6 pt, top
    headings 3 pt, sub-headings 1.5 pt, each less where that would make it wrap; a heading that
    wraps anyway unspaced; no space characters in the text), as 公文 titles are set (法 治 政 府 …);
    body unspaced."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    if ti is None and not lv:
        return None
    pdf = _pdf_doc()
    _flow(pdf, lines, lv, ti, spacing=lambda k: {"title": 6, "top": 3, "sub": 1.5}.get(k, 0))
    return _pdf_payload(pdf, lines)


def pdf_bookmarks(text):
    """A4 PDF with a bookmark (outline entry) per top heading and, under it, per sub-heading --
    as Word's 'create bookmarks using headings' export gives; the page itself as pdf_glyph_runs
    lays it out but in runs of text.  Applies where a heading is found."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    if not lv:
        return None
    pdf = _pdf_doc()
    seen_top = [False]

    def on_heading(p, s, level, y):
        if level == 0:
            seen_top[0] = True
        p.set_y(y)
        p.start_section(s, level=level if seen_top[0] else 0)
    _flow(pdf, lines, lv, ti, on_heading=on_heading)
    return _pdf_payload(pdf, lines)


def pdf_stale_word_info(text):
    """A4 PDF printed from Word through a PDF printer, its document information left from last
    year's file: /Title `Microsoft Word - <last year's title>.docx` (新建 DOCX 文档 where no title
    with a year), /Author Administrator, /Creator Microsoft® Word 2016, created 20 December of the
    year before the report year.  The pages show this year's report."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    pdf = _pdf_doc()
    y = _title_year(lines, ti)
    pdf.set_title("Microsoft Word - " + _last_year_title(lines[ti].strip(WS) if ti is not None else None) + ".docx")
    pdf.set_author("Administrator")
    pdf.set_creator("Microsoft® Word 2016")
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.set_creation_date(datetime.datetime(y - 1, 12, 20, 9, 0, 0, tzinfo=datetime.timezone.utc))
    _flow(pdf, lines, lv, ti)
    return _pdf_payload(pdf, lines)


# ================================================================ HTML
def _seen(fragment: str) -> str:
    return _zone_text('<div id="_seen">' + fragment + "</div>", "_seen")


def html_word_filtered(text):
    """The report saved by Word as 'Web Page, Filtered' (UTF-8): `<html xmlns:v xmlns:o xmlns:w>`,
    Word's conditional comment with `o:DocumentProperties` (last year's title, as the file was
    copied from last year's, author Administrator), a `<style>` block of font definitions and Mso
    classes, the body `<div class=WordSection1>`; title `<p class=MsoTitle>`, top headings `<h1>`,
    sub-headings `<h2>` (each with a `<a name="_Toc…">` anchor), body `<p class=MsoNormal>` with
    `<span style='font-family:仿宋_GB2312'>`, blank lines `<p class=MsoNormal>&nbsp;</p>`."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    title = lines[ti].strip(WS) if ti is not None else ""
    body = []
    for n, (i, ln) in enumerate(enumerate(lines)):
        ind, s = _indent_split(ln)
        if not s:
            body.append("<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>")
        elif i == ti:
            body.append(f"<p class=MsoTitle align=center style='text-align:center'><span style='font-size:22.0pt;"
                        f"font-family:方正小标宋简体'>{_x(s)}</span></p>")
        elif i in lv:
            tag = "h1" if lv[i] == 0 else "h2"
            fam = FONT_HEAD if lv[i] == 0 else FONT_SUB
            body.append(f"<{tag} style='text-indent:32.0pt'><a name=\"_Toc{190000000 + n}\"></a>"
                        f"<span style='font-size:16.0pt;font-family:{fam}'>{_x(s)}</span></{tag}>")
        else:
            ti_ = "text-indent:32.0pt;" if ind else ""
            body.append(f"<p class=MsoNormal style='{ti_}line-height:28.0pt'><span style='font-size:16.0pt;"
                        f"font-family:仿宋_GB2312'>{_x(s)}</span></p>")
    frag = "\n\n".join(body)
    page = ("<!DOCTYPE html>\n<html xmlns:v=\"urn:schemas-microsoft-com:vml\"\nxmlns:o=\"urn:schemas-microsoft-com:office:office\"\n"
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\"\nxmlns=\"http://www.w3.org/TR/REC-html40\">\n\n<head>\n"
            "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">\n<meta name=Generator content=\"Microsoft Word 15 (filtered)\">\n"
            f"<title>{_x(title)}</title>\n<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Title>{_x(_last_year_title(title or None))}</o:Title>\n"
            "  <o:Author>Administrator</o:Author>\n  <o:LastAuthor>lenovo</o:LastAuthor>\n  <o:Revision>7</o:Revision>\n"
            " </o:DocumentProperties>\n</xml><![endif]-->\n<style>\n<!--\n /* Font Definitions */\n @font-face\n\t{font-family:宋体;}\n"
            "@font-face\n\t{font-family:黑体;}\n@font-face\n\t{font-family:仿宋_GB2312;}\n@font-face\n\t{font-family:楷体_GB2312;}\n"
            " /* Style Definitions */\n p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;}\n"
            "h1\n\t{margin:0cm;font-size:16.0pt;font-family:黑体;font-weight:normal;}\nh2\n\t{margin:0cm;font-size:16.0pt;font-family:楷体_GB2312;}\n"
            "p.MsoTitle\n\t{margin:0cm;text-align:center;font-size:22.0pt;}\n@page WordSection1\n\t{size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}\n"
            "div.WordSection1\n\t{page:WordSection1;}\n-->\n</style>\n\n</head>\n\n<body lang=ZH-CN style='text-justify-trim:punctuation'>\n\n"
            "<div class=WordSection1 style='layout-grid:15.6pt'>\n\n" + frag + "\n\n</div>\n\n</body>\n\n</html>\n")
    return _payload(page.encode("utf-8"), ".html", _seen(frag))


def html_nested_table_fonts(text):
    """A page of an old ASP/.NET site (UTF-8, HTML 4.01): the article in a table nested in two
    layout tables, every line its own row `<tr><td class=content>`, the text in `<font>` tags --
    title `<font face="方正小标宋简体" size=5><b>`, top headings `<font face="黑体" size=3>`, sub-
    headings `<font face="楷体_GB2312" size=3><b>`, body `<font face="仿宋_GB2312" size=3>` with the
    indent as two U+3000 -- blank lines as `<tr><td>&nbsp;</td></tr>`."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    title = lines[ti].strip(WS) if ti is not None else ""
    rows = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if not s:
            rows.append("<tr><td>&nbsp;</td></tr>")
        elif i == ti:
            rows.append(f'<tr><td align=center class=title><font face="方正小标宋简体" size=5><b>{_x(s)}</b></font></td></tr>')
        elif lv.get(i) == 0:
            rows.append(f'<tr><td class=content><font face="黑体" size=3>{"　　" if ind else ""}{_x(s)}</font></td></tr>')
        elif lv.get(i) == 1:
            rows.append(f'<tr><td class=content><font face="楷体_GB2312" size=3><b>{"　　" if ind else ""}{_x(s)}</b></font></td></tr>')
        else:
            rows.append(f'<tr><td class=content><font face="仿宋_GB2312" size=3>{"　　" if ind else ""}{_x(s)}</font></td></tr>')
    inner = "\n".join(rows)
    page = ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            f'<title>{_x(title)}</title>\n<link href="/css/style.css" rel="stylesheet" type="text/css">\n</head>\n'
            '<body topmargin=0 leftmargin=0>\n<table width=980 border=0 align=center cellpadding=0 cellspacing=0>\n<tr><td>\n'
            '<table width="100%" border=0 cellpadding=0 cellspacing=0 class=bk>\n<tr><td valign=top>\n'
            '<table width="92%" border=0 align=center cellpadding=4 cellspacing=0>\n' + inner
            + '\n</table>\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n')
    return _payload(page.encode("utf-8"), ".html", _seen("<table>" + inner + "</table>"))


def _related_titles(title: str) -> list[tuple[str, str]]:
    m = _YEAR.search(title or "")
    if not m:
        return [("关于开展“八五”普法中期检查的通知", "2023-06-12"), ("政务公开工作年度报告", "2025-01-20"),
                ("优化营商环境工作情况", "2024-11-05")]
    y = int(m.group(1))
    return [(title[:m.start()] + f"{y - k}年" + title[m.end():], f"{y - k + 1}-02-2{k}") for k in (1, 2, 3)]


def html_related_in_content(text):
    """UTF-8 page of a district site's CMS whose content area holds more than the article: after the
    article `<div class="article-body">` and inside the same `<div id="content">`, a 相关文章 list
    (the same unit's reports of the three years before, with dates; three generic items where the
    title has no year), a 分享到：微信 微博 QQ空间 bar, 【打印本页】【关闭窗口】 and 打印时间：<date>."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    title = lines[ti].strip(WS) if ti is not None else ""
    paras = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if not s:
            continue
        if i == ti:
            paras.append(f'<p style="text-align:center"><strong>{_x(s)}</strong></p>')
        elif i in lv:
            paras.append(f'<p style="text-indent:2em"><strong>{_x(s)}</strong></p>')
        else:
            paras.append(f'<p style="text-indent:2em">{_x(s)}</p>' if ind else f"<p>{_x(s)}</p>")
    art = "\n".join(paras)
    y = _title_year(lines, ti)
    rel = "".join(f'<li><a href="/art/{y}/{k}.html">{_x(t)}</a><span class="date">{d}</span></li>'
                  for k, (t, d) in enumerate(_related_titles(title)))
    page = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{_x(title)}</title>\n</head>\n<body>\n<div class="wrap">\n<div id="content">\n'
            f'<div class="article-body">\n{art}\n</div>\n'
            f'<div class="xgwz"><h4>相关文章</h4><ul>{rel}</ul></div>\n'
            '<div class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a> '
            '<a href="javascript:;">QQ空间</a></div>\n'
            '<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>\n'
            f'<div class="printtime">打印时间：{y + 1}-03-05</div>\n</div>\n</div>\n</body>\n</html>\n')
    return _payload(page.encode("utf-8"), ".html", _seen(art))


# ================================================================ plain text
def txt_big5_mirror(text):
    """The report as a Taiwan-style traditional-script mirror site gives it: the text converted to
    traditional characters (OpenCC s2tw) and the file's bytes in Big5 (cp950), as saved from that
    page (a no-break space, which Big5 lacks, saved as a space).  Applies where OpenCC is installed
    and every other character has a cp950 code."""
    conv = opencc("s2tw")
    if conv is None:
        return None
    t = conv(text).replace("\u00a0", " ")
    try:
        data = t.encode("cp950")
    except UnicodeEncodeError:
        return None
    return _payload(data, ".txt", t)


def hierarchy_demoted(text):
    """The outline written one level down, as writers of short reports number it: standalone top
    headings `一、X` → `（一）X`, every line-start sub number `（一）` / `(一)` (standalone and run-in)
    → `1.`, every line-start `1.` / `1、` / `1．` item → `（1）`.  Applies where at least two top
    headings."""
    lines = _lines(text)
    tops = [i for i, lvl, _ in headings(lines, (0,))]
    if len(tops) < 2:
        return None
    for i, ln in enumerate(lines):
        if i in tops:
            m = TOP_RE.match(ln)
            lines[i] = m.group("ind") + "（" + m.group("num") + "）" + ln[m.end("sep"):].lstrip(" \t\u3000")
            continue
        m = re.match(r"^([" + WS + r"]*)[（(]([一二三四五六七八九十]{1,3})[）)]", ln)
        if m:
            lines[i] = m.group(1) + f"{cn_val(m.group(2))}." + ln[m.end():]
            continue
        m = re.match(r"^([" + WS + r"]*)(\d{1,2})[.．、](?!\d)", ln)
        if m:
            lines[i] = m.group(1) + f"（{m.group(2)}）" + ln[m.end():]
    return _nl(text).join(lines) + _end(text)


PUBLIC_NOTE = "（此件公开发布）"


def fuzhu_public_note(text):
    """The 公文 附注 `（此件公开发布）` (GB/T 9704: under the date, two characters in, in parentheses)
    on its own line after a blank line under the closing date.  Applies where one of the last six
    non-blank lines is a date alone."""
    lines = _lines(text)
    di = _closing_date_idx(lines)
    if di is None:
        return None
    lines[di + 1:di + 1] = ["", "\u3000\u3000" + PUBLIC_NOTE]
    return _nl(text).join(lines) + _end(text)


_SHI_SPLIT = re.compile(r"(?<=[。；;])(?=[二三四五六七八九十]是)")


def shi_items_own_lines(text):
    """一是 … 二是 … items written one per paragraph: in every body line, before each 二是 / 三是 …
    that follows a 。 or ；, a line break and the line's own indent.  Applies where at least two
    breaks are made."""
    lines = _lines(text)
    out, n = [], 0
    for ln in lines:
        ind, s = _indent_split(ln)
        parts = _SHI_SPLIT.split(s) if "是" in s and not TOP_RE.match(ln) else [s]
        if len(parts) > 1:
            n += len(parts) - 1
            out.extend(ind + p for p in parts)
        else:
            out.append(ln)
    if n < 2:
        return None
    return _nl(text).join(out) + _end(text)


# ================================================================ words check and heading norm
_FN_LINE = re.compile(r"^\[\^(\d+)\]: (.*)$", re.M)
_TOC_LINE = re.compile(r"^.+\t\d+$")


def strip_form_s(t: str) -> str:
    t = strip_form(t)
    # hierarchy_demoted: （1） item numbers and 1. sub numbers are numbers, on both sides
    t = re.sub(r"(?m)^([ \t\u3000]*)[（(]\d{1,2}[）)]", r"\1", t)
    return t


def _restore_notes(e: str) -> str:
    notes = dict(_FN_LINE.findall(e))
    if not notes:
        return e
    e = _FN_LINE.sub("", e)
    return re.sub(r"\[\^(\d+)\]", lambda m: "（" + notes.get(m.group(1), "") + "）", e)


def words_kept(original: str, edited) -> bool:
    """Same words in the same order (form_edits' word filter) after strip_form on both sides; a
    Payload is compared through the text a reader of it sees.  Footnotes (`[^n]: text`) are put back
    at their marks; a TOC's `heading<TAB>page` lines and its `目录` line are dropped; the 附注
    （此件公开发布） is dropped; a traditional text is compared with the original through OpenCC s2t."""
    o_raw = strip_form_s(original)
    e = strip_form_s(as_text(edited))
    e = _restore_notes(e)
    e = "\n".join(ln for ln in e.split("\n") if not _TOC_LINE.match(ln) and re.sub(r"\s", "", ln) != "目录")
    e = e.replace("此件公开发布", "") if "此件公开发布" not in o_raw else e
    ew = _words(e, True)
    if ew == _words(o_raw, False):
        return True
    conv = opencc("s2tw")
    return bool(conv) and ew == _words(strip_form_s(conv(original).replace("\u00a0", " ")), False)


EXTRA_LEAK = r"\[\^\d+\]|此件公开发布|目\s*录|\t\d+$|CREATEDATE|MERGEFORMAT|TOC\s|PAGEREF|_Toc|相关文章|分享到|打印|Microsoft|新建"


def heading_norm(h):
    s = strip_form_s(h or "")
    conv = opencc("t2s")
    if conv:
        s = conv(s)
    s = re.sub(r"^[" + WS + r"]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d))", "", s)
    return "".join(ch for ch in s if ch.isalnum())


ALL_KINDS = {
    "docx_style_numbering": docx_style_numbering,
    "docx_footnote_parentheticals": docx_footnote_parentheticals,
    "docx_body_table_parts": docx_body_table_parts,
    "docx_title_dml_textbox": docx_title_dml_textbox,
    "docx_review_comments": docx_review_comments,
    "docx_toc_field": docx_toc_field,
    "docx_date_field": docx_date_field,
    "docx_last_year_props": docx_last_year_props,
    "doc_style_numbering": doc_style_numbering,
    "odt_heading_outline": odt_heading_outline,
    "docx_from_web_page": docx_from_web_page,
    "pdf_lo_export": pdf_lo_export,
    "pdf_glyph_runs": pdf_glyph_runs,
    "pdf_mixed_fonts": pdf_mixed_fonts,
    "pdf_landscape_page": pdf_landscape_page,
    "pdf_spaced_headings": pdf_spaced_headings,
    "pdf_bookmarks": pdf_bookmarks,
    "pdf_stale_word_info": pdf_stale_word_info,
    "html_word_filtered": html_word_filtered,
    "html_nested_table_fonts": html_nested_table_fonts,
    "html_related_in_content": html_related_in_content,
    "txt_big5_mirror": txt_big5_mirror,
    "hierarchy_demoted": hierarchy_demoted,
    "fuzhu_public_note": fuzhu_public_note,
    "shi_items_own_lines": shi_items_own_lines,
}
