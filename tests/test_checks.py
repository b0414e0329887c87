"""Stage 5: each check kind's outcomes, the rubric's own examples, and the score arithmetic."""
from __future__ import annotations

import pytest

from conftest import check_of

FULL = """新河镇人民政府关于2024年法治政府建设情况的报告
发布日期：2025-02-28
2024年，新河镇深入学习贯彻习近平法治思想，推进法治政府建设，取得明显成效。
一、主要举措和成效
（一）依法决策。修订《新河镇重大行政决策程序规定》，全年审查合同45件，重大行政决策12项全部经合法性审查，审核规范性文件3件。
（二）规范执法。落实行政执法三项制度，办理行政处罚案件52件，开展培训12场、培训干部600人次。完善《新河镇突发事件应急预案》，演练4次。
（三）化解纠纷。调解矛盾纠纷138件，办理行政复议案件2件。深化放管服改革，优化营商环境，政务服务事项网上可办率98%。
（四）公开与普法。主动公开政府信息210条，建设数字政府平台1个，开展普法活动20场，修订村规民约11部。
（五）监督与整改。行政诉讼案件3件，镇长出庭应诉3件，出庭率100%；复议纠错1件。报送规范性文件备案3件，专项清理文件15件。召开听证会1场，聘请法律顾问2名。评查执法案卷30卷，开展执法检查26次，执法人员持证48人。完成上年问题整改5个。镇长会前学法6次。
（六）基层治理。印发《新河镇村级法律顾问工作办法》，11个村配备法律顾问11名，全年提供咨询320人次，审查村级合同58份，培育法律明白人66名，建成法治文化广场2个。
（七）执法监督。制定《新河镇行政执法监督办法》，开展执法监督检查8次，抽查执法案卷40卷，纠正不规范执法行为6件，通报问题9个，约谈执法人员5名，组织旁听庭审2次，整改完成率100%。
（八）政务服务。公布权责清单事项236项，办理政务服务事项1.2万件，按期办结率100%，收到群众评价2300条，差评整改12件，回访企业35家，走访群众410户。
（九）矛盾化解。办理行政裁决案件2件。府院联动化解行政争议3件。创建民主法治示范村2个。非现场执法查处案件15件。
二、党政主要负责人履行推进法治建设第一责任人职责情况
镇党委书记、镇长专题研究法治工作4次，主持召开法治建设推进会2次，带头述法。
三、存在的不足和原因
一是执法人员持证率仅60%，主要原因是新进人员较多。二是规范性文件合法性审核有3件超期，原因是法制机构只有1名工作人员。三是村居法律顾问坐班不足，原因在于经费保障不足。
四、2025年工作安排
一是年内组织执法人员参加资格考试，持证率达到100%。二是6月底前为法制机构增配2名工作人员，规范性文件合法性审核全部按期完成。三是落实村居法律顾问经费，每月坐班2次。
新河镇人民政府
2025年2月28日"""


def test_a_complete_report_passes_every_check(score):
    card = score(FULL)
    # what only a round shows (copying, last year's follow-through) cannot be judged from one report:
    # those checks say so (not_applicable, with the way to get them), never a silent pass
    alone = {c["id"]: c["status"] for c in card["checks"] if c["kind"] != "round_finding"}
    assert {i: s for i, s in alone.items() if s != "pass"} == {}
    across = [c for c in card["checks"] if c["kind"] == "round_finding"]
    assert across and all(c["status"] == "not_applicable" and "批量评分" in c["message"] for c in across), across
    assert card["score"] == 100 and card["grade"] == "优秀"


def test_every_deduction_carries_evidence_and_an_actionable_message(score):
    card = score(FULL.replace("2025-02-28", "2025-05-10").replace("研究法治工作4次", "研究法治工作X次").replace("2025年工作安排", "2024年工作安排"))
    lost = [c for c in card["checks"] if c["status"] in ("fail", "partial")]
    assert {c["id"] for c in lost} == {"conformity.deadline", "conformity.placeholders", "conformity.years"}
    for c in lost:
        assert c["evidence"] and all(e["line"] >= 1 and e["text"] for e in c["evidence"])
        assert c["message"] and c["fix"] and c["basis"]


