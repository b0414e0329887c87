"""`fzscore diff A B`: what a revised draft fixed (or broke), from two scorecards or two report files."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT, corpus_dir, run_cli

SAMPLE = (ROOT / "docs" / "sample-report.txt").read_text(encoding="utf-8")


def scored(text: str):
    from scorer.rubric import load
    from scorer.scoring.pipeline import score_text

    return score_text(text, load("township"))


def test_a_fixed_placeholder_shows_as_a_better_check_and_a_higher_score(tmp_path):
    a, b = tmp_path / "初稿.txt", tmp_path / "修改稿.txt"
    a.write_text(SAMPLE, encoding="utf-8")
    b.write_text(SAMPLE.replace("XX名", "12名"), encoding="utf-8")
    r = run_cli("diff", a, b, "--format", "json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["score_change"] > 0 and d["b"]["score"] > d["a"]["score"]
    fixed = next(c for c in d["checks"] if c["id"] == "conformity.placeholders")
    assert fixed["status_b"] == "pass" and fixed["direction"] == "better" and fixed["delta"] > 0
    assert any("XX名" in e["text"] for e in fixed["evidence_removed"])
    text = run_cli("diff", a, b)
    assert "得分" in text.stdout and "无模板占位符（conformity.placeholders）" in text.stdout and "↑" in text.stdout


def test_a_report_compared_with_itself_has_no_changes(tmp_path):
    a = tmp_path / "a.txt"
    a.write_text(SAMPLE, encoding="utf-8")
    d = json.loads(run_cli("diff", a, a, "--format", "json").stdout)
    assert d["score_change"] == 0 and not d["checks"] and not d["sections"] and d["same_content"]
    assert "都没有变化" in run_cli("diff", a, a).stdout


@pytest.mark.parametrize("part, check", [("三、存在的不足和原因", "completeness.shortcomings"),
                                         ("二、党政主要负责人", "completeness.first_responsible")])
def test_removing_a_required_part_is_a_worse_check_and_a_missing_part(part, check):
    from scorer.round.diff import compare

    head, rest = SAMPLE.split(part, 1)
    tail = rest.split("\n", 1)[1]
    # drop the part's heading and its body up to the next top-level heading
    body_end = next(i for i, line in enumerate(tail.splitlines()) if line[:2] in ("三、", "四、", "五、"))
    cut = head + "\n".join(tail.splitlines()[body_end:]) + "\n"
    d = compare(scored(SAMPLE), scored(cut))
    moved = next(c for c in d["checks"] if c["id"] == check)
    assert moved["direction"] == "worse" and moved["delta"] < 0
    assert d["score_change"] < 0
    assert any(s["b"] == "缺失" for s in d["sections"])


def test_scorecards_from_json_and_the_corpus(tmp_path):
    dev = corpus_dir("dev")
    reports = sorted(dev.glob("*.txt"))[:2]
    cards = []
    for i, p in enumerate(reports):
        r = run_cli(p, "--format", "json", "--no-html")
        path = tmp_path / f"{i}.json"
        path.write_text(r.stdout, encoding="utf-8")
        cards.append(path)
    r = run_cli("diff", *cards, "--format", "json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in cards)
    assert d["score_change"] == round(b["score"] - a["score"], 1)
    changed = {c["id"] for c in d["checks"]}
    for ca, cb in zip(a["checks"], b["checks"]):
        if ca["status"] != cb["status"] or ca["points"] != cb["points"]:
            assert ca["id"] in changed  # every check whose result moved is listed
    assert d["unchanged"] + len(d["checks"]) == len(b["checks"])


@pytest.mark.parametrize("content, says", [(None, "找不到该文件"), ("{not json", "不是有效的 JSON 评分表"),
                                           ('{"a": 1}', "不是 fzscore 的 JSON 评分表"), ("", "文件为空")])
def test_bad_sides_are_one_line_errors_naming_the_file(tmp_path, content, says):
    bad = tmp_path / ("坏.json" if content not in (None, "") else "坏.txt")
    if content is not None:
        bad.write_text(content, encoding="utf-8")
    good = tmp_path / "好.txt"
    good.write_text(SAMPLE, encoding="utf-8")
    r = run_cli("diff", good, bad)
    assert r.returncode == 2 and says in r.stderr and "坏." in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_reviewed_scorecards_show_the_reviewed_scores_too(tmp_path):
    from scorer.round.diff import compare, render_text

    a = scored(SAMPLE)
    b = scored(SAMPLE.replace("XX名", "12名"))  # a check changed too, so evidence lines are listed
    b["review"] = {"score": 94.5, "grade": "优秀", "state_zh": "复核完成"}
    d = compare(a, b)
    assert d["b"]["review"]["score"] == 94.5 and d["a"]["review"] is None
    assert "复核分 未复核 → 94.5 优秀（复核完成）" in render_text(d)
    assert "复核分" not in render_text(compare(a, a))
