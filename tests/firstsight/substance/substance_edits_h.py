"""Eighth substance set (H), TUNING part: directional, pairwise and invariance edits (CheckList-style).

Written from the domain (/work/shared/docs/domain.md, issues 25/26, the corpus) without reading fzscore's
code, rubric data or rubric docs.  Case format as in substance_edits_g.py: (name "idea/wording", kind,
expected, make, margin).  Expectations: lower | not_higher | higher | a_higher | same (|delta| <= margin).
Every wording is new: no 8-character run is shared with the wordings of the earlier sets (A, C, D, E, F, G),
apart from names of rules and terms (checked by check_overlap_h.py).
The held part is substance_edits_h_held.py (other wordings and ideas of its own); do not tune on it.
"""
from edit_lib import op_replace_part
from edit_lib_c import op_actor, op_items_append, op_pair_append
from edit_lib_d import FR, op_fr_modal, op_insert, op_pair_insert
from edit_lib_e import op_fr_infix, op_measures_mark
from edit_lib_f import op_plan_pair_tpls
from edit_lib_h import (
    op_cn_numerals,
    op_hollow_report,
    op_items_kp,
    op_merge_headings,
    op_pair_cause_blocks,
    op_pair_who,
    op_plan_from_problems,
    op_preamble,
    op_repeat_part,
    op_result_to_process,
    op_reverse_blocks,
    op_swap_sections,
)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


# ================================================================== 1. credited work added (baseline)
ADD = {
    # 公平竞争审查 (domain §3.2, 营商环境 chapter)
    "fair_compete": "{y}年对{n1}件涉及市场主体经济活动的政策措施逐件开展公平竞争审查，纠正排除限制竞争条款{m1}条。",
    # 涉企行政检查 (§3.2 执法 chapter)
    "firm_inspect": "{y}年推行涉企“综合查一次”，联合检查{n1}户次，减少重复上门{m1}0余次，检查结果当场反馈企业。",
    # 行政裁决 / 行政调解 (§3.2 矛盾纠纷 chapter)
    "adjudicate": "{y}年受理山林土地权属纠纷{m1}起，依法作出行政裁决{m2}件，当事人无一申请复议。",
}
for item, para in ADD.items():
    D(f"add_h/{item}", "higher", lambda d, para=para: op_insert(d, "measures", para))
# concrete acts of the principals added to the 第一责任人 part (审签, 出庭, 述法)
D("add_fr_h/signoff", "higher", lambda d: op_insert(d, FR,
  "{y}年，{head}亲自审签重大行政决策{m1}件，出庭应诉{m2}次并当庭发言，年底在人大常委会上述法一次。"))

# ================================================================== 2. acts given to the wrong actor
D("fr_actor_h/fenguan", "lower", lambda d: op_actor(d, "分管领导"))
D("fr_actor_h/banzi", "lower", lambda d: op_actor(d, "班子成员"))
D("fr_actor_h/zhuanban", "lower", lambda d: op_actor(d, "法治建设工作专班"))
P("pair_who_h/zhuanban", lambda d: op_pair_who(d, FR,
  "{y}年10月，{who}逐案过问{m1}起行政败诉案件，督促责任单位在一个月内完成整改回头看。",
  "{head}", "法治建设工作专班"))

# ================================================================== 3. deeds turned into intentions
D("fr_infix_h/jihuayu", "lower", lambda d: op_fr_infix(d, "计划于{ny}年上半年"))
D("measures_mark_h/zhengzai", "lower", lambda d: op_measures_mark(d, prefix="目前正在推进"))
D("measures_mark_h/lieru", "lower", lambda d: op_measures_mark(d, suffix="，此事项已纳入{ny}年度任务清单、眼下尚未启动"))
P("pair_fr_done_vs_listed_h/a", lambda d: op_pair_append(d, FR,
  "{y}年6月，{head}带队到{m1}个执法窗口暗访，发现的{n1}个问题已全部整改销号。",
  "{ny}年拟由{head}带队到{m1}个执法窗口暗访，查找{n1}个问题的工作已列入计划。"))
D("fr_modal_h/jiangyu", "lower", lambda d: op_fr_modal(d, suffix="，相关事项将于{ny}年9月底之前办结"))

# ================================================================== 4. results turned into processes
D("process_h/huiyi", "lower", lambda d: op_result_to_process(d, "围绕<t>，专门开会作了研究讨论。"))
D("process_h/tongzhi", "lower", lambda d: op_result_to_process(d, "就<t>下发了工作通知，对各单位提出了明确要求。"))
P("pair_result_vs_notice_h/a", lambda d: op_pair_insert(d, "measures",
  "{y}年审结行政复议申请{n1}件，其中撤销或确认违法{m1}件，被纠错机关全部按期重新作出决定。",
  "{y}年就行政复议工作下发通知{n1}份，其中转发上级文件{m1}份，要求各单位认真抓好贯彻执行。"))

