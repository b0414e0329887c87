"""Form-only edits, twenty-ninth set (ac): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: headings that carry no typed number, marked in formats not yet tried that way -- a PDF whose
headings differ from the body only by font family (a sans 黑体 stand-in), only by colour, only by
underline; HTML headings set off only by an inline-styled `<span>` inside a `<p>`, by a `<b>` wrapping
the whole paragraph, or as a `<div>` whose class sets the size; an OpenDocument text whose headings are
bold by an automatic paragraph style; Word headings in a paragraph style named neither 标题 nor Heading
that is bold by the style, and headings bold by the paragraph mark and their runs -- plus headings whose
numbers stand apart (an HTML table's own column, a PDF hanging number column, an RTF tab after the
number) and page chrome not yet tried (a print-view page with 打印本页 / 关闭窗口, a text copy with a
breadcrumb line and QR-code captions).

An edit returns a `Payload` (set o's), or None where it does not apply.  Edits find what they change
from the text's own structure (set t's `_kinds`, aa's `_struct`), never from a named document or line.
Which kinds are tuning and which held is decided by split_ac.py (random, fixed seed).
"""
from __future__ import annotations

import io
import re
import zipfile

from form_edits_o_kinds import FONT_DIR, RTF_HEAD, _docx_bytes, _payload, _rtf_u
from form_edits_t_kinds import _build, _p, _r, _x, _pdf_base
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _sig, _struct, _seen
from form_edits_ab_kinds import EXTRA_LEAK as _AB_LEAK
from form_edits_ab_kinds import _NUM, _has, _page, _unnum, _num_parts
from form_edits_ab_kinds import heading_norm as _ab_heading_norm


def _typed_num(s):
    """(typed number, rest) of a heading, or (None, s)."""
    m = _NUM.match(s)
    if not m:
        return None, s
    return m.group(0).rstrip(" \t\u3000"), s[m.end():]


