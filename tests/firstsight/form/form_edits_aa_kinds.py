"""Form-only edits, twenty-seventh set (aa): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: more ways real offices produce the same report.  Word: heading numbers as SEQ fields with
their cached results, a tracked move left unaccepted, the body inside one VML text box, Chinese
Word's numeric style ids ("1" / "2" / "a"), the signature block in a borderless layout table.
PDF: letter-spaced text (Tc), the signature block right-aligned, each part starting a new page.
HTML: a legacy page of <font> / <center> / align=, a CMS article with JSON-LD and Open Graph
metadata in its head, Word-HTML page breaks (<br clear=all style='page-break-before:always'>).
Plain text: top headings numbered in financial capitals (壹、贰、), sub-headings numbered with
U+2488.. (⒈ ⒉), three line-ending conventions in one file.

An edit returns a `Payload` (set o's), or None where it does not apply.  Edits find what they change
from the text's own structure (set t's `_kinds`), never from a named document or line.  Which kinds
are tuning and which held is decided by split_aa.py (random, fixed seed).
"""
from __future__ import annotations

import json
import re

from form_edits_o_kinds import _docx_bytes, _indent_split, _lines, _payload
from form_edits_t_kinds import WX, _build, _kinds, _p, _ppr, _r, _rpr, _x, _pdf_base
from form_edits_t_kinds import heading_norm as _t_heading_norm
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_z_kinds import EXTRA_LEAK as _Z_LEAK

_CN = "一二三四五六七八九十"
_TOPNUM = re.compile(r"^([一二三四五六七八九十]{1,3})([、.．])")
_SUBNUM = re.compile(r"^([（(])([一二三四五六七八九十]{1,3})([）)])")
_DATE = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
_DAXIE = dict(zip("一二三四五六七八九十", "壹贰叁肆伍陆柒捌玖拾"))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
AUTHOR = 'w:author="办公室" w:date="2025-02-20T09:30:00Z"'


def _cn_int(s: str) -> int | None:
    if s == "十":
        return 10
    if len(s) == 1:
        return _CN.index(s) + 1
    if len(s) == 2 and s[0] == "十":
        return 10 + _CN.index(s[1]) + 1
    if len(s) == 2 and s[1] == "十":
        return (_CN.index(s[0]) + 1) * 10
    if len(s) == 3 and s[1] == "十":
        return (_CN.index(s[0]) + 1) * 10 + _CN.index(s[2]) + 1
    return None


def _struct(text):
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    items = []  # (kind, indented, text) ; blank -> ("blank", False, "")
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        items.append(("blank", False, "") if not s else (kinds[i], bool(ind), s))
    return items


def _sig(items):
    """Indices of the signature block: the last date-alone line within the last 8 non-blank lines,
    and the short line (a body's name, no sentence mark) just before it, if any."""
    nb = [i for i, (k, _, s) in enumerate(items) if k != "blank"]
    for i in reversed(nb[-8:]):
        if _DATE.match(items[i][2].strip()):
            prev = [j for j in nb if j < i]
            if prev:
                j = prev[-1]
                s = items[j][2].strip()
                if len(s) <= 25 and not re.search(r"[。，；：,;:！？]", s) and items[j][0] == "body":
                    return [j, i]
            return [i]
    return []


def _seen(items):
    return "\n".join(s for k, _, s in items)


def _txt_payload(text_out: str, data: bytes | None = None):
    return _payload(data if data is not None else text_out.encode("utf-8"), ".txt", text_out)


# ================================================================ Word
def _fld(instr: str, result: str, kind: str) -> str:
    rp = _rpr(kind)
    return (f'<w:r>{rp}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rp}<w:instrText xml:space="preserve"> {_x(instr)} </w:instrText></w:r>'
            f'<w:r>{rp}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rp}<w:t>{_x(result)}</w:t></w:r>'
            f'<w:r>{rp}<w:fldChar w:fldCharType="end"/></w:r>')


