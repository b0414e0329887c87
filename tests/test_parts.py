"""Stage 4: the required parts, with the hard cases of real reports."""
from __future__ import annotations

import pytest

HEAD = "新河镇2024年法治政府建设年度报告\n2024年，新河镇推进法治政府建设，全年办理案件12件，取得明显成效。\n"
MEASURES = "一、主要举措和成效\n（一）强化组织领导。全年召开专题会议4次。\n（二）规范行政执法。办理行政处罚案件52件。\n"


@pytest.mark.parametrize(
    "heading",
    ["二、存在的不足", "二、存在问题和原因", "二、存在的短板弱项", "二、认真查找不足，主动分析原因", "二、2024年推进法治政府建设存在的问题和不足",
     "二、存在的差距和不足", "二、工作中面临的困难和问题", "二、问题与不足"],
)
def test_shortcomings_heading_variants(score, heading):
    card = score(HEAD + MEASURES + heading + "\n执法力量不足。\n三、2025年工作安排\n加强培训。")
    sec = card["sections"]["shortcomings"]
    assert sec["present"] and sec["form"] == "section" and sec["line"] == 6


@pytest.mark.parametrize(
    "heading, year",
    [("三、2025年法治建设工作安排", 2025), ("三、2025年工作思路", 2025), ("三、下一步工作打算", None), ("三、2025年推进法治政府建设工作要点", 2025),
     ("三、下一年度主要安排", None), ("三、今后工作的努力方向", None)],
)
def test_next_year_heading_variants(score, heading, year):
    card = score(HEAD + MEASURES + "二、存在的不足\n力量不足。\n" + heading + "\n一是加强培训。")
    sec = card["sections"]["next_year"]
    assert sec["present"] and sec["line"] == 8 and sec["year"] == year


def test_next_year_found_by_its_opening_when_the_heading_says_nothing(score):
    card = score(HEAD + MEASURES + "二、认真查找不足\n力量不足。\n三、实施有效举措，促进效能提升\n根据存在的不足，我镇计划在2025年通过以下方式推进法治政府建设。")
    sec = card["sections"]["next_year"]
    assert sec["present"] and sec["heading"] == "三、实施有效举措，促进效能提升" and sec["year"] == 2025


def test_a_heading_with_the_report_year_and_measures_words_is_not_a_plan(score):
    card = score(HEAD + "一、2024年度推进法治政府建设的主要举措和成效\n办理案件12件。\n二、存在的不足\n力量不足。")
    assert card["sections"]["measures"]["line"] == 3
    assert card["sections"]["next_year"]["present"] is False


def test_preface_that_announces_a_part_does_not_make_it_present(score):
    text = ("根据市委要求，现将本局2024年法治政府建设情况报告如下。\n本报告包括工作开展情况、党政主要负责人履行推进法治建设第一责任人职责情况、"
            "存在的差距和不足及2025年工作安排四个部分。\n" + MEASURES)
    card = score(text)
    assert not card["sections"]["first_responsible"]["present"]
    assert not card["sections"]["shortcomings"]["present"] and not card["sections"]["next_year"]["present"]


@pytest.mark.parametrize(
    "body, causes",
    [
        ("一是执法力量不足。究其原因，主要是编制有限。", True),
        ("一是执法力量不足，主要原因是新进人员较多。", True),
        ("一是执法力量不足。由于编制有限，导致人员紧张。", True),
        ("一是执法力量不足。二是法治意识有待提高。", False),
    ],
)
def test_causes_are_read_from_the_text_not_the_heading(score, body, causes):
    card = score(HEAD + MEASURES + "二、存在的问题和原因\n" + body + "\n三、2025年工作安排\n加强培训。")
    assert card["sections"]["shortcomings"]["causes"] is causes


def test_first_responsible_as_a_section_of_its_own(score):
    card = score(HEAD + "一、党政主要负责人履行推进法治建设第一责任人职责情况\n书记、镇长专题研究法治工作4次。\n" + MEASURES.replace("一、", "二、"))
    sec = card["sections"]["first_responsible"]
    assert (sec["form"], sec["line"]) == ("section", 3)
    assert card["sections"]["measures"]["line"] == 5