# ================================================================== 5. figures that are no rule-of-law results
P("pair_nonlaw_h/fiscal", lambda d: op_pair_insert(d, "measures",
  "{y}年应诉行政诉讼案件{n1}件，一审胜诉率{p1}%，负责人出庭{m1}次，败诉案件全部完成原因剖析。",
  "{y}年全社会固投完成{n1}亿元，税收增长{p1}%，签约重点项目{m1}个，各类项目全部按节点开工。"))
P("pair_nonlaw_h/training", lambda d: op_pair_insert(d, "measures",
  "{y}年评查行政处罚和许可案卷{n1}卷，发现程序瑕疵{m1}处，向执法单位发出整改意见书{m2}份。",
  "{y}年举办干部能力提升培训{n1}期，培训干部{m1}00人次，发放学习资料{m2}00余册。"))
D("add_econ_h/invest", "not_higher", lambda d: op_insert(d, "measures",
  "{y}年全{unit}招引亿元以上产业项目{m1}个，到位资金{n1}亿元，新增市场主体{n2}00户，财政总收入增长{p1}%。"))

# ================================================================== 6. figures in Chinese numerals
D("same_h/cn_numerals", "same", lambda d: op_cn_numerals(d, ("measures",)))
P("pair_cn_vs_vague_h/a", lambda d: op_pair_insert(d, "measures",
  "{y}年组织行政执法人员旁听庭审二十三场，覆盖执法单位十七个，旁听后整改执法文书九类。",
  "本年度持续组织行政执法人员旁听庭审，覆盖的执法单位比较广，旁听以后整改执法文书成效不错。"))

# ================================================================== 7. the 不足 part: boasts and outside causes
D("short_boast_h/wanmei", "lower", lambda d: op_items_kp(d, [
    "<kp>方面，不足之处是离尽善尽美还差一点，部分工作做得太超前，外地来学习的太多、接待压力大。",
    "<kp>方面，不足之处是工作标杆定得过高，同志们常年加班加点，工作热情高涨得有些过头。",
    "<kp>方面，不足之处是成绩还不够完美，个别指标只排在全省第二名。"]))
D("short_external_h/yiqing", "not_higher", lambda d: op_items_append(d, [
    "这主要是受疫情反复冲击和上级政策多次调整影响，并非主观努力不够。",
    "这主要是受宏观经济下行和上面机构改革影响，客观因素占了大头。"]))
P("pair_short_concrete_vs_boast_h/a", lambda d: op_pair_append(d, "shortcomings",
  "此外，{y}年有{m1}件行政复议决定因证据审查不细被法院撤销，暴露出复议办案质量不高。",
  "此外，{y}年我们的一些亮点做法宣传得还不够，很多成绩没有被上级充分了解和肯定。"))
P("pair_cause_fixable_vs_external_h/a", lambda d: op_pair_cause_blocks(d, "分析其中缘由，",
  ["一是法制审核岗位只有{m1}名专职人员，审核量却翻了一番；",
   "二是执法办案平台跟审批平台没有打通，执法信息得重复录两遍；",
   "三是基层执法人员近三年未系统轮训，新法掌握不全。"],
  ["一是疫情多次反复，线下执法活动被迫停摆好几个月；",
   "二是上级政策调整频繁，基层只能被动跟着改来改去；",
   "三是今年极端天气多发，很多工作被打乱了节奏安排。"]))

# ================================================================== 8. plans
PLAN_ANS_H = ["针对<kp>，{ny}年3月底前由{unit}司法行政部门列出问题清单，9月底前逐项完成，年底书面报告结果。",
              "对于<kp>，{ny}年安排专项经费{m1}0万元，由政府办牵头，分两个季度落实到位并组织第三方评估。"]
PLAN_NAMES_H = ["针对<kp>，{ny}年要切实解决好这一问题，不断提升工作水平，确保取得明显实效。",
                "对于<kp>，{ny}年要高度重视、认真对待，努力把这方面工作做得更好更扎实。"]
P("pair_plan_answer_vs_names_h/a", lambda d: op_plan_pair_tpls(d,
  [t.replace("<kp>", "{kp}") for t in PLAN_ANS_H], [t.replace("<kp>", "{kp}") for t in PLAN_NAMES_H]))
D("plan_slogan_repeat_h/a", "lower", lambda d: op_replace_part(d, "next_year", [
    "新一年里，我们照旧坚持去年定下的工作思路不动摇，",
    "继续高举依法治理大旗，", "甩开膀子大干一场，", "一张蓝图绘到底，",
    "力保法治工作年年有进步、岁岁出成绩。"], ratio=1.0))
D("plan_echo_problems_h/a", "lower", lambda d: op_plan_from_problems(d, [
    "<kp>的问题必须引起足够重视，来年务求有所改观。",
    "<kp>的状况要认真研究，争取早日有所好转。"]))

