"""Form-only edits, thirtieth set (ad): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: headings marked without a typed number in ways not yet tried -- Word headings in a one-cell
shaded table or set off by a bottom border only; PDF headings bold by a synthetic (stroked) bold of the
body's regular font, or set off only by being centred; HTML headings as `<p align=center><b>`, as a
`<strong>` inside `<font color>`, or with their numbers drawn by CSS counters (`::before`) -- mixed
schemes in Word (tops numbered / subs bold and bare, and the reverse), long numbered headings wrapped
onto two printed lines in a PDF, the report inside a 关于公布…的通知 notice, and a GB18030 text with its
four-byte BOM and CR LF line ends.

An edit returns a `Payload` (set o's), or None where it does not apply.  Edits find what they change
from the text's own structure (set t's `_kinds`, aa's `_struct`), never from a named document or line.
Which kinds are tuning and which held is decided by split_ad.py (random, fixed seed).
"""
from __future__ import annotations

import re

from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_t_kinds import WX, _build, _p, _r, _x, _pdf_base
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct, _seen
from form_edits_ab_kinds import EXTRA_LEAK as _AB_LEAK
from form_edits_ab_kinds import _has, _page, _unnum, _NUM
from form_edits_ab_kinds import heading_norm as _ab_heading_norm


def _numbered(items):
    return any(_NUM.match(s) for k, _, s in items if k in ("top", "sub"))


# ================================================================ Word
def _docx_unnum(text, head_xml):
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
            paras.append(head_xml(k, u))
            seen.append(u)
        else:
            paras.append(_p(_r(s, k), k, ind))
            seen.append(s)
    return _payload(_docx_bytes(_build(paras)), ".docx", "\n".join(seen))


def docx_one_cell_table_shaded_unnumbered(text):
    """Word headings each alone in a one-row, one-cell table whose cell is shaded light grey, the
    heading's run unformatted (no bold, style, size or font); their numbers gone."""
    def head(k, u):
        fill = "D9D9D9" if k == "top" else "EDEDED"
        return (f'<w:tbl {WX}><w:tblPr><w:tblW w:w="5000" w:type="pct"/></w:tblPr>'
                '<w:tblGrid><w:gridCol w:w="8800"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="5000" w:type="pct"/>'
                f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/></w:tcPr>'
                f'<w:p><w:r><w:t xml:space="preserve">{_x(u)}</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')
    return _docx_unnum(text, head)


def docx_bottom_border_only_unnumbered(text):
    """Word headings set off only by a rule under the paragraph (`w:pBdr/w:bottom`, single, tops 12,
    subs 4 eighths of a point), the run unformatted; their numbers gone."""
    def head(k, u):
        sz = "12" if k == "top" else "4"
        return (f'<w:p {WX}><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="{sz}" w:space="1" w:color="auto"/></w:pBdr>'
                f'</w:pPr><w:r><w:t xml:space="preserve">{_x(u)}</w:t></w:r></w:p>')
    return _docx_unnum(text, head)


def _docx_mixed(text, num_kind):
    """Headings of level num_kind keep their typed number in plain body runs; the other level loses
    its number and is set off by bold runs only."""
    items = _struct(text)
    if not (_has(items, "top") and _has(items, "sub")):
        return None
    if not any(_NUM.match(s) for k, _, s in items if k == num_kind):
        return None
    paras, seen = [], []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
            continue
        if k in ("top", "sub") and k != num_kind:
            u = _unnum(s, k)
            paras.append(f'<w:p {WX}><w:pPr/><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">{_x(u)}</w:t></w:r></w:p>')
            seen.append(u)
        elif k == num_kind:
            paras.append(_p(_r(s, "body"), "body", ind))
            seen.append(s)
        else:
            paras.append(_p(_r(s, k), k, ind))
            seen.append(s)
    return _payload(_docx_bytes(_build(paras)), ".docx", "\n".join(seen))


def docx_tops_numbered_subs_bold_bare(text):
    """A mixed scheme in Word: top headings keep their typed numbers in plain body runs; sub-headings
    lose theirs and are set off by bold runs only."""
    return _docx_mixed(text, "top")


