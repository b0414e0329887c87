"""Form-only edits, thirty-eighth set (al): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: what real files do that is hard -- Word headings numbered by two separate automatic lists
(tops one list, each part's subs a list restarted by its own num instance) with a tab after the
number; Word headings in the body's own size, tops unbolded with typed numbers, subs bold without
numbers; Word headings each in a one-row two-column table (number | text); Word tracked changes
(deleted draft headings and sentences, inserted clauses); Word comments anchored on headings and a
footnote reference right after each top heading; an HTML page split into `div.page` sheets, a
paragraph cut at the sheet edge, a page number per sheet; HTML `<h3>` / `<h4>` numbered only by CSS
counters; a two-column PDF whose narrow columns wrap headings; a PDF whose unnumbered headings
differ from the body only by a point or two of size; a text whose headings end with `：` and run
into their paragraph; a text indented by tabs per depth and numbered 1. / 1.1 / 1.1.1.

An edit returns a `Payload` (set o's) whose `text` is the report as its reader sees it; or None where
it does not apply.  Edits find what they change from the text's own structure (aa's `_struct`),
never from a named document or line.  Which kinds are tuning and which held is decided by
split_al.py (random, fixed seed).
"""
from __future__ import annotations

import re

from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_s_kinds import _add_part
from form_edits_t_kinds import WX, _build, _p, _r, _rpr, _x, _pdf_base
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct, _cn_int
from form_edits_ah_kinds import _facts, _seen
from form_edits_ai_kinds import _txt, _page
from form_edits_ak_kinds import EXTRA_LEAK as _AK_LEAK
from form_edits_ak_kinds import heading_norm as _ak_heading_norm

IDS = "\u3000"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TOP = re.compile(r"^([一二三四五六七八九十]{1,3})[、.．]\s*")
_SUB = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[）)]\s*")
AUTH = 'w:author="法制科" w:date="2025-03-03T10:00:00Z"'


def _n_head(items):
    return sum(1 for k, _, _ in items if k in ("top", "sub"))


def _split_num(k, s):
    """(number, text) of a heading typed with 一、 / （一）, or None."""
    m = (_TOP if k == "top" else _SUB).match(s)
    return (m.group(1), s[m.end():]) if m and s[m.end():] else None


def _numbered_in_order(items):
    """Every top typed 一、二、… in order and every sub （一）（二）… restarting under each top, with at
    least two tops: then a list can show exactly the typed numbers."""
    top = sub = 0
    for k, _, s in items:
        if k not in ("top", "sub"):
            continue
        sn = _split_num(k, s)
        if not sn:
            return False
        v = _cn_int(sn[0])
        if k == "top":
            top, sub = top + 1, 0
            if v != top:
                return False
        else:
            sub += 1
            if top == 0 or v != sub:
                return False
    return top >= 2


# ================================================================ Word
def _numbering_xml(n_tops):
    lvl = ('<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:suff w:val="tab"/>'
           '<w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1280" w:hanging="640"/></w:pPr>'
           '<w:rPr><w:rFonts w:eastAsia="{font}" w:hint="eastAsia"/></w:rPr></w:lvl>')
    a1 = ('<w:abstractNum w:abstractNumId="11"><w:multiLevelType w:val="singleLevel"/>'
          + lvl.format(fmt="chineseCounting", txt="%1、", font="黑体") + '</w:abstractNum>')
    a2 = ('<w:abstractNum w:abstractNumId="12"><w:multiLevelType w:val="singleLevel"/>'
          + lvl.format(fmt="chineseCounting", txt="（%1）", font="楷体_GB2312") + '</w:abstractNum>')
    nums = '<w:num w:numId="1"><w:abstractNumId w:val="11"/></w:num>'
    for i in range(n_tops):
        nums += (f'<w:num w:numId="{20 + i}"><w:abstractNumId w:val="12"/>'
                 '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W_NS}">{a1}{a2}{nums}</w:numbering>'


def _replace_part(data, name, xml):
    import io
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(data))
    if name not in zin.namelist():
        return None
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zin.infolist():
            zo.writestr(it, xml.encode("utf-8") if it.filename == name else zin.read(it.filename))
    return out.getvalue()


