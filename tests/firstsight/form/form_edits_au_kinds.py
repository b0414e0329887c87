"""Form-only edits, forty-seventh set (au): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery -- sets o / t / aa / ah / ai / am / ar / as / at's helpers -- and avoid
their kinds).

Focus: shapes real government files and pages take that no earlier set tried -- a report copied out
of one spreadsheet cell (quoted by the spreadsheet) and a report whose line breaks were lost so that
only the `　　` paragraph openings remain (text); an old Dreamweaver page that indents with spacer
GIFs and marks headings with icon GIFs, and an editor page built only of `display:block` spans with
no block tags and no white space between them (HTML); Word headings cut in two by a **style
separator** (hidden paragraph mark, `w:specVanish`) so that only their first clause goes to the
outline, and parts whose first body paragraph opens with a **drop cap** (首字下沉, `w:framePr
w:dropCap`) (DOCX); CJK **hanging punctuation** (标点溢出边界, WPS's default) that lets a clause mark
overflow the right margin, and a PDF a reviewer marked up with highlight / underline annotations and
sticky notes (PDF).

An edit returns a `Payload` (set o's) whose `text` is the report as its reader sees it; or None where
it does not apply.  Edits find what they change from the text's own structure (aa's `_struct`), never
from a named document or line.  Which kinds are tuning and which held is decided by split_au.py
(random, fixed seed).
"""
from __future__ import annotations

import re

from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_t_kinds import WX, _build, _x, _pdf_base
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct, _sig
from form_edits_ah_kinds import _facts, _seen
from form_edits_ai_kinds import _page
from form_edits_am_kinds import FAM, _fp, _fr, _font_rpr
from form_edits_as_kinds import _applies, _fit_title
from form_edits_at_kinds import EXTRA_LEAK as _AT_LEAK, _gongwen_footer
from form_edits_ar_kinds import heading_norm  # noqa: F401

IDS = "\u3000"

# reviewer's notes this set adds as PDF annotations (never in the text layer; data, not report words)
NOTE_FIG = "请核实数据来源"
NOTE_HEAD = "标题与目录一致"


# ================================================================ text
def txt_spreadsheet_cell_copy_quoted(text):
    """A report kept in a 政务公开 spreadsheet (Excel / WPS 表格 台账) as **one cell** of a 报告全文
    column, copied out of the sheet: the spreadsheet writes a multi-line cell as a quoted field --
    the whole text between ASCII double quotes, any `"` inside doubled -- lines inside the cell
    joined by LF (Alt+Enter), the row ended by CRLF; indents as they were.  Applies where two
    headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    lines = ["" if k == "blank" else (IDS * 2 if ind else "") + s for k, ind, s in items]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    cell = "\n".join(lines)
    t = '"' + cell.replace('"', '""') + '"\r\n'
    return _payload(t.encode("utf-8"), ".txt", t)


def txt_newlines_lost_ideo_space_paras(text):
    """A report copied from a page (or a database field) that lost every line break: the whole text is
    **one physical line**; only the two ideographic spaces `　　` that opened every paragraph (the
    headings' and the signature's too) still show where a paragraph begins (the title bare when it
    opens the text); one LF at the end.  Applies where two headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    out = []
    for k, ind, s in items:
        if k == "blank":
            continue
        out.append(s if (k == "title" and not out) else IDS * 2 + s)
    t = "".join(out) + "\n"
    return _payload(t.encode("utf-8"), ".txt", t)


# ================================================================ HTML
_SP = '<img src="/images/spacer.gif" width="{w}" height="1" border="0" alt="">'


