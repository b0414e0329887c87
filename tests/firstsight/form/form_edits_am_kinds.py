"""Form-only edits, thirty-ninth set (am): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: what real office files do -- Word whose levels differ only by font family (黑体 / 楷体 /
仿宋, one size, nothing bold); Word sub-headings run into their paragraph with only the lead clause
bold, that lead cut into many runs as Word's revision ids leave it; long top headings broken by a
manual line break or over two paragraphs; the whole body in one text box written both as DrawingML
and as its VML fallback; a section per part with a different first-page header naming the unit; a
WPS 公文 with the 发文机关标志 in a table and a 文号 line; a PDF printed from Word with 黑体 tops and
everything else one 仿宋-like face of the same size, `— n —` page numbers; a PDF whose title is
set on two centred lines; a WeChat article of nested sections and leaf spans, headings `<strong>` in
a coloured section, the number a separate badge; HTML whose every paragraph is hard-wrapped by
`<br>` about every 20 characters.

An edit returns a `Payload` (set o's) whose `text` is the report as its reader sees it; or None where
it does not apply.  Edits find what they change from the text's own structure (aa's `_struct`),
never from a named document or line.  Which kinds are tuning and which held is decided by
split_am.py (random, fixed seed).
"""
from __future__ import annotations

import re

from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_s_kinds import _add_part
from form_edits_t_kinds import WX, _build, _p, _r, _x, _pdf_base
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct
from form_edits_ah_kinds import _facts, _seen
from form_edits_ai_kinds import _page
from form_edits_al_kinds import EXTRA_LEAK as _AL_LEAK, _split_num, heading_norm  # noqa: F401
from form_edits_o_kinds import FONT_DIR

IDS = "\u3000"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _n(items, *ks):
    return sum(1 for k, _, _ in items if k in ks)


