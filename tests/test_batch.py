"""`fzscore batch`: a round of reports in parallel, where one bad file stops nothing."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scorer.rubric import load

from conftest import ROOT, run_cli

SAMPLE = (ROOT / "docs" / "sample-report.txt").read_text(encoding="utf-8")


def make_round(root: Path) -> Path:
    """A small round: nested folders, a name collision, bad files and an unsupported file."""
    (root / "乡镇" / "甲").mkdir(parents=True)
    (root / "乡镇" / "乙").mkdir(parents=True)
    (root / "部门").mkdir()
    (root / "乡镇" / "甲" / "报告.txt").write_text(SAMPLE, encoding="utf-8")
    (root / "乡镇" / "乙" / "报告.txt").write_text(SAMPLE.replace("青石镇", "白沙镇"), encoding="gb18030")
    (root / "部门" / "司法局.txt").write_text(SAMPLE.replace("青石镇人民政府", "某县司法局").replace("青石镇", "本局"), encoding="utf-8")
    (root / "部门" / "空文件.txt").write_bytes(b"")
    (root / "部门" / "坏的.docx").write_bytes(b"PK\x03\x04 this is not a zip file at all")
    (root / "部门" / "要点.txt").write_text("某区2020年依法行政工作要点\n一、总体要求\n坚持以习近平法治思想为指导。\n", encoding="utf-8")
    (root / "部门" / "照片.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return root


@pytest.fixture
def round_dir(tmp_path):
    return make_round(tmp_path / "in")


def test_a_round_is_scored_with_summaries_and_faults_recorded(round_dir, tmp_path):
    out = tmp_path / "out"
    r = run_cli("batch", round_dir, "-o", out, "--jobs", "2", "--jsonl", tmp_path / "all.jsonl")
    assert r.returncode == 4, r.stderr  # some files could not be scored
    names = sorted(p.name for p in out.iterdir())
    for stem in ("乡镇__甲__报告.txt", "乡镇__乙__报告.txt", "司法局"):
        assert f"{stem}.json" in names and f"{stem}.html" in names
    assert {"index.html", "summary.csv", "summary.xlsx", "run-info.json"} <= set(names)
    assert not [n for n in names if n.endswith(".tmp")]
    info = json.loads((out / "run-info.json").read_text(encoding="utf-8"))
    assert info["files"] == 6 and info["jobs"] == 2 and info["peak_rss_mb"]["parent"] > 10

    raw = (out / "summary.csv").read_bytes()
    assert raw.startswith("\ufeff".encode())
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    header, rows = table[0], table[1:]
    assert header[:4] == ["文件", "路径", "状态", "原因"] and any("completeness.measures" in h for h in header)
    by_name = {row[0]: dict(zip(header, row)) for row in rows}
    assert by_name["乡镇__乙__报告.txt"]["报告单位"] == "白沙镇人民政府"
    assert by_name["司法局"]["级别"] == "部门" and by_name["司法局"]["评分细则"].startswith("department")
    assert by_name["空文件"]["状态"] == "无法评分" and "文件为空" in by_name["空文件"]["原因"]
    assert by_name["坏的"]["状态"] == "无法评分"
    assert by_name["要点"]["状态"] == "非年度报告"
    assert "照片" not in by_name  # unsupported: skipped, not an error
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "照片.png" in index and "不支持的文件类型" in index and "文件为空" in index
    lines = (tmp_path / "all.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4 and all(json.loads(x)["schema_version"] == 1 for x in lines)


def test_spreadsheet_has_chinese_headers_a_frozen_row_and_a_column_per_check(round_dir, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "out"
    run_cli("batch", round_dir, "-o", out, "-q", "--no-html")
    ws = load_workbook(out / "summary.xlsx").active
    assert ws.freeze_panes == "A2" and ws["A1"].value == "文件"
    headers = [c.value for c in ws[1]]
    assert sum(1 for h in headers if "（" in h and "." in h) == len(load("default").checks)
    assert ws.max_row == 1 + 6
    assert not list(out.glob("*.html"))[1:] and (out / "index.html").exists()  # --no-html: only the index


def test_same_inputs_give_byte_identical_summaries_and_reruns_skip_unchanged(round_dir, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    run_cli("batch", round_dir, "-o", a, "-q", "-j", "2", "--jsonl", tmp_path / "a.jsonl")
    run_cli("batch", round_dir, "-o", b, "-q", "-j", "1", "--jsonl", tmp_path / "b.jsonl")
    for f in ("summary.csv", "summary.xlsx"):
        assert (a / f).read_bytes() == (b / f).read_bytes(), f
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    before = (a / "司法局.json").stat().st_mtime_ns
    again = run_cli("batch", round_dir, "-o", a, "-v")
    assert "（沿用）" in again.stderr and (a / "司法局.json").stat().st_mtime_ns == before
    assert (a / "summary.csv").read_bytes() == (b / "summary.csv").read_bytes()
    (round_dir / "部门" / "司法局.txt").write_text(SAMPLE.replace("青石镇人民政府", "某县司法局").replace("XX名", "120名"), encoding="utf-8")
    changed = run_cli("batch", round_dir, "-o", a, "-v")
    assert "司法局: （沿用）" not in changed.stderr and (a / "司法局.json").stat().st_mtime_ns != before
    forced = run_cli("batch", round_dir, "-o", a, "-v", "--force")
    assert "（沿用）" not in forced.stderr


def test_exit_codes(tmp_path):
    good = tmp_path / "good"
    good.mkdir()
    (good / "a.txt").write_text(SAMPLE, encoding="utf-8")
    assert run_cli("batch", good, "-o", tmp_path / "o1", "-q").returncode == 0
    assert run_cli("batch", good, "-o", tmp_path / "o2", "-q", "--fail-under", "95").returncode == 1
    assert run_cli("batch", str(good / "*.txt"), "-o", tmp_path / "o3", "-q").returncode == 0  # a glob


def test_a_crashing_worker_loses_only_its_own_file(round_dir, tmp_path, monkeypatch):
    import scorer.scoring.pipeline
    from scorer.round import batch

    real = scorer.scoring.pipeline.score_path

    def crash_on_one(path, *a, **kw):
        if "司法局" in path:
            os._exit(7)  # a parser bug that kills the process
        return real(path, *a, **kw)

    monkeypatch.setattr(scorer.scoring.pipeline, "score_path", crash_on_one)
    files, _ = batch.discover([str(round_dir)])
    names = batch.output_names(files)
    out = tmp_path / "out"
    out.mkdir()
    tasks = [batch.Task(names[p], str(p), str(out), None, False) for p in files]
    store = batch.run(tasks, 2, batch.Manifest(), "fp", True, out)
    rows = {r["name"]: r for r in store.rows()}
    store.close()
    assert len(rows) == len(tasks)
    assert rows["司法局"]["status"] == "error" and "崩溃" in rows["司法局"]["reason"]
    assert rows["乡镇__甲__报告.txt"]["status"] == "scored" and rows["乡镇__乙__报告.txt"]["status"] == "scored"


def test_ctrl_c_stops_cleanly_and_leaves_no_half_written_file(tmp_path):
    src = tmp_path / "many"
    src.mkdir()
    # (enough files that the batch is still at work when the signal comes, also on a loaded machine)
    for i in range(1000):
        (src / f"r{i:03d}.txt").write_text(SAMPLE.replace("青石镇", f"第{i}镇"), encoding="utf-8")
    out = tmp_path / "out"
    # (Ctrl-C's default restored in the child: a test run started in the background, as under nohup, hands
    # its children SIGINT ignored, and Python then keeps ignoring it)
    proc = subprocess.Popen([sys.executable, "-m", "scorer", "batch", str(src), "-o", str(out), "-j", "2", "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 120
    while time.time() < deadline and len(list(out.glob("r[0-9]*.json"))) < 20:
        time.sleep(0.05)
    assert proc.poll() is None, "the batch ended before it could be interrupted"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "已中断" in err and "Traceback" not in err
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    for p in out.glob("*.json"):
        json.loads(p.read_text(encoding="utf-8"))  # every file that exists is whole
    assert not (out / "summary.csv").exists()
    done = len(list(out.glob("r[0-9]*.json")))
    assert 0 < done < 1000
    rerun = run_cli("batch", src, "-o", out, "-j", "2", "-q")
    assert rerun.returncode == 0 and len(list(out.glob("r[0-9]*.json"))) == 1000
    lines = (out / ".fzscore-manifest.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + 1000 and "checks" in json.loads(lines[0])


def test_a_summary_that_cannot_be_written_is_one_error_and_the_others_are_written(round_dir, tmp_path):
    out = tmp_path / "out"
    (out / "summary.xlsx").mkdir(parents=True)  # the XLSX writer (a forked process) cannot replace a folder
    r = run_cli("batch", round_dir, "-o", out, "-q", "--no-html")
    assert r.returncode == 2 and "summary.xlsx" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert (out / "summary.csv").is_file() and (out / "index.html").is_file()
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(not hasattr(os, "posix_fadvise"), reason="no posix_fadvise on this system: no read-ahead hint")
def test_files_are_read_ahead_and_one_removed_after_discovery_is_recorded(round_dir, tmp_path, monkeypatch):
    # The parent asks the OS to read each file ahead of its worker; a file gone by then must reach
    # the worker and be reported like any unreadable file.
    from scorer.round import batch

    advised = []
    real = os.posix_fadvise
    monkeypatch.setattr(os, "posix_fadvise", lambda fd, *a: (advised.append(os.fstat(fd).st_ino), real(fd, *a)))
    files, _ = batch.discover([str(round_dir)])
    names = batch.output_names(files)
    out = tmp_path / "out"
    out.mkdir()
    tasks = [batch.Task(names[p], str(p), str(out), None, False) for p in files]
    gone = next(t for t in tasks if t.path.endswith("司法局.txt"))
    os.unlink(gone.path)
    store = batch.run(tasks, 2, batch.Manifest(), "fp", True, out)
    rows = {r["name"]: r for r in store.rows()}
    store.close()
    assert rows[gone.name]["status"] == "error" and "不存在" in rows[gone.name]["reason"]
    assert sum(r["status"] == "scored" for r in rows.values()) == 2
    assert sorted(advised) == sorted(os.stat(t.path).st_ino for t in tasks if t is not gone)


def test_globs_and_named_files_are_tidied_and_odd_names_skipped(tmp_path, monkeypatch):
    from scorer.round import batch

    make_round(tmp_path / "in")
    (tmp_path / "in" / "草稿.").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    files, skipped = batch.discover(["./in//部门/*.txt", "./in/乡镇/甲/报告.txt", "in/草稿."])
    assert files == ["in/乡镇/甲/报告.txt", "in/部门/司法局.txt", "in/部门/空文件.txt", "in/部门/要点.txt"]
    assert skipped == [{"path": "in/草稿.", "reason": "不支持的文件类型（无扩展名），已跳过"}]


def test_a_word_xml_document_is_found_and_other_xml_is_skipped_with_a_reason(tmp_path):
    # .xml was read by `fzscore REPORT` but never found by a batch (a report saved as Word's "XML 文档")
    from scorer.round import batch

    (tmp_path / "报告.xml").write_text('<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument/>',
                                      encoding="utf-8")
    (tmp_path / "sitemap.xml").write_text('<?xml version="1.0"?><urlset></urlset>', encoding="utf-8")
    files, skipped = batch.discover([str(tmp_path)])
    assert [Path(f).name for f in files] == ["报告.xml"]
    assert [(Path(s["path"]).name, "Word" in s["reason"]) for s in skipped] == [("sitemap.xml", True)]


def test_without_fork_a_failed_spreadsheet_costs_no_other_summary(round_dir, tmp_path, monkeypatch):
    # Where fork is missing (Windows) the XLSX is written last: a workbook open in Excel must not
    # cost the manifest, the CSV or the index.
    import multiprocessing

    from click.testing import CliRunner

    from scorer.cli.main import main

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    out = tmp_path / "out"
    (out / "summary.xlsx").mkdir(parents=True)  # cannot be replaced by a file
    result = CliRunner().invoke(main, ["batch", str(round_dir), "-o", str(out), "-q"])
    assert result.exit_code != 0
    assert (out / ".fzscore-manifest.jsonl").is_file() and (out / "summary.csv").is_file() and (out / "index.html").is_file()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_named_pipe_given_as_a_report_is_refused_without_hanging(round_dir, tmp_path):
    pipe = tmp_path / "管道.txt"
    os.mkfifo(pipe)
    r = run_cli("batch", pipe, round_dir / "部门" / "司法局.txt", "-o", tmp_path / "out", timeout=60)  # no hang
    assert r.returncode == 4 and "管道.txt：不是普通文件" in r.stderr, r.stderr
