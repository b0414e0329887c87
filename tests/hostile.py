"""Hostile inputs, built in code: each is a file that once stopped a round, filled the memory,
took minutes or reached a spreadsheet as a formula (issue 15), plus the mutations the fuzz test
and benchmarks/fuzz.py throw at the readers and the batch.

Nothing here needs a test library: benchmarks/fuzz.py imports it too.
"""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "docs" / "sample-report.txt").read_text(encoding="utf-8")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --------------------------------------------------------------------------- Word


def docx(body_xml: str | bytes, numbering_xml: str | None = None, styles_part: bytes | None = None,
         document_part: bytes | None = None) -> bytes:
    """A minimal .docx around a <w:body> (or a whole document part)."""
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="xml" ContentType="application/xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    body = body_xml.encode("utf-8") if isinstance(body_xml, str) else body_xml
    doc = document_part or (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'.encode()
                            + body + b"</w:body></w:document>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", ct)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("word/document.xml", doc)
        if numbering_xml is not None:
            zf.writestr("word/numbering.xml", f'<?xml version="1.0"?><w:numbering xmlns:w="{W}">{numbering_xml}</w:numbering>')
        if styles_part is not None:
            zf.writestr("word/styles.xml", styles_part)
    return buf.getvalue()


def paragraphs(text: str) -> str:
    from xml.sax.saxutils import escape

    return "".join(f"<w:p><w:r><w:t>{escape(ln)}</w:t></w:r></w:p>" for ln in text.splitlines())


def numbered(attrs: str, level: str = '<w:start w:val="1"/>') -> bytes:
    """The sample report with its first heading numbered by a list whose level or override
    carries `attrs` / `level` as written by some tool."""
    num = (f'<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0">{level}<w:numFmt w:val="decimalFullWidth"/>'
           f'<w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
           f'<w:num w:numId="1"><w:abstractNumId w:val="1"/><w:lvlOverride {attrs}><w:startOverride w:val="2"/></w:lvlOverride></w:num>')
    lines = SAMPLE.splitlines()
    body = paragraphs("\n".join(lines[:6])) + \
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>推进法治政府建设</w:t></w:r></w:p>' + \
        paragraphs("\n".join(lines[6:]))
    return docx(body, num)


def word_inputs() -> dict[str, bytes]:
    text = paragraphs(SAMPLE)
    entity_doc = (b'<?xml version="1.0"?><!-- ' + b"x" * 70_000 + b' --><!DOCTYPE w:document [<!ENTITY e "' + b"A" * 64
                  + b'">]><w:document xmlns:w="' + W.encode() + b'"><w:body><w:p><w:r><w:t>'
                  + b"&e;" * 1_500_000 + b"</w:t></w:r></w:p>" + text.encode() + b"</w:body></w:document>")
    styles = (f'<?xml version="1.0"?><w:styles xmlns:w="{W}">'
              + "".join(f'<w:style w:type="paragraph" w:styleId="S{i}"><w:name w:val="s{i}"/></w:style>' for i in range(20_000))
              + "</w:styles>").encode()
    missing_styles = "".join(f'<w:p><w:pPr><w:pStyle w:val="Missing{i}"/></w:pPr><w:r><w:t>第{i}段</w:t></w:r></w:p>'
                             for i in range(20_000))
    nested = "<w:hyperlink>" * 1000 + "<w:r><w:t>链接</w:t></w:r>" + "</w:hyperlink>" * 1000
    return {
        "entity-after-comment.docx": docx(b"", document_part=entity_doc),
        "million-empty-paragraphs.docx": docx(text + "<w:p/>" * 1_100_000),
        "styles-20000.docx": docx(text + missing_styles, styles_part=styles),
        "sym-surrogate.docx": docx(text + '<w:p><w:r><w:sym w:font="Symbol" w:char="D800"/><w:t>符号</w:t></w:r></w:p>'),
        "ilvl-abc.docx": numbered('w:ilvl="abc"'),
        "ilvl-superscript.docx": numbered('w:ilvl="²"'),
        "start-5000-digits.docx": numbered('w:ilvl="0"', f'<w:start w:val="{"9" * 5000}"/>'),
        "start-negative.docx": numbered('w:ilvl="0"', '<w:start w:val="-5"/>'),
        "nested-hyperlinks.docx": docx(text + f"<w:p>{nested}</w:p>"),
        "zip-version-99.docx": _zip_version(docx(text), 99),
    }