def docx_seq_field_numbers(text):
    """Heading numbers typed by Word's SEQ fields (Insert > Field > Seq, Chinese counting): the number
    of `一、` is `{ SEQ 一级标题 \\* CHINESENUM3 \\* MERGEFORMAT }` with its cached result 一 kept, the
    sub-heading's `（一）` the same with `\\r` restarting per part; the brackets and 、 typed.  A reader
    sees the same numbers."""
    items = _struct(text)
    paras, n = [], 0
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
            continue
        m = _TOPNUM.match(s) if k == "top" else _SUBNUM.match(s) if k == "sub" else None
        if m and k == "top" and _cn_int(m.group(1)):
            inner = _fld("SEQ 一级标题 \\* CHINESENUM3 \\* MERGEFORMAT", m.group(1), k) + _r(s[m.end(1):], k)
            n += 1
        elif m and k == "sub" and _cn_int(m.group(2)):
            inner = (_r(m.group(1), k) + _fld("SEQ 二级标题 \\* CHINESENUM3 \\* MERGEFORMAT", m.group(2), k)
                     + _r(s[m.end(2):], k))
            n += 1
        else:
            inner = _r(s, k)
        paras.append(_p(inner, k, ind))
    if not n:
        return None
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


def docx_tracked_move_unaccepted(text):
    """An unaccepted tracked move (审阅 > 修订, paragraph dragged): the first paragraph under each top
    heading had stood just above that heading in the draft; the file keeps it there as `w:moveFrom`
    (its paragraph mark moved too) and at its place as `w:moveTo`.  Word's final view, and a reader's,
    is the report unchanged."""
    items = _struct(text)
    nb = [i for i, it in enumerate(items) if it[0] != "blank"]
    moves = {}  # top index -> body index
    for a, i in enumerate(nb):
        if items[i][0] == "top" and a + 1 < len(nb) and items[nb[a + 1]][0] == "body":
            moves[i] = nb[a + 1]
    if not moves:
        return None
    src = {b: t for t, b in moves.items()}
    paras, mid = [], 100
    ids = {}
    for i, (k, ind, s) in enumerate(items):
        if i in moves:
            b = moves[i]
            mid += 3
            ids[b] = mid
            bs = items[b][2]
            ppr = _ppr("body", items[b][1], "")[:-len("</w:pPr>")] + f'<w:rPr><w:moveFrom w:id="{mid + 2}" {AUTHOR}/></w:rPr></w:pPr>'
            paras.append(f'<w:p {WX}>{ppr}<w:moveFromRangeStart w:id="{mid}" {AUTHOR} w:name="move{mid}"/>'
                         f'<w:moveFrom w:id="{mid + 1}" {AUTHOR}>{_r(bs)}</w:moveFrom>'
                         f'<w:moveFromRangeEnd w:id="{mid}"/></w:p>')
        if k == "blank":
            paras.append(_p(""))
        elif i in src:
            m = ids[i]
            ppr = _ppr("body", ind, "")[:-len("</w:pPr>")] + f'<w:rPr><w:moveTo w:id="{m + 50002}" {AUTHOR}/></w:rPr></w:pPr>'
            paras.append(f'<w:p {WX}>{ppr}<w:moveToRangeStart w:id="{m + 50000}" {AUTHOR} w:name="move{m}"/>'
                         f'<w:moveTo w:id="{m + 50001}" {AUTHOR}>{_r(s)}</w:moveTo>'
                         f'<w:moveToRangeEnd w:id="{m + 50000}"/></w:p>')
        else:
            paras.append(_p(_r(s, k), k, ind))
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


def docx_body_textbox(text):
    """The title a paragraph of the page, everything after it inside one VML text box (`w:pict` /
    `v:shape` type 202 / `v:textbox` / `w:txbxContent`), unstroked and as wide as the text area: a
    report pasted into a 红头 template's frame."""
    items = _struct(text)
    ti = next((i for i, it in enumerate(items) if it[0] == "title"), None)
    head = items[:ti + 1] if ti is not None else []
    rest = items[ti + 1:] if ti is not None else items
    inner = "".join(_p("") if k == "blank" else _p(_r(s, k), k, ind) for k, ind, s in rest)
    box = (f'<w:p {WX} xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
           '<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:0;margin-top:6pt;width:442pt;height:680pt;z-index:251659264;'
           'mso-position-horizontal:center;mso-wrap-style:square" stroked="f">'
           f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
           '</v:shape></w:pict></w:r></w:p>')
    paras = [_p("") if k == "blank" else _p(_r(s, k), k, ind) for k, ind, s in head] + [box]
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


