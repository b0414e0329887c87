"""Sentences read as acts: mood (done, intended, duty restated) and actor (principal or other), on
sentences written the way real reports write them (tests/shared/corpus/pages and other published
reports), not the dev reports."""
from __future__ import annotations

import pytest

from scorer.document.sentences import is_past, mood_of, sentences
from scorer.document.topics import topic_of

LABELLED = [
    ("县政府主要负责同志主持召开常务会议专题研究法治政府建设工作4次。", "done", "principal"),
    ("区委书记带头旁听行政案件庭审1次。", "done", "principal"),
    ("镇长出庭应诉行政诉讼案件2件,出庭率100%。", "done", "principal"),
    ("分管副县长主持召开法治政府建设推进会。", "done", "someone_else"),
    ("县司法局组织全县执法人员开展专题培训3期。", "done", "someone_else"),
    ("将法治政府建设纳入全县经济社会发展总体规划。", "done", "unstated"),
    ("下一步,县长将主持召开专题会议研究法治建设。", "intended", "principal"),
    ("力争年内主要负责人出庭应诉率达到100%。", "intended", "principal"),
    ("计划于2025年3月组织开展年度述法。", "intended", "unstated"),
    ("党政主要负责人应当切实履行推进法治建设第一责任人职责。", "normative", "principal"),
    ("主要负责同志须对法治建设重要工作亲自部署、亲自督办。", "normative", "principal"),
    ("班子成员不得违规干预司法活动。", "normative", "someone_else"),
    ("成立由党委书记、镇长负总责,党委副书记具体牵头负责的委员会,不定期召开班子会议。", "done", "principal"),
    # the body as a whole ("我们") is no principal leader
    ("全年我们主持召开法治建设专题会议4次。", "done", "someone_else"),
    ("2024年,我们的主要负责同志主持召开专题会议4次。", "done", "principal"),
    # 拟 naming what was reviewed, or 拟定 (drafted), is no intention; 拟 before the act is
    ("县司法局对县政府拟签订的12份合同开展合法性审核。", "done", "someone_else"),
    ("全年拟定规范性文件3件,均经合法性审核后备案。", "done", "unstated"),
    ("县政府拟于明年3月组织开展年度述法。", "intended", "unstated"),
    # a body named where or to whom an act goes is not who acts
    ("镇党委书记带队到镇司法所调研,现场研究解决调解员配备不足问题。", "done", "principal"),
    ("县长听取县司法局汇报法治政府建设工作2次。", "done", "principal"),
    ("镇政府办公室带队到镇司法所调研。", "done", "someone_else"),
    ("预计全年组织执法人员培训4期。", "intended", "unstated"),
    # work not yet begun is no deed; said of "此项工作" it reaches back over the whole sentence
    ("县长主持召开府院联席会议,此项工作目前尚在筹备。", "intended", "principal"),
    ("行政执法协调监督平台尚未启动建设。", "intended", "unstated"),
    ("依法治县办主持召开全县法治督察反馈会1次。", "done", "someone_else"),
    # those convened are not who acts; an act waiting on something else has not happened
    ("县长召集县信访、司法、执法部门负责人召开专题会议3次。", "done", "principal"),
    ("县政府办公室召集县信访、司法部门负责人召开专题会议3次。", "done", "someone_else"),
    ("待上级方案下发后,县长召开专题会议研究部署。", "intended", "principal"),
    ("县综合行政执法队召开执法案卷评查会2次。", "done", "someone_else"),
    # the body as a whole (班子全体成员, 县委县政府, 全体干部) is not the principal leaders
    ("班子全体成员第一时间专题研究部署法治建设工作。", "done", "someone_else"),
    ("县委、县政府主持召开法治建设推进会2次。", "done", "someone_else"),
    ("镇党委政府统一部署,全体干部参加法治专题培训3期。", "done", "someone_else"),
    # where the leaders stand ("在县委县政府领导下") is not who acts; a clause that says when
    # ("在2021年") does not hide the subject after it
    ("在县委县政府的坚强领导下,县长主持召开专题会议3次。", "done", "principal"),
    ("在2024年,我镇分管副镇长着力履行职责,研究部署法治建设重大问题。", "done", "someone_else"),
    # what a year before the report's tells is that year's work (set H tuning, pair_year)
    ("在2023年,我镇分管副镇长着力履行职责,研究部署法治建设重大问题。", "earlier", "someone_else"),
    ("2023年,县长主持召开专题会议3次。", "earlier", "principal"),
    # 将 marking the object of a verb that follows ("将法治建设和中心工作同部署、同推进") is no "will"
    ("镇长主持召开专题会议2次,将法治建设和中心工作同部署、同推进。", "done", "principal"),
    ("在过去的一年里,镇党委书记着力履行职责,研究部署法治建设重大问题。", "done", "principal"),
    # a closing clause of nothing but "not yet done" speaks of the whole sentence's act
    ("县长主持召开府院联席会议,眼下尚未付诸实施。", "intended", "principal"),
    ("镇长主持召开专题会议研究执法改革,至今未落实。", "intended", "principal"),
    ("县长主持召开专题会议2次,未落实的3项任务已挂牌督办。", "done", "principal"),
    # the secretary of another body (纪委书记, 政法委书记, a branch's 支部书记) is not the principal leader
    ("县纪委书记主持召开法治建设专题会议2次。", "done", "someone_else"),
    ("镇党委书记主持召开法治建设专题会议2次。", "done", "principal"),
    # an intention set in before a later year's date: the mood starts at the first of the two
    ("下一阶段,县政府打算召开专题会议,拟在2025年组织执法人员培训30人次。", "intended", "unstated"),
    # set J: a completion conditioned on what has not happened is no deed; figures the sentence calls
    # unverified estimates are no data (read like another body's totals); a practice described is no deed
    ("假如专项经费到位,全年可组织执法人员培训6期。", "intended", "unstated"),
    ("县长主持召开专题会议,如能按期验收,到时方可全面推开。", "intended", "principal"),
    ("全年组织执法人员培训6期(上述数字为粗略估算,尚待核实)。", "superior", "unstated"),
    ("县长定期听取法治工作汇报。", "habitual", "principal"),
    ("县长全年听取法治工作汇报4次。", "done", "principal"),
    # set Q: a running total from an earlier year, over a comma ("自2019年有统计以来历年相加，…") is not the
    # year's; one counted from the report year itself is
    ("自2019年有统计以来历年相加,县长主持召开专题会议30次。", "earlier", "principal"),
    ("从2019年起逐年滚动汇总,县长主持召开专题会议30次。", "earlier", "principal"),
    ("自2024年起累计,县长主持召开专题会议3次。", "done", "principal"),
    # a court's or procuratorate's work told as led by it; the superiors' meetings watched (set P)
    ("这项工作由县人民法院主办、本级只作配合,县长出庭应诉5次。", "superior", "principal"),
    ("全年组织收听收看上级视频会议15场次,县长主持召开专题会议2次。", "superior", "principal"),
    # a negated act is no act (set S fr_none: "既未召开专题会议，也未听取有关汇报" earned leader_acts)
    ("县长全年既未召开专题会议,也未听取有关汇报。", "intended", "principal"),
    ("县长全年没有召开专题会议研究法治工作。", "intended", "principal"),
]