# ================================================================ PDF: one mark only, numbers gone
def _pdf_one_mark(text, setter):
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None
    pdf = _pdf_base()
    pdf.add_font("sans", "", FONT_DIR + "NotoSansCJK-Regular.ttc", collection_font_number=2)
    pdf.add_page()
    seen = []
    for k, ind, s in items:
        if k == "blank":
            pdf.ln(3)
            continue
        if k == "title":
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("serif", "", 20)
            pdf.multi_cell(0, 12, s, align="C", new_x="LMARGIN", new_y="NEXT")
            seen.append(s)
            continue
        if k in ("top", "sub"):
            u = _unnum(s, k)
            setter(pdf, k)
            pdf.multi_cell(0, 14 * 0.62, "\u3000\u3000" + u, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            seen.append(u)
            continue
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("serif", "", 14)
        pdf.multi_cell(0, 14 * 0.62, ("\u3000\u3000" + s) if ind else s, align="L", new_x="LMARGIN", new_y="NEXT")
        seen.append(s)
    return _payload(bytes(pdf.output()), ".pdf", "\n".join(seen))


def pdf_sans_family_unnumbered(text):
    """A PDF whose headings differ from the body only by font family: tops and subs in Noto Sans CJK
    regular (黑体's stand-in), the body in the serif (仿宋's stand-in), same 14 pt, same weight and
    colour, same first-line indent; their numbers gone."""
    return _pdf_one_mark(text, lambda pdf, k: pdf.set_font("sans", "", 14))


def pdf_colour_unnumbered(text):
    """A PDF whose headings differ from the body only by colour (tops dark red, subs dark blue), same
    serif regular 14 pt; their numbers gone."""
    def f(pdf, k):
        pdf.set_font("serif", "", 14)
        pdf.set_text_color(*((192, 0, 0) if k == "top" else (31, 78, 121)))
    return _pdf_one_mark(text, f)


def pdf_underline_unnumbered(text):
    """A PDF whose headings differ from the body only by an underline drawn under them (fpdf2 style
    U), same serif regular 14 pt, black; their numbers gone."""
    return _pdf_one_mark(text, lambda pdf, k: pdf.set_font("serif", "U", 14))


def pdf_hanging_number_column(text):
    """A PDF whose heading numbers stand in a column of their own: the number (一、 / （一）) printed
    at the left margin, the heading text starting at a fixed indent after it (every heading's text
    aligned, a wrapped line hanging under the text, not the number), headings bold, body plain."""
    items = _struct(text)
    if not any(_typed_num(s)[0] for k, _, s in items if k in ("top", "sub")):
        return None
    pdf = _pdf_base()
    pdf.add_page()
    seen = []
    col = 22
    for k, ind, s in items:
        if k == "blank":
            pdf.ln(3)
            continue
        if k == "title":
            pdf.set_font("serif", "", 20)
            pdf.multi_cell(0, 12, s, align="C", new_x="LMARGIN", new_y="NEXT")
            seen.append(s)
            continue
        num, rest = _typed_num(s) if k in ("top", "sub") else (None, s)
        if num:
            size = 15 if k == "top" else 14
            pdf.set_font("serif", "B", size)
            x0 = pdf.l_margin
            pdf.set_x(x0)
            pdf.cell(col, size * 0.62, num, new_x="RIGHT", new_y="TOP")
            pdf.set_left_margin(x0 + col)
            pdf.multi_cell(0, size * 0.62, rest, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_left_margin(x0)
            pdf.set_x(x0)
            seen.append(num + " " + rest)
            continue
        pdf.set_font("serif", "B" if k in ("top", "sub") else "", 14)
        pdf.multi_cell(0, 14 * 0.62, ("\u3000\u3000" + s) if ind else s, align="L", new_x="LMARGIN", new_y="NEXT")
        seen.append(s)
    return _payload(bytes(pdf.output()), ".pdf", "\n".join(seen))


# ================================================================ HTML
def _html_unnum(text, wrap, css="", body_p=None):
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None
    out, seen = [], []
    for k, ind, s in items:
        if k == "blank":
            continue
        u = _unnum(s, k)
        if k == "title":
            out.append(f'<h1 style="text-align:center">{_x(s)}</h1>')
        elif k in ("top", "sub"):
            out.append(wrap(k, _x(u)))
        else:
            out.append(body_p(_x(s)) if body_p else f"<p>{_x(s)}</p>")
        seen.append(u)
    return _payload(_page('<div class="article">\n' + "\n".join(out) + "\n</div>", css).encode("utf-8"), ".html",
                    "\n".join(seen))


def html_span_style_unnumbered(text):
    """A rich-editor page where every paragraph is `<p style="text-indent:2em"><span style="font-size:16px">…`
    and a heading differs only by its `<span>`'s inline style: tops `font-weight:bold`, subs
    `color:#1f4e79` (no bold); no heading element, numbers gone."""
    def wrap(k, u):
        st = "font-size:16px;font-weight:bold" if k == "top" else "font-size:16px;color:#1f4e79"
        return f'<p style="text-indent:2em"><span style="{st}">{u}</span></p>'
    return _html_unnum(text, wrap, body_p=lambda s: f'<p style="text-indent:2em"><span style="font-size:16px">{s}</span></p>')


def html_b_whole_para_unnumbered(text):
    """Headings as a `<p>` whose whole text a `<b>` wraps (`<p><b>X</b></p>`), tops and subs alike,
    the body plain `<p>`; numbers gone."""
    return _html_unnum(text, lambda k, u: f"<p><b>{u}</b></p>")


def html_div_class_size_unnumbered(text):
    """Headings as `<div class="sec-t1">` / `<div class="sec-t2">` whose stylesheet rule sets only a
    bigger size (22px / 19px, normal weight), the body `<p>` at 16px; numbers gone."""
    css = ('<style>\n.article p{font-size:16px;text-indent:2em;margin:0 0 6px}\n'
           '.sec-t1{font-size:22px;font-weight:normal;margin:14px 0 6px}\n'
           '.sec-t2{font-size:19px;font-weight:normal;margin:8px 0 4px}\n</style>\n')
    return _html_unnum(text, lambda k, u: f'<div class="sec-t{1 if k == "top" else 2}">{u}</div>', css)


def html_table_number_column(text):
    """The report body laid out in a two-column table, as some CMS templates set numbered documents:
    a heading row holds its typed number in the first cell (`<td class="xh">一、</td>`) and its text in
    the second (bold for tops); a body row leaves the first cell empty.  Title `<h1>` above the table,
    the signature after it."""
    items = _struct(text)
    if not any(_typed_num(s)[0] for k, _, s in items if k in ("top", "sub")):
        return None
    sig = set(_sig(items))
    rows, head, tail, seen = [], [], [], []
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            continue
        seen.append(s)
        if k == "title":
            head.append(f'<h1 align="center">{_x(s)}</h1>')
            continue
        if i in sig:
            tail.append(f'<p align="right">{_x(s)}</p>')
            continue
        num, rest = _typed_num(s) if k in ("top", "sub") else (None, s)
        if num:
            t = f"<b>{_x(rest)}</b>" if k == "top" else _x(rest)
            rows.append(f'<tr><td class="xh" valign="top" width="56">{_x(num)}</td><td>{t}</td></tr>')
        else:
            rows.append(f'<tr><td class="xh"></td><td style="text-indent:2em">{_x(s)}</td></tr>')
    tbl = '<table class="doc" border="0" cellspacing="0" cellpadding="4" width="100%">\n' + "\n".join(rows) + "\n</table>"
    return _payload(_page("\n".join(head + [tbl] + tail)).encode("utf-8"), ".html", "\n".join(seen))


def html_print_view_page(text):
    """The report as a CMS's print view (the page 打印本页 opens): a bar 【打印本页】【关闭窗口】 with
    javascript links above, a one-table layout 700 wide with the title, a 发布日期 / 来源 / 浏览次数 line,
    the article, and the bar again at the foot; a `@media print` rule hiding the bars."""
    items = _struct(text)
    if not any(k == "title" for k, _, _ in items):
        return None
    title = next(s for k, _, s in items if k == "title")
    date = next((items[j][2].strip() for j in _sig(items) if re.match(r"^\d{4}", items[j][2].strip())), "")
    art = "\n".join(f"<p>{_x(s)}</p>" for k, _, s in items if k not in ("blank", "title"))
    bar = ('<div class="noprint" align="right"><a href="javascript:window.print();">【打印本页】</a>'
           '\u3000<a href="javascript:window.close();">【关闭窗口】</a></div>')
    body = (bar + '\n<table width="700" align="center" border="0" cellpadding="0" cellspacing="0">\n'
            f'<tr><td align="center" class="bt"><h1>{_x(title)}</h1></td></tr>\n'
            f'<tr><td align="center" class="xx">发布日期：{_x(date)}\u3000\u3000来源：本站\u3000\u3000浏览次数：'
            '<span id="hits">412</span></td></tr>\n'
            '<tr><td><hr size="1" noshade></td></tr>\n<tr><td class="zw">\n' + art + '\n</td></tr>\n</table>\n' + bar)
    head = ('<title>' + _x(title) + '</title>\n<style>@media print{.noprint{display:none}}\n'
            '.zw p{text-indent:2em;line-height:2}</style>\n')
    return _payload(_page(body, head).encode("utf-8"), ".html", _seen(items))


# ================================================================ OpenDocument
_ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')


def odt_bold_auto_style_unnumbered(text):
    """An OpenDocument text (written directly, as a LibreOffice document whose headings were made bold
    by hand): every paragraph a `text:p` in the default style; the headings' automatic paragraph
    styles P2 (tops: bold, 16 pt) / P3 (subs: bold, body size) -- no `text:h`, no outline level, no
    style named Heading -- and their numbers gone."""
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None
    auto = ('<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">'
            '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="22pt"/></style:style>'
            '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard">'
            '<style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
            '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Standard">'
            '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
            '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Standard">'
            '<style:paragraph-properties fo:text-indent="0.2799in"/></style:style>')
    ps, seen = [], []
    for k, ind, s in items:
        if k == "blank":
            ps.append('<text:p text:style-name="Standard"/>')
            continue
        u = _unnum(s, k)
        st = {"title": "P1", "top": "P2", "sub": "P3"}.get(k, "P4" if ind else "Standard")
        ps.append(f'<text:p text:style-name="{st}">{_x(u)}</text:p>')
        seen.append(u)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ' + _ODT_NS + '>'
               '<office:automatic-styles>' + auto + '</office:automatic-styles><office:body><office:text>'
               + "".join(ps) + '</office:text></office:body></office:document-content>')
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ' + _ODT_NS + '><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text">'
              '<style:text-properties fo:font-size="14pt" style:font-name-asian="仿宋_GB2312"/></style:style>'
              '</office:styles></office:document-styles>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
    return _payload(buf.getvalue(), ".odt", "\n".join(seen))


# ================================================================ Word
def docx_custom_style_bold_unnumbered(text):
    """Word headings in paragraph styles a unit's template names 要点一 / 要点二 (style ids Yaodian1 /
    Yaodian2, based on Normal, no outline level): bold by the style -- the runs carry no formatting --
    tops also 黑体 by the style; their numbers gone."""
    from docx.enum.style import WD_STYLE_TYPE
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None
    paras, seen = [], []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
            continue
        if k in ("top", "sub"):
            u = _unnum(s, k)
            sid = "Yaodian1" if k == "top" else "Yaodian2"
            paras.append(_p(f'<w:r><w:t xml:space="preserve">{_x(u)}</w:t></w:r>', "body", ind,
                            f'<w:pStyle w:val="{sid}"/>'))
            seen.append(u)
        else:
            paras.append(_p(_r(s, k), k, ind))
            seen.append(s)

    def styles(d):
        for name, sid, hei in (("要点一", "Yaodian1", True), ("要点二", "Yaodian2", False)):
            st = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            st.element.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}styleId", sid)
            st.base_style = d.styles["Normal"]
            st.font.bold = True
            if hei:
                st.font.name = "黑体"
                rpr = st.element.get_or_add_rPr()
                rpr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia", "黑体")
    return _payload(_docx_bytes(_build(paras, before_body=styles)), ".docx", "\n".join(seen))


