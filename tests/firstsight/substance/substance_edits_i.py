"""Ninth substance set (I), TUNING part: directional, pairwise and invariance edits (CheckList-style).

Written from the domain (/work/shared/docs/domain.md, issues 25/26, the corpus) without reading fzscore's
code, rubric data or rubric docs.  Case format as in substance_edits_h.py: (name "idea/wording", kind,
expected, make, margin).  Expectations: lower | not_higher | higher | a_higher | same (|delta| <= margin).
Every wording is new: no 8-character run is shared with the wordings of the earlier sets (A, C, D, E, F, G,
H), apart from names of rules and terms (checked by check_overlap_i.py).
The held part is substance_edits_i_held.py (other wordings and ideas of its own); do not tune on it.
"""
from edit_lib import op_replace_part
from edit_lib_c import op_actor, op_pair_append
from edit_lib_d import FR, op_fr_modal, op_insert, op_pair_insert
from edit_lib_e import op_fr_infix
from edit_lib_f import op_plan_pair_tpls
from edit_lib_h import op_hollow_report, op_items_kp, op_pair_who, op_result_to_process
from edit_lib_i import op_enum_words, op_mark_counted, op_pair_cause_kp, op_semicolons, op_wan_digits

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


# ================================================================== 1. credited work added (baseline)
ADD = {
    # 证明事项告知承诺制 (domain §3.2 chapter 1, 告知承诺)
    "gaozhi": "{y}年对{n1}项证明事项推行告知承诺，群众少跑腿{m1}00余人次，事后核查{n2}件，查实不实承诺{m2}件并依规处理。",
    # 轻微违法不罚 / 包容审慎监管 (§3.2 chapter 4)
    "bufa": "{y}年按照首违不罚清单对{n1}家经营户依法不予处罚，并开展释法说理，回访中{m1}家已自行纠正到位。",
    # 基层立法联系点 (§3.2 chapter 2)
    "lianxidian": "{y}年依托基层立法联系点征集法规草案修改建议{n1}条，被立法机关吸收采纳{m1}条。",
}
for item, para in ADD.items():
    D(f"add_i/{item}", "higher", lambda d, para=para: op_insert(d, "measures", para))
D("add_fr_i/changwu", "higher", lambda d: op_insert(d, FR,
  "{y}年，{head}主持政府常务会议{m1}次审议规范性文件草案，当场叫停{m2}份合法性存疑的草案退回重改。"))

# ================================================================== 2. who acted; deeds turned into intentions
D("fr_actor_i/waipin", "lower", lambda d: op_actor(d, "常年法律顾问团队"))
D("fr_modal_i/jidu", "lower", lambda d: op_fr_modal(d, suffix="，这项工作准备到{ny}年一季度再着手"))
D("fr_infix_i/tiaojian", "lower", lambda d: op_fr_infix(d, "待条件成熟后"))
P("pair_who_i/guwen", lambda d: op_pair_who(d, FR,
  "{y}年11月，针对{m1}份行政败诉判决书，由{who}逐份审读，对每起案件的执法环节问题当面交办了整改要求。",
  "{head}", "外聘法律顾问"))

# ================================================================== 3. ★ targets stated as if they were results
D("target_counted_i/niandu", "lower", lambda d: op_mark_counted(d, suffix="（均为年初下达的目标数，完成情况尚未统计）"))
P("pair_target_vs_result_i/a", lambda d: op_pair_insert(d, "measures",
  "{y}年实际审核涉企合同{n1}份，给出修改建议{m1}0条，挽回可能的损失约{m2}00万元。",
  "{y}年初下达的任务是审核涉企合同{n1}份以上，力求提出修改意见{m1}0条。"))

# ================================================================== 4. ★ figures of the higher level claimed
D("province_figs_i/tongbao", "lower", lambda d: op_mark_counted(d, suffix="（此为全省汇总数，非本级数据）"))
P("pair_own_vs_province_i/a", lambda d: op_pair_insert(d, "measures",
  "{y}年本{unit}审查备案规范性文件{n1}件，发现并督促纠正越权设定义务条款{m1}处。",
  "{y}年全省审查备案规范性文件{n1}00件，发现并督促纠正越权设定义务条款{m1}0处。"))
P("pair_gov_vs_court_i/a", lambda d: op_pair_insert(d, "measures",
  "{y}年本级行政机关被诉案件{n1}件，由行政首长出庭{m1}件，败诉后均在期限内履行了判决。",
  "{y}年{unit}人民法院审结民商事案件{n1}00件，执结标的{m1}亿元，法官人均结案数位居前列。"))

# ================================================================== 5. ★ the 第一责任人 part made of the leader's titles
FR_TITLES = ["{head}身兼{unit}法治建设领导小组组长，", "同时担任全面依法治{unit}委员会副主任，",
             "名义上是本级法治工作的头号责任人，", "另兼任平安建设和营商环境两个专项工作的牵头人，",
             "还挂帅若干议事协调机构。"]