def test_deadline_outcomes(score):
    assert check_of(score(FULL), "conformity.deadline")["status"] == "pass"
    late = check_of(score(FULL.replace("发布日期：2025-02-28", "发布日期：2025-04-02")), "conformity.deadline")
    assert late["status"] == "fail" and "晚了 2 天" in late["message"] and late["evidence"][0]["line"] == 2
    no_date = FULL.replace("发布日期：2025-02-28\n", "").replace("\n2025年2月28日", "")
    na = check_of(score(no_date), "conformity.deadline")
    assert na["status"] == "not_applicable" and "--published" in na["message"]
    assert check_of(score(no_date, published="2025-03-05"), "conformity.deadline")["status"] == "pass"


def test_not_applicable_is_left_out_of_the_score_not_counted_as_zero(score):
    no_date = FULL.replace("发布日期：2025-02-28\n", "").replace("\n2025年2月28日", "")
    card = score(no_date)
    assert check_of(card, "conformity.signature")["status"] == "partial"
    earned = sum(c["points"] for c in card["checks"] if c["status"] in ("pass", "partial", "fail"))
    possible = sum(c["max_points"] for c in card["checks"] if c["status"] in ("pass", "partial", "fail"))
    assert possible == 97 and card["score"] == round(100 * earned / possible, 1)


def test_first_responsible_credit_depends_on_its_form(score):
    section = check_of(score(FULL), "completeness.first_responsible")
    embedded = FULL.replace("二、党政主要负责人履行推进法治建设第一责任人职责情况\n镇党委书记、镇长专题研究法治工作4次，主持召开法治建设推进会2次，带头述法。\n",
                            "（五）切实履行第一责任人职责。镇党委书记、镇长专题研究法治工作4次。\n")
    sub = check_of(score(embedded), "completeness.first_responsible")
    passing = FULL.replace("二、党政主要负责人履行推进法治建设第一责任人职责情况\n镇党委书记、镇长专题研究法治工作4次，主持召开法治建设推进会2次，带头述法。\n", "").replace(
        "取得明显成效。", "认真履行党政主要负责人推进法治建设第一责任人职责，取得明显成效。")
    sentence = check_of(score(passing), "completeness.first_responsible")
    assert section["points"] > sub["points"] > sentence["points"] > 0
    assert (sub["status"], sentence["status"]) == ("partial", "partial")


def test_shortcomings_without_causes_is_partial(score):
    c = check_of(score(FULL.replace("，主要原因是新进人员较多", "").replace("，原因是法制机构只有1名工作人员", "").replace("，原因在于经费保障不足", "")),
                 "completeness.shortcomings")
    assert c["status"] == "partial" and "没有分析原因" in c["message"] and 0 < c["points"] < c["max_points"]


def test_figures_scale_the_substance_score(score):
    rich = check_of(score(FULL), "substance.figures")
    thin = FULL.replace("修订《新河镇重大行政决策程序规定》，全年审查合同45件，重大行政决策12项全部经合法性审查，审核规范性文件3件。",
                        "认真做好合同审查，不断提高依法决策水平，确保各项决策合法合规，决策质量进一步提升，群众满意度不断提高，法治政府建设迈上新台阶，各项工作取得明显成效并得到上级肯定。")
    for fact in ("52件", "12场", "600人次", "演练4次", "138件", "2件", "98%", "210条", "1个", "20场", "11部"):
        thin = thin.replace(fact, "")
    thin = "\n".join(line for line in thin.splitlines() if not line.startswith(("（六）", "（七）", "（八）")))
    poor = check_of(score(thin), "substance.figures")
    assert rich["status"] == "pass" and poor["status"] in ("partial", "fail") and poor["points"] < rich["points"]
    assert any("没有数据" in e.get("note", "") for e in poor["evidence"])