def docx_numeric_style_ids(text):
    """Styles as Chinese Word / WPS save them: the style ids of Normal, Heading 1 and Heading 2 are
    `a`, `1` and `2` (names still `Normal`, `heading 1`, `heading 2`); top headings take style `1`,
    sub-headings `2`, numbers typed as before."""
    from docx.oxml.ns import qn
    items = _struct(text)
    if not any(k in ("top", "sub") for k, _, _ in items):
        return None
    ren = {"Normal": "a", "Heading1": "1", "Heading2": "2"}

    def styles(d):
        st = d.styles.element
        for el in st.iter():
            for att in ("w:styleId", "w:val"):
                v = el.get(qn(att))
                if v in ren and (att == "w:styleId" or el.tag in (qn("w:basedOn"), qn("w:next"), qn("w:link"))):
                    el.set(qn(att), ren[v])
        for s in st.findall(qn("w:style")):
            if s.get(qn("w:styleId")) in ("1", "2"):
                n = s.find(qn("w:name"))
                n.set(qn("w:val"), "heading " + s.get(qn("w:styleId")))
    paras = []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
        elif k in ("top", "sub"):
            paras.append(_p(_r(s, k), k, ind, f'<w:pStyle w:val="{"1" if k == "top" else "2"}"/>'))
        else:
            paras.append(_p(_r(s, k), k, ind))
    return _payload(_docx_bytes(_build(paras, before_body=styles)), ".docx", _seen(items))


def docx_signature_layout_table(text):
    """The signature block (the body's name over the date, or the date alone) in a borderless 1×2
    layout table, its right cell centred: how 公文 templates place 落款 under the text.  Blank lines
    between them dropped."""
    items = _struct(text)
    sig = _sig(items)
    if not sig:
        return None
    none = "".join(f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
    cell = "".join(_p(_r(items[j][2].strip()), "body", False, '<w:jc w:val="center"/>') for j in sig)
    tbl = (f'<w:tbl {WX}><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders>{none}</w:tblBorders>'
           '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="4400"/><w:gridCol w:w="4400"/></w:tblGrid><w:tr>'
           f'<w:tc><w:tcPr><w:tcW w:w="4400" w:type="dxa"/></w:tcPr>{_p("")}</w:tc>'
           f'<w:tc><w:tcPr><w:tcW w:w="4400" w:type="dxa"/></w:tcPr>{cell}</w:tc></w:tr></w:tbl>')
    paras = []
    for i, (k, ind, s) in enumerate(items):
        if sig[0] <= i <= sig[-1]:
            if i == sig[0]:
                paras.append(tbl)
            continue
        paras.append(_p("") if k == "blank" else _p(_r(s, k), k, ind))
    paras.append(_p(""))
    seen = [s for i, (k, _, s) in enumerate(items) if not (sig[0] <= i <= sig[-1]) or i in sig]
    return _payload(_docx_bytes(_build(paras)), ".docx", "\n".join(seen))


# ================================================================ PDF
def _pdf(items, align=None, before=None, char_spacing=0.0):
    pdf = _pdf_base()
    pdf.add_page()
    seen = []
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            pdf.ln(3)
            continue
        if before:
            before(pdf, i, k)
        size, style = {"title": (20, "B"), "top": (16, "B"), "sub": (15, "B")}.get(k, (14, ""))
        pdf.set_font("serif", style, size)
        pdf.set_char_spacing(0 if k == "title" else char_spacing)
        a = (align(i, k) if align else None) or ("C" if k == "title" else "L")
        body = ("\u3000\u3000" + s) if (ind and k == "body" and a == "L") else s
        pdf.multi_cell(0, size * 0.62, body, align=a, new_x="LMARGIN", new_y="NEXT")
        seen.append(s)
    return bytes(pdf.output()), "\n".join(seen)


def pdf_letter_spaced(text):
    """Body and headings set with extra letter spacing (PDF `Tc` 1.6 pt, as Word's 字符间距 加宽 or a
    justified 公文 grid exports it); the title at normal spacing."""
    items = _struct(text)
    data, seen = _pdf(items, char_spacing=1.6)
    return _payload(data, ".pdf", seen)


def pdf_signature_right(text):
    """A PDF whose signature block (the body's name and the date under the text) is right-aligned, as
    公文 print it; everything else as the plain PDF."""
    items = _struct(text)
    sig = set(_sig(items))
    if not sig:
        return None
    data, seen = _pdf(items, align=lambda i, k: "R" if i in sig else None)
    return _payload(data, ".pdf", seen)


def pdf_part_new_page(text):
    """Each top heading after the first starts a new page (Word's 段前分页 on the part headings),
    leaving the rest of the page before it empty."""
    items = _struct(text)
    tops = [i for i, it in enumerate(items) if it[0] == "top"]
    if len(tops) < 2:
        return None
    first = tops[0]
    data, seen = _pdf(items, before=lambda pdf, i, k: pdf.add_page() if k == "top" and i != first else None)
    return _payload(data, ".pdf", seen)


# ================================================================ HTML
def html_legacy_font_tags(text):
    """A page from an old government CMS (HTML 4.01 Transitional): the title in `<center><font
    size="5" face="方正小标宋简体"><b>`, paragraphs `<p align="justify"><font face="仿宋_GB2312"
    size="4">` with `&nbsp;` indents, headings `<font face="黑体">` / `<font face="楷体_GB2312">`,
    the signature `<p align="right">`."""
    items = _struct(text)
    sig = set(_sig(items))
    face = {"top": "黑体", "sub": "楷体_GB2312"}
    out = []
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            continue
        if k == "title":
            out.append(f'<center><font size="5" face="方正小标宋简体"><b>{_x(s)}</b></font></center><br>')
        elif i in sig:
            out.append(f'<p align="right"><font face="仿宋_GB2312" size="4">{_x(s.strip())}</font></p>')
        else:
            pad = "&nbsp;&nbsp;&nbsp;&nbsp;" if ind or k != "body" else ""
            out.append(f'<p align="justify"><font face="{face.get(k, "仿宋_GB2312")}" size="4">{pad}{_x(s)}</font></p>')
    page = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '</head>\n<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">\n'
            '<table width="760" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td>\n'
            + "\n".join(out) + "\n</td></tr></table>\n</body>\n</html>\n")
    return _payload(page.encode("utf-8"), ".html", _seen(items))


