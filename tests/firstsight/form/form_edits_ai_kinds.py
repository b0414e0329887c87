"""Form-only edits, thirty-fifth set (ai): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: a broad last check of reading and structure across formats and office habits -- a report
pasted into a 公众号 article (emoji section markers, follow / END furniture), an OA system's export
with a form head and a flow log (GB18030, CRLF), 1. 2. 3. tops with 一是 / 二是 subs (UTF-16LE), Word
with each top heading a one-row shaded banner table, Word headings made by a character style on the
runs, HTML paragraphs as inline-styled <div>s only, an SPA page with the article also in a state
script, a GBK editor page in one <p> with <br> and &nbsp; indents, RTF with every paragraph in a
table row, ODT with the tops' numbers from a list style, a PDF with a diagonal watermark line on every
page, and a PDF set character by character on the 公文 28 x 22 grid.

An edit returns a `Payload` (set o's) whose `text` is the report as its reader sees it, furniture
left out; or None where it does not apply.  Edits find what they change from the text's own
structure (aa's `_struct`), never from a named document or line.  Which kinds are tuning and which
held is decided by split_ai.py (random, fixed seed).
"""
from __future__ import annotations

import io
import json
import re
import zipfile

from form_edits_o_kinds import _docx_bytes, _docx_doc, _payload, _rtf_u, RTF_HEAD, FONT_DIR
from form_edits_t_kinds import WX, _build, _crc, _p, _r, _x, _pdf_base
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct, _sig
from form_edits_ah_kinds import _facts, _lines_of, _seen, _title_i, _insert_after_sig
from form_edits_ah_kinds import EXTRA_LEAK as _AH_LEAK
from form_edits_ah_kinds import heading_norm as _ah_heading_norm

CN = "一二三四五六七八九十"
TOP_NUM = re.compile(r"^(?:第[一二三四五六七八九十]+部分[：:、]?\s*|[一二三四五六七八九十]+[、.．]\s*)")
SUB_NUM = re.compile(r"^[（(][一二三四五六七八九十]+[)）]\s*")


def _cn(n):
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11] if n < 20 else str(n)


def _txt(lines, seen, enc="utf-8", nl="\n", bom=b""):
    t = nl.join(lines) + nl
    return _payload(bom + t.encode(enc), ".txt", seen)


# ================================================================ text
EMO_TOP = ["📌", "🔷", "🟦", "📍", "🔶", "✅", "🏛", "📝"]


def txt_gzh_emoji_markers_follow_tail(text):
    """A 公众号 article copied as text: `点击上方蓝字 关注我们` and a `▼` line above the title; every
    top heading preceded by an emoji marker (📌 / 🔷 / …, one per part) and a space; every sub by `🔹`;
    after the report `— END —`, `来源：<unit>`, `编辑：某某　审核：某某`, `分享 · 点赞 · 在看`.
    Applies where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title, unit, year = f
    lines, n = [], 0
    for k, ind, s in items:
        if k == "top":
            lines.append(EMO_TOP[n % len(EMO_TOP)] + " " + s)
            n += 1
        elif k == "sub":
            lines.append("🔹" + s)
        else:
            lines.append("" if k == "blank" else ("\u3000\u3000" if ind else "") + s)
    out = ["点击上方蓝字 关注我们", "▼", ""] + lines + ["", "— END —", "", f"来源：{unit}", "编辑：某某\u3000审核：某某",
                                                    "分享 · 点赞 · 在看"]
    return _txt(out, _seen(items))


def txt_oa_form_header_flow_log(text):
    """A report exported from an OA system (GB18030, CRLF): a 文件头 block of `字段：值` lines
    (文件标题 the title, 拟稿单位 the unit, 拟稿人, 核稿人, 签发人, 缓急 平件, 密级 公开, 份数), a rule,
    `正文：`, the report, a rule and the 流转记录 (three `yyyy-mm-dd hh:mm 某某 办理 …` lines).
    Applies where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title, unit, year = f
    c = _crc(text)
    head = [f"文件标题：{title}", f"拟稿单位：{unit}", "拟 稿 人：王某某\u3000\u3000核 稿 人：李某某", "签 发 人：张某某",
            "缓\u3000\u3000急：平件\u3000\u3000密\u3000\u3000级：公开\u3000\u3000份\u3000\u3000数：1",
            "=" * 40, "正文：", ""]
    log = ["", "=" * 40, "流转记录：",
           f"{year + 1}-01-{c % 9 + 10:02d} 09:{c % 50 + 10:02d}　王某某　拟稿　提交核稿",
           f"{year + 1}-01-{c % 9 + 11:02d} 15:{c % 40 + 10:02d}　李某某　核稿　同意",
           f"{year + 1}-01-{c % 9 + 12:02d} 10:{c % 30 + 20:02d}　张某某　签发　同意发布"]
    return _txt(head + _lines_of(items) + log, _seen(items), enc="gb18030", nl="\r\n")


