"""Habits a reviewer brings from other tools work (issue 16): several files or a shell glob, a
pipe on standard input, pages of two same-named reports, a closed pipe, a Windows path."""
from __future__ import annotations

import json
import subprocess
import sys

from conftest import ROOT, run_cli

SAMPLE = ROOT / "docs" / "sample-report.txt"


def _two_reports(tmp_path):
    (tmp_path / "x1").mkdir()
    (tmp_path / "x2").mkdir()
    a, b = tmp_path / "x1" / "report.txt", tmp_path / "x2" / "report.txt"
    text = SAMPLE.read_text(encoding="utf-8")
    a.write_text(text, encoding="utf-8")
    b.write_text(text.replace("青石镇", "白沙镇"), encoding="utf-8")
    return a, b


def test_several_reports_in_one_command(tmp_path):
    a, b = _two_reports(tmp_path)
    r = run_cli(a, b, "--no-html", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.count("得分 ") == 2 and "白沙镇" in r.stdout and "青石镇" in r.stdout
    j = run_cli(a, b, "--format", "json", cwd=tmp_path)
    cards = json.loads(j.stdout)
    assert [c["document"]["issuer"] for c in cards] == ["青石镇人民政府", "白沙镇人民政府"]


def test_one_unreadable_report_costs_only_itself(tmp_path):
    a, _ = _two_reports(tmp_path)
    r = run_cli(a, tmp_path / "missing.txt", "--no-html", cwd=tmp_path)
    assert r.returncode == 2 and "得分 " in r.stdout and "missing.txt: 文件不存在" in r.stderr


def test_a_report_on_standard_input(tmp_path):
    r = subprocess.run([sys.executable, "-m", "scorer", "-", "--format", "json"], input=SAMPLE.read_bytes(),
                       capture_output=True, cwd=tmp_path)
    card = json.loads(r.stdout)
    assert r.returncode == 0 and card["source"]["path"] == "-" and card["document"]["issuer"] == "青石镇人民政府"
    empty = subprocess.run([sys.executable, "-m", "scorer", "-"], input=b"", capture_output=True, cwd=tmp_path)
    assert empty.returncode == 2 and "文件为空" in empty.stderr.decode()


def test_two_same_named_reports_keep_both_pages(tmp_path):
    a, b = _two_reports(tmp_path)
    run_cli(a, cwd=tmp_path)
    r = run_cli(b, cwd=tmp_path)
    first, second = tmp_path / "report.scorecard.html", tmp_path / "report-2.scorecard.html"
    assert "青石镇" in first.read_text(encoding="utf-8") and "白沙镇" in second.read_text(encoding="utf-8")
    assert "report-2.scorecard.html" in r.stdout + r.stderr
    run_cli(a, cwd=tmp_path)  # the same report again overwrites its own page
    assert not (tmp_path / "report-3.scorecard.html").exists()


def test_a_closed_pipe_is_not_a_failure(tmp_path):
    r = subprocess.run(f'"{sys.executable}" -m scorer "{SAMPLE}" --no-html | head -1', shell=True, capture_output=True,
                       text=True, cwd=tmp_path, executable="/bin/bash")
    status = subprocess.run(f'"{sys.executable}" -m scorer "{SAMPLE}" --no-html | head -1; echo "${{PIPESTATUS[0]}}"',
                            shell=True, capture_output=True, text=True, cwd=tmp_path, executable="/bin/bash")
    assert r.stdout.strip() == "青石镇人民政府关于2024年法治政府建设情况的报告"
    assert status.stdout.strip().split("\n")[-1] == "0" and "Error" not in status.stderr


def test_a_windows_path_is_read(tmp_path):
    a, _ = _two_reports(tmp_path)
    r = run_cli("x1\\report.txt", "--no-html", cwd=tmp_path)
    assert r.returncode == 0 and "青石镇" in r.stdout
