"""Form-only edits, forty-second set (ap): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: the team's final held-out form check of session 17's last build, over what real government
files and pages produce -- a text dumped through Word's object model (manual line breaks as vertical
tabs, CR paragraph ends); a fixed-width export padding every line with ideographic spaces; a CMS
page that puts tops in <h5> and subs in <h6>; an editor whose indent button wraps body paragraphs in
<blockquote>; Word converted from a PDF (every visual line its own paragraph); Word whose Normal style
is the heading face (bold 黑体) and whose body runs override it; a PDF that is one tall page (a phone's
"long image" export); a PDF whose headings are hollow (outline-only text render mode).

An edit returns a `Payload` (set o's) whose `text` is the report as its reader sees it; or None where
it does not apply.  Edits find what they change from the text's own structure (aa's `_struct`),
never from a named document or line.  Which kinds are tuning and which held is decided by
split_ap.py (random, fixed seed).
"""
from __future__ import annotations

from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_t_kinds import WX, _build, _x, _pdf_base, _wrap28
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct
from form_edits_ah_kinds import _facts, _seen
from form_edits_ai_kinds import _page
from form_edits_am_kinds import _font_rpr, FAM
from form_edits_ao_kinds import EXTRA_LEAK as _AO_LEAK, heading_norm  # noqa: F401

IDS = "\u3000"


def _n(items, *ks):
    return sum(1 for k, _, _ in items if k in ks)


def _fp(inner, jc=None, indent=True, extra=""):
    ppr = (extra + '<w:spacing w:line="560" w:lineRule="exact"/>'
           + ('<w:ind w:firstLine="640"/>' if indent else "") + (f'<w:jc w:val="{jc}"/>' if jc else ""))
    return f"<w:p {WX}><w:pPr>{ppr}</w:pPr>{inner}</w:p>"


def _fr(s, font, size=32, bold=False, color=None):
    return f'<w:r>{_font_rpr(font, size, bold, color)}<w:t xml:space="preserve">{_x(s)}</w:t></w:r>' if s else ""


def _txt(lines, seen, nl="\n", tail=None):
    return _payload((nl.join(lines) + (nl if tail is None else tail)).encode("utf-8"), ".txt", seen)


def _w(s):
    return sum(2 if ord(c) > 0x2e80 else 1 for c in s)


# ================================================================ text
def txt_word_range_dump_vt_cr(text):
    """A text dumped through Word's object model (Range.Text) from a file whose writer made each part
    one Word paragraph with Shift+Enter line breaks: lines inside a part are joined by a vertical tab
    (\\x0b), paragraphs (a part, the preamble, the title) end with CR; blank lines dropped.  Applies
    where two tops are found."""
    items = _struct(text)
    if _n(items, "top") < 2:
        return None
    paras, cur = [], []
    for k, ind, s in items:
        if k == "blank":
            continue
        ln = ("　　" if ind else "") + s
        if k in ("title", "top") and cur:
            paras.append(cur)
            cur = []
        cur.append(ln)
        if k == "title":
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    return _txt(["\x0b".join(p) for p in paras], _seen(items), nl="\r")


def txt_fixed_width_ideo_padding(text):
    """A fixed-width export (an OA system's 定长 text field): every line right-padded with ideographic
    spaces to 40 cells (a longer line is kept whole and padded to the next multiple of 40), the title
    centred by leading ideographic spaces; blank lines kept as padding only.  Applies where two
    headings are found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    lines = []
    for k, ind, s in items:
        ln = "" if k == "blank" else (("　　" if ind else "") + s)
        if k == "title":
            ln = IDS * max(0, (80 - _w(s)) // 4) + s
        w = _w(ln)
        target = max(80, -(-w // 80) * 80)
        lines.append(ln + IDS * ((target - w) // 2))
    return _txt(lines, _seen(items), nl="\r\n")


# ================================================================ HTML
def html_h5_tops_h6_subs(text):
    """A CMS template that reserves <h1>–<h4> for its own chrome, so the editor's heading buttons give
    the article <h5> for tops and <h6> for subs (typed numbers kept); the title in a `<div
    class="tit">`, paragraphs <p>.  Applies where two headings are found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    out = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            out.append(f'<div class="tit">{_x(s)}</div>')
        elif k == "top":
            out.append(f"<h5>{_x(s)}</h5>")
        elif k == "sub":
            out.append(f"<h6>{_x(s)}</h6>")
        else:
            out.append(f"<p>{_x(s)}</p>")
    body = '<div class="main"><h1 class="logo">政府门户网站</h1><h4 class="lm">法治政府建设</h4>\n' \
        '<div class="content">\n' + "\n".join(out) + "\n</div></div>"
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


def html_editor_indent_blockquotes(text):
    """An editor (KindEditor / old UEditor) whose 增加缩进 button wraps paragraphs in `<blockquote
    style="margin:0 0 0 40px;border:none;padding:0">`: each part's body paragraphs in one blockquote,
    subs in a blockquote of their own one level out, tops `<p><strong>`; title `<p align="center">`.
    Applies where two tops are found."""
    items = _struct(text)
    if _n(items, "top") < 2:
        return None
    bq = '<blockquote style="margin:0 0 0 40px;border:none;padding:0;">'
    out, open_ = [], False
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "body":
            if not open_:
                out.append(bq)
                open_ = True
            out.append(f"<p>{_x(s)}</p>")
            continue
        if open_:
            out.append("</blockquote>")
            open_ = False
        if k == "title":
            out.append(f'<p align="center"><strong>{_x(s)}</strong></p>')
        elif k == "top":
            out.append(f"<p><strong>{_x(s)}</strong></p>")
        else:
            out.append(f"{bq}<p><strong>{_x(s)}</strong></p></blockquote>")
    if open_:
        out.append("</blockquote>")
    body = '<div class="ke-content">\n' + "\n".join(out) + "\n</div>"
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


