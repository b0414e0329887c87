"""Form-only edits, twenty-second set (v): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Each kind gives the very same report re-encoded or re-laid-out the way real offices, tools and sites
produce files, in ways sets g-u did not try: a .docx written by a Java library (entries stored, not
deflated, in an unusual order); Word runs split at every change of script (digits and Latin in a Times
New Roman run, Chinese in a 仿宋 run); each top heading starting a new page (`w:pageBreakBefore`);
the title squeezed into a fixed width (`w:fitText`, distributed); WPS-style verbose markup (w14
paragraph ids, rsids, exact line spacing, `_GoBack` bookmark); a section with line numbering and a
character grid; PDFs opened without a password but carrying an owner password (RC4, copying
restricted), with each page's content in a Form XObject, with an incremental update appended; web
pages as XHTML with an XML prolog, with parts in `<details open>`, with parts as a `<dl>`, as
uppercase HTML 3.2 with unclosed `<P>`; a UTF-16 big-endian text with CRLF.

An edit returns a `Payload` (set o's: file bytes, suffix, and the text a reader of the file sees), or
None where it does not apply.  Edits find what they change from the text's own structure (set t's
`_kinds`: form_edits' heading regexes, set g's title finder), never from a named document or line.
Which kinds are tuning and which held is decided by split_v.py (random, fixed seed).
"""
from __future__ import annotations

import io
import re
import zipfile

from form_edits_o_kinds import _docx_bytes, _indent_split, _lines, _payload
from form_edits_t_kinds import _build, _kinds, _p, _plain_paras, _r, _x, _zip_edit, heading_norm  # noqa: F401
from form_edits_u_kinds import EXTRA_LEAK as _U_LEAK, _doc_edit, _docx_u, _page, _html_payload, _pdf_plain, words_kept  # noqa: F401
from form_edits_g import WS
from form_edits_p_kinds import _zone_text


def _plain_docx(text) -> bytes:
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    return _docx_bytes(_build(_plain_paras(lines, kinds)))


def _paras(text, run_fn=None, ppr_fn=None):
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    out = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if not s:
            out.append(_p(""))
            continue
        k = kinds[i]
        out.append(_p(run_fn(s, k) if run_fn else _r(s, k), k, bool(ind), ppr_fn(k) if ppr_fn else ""))
    return out, kinds, lv, ti


# ================================================================ Word
def docx_zip_stored_reordered(text):
    """A .docx as Java libraries (docx4j, Apache POI streaming) write it: every entry **stored** (no
    deflate), `word/document.xml` first and `[Content_Types].xml` last, a data descriptor-free zip."""
    data = _plain_docx(text)
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    order = ["word/document.xml"] + [n for n in names if n not in ("word/document.xml", "[Content_Types].xml")][::-1] + ["[Content_Types].xml"]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_STORED) as out:
        for n in order:
            out.writestr(zipfile.ZipInfo(n, (2026, 1, 1, 0, 0, 0)), z.read(n))
    return _docx_u(bio.getvalue())


_LATIN = re.compile(r"[A-Za-z0-9.%+\-/:～~]+")


def docx_script_runs(text):
    """Word's own run splitting at each change of script: digits and Latin in runs with
    `w:rFonts w:ascii/hAnsi="Times New Roman"`, Chinese in runs with `w:eastAsia="仿宋_GB2312"
    w:hint="eastAsia"` (headings keep their fonts' names, bold for sub-headings)."""
    fonts = {"title": "方正小标宋简体", "top": "黑体", "sub": "楷体_GB2312", "body": "仿宋_GB2312"}

    def runs(s, k):
        out, pos = [], 0
        b = "<w:b/>" if k == "sub" else ""
        for m in list(_LATIN.finditer(s)) + [None]:
            a = m.start() if m else len(s)
            if a > pos:
                out.append(f'<w:r><w:rPr><w:rFonts w:hint="eastAsia" w:eastAsia="{fonts[k]}"/>{b}</w:rPr>'
                           f'<w:t xml:space="preserve">{_x(s[pos:a])}</w:t></w:r>')
            if m:
                out.append(f'<w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="{fonts[k]}"/>{b}</w:rPr>'
                           f'<w:t xml:space="preserve">{_x(m.group(0))}</w:t></w:r>')
                pos = m.end()
        return "".join(out)
    if not _LATIN.search(text):
        return None
    paras, *_ = _paras(text, run_fn=runs)
    return _docx_u(_docx_bytes(_build(paras)))


