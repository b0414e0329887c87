"""Form-only edits, thirty-first set (ae): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: two heading levels told apart by emphasis alone (tops bold and centred, subs bold only) in Word
and PDF; a heading's number and its text in separate table cells (Word) or separate blocks (a WeChat
editor's number badge); a PDF with a running title and a rule on every page after the first and
"第 n 页 共 m 页" footers; a government site's table layout with a font-size switcher, print / close
and share links and a 相关链接 list; plain texts with ▍/▸ heading marks, hard-wrapped at 35 characters
with wrapped headings hanging under their text, body paragraphs alone in traditional characters, GBK
with CR LF and ASCII-space indents, and full-width Arabic outline numbers (１．／１．１．).

An edit returns a `Payload` (set o's), or None where it does not apply.  Edits find what they change
from the text's own structure (set t's `_kinds`, aa's `_struct`), never from a named document or line.
Which kinds are tuning and which held is decided by split_ae.py (random, fixed seed).
"""
from __future__ import annotations

import re

from form_edits_g import opencc
from form_edits_o_kinds import _docx_bytes, _payload, _lines, _indent_split
from form_edits_t_kinds import WX, _build, _p, _r, _x, _pdf_base, _kinds, _rpr
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct
from form_edits_ab_kinds import EXTRA_LEAK as _AB_LEAK
from form_edits_ab_kinds import _has, _page, _unnum, _NUM
from form_edits_ab_kinds import heading_norm as _ab_heading_norm


def _numbered(items):
    return any(_NUM.match(s) for k, _, s in items if k in ("top", "sub"))


def _split_num(s):
    m = _NUM.match(s)
    return (m.group(0).rstrip(" \t\u3000"), s[m.end():]) if m else ("", s)


# ================================================================ Word
def docx_tops_bold_centred_subs_bold_unnumbered(text):
    """Word headings of two levels marked by emphasis alone: tops bold and centred, subs bold at the
    body's first-line indent; the runs otherwise the body's (no style, font or size); numbers gone."""
    items = _struct(text)
    if not (_has(items, "top") and _has(items, "sub")):
        return None
    paras, seen = [], []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
            continue
        if k in ("top", "sub"):
            u = _unnum(s, k)
            ppr = '<w:jc w:val="center"/>' if k == "top" else '<w:ind w:firstLine="640"/>'
            paras.append(f'<w:p {WX}><w:pPr>{ppr}</w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr>'
                         f'<w:t xml:space="preserve">{_x(u)}</w:t></w:r></w:p>')
            seen.append(u)
        else:
            paras.append(_p(_r(s, k), k, ind))
            seen.append(s)
    return _payload(_docx_bytes(_build(paras)), ".docx", "\n".join(seen))


def docx_number_text_two_cells(text):
    """Word headings each in a borderless one-row table of two cells: the typed number (一、 / （一）)
    alone in a narrow first cell, the heading's text in the second, in the heading's own font."""
    items = _struct(text)
    if not _numbered(items):
        return None
    paras, seen = [], []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
            continue
        if k in ("top", "sub"):
            num, rest = _split_num(s)
            w1 = 1100 if k == "top" else 1300
            cell = lambda w, t: (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
                                 f'<w:p>{_r(t, k) if t else ""}</w:p></w:tc>')
            paras.append(f'<w:tbl {WX}><w:tblPr><w:tblW w:w="8800" w:type="dxa"/><w:tblBorders>'
                         '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
                         '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders></w:tblPr>'
                         f'<w:tblGrid><w:gridCol w:w="{w1}"/><w:gridCol w:w="{8800 - w1}"/></w:tblGrid>'
                         f'<w:tr>{cell(w1, num)}{cell(8800 - w1, rest)}</w:tr></w:tbl>')
            seen.append(s)
        else:
            paras.append(_p(_r(s, k), k, ind))
            seen.append(s)
    return _payload(_docx_bytes(_build(paras)), ".docx", "\n".join(seen))