def _font_rpr(font, size=32, bold=False, color=None):
    return (f'<w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/>'
            + ("<w:b/><w:bCs/>" if bold else "") + (f'<w:color w:val="{color}"/>' if color else "")
            + f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>')


def _fr(s, font, size=32, bold=False, color=None):
    return f'<w:r>{_font_rpr(font, size, bold, color)}<w:t xml:space="preserve">{_x(s)}</w:t></w:r>' if s else ""


def _fp(inner, jc=None, indent=True, extra=""):
    ppr = (extra + ('<w:spacing w:line="560" w:lineRule="exact"/>')
           + ('<w:ind w:firstLine="640"/>' if indent else "") + (f'<w:jc w:val="{jc}"/>' if jc else ""))
    return f"<w:p {WX}><w:pPr>{ppr}</w:pPr>{inner}</w:p>"


FAM = {"title": "方正小标宋简体", "top": "黑体", "sub": "楷体_GB2312", "body": "仿宋_GB2312"}


def _break_point(s):
    """Where a long heading is broken: after the clause mark nearest its middle, else its middle."""
    mid = len(s) // 2
    cands = [m.end() for m in re.finditer(r"[，,、；]", s) if 3 <= m.end() <= len(s) - 3]
    if cands:
        return min(cands, key=lambda i: abs(i - mid))
    return mid


# ================================================================ Word
def docx_family_only_levels_same_size(text):
    """Word (公文 layout) in one size, 三号 16 pt, nothing bold: the title 方正小标宋简体 centred, tops
    set off only by 黑体, subs only by 楷体_GB2312, body 仿宋_GB2312; every paragraph but the title
    first-line indented 2 characters, exact 28 pt line spacing; numbers typed.  Applies where two
    headings are found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    paras = []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_fp("", indent=False))
        elif k == "title":
            paras.append(_fp(_fr(s, FAM[k], 32), jc="center", indent=False))
        else:
            paras.append(_fp(_fr(s, FAM.get(k, FAM["body"]), 32)))
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


def _frag_runs(s, font, bold, rid_seed):
    """s as Word leaves it after editing: cut into 2-4 runs carrying rsid attributes, with a
    proofErr pair around one stretch."""
    cuts = sorted({max(1, len(s) // 3), max(1, 2 * len(s) // 3)})
    parts, prev = [], 0
    for c in cuts + [len(s)]:
        if c > prev:
            parts.append(s[prev:c])
            prev = c
    out = []
    for i, p in enumerate(parts):
        r = (f'<w:r w:rsidR="00{(rid_seed * 7 + i) % 999999:06X}">{_font_rpr(font, 32, bold)}'
             f'<w:t xml:space="preserve">{_x(p)}</w:t></w:r>')
        if i == 1:
            r = '<w:proofErr w:type="gramStart"/>' + r + '<w:proofErr w:type="gramEnd"/>'
        out.append(r)
    return "".join(out)


def docx_sub_runin_bold_lead_fragmented(text):
    """Word where each sub-heading (`（一）…`) is not a paragraph of its own: it opens the paragraph
    that follows it, bold (its text closed by `。` where it had no end mark), the body in the same
    paragraph regular; the bold lead and the body cut into several runs with revision ids and a
    proofErr pair, a bookmark at the paragraph's start.  Tops stay paragraphs (黑体).  Applies where
    two subs are each followed by a body paragraph."""
    items = _struct(text)
    nb = [(k, ind, s) for k, ind, s in items if k != "blank"]
    paras, seen, i, n = [], [], 0, 0
    while i < len(nb):
        k, ind, s = nb[i]
        if k == "sub" and i + 1 < len(nb) and nb[i + 1][0] == "body":
            lead = s if re.search(r"[。！？.：:]$", s) else s + "。"
            body = nb[i + 1][2]
            inner = (f'<w:bookmarkStart w:id="{n}" w:name="_Toc{n + 1000}"/><w:bookmarkEnd w:id="{n}"/>'
                     + _frag_runs(lead, FAM["body"], True, n * 3 + 1) + _frag_runs(body, FAM["body"], False, n * 3 + 2))
            paras.append(_fp(inner))
            seen.append(lead + body)
            i += 2
            n += 1
            continue
        if k == "title":
            paras.append(_fp(_fr(s, FAM[k], 44), jc="center", indent=False))
        else:
            paras.append(_fp(_fr(s, FAM.get(k, FAM["body"]))))
        seen.append(s)
        i += 1
    if n < 2:
        return None
    return _payload(_docx_bytes(_build(paras)), ".docx", "\n".join(seen))


def docx_long_top_broken_br_or_two_paras(text):
    """Word where every top heading of 10 characters or more is broken near its middle clause mark:
    the first such top by a manual line break (`w:br`) inside its paragraph, the next over two
    paragraphs of the same 黑体 style (the second not indented), alternating.  Applies where two
    such tops are found."""
    items = _struct(text)
    longs = [s for k, _, s in items if k == "top" and len(s) >= 10]
    if len(longs) < 2:
        return None
    paras, j = [], 0
    for k, ind, s in items:
        if k == "blank":
            paras.append(_fp("", indent=False))
        elif k == "title":
            paras.append(_fp(_fr(s, FAM[k], 44), jc="center", indent=False))
        elif k == "top" and len(s) >= 10:
            b = _break_point(s)
            if j % 2 == 0:
                paras.append(_fp(_fr(s[:b], FAM[k]) + f'<w:r>{_font_rpr(FAM[k])}<w:br/></w:r>' + _fr(s[b:], FAM[k])))
            else:
                paras.append(_fp(_fr(s[:b], FAM[k])))
                paras.append(_fp(_fr(s[b:], FAM[k]), indent=False))
            j += 1
        else:
            paras.append(_fp(_fr(s, FAM.get(k, FAM["body"]))))
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


def docx_body_txbx_dml_and_vml_copies(text):
    """Word where the whole report (title included) sits in one page-wide text box anchored in an
    empty paragraph, written as Word writes it: `mc:AlternateContent` holding a DrawingML shape
    (`wps:txbx/w:txbxContent`) and, as `mc:Fallback`, a VML `v:textbox` with a second copy of the
    same content.  A reader sees the report once.  Applies where a title and two headings are
    found."""
    items = _struct(text)
    if not _facts(items) or _n(items, "top", "sub") < 2:
        return None
    inner = []
    for k, ind, s in items:
        if k == "blank":
            inner.append(_fp("", indent=False))
        elif k == "title":
            inner.append(_fp(_fr(s, FAM[k], 44), jc="center", indent=False))
        else:
            inner.append(_fp(_fr(s, FAM.get(k, FAM["body"]))))
    content = "".join(inner).replace(f" {WX}", "")
    ns = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"')
    cx, cy = 5580000, 8500000
    dml = (f'<w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2" behindDoc="0" '
           f'locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
           f'<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>'
           f'<wp:positionV relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
           f'<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>'
           f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
           f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
           f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:spAutoFit/></wps:bodyPr>'
           f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    vml = (f'<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           f'<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;'
           f'width:439.4pt;height:669.3pt;z-index:1;mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin" '
           f'filled="f" stroked="f" xmlns:o="urn:schemas-microsoft-com:office:office">'
           f'<v:textbox style="mso-fit-shape-to-text:t" inset="0,0,0,0"><w:txbxContent>{content}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict>')
    para = (f'<w:p {WX} {ns}><w:r><mc:AlternateContent><mc:Choice Requires="wps">{dml}</mc:Choice>'
            f'<mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r></w:p>')
    return _payload(_docx_bytes(_build([para])), ".docx", _seen(items))


_HDR_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
_FTR_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
_HDR_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_FTR_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"


def _hf(tag, inner):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
            f'{inner}</w:{tag}>')


def _sect(next_page=True, final=False):
    refs = ('<w:headerReference w:type="first" r:id="rIdHf1"/><w:headerReference w:type="default" r:id="rIdHd1"/>'
            '<w:footerReference w:type="default" r:id="rIdFt1"/>')
    body = (refs + ('<w:type w:val="nextPage"/>' if next_page else '<w:type w:val="continuous"/>')
            + '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
            'w:header="851" w:footer="992" w:gutter="0"/><w:pgNumType w:fmt="decimal"/><w:titlePg/>')
    return f'<w:sectPr xmlns:r="{R_NS}">{body}</w:sectPr>'


def docx_section_per_part_first_page_unit_header(text):
    """Word with a section break (next page) after every part: each section has a different
    first-page header (titlePg) holding the unit's name, a default header holding a thin rule only,
    and a footer with a PAGE field between dashes.  Applies where a title with a unit and two tops
    are found."""
    items = _struct(text)
    f = _facts(items)
    if not f or f[1] == "本单位" or _n(items, "top") < 2:
        return None
    paras = []
    idx = [i for i, (k, _, _) in enumerate(items) if k == "top"][1:]
    for i, (k, ind, s) in enumerate(items):
        if i in idx and paras:
            # close the previous section in the last paragraph before this top
            last = paras.pop()
            if "<w:pPr>" in last:
                last = last.replace("<w:pPr>", "<w:pPr>" + _sect(), 1)
            paras.append(last)
        if k == "blank":
            paras.append(_fp("", indent=False))
        elif k == "title":
            paras.append(_fp(_fr(s, FAM[k], 44), jc="center", indent=False))
        else:
            paras.append(_fp(_fr(s, FAM.get(k, FAM["body"]))))
    # pPr children order: sectPr goes last in pPr; move it there
    fixed = []
    for p in paras:
        m = re.search(r"<w:pPr>(<w:sectPr.*?</w:sectPr>)(.*?)</w:pPr>", p)
        if m:
            p = p.replace(m.group(0), f"<w:pPr>{m.group(2)}{m.group(1)}</w:pPr>")
        fixed.append(p)
    doc = _build(fixed)
    data = _docx_bytes(doc)
    first = _hf("hdr", f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{_fr(f[1], "楷体_GB2312", 28)}</w:p>')
    dflt = _hf("hdr", '<w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr></w:pPr></w:p>')
    ftr = _hf("ftr", '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r>'
                     '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
                     '<w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p>')
    data = _add_part(data, "header9.xml", first, _HDR_CT, _HDR_RT, "rIdHf1")
    data = _add_part(data, "header10.xml", dflt, _HDR_CT, _HDR_RT, "rIdHd1")
    data = _add_part(data, "footer9.xml", ftr, _FTR_CT, _FTR_RT, "rIdFt1")
    # the final section (the body's sectPr) gets the same headers
    import io
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zin.infolist():
            b = zin.read(it.filename)
            if it.filename == "word/document.xml":
                x = b.decode("utf-8")
                k = x.rfind("<w:sectPr")
                e = x.find(">", k)
                x = x[:e + 1] + ('<w:headerReference w:type="first" r:id="rIdHf1"/><w:headerReference w:type="default" r:id="rIdHd1"/>'
                                 '<w:footerReference w:type="default" r:id="rIdFt1"/>') + x[e + 1:]
                x = x[:k] + x[k:].replace("</w:sectPr>", "<w:titlePg/></w:sectPr>", 1)
                b = x.encode("utf-8")
            zo.writestr(it, b)
    return _payload(out.getvalue(), ".docx", _seen(items))


def _set_app(data, app):
    """The package's docProps/app.xml Application (added when absent), as WPS writes it."""
    import io
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(data))
    names = zin.namelist()
    out = io.BytesIO()
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/'
           f'officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><Application>{app}</Application>'
           '<DocSecurity>0</DocSecurity></Properties>')
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zin.infolist():
            b = zin.read(it.filename)
            if it.filename == "docProps/app.xml":
                x = b.decode("utf-8")
                b = (re.sub(r"<Application>.*?</Application>", f"<Application>{app}</Application>", x)
                     if "<Application>" in x else xml).encode("utf-8")
            zo.writestr(it, b)
    return out.getvalue()


