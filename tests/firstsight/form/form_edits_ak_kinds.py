"""Form-only edits, thirty-seventh set (ak): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: layouts no earlier set used -- a GB18030 / CRLF text whose headings carry ▲ / △ marks, a
text hard-wrapped at 30 characters with every line (continuations and headings too) indented by
full-width spaces, an HTML editor page whose headings are `<strong>` in `&nbsp;`-indented `<p>`s
with `<p>&nbsp;</p>` spacers, a TRS-style CMS page with breadcrumb, share bar, print / close links
and a related-articles list after the article, a DOCX whose body paragraphs open with a bold lead
clause, a DOCX whose whole report sits in a one-cell table nested in a double-bordered frame table,
a PDF with a running header (unit, rule) and a `第X页 共Y页` footer on every page, and a PDF whose
title stands alone on a cover page.

An edit returns a `Payload` (set o's) whose `text` is the report as its reader sees it, furniture
left out; or None where it does not apply.  Edits find what they change from the text's own
structure (aa's `_struct`), never from a named document or line.  Which kinds are tuning and which
held is decided by split_ak.py (random, fixed seed).
"""
from __future__ import annotations

import re

from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_t_kinds import WX, _build, _p, _r, _x, _pdf_base
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct
from form_edits_ah_kinds import _facts, _seen
from form_edits_ai_kinds import _txt, _page
from form_edits_aj_kinds import EXTRA_LEAK as _AJ_LEAK
from form_edits_aj_kinds import heading_norm as _aj_heading_norm

IDS = "\u3000"


def _n_head(items):
    return sum(1 for k, _, _ in items if k in ("top", "sub"))


# ================================================================ text
def txt_gb18030_crlf_triangle_marks(text):
    """A text saved by a Windows editor in GB18030 with CRLF line ends; every top heading begins with
    `▲` and every sub with `△` (numbers kept), indentation kept.  Applies where two headings are found."""
    items = _struct(text)
    if _n_head(items) < 2:
        return None
    out = []
    for k, ind, s in items:
        lead = IDS * 2 if ind else ""
        out.append("" if k == "blank" else lead + ({"top": "▲", "sub": "△"}.get(k, "")) + s)
    return _txt(out, _seen(items), enc="gb18030", nl="\r\n")


def txt_wrap30_all_lines_indented(text):
    """A text re-flowed by a fixed-width mail client: every non-blank line -- title, headings and
    body -- hard-wrapped at 30 characters, each output line (continuations too) starting with two
    full-width spaces; blank lines between paragraphs kept.  Applies where some line is longer than
    30 characters."""
    items = _struct(text)
    if not any(len(s) > 30 for _, _, s in items):
        return None
    out = []
    for k, ind, s in items:
        if k == "blank":
            out.append("")
            continue
        out += [IDS * 2 + s[i:i + 30] for i in range(0, len(s), 30)]
    return _txt(out, _seen(items))


# ================================================================ HTML
def html_nbsp_strong_p_spacers(text):
    """An old rich-text editor's page: the title `<p align="center"><strong><span style=font-size:22px>`;
    every heading a `<p>` opening with four `&nbsp;` and the heading in `<strong>`; every body line a
    `<p>` opening with four `&nbsp;`; a `<p>&nbsp;</p>` spacer after every paragraph.  Applies where
    two headings are found."""
    items = _struct(text)
    if _n_head(items) < 2:
        return None
    f = _facts(items)
    nb = "&nbsp;" * 4
    out = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            out.append(f'<p align="center"><strong><span style="font-size:22px">{_x(s)}</span></strong></p>')
        elif k in ("top", "sub"):
            out.append(f"<p>{nb}<strong>{_x(s)}</strong></p>")
        else:
            out.append(f"<p>{nb}{_x(s)}</p>")
        out.append("<p>&nbsp;</p>")
    return _payload(_page(f[0] if f else "正文", "\n".join(out)).encode("utf-8"), ".html", _seen(items))