def test_first_responsible_section_claimed_by_weak_heading_and_strong_opening(score):
    card = score(HEAD + MEASURES + "二、党政共同履职，推动法治建设\n我镇党政主要负责人着力履行推进法治建设第一责任人职责，专题研究4次。\n三、存在的不足\n力量不足。")
    sec = card["sections"]["first_responsible"]
    assert (sec["form"], sec["heading"]) == ("section", "二、党政共同履职，推动法治建设")


def test_first_responsible_as_a_sub_heading(score):
    card = score(HEAD + "一、主要举措和成效\n（一）强化组织领导\n一是发挥党委领导作用。\n二是切实履行法治建设第一责任人职责。镇党政主要负责人专题研究4次。\n")
    sec = card["sections"]["first_responsible"]
    assert (sec["form"], sec["embedding"], sec["heading"]) == ("embedded", "subheading", "二是切实履行法治建设第一责任人职责")


def test_first_responsible_in_a_paragraph_names_the_enclosing_sub_heading(score):
    text = HEAD + ("一、主要举措和成效\n（一）深入学习贯彻习近平法治思想、落实法治建设责任\n一是强化思想引领。组织专题学习3次。\n"
                   "二是压实主体责任。严格贯彻《党政主要负责人履行推进法治建设第一责任人职责规定》，局主要负责人定期听取汇报。\n")
    sec = score(text)["sections"]["first_responsible"]
    assert (sec["form"], sec["embedding"]) == ("embedded", "paragraph")
    assert sec["heading"] == "（一）深入学习贯彻习近平法治思想、落实法治建设责任"


def test_a_paragraph_about_the_duty_beats_a_passing_mention(score):
    text = HEAD + ("一、主要举措和成效\n（一）认真学习贯彻党的二十大精神。全市掀起学习热潮。各级政府坚持学用结合。把握新要求。在认真落实法治政府建设第一责任人职责方面也有进展。\n"
                   "（二）充分发挥“关键少数”的示范引领作用。主要领导严格履行好第一责任人的职责。\n")
    sec = score(text)["sections"]["first_responsible"]
    assert sec["heading"] == "（二）充分发挥“关键少数”的示范引领作用"


@pytest.mark.parametrize("words", [("一是", "二是", "三是"), ("首先，", "其次，", "最后，"), ("其一，", "其二，", "其三，")])
def test_items_counted_with_ordinal_words_are_items_as_with_yi_shi(score, words):
    # set R same_r/order_words: with 首先/其次 the duty's item was no sub-heading (−0.7) and the part ran over
    # the whole sub-section (leader_acts +1.2)
    a, b, c = words
    text = HEAD + ("一、主要举措和成效\n（一）着眼提高站位，强化组织领导\n" + a + "充分发挥党委领导核心作用。落实理论学习中心组学法制度。\n"
                   + b + "切实履行法治建设第一责任人职责。镇党政主要负责人专题研究法治工作3次。\n"
                   + c + "持续夯实基层法治队伍基础。全年组织培训4期。\n")
    sec = score(text)["sections"]["first_responsible"]
    assert (sec["form"], sec["embedding"], sec["line"]) == ("embedded", "subheading", 6)
    assert sec["heading"].startswith(b)


@pytest.mark.parametrize("end", ["。", "：", ":", "。\n", "\n"])
def test_a_run_in_title_ended_by_a_colon_is_a_sentence_as_with_a_full_stop(score, end):
    # (and a title on a line of its own over the paragraph, substance set V one_sentence_a_line: read as the
    # paragraph's first sentence, the duty told in its second and counted as a paragraph about it, +2.2)
    # the duty told in the paragraph's third sentence (its title the first): a passing sentence, whatever
    # ends the title
    text = HEAD + ("一、主要举措和成效\n（一）健全法治建设统筹机制" + end + "坚持将法治政府建设摆在全局工作的重要位置，"
                   "镇党委加强组织领导和统筹协调。镇主要领导严格落实党政主要负责人履行推进法治建设第一责任人职责。\n")
    sec = score(text)["sections"]["first_responsible"]
    assert (sec["form"], sec["embedding"]) == ("embedded", "sentence")


def test_first_responsible_only_in_the_preamble_is_a_passing_sentence(score):
    text = ("2021年，忠县深入推进法治政府建设，认真履行党政主要负责人推进法治建设第一责任人职责，各项工作取得了较好成绩。\n" + MEASURES)
    sec = score(text)["sections"]["first_responsible"]
    assert (sec["form"], sec["embedding"], sec["line"]) == ("embedded", "sentence", 1)


