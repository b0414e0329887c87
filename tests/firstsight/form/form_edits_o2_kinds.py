"""Form set o, second batch (o2): 7 more form-only kinds, written after batch 1 (form_edits_o_kinds.py)
was measured and held everywhere in its tuning part.  Same contract and same rules (no fzscore code,
data or docs about checks read): an edit returns the edited text, or a `Payload` (a file's bytes, its
suffix, and the text a reader of that file sees), or None where it does not apply.  Batch 1's files
are left as they were measured; this batch has its own split (split_o2.py → split-o2.json, drawn
before anything of it was run against fzscore) on the same 23 documents (split-o.json).

Kinds: where a real file stores the words in places a plain paragraph reader may not look (Word
content controls, hyperlinks, a text box holding the title; a Word 97-2003 .doc), numbers drawn by
the page instead of typed (an HTML `<ol>` with `list-style-type: cjk-ideographic`), another RTF
encoding (WPS/WordPad's `\\'hh` GBK bytes), and a writer's separator habit (`一，` for `一、`).
"""
from __future__ import annotations

import html
import io
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata

from form_edits import _words, cn_val, headings, split_lines
from form_edits_g import WS
from form_edits_o_kinds import (RTF_HEAD, Payload, _docx_bytes, _docx_doc, _fill_para, _heading_levels,
                                _indent_split, _lines, _payload, _title_idx, as_text, docx_plain_paras)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_read2(data: bytes) -> str:
    """Every <w:t> of word/document.xml in document order, a paragraph end as a line break, <w:br/>
    as a line break: reads text inside content controls, hyperlinks and text boxes alike."""
    import zipfile
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    out = []
    for m in re.finditer(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|</w:p>|<w:br/>|<w:tab/>", xml):
        tok = m.group(0)
        if m.group(1) is not None:
            out.append(html.unescape(m.group(1)))
        elif tok == "<w:tab/>":
            out.append("\t")
        else:
            out.append("\n")
    return "".join(out)


# ---------------------------------------------------------------- .docx: content controls
def _sdt(alias: str, tag: str):
    from docx.oxml import parse_xml
    return parse_xml(f'<w:sdt xmlns:w="{W_NS}"><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/>'
                     f'<w:id w:val="{ {"title": 1001, "body": 1002}[tag] }"/></w:sdtPr><w:sdtContent/></w:sdt>')


def docx_content_controls(text):
    """.docx filled in a 公文 template: the title in a block content control (`<w:sdt>`, alias 标题)
    and everything after it in another (alias 正文), as OA templates bind their fields; one
    paragraph per line inside, formatted as docx_plain_paras does.  Applies where a title is found."""
    from docx.oxml.ns import qn
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    if ti is None:
        return None
    d = _docx_doc()
    paras = []
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        if ln.strip():
            _fill_para(p, ln, lv.get(i), i == ti)
        paras.append(p._p)
    body = d.element.body
    t_sdt, b_sdt = _sdt("标题", "title"), _sdt("正文", "body")
    paras[ti].addprevious(t_sdt)
    t_sdt.find(qn("w:sdtContent")).append(paras[ti])
    if ti + 1 < len(paras):
        t_sdt.addnext(b_sdt)
        cont = b_sdt.find(qn("w:sdtContent"))
        for p in paras[ti + 1:]:
            cont.append(p)
    assert body is not None
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read2(data))


# ---------------------------------------------------------------- .docx: hyperlinks
LINK_URL = "https://flk.npc.gov.cn/"
_BOOK = re.compile(r"《[^《》\n]{2,60}》")