@pytest.mark.parametrize(("text", "mood", "actor"), LABELLED)
def test_mood_and_actor_of_labelled_sentences(text, mood, actor):
    (s,) = list(sentences(text, 2024))
    assert s.mood == mood
    at = max(text.find(w) for w in ("召开", "旁听", "出庭", "培训", "纳入", "述法", "履行", "部署", "干预", "调研", "汇报"))
    assert s.actor_at(at) == actor


def test_a_plans_period_in_a_documents_name_is_no_later_date():
    # 《…实施方案（2021—2025年）》 names a plan: approving it in 2021 is a deed, not an intention
    assert mood_of("省委常委会审议通过《法治黑龙江建设实施方案(2021—2025年)》。", 2021) == "done"
    assert mood_of("2025年,省政府审议通过法治建设实施方案。", 2021) == "intended"


def test_a_date_after_the_report_year_is_an_intention():
    assert mood_of("2025年6月,县长主持召开专题会议。", 2024) == "intended"
    assert mood_of("2024年6月,县长主持召开专题会议。", 2024) == "done"


def test_a_clause_that_only_says_when_does_not_hide_the_subject():
    (s,) = sentences("2024年8月,县长到县综合行政执法队检查执法记录仪使用情况,抽看执法视频9段并逐段点评。", 2024, "someone_else")
    assert s.actor_at(s.text.find("点评")) == "principal"
    (s,) = sentences("今年以来,分管副县长带队抽查执法案卷12卷。", 2024, "principal")
    assert s.actor_at(s.text.find("抽查")) == "someone_else"


