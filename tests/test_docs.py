"""The worked example in docs/rubrics.md is a real rubric that loads, validates and behaves as described."""
from __future__ import annotations

import re

from conftest import ROOT, check_of


def _worked_example(tmp_path):
    text = (ROOT / "docs" / "rubrics.md").read_text(encoding="utf-8")
    section = text[text.index("## A worked example"):]
    yaml_block = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    path = tmp_path / "mousheng.yaml"
    path.write_text(yaml_block, encoding="utf-8")
    return path


def test_worked_example_rubric(tmp_path):
    from scorer.rubric import load
    from scorer.scoring.examples import run_examples
    from scorer.scoring.pipeline import score_text

    rubric = load(str(_worked_example(tmp_path)))
    ids = [c["id"] for c in rubric.checks]
    assert "conformity.numbering" not in ids
    plan = next(p for p in rubric.data["plans"] if p["id"] == "gangyao-2021")
    assert [a["id"] for a in plan["areas"]][-1] == "demonstration" and len(plan["areas"]) == 13
    outcomes, never = run_examples(rubric)
    assert never == [] and all(o.ok for o in outcomes)
    card = score_text("包头市人民政府2024年法治政府建设年度报告\n发布日期：2025-03-10\n2024年，包头市推进法治政府建设。\n"
                      "一、主要举措和成效\n（一）创建示范市。全年审查文件12件。", rubric)
    deadline = check_of(card, "conformity.deadline")
    assert deadline["status"] == "fail" and "本省2月底前" in deadline["message"]
    assert "示范创建" in check_of(card, "substance.coverage")["details"]["covered"] + check_of(card, "substance.coverage")["details"]["missing"]
    assert rubric.grade(75) == "合格"


def test_readme_example_rubric_loads(tmp_path):
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(# my-province.yaml.*?)```", text, re.S).group(1)
    path = tmp_path / "my-province.yaml"
    path.write_text(block, encoding="utf-8")
    from scorer.rubric import load

    rubric = load(str(path))
    assert next(c for c in rubric.checks if c["id"] == "conformity.deadline")["due"] == "02-28"


def test_readme_shows_the_real_output_for_the_sample(tmp_path):
    from conftest import run_cli

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = re.search(r"\$ fzscore docs/sample-report.txt\n(.*?)```", text, re.S).group(1)
    actual = run_cli(ROOT / "docs" / "sample-report.txt", cwd=tmp_path).stdout
    assert shown == actual


def test_the_options_table_in_the_rubric_guide_is_the_kinds_own():
    from scorer.checks import options_markdown

    page = (ROOT / "docs" / "rubrics.md").read_text(encoding="utf-8")
    assert options_markdown() in page, "run `python -m scorer.checks` to regenerate the table"