def _zip_version(data: bytes, version: int) -> bytes:
    """The same zip with document.xml claiming to need zip version `version` to extract."""
    raw = bytearray(data)
    name = b"word/document.xml"
    i = raw.find(b"PK\x03\x04")
    while i >= 0:
        n = int.from_bytes(raw[i + 26:i + 28], "little")
        if raw[i + 30:i + 30 + n] == name:
            raw[i + 4:i + 6] = version.to_bytes(2, "little")
        i = raw.find(b"PK\x03\x04", i + 4)
    i = raw.find(b"PK\x01\x02")
    while i >= 0:
        n = int.from_bytes(raw[i + 28:i + 30], "little")
        if raw[i + 46:i + 46 + n] == name:
            raw[i + 6:i + 8] = version.to_bytes(2, "little")
        i = raw.find(b"PK\x01\x02", i + 4)
    return bytes(raw)


# --------------------------------------------------------------------------- web pages and text


def page(body: str, head: str = '<meta charset="utf-8">') -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>报告</title></head><body>{body}</body></html>"


def web_inputs() -> dict[str, bytes]:
    report = "".join(f"<p>{ln}</p>" for ln in SAMPLE.splitlines())
    return {
        "nul-before-title.html": ("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><p>\x00\x1b[31m"
                                  + SAMPLE.splitlines()[0] + "</p>" + "".join(f"<p>{ln}</p>" for ln in SAMPLE.splitlines()[1:])
                                  + "</body></html>").encode(),
        "unterminated-style.html": page(report + "<style>" + ".a{display:none} x" * 40_000).encode(),
        "css-no-braces.html": page("<style>" + "a b c " * 30_000 + "</style>" + report).encode(),
        "unclosed-a.html": page(report + "<a " * 80_000).encode(),
        "deep-div-stray-span.html": page(report + "<div>" * 15_000 + "</span>" * 60_000).encode(),
        "unterminated-comments.html": page(report + "<!-- x >" * 50_000).encode(),
        "unterminated-cdata.html": page(report + "<![CDATA[ x >" * 30_000).encode(),
        "charset-undefined.html": page(report, '<meta charset="undefined">').encode("utf-8") + b"\xff\xfe",
        "charset-idna.html": page(report, '<meta charset="idna">').encode("utf-8") + b"\xff\x80\x80",
        "charset-base64.html": page(report, '<meta charset="base64">').encode("utf-8"),
    }


def text_inputs() -> dict[str, bytes]:
    lines = SAMPLE.splitlines()
    with_line = lambda extra: "\n".join(lines[:8] + [extra] + lines[8:]).encode("utf-8")  # noqa: E731
    return {
        "x-60000.txt": with_line("x" * 60_000),
        "times-60000.txt": with_line("×" * 60_000),
        "stars-60000.txt": with_line("*" * 60_000),
        "digits-60000.txt": with_line("1" * 60_000),
        # markup whose rules must stay linear on a long line: a table cell never closed, spaces before a
        # pandoc attribute, tabs in a table row, a rule of dashes (a cubic cell pattern took 3 s on 2,000 spaces)
        "bar-spaces-60000.txt": with_line("|" + " " * 60_000 + "x"),
        "spaces-attribute-60000.txt": with_line(" " * 60_000 + "{#a}x"),
        "row-tabs-60000.txt": with_line("行政复议收案（件）" + "\t" * 60_000 + "x"),
        "plus-dashes-60000.txt": with_line("+" + "-" * 60_000),
        "colons-60000.txt": with_line(":" * 60_000 + "!"),  # a fence of pandoc's ::: (session 10)
        "latex-brace-60000.txt": with_line("\\section*{" + "{" * 60_000),
        "numbered-spaces-60000.txt": with_line("1" + " " * 60_000 + "x"),
        "cell-spaces-60000.txt": with_line("|x|" + " " * 60_000 + "!"),
        "year-9999.txt": SAMPLE.replace("2024年", "九九九九年").encode("utf-8"),
        "year-1900.txt": SAMPLE.replace("2024年", "1900年").encode("utf-8"),
        "year-zeros.txt": SAMPLE.replace("2024年", "〇〇〇〇年").encode("utf-8"),
        "published-9999.txt": (SAMPLE.rstrip() + "\n9999年12月31日\n").encode("utf-8"),
        "date-year-0.txt": SAMPLE.replace("2025年4月", "0000年4月").encode("utf-8"),
        # RTF read by striprtf (session 11): groups never closed, a control word repeated, hex with no picture's end
        "rtf-braces-60000.rtf": ("{\\rtf1 " + "{" * 60_000 + SAMPLE).encode("utf-8"),
        "rtf-words-60000.rtf": ("{\\rtf1 " + "\\par" * 60_000 + SAMPLE).encode("utf-8"),
        "rtf-hex-60000.rtf": ("{\\rtf1{\\pict " + "0a" * 60_000 + "}" + SAMPLE).encode("utf-8"),
        # single-file pages (session 12): a MIME header with no page, a boundary never closed, a part of nothing but
        # header lines, a page in a charset Python does not know, a UTF-16 page cut in half
        "mht-no-page.mht": b"MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n" + SAMPLE.encode("utf-8"),
        "mht-open-boundary.mht": (b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
                                  b"Content-Type: text/html\r\n\r\n" + page(SAMPLE).encode("utf-8")),
        "mht-headers-60000.mht": b"MIME-Version: 1.0\r\n" + b"X-a: b\r\n" * 60_000,
        "mht-odd-charset.mht": (b'MIME-Version: 1.0\r\nContent-Type: text/html; charset="x-no-such"\r\n'
                                b"Content-Transfer-Encoding: base64\r\n\r\n" + __import__("base64").encodebytes(page(SAMPLE).encode("utf-8"))),
        "utf16-page-cut.html": __import__("codecs").BOM_UTF16_LE + page(SAMPLE).encode("utf-16-le")[:-3],
    }