@pytest.mark.parametrize(("text", "actor"), [
    # the principals of the units below are someone else (set G held, lower secretaries)
    ("各乡镇党委书记专题研究法治工作3次。", "someone_else"),
    ("各村党组织书记带头学法2次。", "someone_else"),
    ("各部门主要负责人年终述法。", "someone_else"),
    ("县委书记主持召开会议2次,听取各部门主要负责人汇报。", "principal"),
])
def test_the_principals_of_the_units_below_are_someone_else(text, actor):
    (s,) = list(sentences(text, 2024))
    assert s.subject() == actor


def test_an_actor_carries_over_to_the_next_sentence():
    got = [s.actor for s in sentences("分管副镇长主持召开会议。研究部署执法工作。", 2024)]
    assert got == ["unstated", "someone_else"]


def test_past_reported_is_no_plan():
    assert is_past("全年累计审核规范性文件12件。")
    assert not is_past("年内审核规范性文件12件。")
    assert not is_past("将继续做好已出台文件的备案。")


@pytest.mark.parametrize(("text", "topic"), [
    ("全年发展党员5名,开展主题党日活动12次,新建党群服务中心2个。", "party_building"),
    ("党委理论学习中心组开展集中学习8次,撰写心得体会20篇,召开专题民主生活会1次。", "political_study"),
    ("完成地区生产总值86亿元,固定资产投资12亿元,招商引资签约项目6个。", "economic"),
    ("办理行政复议案件12件,纠错2件,负责人出庭应诉率100%。", "rule_of_law"),
    ("党委理论学习中心组专题学习习近平法治思想4次,会前学法6次。", "rule_of_law"),
    # 招商 said inside 招商引资 is one mention: the review of an agreement is the rule-of-law work here
    ("审查县政府拟签订的招商引资协议6份,删除违规承诺税收返还等条款9处。", "rule_of_law"),
])
def test_topics_of_paragraphs(text, topic):
    assert topic_of(text) == topic


@pytest.mark.parametrize(("text", "mood"), [
    # an intention or a duty reaches the clauses from its cue on, not the deeds told before it
    ("街道党工委书记主持召开党工委会议3次,将法治建设和街道中心工作同部署、同推进。", "done"),
    ("县长主持召开专题会议2次,计划明年开展述法。", "done"),
    ("下一步,县长将主持召开专题会议研究法治建设。", "intended"),
    ("2025年,县长主持召开专题会议。", "intended"),
    ("主要负责人应当主持召开专题会议。", "normative"),
    # ... unless the later clause speaks of the sentence's own work
    ("县长主持召开府院联席会议,此项工作目前尚在筹备。", "intended"),
    ("县长主持召开府院联席会议,相关方案仍在起草之中。", "intended"),
    ("县长主持召开府院联席会议,该项安排拟于明年启动。", "intended"),
    ("县长主持召开府院联席会议,具体安排待2025年党委会研究后实施。", "intended"),
    ("县长主持召开府院联席会议,相关事项待市政府审定。", "intended"),
    ("县长主持召开府院联席会议2次,上述工作为下一步打下基础。", "done"),
    ("县长主持召开府院联席会议2次,相关工作在全县推广。", "done"),
])
def test_the_mood_of_an_act_is_the_mood_where_it_is_said(text, mood):
    (s,) = list(sentences(text, 2024))
    assert s.mood_at(s.text.find("主持召开")) == mood


