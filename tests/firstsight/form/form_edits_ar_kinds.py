"""Form-only edits, forty-fourth set (ar): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery -- set aq's helpers -- and avoid their kinds).

Focus (the task's lean): bold / emphasised headings in every format, headings split over two lines,
headings run into their first paragraph, tables holding the report's parts, text exported from WPS --
each in a turn earlier sets did not take: a Markdown text whose bold headings are soft-wrapped inside
the `**`; a WPS "save as plain text" of a document whose parts sit in a two-column table (cells
tab-separated); a CMS page whose headings are split into a number span and a words span with numeric
CSS weights (700 / 600 / bolder) and body spans saying `font-weight:400`; a page where each heading
and its first paragraph share one <p> (the heading <strong>, then <br>); Word runs with explicit
`w:b w:val="1"` / `"0"` on every run, the number its own run; Word whose parts sit in a two-column
table, the top heading in a vertically merged left cell; a WPS-made PDF whose tops are centred in a
bold sans font and set as two balanced lines; an HTML table whose tops are <th> rows.

An edit returns a `Payload` (set o's) whose `text` is the report as its reader sees it; or None where
it does not apply.  Edits find what they change from the text's own structure (aa's `_struct`),
never from a named document or line.  Which kinds are tuning and which held is decided by
split_ar.py (random, fixed seed).
"""
from __future__ import annotations

import re

from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_t_kinds import WX, _build, _x
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct, _sig
from form_edits_ah_kinds import _facts, _seen
from form_edits_ai_kinds import _page
from form_edits_am_kinds import FAM, _break_point
from form_edits_aq_kinds import EXTRA_LEAK as _AQ_LEAK, heading_norm, _pdf_fonts  # noqa: F401

IDS = "\u3000"
FONTS = "/usr/share/fonts/opentype/noto/"
NUM_RE = re.compile(r"^(（[一二三四五六七八九十百零〇]+）|\([一二三四五六七八九十百零〇]+\)|[一二三四五六七八九十百零〇]+[、．.]|\d+[、．.])")


def _n(items, *ks):
    return sum(1 for k, _, _ in items if k in ks)


def _applies(items):
    """At least two headings (tops and subs together), one of them a top."""
    return _n(items, "top", "sub") >= 2 and _n(items, "top") >= 1


def _num_split(s):
    m = NUM_RE.match(s)
    return (m.group(1), s[m.end():]) if m and m.end() < len(s) else ("", s)


def _two(s, min_len=14):
    """s as two lines (am's break point) when it has at least min_len characters, else one."""
    if len(s) < min_len:
        return [s]
    i = _break_point(s)
    return [s[:i], s[i:]]


# ================================================================ text
def txt_md_bold_heading_soft_wrapped(text):
    """A Markdown draft saved as text (Typora / 语雀 / an editor that wraps on save): tops and subs are
    bold paragraphs `**一、…**`, and a heading of 14 characters or more is soft-wrapped inside the
    bold -- `**二、…，` on one line and `…**` on the next (CommonMark keeps one bold span over the soft
    break); title a plain line, body paragraphs plain, one blank line between blocks.  Applies where
    two headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    lines = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k in ("top", "sub"):
            parts = _two(s)
            parts[0] = "**" + parts[0]
            parts[-1] = parts[-1] + "**"
            lines += parts
        else:
            lines.append(s)
        lines.append("")
    return _payload(("\n".join(lines)).encode("utf-8"), ".txt", _seen(items))


def txt_wps_table_cells_tab_rows(text):
    """WPS 文字 "另存为 → 纯文本(*.txt)" of a report whose parts were laid out in a two-column table
    (the 述职表 layout: the part's top heading in the left cell, its sub-headings and paragraphs one
    per row in the right cell): each table row becomes one line, the cells joined by a tab -- the
    first row of a part `一、…<TAB>its first paragraph`, the following rows `<TAB>paragraph`; title,
    preamble and the signature stay plain lines outside the table; CRLF line ends.  Applies where two
    headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    sig = set(_sig(items))
    lines, in_part, pending = [], False, None
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            continue
        if i in sig:
            if pending is not None:
                lines.append(pending + "\t")
                pending = None
            lines.append(s)
            in_part = False
            continue
        if k == "top":
            if pending is not None:
                lines.append(pending + "\t")
            pending, in_part = s, True
            continue
        if not in_part:
            lines.append(s)
        elif pending is not None:
            lines.append(pending + "\t" + s)
            pending = None
        else:
            lines.append("\t" + s)
    if pending is not None:
        lines.append(pending + "\t")
    return _payload(("\r\n".join(lines) + "\r\n").encode("utf-8"), ".txt", _seen(items))