def docx_para_mark_bold_unnumbered(text):
    """Word headings bold by the paragraph mark (`w:pPr/w:rPr/w:b`) and by each run (`w:b`, `w:bCs`),
    no style, font or size of their own (tops set apart only by `w:keepNext` and space before); their
    numbers gone."""
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None
    paras, seen = [], []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
            continue
        if k in ("top", "sub"):
            u = _unnum(s, k)
            extra = ('<w:keepNext/><w:spacing w:before="240"/>' if k == "top" else "<w:keepNext/>")
            extra += "<w:rPr><w:b/><w:bCs/></w:rPr>"
            paras.append(f'<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:pPr>{extra}</w:pPr>'
                         f'<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">{_x(u)}</w:t></w:r></w:p>')
            seen.append(u)
        else:
            paras.append(_p(_r(s, k), k, ind))
            seen.append(s)
    return _payload(_docx_bytes(_build(paras)), ".docx", "\n".join(seen))


# ================================================================ RTF
def rtf_tab_after_number(text):
    """RTF whose heading numbers are followed by a tab to a tab stop (`一、\\tab X` with `\\tx1280`),
    as hand-aligned numbers are typed; tops in the heading font, subs bold, the body `\\fi640`."""
    items = _struct(text)
    out, seen, n = [RTF_HEAD + "\n"], [], 0
    for k, ind, s in items:
        if k == "blank":
            continue
        seen.append(s)
        num, rest = _typed_num(s) if k in ("top", "sub") else (None, s)
        if num:
            n += 1
            pre = r"\pard\tx1280\fi640\f1\fs32 " if k == "top" else r"\pard\tx1280\fi640\f0\b\fs30 "
            out.append(pre + _rtf_u(num) + r"\tab " + _rtf_u(rest) + (r"\b0" if k == "sub" else "") + "\\par\n")
        elif k == "title":
            out.append(r"\pard\qc\sa240\f1\fs44 " + _rtf_u(s) + "\\par\n")
        else:
            out.append(r"\pard\fi640\f0\b0\fs28 " + _rtf_u(s) + "\\par\n")
    if not n:
        return None
    out.append("}\n")
    return _payload("".join(out).encode("ascii"), ".rtf", "\n".join(seen))