def test_no_first_responsible_when_only_leaders_are_named(score):
    text = HEAD + "一、强化组织保障\n（一）健全领导机制\n成立由党委书记、乡长任双组长的领导小组，定期召开专题会议4次。\n"
    assert score(text)["sections"]["first_responsible"]["present"] is False


def test_measures_span_several_top_level_sections(score):
    text = HEAD + "一、健全决策机制\n办理12件。\n二、推进队伍建设\n培训5次。\n三、存在的不足\n力量不足。\n四、2025年工作安排\n加强培训。"
    sec = score(text)["sections"]["measures"]
    assert sec["heading"] == "一、健全决策机制" and sec["spans"] == [[3, 4], [5, 6]]


def test_optional_other_part(score):
    card = score(HEAD + MEASURES + "二、存在的不足\n力量不足。\n三、2025年工作安排\n加强培训。\n四、其他需要报告的情况\n无。")
    assert card["sections"]["other"]["present"] and card["sections"]["other"]["required"] is False


# --------------------------------------------------------------------------- what a part is asked is rubric data


def _renamed_rubric(tmp_path):
    """The default rubric with every section under another id: parts.py must not know the ids."""
    import yaml

    from scorer.rubric import load

    from conftest import ROOT

    data = yaml.safe_load((ROOT / "rubrics" / "default.yaml").read_text(encoding="utf-8"))
    rename = {sid: f"part_{i}" for i, sid in enumerate(data["sections"])}
    data["sections"] = {rename[sid]: spec for sid, spec in data["sections"].items()}
    from scorer.checks import KINDS

    for check in data["checks"]:
        for opt in KINDS[check["kind"]].options:  # every option that names a section, as the kind declares
            value = check.get(opt.name)
            if opt.section and value is not None:
                check[opt.name] = [rename[s] for s in value] if isinstance(value, list) else rename[value]
    path = tmp_path / "renamed.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return load(str(path)), rename


def test_causes_year_and_search_scope_come_from_the_section_spec(tmp_path):
    from scorer.scoring.pipeline import score_text

    rubric, rename = _renamed_rubric(tmp_path)
    text = (HEAD + MEASURES + "（三）存在的问题\n一是执法力量不足，主要原因是编制有限。\n"
            "二、2025年工作安排\n一是年内培训3期。")
    sections = score_text(text, rubric)["sections"]
    short, plan = sections[rename["shortcomings"]], sections[rename["next_year"]]
    assert (short["present"], short["embedding"], short["causes"]) == (True, "subheading", True)
    assert (plan["present"], plan["year"]) == (True, 2025)
    assert "causes" not in sections[rename["measures"]] and "year" not in sections[rename["measures"]]


def test_renaming_every_section_leaves_every_score_unchanged(tmp_path):
    """Sections are rubric data end to end (issue 11): a rubric that calls them otherwise scores alike."""
    from scorer.rubric import load
    from scorer.scoring.pipeline import score_path

    from conftest import corpus_dir

    renamed, rename = _renamed_rubric(tmp_path)
    default = load("default")
    for path in sorted(corpus_dir("dev").glob("*.txt")):
        a, b = score_path(str(path), default), score_path(str(path), renamed)
        assert a["score"] == b["score"], path.name
        assert [(c["id"], c["status"], c["points"]) for c in a["checks"]] == [(c["id"], c["status"], c["points"]) for c in b["checks"]]
        assert {rename[s]: v["line"] for s, v in a["sections"].items()} == {s: v["line"] for s, v in b["sections"].items()}


def test_parts_and_items_name_no_section_of_the_rubric():
    """What a part is asked is a property of its spec (issue 11): no section id in the code."""
    import re

    from conftest import ROOT

    for path in sorted((ROOT / "scorer").rglob("*.py")):
        code = path.read_text(encoding="utf-8")
        found = re.findall(r"""["'](measures|first_responsible|shortcomings|next_year|other)["']""", code)
        assert found == [], (path.name, found)


