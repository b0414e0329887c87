"""Rubrics are data: validated by a JSON Schema with errors that name file, line and path."""
from __future__ import annotations

import pytest

from scorer.rubric import load, shipped_rubrics
from scorer.text.errors import RubricError

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
    assert f"{f}:7: checks[0].points: 应不小于 0" in problems
    assert f"{f}:15: checks[1].messages: 缺少必填项 fail" in problems


def test_unknown_kind_and_unknown_option_are_named_at_their_line(tmp_path):
    f = tmp_path / "local.yaml"
    f.write_text(BROKEN.replace("    points: -3\n", "    deu: '02-28'\n").replace("messages: {pass: 好}", "messages: {pass: 好, fail: 差}"),
                 encoding="utf-8")
    with pytest.raises(RubricError) as err:
        load(str(f))
    problems = err.value.problems
    assert f"{f}:7: checks[0].deu: 检查类型 deadline 不认识的键 deu（是不是 due？）" in problems
    assert any(p.startswith(f"{f}:10: checks[1].kind: 未知的检查类型 no_such_kind") for p in problems)


def test_bad_regex_is_a_semantic_error(tmp_path):
    f = tmp_path / "local.yaml"
    f.write_text("id: local\nversion: 1\ntitle: 本地细则\nextends: default\nchecks:\n"
                 "  - id: conformity.placeholders\n    patterns: ['(']\n", encoding="utf-8")
    with pytest.raises(RubricError) as err:
        load(str(f))
    assert err.value.problems == [f"{f}:7: checks[0].patterns[0]: 正则表达式无效：missing ), unterminated subpattern at position 0"]


def _copy_of_default(tmp_path, edit) -> str:
    """The default rubric copied as an author would, edited, as a file path."""
    text = (ROOT / "rubrics" / "default.yaml").read_text(encoding="utf-8")
    f = tmp_path / "copy.yaml"
    f.write_text(edit(text), encoding="utf-8")
    return str(f)


def test_a_required_option_left_out_is_a_rubric_error_not_a_crash(tmp_path):
    # Before, `units` dropped from substance.figures passed `rubric check`, then every report failed with KeyError.
    path = _copy_of_default(tmp_path, lambda t: "\n".join(x for x in t.split("\n") if not x.startswith("    units:")))
    with pytest.raises(RubricError) as err:
        load(path)
    assert len(err.value.problems) == 1 and err.value.problems[0].endswith("缺少必填项 units")
    assert "checks[" in err.value.problems[0]


def test_a_check_naming_an_undefined_section_is_an_error(tmp_path):
    path = _copy_of_default(tmp_path, lambda t: t.replace("    compare_to: measures", "    compare_to: achievements"))
    with pytest.raises(RubricError) as err:
        load(path)
    assert any(".compare_to: 部分 achievements 未在 sections 中定义" in p for p in err.value.problems)


def test_grades_must_reach_zero_and_not_repeat(tmp_path):
    f = tmp_path / "g.yaml"
    f.write_text("id: g\nversion: 1\ntitle: 等级\nextends: default\n"
                 "grades:\n  - {name: 达标, min: 80}\n  - {name: 达标, min: 30}\n", encoding="utf-8")
    with pytest.raises(RubricError) as err:
        load(str(f))
    text = "\n".join(err.value.problems)
    assert "等级名称重复：达标" in text and "等级没有覆盖 0 分" in text


def test_placeholders_a_kind_does_not_fill_are_errors(tmp_path):
    f = tmp_path / "p.yaml"
    f.write_text("id: p\nversion: 1\ntitle: 占位\nextends: default\nchecks:\n  - id: conformity.deadline\n"
                 "    messages:\n      fail: 晚了 {dayz} 天\n    fix: 在{deadline}前公开\n", encoding="utf-8")
    with pytest.raises(RubricError) as err:
        load(str(f))
    text = "\n".join(err.value.problems)
    assert "messages.fail: 占位符 {dayz} 在这里不会被填写" in text and "fix: 占位符 {deadline}" in text


def test_a_changed_due_date_changes_every_sentence_that_states_it(tmp_path):
    from scorer.scoring.pipeline import score_text

    f = tmp_path / "feb.yaml"
    f.write_text('id: feb\nversion: 1\ntitle: 二月\nextends: default\nchecks:\n  - id: conformity.deadline\n    due: "02-28"\n',
                 encoding="utf-8")
    text = "新河镇2024年法治政府建设年度报告\n发布日期：2025-03-10\n一、主要举措和成效\n办理案件12件。"
    card = score_text(text, load(str(f)))
    deadline = next(c for c in card["checks"] if c["id"] == "conformity.deadline")
    assert deadline["status"] == "fail"
    assert "3月1日之前" in deadline["message"] and "4月1日" not in deadline["message"]
    assert "次年3月1日之前" in deadline["fix"] and "4月1日" not in deadline["fix"]
    explained = run_cli("explain", "conformity.deadline", "--rubric", f).stdout.split("\n")
    said = [x for x in explained if x.strip().startswith(("未通过：", "怎样改："))]
    assert len(said) == 2 and all("3月1日之前" in x and "4月1日" not in x for x in said)