def docx_hyperlinked_refs(text):
    """.docx from a site's editor that links every cited document: each 《…》 in a body line (title
    and headings aside) is a `<w:hyperlink>` to an external address (the national law database's
    front page; the same for all, no figure of the report), its run in the Hyperlink style look
    (blue, underlined).  Applies where a body line cites a 《…》."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    if not any(_BOOK.search(ln) for i, ln in enumerate(lines) if i not in lv and i != ti):
        return None
    d = _docx_doc()
    rid = d.part.relate_to(LINK_URL, RT.HYPERLINK, is_external=True)
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        if not ln.strip():
            continue
        if i in lv or i == ti:
            _fill_para(p, ln, lv.get(i), i == ti)
            continue
        ind, s = _indent_split(ln)
        if ind:
            p.paragraph_format.first_line_indent = Pt(32)
        pos = 0
        for m in _BOOK.finditer(s):
            if m.start() > pos:
                p.add_run(s[pos:m.start()])
            hl = OxmlElement("w:hyperlink")
            hl.set(qn("r:id"), rid)
            hl.set(qn("w:history"), "1")
            r = p.add_run(m.group(0))
            r.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)
            r.font.underline = True
            hl.append(r._r)
            p._p.append(hl)
            pos = m.end()
        if pos < len(s):
            p.add_run(s[pos:])
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read2(data))


# ---------------------------------------------------------------- .docx: the title in a text box
def docx_textbox_title(text):
    """.docx from a WPS 红头 template: the title sits in a text box anchored to the first paragraph
    (VML `<w:pict><v:shape><v:textbox><w:txbxContent>`, no border), the rest as docx_plain_paras.
    Applies where a title is found in the first lines."""
    from docx.oxml import parse_xml
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    if ti is None:
        return None
    d = _docx_doc()
    for i, ln in enumerate(lines):
        p = d.add_paragraph()
        if not ln.strip():
            continue
        if i == ti:
            s = html.escape(ln.strip(WS), quote=False)
            pict = parse_xml(
                f'<w:r xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
                '<v:shape id="TitleBox" type="#_x0000_t202" style="width:440pt;height:64pt;mso-position-horizontal:center" '
                'stroked="f" filled="f"><v:textbox><w:txbxContent>'
                '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/>'
                f'<w:sz w:val="44"/></w:rPr><w:t xml:space="preserve">{s}</w:t></w:r></w:p>'
                '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
            p._p.append(pict)
        else:
            _fill_para(p, ln, lv.get(i), False)
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read2(data))


# ---------------------------------------------------------------- Word 97-2003 .doc (LibreOffice)
def _soffice(args: list[str], cwd: str) -> None:
    prof = os.path.join(tempfile.gettempdir(), f"o2_lo_profile_{os.getpid()}")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--norestore"] + args,
                   cwd=cwd, capture_output=True, timeout=180, check=True)


def doc_word97(text):
    """Word 97-2003 .doc, as many sites attach a report: docx_plain_paras's document saved by
    LibreOffice as `MS Word 97`.  The text a reader sees is LibreOffice's own plain-text export of
    that .doc (UTF-8)."""
    if not shutil.which("soffice"):
        return None
    x = docx_plain_paras(text)
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "r.docx")
        open(src, "wb").write(bytes(x))
        _soffice(["--convert-to", "doc:MS Word 97", "--outdir", td, src], td)
        data = open(os.path.join(td, "r.doc"), "rb").read()
        os.makedirs(os.path.join(td, "t"))
        _soffice(["--convert-to", "txt:Text (encoded):UTF8", "--outdir", os.path.join(td, "t"),
                  os.path.join(td, "r.doc")], td)
        seen = open(os.path.join(td, "t", "r.txt"), encoding="utf-8-sig").read()
    return _payload(data, ".doc", seen)


# ---------------------------------------------------------------- web page: numbers drawn by CSS
def _html_read_p(data: bytes) -> str:
    from html.parser import HTMLParser

    class R(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.buf, self.on = [], False

        def handle_starttag(self, tag, attrs):
            if dict(attrs).get("class") == "article":
                self.on = True
            if self.on and tag in ("p", "li"):
                self.buf.append("\n")

        def handle_data(self, d):
            if self.on and d.strip("\r\n"):
                self.buf.append(d)

    r = R()
    r.feed(data.decode("utf-8"))
    return "".join(r.buf).lstrip("\n")


def html_ol_cjk_headings(text):
    """A page from a UEditor-style CMS where the writer made the top headings a numbered list: each
    top heading is `<ol start="N" style="list-style-type: cjk-ideographic;"><li><p><strong>X</strong>
    </p></li></ol>` with its typed number 一、 removed -- the browser draws 一、 二、 … itself (N is the
    typed number's value, so the drawn number is the typed one).  Every other line a `<p>`
    (title centred, sub-headings bold, the indent as text-indent:2em, a blank line `<p><br/></p>`).
    Applies where there are standalone top headings."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    tops = {i: m for i, lvl, m in headings(lines, (0,))}
    if not tops:
        return None
    ps = []
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        e = html.escape(s, quote=False)
        if not s:
            ps.append("<p><br/></p>")
        elif i == ti:
            ps.append(f'<p style="text-align: center;"><strong>{e}</strong></p>')
        elif i in tops:
            m = tops[i]
            t = html.escape(m.group("text"), quote=False)
            ps.append(f'<ol start="{cn_val(m.group("num"))}" style="list-style-type: cjk-ideographic;" class=" list-paddingleft-2">'
                      f"<li><p><strong>{t}</strong></p></li></ol>")
        elif i in lv:
            ps.append(f'<p style="text-indent: 2em;"><strong>{e}</strong></p>' if ind else f"<p><strong>{e}</strong></p>")
        else:
            ps.append(f'<p style="text-indent: 2em;">{e}</p>' if ind else f"<p>{e}</p>")
    page = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n</head>\n<body>\n'
            '<div class="article">\n' + "\n".join(ps) + "\n</div>\n</body>\n</html>\n")
    data = page.encode("utf-8")
    return _payload(data, ".html", _html_read_p(data))


