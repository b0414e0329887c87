"""Form-only edits, thirty-second set (af): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: two heading levels set alike with the typed numbers removed at ONE level only (Word: both
levels 黑体; HTML: both `<p class="title...">` under a stylesheet), a sub-level told from the body by
colour alone, Word paragraphs that carry only an outline level, a small-page (A5) PDF, HTML with the
heading levels' tags inverted (<h4> tops, <h3> subs) or an in-page anchor directory, and plain texts
not yet tried (a report forwarded twice by mail, quoted "> > "; Markdown with setext tops and ATX
subs; a blank line after each heading only; headings indented deeper than a flush-left body).

An edit returns a `Payload` (set o's), or None where it does not apply.  Edits find what they change
from the text's own structure (aa's `_struct`, t's `_kinds`), never from a named document or line.
Which kinds are tuning and which held is decided by split_af.py (random, fixed seed).
"""
from __future__ import annotations

import re
import unicodedata

from form_edits_g import opencc
from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_t_kinds import WX, _build, _p, _r, _x, _pdf_base
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct
from form_edits_ab_kinds import EXTRA_LEAK as _AB_LEAK
from form_edits_ab_kinds import _has, _page, _unnum, _NUM
from form_edits_ab_kinds import heading_norm as _ab_heading_norm

HEI = "黑体"


def _numbered(items, k):
    return any(_NUM.match(s) for kk, _, s in items if kk == k)


def _title(items):
    return next((s for k, _, s in items if k == "title"), None)


def _seen(items, unnum_levels=()):
    return "\n".join(_unnum(s, k) if k in unnum_levels else s for k, _, s in items if k != "blank")


# ================================================================ Word
def _docx_levels(items, head_fn):
    """Paragraph XML for items; head_fn(kind, indented, text) gives a heading's paragraph XML."""
    paras = []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
        elif k in ("top", "sub"):
            paras.append(head_fn(k, ind, s))
        else:
            paras.append(_p(_r(s, k), k, ind))
    return paras


def _hrun(s, rpr):
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{_x(s)}</w:t></w:r>'


def docx_heiti_both_tops_bare_subs_numbered(text):
    """Both heading levels set alike -- 黑体, 16 pt, not bold, at the body's indent -- the top headings'
    numbers (一、) gone, the sub-headings keeping theirs (（一）): only the numbers tell the levels apart,
    and only at one level."""
    items = _struct(text)
    if not (_has(items, "top") and _numbered(items, "sub")):
        return None
    rpr = f'<w:rFonts w:ascii="{HEI}" w:hAnsi="{HEI}" w:eastAsia="{HEI}" w:hint="eastAsia"/><w:sz w:val="32"/>'
    paras = _docx_levels(items, lambda k, ind, s: _p(_hrun(_unnum(s, k) if k == "top" else s, rpr), "body", True))
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items, ("top",)))


def docx_sub_colour_only_unnumbered(text):
    """Top headings as usual (黑体, numbered); sub-headings differ from the body only in colour (dark
    blue 2E74B5, the body's font and size, no bold) and have lost their numbers."""
    items = _struct(text)
    if not (_has(items, "top") and _has(items, "sub")):
        return None

    def head(k, ind, s):
        if k == "top":
            return _p(_r(s, "top"), "body", ind)
        return _p(_hrun(_unnum(s, k), '<w:rFonts w:hint="eastAsia"/><w:color w:val="2E74B5"/>'), "body", True)

    paras = _docx_levels(items, head)
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items, ("sub",)))


def docx_outline_lvl_plain_unnumbered(text):
    """Headings that look exactly like body paragraphs (same font, size, indent, no bold) but carry a
    direct paragraph outline level (`w:outlineLvl` 0 / 1, what the navigation pane lists), numbers gone."""
    items = _struct(text)
    if not (_has(items, "top") and _has(items, "sub")):
        return None

    def head(k, ind, s):
        lvl = 0 if k == "top" else 1
        return _p(_r(_unnum(s, k), "body"), "body", True, f'<w:outlineLvl w:val="{lvl}"/>')

    paras = _docx_levels(items, head)
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items, ("top", "sub")))