def html_trs_breadcrumb_share_related(text):
    """A provincial CMS (TRS-style) article page: a `<div class="breadcrumb">` 首页 > 政务公开 > 法治政府建设
    above, the title `<h1 class="art-title">`, an info line (来源 = the unit, 字号 大 中 小), the
    article in `<div class="TRS_Editor">` as `<p>`s (headings `<p><b>`), then a share bar (分享到：微信
    微博 QQ空间), 【打印本页】【关闭窗口】 links and a 相关文章 list of four generic site links.  Applies
    where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title, unit, _ = f
    body = []
    for k, ind, s in items:
        if k in ("blank", "title"):
            continue
        body.append(f'<p style="text-indent:2em"><b>{_x(s)}</b></p>' if k in ("top", "sub")
                    else f'<p style="text-indent:2em">{_x(s)}</p>')
    page = ('<div class="header"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/hdjl/">互动交流</a></div>\n'
            '<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
            '<a href="/zwgk/fzzf/">法治政府建设</a></div>\n<div class="article">\n'
            f'<h1 class="art-title">{_x(title)}</h1>\n'
            f'<div class="art-info">来源：{_x(unit)}　字号：<a>大</a> <a>中</a> <a>小</a></div>\n'
            '<div class="TRS_Editor">\n' + "\n".join(body) + "\n</div>\n</div>\n"
            '<div class="share">分享到：<a class="wx">微信</a> <a class="wb">微博</a> <a class="qz">QQ空间</a></div>\n'
            '<div class="tools"><a href="javascript:window.print()">【打印本页】</a> '
            '<a href="javascript:window.close()">【关闭窗口】</a></div>\n'
            '<div class="related"><h3>相关文章</h3><ul>\n<li><a href="/zwgk/a1.html">政府信息公开指南</a></li>\n'
            '<li><a href="/zwgk/a2.html">机构职能</a></li>\n<li><a href="/zwgk/a3.html">政策解读</a></li>\n'
            '<li><a href="/zwgk/a4.html">依申请公开</a></li>\n</ul></div>\n'
            '<div class="footer">主办单位：' + _x(unit) + '　网站标识码：0000000000</div>')
    return _payload(_page(title, page).encode("utf-8"), ".html", _seen(items))


# ================================================================ Word
_LEAD = re.compile(r"^[^，。；：！？]{4,24}[，。；：]")


def _rb(s):
    return (f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:b/><w:bCs/></w:rPr>'
            f'<w:t xml:space="preserve">{_x(s)}</w:t></w:r>') if s else ""


def docx_bold_lead_clause_body(text):
    """Word where the writer made each body paragraph's opening clause (up to its first ， 。 ； or ：,
    4–24 characters) bold, the rest plain, as reports often stress a lead phrase; headings and title
    as usual.  Applies where three body paragraphs have such a clause."""
    items = _struct(text)
    if sum(1 for k, _, s in items if k == "body" and _LEAD.match(s)) < 3:
        return None
    paras = []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
            continue
        m = _LEAD.match(s) if k == "body" else None
        inner = (_rb(m.group(0)) + _r(s[m.end():], k)) if m else _r(s, k)
        paras.append(_p(inner, k, ind))
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


def _tbl(inner_xml, border):
    b = "".join(f'<w:{e} w:val="{border}" w:sz="12" w:space="0" w:color="000000"/>'
                for e in ("top", "left", "bottom", "right"))
    return (f'<w:tbl {WX}><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>{b}</w:tblBorders>'
            '<w:tblCellMar><w:left w:w="170" w:type="dxa"/><w:right w:w="170" w:type="dxa"/></w:tblCellMar>'
            '</w:tblPr><w:tblGrid><w:gridCol w:w="8800"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="5000" w:type="pct"/>'
            f'</w:tcPr>{inner_xml}</w:tc></w:tr></w:tbl>')


def docx_nested_frame_table_body(text):
    """A WPS template with a framed page: the whole report (title included) is in a one-cell table
    with single borders, itself nested in the one cell of an outer table with double borders; an
    empty paragraph closes each cell and the body.  Applies where two headings are found."""
    items = _struct(text)
    if _n_head(items) < 2:
        return None
    paras = "".join(_p("") if k == "blank" else _p(_r(s, k), k, ind) for k, ind, s in items)
    inner = _tbl(paras + _p(""), "single")
    outer = _tbl(inner + _p(""), "double")
    return _payload(_docx_bytes(_build([outer, _p("")])), ".docx", _seen(items))


# ================================================================ PDF
def _pdf_write(pdf, items, skip_title=False):
    for k, ind, s in items:
        if k == "blank" or (skip_title and k == "title"):
            continue
        if k == "title":
            pdf.set_font("serif", "B", 18)
            pdf.multi_cell(0, 10, s, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            pdf.ln(3)
            continue
        pdf.set_font("serif", "B" if k in ("top", "sub") else "", 14 if k == "top" else 12)
        if k == "body":
            pdf.set_x(pdf.l_margin + 8.5)
            pdf.write(6.6, s, wrapmode="CHAR")
            pdf.ln(6.6)
        else:
            pdf.multi_cell(0, 7, s, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")


def pdf_unit_header_rule_pageof_footer(text):
    """A PDF exported with a running header on every page -- the unit at the left, `法治政府建设年度报告`
    at the right, a 0.3 mm rule under them -- and a centred footer `第X页 共Y页`.  Applies where a
    title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    unit = f[1]

    def header(p):
        p.set_font("serif", "", 9)
        p.set_y(14)
        p.cell(0, 5, unit, align="L")
        p.set_x(p.l_margin)
        p.cell(0, 5, "法治政府建设年度报告", align="R")
        p.set_line_width(0.3)
        p.line(p.l_margin, 20, p.w - p.r_margin, 20)
        p.set_y(p.t_margin)

    def footer(p):
        p.set_y(-18)
        p.set_font("serif", "", 9)
        p.cell(0, 6, f"第{p.page_no()}页 共{{nb}}页", align="C")

    pdf = _pdf_base(header=header, footer=footer)
    pdf.add_page()
    _pdf_write(pdf, items)
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


