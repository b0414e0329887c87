"""Form-only edits, twenty-fourth set (x): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Each kind gives the very same report as it reaches a reviewer after the trip real documents make,
in ways sets g-w did not try: sent as an e-mail (a MIME message with plain and HTML alternatives in
GB2312, base64) and saved as a single file; Word files whose headings are set off only by a
highlighter colour, laid out in vertical (竖排) text direction, carrying hidden (`w:vanish`) editor's
notes, zipped by a streaming writer (data descriptors); PDFs printed two pages to a sheet, with line
numbers in the margin, with condensed (`Tz`) text, with headings marked only by a grey band; web
pages in GB2312 with no charset declared anywhere, in UTF-8 with a BOM but a meta that says gb2312,
laid out in vertical writing mode; plain text with a DOS end-of-file mark, and with the 公文 抄送 /
印发 block at the end.

An edit returns a `Payload` (set o's: file bytes, suffix, and the text a reader of the file sees), or
None where it does not apply.  Edits find what they change from the text's own structure (set t's
`_kinds`), never from a named document or line.  Which kinds are tuning and which held is decided by
split_x.py (random, fixed seed).
"""
from __future__ import annotations

import base64
import io
import re
import zipfile

from form_edits_o_kinds import _docx_bytes, _indent_split, _lines, _payload
from form_edits_t_kinds import _build, _kinds, _p, _r, _x, _pdf_base, heading_norm  # noqa: F401
from form_edits_u_kinds import EXTRA_LEAK as _U_LEAK, _doc_edit, _docx_u, read_wml, words_kept  # noqa: F401
from form_edits_u_kinds import _rewrite_pages
from form_edits_v_kinds import _html_blocks, _paras, _pdf_payload, _plain_docx
from form_edits_g import WS


def _has(kinds, *ks):
    return any(k in ks for k in kinds)


def _seen_docx(data: bytes) -> str:
    return read_wml(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))


# ================================================================ Word
def docx_highlight_headings(text):
    """Headings set off only the way a hurried editor marks them: the heading runs highlighted
    (`w:highlight` yellow for top, light grey run shading `w:shd` for sub), no bold, no size, no style."""
    def runs(s, k):
        if k == "top":
            return f'<w:r><w:rPr><w:highlight w:val="yellow"/></w:rPr><w:t xml:space="preserve">{_x(s)}</w:t></w:r>'
        if k == "sub":
            return (f'<w:r><w:rPr><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/></w:rPr>'
                    f'<w:t xml:space="preserve">{_x(s)}</w:t></w:r>')
        return f'<w:r><w:t xml:space="preserve">{_x(s)}</w:t></w:r>'
    paras, kinds, lv, ti = _paras(text, run_fn=runs)
    if not _has(kinds, "top", "sub"):
        return None
    return _docx_u(_docx_bytes(_build(paras)))


def docx_vertical_tbrl(text):
    """A report laid out in traditional vertical writing (竖排): the section's `w:textDirection
    w:val="tbRl"` on a landscape page, East Asian layout on; paragraphs and runs unchanged."""
    def fn(x):
        return re.sub(r"(<w:sectPr\b[^>]*>)(.*?)(</w:sectPr>)",
                      lambda m: m.group(1) + re.sub(r"<w:pgSz\b[^>]*/>", '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>', m.group(2))
                      + '<w:textDirection w:val="tbRl"/>' + m.group(3), x, flags=re.S)
    data = _plain_docx(text)
    out = _doc_edit(data, fn)
    if out == data:
        return None
    return _payload(out, ".docx", _seen_docx(data))


def docx_vanish_notes(text):
    """Editor's notes left in the file as **hidden text** (`w:vanish`, Word's 隐藏文字): after each
    top heading a hidden run 【校对：已核】, after the title a hidden run 【送审稿】; with hidden text
    not shown (Word's default) a reader sees the same page."""
    def runs(s, k):
        base = _r(s, k)
        if k == "top":
            return base + '<w:r><w:rPr><w:vanish/><w:color w:val="FF0000"/></w:rPr><w:t>【校对：已核】</w:t></w:r>'
        if k == "title":
            return base + '<w:r><w:rPr><w:vanish/></w:rPr><w:t>【送审稿】</w:t></w:r>'
        return base
    paras, kinds, lv, ti = _paras(text, run_fn=runs)
    if "top" not in kinds:
        return None
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen_docx(_plain_docx(text)))