def docx_two_lists_sub_restart_tab_suffix(text):
    """Word where the tops are one automatic list (`%1、` chineseCounting, a tab after the number,
    hanging indent) and each part's subs a separate num instance of a second list (`（%1）`) restarted
    by startOverride; the typed numbers are gone from the heading text.  Applies where the typed
    numbers run in order (so the lists show exactly them)."""
    items = _struct(text)
    if not _numbered_in_order(items):
        return None
    paras, ti = [], -1
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
        elif k in ("top", "sub"):
            if k == "top":
                ti += 1
            nid = 1 if k == "top" else 20 + ti
            numpr = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>'
            paras.append(_p(_r(_split_num(k, s)[1], k), k, False, numpr))
        else:
            paras.append(_p(_r(s, k), k, ind))
    n_tops = sum(1 for k, _, _ in items if k == "top")
    data = _docx_bytes(_build(paras))
    data2 = _replace_part(data, "word/numbering.xml", _numbering_xml(n_tops))
    if data2 is None:
        data2 = _add_part(data, "numbering.xml", _numbering_xml(n_tops),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
                          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering", "rIdNum9")
    return _payload(data2, ".docx", _seen(items))


_PLAIN = ('<w:rPr><w:rFonts w:ascii="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hint="eastAsia"/>'
          '{b}<w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr>')


def docx_body_size_top_plain_sub_bold_bare(text):
    """Word typed in one font and size (仿宋 16 pt) throughout: tops are ordinary unbolded
    paragraphs with their typed 一、 numbers, subs bold paragraphs with the （一） numbers removed,
    both first-line indented like the body.  Applies where two tops and two numbered subs are found."""
    items = _struct(text)
    if sum(1 for k, _, s in items if k == "top") < 2 or \
            sum(1 for k, _, s in items if k == "sub" and _split_num(k, s)) < 2:
        return None
    paras, seen = [], []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
            continue
        if k == "title":
            paras.append(_p(_r(s, k), k))
            seen.append(s)
            continue
        sn = _split_num(k, s) if k == "sub" else None
        t = sn[1] if sn else s
        rpr = _PLAIN.format(b="<w:b/><w:bCs/>" if k == "sub" else "")
        paras.append(f'<w:p {WX}><w:pPr><w:ind w:firstLine="640"/></w:pPr>'
                     f'<w:r>{rpr}<w:t xml:space="preserve">{_x(t)}</w:t></w:r></w:p>')
        seen.append(t)
    return _payload(_docx_bytes(_build(paras)), ".docx", "\n".join(seen))


def _row_tbl(num, txt, k):
    cell = ('<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
            '<w:p><w:pPr><w:jc w:val="{jc}"/></w:pPr>{run}</w:p></w:tc>')
    return (f'<w:tbl {WX}><w:tblPr><w:tblW w:w="8800" w:type="dxa"/><w:tblBorders>'
            '<w:bottom w:val="single" w:sz="6" w:space="0" w:color="C00000"/></w:tblBorders>'
            '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="1100"/><w:gridCol w:w="7700"/></w:tblGrid><w:tr>'
            + cell.format(w=1100, jc="center", run=_r(num, k)) + cell.format(w=7700, jc="left", run=_r(txt, k))
            + '</w:tr></w:tbl>')


def docx_heading_rows_number_text_table(text):
    """Word where every heading (top and sub) is a one-row table of two cells -- the number
    (`一、` / `（一）`) centred in a narrow cell, the heading text in a wide one, a red rule under the
    row -- and the body ordinary paragraphs between these tables.  Applies where every heading has a
    typed number and two are found."""
    items = _struct(text)
    hs = [(k, s) for k, _, s in items if k in ("top", "sub")]
    if len(hs) < 2 or not all(_split_num(k, s) for k, s in hs):
        return None
    paras = []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
        elif k in ("top", "sub"):
            m = (_TOP if k == "top" else _SUB).match(s)
            paras.append(_row_tbl(s[:m.end()].strip(), s[m.end():], k))
        else:
            paras.append(_p(_r(s, k), k, ind))
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


def _del_run(s, k, i):
    return (f'<w:del w:id="{i}" {AUTH}><w:r>{_rpr(k)}<w:delText xml:space="preserve">{_x(s)}</w:delText></w:r></w:del>')


def _del_para(s, k, i):
    """A whole paragraph deleted in review (its mark too)."""
    return (f'<w:p {WX}><w:pPr><w:rPr><w:del w:id="{i}" {AUTH}/></w:rPr></w:pPr>{_del_run(s, k, i + 1)}</w:p>')


def docx_tracked_redraft_left_in(text):
    """Word with tracked changes never accepted: before each top after the first, a deleted
    paragraph holding a draft heading (the previous top's text numbered again, as a part once
    moved); each body paragraph's first clause inserted (w:ins), and a deleted copy of the
    paragraph's first sentence after its end.  A reader of the final view sees the report unchanged.
    Applies where two tops and three body paragraphs with a sentence are found."""
    items = _struct(text)
    tops = [s for k, _, s in items if k == "top"]
    bodies = [s for k, _, s in items if k == "body" and re.search(r"[。；]", s[:-1])]
    if len(tops) < 2 or len(bodies) < 3:
        return None
    paras, rid, ti = [], 100, 0
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
            continue
        if k == "top":
            if ti:
                paras.append(_del_para(tops[ti - 1], "top", rid))
                rid += 2
            ti += 1
        m = re.search(r"[，。；]", s) if k == "body" else None
        if m and m.end() < len(s):
            first = s[:m.end()]
            sent = re.match(r"^[^。；]*[。；]", s)
            inner = (f'<w:ins w:id="{rid}" {AUTH}>{_r(first, k)}</w:ins>' + _r(s[m.end():], k)
                     + (_del_run(sent.group(0), k, rid + 1) if sent else ""))
            rid += 2
            paras.append(_p(inner, k, ind))
        else:
            paras.append(_p(_r(s, k), k, ind))
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


_COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_COMMENTS_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
_FN_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
_FN_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_NOTES = ("请核实本部分数据口径。", "建议与上年报告表述保持一致。", "此处可再精炼。")


def docx_comments_on_headings_footnote_refs(text):
    """Word sent back from review: a comment (批注, by 审核人) anchored on every top and sub heading,
    and a footnote reference (superscript number) right after the text of each top, whose footnote
    says to which date the part's figures run (`本部分数据统计截至<year>年12月31日。`).  Applies where a
    title and two tops are found."""
    items = _struct(text)
    f = _facts(items)
    if not f or sum(1 for k, _, _ in items if k == "top") < 2:
        return None
    year = f[2]
    paras, comments, notes, cid, fid = [], [], [], 0, 0
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
            continue
        if k in ("top", "sub"):
            inner = (f'<w:commentRangeStart w:id="{cid}"/>{_r(s, k)}<w:commentRangeEnd w:id="{cid}"/>'
                     f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')
            comments.append(f'<w:comment w:id="{cid}" w:author="审核人" w:date="2025-03-01T08:00:00Z" w:initials="SH">'
                            f'<w:p><w:r><w:t>{_x(_NOTES[cid % len(_NOTES)])}</w:t></w:r></w:p></w:comment>')
            cid += 1
            if k == "top":
                fid += 1
                inner += (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                          f'<w:footnoteReference w:id="{fid}"/></w:r>')
                notes.append(f'<w:footnote w:id="{fid}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                             f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 本部分数据统计截至{year}年12月31日。</w:t>'
                             '</w:r></w:p></w:footnote>')
            paras.append(_p(inner, k, ind))
        else:
            paras.append(_p(_r(s, k), k, ind))
    data = _docx_bytes(_build(paras))
    data = _add_part(data, "comments.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     f'<w:comments xmlns:w="{W_NS}">' + "".join(comments) + "</w:comments>",
                     _COMMENTS_CT, _COMMENTS_RT, "rIdCmt9")
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
    data = _add_part(data, "footnotes.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     f'<w:footnotes xmlns:w="{W_NS}">{sep}' + "".join(notes) + "</w:footnotes>", _FN_CT, _FN_RT, "rIdFn9")
    return _payload(data, ".docx", _seen(items))


# ================================================================ HTML
def html_page_sheets_cut_paragraphs(text):
    """A converter's HTML: the report laid out on `<div class="page">` sheets of about 600
    characters, each closed by `<div class="pageno">- n -</div>`; a paragraph that runs over the
    sheet edge is cut there, its rest continuing in a `<p class="cont">` (no indent) on the next
    sheet.  Applies where the text runs over two sheets."""
    items = _struct(text)
    nb = [(k, s) for k, _, s in items if k != "blank"]
    if sum(len(s) for _, s in nb) < 1300 or _n_head(items) < 2:
        return None
    CAP = 600
    pages, cur, used = [], [], 0
    tag = {"title": '<p class="title" style="text-align:center;font-size:22pt">{}</p>',
           "top": '<p class="h1" style="font-family:黑体;text-indent:2em">{}</p>',
           "sub": '<p class="h2" style="font-family:楷体;text-indent:2em">{}</p>',
           "body": '<p style="text-indent:2em">{}</p>'}
    for k, s in nb:
        if k == "body" and used + len(s) > CAP and CAP - used >= 10:
            cut = CAP - used
            cur.append(tag[k].format(_x(s[:cut])))
            pages.append(cur)
            cur, used = [f'<p class="cont">{_x(s[cut:])}</p>'], len(s) - cut
            continue
        if used + len(s) > CAP and cur:
            pages.append(cur)
            cur, used = [], 0
        cur.append(tag[k].format(_x(s)))
        used += len(s)
    if cur:
        pages.append(cur)
    body = "\n".join(f'<div class="page" id="p{i + 1}">\n' + "\n".join(pg) + f'\n<div class="pageno">- {i + 1} -</div>\n</div>'
                     for i, pg in enumerate(pages))
    css = ('<style>.page{width:794px;min-height:1123px;margin:12px auto;padding:96px;box-shadow:0 0 6px #999}'
           '.pageno{text-align:center;margin-top:24px}.cont{text-indent:0}</style>\n')
    f = _facts(items)
    return _payload(_page(f[0] if f else "文档", body, head_extra=css).encode("utf-8"), ".html", _seen(items))


def html_h3_h4_counter_numbers_only(text):
    """HTML whose tops are `<h3>` and subs `<h4>`, their numbers written only by CSS counters
    (`counter(part, cjk-ideographic) "、"`, `"（" counter(sec, cjk-ideographic) "）"`); the title a
    `<div class="doc-title">`, no `<h1>` / `<h2>`.  Applies where the typed numbers run in order."""
    items = _struct(text)
    if not _numbered_in_order(items):
        return None
    css = ('<style>body{counter-reset:part}h3{counter-reset:sec;counter-increment:part;font-size:16pt}'
           'h3::before{content:counter(part, cjk-ideographic) "、"}h4{counter-increment:sec;font-size:16pt}'
           'h4::before{content:"（" counter(sec, cjk-ideographic) "）"}.doc-title{text-align:center;font-size:22pt}</style>\n')
    out = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            out.append(f'<div class="doc-title">{_x(s)}</div>')
        elif k in ("top", "sub"):
            out.append(f'<h{3 if k == "top" else 4}>{_x(_split_num(k, s)[1])}</h{3 if k == "top" else 4}>')
        else:
            out.append(f"<p>{_x(s)}</p>")
    f = _facts(items)
    return _payload(_page(f[0] if f else "文档", "\n".join(out), head_extra=css).encode("utf-8"), ".html", _seen(items))


# ================================================================ PDF
def _pdf_lines(pdf, w, s, first_indent=0.0):
    return pdf.multi_cell(w, 6, (IDS * 2 if first_indent else "") + s, dry_run=True, output="LINES", wrapmode="CHAR")


def pdf_two_columns_narrow_wrapped_headings(text):
    """A two-column PDF (columns 74 mm, 8 mm gutter): the title across both columns on page 1,
    then the report flowing down the left then the right column; tops 13 pt bold and subs 12 pt bold
    wrap inside the narrow column where long; body 11 pt.  Applies where a title and two headings are
    found."""
    items = _struct(text)
    f = _facts(items)
    if not f or _n_head(items) < 2:
        return None
    pdf = _pdf_base()
    pdf.add_page()
    pdf.set_font("serif", "B", 18)
    pdf.multi_cell(0, 10, f[0], align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    pdf.ln(4)
    colw, gut = 74.0, 8.0
    top_y, bottom = pdf.get_y(), pdf.h - 28
    col = 0
    y = top_y
    pdf.set_auto_page_break(False)
    for k, ind, s in items:
        if k in ("blank", "title"):
            continue
        style, size, lh = ("B", 13, 7) if k == "top" else ("B", 12, 6.5) if k == "sub" else ("", 11, 6)
        pdf.set_font("serif", style, size)
        lines = pdf.multi_cell(colw, lh, (IDS * 2 + s) if k == "body" else s, dry_run=True, output="LINES",
                               wrapmode="CHAR")
        for ln in lines:
            if y + lh > bottom:
                if col == 0:
                    col, y = 1, top_y
                else:
                    pdf.add_page()
                    col, y, top_y = 0, pdf.t_margin, pdf.t_margin
                pdf.set_font("serif", style, size)
            pdf.set_xy(pdf.l_margin + col * (colw + gut), y)
            pdf.cell(colw, lh, ln)
            y += lh
        y += 1.5
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


def pdf_heading_size_step_regular_unnumbered(text):
    """A PDF in one regular-weight font throughout: the title 18 pt centred, tops 14 pt, subs
    13 pt, body 12 pt, all left at the same indent; heading numbers removed, nothing bold -- a
    heading differs from the body by one or two points only.  Applies where the typed numbers run
    in order."""
    items = _struct(text)
    if not _numbered_in_order(items):
        return None
    pdf = _pdf_base()
    pdf.add_page()
    seen = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            pdf.set_font("serif", "", 18)
            pdf.multi_cell(0, 10, s, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            pdf.ln(3)
            seen.append(s)
            continue
        t = _split_num(k, s)[1] if k in ("top", "sub") else s
        size = {"top": 14, "sub": 13}.get(k, 12)
        pdf.set_font("serif", "", size)
        pdf.multi_cell(0, 7, (IDS * 2 if k == "body" else "") + t, align="L", new_x="LMARGIN", new_y="NEXT",
                       wrapmode="CHAR")
        seen.append(t)
    return _payload(bytes(pdf.output()), ".pdf", "\n".join(seen))


# ================================================================ text
def txt_colon_runin_both_levels(text):
    """A text whose tops and subs end with a full-width colon and run into the paragraph that
    follows them (`一、…：<first body paragraph>`), the other paragraphs as they were.  Applies where
    two headings are each followed by a body paragraph."""
    items = _struct(text)
    nb = [(k, ind, s) for k, ind, s in items if k != "blank"]
    out, i, n = [], 0, 0
    while i < len(nb):
        k, ind, s = nb[i]
        if k in ("top", "sub") and i + 1 < len(nb) and nb[i + 1][0] == "body":
            h = s.rstrip("：:。")
            out.append(IDS * 2 + h + "：" + nb[i + 1][2])
            i += 2
            n += 1
            continue
        out.append((IDS * 2 if ind or k in ("top", "sub", "body") else "") + s)
        i += 1
    if n < 2:
        return None
    return _txt(out, "\n".join(out))


_ITEM = re.compile(r"^(\d{1,2})[.．、]\s*")


def txt_tab_depth_decimal_outline(text):
    """A text exported from an outliner: tops numbered `1.`, subs `1.1`, items typed `1.` / `1、`
    under a sub become `1.1.1`; every line indented by one tab per depth (tops none, subs one, body
    and items one more than their heading); no blank lines.  Applies where the typed numbers run in
    order.  Payload.text keeps headings' and items' typed numbers (the words check counts digits; decimal
    numbering is form)."""
    items = _struct(text)
    if not _numbered_in_order(items):
        return None
    out, seen, t, s_, depth = [], [], 0, 0, 0
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            out.append(s)
            seen.append(s)
            continue
        if k == "top":
            t, s_ = t + 1, 0
            line, depth = f"{t}. {_split_num(k, s)[1]}", 0
        elif k == "sub":
            s_ += 1
            line, depth = f"{t}.{s_} {_split_num(k, s)[1]}", 1
        else:
            m = _ITEM.match(s)
            if m and s_ and t:
                line = f"{t}.{s_}.{m.group(1)} {s[m.end():]}"
            else:
                line = s
            out.append("\t" * (depth + 1) + line)
            seen.append(s)  # the words check reads an item with its typed number (numbers are form)
            continue
        out.append("\t" * depth + line)
        seen.append(s)  # the words check reads a heading with its typed number (numbers are form)
    return _txt(out, "\n".join(seen))


# ================================================================ set criterion helpers
_DEC = re.compile(r"^\d+(?:\.\d+)*\.?\s+")


def heading_norm(h):
    """A leading decimal outline number (1. / 1.1 / 1.1.1) and a trailing full-width colon dropped,
    then set ak's heading_norm unchanged."""
    h = _DEC.sub("", (h or "").strip())
    return _ak_heading_norm(h.rstrip("：:"))


EXTRA_LEAK = (_AK_LEAK + r"|class=\"page|pageno|- \d+ -|::before|counter\(|w:del|delText|w:ins|commentRange|"
              r"footnoteRef|请核实|精炼|数据统计截至|\t")

ALL_KINDS = {
    "docx_two_lists_sub_restart_tab_suffix": docx_two_lists_sub_restart_tab_suffix,
    "docx_body_size_top_plain_sub_bold_bare": docx_body_size_top_plain_sub_bold_bare,
    "docx_heading_rows_number_text_table": docx_heading_rows_number_text_table,
    "docx_tracked_redraft_left_in": docx_tracked_redraft_left_in,
    "docx_comments_on_headings_footnote_refs": docx_comments_on_headings_footnote_refs,
    "html_page_sheets_cut_paragraphs": html_page_sheets_cut_paragraphs,
    "html_h3_h4_counter_numbers_only": html_h3_h4_counter_numbers_only,
    "pdf_two_columns_narrow_wrapped_headings": pdf_two_columns_narrow_wrapped_headings,
    "pdf_heading_size_step_regular_unnumbered": pdf_heading_size_step_regular_unnumbered,
    "txt_colon_runin_both_levels": txt_colon_runin_both_levels,
    "txt_tab_depth_decimal_outline": txt_tab_depth_decimal_outline,
}