# ================================================================ HTML
def html_font_weight_numeric_split_spans(text):
    """A CMS page from a rich-text editor that writes weights as numbers: every paragraph a `<p>` with
    a `<span style="font-weight:400">` body; a top is `<span style="font-weight:700">一、</span>`
    followed by `<span style="font-family:黑体;font-weight:bolder">words</span>` (number and words in
    two spans), a sub the same with `font-weight:600` and 楷体; title `<p style="text-align:center">`
    with `font-weight:700` 22px.  No <b>, <strong> or <h*>.  Applies where two headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    out = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            out.append(f'<p style="text-align:center"><span style="font-size:22px;font-weight:700;font-family:方正小标宋简体">{_x(s)}</span></p>')
        elif k in ("top", "sub"):
            num, rest = _num_split(s)
            w1, fam, w2 = ("700", "黑体", "bolder") if k == "top" else ("600", "楷体_GB2312", "600")
            head = f'<span style="font-weight:{w1}">{_x(num)}</span>' if num else ""
            out.append(f'<p style="text-indent:2em">{head}<span style="font-family:{fam};font-weight:{w2}">{_x(rest)}</span></p>')
        else:
            out.append(f'<p style="text-indent:2em"><span style="font-family:仿宋_GB2312;font-weight:400">{_x(s)}</span></p>')
    body = '<div class="TRS_Editor">\n' + "\n".join(out) + "\n</div>"
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


def html_strong_heading_br_first_para(text):
    """A page typed in a CMS editor where Shift+Enter was used after each heading: a heading and the
    paragraph that follows it share one `<p>` -- `<p><strong>一、…</strong><br>　　first paragraph</p>`
    (the heading bold, then a line break, then the paragraph with two ideographic spaces); other
    paragraphs their own `<p>`; title `<h2>`.  Applies where two headings are followed by a body
    paragraph."""
    items = [it for it in _struct(text) if it[0] != "blank"]
    joins = sum(1 for a, b in zip(items, items[1:]) if a[0] in ("top", "sub") and b[0] == "body")
    if joins < 2:
        return None
    out, skip = [], False
    for i, (k, ind, s) in enumerate(items):
        if skip:
            skip = False
            continue
        if k == "title":
            out.append(f"<h2>{_x(s)}</h2>")
        elif k in ("top", "sub"):
            nxt = items[i + 1] if i + 1 < len(items) else None
            if nxt and nxt[0] == "body":
                out.append(f"<p><strong>{_x(s)}</strong><br>{IDS * 2}{_x(nxt[2])}</p>")
                skip = True
            else:
                out.append(f"<p><strong>{_x(s)}</strong></p>")
        else:
            out.append(f"<p>{IDS * 2}{_x(s)}</p>")
    body = '<div class="content">\n' + "\n".join(out) + "\n</div>"
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


def html_table_th_parts_td_paras(text):
    """A page whose article sits in one bordered table (a 信息公开 template): title `<h1>` above it;
    each paragraph a row `<tr><td style="text-indent:2em">`; each top a header row
    `<tr><th align="left">一、…</th></tr>` (bold by the table's default); each sub a row
    `<tr><td><b>（一）…</b></td></tr>`.  Applies where two headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    rows, title = [], ""
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title" and not title:
            title = f"<h1>{_x(s)}</h1>"
        elif k == "top":
            rows.append(f'<tr><th align="left" style="padding:6px">{_x(s)}</th></tr>')
        elif k == "sub":
            rows.append(f'<tr><td style="padding:6px"><b>{_x(s)}</b></td></tr>')
        else:
            rows.append(f'<tr><td style="padding:6px;text-indent:2em">{_x(s)}</td></tr>')
    body = (title + '\n<table border="1" cellspacing="0" cellpadding="0" width="100%">\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody>\n</table>")
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


# ================================================================ Word
def _rp(font, size, b):
    v = "1" if b else "0"
    return (f'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{font}" w:hint="eastAsia"/>'
            f'<w:b w:val="{v}"/><w:bCs w:val="{v}"/><w:kern w:val="0"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>')


def _runs(s, font, size, b):
    """s as runs split at every change between CJK and ASCII (as WPS writes them)."""
    out = []
    for m in re.finditer(r"[\x20-\x7e]+|[^\x20-\x7e]+", s):
        out.append(f'<w:r>{_rp(font, size, b)}<w:t xml:space="preserve">{_x(m.group(0))}</w:t></w:r>')
    return "".join(out)


def _wp(inner, jc=None, first=0, extra=""):
    ppr = (extra + '<w:snapToGrid w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/>'
           + (f'<w:ind w:firstLine="{first}"/>' if first else "") + (f'<w:jc w:val="{jc}"/>' if jc else ""))
    return f'<w:p {WX}><w:pPr>{ppr}</w:pPr>{inner}</w:p>'


def docx_explicit_bold_on_off_split_runs(text):
    """Word as WPS / an online editor saves it: every run states its weight -- `<w:b w:val="1"/>`
    on heading runs, `<w:b w:val="0"/>` on every body run -- and is split at each CJK / ASCII change;
    a heading's number is its own run (`一、` then the words); tops 黑体, subs 楷体, body 仿宋, all in
    the Normal style with no outline level; title 小标宋 22 pt centred, bold off.  Applies where two
    headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    paras = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            paras.append(_wp(_runs(s, FAM["title"], 44, False), jc="center"))
        elif k in ("top", "sub"):
            num, rest = _num_split(s)
            fam = FAM[k]
            paras.append(_wp((_runs(num, fam, 32, True) if num else "") + _runs(rest, fam, 32, True), first=640))
        else:
            paras.append(_wp(_runs(s, FAM["body"], 32, False), first=640 if ind else 0))
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


_BORD = ('<w:tblBorders>' + "".join(f'<w:{e} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                                     for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')


def _tc(width, paras, extra=""):
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{extra}</w:tcPr>{"".join(paras)}</w:tc>'


def docx_vmerge_part_column_table(text):
    """Word in the 表格式 layout some units use for the annual report: title and preamble as
    paragraphs, then one bordered two-column table for the parts -- the top heading (黑体 bold) in the
    left column, vertically merged (`w:vMerge`) down all the rows of its part and centred, and the
    part's sub-headings (楷体 bold) and paragraphs (仿宋) one per row in the right column; the
    signature below the table.  Applies where two headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    sig = set(_sig(items))
    pre, parts, post = [], [], []
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            continue
        if i in sig:
            post.append((k, s))
        elif k == "top":
            parts.append((s, []))
        elif parts:
            parts[-1][1].append((k, s))
        else:
            pre.append((k, s))

    def para(k, s):
        if k == "title":
            return _wp(_runs(s, FAM["title"], 44, True), jc="center")
        if k == "sub":
            return _wp(_runs(s, FAM["sub"], 32, True), first=640)
        return _wp(_runs(s, FAM["body"], 32, False), first=640)
    out = [para(k, s) for k, s in pre]
    rows = []
    for top, body in parts:
        body = body or [("body", "")]
        for j, (k, s) in enumerate(body):
            left = (_tc(1900, [_wp(_runs(top, FAM["top"], 32, True), jc="center")], '<w:vMerge w:val="restart"/><w:vAlign w:val="center"/>')
                    if j == 0 else _tc(1900, [_wp("")], "<w:vMerge/>"))
            right = _tc(7000, [para(k, s) if s else _wp("")])
            rows.append(f"<w:tr>{left}{right}</w:tr>")
    out.append(f'<w:tbl {WX}><w:tblPr><w:tblW w:w="8900" w:type="dxa"/>{_BORD}<w:tblLayout w:type="fixed"/></w:tblPr>'
               '<w:tblGrid><w:gridCol w:w="1900"/><w:gridCol w:w="7000"/></w:tblGrid>' + "".join(rows) + "</w:tbl>")
    out += [_wp(_runs(s, FAM["body"], 32, False), jc="right") for k, s in post]
    return _payload(_docx_bytes(_build(out)), ".docx", _seen(items))


# ================================================================ PDF
def pdf_bold_sans_tops_centred_two_lines(text):
    """A PDF from WPS 文字 (Creator `WPS 文字`, Producer `WPS PDF`): tops centred in a bold sans (黑体
    look: Noto Sans CJK Bold) at body size and, when 12 characters or more, set as two balanced
    centred lines (a manual break after the clause mark nearest the middle); subs bold serif, left,
    indented; body regular serif 15 pt; title bold 20 pt centred.  Applies where two headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    pdf = _pdf_fonts()
    pdf.add_font("sans", "B", FONTS + "NotoSansCJK-Bold.ttc", collection_font_number=2)
    pdf.set_creator("WPS 文字")
    pdf.set_producer("WPS PDF")
    pdf.add_page()
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            pdf.set_font("serif", "B", 20)
            pdf.multi_cell(0, 11, s, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            pdf.ln(6)
        elif k == "top":
            pdf.set_font("sans", "B", 15)
            pdf.ln(2)
            for part in _two(s, 12):
                pdf.multi_cell(0, 9, part, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            pdf.ln(2)
        else:
            pdf.set_font("serif", "B" if k == "sub" else "", 15)
            pdf.multi_cell(0, 9, IDS * 2 + s, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


EXTRA_LEAK = (_AQ_LEAK + r"|\*\*|\t|<br|<span|font-weight|<th|<td|<tr")

ALL_KINDS = {
    "txt_md_bold_heading_soft_wrapped": txt_md_bold_heading_soft_wrapped,
    "txt_wps_table_cells_tab_rows": txt_wps_table_cells_tab_rows,
    "html_font_weight_numeric_split_spans": html_font_weight_numeric_split_spans,
    "html_strong_heading_br_first_para": html_strong_heading_br_first_para,
    "html_table_th_parts_td_paras": html_table_th_parts_td_paras,
    "docx_explicit_bold_on_off_split_runs": docx_explicit_bold_on_off_split_runs,
    "docx_vmerge_part_column_table": docx_vmerge_part_column_table,
    "pdf_bold_sans_tops_centred_two_lines": pdf_bold_sans_tops_centred_two_lines,
}
