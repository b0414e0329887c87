"""Form-only edits, forty-fifth set (as): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery -- sets aa / ah / ai / am / ar's helpers -- and avoid their kinds).

Focus (the task's lean): PDFs produced by other tools (Word's margins and CJK justification through
Microsoft Print to PDF with headings told apart by size only; a Foxit-made PDF with the page number
in the header and a two-line footer); Word with tops in floating DrawingML text boxes anchored in the
part's first paragraph, mail-merge fields in the title and signature, a section per part with
footnotes restarting in each; HTML from xiumi / 135editor (nested sections, inline styles only) and
pages whose <h1>..<h6> are used inconsistently from part to part; text exported by an OA system,
hard-wrapped at 38 cells with U+3000 indents, centred tops and a right-aligned signature.

An edit returns a `Payload` (set o's) whose `text` is the report as its reader sees it (page
furniture -- headers, footers, footnotes -- left out); or None where it does not apply.  Edits find
what they change from the text's own structure (aa's `_struct`), never from a named document or
line.  Which kinds are tuning and which held is decided by split_as.py (random, fixed seed).
"""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile

from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_s_kinds import _add_part
from form_edits_t_kinds import WX, _build, _x, _pdf_base
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct, _sig
from form_edits_ah_kinds import _facts, _seen
from form_edits_ai_kinds import _page
from form_edits_am_kinds import FAM, _fp, _fr, _font_rpr
from form_edits_ar_kinds import EXTRA_LEAK as _AR_LEAK, heading_norm  # noqa: F401

IDS = "\u3000"
FONTS = "/usr/share/fonts/opentype/noto/"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# wording this set adds (page furniture / footnotes only; never read as the report's words)
FOOTER_NOTE = "（此件公开发布）"
FOOTNOTE_TEXT = "数据来源：{unit}相关职能部门统计，截至{year}年12月31日。"
MERGE_NAMES = {"unit": "单位名称", "year": "报告年度", "sig_unit": "落款单位", "date": "成文日期"}


def _n(items, *ks):
    return sum(1 for k, _, _ in items if k in ks)


def _applies(items):
    """At least two headings (tops and subs together), one of them a top."""
    return _n(items, "top", "sub") >= 2 and _n(items, "top") >= 1