D("fr_titles_only_i/a", "lower", lambda d: op_replace_part(d, FR, FR_TITLES, ratio=1.0))
P("pair_fr_acts_vs_titles_i/a", lambda d: op_pair_append(d, FR,
  "{y}年{head}带队实地督办{m1}起群众投诉的执法不公问题，当月全部回复投诉人并追责{m2}人。",
  "{head}担任{unit}法治建设领导小组组长，还兼任{m1}个议事协调机构的主任，分工明确、职责清晰。"))

# ================================================================== 6. ★ documents received, not made
D("docs_received_i/a", "not_higher", lambda d: op_insert(d, "measures",
  "{y}年共收到上级部门来文{n1}0件，其中涉及法治建设的{n2}件，均按程序登记、传阅、存档，做到件件有着落。"))
P("pair_issued_vs_received_i/a", lambda d: op_pair_insert(d, "measures",
  "{y}年本{unit}起草并印发规范性文件{n1}件，每件都经过公开征求意见和合法性审核后才提交审议。",
  "{y}年本{unit}收阅上级印发的规范性文件{n1}件，每件都及时分发到相关科室和单位，阅后归档保存。"))

# ================================================================== 7. ★ the 纲要's own wording copied
GANGYAO_I = ["健全政府机构职能体系，推动更好发挥政府作用；", "健全依法行政制度体系，加快推进政府治理规范化程序化法治化；",
             "健全行政决策制度体系，不断提升行政决策公信力和执行力；", "健全行政执法工作体系，全面推进严格规范公正文明执法；",
             "健全突发事件应对体系，依法预防处置重大突发事件；", "健全行政权力制约和监督体系，促进行政权力规范透明运行。"]
D("gangyao_copy_i/a", "lower", lambda d: op_replace_part(d, "measures", GANGYAO_I, ratio=1.0))
D("pad_gangyao_i/a", "not_higher", lambda d: op_insert(d, "measures",
  "全年坚持健全政府机构职能体系、健全依法行政制度体系、健全行政决策制度体系、健全行政执法工作体系，"
  "基本形成职责明确、依法行政的政府治理体系。"))

# ================================================================== 8. ★ numbers without a base; changes without a level
P("pair_base_vs_rate_i/a", lambda d: op_pair_insert(d, "measures",
  "{y}年复议机关作出复议决定{n1}件，其中改变原行为或确认其违法{m1}件，直接纠错率{p1}%。",
  "{y}年行政复议直接纠错率达{p1}%，较上一年度提高{m1}个百分点，纠错力度明显加大。"))
P("pair_level_vs_yoy_i/a", lambda d: op_pair_insert(d, "measures",
  "{y}年调处行政争议{n1}起，其中{m1}起在立案前化解，当事人撤回起诉{m2}起。",
  "{y}年调处行政争议的数量同比多出{m1}起，诉前化解的比上年也多了{m2}起。"))
P("pair_year_vs_cumulative_i/a", lambda d: op_pair_insert(d, "measures",
  "{y}年为{n1}家小微企业开展法治体检，出具风险提示书{m1}0份。",
  "近五年来累计为{n1}0家小微企业开展法治体检，出具风险提示书{m1}00份。"))

# ================================================================== 9. ★ plans written as done acts (the planning done, not the work)
D("done_planning_i/fangan", "lower", lambda d: op_result_to_process(d,
  "关于<t>，已专门研究制定了实施方案，把任务分解到了相关岗位。"))
P("pair_result_vs_planning_i/a", lambda d: op_pair_insert(d, "measures",
  "{y}年清理证明事项{n1}项，取消{m1}项，剩余事项全部编入清单向社会公布。",
  "{y}年已就证明事项清理谋划了{n1}项具体任务，形成了工作台账，全部作出周密部署。"))

# ================================================================== 10. ★ recognition and context instead of work
P("pair_media_vs_work_i/a", lambda d: op_pair_insert(d, "measures",
  "{y}年对{n1}个行政执法部门进行执法督查，制发督查意见书{m1}份，当场纠正违规执法{m2}起。",
  "{y}年本{unit}法治工作经验先后被省级以上媒体报道{n1}篇次，得到上级领导肯定性批示{m1}次。"))
D("pad_media_i/a", "not_higher", lambda d: op_insert(d, "measures",
  "{y}年，本{unit}依法行政的特色做法在《法治日报》等报刊刊发{m1}篇，多家兄弟单位前来考察交流，社会反响良好。"))
D("pad_staffing_i/a", "not_higher", lambda d: op_insert(d, "measures",
  "本{unit}司法行政机构内设{m1}个股室，核定编制{n1}名、实有在岗{n2}名，平均年龄{m2}0岁左右，大专以上学历占比{p1}%。"))
