"""Build test inputs at test time from the dev reports: no binary fixtures are stored in the repository.

- `make_docx`: python-docx, headings numbered by Word itself (a real numbering definition in
  word/numbering.xml: 一、 / （一） / 1. levels), directly or through Heading styles, the signature in
  a table, a running page header.
- `make_pdf`: fpdf2 with an embedded CJK font found on this machine, laid out like an official
  document (28 characters a line, first-line indent, a centred title that may wrap onto two lines), a
  running header and page numbers ("- 3 -", "第 3 页 共 9 页", "3/9"), paragraphs broken by the layout.
- `make_html`: a saved government web page with site chrome (top bar, navigation, search box,
  breadcrumb, sidebar of links, print/close tools, footer, scripts, hidden blocks) in UTF-8 or GBK,
  the body as <p> paragraphs or as <br> lines inside a layout table.
- bad files: truncated .docx, zip bomb, encrypted PDF, PDF without a text layer, sparse text, ...

Used by tests/test_formats.py and benchmarks/bench_extract.py.
"""
from __future__ import annotations

import html as htmlmod
import io
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "shared" / "corpus"

CN = "一二三四五六七八九十"
# (level, regex) of the heading markers that Word's numbering draws in these reports.
HEADING_LEVELS = [
    (0, re.compile(rf"^([{CN}]{{1,3}})、\s*")),
    (1, re.compile(rf"^[（(]([{CN}]{{1,3}})[)）]\s*")),
    (2, re.compile(r"^(\d{1,2})([、.．])(?!\d)\s*")),
]


@dataclass
class Report:
    name: str
    text: str
    labels: dict

    @property
    def lines(self) -> list[str]:
        return self.text.splitlines()


def dev_reports() -> list[Report]:
    import yaml

    out = []
    for p in sorted((CORPUS / "dev").glob("*.txt")):
        lab = p.with_suffix(".labels.yaml")
        labels = yaml.safe_load(lab.read_text(encoding="utf-8")) if lab.exists() else {}
        out.append(Report(p.stem, p.read_text(encoding="utf-8"), labels or {}))
    return out


def _cn_value(s: str) -> int | None:
    from scorer.document.structure import cn_number

    return cn_number(s)


# --------------------------------------------------------------------------- roles of lines


def roles(lines: list[str]) -> dict[int, str]:
    """line number (1-based) → header | title | body | closing | footer, from the structure stage.

    Only used to decide where a builder puts site chrome; the readers under test never see it.
    """
    from scorer.document.build import analyse

    st = analyse(lines)
    out: dict[int, str] = {}
    for b in st.header:
        out[b.line] = "header"
    for n in st.title_lines:
        out[n] = "title"
    for b in st.body_blocks():
        out.setdefault(b.line, "body")
    for b in st.closing:
        out.setdefault(b.line, "closing")
    last_body = max((n for n, r in out.items() if r in ("body", "closing", "title")), default=0)
    for b in st.blocks:
        if b.line not in out:
            out[b.line] = "footer" if b.line > last_body else ("header" if not st.title_lines or b.line < st.title_lines[0] else "body")
    return out


# --------------------------------------------------------------------------- .docx