def big_inputs() -> dict[str, bytes]:
    """Inputs just under the 50 MB size limit, in each format that can be built here."""
    reports = SAMPLE * (45_000_000 // len(SAMPLE.encode("utf-8")))
    return {
        "big-45mb.txt": reports.encode("utf-8"),
        "big-45mb.html": page("<p>" + reports.replace("\n", "</p><p>") + "</p>").encode("utf-8")[:45_000_000],
        "big-docx-bomb.docx": docx("<w:p><w:r><w:t>" + "法治" * 10_000_000 + "</w:t></w:r></w:p>"),
        "big-many-paragraphs.docx": docx(paragraphs(SAMPLE * 400)),
        "big-pictures.rtf": ("{\\rtf1\\ansi{\\pict\\pngblip " + "89ab" * 11_000_000 + "}" + SAMPLE + "}").encode("utf-8"),
    }


def hostile_inputs() -> dict[str, bytes]:
    """Every hand-built hostile input, by file name."""
    return {**word_inputs(), **web_inputs(), **text_inputs()}


# Names that once reached summary.xlsx as formulas or broke it, or passed 255 bytes as temp names.
HOSTILE_NAMES = ["=1+2.txt", "+1+2.txt", "-1+2.txt", "@SUM(A1).txt", '=HYPERLINK("x","y").txt',
                 "\t=1.txt", "a\x07b.txt", "esc\x1b[31m红.txt", "报" * 80 + ".txt", "长" * 83 + ".txt"]


# --------------------------------------------------------------------------- mutations


def mutate(data: bytes, rnd: random.Random, fragments: list[bytes] | None = None) -> bytes:
    """One random mutation: flip, insert, delete or repeat bytes; splice a hostile fragment."""
    fragments = fragments or FRAGMENTS
    b = bytearray(data)
    for _ in range(rnd.randint(1, 4)):
        op = rnd.randrange(6)
        i = rnd.randrange(len(b) + 1)
        if op == 0 and b:
            b[min(i, len(b) - 1)] ^= 1 << rnd.randrange(8)
        elif op == 1:
            b[i:i] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 16)))
        elif op == 2:
            del b[i:i + rnd.randint(1, 64)]
        elif op == 3:
            piece = b[i:i + rnd.randint(1, 8)] or b"x"
            b[i:i] = piece * rnd.randint(2, 2000)
        elif op == 4:
            b[i:i] = rnd.choice(fragments)
        else:
            b = b[: rnd.randrange(len(b) + 1)]  # truncated download
    return bytes(b)


# Years no report has, and long placeholder runs: they need the calls proposed for the pipeline and
# the pattern check (see tests/test_hostile.py); the suite's fuzz test leaves them out until then.
NEEDS_PROPOSED = ["九九九九年".encode(), "〇〇〇〇年".encode(), "1900年".encode(), "9999年12月31日".encode(),
                  "×".encode() * 500, b"x" * 3000, b"*" * 2000]
FRAGMENTS = [
    b"\x00", b"\x1b[2J", b"\xed\xa0\x80", b"\xff\xfe", b"<script>", b"<style>", b"<!--", b"<a ", b"</span>" * 50,
    b"=cmd|' /C calc'!A0", b"+1", b"@SUM(1)", "20XX年".encode(), "第一部分".encode(), "一、".encode(), "（一）".encode(),
    b"%PDF-1.7", b"PK\x03\x04", b"<!DOCTYPE x [<!ENTITY a 'b'>]>", b"&#xD800;", b"&#0;", b"<meta charset='idna'>",
    "\u202e".encode(),
] + NEEDS_PROPOSED


def seeds() -> dict[str, bytes]:
    """Well-formed inputs in every text format to mutate (PDF seeds are built by the caller,
    which needs a CJK font)."""
    return {
        "seed.txt": SAMPLE.encode("utf-8"),
        "seed-gbk.txt": SAMPLE.encode("gb18030"),
        "seed-utf16.txt": SAMPLE.encode("utf-16"),
        "seed.html": page("".join(f"<p>{ln}</p>" for ln in SAMPLE.splitlines())).encode("utf-8"),
        "seed.docx": docx(paragraphs(SAMPLE)),
    }
