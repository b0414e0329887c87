"""Form-only edits, seventeenth set (q): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md's list of the formats the CLI reads was read).

Each kind lays the very same report out in a way sets g-p did not try: an OCR export of a printed
公文 (ragged line breaks at 22-30 characters, 公文 page numbers `—N—` between pages), a WeChat paste
with `▼` lines and `◆ ◆ ◆` separators, every clause on its own line (broken after ，；。：), the
title repeated at the foot of the text; Word files whose headings carry an outline level (no
heading style) and whose indents are typed full-width spaces, or whose headings sit each in its
own text box; web pages whose article is lines joined by `<br>` only (no `<p>`) or one `<pre>`; a
GB/T 9704-style PDF with `— N —` page numbers alternating right (odd) and left (even).

An edit returns the edited text, or a `Payload` (set o's: file bytes, suffix, and the text a reader
of the file sees), or None where it does not apply.  Every edit keeps every word of the report;
furniture added (page numbers, separators) carries no word; the only repeated words are the
report's own title (title_repeated_end).  Edits find what they change from the text's own
structure (form_edits' heading regexes, set g's title finder), never from a named document or line.

Which kinds are tuning and which held is decided by split_q.py (random, fixed seed), recorded in
split-q.json; form_edits_q.py / form_edits_q_held.py expose the two parts.
"""
from __future__ import annotations

import html
import random
import re
import zlib

from form_edits import _ENUM_START, _words
from form_edits_g import WS
from form_edits_o2_kinds import docx_read2
from form_edits_o_kinds import (FONT_HEAD, FONT_SUB, _docx_bytes, _docx_doc, _fill_para, _heading_levels,
                                _indent_split, _lines, _payload, _set_east_asia, _title_idx, as_text, docx_read,
                                strip_form)
from form_edits_p_kinds import _pdf, _zone_text

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CLOSERS = "，。；：、！？）》」』”’%％,.;:!?)"