class _NoSeek(io.RawIOBase):
    def __init__(self):
        self.buf = bytearray()

    def writable(self):
        return True

    def write(self, b):
        self.buf += b
        return len(b)


def docx_streamed_zip(text):
    """The plain .docx re-zipped by a **streaming** writer (a web export writing to a socket, as Java's
    ZipOutputStream does): every entry deflated with sizes and CRC in a trailing data descriptor
    (general-purpose flag bit 3), local headers' sizes zero."""
    data = _plain_docx(text)
    src = zipfile.ZipFile(io.BytesIO(data))
    sink = _NoSeek()
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            with z.open(zipfile.ZipInfo(info.filename, date_time=(2025, 1, 20, 9, 30, 0)), "w") as f:
                f.write(src.read(info.filename))
    return _payload(bytes(sink.buf), ".docx", _seen_docx(data))


# ================================================================ PDF
def _pdf_lines_render(lines, kinds, per_line=None, head_fill=False):
    """Render with fpdf2 a line at a time (wrapped lines known), calling per_line(pdf, y) after each
    printed line; headings bold, or (head_fill) regular on a grey band."""
    pdf = _pdf_base()
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for i, ln in enumerate(lines):
        s = ln.rstrip(WS)
        k = kinds[i]
        if k == "title":
            pdf.set_font("serif", "", 20)
            h, align, s = 11, "C", s.strip(WS)
        else:
            pdf.set_font("serif", "B" if k in ("top", "sub") and not head_fill else "", 15)
            h, align = 9, "L"
        if not s:
            pdf.ln(h)
            continue
        fill = head_fill and k in ("top", "sub")
        if fill:
            pdf.set_fill_color(*((200, 200, 200) if k == "top" else (230, 230, 230)))
        for piece in pdf.multi_cell(w, h, s, align=align, dry_run=True, output="LINES"):
            if pdf.get_y() + h > pdf.h - pdf.b_margin:
                pdf.add_page()
            y = pdf.get_y()
            pdf.cell(w, h, piece, align=align, fill=fill, new_x="LMARGIN", new_y="NEXT")
            if per_line:
                font = (pdf.font_family, pdf.font_style, pdf.font_size_pt)
                per_line(pdf, y, h)
                pdf.set_font(*font)
    return bytes(pdf.output())


def pdf_margin_line_numbers(text):
    """A draft printed for review with Word's line numbering (行号): every printed line carries its
    running number in the left margin (small Helvetica, restarting on each page, every line)."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    n = [0, None]

    def num(pdf, y, h):
        if n[1] != pdf.page:
            n[:] = [0, pdf.page]
        n[0] += 1
        pdf.set_font("helvetica", "", 8)
        pdf.text(12, y + h * 0.7, str(n[0]))
    return _payload(_pdf_lines_render(lines, kinds, per_line=num), ".pdf", "\n".join(lines))


def pdf_heading_grey_band(text):
    """Headings marked only by shading: top headings on a grey band, sub-headings on a lighter one,
    in the body's regular weight and size (no bold), as some templates' 'shading-only' heading styles
    print."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if not _has(kinds, "top", "sub"):
        return None
    return _payload(_pdf_lines_render(lines, kinds, head_fill=True), ".pdf", "\n".join(lines))