def _numbering_xml_parts(sep2: str, style_linked: bool, scheme: str = "cn") -> tuple[str, str]:
    """An abstractNum (三级: 一、 / （一） / 1., or with scheme 'arabic' 1. / 1.1 / （1）) and its num,
    as Word writes them."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    pstyles = ("Heading1", "Heading2", None) if style_linked else (None, None, None)
    levels = [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", f"%3{sep2}")]
    if scheme == "arabic":
        levels = [("decimal", "%1."), ("decimal", "%1.%2"), ("decimal", "（%3）")]
    lvl_xml = []
    for i, (fmt, text) in enumerate(levels):
        ps = f'<w:pStyle w:val="{pstyles[i]}"/>' if pstyles[i] else ""
        lvl_xml.append(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{ps}'
            f'<w:suff w:val="nothing"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl>'
        )
    abstract = f'<w:abstractNum {w} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>{"".join(lvl_xml)}</w:abstractNum>'
    num = f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'
    return abstract, num


def make_docx(text: str, path: Path, *, numbering: str = "direct", signature_table: bool = True,
              scheme: str = "cn") -> Path:
    """A .docx of the report; numbering: 'direct' (numPr on the paragraph), 'style' (Heading 1/2 carry it) or 'none';
    scheme: the numbers Word draws, 'cn' (一、 / （一） / 1.) or 'arabic' (1. / 1.1 / （1）)."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    from docx.shared import Pt

    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    d = docx.Document()
    d.styles["Normal"].font.size = Pt(16)
    sep2 = "、"
    for ln in lines:
        m = HEADING_LEVELS[2][1].match(ln)
        if m:
            sep2 = "." if m.group(2) in ".．" else "、"
            break
    style_linked = numbering == "style"
    if numbering != "none":
        abstract, num = _numbering_xml_parts(sep2, style_linked, scheme)
        numbering_el = d.part.numbering_part.element
        first_num = numbering_el.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(parse_xml(abstract))
        else:
            numbering_el.append(parse_xml(abstract))
        numbering_el.append(parse_xml(num))
        if style_linked:
            for sid, ilvl in (("Heading1", 0), ("Heading2", 1)):
                style = d.styles.get_by_id(sid, 1) if hasattr(d.styles, "get_by_id") else d.styles[sid]
                ppr = style.element.get_or_add_pPr()
                ppr.insert(0, parse_xml(
                    f'<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                    f'<w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>'
                ))
    d.sections[0].header.paragraphs[0].text = "法治政府建设年度报告（内部校对稿）"

    closing: list[str] = []
    if signature_table and len(lines) >= 2 and re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", lines[-1]) and len(lines[-2]) <= 30 \
            and not re.search(r"[。，,；]", lines[-2]):
        closing = lines[-2:]
        lines = lines[:-2]

    counters = [0, 0, 0]
    for ln in lines:
        level, rest = None, ln
        for lv, rx in HEADING_LEVELS:
            m = rx.match(ln)
            if not m:
                continue
            n = int(m.group(1)) if lv == 2 else _cn_value(m.group(1))
            if lv == 2 and m.group(2) not in (sep2 if sep2 == "、" else ".．"):
                break
            if numbering != "none" and n == counters[lv] + 1 and len(ln) > len(m.group(0)) + 1:
                level, rest = lv, ln[m.end():]
            break
        if level is None:
            d.add_paragraph(ln)
            continue
        counters[level] += 1
        for deeper in range(level + 1, 3):
            counters[deeper] = 0
        if style_linked and level < 2:
            p = d.add_paragraph(rest, style="Heading 1" if level == 0 else "Heading 2")
        else:
            p = d.add_paragraph(rest)
            ppr = p._p.get_or_add_pPr()
            ppr.append(parse_xml(
                f'<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'
            ))
    if closing:
        table = d.add_table(rows=len(closing), cols=1)
        for row, value in zip(table.rows, closing):
            row.cells[0].text = value
    d.save(str(path))
    return path


