"""Issue 25, findings 5 (the reviewer's name), 7 (inputs), 8 (names and help) and 10 (small things)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT, corpus_dir, run_cli

DEV = corpus_dir("dev")
SEED = (DEV / "seed-004.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def scored_round(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("names")
    inputs, out = tmp / "in", tmp / "out"
    inputs.mkdir()
    (inputs / "新县.txt").write_text(SEED, encoding="utf-8")
    (inputs / "~$新县.docx").write_bytes(b"\x05root\x00" + b"\x00" * 150)  # Word's lock file
    with zipfile.ZipFile(inputs / "补报.zip", "w") as z:
        z.writestr("甲.txt", SEED)
    (inputs / "新\t县\u200b二.txt").write_text(SEED, encoding="utf-8")
    r = run_cli("batch", inputs, "-o", out, "-j", "2")
    return out, r


# ---------------------------------------------------------------- 7: inputs


@pytest.fixture(scope="module")
def cjk_font():
    import make_fixtures as mf

    font = mf.find_cjk_font()
    if font is None:
        pytest.skip("no CJK font on this machine (fc-list :lang=zh is empty)")
    pytest.importorskip("fpdf", reason="fpdf2 builds the PDF inputs")
    return font


def test_lock_files_and_archives_are_skipped_with_a_reason_that_says_what_to_do(scored_round):
    out, r = scored_round
    assert r.returncode == 0, r.stderr  # neither is a damaged report
    assert "~$新县.docx：Word 打开文档时生成的临时锁定文件" in r.stderr
    assert "补报.zip：压缩包（.zip）不能直接评分：请先解压" in r.stderr


def test_a_single_archive_or_lock_file_says_what_it_is(tmp_path):
    with zipfile.ZipFile(tmp_path / "报告.zip", "w") as z:
        z.writestr("甲.txt", SEED)
    r = run_cli(tmp_path / "报告.zip")
    assert r.returncode == 2 and "压缩包" in r.stderr and "解压" in r.stderr
    (tmp_path / "~$甲.docx").write_bytes(b"\x05root\x00" + b"\x00" * 150)
    r = run_cli(tmp_path / "~$甲.docx")
    assert r.returncode == 2 and "临时锁定文件" in r.stderr


def test_output_names_are_the_names_the_summary_shows(scored_round):
    out, _r = scored_round
    names = sorted(p.stem for p in out.glob("*.json") if p.name != "run-info.json")
    assert names == ["新 县二", "新县"]  # tab as a space, zero-width space gone
    import csv

    shown = [row[0] for row in list(csv.reader((out / "summary.csv").read_text(encoding="utf-8-sig").splitlines()))[1:]]
    assert sorted(shown) == names


def test_a_blank_last_page_is_not_a_scan(tmp_path, cjk_font):
    pypdf = pytest.importorskip("pypdf")
    from scorer.reading import read_input

    import make_fixtures as mf

    pdf = mf.make_pdf(SEED, tmp_path / "新县.pdf", cjk_font)
    writer = pypdf.PdfWriter(clone_from=str(pdf))
    writer.add_blank_page()
    writer.write(str(tmp_path / "带空白页.pdf"))
    extracted = read_input(str(tmp_path / "带空白页.pdf"))
    assert not any("扫描" in w for w in extracted.warnings), extracted.warnings
    assert extracted.unreliable is None


def test_a_doc_is_labelled_as_a_doc():
    from scorer.text.labels import format_label

    assert format_label({"format": "docx", "name": "新县.doc"}) == "doc，转换为 docx 读取"
    assert format_label({"format": "docx", "name": "新县.wps"}).startswith("wps")
    assert format_label({"format": "docx", "name": "新县.docx"}) == "docx"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_a_doc_file_shows_as_doc_in_the_terminal(tmp_path):
    src = tmp_path / "新县.txt"
    src.write_text(SEED, encoding="utf-8")
    subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", str(tmp_path), str(src)],
                   capture_output=True, timeout=180, check=True)
    r = run_cli(tmp_path / "新县.doc", "--no-html", timeout=240)
    assert "（doc，转换为 docx 读取" in r.stdout and "（docx，" not in r.stdout, r.stdout + r.stderr


def test_a_signature_after_the_closing_links_is_seen(score):
    body = SEED.rstrip().rsplit("\n", 2)[0]  # the report without its own signature
    text = body + "\n【打印本页】【关闭窗口】\n新县人民政府\n2025年3月1日\n"
    card = score(text)
    assert next(c for c in card["checks"] if c["id"] == "conformity.signature")["status"] == "pass"


# ---------------------------------------------------------------- 8: names and help


@pytest.mark.parametrize("args, says", [
    (("explain", "查摆问题"), "是不是 substance.self_critique（查摆问题具体深入）？"),
    (("explain", "substance.self_critiq"), "是不是 substance.self_critique"),
    (("--rubric", "townshp", "x.txt"), "是不是 township？"),
    (("bacth", "报告/", "-o", "评审/"), "是不是 batch？"),
])
def test_a_misspelt_name_gets_the_closest_one(args, says):
    r = run_cli(*args)
    assert r.returncode == 2 and says in r.stderr, r.stderr
    assert "conformity.title（标题规范）、" not in r.stderr  # not all 17 ids on one line


def test_a_misspelt_check_in_a_review_gets_the_closest_one(scored_round):
    out, _r = scored_round
    r = run_cli("review", out, "新县", "落款", "--status", "pass", "--reason", "x", "--by", "张三")
    assert r.returncode == 2 and "是不是 conformity.signature（落款和日期）？" in r.stderr, r.stderr


def test_dash_o_on_a_single_report_points_to_html_and_batch(tmp_path):
    (tmp_path / "a.txt").write_text(SEED, encoding="utf-8")
    r = run_cli(tmp_path / "a.txt", "-o", tmp_path / "out")
    assert r.returncode == 2 and "--html" in r.stderr and "fzscore batch" in r.stderr


@pytest.mark.parametrize("command", ["batch", "review", "letters", "remove", "diff", "score", "render", "explain"])
def test_help_is_chinese_throughout(command):
    r = run_cli(command, "--help")
    assert r.returncode == 0
    for english in ("[OPTIONS]", "INPUTS...", "TEXT", "[required]", "FLOAT", "OUTDIR", "REPORT", "CHECK_ID", "PATH"):
        assert english not in r.stdout, (command, english)


@pytest.mark.parametrize("args", [("rubric", "show", "government"), ("explain", "conformity.title"), ("rubric", "list"),
                                  ("--help",)])
def test_a_closed_pipe_is_not_an_error(args):
    p = subprocess.Popen([sys.executable, "-m", "scorer", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    assert p.stdout is not None
    p.stdout.readline()
    p.stdout.close()  # as `| head -1` does
    _, err = p.communicate(timeout=60)
    assert p.returncode == 0 and b"Traceback" not in err, err


# ---------------------------------------------------------------- 5: the reviewer's name


def test_the_reviewer_is_asked_once_and_remembered_never_the_login(scored_round, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(scored_round[0], out)
    r = run_cli("review", out, "新县", "conformity.title", "--status", "pass", "--reason", "有标题")
    assert r.returncode == 2 and "请用 --by 写明复核人姓名" in r.stderr  # no terminal to ask at
    r = run_cli("review", out, "新县", "conformity.title", "--status", "pass", "--reason", "有标题", "--by", "赵六")
    assert r.returncode == 0 and "复核人：赵六" in r.stdout
    r = run_cli("review", out, "新县", "--done")  # remembered for the round
    assert r.returncode == 0 and "复核人：赵六" in r.stdout, r.stderr
    card = json.loads((out / "新县.json").read_text(encoding="utf-8"))
    assert card["review"]["reviewers"] == ["赵六"]


def test_the_store_never_signs_with_the_login_name(monkeypatch):
    from scorer.round.review.store import default_reviewer

    monkeypatch.delenv("FZSCORE_REVIEWER", raising=False)
    monkeypatch.setenv("USER", "root")
    monkeypatch.setenv("LOGNAME", "root")
    assert default_reviewer() == "未署名"


# ---------------------------------------------------------------- 10: small things


def test_remove_must_be_a_boolean_and_due_is_explained_in_words(tmp_path):
    rubric = tmp_path / "mine.yaml"
    rubric.write_text('extends: default\nid: mine\nversion: "1"\ntitle: 测试\nchecks:\n'
                      '  - id: conformity.title\n    remove: ture\n  - id: conformity.deadline\n    due: "2-28"\n',
                      encoding="utf-8")
    r = run_cli("rubric", "check", rubric)
    assert r.returncode == 2
    assert "mine.yaml:7: checks[0].remove: remove 只能是 true 或 false，写的是 \"ture\"（是不是 true？）" in r.stdout + r.stderr
    assert "MM-DD" in r.stdout + r.stderr and "^(0[1-9]" not in r.stdout + r.stderr


def test_terminal_notes_are_apart_from_the_heading(tmp_path):
    (tmp_path / "新县.txt").write_text(SEED, encoding="utf-8")
    r = run_cli(tmp_path / "新县.txt", "--no-html")
    line = next(ln for ln in r.stdout.splitlines() if "下一年度主要安排：" in ln)
    assert "工作安排”" in line and "—— 安排的是 2025 年" in line and "安排（2025年）" not in line


def test_a_review_that_changes_nothing_is_not_an_adjustment(scored_round, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(scored_round[0], out)
    card = json.loads((out / "新县.json").read_text(encoding="utf-8"))
    same = next(c for c in card["checks"] if c["status"] == "pass")
    r = run_cli("review", out, "新县", same["id"], "--status", "pass", "--reason", "核对无误", "--by", "张三")
    assert r.returncode == 0 and "与机评相同" in r.stdout and "未记录" in r.stdout
    assert "review" not in json.loads((out / "新县.json").read_text(encoding="utf-8"))
    # a change and its undo: the undo is recorded, and no adjustment is left to count
    for status in ("fail", "pass"):
        assert run_cli("review", out, "新县", same["id"], "--status", status, "--reason", "改", "--by", "张三").returncode == 0
    card = json.loads((out / "新县.json").read_text(encoding="utf-8"))
    assert card["review"]["adjustments"] == [] and "调整 1 项" not in (out / "index.html").read_text(encoding="utf-8")
