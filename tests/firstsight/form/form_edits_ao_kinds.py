"""Form-only edits, forty-first set (ao): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: the team's final held-out form check of the session's build, over what real government files
and pages produce -- Word whose headings carry a legal-style multi-level list number (1 / 1.1) in
front of the typed Chinese number; Word whose tops are set off by bold alone and subs by colour
alone; a CMS page that wraps every line in an inline-sized `<span>` joined by `<br>`; a page whose
parts are a definition list (`<dt>` top, `<dd>` the rest); a PDF whose title and headings are in a
serif and whose body is in a sans at the same size; a PDF whose text layer places every character
on its own; a text whose headings are underlined by a line of ＝ / －; a text whose subs run in to
their paragraph closed by a full stop; a text with CR-only line ends and a form feed before every
part.

An edit returns a `Payload` (set o's) whose `text` is the report as its reader sees it; or None where
it does not apply.  Edits find what they change from the text's own structure (aa's `_struct`),
never from a named document or line.  Which kinds are tuning and which held is decided by
split_ao.py (random, fixed seed).
"""
from __future__ import annotations

import re
import zlib

from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_t_kinds import WX, _build, _x, _pdf_base
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct
from form_edits_ah_kinds import _facts, _seen
from form_edits_ai_kinds import _page
from form_edits_am_kinds import _font_rpr, FAM
from form_edits_an_kinds import EXTRA_LEAK as _AN_LEAK, heading_norm  # noqa: F401
from form_edits_o_kinds import FONT_DIR

IDS = "\u3000"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _n(items, *ks):
    return sum(1 for k, _, _ in items if k in ks)


def _fp(inner, jc=None, indent=True, extra=""):
    ppr = (extra + '<w:spacing w:line="560" w:lineRule="exact"/>'
           + ('<w:ind w:firstLine="640"/>' if indent else "") + (f'<w:jc w:val="{jc}"/>' if jc else ""))
    return f"<w:p {WX}><w:pPr>{ppr}</w:pPr>{inner}</w:p>"


def _fr(s, font, size=32, bold=False, color=None):
    return f'<w:r>{_font_rpr(font, size, bold, color)}<w:t xml:space="preserve">{_x(s)}</w:t></w:r>' if s else ""