def html_spacer_gif_indents_icon_heads(text):
    """An old (Dreamweaver-era, HTML 4.01 Transitional) government site: the first-line indent of
    every body paragraph is a **transparent spacer GIF** `<img src="spacer.gif" width="32"
    height="1">` (no spaces, no CSS indent); each top is opened by a small red arrow **icon GIF**
    (`align="absmiddle"`) and set `<font color="#B40000"><b>`; each sub a spacer, a blue dot icon GIF
    and `<b>`; the title centred `<font size="5"><b>` between two ornament GIFs; the signature
    right-aligned with a spacer after it; every paragraph a `<p>`.  Numbers typed.  Applies where two
    headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    sig = set(_sig(items))
    out = []
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            continue
        if k == "title":
            out.append('<p align="center"><img src="/images/title_l.gif" width="20" height="20" align="absmiddle" alt="">'
                       f'<font size="5"><b>{_x(s)}</b></font>'
                       '<img src="/images/title_r.gif" width="20" height="20" align="absmiddle" alt=""></p>')
        elif k == "top":
            out.append('<p><img src="/images/icon_arrow_red.gif" width="12" height="12" align="absmiddle" alt="">'
                       f'&nbsp;<font color="#B40000"><b>{_x(s)}</b></font></p>')
        elif k == "sub":
            out.append(f'<p>{_SP.format(w=32)}<img src="/images/dot_blue.gif" width="6" height="6" align="absmiddle" alt="">'
                       f'&nbsp;<b>{_x(s)}</b></p>')
        elif i in sig:
            out.append(f'<p align="right">{_x(s)}{_SP.format(w=64)}</p>')
        else:
            out.append(f'<p style="line-height:28px">{_SP.format(w=32)}{_x(s)}</p>')
    body = ('<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="font14">\n'
            + "\n".join(out) + "\n</td></tr></table>")
    f = _facts(items)
    page = _page(f[0] if f else "正文", body)
    page = page.replace("<!DOCTYPE html>", '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">', 1)
    return _payload(page.encode("utf-8"), ".html", _seen(items))


def html_display_block_spans_no_block_tags(text):
    """A page from an online editor that builds every paragraph as a `<span style="display:block;…">`
    inside one `<div>` -- **no `<p>`, `<div>`, `<br>` or heading tag** per paragraph, and no line
    break or space between the spans in the source (the browser still shows one block per span):
    title centred 22px bold, tops bold 18px with a top margin, subs bold indented, body indented
    16px, signature right-aligned.  Numbers typed.  Applies where two headings, one a top, are
    found."""
    items = _struct(text)
    if not _applies(items):
        return None
    sig = set(_sig(items))
    out = []
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            continue
        if k == "title":
            st = "display:block;text-align:center;font-size:22px;font-weight:bold;margin-bottom:16px;"
        elif k == "top":
            st = "display:block;font-size:18px;font-weight:bold;margin-top:14px;text-indent:2em;"
        elif k == "sub":
            st = "display:block;font-weight:bold;text-indent:2em;"
        elif i in sig:
            st = "display:block;text-align:right;"
        else:
            st = "display:block;text-indent:2em;margin-bottom:6px;"
        out.append(f'<span style="{st}">{_x(s)}</span>')
    body = '<div class="rich_text" style="font-size:16px;line-height:1.9;">' + "".join(out) + "</div>"
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


# ================================================================ Word
_SEP_AT = re.compile(r"[，；、]")


def _sep_point(s):
    """Where a style separator cuts heading s: after its first clause mark (，；、) that leaves at least
    four characters before and three after; else, in a heading of 12 characters or more, at its
    middle (an editor shortening the TOC entry); None for a short heading without such a mark."""
    for m in _SEP_AT.finditer(s):
        if m.end() >= 4 and len(s) - m.end() >= 3:
            return m.end()
    return len(s) // 2 if len(s) >= 12 else None


def docx_style_separator_split_headings(text):
    """Word in which every long heading was cut by a **style separator** (Ctrl+Alt+Enter) so that only
    its first clause shows in the navigation pane and the TOC: the heading is two paragraphs -- the
    first clause (up to and with its first `，` / `；` / `、` after the number; in a long heading without
    one, its first half) with outline level 1 / 2 and a **hidden
    paragraph mark** (`<w:rPr><w:vanish/><w:specVanish/></w:rPr>` in its pPr), then the rest without
    outline level and without indent; Word shows them as **one line**.  Heading looks direct (tops
    黑体, subs 楷体 bold, 16 pt), short headings without such a clause one paragraph as usual; body
    仿宋.
    Applies where at least two headings are cut."""
    items = _struct(text)
    if not _applies(items):
        return None
    paras, cut = [], 0
    for k, ind, s in items:
        if k == "blank":
            paras.append(_fp("", indent=False))
        elif k == "title":
            paras.append(_fp(_fr(s, FAM["title"], 44), jc="center", indent=False))
        elif k in ("top", "sub"):
            fam, bold, lvl = (FAM["top"], False, 0) if k == "top" else (FAM["sub"], True, 1)
            at = _sep_point(s)
            if at is None:
                paras.append(_fp(_fr(s, fam, 32, bold), extra="<w:keepNext/>")
                             .replace("</w:pPr>", f'<w:outlineLvl w:val="{lvl}"/></w:pPr>', 1))
                continue
            cut += 1
            p1 = (f'<w:p {WX}><w:pPr><w:keepNext/><w:spacing w:line="560" w:lineRule="exact"/>'
                  f'<w:ind w:firstLine="640"/><w:outlineLvl w:val="{lvl}"/>'
                  f'<w:rPr><w:vanish/><w:specVanish/></w:rPr></w:pPr>{_fr(s[:at], fam, 32, bold)}</w:p>')
            p2 = (f'<w:p {WX}><w:pPr><w:keepNext/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr>'
                  f'{_fr(s[at:], fam, 32, bold)}</w:p>')
            paras += [p1, p2]
        else:
            paras.append(_fp(_fr(s, FAM["body"], 32)))
    if cut < 2:
        return None
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


_CJK = re.compile(r"[\u4e00-\u9fff]")


def docx_drop_cap_part_first_paras(text):
    """Word from a 宣传 layout in which the first body paragraph of every part opens with a **drop
    cap** (首字下沉, two lines): as Word stores it, the first character is a paragraph of its own in a
    drop-cap frame (`<w:framePr w:dropCap="drop" w:lines="2" w:wrap="around" …>`, 38 pt, lowered by
    `w:position`), followed by the paragraph with the rest, without first-line indent.  Headings 黑体
    / 楷体 bold, body 仿宋, numbers typed.  Applies where at least two parts' first paragraph (20
    characters or more, opening with a Chinese character) get one."""
    items = _struct(text)
    if not _applies(items):
        return None
    paras, n, after_top = [], 0, False
    for k, ind, s in items:
        if k == "blank":
            paras.append(_fp("", indent=False))
            continue
        if k == "title":
            paras.append(_fp(_fr(s, FAM["title"], 44), jc="center", indent=False))
        elif k == "top":
            paras.append(_fp(_fr(s, FAM["top"], 32)))
        elif k == "sub":
            paras.append(_fp(_fr(s, FAM["sub"], 32, True)))
        elif after_top and len(s) >= 20 and _CJK.match(s):
            n += 1
            rpr = _font_rpr(FAM["body"], 76).replace("</w:rPr>", '<w:position w:val="-8"/></w:rPr>')
            paras.append(f'<w:p {WX}><w:pPr><w:keepNext/><w:framePr w:dropCap="drop" w:lines="2" w:wrap="around" '
                         f'w:vAnchor="text" w:hAnchor="text"/><w:spacing w:line="1120" w:lineRule="exact"/>'
                         f'<w:textAlignment w:val="baseline"/></w:pPr><w:r>{rpr}<w:t>{_x(s[0])}</w:t></w:r></w:p>')
            paras.append(_fp(_fr(s[1:], FAM["body"], 32), indent=False))
        else:
            paras.append(_fp(_fr(s, FAM["body"], 32)))
        if k != "blank":
            after_top = k in ("top", "sub") and (k == "top" or after_top)
    if n < 2:
        return None
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


# ================================================================ PDF
_HANG = set("，。、；：？！”’）》」』】,.;:?!)")


def _hang_para(pdf, s, style, size, lh, indent_cells=2):
    """s set left-aligned in the serif face: lines filled greedily to the text width, except that a
    closing / clause mark that no longer fits **hangs** past the right margin on the line it ends
    (CJK 标点悬挂) instead of starting the next line."""
    pdf.set_font("serif", style, size)
    avail = pdf.w - pdf.l_margin - pdf.r_margin
    cell = pdf.get_string_width("国")
    lines, cur, w = [], "", indent_cells * cell
    for ch in s:
        cw = pdf.get_string_width(ch)
        if cur and w + cw > avail + 0.01 and ch not in _HANG:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    for j, ln in enumerate(lines):
        if pdf.get_y() + lh > pdf.page_break_trigger:
            pdf.add_page()
        pdf.set_font("serif", style, size)
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin + (indent_cells * cell if j == 0 else 0), y)
        pdf.cell(pdf.get_string_width(ln), lh, ln)
        pdf.set_xy(pdf.l_margin, y + lh)


def pdf_hanging_punctuation_overflow(text):
    """A PDF exported from WPS with its default 允许标点溢出边界 (CJK hanging punctuation): body 16 pt
    and headings (bold 16 pt) filled to the full text width, and a clause or closing mark (，。、；：
    ？！”）》 …, and the half-width ,.;:?!) some reports type) that no longer fits on a line **hangs
    into the right margin** at the end of that line instead of being carried over -- such lines run
    one mark past the margin; a long heading
    wraps the same way; page number `— n —`; the title bold 22 pt centred (stepped down to fit one
    line).  Numbers typed.  Applies where two headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    pdf = _pdf_base(footer=_gongwen_footer)
    pdf.set_margins(28, 37, 26)
    pdf.set_auto_page_break(True, 35)
    pdf.add_page()
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            _fit_title(pdf, s, "B", 22)
            pdf.ln(6)
        else:
            _hang_para(pdf, s, "B" if k in ("top", "sub") else "", 16, 9)
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