@pytest.mark.parametrize(("text", "mood"), [
    # substance AD: "应考69人" made an exam's results a duty (the exam only held scored higher)
    ("2024年7月,县组织执法人员参加法律知识考试,应考69人,14人首次未达合格线,补考后全部合格。", "done"),
    ("县长应邀出席全市法治建设推进会,作交流发言。", "done"),
    ("组织机关干部开展应知应会法律知识测试2次。", "done"),
    ("对困难群众做到应保尽保,全年发放救助金86万元。", "done"),
    ("县政府应当组织执法人员参加法律知识考试。", "normative"),
    ("各单位应组织执法人员参加法律知识考试。", "normative"),
])
def test_a_word_holding_ying_is_no_duty(text, mood):
    assert [s.mood for s in sentences(text, 2024)] == [mood]


@pytest.mark.parametrize(("text", "level", "mood"), [
    # panel G: work credited to another body in the clause that names who acts is that body's
    ("在第三方服务机构统一部署下,由第三方服务机构具体承办,开展执法案卷评查3次。", "county", "superior"),
    ("此项工作由上级工作专班牵头完成,编制重大行政决策事项目录,涉及50余件。", "township", "superior"),
    ("在上级统一安排下,由第三方机构承接“法律体检”服务,为81家企业出具体检报告。", "township", "superior"),
    ("此项工作由市司法局牵头完成,开展执法案卷评查3次。", "county_under_city", "superior"),
    ("在市司法局统一部署下,由市司法局具体承办,编制政务服务事项目录2503项。", "county_under_city", "superior"),
    # a county-level city's 市 bodies are its own; commissioning a third party is the unit's act
    ("此项工作由市司法局牵头完成,开展执法案卷评查3次。", "county", "done"),
    ("委托第三方机构开展法治政府建设评估1次。", "county", "done"),
    ("由县司法局具体承办,开展执法案卷评查3次。", "county_under_city", "done"),
    ("按照市委依法治市办的安排,开展行政执法突出问题专项整治,发现问题9个。", "county_under_city", "done"),
])
def test_who_did_the_work(text, level, mood):
    assert [s.mood for s in sentences(text, 2024, level=level)] == [mood]


@pytest.mark.parametrize(("text", "mood"), [
    # substance AI (neighbour_county_figures): a neighbouring 镇区's results told as read in its notice
    ("邻近的兄弟镇区同期通报:严格执行重大决策5项必经程序,全年审查合同45件。", "elsewhere"),
    ("据毗邻乡镇介绍,对方全年办理行政复议案件12件。", "elsewhere"),
    # working with them is the unit's own act
    ("我镇联合毗邻乡镇开展执法检查3次。", "done"),
    ("赴兄弟县区学习考察2次。", "done"),
])
def test_a_neighbours_results_are_not_the_units(text, mood):
    assert [s.mood for s in sentences(text, 2024, level="township")] == [mood]


def test_a_practice_reaches_back_over_what_it_is_about_not_over_a_deed():
    # panel C: "对述法中遇到的困难，主要负责人主动过问" made the hollow 第一责任人 part whole (述法 read as done)
    about = "对述法中遇到的困难,县长主动过问、协调推进。"
    (s,) = list(sentences(about, 2024))
    assert s.mood_at(about.find("述法")) == "habitual"
    deed = "县长主持召开常务会议,坚持会前学法。"
    (s,) = list(sentences(deed, 2024))
    assert s.mood_at(deed.find("召开")) == "done" and s.mood_at(deed.find("学法")) == "habitual"