# ================================================================ Word
_LGL = (f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="91"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/>'
        '<w:lvlJc w:val="left"/><w:suff w:val="space"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/>'
        '<w:lvlJc w:val="left"/><w:suff w:val="space"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        '</w:abstractNum>')


def docx_legal_list_over_typed_cjk(text):
    """Word in which a template's legal-style multi-level list (level 1 `%1`, level 2 `%1.%2` with
    `w:isLgl`, a space after) is applied to the headings while the writer's typed Chinese numbers
    stay in the text, so the page shows `1 一、…` and `1.1 （一）…`.  Tops 黑体, subs 楷体, body 仿宋,
    all 16 pt.  Applies where two tops are found."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    items = _struct(text)
    if _n(items, "top") < 2:
        return None
    paras, seen = [], []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            paras.append(_fp(_fr(s, FAM["title"], 44), jc="center", indent=False))
            seen.append(s)
        elif k in ("top", "sub"):
            lvl = 0 if k == "top" else 1
            num = f'<w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="91"/></w:numPr>'
            paras.append(_fp(_fr(s, FAM[k], 32), extra=num, indent=False))
            seen.append(s)  # the reader's text without the list's numbers (added, not the report's words)
        else:
            paras.append(_fp(_fr(s, FAM["body"])))
            seen.append(s)

    def numbering(d):
        nb = d.part.numbering_part.element
        first = nb.find(qn("w:num"))
        absn = parse_xml(_LGL)
        if first is not None:
            first.addprevious(absn)
        else:
            nb.append(absn)
        nb.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    return _payload(_docx_bytes(_build(paras, before_body=numbering)), ".docx", "\n".join(seen))


def docx_tops_bold_only_subs_colour_only(text):
    """Word in which every paragraph is 仿宋 16 pt, first-line indented, exact 28 pt lines; the tops are
    set off by bold alone, the subs by a blue colour alone (2E74B5, not bold); typed numbers kept; the
    title 方正小标宋 22 pt centred.  Applies where two tops and two subs are found."""
    items = _struct(text)
    if _n(items, "top") < 2 or _n(items, "sub") < 2:
        return None
    paras = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            paras.append(_fp(_fr(s, FAM["title"], 44), jc="center", indent=False))
        elif k == "top":
            paras.append(_fp(_fr(s, FAM["body"], 32, bold=True)))
        elif k == "sub":
            paras.append(_fp(_fr(s, FAM["body"], 32, color="2E74B5")))
        else:
            paras.append(_fp(_fr(s, FAM["body"], 32)))
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


# ================================================================ HTML
def html_cms_line_spans_fontsize_br(text):
    """An old CMS article body: one `<p>` holding the whole text, every line wrapped in a `<span
    style="font-size:16pt;font-family:…">` (title 22pt 小标宋, tops 黑体, subs 楷体, body 仿宋, all at
    the same 16pt below the title), lines joined by `<br>`, a blank line an extra `<br>`, indents as
    `&nbsp;` × 4.  Applies where two headings are found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    fam = {"title": "方正小标宋简体", "top": "黑体", "sub": "楷体_GB2312"}
    out = []
    for k, ind, s in items:
        if k == "blank":
            out.append("<br>")
            continue
        size = "22pt" if k == "title" else "16pt"
        pre = "&nbsp;" * 4 if (ind and k not in ("title",)) else ""
        out.append(f'{pre}<span style="font-size:{size};font-family:{fam.get(k, "仿宋_GB2312")}">{_x(s)}</span><br>')
    body = ('<div class="TRS_Editor"><p style="line-height:2">\n' + "\n".join(out) + "\n</p></div>")
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


def html_definition_list_parts(text):
    """A page whose report is a definition list: each top a `<dt>`, each of its subs and paragraphs a
    `<dd>` (subs a `<dd class="ej">`); what precedes the first top (title `<h2>`, preamble `<p>`) sits
    above the list.  Applies where two tops are found."""
    items = _struct(text)
    if _n(items, "top") < 2:
        return None
    head, dl, started = [], [], False
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "top":
            started = True
            dl.append(f"<dt>{_x(s)}</dt>")
        elif not started:
            head.append(f"<h2>{_x(s)}</h2>" if k == "title" else f"<p>{_x(s)}</p>")
        elif k == "sub":
            dl.append(f'<dd class="ej">{_x(s)}</dd>')
        else:
            dl.append(f"<dd>{_x(s)}</dd>")
    body = ('<div class="article">\n' + "\n".join(head) + '\n<dl class="nr">\n' + "\n".join(dl) + "\n</dl>\n</div>")
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


# ================================================================ PDF
def _pdf_fonts():
    pdf = _pdf_base()
    pdf.add_font("sans", "", FONT_DIR + "NotoSansCJK-Regular.ttc", collection_font_number=2)
    pdf.set_margins(28, 37, 26)
    pdf.set_auto_page_break(True, 35)
    return pdf


def pdf_serif_heads_sans_body_same_size(text):
    """A PDF whose title and headings are in a serif (regular weight) and whose body is in a sans,
    all 15 pt below the title (18 pt), same indent, no space around headings; typed numbers kept.
    Applies where two headings are found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    pdf = _pdf_fonts()
    pdf.add_page()
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            pdf.set_font("serif", "", 18)
            pdf.multi_cell(0, 10, s, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            pdf.ln(3)
            continue
        pdf.set_font("serif" if k in ("top", "sub") else "sans", "", 15)
        pdf.multi_cell(0, 9, IDS * 2 + s, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


def pdf_per_char_positioned(text):
    """A PDF like a scan's text layer rebuilt by a converter: every character drawn on its own at its
    own position (one text object per character), lines wrapped by width, each line's baseline and
    each character's x nudged by up to 0.3 mm (fixed per document); headings in the bold face.
    Applies where two headings are found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    pdf = _pdf_fonts()
    pdf.add_page()
    seed = zlib.crc32(text.encode("utf-8"))
    left, right, lh, bottom = 28.0, 210 - 26.0, 8.5, 297 - 30.0
    y = 40.0
    n = 0

    def jit():
        nonlocal n
        n += 1
        return (((seed >> (n % 24)) ^ (n * 2654435761)) % 7 - 3) / 10.0

    for k, ind, s in items:
        if k == "blank":
            continue
        size = 18 if k == "title" else 14
        pdf.set_font("serif", "B" if k in ("title", "top", "sub") else "", size)
        line = s if k == "title" else IDS * 2 + s
        if k == "title":
            x = max(left, (210 - pdf.get_string_width(line)) / 2)
        else:
            x = left
        by = y + jit()
        for ch in line:
            w = pdf.get_string_width(ch)
            if x + w > right:
                y += lh
                if y > bottom:
                    pdf.add_page()
                    y = 40.0
                x, by = left, y + jit()
            if ch != IDS:
                pdf.text(x + jit(), by, ch)
            x += w
        y += lh * (1.5 if k == "title" else 1)
        if y > bottom:
            pdf.add_page()
            y = 40.0
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


# ================================================================ text
def _txt(lines, seen, nl="\n"):
    return _payload((nl.join(lines) + nl).encode("utf-8"), ".txt", seen)


def _cjk_width(s):
    return sum(2 if ord(c) > 0x2e80 else 1 for c in s)


def txt_setext_rule_under_headings(text):
    """A plain text whose headings are underlined by a following line of full-width rule characters as
    wide as the heading: `＝` under tops, `－` under subs (typed numbers kept).  Applies where two
    headings are found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    lines = []
    for k, ind, s in items:
        if k == "blank":
            lines.append("")
            continue
        lines.append(("　　" if ind else "") + s)
        if k in ("top", "sub"):
            lines.append(("＝" if k == "top" else "－") * ((_cjk_width(s) + 1) // 2 + (2 if ind else 0)))
    return _txt(lines, _seen(items))


_END = "。；：！？.;:!?"


def txt_runin_subs_fullstop(text):
    """A plain text whose subs run in to the paragraph after them: `（一）强化组织领导。全年…` on one
    indented line (`。` added where the sub has no closing mark); a sub followed by a heading or a
    blank line and then a heading stays alone; tops stay alone.  Applies where two subs are followed
    by body."""
    items = [it for it in _struct(text)]
    nb = [i for i, it in enumerate(items) if it[0] != "blank"]
    follow = {}
    for a, b in zip(nb, nb[1:]):
        if items[a][0] == "sub" and items[b][0] == "body":
            follow[a] = b
    if len(follow) < 2:
        return None
    lines, skip = [], set()
    for i, (k, ind, s) in enumerate(items):
        if i in skip:
            continue
        if k == "blank":
            lines.append("" if not (lines and lines[-1] == "" ) else None)
            continue
        if i in follow:
            b = follow[i]
            skip.update(range(i + 1, b + 1))
            lead = s if s[-1] in _END else s + "。"
            lines.append("　　" + lead + items[b][2])
        else:
            lines.append(("　　" if ind else "") + s)
    lines = [x for x in lines if x is not None]
    return _txt(lines, _seen(items))


def txt_mac_cr_formfeed_before_tops(text):
    """A text saved by an old Mac tool from a paginated file: CR-only line ends, and every part after
    the first opening on a new page -- a form feed at the head of each top's line (as pdftotext
    writes it), no running heads or page numbers.  Applies where two tops are found."""
    items = _struct(text)
    if _n(items, "top") < 2:
        return None
    lines, first = [], True
    for k, ind, s in items:
        if k == "blank":
            lines.append("")
            continue
        ln = ("　　" if ind else "") + s
        if k == "top":
            if not first:
                ln = "\f" + ln
            first = False
        lines.append(ln)
    return _txt(lines, _seen(items), nl="\r")


EXTRA_LEAK = (_AN_LEAK + r"|＝{3,}|－{3,}|\f|\r|<span|<dt|<dd|<dl|font-size|&nbsp;")

ALL_KINDS = {
    "docx_legal_list_over_typed_cjk": docx_legal_list_over_typed_cjk,
    "docx_tops_bold_only_subs_colour_only": docx_tops_bold_only_subs_colour_only,
    "html_cms_line_spans_fontsize_br": html_cms_line_spans_fontsize_br,
    "html_definition_list_parts": html_definition_list_parts,
    "pdf_serif_heads_sans_body_same_size": pdf_serif_heads_sans_body_same_size,
    "pdf_per_char_positioned": pdf_per_char_positioned,
    "txt_setext_rule_under_headings": txt_setext_rule_under_headings,
    "txt_runin_subs_fullstop": txt_runin_subs_fullstop,
    "txt_mac_cr_formfeed_before_tops": txt_mac_cr_formfeed_before_tops,
}