P("pair_nonlaw_i/culture", lambda d: op_pair_insert(d, "measures",
  "{y}年开展执法人员资格清理，注销执法证{m1}件，新考取执法证{n1}件，全员参加了执法规范化轮训。",
  "{y}年接待游客{n1}万人次，实现旅游综合收入{m1}亿元，举办文化节会活动{n2}场次，人气持续攀升。"))

# ================================================================== 11. ★ the 不足 part denying or deflecting the problems
D("short_no_problem_i/a", "lower", lambda d: op_items_kp(d, [
    "<kp>方面，全年运转总体平稳，经自查未发现明显问题。",
    "<kp>方面，各项工作均按时序推进，暂无突出的短板。"]))
D("short_request_i/a", "lower", lambda d: op_items_kp(d, [
    "<kp>方面，恳请上级在人员编制和专项经费上再给予倾斜。",
    "<kp>方面，希望上级部门多加指导、多给政策支持。"]))
P("pair_short_own_vs_request_i/a", lambda d: op_pair_append(d, "shortcomings",
  "另外，{y}年有{m1}宗行政处罚因未告知陈述申辩权利被复议撤销，办案程序把关不严。",
  "另外，建议上级主管部门加大对本{unit}法治工作的支持力度，帮助解决实际困难。"))
P("pair_cause_fixable_vs_circular_i/a", lambda d: op_pair_cause_kp(d, "究其根由：",
  ["一是法制审核人员仅有{m1}名且多为兼职，审核任务重；",
   "二是执法人员轮岗频繁，新手还没受过集中培训便单独办案；",
   "三是执法数据分散在几个平台上，无法及时比对发现问题。"],
  ["之所以<kp>，根本还在于<kp>这方面抓得不够；",
   "<kp>的出现，说到底是<kp>这项工作没有做到位；"]))

# ================================================================== 12. plans
D("plan_schedule_only_i/a", "lower", lambda d: op_replace_part(d, "next_year", [
    "{ny}年一季度，抓好谋划部署，", "二季度，全面铺开推进，", "三季度，开展中期盘点，",
    "四季度，认真总结提高，", "全年各个时间节点都要压茬推进、环环相扣。"], ratio=1.0))
P("pair_plan_owner_i/a", lambda d: op_plan_pair_tpls(d,
  ["就{kp}，由{dept}牵头，{ny}年6月底前拿出整改清单，年底前逐项销号并向政府常务会议报告。",
   "就{kp}，由政府办会同{dept}负责，{ny}年9月底前完成，结果纳入年度考核。"],
  ["就{kp}，由有关方面视情研究，{ny}年6月底前拿出意见，年底前争取有所改善并适时报告。",
   "就{kp}，由相关单位酌情负责，{ny}年9月底前推进，情况适时通报。"]))
D("plan_slogan_i/a", "lower", lambda d: op_replace_part(d, "next_year", [
    "展望来年，全体干部拧成一股绳，", "以踏石留印的韧劲一抓到底，",
    "把法治建设的成色擦得更亮，", "向群众交上一张合格的法治成绩单。"], ratio=1.0))

# ================================================================== 13. padding and a hollow report
D("pad_formula_i/a", "not_higher", lambda d: op_insert(d, "measures",
  "全体干部心系“国之大者”，政治站位越站越高，人民至上的理念深入人心，"
  "对标对表的自觉越来越强。"))
HOLLOW_I = {
    "measures": ["这一年各项法治任务压茬推开，处处可见新气象、新作为。",
                 "条块之间配合默契，依法治理的底子越打越牢。",
                 "老百姓对法治的认同一年比一年高，周边环境安定祥和。"],
    FR: ["一把手把法治工作摆在案头，隔三差五要问一问，",
         "把该担的担子稳稳扛住，该管的事情件件管好，",
         "给全局法治工作撑起了腰、鼓足了劲。"],
    "shortcomings": ["盘点一年，同上面的部署相比还有差距，",
                     "少数事项推得慢了些，少数人员业务还欠火候，",
                     "说到底是思想上绷得不够紧，作风上还要再锤炼。"],
    "next_year": ["来年，大家要把劲头鼓起来、把标杆立起来，", "以只争朝夕的状态，",
                  "让法治工作百尺竿头更进一步。"],
}
# a complete but hollow report must fall clearly (issue 26 item 6): by more than 10 points
D("hollow_report_i/a", "lower", lambda d: op_hollow_report(d, HOLLOW_I), margin=10.0)

# ================================================================== 14. ★ form only: the same substance in other shapes
D("same_i/enum_words", "same", lambda d: op_enum_words(d))
D("same_i/semicolons", "same", lambda d: op_semicolons(d))
D("same_i/wan_digits", "same", lambda d: op_wan_digits(d))