def pdf_cover_title_alone(text):
    """A PDF whose first page is a cover holding only the title (22 pt bold, centred a third down the
    page); the report proper starts on page 2 without repeating the title.  Applies where a title
    and two headings are found."""
    items = _struct(text)
    f = _facts(items)
    if not f or _n_head(items) < 2:
        return None
    pdf = _pdf_base()
    pdf.add_page()
    pdf.set_y(90)
    pdf.set_font("serif", "B", 22)
    pdf.multi_cell(0, 13, f[0], align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    pdf.add_page()
    _pdf_write(pdf, items, skip_title=True)
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


# ================================================================ set criterion helpers
_MARKS = re.compile("^[▲△]+")


def heading_norm(h):
    """Leading ▲ / △ dropped, then set aj's heading_norm unchanged."""
    return _aj_heading_norm(_MARKS.sub("", (h or "").strip()))


# Furniture this set adds; counted only when NEW against the plain original's heading
# (measure.compare), so a writer's own wording never counts.
EXTRA_LEAK = (_AJ_LEAK + r"|▲|△|&nbsp;|<strong|<b>|breadcrumb|TRS_Editor|当前位置|分享到|微信|微博|QQ空间|打印本页|"
              r"关闭窗口|相关文章|字号|共\d+页|w:tbl|w:tc")

ALL_KINDS = {
    "txt_gb18030_crlf_triangle_marks": txt_gb18030_crlf_triangle_marks,
    "txt_wrap30_all_lines_indented": txt_wrap30_all_lines_indented,
    "html_nbsp_strong_p_spacers": html_nbsp_strong_p_spacers,
    "html_trs_breadcrumb_share_related": html_trs_breadcrumb_share_related,
    "docx_bold_lead_clause_body": docx_bold_lead_clause_body,
    "docx_nested_frame_table_body": docx_nested_frame_table_body,
    "pdf_unit_header_rule_pageof_footer": pdf_unit_header_rule_pageof_footer,
    "pdf_cover_title_alone": pdf_cover_title_alone,
}