def txt_arabic_tops_yishi_subs_utf16(text):
    """UTF-16LE text with a BOM and CRLF, written by an office that numbers its parts `1.` `2.` `3.`
    and the points inside a part `一是` `二是`…: a top's own number (一、 / 第一部分) replaced by
    `N.`, a sub's `（一）` by `一是`, counted within each part.  Headings without such a number kept.
    Applies where at least two tops carry a Chinese number."""
    items = _struct(text)
    if sum(1 for k, _, s in items if k == "top" and TOP_NUM.match(s)) < 2:
        return None
    out, nt, ns = [], 0, 0
    for k, ind, s in items:
        if k == "top" and TOP_NUM.match(s):
            nt, ns = nt + 1, 0
            s = f"{nt}." + TOP_NUM.sub("", s)
        elif k == "sub" and SUB_NUM.match(s):
            ns += 1
            s = _cn(ns) + "是" + SUB_NUM.sub("", s)
        out.append((k, ind, s))
    lines = _lines_of(out)
    return _txt(lines, _seen(out), enc="utf-16-le", nl="\r\n", bom=b"\xff\xfe")


# ================================================================ Word
def _banner(s):
    return (f'<w:tbl {WX}><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="nil"/>'
            '<w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/>'
            '<w:insideV w:val="nil"/></w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="180"/><w:gridCol w:w="8640"/></w:tblGrid><w:tr>'
            '<w:tc><w:tcPr><w:tcW w:w="180" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="C00000"/></w:tcPr>'
            f'<w:p {WX}/></w:tc>'
            '<w:tc><w:tcPr><w:tcW w:w="8640" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="F2DCDB"/>'
            '<w:vAlign w:val="center"/></w:tcPr>'
            f'{_p(_r(s, "top"), "top")}</w:tc></w:tr></w:tbl>')


def docx_top_heading_banner_rows(text):
    """Word: every top heading is a one-row borderless table -- a narrow cell shaded dark red (a
    colour bar) and a wide cell shaded pale red holding the heading (黑体); an empty paragraph after
    each table; everything else ordinary paragraphs.  Applies where two tops are found."""
    items = _struct(text)
    if sum(1 for k, _, _ in items if k == "top") < 2:
        return None
    paras = []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
        elif k == "top":
            paras += [_banner(s), _p("")]
        else:
            paras.append(_p(_r(s, k), k, ind))
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


def docx_heading_char_style_runs(text):
    """Word: headings are Normal paragraphs whose runs carry a linked CHARACTER style (`报告一级字符`:
    黑体 16 pt bold; `报告二级字符`: 楷体 16 pt bold) -- no paragraph style, no direct bold, no outline
    level; the title's run a third character style (22 pt); body runs plain.  Applies where two
    headings are found."""
    items = _struct(text)
    if sum(1 for k, _, _ in items if k in ("top", "sub")) < 2:
        return None
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt
    d = _docx_doc()
    sid = {}
    for k, name, font, size in (("title", "报告标题字符", "方正小标宋简体", 22), ("top", "报告一级字符", "黑体", 16),
                                ("sub", "报告二级字符", "楷体_GB2312", 16)):
        st = d.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
        st.font.bold = k != "title"
        st.font.size = Pt(size)
        st.font.name = font
        sid[k] = st.style_id
    paras = []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
        elif k in sid:
            run = f'<w:r><w:rPr><w:rStyle w:val="{_x(sid[k])}"/></w:rPr><w:t xml:space="preserve">{_x(s)}</w:t></w:r>'
            jc = '<w:jc w:val="center"/>' if k == "title" else ""
            ind_ = '<w:ind w:firstLine="640"/>' if ind else ""
            paras.append(f'<w:p {WX}><w:pPr>{ind_}{jc}</w:pPr>{run}</w:p>')
        else:
            paras.append(_p(f'<w:r><w:t xml:space="preserve">{_x(s)}</w:t></w:r>', "body", ind))
    return _payload(_docx_bytes(_build(paras, doc=d)), ".docx", _seen(items))