def docx_bytes(paragraphs: list[str]) -> bytes:
    import docx

    d = docx.Document()
    for t in paragraphs:
        d.add_paragraph(t)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def make_docx_from_xml(path: Path, body_xml: str, numbering_xml: str | None = None, styles_xml: str | None = None,
                       styles_part: str | None = None, extra_parts: dict[str, bytes] | None = None) -> Path:
    """A minimal .docx around a hand-written <w:body> (for numbering and layout edge cases);
    `styles_part` is a whole word/styles.xml, `styles_xml` the inside of a <w:styles>; `extra_parts` more parts by
    name (word/_rels/document.xml.rels, an imported chunk)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    doc = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f"<w:body>{body_xml}</w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", ct)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("word/document.xml", doc)
        if numbering_xml is not None:
            zf.writestr("word/numbering.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{W}">{numbering_xml}</w:numbering>')
        if styles_xml is not None:
            styles_part = f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">{styles_xml}</w:styles>'
        if styles_part is not None:
            zf.writestr("word/styles.xml", styles_part)
        for name, data in (extra_parts or {}).items():
            zf.writestr(name, data)
    return path


def make_zip_bomb_docx(path: Path, megabytes: int = 80) -> Path:
    """A .docx whose document.xml inflates to `megabytes` MB (a few hundred kB on disk)."""
    good = docx_bytes(["2024年法治政府建设年度报告"])
    src = zipfile.ZipFile(io.BytesIO(good))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            if info.filename == "word/document.xml":
                doc = src.read(info)
                pad = b" " * (megabytes * 1024 * 1024)
                zf.writestr(info.filename, doc.replace(b"<w:body>", b"<w:body>" + pad, 1), compresslevel=9)
            else:
                zf.writestr(info, src.read(info))
    return path


# --------------------------------------------------------------------------- PDF


def find_cjk_font() -> tuple[str, int] | None:
    """(font file, index in a collection) of a CJK font on this machine, or None.

    FZSCORE_CJK_FONT=/path/font.ttc[:index] chooses one.
    """
    import os

    chosen = os.environ.get("FZSCORE_CJK_FONT")
    if chosen:
        name, _, index = chosen.partition(":")
        return (name, int(index or 0)) if Path(name).is_file() else None
    candidates: list[str] = []
    if shutil.which("fc-list"):
        try:
            out = subprocess.run(["fc-list", ":lang=zh", "file"], capture_output=True, text=True, timeout=20).stdout
            candidates = [ln.split(":")[0].strip() for ln in out.splitlines() if ln.strip()]
        except (OSError, subprocess.SubprocessError):
            pass
    for pattern in ("/usr/share/fonts/**/*CJK*", "/usr/share/fonts/**/wqy*", "/usr/share/fonts/**/*[Ss]im*"):
        candidates += [str(p) for p in Path("/").glob(pattern.lstrip("/"))]
    # Prefer a Simplified Chinese face; in a Noto CJK collection SC is face 2.
    def rank(f: str) -> tuple:
        return (0 if "Regular" in f or "wqy" in f.lower() else 1, 0 if "Sans" in f else 1, f)

    for f in sorted(set(candidates), key=rank):
        if not f.lower().endswith((".ttf", ".otf", ".ttc")) or not Path(f).is_file():
            continue
        index = 2 if f.endswith(".ttc") and "CJK" in f else 0
        return f, index
    return None


def subset_font(font: tuple[str, int], texts: list[str], folder: Path) -> tuple[str, int]:
    """The font cut down to the characters of `texts` (and ASCII, page-number and header words), saved in
    `folder`: fpdf2 then embeds it in a fraction of the time it takes to subset a whole CJK collection."""
    from fontTools import subset, ttLib

    chars = set("".join(texts)) | {chr(c) for c in range(0x20, 0x7F)} | set("第页共－—法治政府建设年度报告（内部校对稿）")
    out = folder / f"cjk-subset-{abs(hash(frozenset(chars))) % 10**8}.otf"
    if not out.exists():
        face = ttLib.TTFont(font[0], fontNumber=font[1])
        options = subset.Options()
        options.name_IDs = ["*"]
        options.notdef_outline = True
        sub = subset.Subsetter(options)
        sub.populate(unicodes=[ord(c) for c in chars])
        sub.subset(face)
        face.save(str(out))
    return str(out), 0


def _wrap(pdf, text: str, width: float, first_indent: float) -> list[str]:
    """Greedy line breaking by characters, as Word does for Chinese, keeping closing punctuation off line starts."""
    no_start = "，。、；：？！）》”’】」』,.;:?!)"
    lines, cur, avail = [], "", width - first_indent
    for ch in text:
        if cur and pdf.get_string_width(cur + ch) > avail and ch not in no_start:
            lines.append(cur)
            cur, avail = "", width
        cur += ch
    if cur:
        lines.append(cur)
    return lines


def make_pdf(text: str, path: Path, font: tuple[str, int], *, title: str | None = None, page_numbers: str = "dash",
             running_header: str | Callable[[list[str]], str] | None = "法治政府建设年度报告", justify: bool = False,
             invisible_copy: bool = False, centred_tops: bool = False) -> Path:
    """An A4 report: 16 pt body, 28 characters a line, 22 lines a page, first-line indent of two characters.
    invisible_copy: each page's text drawn again over itself as invisible text (3 Tr), after the page's
    visible text, as PDF optimisers and a second OCR pass leave it. centred_tops: top headings (一、X) centred, a long
    one set as two balanced lines, as WPS sets them. running_header: a page's head, or a function of
    the lines up to the page's first (a head naming the part the page is in)."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("cjk", fname=font[0], collection_font_number=font[1])
    left, right, top, bottom = 28.0, 26.0, 37.0, 35.0
    width = 210 - left - right
    line_h = 10.2
    rows: list[tuple[str, float, float, str]] = []  # (text, size, x, align)
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    closing_from = len(lines)
    if len(lines) >= 2 and re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", lines[-1]):
        closing_from = len(lines) - (2 if len(lines[-2]) <= 30 and not re.search(r"[。，,]", lines[-2]) else 1)
    for i, ln in enumerate(lines):
        if title and ln == title:
            pdf.set_font("cjk", size=22)
            for part in _wrap(pdf, ln, width, 0):
                rows.append((part, 22, 0, "C"))
            continue
        pdf.set_font("cjk", size=16)
        if centred_tops and re.match(r"[一二三四五六七八九十]{1,2}、", ln):
            half = (len(ln) + 1) // 2 if len(ln) >= 12 else len(ln)
            rows += [(part, 16, 0, "C") for part in (ln[:half], ln[half:]) if part]
            continue
        if i >= closing_from:
            rows.append((ln, 16, 0, "R"))
            continue
        indent = pdf.get_string_width("国国")
        for j, part in enumerate(_wrap(pdf, ln, width, indent)):
            rows.append((part, 16, indent if j == 0 else 0, "L"))
    per_page = int((297 - top - bottom) // line_h)
    pages = [rows[i : i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    total = len(pages)
    for no, page_rows in enumerate(pages, start=1):
        pdf.add_page()
        head = running_header([r[0] for p in pages[: no - 1] for r in p] + [r[0] for r in page_rows[:1]]) \
            if callable(running_header) else running_header
        if head:
            pdf.set_font("cjk", size=10.5)
            pdf.text(left, 22, head)
            pdf.line(left, 24, 210 - right, 24)
        drawn: list[tuple[float, float, float, str]] = []
        y = top
        for text_, size, x, align in page_rows:
            pdf.set_font("cjk", size=size)
            w = pdf.get_string_width(text_)
            if align == "C":
                xpos = left + (width - w) / 2
            elif align == "R":
                xpos = left + width - w - 8
            else:
                xpos = left + x
            if justify and align == "L" and len(text_) > 1 and w > width * 0.9:
                spacing = (width - x - w) / (len(text_) - 1) * 72 / 25.4
                pdf.set_char_spacing(spacing)
                pdf.text(xpos, y, text_)
                pdf.set_char_spacing(0)
            else:
                pdf.text(xpos, y, text_)
            drawn.append((size, xpos, y, text_))
            y += line_h
        if invisible_copy:
            from fpdf.enums import TextMode

            pdf.text_mode = TextMode.INVISIBLE
            for size, xpos, y, text_ in drawn:
                pdf.set_font("cjk", size=size)
                pdf.text(xpos, y, text_)
            pdf.text_mode = TextMode.FILL
        pdf.set_font("cjk", size=12)
        label = {"dash": f"- {no} -", "of": f"第 {no} 页 共 {total} 页", "slash": f"{no}/{total}", "none": ""}[page_numbers]
        if label:
            pdf.text(105 - pdf.get_string_width(label) / 2, 297 - 18, label)
    pdf.output(str(path))
    return path


def make_image_pdf(path: Path, pages: int = 2, stamp: str | None = None, font: tuple[str, int] | None = None) -> Path:
    """A 'scanned' PDF: pictures of text only (grey bars). With `stamp` (needs `font`), the first page
    also carries that one line as real text, like a scan with a typed cover note."""
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    if stamp and font:
        pdf.add_font("cjk", fname=font[0], collection_font_number=font[1])
    for no in range(1, pages + 1):
        pdf.add_page()
        pdf.set_fill_color(90, 90, 90)
        for row in range(20):
            pdf.rect(28, 40 + row * 10, 150 - (row % 3) * 20, 5, style="F")
        if stamp and font and no == 1:
            pdf.set_font("cjk", size=12)
            pdf.text(28, 260, stamp)
    pdf.output(str(path))
    return path


def turn_pdf(src: Path, dst: Path, turns: int) -> Path:
    """The same pages stored turned and shown upright by /Rotate (turns × 90°), as scanners and print
    drivers store landscape media: each page's content is drawn turned back by as much."""
    import pypdf
    from pypdf.generic import ArrayObject, FloatObject, NameObject, NumberObject

    wr = pypdf.PdfWriter(clone_from=pypdf.PdfReader(str(src)))
    for pg in wr.pages:
        w, h = float(pg.mediabox.width), float(pg.mediabox.height)
        shift = {1: (h, 0), 2: (w, h), 3: (0, w)}[turns]
        pg.add_transformation(pypdf.Transformation().rotate(90 * turns).translate(*shift))
        size = (h, w) if turns % 2 else (w, h)
        pg[NameObject("/MediaBox")] = ArrayObject([NumberObject(0), NumberObject(0), *map(FloatObject, size)])
        if "/CropBox" in pg:
            del pg["/CropBox"]
        pg[NameObject("/Rotate")] = NumberObject(90 * turns)
    with open(dst, "wb") as f:
        wr.write(f)
    return dst


def encrypt_pdf(src: Path, dst: Path, user_password: str = "secret", owner_password: str = "owner") -> Path:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(str(src)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="RC4-128")  # no crypto library needed
    with open(dst, "wb") as fh:
        writer.write(fh)
    return dst


def strip_tounicode(src: Path, dst: Path) -> Path:
    """The same PDF with its fonts' ToUnicode maps removed: glyphs still show, the text cannot be read."""
    import pypdf

    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(str(src)))
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            f = ref.get_object()
            if "/ToUnicode" in f:
                del f["/ToUnicode"]
    with open(dst, "wb") as fh:
        writer.write(fh)
    return dst


# --------------------------------------------------------------------------- HTML

_SIDEBAR = [
    "关于印发《2025年全市法治政府建设工作要点》的通知",
    "市人民政府2024年法治政府建设年度报告",
    "2024年度政府信息公开工作年度报告",
    "关于开展行政执法案卷评查工作的通知",
]


def make_html(text: str, path: Path, *, encoding: str = "utf-8", meta: str = "charset", layout: str = "p",
              sidebar: str = "after", pubdate_meta: str | None = None, site: str = "新区人民政府") -> Path:
    """A saved web page of the report with a government site's chrome around it.

    meta: 'charset' (<meta charset=…>) or 'http-equiv' (<meta http-equiv="Content-Type" content="…charset=…">);
    layout: 'p' (one <p> a paragraph) or 'br' (a layout table, lines separated by <br>);
    sidebar: 'before' or 'after' the article (links to other documents, a classic trap for the title).
    """
    lines = text.splitlines()
    role = roles(lines)
    esc = htmlmod.escape
    head_chrome, title_lines, body, footer = [], [], [], []
    for no, ln in enumerate(lines, start=1):
        if not ln.strip():
            continue
        r = role.get(no, "body")
        if r == "header":
            head_chrome.append(ln.strip())
        elif r == "title":
            title_lines.append(ln.strip())
        elif r == "footer":
            footer.append(ln.strip())
        else:
            body.append((ln.strip(), r))
    title = "".join(title_lines)
    charset = {"utf-8": "utf-8", "gbk": "gbk", "gb2312": "gb2312", "gb18030": "gb18030"}[encoding]
    if meta == "charset":
        meta_tag = f'<meta charset="{charset}">'
    else:
        meta_tag = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    pub = f'<meta name="PubDate" content="{esc(pubdate_meta)}">' if pubdate_meta else ""
    side = (
        '<div class="side"><h3>相关文件</h3><ul>'
        + "".join(f'<li><a href="/art/{i}.html" title="{esc(t)}">{esc(t)}</a><span>2025-0{i + 1}-1{i}</span></li>'
                  for i, t in enumerate(_SIDEBAR))
        + "</ul></div>"
    )
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head>',
        meta_tag,
        f"<title>{esc(title or '法治政府建设')}_{site}</title>",
        '<meta name="SiteName" content="' + site + '">',
        pub,
        "<style>.nav li{float:left} body{font-family:'Microsoft YaHei'} .hide{display:none}</style>",
        '<script>var keywords = "法治政府建设年度报告 关于印发工作要点的通知"; '
        'document.write("<span>欢迎访问</span>");</script>',
        "</head><body>",
        '<div class="topbar"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a>'
        '<span class="date">2026年3月2日 星期一</span></div>',
        f'<div class="logo"><img src="logo.png" alt="{site}门户网站"></div>',
        '<ul class="nav">' + "".join(f'<li><a href="/{i}/">{n}</a></li>' for i, n in enumerate(
            ["首页", "政务公开", "政务服务", "互动交流", "走进新区"])) + "</ul>",
        '<div class="search"><form action="/search"><input type="text" placeholder="请输入关键词">'
        "<button>搜索</button></form></div>",
        '<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
        '<a href="/fzzf/">法治政府建设</a></div>',
    ]
    if sidebar == "before":
        parts.append(side)
    parts += [f"<div>{esc(h)}</div>" for h in head_chrome]
    parts.append('<div class="article">')
    if title:
        parts.append(f"<h1>{esc(title)}</h1>")
    parts.append('<div class="hide">本页内容已归档 请勿转载 法治政府建设年度报告</div>')
    if layout == "p":
        parts.append('<div class="TRS_Editor">')
        for ln, r in body:
            style = "text-align:right" if r == "closing" else "text-indent:2em"
            parts.append(f'<p style="{style}">{esc(ln)}</p>')
        parts.append("</div>")
    else:
        parts.append('<table width="100%"><tr><td class="bt_content">')
        parts.append("<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(ln) for ln, _ in body))
        parts.append("</td></tr></table>")
    parts.append('<div class="tools">【<a href="javascript:window.print()">打印本页</a>】'
                 '【<a href="javascript:window.close()">关闭窗口</a>】</div>')
    parts.append("</div>")
    if sidebar == "after":
        parts.append(side)
    parts += [f"<div>{esc(f)}</div>" for f in footer]
    parts += [
        '<div class="footer"><p>主办：' + site + '办公室　承办：新区大数据中心</p>'
        "<p>网站标识码：1234567890　<a href='https://beian.miit.gov.cn'>X ICP备12345678号</a></p></div>",
        '<script type="text/javascript">var _hmt = _hmt || []; /* 统计 法治政府建设 */</script>',
        "</body></html>",
    ]
    data = "\n".join(p for p in parts if p).encode("gb18030" if charset != "utf-8" else "utf-8")
    path.write_bytes(data)
    return path


def report_publish_date(r: Report) -> str | None:
    d = r.labels.get("publish_date")
    return str(d) if d else None
