"""Form-only edits, sixteenth set (p): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md's list of the formats the CLI reads was read).

Like set o, most kinds write the report as a *real file* of another format, but each uses a feature
of that format that set o did not: Word section breaks, two text columns, a running header holding
the title, headings in shaded table bars, list numbers set per paragraph by `startOverride`; a page
of a 集约化 government-site CMS with its chrome, an HTML page saved as UTF-16, an MHTML (.mht)
"single file" save; PDFs in two columns, justified with wide character spacing, A3 landscape with
the title as a running header.  Four kinds stay plain text (a BOM at the start of each part's piece,
Word's vertical-tab manual line breaks, 第一部分 top numbers, full-width month/day digits in dates).

An edit returns the edited text, or a `Payload` (set o's: file bytes, suffix, and the text a reader
of the file sees), or None where it does not apply.  Every edit keeps every word of the report and
what a human reader sees; furniture added (a header, a footer, site chrome) carries no word, date or
figure of the report except, where the kind is about that, the report's own title repeated.  Edits
find what they change from the text's own structure (form_edits' heading regexes, set g's title
finder), never from a named document or line.

Which kinds are tuning and which held is decided by split_p.py (random, fixed seed), recorded in
split-p.json; form_edits_p.py / form_edits_p_held.py expose the two parts.
"""
from __future__ import annotations

import copy
import email
import html
import quopri
import re
from email import policy
from html.parser import HTMLParser

