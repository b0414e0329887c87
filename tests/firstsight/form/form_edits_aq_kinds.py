"""Form-only edits, forty-third set (aq): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery -- set ap's helpers -- and avoid their kinds).

Focus: what real government files and pages produce and earlier sets did not try -- a plain text
whose tops sit in box-drawing frames (an old DOS/中文之星 editor's 制表符 boxes); a text browser's
dump (lynx / w3m -dump) of the article page, with numbered link chrome, a 3-space body indent and a
References list; a form-style CMS page whose parts are <fieldset> with the top in <legend>; a page
whose top headings are banner graphics drawn as inline SVG <text>; Word whose tops are a bullet list
(■) over the typed numbers; Word copied between templates so every paragraph names a style that the
file does not define (formatting direct only); a PDF whose running head is the current part's
heading (a book-like header); a PDF with a page border and a red square drawn (vector, no text)
before each top.

An edit returns a `Payload` (set o's) whose `text` is the report as its reader sees it; or None where
it does not apply.  Edits find what they change from the text's own structure (aa's `_struct`),
never from a named document or line.  Which kinds are tuning and which held is decided by
split_aq.py (random, fixed seed).
"""
from __future__ import annotations

from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_t_kinds import WX, _build, _x, _pdf_base, _wrap28
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct
from form_edits_ah_kinds import _facts, _seen
from form_edits_ai_kinds import _page
from form_edits_am_kinds import _font_rpr, FAM
from form_edits_ap_kinds import EXTRA_LEAK as _AP_LEAK, heading_norm  # noqa: F401

IDS = "\u3000"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Chrome wording (data): a text browser's link list and a site's menu.
LYNX_MENU = ["首页", "政务公开", "政策文件", "法治政府建设", "互动交流"]
LYNX_URLS = ["http://www.example.gov.cn/", "http://www.example.gov.cn/zwgk/", "http://www.example.gov.cn/zcwj/",
             "http://www.example.gov.cn/zwgk/fzzfjs/", "http://www.example.gov.cn/hdjl/"]
LYNX_FOOT = ["[6]打印本页", "[7]关闭窗口"]


def _n(items, *ks):
    return sum(1 for k, _, _ in items if k in ks)


def _fp(inner, jc=None, indent=True, extra=""):
    ppr = (extra + '<w:spacing w:line="560" w:lineRule="exact"/>'
           + ('<w:ind w:firstLine="640"/>' if indent else "") + (f'<w:jc w:val="{jc}"/>' if jc else ""))
    return f"<w:p {WX}><w:pPr>{ppr}</w:pPr>{inner}</w:p>"


def _fr(s, font, size=32, bold=False, color=None):
    return f'<w:r>{_font_rpr(font, size, bold, color)}<w:t xml:space="preserve">{_x(s)}</w:t></w:r>' if s else ""


def _txt(lines, seen, nl="\n"):
    return _payload((nl.join(lines) + nl).encode("utf-8"), ".txt", seen)


def _w(s):
    return sum(2 if ord(c) > 0x2e80 else 1 for c in s)


def _wrapw(s, cells):
    """s broken into lines of at most `cells` display cells (a closing mark never starts a line, a run of
    ASCII letters / digits is never cut, as a text browser wraps)."""
    out, cur = [], ""
    for ch in s:
        in_word = cur and ch.isascii() and (ch.isalnum() or ch in ".%") and cur[-1].isascii() and (cur[-1].isalnum() or cur[-1] == ".")
        if cur and _w(cur + ch) > cells and ch not in "，。；：、！？）》”’,.;:!?)%" and not in_word:
            out.append(cur)
            cur = ""
        cur += ch
    if cur:
        out.append(cur)
    return out


