"""Form-only edits, thirty-sixth set (aj): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: the team's last held-out check of this session's build, in layouts no earlier set used -- a
plain text paged by form-feed characters with a running head, headings underlined by a line of
full-width low lines, paragraphs told apart only by full-width spaces at the start of hard-wrapped
lines, an HTML page of ARIA-labelled <section>s after a sticky table of contents, an HTML page in
traditional script with lang="zh-Hant", a DOCX whose title is one column and whose body a continuous
two-column section, a DOCX whose headings sit in block-level content controls, a DOCX whose top
numbering starts again at 一、 in the later part, and a PDF with a thin rule under every heading.

An edit returns a `Payload` (set o's) whose `text` is the report as its reader sees it, furniture
left out; or None where it does not apply.  Edits find what they change from the text's own
structure (aa's `_struct`), never from a named document or line.  Which kinds are tuning and which
held is decided by split_aj.py (random, fixed seed).
"""
from __future__ import annotations

import re

from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_t_kinds import WX, _build, _p, _r, _x, _pdf_base
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct
from form_edits_ah_kinds import _facts, _lines_of, _seen
from form_edits_ai_kinds import EXTRA_LEAK as _AI_LEAK, TOP_NUM, _cn, _txt, _page
from form_edits_ai_kinds import heading_norm as _ai_heading_norm


# ================================================================ text
def txt_formfeed_pages_running_head(text):
    """A text printed from a line printer spool: every 12 non-blank lines a page ends with a blank
    line, `- n -` centred by spaces, and a form-feed character; each later page opens with a running
    head (`<title> 第n页`, or `第n页` where there is no title) and a blank line.  Applies where the
    report has at least 30 non-blank lines."""
    items = _struct(text)
    nb = [i for i, (k, _, _) in enumerate(items) if k != "blank"]
    if len(nb) < 16:
        return None
    f = _facts(items)
    head = (f[0] + "\u3000") if f else ""
    lines = _lines_of(items)
    out, cnt, page = [], 0, 1
    for i, ln in enumerate(lines):
        out.append(ln)
        if items[i][0] != "blank":
            cnt += 1
            if cnt % 12 == 0 and i != nb[-1]:
                page += 1
                out += ["", " " * 30 + f"- {page - 1} -", "\f" + f"{head}第{page}页", ""]
    out += ["", " " * 30 + f"- {page} -"]
    return _txt(out, _seen(items))


def txt_heading_fullwidth_lowline_rule(text):
    """Every top and sub heading followed by its own line of full-width low lines `＿` (as many as
    the heading has characters, at most 30), the way a typist underlines in a plain-text editor.
    Applies where two headings are found."""
    items = _struct(text)
    if sum(1 for k, _, _ in items if k in ("top", "sub")) < 2:
        return None
    out = []
    for k, ind, s in items:
        out.append("" if k == "blank" else ("\u3000\u3000" if ind else "") + s)
        if k in ("top", "sub"):
            out.append("\uff3f" * min(len(s) + (2 if ind else 0), 30))
    return _txt(out, _seen(items))


def txt_ideo_space_starts_hard_wrap(text):
    """No blank lines at all: each body paragraph begins with two full-width spaces and is hard
    wrapped at 32 characters (continuation lines start flush); headings and the title are single
    flush lines.  A paragraph is told from the next only by the full-width spaces.  Applies where
    some body paragraph is longer than 40 characters."""
    items = _struct(text)
    if not any(k == "body" and len(s) > 40 for k, _, s in items):
        return None
    out = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "body":
            t = "\u3000\u3000" + s
            out += [t[i:i + 32] for i in range(0, len(t), 32)]
        else:
            out.append(s)
    return _txt(out, _seen(items))