def _nl(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _rng(text: str) -> random.Random:
    return random.Random(zlib.crc32(text.encode("utf-8")))


# ================================================================ plain text
def _wrap(ln: str, width: int) -> list[str]:
    """Break a line into pieces of `width` characters (the indent counts on the first), a closing
    mark never starting a piece (it stays at the end of the piece before, as a printer sets it), a
    number never split and no piece starting with what reads as an enumerator (一、 （二） 3. …)."""
    out, cur = [], ""
    for j, ch in enumerate(ln):
        if (len(cur) >= width and ch not in CLOSERS and not (ch.isdigit() or ln[j - 1].isdigit())
                and not _ENUM_START.match(ln[j:])):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return out


def ocr_ragged_pages(text):
    """Plain text as an OCR engine exports a scanned printed 公文: every line longer than the page
    width broken into lines of 22-30 characters (the width drawn per page, as scans are skewed
    and cropped differently), no hyphen or mark at the joins, and at every page end (every 28
    output lines) a blank line, the page number in 公文 style `—N—` centred by spaces, and a blank
    line -- also where a page ends mid-paragraph."""
    lines = _lines(text)
    nl = _nl(text)
    rng = _rng(text)
    out, page, count, width = [], 1, 0, rng.randint(22, 30)
    for ln in lines:
        for piece in (_wrap(ln, width) if len(ln) > width else [ln]):
            out.append(piece)
            count += 1
            if count == 28:
                out += ["", " " * 14 + f"—{page}—", ""]
                page, count, width = page + 1, 0, rng.randint(22, 30)
    res = nl.join(out) + (nl if text.endswith(("\n", "\r")) else "")
    return res if page > 1 else None


def wechat_arrow_separators(text):
    """Text copied from a WeChat official-account article: a line `▼` (centred) just above each
    top-level heading, and a decorative line `◆ ◆ ◆` between the parts (above the ▼ of every top
    heading but the first) and under the title.  Applies where there are at least two top headings."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    tops = [i for i, l in lv.items() if l == 0]
    if len(tops) < 2:
        return None
    out = []
    for i, ln in enumerate(lines):
        if i in tops:
            if i != tops[0]:
                out += ["", "　　　　◆　◆　◆", ""]
            out.append("　　　　　　▼")
        out.append(ln)
        if i == ti:
            out += ["　　　　◆　◆　◆"]
    return _nl(text).join(out) + (_nl(text) if text.endswith(("\n", "\r")) else "")


_CLAUSE = re.compile(r"(?<=[，；。：])(?=[^，；。：！？）》”’\s])")


def clause_per_line(text):
    """Every body line broken into one line per clause: a line end after each ，；。： that more
    text follows (a closing mark stays with its clause), the line's indent on its first clause
    only, as text pasted from a phone note or a slide's notes.  Headings and the title untouched."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    out, changed = [], False
    for i, ln in enumerate(lines):
        if i in lv or i == ti or len(ln.strip(WS)) < 20:
            out.append(ln)
            continue
        pieces = _CLAUSE.split(ln)
        changed |= len(pieces) > 1
        out += pieces
    return _nl(text).join(out) + (_nl(text) if text.endswith(("\n", "\r")) else "") if changed else None


def title_repeated_end(text):
    """The report's title repeated as the last line, after a blank line and centred by full-width
    spaces (as in a 汇编 where the piece's title closes it, or a web page that prints the title
    again above its footer).  Applies where a title is found."""
    lines = _lines(text)
    ti = _title_idx(lines)
    if ti is None:
        return None
    nl = _nl(text)
    body = text.rstrip("\r\n" + WS)
    return body + nl + nl + "　　　　" + lines[ti].strip(WS) + nl


# ================================================================ Word .docx
def docx_outline_fullwidth_indent(text):
    """.docx where headings are ordinary paragraphs with an outline level set on the paragraph
    (`<w:outlineLvl w:val="0|1"/>`: 段落 → 大纲级别 1级/2级, no Heading style, so they show in the
    navigation pane), the number typed as in the text, and body paragraphs indented by two typed
    full-width spaces (U+3000) instead of a first-line indent.  Title centred as set o's."""
    from docx.oxml import parse_xml
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    if not lv:
        return None
    d = _docx_doc()
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        if not ln.strip():
            continue
        ind, s = _indent_split(ln)
        if i == ti:
            _fill_para(p, ln, None, True)
            continue
        r = p.add_run(("\u3000\u3000" if ind else "") + s)
        if i in lv:
            _set_east_asia(r, FONT_HEAD if lv[i] == 0 else FONT_SUB)
            p._p.get_or_add_pPr().append(parse_xml(f'<w:outlineLvl xmlns:w="{W_NS}" w:val="{lv[i]}"/>'))
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


def docx_heading_textboxes(text):
    """.docx where each top-level and sub heading is shown in its own borderless text box (VML
    `<w:pict><v:shape type="#_x0000_t202"><v:textbox><w:txbxContent>`, inline-anchored in an
    otherwise empty paragraph at the heading's place), as WPS templates draw heading bars; the
    rest as set o's docx_plain_paras.  Applies where there is at least one heading."""
    from docx.oxml import parse_xml
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    if not lv:
        return None
    d = _docx_doc()
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        if not ln.strip():
            continue
        if i in lv:
            ind, s = _indent_split(ln)
            font = FONT_HEAD if lv[i] == 0 else FONT_SUB
            e = html.escape(s, quote=False)
            pict = parse_xml(
                f'<w:r xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
                f'<v:shape id="HeadBox{i}" type="#_x0000_t202" style="width:440pt;height:28pt;mso-position-horizontal:left" '
                'stroked="f" filled="f"><v:textbox inset="0,0,0,0"><w:txbxContent>'
                + (f'<w:p><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>' if ind else '<w:p>')
                + f'<w:r><w:rPr><w:rFonts w:eastAsia="{font}"/><w:sz w:val="32"/></w:rPr>'
                f'<w:t xml:space="preserve">{e}</w:t></w:r></w:p>'
                '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
            p._p.append(pict)
        else:
            _fill_para(p, ln, None, i == ti)
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read2(data))


# ================================================================ HTML
def _head(title: str) -> str:
    return (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n</head>\n<body>\n')


def html_br_only(text):
    """UTF-8 page whose article is one `<div id="content">` of text lines joined by `<br>` (a
    blank line two `<br>`), no `<p>` at all, the indent typed as U+3000 characters, the title
    the first line inside the div in `<b>` and the page `<title>` -- as an old CMS's plain-text
    editor or a forum post shows a report."""
    lines = _lines(text)
    ti = _title_idx(lines)
    t = html.escape(lines[ti].strip(WS), quote=False) if ti is not None else ""
    parts = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        e = html.escape(s, quote=False)
        if i == ti:
            e = f"<b>{e}</b>"
        parts.append(("\u3000\u3000" if ind else "") + e)
    page = _head(t) + '<div id="content">\n' + "<br>\n".join(parts) + "\n</div>\n</body>\n</html>\n"
    return _payload(page.encode("utf-8"), ".html", _zone_text(page, "content"))


def html_pre_block(text):
    """UTF-8 page whose article is the report's text as it is, in one `<pre id="content"
    style="white-space:pre-wrap">` (a plain-text file put on the web by a CMS 'text' field or a
    mail archive), the title also in `<title>`."""
    lines = _lines(text)
    ti = _title_idx(lines)
    t = html.escape(lines[ti].strip(WS), quote=False) if ti is not None else ""
    body = html.escape("\n".join(lines), quote=False)
    page = _head(t) + f'<pre id="content" style="white-space:pre-wrap;font-family:inherit">{body}</pre>\n</body>\n</html>\n'
    seen = html.unescape(re.search(r"<pre[^>]*>(.*)</pre>", page, re.S).group(1))
    return _payload(page.encode("utf-8"), ".html", seen)


# ================================================================ PDF
def pdf_gongwen_page_numbers(text):
    """A4 PDF with a text layer laid out as GB/T 9704 公文: margins 37/28/26/35 mm, 16 pt body,
    title centred 22 pt, headings bold, no header, and the page number as `— N —` (em dashes with
    spaces, 14 pt) under the text block, right-aligned on odd pages and left-aligned on even pages
    (单页码居右、双页码居左)."""
    from fpdf import FPDF  # noqa: F401
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    pdf = _pdf()

    def footer():
        pdf.set_y(-28)
        pdf.set_font("serif", "", 14)
        n = pdf.page_no()
        pdf.set_x(pdf.l_margin + 7 if n % 2 == 0 else pdf.l_margin)
        pdf.cell(pdf.w - pdf.l_margin - pdf.r_margin - 7, 8, f"— {n} —", align="R" if n % 2 else "L")

    pdf.footer = footer
    pdf.set_margins(28, 37, 26)
    pdf.set_auto_page_break(True, 35)
    pdf.add_page()
    for i, ln in enumerate(lines):
        s = ln.rstrip(WS)
        if i == ti:
            pdf.set_font("serif", "", 22)
            pdf.multi_cell(0, 12, s.strip(WS), align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("serif", "B" if i in lv else "", 16)
        pdf.multi_cell(0, 10, s if s else " ", align="L", new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    return _payload(data, ".pdf", "\n".join(lines))


# ================================================================ words check and heading norm
_PAGE_NO = re.compile(r"(?m)^[ \t\u3000]*—[ \u3000]?\d+[ \u3000]?—[ \t\u3000]*$")


def strip_form_q(t: str) -> str:
    return strip_form(_PAGE_NO.sub("", t))


def words_kept(original: str, edited) -> bool:
    """Same words in the same order (form_edits' word filter: whitespace, punctuation, heading
    numbers ignored) after strip_form_q on both sides (page-number lines `—N—` dropped, line ends,
    NFC then NFKC); a Payload is compared through the text a reader of it sees.  A last line that
    repeats an earlier line of the text (the title repeated at the end) is dropped before comparing."""
    o = _words(strip_form_q(original), False)
    e_text = strip_form_q(as_text(edited))
    if _words(e_text, True) == o:
        return True
    ls = [x for x in e_text.split("\n") if x.strip()]
    if ls and ls[-1].strip(WS) in {x.strip(WS) for x in ls[:-1]}:
        return _words("\n".join(ls[:-1]), True) == o
    return False


EXTRA_LEAK = r"—\s?\d+\s?—|▼|◆|<br|<pre|<b>|&#\d+;|&lt;|&gt;|&amp;"


def heading_norm(h):
    s = strip_form_q(h or "")
    s = re.sub(r"^[" + WS + r"]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])", "", s)
    return "".join(ch for ch in s if ch.isalnum())


ALL_KINDS = {
    "ocr_ragged_pages": ocr_ragged_pages,
    "wechat_arrow_separators": wechat_arrow_separators,
    "clause_per_line": clause_per_line,
    "title_repeated_end": title_repeated_end,
    "docx_outline_fullwidth_indent": docx_outline_fullwidth_indent,
    "docx_heading_textboxes": docx_heading_textboxes,
    "html_br_only": html_br_only,
    "html_pre_block": html_pre_block,
    "pdf_gongwen_page_numbers": pdf_gongwen_page_numbers,
}