# ================================================================ Word
def docx_pdf_converted_line_paras(text):
    """Word produced by a PDF-to-Word converter: every visual line of a 28-character 公文 page is its
    own paragraph (a body paragraph's first line indented two characters, its other lines flush),
    exact 28 pt lines, no space between; headings one paragraph each (tops 黑体, subs 楷体), title
    centred.  Applies where two headings are found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    paras = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            paras.append(_fp(_fr(s, FAM["title"], 44), jc="center", indent=False))
        elif k in ("top", "sub"):
            paras.append(_fp(_fr(s, FAM[k], 32)))
        else:
            for i, part in enumerate(_wrap28((IDS * 2 if ind else "") + s)):
                part = part.lstrip(IDS) if i == 0 else part
                paras.append(_fp(_fr(part, FAM["body"], 32), indent=(i == 0 and ind)))
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


def docx_normal_style_heading_face(text):
    """Word from a template whose Normal style is the heading face (黑体, bold, 16 pt) and whose body
    text is set by direct formatting (仿宋, bold off) run by run; tops carry no formatting of their own,
    subs direct 楷体 with bold off; numbers typed.  Looks like an ordinary 公文.  Applies where two
    tops are found."""
    from docx.shared import Pt
    from docx.oxml.ns import qn
    items = _struct(text)
    if _n(items, "top") < 2:
        return None

    def plain(s, font=None, off=False):
        rpr = ""
        if font:
            rpr = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:hint="eastAsia"/>'
        if off:
            rpr += '<w:b w:val="0"/><w:bCs w:val="0"/>'
        return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{_x(s)}</w:t></w:r>'

    paras = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            paras.append(_fp(_fr(s, FAM["title"], 44), jc="center", indent=False))
        elif k == "top":
            paras.append(_fp(plain(s)))
        elif k == "sub":
            paras.append(_fp(plain(s, FAM["sub"], off=True)))
        else:
            paras.append(_fp(plain(s, FAM["body"], off=True)))

    def normal(d):
        st = d.styles["Normal"]
        st.font.bold = True
        st.font.size = Pt(16)
        st.font.name = "黑体"
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(rf)
        rf.set(qn("w:eastAsia"), "黑体")
    return _payload(_docx_bytes(_build(paras, before_body=normal)), ".docx", _seen(items))


# ================================================================ PDF
def _pdf_fonts(fmt="A4"):
    pdf = _pdf_base(fmt=fmt)
    pdf.set_margins(28, 37, 26)
    return pdf


def _lines_needed(items):
    m = _pdf_fonts()
    m.add_page()
    n = 0
    for k, ind, s in items:
        if k == "blank":
            continue
        m.set_font("serif", "B" if k in ("top", "sub", "title") else "", 18 if k == "title" else 15)
        n += len(m.multi_cell(0, 9, s if k == "title" else IDS * 2 + s, dry_run=True, output="LINES",
                               wrapmode="CHAR")) + (1 if k == "title" else 0)
    return n


def pdf_one_tall_page(text):
    """A PDF of a single tall page (210 mm wide, as high as the text needs) -- a phone app's or a
    browser extension's 'save as long image / long PDF' export: no page breaks anywhere; title bold
    18 pt centred, headings bold 15 pt, body 15 pt, numbers typed.  Applies where two headings are
    found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    h = 37 + 9 * _lines_needed(items) + 40
    pdf = _pdf_fonts(fmt=(210, h))
    pdf.set_auto_page_break(False)
    pdf.add_page()
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            pdf.set_font("serif", "B", 18)
            pdf.multi_cell(0, 9, s, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            pdf.ln(9)
            continue
        pdf.set_font("serif", "B" if k in ("top", "sub") else "", 15)
        pdf.multi_cell(0, 9, IDS * 2 + s, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


def pdf_hollow_outline_headings(text):
    """A PDF whose title and headings are drawn as hollow characters (空心字: text render mode 1,
    stroke only, 0.2 mm), same regular serif and size as the body (15 pt; title 18 pt); numbers typed.
    Applies where two headings are found."""
    from fpdf.enums import TextMode
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    pdf = _pdf_fonts()
    pdf.set_auto_page_break(True, 35)
    pdf.add_page()
    pdf.set_line_width(0.2)
    for k, ind, s in items:
        if k == "blank":
            continue
        hollow = k in ("title", "top", "sub")
        pdf.text_mode = TextMode.STROKE if hollow else TextMode.FILL
        if k == "title":
            pdf.set_font("serif", "", 18)
            pdf.multi_cell(0, 10, s, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            pdf.ln(3)
            continue
        pdf.set_font("serif", "", 15)
        pdf.multi_cell(0, 9, IDS * 2 + s, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    pdf.text_mode = TextMode.FILL
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


EXTRA_LEAK = (_AO_LEAK + r"|\x0b|\u3000{6,}$|<h5|<h6|<blockquote|<strong")

ALL_KINDS = {
    "txt_word_range_dump_vt_cr": txt_word_range_dump_vt_cr,
    "txt_fixed_width_ideo_padding": txt_fixed_width_ideo_padding,
    "html_h5_tops_h6_subs": html_h5_tops_h6_subs,
    "html_editor_indent_blockquotes": html_editor_indent_blockquotes,
    "docx_pdf_converted_line_paras": docx_pdf_converted_line_paras,
    "docx_normal_style_heading_face": docx_normal_style_heading_face,
    "pdf_one_tall_page": pdf_one_tall_page,
    "pdf_hollow_outline_headings": pdf_hollow_outline_headings,
}
