"""Form-only edits, forty-sixth set (at): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery -- sets t / aa / ah / ai / al / am / ar / as's helpers -- and avoid
their kinds).

Focus (the task's lean): headings told apart by bold / colour / size in changing combinations (HTML
part by part; a PDF whose tops are coloured and larger but not bold while the body's figures are red
bold); headings that a page break falls inside or right after (PDF); heading numbers that come from
a Word *list style* (numStyleLink) attached to the heading paragraph styles; heading looks inherited
through a chain of custom styles with theme colours and a bold toggle; tops in shaded table cells
(PDF) and shaded heading rows of a layout table whose body is joined by <br> (HTML); text pasted
out of a WeChat chat with an emoji bullet before every paragraph.

An edit returns a `Payload` (set o's) whose `text` is the report as its reader sees it (page
furniture -- the page numbers -- left out); or None where it does not apply.  Edits find what they
change from the text's own structure (aa's `_struct`), never from a named document or line.  Which
kinds are tuning and which held is decided by split_at.py (random, fixed seed).
"""
from __future__ import annotations

import re

from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_s_kinds import _add_part
from form_edits_t_kinds import WX, _build, _x, _pdf_base
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct, _sig
from form_edits_ah_kinds import _facts, _seen
from form_edits_ai_kinds import _page
from form_edits_al_kinds import _split_num, _numbered_in_order, _replace_part
from form_edits_am_kinds import FAM, _fp, _fr, _font_rpr
from form_edits_as_kinds import EXTRA_LEAK as _AS_LEAK, _applies, _fit_title, _zip_edit, _NO_START
from form_edits_ar_kinds import heading_norm  # noqa: F401

IDS = "\u3000"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# marks this set adds (never words): WeChat emoji bullets (with the VS16 selector WeChat keeps)
EMO_TOP = "\U0001F534"          # red circle
EMO_SUB = "\u2705"              # check mark button
EMO_BODY = "\U0001F538"         # small orange diamond
EMO_SIG = "\u270D\uFE0F"        # writing hand + VS16


# ================================================================ text
def txt_wechat_chat_paste_emoji_every_para(text):
    """A report forwarded as a long WeChat chat message and copied out of the chat window: no
    indents (the chat drops leading spaces), one line per paragraph with an empty line between
    paragraphs, and an emoji bullet in front of **every** paragraph -- `🔴` before a top, `✅` before a
    sub, `🔸` before each body paragraph, `✍️` (with U+FE0F) before the signature lines; the title
    bare; LF line ends.  Numbers typed as they were.  Applies where two headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    sig = set(_sig(items))
    out = []
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            continue
        if k == "title":
            out.append(s)
        elif k == "top":
            out.append(EMO_TOP + s)
        elif k == "sub":
            out.append(EMO_SUB + s)
        elif i in sig:
            out.append(EMO_SIG + s)
        else:
            out.append(EMO_BODY + s)
    t = "\n\n".join(out) + "\n"
    return _payload(t.encode("utf-8"), ".txt", t)


# ================================================================ HTML
# (bold, colour, size) -- bold written three ways: <strong>, <b>, font-weight:700
_TOP_LOOKS = [("strong", "#c00000", "20px"), (None, "#c00000", "20px"), ("b", None, "19px"),
              ("w700", "#1f4e79", None), (None, None, "22px")]
_SUB_LOOKS = [("b", None, None), (None, "#1f4e79", None), ("strong", "#c00000", None),
              (None, None, "17px"), ("w700", "#1f4e79", "17px")]


def _look(s, look):
    b, col, size = look
    st = (f"color:{col};" if col else "") + (f"font-size:{size};" if size else "") + ("font-weight:700;" if b == "w700" else "")
    inner = _x(s)
    if b in ("strong", "b"):
        inner = f"<{b}>{inner}</{b}>"
    return f'<span style="{st}">{inner}</span>' if st else inner


def html_heads_bold_colour_size_combos_rotating(text):
    """A page whose parts were formatted by different editors, each picking their own heading look
    in the CMS toolbar: no <h*>; every heading a `<p>` whose look is a combination of bold (written
    `<strong>`, `<b>` or `font-weight:700`), a colour and a larger size, changing from part to part --
    tops: bold+red+20px, red+20px, bold+19px, bold+blue, 22px only (then round again); subs: bold
    only, blue only, bold+red, 17px only, bold+blue+17px; body `<p style="text-indent:2em;
    font-size:16px">`; the title a centred bold 24px `<p>`; numbers typed.  Applies where two
    headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    out, part = [], -1
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            out.append(f'<p style="text-align:center;font-size:24px;"><strong>{_x(s)}</strong></p>')
        elif k == "top":
            part += 1
            out.append(f'<p style="margin:16px 0 8px;">{_look(s, _TOP_LOOKS[part % len(_TOP_LOOKS)])}</p>')
        elif k == "sub":
            out.append(f'<p style="text-indent:2em;">{_look(s, _SUB_LOOKS[max(part, 0) % len(_SUB_LOOKS)])}</p>')
        else:
            out.append(f'<p style="text-indent:2em;font-size:16px;line-height:1.8;">{_x(s)}</p>')
    body = '<div class="TRS_Editor">\n' + "\n".join(out) + "\n</div>"
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