def html_jsonld_article(text):
    """A CMS article page whose head carries the article's metadata twice more, as CMSs write it for
    search engines: Open Graph `<meta property="og:title">` and a schema.org `NewsArticle` JSON-LD
    block (headline = the title; author = the signature's body; datePublished = the signature's date,
    each only where the text has it).  The body `<p>`s as usual."""
    items = _struct(text)
    title = next((s for k, _, s in items if k == "title"), None)
    if not title:
        return None
    sig = _sig(items)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title}
    for j in sig:
        s = items[j][2].strip()
        m = re.match(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$", s)
        if m:
            ld["datePublished"] = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
        else:
            ld["author"] = {"@type": "Organization", "name": s}
    body = "\n".join(f"<p>{_x(s)}</p>" if k != "title" else f"<h1>{_x(s)}</h1>" for k, _, s in items if k != "blank")
    page = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:title" content="{_x(title)}">\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
            '</head>\n<body>\n<article class="article-content">\n' + body + "\n</article>\n</body>\n</html>\n")
    return _payload(page.encode("utf-8"), ".html", _seen(items))


def html_word_page_break_br(text):
    """A Word "Web page" save of a document with a page break before each top heading after the first:
    `<span style='font-size:16.0pt'><br clear=all style='page-break-before:always'></span>` at the start
    of the heading's `<p class=MsoNormal>`; other paragraphs `<p class=MsoNormal>` with `text-indent`."""
    items = _struct(text)
    tops = [i for i, it in enumerate(items) if it[0] == "top"]
    if len(tops) < 2:
        return None
    brk = "<span style='font-size:16.0pt;font-family:黑体'><br clear=all style='page-break-before:always'>\n</span>"
    out = []
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            out.append("<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>")
            continue
        pre = brk if k == "top" and i != tops[0] else ""
        st = "text-align:center" if k == "title" else "text-indent:32.0pt"
        out.append(f"<p class=MsoNormal style='{st}'>{pre}<span style='font-size:16.0pt'>{_x(s)}</span></p>")
    page = ('<!DOCTYPE html>\n<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
            '<meta http-equiv=Content-Type content="text/html; charset=utf-8">\n<meta name=Generator content="Microsoft Word 15">\n'
            '</head>\n<body lang=ZH-CN style=\'text-justify-trim:punctuation\'>\n<div class=WordSection1>\n'
            + "\n".join(out) + "\n</div>\n</body>\n</html>\n")
    return _payload(page.encode("utf-8"), ".html", _seen(items))