def test_items_lose_their_numbers_and_cite_the_line_they_start_on():
    from scorer.document import metadata, parts
    from scorer.document.build import analyse
    from scorer.document.items import items_of
    from scorer.rubric import load

    lines = (HEAD + MEASURES + "二、存在的不足\n近年来取得了一定成效，但也存在不足，主要表现在：一是执法人员持证率偏\n"
             "低，仅有60%。二是村居法律顾问作用发挥不\n够，全年坐班仅2次。\n三、2025年工作安排\n"
             "2.1 年内组织执法人员参加资格考试，持证率达到100%。\n2.2 6月底前完善村居法律顾问坐班制度。").splitlines()
    st = analyse(lines)
    rubric = load("default")
    found = parts.find_parts(st, rubric.recognisers, metadata.extract(st).report_year)
    problems = [(i.line, i.key) for i in items_of(found["shortcomings"])]
    assert problems == [(7, "执法人员持证率偏低,仅有60%。"), (8, "村居法律顾问作用发挥不够,全年坐班仅2次。")]
    plan = [i.key for i in items_of(found["next_year"])]
    assert plan == ["年内组织执法人员参加资格考试,持证率达到100%。", "6月底前完善村居法律顾问坐班制度。"]


# --------------------------------------------------------------------------- issue 21: parts sharing one heading

SHORT_AND_PLAN = "二、存在的不足\n执法力量不足，原因是编制有限。\n基层培训不够，原因是经费不足。\n{}"


@pytest.mark.parametrize("plan", [
    "2025年工作安排：一是加强执法培训，全年培训不少于4次。二是充实基层执法力量。",
    "下一步工作打算：\n（一）加强执法培训。全年培训不少于4次。\n（二）充实基层执法力量。",
])
def test_the_plan_under_the_shortcomings_heading_is_found_by_its_lead_in(score, plan):
    card = score(HEAD + MEASURES + SHORT_AND_PLAN.format(plan))
    short, nxt = card["sections"]["shortcomings"], card["sections"]["next_year"]
    assert short["present"] and short["spans"] == [[6, 8]]
    assert nxt["present"] and nxt["form"] == "section" and nxt["line"] == 9
    assert nxt["heading"] in ("2025年工作安排", "下一步工作打算")


def test_a_plan_sentence_inside_the_problems_is_no_lead_in(score):
    card = score(HEAD + MEASURES + SHORT_AND_PLAN.format("对此我们高度重视，认真研究整改措施。"))
    assert card["sections"]["next_year"]["present"] is False


def test_a_run_in_sub_heading_scores_as_a_sub_heading_and_its_paragraph(score):
    tail = "二、存在的不足\n执法力量不足，原因是编制有限。\n三、2025年工作安排\n一是加强培训。"
    run_in = score(HEAD + MEASURES + tail)
    own_line = score(HEAD + MEASURES.replace("（一）强化组织领导。", "（一）强化组织领导\n").replace("（二）规范行政执法。", "（二）规范行政执法\n") + tail)
    assert abs(run_in["score"] - own_line["score"]) <= 0.5
    assert [c["points"] for c in run_in["checks"] if c["id"].startswith("substance")] == \
        [c["points"] for c in own_line["checks"] if c["id"].startswith("substance")]


def test_an_unnamed_part_that_sets_deadlines_in_the_next_year_is_the_plan(score):
    head = ("南岭镇人民政府2021年法治政府建设年度报告\n一、健全决策机制，提升行政水平\n全年审查合同45件。\n"
            "二、认真查找不足，主动分析原因\n一是执法人员持证率仅为82%。\n三、实施有效举措，促进效能提升\n")
    plan = "一是针对持证率偏低的问题，{y}年6月底前组织执法资格考试，年底前持证率达到95%。"
    later = score(head + plan.format(y=2022))
    assert later["sections"]["next_year"]["present"] is True and later["sections"]["next_year"]["line"] == 6
    # deadlines in the year reported on are the year's own work, not a plan
    same = score(head + plan.format(y=2021).replace("组织", "组织了"))
    assert same["sections"]["next_year"]["present"] is False


@pytest.mark.parametrize("intention", [
    "2025年打算开展4个村（社区）公共法律服务工作室标准化改造，驻点律师拟接待群众咨询300人次。",
    "下一步，我局将对剩余5件规范性文件开展清理。",
])
def test_an_intention_after_a_parts_opening_does_not_make_it_the_plan(score, intention):
    # a measures section cut short (a web page's excerpt) ends with an intention: it stays a measures
    # section; the plan states itself in its first sentence
    text = (HEAD + MEASURES + "二、加强法规制度建设，不断夯实依法行政基础\n一是稳步推进政府立法和规范性文件审查，全年审核文件12件。\n"
            + intention + "\n")
    card = score(text)
    assert card["sections"]["next_year"]["present"] is False