def docx_tops_bold_bare_subs_numbered(text):
    """The reverse mixed scheme: top headings lose their numbers and are bold only; sub-headings keep
    their typed numbers in plain body runs."""
    return _docx_mixed(text, "sub")


# ================================================================ PDF
def _pdf_unnum(text, draw_head):
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None
    pdf = _pdf_base()
    pdf.add_page()
    seen = []
    for k, ind, s in items:
        if k == "blank":
            pdf.ln(3)
            continue
        if k == "title":
            pdf.set_font("serif", "", 20)
            pdf.multi_cell(0, 12, s, align="C", new_x="LMARGIN", new_y="NEXT")
            seen.append(s)
            continue
        if k in ("top", "sub"):
            u = _unnum(s, k)
            draw_head(pdf, k, u)
            seen.append(u)
            continue
        pdf.set_font("serif", "", 14)
        pdf.multi_cell(0, 14 * 0.62, ("\u3000\u3000" + s) if ind else s, align="L", new_x="LMARGIN", new_y="NEXT")
        seen.append(s)
    return _payload(bytes(pdf.output()), ".pdf", "\n".join(seen))


def pdf_stroke_bold_unnumbered(text):
    """A PDF whose headings are the body's regular serif made bold synthetically (text render mode
    fill+stroke, 0.35 mm outline), as a printer driver fakes bold; same 14 pt; numbers gone."""
    from fpdf.enums import TextMode

    def head(pdf, k, u):
        pdf.set_font("serif", "", 14)
        # q ... Q around the heading: the render mode (Tr) lasts past ET, so it must not reach the body
        with pdf.local_context(text_mode=TextMode.FILL_STROKE, line_width=0.35 if k == "top" else 0.25,
                               draw_color=(0, 0, 0)):
            pdf.multi_cell(0, 14 * 0.62, "\u3000\u3000" + u, align="L", new_x="LMARGIN", new_y="NEXT")
    return _pdf_unnum(text, head)


def pdf_centred_only_unnumbered(text):
    """A PDF whose headings differ from the body only by being centred on the line (same regular
    serif 14 pt, colour and weight); numbers gone."""
    def head(pdf, k, u):
        pdf.set_font("serif", "", 14)
        pdf.multi_cell(0, 14 * 0.62, u, align="C", new_x="LMARGIN", new_y="NEXT")
    return _pdf_unnum(text, head)