# ================================================================ HTML
def html_aria_sections_sticky_toc(text):
    """A government site's accessible article page: a `<nav aria-label="目录">` with
    `position:sticky` listing every top heading as a link, then `<main role="main">` with the title in
    `<header role="banner"><h1>`, each part a `<section role="region" aria-labelledby="sN">` whose
    heading is `<h2 id="sN">` (subs `<h3>`), body `<p>`; text before the first top in a section of
    its own.  Applies where two tops are found."""
    items = _struct(text)
    tops = [s for k, _, s in items if k == "top"]
    if len(tops) < 2:
        return None
    f = _facts(items)
    nav = ('<nav aria-label="目录" style="position:sticky;top:0;float:left;width:220px;">\n<ul>\n'
           + "\n".join(f'<li><a href="#s{i + 1}">{_x(s)}</a></li>' for i, s in enumerate(tops)) + "\n</ul>\n</nav>")
    parts, n, open_ = [], 0, False
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            parts.append(f'<header role="banner"><h1>{_x(s)}</h1></header>')
            continue
        if k == "top":
            n += 1
            if open_:
                parts.append("</section>")
            parts.append(f'<section role="region" aria-labelledby="s{n}">\n<h2 id="s{n}">{_x(s)}</h2>')
            open_ = True
            continue
        if not open_:
            parts.append('<section role="region" aria-label="导语">')
            open_ = True
        parts.append(f"<h3>{_x(s)}</h3>" if k == "sub" else f"<p>{_x(s)}</p>")
    if open_:
        parts.append("</section>")
    body = nav + '\n<main role="main" style="margin-left:240px;">\n' + "\n".join(parts) + "\n</main>"
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


def html_zh_hant_traditional(text):
    """A Hong Kong / Taiwan mirror of the page: `<html lang="zh-Hant">`, every line converted to
    traditional script (OpenCC s2t), title `<h1>`, tops `<h2>`, subs `<h3>`, body `<p>`.  Applies
    always.  The reader's text is the traditional text."""
    import opencc
    cv = opencc.OpenCC("s2t")
    items = [(k, ind, cv.convert(s)) for k, ind, s in _struct(text)]
    f = _facts(items)
    out = []
    for k, ind, s in items:
        if k == "blank":
            continue
        tag = {"title": "h1", "top": "h2", "sub": "h3"}.get(k, "p")
        out.append(f"<{tag}>{_x(s)}</{tag}>")
    page = _page(f[0] if f else "正文", "<article>\n" + "\n".join(out) + "\n</article>")
    page = page.replace("<html>", '<html lang="zh-Hant">', 1)
    return _payload(page.encode("utf-8"), ".html", _seen(items))


# ================================================================ Word
def docx_title_onecol_body_twocol_section(text):
    """Word: the title (and anything before the first top) in a one-column section closed by a
    continuous section break (a paragraph-level `w:sectPr` with `w:type continuous`), the rest of the
    report in a two-column section (`w:cols w:num="2" w:space="425"`) -- the body flows in two
    columns.  Applies where a title and two tops are found."""
    items = _struct(text)
    if _facts(items) is None or sum(1 for k, _, _ in items if k == "top") < 2:
        return None
    first_top = next(i for i, (k, _, _) in enumerate(items) if k == "top")
    if first_top == 0:
        return None
    paras = []
    sect1 = ('<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
             '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>'
             '<w:cols w:space="425"/></w:sectPr>')
    for i, (k, ind, s) in enumerate(items):
        if i == first_top - 1:  # the section break closes this paragraph (sectPr last in its pPr)
            jc = '<w:jc w:val="center"/>' if k == "title" else ""
            ind_ = '<w:ind w:firstLine="640"/>' if ind and k != "title" else ""
            paras.append(f'<w:p {WX}><w:pPr>{ind_}{jc}{sect1}</w:pPr>{_r(s, k) if k != "blank" else ""}</w:p>')
        elif k == "blank":
            paras.append(_p(""))
        else:
            paras.append(_p(_r(s, k), k, ind))

    def two_cols(d):
        from docx.oxml.ns import qn
        from docx.oxml import parse_xml
        sp = d.element.body.find(qn("w:sectPr"))
        old = sp.find(qn("w:cols"))
        new = parse_xml(f'<w:cols {WX} w:num="2" w:space="425"/>')
        if old is not None:
            old.addprevious(new)
            sp.remove(old)
        else:
            grid = sp.find(qn("w:docGrid"))
            grid.addprevious(new) if grid is not None else sp.append(new)
        if sp.find(qn("w:type")) is None:
            first = sp.find(qn("w:pgSz"))
            t = parse_xml(f'<w:type {WX} w:val="continuous"/>')
            first.addprevious(t) if first is not None else sp.insert(0, t)

    return _payload(_docx_bytes(_build(paras, before_body=two_cols)), ".docx", _seen(items))


def _sdt(par_xml, alias, n):
    return (f'<w:sdt {WX}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}{n}"/><w:id w:val="{1000 + n}"/>'
            '<w:lock w:val="sdtContentLocked"/><w:text/></w:sdtPr><w:sdtContent>'
            f'{par_xml}</w:sdtContent></w:sdt>')


