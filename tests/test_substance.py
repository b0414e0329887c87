"""Substance analytics: each test breaks when the analytic itself breaks, not when output changes shape."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import check_of

MEASURES_2024 = ("一、主要举措和成效\n（一）依法决策。修订《新河镇重大行政决策程序规定》，重大行政决策12项全部经合法性审查，审核规范性文件3件。\n"
                 "（二）规范执法。落实行政执法三项制度，办理行政处罚案件52件。\n")


def report(measures=MEASURES_2024, problems="", plan="", year=2024, issuer="新河镇"):
    text = f"{issuer}{year}年法治政府建设年度报告\n{year}年，{issuer}深入推进法治政府建设。\n" + measures
    if problems:
        text += "二、存在的不足和原因\n" + problems + "\n"
    if plan:
        text += f"三、{year + 1}年工作安排\n" + plan + "\n"
    return text


# ---------------------------------------------------------------- coverage


def test_coverage_names_the_missing_task_areas(score):
    c = check_of(score(report()), "substance.coverage")
    assert c["status"] in ("partial", "fail")
    assert set(c["details"]["covered"]) == {"规范性文件管理", "重大行政决策", "行政执法"}
    assert "普法与法治社会" in c["details"]["missing"] and "普法与法治社会" in c["message"]


def test_coverage_applies_areas_by_level(score):
    township = check_of(score(report()), "substance.coverage")["details"]
    city = check_of(score(report(issuer="包头市人民政府")), "substance.coverage")["details"]
    assert "立法与规章" not in township["missing"] + township["covered"]
    assert "立法与规章" in city["missing"]
    assert "基层依法治理" in township["missing"] and "基层依法治理" not in city["missing"] + city["covered"]


def test_reference_plan_is_chosen_by_report_year(score):
    old = check_of(score(report(year=2018)), "substance.coverage")["details"]
    new = check_of(score(report(year=2024)), "substance.coverage")["details"]
    later = check_of(score(report(year=2026)), "substance.coverage")["details"]
    assert (old["plan"], new["plan"], later["plan"]) == ("gangyao-2015", "gangyao-2021", "gangyao-2021")


def test_old_plan_formula_is_flagged_only_after_2021(score):
    formula = "（三）加快建设职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信的法治政府。\n"
    new = check_of(score(report(measures=MEASURES_2024 + formula)), "conformity.framing")
    assert new["status"] in ("partial", "fail") and new["points"] < new["max_points"] and "廉洁高效、守法诚信" in new["message"]
    old = check_of(score(report(measures=MEASURES_2024 + formula, year=2019)), "conformity.framing")
    assert old["status"] == "pass"


# ---------------------------------------------------------------- evidence density


def test_a_document_forwarded_from_above_is_no_document_of_the_units_own(score):
    own = check_of(score(report(measures=MEASURES_2024 + "（三）印发《新河镇行政执法公示办法》。\n")), "substance.documents")
    forwarded = check_of(score(report(measures=MEASURES_2024 + "（三）转发上级的《行政执法公示办法》。\n")), "substance.documents")
    assert own["details"]["documents"] == forwarded["details"]["documents"] + 1


def test_named_documents_are_counted_once_each(score):
    c = check_of(score(report(measures=MEASURES_2024 + "（三）再次学习《新河镇重大行政决策程序规定》。\n")), "substance.documents")
    assert c["details"]["documents"] == 1


# ---------------------------------------------------------------- what reviewers credit: breadth and depth

DEV = Path(__file__).parent / "shared" / "corpus" / "dev"
COURT = "2024年本镇作为被告的行政案件开庭7次，负责人出庭应诉7次。"
COURT_MORE = ["另有3件经庭前协调由原告撤回起诉。", "行政机关负责人出庭率100%。", "到庭应诉的负责人当庭发言7次。"]


def _with_measures_paragraph(stem: str, paragraph: str) -> str:
    """A dev report with a paragraph added at the end of its measures part (before 存在的不足)."""
    text = (DEV / f"{stem}.txt").read_text(encoding="utf-8")
    at = text.index("二、存在")
    return text[:at] + paragraph + "\n\n" + text[at:]


def test_a_credited_item_told_in_more_sentences_with_data_scores_higher_up_to_three(score):
    # seed-000 gives no data on 出庭应诉; each sentence of data about it counts, up to three, and so does the
    # sentence of figures right after one that names it
    points = [check_of(score(_with_measures_paragraph("seed-000", COURT + "".join(COURT_MORE[:n]))),
                       "substance.indicators")["points"] for n in range(4)]
    assert points[0] < points[1] < points[2]
    assert points[2] == points[3]  # the item's fourth sentence adds nothing: breadth still counts


def test_a_sentence_repeated_word_for_word_counts_once(score):
    once = check_of(score(_with_measures_paragraph("seed-000", COURT)), "substance.indicators")
    twice = check_of(score(_with_measures_paragraph("seed-000", COURT + COURT)), "substance.indicators")
    assert once["points"] == twice["points"]


def test_figures_right_after_an_item_are_its_detail_and_intentions_are_not(score):
    named = "2024年全面推行行政执法三项制度。"
    detail = check_of(score(_with_measures_paragraph("seed-000", named + "全年公示执法信息86条。")), "substance.indicators")
    planned = check_of(score(_with_measures_paragraph("seed-000", named + "2025年力争公示执法信息86条。")),
                       "substance.indicators")
    assert "行政执法三项制度" in detail["details"]["credited"]
    assert "行政执法三项制度" not in planned["details"]["credited"]
    assert detail["points"] > planned["points"]


@pytest.mark.parametrize("sentence, item", [
    ("全年组织86名领导干部参加学法用法考试，参考率100%。", "领导干部学法"),
    ("对实施满一年的3项重大决策开展实施效果评估。", "重大行政决策程序"),
    ("动态调整权责清单事项42项。", "营商环境和放管服"),
])
def test_reviewer_credited_work_in_other_words_is_credited(score, sentence, item):
    c = check_of(score(report(measures=MEASURES_2024 + "（三）其他工作。" + sentence + "\n")), "substance.indicators")
    assert item in c["details"]["credited"]


@pytest.mark.parametrize("padding", [
    "全年按要求组织收听收看上级视频会议、电视电话会议15场次，主要有全省依法行政工作会、全市普法依法治理推进会。",
    "组织干部收看全国行政执法工作电视电话会议3次。",
])
def test_watching_the_superiors_meetings_is_no_work_done(score, padding):
    plain = score(report(measures="一、主要举措和成效\n镇党委、镇政府高度重视法治政府建设，各项工作有序推进。\n"))
    padded = score(report(measures="一、主要举措和成效\n镇党委、镇政府高度重视法治政府建设，各项工作有序推进。" + padding + "\n"))
    for cid in ("completeness.measures", "substance.indicators"):
        assert check_of(padded, cid)["points"] == check_of(plain, cid)["points"], cid
    assert check_of(padded, "substance.figures")["details"]["figures"] == check_of(plain, "substance.figures")["details"]["figures"]


def test_a_note_on_the_figures_period_is_no_data(score):
    # set S same_s/cutoff_note: "（本部分统计口径：自2024年1月1日起至当年12月末止。）" was a dated sentence for an item
    plain = report(measures="一、主要举措和成效\n（一）深化普法宣传。坚持领导班子带头学法，定期组织专题学法。\n")
    noted = plain + "（本部分统计口径：自2024年1月1日起至当年12月末止。）\n"
    assert check_of(score(noted), "substance.indicators")["points"] == check_of(score(plain), "substance.indicators")["points"]


def test_a_count_of_nothing_is_no_figure_and_none_of_something_bad_is_one(score):
    def figures(sentence):
        return check_of(score(report(measures="一、主要举措和成效\n（一）依法行政。" + sentence + "\n")), "substance.figures")
    assert figures("受理行政复议申请0件，开展普法活动0次。")["details"]["figures"] == 0
    assert figures("受理行政复议申请10件，开展普法活动20次。")["details"]["figures"] == 2
    assert figures("全年行政诉讼败诉0件，行政复议纠错0件。")["details"]["figures"] == 2


def test_measures_made_of_titles_alone_earn_no_figures_points(score):
    # no paragraph long enough to ask for figures, and no figure: nothing is backed by data
    titles = "一、主要举措和成效\n（一）强化组织领导。\n（二）规范行政执法。\n（三）深化普法宣传。\n"
    assert check_of(score(report(measures=titles)), "substance.figures")["points"] == 0.0
    assert check_of(score(report(measures="一、主要举措和成效\n（一）规范行政执法。全年办理行政处罚案件52件。\n")),
                    "substance.figures")["points"] > 0.0


def test_a_dated_act_is_data_for_a_credited_item(score):
    dated = check_of(score(_with_measures_paragraph("seed-002", "2023年12月，镇长在全镇干部大会上述法。")),
                     "substance.indicators")
    bare = check_of(score(_with_measures_paragraph("seed-002", "镇长在全镇干部大会上述法。")), "substance.indicators")
    assert "述法" in dated["details"]["credited"] and "述法" in bare["details"]["without_figures"]
    assert dated["points"] > bare["points"]


# ---------------------------------------------------------------- self-critique

SPECIFIC = "一是执法人员持证率仅60%，主要原因是新进人员较多。二是规范性文件合法性审核有3件超期，原因是法制机构只有1名工作人员。三是行政复议被纠错2件，原因是案卷评查不到位。"
STOCK = "一是法治意识有待进一步提高。二是工作创新还不够到位。三是队伍建设仍需加强。"


def test_self_critique_tells_specific_problems_from_stock_phrases(score):
    good = check_of(score(report(problems=SPECIFIC)), "substance.self_critique")
    poor = check_of(score(report(problems=STOCK)), "substance.self_critique")
    assert good["details"]["items"] == poor["details"]["items"] == 3
    assert good["details"]["specific_share"] == 1.0 and poor["details"]["specific_share"] == 0.0
    assert good["details"]["causes_share"] == 1.0 and poor["details"]["causes_share"] == 0.0
    assert all("套话" in e["note"] for e in poor["evidence"])
    assert good["points"] > poor["points"]


PROBLEMS_WITHOUT_CAUSES = ("一是行政执法案卷评查发现部分文书制作不规范。二是部分村（社区）法律顾问服务频次偏低。"
                           "三是行政规范性文件备案审查还有滞后。")


@pytest.mark.parametrize("boast", [
    "原因在于我镇多项工作走在全县前列，不少做法属于首创，缺少现成经验借鉴。",
    "主要原因是上级考核标准逐年提高，群众的期待持续攀升。",
])
def test_a_merit_given_as_the_cause_earns_nothing_and_says_so(score, boast):
    plain = score(report(problems=PROBLEMS_WITHOUT_CAUSES))
    boasting = score(report(problems=PROBLEMS_WITHOUT_CAUSES + boast))
    section = check_of(boasting, "completeness.shortcomings")
    assert section["details"]["causes"]["boasting"] == 1 and section["details"]["causes"]["specific"] == 0
    assert "变相表扬" in section["message"]
    assert check_of(boasting, "completeness.shortcomings")["points"] == check_of(plain, "completeness.shortcomings")["points"]
    assert boasting["score"] <= plain["score"] + 0.5


@pytest.mark.parametrize("where", ["before", "after"])
def test_a_paragraph_of_causes_counts_before_the_problems_as_after_them(score, where):
    # substance AG (causes_first): "从成因上看，…仅有3人，…不足7天" before the numbered problems was the list's introduction
    # (−2.6); after them it made the last problem specific by its facts
    problems = "近年来，我镇也存在一些不足，主要表现在：一是专业机构和人员配备有待提高。二是法治政府建设工作有待创新，还需进一步加强。"
    causes = "从成因上看，一方面镇基层法治队伍中持法律职业资格的仅有3人，另一方面执法人员年均参训时长不足7天。"
    text = causes + "\n" + problems if where == "before" else problems + "\n" + causes
    card = score(report(problems=text))
    critique = check_of(card, "substance.self_critique")["details"]
    # the stock problems stay stock, whatever facts their causes give; the causes cover them
    assert critique["specific_share"] == 0 and critique["causes_share"] > 0
    assert check_of(card, "completeness.shortcomings")["details"]["causes"]["specific"] == 1


def test_a_footnote_mark_after_a_problem_is_no_fact_of_it(score):
    # form ah (txt_circled_notes_end): "…执法规范化建设水平亟待提升。④" made a stock problem specific (keys fold ④ to 4: +2.3)
    stock = "一是法治政府建设整体水平有待提升，本领和意识仍需提高。二是法制队伍整体法律素养仍显薄弱，规范化建设水平亟待提升。"
    plain = check_of(score(report(problems=stock)), "substance.self_critique")
    marked = check_of(score(report(problems=stock.replace("提高。", "提高。③").replace("提升。", "提升。④"))), "substance.self_critique")
    assert marked["points"] == plain["points"] and marked["details"]["specific_share"] == 0


def test_a_cause_ends_with_its_clause_at_a_semicolon(score):
    # substance AG (causes_attitude_only): "…创新意识不够强，归根到底是一些同志在思想上还没转过弯来;基层法治建设力量不足，…" read
    # the next item's 力量不足 into the attitude and made it a specific cause (+4.0)
    moral = ("主要是法治政府建设工作推动力度不够均衡;创新意识不够强，归根到底是一些同志在思想上还没转过弯来;"
             "基层法治建设力量不足，说到底是对这方面工作的重视程度还不够高。")
    section = check_of(score(report(problems=moral)), "completeness.shortcomings")
    assert section["details"]["causes"]["specific"] == 0 and section["details"]["causes"]["moralising"] >= 1


@pytest.mark.parametrize("deflect", [
    # substance AE: "…受上级政策频繁调整、编制和经费保障不足…等客观因素制约" made a stock problem specific (+4.6)
    "这些问题的出现，主要受上级政策频繁调整、编制和经费保障不足以及部分群众法律意识淡薄等客观因素制约。",
    # panel G: the problems put on the superiors and on circumstances beyond the unit
    "究其原因，主要在于上级任务下达集中、考核频次过多，基层难以兼顾。",
    "这些问题的根源在外部，受客观条件限制较多，非我镇所能左右。",
])
def test_a_cause_put_on_others_earns_nothing_and_says_so(score, deflect):
    plain = score(report(problems=PROBLEMS_WITHOUT_CAUSES))
    deflected = score(report(problems=PROBLEMS_WITHOUT_CAUSES + deflect))
    section = check_of(deflected, "completeness.shortcomings")
    assert section["details"]["causes"]["deflecting"] == 1 and section["details"]["causes"]["specific"] == 0
    assert "客观条件或他人" in section["message"]
    assert check_of(deflected, "substance.self_critique")["points"] <= check_of(plain, "substance.self_critique")["points"]
    assert deflected["score"] <= plain["score"] + 0.5


@pytest.mark.parametrize("cause", [
    "原因是公示由各部门各自上传，缺少统一的发布时限提醒。",
    "原因在于执法文书没有统一模板，各单位各行其是。",
    "主要原因是调解协议履行后缺乏回访，问题反弹没有及时发现。",
    # numbered causes open with their cue (原因之一是…), unlike "…是…的原因之一"
    "对照上述问题剖析，原因之一是执法人员编制只有6名，一人承担多个领域的执法任务。",
    "从根子上看，执法案件从立案到审核全靠纸质流转，缺少信息化办案平台。",
])
def test_a_missing_tool_or_routine_is_a_cause_a_unit_can_fix(score, cause):
    section = check_of(score(report(problems=PROBLEMS_WITHOUT_CAUSES + cause)), "completeness.shortcomings")
    assert section["details"]["causes"]["specific"] == 1


def test_a_counted_fact_explained_by_zhuyaoshi_has_a_cause(score):
    # "…有9件超期结案，主要是审批要经三级签字" explains a counted fact; "…还有差距，主要是…" only says
    # where a verdict shows. An item opening with 另外 is an item, not a list's introduction (set G tuning)
    counted = "另外，2024年行政处罚案件中有9件超过法定期限才结案，主要是案件审批要经三级签字，流转中经常积压。"
    verdict = "另外，行政执法工作的规范化程度还有不小差距，主要是一些同志的思想观念还没有完全转变过来。"
    explained = score(report(problems=PROBLEMS_WITHOUT_CAUSES + counted))
    assert check_of(explained, "completeness.shortcomings")["details"]["causes"]["specific"] == 1
    assert check_of(explained, "substance.self_critique")["details"]["items"] == 4
    vague = check_of(score(report(problems=PROBLEMS_WITHOUT_CAUSES + verdict)), "completeness.shortcomings")
    assert vague["details"]["causes"]["specific"] == 0


def test_numbered_formulas_are_no_data(score):
    # "两个全覆盖" names a slogan; "实现全覆盖" states a result
    base = MEASURES_2024 + "（三）法治创建。创建省级民主法治示范村4个。\n"
    plain = check_of(score(report(measures=base)), "substance.indicators")
    formula = check_of(score(report(measures=base.replace("4个。", "4个。坚持“三个一律”原则，做到“两个全覆盖”。"))),
                       "substance.indicators")
    result = check_of(score(report(measures=base.replace("4个。", "4个。示范村创建实现全覆盖。"))), "substance.indicators")
    assert formula["points"] == plain["points"] < result["points"]


def test_disputes_resolved_are_credited_and_the_review_slogan_is_not(score):
    base = check_of(score(report()), "substance.indicators")
    resolved = check_of(score(report(measures=MEASURES_2024 + "（三）化解争议。2024年化解12起行政争议，其中5起经协调由行政机关自行纠正。\n")),
                        "substance.indicators")
    slogan = check_of(score(report(measures=MEASURES_2024 + "（三）复议。复议化解行政争议主渠道作用显著,全年办结复议案件34件。\n")),
                      "substance.indicators")
    assert "府院联动和行政争议诉前化解" in resolved["details"]["credited"] and resolved["points"] > base["points"]
    assert "府院联动和行政争议诉前化解" not in slogan["details"]["credited"]


@pytest.mark.parametrize("act", [
    "2024年11月，镇长牵头约谈10个复议纠错率偏高的执法单位负责人，逐一明确整改措施。",
    "2024年4月和9月，镇党委书记两次主持党委常委会议专题审议法治议题。",
    "2024年8月，镇长带队逐村核查村规民约，对5个村的不合规表述当场交办修改。",
])
def test_leader_acts_in_other_words_are_credited(score, act):
    fr = "四、党政主要负责人履行推进法治建设第一责任人职责情况\n镇党委书记、镇长认真履行第一责任人职责。"
    before = check_of(score(report(plan=fr)), "substance.leader_acts")
    after = check_of(score(report(plan=fr + act)), "substance.leader_acts")
    assert after["points"] > before["points"]


def test_a_sentence_that_only_says_why_is_no_new_problem(score):
    # "这主要是由于…" after the problems explains them: it adds no problem to count or to answer
    listed = "2024年，我镇法治建设还存在一些薄弱环节，主要是执法人员持证率偏低；规范性文件备案不够及时。{}基层法治力量不足，调解员培训覆盖不全。"
    plain = check_of(score(report(problems=listed.format(""))), "substance.self_critique")
    explained = check_of(score(report(problems=listed.format("这主要是由于有的同志对法治建设的认识还不到位。"))),
                         "substance.self_critique")
    assert explained["details"]["items"] == plain["details"]["items"]


def test_what_a_problem_may_lead_to_is_no_cause_of_it(score):
    # "…，可能导致执法风险" predicts a consequence; "…，导致案件超期" says what produced the problem
    predicted = check_of(score(report(problems=PROBLEMS_WITHOUT_CAUSES + "人员配备不足可能导致执法风险。")),
                         "completeness.shortcomings")
    analysed = check_of(score(report(problems=PROBLEMS_WITHOUT_CAUSES + "人员配备不足，导致案件办理超期。")),
                        "completeness.shortcomings")
    assert predicted["details"]["causes"]["specific"] == 0 and analysed["details"]["causes"]["specific"] == 1


def test_a_cause_with_a_figure_counts_even_beside_praise(score):
    # "标准高" with the fact that makes it a shortfall is a cause a unit can act on
    cause = "原因在于执法标准逐年提高，而执法人员只有3名，持证率仅60%。"
    section = check_of(score(report(problems=PROBLEMS_WITHOUT_CAUSES + cause)), "completeness.shortcomings")
    assert section["details"]["causes"]["specific"] == 1


def test_self_critique_weighs_length_against_achievements(score):
    long_measures = MEASURES_2024 + "".join(f"（{n}）工作{n}。全年开展活动{n}次，覆盖群众{n}00人次，取得良好成效并形成经验做法。\n" for n in "三四五六七八九")
    short = check_of(score(report(measures=long_measures, problems=SPECIFIC)), "substance.self_critique")
    long = check_of(score(report(problems=SPECIFIC)), "substance.self_critique")
    assert short["details"]["problem_to_achievement_ratio"] < long["details"]["problem_to_achievement_ratio"]


def test_shortcomings_split_on_semicolons_and_skip_the_lead_in(score):
    text = "2024年,虽然取得了一些成效,但还存在一些薄弱环节,主要是工作推动力度不够均衡;创新意识不够强;基层法治力量不足。"
    c = check_of(score(report(problems=text)), "substance.self_critique")
    assert c["details"]["items"] == 3 and c["evidence"][0]["text"].startswith("工作推动力度")


# ---------------------------------------------------------------- plan answers problems

PROBLEMS = "一是执法人员持证率偏低。二是村居法律顾问作用发挥不够。"


def test_plan_items_are_matched_to_the_problems_they_answer(score):
    plan = ("一是6月底前为村居法律顾问建立坐班制度，每月坐班2次。二是年内组织执法人员参加资格考试，持证率达到100%。"
            "三是年底前完成行政执法案卷评查，评查案卷50卷。")
    c = check_of(score(report(problems=PROBLEMS, plan=plan)), "substance.plan_response")
    assert c["details"]["answered_share"] == 1.0 and c["details"]["concrete_share"] == 1.0
    links = [e for e in c["evidence"] if "answered_by" in e]
    assert [e["answered_by"] for e in links] == [9, 9]  # both plan items are on line 9
    assert "持证率" in links[0]["text"] and "年内组织执法人员" in links[0]["note"]
    assert "法律顾问" in links[1]["text"] and "6月底前" in links[1]["note"]


def test_unanswered_problems_and_vague_items_are_listed(score):
    plan = "一是年内组织执法人员参加资格考试，持证率达到100%。二是持续优化营商环境。"
    c = check_of(score(report(problems=PROBLEMS, plan=plan)), "substance.plan_response")
    # the second item names work (营商环境) without a target: half of a concrete item; two items are counted
    # against the three a year's plan holds at least (items_full)
    assert c["details"]["answered_share"] == 0.5 and c["details"]["concrete_share"] == 0.5
    notes = [e["note"] for e in c["evidence"]]
    assert "下一年度安排中没有对应的举措" in notes and any("安排笼统" in n for n in notes)
    assert c["status"] == "partial"
    slogan = check_of(score(report(problems=PROBLEMS, plan="一是持续深化法治政府建设。二是不断提升依法行政水平。")),
                      "substance.plan_response")
    assert slogan["details"]["concrete_share"] == 0 and any("口号" in e["note"] for e in slogan["evidence"])


def test_jieba_tokenizer_gives_the_same_links_on_a_clear_case(rubric):
    from scorer.text.matching import best_matches, bigram_terms, jieba_terms

    pytest.importorskip("jieba")
    problems = ["执法人员持证率偏低", "村居法律顾问作用发挥不够"]
    plans = ["完善村居法律顾问坐班制度", "组织执法人员参加资格考试，提高持证率"]
    for tokens in (bigram_terms(rubric.vocabulary), jieba_terms(rubric.vocabulary)):
        assert [j for j, _ in best_matches(problems, plans, tokens)] == [1, 0]


# ---------------------------------------------------------------- rubric per level


@pytest.mark.parametrize(
    "issuer, rubric_id",
    [("新河镇", "township"), ("留下街道", "township"), ("长沙县司法局", "department"), ("包头市人民政府", "government"), ("静海区", "government")],
)
def test_rubric_is_chosen_by_level(issuer, rubric_id):
    from scorer.scoring.pipeline import score_text

    card = score_text(report(issuer=issuer))
    assert card["rubric"]["id"] == rubric_id and card["rubric"]["selected_by"] == "level"


def test_level_rubrics_differ_where_they_should():
    from scorer.rubric import load

    cov = {n: next(c for c in load(n).checks if c["id"] == "substance.coverage")["full_at"] for n in ("government", "township", "department")}
    assert cov["government"] > cov["township"] > cov["department"]


# ---------------------------------------------------------------- a web page's excerpt cut off mid-sentence

STUDY = "全年县党委中心组围绕党的创新理论开展集中学习41次，班子成员撰写理论文章4篇，赴3个红色教育基地开展现场学习，全体党员参加专题党课5次。"


@pytest.mark.parametrize("name", ["page-010", "page-007"])
def test_a_paragraph_added_after_an_excerpts_cut_off_line_is_read_on_its_own(score, name):
    # page-010 ends "…利用“3·15”消费者权益保护日", page-007 "…同时,对审批事项": a political-study paragraph
    # added after the cut must not borrow their words (and earn as 普法 or 行政许可 with data)
    page = (Path(__file__).parent / "shared" / "corpus" / "pages" / f"{name}.txt").read_text(encoding="utf-8")
    before, after = score(page), score(page + "\n" + STUDY)
    for check in ("substance.indicators", "substance.figures"):
        assert check_of(after, check)["points"] <= check_of(before, check)["points"] + 0.05, check
    assert after["score"] <= before["score"] + 0.5


@pytest.mark.parametrize("formula, an_act", [
    ("镇党委书记、镇长认真履行第一责任人职责，做到重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。", False),
    ("党政主要负责人坚持以上率下，带头尊法学法守法用法，充分发挥示范带动作用。", False),
])
def test_the_rules_own_formulas_leave_the_first_responsible_part_hollow(score, formula, an_act):
    # the 规定's wording restated (四个亲自; 带头尊法学法守法用法) is a duty: a part made of it is hollow
    # (panel-b: such parts earned 7 of 7). 亲自督办 inside the formula (亲自 said of several things in a row)
    # is no act either (panel H: it earned a 批示督办 the panel did not see); 尊法学法守法用法 is no act of
    # study. A counted act still counts.
    fr = "四、党政主要负责人履行推进法治建设第一责任人职责情况\n" + formula
    card = score(report(plan=fr))
    assert check_of(card, "completeness.first_responsible")["details"].get("hollow") is True
    assert (check_of(card, "substance.leader_acts")["points"] > 0) is an_act
    acted = score(report(plan=fr + "\n2024年3月，镇长主持召开专题会议研究法治工作2次。"))
    assert check_of(acted, "substance.leader_acts")["points"] > check_of(card, "substance.leader_acts")["points"]
    assert not check_of(acted, "completeness.first_responsible")["details"].get("hollow")


@pytest.mark.parametrize("told", ["{y}年办理法律援助案件36件，为农民工追回欠薪120万元。", "{y}年，全镇受理行政复议申请9件，纠错2件。",
                                  "{y}年实现村级法律服务室全覆盖，值班律师接待咨询120人次。"])
def test_figures_told_of_a_year_before_the_report_year_are_not_its_results(score, told):
    # set H tuning, pair_year: last year's figures counted as the year's own
    this_year = score(report(measures=MEASURES_2024 + told.format(y=2024) + "\n"))
    last_year = score(report(measures=MEASURES_2024 + told.format(y=2023) + "\n"))
    assert this_year["score"] > last_year["score"]
    assert any("往年" in (e.get("note") or "") for e in check_of(last_year, "substance.figures")["evidence"])
    # the previous year's report named as what is acted on now stays the year's work
    for acted_on in ("2023年度报告所列的3项不足在2024年逐项整改，已整改3项。", "2023年督察反馈的5个问题已全部整改。"):
        fixed = score(report(measures=MEASURES_2024 + "（三）" + acted_on + "\n"))
        assert not any("往年" in (e.get("note") or "") for e in check_of(fixed, "substance.figures")["evidence"])


@pytest.mark.parametrize("mark", ["目前正在推进{m}", "{m}，此事项已纳入2025年度任务清单、眼下尚未启动"])
def test_work_still_under_way_or_not_started_is_not_done(score, mark):
    # set H tuning, measures_mark: "目前正在推进…" and "…此事项…尚未启动" left the measures' figures counted
    done = "完善公共法律服务，与23个村（社区）签订《法律顾问聘用合同》，覆盖率达100%"
    card = score(report(measures=MEASURES_2024 + mark.format(m=done) + "。\n"))
    plain = score(report(measures=MEASURES_2024 + done + "。\n"))
    assert card["score"] < plain["score"]


@pytest.mark.parametrize("team", ["法治建设工作专班", "县委督导组", "专项工作组"])
def test_an_act_of_a_working_team_is_not_the_principals(score, team):
    # set H tuning, pair_who: an act told of the 工作专班 earned what the principal's earns
    fr = "四、党政主要负责人履行推进法治建设第一责任人职责情况\n镇党委书记、镇长认真履行第一责任人职责。"
    act = "2024年10月，{who}主持召开专题会议，研究3起行政败诉案件的整改。"
    principal = check_of(score(report(plan=fr + act.format(who="镇长"))), "substance.leader_acts")
    other = check_of(score(report(plan=fr + act.format(who=team))), "substance.leader_acts")
    assert principal["points"] > other["points"]


@pytest.mark.parametrize("work, item", [
    ("2024年对12件涉及市场主体经济活动的政策措施逐件开展公平竞争审查，纠正排除限制竞争条款3条。", "营商环境和放管服"),
    ("2024年推行涉企“综合查一次”，联合检查46户次，减少重复上门30余次。", "执法检查和监督")])
def test_fair_competition_review_and_joint_inspections_are_credited_work(score, work, item):
    # set H tuning, add_h: two items reviewers credit (营商环境, 涉企检查) earned nothing in these words
    base = check_of(score(report()), "substance.indicators")
    more = check_of(score(report(measures=MEASURES_2024 + work + "\n")), "substance.indicators")
    assert item in more["details"]["credited"] and item not in base["details"]["credited"]
    assert more["points"] > base["points"]


def test_areas_listed_in_a_clause_without_figures_earn_nothing(score):
    # set H tuning, pad_keyword_list: a clause listing a dozen areas, next to one figure, earned +5
    listed = ("开展法治督察，反馈问题27条，全年统筹推进行政复议、行政应诉、执法监督、备案审查、政务公开、法律顾问、"
              "普法宣传、行政裁决等各方面工作。\n")
    base = check_of(score(report(measures=MEASURES_2024 + "开展法治督察，反馈问题27条。\n")), "substance.indicators")
    padded = check_of(score(report(measures=MEASURES_2024 + listed)), "substance.indicators")
    assert padded["points"] == base["points"]
    # a clause that gives each its figure is reported work
    data = "全年办理行政复议案件9件、行政应诉案件4件、备案审查文件6件、依申请公开12件。\n"
    assert check_of(score(report(measures=MEASURES_2024 + data)), "substance.indicators")["points"] > base["points"]


def test_wanting_innovation_is_no_specific_shortcoming(score):
    # panel-b: "工作创新意识不足，特色亮点还不够突出" was judged specific (创新 read as an area of work)
    card = score(report(problems="一是工作创新意识不足，特色亮点还不够突出；二是执法人员持证率仅为82%，3名新进人员尚未取得执法证。"))
    critique = check_of(card, "substance.self_critique")
    notes = [e.get("note") or "" for e in critique["evidence"]]
    assert critique["details"]["specific_share"] == 0.5, notes


@pytest.mark.parametrize("name", ["seed-003", "seed-000"])
def test_paragraphs_pasted_again_as_one_earn_nothing_more(score, name):
    # panel-b, padded: two paragraphs of the measures pasted again, on consecutive lines (one paragraph),
    # gave their sentences new neighbours, and a figure sentence counted for the item named before it
    import itertools

    from conftest import corpus_text

    text = corpus_text(name)
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.strip().startswith("一、"))
    end = next(i for i, ln in enumerate(lines) if ln.strip().startswith("二、"))
    long = [i for i in range(start, end) if len(lines[i].strip()) > 120]
    before = check_of(score(text), "substance.indicators")["points"]
    for i, j in itertools.combinations(long, 2):
        edited = "\n".join(lines[:end] + [lines[i], lines[j]] + lines[end:])
        assert check_of(score(edited), "substance.indicators")["points"] <= before, (i, j)


def test_a_shortcoming_told_as_praise_is_not_specific(score):
    # set H tuning, short_boast: "…方面，不足之处是工作标杆定得过高…" was judged specific (不足 read as a fact)
    boast = "一是基层法治建设力量方面，不足之处是工作标杆定得过高，同志们常年加班加点；二是执法人员持证率仅为82%，3名新进人员尚未取得执法证。"
    critique = check_of(score(report(problems=boast)), "substance.self_critique")
    assert critique["details"]["specific_share"] == 0.5
    staff = "一是基层法治建设力量不足，全镇仅有2名专职执法人员；二是执法人员持证率仅为82%，3名新进人员尚未取得执法证。"
    assert check_of(score(report(problems=staff)), "substance.self_critique")["details"]["specific_share"] == 1.0


def test_a_deadline_told_after_an_act_is_not_its_date(score):
    # set H tuning, fr_modal: a deadline of an intention told after an act gave the act a date (+0.8)
    fr = "四、党政主要负责人履行推进法治建设第一责任人职责情况\n镇党委书记主持召开党委会议，听取法治政府建设工作情况汇报"
    plain = check_of(score(report(plan=fr + "。")), "substance.leader_acts")
    deadline = check_of(score(report(plan=fr + "，力争于2025年9月底前完成整改。")), "substance.leader_acts")
    assert deadline["points"] <= plain["points"]


@pytest.mark.parametrize("work, item", [
    ("2024年为困难群众办理法援案件16件，指派律师9名。", "法律顾问和公共法律服务"),
    ("2024年抽取执法案卷40宗交由律师和专家交叉评阅，评出优秀卷6宗。", "案卷评查"),
])
def test_credited_work_in_other_words_and_units(score, work, item):
    # set H held, after its clean measurement: 法援 and 案卷…评阅 counted N宗 as no figure
    assert item in check_of(score(report(measures=MEASURES_2024 + work + "\n")), "substance.indicators")["details"]["credited"]


def test_population_figures_are_no_rule_of_law_results(score):
    # set H held, after its clean measurement: 户籍人口, 新生儿, 城镇化率 counted as the year's figures
    law = score(report(measures=MEASURES_2024 + "2024年开展执法监督检查6轮，纠正不当行政行为15件，追究执法过错责任3人。\n"))
    people = score(report(measures=MEASURES_2024 + "2024年末户籍人口15万人，新生儿600名，迁入人口300余人，城镇化率提高2个百分点。\n"))
    assert law["score"] > people["score"]


@pytest.mark.parametrize("act", ["2024年3月，驻村第一书记主持召开专题会议研究法治工作2次。",
                                 "镇长力求年内主持召开专题会议研究法治工作2次。"])
def test_a_village_secretarys_act_or_a_hoped_for_one_is_no_deed_of_the_principals(score, act):
    # set H held, after its clean measurement: 驻村第一书记 read as the principal (书记), 力求 as no intention
    fr = "四、党政主要负责人履行推进法治建设第一责任人职责情况\n镇党委书记、镇长认真履行第一责任人职责。"
    done = check_of(score(report(plan=fr + "2024年3月，镇长主持召开专题会议研究法治工作2次。")), "substance.leader_acts")
    other = check_of(score(report(plan=fr + act)), "substance.leader_acts")
    assert other["points"] < done["points"]


@pytest.mark.parametrize("padding", [
    "2024年以镇党委镇政府名义转发各类法治文件24份，编发工作简报12期，印制宣传折页3000份。",
    "2024年上级法治督察组到我镇开展实地督察，调阅案卷120本，走访群众300人，对我镇工作给予肯定。",
    # set I tuning (first sight 806/1524 rows): documents received, staffing, press coverage and praise, tasks
    # planned, several years' totals, targets and another body's totals counted as the year's figures
    # (indicators +0.76 a sentence, figures +0.1 to +0.5)
    "2024年收到上级机关来文86件，其中与法治相关的14件，均已登记传阅并归档。",
    "我镇司法所核定编制5名，实有在岗4名，平均年龄38岁，本科以上学历占比75%。",
    "2024年我镇法治工作经验被市级以上媒体报道9篇次，得到上级领导肯定性批示3次。",
    "2024年围绕证明事项清理谋划了15项具体任务，已建立台账，作出全面部署。",
    "近三年来累计为230家企业提供法治体检，出具法律意见书460份。",
    "2024年审核行政合同45份、调解纠纷138件（均为年初下达的目标值，完成数尚未统计）。",
    "2024年全县审查备案规范性文件312件（为全县汇总数据，非本镇数据）。",
    "2024年全市共审查备案规范性文件312件，办理行政复议案件86件。",
    # set I held, after its clean measurement: honours, the jurisdiction, rules received, "十余年来先后", "各地汇总"
    "2024年我镇获评市级法治建设先进单位等荣誉称号4项，6名干部受到县委通报表扬。",
    "我镇下辖14个行政村、3个社区，总面积126平方公里，设党政办等7个内设机构。",
    "2024年接到县里印发的9项执法制度，已分送各村组学习。",
    "十余年来先后指导40个村修订村规民约，删改条款200余条。",
    "2024年审核行政合同36份（为全县各地汇总的数据）。",
    "按照县里下达的年度指标要求，2024年调解矛盾纠纷130件。",
    # set J tuning (first sight 734/1227 rows): a completion on a condition, unverified estimates, a score
    # the unit gave itself, rates above what a count allows, a range "不等", material handed out
    "倘若年内专项经费能够落实，2024年将审核行政合同40份，届时方可见效。",
    "2024年审核行政合同40份、调解纠纷120件（以上均系粗略估算，尚待核实）。",
    "对照考核细则逐项打分，我镇法治政府建设自评得分97.5分。",
    "2024年群众对行政执法的满意率达112%，投诉办结率为130%。",
    "2024年审核行政合同8到30份不等。",
    "2024年围绕普法向群众发放宣传资料6000份。",
    # set J held, after its clean measurement: other wordings of the same families
    "只要县里追加经费，2024年审核行政合同40份、调解纠纷120件即可完成。",
    "2024年审核行政合同40份、调解纠纷120件（均为大概的数，并无台账可查）。",
    "2024年审核行政合同少则8份多则30份。",
])
def test_counts_of_no_work_of_the_year_are_no_results(score, padding):
    # set H held, after its clean measurement: documents forwarded and a superior body's inspection counted
    # as the year's figures (+0.6 to +1.1; a hollow measures part became whole: +5.4)
    base = score(report())
    padded = score(report(measures=MEASURES_2024 + padding + "\n"))
    assert check_of(padded, "substance.figures")["details"]["figures"] == check_of(base, "substance.figures")["details"]["figures"]
    # nor as the detail of the item named in the sentence before it (indicators)
    assert check_of(padded, "substance.indicators")["points"] <= check_of(base, "substance.indicators")["points"]
    assert padded["score"] <= base["score"] + 0.5


def test_a_village_legal_service_room_and_hearing_a_report_face_to_face_are_credited(score):
    # set H held, after its clean measurement: 法律服务室 was no public legal service, 当面听取 no act
    room = check_of(score(report(measures=MEASURES_2024 + "2024年实现村级法律服务室全覆盖，值班律师接待咨询120人次。\n")),
                    "substance.indicators")
    assert "法律顾问和公共法律服务" in room["details"]["credited"]
    fr = "四、党政主要负责人履行推进法治建设第一责任人职责情况\n2024年3月，镇长召集6个执法部门负责人当面听取整改情况。"
    assert "听取汇报" in check_of(score(report(plan=fr)), "substance.leader_acts")["details"]["concrete"]


def test_laws_studied_are_no_documents_of_the_work(score):
    # set H, pair_docs_issued_vs_studied: "组织传达学习新修订的《行政处罚法》…" counted as the unit's documents
    # ("新修订的" names the law, it is no revising by the unit)
    studied = check_of(score(report(measures="一、主要举措和成效\n组织干部传达学习新修订的《行政处罚法》《行政复议法》《立法法》，"
                                             "全年审查合同45件。\n")), "substance.documents")
    issued = check_of(score(report(measures="一、主要举措和成效\n制定出台《新河镇行政执法公示实施办法》《新河镇合同合法性审查细则》，"
                                            "全年审查合同45件。\n")), "substance.documents")
    assert studied["details"]["documents"] == 0 and issued["details"]["documents"] == 2


def test_paperwork_alone_leaves_the_measures_hollow(score):
    # set H held, after its clean measurement: "转发法治文件24份" made a hollow measures part whole (+5.4)
    card = score(report(measures="一、主要举措和成效\n认真贯彻落实上级部署，2024年转发各类法治文件24份，编发工作简报12期。\n"))
    assert check_of(card, "completeness.measures")["details"].get("hollow") is True




def test_a_wider_areas_totals_are_anothers_but_the_own_areas_are_the_reports(score):
    # set I tuning, pair_own_vs_province: "全省审查备案规范性文件…件" in a lower level's report counted as its own
    county = "2024年全县共审查备案规范性文件31件，办理行政复议案件8件。"
    base = score(report(issuer="新县"))
    own = score(report(measures=MEASURES_2024 + county + "\n", issuer="新县"))
    wider = score(report(measures=MEASURES_2024 + county + "\n"))  # the same sentence in a township's report
    figures = [check_of(c, "substance.figures")["details"]["figures"] for c in (base, own, wider)]
    assert figures[1] > figures[0] and figures[2] == check_of(score(report()), "substance.figures")["details"]["figures"]


@pytest.mark.parametrize("change", ["同比多出3起", "较上年增加了3件", "比去年下降2个百分点", "比往年提升3个点", "增幅2成"])
def test_a_change_on_last_year_without_the_years_own_number_is_no_datum(score, change):
    # set I tuning, pair_level_vs_yoy: "调处行政争议的数量同比多出12起" credited as the item's datum, as the level is
    level = check_of(score(report(measures=MEASURES_2024 + f"2024年办理行政复议案件12件，{change}。\n")), "substance.indicators")
    only = check_of(score(report(measures=MEASURES_2024 + f"2024年办理行政复议案件{change}。\n")), "substance.indicators")
    assert "行政复议办理" in level["details"]["credited"] and "行政复议办理" not in only["details"]["credited"]
    assert only["points"] < level["points"]


def test_newspapers_and_programmes_are_no_documents_of_the_work(score):
    # set I tuning, pad_media: 《法治日报》 counted as a document of the unit's work (+0.7)
    press = check_of(score(report(measures="一、主要举措和成效\n依法行政的做法在《人民日报》《南方周末》等报刊刊发3篇，"
                                           "在《法治在线》栏目播出1期，全年审查合同45件。\n")), "substance.documents")
    assert press["details"]["documents"] == 0


@pytest.mark.parametrize("text, mood", [
    ("近五年来累计为120家企业开展法治体检", "earlier"),
    ("2020年以来累计办理行政复议案件300件", "earlier"),
    ("全年累计办理行政复议案件30件", "done"),
    ("审核合同12份（以上均为年度目标数）", "intended"),
    ("年初下达的任务是审核合同12份以上", "intended"),
    ("按期完成年初下达的目标任务", "done"),
    ("调解纠纷30件（此为全市汇总数，非本级数据）", "superior"),
])
def test_totals_targets_and_disowned_figures_are_no_deeds_of_the_year(text, mood):
    from scorer.document.sentences import mood_of

    assert mood_of(text, 2024) == mood


def test_a_newspaper_named_alone_leaves_the_measures_hollow(score):
    # set I tuning, pad_media: "…在《法治日报》等报刊刊发3篇" made a hollow measures part whole (+5.4)
    card = score(report(measures="一、主要举措和成效\n认真贯彻落实上级部署，依法行政的做法在《法治日报》等报刊刊发3篇，社会反响良好。\n"))
    assert check_of(card, "completeness.measures")["details"].get("hollow") is True


# ---------------------------------------------------------------- hollow parts earn their form only


STOCK_PROBLEMS = "一是法治意识有待进一步提高。\n二是工作机制还不够到位。\n三是队伍能力仍需加强。"


def test_stock_problems_earn_neither_count_nor_length(score):
    # panel B: three stock problems earned the count and the length (4 of the check's 10 weights) that a
    # reviewer gives nothing for; a specific problem added to them still earns all it did
    stock = check_of(score(report(problems=STOCK_PROBLEMS)), "substance.self_critique")
    one = check_of(score(report(problems="一是法治意识有待进一步提高。")), "substance.self_critique")
    assert abs(stock["points"] - one["points"]) < 0.3 and stock["details"]["items"] == 3
    real = "四是执法人员持证率仅60%，原因是新进人员较多。"
    with_real = check_of(score(report(problems=STOCK_PROBLEMS + "\n" + real)), "substance.self_critique")
    alone = check_of(score(report(problems=real)), "substance.self_critique")
    assert with_real["points"] > stock["points"] + 1
    assert alone["points"] >= with_real["points"] - 0.01  # stock problems beside it add nothing


def test_words_around_the_problems_that_face_none_add_no_length(score):
    # panel D's padded reports: a paragraph on why problems matter before them and a recap after them made
    # the 不足 longer, and the length share raised self-critique (0.44 -> 1.06) where a reviewer takes points off
    from conftest import corpus_text

    text = corpus_text("seed-002")
    heading = "二、存在问题和原因"
    assert heading in text
    plain = check_of(score(text), "substance.self_critique")

    def opened(words: str) -> str:
        return text.replace(heading, heading + "\n" + words, 1)

    reflection = ("法治政府建设永远在路上，问题导向是推动工作的鲜明特点，发现问题是解决问题的前提，"
                  "正视问题体现的是实事求是的态度和担当作为的勇气，任何工作都是在发现问题、解决问题中不断前进的。")
    padded = check_of(score(opened(reflection)), "substance.self_critique")
    assert padded["details"]["problem_to_achievement_ratio"] <= plain["details"]["problem_to_achievement_ratio"]
    assert padded["points"] <= plain["points"] + 0.01
    # words around the problems that state a fact of the work still count: the part faces them at more length
    facts = "全镇行政执法案卷评查合格率仅为75%，低于全县平均水平，行政复议纠错案件3件。"
    longer = check_of(score(opened(facts)), "substance.self_critique")
    assert longer["details"]["problem_to_achievement_ratio"] > plain["details"]["problem_to_achievement_ratio"]


def test_a_plan_of_topics_and_slogans_is_hollow(score):
    # panel B's hollow plans: each item names a topic in its lead ("二是健全行政执法监督制度。") and goes on in
    # slogans; it earned the whole plan as a real one did
    slogans = "进一步提高政治站位，凝心聚力、攻坚克难，确保各项工作取得新突破。"
    hollow = "\n".join(f"{n}是健全{t}制度。{slogans}" for n, t in (("一", "行政执法监督"), ("二", "政务公开"), ("三", "规范性文件备案")))
    card = check_of(score(report(problems="执法人员持证率仅60%。", plan=hollow)), "completeness.next_year")
    assert card["details"].get("hollow") is True and card["points"] < card["max_points"]
    said = hollow.replace(slogans, "年内组织执法人员培训2次，开展案卷评查。", 1)
    concrete = check_of(score(report(problems="执法人员持证率仅60%。", plan=said)), "completeness.next_year")
    # (one dated item of three: not hollow; the full credit asks for two measurable items, see below)
    assert not concrete["details"].get("hollow") and concrete["points"] > card["points"]
    # an item of one sentence is all content: its lead is not set aside
    short = "一是健全行政执法监督制度，年内开展案卷评查。\n二是推进政务公开。"
    assert not check_of(score(report(problems="执法人员持证率仅60%。", plan=short)), "completeness.next_year")["details"].get("hollow")


def test_a_practice_described_is_no_deed_of_the_year(score):
    # panel C: a 第一责任人 part of practices (定期听取汇报, 坚持带头学法, 按照职责分工抓好述法) earned 7 of 7
    head = "新河县2024年法治政府建设年度报告\n一、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    tail = "\n二、主要举措和成效\n办理复议案件12件。\n"
    practice = "县长定期听取法治工作汇报，对有关工作提出明确要求。县委书记坚持带头学法。领导班子按照职责分工抓好述法。"
    card = score(head + practice + tail)
    assert check_of(card, "completeness.first_responsible")["details"].get("hollow") is True
    acts = check_of(card, "substance.leader_acts")
    assert acts["details"]["concrete"] == [] and acts["details"]["without_count"] == []
    # the year's deeds: a count or a completed aspect makes the same words an act
    deeds = "县长全年听取法治工作汇报4次。县委书记坚持带头学法，参加专题学法6次。"
    done = score(head + deeds + tail)
    assert not check_of(done, "completeness.first_responsible")["details"].get("hollow")
    assert check_of(done, "substance.leader_acts")["points"] > acts["points"]


def test_a_plan_that_only_names_topics_is_hollow(score):
    # panel C: intentions that name a topic with a general verb (更加注重学法, 做好出庭应诉工作) earned the
    # whole plan; a plan item is concrete when it says what will be done to the topic (组织…培训, 修订…)
    topics = "一是更加注重学法，努力在重点环节上有新的进展。\n二是进一步做好出庭应诉工作，不断提升工作质量。\n三是着力加强普法，推动工作更加规范。"
    card = check_of(score(report(problems="执法人员持证率仅60%。", plan=topics)), "completeness.next_year")
    assert card["details"].get("hollow") is True
    acts = topics.replace("着力加强普法", "组织开展“八五”普法中期检查")
    concrete = check_of(score(report(problems="执法人员持证率仅60%。", plan=acts)), "completeness.next_year")
    assert not concrete["details"].get("hollow") and concrete["points"] > card["points"]


@pytest.mark.parametrize("table", [
    "2024年行政复议与应诉情况\t数量\n行政复议收案（件）\t12\n行政应诉出庭（件）\t3\n",
    # substance AM (table_vs_prose): the same rows between pipes, as a markdown table or a text export writes them
    "2024年行政复议与应诉情况：\n| 项目 | 数量 |\n| --- | --- |\n| 行政复议收案（件） | 12 |\n| 行政应诉出庭（件） | 3 |\n",
])
def test_a_table_row_with_its_unit_in_the_label_is_a_figure(score, table):
    # set J tuning (same_table_vs_prose): "行政复议收案（件）<TAB>12" counted for nothing where "收案12件" counted
    base = check_of(score(report()), "substance.indicators")
    with_table = check_of(score(report(measures=MEASURES_2024 + table)), "substance.indicators")
    assert "行政复议办理" in with_table["details"]["credited"] and "行政复议办理" not in base["details"]["credited"]


# ---------------------------------------------------------------- the same figures told twice, and who did the work (set K)


def test_figures_told_again_in_a_recap_add_no_detail(score):
    # set K: "用数字回望这一年：…审查186例，备案…1个，…" recapping the report's own figures earned up to 3.7 points
    # of indicators, as if each item had been told in more detail
    measures = MEASURES_2024 + "（三）化解矛盾。全年调解矛盾纠纷186件，调解成功率97.5%。\n"
    before = check_of(score(report(measures=measures)), "substance.indicators")
    recap = "用数字回望这一年：重大行政决策12项全部经合法性审查，办理行政处罚案件52件，调解矛盾纠纷186件，成功率97.5%。\n"
    after = check_of(score(report(measures=measures + recap)), "substance.indicators")
    assert after["points"] <= before["points"] + 0.01
    # a sentence of new figures about the same work is more detail, and a small count of other work is its own
    more = "（四）行政执法案卷评查3次，纠正问题案卷2件。行政处罚听证2件。\n"
    detailed = check_of(score(report(measures=measures + more)), "substance.indicators")
    assert detailed["points"] > before["points"]


def test_a_recap_told_clause_by_clause_names_no_further_work(score):
    # substance AF (pad_repeat_figures): "把上面的主要数字再归拢一下：…组织学习《民法典》《信访工作条例》等法律法规5次；…" credited
    # 矛盾纠纷调解 (信访) with a figure first told in a sentence read as a plan (制定年度学法计划,…): +1.84
    measures = MEASURES_2024 + ("（三）学法用法。建立干部会前学法制度，制定年度学法计划，组织学习《民法典》《信访工作条例》等法律法规5次，"
                                "开展执法实务培训等活动3场。\n")
    before = check_of(score(report(measures=measures)), "substance.indicators")
    recap = "把上面的主要数字再归拢一下：组织学习《民法典》《信访工作条例》等法律法规5次；开展执法实务培训等活动3场。\n"
    after = check_of(score(report(measures=measures + recap)), "substance.indicators")
    assert after["points"] <= before["points"] + 0.01
    assert set(after["details"]["credited"]) == set(before["details"]["credited"])


def test_what_a_body_is_made_of_is_no_datum(score):
    # set K: "成员单位涵盖…信访…等7家单位" credited 矛盾纠纷调解 with a figure
    members = "（三）统筹协调。法治建设联席会议成员单位涵盖发展改革、财政、民政、教育、水利、信访、医保等7家单位。\n"
    card = check_of(score(report(measures=MEASURES_2024 + members)), "substance.indicators")
    assert "矛盾纠纷调解" not in card["details"]["credited"]


def test_acts_after_a_clause_that_hands_them_to_departments_are_not_the_leaders(score):
    # set K: "镇长对此事始终高度关注，全镇各普法责任部门认真履行…，开展法治讲座15场次" earned the 镇长 带头学法
    head = "新河镇2024年法治政府建设年度报告\n一、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    tail = "\n二、主要举措和成效\n办理复议案件12件。\n"
    handed = "镇长对普法工作始终高度关注，全镇各普法责任部门认真履行普法责任，开展法治讲座15场次。"
    acts = check_of(score(head + handed + tail), "substance.leader_acts")
    assert "带头学法" not in acts["details"]["concrete"]
    own = "镇长对普法工作始终高度关注，带头参加法治讲座15场次。"
    assert "带头学法" in check_of(score(head + own + tail), "substance.leader_acts")["details"]["concrete"]
    # who sits on a body hands nothing on: the meeting is still the leadership's
    body = "成立由镇党委书记、镇长负总责，党委副书记具体牵头的依法治镇委员会，主持召开专题会议4次。"
    assert check_of(score(head + body + tail), "substance.leader_acts")["details"]["concrete"]


def test_hosting_inspections_is_no_datum_and_last_years_plan_followed_is_credited(score):
    # set K: "迎接上级法治督察4次" counted as work done; "去年报告承诺的事项…6件已办成" credited nothing
    hosted = check_of(score(report(measures=MEASURES_2024 + "（三）迎接上级法治督察4次，顺利通过检查。\n")), "substance.indicators")
    own = check_of(score(report(measures=MEASURES_2024 + "（三）组织本级法治督察，查出问题51个，督促限期整改。\n")), "substance.indicators")
    assert own["points"] > hosted["points"]
    followed = "（三）去年报告承诺的事项，今年逐件倒排工期，其中6件已办成，11件仍在推进。\n"
    assert "整改问题" in check_of(score(report(measures=MEASURES_2024 + followed)), "substance.indicators")["details"]["credited"]


def test_a_table_of_figures_earns_what_the_same_figures_in_one_sentence_do(score):
    # set J held (spent): each row of a table ("书面法律意见（条）<TAB>25") was read as a sentence detailing the
    # item named in the row above, so a table earned one unit (0.9) more than the same figures in a sentence
    prose = "（三）合法性审核。2024年审核重大行政决策2项，审查政府合同15份，提出书面法律意见25条。\n"
    table = "（三）合法性审核。\n合法性审核工作量\t2024年\n重大行政决策审核（项）\t2\n审查政府合同（份）\t15\n书面法律意见（条）\t25\n"
    a = check_of(score(report(measures=MEASURES_2024 + prose)), "substance.indicators")
    b = check_of(score(report(measures=MEASURES_2024 + table)), "substance.indicators")
    assert b["details"]["sentences_counted"] == a["details"]["sentences_counted"]


def test_a_plan_without_a_target_or_a_date_earns_part_of_its_credit(score):
    # panels B, C and D gave a plan of things to do with no target, date or figure about half of its points;
    # the tool gave it all (seed-001's "一是提升干部执法水平。主要通过以考促学、以案说法、以会代训三种方式进行")
    problems = "执法人员持证率仅60%，原因是新进人员较多。"
    vague = "一是提升干部执法水平，组织开展执法培训。\n二是规范行政执法，开展案卷评查。"
    card = check_of(score(report(problems=problems, plan=vague)), "completeness.next_year")
    assert card["status"] == "partial" and card["details"]["measurable"] == 0 and "目标、时限或数据" in card["message"]
    dated = "一是6月底前组织执法培训2次，持证率达到90%。\n二是年内开展案卷评查，评查案卷50卷。"
    full = check_of(score(report(problems=problems, plan=dated)), "completeness.next_year")
    assert full["status"] == "pass" and full["points"] > card["points"]
    # this year's figures told again, and a schedule with nothing to do in it, measure nothing
    repeated = "一是继续办理行政处罚案件52件。\n二是继续审核规范性文件3件。"
    assert check_of(score(report(problems=problems, plan=repeated)), "completeness.next_year")["details"]["measurable"] == 0
    schedule = "一季度：动员部署。\n二季度：全面推进。\n三季度：督促检查。\n四季度：总结提高。"
    assert check_of(score(report(problems=problems, plan=schedule)), "completeness.next_year")["status"] != "pass"


# ---------------------------------------------------------------- padding, others' work and boasts (sets K and L, panel E)


def test_a_recap_of_the_year_s_figures_raises_neither_density_nor_detail(score):
    # set K: "用数字回望这一年：…" raised `figures` by up to 1.1 (its figures counted again) and `indicators` by 0.75
    # when the recap came first or worded a figure its own way ("考核率达100%" against "考核率100%")
    measures = MEASURES_2024 + "（三）执法培训。上岗行政执法人员培训考核率达100%，新聘法律顾问2家。\n"
    base = score(report(measures=measures))
    recap = "用数字回望这一年：行政执法人员培训考核率100%，重大行政决策12项全部经合法性审查，办理行政处罚案件52件，新聘法律顾问2家。\n"
    for padded in (measures + recap, measures.replace("一、主要举措和成效\n", "一、主要举措和成效\n" + recap)):
        card = score(report(measures=padded))
        for check in ("substance.figures", "substance.indicators"):
            assert check_of(card, check)["points"] <= check_of(base, check)["points"] + 0.01, check
    # the same number of the same work told once is counted once; a small count of other work is its own
    density = check_of(score(report(measures=measures + "（四）规范执法。办理行政处罚案件52件。\n")), "substance.figures")
    assert density["details"]["figures"] == check_of(base, "substance.figures")["details"]["figures"]
    other = check_of(score(report(measures=measures + "（四）复议应诉。办理行政复议案件2件，行政诉讼案件2件。\n")), "substance.figures")
    assert other["details"]["figures"] == check_of(base, "substance.figures")["details"]["figures"] + 2


def test_a_list_of_bodies_covers_no_task_area(score):
    # set K: "联席会议成员单位涵盖发展改革、财政、…审计、统计、信访…等24家单位" covered 权力监督 and 矛盾纠纷化解
    members = "（三）统筹协调。法治建设联席会议成员单位涵盖发展改革、财政、人力社保、民政、教育、水利、商务、审计、统计、信访、医保、林业等24家单位。\n"
    base = check_of(score(report()), "substance.coverage")["details"]["covered"]
    assert check_of(score(report(measures=MEASURES_2024 + members)), "substance.coverage")["details"]["covered"] == base
    # the same area reported as work done is covered
    done = "（三）化解矛盾。全年办理信访事项86件，按期办结率100%。\n"
    assert len(check_of(score(report(measures=MEASURES_2024 + done)), "substance.coverage")["details"]["covered"]) > len(base)


def test_work_done_by_a_group_a_superior_sent_is_not_the_unit_s(score):
    # set L: "由县里派驻的专项工作组一手包办，…" before every counted sentence moved nothing (0.0 on all dev reports)
    own = report()
    sent = report(measures=MEASURES_2024.replace("修订《", "由县里派驻的专项工作组一手包办，修订《").replace(
        "落实行政执法三项制度，", "县里抽调力量直接到本镇组织实施，"))
    assert check_of(score(sent), "substance.figures")["points"] < check_of(score(own), "substance.figures")["points"]
    assert score(sent)["score"] < score(own)["score"] - 0.5


def test_merits_told_as_the_problems_are_no_self_critique(score):
    # panel E: "…工作成效超出预期、群众评价很高，但经验总结和宣传推广还不够及时" earned more self-critique than a
    # stock 不足; set L held the same kind of "problem" in other words
    boasts = ("调处矛盾纠纷工作成效超出预期、群众评价很高，但经验总结和宣传推广还不够及时。"
              "制度建设任务完成得又快又好，部分同志工作节奏快、加班多，劳逸结合还需统筹。")
    card = check_of(score(report(problems=boasts)), "substance.self_critique")
    assert card["points"] == 0.0 and card["details"]["items"] >= 1
    real = "执法人员持证率仅60%，3个村没有专职调解员，原因是新进人员较多、培训经费有限。"
    assert check_of(score(report(problems=real)), "substance.self_critique")["points"] > 1.0


def test_a_quoted_law_or_a_formula_s_number_is_nothing_measured(score):
    # set E (padding with quotations): "《中华人民共和国宪法》规定，…" appended to a plan made it measurable;
    # "重大决策…5项必经程序" credited three indicators with a figure (and "五项" in words none)
    problems = "执法人员持证率仅60%，原因是新进人员较多。"
    plan = "一是提升干部执法水平，组织开展执法培训。\n二是规范行政执法，开展案卷评查。"
    quoted = plan + "\n《中华人民共和国宪法》规定，一切国家机关都必须遵守宪法和法律。"
    for p in (plan, quoted):
        assert check_of(score(report(problems=problems, plan=p)), "completeness.next_year")["details"]["measurable"] == 0
    formula = "（三）依法决策。严格执行重大决策“公众参与、专家论证、风险评估、合法性审查、集体讨论决定”{}项必经程序。\n"
    digits = check_of(score(report(measures=MEASURES_2024 + formula.format("5"))), "substance.indicators")
    words = check_of(score(report(measures=MEASURES_2024 + formula.format("五"))), "substance.indicators")
    assert digits["points"] == words["points"]


def test_a_plan_answers_no_problem_in_a_report_that_finds_none(score):
    # panels B and E: a report without its 不足 had its plan scored on concreteness alone, at full weight
    # (panel E p10: 3.75 of 5 for "answering" the problems of a report that states none)
    plan = "一是6月底前组织执法培训2次，持证率达到90%。\n二是年内开展案卷评查，评查案卷50卷。"
    none = check_of(score(report(plan=plan)), "substance.plan_response")
    answered = check_of(score(report(problems="执法人员持证率仅60%，案卷评查不够，原因是新进人员较多。", plan=plan)),
                        "substance.plan_response")
    assert none["points"] < answered["points"] and none["details"]["answered_share"] == 0.0
    assert "没有查摆问题" in none["message"]


def test_figures_restated_after_each_section_neither_add_nor_take_away(score):
    # panel E (padded p02): each sub-section's figures told again ("从数据上看，…") and once more in a closing
    # summary split by "；" made the originals look like recaps of the restatements: +4.6 instead of 0
    measures = MEASURES_2024 + "（三）化解矛盾。全年化解信访积案2件，办理信访事项936件。行政复议2例，维持2例。\n"
    base = check_of(score(report(measures=measures)), "substance.indicators")
    padded = measures + "从数据上看，全年化解信访积案2件，办理信访事项936件，行政复议2例，维持2例，成效明显。\n" + \
        "综合以上数据：化解信访积案2件；办理信访事项936件；行政复议2例；维持2例。\n"
    after = check_of(score(report(measures=padded)), "substance.indicators")
    assert abs(after["points"] - base["points"]) < 0.01


def test_work_said_of_an_earlier_year_and_results_told_among_the_problems_earn_nothing(score):
    # set L held (after its clean measurement): "早在2023年，…办理行政处罚案件52件" counted as the report year's;
    # the 不足 padded with the year's results ("当然也要清醒看到，2024年我们…审核规范性文件3件…") read as a
    # specific problem and as its length
    earlier = MEASURES_2024.replace("修订《", "早在2023年，修订《").replace("落实行政执法三项制度", "早在2023年，落实行政执法三项制度")
    assert score(report(measures=earlier))["score"] < score(report())["score"] - 0.5
    problems = "执法人员持证率偏低，原因是新进人员较多。"
    padded = problems + "当然也要清醒看到，2024年我们审核规范性文件3件，办理行政处罚案件52件，重大行政决策12项全部经合法性审查，成绩殊为不易。"
    a = check_of(score(report(problems=problems)), "substance.self_critique")
    b = check_of(score(report(problems=padded)), "substance.self_critique")
    assert b["points"] <= a["points"] + 0.01


def test_work_said_of_the_year_before_in_words_earns_nothing(score):
    # substance AK (results_prior_year): "上一年度，全镇…共编印…600余份", "二是前一年度里，…" counted as the year's
    # results; a comparison with the year before (在上一年的基础上, 较上一年) and a review of it stay the year's
    # substance AO (fr_prior_year): "回看2023年，…", "在2023这一年里，…", "（一）2023年，…" in a report on 2024
    for lead in ("上一年度，", "前一年度里，", "上年度，", "回看2023年，", "在2023这一年里，"):
        earlier = MEASURES_2024.replace("修订《", lead + "修订《").replace("落实行政执法三项制度", lead + "落实行政执法三项制度")
        assert score(report(measures=earlier))["score"] < score(report())["score"] - 0.5, lead
    for lead in ("在上一年的基础上，", "针对上一年度考核反馈的问题，"):
        same = MEASURES_2024.replace("修订《", lead + "修订《").replace("落实行政执法三项制度", lead + "落实行政执法三项制度")
        assert score(report(measures=same))["score"] >= score(report())["score"] - 0.5, lead


def test_a_clause_listing_figures_told_above_adds_none(score):
    # substance AK (pad_repeat_totals): "这一年里共有12次、75项、3530余场等" counted its figures again (+1.2), also
    # one the report told as a meeting count (研究法治议题12次), which counts for nothing the first time
    measures = MEASURES_2024 + "（三）学法。研究法治议题12次，举办法治讲座35场。\n"
    base = check_of(score(report(measures=measures)), "substance.figures")
    recap = measures + "把上面的数字汇总起来再列一遍，这一年里共有12次、12项、52件、35场等，具体情况上文均已逐项交代。\n"
    after = check_of(score(report(measures=recap)), "substance.figures")
    assert after["details"]["figures"] == base["details"]["figures"] and after["points"] <= base["points"]
    # one small number said again of the parts of the same work is no recap (j-held pair_power_j lost its pair)
    parts = measures + "（四）清理文件。对4件行政规范性文件作了清理，废止4件、修改4件。\n"
    whole = measures + "（四）清理文件。对4件行政规范性文件作了清理。\n"
    assert check_of(score(report(measures=parts)), "substance.figures")["details"]["figures"] > \
        check_of(score(report(measures=whole)), "substance.figures")["details"]["figures"]


def test_shortcomings_said_to_be_gone_are_no_shortcomings_of_the_year(score):
    # substance AL (shortcomings_solved_past): "一是2023年曾反映出…，这一问题早在2023年底前便整改完毕，本年度没有再出现"
    # counted as a specific shortcoming of the year (Δ 0.0)
    problems = "一是执法人员持证率仅60%，原因是新进人员较多。二是规范性文件合法性审核有3件超期，原因是法制机构只有1名工作人员。"
    gone = problems.replace("一是", "一是2023年曾反映出").replace("二是", "二是2023年曾反映出").replace(
        "较多。", "较多，这一问题早在2023年底前便整改完毕，本年度没有再出现。").replace("工作人员。", "工作人员，现已不复存在。")
    still = gone.replace("现已不复存在。", "现已不复存在，但超期审核仍有发生。")
    current, solved, partly = (check_of(score(report(problems=p)), "substance.self_critique") for p in (problems, gone, still))
    assert solved["points"] < current["points"] - 1
    assert "已经不存在的问题" in " ".join(e.get("note", "") for e in solved["evidence"])
    assert partly["points"] > solved["points"]  # one said still to happen stays a shortcoming


OTHER_MATTERS = {
    "lawsuits": "本年度以本镇为被告的行政诉讼案件中有2件败诉，集中在信息公开答复超过法定期限。判决生效后逐案复盘，已重新作出答复并修订了答复流程。",
    "praise": "这一年里，我镇依法行政工作多次受到上级肯定，获评法治建设示范单位，干部群众普遍给予好评，成效显著。",
    "none": "无。",
}


@pytest.mark.parametrize("with_problems", [True, False])
def test_an_adverse_matter_reported_among_other_matters_is_faced(score, with_problems):
    # substance AL (other_lawsuit_added, pair_other_ducha_vs_nil): the fifth part, 其他需要报告的情况, was never read:
    # lost lawsuits and their correction scored as "无" did, and as praise
    problems = "执法人员素质有待进一步提高。" if with_problems else ""

    def card(other):
        text = report(problems=problems, plan="加强培训。") + "四、其他需要报告的情况\n" + OTHER_MATTERS[other] + "\n"
        return check_of(score(text), "substance.self_critique")

    lawsuits, praise, none = card("lawsuits"), card("praise"), card("none")
    assert lawsuits["points"] > none["points"] + 1 and lawsuits["points"] > praise["points"] + 1
    assert praise["points"] == none["points"]


@pytest.mark.parametrize("said", [
    "（以上数字是辖区各单位折算出的平均数）", "，这些数是几个部门摊平后的平均值",  # averages over several units
])
def test_figures_said_to_be_averages_of_several_units_are_not_the_units_own(score, said):
    # substance AM (figures_averaged): "…600余份（以上数字是辖区各单位折算出的平均数）" counted as the unit's own figures
    averaged = MEASURES_2024.replace("审核规范性文件3件。", "审核规范性文件3件" + said + "。").replace(
        "办理行政处罚案件52件。", "办理行政处罚案件52件" + said + "。")
    assert score(report(measures=averaged))["score"] < score(report())["score"] - 0.5


@pytest.mark.parametrize("lead", ["2019—2024年这几年间合计，", "自2019年起至2024年底，前后数年总共"])
def test_totals_over_a_range_of_years_are_not_the_years_results(score, lead):
    # substance AM (figures_span_years): "2019—2024年这几年间合计，…" was read as from the report year (its last year)
    spanned = MEASURES_2024.replace("重大行政决策12项", lead + "重大行政决策12项").replace("办理行政处罚", lead + "办理行政处罚")
    assert score(report(measures=spanned))["score"] < score(report())["score"] - 0.5
    since = MEASURES_2024.replace("办理行政处罚", "自2024年起累计办理行政处罚")  # a total from the report year is its own
    assert score(report(measures=since))["score"] >= score(report())["score"] - 0.5


def test_measures_that_only_say_what_documents_call_for_are_no_work_done(score):
    # panel K (p08, tool +14.4 over the panel): "按照《…决定》要求，应当…。根据《…决定》的部署，开展…应当做到依法规范"
    # kept the measures' full marks and counted the national 《决定》 as the unit's document
    said = ("一、主要举措和成效\n（一）依法决策。按照《中共中央关于全面推进依法治国若干重大问题的决定》的要求，应当健全重大行政决策机制。"
            "根据《法治政府建设实施纲要（2021－2025年）》的部署，规范性文件清理应当做到依法规范、有序推进。\n"
            "（二）规范执法。按照《法治政府建设实施纲要（2021－2025年）》精神，基层政府应当落实行政执法三项制度。\n")
    card = score(report(measures=said))
    assert check_of(card, "completeness.measures")["points"] < 0.5 * check_of(card, "completeness.measures")["max_points"]
    assert check_of(card, "substance.documents")["points"] == 0
    done = said.replace("应当健全重大行政决策机制", "修订《新河镇重大行政决策程序规定》，12项决策全部经合法性审查")
    assert check_of(score(report(measures=done)), "substance.documents")["points"] > 0


def test_results_told_only_as_shares_of_the_years_plan_are_no_figures(score):
    # panel K (p02, tool +9.9 over the panel): each measure ending "…，完成年度计划的100%" or "年度目标任务完成率100%"
    # kept the measures' full marks: the share of one's own plan names no work
    hollow = ("一、主要举措和成效\n（一）依法决策。坚持民主集中制和科学决策原则，完成年度计划的100%。\n"
              "（二）规范执法。落实行政执法三项制度，各项任务按计划推进，年度目标任务完成率100%。\n"
              "（三）文件清理。定期做好规范性文件清理工作，完成进度达到年度计划的100%。\n")
    card = score(report(measures=hollow))
    assert check_of(card, "completeness.measures")["points"] < 0.5 * check_of(card, "completeness.measures")["max_points"]
    assert check_of(card, "substance.figures")["details"]["figures"] == 0
    rate = hollow.replace("完成年度计划的100%", "重大行政决策合法性审查率100%")  # a rate of the work itself counts
    assert check_of(score(report(measures=rate)), "substance.figures")["details"]["figures"] == 1


def test_a_townships_measures_told_as_the_districts_campaign_totals_are_not_its_own(score):
    # panel L (p04, tool +22.7 over the panel): "我镇参加区统一组织的专项行动，…，全区共排查问题522个、整改674个" credited the
    # district's totals to the township (figures and indicators rose)
    own = "一、主要举措和成效\n（一）专项整治。我镇开展执法规范专项行动，排查问题52个、整改47个。\n"
    district = "一、主要举措和成效\n（一）专项整治。我镇参加区统一组织的执法规范专项行动，该行动围绕执法规范，全区共排查问题522个、整改474个。\n"
    a, b = score(report(measures=own)), score(report(measures=district))
    assert check_of(b, "substance.figures")["details"]["figures"] == 0 and b["score"] < a["score"] - 1


def test_papers_the_unit_received_and_read_are_not_its_documents(score):
    # panel L (p05, p06): "收到区印发的《…通知》后…传达学习", "收到上级《…实施意见》，组织集中学习" counted as the unit's documents
    received = ("一、主要举措和成效\n（一）依法决策。收到区印发的《关于进一步做好合法性审查工作的通知》后，组织班子成员集中学习。"
                "收到上级《关于完善行政执法监督的实施意见》，在干部职工会上通读学习。\n")
    own = received.replace("收到区印发的《关于进一步做好合法性审查工作的通知》后，组织班子成员集中学习", "制定《新河镇合法性审查工作规则》")
    assert check_of(score(report(measures=received)), "substance.documents")["details"]["documents"] == 0
    assert check_of(score(report(measures=own)), "substance.documents")["details"]["documents"] == 1


def test_wishes_to_superiors_are_no_shortcomings_found(score):
    # panel L (p06, p02): a 不足 made only of "希望上级进一步加大…经费投入" kept the part's full substance credit
    wishes = "一是希望上级进一步加大法治建设专项经费投入。二是希望上级在人员编制上给予倾斜。"
    found = "一是法治建设专项经费仅5万元，难以保障培训。二是司法所仅有1名工作人员，编制缺口2名。"
    a, b = (check_of(score(report(problems=p)), "completeness.shortcomings") for p in (found, wishes))
    assert b["points"] < a["points"]


def test_verbs_of_doing_in_other_words_are_the_same_deeds(score):
    # set L held: 召开→举行, 制定→制订, 印发→下发, 开展→进行 moved the leaders' acts by 1.2-2.3
    head = "新河镇2024年法治政府建设年度报告\n一、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    tail = "\n二、主要举措和成效\n办理复议案件12件。\n"
    said = "镇长主持召开专题会议4次，制定《新河镇法治建设工作要点》，印发责任清单，开展专题学法2次。"
    other = "镇长主持举行专题会议4次，制订《新河镇法治建设工作要点》，下发责任清单，进行专题学法2次。"
    assert abs(score(head + said + tail)["score"] - score(head + other + tail)["score"]) <= 0.5


def test_the_principal_convening_a_meeting_is_chairing_it(score):
    # substance AN (chair_verb_convene): "主要负责同志召集召开相关会议" lost the principal's act (−1.2) and, told in a
    # measures paragraph, the part itself (−5.8), which "主持召开" kept
    opening = "新河镇2024年法治政府建设年度报告\n一、主要举措和成效\n（一）强化组织领导。镇党委、镇政府主要负责同志{verb}相关会议6次，安排部署法治建设工作，办理复议案件12件。\n"
    chaired, convened = (score(opening.format(verb=v)) for v in ("主持召开", "召集召开"))
    assert convened["sections"]["first_responsible"]["present"] and chaired["sections"]["first_responsible"]["present"]
    assert abs(convened["score"] - chaired["score"]) <= 0.5


def test_a_verb_read_across_two_words_is_no_deed(score):
    # "推进行政执法" holds 进行 across 推进 and 行政: a slogan plan must stay a slogan plan (panel C c05)
    problems = "执法人员持证率偏低，原因是新进人员较多。"
    slogans = "一是推进行政执法规范化，确保取得实效。\n二是促进行政争议化解，推动工作持续向好。"
    card = check_of(score(report(problems=problems, plan=slogans)), "completeness.next_year")
    assert card["details"].get("hollow") or card["points"] <= 0.4 * card["max_points"]


def test_a_whole_percentage_written_with_a_decimal_is_the_same_figure(score):
    # set M (same_m/pct_decimal): 100% → 100.0% keyed every such figure alike ("100.0%"), so the rates of
    # different indicators counted once between them: -1.8 on seed-003
    measures = MEASURES_2024 + "（三）复议应诉。行政机关负责人出庭应诉率100%，行政复议决定履行率100%，法律顾问覆盖率100%。\n"
    whole = score(report(measures=measures))
    decimal = score(report(measures=measures.replace("100%", "100.0%")))
    assert abs(whole["score"] - decimal["score"]) <= 0.01
    assert check_of(whole, "substance.figures")["details"]["figures"] == check_of(decimal, "substance.figures")["details"]["figures"]


def test_work_said_to_be_unfinished_is_no_result(score):
    # set M (unfinished_m): "…审核规范性文件3件，但截至年底这些工作仍在推进之中，一项也没有办结" counted as results
    unfinished = MEASURES_2024.replace("审核规范性文件3件。", "审核规范性文件3件，但截至年底这些工作仍在推进之中，一项也没有办结。").replace(
        "办理行政处罚案件52件。", "办理行政处罚案件52件，不过到年末为止还处在进行阶段，尚未形成最终结果。")
    done = check_of(score(report()), "substance.figures")
    said = check_of(score(report(measures=unfinished)), "substance.figures")
    assert said["points"] < done["points"]
    # a count of what is still open beside what was finished leaves the finished counted
    from scorer.document.sentences import sentences
    s = sentences("受理复议案件12件,已办结10件,尚未办结2件。", 2024)[0]
    assert s.mood_at(0) == "done" and s.mood_at(s.text.index("尚未")) == "intended"


def test_being_present_is_no_deed_of_the_principal_nor_a_result(score):
    # set M (pad_fr_meetings_m): "参加各类会议28次，出席有关活动10场，听取情况汇报7次，圈阅各类文件3份" in the
    # 第一责任人 part raised leader_acts by 2.3 and filled a hollow part
    head = "新河镇2024年法治政府建设年度报告\n一、党政主要负责人履行推进法治建设第一责任人职责情况\n"
    duty = "镇党委、镇政府主要负责同志认真履行第一责任人职责，坚持把法治建设摆在突出位置。"
    presence = "全年，镇长参加各类会议28次，出席有关活动10场，听取情况汇报7次，圈阅各类文件3份。"
    tail = "\n二、主要举措和成效\n办理复议案件12件。\n"
    before, after = score(head + duty + tail), score(head + duty + presence + tail)
    for cid in ("completeness.first_responsible", "substance.leader_acts"):
        assert check_of(after, cid)["points"] <= check_of(before, cid)["points"] + 0.01
    # taking part in a named activity is work all the same
    named = "（三）普法。组织全镇干部参加旁听庭审活动2次，举办法治讲座6场。\n"
    generic = "（三）普法。组织全镇干部参加各类活动2次，举办法治讲座6场。\n"
    assert check_of(score(report(measures=MEASURES_2024 + named)), "substance.figures")["details"]["figures"] == \
        check_of(score(report(measures=MEASURES_2024 + generic)), "substance.figures")["details"]["figures"] + 1


def test_a_cause_shown_by_what_a_check_found_is_a_cause(score):
    # set M (pair_cause_evidence_m): a cause found by a file check ("发现差错多出自新入职人员") was no cause at all
    # without the word 原因, and the shortcomings part lost its 4 points for causes
    found = "执法文书不规范的问题反复出现，我们抽查了40份文书并访谈8名执法人员，发现差错多出自新入职人员，而他们上岗前只参加过半天培训。"
    card = check_of(score(report(problems=found, plan="一是年内开展执法文书培训2次。")), "completeness.shortcomings")
    assert card["status"] == "pass", card["message"]


def test_a_plan_of_one_dated_aim_is_no_years_plan(score):
    # set M (plan_boilerplate_m): the plan replaced by one paragraph of the 纲要's aims with "到2025年底" read as
    # 1 item of 1 with a deadline: full concreteness, -0.4 in all
    problems = "执法人员持证率偏低，原因是新进人员较多。"
    aims = "到2025年底，力求各项权力都在阳光下运行，为建成更高水平的法治政府夯实根基。"
    items = ("一是年内组织执法人员参加资格考试，持证率达到90%。\n二是6月底前完善村居法律顾问坐班制度。\n"
             "三是年底前完成行政执法案卷评查，评查案卷50卷。")
    one = check_of(score(report(problems=problems, plan=aims)), "substance.plan_response")
    three = check_of(score(report(problems=problems, plan=items)), "substance.plan_response")
    assert one["details"]["concrete_share"] <= 0.34 and one["points"] < three["points"]
    assert "不少于 3 项" in one["message"]


def test_figures_that_seem_to_contradict_each_other_are_shown_to_be_checked(score):
    # set J (pair_consistent_vs_contradict_j): "登记依申请公开事项8件，其中按期作出答复60件" passed unremarked. Shown, not
    # deducted: a part larger than the year's intake may hold cases carried over from the year before
    consistent = MEASURES_2024 + "（三）政务公开。登记依申请公开事项80件，其中按期作出答复60件，决定公开3件。\n"
    contradicted = MEASURES_2024 + "（三）政务公开。登记依申请公开事项8件，其中按期作出答复60件，决定公开30件。\n"
    a, b = score(report(measures=consistent)), score(report(measures=contradicted))
    notes = [e.get("note") or "" for e in check_of(b, "substance.figures")["evidence"]]
    assert any("自相矛盾" in n and "请核实" in n for n in notes)
    assert not any("自相矛盾" in (e.get("note") or "") for e in check_of(a, "substance.figures")["evidence"])


def test_a_table_of_figures_details_its_items_as_the_same_sentence_does(score):
    # set J (same_table_vs_prose_j): the rows of a two-column table each counted as a sentence of detail, so the
    # table scored 0.9 above the same figures in one sentence
    prose = MEASURES_2024 + "（三）复议应诉。2024年行政复议收案12件、审结10件，行政应诉出庭3件。\n"
    table = (MEASURES_2024 + "（三）复议应诉。\n2024年行政复议与应诉情况\t数量\n行政复议收案（件）\t12\n"
             "行政复议审结（件）\t10\n行政应诉出庭（件）\t3\n")
    a = check_of(score(report(measures=prose)), "substance.indicators")
    b = check_of(score(report(measures=table)), "substance.indicators")
    assert a["details"]["sentences_counted"] == b["details"]["sentences_counted"]
    assert abs(a["points"] - b["points"]) < 0.01


def test_facts_about_a_law_are_no_work_of_the_unit(score):
    # set N held (pad_law_facts_n): "《行政处罚法》于1996年3月17日由八届全国人大四次会议审议通过…全文共八章八十六条" added a
    # named document and a dated indicator (+1.9 on seed-000); the unit's own 办法 "经…审议通过" stays its work
    facts = ("据了解，《行政处罚法》于1996年3月17日由八届全国人大四次会议审议通过，2021年1月22日修订后全文共八章八十六条；"
             "《行政许可法》于2003年8月27日通过，全文共八章八十三条。\n")
    base, padded = score(report()), score(report(measures=MEASURES_2024 + facts))
    assert padded["score"] <= base["score"] + 0.01
    own = "（三）制度建设。《新河镇行政执法公示办法》于2024年3月5日经镇政府常务会议审议通过，自4月1日起施行。\n"
    docs = check_of(score(report(measures=MEASURES_2024 + own)), "substance.documents")
    assert docs["details"]["documents"] == check_of(base, "substance.documents")["details"]["documents"] + 1


def test_a_plan_item_due_only_in_later_years_is_no_measure_of_the_plan_s_year(score):
    # set O (pair_plan_in_year_vs_beyond_o): items dated 2027 and 2028 in a 2025 plan counted as dated, concrete items
    problems = "执法人员持证率偏低，原因是新进人员较多。"
    within = "一是2025年6月底前组织执法培训2次。\n二是2025年9月底前完成案卷评查。\n三是2025年12月底前开展法治督察。"
    later = within.replace("2025年6月", "2027年6月").replace("2025年9月", "2028年9月").replace("2025年12月", "2028年12月")
    a = check_of(score(report(problems=problems, plan=within)), "substance.plan_response")
    b = check_of(score(report(problems=problems, plan=later)), "substance.plan_response")
    assert a["details"]["concrete_share"] == 1.0 and b["details"]["concrete_share"] < 1.0 and a["points"] > b["points"]


# ---------------------------------------------------------------- wave 1 of session 14 (substance set U)


def test_a_list_of_laws_studied_is_no_document_of_the_units_work(score):
    # pad_laws_list_u: 《土地管理法》《森林法》… after "学习…主要有：" counted as the unit's own documents
    base = check_of(score(report()), "substance.documents")
    listed = report(measures=MEASURES_2024 + "日常学习涉及的法律法规篇目主要有：《土地管理法》《森林法》《安全生产法》《防洪法》等。\n")
    assert check_of(score(listed), "substance.documents")["details"]["documents"] == base["details"]["documents"]
    made = report(measures=MEASURES_2024 + "制定《新河镇行政执法公示办法》《新河镇执法全过程记录办法》。\n")
    assert check_of(score(made), "substance.documents")["points"] > base["points"]  # made, not studied: counted


def test_a_note_on_the_reports_figures_is_no_part_of_its_measures(score):
    # pad_footnotes_u: "注：①…②文中数据统计区间为…" raised a hollow page by 7 points (measures, figures, indicators)
    base = score(report())
    noted = score(report(measures=MEASURES_2024 + "注：①本报告中“镇”一词均指本级人民政府；②文中数据统计区间为2024年1月1日至12月31日；"
                                               "③部分事项名称采用通行简称。\n"))
    assert noted["score"] == base["score"]


def test_a_sentence_of_dates_alone_details_no_work(score):
    # pad_dates_u: "全年重要时间节点依次为：…" counted as the detail of the item before it
    base = score(report())
    dated = score(report(measures=MEASURES_2024 + "全年重要时间节点依次为：2024年1月10日、3月28日、5月16日、7月9日、9月23日。\n"))
    assert check_of(dated, "substance.indicators")["points"] == check_of(base, "substance.indicators")["points"]


def test_attending_a_ceremony_is_no_count_of_work(score):
    # fr_attendance_u: "出席普法宣传月启动仪式2次" counted as a figure of 普法
    base = score(report())
    present = score(report(measures=MEASURES_2024 + "（三）镇党委书记出席普法宣传月启动仪式2次，为现场活动剪彩致辞。\n"))
    assert check_of(present, "substance.figures")["details"]["figures"] == check_of(base, "substance.figures")["details"]["figures"]
    led = score(report(measures=MEASURES_2024 + "（三）镇党委书记主持普法宣传月活动2次，为现场群众解答法律问题。\n"))
    assert check_of(led, "substance.figures")["details"]["figures"] == check_of(base, "substance.figures")["details"]["figures"] + 1


# ---------------------------------------------------------------- wave 3 of session 14 (substance sets W, X)


@pytest.mark.parametrize("marks", [("〈", "〉")])
def test_a_documents_name_in_other_title_marks_is_a_document(score, marks):
    # book_marks_w: 〈…〉 in place of 《…》 cost the documents check 1-3 points. (Quotes are no title marks: counted,
    # “…办法” made the score move when a page's quotes were changed or dropped, old sets f, g, i same_*quotes)
    a, z = marks
    base = check_of(score(report()), "substance.documents")["details"]["documents"]
    cited = report(measures=MEASURES_2024 + f"（三）制定{a}新河镇行政执法公示办法{z}，印发{a}新河镇执法全过程记录规定{z}。\n")
    assert check_of(score(cited), "substance.documents")["details"]["documents"] == base + 2
    slogan = report(measures=MEASURES_2024 + "（三）落实“三项制度”，坚持“公众参与、专家论证、风险评估、合法性审查、集体讨论决定”。\n")
    assert check_of(score(slogan), "substance.documents")["details"]["documents"] == base  # terms, not documents


def test_last_years_figure_given_for_comparison_is_no_count_of_the_year(score):
    # last_year_w: "（上年同期为5项）" after a figure counted as one more of this year's
    base = check_of(score(report()), "substance.figures")["details"]["figures"]
    compared = report(measures=MEASURES_2024.replace("审核规范性文件3件", "审核规范性文件3件（上年同期为5件）"))
    assert check_of(score(compared), "substance.figures")["details"]["figures"] == base


def test_a_plan_dated_in_the_report_year_has_no_time_limit(score):
    # plan_same_year_x: "(一)2025年内，…" in the plan of a report on 2025 counted as deadlines (+4.0)
    from conftest import corpus_text

    text = corpus_text("seed-003")
    head, plan = text.split("四、2026年推进法治政府建设工作要点")
    dated = {y: score(head + "四、2026年推进法治政府建设工作要点" + re.sub(r"\n(\s*)\(([一二三四五])\)", rf"\n\1(\2){y}年内，", plan))
             for y in (2025, 2026)}
    assert dated[2025]["score"] <= score(text)["score"] < dated[2026]["score"]


def test_items_run_into_a_parts_heading_line_are_its_items(score):
    # form set z (html_strong_runin_colon): "六、认真查找不足：一是…二是…" lost its items (self_critique 2.65 → 0.13)
    problems = "一是执法人员水平有待提高，部分人员未取得执法证。二是普法形式单一，群众参与度不高。"
    plan = "一是组织执法人员培训2期。二是创新普法形式，开展活动10场。"
    text = report(problems=problems, plan=plan)
    run_in = text.replace("存在的不足和原因\n", "存在的不足和原因：").replace("年工作安排\n", "年工作安排：")
    assert run_in != text
    for check in ("substance.self_critique", "substance.plan_response"):
        assert check_of(score(run_in), check)["details"] == check_of(score(text), check)["details"], check


def test_how_often_a_post_was_read_is_no_count_of_work(score):
    # pad_post_views_y: 浏览量/点赞/粉丝 counts raised a page by up to 9.5 points
    base = score(report())
    viewed = score(report(measures=MEASURES_2024 + "（三）市官方微信公众号法治栏目全年累计浏览量达60.7万人次，获得点赞3800余个、"
                                                   "转发200余次，新增关注粉丝5千余人。\n"))
    assert check_of(viewed, "substance.figures")["details"]["figures"] == check_of(base, "substance.figures")["details"]["figures"]


def test_a_law_listed_or_named_alone_is_no_document_of_the_work(score):
    # pad_law_contents_y: an appendix listing the laws counted them as the unit's documents
    base = check_of(score(report()), "substance.documents")["details"]["documents"]
    listed = report(measures=MEASURES_2024 + "（三）本年度涉及的主要法律法规：一、《中华人民共和国湿地保护法》。二、《中华人民共和国畜牧法》。\n")
    assert check_of(score(listed), "substance.documents")["details"]["documents"] == base
    applied = report(measures=MEASURES_2024 + "（三）依据《中华人民共和国行政处罚法》查处违法案件5件。\n")
    assert check_of(score(applied), "substance.documents")["details"]["documents"] == base + 1


def test_a_regulation_listed_on_its_own_line_is_no_heading_and_no_document_of_the_work(score):
    # pad_law_contents_y: an appendix numbering the laws 一、…六、 one a line restarted the report's top
    # headings (the plan was lost, -15 points), and 《农田水利条例》 listed alone counted as the unit's document
    laws = ["中华人民共和国黑土地保护法", "中华人民共和国湿地保护法", "农田水利条例"]
    appendix = "附录　本年度涉及的主要法律法规目录\n" + "".join(f"{n}、《{law}》\n" for n, law in zip("一二三", laws))
    plan = "一是6月底前为村居法律顾问建立坐班制度，每月坐班2次。二是年内组织执法人员参加资格考试，持证率达到100%。"
    base = score(report(problems=PROBLEMS, plan=plan))
    listed = score(report(measures=MEASURES_2024 + appendix, problems=PROBLEMS, plan=plan))
    assert {k: p["present"] for k, p in listed["sections"].items()} == {k: p["present"] for k, p in base["sections"].items()}
    assert listed["score"] == pytest.approx(base["score"], abs=0.5)
    assert check_of(listed, "substance.documents")["details"]["documents"] == check_of(base, "substance.documents")["details"]["documents"]
    drafted = report(measures=MEASURES_2024 + "（三）起草《新河镇农村集体资产管理条例》并提请审议。\n")
    assert check_of(score(drafted), "substance.documents")["details"]["documents"] == check_of(base, "substance.documents")["details"]["documents"] + 1


def test_the_offices_rooms_and_furniture_are_no_figures_of_the_work(score):
    # pad_office_building_z: 搬入新办公楼、办公桌椅50套、电脑23台 raised a page by 7.9 points
    base = score(report())
    moved = score(report(measures=MEASURES_2024 + "（三）镇司法所于2024年7月整体搬入新办公楼，办公面积730平方米，新添置办公桌椅50套、"
                                                  "电脑23台、空调3台，更换了门厅标识标牌。\n"))
    assert moved["score"] <= base["score"]
    assert check_of(moved, "substance.figures")["details"]["figures"] == check_of(base, "substance.figures")["details"]["figures"]
    assert any(o["kind"] == "办公条件和后勤保障" for o in moved["off_topic"])


def test_the_opening_copied_into_the_measures_adds_nothing(score):
    # pad_copy_opening_aa: the opening's 《…》 counted again as a document of the measures (+1.0)
    opening = "2024年，新河镇认真贯彻《新河镇法治政府建设实施方案》，全面推进依法行政，现将有关情况报告如下。"
    plain = f"新河镇2024年法治政府建设年度报告\n{opening}\n" + MEASURES_2024
    copied = plain + "（三）" + opening + "\n"
    assert check_of(score(copied), "substance.documents")["details"]["documents"] == \
        check_of(score(plain), "substance.documents")["details"]["documents"]
    assert score(copied)["score"] <= score(plain)["score"] + 0.5


def test_the_centres_framework_restated_is_no_document_and_no_content_of_the_measures(score):
    # pad_five_items_restated_ac: "按照中办、国办印发的《法治政府建设与责任落实督察工作规定》，年度报告须载明五方面内容…"
    # counted as the unit's document and filled a hollow measures part (+6.6)
    hollow = "新河镇2024年法治政府建设年度报告\n一、主要举措和成效\n我镇高度重视法治政府建设，认真落实各项工作要求。\n"
    restated = hollow + ("按照中共中央办公厅、国务院办公厅印发的《法治政府建设与责任落实督察工作规定》，年度报告须载明五方面内容："
                         "一是主要举措和成效；二是党政主要负责人履职情况。\n")
    assert score(restated)["score"] <= score(hollow)["score"] + 0.5
    own = hollow + "制定《新河镇重大行政决策程序规定》。\n"
    assert check_of(score(own), "substance.documents")["details"]["documents"] == 1