def html_layout_table_shaded_head_rows_br_body(text):
    """An old government CMS page laid out as one full-width table: the title a centred bold row;
    each top its own row whose cell is shaded (`bgcolor="#dbe5f1"`, bold, 17px), each sub a row with a
    pale grey shaded cell and `<b>`; the body paragraphs between two headings **one cell** in which the
    paragraphs are joined by `<br>` (no <p>), each opened by `&emsp;&emsp;`; the signature a
    right-aligned row.  Applies where two headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    sig = set(_sig(items))
    rows, run = [], []

    def flush():
        if run:
            rows.append('<tr><td style="font-size:16px;line-height:30px;padding:6px 10px;">'
                        + "<br>\n".join("&emsp;&emsp;" + _x(s) for s in run) + "</td></tr>")
            run.clear()
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            continue
        if k in ("title", "top", "sub") or i in sig:
            flush()
        if k == "title":
            rows.append(f'<tr><td align="center" style="font-size:22px;font-weight:bold;padding:12px;">{_x(s)}</td></tr>')
        elif k == "top":
            rows.append(f'<tr><td bgcolor="#dbe5f1" style="font-size:17px;font-weight:bold;padding:6px 10px;'
                        f'border-left:5px solid #1f4e79;">{_x(s)}</td></tr>')
        elif k == "sub":
            rows.append(f'<tr><td bgcolor="#f2f2f2" style="font-size:16px;padding:4px 10px;">&emsp;&emsp;<b>{_x(s)}</b></td></tr>')
        elif i in sig:
            rows.append(f'<tr><td align="right" style="font-size:16px;padding:2px 30px;">{_x(s)}</td></tr>')
        else:
            run.append(s)
    flush()
    body = ('<table width="100%" border="0" cellspacing="0" cellpadding="0" class="content_table">\n'
            + "\n".join(rows) + "\n</table>")
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


# ================================================================ Word
def _styles_add(data, xml):
    """data with the style definitions `xml` appended to word/styles.xml."""
    import io
    import zipfile
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zo:
        for it in zin.infolist():
            b = zin.read(it.filename)
            if it.filename == "word/styles.xml":
                b = b.replace(b"</w:styles>", xml.encode("utf-8") + b"</w:styles>")
            zo.writestr(it, b)
    return out.getvalue()


def _pstyle(sid, name, based, ppr="", rpr=""):
    return (f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>'
            f'<w:basedOn w:val="{based}"/><w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


_CHAIN_STYLES = (
    _pstyle("a3", "样式1", "Normal", '<w:spacing w:line="560" w:lineRule="exact"/>',
            '<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi"/>'
            '<w:sz w:val="32"/><w:szCs w:val="32"/>')
    + _pstyle("a4", "样式2", "a3", '<w:keepNext/><w:ind w:firstLine="640"/>',
              '<w:b/><w:bCs/><w:color w:val="C0504D" w:themeColor="accent2"/><w:sz w:val="36"/><w:szCs w:val="36"/>')
    + _pstyle("a5", "样式3", "a3", '<w:keepNext/><w:ind w:firstLine="640"/>',
              '<w:b/><w:bCs/><w:color w:val="1F497D" w:themeColor="text2"/>')
    + _pstyle("a6", "样式4", "a3", '<w:jc w:val="center"/>', '<w:b/><w:bCs/><w:sz w:val="44"/><w:szCs w:val="44"/>')
    + '<w:style w:type="character" w:customStyle="1" w:styleId="a7"><w:name w:val="样式5"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>'
)


def docx_heads_style_chain_theme_colour_bold_toggle(text):
    """Word whose heading looks come only from a chain of custom styles with Word's automatic names
    (样式1..样式5): `样式1` (basedOn Normal) sets the theme's major East-Asian font and 16 pt; the tops'
    `样式2` (basedOn 样式1) adds bold, 18 pt and a **theme colour** (accent2); the subs' `样式3`
    (basedOn 样式1) adds bold and theme colour text2, and the subs' runs carry the character style
    `样式5` (bold) -- bold in both the paragraph and the character style, which Word's toggle rule
    shows as **not bold**; the title `样式4` (bold, 22 pt, centred).  No direct formatting on headings;
    body plain 仿宋 paragraphs; numbers typed.  Applies where two headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    paras = []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_fp("", indent=False))
        elif k in ("title", "top", "sub"):
            sid = {"title": "a6", "top": "a4", "sub": "a5"}[k]
            rpr = '<w:rPr><w:rStyle w:val="a7"/></w:rPr>' if k == "sub" else ""
            paras.append(f'<w:p {WX}><w:pPr><w:pStyle w:val="{sid}"/></w:pPr>'
                         f'<w:r>{rpr}<w:t xml:space="preserve">{_x(s)}</w:t></w:r></w:p>')
        else:
            paras.append(_fp(_fr(s, FAM["body"], 32)))
    data = _styles_add(_docx_bytes(_build(paras)), _CHAIN_STYLES)
    return _payload(data, ".docx", _seen(items))