def test_numbering_and_placeholders(score):
    skipped = check_of(score(FULL.replace("（二）规范执法", "（五）规范执法")), "conformity.numbering")
    assert skipped["status"] in ("partial", "fail") and skipped["evidence"][0]["line"] == 6
    ph = check_of(score(FULL.replace("2024年，新河镇", "20XX年，XX镇")), "conformity.placeholders")
    assert ph["status"] == "fail" and ph["evidence"][0]["line"] == 3


def test_placeholders_matched_by_several_patterns_count_once(score):
    from scorer.checks.patterns import _alternatives

    # "XX镇" is matched by two patterns; "*次" by one alternative of a third
    ph = check_of(score(FULL.replace("新河镇深入学习", "XX镇深入学习").replace("演练4次", "演练*次")), "conformity.placeholders")
    assert [e["match"] for e in ph["evidence"]] == ["XX镇", "*次"]
    assert ph["status"] == "fail" and ph["details"]["count"] == 2
    assert _alternatives("×{2,}|某某|[＊*]{1,}(?:次|名)") == ["×{2,}", "某某", "[＊*]{1,}(?:次|名)"]
    assert _alternatives("[|]|(a|b)") == ["[|]", "(a|b)"] and _alternatives("[]|]|x") == ["[]|]", "x"]
    assert _alternatives("(?i)xx|yy") == ["(?i)xx|yy"] and _alternatives(r"(x)|\1") == [r"(x)|\1"]


def test_non_report_gets_no_score_and_every_check_not_applicable(score):
    card = score("某区2020年依法行政工作要点\n一、总体要求\n坚持以习近平法治思想为指导。")
    assert card["document"]["is_report"] is False
    assert card["score"] == 0 and {c["status"] for c in card["checks"]} == {"not_applicable"}


def test_unreadable_text_is_needs_review_not_a_silent_zero(rubric):
    import hashlib

    from scorer.reading import Extracted
    from scorer.scoring.pipeline import score_extracted

    lines = FULL.splitlines()
    ex = Extracted("x.pdf", "pdf", None, hashlib.sha256(b"x").hexdigest(), 1, lines, unreliable="扫描件或文字无法可靠提取，需要人工审核")
    card = score_extracted(ex, rubric)
    assert card["needs_review"] and {c["status"] for c in card["checks"]} == {"needs_review"}


@pytest.mark.parametrize("name", ["default", "government", "township", "department"])
def test_every_shipped_check_fires_on_its_failing_examples_and_passes_its_passing_ones(name):
    from scorer.rubric import load
    from scorer.scoring.examples import run_examples

    rubric = load(name, validate=True)
    outcomes, never_fire = run_examples(rubric)
    assert never_fire == []
    bad = [f"{o.check_id}: expected {o.expected}, got {o.got}: {o.message} | {o.text[:40]!r}" for o in outcomes if not o.ok]
    assert bad == []
    assert len({o.check_id for o in outcomes}) == len(rubric.checks)


def test_a_pattern_is_skipped_only_when_no_match_can_start_in_the_text():
    # forbidden_patterns skips a scan when the text holds none of the characters a match starts
    # with; that set must be right (or None) for every shape of pattern.
    import random
    import re

    from scorer.checks.patterns import _first_chars

    patterns = ["[XxＸｘ×][XxＸｘ×]+(?:省|市|年)", "20[XxＸｘ×]{2}年", "××+|某某", "(?:XX|xx|ＸＸ)(?![a-zA-Z])",
                "[＊*][＊*]*(?:次|名)", "(?i)x次", "(?i:x)年", "[a-e]+1", "a*b", "(?<!1)2", "[^x]y", r"\d年", "(a|[b-c]d)+e"]
    assert _first_chars("[＊*][＊*]*(?:次|名)") == {"＊", "*"}
    assert _first_chars("(?:XX|xx|ＸＸ)(?![a-zA-Z])") == {"X", "x", "Ｘ"}
    assert _first_chars("(?i)x次") is None and _first_chars("a*b") is None and _first_chars(r"\d年") is None
    rnd = random.Random(3)
    alphabet = "XxＸｘ×＊*某20年省市次名abcdeyY1"
    for _ in range(4000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 8)))
        for p in patterns:
            first = _first_chars(p)
            if first is not None and not any(c in text for c in first):
                assert re.search(p, text) is None, (p, text)


