"""Form-only edits, eighteenth set (r): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md's list of the formats the CLI reads was read).

Each kind gives the very same report in a way sets g-q did not try: the title broken over two
lines at a natural break; a cover letter (呈报函) on top of the report; paragraphs separated by two
blank lines; third-level items numbered `1)` instead of `1.`; a Word file with a text watermark in
its header; a web page whose article sits deep in nested <div>s beside a sidebar of related
reports; a Word file that went through Word 97-2003 compatibility (LibreOffice .docx -> .doc ->
.docx).

An edit returns the edited text, or a `Payload` (set o's: file bytes, suffix, and the text a reader
of the file sees), or None where it does not apply.  Edits find what they change from the text's own
structure (form_edits' heading regexes, set g's title finder), never from a named document or line.
Which kinds are tuning and which held is decided by split_r.py (random, fixed seed).
"""
from __future__ import annotations

import html
import os
import re
import shutil
import tempfile

from form_edits import NUM_RE, _words
from form_edits_g import WS
from form_edits_o2_kinds import _soffice
from form_edits_o_kinds import (_docx_bytes, _docx_doc, _fill_para, _heading_levels, _indent_split, _lines,
                                _payload, _title_idx, as_text, docx_plain_paras, docx_read, strip_form)
from form_edits_p_kinds import _paras_html, _zone_text


def _nl(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _end(text: str) -> str:
    return _nl(text) if text.endswith(("\n", "\r")) else ""


# ================================================================ plain text
_TITLE_BREAKS = ("法治政府建设", "依法行政", "法治建设", "年度报告", "工作情况", "情况的报告", "工作报告", "报告")


def title_two_lines(text):
    """The title set in two centred lines, as a long 公文 title is (回行 at a natural break): the
    second line starts at the first of 法治政府建设 / 依法行政 / 法治建设 / 年度报告 / 工作情况 /
    情况的报告 / 工作报告 / 报告 that leaves at least 4 characters on each line.  Applies where a
    title of at least 12 characters is found."""
    lines = _lines(text)
    ti = _title_idx(lines)
    if ti is None:
        return None
    ind, s = _indent_split(lines[ti])
    if len(s) < 12:
        return None
    for w in _TITLE_BREAKS:
        k = s.find(w)
        if k >= 4 and len(s) - k >= 4:
            break
    else:
        return None
    a, b = s[:k], s[k:]
    pad = "\u3000" * max(0, (len(a) - len(b)) // 2)
    lines[ti:ti + 1] = [ind + a, ind + pad + b]
    return _nl(text).join(lines) + _end(text)


_UNIT_END = ("人民政府", "政府", "局", "委员会", "办公室", "厅", "委", "院", "部", "街道办事处", "镇", "乡", "区", "县", "市")
LETTER_MARK = "附件："


def _letter(title: str) -> list[str]:
    m = re.match(r"^(.{2,30}?)(?:关于)?(\d{4})年", title)
    unit = m.group(1) if m and m.group(1).endswith(_UNIT_END) else None
    year = int(m.group(2)) if m else None
    out = ["　　　　　　　呈　报　函", "", "致：上级机关", f"　　现将《{title}》随文上报，请审阅。", "　　特此报告。", ""]
    if unit:
        out.append("　" * 16 + unit)
    if year:
        out.append("　" * 16 + f"{year + 1}年1月15日")
    out += ["", LETTER_MARK + title, "", ""]
    return out


def cover_letter_before(text):
    """A cover letter (呈报函) on top of the report, as a report is sent up: 呈报函, 致：上级机关,
    现将《title》随文上报，请审阅。特此报告。, the unit (the title's words before its year, where they
    end like a unit name) and a date (the 15th of January of the year after the title's year, where
    the title has a year), then `附件：title` and the report as it is.  Applies where a title is found."""
    lines = _lines(text)
    ti = _title_idx(lines)
    if ti is None:
        return None
    nl = _nl(text)
    return nl.join(_letter(lines[ti].strip(WS))) + text


def double_blank_paras(text):
    """Every line of the report followed by two blank lines (existing blank lines dropped), as text
    pasted from a web editor that turns each paragraph end into two empty lines."""
    lines = [ln for ln in _lines(text) if ln.strip(WS)]
    nl = _nl(text)
    return (nl * 3).join(lines) + nl


_NUM_SEP = re.compile(r"^(?P<ind>[ \t\u3000\u00a0]*)(?P<num>\d{1,2})[.．、](?!\d)")


def arabic_paren_items(text):
    """Line-start arabic item numbers `1.` / `1．` / `1、` written `1)` (a half-width closing
    parenthesis), a common typing of third-level items.  Applies where at least two such lines."""
    lines = _lines(text)
    hits = [i for i, ln in enumerate(lines) if NUM_RE.match(ln)]
    if len(hits) < 2:
        return None
    for i in hits:
        lines[i] = _NUM_SEP.sub(lambda m: m.group("ind") + m.group("num") + ")", lines[i], count=1)
    return _nl(text).join(lines) + _end(text)


# ================================================================ Word .docx
WATERMARK = "内部资料"
_VML_WM = (
    '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
    '<v:textpath on="t" fitshape="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:415pt;height:103pt;rotation:315;z-index:-251657216;'
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;'
    'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
    '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;宋体&quot;;font-size:1pt" string="{wm}"/>'
    '</v:shape></w:pict></w:r></w:p>')


def docx_text_watermark(text):
    """Word .docx (set o's docx_plain_paras layout) with a text watermark `内部资料` as Word's
    设计 → 水印 → 自定义水印 writes it: a silver, semi-transparent, diagonal WordArt shape
    (`v:textpath`) in the page header, drawn behind the text of every page.  The body is unchanged."""
    from docx.oxml import parse_xml
    x = docx_plain_paras(text)
    import io

    import docx
    d = docx.Document(io.BytesIO(bytes(x)))
    hdr = d.sections[0].header
    hdr.is_linked_to_previous = False
    hdr._element.append(parse_xml(_VML_WM.replace("{wm}", WATERMARK)))
    data = _docx_bytes(d)
    return _payload(data, ".docx", docx_read(data))


def docx_compat_roundtrip(text):
    """Word .docx that went through 兼容模式: set o's docx_plain_paras document saved by
    LibreOffice as Word 97-2003 (.doc) and that .doc saved again as .docx (`MS Word 2007 XML`),
    as a file opened from an old .doc and 另存为 .docx.  The text a reader sees is the final
    .docx's paragraphs."""
    if not shutil.which("soffice"):
        return None
    x = docx_plain_paras(text)
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "r.docx")
        open(src, "wb").write(bytes(x))
        _soffice(["--convert-to", "doc:MS Word 97", "--outdir", td, src], td)
        os.makedirs(os.path.join(td, "o"))
        _soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", os.path.join(td, "o"),
                  os.path.join(td, "r.doc")], td)
        data = open(os.path.join(td, "o", "r.docx"), "rb").read()
    return _payload(data, ".docx", docx_read(data))