def test_the_next_year_fix_names_the_year_after_the_report_year():
    from scorer.scoring.pipeline import score_text

    for year in (2019, 2024):
        text = f"新河镇{year}年法治政府建设年度报告\n一、主要举措和成效\n办理案件12件。\n二、存在的不足\n培训不足。"
        card = score_text(text, load("default"))
        fix = next(c for c in card["checks"] if c["id"] == "completeness.next_year")["fix"]
        assert f"{year + 1}年工作安排" in fix


def test_the_committed_schema_is_the_one_the_kinds_declare():
    import json

    from scorer.rubric.validation import composed_schema, schema

    assert schema() == composed_schema(), "run `fzscore rubric schema --write`"
    assert json.dumps(schema(), ensure_ascii=False, indent=2) + "\n" == (ROOT / "rubrics" / "rubric.schema.json").read_text(encoding="utf-8")


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
    assert deadline["due"] == "02-28" and deadline["points"] == 3  # inherited
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


def test_the_rubric_chosen_is_the_one_in_force_for_the_report_year():
    from scorer.scoring.pipeline import score_text

    old = "新河镇2017年法治政府建设年度报告\n发布日期：2018-04-10\n一、主要举措和成效\n办理案件12件。\n二、存在的不足\n培训不足。\n三、2018年工作安排\n加强培训。"
    card = score_text(old)
    assert card["rubric"]["id"] == "gangyao2015" and card["rubric"]["report_years"] == {"from": 2015, "to": 2018}
    ids = {c["id"]: c for c in card["checks"]}
    assert "completeness.first_responsible" not in ids and ids["completeness.shortcomings"]["status"] == "pass"
    assert "第一季度" in ids["conformity.deadline"]["message"] and "第一季度" in ids["conformity.deadline"]["fix"]
    new = score_text(old.replace("2017", "2023").replace("2018", "2024"))
    assert new["rubric"]["id"] == "township" and "completeness.first_responsible" in {c["id"] for c in new["checks"]}


def _write(tmp_path, text: str):
    f = tmp_path / "local.yaml"
    f.write_text(text, encoding="utf-8")
    return f


def test_a_misspelt_check_id_in_an_extending_rubric_is_one_error_with_a_suggestion(tmp_path):
    f = _write(tmp_path, 'id: x\nversion: 1\ntitle: t\nextends: default\nchecks:\n  - id: conformity.deadlin\n    due: "02-28"\n')
    with pytest.raises(RubricError) as err:
        load(str(f))
    assert err.value.problems == [f"{f}:6: checks[0].id: 要修改的 conformity.deadlin 在所继承的评分细则 default 中不存在"
                                  "（是不是 conformity.deadline？）；要新增检查项，须写全 name、kind、category、points、basis、messages、fix、examples"]


def test_an_unknown_parent_rubric_names_the_line_and_a_suggestion(tmp_path):
    f = _write(tmp_path, "id: x\nversion: 1\ntitle: t\nextends: defualt\n")
    with pytest.raises(RubricError, match=rf"^{f}:4: extends: 没有名为 defualt 的内置评分细则（是不是 default？）$"):
        load(str(f))


@pytest.mark.parametrize("text, said", [
    ("id: x\nversion: 1\ntitle: t\nextends：default\nchecks:\n  - id: a\n", "全角符号“：”"),
    ("id: x\nchecks: [\n  - a\n", "括号没有闭合"),
    ("id: x\n  title: y\n", "检查缩进"),
])
def test_yaml_errors_are_chinese_and_point_at_full_width_punctuation(tmp_path, text, said):
    f = _write(tmp_path, text)
    with pytest.raises(RubricError) as err:
        load(str(f))
    message = str(err.value)
    assert message.startswith(f"{f}:") and "YAML 语法错误" in message and said in message
    assert not any(w in message for w in ("expected", "found", "allowed", "could not"))


def test_every_rubric_pattern_must_run_in_linear_time(tmp_path):
    f = _write(tmp_path, "id: x\nversion: 1\ntitle: t\nextends: default\nchecks:\n"
                         "  - id: substance.plan_response\n    target_patterns: ['(\\\\d+\\\\.)+\\\\d+次']\n")
    with pytest.raises(RubricError) as err:
        load(str(f))
    assert err.value.problems[0].startswith(f"{f}:7: checks[0].target_patterns[0]: 正则表达式可能耗时过长")
