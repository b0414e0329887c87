"""Form-only edits, thirty-third set (ag): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: how real offices lay out headings where the numbering is partial or inconsistent and the
levels are told apart by layout alone: sub-headings numbered in some parts only; sub-headings run in
as a bold lead closed by 。; headings closed by a colon / full stop; 第一部分 tops over 一、 subs;
headings in a Word table's first column with the part's text in the second; PDFs whose levels differ
only by indent, or whose subs are slanted or set in a smaller bold; HTML with centred <strong> tops and
left <strong> subs; a WPS text export with a tab before each heading; circled sub numbers (①②); a
copied table of contents with dot leaders and page numbers at the top.

An edit returns a `Payload` (set o's), or None where it does not apply.  Edits find what they change
from the text's own structure (aa's `_struct`), never from a named document or line.  Which kinds are
tuning and which held is decided by split_ag.py (random, fixed seed).
"""
from __future__ import annotations

import re
import unicodedata

from form_edits_g import opencc
from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_t_kinds import WX, _build, _p, _r, _x, _pdf_base
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct, _sig
from form_edits_ab_kinds import EXTRA_LEAK as _AB_LEAK
from form_edits_ab_kinds import _has, _page, _unnum, _NUM
from form_edits_ab_kinds import heading_norm as _ab_heading_norm

CN = "一二三四五六七八九十"
CIRC = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_END = re.compile(r"[。：:；;！？!?，,]$")


def _cn(n):
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11] if n < 20 else str(n)


def _numbered(items, k):
    return any(_NUM.match(s) for kk, _, s in items if kk == k)


def _title(items):
    return next((s for k, _, s in items if k == "title"), None)


def _seen(items, unnum_levels=()):
    return "\n".join(_unnum(s, k) if k in unnum_levels else s for k, _, s in items if k != "blank")


def _part_of(items):
    """For each item, the index (0-based) of the top part it is in (-1 before the first top)."""
    out, n = [], -1
    for k, _, _ in items:
        if k == "top":
            n += 1
        out.append(n)
    return out


def _next_nonblank(items, i):
    for j in range(i + 1, len(items)):
        if items[j][0] != "blank":
            return j
    return None


def _hrun(s, rpr):
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{_x(s)}</w:t></w:r>'


def _txt(out_lines, seen=None, nl="\n"):
    t = nl.join(out_lines) + nl
    return _payload(t.encode("utf-8"), ".txt", seen if seen is not None else t)


