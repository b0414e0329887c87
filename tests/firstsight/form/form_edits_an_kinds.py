"""Form-only edits, fortieth set (an): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: a broad held-out check over what real government files and pages do -- Word whose levels are
set off by different means (tops numbered and bold, subs unnumbered and underlined); a PDF exported
from WPS with a 公文 版头 and a 版记 (抄送, 印发); a PDF whose headings are bold only at the body's size
and whose body is justified with letter-spacing; an HTML page whose body is a layout table with one
`<td>` per paragraph; an HTML page whose every heading is an `<img alt>` banner; a text with a
viewer's line numbers; a text copied from a PDF viewer with page headers/footers and hyphen-like
breaks where a wrap cuts digits; a text with glyph/emoji bullets before the headings; a text with all Latin
letters and digits full-width.

An edit returns a `Payload` (set o's) whose `text` is the report as its reader sees it; or None where
it does not apply.  Edits find what they change from the text's own structure (aa's `_struct`),
never from a named document or line.  Which kinds are tuning and which held is decided by
split_an.py (random, fixed seed).
"""
from __future__ import annotations

import re
import unicodedata

from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_t_kinds import WX, _build, _x, _pdf_base
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct
from form_edits_ah_kinds import _facts, _seen
from form_edits_ai_kinds import _page
from form_edits_am_kinds import EXTRA_LEAK as _AM_LEAK, heading_norm, _wenhao, _font_rpr, FAM  # noqa: F401
from form_edits_o_kinds import FONT_DIR

IDS = "\u3000"
_NUM = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])[ \t\u3000]*")


def _n(items, *ks):
    return sum(1 for k, _, _ in items if k in ks)


def _fp(inner, jc=None, indent=True):
    ppr = ('<w:spacing w:line="560" w:lineRule="exact"/>' + ('<w:ind w:firstLine="640"/>' if indent else "")
           + (f'<w:jc w:val="{jc}"/>' if jc else ""))
    return f"<w:p {WX}><w:pPr>{ppr}</w:pPr>{inner}</w:p>"


def _fr(s, font, size=32, bold=False, underline=False):
    rpr = _font_rpr(font, size, bold)
    if underline:
        rpr = rpr.replace("<w:sz ", '<w:u w:val="single"/><w:sz ', 1)
    return f'<w:r>{rpr}<w:t xml:space="preserve">{_x(s)}</w:t></w:r>' if s else ""


# ================================================================ Word
def docx_tops_numbered_bold_subs_bare_underlined(text):
    """Word in which each level is set off by a different means: tops keep their typed number and are
    bold (黑体), subs lose their `（一）` number and are only underlined, regular, in the body face and
    size; body 仿宋 first-line indented.  Applies where two tops and two numbered subs are found."""
    items = _struct(text)
    subs = [s for k, _, s in items if k == "sub" and _NUM.match(s) and _NUM.sub("", s)]
    if _n(items, "top") < 2 or len(subs) < 2:
        return None
    paras, seen = [], []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            paras.append(_fp(_fr(s, FAM[k], 44), jc="center", indent=False))
        elif k == "top":
            paras.append(_fp(_fr(s, FAM["top"], 32, bold=True)))
        elif k == "sub" and _NUM.match(s) and _NUM.sub("", s):
            s = _NUM.sub("", s)
            paras.append(_fp(_fr(s, FAM["body"], 32, underline=True)))
        else:
            paras.append(_fp(_fr(s, FAM["body"])))
        seen.append(s)
    return _payload(_docx_bytes(_build(paras)), ".docx", "\n".join(seen))


# ================================================================ PDF
def _pdf(footer=None):
    pdf = _pdf_base(footer=footer)
    pdf.set_margins(28, 37, 26)
    pdf.set_auto_page_break(True, 35)
    return pdf


def _pageno_center(pdf):
    pdf.set_y(-25)
    pdf.set_font("serif", "", 12)
    pdf.cell(0, 8, f"- {pdf.page_no()} -", align="C")


