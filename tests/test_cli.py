"""The command line as a user runs it: exit codes, JSON contract, terminal summary, no tracebacks."""
from __future__ import annotations

import json

import pytest

from scorer.rubric import shipped_rubrics

from conftest import ROOT, run_cli

SAMPLE = ROOT / "docs" / "sample-report.txt"


def test_text_summary_shows_who_what_verdict_parts_and_top_deductions():
    r = run_cli(SAMPLE, "--no-html")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "青石镇人民政府" in out and "报告年度：2024" in out and "发布日期：2025-04-08" in out
    assert "得分" in out and "/ 100" in out
    for name in ("主要举措和成效", "第一责任人", "存在的不足和原因", "下一年度主要安排"):
        assert name in out
    assert "最需要改进" in out and "按时公开" in out and "[第 3 行]" in out
    assert "\x1b[" not in out  # no colour when not a TTY


def test_json_validates_against_the_contract_and_carries_versions(contract):
    r = run_cli(SAMPLE, "--format", "json")
    card = json.loads(r.stdout)
    errors = list(contract.iter_errors(card))
    assert errors == []
    assert card["rubric"]["id"] == "township" and card["rubric"]["selected_by"] == "level"  # a 镇 report
    assert card["rubric"]["version"] and card["fzscore_version"]
    assert card["source"]["format"] == "txt" and card["source"]["encoding"] == "utf-8"
    assert len(card["text"]) == card["source"]["lines"]


def test_fail_under_and_published(tmp_path):
    r = run_cli(SAMPLE, "--fail-under", "95", "--no-html")
    assert r.returncode == 1 and "低于" in r.stderr
    r = run_cli(SAMPLE, "--format", "json", "--published", "2025-03-01")
    card = json.loads(r.stdout)
    assert card["document"]["publish_date"] == "2025-03-01"
    assert next(c for c in card["checks"] if c["id"] == "conformity.deadline")["status"] == "pass"


def test_not_a_report_exits_3_and_still_prints_json(tmp_path):
    f = tmp_path / "要点.txt"
    f.write_text("某区2020年依法行政工作要点\n一、总体要求\n坚持以习近平法治思想为指导。\n", encoding="utf-8")
    r = run_cli(f, "--format", "json")
    assert r.returncode == 3
    assert json.loads(r.stdout)["document"]["is_report"] is False
    assert "工作要点" in r.stderr
    assert run_cli(f, "--no-html").returncode == 3


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02\x03" * 300, b"\xff\xfe\xfa" * 10 + "报告".encode() + b"\xff" * 400],
)
def test_unreadable_input_exits_2_with_one_line(tmp_path, content):
    f = tmp_path / "坏 文件.txt"
    f.write_bytes(content)
    r = run_cli(f, cwd=tmp_path)
    assert r.returncode == 2 and r.stdout == ""
    assert r.stderr.count("\n") == 1 and str(f) in r.stderr and "Traceback" not in r.stderr


def test_usage_errors_exit_2(tmp_path):
    assert run_cli(tmp_path / "missing.txt").returncode == 2
    assert run_cli(SAMPLE, "--published", "2025-13-40").returncode == 2
    assert run_cli(SAMPLE, "--format", "xml").returncode == 2
    r = run_cli(SAMPLE, "--rubric", tmp_path / "nope.yaml")
    assert r.returncode == 2 and "评分细则" in r.stderr and "Traceback" not in r.stderr


def test_rubric_list_show_test_and_explain():
    listed = run_cli("rubric", "list")
    assert listed.returncode == 0 and all(n in listed.stdout for n in ("default", "government", "township", "department"))
    shown = run_cli("rubric", "show", "township")
    assert shown.returncode == 0 and "继承自：default" in shown.stdout and "substance.coverage" in shown.stdout
    tested = run_cli("rubric", "test")
    assert tested.returncode == 0 and tested.stdout.count("个示例符合预期") == len(shipped_rubrics())
    explained = run_cli("explain", "completeness.shortcomings")
    assert explained.returncode == 0 and "依据：" in explained.stdout and "怎样改：" in explained.stdout and "会扣分的示例" in explained.stdout
    unknown = run_cli("explain", "no.such.check")
    assert unknown.returncode == 2 and "没有检查项" in unknown.stderr


def test_rubric_test_reports_a_check_that_cannot_fire(tmp_path):
    f = tmp_path / "weak.yaml"
    f.write_text("id: weak\nversion: 1\ntitle: 弱\nextends: default\nchecks:\n  - id: conformity.numbering\n"
                 "    examples:\n      pass: [\"新河镇2024年法治政府建设年度报告\\n一、主要举措和成效\\n办理12件。\"]\n"
                 "      fail: [\"新河镇2024年法治政府建设年度报告\\n一、主要举措和成效\\n（一）甲。办理12件。\\n（二）乙。办理3件。\"]\n",
                 encoding="utf-8")
    r = run_cli("rubric", "test", f)
    assert r.returncode == 2 and "conformity.numbering: 示例应当扣分，实际为通过" in r.stdout


def test_default_run_writes_the_html_scorecard_and_render_redoes_it_from_json(tmp_path):
    r = run_cli(SAMPLE, cwd=tmp_path)
    page = tmp_path / "sample-report.scorecard.html"
    assert r.returncode == 0 and f"HTML 评分表：{page.name}" in r.stdout and page.exists()
    assert run_cli(SAMPLE, "--no-html", cwd=tmp_path / "..").returncode == 0
    chosen = tmp_path / "选定 路径" / "卡.html"
    assert run_cli(SAMPLE, "--html", chosen).returncode == 0 and chosen.exists()
    card_json = tmp_path / "json" / "card.json"
    card_json.parent.mkdir()
    card_json.write_text(run_cli(SAMPLE, "--format", "json", cwd=card_json.parent).stdout, encoding="utf-8")
    assert not list(card_json.parent.glob("*.html"))  # JSON mode writes no HTML unless asked
    again = run_cli("render", card_json, "-o", tmp_path / "again.html")
    assert again.returncode == 0
    from scorer.render.html import render_html

    card = json.loads(card_json.read_text(encoding="utf-8"))
    assert (tmp_path / "again.html").read_text(encoding="utf-8") == render_html(card)
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    r = run_cli("render", bad)
    assert r.returncode == 2 and "不是有效的 JSON" in r.stderr
