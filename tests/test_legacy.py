"""Word 97-2003 and WPS files are read through LibreOffice (issue 16), or refused in one line that says how
to install it; RTF files are read directly (scorer/reading/rtf.py), with or without LibreOffice."""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import time

import pytest

from conftest import corpus_dir

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")


def _docx_of(text: str, path) -> None:
    from docx import Document

    d = Document()
    for line in text.split("\n"):
        d.add_paragraph(line)
    d.save(str(path))


def _convert(src, fmt: str, outdir) -> object:
    subprocess.run([SOFFICE, f"-env:UserInstallation={(outdir / 'profile').as_uri()}", "--headless", "--convert-to", fmt,
                    "--outdir", str(outdir), str(src)], check=True, capture_output=True, timeout=120)
    return outdir / (src.stem + "." + fmt)


@needs_soffice
@pytest.mark.parametrize("fmt", ["doc", "odt"])
def test_a_legacy_file_scores_as_its_text(tmp_path, fmt):
    from scorer.scoring.pipeline import score_path

    report = sorted(corpus_dir("dev").glob("*.txt"))[3]
    text = report.read_text(encoding="utf-8")
    docx = tmp_path / "report.docx"
    _docx_of(text, docx)
    legacy = _convert(docx, fmt, tmp_path)
    card = score_path(str(legacy))
    assert abs(card["score"] - score_path(str(report))["score"]) <= 0.5
    assert card["source"]["format"] == "docx" and "LibreOffice" in card["source"]["warnings"][0]
    assert card["source"]["sha256"] != score_path(str(docx))["source"]["sha256"]  # the original's own hash


def _flat_opc(docx_path) -> bytes:
    """Word's "XML 文档" (Flat OPC) of a .docx: every part inside one XML file."""
    import base64
    import zipfile

    parts = []
    with zipfile.ZipFile(docx_path) as z:
        for name in z.namelist():
            data = z.read(name)
            if name.endswith((".xml", ".rels")):
                body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
                parts.append(f'<pkg:part pkg:name="/{name}"><pkg:xmlData>'.encode() + body + b"</pkg:xmlData></pkg:part>")
            else:
                parts.append(f'<pkg:part pkg:name="/{name}"><pkg:binaryData>{base64.b64encode(data).decode()}'
                             "</pkg:binaryData></pkg:part>".encode())
    return (b'<?xml version="1.0" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
            b'<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' + b"".join(parts)
            + b"</pkg:package>")


def test_a_word_xml_document_flat_opc_scores_as_its_text(tmp_path):
    # form set u (docx_flat_opc): read as a web page, −21 to −25
    from scorer.scoring.pipeline import score_path

    report = sorted(corpus_dir("dev").glob("*.txt"))[1]
    docx = tmp_path / "report.docx"
    _docx_of(report.read_text(encoding="utf-8"), docx)
    flat = tmp_path / "report.xml"
    flat.write_bytes(_flat_opc(docx))
    card = score_path(str(flat))
    assert card["source"]["format"] == "docx"
    assert abs(card["score"] - score_path(str(report))["score"]) <= 0.5


@needs_soffice
def test_a_word_2003_xml_document_is_converted_by_libreoffice(tmp_path):
    from scorer.scoring.pipeline import score_path

    report = sorted(corpus_dir("dev").glob("*.txt"))[1]
    docx = tmp_path / "report.docx"
    _docx_of(report.read_text(encoding="utf-8"), docx)
    xml = _convert(docx, "xml", tmp_path)  # LibreOffice's "Word 2003 XML"
    assert b'progid="Word.Document"' in xml.read_bytes()[:1024]
    card = score_path(str(xml))
    assert "LibreOffice" in card["source"]["warnings"][0]
    assert abs(card["score"] - score_path(str(report))["score"]) <= 0.5


def test_without_libreoffice_a_doc_is_one_line_that_says_how_to_install_it(tmp_path):
    from ole_fixture import minimal_word_ole

    doc = tmp_path / "报告.doc"
    doc.write_bytes(minimal_word_ole())
    env = dict(os.environ, FZSCORE_SOFFICE=str(tmp_path / "no-such-soffice"))
    r = subprocess.run([sys.executable, "-m", "scorer", str(doc)], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert r.returncode == 2 and len(r.stderr.strip().split("\n")) == 1
    assert "报告.doc" in r.stderr and "LibreOffice" in r.stderr and "apt-get install" in r.stderr


def test_a_conversion_that_hangs_is_stopped_and_leaves_nothing(tmp_path, monkeypatch):
    from scorer.reading import legacy
    from scorer.text.errors import InputError

    fake = tmp_path / "soffice"
    fake.write_text("#!/bin/sh\nsleep 60 &\nsleep 60\n", encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("FZSCORE_SOFFICE", str(fake))
    # a temporary folder of its own: other fzscore runs on the machine make theirs in the shared one
    own_tmp = tmp_path / "tmp"
    own_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(own_tmp))
    started = time.monotonic()
    with pytest.raises(InputError, match="秒内没有转换完"):
        legacy.to_docx("x.doc", b"\xd0\xcf\x11\xe0", "Word 97-2003 文件", timeout=1)
    assert time.monotonic() - started < 10
    assert [n for n in os.listdir(own_tmp) if n.startswith("fzscore-lo-")] == []
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True).stdout
    assert str(fake) not in ps  # the whole process group is gone