# ---------------------------------------------------------------- RTF with GBK hex escapes
def _rtf_hex(s: str) -> str:
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif 32 <= o < 128:
            out.append(ch)
        elif ch == "\t":
            out.append(r"\tab ")
        else:
            try:
                out.append("".join(f"\\'{b:02x}" for b in ch.encode("gbk")))
            except UnicodeEncodeError:
                out.append(f"\\u{o if o < 32768 else o - 65536}?" if o <= 0xFFFF else "?")
    return "".join(out)


def rtf_hex_read(data: bytes) -> str:
    s = data.decode("ascii")[len(RTF_HEAD):]
    out: list = []
    pend = bytearray()

    def flush():
        if pend:
            out.append(pend.decode("gbk"))
            pend.clear()
    i = 0
    while i < len(s):
        m = re.match(r"\\'([0-9a-f]{2})", s[i:])
        if m:
            pend.append(int(m.group(1), 16))
            i += 4
            continue
        flush()
        c = s[i]
        if c == "\\":
            m = re.match(r"\\(u(-?\d+)\?|par\b ?|tab\b ?|[\\{}]|[a-z]+-?\d* ?)", s[i:])
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
        elif c in "{}\r\n":
            i += 1
        else:
            out.append(c)
            i += 1
    flush()
    t = "".join(out)
    return t[:-1] if t.endswith("\n") else t


def rtf_gbk_hex_escapes(text):
    """.rtf as WPS / WordPad save Chinese: `\\ansicpg936`, every CJK character as its two GBK bytes
    `\\'hh\\'hh` (a character outside GBK as `\\uN?`), a paragraph per line (`\\pard … \\par`), the
    indent `\\fi640`, the title `\\qc`, headings `{\\f1\\b …}`."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    parts = [RTF_HEAD]
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if i == ti:
            parts.append(r"\pard\qc\f0\fs44 " + _rtf_hex(s) + r"\par")
        elif i in lv:
            parts.append(r"\pard" + (r"\fi640" if ind else "") + r"\fs32{\f1\b " + _rtf_hex(s) + r"}\par")
        else:
            parts.append(r"\pard" + (r"\fi640" if ind else "") + r"\f0\fs32 " + _rtf_hex(s) + r"\par")
    data = ("\r\n".join(parts) + "\r\n}").encode("ascii")
    return _payload(data, ".rtf", rtf_hex_read(data))


# ---------------------------------------------------------------- plain text: 一， for 一、
_TOP_DUNHAO = re.compile(r"^([" + WS + r"]*)([一二三四五六七八九十]{1,3})、", re.M)
_TOP_COMMA = re.compile(r"^([" + WS + r"]*)([一二三四五六七八九十]{1,3})，", re.M)


def top_sep_fullwidth_comma(text):
    """Every line-start top-level number's 顿号 written as a full-width comma: `一、X` → `一，X`
    (standalone headings and run-in leads alike: a writer's habit applies to all of them)."""
    if not headings(split_lines(text)[0], (0,)):
        return None
    out = _TOP_DUNHAO.sub(lambda m: m.group(1) + m.group(2) + "，", text)
    return out if out != text else None


# ---------------------------------------------------------------- words check and heading norm
def strip_form(t: str) -> str:
    t = unicodedata.normalize("NFC", t.replace("\r\n", "\n").replace("\r", "\n"))
    t = _TOP_COMMA.sub(lambda m: m.group(1) + m.group(2) + "、", t)
    return unicodedata.normalize("NFKC", t)


def words_kept(original: str, edited) -> bool:
    """Form_edits' word filter after strip_form (line ends, a line-start `一，` read as `一、`, NFKC)
    on both sides; a Payload through the text a reader of its file sees."""
    return _words(strip_form(original), False) == _words(strip_form(as_text(edited)), True)


EXTRA_LEAK = r"\\'[0-9a-f]{2}|\\par|\\f\d|HYPERLINK|flk\.npc|list-style|<li|<ol"


def heading_norm(h):
    s = strip_form(h or "")
    s = re.sub(r"^[" + WS + r"]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])", "", s)
    return "".join(ch for ch in s if ch.isalnum())


ALL_KINDS = {
    "docx_content_controls": docx_content_controls,
    "docx_hyperlinked_refs": docx_hyperlinked_refs,
    "docx_textbox_title": docx_textbox_title,
    "doc_word97": doc_word97,
    "html_ol_cjk_headings": html_ol_cjk_headings,
    "rtf_gbk_hex_escapes": rtf_gbk_hex_escapes,
    "top_sep_fullwidth_comma": top_sep_fullwidth_comma,
}