def docx_number_text_two_textboxes(text):
    """Word headings drawn as two borderless text boxes side by side in one paragraph (VML
    `v:shape` type 202): a narrow box holding the typed number (一、 / （一）) and a wide one holding
    the heading's text, as a template's heading bar with its number set apart."""
    items = _struct(text)
    if not _numbered(items):
        return None
    paras, seen = [], []
    n = 0
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
            continue
        if k in ("top", "sub"):
            num, rest = _split_num(s)
            boxes = ""
            for w, t in ((48 if k == "top" else 56, num), (380, rest)):
                n += 1
                if not t:
                    continue
                boxes += (f'<w:r><w:pict><v:shape id="NumBox{n}" type="#_x0000_t202" '
                          f'style="width:{w}pt;height:26pt" stroked="f" filled="f"><v:textbox inset="0,0,0,0">'
                          f'<w:txbxContent><w:p>{_r(t, k)}</w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
            paras.append(f'<w:p {WX} xmlns:v="urn:schemas-microsoft-com:vml"><w:pPr/>{boxes}</w:p>')
            seen.append(s)
        else:
            paras.append(_p(_r(s, k), k, ind))
            seen.append(s)
    return _payload(_docx_bytes(_build(paras)), ".docx", "\n".join(seen))


# ================================================================ PDF
def pdf_tops_bold_centred_subs_bold_unnumbered(text):
    """A PDF whose two heading levels are marked by emphasis alone: tops bold serif centred, subs bold
    serif at the left with the body's two-character indent, all 14 pt like the body; numbers gone."""
    items = _struct(text)
    if not (_has(items, "top") and _has(items, "sub")):
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
            pdf.set_font("serif", "B", 14)
            pdf.multi_cell(0, 14 * 0.62, u if k == "top" else "\u3000\u3000" + u, align="C" if k == "top" else "L",
                           new_x="LMARGIN", new_y="NEXT")
            seen.append(u)
            continue
        pdf.set_font("serif", "", 14)
        pdf.multi_cell(0, 14 * 0.62, ("\u3000\u3000" + s) if ind else s, align="L", new_x="LMARGIN", new_y="NEXT")
        seen.append(s)
    return _payload(bytes(pdf.output()), ".pdf", "\n".join(seen))


def pdf_running_title_pageof(text):
    """A PDF (several pages where the report is long enough) with, on every page after the first, a
    running head -- the report's title set small at the right over a thin rule -- and on every page a
    footer 第 n 页 共 m 页; headings bold with their numbers, body plain 14 pt."""
    items = _struct(text)
    title = next((s for k, _, s in items if k == "title"), None)
    if not title or not _has(items, "top", "sub"):
        return None

    def head(pdf):
        if pdf.page_no() > 1:
            pdf.set_font("serif", "", 9)
            pdf.set_y(14)
            pdf.cell(0, 5, title[:40], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_line_width(0.2)
            pdf.line(pdf.l_margin, 20, pdf.w - pdf.r_margin, 20)
            pdf.set_y(30)

    def foot(pdf):
        pdf.set_y(-18)
        pdf.set_font("serif", "", 9)
        pdf.cell(0, 6, f"第 {pdf.page_no()} 页 共 {{nb}} 页", align="C")

    pdf = _pdf_base(header=head, footer=foot)
    pdf.alias_nb_pages()
    pdf.add_page()
    for k, ind, s in items:
        if k == "blank":
            pdf.ln(3)
            continue
        if k == "title":
            pdf.set_font("serif", "", 20)
            pdf.multi_cell(0, 12, s, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("serif", "B" if k in ("top", "sub") else "", 14)
        pdf.multi_cell(0, 14 * 0.62, ("\u3000\u3000" + s) if ind else s, align="L", new_x="LMARGIN", new_y="NEXT")
    return _payload(bytes(pdf.output()), ".pdf", "\n".join(s for k, _, s in items))


# ================================================================ HTML
def html_gov_table_font_switcher(text):
    """A county government site's article page laid out in tables: a navigation row, a breadcrumb
    您当前的位置：首页 > 政务公开 > 法治政府建设, the title in its own row, a tool row 【字体：大 中 小】
    【打印本页】【关闭窗口】, the report in a content cell (headings `<p><strong>` with their numbers),
    then 分享到 buttons, a 相关链接 list and a footer with the site's registration number."""
    items = _struct(text)
    title = next((s for k, _, s in items if k == "title"), None)
    if not title or not _has(items, "top", "sub"):
        return None
    out = []
    for k, ind, s in items:
        if k in ("blank", "title"):
            continue
        if k in ("top", "sub"):
            out.append(f"<p><strong>{_x(s)}</strong></p>")
        else:
            out.append(f'<p style="text-indent:2em">{_x(s)}</p>')
    nav = "".join(f'<td><a href="/{i}/">{n}</a></td>' for i, n in
                  enumerate(["首页", "走进本地", "政务公开", "政务服务", "互动交流", "专题专栏"]))
    body = f"""<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td><table width="100%" class="nav"><tr>{nav}</tr></table></td></tr>
<tr><td class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzf/">法治政府建设</a></td></tr>
<tr><td align="center" class="art-title"><b>{_x(title)}</b></td></tr>
<tr><td align="center" class="tools">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td><table width="100%"><tr><td id="zoom" class="content">
{chr(10).join(out)}
</td></tr></table></td></tr>
<tr><td class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></td></tr>
<tr><td class="links"><h4>相关链接</h4><ul><li><a href="http://www.gov.cn/">中国政府网</a></li><li><a href="#">国家法律法规数据库</a></li><li><a href="#">司法部</a></li></ul></td></tr>
<tr><td align="center" class="foot">网站标识码：0000000000　ICP备00000000号-1</td></tr>
</table>"""
    return _payload(_page(body, "<title>" + _x(title) + "</title>\n").encode("utf-8"), ".html",
                    "\n".join(s for k, _, s in items if k != "blank"))


def html_wechat_number_badge(text):
    """A page saved from a WeChat official account (rich_media chrome: the account name, 原创 mark,
    阅读原文 and 在看 at the foot) whose headings are an editor's two-part blocks: the typed number
    in a coloured badge `<section>` and the heading's text in a sibling `<section>`, side by side."""
    items = _struct(text)
    title = next((s for k, _, s in items if k == "title"), None)
    if not title or not _numbered(items):
        return None
    out = []
    for k, ind, s in items:
        if k in ("blank", "title"):
            continue
        if k in ("top", "sub"):
            num, rest = _split_num(s)
            bg = "#b71c1c" if k == "top" else "#1565c0"
            out.append('<section style="display:flex;align-items:center;margin:20px 0 10px">'
                       f'<section style="background:{bg};color:#fff;padding:2px 8px;border-radius:4px">'
                       f'<span style="font-size:16px"><strong>{_x(num)}</strong></span></section>'
                       f'<section style="margin-left:8px;color:{bg}"><span style="font-size:16px"><strong>{_x(rest)}</strong>'
                       '</span></section></section>')
        else:
            out.append(f'<p style="text-indent:2em;line-height:1.75em"><span style="font-size:15px">{_x(s)}</span></p>')
    body = f"""<div id="page-content" class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">{_x(title)}</h1>
<div id="meta_content" class="rich_media_meta_list"><span class="rich_media_meta icon_appmsg_tag">原创</span>
<span class="rich_media_meta rich_media_meta_nickname" id="profileBt"><a href="javascript:void(0);" id="js_name">普法在线</a></span></div>
<div class="rich_media_content" id="js_content" style="visibility:visible">
{chr(10).join(out)}
</div>
<div class="rich_media_tool"><a id="js_view_source" href="##">阅读原文</a> <span>分享</span> <span>收藏</span> <span>点赞</span> <span>在看</span></div>
</div>"""
    return _payload(_page(body, '<meta property="og:title" content="' + _x(title) + '">\n').encode("utf-8"), ".html",
                    "\n".join(s for k, _, s in items if k != "blank"))


# ================================================================ plain text (line-level)
def _line_kinds(text):
    lines = _lines(text)
    kinds, _, _ = _kinds(lines)
    return lines, kinds


def _txt(out_lines, data=None):
    t = "\n".join(out_lines) + "\n"
    return _payload(data if data is not None else t.encode("utf-8"), ".txt", t)


def txt_bar_triangle_marks(text):
    """Plain text whose top headings start with a left bar ▍ and sub-headings with a small triangle ▸
    (as pasted from an editor's decorated headings), numbers kept."""
    lines, kinds = _line_kinds(text)
    if not any(k in ("top", "sub") for k in kinds):
        return None
    out = []
    for ln, k in zip(lines, kinds):
        ind, s = _indent_split(ln)
        out.append(("▍" + s) if k == "top" else (ind + "▸" + s) if k == "sub" else ln)
    return _txt(out)


def txt_wrap35_hanging_headings(text):
    """Plain text hard-wrapped at 35 characters a line; a heading too long for one line continues on
    the next, set in under its text (hanging past its number by full-width spaces); body lines continue
    flush left."""
    lines, kinds = _line_kinds(text)
    if not any(k in ("top", "sub") and len(ln.strip()) > 35 for ln, k in zip(lines, kinds)) and \
            not any(len(ln) > 35 for ln in lines):
        return None
    out = []
    for ln, k in zip(lines, kinds):
        if len(ln) <= 35:
            out.append(ln)
            continue
        if k in ("top", "sub"):
            ind, s = _indent_split(ln)
            num, _ = _split_num(s)
            hang = "\u3000" * max(len(num), 2)
            first, rest = ind + s, ""
            first, rest = first[:35], first[35:]
            out.append(first)
            while rest:
                room = 35 - len(hang)
                out.append(hang + rest[:room])
                rest = rest[room:]
        else:
            while ln:
                out.append(ln[:35])
                ln = ln[35:]
    return _txt(out)


def txt_traditional_body_only(text):
    """A half-converted copy: the body paragraphs in traditional characters (OpenCC s2t), the title
    and headings left in simplified ones, as after converting only the text under each heading."""
    conv = opencc("s2t")
    if conv is None:
        return None
    lines, kinds = _line_kinds(text)
    out = [conv(ln) if k == "body" else ln for ln, k in zip(lines, kinds)]
    if out == lines:
        return None
    return _txt(out)


def txt_gbk_crlf_ascii_indent(text):
    """The report saved as GBK with CR LF line ends, the paragraphs' full-width-space indents written
    as four ASCII spaces (a Notepad retyping).  Applies where every character has a GBK code."""
    lines, _ = _line_kinds(text)
    out = []
    for ln in lines:
        ind, s = _indent_split(ln)
        out.append(("    " if ind.strip(" \t") or len(ind) >= 2 else ind) + s if ind else ln)
    t = "\r\n".join(out) + "\r\n"
    try:
        data = t.replace("\u00a0", " ").encode("gbk")
    except UnicodeEncodeError:
        return None
    return _payload(data, ".txt", "\n".join(out) + "\n")


_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def txt_fullwidth_arabic_outline(text):
    """Plain text whose top headings are numbered １． ２． … and sub-headings １．１． １．２． … in
    full-width digits and full-width stops (an outline typed in a Chinese input method), in place of
    一、 / （一）."""
    lines, kinds = _line_kinds(text)
    if not any(k in ("top", "sub") and _NUM.match(ln.strip()) for ln, k in zip(lines, kinds)):
        return None
    out, t, s_ = [], 0, 0
    for ln, k in zip(lines, kinds):
        ind, s = _indent_split(ln)
        if k == "top" and _NUM.match(s):
            t, s_ = t + 1, 0
            out.append(ind + f"{t}．".translate(_FW) + _NUM.sub("", s))
        elif k == "sub" and _NUM.match(s):
            s_ += 1
            out.append(ind + f"{max(t, 1)}．{s_}．".translate(_FW) + _NUM.sub("", s))
        else:
            out.append(ln)
    return _txt(out)


# ================================================================ set criterion helpers
def heading_norm(h):
    """ab's heading_norm."""
    return _ab_heading_norm(h)


EXTRA_LEAK = (_AB_LEAK + r"|▍|▸|[０-９]．|字体|打印本页|关闭窗口|分享到|相关链接|阅读原文|在看|原创|第 \d+ 页|共 \d+ 页|w:tbl")

ALL_KINDS = {
    "docx_tops_bold_centred_subs_bold_unnumbered": docx_tops_bold_centred_subs_bold_unnumbered,
    "docx_number_text_two_cells": docx_number_text_two_cells,
    "docx_number_text_two_textboxes": docx_number_text_two_textboxes,
    "pdf_tops_bold_centred_subs_bold_unnumbered": pdf_tops_bold_centred_subs_bold_unnumbered,
    "pdf_running_title_pageof": pdf_running_title_pageof,
    "html_gov_table_font_switcher": html_gov_table_font_switcher,
    "html_wechat_number_badge": html_wechat_number_badge,
    "txt_bar_triangle_marks": txt_bar_triangle_marks,
    "txt_wrap35_hanging_headings": txt_wrap35_hanging_headings,
    "txt_traditional_body_only": txt_traditional_body_only,
    "txt_gbk_crlf_ascii_indent": txt_gbk_crlf_ascii_indent,
    "txt_fullwidth_arabic_outline": txt_fullwidth_arabic_outline,
}