def pdf_condensed_tz(text):
    """Text set condensed, as fonts are squeezed to keep a page count: every text object with a
    horizontal scaling of 85 % (`85 Tz`), glyph positions unchanged otherwise."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    from form_edits_u_kinds import _pdf_plain
    data = _rewrite_pages(_pdf_plain(lines, kinds), lambda objs, n: [b"BT 85 Tz " + o[3:] for o in objs])
    return _payload(data, ".pdf", "\n".join(lines))


def pdf_two_up_sheet(text):
    """A PDF printed 'two pages per sheet' (2-up, 每版打印 2 页): each landscape A4 sheet carries two
    consecutive pages scaled to 70.7 % side by side, left then right."""
    from pypdf import PdfReader, PdfWriter, Transformation

    def fn(data):
        rd = PdfReader(io.BytesIO(data))
        wr = PdfWriter()
        pw, ph = float(rd.pages[0].mediabox.width), float(rd.pages[0].mediabox.height)
        W, H = ph, pw  # landscape sheet
        sc = min((W / 2) / pw, H / ph)
        for j in range(0, len(rd.pages), 2):
            sheet = wr.add_blank_page(W, H)
            for side, pg in enumerate(rd.pages[j:j + 2]):
                dx = side * W / 2 + (W / 2 - pw * sc) / 2
                dy = (H - ph * sc) / 2
                sheet.merge_transformed_page(pg, Transformation().scale(sc, sc).translate(dx, dy))
        bio = io.BytesIO()
        wr.write(bio)
        return bio.getvalue()
    return _pdf_payload(text, fn)


# ================================================================ HTML
def _article(bl, center_font=False):
    out = []
    for k, s in bl:
        e = _x(s)
        if k == "title":
            out.append(f'<center><font face="方正小标宋简体" size="5" color="#000000"><b>{e}</b></font></center>'
                       if center_font else f"<h1>{e}</h1>")
        elif k == "top":
            out.append(f'<p><font face="黑体">{e}</font></p>' if center_font else f"<h2>{e}</h2>")
        elif k == "sub":
            out.append(f'<p><font face="楷体_GB2312">{e}</font></p>' if center_font else f"<h3>{e}</h3>")
        else:
            out.append(f'<p>{e}</p>')
    return "\n".join(out)


def html_gb2312_no_charset(text):
    """An old site's static page in GB2312 that declares **no charset** anywhere (no meta, no BOM; the
    server header is lost once saved): title in `<center><font size=5><b>`, headings in `<font face>`,
    as FrontPage-era pages were; a Chinese browser's default encoding shows it right."""
    bl = _html_blocks(text)
    page = ("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\">\n<html>\n<head>\n<title></title>\n"
            "</head>\n<body bgcolor=\"#FFFFFF\">\n<table width=\"760\" align=\"center\"><tr><td>\n"
            + _article(bl, center_font=True) + "\n</td></tr></table>\n</body>\n</html>\n")
    try:
        data = page.encode("gb2312")
    except UnicodeEncodeError:  # as saving editors do: GBK, anything beyond it a numeric reference
        data = page.encode("gbk", errors="xmlcharrefreplace")
    return _payload(data, ".html", "\n".join(s for _, s in bl))


def html_bom_overrides_meta(text):
    """A page saved by an editor in UTF-8 **with a BOM** whose template still says
    `<meta charset=gb2312>`; browsers follow the BOM (HTML's encoding sniffing puts it first)."""
    bl = _html_blocks(text)
    page = ('<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312">\n'
            '<title></title>\n</head>\n<body>\n<div class="TRS_Editor">\n' + _article(bl) + "\n</div>\n</body>\n</html>\n")
    return _payload(b"\xef\xbb\xbf" + page.encode("utf-8"), ".html", "\n".join(s for _, s in bl))


def html_vertical_writing(text):
    """A page laid out in vertical writing (竖排 style, `writing-mode: vertical-rl` on the article,
    columns right to left), as some culture-themed site templates show texts."""
    bl = _html_blocks(text)
    page = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title></title>\n<style>\n'
            '.v{writing-mode:vertical-rl;-webkit-writing-mode:vertical-rl;height:36em;overflow-x:auto;'
            'text-orientation:mixed;line-height:2}\n</style>\n</head>\n<body>\n<article class="v">\n'
            + _article(bl) + "\n</article>\n</body>\n</html>\n")
    return _payload(page.encode("utf-8"), ".html", "\n".join(s for _, s in bl))