# ================================================================ plain text
def txt_daxie_top_numbers(text):
    """Top heading numbers in financial capitals (大写): 一、 → 壹、, 二、 → 贰、 … (十 → 拾); sub-headings
    and everything else unchanged."""
    items = _struct(text)
    lines, n = [], 0
    for ln, (k, ind, s) in zip(_lines(text), items):
        m = _TOPNUM.match(s) if k == "top" else None
        if m:
            lines.append(ln.replace(s, "".join(_DAXIE[c] for c in m.group(1)) + s[m.end(1):], 1))
            n += 1
        else:
            lines.append(ln)
    if not n:
        return None
    return _txt_payload("\n".join(lines) + "\n")


def txt_digit_fullstop_subs(text):
    """Sub-heading numbers typed as the single characters U+2488.. (⒈ ⒉ … ⒛, 'digit full stop', as WPS's
    编号 menu inserts them): （一） → ⒈, up to 20."""
    items = _struct(text)
    lines, n = [], 0
    for ln, (k, ind, s) in zip(_lines(text), items):
        m = _SUBNUM.match(s) if k == "sub" else None
        v = _cn_int(m.group(2)) if m else None
        if v and v <= 20:
            lines.append(ln.replace(s, chr(0x2487 + v) + s[m.end():].lstrip(), 1))
            n += 1
        else:
            lines.append(ln)
    if not n:
        return None
    return _txt_payload("\n".join(lines) + "\n")


def txt_three_line_endings(text):
    """One file with three line-ending conventions, as a text pasted together from pieces: the first
    third of the lines ends in CR LF, the second in LF, the last in CR alone (cut at paragraph
    boundaries, so no CR is followed by a blank LF line)."""
    lines = _lines(text)
    n = len(lines)
    if n < 6:
        return None
    a, b = n // 3, 2 * n // 3
    out = b"".join(ln.encode("utf-8") + (b"\r\n" if i < a else b"\n" if i < b else b"\r") for i, ln in enumerate(lines))
    return _txt_payload("\n".join(lines) + "\n", out)


# ================================================================ set criterion helpers
_OWN_NUM = re.compile(r"^[\s\u3000]*(?:[壹贰叁肆伍陆柒捌玖拾]{1,3}[、.．]|[\u2488-\u249b][\s\u3000]*)")


def heading_norm(h):
    """t's heading_norm, after this set's own numbers (壹、 and ⒈) are stripped."""
    return _t_heading_norm(_OWN_NUM.sub("", h or ""))


EXTRA_LEAK = _Z_LEAK.replace(r"|^[０-９]", "") + r"|SEQ |MERGEFORMAT|CHINESENUM|@context|ld\+json|<font|page-break|txbx"

ALL_KINDS = {
    "docx_seq_field_numbers": docx_seq_field_numbers,
    "docx_tracked_move_unaccepted": docx_tracked_move_unaccepted,
    "docx_body_textbox": docx_body_textbox,
    "docx_numeric_style_ids": docx_numeric_style_ids,
    "docx_signature_layout_table": docx_signature_layout_table,
    "pdf_letter_spaced": pdf_letter_spaced,
    "pdf_signature_right": pdf_signature_right,
    "pdf_part_new_page": pdf_part_new_page,
    "html_legacy_font_tags": html_legacy_font_tags,
    "html_jsonld_article": html_jsonld_article,
    "html_word_page_break_br": html_word_page_break_br,
    "txt_daxie_top_numbers": txt_daxie_top_numbers,
    "txt_digit_fullstop_subs": txt_digit_fullstop_subs,
    "txt_three_line_endings": txt_three_line_endings,
}