# ================================================================ PDF
def pdf_a5_booklet_pages(text):
    """The report printed as an A5 booklet: small pages (148 x 210 mm), 10.5 pt body, narrow margins,
    page numbers centred at the foot; headings bold with their numbers, the title 15 pt centred."""
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None

    def foot(pdf):
        pdf.set_y(-12)
        pdf.set_font("serif", "", 8)
        pdf.cell(0, 5, str(pdf.page_no()), align="C")

    pdf = _pdf_base(footer=foot, fmt="A5")
    pdf.set_margins(14, 16, 14)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    for k, ind, s in items:
        if k == "blank":
            pdf.ln(2)
            continue
        if k == "title":
            pdf.set_font("serif", "B", 15)
            pdf.multi_cell(0, 8, s, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("serif", "B" if k in ("top", "sub") else "", 10.5)
        pdf.multi_cell(0, 6, ("\u3000\u3000" + s) if ind else s, align="L", new_x="LMARGIN", new_y="NEXT")
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


# ================================================================ HTML
def _html_body(items, head_fn, body_fn=None):
    out = []
    for k, ind, s in items:
        if k in ("blank", "title"):
            continue
        if k in ("top", "sub"):
            out.append(head_fn(k, s))
        else:
            out.append(body_fn(s) if body_fn else f"<p>{_x(s)}</p>")
    return "\n".join(out)


def html_inverted_h_levels(text):
    """A page whose top headings are `<h4>` and sub-headings `<h3>` (a theme that restyled h3 smaller
    than h4, the tags chosen by look): the title `<h1>`, numbers kept."""
    items = _struct(text)
    t = _title(items)
    if not t or not (_has(items, "top") and _has(items, "sub")):
        return None
    body = f"<h1>{_x(t)}</h1>\n" + _html_body(items, lambda k, s: f"<h{4 if k == 'top' else 3}>{_x(s)}</h{4 if k == 'top' else 3}>")
    head = f"<title>{_x(t)}</title>\n<style>h3{{font-size:15px;font-weight:bold}}h4{{font-size:19px}}</style>\n"
    return _payload(_page(body, head).encode("utf-8"), ".html", _seen(items))


def html_inpage_anchor_directory(text):
    """A page that opens with an in-page directory (目录: a list of `<a href="#sN">` links, one per top
    heading) before the report; each top heading is `<p><a name="sN"></a><b>…</b></p>`, subs `<p><b>`,
    a 返回目录 link after each part."""
    items = _struct(text)
    t = _title(items)
    tops = [s for k, _, s in items if k == "top"]
    if not t or len(tops) < 2:
        return None
    n = [0]
    out = []
    for k, ind, s in items:
        if k in ("blank", "title"):
            continue
        if k == "top":
            if n[0]:
                out.append('<p class="back"><a href="#ml">返回目录</a></p>')
            n[0] += 1
            out.append(f'<p><a name="s{n[0]}" id="s{n[0]}"></a><b>{_x(s)}</b></p>')
        elif k == "sub":
            out.append(f"<p><b>{_x(s)}</b></p>")
        else:
            out.append(f'<p style="text-indent:2em">{_x(s)}</p>')
    toc = "".join(f'<li><a href="#s{i + 1}">{_x(s)}</a></li>' for i, s in enumerate(tops))
    body = (f'<h2 style="text-align:center">{_x(t)}</h2>\n<div class="ml" id="ml"><p>目录</p><ul>{toc}</ul></div>\n'
            + "\n".join(out))
    return _payload(_page(body, f"<title>{_x(t)}</title>\n").encode("utf-8"), ".html", _seen(items))


def html_p_title_class_subs_unnumbered(text):
    """Headings as `<p class="title">` (tops, numbered) and `<p class="title title-2">` (subs, their
    numbers gone), both set by the stylesheet in the same bold 黑体 16 px as each other; body
    `<p class="text">`."""
    items = _struct(text)
    t = _title(items)
    if not t or not (_has(items, "top") and _has(items, "sub")):
        return None
    body = (f'<div class="doc-title">{_x(t)}</div>\n'
            + _html_body(items, lambda k, s: f'<p class="title">{_x(s)}</p>' if k == "top"
                         else f'<p class="title title-2">{_x(_unnum(s, k))}</p>',
                         lambda s: f'<p class="text">{_x(s)}</p>'))
    head = (f"<title>{_x(t)}</title>\n<style>.doc-title{{font-size:24px;text-align:center}}"
            ".title{font-family:'黑体',SimHei;font-weight:bold;font-size:16px;margin:12px 0}"
            ".text{text-indent:2em;font-size:16px}</style>\n")
    return _payload(_page(body, head).encode("utf-8"), ".html", _seen(items, ("sub",)))


# ================================================================ plain text
def _txt(out_lines):
    t = "\n".join(out_lines) + "\n"
    return _payload(t.encode("utf-8"), ".txt", t)


def txt_mail_double_quoted(text):
    """The report forwarded twice by mail: a short reply on top, two 原始邮件 header blocks (发件人 /
    发送时间 / 收件人 / 主题), the report's lines quoted "> > " (blank lines "> >")."""
    items = _struct(text)
    t = _title(items) or "年度报告"
    if not _has(items, "top", "sub"):
        return None
    out = ["收到，已转相关科室阅处。", "", "-------- 原始邮件 --------",
           "发件人：\"办公室\" <bgs@example.gov.cn>", "发送时间：2025年2月21日(星期五) 上午9:05",
           "收件人：\"法制科\" <fzk@example.gov.cn>", "主题：转发：" + t[:40], "",
           "> 请审阅附后报告。", "> ", "> -------- 原始邮件 --------",
           "> 发件人：\"法制科\" <fzk@example.gov.cn>", "> 发送时间：2025年2月20日(星期四) 下午4:41",
           "> 主题：" + t[:40], ">"]
    for k, ind, s in items:
        out.append("> >" if k == "blank" else "> > " + ("\u3000\u3000" if ind else "") + s)
    return _payload(("\n".join(out) + "\n").encode("utf-8"), ".txt", _seen(items))


def md_setext_tops_atx_subs(text):
    """Markdown in a mixed style: the title and top headings setext-underlined (=== / ---), the
    sub-headings ATX `### `; numbers kept; blank lines between paragraphs."""
    items = _struct(text)
    if not (_has(items, "top") and _has(items, "sub")):
        return None
    out = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            out += [s, "=" * max(len(s) * 2, 3), ""]
        elif k == "top":
            out += [s, "-" * max(len(s) * 2, 3), ""]
        elif k == "sub":
            out += ["### " + s, ""]
        else:
            out += [s, ""]
    return _payload(("\n".join(out)).encode("utf-8"), ".txt", _seen(items))


def txt_blank_after_headings_only(text):
    """Plain text with a blank line after each heading and none anywhere else; headings flush left,
    every body paragraph indented two full-width spaces."""
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None
    out = []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k in ("top", "sub"):
            out += [s, ""]
        elif k == "title":
            out.append(s)
        else:
            out.append("\u3000\u3000" + s)
    return _txt(out)


def txt_headings_deep_indent_body_flush(text):
    """Plain text with the indents reversed: body paragraphs flush left, top headings indented four
    full-width spaces and sub-headings six (a typist's outline look); no blank lines changed."""
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None
    out = []
    for k, ind, s in items:
        if k == "blank":
            out.append("")
        elif k == "top":
            out.append("\u3000" * 4 + s)
        elif k == "sub":
            out.append("\u3000" * 6 + s)
        else:
            out.append(s)
    return _txt(out)


# ================================================================ set criterion helpers
_T2S = None


def heading_norm(h):
    """NFKC fold (full-width digits / letters) and traditional -> simplified, then a leading mail
    quote or Markdown mark dropped, then ab's heading_norm."""
    global _T2S
    s = unicodedata.normalize("NFKC", h or "")
    if _T2S is None:
        _T2S = opencc("t2s") or (lambda x: x)
    s = _T2S(s)
    s = re.sub(r"^[\s>#\u3000]+", "", s)
    return _ab_heading_norm(s)


EXTRA_LEAK = (_AB_LEAK + r"|^>|> >|^#|===|---|发件人|收件人|原始邮件|返回目录|目录|class=|<h\d|outlineLvl")

ALL_KINDS = {
    "docx_heiti_both_tops_bare_subs_numbered": docx_heiti_both_tops_bare_subs_numbered,
    "docx_sub_colour_only_unnumbered": docx_sub_colour_only_unnumbered,
    "docx_outline_lvl_plain_unnumbered": docx_outline_lvl_plain_unnumbered,
    "pdf_a5_booklet_pages": pdf_a5_booklet_pages,
    "html_inverted_h_levels": html_inverted_h_levels,
    "html_inpage_anchor_directory": html_inpage_anchor_directory,
    "html_p_title_class_subs_unnumbered": html_p_title_class_subs_unnumbered,
    "txt_mail_double_quoted": txt_mail_double_quoted,
    "md_setext_tops_atx_subs": md_setext_tops_atx_subs,
    "txt_blank_after_headings_only": txt_blank_after_headings_only,
    "txt_headings_deep_indent_body_flush": txt_headings_deep_indent_body_flush,
}