# ================================================================ MIME
def _b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def mht_mail_alternative_gb2312(text):
    """The report as it arrives by e-mail and is saved as one file: a MIME message
    (`multipart/mixed` > `multipart/alternative`) whose text/plain and text/html alternatives are both
    GB2312 in base64 (as Foxmail / 163 mail send), the Subject the title (RFC 2047, GB2312)."""
    from email.header import Header
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    bl = _html_blocks(text)
    enc = "gb18030"
    for e in ("gb2312", "gbk"):
        try:
            "\n".join(lines).encode(e)
            enc = e
            break
        except UnicodeEncodeError:
            pass
    plain = "\r\n".join(ln for ln in lines).encode(enc)
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + enc + "\"></head><body>"
           "<div style=\"font-family:宋体;font-size:14px\">" + _article(bl) + "</div></body></html>").encode(enc)
    subj = Header(lines[ti].strip(WS), enc).encode() if ti is not None else "=?gb2312?B??="
    b1, b2 = "----=_NextPart_000_0010_01DB6A1F.5C3E2D40", "----=_NextPart_001_0011_01DB6A1F.5C3E2D40"
    msg = ("From: =?gb2312?B?" + base64.b64encode("法制科".encode("gb2312")).decode() + "?= <fzk@example.gov.cn>\r\n"
           "To: <review@example.gov.cn>\r\nSubject: " + subj + "\r\nMIME-Version: 1.0\r\n"
           f"Content-Type: multipart/mixed;\r\n\tboundary=\"{b1}\"\r\nX-Mailer: Foxmail 7.2\r\n\r\n"
           "This is a multi-part message in MIME format.\r\n\r\n"
           f"--{b1}\r\nContent-Type: multipart/alternative;\r\n\tboundary=\"{b2}\"\r\n\r\n\r\n"
           f"--{b2}\r\nContent-Type: text/plain;\r\n\tcharset=\"{enc}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + _b64(plain) + "\r\n\r\n"
           f"--{b2}\r\nContent-Type: text/html;\r\n\tcharset=\"{enc}\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + _b64(htm) + f"\r\n\r\n--{b2}--\r\n\r\n--{b1}--\r\n")
    return _payload(msg.encode("ascii"), ".mht", "\n".join(s for _, s in bl))


# ================================================================ plain text
def txt_dos_eof_marker(text):
    """A text file from an old DOS-lineage editor: CRLF line ends and a Ctrl-Z (0x1A) end-of-file
    mark as the last byte."""
    t = text.replace("\r\n", "\n")
    return _payload(t.replace("\n", "\r\n").encode("utf-8") + b"\x1a", ".txt", t)


def txt_gongwen_chaosong_tail(text):
    """The report as a 公文 printed for circulation: after its last line, the 版记 block — a rule, the
    抄送 line (to whom copies go), the printing office and print line, a closing rule.  The report's
    own words are untouched (the words check is exempt: the 版记 adds distribution lines)."""
    lines = _lines(text)
    while lines and not lines[-1].strip(WS):
        lines.pop()
    rule = "—" * 22
    tail = ["", rule, "抄送：上级主管部门，本级人大常委会办公室，政协办公室。", rule,
            "本级人民政府办公室　　　　　　　　　　　　印发", rule]
    t = "\n".join(lines + tail) + "\n"
    return _payload(t.encode("utf-8"), ".txt", t)


EXTRA_LEAK = _U_LEAK + r"|【校对|【送审稿|Tz|<font|<center"

ALL_KINDS = {
    "docx_highlight_headings": docx_highlight_headings,
    "docx_vertical_tbrl": docx_vertical_tbrl,
    "docx_vanish_notes": docx_vanish_notes,
    "docx_streamed_zip": docx_streamed_zip,
    "pdf_margin_line_numbers": pdf_margin_line_numbers,
    "pdf_heading_grey_band": pdf_heading_grey_band,
    "pdf_condensed_tz": pdf_condensed_tz,
    "pdf_two_up_sheet": pdf_two_up_sheet,
    "html_gb2312_no_charset": html_gb2312_no_charset,
    "html_bom_overrides_meta": html_bom_overrides_meta,
    "html_vertical_writing": html_vertical_writing,
    "mht_mail_alternative_gb2312": mht_mail_alternative_gb2312,
    "txt_dos_eof_marker": txt_dos_eof_marker,
    "txt_gongwen_chaosong_tail": txt_gongwen_chaosong_tail,
}