def docx_block_sdt_heading_controls(text):
    """Word from a fill-in template: the title and every top / sub heading is a paragraph inside a
    block-level plain-text content control (`w:sdt` with alias 标题 / 一级标题 / 二级标题, a tag and a
    content lock); body paragraphs outside any control.  Applies where two headings are found."""
    items = _struct(text)
    if sum(1 for k, _, _ in items if k in ("top", "sub")) < 2:
        return None
    paras = []
    for n, (k, ind, s) in enumerate(items):
        if k == "blank":
            paras.append(_p(""))
        elif k in ("title", "top", "sub"):
            alias = {"title": "标题", "top": "一级标题", "sub": "二级标题"}[k]
            paras.append(_sdt(_p(_r(s, k), k, ind), alias, n))
        else:
            paras.append(_p(_r(s, k), k, ind))
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


def docx_top_numbers_restart_midway(text):
    """Word where the later tops were pasted from another draft: the typed top numbers run 一、二、…
    up to the middle top, then start again at 一、 for the remaining tops (e.g. 一、二、三、一、二、);
    `第N部分` tops renumbered the same way.  Applies where at least three tops carry a Chinese number."""
    items = _struct(text)
    num = [i for i, (k, _, s) in enumerate(items) if k == "top" and TOP_NUM.match(s)]
    if len(num) < 3:
        return None
    cut = (len(num) + 1) // 2
    out = list(items)
    for j, i in enumerate(num):
        k, ind, s = items[i]
        n = j + 1 if j < cut else j - cut + 1
        m = TOP_NUM.match(s)
        lead = f"第{_cn(n)}部分" + m.group(0)[m.group(0).index("部分") + 2:] if m.group(0).startswith("第") else f"{_cn(n)}、"
        out[i] = (k, ind, lead + s[m.end():])
    paras = [_p("") if k == "blank" else _p(_r(s, k), k, ind) for k, ind, s in out]
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(out))


# ================================================================ PDF
def pdf_heading_thin_rule_below(text):
    """A PDF where every top and sub heading is followed by a thin rule (0.2 mm, grey for subs,
    black for tops) drawn across the text width just under it; title centred bold, body indented.
    Applies where two headings are found."""
    items = _struct(text)
    if sum(1 for k, _, _ in items if k in ("top", "sub")) < 2:
        return None
    pdf = _pdf_base()
    pdf.add_page()
    for k, ind, s in items:
        if k == "blank":
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
            y = pdf.get_y() + 0.6
            pdf.set_line_width(0.2)
            pdf.set_draw_color(0, 0, 0) if k == "top" else pdf.set_draw_color(140, 140, 140)
            pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
            pdf.ln(2)
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


# ================================================================ set criterion helpers
_LOWLINE = re.compile("[\uff3f_]{3,}")


def heading_norm(h):
    """Runs of low lines (＿ / _) dropped, then set ai's heading_norm unchanged (emoji, 一是, typed `N.`,
    then set ah's: circled marks, NFKC, t2s, leaders + page number, one typed number, letters and
    digits only)."""
    return _ai_heading_norm(_LOWLINE.sub("", h or ""))


# Furniture this set adds; counted only when NEW against the plain original's heading
# (measure.compare), so a writer's own wording never counts.
EXTRA_LEAK = (_AI_LEAK + r"|\f|第\d+页|＿{3,}|_{3,}|aria-|role=|<nav|<section|<header|<main|目录|"
              r"position:sticky|lang=|zh-Hant|w:sdt|sdtContent|w:sectPr|w:cols|一级标题|二级标题")

ALL_KINDS = {
    "txt_formfeed_pages_running_head": txt_formfeed_pages_running_head,
    "txt_heading_fullwidth_lowline_rule": txt_heading_fullwidth_lowline_rule,
    "txt_ideo_space_starts_hard_wrap": txt_ideo_space_starts_hard_wrap,
    "html_aria_sections_sticky_toc": html_aria_sections_sticky_toc,
    "html_zh_hant_traditional": html_zh_hant_traditional,
    "docx_title_onecol_body_twocol_section": docx_title_onecol_body_twocol_section,
    "docx_block_sdt_heading_controls": docx_block_sdt_heading_controls,
    "docx_top_numbers_restart_midway": docx_top_numbers_restart_midway,
    "pdf_heading_thin_rule_below": pdf_heading_thin_rule_below,
}
