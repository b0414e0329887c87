"""Form-only edits, fifteenth set (o): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md's list of the formats the CLI reads was read).

Most kinds of this set write the report as a *file of another format* the way a real file of that
kind arrives (Word .docx written with python-docx, a Word-style .rtf with \\uN escapes, a GBK web
page with a layout table, a PDF with a text layer written with fpdf2), so each edit returns a
`Payload`: the file's bytes, the file-name suffix it would carry, and `text` = the report's text as
a reader of that file sees it (read back from the very file by this module's own small readers, or,
for the PDF, the lines given to the PDF writer), which the words check compares with the original.
Two kinds stay plain text (copy artefacts of PDF extraction and OCR).

Every edit keeps every word of the report and what a human reader sees: only the container, the
encoding, or how a paragraph / indent / heading / number / revision is stored changes, or the text
carries a PDF/OCR copy's code points and spaces.  No furniture carries a word, date or figure of the report (the docx footer is a PAGE
field, the PDF footer the page number).  Edits find what they change from the text's own structure
(form_edits' heading regexes, the title finder of set g), never from a
named document or line.  None of these kinds is in an earlier set (form_edits*.py of sets
base … n): earlier sets wrote every case as a .txt file.

Which kinds are tuning and which held is decided by split_o.py (random, fixed seed) and recorded in
split-o.json; form_edits_o.py / form_edits_o_held.py expose the two parts.
"""
from __future__ import annotations

import html
import io
import re
import unicodedata
from html.parser import HTMLParser

from form_edits import _ENUM_START, SUB_RE, TOP_RE, _core, _words, cn_val, headings, split_lines
from form_edits_g import WS, find_title


class Payload(bytes):
    """A file's bytes; `suffix` its file-name suffix, `text` the report as a reader of it sees it."""
    suffix: str = ".txt"
    text: str = ""


def _payload(data: bytes, suffix: str, text: str) -> Payload:
    p = Payload(data)
    p.suffix = suffix
    p.text = text
    return p


def as_text(x) -> str:
    return x.text if isinstance(x, Payload) else x


def _lines(text: str) -> list[str]:
    lines, _ = split_lines(text)
    return lines


def _heading_levels(lines: list[str]) -> dict[int, int]:
    return {i: lvl for i, lvl, _ in headings(lines, (0, 1))}


def _title_idx(lines: list[str]) -> int | None:
    return find_title(lines)


def _indent_split(ln: str) -> tuple[str, str]:
    s = ln.lstrip(WS)
    return ln[: len(ln) - len(s)], s.rstrip(WS)


# ================================================================ Word .docx (python-docx)
FONT_BODY = "仿宋_GB2312"
FONT_HEAD = "黑体"
FONT_SUB = "楷体_GB2312"


def _docx():
    import docx  # the set's own venv; not a dependency of fzscore
    return docx


def _set_east_asia(run, name: str):
    from docx.oxml.ns import qn
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def _docx_bytes(doc) -> bytes:
    bio = io.BytesIO()
    doc.save(bio)
    return bio.getvalue()


def docx_read(data: bytes) -> str:
    """Paragraph texts in body order (table cells' paragraphs in place), <w:br/> as a line break,
    tabs as tabs.  Word's automatic numbers are not written out (the words check drops numbers)."""
    docx = _docx()
    from docx.oxml.ns import qn
    d = docx.Document(io.BytesIO(data))
    out = []

    def para_text(p):
        buf = []
        for el in p.iter():
            if el.tag == qn("w:t"):
                buf.append(el.text or "")
            elif el.tag == qn("w:br"):
                buf.append("\n")
            elif el.tag == qn("w:tab"):
                buf.append("\t")
        return "".join(buf)

    for el in d.element.body.iterchildren():
        if el.tag == qn("w:p"):
            out.append(para_text(el))
        elif el.tag == qn("w:tbl"):
            for p in el.iter(qn("w:p")):
                out.append(para_text(p))
    return "\n".join(out)