_ABBR = re.compile(r"(省|市|区|县|旗|州|镇|乡|街道)")


def _wenhao(unit, year):
    """A 文号 for the unit: its last place word's first character + 政发 (or 发 for a 局/委/办),
    the next year, a small number."""
    m = list(_ABBR.finditer(unit))
    place = unit[:m[-1].start()] if m else unit[:2]
    abbr = (place[-2:] if len(place) >= 2 else unit[:2])
    kind = "政发" if "人民政府" in unit or unit.endswith(("镇", "乡", "街道办事处")) else "发"
    return f"{abbr}{kind}〔{year + 1}〕{(sum(map(ord, unit)) % 40) + 3}号"


def docx_wps_redhead_table_wenhao(text):
    """A WPS 公文: above the title a borderless one-row table holding the 发文机关标志
    (`<unit>文件`, red 小标宋 36 pt, centred), a 文号 line (`<abbr>政发〔<year+1>〕n号`) and a red
    rule; the title and the report below as the text has them; the package's app name WPS Office.  Applies where a title with a unit is found."""
    items = _struct(text)
    f = _facts(items)
    if not f or f[1] == "本单位" or _n(items, "top", "sub") < 2:
        return None
    flag = f"{f[1]}文件"
    wh = _wenhao(f[1], f[2])
    tbl = (f'<w:tbl {WX}><w:tblPr><w:tblW w:w="8845" w:type="dxa"/><w:jc w:val="center"/>'
           '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
           '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="8845"/></w:tblGrid><w:tr><w:trPr><w:trHeight w:val="1800" w:hRule="exact"/></w:trPr>'
           '<w:tc><w:tcPr><w:tcW w:w="8845" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
           f'<w:p><w:pPr><w:jc w:val="distribute"/></w:pPr>{_fr(flag, "方正小标宋简体", 72, False, "FF0000")}</w:p>'
           '</w:tc></w:tr></w:tbl>')
    paras = [tbl, _fp("", indent=False),
             _fp(_fr(wh, FAM["body"]), jc="center", indent=False,
                 extra='<w:pBdr><w:bottom w:val="single" w:sz="24" w:space="8" w:color="FF0000"/></w:pBdr>'),
             _fp("", indent=False)]
    for k, ind, s in items:
        if k == "blank":
            paras.append(_fp("", indent=False))
        elif k == "title":
            paras.append(_fp(_fr(s, FAM[k], 44), jc="center", indent=False))
        else:
            paras.append(_fp(_fr(s, FAM.get(k, FAM["body"]))))
    data = _docx_bytes(_build(paras))
    data = _set_app(data, "WPS Office_12.1.0.16929_F1E327BC-269C-435d-A152-05C5408002CA")
    return _payload(data, ".docx", f"{flag}\n{wh}\n" + _seen(items))