@pytest.mark.parametrize("cut", ["（一）推进执法规范化\n组建", "（一）加强党的领导。局"])
def test_an_intention_after_a_measure_cut_off_by_the_page_does_not_make_the_plan(score, cut):
    # a web page's excerpt ends inside a measure ("组建"): an intention added after it is one more
    # paragraph of that part, not a plan opening it (set G tuning, intent_as_deed)
    text = (HEAD + MEASURES + "二、规范执法行为，提升依法行政水平\n" + cut + "\n"
            + "今后一个时期，镇将着手建设智慧执法系统，计划明年开通掌上复议渠道。\n")
    assert score(text)["sections"]["next_year"]["present"] is False


def test_an_unnamed_part_that_opens_with_a_quarter_of_the_next_year_is_the_plan(score):
    head = ("南岭镇人民政府2021年法治政府建设年度报告\n一、健全决策机制，提升行政水平\n全年审查合同45件。\n"
            "二、认真查找不足，主动分析原因\n一是执法人员持证率仅为82%。\n三、实施有效举措，促进效能提升\n")
    card = score(head + "一是针对持证率偏低的问题，2022年二季度组织执法资格考试。\n二是健全执法人员培训制度。")
    assert card["sections"]["next_year"]["present"] is True and card["sections"]["next_year"]["line"] == 6


@pytest.mark.parametrize(
    "sentence",
    [
        # the leaders of the bodies below, whose duty a commission presses (pages-e fse-014)
        "压实各区、各校党政主要负责人法治建设第一责任人的职责和各单位法治建设主体责任。",
        # a field's division of labour, 一把手 with no 第一责任人 words (pages-e fse-011; pages fsa-012)
        "构建“一把手亲自抓、分管领导具体抓、法宣科牵头统筹、各科室协同配合”的普法工作格局。",
        "成立镇法治政府建设工作领导小组,做到主要领导亲自抓、分管领导具体抓,确保分工明确,责任落实。",
        # the whole area's leaders, whose 述职 a department organises (pages-k held fsk-013, after its clean measure)
        "完成2020年度全区党政主要负责人履行推进法治建设第一责任人职责情况年终考核述职工作,实现领导干部述法全覆盖。",
    ],
)
def test_others_duty_or_a_division_of_labour_is_not_the_units_own_part(score, sentence):
    text = HEAD + MEASURES + "（三）加强法治宣传。" + sentence + "\n"
    assert score(text)["sections"]["first_responsible"]["present"] is False


@pytest.mark.parametrize(
    "sentence",
    [
        # every level, its own among them (shared corpus page-061)
        "以中央对本市开展法治政府建设督察为契机,压实各级党政主要负责人履行推进法治建设第一责任人职责。",
        # its own leaders, then the formula: the part is there
        "党政主要负责人切实履行推进法治建设第一责任人职责,形成了主要领导亲自抓、分管领导具体抓、齐抓共管的工作格局。",
    ],
)
def test_the_units_own_leaders_beside_others_still_make_the_part(score, sentence):
    text = HEAD + MEASURES + "（三）加强组织领导。" + sentence + "\n"
    assert score(text)["sections"]["first_responsible"]["present"] is True


@pytest.mark.parametrize("sep", ["", "\n", "\n\n"])
def test_a_sub_section_opened_by_the_duty_is_the_part_however_it_is_paragraphed(score, sep):
    # the same sentences run on, one per paragraph, or with blank lines between them (a web copy)
    sentences = ["切实把法治政府建设的重任扛在肩上。", "党政主要负责人认真履行推进法治建设第一责任人职责,构建起协调机制。",
                 "镇长全年主持召开专题会议研究法治建设工作4次,带头旁听庭审1次。"]
    text = HEAD + "一、主要举措和成效\n（一）强化组织引领，夯实法治根基\n" + sep.join(sentences) + "\n（二）规范行政执法。办理行政处罚案件52件。\n"
    part = score(text)["sections"]["first_responsible"]
    assert part["present"] and part["heading"].startswith("（一）强化组织引领")