_LIST_STYLES = (
    '<w:style w:type="numbering" w:customStyle="1" w:styleId="a8"><w:name w:val="报告多级列表"/>'
    '<w:pPr><w:numPr><w:numId w:val="41"/></w:numPr></w:pPr></w:style>'
    + _pstyle("a9", "一级条目", "Normal", '<w:keepNext/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="42"/></w:numPr>'
              '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:left="0" w:firstLine="640"/><w:outlineLvl w:val="9"/>',
              f'<w:rFonts w:ascii="{FAM["top"]}" w:hAnsi="{FAM["top"]}" w:eastAsia="{FAM["top"]}"/><w:sz w:val="32"/>')
    + _pstyle("aa", "二级条目", "Normal", '<w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="42"/></w:numPr>'
              '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:left="0" w:firstLine="640"/><w:outlineLvl w:val="9"/>',
              f'<w:rFonts w:ascii="{FAM["sub"]}" w:hAnsi="{FAM["sub"]}" w:eastAsia="{FAM["sub"]}"/><w:b/><w:sz w:val="32"/>')
)


def _list_numbering_xml():
    lvl = ('<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="{ps}"/>'
           '<w:suff w:val="nothing"/><w:lvlText w:val="{txt}"/><w:lvlJc w:val="left"/>'
           '<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>')
    levels = lvl.format(i=0, ps="a9", txt="%1、") + lvl.format(i=1, ps="aa", txt="（%2）")
    for i in range(2, 9):
        levels += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%{i + 1}."/>'
                   '<w:lvlJc w:val="left"/></w:lvl>')
    a_def = (f'<w:abstractNum w:abstractNumId="30"><w:nsid w:val="1A2B3C4D"/><w:multiLevelType w:val="multilevel"/>'
             f'<w:styleLink w:val="a8"/>{levels}</w:abstractNum>')
    a_use = ('<w:abstractNum w:abstractNumId="31"><w:nsid w:val="5E6F7A8B"/><w:multiLevelType w:val="multilevel"/>'
             '<w:numStyleLink w:val="a8"/></w:abstractNum>')
    nums = ('<w:num w:numId="41"><w:abstractNumId w:val="30"/></w:num>'
            '<w:num w:numId="42"><w:abstractNumId w:val="31"/></w:num>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="{W_NS}">{a_def}{a_use}{nums}</w:numbering>'


def docx_list_style_numstylelink_heading_styles(text):
    """Word whose heading numbers come from a **list style** (a `w:type="numbering"` style
    `报告多级列表`): the multilevel list that defines the levels (一、 chineseCounting `%1、`, then
    `（%2）` restarting under each top, nothing after the number) is linked to the list style by
    `w:styleLink`; the list the paragraphs use is a second abstract list that only points to the list
    style (`w:numStyleLink`); the numbering is attached to the custom paragraph styles `一级条目` /
    `二级条目` (numPr in the style, none in the paragraphs); the typed numbers are gone from the
    heading text (Word shows them).  Applies where the typed numbers run in order."""
    items = _struct(text)
    if not _numbered_in_order(items):
        return None
    paras = []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_fp("", indent=False))
        elif k in ("top", "sub"):
            sid = "a9" if k == "top" else "aa"
            paras.append(f'<w:p {WX}><w:pPr><w:pStyle w:val="{sid}"/></w:pPr>'
                         f'<w:r><w:t xml:space="preserve">{_x(_split_num(k, s)[1])}</w:t></w:r></w:p>')
        elif k == "title":
            paras.append(_fp(_fr(s, FAM["title"], 44), jc="center", indent=False))
        else:
            paras.append(_fp(_fr(s, FAM["body"], 32)))
    data = _styles_add(_docx_bytes(_build(paras)), _LIST_STYLES)
    data2 = _replace_part(data, "word/numbering.xml", _list_numbering_xml())
    if data2 is None:
        data2 = _add_part(data, "numbering.xml", _list_numbering_xml(),
                          "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
                          "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering", "rIdNum9")
    return _payload(data2, ".docx", _seen(items))