def docx_page_break_before_tops(text):
    """Each top heading starts a new page (`<w:pageBreakBefore/>`, with `w:keepNext`/`w:keepLines`
    on headings), as offices lay out long reports part by part."""
    paras, kinds, lv, ti = _paras(text, ppr_fn=lambda k: ("<w:keepNext/><w:keepLines/><w:pageBreakBefore/>" if k == "top" else
                                                         "<w:keepNext/><w:keepLines/>" if k == "sub" else ""))
    if "top" not in kinds:
        return None
    return _docx_u(_docx_bytes(_build(paras)))


def docx_title_fittext(text):
    """The title squeezed into a fixed width, as 公文 templates do: its runs carry `w:fitText`
    (one id), character spacing and `w:kern`, the paragraph distributed (`w:jc="distribute"`)."""
    def runs(s, k):
        if k != "title":
            return _r(s, k)
        return ('<w:r><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:eastAsia="方正小标宋简体" w:hint="eastAsia"/>'
                '<w:spacing w:val="-6"/><w:w w:val="95"/><w:kern w:val="0"/><w:sz w:val="44"/>'
                f'<w:fitText w:val="8840" w:id="-1723401216"/></w:rPr><w:t xml:space="preserve">{_x(s)}</w:t></w:r>')
    paras, kinds, lv, ti = _paras(text, run_fn=runs, ppr_fn=lambda k: '<w:jc w:val="distribute"/>' if k == "title" else "")
    if ti is None:
        return None
    paras = [p.replace('<w:jc w:val="center"/>', "") if 'w:val="distribute"' in p else p for p in paras]
    return _docx_u(_docx_bytes(_build(paras)))


W14 = "http://schemas.microsoft.com/office/word/2010/wordml"


def docx_wps_verbose(text):
    """WPS/Word 2010+ verbose markup on every paragraph: `w14:paraId`/`w14:textId`, `w:rsidR`,
    `w:snapToGrid`, exact 28 pt line spacing, `w:kern`, `w:szCs`, `w:lang eastAsia="zh-CN"`; a
    `_GoBack` bookmark (Word's last-edit mark) in the last paragraph."""
    def runs(s, k):
        f = {"title": "方正小标宋简体", "top": "黑体", "sub": "楷体_GB2312", "body": "仿宋_GB2312"}[k]
        sz = 44 if k == "title" else 32
        return (f'<w:r w:rsidRPr="00A3{len(s) % 97:02d}F1"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" '
                f'w:eastAsia="{f}" w:cs="Times New Roman" w:hint="eastAsia"/><w:kern w:val="0"/><w:sz w:val="{sz}"/>'
                f'<w:szCs w:val="{sz}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t xml:space="preserve">{_x(s)}</w:t></w:r>')
    paras, kinds, lv, ti = _paras(text, run_fn=runs,
                                  ppr_fn=lambda k: '<w:snapToGrid w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/>')
    out = []
    for n, p in enumerate(paras):
        p = p.replace("<w:p ", f'<w:p xmlns:w14="{W14}" w14:paraId="{(0x1A2B0000 + n * 7919) & 0x7FFFFFFF:08X}" '
                      f'w14:textId="{(0x77FF0000 + n * 104729) & 0x7FFFFFFF:08X}" w:rsidR="00C4{n % 100:02d}B2" w:rsidRDefault="00C4{n % 100:02d}B2" ', 1)
        out.append(p)
    last = max(i for i, p in enumerate(out) if "<w:t" in p)
    out[last] = out[last].replace("</w:p>", '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/></w:p>')
    return _docx_u(_docx_bytes(_build(out)))


def docx_lnnum_docgrid(text):
    """A section set up as 公文 templates set it: line numbers in the margin (`w:lnNumType`, continuous),
    a character grid (`w:docGrid w:type="linesAndChars"`), page numbers in dash format
    (`w:pgNumType w:fmt="numberInDash"`) — none of it is text."""
    def fn(x):
        return re.sub(r"(<w:sectPr[^>]*>)", lambda m: m.group(1) + "", x, count=1).replace(
            "</w:sectPr>", '<w:lnNumType w:countBy="1" w:restart="continuous"/><w:pgNumType w:fmt="numberInDash"/>'
            '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>', 1)
    data = _doc_edit(_plain_docx(text), fn)
    return _docx_u(data)