def _cells(s):
    """Display width in full-width cells (an ASCII / half-width character is half a cell)."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "WFA" else 0.5 for c in s)


_NO_START = set("，。、；：？！）》」』】〕”’％,.;:?!)%")


def _wrap_cells(s, width, first_used=0.0):
    """s broken into lines of at most `width` cells (the first line already holding first_used);
    a closing mark never starts a line (it stays on the line before, which may run one over), and a
    run of ASCII letters / figures is never cut (it moves whole to the next line)."""
    out, cur, n = [], "", first_used
    for tok in re.findall(r"[A-Za-z0-9.%]+|.", s):
        w = _cells(tok)
        if n + w > width and cur and tok[0] not in _NO_START:
            out.append(cur)
            cur, n = "", 0.0
        cur += tok
        n += w
    if cur:
        out.append(cur)
    return out


# ================================================================ text
def txt_oa_wrap38_centred_tops_right_sig(text):
    """An OA 公文 system's "导出文本": every line hard-wrapped at 38 full-width cells (ASCII figures
    half a cell; a closing mark kept at the line's end), no blank lines; the title and each top centred
    by leading U+3000 (a top wider than the line wraps and each of its lines is centred); subs and
    body paragraphs open with two U+3000, continuations flush; the signature lines (unit, date)
    right-aligned by leading U+3000; CRLF.  Applies where two headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    W = 38
    sig = set(_sig(items))
    lines = []
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            continue
        if k in ("title", "top"):
            for part in _wrap_cells(s, W):
                pad = int((W - _cells(part)) // 2)
                lines.append(IDS * max(pad, 0) + part)
        elif i in sig and _cells(s) < W - 2:
            lines.append(IDS * int(W - 2 - _cells(s)) + s)
        else:
            lines += _wrap_cells(IDS * 2 + s, W)
    out = "\r\n".join(lines) + "\r\n"
    return _payload(out.encode("utf-8"), ".txt", out)


# ================================================================ HTML
_TOP_TAGS = ["h2", "h3", "h1", "h2", "h4"]
_SUB_TAGS = ["h3", "h2", "h4", "h6", "h5"]


def html_h_levels_mixed_per_part(text):
    """A page whose parts were pasted in from different drafts and the editor's 标题 buttons used as
    each drafter liked: the title `<h1>`; the first part's top `<h2>` with subs `<h3>`, the second's top
    `<h3>` with subs `<h2>` (a sub one level above its own top), the third's top `<h1>` (the title's
    level) with subs `<h4>`, the fourth's `<h2>` / `<h6>`, the fifth's `<h4>` / `<h5>` (then round
    again); paragraphs `<p>`; numbers typed.  Applies where two headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    out, part = [], -1
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            out.append(f"<h1>{_x(s)}</h1>")
        elif k == "top":
            part += 1
            t = _TOP_TAGS[part % len(_TOP_TAGS)]
            out.append(f"<{t}>{_x(s)}</{t}>")
        elif k == "sub":
            t = _SUB_TAGS[max(part, 0) % len(_SUB_TAGS)]
            out.append(f"<{t}>{_x(s)}</{t}>")
        else:
            out.append(f"<p>{_x(s)}</p>")
    body = '<div class="article-content">\n' + "\n".join(out) + "\n</div>"
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


def _sec(inner, style="", depth=1):
    """inner wrapped in `depth` nested xiumi sections (the outermost carries the style)."""
    for d in range(depth):
        st = style if d == depth - 1 else "box-sizing:border-box;"
        inner = f'<section powered-by="xiumi.us" style="{st}">{inner}</section>'
    return inner


def html_xiumi_nested_section_cards(text):
    """HTML copied out of the xiumi (秀米) / 135editor layout editor: no <h*>, <strong> or class; every
    block in 3-5 nested `<section powered-by="xiumi.us">` with inline styles (box-sizing, margins);
    a top in a bordered card (`border:1px solid #b30000;padding:6px 12px;display:inline-block`) its
    text a centred `<p>` with a `<span style="font-size:17px;color:#b30000;font-weight:bold">`, a short
    coloured bar section (no text) under it; a sub a `<p>` with a `<span style="color:#1f4e79;
    font-weight:bold;font-size:16px">`; body `<p style="text-indent:2em;text-align:justify">` with a
    15px span; `<p><br></p>` spacers; the title a centred 20px bold span.  Applies where two
    headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    out = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            p = f'<p style="text-align:center;"><span style="font-size:20px;font-weight:bold;color:#333333;">{_x(s)}</span></p>'
            out.append(_sec(p, "margin:10px 0% 20px;text-align:center;box-sizing:border-box;", 3))
        elif k == "top":
            p = (f'<p style="text-align:center;margin:0px;"><span style="font-size:17px;color:#b30000;font-weight:bold;'
                 f'letter-spacing:1px;">{_x(s)}</span></p>')
            card = _sec(p, "display:inline-block;border:1px solid #b30000;padding:6px 12px;box-sizing:border-box;", 2)
            bar = '<section style="width:40px;height:3px;background-color:#b30000;margin:6px auto 0px;"><svg viewBox="0 0 1 1" style="display:block;"></svg></section>'
            out.append('<p><br></p>')
            out.append(_sec(card + bar, "text-align:center;margin:20px 0% 10px;box-sizing:border-box;", 3))
        elif k == "sub":
            p = f'<p style="margin:0px;"><span style="color:#1f4e79;font-weight:bold;font-size:16px;">{_x(s)}</span></p>'
            out.append(_sec(p, "margin:10px 0%;padding-left:8px;border-left:4px solid #1f4e79;box-sizing:border-box;", 4))
        else:
            p = (f'<p style="text-indent:2em;text-align:justify;margin:0px;line-height:1.75;">'
                 f'<span style="font-size:15px;color:#3e3e3e;">{_x(s)}</span></p>')
            out.append(_sec(p, "margin:0px 0% 8px;box-sizing:border-box;", 5))
    body = ('<section style="max-width:100%;box-sizing:border-box;" data-role="outer" label="edit by 135editor">\n'
            + "\n".join(out) + "\n</section>")
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


# ================================================================ Word
def _zip_edit(data, fn):
    """data with word/document.xml passed through fn (str -> str)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zin.infolist():
            b = zin.read(it.filename)
            if it.filename == "word/document.xml":
                b = fn(b.decode("utf-8")).encode("utf-8")
            zo.writestr(it, b)
    return out.getvalue()


def _mfield(name, result, font, size, extra_switch=""):
    """A MERGEFIELD complex field as Word writes it after a merge preview: begin, the instruction
    split over three runs, separate, the cached result (noProof), end."""
    rp = _font_rpr(font, size)
    rpn = rp.replace("</w:rPr>", "<w:noProof/></w:rPr>")
    return (f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rp}<w:instrText xml:space="preserve"> MERGEFIELD </w:instrText></w:r>'
            f'<w:r>{rp}<w:instrText xml:space="preserve">{_x(name)}</w:instrText></w:r>'
            f'<w:r>{rp}<w:instrText xml:space="preserve">{_x(extra_switch)} \\* MERGEFORMAT </w:instrText></w:r>'
            f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rpn}<w:t xml:space="preserve">{_x(result)}</w:t></w:r>'
            f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>')


def docx_mergefield_title_signature(text):
    """Word from an OA 公文 template filled by mail merge (邮件合并, preview kept): in the title the
    issuing unit and the report year are MERGEFIELD complex fields (`单位名称`, `报告年度`, the
    instruction split over three runs) whose cached results are the words; in the signature the unit
    (`落款单位`) and the date (`成文日期` with a `\\@` date switch) likewise; the rest plain 公文
    paragraphs (tops 黑体, subs 楷体 bold, body 仿宋).  A reader sees the same words.  Applies where a
    title holding a unit and a year, and two headings (one a top), are found."""
    items = _struct(text)
    f = _facts(items)
    if not f or not _applies(items) or f[1] == "本单位" or str(f[2]) not in f[0] or not f[0].startswith(f[1]):
        return None
    title, unit, year = f
    sig = _sig(items)
    paras = []
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            paras.append(_fp("", indent=False))
        elif k == "title":
            rest = s[len(unit):]
            a, b = rest.split(str(year), 1)
            inner = (_mfield(MERGE_NAMES["unit"], unit, FAM["title"], 44) + _fr(a, FAM["title"], 44)
                     + _mfield(MERGE_NAMES["year"], str(year), FAM["title"], 44) + _fr(b, FAM["title"], 44))
            paras.append(_fp(inner, jc="center", indent=False))
        elif i in sig and re.match(r"^\d{4}\s*年", s):
            paras.append(_fp(_mfield(MERGE_NAMES["date"], s, FAM["body"], 32, ' \\@ "yyyy年M月d日"'), jc="right", indent=False))
        elif i in sig:
            paras.append(_fp(_mfield(MERGE_NAMES["sig_unit"], s, FAM["body"], 32), jc="right", indent=False))
        elif k in ("top", "sub"):
            paras.append(_fp(_fr(s, FAM[k], 32, bold=(k == "sub"))))
        else:
            paras.append(_fp(_fr(s, FAM["body"], 32)))
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


_DML_NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def _anchored_box(content, n):
    """A floating text box run (mc:AlternateContent: DrawingML Choice + VML Fallback) anchored in the
    paragraph that holds it, placed above it (negative offset), wrap top and bottom."""
    cx, cy = 5580000, 400000
    dml = (f'<w:drawing><wp:anchor distT="0" distB="91440" distL="0" distR="0" simplePos="0" relativeHeight="{n + 2}" '
           f'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/>'
           f'<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
           f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>-457200</wp:posOffset></wp:positionV>'
           f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
           f'<wp:docPr id="{n + 1}" name="文本框 {n + 1}"/><wp:cNvGraphicFramePr/>'
           f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
           f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="C00000"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>'
           f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
           f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="ctr"><a:noAutofit/></wps:bodyPr>'
           f'</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    vml = (f'<w:pict><v:shape id="文本框 {n + 1}" o:spid="_x0000_s{1026 + n}" type="#_x0000_t202" style="position:absolute;'
           f'margin-left:0;margin-top:-36pt;width:439.4pt;height:31.5pt;z-index:{n + 2};mso-position-horizontal-relative:text;'
           f'mso-position-vertical-relative:text" fillcolor="#c00000" stroked="f">'
           f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" '
           f'xmlns:w10="urn:schemas-microsoft-com:office:word"/></v:shape></w:pict>')
    return f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{dml}</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r>'


def docx_tops_dml_boxes_anchored_in_next_para(text):
    """Word with the 标题栏 look: each top heading (white 黑体 bold on a red bar) is a floating
    DrawingML text box written as Word writes it (`mc:AlternateContent`, a `wps:txbx` Choice and a VML
    `v:textbox` Fallback -- the words twice in the XML), anchored in the part's next paragraph (the
    first sub or body paragraph) where it is the first run, positioned above that paragraph, wrap top
    and bottom; no paragraph of its own.  Title, subs and body plain 公文 paragraphs.  Applies where
    two tops, each followed by a paragraph, are found."""
    items = [it for it in _struct(text) if it[0] != "blank"]
    tops = [i for i, it in enumerate(items) if it[0] == "top" and i + 1 < len(items) and items[i + 1][0] in ("sub", "body")]
    if len(tops) < 2:
        return None
    paras, pending, n = [], None, 0
    for i, (k, ind, s) in enumerate(items):
        if k == "top" and i in tops:
            inner = _fp(_fr(s, FAM["top"], 32, bold=True, color="FFFFFF"), indent=False).replace(f" {WX}", "")
            pending = _anchored_box(inner, n)
            n += 1
            continue
        lead, pending = (pending or ""), None
        if k == "title":
            paras.append(_fp(lead + _fr(s, FAM["title"], 44), jc="center", indent=False))
        elif k in ("top", "sub"):
            paras.append(_fp(lead + _fr(s, FAM[k], 32, bold=True)))
        else:
            paras.append(_fp(lead + _fr(s, FAM["body"], 32)))
    paras = [p.replace(f"<w:p {WX}>", f"<w:p {WX} {_DML_NS}>") for p in paras]
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


_NEXT = '<w:type w:val="nextPage"/>'
_FN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FN_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_SECT_BODY = ('<w:footnotePr><w:numFmt w:val="decimalEnclosedCircleChinese"/><w:numRestart w:val="eachSect"/></w:footnotePr>'
              '{type}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" '
              'w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/>')


def docx_part_sections_footnotes_restart(text):
    """Word with a section (分节符, next page) per part and footnotes (脚注) numbered ①② restarting in
    each section (`w:footnotePr/w:numRestart eachSect`): in each part the first body paragraph holding
    a figure gets a footnote reference after the sentence with the figure, the footnote (footnotes.xml)
    citing the data's source; the rest plain 公文 paragraphs.  A reader of the report's body sees the
    same words (the footnotes are page furniture).  Applies where two tops and a title are found and
    at least two parts have a body paragraph with a figure."""
    items = _struct(text)
    f = _facts(items)
    tops = [i for i, it in enumerate(items) if it[0] == "top"]
    if not f or len(tops) < 2:
        return None
    note = FOOTNOTE_TEXT.format(unit=f[1] if f[1] != "本单位" else "本单位", year=f[2])
    refs = {}  # item index -> cut position
    for a, b in zip(tops, tops[1:] + [len(items)]):
        for j in range(a + 1, b):
            k, ind, s = items[j]
            m = re.search(r"\d", s) if k == "body" else None
            if m:
                end = re.search(r"[。；]", s[m.end():])
                refs[j] = m.end() + end.end() if end else len(s)
                break
    if len(refs) < 2:
        return None
    paras, fn_id, fns = [], 1, []
    ref_rp = _font_rpr(FAM["body"], 32).replace("<w:rPr>", '<w:rPr><w:rStyle w:val="FootnoteReference"/>').replace(
        "</w:rPr>", '<w:vertAlign w:val="superscript"/></w:rPr>')
    for i, (k, ind, s) in enumerate(items):
        if i in tops[1:] and paras:
            last = paras.pop()
            paras.append(last.replace("</w:pPr>", "<w:sectPr>" + _SECT_BODY.format(type=_NEXT) + "</w:sectPr></w:pPr>", 1))
        if k == "blank":
            paras.append(_fp("", indent=False))
        elif k == "title":
            paras.append(_fp(_fr(s, FAM["title"], 44), jc="center", indent=False))
        elif k in ("top", "sub"):
            paras.append(_fp(_fr(s, FAM[k], 32, bold=(k == "sub"))))
        elif i in refs:
            c = refs[i]
            inner = (_fr(s[:c], FAM["body"], 32) + f'<w:r>{ref_rp}<w:footnoteReference w:id="{fn_id}"/></w:r>'
                     + _fr(s[c:], FAM["body"], 32))
            fns.append(f'<w:footnote w:id="{fn_id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                       f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                       f'{_fr(note, FAM["body"], 18)}</w:p></w:footnote>')
            fn_id += 1
            paras.append(_fp(inner))
        else:
            paras.append(_fp(_fr(s, FAM["body"], 32)))
    data = _docx_bytes(_build(paras))
    fxml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            + "".join(fns) + "</w:footnotes>")
    data = _add_part(data, "footnotes.xml", fxml, _FN_CT, _FN_RT, "rIdFn1")

    def final_sect(x):
        k = x.rfind("<w:sectPr")
        e = x.find("</w:sectPr>", k)
        return x[:k] + f'<w:sectPr>{_SECT_BODY.format(type="")}</w:sectPr>' + x[e + len("</w:sectPr>"):]
    return _payload(_zip_edit(data, final_sect), ".docx", _seen(items))


# ================================================================ PDF
def _pdf(header=None, footer=None):
    pdf = _pdf_base(header=header, footer=footer)
    return pdf


def _fit_title(pdf, s, style, size):
    """The title on one centred line: its size stepped down from `size` (not below 12 pt) until it
    fits the text width, as a layout person shrinks a long 公文 title."""
    avail = pdf.w - pdf.l_margin - pdf.r_margin
    while size > 12:
        pdf.set_font("serif", style, size)
        if pdf.get_string_width(s) <= avail:
            break
        size -= 0.5
    pdf.set_font("serif", style, size)
    pdf.multi_cell(0, size * 0.55, s, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")


def _justified(pdf, s, size, lh, first_indent_cells=2, justify=True):
    """s set as a paragraph in the current serif face: lines broken greedily at the text width
    (a closing mark never starts a line), every line but the last justified by per-line character
    spacing (Word's CJK justification), the last ragged; first line indented by cells."""
    avail = pdf.w - pdf.l_margin - pdf.r_margin
    cell = pdf.get_string_width("国")
    lines, cur = [], ""
    first = True
    for c in s:
        lim = avail - (first_indent_cells * cell if first else 0)
        if cur and pdf.get_string_width(cur + c) > lim and c not in _NO_START:
            lines.append((cur, lim, first))
            cur, first = "", False
        cur += c
    lines.append((cur, avail - (first_indent_cells * cell if first else 0), first))
    for j, (ln, lim, is_first) in enumerate(lines):
        x = pdf.l_margin + (first_indent_cells * cell if is_first else 0)
        sw = pdf.get_string_width(ln)
        tc = 0.0
        if justify and j < len(lines) - 1 and len(ln) > 1 and lim > sw:
            tc = (lim - sw) * pdf.k / (len(ln) - 1)
        if pdf.get_y() + lh > pdf.page_break_trigger:
            pdf.add_page()
        pdf.set_x(x)
        pdf.set_char_spacing(tc)
        pdf.cell(lim, lh, ln, new_x="LMARGIN", new_y="NEXT")
        pdf.set_char_spacing(0)


def pdf_msprint_size_only_heads_justified(text):
    """Word printed through "Microsoft: Print To PDF" (Producer / Creator so named): Word's default
    margins (25.4 mm top and bottom, 31.8 mm left and right), one regular serif face for everything,
    nothing bold; the levels told apart by size only -- title 18 pt centred (stepped down until it
    fits one line), tops 16 pt, subs 14 pt,
    body 12 pt -- numbers typed; body paragraphs first-line indented two characters and justified the
    way Word justifies CJK (per-line character spacing filling the line, the last line ragged).
    Applies where two headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    pdf = _pdf()
    pdf.set_margins(31.8, 25.4, 31.8)
    pdf.set_auto_page_break(True, 25.4)
    pdf.set_creator("Microsoft: Print To PDF")
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.add_page()
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            _fit_title(pdf, s, "", 18)
            pdf.ln(4)
        elif k == "top":
            pdf.set_font("serif", "", 16)
            pdf.ln(2)
            _justified(pdf, s, 16, 9, first_indent_cells=0, justify=False)
            pdf.ln(1)
        elif k == "sub":
            pdf.set_font("serif", "", 14)
            _justified(pdf, s, 14, 8, first_indent_cells=2, justify=False)
        else:
            pdf.set_font("serif", "", 12)
            _justified(pdf, s, 12, 7, first_indent_cells=2)
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


def pdf_foxit_header_pageno_two_line_footer(text):
    """A PDF made with Foxit (Creator `Foxit PhantomPDF`, Producer `Foxit PhantomPDF Printer`) from
    a 公文 layout whose page number sits in the header -- `第 n 页` right-aligned over a thin rule on
    every page -- and whose footer is two centred 9 pt lines under a rule: the issuing unit, then
    `（此件公开发布）`; margins 30 / 20 / 35 mm (bottom 35 for the footer), title bold 20 pt (stepped down until it fits one line), headings bold
    15 pt, body regular 15 pt; paragraphs run on across pages.  Applies where a title and two
    headings (one a top) are found."""
    items = _struct(text)
    f = _facts(items)
    if not f or not _applies(items):
        return None
    unit = f[1]

    def header(p):
        p.set_font("serif", "", 9)
        p.set_xy(p.l_margin, 12)
        p.cell(p.w - p.l_margin - p.r_margin, 5, f"第 {p.page_no()} 页", align="R")
        p.set_line_width(0.2)
        p.line(p.l_margin, 18, p.w - p.r_margin, 18)
        p.set_xy(p.l_margin, p.t_margin)

    def footer(p):
        p.set_line_width(0.2)
        p.line(p.l_margin, p.h - 24, p.w - p.r_margin, p.h - 24)
        p.set_font("serif", "", 9)
        p.set_xy(p.l_margin, p.h - 22)
        p.cell(p.w - p.l_margin - p.r_margin, 5, unit, align="C")
        p.set_xy(p.l_margin, p.h - 17)
        p.cell(p.w - p.l_margin - p.r_margin, 5, FOOTER_NOTE, align="C")

    pdf = _pdf(header=header, footer=footer)
    pdf.set_margins(30, 25, 20)
    pdf.set_auto_page_break(True, 35)
    pdf.set_creator("Foxit PhantomPDF")
    pdf.set_producer("Foxit PhantomPDF Printer Version 10.1.0.0539")
    pdf.add_page()
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            _fit_title(pdf, s, "B", 20)
            pdf.ln(5)
        else:
            pdf.set_font("serif", "B" if k in ("top", "sub") else "", 15)
            pdf.multi_cell(0, 9, IDS * 2 + s, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


EXTRA_LEAK = (_AR_LEAK + r"|MERGEFIELD|单位名称|报告年度|成文日期|落款单位|数据来源|此件公开|第 \d+ 页|powered-by|xiumi|"
              r"<section|<h\d|\u3000{3,}")

ALL_KINDS = {
    "txt_oa_wrap38_centred_tops_right_sig": txt_oa_wrap38_centred_tops_right_sig,
    "html_h_levels_mixed_per_part": html_h_levels_mixed_per_part,
    "html_xiumi_nested_section_cards": html_xiumi_nested_section_cards,
    "docx_mergefield_title_signature": docx_mergefield_title_signature,
    "docx_tops_dml_boxes_anchored_in_next_para": docx_tops_dml_boxes_anchored_in_next_para,
    "docx_part_sections_footnotes_restart": docx_part_sections_footnotes_restart,
    "pdf_msprint_size_only_heads_justified": pdf_msprint_size_only_heads_justified,
    "pdf_foxit_header_pageno_two_line_footer": pdf_foxit_header_pageno_two_line_footer,
}