# ================================================================ PDF
def _gongwen_footer(p):
    p.set_font("serif", "", 12)
    p.set_xy(p.l_margin, p.h - 20)
    p.cell(p.w - p.l_margin - p.r_margin, 6, f"— {p.page_no()} —", align="C")


def pdf_headings_split_by_page_breaks(text):
    """A 公文 PDF (A4, 仿宋-like serif 16 pt body, bold 16 pt headings, page number `— n —` centred in
    the footer) in which headings **meet page breaks**: every heading reached in the lower half of a
    page (and not right after another heading) is pushed down to the page's last line (the space above
    left blank, as a hand-made layout leaves it), so a heading that wraps over two lines is split by
    the break (its first line at the foot of one page, the rest at the head of the next) and a
    one-line heading is the last line of its page with its first paragraph on the next (a widowed
    heading, as when 与下段同页 is off).  The
    title bold 22 pt centred (stepped down to fit one line).  Applies where two headings, one a top,
    are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    pdf = _pdf_base(footer=_gongwen_footer)
    pdf.set_margins(28, 37, 26)
    pdf.set_auto_page_break(True, 35)
    pdf.add_page()
    lh = 9
    prev = None
    for k, ind, s in items:
        if k == "blank":
            continue
        last, prev = prev, k
        if k == "title":
            _fit_title(pdf, s, "B", 22)
            pdf.ln(6)
            continue
        if k in ("top", "sub"):
            pdf.set_font("serif", "B", 16)
            # a heading reached in the lower half of a page (and not right after another heading) is
            # pushed down so that its first line is the page's last: the break falls inside it (a
            # wrapped heading) or right after it (a one-line heading; the next line breaks the page)
            target = pdf.page_break_trigger - lh - 0.5
            mid = pdf.t_margin + (pdf.page_break_trigger - pdf.t_margin) / 2
            if last not in ("top", "sub") and mid <= pdf.get_y() <= target:
                pdf.set_y(target)
            pdf.multi_cell(0, lh, IDS * 2 + s, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
        else:
            pdf.set_font("serif", "", 16)
            pdf.multi_cell(0, lh, IDS * 2 + s, align="J", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


_FIG = re.compile(r"\d[\d,.]*(?:%|％)?")


def _styled_para(pdf, runs, size, lh, indent_cells=2):
    """runs [(text, bold, rgb)] laid out as one paragraph: greedy character breaking at the text
    width (a closing mark never starts a line; a figure run never cut), first line indented by cells;
    each line drawn run by run with its own face and colour."""
    avail = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("serif", "", size)
    cell = pdf.get_string_width("国")
    toks = []
    for t, b, col in runs:
        pieces = re.findall(r"\d[\d,.]*(?:%|％)?|.", t) if b else list(t)
        toks += [(p, b, col) for p in pieces]
    lines, cur, w = [], [], indent_cells * cell
    for tok in toks:
        pdf.set_font("serif", "B" if tok[1] else "", size)
        tw = pdf.get_string_width(tok[0])
        if cur and w + tw > avail and tok[0][0] not in _NO_START:
            lines.append(cur)
            cur, w = [], 0.0
        cur.append(tok)
        w += tw
    if cur:
        lines.append(cur)
    for j, ln in enumerate(lines):
        if pdf.get_y() + lh > pdf.page_break_trigger:
            pdf.add_page()
        x = pdf.l_margin + (indent_cells * cell if j == 0 else 0)
        y = pdf.get_y()
        # merge neighbouring tokens of one look
        merged = []
        for t, b, col in ln:
            if merged and merged[-1][1] == b and merged[-1][2] == col:
                merged[-1] = (merged[-1][0] + t, b, col)
            else:
                merged.append((t, b, col))
        for t, b, col in merged:
            pdf.set_font("serif", "B" if b else "", size)
            pdf.set_text_color(*col)
            tw = pdf.get_string_width(t)
            pdf.set_xy(x, y)
            pdf.cell(tw, lh, t)
            x += tw
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(pdf.l_margin, y + lh)


def pdf_figures_red_bold_inline_heads_colour_size(text):
    """A PDF from a department's 宣传 layout: tops **red and larger (18 pt) but not bold**, subs
    **bold black at body size** (15 pt), body regular 15 pt in which every Arabic figure run (with its
    decimal point / thousands comma / percent sign) is set **bold red** inside the line; the title
    bold 20 pt centred (stepped down to fit one line).  Numbers typed.  Applies where two headings,
    one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    pdf = _pdf_base()
    pdf.set_margins(27, 30, 27)
    pdf.set_auto_page_break(True, 28)
    pdf.add_page()
    red, black = (200, 0, 0), (0, 0, 0)
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            _fit_title(pdf, s, "B", 20)
            pdf.ln(5)
        elif k == "top":
            pdf.ln(2)
            _styled_para(pdf, [(s, False, red)], 18, 10, indent_cells=0)
        elif k == "sub":
            _styled_para(pdf, [(s, True, black)], 15, 8.5)
        else:
            runs, at = [], 0
            for m in _FIG.finditer(s):
                if m.start() > at:
                    runs.append((s[at:m.start()], False, black))
                runs.append((m.group(0), True, red))
                at = m.end()
            if at < len(s):
                runs.append((s[at:], False, black))
            _styled_para(pdf, runs, 15, 8.5)
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


