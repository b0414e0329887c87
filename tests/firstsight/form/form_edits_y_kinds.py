"""Form-only edits, twenty-fifth set (y): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Each kind gives the very same report as it reaches a reviewer on the way from the writer's Word file:
exported by WPS to PDF with a cover page and bookmarks; pasted into a CMS rich editor (span soup,
inline styles, empty strong tags; nbsp between the characters of headings); copied from a PDF viewer
(hard line breaks mid-word, page header and footer inside paragraphs); saved by a phone notes app;
sent as an e-mail body (format=flowed quoted-printable; "sent from my phone" line); converted by
pandoc to standalone HTML or to Markdown with its title block; with the automatic heading
numbering lost (Word heading styles, bold-only Word / PDF headings, HTML h2/h3, all without numbers);
with heading numbers left on a line of their own.

An edit returns a `Payload` (set o's), or None where it does not apply.  Edits find what they change
from the text's own structure (set t's `_kinds`), never from a named document or line.  Which kinds
are tuning and which held is decided by split_y.py (random, fixed seed).
"""
from __future__ import annotations

import io
import quopri
import re
import unicodedata
import zipfile

from form_edits_o_kinds import _docx_bytes, _indent_split, _lines, _payload
from form_edits_t_kinds import _build, _kinds, _p, _r, _x, _pdf_base, heading_norm  # noqa: F401
from form_edits_t_kinds import words_kept as _words_kept_t
from form_edits_u_kinds import EXTRA_LEAK as _U_LEAK, read_wml
from form_edits_v_kinds import _html_blocks, _paras, _plain_docx
from form_edits_g import WS

_NUM = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])[ \t\u3000]*")


def words_kept(original: str, edited) -> bool:
    """Set t's words check; a text with `- n -` page-footer lines but no form feed (a viewer's copy)
    is read as pdftotext's (form feeds before each footer line), so the running title is dropped."""
    from form_edits_o_kinds import as_text
    raw = as_text(edited)
    if "\f" not in raw and re.search(r"^- \d+ -$", raw, re.M):
        return _words_kept_t(original, re.sub(r"^(- \d+ -)$", "\f\\1", raw, flags=re.M))
    return _words_kept_t(original, edited)


def _has(kinds, *ks):
    return any(k in ks for k in kinds)


def _unnum(s, k):
    return _NUM.sub("", s) if k in ("top", "sub") else s


def _seen_docx(data: bytes) -> str:
    return read_wml(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))