def test_case_files_and_other_common_units_are_figures(score):
    # 卷 (case files), 例, 轮, 台: units real reports count in; a paragraph of them is data, not filler
    head = "新河镇人民政府关于2024年法治政府建设情况的报告\n一、主要举措和成效\n"
    counted = check_of(score(head + "组织交叉评查行政处罚案卷120卷，评出优秀案卷18卷，退回不合格案卷6卷，开展评查3轮，配备执法记录仪40台。"),
                       "substance.figures")
    assert counted["details"]["figures"] == 5


def test_a_party_building_count_run_on_from_a_rule_of_law_clause_fills_no_part(score):
    head = "新河镇人民政府关于2024年法治政府建设情况的报告\n一、主要举措和成效\n"
    hollow = "我镇高度重视法治政府建设,不断提高依法行政水平,"
    run_on = check_of(score(head + hollow + "扎实推进基层党组织建设,召开支部委员会12次,收缴党费3万元。"), "completeness.measures")
    assert run_on["details"].get("hollow") is True
    done = check_of(score(head + hollow + "全年办理行政复议案件12件。"), "completeness.measures")
    assert not done["details"].get("hollow")


def test_a_quoted_document_is_no_document_of_the_work(score):
    head = "新河镇人民政府关于2024年法治政府建设情况的报告\n一、主要举措和成效\n"
    quoted = ("正如《法治政府建设实施纲要（2021—2025年）》所强调的，法治政府建设是全面依法治国的重点任务。"
              "《党政主要负责人履行推进法治建设第一责任人职责规定》明确，主要负责人要履行第一责任人职责。")
    card = score(head + quoted)
    assert check_of(card, "substance.documents")["details"]["documents"] == 0
    assert check_of(card, "completeness.measures")["details"].get("hollow") is True
    made = check_of(score(head + "制定《新河镇行政执法公示办法》，修订《新河镇合同管理办法》。"), "substance.documents")
    assert made["details"]["documents"] == 2
    # panel I (measures made of quotations): a title within the quoted one's (《…转发〈…规划〉的通知》指出) is quoted too
    nested = ("《中共中央、国务院转发〈中央宣传部、司法部关于开展法治宣传教育的第八个五年规划（2021－2025年）〉的通知》指出：“全民普法是"
              "全面依法治国的长期基础性工作。”我镇认真学习领会。")
    card = score(head + nested)
    assert check_of(card, "substance.documents")["details"]["documents"] == 0
    assert check_of(card, "completeness.measures")["details"].get("hollow") is True


def test_figures_of_another_field_run_on_from_a_rule_of_law_clause_do_not_count(score):
    head = "新河镇人民政府关于2024年法治政府建设情况的报告\n一、主要举措和成效\n"
    run_on = check_of(score(head + "全年办理行政复议案件12件、行政应诉案件5件,开展普法宣传20场,全面推进乡村振兴,实施农村人居环境整治项目30个。"),
                      "substance.figures")
    assert run_on["details"]["figures"] == 3
    assert any("离题" in e.get("note", "") for e in run_on["evidence"])


def test_how_often_meetings_were_held_is_no_result(score):
    # "召开推进会24次" says work was discussed, not done: its figures do not count, its length does
    # (set G tuning, swap_meetings); a hearing held is a legal procedure and counts
    head = "新河镇人民政府关于2024年法治政府建设情况的报告\n一、主要举措和成效\n全年办理行政复议案件12件。"
    meetings = check_of(score(head + "全年召开依法行政工作推进会24次，通过视频会议传达上级精神9次，举行6次依法治理专题会。"),
                        "substance.figures")
    assert meetings["details"]["figures"] == 1
    results = check_of(score(head + "全年对31家企业推行首违不罚，免予处罚18件，组织重大决策听证会2场。"), "substance.figures")
    assert results["details"]["figures"] == 4
    assert results["details"]["per_1000_chars"] > meetings["details"]["per_1000_chars"]