@needs_soffice
def test_a_pdf_exported_by_libreoffice_scores_as_its_text(tmp_path):
    # LibreOffice keeps a comma off a line's start: the line before ends a character or two short of the
    # margin, mid-sentence, and must still run on into the next (seed-003: "…全程参与重大决策制" / "度,2025年…")
    from scorer.scoring.pipeline import score_path

    from edits import word_pdf

    report = corpus_dir("dev") / "seed-003.txt"
    pdf = tmp_path / "seed-003.pdf"
    pdf.write_bytes(word_pdf(report.read_text(encoding="utf-8")).data)
    assert abs(score_path(str(pdf))["score"] - score_path(str(report))["score"]) <= 0.5


@needs_soffice
def test_an_rtf_file_from_word_scores_as_its_text(tmp_path):
    from scorer.scoring.pipeline import score_path

    report = sorted(corpus_dir("dev").glob("*.txt"))[3]
    docx = tmp_path / "report.docx"
    _docx_of(report.read_text(encoding="utf-8"), docx)
    card = score_path(str(_convert(docx, "rtf", tmp_path)))
    assert abs(card["score"] - score_path(str(report))["score"]) <= 0.5
    assert not any("LibreOffice" in w for w in card["source"]["warnings"])


@pytest.mark.parametrize("escape", ["gbk_escapes", "unicode_escapes", "raw_utf8"])
def test_rtf_characters_in_each_encoding_are_read(tmp_path, escape):
    # form set n held: an .rtf whose writer put the characters raw between the control words was refused
    # (LibreOffice read them in the code page: no 法治 left); Word writes \'xx in the code page or \uN
    from scorer.reading import read_input

    words = "新河镇2024年法治政府建设年度报告"
    body = {"gbk_escapes": "".join(f"\\'{b:02x}" for b in words.encode("gbk")),
            "unicode_escapes": "".join(f"\\u{ord(c)}?" if ord(c) > 127 else c for c in words),
            "raw_utf8": words}[escape]
    rtf = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\n\\pard\\f0 " + body + "\\par\n}"
    p = tmp_path / "r.rtf"
    p.write_bytes(rtf.encode("utf-8"))
    assert read_input(str(p)).lines[:1] == [words]


def test_rtf_paragraph_numbers_written_for_plain_readers_are_read(tmp_path):
    # form set ab rtf_pn_numbering: \pntext (the number a \pn-numbered paragraph shows) was skipped, so every
    # heading lost its 一、/（一） and a part went missing (−14.8)
    from scorer.reading import read_input

    def numbered(shown: str, text: str) -> str:
        escaped = "".join(f"\\u{ord(c)}?" for c in shown)
        return ("{\\pntext " + escaped + "}{\\*\\pn\\pnlvlbody\\pndbnum\\pnstart1{\\pntxta \\u12289?}}\\pard " +
                "".join(f"\\u{ord(c)}?" for c in text) + "\\par\n")

    rtf = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\n" + \
        numbered("一、", "主要举措和成效") + numbered("（一）", "依法决策") + "}"
    p = tmp_path / "pn.rtf"
    p.write_bytes(rtf.encode("ascii"))
    assert read_input(str(p)).lines == ["一、主要举措和成效", "（一）依法决策"]


def test_an_rtf_articles_table_cells_are_its_lines(tmp_path):
    # form ai (rtf_article_in_table_cells): each paragraph in a row of one cell read as "…年度报告|": the title lost
    from scorer.reading import read_input

    rows = ["新河镇2024年法治政府建设年度报告", "一、主要举措和成效", "全年审查合同45件。"]
    cells = "".join("\\trowd\\cellx9000\\pard\\intbl " + "".join(f"\\u{ord(c)}?" if ord(c) > 127 else c for c in r)
                    + "\\cell\\row\n" for r in rows)
    p = tmp_path / "cells.rtf"
    p.write_bytes(("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\n" + cells + "}").encode("ascii"))
    assert [ln for ln in read_input(str(p)).lines if ln.strip()] == rows