def _w(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _wrap(s: str, cols: int) -> list[str]:
    out, cur, n = [], "", 0
    for c in s:
        w = 2 if unicodedata.east_asian_width(c) in "WF" else 1
        if n + w > cols and cur:
            out.append(cur)
            cur, n = "", 0
        cur += c
        n += w
    if cur or not out:
        out.append(cur)
    return out


def _unnum_blocks(text):
    return [(k, _unnum(s, k)) for k, s in _html_blocks(text)]


# ================================================================ Word
def docx_styles_unnumbered(text):
    """Headings in Word's built-in heading styles (`Heading 1` for top, `Heading 2` for sub) whose
    automatic numbering was lost on the way (another template, list definitions dropped): the heading
    text without any number, no direct bold or size."""
    def runs(s, k):
        return f'<w:r><w:t xml:space="preserve">{_x(_unnum(s, k))}</w:t></w:r>'

    def ppr(k):
        return {"top": '<w:pStyle w:val="Heading1"/>', "sub": '<w:pStyle w:val="Heading2"/>'}.get(k, "")
    paras, kinds, lv, ti = _paras(text, run_fn=runs, ppr_fn=ppr)
    if not _has(kinds, "top", "sub"):
        return None
    data = _docx_bytes(_build(paras))
    return _payload(data, ".docx", _seen_docx(data))


def docx_bold_unnumbered(text):
    """Headings set off only by bold (top: 黑体 bold; sub: bold), with no numbers at all -- the
    numbering was automatic and is gone -- no style, no size; a reader still reads them as headings."""
    def runs(s, k):
        if k in ("top", "sub"):
            return f'<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">{_x(_unnum(s, k))}</w:t></w:r>'
        return _r(s, k)
    paras, kinds, lv, ti = _paras(text, run_fn=runs)
    if not _has(kinds, "top", "sub"):
        return None
    data = _docx_bytes(_build(paras))
    return _payload(data, ".docx", _seen_docx(data))


# ================================================================ PDF
def _pdf_render(lines, kinds, cover=False, unnumbered=False, outline=False):
    pdf = _pdf_base()
    ti = kinds.index("title") if "title" in kinds else None
    if cover and ti is not None:
        pdf.add_page()
        pdf.set_font("serif", "", 24)
        pdf.set_y(100)
        pdf.multi_cell(0, 14, lines[ti].strip(WS), align="C", new_x="LMARGIN", new_y="NEXT")
        if outline:
            pdf.start_section(lines[ti].strip(WS), level=0)
    pdf.add_page()
    for i, ln in enumerate(lines):
        k = kinds[i]
        if cover and i == ti:
            continue
        s = ln.rstrip(WS)
        if unnumbered:
            s = _unnum(s.strip(WS), k) if k in ("top", "sub") else s
        if k == "title":
            pdf.set_font("serif", "", 20)
            pdf.multi_cell(0, 11, s.strip(WS), align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        if outline and k in ("top", "sub"):
            pdf.start_section(s.strip(WS), level=1 if k == "top" else 2)
        pdf.set_font("serif", "B" if k in ("top", "sub") else "", 15)
        pdf.multi_cell(0, 9, s if s else " ", align="L", new_x="LMARGIN", new_y="NEXT")
    return pdf


def pdf_wps_cover_outline(text):
    """A PDF as WPS exports it for submission: a cover page carrying the title alone (large, centred
    down the page), the report from page 2 without the title repeated, bookmarks (outline) for the
    title and every heading, Producer / Creator WPS.  Applies where the title is the first line with
    text (so the cover moves nothing before it)."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if ti is None or any(ln.strip(WS) for ln in lines[:ti]):
        return None
    pdf = _pdf_render(lines, kinds, cover=True, outline=True)
    pdf.set_creator("WPS 文字")
    pdf.set_producer("WPS Office")
    return _payload(bytes(pdf.output()), ".pdf", "\n".join(lines))


def pdf_bold_unnumbered(text):
    """A PDF whose headings are bold only, every heading number gone (automatic numbering lost before
    printing to PDF); the rest as the plain PDF."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if not _has(kinds, "top", "sub"):
        return None
    pdf = _pdf_render(lines, kinds, unnumbered=True)
    seen = [(_unnum(ln.strip(WS), kinds[i]) if kinds[i] in ("top", "sub") else ln) for i, ln in enumerate(lines)]
    return _payload(bytes(pdf.output()), ".pdf", "\n".join(seen))


# ================================================================ HTML
def _page(body, head=""):
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title></title>\n' + head
            + '</head>\n<body>\n' + body + '\n</body>\n</html>\n')


def _seen(bl):
    return "\n".join(s for _, s in bl)


def html_editor_span_soup(text):
    """The report pasted into a CMS rich editor (UEditor / KindEditor): every paragraph a `<p>` with
    inline styles whose text is cut into nested `<span style=...>` pieces every 17 characters, empty
    `<strong></strong>` and `<span></span>` left between pieces, headings `<p><strong><span>`, blank
    `<p><br/></p>` between parts."""
    bl = _html_blocks(text)
    out = []
    for k, s in bl:
        pieces = [s[i:i + 17] for i in range(0, len(s), 17)]
        soup = '<strong></strong>'.join(
            f'<span style="font-family: 仿宋_GB2312, 仿宋; font-size: 21px;"><span style="">{_x(p)}</span></span>'
            + ('<span style="font-family:仿宋"></span>' if j % 2 else '') for j, p in enumerate(pieces))
        if k == "title":
            out.append(f'<p style="text-align: center; line-height: 2em;"><strong><span style="font-size: 29px; '
                       f'font-family: 方正小标宋简体;">{_x(s)}</span></strong></p>')
        elif k in ("top", "sub"):
            out.append('<p><br/></p>' if k == "top" else "")
            out.append(f'<p style="text-indent: 2em; line-height: 2em;"><strong><span style="font-family: '
                       f'{"黑体" if k == "top" else "楷体"}; font-size: 21px;">{_x(s)}</span></strong><strong></strong></p>')
        else:
            out.append(f'<p style="text-indent: 2em; line-height: 2em; margin-top: 0px; margin-bottom: 0px;">{soup}</p>')
    return _payload(_page('<div class="article-content">\n' + "\n".join(o for o in out if o) + "\n</div>").encode("utf-8"),
                    ".html", _seen(bl))


def html_nbsp_char_headings(text):
    """A CMS page whose editor spread the title and every heading out with `&nbsp;` between each pair
    of characters (to "look wider"); headings bold paragraphs, the body plain `<p>`."""
    bl = _html_blocks(text)
    if not any(k in ("title", "top", "sub") for k, _ in bl):
        return None
    out = []
    for k, s in bl:
        if k in ("title", "top", "sub"):
            m = _NUM.match(s)
            pre, rest = (m.group(0), s[m.end():]) if m else ("", s)
            sp = _x(pre) + "&nbsp;".join(_x(c) for c in rest)
            out.append(f'<p style="text-align:center"><strong>{sp}</strong></p>' if k == "title"
                       else f'<p><strong>{sp}</strong></p>')
        else:
            out.append(f"<p>{_x(s)}</p>")
    def spread(s):
        m = _NUM.match(s)
        return (m.group(0) + "\u00a0".join(s[m.end():])) if m else "\u00a0".join(s)
    seen = "\n".join((spread(s) if k in ("title", "top", "sub") else s) for k, s in bl)
    return _payload(_page("\n".join(out)).encode("utf-8"), ".html", seen)


def html_phone_notes_divs(text):
    """The report as a phone notes app exports it (iOS 备忘录 / 华为备忘录 share as HTML): one `<div>`
    per line, `<div><br></div>` for a blank line, headings `<div><b>…</b></div>`, the title
    `<div><h1>`, a system font stack, no `<p>` anywhere."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    out = []
    for i, ln in enumerate(lines):
        s = _indent_split(ln)[1]
        k = kinds[i]
        if not s:
            out.append("<div><br></div>")
        elif k == "title":
            out.append(f"<div><h1>{_x(s)}</h1></div>")
        elif k in ("top", "sub"):
            out.append(f"<div><b>{_x(s)}</b></div>")
        else:
            out.append(f"<div>{_x(s)}</div>")
    head = ('<meta name="viewport" content="width=device-width">\n<style>body{font-family:-apple-system,'
            '"PingFang SC","HarmonyOS Sans SC",sans-serif;font-size:17px}</style>\n')
    return _payload(_page("\n".join(out), head).encode("utf-8"), ".html", "\n".join(_indent_split(ln)[1] for ln in lines))


def html_pandoc_standalone(text):
    """`pandoc -s report.docx -o report.html`: the title in `<header id="title-block-header"><h1
    class="title">`, Heading 1 parts as `<h1 id=...>` (the same level as the title), sub-headings
    `<h2 id=...>`, pandoc's default `<style>` block, paragraphs `<p>`."""
    bl = _html_blocks(text)
    if not any(k == "top" for k, _ in bl):
        return None
    out, n = [], 0
    for k, s in bl:
        n += 1
        if k == "title":
            out.append(f'<header id="title-block-header">\n<h1 class="title">{_x(s)}</h1>\n</header>')
        elif k == "top":
            out.append(f'<h1 id="section-{n}">{_x(s)}</h1>')
        elif k == "sub":
            out.append(f'<h2 id="section-{n}">{_x(s)}</h2>')
        else:
            out.append(f"<p>{_x(s)}</p>")
    head = ('<meta name="generator" content="pandoc">\n<meta name="viewport" content="width=device-width, '
            'initial-scale=1.0, user-scalable=yes">\n<style>\ncode{white-space: pre-wrap;}\nspan.smallcaps'
            '{font-variant: small-caps;}\ndiv.columns{display: flex; gap: min(4vw, 1.5em);}\n'
            'ul.task-list{list-style: none;}\n.display.math{display: block; text-align: center; margin: 0.5rem auto;}'
            '\n</style>\n')
    return _payload(_page("\n".join(out), head).encode("utf-8"), ".html", _seen(bl))


def html_h_unnumbered(text):
    """A page whose headings are `<h2>` (top) and `<h3>` (sub) with the numbers gone (the Word file's
    numbering was automatic and the converter dropped it); the title `<h1>`, paragraphs `<p>`."""
    bl = _unnum_blocks(text)
    if not any(k in ("top", "sub") for k, _ in bl):
        return None
    tag = {"title": "h1", "top": "h2", "sub": "h3"}
    out = [f"<{tag.get(k, 'p')}>{_x(s)}</{tag.get(k, 'p')}>" for k, s in bl]
    return _payload(_page("<article>\n" + "\n".join(out) + "\n</article>").encode("utf-8"), ".html", _seen(bl))


# ================================================================ mail
def mht_mail_plain_flowed(text):
    """The report sent as the body of an e-mail (no attachment) and saved as one file: `multipart/mixed`
    with a single `text/plain; charset=utf-8; format=flowed; delsp=yes` part in quoted-printable, each
    paragraph wrapped at 72 columns with flowed soft breaks (a space before the line end)."""
    from email.header import Header
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    body = []
    for ln in lines:
        s = _indent_split(ln)[1]
        pieces = _wrap(s, 72)
        body += [p + " " for p in pieces[:-1]] + [pieces[-1]]
    qp = quopri.encodestring("\r\n".join(body).encode("utf-8")).decode("ascii").replace("\n", "\r\n")
    qp = re.sub(r"\r\r\n", "\r\n", qp)
    subj = Header(lines[ti].strip(WS), "utf-8").encode() if ti is not None else "=?utf-8?B??="
    b = "----=_Part_3812_10042.1740712345678"
    msg = ("From: <fzb@example.gov.cn>\r\nTo: <review@example.gov.cn>\r\nSubject: " + subj + "\r\n"
           "MIME-Version: 1.0\r\nDate: Fri, 28 Feb 2025 16:12:03 +0800\r\n"
           f"Content-Type: multipart/mixed; boundary=\"{b}\"\r\n\r\n"
           f"--{b}\r\nContent-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + qp + f"\r\n--{b}--\r\n")
    return _payload(msg.encode("ascii"), ".mht", "\n".join(_indent_split(ln)[1] for ln in lines))


def txt_mail_sent_from_phone(text):
    """The report copied out of an e-mail sent from a phone: the body as written, then the mail
    client's closing line `发自我的手机` after a blank line (words check exempt: the line is added)."""
    lines = _lines(text)
    while lines and not lines[-1].strip(WS):
        lines.pop()
    t = "\n".join(lines + ["", "发自我的手机"]) + "\n"
    return _payload(t.encode("utf-8"), ".txt", t)


# ================================================================ Markdown / plain text
def md_pandoc_title_wrapped(text):
    """`pandoc report.docx -t markdown -s` with pandoc's title block (`% title` as the first line),
    top headings `#`, sub-headings `##`, paragraphs wrapped at 72 columns (a CJK character two
    columns), blank lines between blocks.  Applies where the title is the first block."""
    bl = _html_blocks(text)
    if not bl or bl[0][0] != "title":
        return None
    out = []
    for k, s in bl:
        if k == "title":
            out += ["% " + s, ""]
        elif k == "top":
            out += ["# " + s, ""]
        elif k == "sub":
            out += ["## " + s, ""]
        else:
            out += _wrap(s, 72) + [""]
    t = "\n".join(out)
    return _payload(t.encode("utf-8"), ".txt", t)


def txt_pdf_viewer_copy(text):
    """The text as a PDF viewer's select-all + copy gives it: each printed line its own line (33
    CJK columns wide, splitting words anywhere), and at every page end -- after 24 printed lines,
    in the middle of a paragraph if it falls there -- the page footer `- n -` and the running header
    (the title) before the next page's lines."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if ti is None:
        return None
    title = lines[ti].strip(WS)
    out, n, page = [], 0, 1
    for ln in lines:
        s = _indent_split(ln)[1]
        for piece in (_wrap(s, 66) if s else []):
            out.append(piece)
            n += 1
            if n == 24:
                out += [f"- {page} -", title]
                n, page = 0, page + 1
    t = "\n".join(out) + "\n"
    return _payload(t.encode("utf-8"), ".txt", t)


def txt_heading_number_own_line(text):
    """Heading numbers on a line of their own (`一、` / `（一）` alone, the heading text on the next
    line), as copies out of PDFs and tables give them when the number sat in its own text box or cell."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    out, hit = [], 0
    for i, ln in enumerate(lines):
        s = _indent_split(ln)[1]
        m = _NUM.match(s) if kinds[i] in ("top", "sub") else None
        if m and s[m.end():]:
            out += [m.group(0).strip(" \t\u3000"), s[m.end():]]
            hit += 1
        else:
            out.append(ln)
    if not hit:
        return None
    t = "\n".join(out) + "\n"
    return _payload(t.encode("utf-8"), ".txt", t)


EXTRA_LEAK = _U_LEAK + r"|<span|<strong|&nbsp;|<div|<b>|^%|^#|发自我的"

ALL_KINDS = {
    "docx_styles_unnumbered": docx_styles_unnumbered,
    "docx_bold_unnumbered": docx_bold_unnumbered,
    "pdf_wps_cover_outline": pdf_wps_cover_outline,
    "pdf_bold_unnumbered": pdf_bold_unnumbered,
    "html_editor_span_soup": html_editor_span_soup,
    "html_nbsp_char_headings": html_nbsp_char_headings,
    "html_phone_notes_divs": html_phone_notes_divs,
    "html_pandoc_standalone": html_pandoc_standalone,
    "html_h_unnumbered": html_h_unnumbered,
    "mht_mail_plain_flowed": mht_mail_plain_flowed,
    "txt_mail_sent_from_phone": txt_mail_sent_from_phone,
    "md_pandoc_title_wrapped": md_pandoc_title_wrapped,
    "txt_pdf_viewer_copy": txt_pdf_viewer_copy,
    "txt_heading_number_own_line": txt_heading_number_own_line,
}
