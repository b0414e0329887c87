"""Rubrics are data: validated by a JSON Schema with errors that name file, line and path."""
from __future__ import annotations

import pytest

from scorer.errors import RubricError
from scorer.rubric import load, shipped_rubrics

from conftest import ROOT, run_cli


@pytest.mark.parametrize("name", sorted(shipped_rubrics()))
def test_shipped_rubrics_are_valid(name):
    rubric = load(name, validate=True)
    assert rubric.checks and rubric.recognisers


def test_default_rubric_scores_out_of_100_with_a_basis_for_every_check():
    rubric = load("default", validate=True)
    assert sum(c["points"] for c in rubric.checks) == 100
    assert all(c["basis"] for c in rubric.checks)
    assert [g["name"] for g in rubric.data["grades"]] == ["优秀", "良好", "合格", "不合格"]


BROKEN = """id: local
version: 1
title: 本地细则
extends: default
checks:
  - id: conformity.deadline
    points: -3
  - id: local.extra
    name: 额外检查
    kind: no_such_kind
    category: conformity
    points: 2
    basis: 本地规定
    fix: 改正
    messages: {pass: 好}
    examples: {fail: ["x"]}
"""


def test_schema_errors_name_file_line_and_path(tmp_path):
    f = tmp_path / "local.yaml"
    f.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(RubricError) as err:
        load(str(f))
    problems = err.value.problems
    # paths and lines are the local file's own, though the rubric is merged over default
    assert problems[0] == f"{f}:7: checks[0].points: 应大于 0"
    assert problems[1] == f"{f}:15: checks[1].messages: 缺少必填项 fail"


def test_semantic_errors_unknown_kind_and_bad_regex(tmp_path):
    f = tmp_path / "local.yaml"
    f.write_text(BROKEN.replace("    points: -3\n", "    patterns: ['(']\n").replace("messages: {pass: 好}", "messages: {pass: 好, fail: 差}"),
                 encoding="utf-8")
    with pytest.raises(RubricError) as err:
        load(str(f))
    text = "\n".join(err.value.problems)
    assert "未知的检查类型 no_such_kind" in text and "正则表达式无效" in text
    assert f"{f}:7: checks[0].patterns[0]: 正则表达式无效" in text and f"{f}:10: checks[1].kind: 未知的检查类型" in text


def test_extends_overrides_without_copying(tmp_path, score):
    f = tmp_path / "strict.yaml"
    f.write_text("id: strict\nversion: 2\ntitle: 严格细则\nextends: default\n"
                 "grades:\n  - {name: 达标, min: 95}\n  - {name: 不达标, min: 0}\n"
                 "checks:\n  - id: conformity.numbering\n    remove: true\n  - id: conformity.deadline\n    due: \"02-28\"\n",
                 encoding="utf-8")
    rubric = load(str(f))
    ids = [c["id"] for c in rubric.checks]
    assert "conformity.numbering" not in ids and len(ids) == len(load("default").checks) - 1
    deadline = next(c for c in rubric.checks if c["id"] == "conformity.deadline")
    assert deadline["due"] == "02-28" and deadline["points"] == 6  # inherited
    assert rubric.grade(96) == "达标" and rubric.grade(90) == "不达标"


def test_yaml_syntax_error_names_the_line(tmp_path):
    f = tmp_path / "bad.yaml"
    f.write_text("id: x\nchecks: [\n  - a\n", encoding="utf-8")
    with pytest.raises(RubricError, match=rf"{f}:\d+: YAML 语法错误"):
        load(str(f))


def test_rubric_check_command(tmp_path):
    ok = run_cli("rubric", "check", ROOT / "rubrics" / "default.yaml")
    assert ok.returncode == 0 and "有效" in ok.stdout
    f = tmp_path / "local.yaml"
    f.write_text(BROKEN, encoding="utf-8")
    bad = run_cli("rubric", "check", f)
    assert bad.returncode == 2 and f"{f}:7: checks[0].points:" in bad.stdout and "Traceback" not in bad.stderr
