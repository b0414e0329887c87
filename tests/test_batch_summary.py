"""What a batch tells a reviewer at the end of a round (issue 16): the reports below --fail-under
by name, new and carried-over scores apart, every file not scored by name, non-reports out of
every average, and --as-report for a round."""
from __future__ import annotations

import json

from test_batch import make_round

from conftest import run_cli


def test_fail_under_names_the_reports_below_it(tmp_path):
    make_round(tmp_path / "in")
    r = run_cli("batch", tmp_path / "in" / "乡镇", tmp_path / "in" / "部门" / "司法局.txt", "-o", tmp_path / "out",
                "--fail-under", "99", "-q")
    assert r.returncode == 1
    lines = r.stderr.strip().split("\n")
    assert lines[0] == "fzscore: 3 份报告得分低于 --fail-under 99："
    assert all(line.startswith("  ") and line.rsplit(": ", 1)[1].replace(".", "").isdigit() for line in lines[1:4])


def test_the_round_summary_says_what_was_new_and_names_every_file_not_scored(tmp_path):
    make_round(tmp_path / "in")
    first = run_cli("batch", tmp_path / "in", "-o", tmp_path / "out")
    assert "共 7 个文件：评分 3 份，不是年度报告 1 份，无法评分 2 份，跳过 1 个不支持或找不到的文件。" in first.stderr, first.stderr
    for name in ("空文件.txt", "坏的.docx", "要点.txt", "照片.png"):
        assert name in first.stderr
    again = run_cli("batch", tmp_path / "in", "-o", tmp_path / "out")
    assert "评分 3 份（其中 3 份内容和细则未变，沿用上次的评分）" in again.stderr


def test_non_reports_stay_out_of_averages_and_say_they_were_not_scored(tmp_path):
    make_round(tmp_path / "in")
    run_cli("batch", tmp_path / "in", "-o", tmp_path / "out", "-q")
    card = json.loads((tmp_path / "out" / "要点.json").read_text(encoding="utf-8"))
    assert card["scored"] is False and card["document"]["is_report"] is False
    scored = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "out").glob("*.json")
              if p.name not in ("要点.json", "run-info.json") and not p.name.startswith(".")]
    scores = [c["score"] for c in scored if c.get("scored")]
    page = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    assert f"<b>{round(sum(scores) / len(scores), 1)}</b>" in page


def test_as_report_scores_a_round_s_look_alikes(tmp_path):
    make_round(tmp_path / "in")
    run_cli("batch", tmp_path / "in" / "部门" / "要点.txt", "-o", tmp_path / "out", "-q", "--as-report")
    card = json.loads((tmp_path / "out" / "要点.json").read_text(encoding="utf-8"))
    assert card["document"]["is_report_forced"] is True and card["scored"] is True