_FIGS = re.compile(r"\d")


def pdf_reviewer_markup_annotations(text):
    """A 公文 PDF (bold 16 pt headings, 16 pt body, `— n —` footer) that came back from a reviewer and
    was published as it was: every top carries a yellow **Highlight** annotation, every sub an
    **Underline** annotation (both with QuadPoints over the heading's lines), and the first line of
    every body paragraph that gives an Arabic figure a **sticky note** (Text annotation, icon 'Comment')
    in the left margin saying 请核实数据来源, the first top's also a note 标题与目录一致.  The page
    content itself is the plain layout (annotations are not page text).  The title bold 22 pt centred
    (stepped down to fit one line).  Applies where two headings, one a top, are found."""
    items = _struct(text)
    if not _applies(items):
        return None
    pdf = _pdf_base(footer=_gongwen_footer)
    pdf.set_margins(28, 37, 26)
    pdf.set_auto_page_break(True, 35)
    pdf.add_page()
    lh = 9
    first_top = True
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            _fit_title(pdf, s, "B", 22)
            pdf.ln(6)
            continue
        head = k in ("top", "sub")
        pdf.set_font("serif", "B" if head else "", 16)
        lines = pdf.multi_cell(0, lh, IDS * 2 + s, dry_run=True, output="LINES", wrapmode="CHAR")
        if pdf.get_y() + lh * (len(lines) if head else 1) > pdf.page_break_trigger:
            pdf.add_page()
        y0 = pdf.get_y()
        if head:
            typ = "Highlight" if k == "top" else "Underline"
            col = (1, 0.92, 0.23) if k == "top" else (0.9, 0.1, 0.1)
            if k == "top" and first_top:
                pdf.text_annotation(pdf.l_margin - 12, y0 + 1, NOTE_HEAD, w=6, h=6)
                first_top = False
            # the markup annotation's QuadPoints are taken by fpdf2 from the text drawn inside
            with pdf.highlight("", type=typ, color=col):
                pdf.multi_cell(0, lh, IDS * 2 + s, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            continue
        elif _FIGS.search(s):
            pdf.text_annotation(pdf.l_margin - 12, y0 + 1, NOTE_FIG, w=6, h=6)
        pdf.multi_cell(0, lh, IDS * 2 + s, align="J", new_x="LMARGIN", new_y="NEXT",
                       wrapmode="CHAR")
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


EXTRA_LEAK = (_AT_LEAK + r"|spacer|\.gif|absmiddle|display:block|^\"|\"$|\"\"|" + NOTE_FIG + "|" + NOTE_HEAD
              + r"|specVanish|dropCap")

ALL_KINDS = {
    "txt_spreadsheet_cell_copy_quoted": txt_spreadsheet_cell_copy_quoted,
    "txt_newlines_lost_ideo_space_paras": txt_newlines_lost_ideo_space_paras,
    "html_spacer_gif_indents_icon_heads": html_spacer_gif_indents_icon_heads,
    "html_display_block_spans_no_block_tags": html_display_block_spans_no_block_tags,
    "docx_style_separator_split_headings": docx_style_separator_split_headings,
    "docx_drop_cap_part_first_paras": docx_drop_cap_part_first_paras,
    "pdf_hanging_punctuation_overflow": pdf_hanging_punctuation_overflow,
    "pdf_reviewer_markup_annotations": pdf_reviewer_markup_annotations,
}