@pytest.mark.parametrize("text", ["外出考察学习时了解到，兄弟县区坚持民主集中制，严格执行重大决策5项必经程序。",
                                  "据邻近地区交流材料介绍，对方建立了执法人员培训考核制度，持证率达100%。",
                                  "兄弟单位全年办理行政复议案件30件。",
                                  # village_acts_y: a village's own initiative is no act of the township
                                  "辖区个别村(社区)自发出台《村规民约修订工作清单》,覆盖12个村。"])
def test_another_places_work_heard_of_is_not_the_units_own(text):
    # substance set T (learned_elsewhere): acts credited to a neighbouring county counted as the unit's
    assert mood_of(text, 2024) == "elsewhere"


@pytest.mark.parametrize("text", ["赴兄弟县区学习考察3次，借鉴先进经验。", "全年接待兄弟单位考察交流5批次。"])
def test_going_to_learn_from_others_is_the_units_own_act(text):
    assert mood_of(text, 2024) == "done"


@pytest.mark.parametrize("text, mood", [
    # substance set T (debts paid vs a forum): 补签履约计划 read as an intention cost the paid debts their figures
    ("逐笔核对合同92份,已偿付3笔,对9份到期未履行的合同全部补签履约计划并按期兑现。", "done"),
    ("按计划完成培训3次。", "done"),
    ("印发《普法计划》,开展培训5次。", "done"),
    ("计划开展培训3次。", "intended"),
    ("计划于6月出台实施办法。", "intended"),
])
def test_a_plan_named_as_a_thing_is_no_intention(text, mood):
    assert mood_of(text, 2024) == mood


def test_an_act_told_back_in_an_earlier_year_is_not_the_report_years():
    # substance set T (five_years_ago): 回溯到2017年 was read as this year's act
    assert mood_of("回溯到2017年,扎实开展法治政府实地督查工作,开展督查2次。", 2024) == "earlier"


@pytest.mark.parametrize("text, mood", [
    # substance set U (annulled_u, no_legality_review_u): an act undone counted, 撤销 even read as work
    ("出台《新河镇决策规定》,但该项做法随后被上级机关以程序违法为由予以撤销。", "voided"),
    ("跳过合法性审查环节、未经会议研究径直印发《新河镇管理办法》。", "voided"),
    ("全年行政诉讼案件5件,其中被判决撤销1件。", "done"),  # a court's judgment among the year's figures
    ("清理规范性文件12件,废止3件。", "done"),  # repealing is the unit's own act
    ("未经合法性审查即印发《新河镇管理办法》。", "voided"),
    ("叫停了7个未经合法性审查的项目,补正程序后方才重启。", "done"),  # the unskipped step is the act's object
    ("未经合法性审查或者经审查不合法的,不得提交讨论。", "normative"),  # a rule stays a rule
])
def test_an_act_undone_afterwards_or_done_skipping_the_steps_is_no_act(text, mood):
    assert mood_of(text, 2024) == mood


@pytest.mark.parametrize("text, level, mood", [
    # superior_did_w: "在县委直接组织下，由县委…" in a township's report counted as the township's acts
    ("在县委直接组织下,由县委坚持民主集中制,严格执行重大决策5项必经程序。", "township", "superior"),
    ("县委、县政府主要负责同志专题研究法治工作4次。", "township", "superior"),
    ("县委、县政府主要负责同志专题研究法治工作4次。", "county", "done"),  # a county's own
    ("在县委的坚强领导下,我镇开展法治培训3次。", "township", "done"),  # working under them is its own
    ("市委、市政府主要负责同志专题研究法治工作4次。", "county", "done"),  # a county-level city's own
])
def test_a_sentence_told_by_a_body_above_the_unit_is_its_superiors(text, level, mood):
    assert mood_of(text, 2024, level) == mood