# ================================================================ PDF (fpdf2, then pypdf)
def _pdf_payload(text, fn):
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    return _payload(fn(_pdf_plain(lines, kinds)), ".pdf", "\n".join(lines))


def pdf_owner_password(text):
    """A PDF as many government sites post it: **encrypted** with an empty user password (it opens
    without asking) and an owner password restricting copying and editing (RC4 128-bit)."""
    from pypdf import PdfReader, PdfWriter

    def fn(data):
        wr = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
        wr.encrypt(user_password="", owner_password="fzb-2026-owner", permissions_flag=0b0100, algorithm="RC4-128")
        bio = io.BytesIO()
        wr.write(bio)
        return bio.getvalue()
    return _pdf_payload(text, fn)


def pdf_form_xobject_pages(text):
    """A PDF whose pages were imposed or stamped by a tool (pdftk stamp, print drivers): each page's
    content moved into a **Form XObject** (`/Subtype /Form`, the page's resources), the page content
    only `q 1 0 0 1 0 0 cm /Fm0 Do Q`."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    def fn(data):
        rd = PdfReader(io.BytesIO(data))
        wr = PdfWriter()
        for page in rd.pages:
            wr.add_page(page)
            pg = wr.pages[-1]
            raw = pg.get_contents().get_data()
            res = pg["/Resources"].get_object()
            fx = DecodedStreamObject()
            fx.set_data(raw)
            fx.update({NameObject("/Type"): NameObject("/XObject"), NameObject("/Subtype"): NameObject("/Form"),
                       NameObject("/BBox"): ArrayObject([NumberObject(0), NumberObject(0), pg.mediabox[2], pg.mediabox[3]]),
                       NameObject("/Resources"): res})
            ref = wr._add_object(fx)
            newres = DictionaryObject({NameObject("/XObject"): DictionaryObject({NameObject("/Fm0"): ref})})
            pg[NameObject("/Resources")] = newres
            st = DecodedStreamObject()
            st.set_data(b"q 1 0 0 1 0 0 cm /Fm0 Do Q\n")
            pg[NameObject("/Contents")] = wr._add_object(st)
        bio = io.BytesIO()
        wr.write(bio)
        return bio.getvalue()
    return _pdf_payload(text, fn)


def pdf_incremental_update(text):
    """A PDF with an **incremental update** appended (a second body, xref and trailer after the first
    %%EOF), as signing, 盖章 and form tools save: the update rewrites the document info (ModDate,
    Producer) and nothing on the pages."""
    from pypdf import PdfReader, PdfWriter

    def fn(data):
        wr = PdfWriter(io.BytesIO(data), incremental=True)
        wr.add_metadata({"/Producer": "电子签章系统 3.2", "/ModDate": "D:20260315093000+08'00'"})
        bio = io.BytesIO()
        wr.write(bio)
        return bio.getvalue()
    return _pdf_payload(text, fn)


# ================================================================ HTML
def _html_blocks(text):
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    return [(kinds[i], _indent_split(ln)[1]) for i, ln in enumerate(lines) if _indent_split(ln)[1]]


def html_xhtml_prolog(text):
    """An XHTML 1.0 Transitional page as older CMSs serve it: `<?xml version="1.0" encoding="UTF-8"?>`
    prolog, the XHTML DOCTYPE, `xmlns` and `xml:lang`, self-closed `<br />` / `<meta />`, a script in
    `//<![CDATA[ … //]]>`; title `<h1>`, headings `<h2>`/`<h3>`, paragraphs `<p>`."""
    ps = []
    for k, s in _html_blocks(text):
        e = _x(s)
        ps.append(f"<h1>{e}</h1>" if k == "title" else f"<h2>{e}</h2>" if k == "top" else f"<h3>{e}</h3>" if k == "sub" else f"<p>{e}</p>")
    page = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="zh-CN" lang="zh-CN">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n<title></title>\n'
            '<script type="text/javascript">\n//<![CDATA[\nvar articleId = 0;\n//]]>\n</script>\n</head>\n'
            '<body>\n<div id="zoom">\n' + "\n".join(ps) + '\n<br />\n</div>\n</body>\n</html>\n')
    # the reader's text: the page without its script (a browser does not show it)
    return _payload(page.encode("utf-8"), ".html", _zone_text(re.sub(r"<script.*?</script>", "", page, flags=re.S), None))


def html_details_sections(text):
    """A page whose CMS folds each part: `<details open>` per top-level part with the heading as its
    `<summary>`, sub-headings `<h3>`, paragraphs `<p>`; the title `<h1>` and the preamble before."""
    bl = _html_blocks(text)
    if not any(k == "top" for k, _ in bl):
        return None
    out, open_ = [], False
    for k, s in bl:
        e = _x(s)
        if k == "top":
            if open_:
                out.append("</details>")
            out.append(f"<details open>\n<summary>{e}</summary>")
            open_ = True
        else:
            out.append(f"<h1>{e}</h1>" if k == "title" else f"<h3>{e}</h3>" if k == "sub" else f"<p>{e}</p>")
    if open_:
        out.append("</details>")
    return _html_payload(_page("<title></title>", '<article>\n' + "\n".join(out) + "\n</article>"))


def html_dl_sections(text):
    """A page laid out as a definition list: each top-level part a `<dt>` (its heading) and a `<dd>`
    (its sub-headings as `<p><b>` and paragraphs as `<p>`); the title `<h1>` and preamble before."""
    bl = _html_blocks(text)
    if not any(k == "top" for k, _ in bl):
        return None
    out, open_ = [], False
    for k, s in bl:
        e = _x(s)
        if k == "top":
            out.append("</dd>" if open_ else "<dl>")
            out.append(f"<dt>{e}</dt>\n<dd>")
            open_ = True
        else:
            out.append(f"<h1>{e}</h1>" if k == "title" else f"<p><b>{e}</b></p>" if k == "sub" else f"<p>{e}</p>")
    out.append("</dd>\n</dl>")
    return _html_payload(_page("<title></title>", '<div class="con">\n' + "\n".join(out) + "\n</div>"))


def html_upper_unclosed_p(text):
    """An old site's page in uppercase HTML 3.2 style: `<HTML><HEAD><META HTTP-EQUIV=…>`, unquoted
    attributes, the title in `<CENTER><FONT SIZE=5><B>`, every paragraph opened by `<P>` and never
    closed, headings `<P><B>…</B>`."""
    out = []
    for k, s in _html_blocks(text):
        e = _x(s)
        out.append(f"<CENTER><FONT SIZE=5 COLOR=#CC0000><B>{e}</B></FONT></CENTER>" if k == "title" else
                   f"<P><B>{e}</B>" if k in ("top", "sub") else f"<P>&nbsp;&nbsp;&nbsp;&nbsp;{e}")
    page = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\n<HTML>\n<HEAD>\n'
            '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">\n<TITLE></TITLE>\n</HEAD>\n'
            '<BODY BGCOLOR=#FFFFFF>\n<TABLE WIDTH=760 ALIGN=CENTER><TR><TD>\n' + "\n".join(out) +
            "\n</TD></TR></TABLE>\n</BODY>\n</HTML>\n")
    return _html_payload(page)


# ================================================================ plain text
def txt_utf16be_crlf(text):
    """A text file saved as 'Unicode big endian' (Notepad on Windows): UTF-16 BE with its BOM, CRLF
    line ends."""
    return _payload(b"\xfe\xff" + text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-16-be"), ".txt", text)


EXTRA_LEAK = _U_LEAK + r"|_GoBack|Fm0|CDATA|<[A-Z]+"

ALL_KINDS = {
    "docx_zip_stored_reordered": docx_zip_stored_reordered,
    "docx_script_runs": docx_script_runs,
    "docx_page_break_before_tops": docx_page_break_before_tops,
    "docx_title_fittext": docx_title_fittext,
    "docx_wps_verbose": docx_wps_verbose,
    "docx_lnnum_docgrid": docx_lnnum_docgrid,
    "pdf_owner_password": pdf_owner_password,
    "pdf_form_xobject_pages": pdf_form_xobject_pages,
    "pdf_incremental_update": pdf_incremental_update,
    "html_xhtml_prolog": html_xhtml_prolog,
    "html_details_sections": html_details_sections,
    "html_dl_sections": html_dl_sections,
    "html_upper_unclosed_p": html_upper_unclosed_p,
    "txt_utf16be_crlf": txt_utf16be_crlf,
}