def _docx_doc():
    docx = _docx()
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.size = Pt(16)
    st.font.name = FONT_BODY
    from docx.oxml.ns import qn
    st.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT_BODY)
    return d


def _fill_para(p, ln: str, lvl: int | None, is_title: bool, bold_heads=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    ind, s = _indent_split(ln)
    if is_title:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(s)
        r.font.size = Pt(22)
        _set_east_asia(r, "方正小标宋简体")
        return
    if ind:
        p.paragraph_format.first_line_indent = Pt(32)
    r = p.add_run(s)
    if lvl is not None and bold_heads:
        _set_east_asia(r, FONT_HEAD if lvl == 0 else FONT_SUB)
        r.bold = lvl == 1


def docx_plain_paras(text):
    """Word .docx as an office saves it: one paragraph per line (a blank line an empty paragraph),
    the indent as the paragraph's first-line indent (2 characters) instead of typed spaces, the
    title centred in 方正小标宋, top headings in 黑体, sub-headings in 楷体 bold, body 仿宋."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    d = _docx_doc()
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        if ln.strip():
            _fill_para(p, ln, lv.get(i), i == ti)
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


def docx_heading_styles(text):
    """.docx whose top headings carry Word's built-in style 标题 1 (Heading 1) and sub-headings
    标题 2 (Heading 2), the title style Title; blank lines dropped (the styles' spacing stands in for
    them); body paragraphs Normal with a first-line indent."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    if not lv:
        return None
    d = _docx_doc()
    for i, ln in enumerate(lines):
        if not ln.strip():
            continue
        ind, s = _indent_split(ln)
        if i == ti:
            d.add_paragraph(s, style="Title")
        elif lv.get(i) is not None:
            d.add_paragraph(s, style="Heading 1" if lv[i] == 0 else "Heading 2")
        else:
            _fill_para(d.add_paragraph(), ln, None, False)
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


def docx_soft_breaks(text):
    """.docx pasted from a web page into WPS: each block of lines between blank lines (or, when the
    text has no blank lines, each top-level part) is ONE paragraph whose lines are separated by
    manual line breaks <w:br/> (Shift+Enter), as the paste keeps the page's <br>."""
    lines = _lines(text)
    blocks, cur = [], []
    has_blank = any(not ln.strip() for ln in lines[1:-1])
    lv = _heading_levels(lines)
    for i, ln in enumerate(lines):
        if has_blank:
            if not ln.strip():
                if cur:
                    blocks.append(cur)
                cur = []
                continue
        elif lv.get(i) == 0 and cur:
            blocks.append(cur)
            cur = []
        if ln.strip():
            cur.append(ln)
    if cur:
        blocks.append(cur)
    if not any(len(b) > 1 for b in blocks):
        return None
    d = _docx_doc()
    for b in blocks:
        p = d.add_paragraph()
        for k, ln in enumerate(b):
            r = p.add_run(ln.rstrip(WS))
            if k < len(b) - 1:
                r.add_break()
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


def docx_table_cell(text):
    """.docx from an OA system's 发文 template: the whole report sits in one cell of a one-cell
    table (borders as the template draws them), one paragraph per line inside the cell."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    d = _docx_doc()
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    first = True
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if ln.strip():
            _fill_para(p, ln, lv.get(i), i == ti)
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


def _field_runs(p, instr: str):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for kind, val in (("begin", None), ("instr", instr), ("separate", None), ("text", "1"), ("end", None)):
        r = p.add_run()
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = val
            r._element.append(it)
        elif kind == "text":
            r.text = val
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)


def docx_run_fragments(text):
    """.docx as Word leaves it after editing: every paragraph split into many runs (a new run every
    3-7 characters, alternating rsid-like font settings that look the same: size given on every
    other run, eastAsia font named on the rest), and a page footer `- PAGE -` (a field)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    lines = _lines(text)
    d = _docx_doc()
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        s = ln.rstrip(WS)
        k, step = 0, 3
        while k < len(s):
            r = p.add_run(s[k:k + step])
            if (k // 3) % 2:
                r.font.size = Pt(16)
            else:
                _set_east_asia(r, FONT_BODY)
            k += step
            step = 3 + (step + 2) % 5
    fp = d.sections[0].footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("- ")
    _field_runs(fp, " PAGE ")
    fp.add_run(" -")
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


TRACK_AUTHOR = "微软用户"


def docx_tracked_insertions(text):
    """.docx of a draft revised with 修订 (track changes) on and never accepted: the text of every
    heading and of every third body paragraph sits in an insertion `<w:ins w:author="微软用户">`
    (no date), so Word shows it underlined in colour in 所有标记 view and plain in 最终状态 --
    the words a reader reads are the same."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    d = _docx_doc()
    body_n, rid = 0, 1
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        if not ln.strip():
            continue
        _fill_para(p, ln, lv.get(i), i == ti)
        track = i in lv
        if not track and i != ti:
            body_n += 1
            track = body_n % 3 == 0
        if track:
            ins = OxmlElement("w:ins")
            ins.set(qn("w:id"), str(rid))
            ins.set(qn("w:author"), TRACK_AUTHOR)
            rid += 1
            for r in list(p._p.findall(qn("w:r"))):
                ins.append(r)
            p._p.append(ins)
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


_NUMBERING_XML = (
    '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="90">'
    '<w:multiLevelType w:val="multilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:lvl>'
    '</w:abstractNum>')


def _numbering_consistent(lines, hs) -> bool:
    """Tops numbered 一, 二, … in order; subs numbered from （一） under each top, in order; no sub
    before the first top: then Word's automatic list shows exactly the numbers typed."""
    top_n, sub_n = 0, 0
    for i, lvl, m in hs:
        v = cn_val(m.group("num").strip("（()）"))
        if lvl == 0:
            top_n, sub_n = top_n + 1, 0
            if v != top_n:
                return False
        else:
            sub_n += 1
            if top_n == 0 or v != sub_n:
                return False
    return top_n >= 2


def docx_auto_numbering(text):
    """.docx whose headings are numbered by Word's automatic multi-level list (numbering.xml:
    level 1 `%1、` chineseCounting, level 2 `（%2）`), the typed numbers removed from the heading
    text -- what a reader sees is the same numbers.  Applies only where the typed numbers run
    一, 二 … and （一）, （二） … from each top heading on, so that the list shows them exactly."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    lines = _lines(text)
    hs = headings(lines, (0, 1))
    if not hs or not _numbering_consistent(lines, hs):
        return None
    lv = {i: (lvl, m) for i, lvl, m in hs}
    ti = _title_idx(lines)
    d = _docx_doc()
    numbering = d.part.numbering_part.element
    absn = parse_xml(_NUMBERING_XML)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="90">'
                    '<w:abstractNumId w:val="90"/></w:num>')
    numbering.append(num)
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        if not ln.strip():
            continue
        if i in lv:
            lvl, m = lv[i]
            r = p.add_run(m.group("text"))
            _set_east_asia(r, FONT_HEAD if lvl == 0 else FONT_SUB)
            r.bold = lvl == 1
            ppr = p._p.get_or_add_pPr()
            numpr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), str(lvl))
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), "90")
            numpr.append(il)
            numpr.append(ni)
            ppr.insert(0, numpr)
        else:
            _fill_para(p, ln, None, i == ti)
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


# ================================================================ RTF as Word writes it
RTF_HEAD = (r"{\rtf1\ansi\ansicpg936\deff0\deflang1033\deflangfe2052"
            r"{\fonttbl{\f0\fnil\fcharset134 \'b7\'c2\'cb\'ce_GB2312;}{\f1\fnil\fcharset134 \'ba\'da\'cc\'e5;}}"
            r"\viewkind4\uc1")


def _rtf_u(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif 32 <= o < 128:
            out.append(ch)
        elif ch == "\t":
            out.append(r"\tab ")
        elif o <= 0xFFFF:
            out.append(f"\\u{o if o < 32768 else o - 65536}?")
        else:
            v = o - 0x10000
            for u in (0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF)):
                out.append(f"\\u{u - 65536}?")
    return "".join(out)


def rtf_read(data: bytes) -> str:
    """This set's own reading of the RTF it writes: \\par → line break, \\uN? → the character."""
    s = data.decode("ascii")
    body = s[len(RTF_HEAD):]
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            m = re.match(r"\\(u(-?\d+)\?|par\b ?|tab\b ?|[\\{}]|[a-z]+-?\d* ?)", body[i:])
            tok = m.group(1)
            if m.group(2):
                v = int(m.group(2))
                out.append(chr(v + 65536 if v < 0 else v))
            elif tok.startswith("par"):
                out.append("\n")
            elif tok.startswith("tab"):
                out.append("\t")
            elif tok in ("\\", "{", "}"):
                out.append(tok)
            i += len(m.group(0))
        elif c in "{}":
            i += 1
        else:
            out.append(c)
            i += 1
    t = "".join(out)
    t = t.encode("utf-16", "surrogatepass").decode("utf-16")
    return t[:-1] if t.endswith("\n") else t


def rtf_unicode_escapes(text):
    """.rtf as Word/WPS save it: every non-ASCII character as `\\uN?`, a paragraph per line
    (`\\pard … \\par`), the indent as `\\fi640` instead of typed spaces, the title centred
    (`\\qc`), headings bold in 黑体 (`{\\f1\\b …}`), body 仿宋 (`\\f0`)."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    parts = [RTF_HEAD]
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if i == ti:
            parts.append(r"\pard\qc\f0\fs44 " + _rtf_u(s) + r"\par")
        elif i in lv:
            parts.append(r"\pard" + (r"\fi640" if ind else "") + r"\fs32{\f1\b " + _rtf_u(s) + r"}\par")
        else:
            parts.append(r"\pard" + (r"\fi640" if ind else "") + r"\f0\fs32 " + _rtf_u(s) + r"\par")
    data = ("\r\n".join(parts) + "\r\n}").encode("ascii")
    return _payload(data, ".rtf", rtf_read(data))


# ================================================================ web page in GBK with a layout table
class _HTMLText(HTMLParser):
    BLOCK = {"p", "br", "tr", "div", "h1", "td"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.buf, self.on, self.depth = [], False, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id") == "zoom":
            self.on = True
        if self.on and tag in ("p", "br"):
            self.buf.append("\n")

    def handle_endtag(self, tag):
        if tag == "div" and self.on:
            self.on = False

    def handle_data(self, data):
        if self.on:
            self.buf.append(data)


def html_read(data: bytes, codec: str) -> str:
    h = _HTMLText()
    h.feed(data.decode(codec))
    t = "".join(h.buf)
    return t[1:] if t.startswith("\n") else t


def html_gbk_table_page(text):
    """The report as an older government site serves it: an HTML page in GBK bytes
    (`<meta … charset=gb2312>` when every character is in GB 2312, else `gbk`; a character outside
    GBK as `&#N;`), the article in a layout table (`<table><tr><td>` … `<div id="zoom">`), a
    `<p>` per line (an empty `<p>&nbsp;</p>` for a blank line), the indent as
    `text-indent:2em`, the title `<p align="center"><b>`, headings `<p><b>`.  No site chrome."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    try:
        text.encode("gb2312")
        cs = "gb2312"
    except UnicodeEncodeError:
        cs = "gbk"
    ps = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        e = html.escape(s, quote=False)
        if not s:
            ps.append("<p>&nbsp;</p>")
        elif i == ti:
            ps.append(f'<p align="center"><b>{e}</b></p>')
        elif i in lv:
            ps.append(f'<p style="text-indent:2em"><b>{e}</b></p>' if ind else f"<p><b>{e}</b></p>")
        else:
            ps.append(f'<p style="text-indent:2em">{e}</p>' if ind else f"<p>{e}</p>")
    page = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\r\n<html>\r\n<head>\r\n"
            f'<meta http-equiv="Content-Type" content="text/html; charset={cs}">\r\n</head>\r\n'
            '<body>\r\n<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">\r\n'
            '<tr><td class="bt_content">\r\n<div id="zoom">\r\n' + "\r\n".join(ps) +
            "\r\n</div>\r\n</td></tr>\r\n</table>\r\n</body>\r\n</html>\r\n")
    data = page.encode("gbk", errors="xmlcharrefreplace")
    return _payload(data, ".html", html_read(data, "gbk"))


class _SectionText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.buf, self.on, self.depth = [], False, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id") == "js_content":
            self.on = True
        elif self.on and tag == "section":
            self.buf.append("\n")

    def handle_data(self, data):
        if self.on and data.strip("\r\n"):
            self.buf.append(data)


def html_wechat_read(data: bytes) -> str:
    h = _SectionText()
    h.feed(data.decode("utf-8"))
    t = "".join(h.buf)
    return t[1:] if t.startswith("\n") else t


def html_wechat_sections(text):
    """The report as a WeChat official-account article page stores it: UTF-8 page, the title in
    `<h1 class="rich_media_title">`, the body in `<div class="rich_media_content" id="js_content">`
    where every paragraph is a `<section style=…>` (no `<p>`) with its text in `<span leaf="">`,
    headings `<section style="…"><span leaf=""><strong>…</strong></span></section>`, a blank line an
    empty `<section><br></section>`, the indent as `text-indent: 2em`.  No account chrome."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    secs, title = [], None
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        e = html.escape(s, quote=False)
        if i == ti:
            title = e
            continue
        sty = "margin-bottom: 8px;line-height: 1.75em;" + ("text-indent: 2em;" if ind else "")
        if not s:
            secs.append("<section><br></section>")
        elif i in lv:
            secs.append(f'<section style="{sty}"><span leaf=""><strong>{e}</strong></span></section>')
        else:
            secs.append(f'<section style="{sty}"><span leaf="">{e}</span></section>')
    page = ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n</head>\n<body>\n'
            '<div class="rich_media_area_primary_inner">\n'
            + (f'<h1 class="rich_media_title" id="activity-name">{title}</h1>\n' if title else "")
            + '<div class="rich_media_content" id="js_content" style="visibility: visible;">\n'
            + "\n".join(secs) + "\n</div>\n</div>\n</body>\n</html>\n")
    data = page.encode("utf-8")
    seen = ((html.unescape(title) + "\n") if title else "") + html_wechat_read(data)
    # the words check reads the title from the <h1> and the rest from the sections, in page order;
    # a title found below other lines would be out of order: then the title stays a section
    if title and ti and any(lines[k].strip() for k in range(ti)):
        return None
    return _payload(data, ".html", seen)


# ================================================================ PDF with a text layer (fpdf2)
FONT_DIR = "/usr/share/fonts/opentype/noto/"


def pdf_text_layer(text):
    """A4 PDF with a text layer, as a 公文 printed to PDF: Noto Serif CJK SC 16 pt body, the title
    centred at 22 pt, headings in the bold face, the typed indent kept, lines wrapped by the PDF
    writer at the page width, and the page number `- N -` centred in each page's footer.  Blank
    lines are kept as empty lines."""
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("serif", "", 11)
            self.cell(0, 8, f"- {self.page_no()} -", align="C")

    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    pdf = P(format="A4")
    pdf.set_margins(26, 30, 26)
    pdf.set_auto_page_break(True, 25)
    pdf.add_font("serif", "", FONT_DIR + "NotoSerifCJK-Regular.ttc", collection_font_number=2)
    pdf.add_font("serif", "B", FONT_DIR + "NotoSerifCJK-Bold.ttc", collection_font_number=2)
    pdf.add_page()
    for i, ln in enumerate(lines):
        s = ln.rstrip(WS)
        if i == ti:
            pdf.set_font("serif", "", 20)
            pdf.multi_cell(0, 11, s.strip(WS), align="C", new_x="LMARGIN", new_y="NEXT")
        elif i in lv:
            pdf.set_font("serif", "B", 15)
            pdf.multi_cell(0, 9, s, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("serif", "", 15)
            pdf.multi_cell(0, 9, s if s else " ", align="L", new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    return _payload(data, ".pdf", "\n".join(lines))


# ================================================================ plain-text artefacts
def _compat_map() -> dict[str, str]:
    """unified ideograph → the first CJK COMPATIBILITY IDEOGRAPH (U+F900–U+FAFF) that is canonically
    equivalent to it (NFC maps it back): the glyph is the same."""
    m: dict[str, str] = {}
    for cp in range(0xF900, 0xFB00):
        c = chr(cp)
        if unicodedata.category(c) != "Lo":
            continue
        n = unicodedata.normalize("NFC", c)
        if len(n) == 1 and n != c and n not in m:
            m[n] = c
    return m


COMPAT = _compat_map()


def cjk_compat_ideographs(text):
    """Every character that has a CJK COMPATIBILITY IDEOGRAPH twin (年 → U+F98E, 六 → U+F9D1,
    不 → U+F967, 利 → U+F9DD, 料 → U+F9BE, 理 → U+F9E4, 行 → U+FA08 …) written as that twin, as text
    copied out of a PDF whose font maps those glyphs to the compatibility code points.  Canonically
    equivalent: NFC gives back the original text exactly."""
    out = "".join(COMPAT.get(ch, ch) for ch in text)
    return out if out != text else None


_PUNCT_AFTER = "，。；：、！？"


def ocr_space_after_punct(text):
    """An ASCII space after every full-width ，。；：、！？ that a character follows on the same line,
    as OCR engines and some PDF extractors set them (the glyph's advance read as a gap)."""
    out = re.sub("([" + _PUNCT_AFTER + "])(?=[^\\s])", r"\1 ", text)
    return out if out != text else None


# ================================================================ words check and heading norm
def strip_form(t: str) -> str:
    t = unicodedata.normalize("NFC", t.replace("\r\n", "\n").replace("\r", "\n"))
    return unicodedata.normalize("NFKC", t)


def words_kept(original: str, edited) -> bool:
    """Same words in the same order: form_edits' word filter (whitespace, punctuation, heading
    numbers ignored) after strip_form (line ends, NFC then NFKC) on both sides; a Payload is
    compared through the text a reader of its file sees."""
    return _words(strip_form(original), False) == _words(strip_form(as_text(edited)), True)


EXTRA_LEAK = r"\\u-?\d+|\\par|\\f\d|&nbsp;|&#\d+;|- \d+ -|[\uf900-\ufaff]|leaf=|<section|\u5fae\u8f6f\u7528\u6237"


def heading_norm(h):
    s = strip_form(h or "")
    s = re.sub(r"^[" + WS + r"]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])", "", s)
    return "".join(ch for ch in s if ch.isalnum())


ALL_KINDS = {
    "docx_plain_paras": docx_plain_paras,
    "docx_heading_styles": docx_heading_styles,
    "docx_soft_breaks": docx_soft_breaks,
    "docx_table_cell": docx_table_cell,
    "docx_run_fragments": docx_run_fragments,
    "docx_auto_numbering": docx_auto_numbering,
    "docx_tracked_insertions": docx_tracked_insertions,
    "rtf_unicode_escapes": rtf_unicode_escapes,
    "html_gbk_table_page": html_gbk_table_page,
    "html_wechat_sections": html_wechat_sections,
    "pdf_text_layer": pdf_text_layer,
    "cjk_compat_ideographs": cjk_compat_ideographs,
    "ocr_space_after_punct": ocr_space_after_punct,
}
