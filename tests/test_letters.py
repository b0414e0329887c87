"""`fzscore letters`: a 评审意见 per report and a 通报 draft of the round, read back with python-docx."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, run_cli

docx = pytest.importorskip("docx", reason="python-docx is not installed (pip install python-docx)")

SAMPLE = (ROOT / "docs" / "sample-report.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def lettered(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("letters")
    inputs, out = tmp / "in", tmp / "out"
    inputs.mkdir()
    (inputs / "青石镇.txt").write_text(SAMPLE, encoding="utf-8")
    # a weaker report: no shortcomings part
    weak = SAMPLE.split("三、存在的不足和原因")[0] + "四、" + SAMPLE.split("四、", 1)[1]
    (inputs / "白沙镇.txt").write_text(weak.replace("青石镇", "白沙镇"), encoding="utf-8")
    (inputs / "坏的.docx").write_bytes(b"PK\x03\x04 not a zip")
    (inputs / "要点.txt").write_text("某区2020年依法行政工作要点\n一、总体要求\n坚持以习近平法治思想为指导。\n", encoding="utf-8")
    assert run_cli("batch", inputs, "-o", out, "-q", "--jobs", "2").returncode == 4
    for args in (("青石镇", "conformity.deadline", "--points", "3", "--reason", "页面注明3月28日发布", "--by", "张三"),
                 ("青石镇", "--done", "--by", "张三")):
        r = run_cli("review", out, *args)
        assert r.returncode == 0, r.stderr
    (tmp / "名单.txt").write_text("青石镇人民政府\n白沙镇人民政府\n红岩乡人民政府\n", encoding="utf-8")
    r = run_cli("letters", out, "-o", tmp / "文书", "--office", "某县司法局", "--date", "2025-05-10",
                "--roster", tmp / "名单.txt")
    assert r.returncode == 0, r.stderr
    return {"tmp": tmp, "out": out, "dest": tmp / "文书", "stdout": r.stdout, "stderr": r.stderr}


def text_of(path: Path) -> str:
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def test_one_letter_per_scored_report_and_one_notice(lettered):
    names = sorted(p.name for p in lettered["dest"].iterdir())
    assert names == ["白沙镇-评审意见.docx", "评审情况通报（草稿）.docx", "青石镇-评审意见.docx"]
    assert "评审意见 2 份" in lettered["stdout"] and "1 份报告尚未复核完成" in lettered["stderr"]


def test_a_letter_says_who_what_score_parts_problems_fixes_reviewer_and_date(lettered):
    import json

    card = json.loads((lettered["out"] / "青石镇.json").read_text(encoding="utf-8"))
    text = text_of(lettered["dest"] / "青石镇-评审意见.docx")
    assert text.startswith("关于青石镇人民政府2024年度法治政府建设年度报告的评审意见")
    assert f"最终得分 {card['review']['score']:.1f} 分" in text and f"等级为“{card['review']['grade']}”" in text
    assert f"机器初评 {card['score']:.1f} 分" in text and "复核状态：复核完成" in text
    for sec in card["sections"].values():
        if sec.get("required", True):
            assert sec["name"] in text
    lost = [c for c in card["checks"] if c["status"] in ("fail", "partial") and c["id"] != "conformity.deadline"]
    for c in lost:
        assert c["name"] in text and c["fix"] in text
        quotes = [" ".join(e["text"].split())[:30] for e in c["evidence"] if e.get("text")]
        if quotes:
            assert f"“{quotes[0]}" in text  # the report's own words, which a reader finds in the Word file
    assert "按时公开（扣" not in text  # reviewed to full points: no longer a problem
    assert "评审人：张三" in text and "某县司法局" in text and "2025年5月10日" in text
    assert "行）" not in text and not re.search(r"第 \d+(、\d+)* 行", text)  # no line numbers
    assert ".txt" not in text and ".docx" not in text  # named by its title, never its file name
    assert card["rubric"]["id"] not in text  # the rubric by its title, never its id


def test_an_untitled_report_is_named_by_its_issuer_and_year(tmp_path):
    from scorer.round.letters import report_name

    assert report_name({"title": None, "report_year": 2024, "issuer": "新县"}) == "2024年度法治政府建设年度报告"
    assert report_name({"title": "新县2024年法治政府建设年度报告"}) == "《新县2024年法治政府建设年度报告》"


def test_an_unreviewed_letter_says_so_and_names_the_missing_part(lettered):
    text = text_of(lettered["dest"] / "白沙镇-评审意见.docx")
    assert "尚未经人工复核" in text
    assert "存在的不足和原因：未写明" in text


def test_the_notice_has_rates_grades_ranking_problems_and_unscorable_files(lettered):
    text = text_of(lettered["dest"] / "评审情况通报（草稿）.docx")
    assert "评审情况的通报" in text and "（草稿）" in text
    assert "应报送单位 3 个，已报送有效报告 2 个，报送率 66.7%" in text and "未报送：红岩乡人民政府" in text
    # 青石镇 was published late by the machine's reading and on time by the reviewer's: the notice follows the review
    assert "按时公开（次年4月1日前）的 1 份，按时公开率 50.0%" in text
    assert "白沙镇人民政府：发布于" in text and "青石镇人民政府：发布于" not in text
    assert "等级 | 份数 | 占比" in text
    rank = [line for line in text.splitlines() if line.startswith(("1 |", "2 |"))]
    assert rank[0].split(" | ")[1] == "青石镇人民政府" and "白沙镇人民政府" in rank[1]
    assert "存在的不足和原因" in text and "份报告存在此问题" in text
    assert "坏的.docx（无法评分）" in text and "要点.txt（非年度报告）" in text


def test_official_layout_a4_fonts_and_page_numbers(lettered):
    from docx.oxml.ns import qn
    from docx.shared import Mm

    for path in lettered["dest"].iterdir():
        d = docx.Document(str(path))
        sec = d.sections[0]
        assert abs(sec.page_width - Mm(210)) < Mm(1) and abs(sec.page_height - Mm(297)) < Mm(1)
        fonts = {p.style.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) for p in d.paragraphs if p.text}
        assert {"仿宋", "黑体", "方正小标宋简体"} <= fonts  # body, headings and title, by paragraph style
        assert all(p.style.font.size.pt in (16, 22) for p in d.paragraphs if p.text)  # 三号 and 二号
        footer = sec.footer._element.xml
        assert "PAGE" in footer and 'w:fldCharType="begin"' in footer


def test_a_letter_converts_to_pdf_with_libreoffice(lettered, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        pytest.skip("LibreOffice (soffice) is not installed; cannot check the PDF conversion")
    src = lettered["dest"] / "青石镇-评审意见.docx"
    r = subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                        "--outdir", str(tmp_path), str(src)], capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "青石镇-评审意见.pdf"
    assert pdf.exists(), r.stderr
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    assert len(doc) >= 1
    page = doc[0]
    w, h = page.get_size()
    assert abs(w - 595) < 3 and abs(h - 842) < 3  # A4 in points
    text = page.get_textpage().get_text_range()
    assert "青石镇人民政府" in text and "— 1 —" in text.replace("\r", "")
    image = page.render(scale=1).to_pil().convert("L")
    assert image.getextrema()[0] < 100  # ink on the page, not a blank render
    image.save(tmp_path / "letter-p1.png")


def test_letters_of_a_folder_that_is_not_a_batch_is_one_error(tmp_path):
    r = run_cli("letters", tmp_path)
    assert r.returncode == 2 and str(tmp_path) in r.stderr and len(r.stderr.strip().splitlines()) == 1