# ================================================================== 9. the 第一责任人 part: attendance vs acts
P("pair_fr_acts_vs_study_h/a", lambda d: op_pair_append(d, FR,
  "{y}年，{head}签批行政复议决定{m1}件，带队督办群众反映强烈的执法问题{n1}件，并在年终述法时逐项报告办理结果。",
  "{y}年，{head}参加党委中心组法治专题学习{m1}次，出席各类法治培训和报告会{n1}场，并认真做好学习笔记和心得体会。"))
D("fr_study_only_h/a", "lower", lambda d: op_replace_part(d, FR, [
    "{head}按时参加各级组织的法治学习，", "认真聆听专题讲座并做好笔记，",
    "按要求出席法治工作会议，", "学后写出体会文章交流，", "在学习研讨中积极发言交流。"], ratio=1.0))

# ================================================================== 10. padding
D("pad_preamble_h/beijing", "not_higher", lambda d: op_preamble(d, [
    "当前，我们正处在全面建设社会主义现代化国家的关键时期，百年变局加速演进，改革发展稳定任务艰巨繁重，"
    "人民群众对民主、法治、公平、正义的要求日益增长。",
    "在这样的时代背景下，推进依法行政、建设法治政府，既是应对风险挑战的必然要求，也是把治理现代化落到实处的"
    "坚实支撑，意义重大而深远。"]))
D("pad_repeat_h/all", "not_higher", lambda d: op_repeat_part(d, "measures", "回顾全年，"))
D("pad_keyword_list_h/a", "not_higher", lambda d: op_insert(d, "measures",
  "全年统筹推进行政复议、行政应诉、执法监督、备案审查、政务公开、法律顾问、公职律师、普法宣传、"
  "矛盾化解、合法性审查、证明事项清理、行政裁决等各方面工作，方方面面都兼顾到了。"))
D("pad_formula_h/a", "not_higher", lambda d: op_insert(d, "measures",
  "我们深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”，"
  "把讲政治贯穿法治建设全过程。"))

# ================================================================== 11. named documents: issued vs studied
P("pair_docs_issued_vs_studied_h/a", lambda d: op_pair_insert(d, "measures",
  "{y}年制定出台《{unit}行政执法公示实施办法》《{unit}重大行政决策程序规定》《{unit}合同合法性审查细则》，均已施行。",
  "{y}年组织传达学习新修订的《行政处罚法》《行政复议法》《行政诉讼法》《立法法》，机关干部均已学完。"))

# ================================================================== 12. the year of the figures
P("pair_year_h/a", lambda d: op_pair_insert(d, "measures",
  "{y}年办理法律援助案件{n1}件，为农民工追回欠薪{m1}0万元。",
  "{py}年办理法律援助案件{n1}件，为农民工追回欠薪{m1}0万元。"))

# ================================================================== 13. a complete but hollow report
HOLLOW_H = {
    "measures": ["依法行政被我们当作头等大事来抓，各条线任务按计划铺开，总体形势稳中向好。",
                 "紧扣全局谋划法治，多方协同发力，尊法守法的风气越来越浓。",
                 "各部门密切配合、齐抓共管，形成了上下联动、左右协同的良好格局。",
                 "依法办事的意识普遍增强，干部群众的满意度稳中有升。"],
    FR: ["主要负责同志始终把法治建设扛在肩上，时时放在心上、事事抓在手上。",
         "坚持重要工作亲自部署、重大问题亲自过问，切实履行好应尽职责。",
         "以上率下、示范带动，推动形成一级抓一级、层层抓落实的局面。"],
    "shortcomings": ["对照上级要求，工作中仍存在一些短板弱项，",
                     "个别领域推进不够平衡，个别干部依法办事的本领还需提升，",
                     "深挖根子，还是有的同志思想上没真正当回事，学得不够深。"],
    "next_year": ["来年，全体干部要鼓足干劲、提振士气，", "以更高标准、更严要求、更实举措，",
                  "推动法治建设各项工作走深走实、提质增效，", "为全{unit}高质量发展提供坚强法治保障。"],
}
# the whole report hollow must fall clearly: by more than 10 points on every report (the blind panel put the
# two dev reports whose parts say little at 51-52 against the tool's 74-75; issue 26 item 6)
D("hollow_report_h/a", "lower", lambda d: op_hollow_report(d, HOLLOW_H), margin=10.0)

# ================================================================== 14. form only: order and headings
D("same_h/reverse_measures", "same", lambda d: op_reverse_blocks(d, "measures"))
D("merge_parts_h/a", "same", lambda d: op_merge_headings(d, "存在的不足及{ny}年工作打算"))
D("swap_parts_h/a", "not_higher", lambda d: op_swap_sections(d))