# ================================================================ text
def txt_box_drawn_top_frames(text):
    """A plain text from an old DOS-era editor (中文之星 / WPS for DOS 制表符): each top heading drawn
    inside a box of box-drawing characters -- `┌──…┐`, `│一、…│`, `└──…┘` on three lines -- subs and
    body as typed, blank lines kept.  Applies where two tops are found."""
    items = _struct(text)
    if _n(items, "top") < 2:
        return None
    lines = []
    for k, ind, s in items:
        if k == "blank":
            lines.append("")
        elif k == "top":
            n = max(2, -(-_w(s) // 2))
            lines += ["┌" + "─" * n + "┐", "│" + s + "│", "└" + "─" * n + "┘"]
        else:
            lines.append(("　　" if ind else "") + s)
    return _txt(lines, _seen(items))


def txt_lynx_dump_links(text):
    """`lynx -dump` (or w3m) of the article page, as archiving scripts save it: the site menu as
    numbered links on one line at the top, headings (the page's <h*>) flush left, body paragraphs
    wrapped at 76 cells with a 3-space indent on every line, `[6]打印本页 [7]关闭窗口` after the
    article and a `References` list of the link URLs at the end.  Applies where two headings are found."""
    items = _struct(text)
    if _n(items, "top", "sub") < 2:
        return None
    lines = ["   " + "  ".join(f"[{i + 1}]{m}" for i, m in enumerate(LYNX_MENU)), ""]
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            lines += ["", s, ""]
        elif k in ("top", "sub"):
            lines += ["", s, ""]
        else:
            lines += ["   " + p for p in _wrapw(s, 73)]
            lines.append("")
    lines += ["", "   " + " ".join(LYNX_FOOT), "", "References", ""]
    lines += [f"{i + 1:4d}. {u}" for i, u in enumerate(LYNX_URLS)]
    lines += [f"{6:4d}. javascript:window.print()", f"{7:4d}. javascript:window.close()"]
    return _txt(lines, _seen(items))


# ================================================================ HTML
def html_fieldset_legend_parts(text):
    """A form-style CMS template (its article area built from the site's form widgets): each part a
    `<fieldset>` whose top heading is the `<legend>`; subs `<p><b>`; body `<p>`; the preamble before
    the first top in a fieldset of its own without legend; title `<h2>`.  Applies where two tops are
    found."""
    items = _struct(text)
    if _n(items, "top") < 2:
        return None
    out, open_ = [], False
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            out.append(f'<h2 class="title">{_x(s)}</h2>')
            continue
        if k == "top":
            if open_:
                out.append("</fieldset>")
            out.append(f'<fieldset class="part"><legend>{_x(s)}</legend>')
            open_ = True
            continue
        if not open_:
            out.append('<fieldset class="part">')
            open_ = True
        out.append(f"<p><b>{_x(s)}</b></p>" if k == "sub" else f"<p>{_x(s)}</p>")
    if open_:
        out.append("</fieldset>")
    body = '<div class="article">\n' + "\n".join(out) + "\n</div>"
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


def html_svg_text_headings(text):
    """A page whose top headings are banner graphics made in the editor's 135/秀米-style tool and kept
    as inline SVG: `<svg>` with a red `<rect>` and the heading in a white `<text>` element (the words
    are real text, selectable); subs `<p><strong>`, body `<p>`, title `<h1>`.  Applies where two tops
    are found."""
    items = _struct(text)
    if _n(items, "top") < 2:
        return None
    out = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            out.append(f"<h1>{_x(s)}</h1>")
        elif k == "top":
            w = 20 + 18 * len(s)
            out.append(f'<section class="banner"><svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="40" '
                       f'viewBox="0 0 {w} 40"><rect x="0" y="0" width="{w}" height="40" rx="6" fill="#c8161d"/>'
                       f'<text x="10" y="27" font-size="18" font-family="黑体" fill="#ffffff">{_x(s)}</text></svg></section>')
        elif k == "sub":
            out.append(f"<p><strong>{_x(s)}</strong></p>")
        else:
            out.append(f'<p style="text-indent:2em">{_x(s)}</p>')
    body = '<div class="rich_media_content">\n' + "\n".join(out) + "\n</div>"
    f = _facts(items)
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


# ================================================================ Word
_BULLET_ABS = (
    f'<w:abstractNum {WX} w:abstractNumId="71"><w:nsid w:val="5A1B2C71"/><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="■"/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:hint="eastAsia"/><w:color w:val="C00000"/></w:rPr>'
    '</w:lvl></w:abstractNum>')


def docx_bullet_list_over_typed_numbers(text):
    """Word where the writer clicked the 项目符号 button on the tops: each top is in a bullet list
    (numFmt bullet, lvlText `■`, red, hanging 420) and keeps its typed number after the bullet
    (`■一、…` on screen); tops 黑体, subs 楷体, body 仿宋 indented.  Applies where two tops are found."""
    from docx.oxml import parse_xml
    items = _struct(text)
    if _n(items, "top") < 2:
        return None
    paras = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            paras.append(_fp(_fr(s, FAM["title"], 44), jc="center", indent=False))
        elif k == "top":
            paras.append(_fp(_fr(s, FAM["top"], 32), indent=False,
                             extra='<w:numPr><w:ilvl w:val="0"/><w:numId w:val="71"/></w:numPr>'))
        else:
            paras.append(_fp(_fr(s, FAM["sub" if k == "sub" else "body"], 32), indent=(k == "sub" or ind)))

    def numbering(d):
        numb = d.part.numbering_part.element
        first = numb.find("{%s}num" % W_NS)
        el = parse_xml(_BULLET_ABS)
        if first is not None:
            first.addprevious(el)
        else:
            numb.append(el)
        numb.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="71"><w:abstractNumId w:val="71"/></w:num>'))
    return _payload(_docx_bytes(_build(paras, before_body=numbering)), ".docx", _seen(items))


def docx_undefined_style_ids(text):
    """Word whose paragraphs were pasted from another unit's template: every paragraph names a style
    the file does not define (`w:pStyle` 1级标题 / 2级标题 / 正文首行缩进 / 公文标题 -- dangling ids,
    as Word keeps them when the styles part was rebuilt), all looks set by direct formatting (title
    小标宋 22 pt centred, tops 黑体, subs 楷体 bold, body 仿宋 indented).  Applies where two tops are
    found."""
    items = _struct(text)
    if _n(items, "top") < 2:
        return None
    sid = {"title": "公文标题", "top": "1级标题", "sub": "2级标题"}
    paras = []
    for k, ind, s in items:
        if k == "blank":
            continue
        st = f'<w:pStyle w:val="{sid.get(k, "正文首行缩进")}"/>'
        if k == "title":
            paras.append(_fp(_fr(s, FAM["title"], 44), jc="center", indent=False, extra=st))
        elif k == "top":
            paras.append(_fp(_fr(s, FAM["top"], 32), extra=st))
        elif k == "sub":
            paras.append(_fp(_fr(s, FAM["sub"], 32, bold=True), extra=st))
        else:
            paras.append(_fp(_fr(s, FAM["body"], 32), indent=ind, extra=st))
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


# ================================================================ PDF
def _pdf_fonts(fmt="A4", header=None, footer=None):
    pdf = _pdf_base(fmt=fmt, header=header, footer=footer)
    pdf.set_margins(28, 37, 26)
    pdf.set_auto_page_break(True, 30)
    return pdf


def _flow(pdf, items, before_top=None):
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            pdf.set_font("serif", "B", 20)
            pdf.multi_cell(0, 11, s, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            pdf.ln(6)
            continue
        if k == "top" and before_top:
            before_top(pdf, s)
        pdf.set_font("serif", "B" if k in ("top", "sub") else "", 15)
        pdf.multi_cell(0, 9, IDS * 2 + s, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")


def pdf_running_head_current_part(text):
    """A book-like PDF whose running head (from page 2 on) is the heading of the part the page is
    in -- the top last begun, right-aligned 10.5 pt above a 0.3 mm rule -- and whose footer is
    `— n —`; body 15 pt, headings bold, numbers typed.  Applies where two tops are found."""
    items = _struct(text)
    if _n(items, "top") < 2:
        return None
    state = {"top": ""}

    def header(p):
        if p.page_no() > 1 and state["top"]:
            p.set_font("serif", "", 10.5)
            p.set_xy(28, 14)
            p.cell(210 - 54, 6, state["top"], align="R")
            p.set_line_width(0.3)
            p.line(28, 21, 184, 21)
            p.set_xy(28, 37)

    def footer(p):
        p.set_y(-20)
        p.set_font("serif", "", 12)
        p.cell(0, 8, f"— {p.page_no()} —", align="C")

    def before_top(p, s):
        state["top"] = s
    pdf = _pdf_fonts(header=header, footer=footer)
    pdf.add_page()
    _flow(pdf, items, before_top)
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


def pdf_page_border_vector_marks(text):
    """A PDF with a page border on every page (double rule, 1 mm apart) and, before each top, a red
    square drawn as a vector shape (no text) in the left margin next to the heading's line; headings
    bold 15 pt, numbers typed, body 15 pt.  Applies where two tops are found."""
    items = _struct(text)
    if _n(items, "top") < 2:
        return None

    def header(p):
        p.set_line_width(0.5)
        p.rect(15, 15, 180, 267)
        p.set_line_width(0.2)
        p.rect(16.5, 16.5, 177, 264)
        p.set_xy(28, 37)

    def before_top(p, s):
        if p.will_page_break(9):
            p.add_page()
        p.set_fill_color(200, 22, 29)
        p.rect(22, p.get_y() + 2.5, 4, 4, style="F")
        p.set_fill_color(0, 0, 0)
    pdf = _pdf_fonts(header=header)
    pdf.add_page()
    _flow(pdf, items, before_top)
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


EXTRA_LEAK = (_AP_LEAK + r"|[┌┐└┘│─]|<legend|<fieldset|<svg|<text|■|\[\d+\]")

ALL_KINDS = {
    "txt_box_drawn_top_frames": txt_box_drawn_top_frames,
    "txt_lynx_dump_links": txt_lynx_dump_links,
    "html_fieldset_legend_parts": html_fieldset_legend_parts,
    "html_svg_text_headings": html_svg_text_headings,
    "docx_bullet_list_over_typed_numbers": docx_bullet_list_over_typed_numbers,
    "docx_undefined_style_ids": docx_undefined_style_ids,
    "pdf_running_head_current_part": pdf_running_head_current_part,
    "pdf_page_border_vector_marks": pdf_page_border_vector_marks,
}