# ================================================================ HTML
def _page(title_tag, body, charset="utf-8", head_extra=""):
    return ("<!DOCTYPE html>\n<html>\n<head>\n"
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f"<title>{_x(title_tag)}</title>\n{head_extra}</head>\n<body>\n{body}\n</body>\n</html>\n")


def html_div_inline_style_only(text):
    """A CMS whose editor writes no <p>, <h*>, <b> or class: every paragraph is a `<div style=…>`
    with inline CSS only -- the title `text-align:center;font-size:22pt;font-family:方正小标宋简体`,
    tops `font-family:黑体;font-weight:bold`, subs `font-family:楷体_GB2312;font-weight:700`, body
    `font-family:仿宋_GB2312;text-indent:2em`, blank lines an empty div with a height.  Applies always
    (a document without a title has no title div)."""
    items = _struct(text)
    base = "font-size:16pt;line-height:29pt;margin:0;"
    sty = {"title": "text-align:center;font-size:22pt;line-height:40pt;font-family:方正小标宋简体;",
           "top": base + "font-family:黑体;font-weight:bold;text-indent:2em;",
           "sub": base + "font-family:楷体_GB2312;font-weight:700;text-indent:2em;",
           "body": base + "font-family:仿宋_GB2312;text-indent:2em;"}
    out = []
    for k, ind, s in items:
        if k == "blank":
            out.append('<div style="height:14px;"></div>')
        else:
            out.append(f'<div style="{sty[k]}">{_x(s)}</div>')
    f = _facts(items)
    body = '<div style="width:900px;margin:0 auto;padding:20px 40px;background:#fff;">\n' + "\n".join(out) + "\n</div>"
    return _payload(_page(f[0] if f else "正文", body).encode("utf-8"), ".html", _seen(items))


def html_spa_state_script_copy(text):
    """A page of a single-page-app site, saved after rendering: the article rendered in
    `<div id="app">` (`<h1>` title, `<h3>` tops, `<h4>` subs, `<p>` body), and the same article also as
    JSON in `<script>window.__INITIAL_STATE__={…}</script>` (title, source, the content as HTML with
    escaped tags) placed BEFORE the app div in the body, as server-side rendering leaves it.  Applies
    where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title, unit, year = f
    parts = []
    for k, ind, s in items:
        if k == "blank" or k == "title":
            continue
        tag = {"top": "h3", "sub": "h4"}.get(k, "p")
        parts.append(f"<{tag}>{_x(s)}</{tag}>")
    content = "".join(parts)
    state = {"article": {"id": _crc(text) % 100000, "title": title, "source": unit, "content": content}}
    js = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
    body = (f"<script>window.__INITIAL_STATE__={js};</script>\n"
            f'<div id="app" data-server-rendered="true"><div class="detail"><h1>{_x(title)}</h1>\n'
            f'<div class="detail-content">\n' + "\n".join(parts) + "\n</div></div></div>")
    return _payload(_page(title, body).encode("utf-8"), ".html", _seen(items))


def html_gbk_single_p_br_nbsp(text):
    """An old eWebEditor page in GBK (charset declared gbk; characters outside GBK as &#N;): the
    whole article in ONE `<p>`, its lines separated by `<br />`, body lines indented by four `&nbsp;`,
    headings wrapped in `<font color="#c00000"><strong>`, the title in a `<td class="title">` of a
    layout table above.  Applies where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title = f[0]
    segs = []
    for k, ind, s in items:
        if k in ("blank", "title"):
            continue
        if k in ("top", "sub"):
            segs.append(f'&nbsp;&nbsp;&nbsp;&nbsp;<font color="#c00000"><strong>{_x(s)}</strong></font>')
        else:
            segs.append("&nbsp;&nbsp;&nbsp;&nbsp;" + _x(s))
    body = ('<table width="960" align="center" cellpadding="0" cellspacing="0">\n'
            f'<tr><td class="title" align="center" height="60">{_x(title)}</td></tr>\n'
            '<tr><td class="content"><p>' + "<br />\n".join(segs) + "</p></td></tr>\n</table>")
    data = _page(title, body, charset="gbk").encode("gbk", errors="xmlcharrefreplace")
    return _payload(data, ".html", _seen(items))


# ================================================================ RTF / ODT
def rtf_article_in_table_cells(text):
    """RTF (\\uN? escapes) in which every paragraph of the report sits in its own one-cell table row
    (`\\trowd\\cellx9000 \\pard\\intbl … \\cell\\row`), as a form-style template lays a report out; the
    title centred, headings bold.  Applies always."""
    items = _struct(text)
    parts = [RTF_HEAD]
    for k, ind, s in items:
        if k == "blank":
            continue
        fmt = {"title": r"\qc\fs44 ", "top": r"\fs32\b ", "sub": r"\fs32\b ", "body": r"\fi640\fs32 "}[k]
        parts.append(r"\trowd\trgaph108\cellx9000 \pard\intbl" + fmt + _rtf_u(s) + r"\b0\cell\row")
    parts.append(r"\pard\par")
    data = ("\r\n".join(parts) + "\r\n}").encode("ascii")
    return _payload(data, ".rtf", "\n".join(s for k, _, s in items if k != "blank"))


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')


def odt_list_numbered_tops(text):
    """OpenDocument text written by hand (mimetype stored first, content.xml, manifest): each top is a
    one-item `text:list` with the list style `LTop` (num-format `一, 二, 三, ...`, suffix `、`,
    text:start-value the part's number), its typed number removed -- the number is the list's; subs
    bold paragraphs with their typed numbers; body indented paragraphs.  The reader's text carries
    the number as a reader sees it.  Applies where two tops carry a Chinese number."""
    items = _struct(text)
    if sum(1 for k, _, s in items if k == "top" and TOP_NUM.match(s)) < 2:
        return None
    auto = ('<office:automatic-styles>'
            '<style:style style:name="PT" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
            '<style:text-properties fo:font-size="22pt" style:font-name-asian="方正小标宋简体"/></style:style>'
            '<style:style style:name="PH" style:family="paragraph" style:list-style-name="LTop">'
            '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-name-asian="黑体"/></style:style>'
            '<style:style style:name="PS" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.22in"/>'
            '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
            '<style:style style:name="PB" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.22in"/></style:style>'
            '<text:list-style style:name="LTop"><text:list-level-style-number text:level="1" style:num-format="一, 二, 三, ..." '
            'style:num-suffix="、"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
            '<style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0.44in" fo:margin-left="0in"/>'
            '</style:list-level-properties></text:list-level-style-number></text:list-style>'
            '</office:automatic-styles>')
    body, seen, nt = [], [], 0
    for k, ind, s in items:
        if k == "blank":
            body.append('<text:p text:style-name="PB"/>')
            continue
        if k == "top" and TOP_NUM.match(s):
            nt += 1
            bare = TOP_NUM.sub("", s)
            body.append(f'<text:list text:style-name="LTop"><text:list-item text:start-value="{nt}">'
                        f'<text:p text:style-name="PH">{_x(bare)}</text:p></text:list-item></text:list>')
            seen.append(f"{_cn(nt)}、{bare}")
            continue
        st = {"title": "PT", "top": "PS", "sub": "PS", "body": "PB"}[k]
        body.append(f'<text:p text:style-name="{st}">{_x(s)}</text:p>')
        seen.append(s)
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODF_NS}>{auto}'
               f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return _payload(bio.getvalue(), ".odt", "\n".join(seen))