# ================================================================ HTML
def _related(title: str) -> list[str]:
    m = re.search(r"(\d{4})年", title)
    if not m:
        return []
    y = int(m.group(1))
    return [title[:m.start()] + f"{y - k}年" + title[m.end():] for k in (1, 2, 3)]


def html_nested_sidebar(text):
    """UTF-8 page of a CMS theme: the article (`<p>` per line, title centred) inside
    `<article id="content">` nested in nine layout `<div>`s (wrapper / container / row / col /
    panel / panel-body / detail / detail-body / TRS_Editor), and beside it an `<aside>` sidebar
    「相关报告」 listing the same unit's reports of the three years before (the title with its year
    lowered, as links; no list where the title has no year), plus 「热点专题」 with two generic
    links.  Page `<title>` = the report's title."""
    lines = _lines(text)
    lv, ti = _heading_levels(lines), _title_idx(lines)
    t = html.escape(lines[ti].strip(WS), quote=False) if ti is not None else ""
    rel = "".join(f'<li><a href="/art/{k}.html">{html.escape(r, quote=False)}</a></li>'
                  for k, r in enumerate(_related(lines[ti].strip(WS)) if ti is not None else []))
    classes = ["wrapper", "container", "row", "col-md-9", "panel", "panel-body", "detail", "detail-body",
               "TRS_Editor"]
    open_ = "".join(f'<div class="{c}">' for c in classes)
    close = "</div>" * len(classes)
    side = ('<aside class="sidebar"><div class="box"><h3>相关报告</h3><ul>' + rel + '</ul></div>'
            '<div class="box"><h3>热点专题</h3><ul><li><a href="/zt/1.html">优化营商环境</a></li>'
            '<li><a href="/zt/2.html">政务公开</a></li></ul></div></aside>')
    page = (f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>{t}</title>\n</head>\n<body>\n'
            + open_ + '\n<article id="content">\n' + _paras_html(lines, lv, ti) + "\n</article>\n"
            + close + "\n" + side + "\n</body>\n</html>\n")
    return _payload(page.encode("utf-8"), ".html", _zone_text(page, "content"))


# ================================================================ words check and heading norm
def strip_form_r(t: str) -> str:
    return strip_form(t)


def words_kept(original: str, edited) -> bool:
    """Same words in the same order (form_edits' word filter) after strip_form on both sides; a
    Payload is compared through the text a reader of it sees.  For cover_letter_before, everything
    up to and including the `附件：title` line (the letter) is dropped before comparing, and the
    letter must be one _letter() writes for that title."""
    o = _words(strip_form_r(original), False)
    e = strip_form_r(as_text(edited))
    e = re.sub(r"(?m)^([ \t\u3000\u00a0]*\d{1,2})\)", r"\1.", e)  # arabic_paren_items: `1)` read as `1.`
    if _words(e, True) == o:
        return True
    ls = e.split("\n")
    for j, ln in enumerate(ls):
        if re.match(r"附件[：:]", ln):
            head = strip_form_r("\n".join(_letter(ln[3:])))
            if _words("\n".join(ls[:j + 1]), True) != _words(head, True):
                return False
            return _words("\n".join(ls[j + 1:]), True) == o
    return False


EXTRA_LEAK = r"呈　报　函|致：上级机关|附件：|内部资料|相关报告|热点专题|\d\)"


def heading_norm(h):
    s = strip_form_r(h or "")
    s = re.sub(r"^[" + WS + r"]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])", "", s)
    return "".join(ch for ch in s if ch.isalnum())


ALL_KINDS = {
    "title_two_lines": title_two_lines,
    "cover_letter_before": cover_letter_before,
    "double_blank_paras": double_blank_paras,
    "arabic_paren_items": arabic_paren_items,
    "docx_text_watermark": docx_text_watermark,
    "docx_compat_roundtrip": docx_compat_roundtrip,
    "html_nested_sidebar": html_nested_sidebar,
}