def pdf_long_heading_two_lines(text):
    """A PDF whose numbered headings of 12 characters or more are set in a narrow measure so that each
    wraps onto two printed lines (the second line under the first, no indent), bold serif; numbers kept,
    the body plain at the full width."""
    items = _struct(text)
    if not any(k in ("top", "sub") and len(s) >= 12 for k, _, s in items):
        return None
    pdf = _pdf_base()
    pdf.add_page()
    for k, ind, s in items:
        if k == "blank":
            pdf.ln(3)
            continue
        if k == "title":
            pdf.set_font("serif", "", 20)
            pdf.multi_cell(0, 12, s, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        if k in ("top", "sub"):
            pdf.set_font("serif", "B", 15 if k == "top" else 14)
            w = pdf.get_string_width(s)
            full = pdf.w - pdf.l_margin - pdf.r_margin
            width = min(full, w * 0.62 + 2) if len(s) >= 12 else 0
            pdf.multi_cell(width, 14 * 0.62, s, align="L", new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("serif", "", 14)
        pdf.multi_cell(0, 14 * 0.62, ("\u3000\u3000" + s) if ind else s, align="L", new_x="LMARGIN", new_y="NEXT")
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


# ================================================================ HTML
def _html_unnum(text, wrap, css="", keep_num=False):
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None
    out, seen = [], []
    for k, ind, s in items:
        if k == "blank":
            continue
        u = s if keep_num else _unnum(s, k)
        if k == "title":
            out.append(f'<h1 style="text-align:center">{_x(s)}</h1>')
        elif k in ("top", "sub"):
            out.append(wrap(k, _x(u)))
        else:
            out.append(f"<p>{_x(s)}</p>")
        seen.append(u)
    return _payload(_page('<div class="content">\n' + "\n".join(out) + "\n</div>", css).encode("utf-8"), ".html",
                    "\n".join(seen))


def html_p_center_b_unnumbered(text):
    """Headings as old-style centred bold paragraphs `<p align="center"><b>X</b></p>` (tops and subs
    alike), the body plain `<p>`; numbers gone."""
    return _html_unnum(text, lambda k, u: f'<p align="center"><b>{u}</b></p>')


def html_strong_in_font_colour_unnumbered(text):
    """Headings as `<p><font color="#C00000"><strong>X</strong></font></p>` (subs `#1F4E79`), a
    pasted-from-Word editor's markup; numbers gone."""
    return _html_unnum(text, lambda k, u: f'<p><font color="{"#C00000" if k == "top" else "#1F4E79"}">'
                                          f'<strong>{u}</strong></font></p>')


def html_css_counter_numbers(text):
    """Headings `<h2>` / `<h3>` whose typed numbers are gone from the text and drawn by the stylesheet
    instead (`h2::before{content:counter(t1, cjk-ideographic) "、"}`, subs `"（" counter(t2,
    cjk-ideographic) "）"`), so a browser shows the numbers but the text holds none."""
    css = ('<style>\n.content{counter-reset:t1}\nh2{counter-increment:t1;counter-reset:t2;font-size:18px}\n'
           'h2::before{content:counter(t1, cjk-ideographic) "、"}\n'
           'h3{counter-increment:t2;font-size:16px}\n'
           'h3::before{content:"（" counter(t2, cjk-ideographic) "）"}\n</style>\n')
    return _html_unnum(text, lambda k, u: f"<h2>{u}</h2>" if k == "top" else f"<h3>{u}</h3>", css)


# ================================================================ plain text
def txt_notice_wrapper(text):
    """The report published as the attachment of a notice: a heading 关于公布<title>的通知, a
    salutation 各有关单位：, one sentence 现将《<title>》予以公布。, a line 附件：<title> and a blank line
    above the report as it was."""
    items = _struct(text)
    title = next((s.strip() for k, _, s in items if k == "title"), None)
    if not title:
        return None
    t = title.strip("《》")
    top = [f"关于公布《{t}》的通知", "", "各有关单位：", f"\u3000\u3000现将《{t}》予以公布。", "",
           f"附件：{t}", "", ""]
    out = "\n".join(top) + text
    return _payload(out.encode("utf-8"), ".txt", text)


def txt_gb18030_bom_crlf(text):
    """The report as a GB18030 text with GB18030's own four-byte byte-order mark (84 31 95 33) and CR
    LF line ends."""
    data = b"\x84\x31\x95\x33" + text.replace("\r\n", "\n").replace("\n", "\r\n").encode("gb18030")
    return _payload(data, ".txt", text)


# ================================================================ set criterion helpers
def heading_norm(h):
    """ab's heading_norm."""
    return _ab_heading_norm(h)


EXTRA_LEAK = (_AB_LEAK + r"|align=|<b>|<font|<strong>|counter\(|::before|予以公布|各有关单位|附件：|w:tbl|w:pBdr")

ALL_KINDS = {
    "docx_one_cell_table_shaded_unnumbered": docx_one_cell_table_shaded_unnumbered,
    "docx_bottom_border_only_unnumbered": docx_bottom_border_only_unnumbered,
    "docx_tops_numbered_subs_bold_bare": docx_tops_numbered_subs_bold_bare,
    "docx_tops_bold_bare_subs_numbered": docx_tops_bold_bare_subs_numbered,
    "pdf_stroke_bold_unnumbered": pdf_stroke_bold_unnumbered,
    "pdf_centred_only_unnumbered": pdf_centred_only_unnumbered,
    "pdf_long_heading_two_lines": pdf_long_heading_two_lines,
    "html_p_center_b_unnumbered": html_p_center_b_unnumbered,
    "html_strong_in_font_colour_unnumbered": html_strong_in_font_colour_unnumbered,
    "html_css_counter_numbers": html_css_counter_numbers,
    "txt_notice_wrapper": txt_notice_wrapper,
    "txt_gb18030_bom_crlf": txt_gb18030_bom_crlf,
}