# ================================================================ Word
def docx_subs_numbered_some_parts(text):
    """Word: tops 黑体 with their numbers (一、); sub-headings 楷体 bold as usual, but numbered only in
    part: where two or more top parts have numbered sub-headings, those of the second, fourth, … such
    part lose their （一） numbers; where only one part has them, the latter half of its sub-headings
    do (the writer gave the numbers up midway).  Applies where at least two numbered sub-headings."""
    items = _struct(text)
    part = _part_of(items)
    nsubs = [i for i, (k, _, s) in enumerate(items) if k == "sub" and _NUM.match(s)]
    subs_parts = sorted({part[i] for i in nsubs})
    if not _has(items, "top") or len(nsubs) < 2:
        return None
    if len(subs_parts) >= 2:
        bare_idx = {i for i in nsubs if part[i] in set(subs_parts[1::2])}
    else:
        bare_idx = set(nsubs[(len(nsubs) + 1) // 2:])
    paras, seen = [], []
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            paras.append(_p(""))
            continue
        if i in bare_idx:
            s = _unnum(s, k)
        seen.append(s)
        paras.append(_p(_r(s, k), k, ind))
    if seen == [s for k, _, s in items if k != "blank"]:
        return None
    return _payload(_docx_bytes(_build(paras)), ".docx", "\n".join(seen))


def docx_subs_runin_bold_fullstop(text):
    """Word: each sub-heading that is followed by a body paragraph is run in to it as a bold lead
    closed by 。 (（一）强化组织领导。今年以来…), the rest of the paragraph plain; tops their own
    paragraphs; subs followed by another heading stay paragraphs of their own."""
    items = _struct(text)
    if not _has(items, "sub"):
        return None
    paras, seen, skip, n = [], [], set(), 0
    for i, (k, ind, s) in enumerate(items):
        if i in skip:
            continue
        if k == "blank":
            paras.append(_p(""))
            continue
        if k == "sub":
            j = _next_nonblank(items, i)
            if j is not None and items[j][0] == "body":
                lead = s if _END.search(s) else s + "。"
                b = items[j][2]
                skip.update(range(i + 1, j + 1))
                paras.append(_p(_r(lead, "sub") + _r(b, "body"), "body", True))
                seen.append(lead + b)
                n += 1
                continue
        seen.append(s)
        paras.append(_p(_r(s, k), k, ind))
    if not n:
        return None
    return _payload(_docx_bytes(_build(paras)), ".docx", "\n".join(seen))


def _tc(inner_paras, w):
    return (f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
            + ("".join(inner_paras) or _p("")) + "</w:tc>")


def docx_heading_column_table(text):
    """Word: the report's parts in a two-column table -- each heading (top or sub, numbered as typed)
    in the narrow first column, the paragraphs under it in the wide second column (empty where a
    heading is followed at once by another); title and opening above the table, signature below."""
    items = _struct(text)
    heads = [i for i, (k, _, _) in enumerate(items) if k in ("top", "sub")]
    if len(heads) < 2:
        return None
    sig = set(_sig(items))
    first = heads[0]
    end = min(sig) if sig and min(sig) > heads[-1] else len(items)
    before = [_p(_r(s, k), k, ind) if k != "blank" else _p("") for k, ind, s in items[:first]]
    rows = []
    for n, h in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else end
        k, ind, s = items[h]
        cell2 = [_p(_r(b, "body"), "body", True) for kk, _, b in items[h + 1:stop] if kk != "blank"]
        rows.append("<w:tr>" + _tc([_p(_r(s, k), "body", False)], 2600) + _tc(cell2, 6400) + "</w:tr>")
    tbl = (f'<w:tbl {WX}><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>'
           + "".join(f'<w:{b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                     for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
           + '</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="2600"/><w:gridCol w:w="6400"/></w:tblGrid>'
           + "".join(rows) + "</w:tbl>")
    after = [_p(_r(s, k), k, ind) if k != "blank" else _p("") for k, ind, s in items[end:]]
    return _payload(_docx_bytes(_build(before + [tbl] + after)), ".docx", _seen(items))


# ================================================================ PDF
def _pdf_items(items, style, footer_pages=True):
    """style(kind) -> (font style, size, x indent in mm, slant or None)."""
    def foot(pdf):
        if footer_pages:
            pdf.set_y(-18)
            pdf.set_font("serif", "", 10)
            pdf.cell(0, 5, f"- {pdf.page_no()} -", align="C")

    pdf = _pdf_base(footer=foot)
    pdf.add_page()
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            pdf.set_font("serif", "B", 18)
            pdf.multi_cell(0, 10, s, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            continue
        st, size, dx, slant = style(k)
        pdf.set_font("serif", st, size)
        x0 = pdf.l_margin
        if k == "body":  # a two-character first-line indent; later lines flush left
            pdf.set_x(x0 + 2 * size * 0.3528)
            pdf.write(size * 0.55, s)
            pdf.ln(size * 0.55)
            continue
        pdf.set_x(x0 + dx)
        if slant:
            with pdf.skew(ax=slant, ay=0, x=pdf.get_x(), y=pdf.get_y() + size * 0.35):
                pdf.multi_cell(0, size * 0.55, s, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, size * 0.55, s, align="L", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def pdf_levels_by_indent_only(text):
    """A PDF set in one regular 12 pt serif throughout (the title apart): top headings flush left,
    sub-headings indented one character, body paragraphs with a two-character first-line indent --
    the levels differ only by where the line starts; numbers kept."""
    items = _struct(text)
    if not _has(items, "top") or not _has(items, "sub"):
        return None
    dx = {"top": 0, "sub": 4.2, "body": 0}
    return _payload(_pdf_items(items, lambda k: ("", 12, dx.get(k, 0), None)), ".pdf", _seen(items))


def pdf_subs_smaller_bold(text):
    """A PDF with a 12 pt regular body, top headings bold 14 pt and sub-headings in a SMALLER bold
    (10 pt) than the body, all flush with the body's indent; numbers kept."""
    items = _struct(text)
    if not _has(items, "top") or not _has(items, "sub"):
        return None
    sty = {"top": ("B", 14, 0, None), "sub": ("B", 10, 8.4, None)}
    return _payload(_pdf_items(items, lambda k: sty.get(k, ("", 12, 0, None))), ".pdf", _seen(items))


def pdf_subs_slanted(text):
    """A PDF whose sub-headings are set in the body's regular 12 pt face, slanted (an oblique made by
    a skew transform, as a PDF printer does for 'italic' CJK), top headings bold 14 pt; numbers kept."""
    items = _struct(text)
    if not _has(items, "top") or not _has(items, "sub"):
        return None
    sty = {"top": ("B", 14, 0, None), "sub": ("", 12, 8.4, -14)}
    return _payload(_pdf_items(items, lambda k: sty.get(k, ("", 12, 0, None))), ".pdf", _seen(items))


# ================================================================ HTML
def html_centred_strong_tops_left_strong_subs(text):
    """A CMS page whose top headings are `<p style="text-align:center"><strong>…</strong></p>` and
    sub-headings `<p style="text-align:left"><strong>…</strong></p>` -- the same tag, only the alignment
    tells the levels apart; title a centred `<p>` with a bigger `<span>`; numbers kept."""
    items = _struct(text)
    t = _title(items)
    if not _has(items, "top") or not _has(items, "sub"):
        return None
    out = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            out.append(f'<p style="text-align:center"><span style="font-size:22px"><strong>{_x(s)}</strong></span></p>')
        elif k == "top":
            out.append(f'<p style="text-align:center"><strong>{_x(s)}</strong></p>')
        elif k == "sub":
            out.append(f'<p style="text-align:left"><strong>{_x(s)}</strong></p>')
        else:
            out.append(f'<p style="text-indent:2em;text-align:justify">{_x(s)}</p>')
    head = f"<title>{_x(t)}</title>\n" if t else ""
    body = '<div class="TRS_Editor">\n' + "\n".join(out) + "\n</div>"
    return _payload(_page(body, head).encode("utf-8"), ".html", _seen(items))


# ================================================================ plain text
def txt_tops_colon_subs_fullstop(text):
    """Plain text whose standalone top headings end with a full-width colon (一、主要举措和成效：) and
    sub-headings with a full stop (（一）强化组织领导。), where they had no closing mark."""
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None
    out = []
    for k, ind, s in items:
        if k in ("top", "sub") and not _END.search(s):
            s = s + ("：" if k == "top" else "。")
        out.append("" if k == "blank" else ("\u3000\u3000" if ind else "") + s)
    return _txt(out)


def txt_part_tops_dunhao_subs(text):
    """Plain text laid out in 部分: top headings `第一部分　X` (their 一、 gone, counted in order) and
    the sub-level numbered 一、二、 (counted anew in each part), as reports whose top level is 部分 do."""
    items = _struct(text)
    if not _has(items, "top") or not _has(items, "sub"):
        return None
    out, nt, ns = [], 0, 0
    for k, ind, s in items:
        pre = "\u3000\u3000" if ind else ""
        if k == "top":
            nt += 1
            ns = 0
            out.append(pre + f"第{_cn(nt)}部分\u3000" + _unnum(s, k))
        elif k == "sub":
            ns += 1
            out.append(pre + f"{_cn(ns)}、" + _unnum(s, k))
        else:
            out.append("" if k == "blank" else pre + s)
    return _txt(out, _seen(items, ("top", "sub")))


def txt_wps_tab_headings_crlf(text):
    """Plain text as WPS exports it: CRLF line ends, a tab character before every heading (the
    heading's outline indent), body paragraphs indented with two full-width spaces, no blank lines."""
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None
    out = []
    for k, ind, s in items:
        if k == "blank":
            continue
        out.append(("\t" + s) if k in ("top", "sub") else s if k == "title" else "\u3000\u3000" + s)
    return _txt(out, _seen(items), "\r\n")


def txt_circled_sub_numbers(text):
    """Plain text whose sub-headings are numbered with circled digits (①②③, counted anew in each top
    part) in place of （一）（二）; top headings and body unchanged."""
    items = _struct(text)
    if not _has(items, "top") or not _numbered(items, "sub"):
        return None
    out, ns = [], 0
    for k, ind, s in items:
        pre = "\u3000\u3000" if ind else ""
        if k == "top":
            ns = 0
        if k == "sub":
            ns += 1
            out.append(pre + CIRC[min(ns, 20) - 1] + _unnum(s, k))
        else:
            out.append("" if k == "blank" else pre + s)
    return _txt(out, _seen(items, ("sub",)))


def txt_copied_toc_dot_leaders(text):
    """Plain text that begins (after the title) with a table of contents copied from the Word file:
    a 目　录 line, then one line per heading (subs indented two full-width spaces) followed by a run
    of dot leaders and a page number, a blank line, then the report as it was."""
    items = _struct(text)
    heads = [(k, s) for k, _, s in items if k in ("top", "sub")]
    if len(heads) < 2:
        return None
    pos, chars, pages = 0, 0, []
    for k, ind, s in items:
        if k in ("top", "sub"):
            pages.append(1 + chars // 900)
        chars += len(s)
    toc = ["目\u3000\u3000录"]
    for (k, s), pg in zip(heads, pages):
        lead = ("\u3000\u3000" if k == "sub" else "") + s
        toc.append(lead + "…" * max(4, 30 - len(lead)) + str(pg))
    ti = next((i for i, (k, _, _) in enumerate(items) if k == "title"), -1)
    lines = [("" if k == "blank" else ("\u3000\u3000" if ind else "") + s) for k, ind, s in items]
    out = lines[:ti + 1] + ([""] if ti >= 0 else []) + toc + [""] + lines[ti + 1:]
    return _txt(out, _seen(items))


# ================================================================ set criterion helpers
_T2S = None
_CIRC_RE = re.compile("^[\\s\u3000]*[" + CIRC + "]")


def heading_norm(h):
    """A leading circled number and trailing dot leaders / page number / closing mark dropped, then NFKC
    fold and traditional -> simplified, then a leading tab / space dropped, then ab's heading_norm
    (which drops a 第N部分 label and one typed number)."""
    global _T2S
    s = _CIRC_RE.sub("", h or "")
    s = re.sub(r"[…\.·]{3,}\s*\d*\s*$", "", s)
    s = unicodedata.normalize("NFKC", s)
    if _T2S is None:
        _T2S = opencc("t2s") or (lambda x: x)
    s = _T2S(s)
    s = re.sub(r"^[\s\t\u3000]+", "", s)
    return _ab_heading_norm(s)


EXTRA_LEAK = (_AB_LEAK + r"|……|\.{4}|\t|[" + CIRC + r"]|目\s*录|text-align|<strong|<p\b")

ALL_KINDS = {
    "docx_subs_numbered_some_parts": docx_subs_numbered_some_parts,
    "docx_subs_runin_bold_fullstop": docx_subs_runin_bold_fullstop,
    "docx_heading_column_table": docx_heading_column_table,
    "pdf_levels_by_indent_only": pdf_levels_by_indent_only,
    "pdf_subs_smaller_bold": pdf_subs_smaller_bold,
    "pdf_subs_slanted": pdf_subs_slanted,
    "html_centred_strong_tops_left_strong_subs": html_centred_strong_tops_left_strong_subs,
    "txt_tops_colon_subs_fullstop": txt_tops_colon_subs_fullstop,
    "txt_part_tops_dunhao_subs": txt_part_tops_dunhao_subs,
    "txt_wps_tab_headings_crlf": txt_wps_tab_headings_crlf,
    "txt_circled_sub_numbers": txt_circled_sub_numbers,
    "txt_copied_toc_dot_leaders": txt_copied_toc_dot_leaders,
}