_TOP_NUM = re.compile(r"^([一二三四五六七八九十]{1,3}、)\s*")


def pdf_tops_two_cell_shaded_rows(text):
    """A PDF printed from Word where every top was typed into a one-row, two-cell table: a narrow
    cell shaded dark red holding the number (`一、`) in white bold, a wide cell shaded pale red holding
    the rest of the heading in bold black (wrapping inside the cell when long); subs bold lines, body
    regular 15 pt first-line indented; the title bold 20 pt centred (stepped down to fit one line).
    Applies where two tops typed `一、` style are found."""
    items = _struct(text)
    tops = [s for k, _, s in items if k == "top"]
    if sum(1 for s in tops if _TOP_NUM.match(s) and s[_TOP_NUM.match(s).end():]) < 2:
        return None
    pdf = _pdf_base()
    pdf.set_margins(28, 30, 26)
    pdf.set_auto_page_break(True, 28)
    pdf.add_page()
    lh = 9
    avail = pdf.w - pdf.l_margin - pdf.r_margin
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            _fit_title(pdf, s, "B", 20)
            pdf.ln(5)
        elif k == "top" and _TOP_NUM.match(s) and s[_TOP_NUM.match(s).end():]:
            m = _TOP_NUM.match(s)
            num, rest = m.group(1), s[m.end():]
            pdf.set_font("serif", "B", 15)
            nw = 18
            lines = pdf.multi_cell(avail - nw - 4, lh, rest, dry_run=True, output="LINES", wrapmode="CHAR")
            hgt = len(lines) * lh + 3
            pdf.ln(2)
            if pdf.get_y() + hgt > pdf.page_break_trigger:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_fill_color(160, 0, 0)
            pdf.rect(pdf.l_margin, y, nw, hgt, style="F")
            pdf.set_fill_color(250, 225, 225)
            pdf.rect(pdf.l_margin + nw, y, avail - nw, hgt, style="F")
            pdf.set_text_color(255, 255, 255)
            pdf.set_xy(pdf.l_margin, y + 1.5)
            pdf.cell(nw, lh, num, align="C")
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(pdf.l_margin + nw + 2, y + 1.5)
            pdf.multi_cell(avail - nw - 4, lh, rest, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            pdf.set_y(y + hgt + 2)
        else:
            pdf.set_font("serif", "B" if k in ("top", "sub") else "", 15)
            pdf.multi_cell(0, lh, IDS * 2 + s, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


EXTRA_LEAK = (_AS_LEAK + r"|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F]|bgcolor|&emsp;|<b>|<strong>|— \d+ —|样式\d")

ALL_KINDS = {
    "txt_wechat_chat_paste_emoji_every_para": txt_wechat_chat_paste_emoji_every_para,
    "html_heads_bold_colour_size_combos_rotating": html_heads_bold_colour_size_combos_rotating,
    "html_layout_table_shaded_head_rows_br_body": html_layout_table_shaded_head_rows_br_body,
    "docx_heads_style_chain_theme_colour_bold_toggle": docx_heads_style_chain_theme_colour_bold_toggle,
    "docx_list_style_numstylelink_heading_styles": docx_list_style_numstylelink_heading_styles,
    "pdf_headings_split_by_page_breaks": pdf_headings_split_by_page_breaks,
    "pdf_figures_red_bold_inline_heads_colour_size": pdf_figures_red_bold_inline_heads_colour_size,
    "pdf_tops_two_cell_shaded_rows": pdf_tops_two_cell_shaded_rows,
}