# ================================================================ plain text: chrome
def txt_breadcrumb_qr_captions(text):
    """A text copied whole from a government page: a breadcrumb line (您当前的位置：首页 > 政务公开 >
    法治政府建设 > 正文) and a blank line above the report, and after it the captions of the page's QR
    codes (扫一扫在手机打开当前页 / 微信扫一扫 分享到朋友圈) with the alt texts of their images."""
    items = _struct(text)
    if not any(k == "title" for k, _, _ in items):
        return None
    top = ["您当前的位置：首页 > 政务公开 > 法治政府建设 > 正文", ""]
    end = ["", "[二维码]", "扫一扫在手机打开当前页", "[二维码]", "微信扫一扫　分享到朋友圈"]
    body = text.rstrip("\n").split("\n")
    out = "\n".join(top + body + end) + "\n"
    return _payload(out.encode("utf-8"), ".txt", text)


# ================================================================ set criterion helpers
def heading_norm(h):
    """ab's heading_norm (t's after ab's decorations are stripped in front)."""
    return _ab_heading_norm(h)


EXTRA_LEAK = (_AB_LEAK + r"|打印本页|关闭窗口|浏览次数|二维码|扫一扫|您当前的位置|text:p|style:|font-weight|"
              r"color:|sec-t|class=|\\tab|\\tx")

ALL_KINDS = {
    "pdf_sans_family_unnumbered": pdf_sans_family_unnumbered,
    "pdf_colour_unnumbered": pdf_colour_unnumbered,
    "pdf_underline_unnumbered": pdf_underline_unnumbered,
    "pdf_hanging_number_column": pdf_hanging_number_column,
    "html_span_style_unnumbered": html_span_style_unnumbered,
    "html_b_whole_para_unnumbered": html_b_whole_para_unnumbered,
    "html_div_class_size_unnumbered": html_div_class_size_unnumbered,
    "html_table_number_column": html_table_number_column,
    "html_print_view_page": html_print_view_page,
    "odt_bold_auto_style_unnumbered": odt_bold_auto_style_unnumbered,
    "docx_custom_style_bold_unnumbered": docx_custom_style_bold_unnumbered,
    "docx_para_mark_bold_unnumbered": docx_para_mark_bold_unnumbered,
    "rtf_tab_after_number": rtf_tab_after_number,
    "txt_breadcrumb_qr_captions": txt_breadcrumb_qr_captions,
}