from form_edits import TOP_RE, _words, cn_val, headings
from form_edits_g import WS
from form_edits_o_kinds import (FONT_DIR, FONT_HEAD, FONT_SUB, Payload, _docx_bytes, _docx_doc, _field_runs,
                                _fill_para, _heading_levels, _indent_split, _lines, _payload, _set_east_asia,
                                _title_idx, as_text, docx_read, strip_form)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _nl(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _title_first(lines, ti) -> bool:
    return ti is not None and not any(lines[k].strip() for k in range(ti))


# ================================================================ Word .docx
def _plain_doc(lines, lv, ti):
    d = _docx_doc()
    paras = []
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        if ln.strip():
            _fill_para(p, ln, lv.get(i), i == ti)
        paras.append(p)
    return d, paras


def _sect_in_para(p, sect, **cols):
    """Put a section break (a copy of the document's sectPr, changed) at the end of paragraph p."""
    from docx.oxml.ns import qn
    s = copy.deepcopy(sect)
    for k, v in cols.items():
        if k == "type":
            t = s.find(qn("w:type"))
            if t is None:
                t = s.makeelement(qn("w:type"), {})
                s.insert(0, t)
            t.set(qn("w:val"), v)
        elif k == "cols":
            c = s.find(qn("w:cols"))
            if c is None:
                c = s.makeelement(qn("w:cols"), {})
                s.append(c)
            c.set(qn("w:num"), str(v))
            c.set(qn("w:space"), "425")
    p._p.get_or_add_pPr().append(s)


def docx_section_breaks(text):
    """.docx where every top-level part from the second on starts on a new page by a Word section
    break (分节符（下一页）): the section properties `<w:sectPr><w:type w:val="nextPage"/>…` sit in
    the last paragraph before each such top heading; otherwise as set o's docx_plain_paras (one
    paragraph per line, indent as first-line indent, 黑体/楷体 headings).  Nothing visible changes
    but where a page begins."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    tops = [i for i, l in lv.items() if l == 0]
    if len(tops) < 2:
        return None
    d, paras = _plain_doc(lines, lv, ti)
    sect = d.sections[0]._sectPr
    for i in tops[1:]:
        if i > 0:
            _sect_in_para(paras[i - 1], sect, type="nextPage")
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


def docx_two_columns(text):
    """.docx laid out in two text columns (页面布局 → 分栏 → 两栏): the title (and any line above it)
    in a one-column section ended by a continuous section break, the rest of the report in a
    two-column section (`<w:cols w:num="2">`).  Applies where a title is found."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    if ti is None or ti >= len(lines) - 1:
        return None
    d, paras = _plain_doc(lines, lv, ti)
    sect = d.sections[0]._sectPr
    _sect_in_para(paras[ti], sect, type="continuous", cols=1)
    from docx.oxml.ns import qn
    t = sect.find(qn("w:type"))
    if t is None:
        t = sect.makeelement(qn("w:type"), {})
        sect.insert(0, t)
    t.set(qn("w:val"), "continuous")
    c = sect.find(qn("w:cols"))
    if c is None:
        c = sect.makeelement(qn("w:cols"), {})
        sect.append(c)
    c.set(qn("w:num"), "2")
    c.set(qn("w:space"), "425")
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


def docx_header_title(text):
    """.docx with the report's title as the running page header (页眉, centred, small 宋体, on every
    page) and `第 PAGE 页 共 NUMPAGES 页` (fields) as the footer; the body as docx_plain_paras, title
    included.  Applies where a title is found.  The header repeats the title, as a 页眉 does."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    if ti is None:
        return None
    d, _ = _plain_doc(lines, lv, ti)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = hp.add_run(lines[ti].strip(WS))
    r.font.size = Pt(9)
    _set_east_asia(r, "宋体")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("第 ")
    _field_runs(fp, " PAGE ")
    fp.add_run(" 页 共 ")
    _field_runs(fp, " NUMPAGES ")
    fp.add_run(" 页")
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


def docx_headings_in_table(text):
    """.docx whose top headings each sit in a one-cell table drawn as a shaded heading bar (a
    layout writers use for 章节标题: light grey fill, no side borders), sub-headings and body as
    paragraphs (docx_plain_paras).  docx_read reads table cells in place."""
    from docx.oxml import parse_xml
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    tops = {i for i, l in lv.items() if l == 0}
    if not tops:
        return None
    d = _docx_doc()
    for i, ln in enumerate(lines):
        if i in tops:
            t = d.add_table(rows=1, cols=1)
            cell = t.cell(0, 0)
            tcpr = cell._tc.get_or_add_tcPr()
            tcpr.append(parse_xml(f'<w:shd xmlns:w="{W_NS}" w:val="clear" w:color="auto" w:fill="D9D9D9"/>'))
            tcpr.append(parse_xml(f'<w:tcBorders xmlns:w="{W_NS}"><w:top w:val="single" w:sz="8" w:color="808080"/>'
                                  '<w:left w:val="nil"/><w:bottom w:val="single" w:sz="8" w:color="808080"/>'
                                  '<w:right w:val="nil"/></w:tcBorders>'))
            _fill_para(cell.paragraphs[0], ln, 0, False)
        else:
            p = d.add_paragraph()
            if ln.strip():
                _fill_para(p, ln, lv.get(i), i == ti)
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


_ABS = ('<w:abstractNum xmlns:w="{ns}" w:abstractNumId="{aid}"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="{fmt}"/>'
        '<w:lvlJc w:val="left"/><w:suff w:val="nothing"/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>')


def docx_num_start_override(text):
    """.docx whose top and sub heading numbers are drawn by Word lists whose value is *set per
    paragraph* (WPS 设置编号值 / Word 设置编号值 → 开始新列表): every heading paragraph has its own
    `<w:num>` with `<w:lvlOverride><w:startOverride w:val="N"/>`, N the typed number, over a
    single-level chineseCounting list per typed pattern (`%1、`, `（%1）`, `(%1)`; no tab after the
    number); the typed number is removed from the text, so the list draws exactly the number the
    writer typed.  Applies where
    there are at least two standalone top headings with 、 and values ≤ 10 (Word's chineseCounting
    of 11 and more is not what writers type)."""
    from docx.oxml import OxmlElement, parse_xml
    from docx.oxml.ns import qn
    lines = _lines(text)
    hs = [h for h in headings(lines, (0, 1))]
    hs = [(i, lvl, m) for i, lvl, m in hs if cn_val(m.group("num").strip("（()）")) <= 10
          and (lvl == 1 or m.group("sep") == "、")]
    if sum(1 for _, lvl, _ in hs if lvl == 0) < 2:
        return None
    ti = _title_idx(lines)
    d = _docx_doc()
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    abs_ids: dict[str, int] = {}

    def abs_for(fmt: str) -> int:
        # one single-level abstract list per number pattern the writer typed (一、 / （一） / (一))
        if fmt not in abs_ids:
            aid = abs_ids[fmt] = 80 + len(abs_ids)
            a = parse_xml(_ABS.format(ns=W_NS, aid=aid, fmt=fmt))
            if first_num is not None:
                first_num.addprevious(a)
            else:
                numbering.append(a)
        return abs_ids[fmt]

    lv = {i: (lvl, m) for i, lvl, m in hs}
    nid = 100
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        if not ln.strip():
            continue
        if i in lv:
            lvl, m = lv[i]
            val = cn_val(m.group("num").strip("（()）"))
            typed = m.group("num") + (m.group("sep") if lvl == 0 else "")
            aid = abs_for(re.sub("[一二三四五六七八九十]+", "%1", typed))
            numbering.append(parse_xml(
                f'<w:num xmlns:w="{W_NS}" w:numId="{nid}"><w:abstractNumId w:val="{aid}"/>'
                f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{val}"/></w:lvlOverride></w:num>'))
            r = p.add_run(m.group("text"))
            _set_east_asia(r, FONT_HEAD if lvl == 0 else FONT_SUB)
            r.bold = lvl == 1
            numpr = OxmlElement("w:numPr")
            il = OxmlElement("w:ilvl")
            il.set(qn("w:val"), "0")
            ni = OxmlElement("w:numId")
            ni.set(qn("w:val"), str(nid))
            numpr.append(il)
            numpr.append(ni)
            p._p.get_or_add_pPr().insert(0, numpr)
            nid += 1
        else:
            _fill_para(p, ln, None, i == ti)
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


# ================================================================ HTML
class _ZoneText(HTMLParser):
    """Text inside the element whose id is `zone` (or every element when zone is None), a line
    break at <p>, <br>, <h1>, <div> starts inside it."""
    BLOCK = {"p", "br", "h1", "h2", "div", "li", "tr"}
    VOID = {"br", "img", "meta", "link", "hr", "input"}

    def __init__(self, zone):
        super().__init__(convert_charrefs=True)
        self.zone, self.buf, self.depth = zone, [], 0 if zone else 1

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if self.depth:
            if tag not in self.VOID:
                self.depth += 1
            if tag in self.BLOCK:
                self.buf.append("\n")
        elif self.zone and a.get("id") == self.zone:
            self.depth = 1

    def handle_endtag(self, tag):
        if self.depth and self.zone and tag not in self.VOID:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth and data.strip("\r\n"):
            self.buf.append(data)


def _zone_text(page: str, zone) -> str:
    h = _ZoneText(zone)
    h.feed(page)
    t = "".join(h.buf)
    t = re.sub(r"\n+", "\n", t)
    return t.strip("\n")


def _paras_html(lines, lv, ti, skip_title=False) -> str:
    out = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        e = html.escape(s, quote=False)
        if i == ti and skip_title:
            continue
        if not s:
            out.append("<p><br/></p>")
        elif i == ti:
            out.append(f'<p style="text-align:center;"><strong>{e}</strong></p>')
        elif i in lv:
            out.append(f'<p style="text-indent:2em;"><strong>{e}</strong></p>' if ind else f"<p><strong>{e}</strong></p>")
        else:
            out.append(f'<p style="text-indent:2em;">{e}</p>' if ind else f"<p>{e}</p>")
    return "\n".join(out)


def html_jiyue_cms_page(text):
    """The report as a page of the provincial 政府网站集约化平台 (TRS-style templates) serves it:
    UTF-8, the site chrome around the article -- a breadcrumb (当前位置：首页 > 政务公开 > 法定主动公开
    内容 > 法治政府建设), the 字号：[大 中 小] control, 打印 / 关闭 buttons, a share bar, a
    附件 link whose name is the title (.pdf), a 相关链接 box of fixed site names -- the title in
    `<h1 class="article-title">`, the text in `<div class="TRS_Editor" id="zoom">`, `<p>` per line.
    No date, visit count or unit name in the chrome.  Where the title is not the first line (or
    none is found) there is no `<h1>`: every line is in the article and the attachment is 附件1.pdf."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    if not _title_first(lines, ti):
        ti = None   # no title on top: no <h1>, every line in the article, the attachment 附件1.pdf
    title = html.escape(lines[ti].strip(WS), quote=False) if ti is not None else ""
    body = _paras_html(lines, lv, ti, skip_title=True)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="{title}">
<meta name="ColumnName" content="法治政府建设">
<title>{title}</title>
<link rel="stylesheet" href="/images/jyh-common.css">
</head>
<body>
<div class="jyh-top"><div class="wza"><a href="javascript:;" id="cniil_wza">无障碍</a> | <a href="/">长者模式</a></div></div>
<div class="main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="/zwgk/fdzdgknr/fzzfjs/">法治政府建设</a></div>
<div class="article">
{f'<h1 class="article-title">{title}</h1>' if title else ''}
<div class="article-tools">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】 <a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="article-content">
<div class="TRS_Editor" id="zoom">
{body}
</div>
</div>
<div class="article-attach">附件：<a href="/zwgk/fdzdgknr/fzzfjs/W020250101.pdf">{title or '附件1'}.pdf</a></div>
<div class="article-share">分享到：<a href="javascript:;" class="wx">微信</a> <a href="javascript:;" class="wb">微博</a> <a href="javascript:;" class="qq">QQ空间</a></div>
<div class="article-print"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="related"><h2>相关链接</h2><ul><li><a href="https://www.gov.cn/">中国政府网</a></li><li><a href="https://flk.npc.gov.cn/">国家法律法规数据库</a></li></ul></div>
</div>
<div class="footer"><p>主办单位：本网站 | 网站标识码：0000000000</p></div>
</body>
</html>
"""
    seen = (lines[ti].strip(WS) + "\n" if ti is not None else "") + _zone_text(page, "zoom")
    return _payload(page.encode("utf-8"), ".html", seen)


def _simple_page(lines, lv, ti, charset: str) -> str:
    t = html.escape(lines[ti].strip(WS), quote=False) if ti is not None else ""
    return (f'<!DOCTYPE html>\r\n<html>\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\r\n'
            f"<title>{t}</title>\r\n</head>\r\n<body>\r\n<div id=\"content\">\r\n"
            + _paras_html(lines, lv, ti).replace("\n", "\r\n") + "\r\n</div>\r\n</body>\r\n</html>\r\n")


def html_utf16_page(text):
    """A plain article page (title `<title>` and first `<p>` centred, a `<p>` per line) saved as
    UTF-16 LE with BOM `FF FE` and `<meta … charset=utf-16>` (Internet Explorer / Word 另存为网页
    with Unicode encoding)."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    page = _simple_page(lines, lv, ti, "utf-16")
    data = b"\xff\xfe" + page.encode("utf-16-le")
    return _payload(data, ".html", _zone_text(data[2:].decode("utf-16-le"), "content"))


MHT_BOUNDARY = "----MultipartBoundary--Qp7sYwq4Ud2dZ1NqDsSA3a0iVpsyp0hHcJoXh3SvGS----"


def mht_single_file(text):
    """The page saved by a browser as "网页，单个文件 (*.mht)" (Chrome's Save as MHTML): a MIME
    `multipart/related` message whose first part is the article page (as html_utf16_page's page
    but UTF-8) in quoted-printable, a second part a small CSS file; the Subject header is the title
    (RFC 2047 encoded), no Date header."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    page = _simple_page(lines, lv, ti, "utf-8")
    qp = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    from email.header import Header
    subj = Header(lines[ti].strip(WS), "utf-8").encode() if ti is not None else ""
    loc = "https://www.example.gov.cn/zwgk/fzzfjs/t20250101_1.html"
    msg = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {loc}\r\nSubject: {subj}\r\n"
           f"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n"
           f"\tboundary=\"{MHT_BOUNDARY}\"\r\n\r\n\r\n--{MHT_BOUNDARY}\r\n"
           f"Content-Type: text/html\r\nContent-ID: <frame-1A2B3C@mhtml.blink>\r\n"
           f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {loc}\r\n\r\n"
           + qp.replace("\r\n", "\n").replace("\n", "\r\n") +
           f"\r\n--{MHT_BOUNDARY}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\n"
           f"Content-Location: https://www.example.gov.cn/images/common.css\r\n\r\n"
           f"body {{ font-family: =E5=AE=8B=E4=BD=93; }}\r\n\r\n--{MHT_BOUNDARY}--\r\n")
    data = msg.encode("ascii")
    m = email.message_from_bytes(data, policy=policy.default)
    part = next(p for p in m.walk() if p.get_content_type() == "text/html")
    seen = _zone_text(part.get_payload(decode=True).decode("utf-8"), "content")
    return _payload(data, ".mht", seen)


# ================================================================ PDF (fpdf2)
def _pdf(fmt="A4", orientation="P", header_title=None):
    from fpdf import FPDF

    class P(FPDF):
        def header(self):
            if header_title:
                self.set_font("serif", "", 9)
                self.set_y(10)
                self.cell(0, 6, header_title, align="C", new_x="LMARGIN", new_y="NEXT")
                self.line(self.l_margin, 17, self.w - self.r_margin, 17)
                self.set_y(self.t_margin)

        def footer(self):
            self.set_y(-15)
            self.set_font("serif", "", 10)
            self.cell(0, 8, f"第 {self.page_no()} 页", align="C")

    pdf = P(orientation=orientation, format=fmt)
    pdf.set_margins(26, 28, 26)
    pdf.set_auto_page_break(True, 25)
    pdf.add_font("serif", "", FONT_DIR + "NotoSerifCJK-Regular.ttc", collection_font_number=2)
    pdf.add_font("serif", "B", FONT_DIR + "NotoSerifCJK-Bold.ttc", collection_font_number=2)
    return pdf


def pdf_two_columns(text):
    """A4 PDF with a text layer set in two columns (as a 简报/汇编 prints a report): the title
    centred across the page, then the report in two columns (fpdf2 text_columns, gutter 8 mm),
    headings in the bold face, each line a paragraph.  Applies where a title is found; lines above
    the title go above it, full width."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    if ti is None:
        return None
    pdf = _pdf()
    pdf.add_page()
    for i in range(ti + 1):
        s = lines[i].strip(WS)
        pdf.set_font("serif", "", 18 if i == ti else 12)
        pdf.multi_cell(0, 10, s if s else " ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rest = [(i, lines[i].rstrip(WS)) for i in range(ti + 1, len(lines))]
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.5) as cols:
        for i, s in rest:
            if not s.strip(WS):
                continue
            with cols.paragraph() as par:
                if i in lv:
                    pdf.set_font("serif", "B", 12)
                else:
                    pdf.set_font("serif", "", 12)
                par.write(s)
    data = bytes(pdf.output())
    return _payload(data, ".pdf", "\n".join(lines))


def pdf_justified_spaced(text):
    """A4 PDF with a text layer, body lines justified (两端对齐) with a wide letter spacing
    (fpdf2 char spacing 1.2 pt, as a 公文 set to 28 characters a line spreads its glyphs), the title
    centred, headings bold, page number footer `第 N 页`."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    pdf = _pdf()
    pdf.add_page()
    for i, ln in enumerate(lines):
        s = ln.rstrip(WS)
        if i == ti:
            pdf.set_char_spacing(0)
            pdf.set_font("serif", "", 20)
            pdf.multi_cell(0, 11, s.strip(WS), align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("serif", "B" if i in lv else "", 14)
        pdf.set_char_spacing(1.2)
        pdf.multi_cell(0, 9, s if s else " ", align="J" if i not in lv else "L", new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    return _payload(data, ".pdf", "\n".join(lines))


def pdf_a3_landscape_header(text):
    """A3 landscape PDF with a text layer (a report printed on an A3 page turned sideways, as an
    exhibition board / 展板 file), the report's title as the running header of every page above a
    rule, `第 N 页` in the footer, 16 pt body, headings bold.  Applies where a title is found."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    if ti is None:
        return None
    pdf = _pdf("A3", "L", header_title=lines[ti].strip(WS))
    pdf.add_page()
    for i, ln in enumerate(lines):
        s = ln.rstrip(WS)
        if i == ti:
            pdf.set_font("serif", "", 24)
            pdf.multi_cell(0, 13, s.strip(WS), align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("serif", "B" if i in lv else "", 16)
            pdf.multi_cell(0, 10, s if s else " ", align="L", new_x="LMARGIN", new_y="NEXT")
    data = bytes(pdf.output())
    return _payload(data, ".pdf", "\n".join(lines))


# ================================================================ plain text
def bom_per_part(text):
    """A U+FEFF (BOM) at the start of the file and at the start of each top-level part's heading
    line: the text was put together with `copy /b` / `cat` from one UTF-8-with-BOM file per part
    (Notepad saves every piece with a BOM), so a BOM stands mid-file before each piece."""
    lines = _lines(text)
    lv = _heading_levels(lines)
    tops = [i for i, l in lv.items() if l == 0]
    if not tops:
        return None
    out = list(lines)
    for i in tops:
        out[i] = "\ufeff" + out[i]
    if not out[0].startswith("\ufeff"):
        out[0] = "\ufeff" + out[0]
    return _nl(text).join(out)


def vt_manual_breaks(text):
    """Word's manual line breaks as they come out of its object model (Range.Text, some copy
    targets): within each block of lines between blank lines (no blank lines: within each
    top-level part) the line ends are U+000B VERTICAL TAB; blank lines and block ends stay LF --
    the report pasted from a page into Word (the page's <br> as Shift+Enter) and exported as text."""
    lines = _lines(text)
    lv = _heading_levels(lines)
    has_blank = any(not ln.strip() for ln in lines[1:-1])
    seps = []
    for k in range(len(lines) - 1):
        a, b = lines[k], lines[k + 1]
        if has_blank:
            vt = bool(a.strip()) and bool(b.strip())
        else:
            vt = lv.get(k + 1) != 0
        seps.append("\x0b" if vt else _nl(text))
    if "\x0b" not in seps:
        return None
    return lines[0] + "".join(s + ln for s, ln in zip(seps, lines[1:]))


def part_ordinal_tops(text):
    """Standalone top headings `一、X` written `第一部分　X` (ideographic space), as reports laid out
    in 部分 write their top level; sub-headings unchanged."""
    lines = _lines(text)
    hs = headings(lines, (0,))
    if len(hs) < 2:
        return None
    out = list(lines)
    for i, _, m in hs:
        out[i] = f"{m.group('ind')}第{m.group('num')}部分\u3000{lines[i][m.start('text'):]}"
    return _nl(text).join(out)


_FW = str.maketrans("0123456789", "０１２３４５６７８９")
_DATE = re.compile(r"(\d{4}年)?(\d{1,2})月(?:(\d{1,2})(日|号))?")


def fullwidth_month_day(text):
    """In every date, the month and day figures full-width and the year half-width
    (2024年３月１５日): the IME switched to full-width mode half way through typing the date, a
    mix common in typed reports.  Every other figure stays as it is."""
    def rep(m):
        y, mo, d, suf = m.group(1) or "", m.group(2), m.group(3), m.group(4)
        return y + mo.translate(_FW) + "月" + ((d.translate(_FW) + suf) if d else "")
    out = _DATE.sub(rep, text)
    return out if out != text else None


# ================================================================ words check and heading norm
def strip_form_p(t: str) -> str:
    t = t.replace("\ufeff", "").replace("\x0b", "\n")
    t = re.sub(r"(?m)^([" + WS + r"]*)第([一二三四五六七八九十]{1,3})部分\u3000", r"\1\2、", t)
    return strip_form(t)


def words_kept(original: str, edited) -> bool:
    """Same words in the same order (form_edits' word filter: whitespace, punctuation, heading
    numbers ignored) after strip_form_p on both sides (BOM dropped, VT as a line end, 第N部分 as
    N、, line ends, NFC then NFKC); a Payload is compared through the text a reader of it sees."""
    return _words(strip_form_p(original), False) == _words(strip_form_p(as_text(edited)), True)


EXTRA_LEAK = r"\ufeff|\x0b|第 \d+ 页|共 \d+ 页|&nbsp;|&gt;|=[0-9A-F]{2}|当前位置|字号|打印|关闭|分享|附件"


def heading_norm(h):
    s = strip_form_p(h or "")
    s = re.sub(r"^[" + WS + r"]*(?:第?[一二三四五六七八九十]{1,3}(?:[、.．]|部分)|[（(][一二三四五六七八九十]{1,3}[）)])", "", s)
    return "".join(ch for ch in s if ch.isalnum())


ALL_KINDS = {
    "docx_section_breaks": docx_section_breaks,
    "docx_two_columns": docx_two_columns,
    "docx_header_title": docx_header_title,
    "docx_headings_in_table": docx_headings_in_table,
    "docx_num_start_override": docx_num_start_override,
    "html_jiyue_cms_page": html_jiyue_cms_page,
    "html_utf16_page": html_utf16_page,
    "mht_single_file": mht_single_file,
    "pdf_two_columns": pdf_two_columns,
    "pdf_justified_spaced": pdf_justified_spaced,
    "pdf_a3_landscape_header": pdf_a3_landscape_header,
    "bom_per_part": bom_per_part,
    "vt_manual_breaks": vt_manual_breaks,
    "part_ordinal_tops": part_ordinal_tops,
    "fullwidth_month_day": fullwidth_month_day,
}