def test_a_sentence_found_in_paragraphs_read_as_one_passage_gives_its_own_line(score):
    # pages-g 018: unnumbered items ("压实工作责任。…") under a phrase heading are read as one passage; the
    # 第一责任人 sentence stands in the second of them, on line 4
    text = ("2022年,全县法治政府建设工作以习近平法治思想为指引,推动政府各项工作全面纳入法治化轨道。\n"
            "坚持高位推动 法治政府建设责任不断强化\n"
            "加强统筹谋划。县委、县政府高度重视法治建设,多次研究法治政府建设工作。\n"
            "压实工作责任。把法治建设任务分解到各镇、各部门单位。同时把法治建设履职情况纳入年终述职内容,"
            "推动各级党政主要负责人履行法治建设第一责任人职责落实落地。\n"
            "强化督察考核。对9个镇、27个重点执法部门的法治建设情况开展了专项督查。\n")
    sec = score(text)["sections"]["first_responsible"]
    assert sec["present"] and sec["form"] == "embedded" and (sec["line"], sec["spans"]) == (4, [[4, 4]])


@pytest.mark.parametrize("sentence", [
    # a ministry's or province's report pressing the duty on the units below (pages-g-held fsg-029's family)
    "督促、指导各地区深入落实法治政府建设第一责任人职责制度规定，县级以上地方党政主要负责人述法全覆盖。",
    "推动各市县全面落实党政主要负责人履行推进法治建设第一责任人职责。",
])
def test_the_duty_pressed_on_the_units_below_is_not_the_reports_own(score, sentence):
    text = HEAD + MEASURES + "（三）加强督导。" + sentence + "\n"
    assert score(text)["sections"]["first_responsible"]["present"] is False


@pytest.mark.parametrize("actor, present", [
    ("县委、县政府主要负责同志", True),
    ("县委、县政府", True),  # the body's duty is still the report's 第一责任人 part (its deeds earn no act credit)
    ("分管政法的副县长", False),
    ("县司法局", False),
])
def test_the_first_responsible_duty_is_the_principals_not_a_deputys(score, actor, present):
    text = HEAD + MEASURES + "（三）加强组织领导。" + actor + "切实履行推进法治建设第一责任人职责，全年召开专题会议4次。\n"
    assert score(text)["sections"]["first_responsible"]["present"] is present


@pytest.mark.parametrize("cue", ["拟在{y}年", "计划于{y}年", "{y}年将"])
def test_measures_told_as_intentions_do_not_make_a_middle_part_the_plan(score, cue):
    # every measure of a real page's opening turned into an intention for the next year: a part that
    # opens that way is not the plan while measures still follow it, so the edit can only lower the
    # score (set G tuning, measures_mark; page-040)
    import re

    from conftest import corpus_text

    text = corpus_text("page-040")
    year = int(re.search(r"(20\d\d)年", text).group(1)) + 1
    lines = text.splitlines()
    # the first paragraph after each sub-heading "(一)…" opens with the intention
    edited = [line if i == 0 or not lines[i - 1].startswith("(") else cue.format(y=year) + line
              for i, line in enumerate(lines)]
    before, after = score(text), score("\n".join(edited))
    assert sum(line != e for line, e in zip(lines, edited)) >= 3
    assert after["sections"]["next_year"]["present"] is False
    assert after["score"] <= before["score"]


def test_first_responsible_runs_from_a_sub_heading_about_responsibility(score):
    # pages-k tuning (the labelling convention): "(一)健全责任体系" over a paragraph that tells the leaders' duty in
    # a later sentence is where the part starts; under a sub-heading about other work the sentence stands alone
    def text(sub: str) -> str:
        return ("新河镇2024年法治政府建设年度报告\n一、主要举措和成效\n" + sub + "\n"
                "成立以镇长为组长的法治政府建设工作领导小组,构建一把手负总责的工作格局。"
                "制定年度工作要点,明确任务分工。各村建立工作台账,按月报送进展。"
                "严格落实党政主要负责人推进法治建设第一责任人职责,全年组织班子集体学法12次。\n"
                "（二）规范行政执法\n办理行政处罚案件52件。\n二、存在的不足\n执法人员持证率仅60%。\n")
    held = score(text("（一）健全责任体系"))["sections"]["first_responsible"]
    assert (held["line"], held["heading"]) == (3, "（一）健全责任体系")
    other = score(text("（一）推进政务公开"))["sections"]["first_responsible"]
    assert other["line"] == 4 and other["heading"].startswith("严格落实")
