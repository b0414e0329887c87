"""The scorecard holds every fact an output shows, worked out once; renderers only read it."""
from __future__ import annotations

import copy

from scorer.render.html import render_html
from scorer.render.text import render
from scorer.rubric import load
from scorer.scoring.card import derive
from scorer.scoring.pipeline import score_text

REPORT = ("新河镇2024年法治政府建设年度报告\n一、主要举措和成效\n全年办理案件12件，培训干部300人次。\n"
          "二、存在的不足和原因\n执法人员持证率仅60%，原因是新进人员较多。\n三、2025年工作安排\n年内持证率达到100%。")


def _rubric(tmp_path, body: str):
    f = tmp_path / "r.yaml"
    f.write_text("id: r\nversion: 1\ntitle: 测试细则\nextends: default\n" + body, encoding="utf-8")
    return load(str(f))


def test_totals_say_what_the_score_is_scaled_from_when_the_rubric_is_not_out_of_100(tmp_path):
    rubric = _rubric(tmp_path, "checks:\n  - id: conformity.title\n    remove: true\n")  # 98 points
    card = score_text(REPORT, rubric)  # no publish date: the 3-point deadline check is not applicable
    assert card["totals"]["nominal"] == 98 and card["totals"]["excluded"] == 3 and card["totals"]["possible"] == 95
    assert card["score"] == round(100 * card["totals"]["earned"] / 95, 1)
    shown = render(card)
    assert "按其余 95 分折算" in shown and "按其余 97" not in shown


def test_grade_band_and_tone_come_from_the_rubric(tmp_path):
    rubric = _rubric(tmp_path, "grades:\n  - {name: 达标, min: 95}\n  - {name: 不达标, min: 0}\n")
    card = score_text(REPORT, rubric)
    assert card["grade"] == "不达标" and card["band"] == {"name": "不达标", "min": 0.0, "max": 95.0, "tone": "bad"}
    page = render_html(card)
    assert 'class="card verdict tone-bad"' in page
    default = score_text(REPORT, load("default"))
    assert default["band"]["name"] == default["grade"] and default["band"]["min"] <= default["score"] < default["band"]["max"]


def test_deductions_are_ranked_once_and_parts_link_to_their_checks():
    card = score_text(REPORT, load("default"))
    lost = [c for c in card["checks"] if c["status"] in ("fail", "partial")]
    assert sorted(card["fix_first"]) == sorted(c["id"] for c in lost)
    by_id = {c["id"]: c for c in card["checks"]}
    assert [by_id[i]["lost"] for i in card["fix_first"]] == sorted((c["lost"] for c in lost), reverse=True)
    assert card["sections"]["shortcomings"]["check"] == "completeness.shortcomings"
    assert "substance.self_critique" in card["sections"]["shortcomings"]["checks"]
    assert by_id["substance.plan_response"]["sections"] == ["next_year", "shortcomings", "measures"]


def test_on_time_is_a_fact_of_the_deadline_check_not_of_a_kind_name():
    late = score_text(REPORT.replace("\n一、", "\n发布日期：2025-04-10\n一、", 1), load("default"))
    on = score_text(REPORT.replace("\n一、", "\n发布日期：2025-03-10\n一、", 1), load("default"))
    none = score_text(REPORT, load("default"))
    assert (late["document"]["on_time"], on["document"]["on_time"], none["document"]["on_time"]) == (False, True, None)


def test_a_non_report_is_not_scored():
    card = score_text("关于印发《新河镇2025年法治政府建设工作要点》的通知\n各村：现将工作要点印发给你们。", load("default"))
    assert card["scored"] is False and card["band"] is None


def test_an_old_card_without_derived_fields_is_completed_the_same_way():
    card = score_text(REPORT, load("default"))
    old = copy.deepcopy(card)
    for key in ("totals", "band", "fix_first", "scored", "off_topic"):
        old.pop(key)
    for c in old["checks"]:
        c.pop("status_label")
    assert derive(old)["totals"] == card["totals"] and old["band"] == card["band"] and old["fix_first"] == card["fix_first"]
    assert render_html(old) == render_html(card)


def test_a_forced_report_says_so_in_every_output():
    from scorer.scoring.pipeline import score_text

    notice = "关于印发《新河镇2025年法治政府建设工作要点》的通知\n各村：现将工作要点印发给你们。\n一、加强组织领导\n全年开展培训5次。"
    plain = score_text(notice, load("default"))
    assert plain["scored"] is False and "--as-report" in render(plain)
    forced = score_text(notice, load("default"), as_report=True)
    assert forced["document"]["is_report_forced"] is True and forced["scored"] is True
    assert "按要求作为年度报告评分" in render(forced) and 'id="forced"' in render_html(forced)