@pytest.mark.parametrize("text, mood", [
    # verbs_prospective_aa: 即将/酝酿/正着手 before the act read as done ("酝酿开展普法活动208场次")
    ("全年酝酿开展普法活动208场次。", "intended"),
    ("即将出台《新河镇行政执法公示办法》。", "intended"),
    ("正着手修订合法性审查工作规则3项。", "intended"),
    ("经反复酝酿,出台《新河镇重大行政决策程序规定》。", "done"),  # weighed before it was made: a step of the deed
    ("从制度建设着手,建立合法性审查台账。", "done"),  # where the work started, not an intention
    ("2024年已着手整改,目前完成具体事项6项。", "done"),  # started, and some of it done
])
def test_an_act_about_to_start_or_being_weighed_is_no_deed(text, mood):
    assert mood_of(text, 2024) == mood


def test_a_sentence_that_puts_what_follows_on_hold_reaches_forward():
    # pending_frame_aa: "以下所述尚未付诸实施：" before a piece left its sentences done
    text = "本项工作眼下还停留在筹备阶段,以下所述尚未付诸实施:开展执法培训3期。审核合同12份。办结复议案件4件。"
    assert [s.mood for s in sentences(text, 2024)] == ["intended"] * 3
    told = "本项工作已全面完成,具体如下:开展执法培训3期。审核合同12份。"
    assert [s.mood for s in sentences(told, 2024)] == ["done", "done"]


@pytest.mark.parametrize("disclaimer", [
    "上述成效主要是2024年省里派驻的督查组直接督办推动的结果,本镇只负责配合提供材料。",
    "以上数字均来自县人民法院的审判统计,系法院依职权审结,并非本县行政机关办理。",
    "其中多数问题是经新闻媒体曝光后由记者持续追踪促成解决的,本镇处于被动应对状态。",
])
def test_results_given_to_others_afterwards_are_not_the_units_own(disclaimer):
    # credit_others_aa: a closing sentence giving the piece's results to others moved the score by −0.2 … +0.1
    text = "化解矛盾纠纷58件。办结行政复议案件6件。" + disclaimer
    assert [s.mood for s in sentences(text, 2024, level="township")][:2] == ["superior", "superior"]
    own = "化解矛盾纠纷58件。办结行政复议案件6件。上述工作为下一步打下基础。"
    assert [s.mood for s in sentences(own, 2024, level="township")][:2] == ["done", "done"]


@pytest.mark.parametrize("text", ["活动当天室外气温12摄氏度,会议室设有座位65个。", "所在办公楼共6层,配建停车位40个。",
                                  "全年为各类法治会议安排公务用车30台次,准备茶水点心12批次,摆放会场桌签80个。"])
def test_figures_of_the_setting_and_the_housekeeping_are_off_topic(text):
    # pad_context_figures_aa / pad_meeting_logistics_aa: they raised the dev reports by up to 2.9 points
    assert topic_of(text) in ("setting", "logistics")


def test_a_word_of_housekeeping_in_passing_leaves_the_work_its_topic():
    # battery (set h add_h/legal_aid on page-049): "落实办公场所、经费保障" for a circuit court took a legal-aid
    # sentence off the measures as housekeeping
    text = "全力配合市第二人民法院,通过落实办公场所、经费保障等措施,支持设立巡回法庭,全年为困难群众办理法援案件11件。"
    assert topic_of(text) not in ("logistics", "setting")


@pytest.mark.parametrize("text", ["主要负责人按惯例每年主持召开专题会议研究法治工作。", "县长一向亲自带头学法。",
                                  "主要负责人常年坚持旁听庭审。"])
def test_a_routine_told_without_a_deed_is_a_habit(text):
    # fr_habit_ab: the principal's dated, counted deeds written as routines (按惯例每年, 一向, 常年) kept their credit
    assert mood_of(text, 2024) == "habitual"


def test_the_staff_studying_the_principals_speeches_is_political_study():
    # pad_fr_speech_study_ab: "分3批次组织传达，印发讲话摘编200册" counted as the principal's work (+0.9 … +2.1)
    assert topic_of("各部门把学习县长关于法治建设的讲话作为必修课,分3批次组织传达,印发讲话摘编200册,干部职工逐段研读。") == "political_study"