# ================================================================ PDF
def _gongwen_pdf(pageno_fn):
    pdf = _pdf_base(footer=pageno_fn)
    pdf.set_margins(28, 37, 26)
    pdf.set_auto_page_break(True, 35)
    pdf.add_font("sans", "", FONT_DIR + "NotoSansCJK-Regular.ttc", collection_font_number=2)
    return pdf


def _dash_pageno(pdf):
    pdf.set_y(-25)
    pdf.set_font("serif", "", 14)
    n = pdf.page_no()
    pdf.cell(0, 8, f"— {n} —", align="R" if n % 2 else "L")


def pdf_heiti_tops_same_size_dash_pageno(text):
    """A PDF as Word prints a 公文: one size (16 pt) for everything below the title; tops in a
    sans face (黑体), subs and body in the same regular serif face (仿宋/楷体 fall back to one), every
    paragraph first-line indented 2 characters, numbers typed; page numbers `— n —` at the outer
    bottom corner (right on odd pages, left on even).  Applies where two headings are found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    pdf = _gongwen_pdf(_dash_pageno)
    pdf.add_page()
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            pdf.set_font("serif", "", 22)
            pdf.multi_cell(0, 12, s, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            pdf.ln(6)
            continue
        pdf.set_font("sans" if k == "top" else "serif", "", 16)
        pdf.multi_cell(0, 10, IDS * 2 + s, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


def _title_split(t):
    """Where a title is set over two lines: before 关于 if it has one, else after the unit (before the
    year), else near the middle."""
    m = re.search(r"关于", t)
    if m and 2 <= m.start() <= len(t) - 4:
        return m.start()
    m = re.search(r"(\d{4}|二[〇○零][一二三四五六七八九〇○零]{2})年", t)
    if m and 2 <= m.start() <= len(t) - 4:
        return m.start()
    return len(t) // 2


def pdf_title_two_centred_lines(text):
    """A PDF whose title is set as two centred lines of 小标宋 size (broken before 关于, else before the
    year, else in the middle), a blank line, then the report in one body size with bold headings.
    Applies where a title of 12 characters or more is found."""
    items = _struct(text)
    f = _facts(items)
    if not f or len(f[0]) < 12:
        return None
    pdf = _pdf_base(footer=_dash_pageno)
    pdf.add_page()
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            b = _title_split(s)
            pdf.set_font("serif", "B", 20)
            for part in (s[:b], s[b:]):
                pdf.cell(0, 12, part, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(8)
            continue
        pdf.set_font("serif", "B" if k in ("top", "sub") else "", 14)
        pdf.multi_cell(0, 8, IDS * 2 + s, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


# ================================================================ HTML
_NUMLEAD = re.compile(r"^([一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])")


def html_mp_leaf_spans_badge_numbers(text):
    """A WeChat (mp.weixin) article as saved: `#js_content` of nested `<section>`s, every text in
    `<span leaf="">`; a top is `<section style="color:rgb(178,34,34)">` with the typed number in a
    separate badge `<span>` (coloured background) before `<strong>` holding the text; a sub a
    `<strong>` in a section of a lighter colour; body `<p style="text-indent:2em">` with spans;
    `rich_media_title` h1 for the title.  Applies where a title and two headings are found."""
    items = _struct(text)
    f = _facts(items)
    if not f or _n(items, "top", "sub") < 2:
        return None
    leaf = lambda s: f'<span leaf="">{_x(s)}</span>'  # noqa: E731
    out = []
    for k, ind, s in items:
        if k in ("blank", "title"):
            continue
        if k in ("top", "sub"):
            m = _NUMLEAD.match(s)
            num, rest = (m.group(0), s[m.end():]) if m else ("", s)
            col = "rgb(178, 34, 34)" if k == "top" else "rgb(196, 120, 40)"
            badge = (f'<span style="background-color:{col};color:#fff;padding:0 4px;border-radius:2px;">{leaf(num)}</span>'
                     if num else "")
            out.append(f'<section style="margin:16px 0 8px;color:{col};font-size:{17 if k == "top" else 16}px;">'
                       f'<section style="display:inline-block;">{badge}<strong>{leaf(rest)}</strong></section></section>')
        else:
            out.append(f'<section><p style="text-indent:2em;font-size:15px;line-height:1.75em;color:rgb(62,62,62);">'
                       f'<span style="font-family:mp-quote, -apple-system;">{leaf(s)}</span></p></section>')
    body = (f'<div id="page-content" class="rich_media_area_primary"><h1 class="rich_media_title" id="activity-name">'
            f'{_x(f[0])}</h1>\n<div class="rich_media_meta_list"><span class="rich_media_meta rich_media_meta_nickname">'
            f'<a id="js_name">{_x(f[1])}</a></span></div>\n'
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible;">'
            f'<section data-role="outer" data-tools="135编辑器" data-id="{sum(map(ord, f[0])) % 90000 + 10000}">'
            + "\n".join(out) + '</section></div></div>')
    return _payload(_page(f[0], body).encode("utf-8"), ".html", _seen(items))


def _hard_wrap(s, w=20):
    return "<br>".join(_x(s[i:i + w]) for i in range(0, len(s), w))


def html_p_hard_wrap_br_every_20(text):
    """HTML converted from a fixed-width layout: every paragraph (headings and title too) a plain
    `<p>` whose lines are broken by `<br>` every 20 characters wherever that falls (inside a word, a
    number or a heading); headings have no other mark.  Applies where two headings are found and one
    is longer than 20 characters, or a body paragraph is."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2 or not any(len(s) > 20 for k, _, s in items if k != "blank"):
        return None
    out = []
    for k, ind, s in items:
        if k == "blank":
            continue
        style = ' style="text-align:center"' if k == "title" else ""
        out.append(f"<p{style}>{_hard_wrap(s)}</p>")
    f = _facts(items)
    return _payload(_page(f[0] if f else "文档", "\n".join(out)).encode("utf-8"), ".html", _seen(items))


EXTRA_LEAK = (_AL_LEAK + r"|rsid|proofErr|_Toc|txbx|v:textbox|Fallback|文件$|〔\d{4}〕|— \d+ —|leaf=|"
              r"rgb\(|<br|rich_media|js_content")

ALL_KINDS = {
    "docx_family_only_levels_same_size": docx_family_only_levels_same_size,
    "docx_sub_runin_bold_lead_fragmented": docx_sub_runin_bold_lead_fragmented,
    "docx_long_top_broken_br_or_two_paras": docx_long_top_broken_br_or_two_paras,
    "docx_body_txbx_dml_and_vml_copies": docx_body_txbx_dml_and_vml_copies,
    "docx_section_per_part_first_page_unit_header": docx_section_per_part_first_page_unit_header,
    "docx_wps_redhead_table_wenhao": docx_wps_redhead_table_wenhao,
    "pdf_heiti_tops_same_size_dash_pageno": pdf_heiti_tops_same_size_dash_pageno,
    "pdf_title_two_centred_lines": pdf_title_two_centred_lines,
    "html_mp_leaf_spans_badge_numbers": html_mp_leaf_spans_badge_numbers,
    "html_p_hard_wrap_br_every_20": html_p_hard_wrap_br_every_20,
}