def pdf_wps_banshou_banji_chaosong(text):
    """A PDF exported from WPS of a 公文: a 版头 (the unit's `…文件` in large red, the 文号 below, a red
    rule), the report (bold headings), and on the last page a 版记 between two rules: `抄送：` line
    and the `…办公室  <date>印发` line.  Applies where a title with a unit and two headings are
    found."""
    items = _struct(text)
    f = _facts(items)
    if not f or f[1] == "本单位" or _n(items, "top", "sub") < 2:
        return None
    title, unit, year = f
    pdf = _pdf(_pageno_center)
    pdf.set_creator("WPS 文字")
    pdf.set_producer("WPS 文字")
    pdf.add_page()
    pdf.set_text_color(200, 0, 0)
    pdf.set_font("serif", "B", 30)
    pdf.multi_cell(0, 18, unit + "文件", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("serif", "", 14)
    pdf.cell(0, 8, _wenhao(unit, year), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(200, 0, 0)
    pdf.set_line_width(0.8)
    y = pdf.get_y() + 3
    pdf.line(28, y, 210 - 26, y)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(12)
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            pdf.set_font("serif", "B", 20)
            pdf.multi_cell(0, 11, s, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            pdf.ln(5)
            continue
        pdf.set_font("serif", "B" if k in ("top", "sub") else "", 14)
        pdf.multi_cell(0, 8, IDS * 2 + s, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    if pdf.get_y() > 297 - 70:
        pdf.add_page()
    pdf.set_y(297 - 70)
    pdf.set_line_width(0.5)
    pdf.line(28, pdf.get_y(), 184, pdf.get_y())
    pdf.ln(2)
    pdf.set_font("serif", "", 12)
    pdf.cell(0, 8, f"{IDS}抄送：{unit}各部门。", new_x="LMARGIN", new_y="NEXT")
    pdf.line(28, pdf.get_y(), 184, pdf.get_y())
    pdf.cell(0, 8, f"{IDS}{unit}办公室", new_x="LMARGIN")
    pdf.cell(0, 8, f"{year + 1}年3月1日印发{IDS}", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.line(28, pdf.get_y(), 184, pdf.get_y())
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


def pdf_bold_same_size_justified_letterspaced(text):
    """A PDF whose headings are set off by bold alone (same 15 pt as the body, same indent, no space
    around them), the body justified with 0.6 pt letter-spacing; the title centred, larger.  Applies
    where two headings are found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    pdf = _pdf(_pageno_center)
    pdf.add_page()
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            pdf.set_char_spacing(0)
            pdf.set_font("serif", "B", 20)
            pdf.multi_cell(0, 11, s, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            pdf.ln(4)
            continue
        pdf.set_font("serif", "B" if k in ("top", "sub") else "", 15)
        pdf.set_char_spacing(0.6)
        pdf.multi_cell(0, 9, IDS * 2 + s, align="J", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


# ================================================================ HTML
def html_layout_table_td_per_paragraph(text):
    """A government site's article whose body is a layout table: every paragraph (title, headings,
    body) one `<tr><td>`; headings only a `<td>` with `<b>` inside (no h*, no p); body cells carry
    `style="text-indent:2em"`; the table nested in the site's width table.  Applies where two
    headings are found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    rows = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            rows.append(f'<tr><td align="center" class="bt" style="font-size:22px;font-weight:bold;padding:12px 0">{_x(s)}</td></tr>')
        elif k in ("top", "sub"):
            rows.append(f'<tr><td class="nr" style="text-indent:2em;line-height:30px"><b>{_x(s)}</b></td></tr>')
        else:
            rows.append(f'<tr><td class="nr" style="text-indent:2em;line-height:30px">{_x(s)}</td></tr>')
    body = ('<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">\n'
            '<table width="90%" border="0" align="center" cellpadding="0" cellspacing="0" class="zw">\n'
            + "\n".join(rows) + "\n</table>\n</td></tr></table>")
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


def html_img_alt_heading_banners(text):
    """A special-topic page whose every heading (tops and subs) is a picture banner: `<p
    align="center"><img src="…png" alt="<heading>"></p>`, no heading text otherwise; title `<h1>`,
    body `<p>`.  Applies where two headings are found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    out, i = [], 0
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            out.append(f"<h1>{_x(s)}</h1>")
        elif k in ("top", "sub"):
            i += 1
            w = 640 if k == "top" else 480
            out.append(f'<p align="center"><img src="/uploads/202503/W0{20250301000 + i * 17}.png" width="{w}" '
                       f'alt="{_x(s)}" title="{_x(s)}" border="0"></p>')
        else:
            out.append(f'<p style="text-indent:2em">{_x(s)}</p>')
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", "\n".join(out)).encode("utf-8"), ".html", _seen(items))


# ================================================================ text
def _txt(lines, seen):
    return _payload(("\n".join(lines) + "\n").encode("utf-8"), ".txt", seen)


def txt_viewer_line_numbers(text):
    """A text copied from a code/text viewer that numbers every line: each line (blank ones too)
    prefixed by its number right-aligned in 4 columns and a `│` gutter.  Applies where two headings
    are found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    src = [s if k != "blank" else "" for k, ind, s in items]
    lines = [f"{i + 1:>4}│{s}" for i, s in enumerate(src)]
    return _txt(lines, _seen(items))


def _wrap(s, w):
    return [s[i:i + w] for i in range(0, len(s), w)] or [""]


def txt_pdf_viewer_pages_hyphen_breaks(text):
    """A text copied from a PDF viewer: lines hard-wrapped at 32 characters; every page of 24 lines
    starts with a running head (the title) and ends with `第 n 页 共 m 页`; a line broken inside a
    run of digits or Latin letters ends with a hyphen-like `‐` (U+2010), as the viewer's copy
    leaves them (only where the 32-character wrap happens to fall inside such a run; 0-3 per
    document, not every page).  Applies where a title and two headings are found."""
    items = _struct(text)
    f = _facts(items)
    if not f or _n(items, "top", "sub") < 2:
        return None
    phys = []
    for k, ind, s in items:
        if k == "blank" or k == "title":
            continue
        pos = 0
        while pos < len(s):
            end = min(len(s), pos + 32)
            chunk = s[pos:end]
            if end < len(s) and re.match(r"[0-9A-Za-z]", s[end - 1]) and re.match(r"[0-9A-Za-z]", s[end]):
                chunk += "\u2010"
            phys.append((IDS * 2 if pos == 0 and k == "body" else "") + chunk)
            pos = end
    per = 24
    pages = [phys[i:i + per] for i in range(0, len(phys), per)]
    m = len(pages) or 1
    out = [f[0], ""]
    for n, pg in enumerate(pages, 1):
        if n > 1:
            out += [f[0], ""]
        out += pg
        out += ["", f"第 {n} 页 共 {m} 页", ""]
    return _txt(out, _seen(items))


def txt_glyph_bullets_before_headings(text):
    """A text from a 公众号-style draft: every top heading led by `▶ `, every sub by `🔹`, the typed
    numbers kept after the glyph.  Applies where two tops and two subs are found."""
    items = _struct(text)
    if _n(items, "top") < 2 or _n(items, "sub") < 2:
        return None
    lines = []
    for k, ind, s in items:
        if k == "top":
            lines.append("▶ " + s)
        elif k == "sub":
            lines.append("🔹" + s)
        else:
            lines.append(("　　" if ind else "") + s if k != "blank" else "")
    return _txt(lines, _seen(items))


def _fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def txt_fullwidth_latin_digits(text):
    """A text typed in a full-width input mode: every ASCII letter, digit and sign (`%`, `.`, `-`,
    `(`) in its full-width form (２０２４年, １２．５％, ＰＰＰ), spaces ideographic.  Applies where
    the text has at least 10 ASCII digits or letters."""
    items = _struct(text)
    if sum(1 for c in text if c.isascii() and c.isalnum()) < 10:
        return None
    lines = [(("　　" if ind else "") + _fw(s)) if k != "blank" else "" for k, ind, s in items]
    return _txt(lines, _seen(items))


EXTRA_LEAK = (_AM_LEAK + r"|│|^\s*\d+│|▶|🔹|\u2010|第 \d+ 页|抄送|印发|<img|alt=|<td|<b>")

ALL_KINDS = {
    "docx_tops_numbered_bold_subs_bare_underlined": docx_tops_numbered_bold_subs_bare_underlined,
    "pdf_wps_banshou_banji_chaosong": pdf_wps_banshou_banji_chaosong,
    "pdf_bold_same_size_justified_letterspaced": pdf_bold_same_size_justified_letterspaced,
    "html_layout_table_td_per_paragraph": html_layout_table_td_per_paragraph,
    "html_img_alt_heading_banners": html_img_alt_heading_banners,
    "txt_viewer_line_numbers": txt_viewer_line_numbers,
    "txt_pdf_viewer_pages_hyphen_breaks": txt_pdf_viewer_pages_hyphen_breaks,
    "txt_glyph_bullets_before_headings": txt_glyph_bullets_before_headings,
    "txt_fullwidth_latin_digits": txt_fullwidth_latin_digits,
}