# ================================================================ PDF
def _pdf_article(pdf, items):
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


def pdf_diagonal_watermark_each_page(text):
    """A PDF with a watermark on every page: the line `<unit> 仅供公开查阅` in light grey 40 pt,
    rotated 35 degrees across the middle of the page, drawn before the page's text (so it comes first
    in the content stream).  Applies where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title, unit, year = f
    mark = f"{unit if unit != '本单位' else ''} 仅供公开查阅".strip()

    def header(p):
        p.set_font("serif", "", 40)
        p.set_text_color(215, 215, 215)
        with p.rotation(35, 105, 150):
            p.text(105 - p.get_string_width(mark) / 2, 150, mark)
        p.set_text_color(0, 0, 0)
        p.set_y(p.t_margin)

    pdf = _pdf_base(header)
    pdf.add_page()
    _pdf_article(pdf, items)
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


def pdf_char_grid_gongwen(text):
    """A PDF set on the 公文 grid: 28 characters a line, 22 lines a page, every character placed on
    its own at its grid cell (`Tj` per character); the title in Noto Sans CJK bold 20 pt centred over
    two grid lines, tops in Noto Sans CJK, subs bold serif, body serif 15.5 pt with a two-cell indent;
    a line breaks at the 28th cell whatever the character; page number `- n -` at the foot.  Applies
    always."""
    items = _struct(text)
    pdf = _pdf_base(footer=lambda p: (p.set_font("serif", "", 12), p.set_xy(0, -20),
                                      p.cell(210, 6, f"- {p.page_no()} -", align="C")))
    pdf.add_font("sans", "", FONT_DIR + "NotoSansCJK-Regular.ttc", collection_font_number=2)
    pdf.add_font("sans", "B", FONT_DIR + "NotoSansCJK-Bold.ttc", collection_font_number=2)
    pdf.set_auto_page_break(False)
    x0, y0, cw, lh, ncol, nrow = 28.0, 37.0, 156.0 / 28, 225.0 / 22, 28, 22
    row = [nrow]

    def newline(n=1):
        row[0] += n
        if row[0] >= nrow:
            pdf.add_page()
            row[0] = 0

    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            pdf.set_font("sans", "B", 20)
            w = pdf.get_string_width(s)
            if row[0] + 2 >= nrow:
                newline(nrow)
            if w < 156:
                x = x0 + (156 - w) / 2
                for ch in s:
                    pdf.text(x, y0 + (row[0] + 1) * lh, ch)
                    x += pdf.get_string_width(ch)
                newline(2)
            else:
                for i in range(0, len(s), 20):
                    seg = s[i:i + 20]
                    x = x0 + (156 - pdf.get_string_width(seg)) / 2
                    for ch in seg:
                        pdf.text(x, y0 + (row[0] + 1) * lh, ch)
                        x += pdf.get_string_width(ch)
                    newline()
                newline()
            continue
        font = {"top": ("sans", ""), "sub": ("serif", "B")}.get(k, ("serif", ""))
        pdf.set_font(font[0], font[1], 15.5)
        cells = "\u3000\u3000" + s if (ind or k in ("top", "sub", "body")) else s
        first = True
        for i in range(0, len(cells), ncol):
            if row[0] >= nrow or (first and row[0] >= nrow):
                newline(0)
            for j, ch in enumerate(cells[i:i + ncol]):
                if ch != "\u3000":
                    off = (cw - pdf.get_string_width(ch)) / 2 if ord(ch) < 0x2e80 else 0
                    pdf.text(x0 + j * cw + off, y0 + (row[0] + 1) * lh - 2, ch)
            newline()
            first = False
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


# ================================================================ set criterion helpers
_EMO = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]")
_YISHI = re.compile(r"^[一二三四五六七八九十]+是(?=\S)")
_ARABIC_TOP = re.compile(r"^\d{1,2}[.．](?!\d{1,2}(?!\d))\s*")  # a typed `N.` top number (also right before a year: 1.2025年度…), not a decimal `1.5`


def heading_norm(h):
    """Emoji dropped wherever they are, a leading 一是 / 二是 dropped (the kinds' own markers) and a typed `N.`
    top number dropped (also right before a year), then
    set ah's heading_norm unchanged (circled marks, NFKC, t2s, leaders + page number, one typed number,
    letters and digits only)."""
    s = _EMO.sub("", h or "").strip()
    s = _YISHI.sub("", s)
    s = _ARABIC_TOP.sub("", s)
    return _ah_heading_norm(s)


# Furniture this set adds around the report; counted only when NEW against the plain original's
# heading (measure.compare), so a writer's own wording never counts.  No heading-number style beyond
# set ah's list.
EXTRA_LEAK = (_AH_LEAK + r"|点击上方|关注我们|▼|END|来源：|编辑：|审核：|点赞|在看|🔹|[\U0001F300-\U0001FAFF]|"
              r"文件标题|拟稿|核稿|缓\u3000\u3000急|密\u3000\u3000级|正文：|流转记录|={5}|"
              r"__INITIAL_STATE__|data-server|\\u[0-9a-f]{4}|&nbsp;|<br|<font|color=|<div|style=|"
              r"\\cell|\\row|\\intbl|仅供公开查阅|text:list")

ALL_KINDS = {
    "txt_gzh_emoji_markers_follow_tail": txt_gzh_emoji_markers_follow_tail,
    "txt_oa_form_header_flow_log": txt_oa_form_header_flow_log,
    "txt_arabic_tops_yishi_subs_utf16": txt_arabic_tops_yishi_subs_utf16,
    "docx_top_heading_banner_rows": docx_top_heading_banner_rows,
    "docx_heading_char_style_runs": docx_heading_char_style_runs,
    "html_div_inline_style_only": html_div_inline_style_only,
    "html_spa_state_script_copy": html_spa_state_script_copy,
    "html_gbk_single_p_br_nbsp": html_gbk_single_p_br_nbsp,
    "rtf_article_in_table_cells": rtf_article_in_table_cells,
    "odt_list_numbered_tops": odt_list_numbered_tops,
    "pdf_diagonal_watermark_each_page": pdf_diagonal_watermark_each_page,
    "pdf_char_grid_gongwen": pdf_char_grid_gongwen,
}
