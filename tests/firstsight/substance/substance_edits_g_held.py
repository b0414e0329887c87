"""Seventh substance set (G), HELD part: other wordings of the tuning part's ideas, plus ideas of its own
(marked H-only).  Do not tune on it.  Same format and rules as substance_edits_g.py.
"""
from edit_lib import op_replace_part, op_vague_to_figures
from edit_lib_c import op_cause_block_pair_deleted, op_delete_sentences_in, op_items_append
from edit_lib_d import FR, op_detail_existing, op_fr_modal, op_insert, op_pad_each_part, op_pair_insert, op_remove_item
from edit_lib_e import op_fr_infix, op_measures_mark, op_pad_within, op_swap_offtopic
from edit_lib_f import op_plan_pair_tpls
from edit_lib_g import (
    op_actor_by_level,
    op_actor_dept,
    op_dup_richest,
    op_insert_by_level,
    op_items_formula,
    op_pair_actor_dept,
    op_pair_plan_answer_vs_restate,
    op_pair_triplet,
    op_pair_unit_year,
    op_paren_ideographs,
    op_plan_restate,
    op_prime_quotes,
    op_sentence_lines,
    op_strip_figures,
    op_zero_width,
)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


# ================================================================== 1. what reviewers credit
ADD = {
    # 行政协议 合法性审查 (§3.2 row 3)
    "agreement_review": "{y}年对{unit}政府签订的{n1}份招商和征收类行政协议逐份把关，纠正违约责任约定不对等条款"
                        "{m1}处，协议履约中未发生一起诉讼。",
    # 包容审慎监管 免罚清单 (§3.2 row 4)
    "lenient_list": "{y}年落实首违不罚事项目录，对{n1}家经营主体首次轻微违法依法不罚，同步开展"
                    "行政指导{n2}次，{m1}个月内回访整改率百分之百。",
    # 法律援助 (§3.2 row 8)
    "legal_aid": "{y}年受理法律援助申请{n1}件，为农民工讨薪案件提供援助{m1}件，帮助追回欠薪{n2}0余万元。",
    # 重大执法决定 法制审核 (§3.2 row 4)
    "major_decision_check": "{y}年对{m1}件吊销证照、大额罚款等决定在作出前进行法制审核，审核意见被采纳率"
                            "为100%，其中{m2}件依审核意见减轻处罚。",
}
for item, para in ADD.items():
    D(f"add_gh/{item}", "higher", lambda d, para=para: op_insert(d, "measures", para))
ADD_FR = {
    "review_dept": "{y}年12月，{lead}听取{n1}个部门负责人现场述法并逐一点评，对排名末位的{m1}个部门下发"
                   "书面提醒函。",
    "instruct_case": "{y}年3月，{head}针对一起复议纠错案件作出书面批示，督促承办部门{m1}日内重新作出决定"
                     "并倒查责任。",
}
for item, para in ADD_FR.items():
    D(f"add_fr_gh/{item}", "higher", lambda d, para=para: op_insert(d, FR, para))
D("add_fr_level_gh/by_level", "higher", lambda d: op_insert_by_level(d, FR, {
    "township": "{y}年10月，镇党委书记在村“两委”干部培训班上讲授依法治村专题课，点名纠正{m1}个村的违规收费做法。",
    "department": "{y}年6月，局党组书记带头接待{m1}起执法投诉，当面交办并跟踪到办结。",
    "other": "{y}年6月，{lead}到{unit}行政复议服务中心调研，现场协调解决复议人员编制{m1}名。",
}))
D("detail_gh/adviser", "higher", lambda d: op_detail_existing(d, r"法律顾问|公职律师",
  "当年法律顾问参加党政班子会{n1}次，提交书面意见{m1}份，意见全部存档备查。"))
REMOVE = {"jiandu": r"执法监督|案卷评查|卷宗", "fuyi": r"复议"}
for item, rx in REMOVE.items():
    D(f"remove_gh/{item}", "lower", lambda d, rx=rx: op_remove_item(d, rx))
D("strip_figures_gh/bufen", "lower", lambda d: op_strip_figures(d, "measures", "部分"))
FIGS_GH = ["{y}年开展法制审核{n1}件，提出审核意见{m1}条。",
           "{y}年法律援助结案{n2}件，受援群众满意率保持高位。",
           "{y}年清理证明事项{m3}项，全部向社会公告。"]
D("vague_to_figures_gh/three", "higher", lambda d: op_vague_to_figures(d, FIGS_GH, k=3))
P("pair_data_vs_adj_gh/enforce", lambda d: op_pair_insert(d, "measures",
  "{y}年对{m1}个执法部门开展执法检查，抽查执法案卷{n1}卷，发现问题{n2}个，已整改{n2}个。",
  "对各个执法部门普遍开展执法检查，抽查了相当数量的执法案卷，发现的问题都已督促整改到位。"))
P("pair_topic_gh/culture", lambda d: op_pair_insert(d, "measures",
  "{y}年办理行政许可{n1}件，其中告知承诺制审批{m1}件，撤销违法许可{m2}件。",
  "{y}年举办文旅节庆活动{n1}场，其中民俗演出{m1}场，接待游客{m2}万人次。"))
P("pair_outcome_vs_meetings_gh/b", lambda d: op_pair_insert(d, "measures",
  "{y}年化解{n1}起行政争议，其中{m1}起经协调由行政机关自行纠正，原告主动撤诉。",
  "{y}年举行{n1}次依法治理专题会，其中{m1}次由主要领导出席并作出工作部署。"))
MEET_GH = ["这一年我们先后召开全体干部大会{n1}次，", "领导小组会议{m1}次，", "碰头会{m2}次，",
           "专题研讨会{n2}场，", "工作调度会{m3}次，", "听取各村汇报{n3}轮，", "部署会后又召开落实会{m4}次，",
           "形成会议记录{n4}份，", "层层传达会议要求。"]
D("swap_meetings_gh/huiyi", "lower", lambda d: op_swap_offtopic(d, MEET_GH, "meetgh"))

# ================================================================== 3. padding
SLOGAN_GH = ["法者，治之端也；守正笃实，久久为功。", "蹄疾步稳推进依法治理，砥砺奋进书写法治答卷。",
             "以法治之光守护万家灯火，用法治之力托举发展大局。"]
D("pad_each_part_gh/slogans", "not_higher", lambda d: op_pad_each_part(d, SLOGAN_GH))
D("pad_praise_gh/repeated", "not_higher", lambda d: op_pad_within(d, "measures",
  ["此举赢得了干部群众的一致点赞。", "上级媒体对此进行了宣传报道。", "兄弟单位纷纷前来考察学习。"]))
D("pad_boast_gh/ranks", "not_higher", lambda d: op_insert(d, "measures",
  "可以说，我{unit}依法行政水平在同类地区中名列前茅，亮点频出、特色鲜明，多次获得上级表扬，"
  "打造了远近闻名的法治品牌。"))
D("pad_numslogan_gh/formula", "not_higher", lambda d: op_insert(d, "measures",
  "全面推行“123”依法办事工作法，实施“六大行动”，打好“三张牌”，实现“零距离、零障碍、零投诉”"
  "的“三零”目标。"))
D("intent_as_deed_gh/dasuan", "not_higher", lambda d: op_insert(d, "measures",
  "着眼长远，{unit}准备于{ny}年推出行政执法电子证据库，拟对{m1}个重点领域实行清单式监管，"
  "计划组建一支{m2}人的法律服务志愿队。"))
D("intent_tail_gh/houxu", "not_higher", lambda d: op_pad_within(d, "measures",
  ["此项工作今后还要持续加力。", "今后准备进一步完善配套措施。", "拟于下阶段总结提炼经验做法。"]))

# ================================================================== 4. who acted and whether it happened
D("fr_modal_gh/zhengqu", "lower", lambda d: op_fr_modal(d, prefix="争取在{ny}年年中前"))
D("fr_infix_gh/daitiaojian", "lower", lambda d: op_fr_infix(d, "待{ny}年条件具备时"))
D("measures_mark_gh/lieru", "lower", lambda d: op_measures_mark(d, suffix="（此事项列入{ny}年计划）"))
D("fr_actor_gh/dept_head", "lower", lambda d: op_actor_dept(d, "负责人"))
# H-only: the acts given to the secretaries of the bodies below (a 书记, but not the principal)
D("fr_actor_level_gh/lower_secretaries", "lower", lambda d: op_actor_by_level(d, {
    "township": "各村党组织书记", "county": "各乡镇党委书记", "city": "各区县党委书记",
    "province": "各市党委书记", "department": "下属单位党支部书记"}))
# the 第一责任人 part's dated or counted sentences deleted
D("fr_dated_gone_gh/dates", "lower", lambda d: op_delete_sentences_in(d, [FR], r"\d"))
RULE_COPY_GH = ["政府一把手是本地区依法行政的第一位责任人，", "要切实把依法行政工作抓在手上，",
                "研究解决法治政府建设重大问题，", "为推进法治政府建设提供保障、创造条件，",
                "并依法全面正确履行政府职能。"]
D("fr_rule_copy_gh/government", "lower", lambda d: op_replace_part(d, FR, RULE_COPY_GH, ratio=1.0))
P("pair_fr_principal_vs_dept_gh/b", lambda d: op_pair_actor_dept(d, FR,
  "{y}年9月，{who}带队对{m1}个窗口单位开展依法行政明察暗访，现场指出问题{n1}条并限期整改。"))

# ================================================================== 5. causes and problems
D("causes_fixable_gh/zhengjie", "higher", lambda d: op_items_append(d, [
    "症结在于规范性文件起草科室没有法律专业人员，审核意见多次退回才能定稿。",
    "症结在于执法记录仪只有{m1}台，轮班使用时常出现空档。",
    "症结在于复议案件办理系统尚未与法院诉讼系统对接，材料需要重复报送。"]))
D("causes_blame_up_gh/tiaotiao", "not_higher", lambda d: op_items_append(d, [
    "客观上讲，这是条线部门层层加码、任务都压到基层的结果。",
    "客观上讲，这是上级配套文件迟迟没有出台所致。"]))
D("causes_blame_public_gh/minfeng", "not_higher", lambda d: op_items_append(d, [
    "说到底，是部分村民只讲权利不讲义务，法治素养跟不上。",
    "说到底，是当地民风彪悍，群众信访不信法的习惯难以改变。"]))
D("short_formula_gh/xutisheng", "lower", lambda d: op_items_formula(d, ["需要进一步加强。", "尚需完善。"]))
P("pair_causes_vs_deleted_gh/b", lambda d: op_cause_block_pair_deleted(d, "细究问题的来由，", [
    "原因在于司法所仅有在编人员{m1}名，同时承担调处纠纷、法治宣传、矫正帮扶多项任务；",
    "另外，执法文书电子模板{m2}年未更新，与新修订法律不衔接。"]))
P("pair_pcf_concrete_vs_vague_gh/b", lambda d: op_pair_triplet(d,
  ("同时，{y}年有{m1}份规范性文件未按时报送备案，",
   "原因是起草科室不清楚备案时限，也没有人专门跟踪。",
   "对备案不及时的问题，{ny}年一月起由{unit}司法部门建立发文备案台账，文件印发后第三个工作日电话提醒，年底通报。"),
  ("同时，规范性文件管理工作还不够精细，离上级要求仍有距离，",
   "原因是有关方面的重视程度还需提高。",
   "对文件管理工作，{ny}年要以更高站位、更严标准、更实作风加以推进，努力开创文件管理工作新局面。")))

# ================================================================== 6. plans
RESTATE_GH = ["持续推进<t>。", "一如既往做好<t>。"]
D("plan_restate_gh/chixu", "lower", lambda d: op_plan_restate(d, RESTATE_GH))
PLAN_DATED_GH = ["对{kp}，{ny}年5月底前制定专项方案，明确{m1}名责任人，9月中期评估，年末专项验收。",
                 "为解决{kp}，{ny}年第一季度完成调研，第二季度出台制度，下半年由督查室跟踪问效。"]
P("pair_plan_answer_vs_restate_gh/b", lambda d: op_pair_plan_answer_vs_restate(d, PLAN_DATED_GH, RESTATE_GH))
PLAN_VAGUE_GH = ["对{kp}，将坚持问题导向、目标导向、结果导向，确保各项措施落地见效、群众满意。",
                 "为解决{kp}，将久久为功、善作善成，全力以赴推动这项工作实现新的跨越。"]
P("pair_plan_dated_vs_vague_gh/b", lambda d: op_plan_pair_tpls(d, PLAN_DATED_GH, PLAN_VAGUE_GH))
D("plan_vague_gh/stock", "lower", lambda d: op_replace_part(d, "next_year", [
    "展望未来，我们信心满怀，", "将以只争朝夕的精神状态，", "乘势而上、开拓进取，",
    "推动依法治理各项工作再创佳绩、再上台阶。"], ratio=1.0))

# ================================================================== H-only ideas
# the same paragraph of results reported twice earns nothing more
D("dup_results_gh/richest", "not_higher", lambda d: op_dup_richest(d, "measures"))
# counts with a unit and a year vs the same numbers bare (no unit, no year)
P("pair_unit_year_gh/a", lambda d: op_pair_unit_year(d, "measures",
  "{y}年组织执法卷宗交叉互评{n1}[卷]，发现问题案卷{m1}[卷]，整改{m1}[卷]。"))

# ================================================================== 7. form-only edits (same content)
D("same_gh/zero_width", "same", lambda d: op_zero_width(d))
D("same_gh/sentence_lines", "same", lambda d: op_sentence_lines(d))
D("same_gh/paren_ideographs", "same", lambda d: op_paren_ideographs(d))
D("same_gh/prime_quotes", "same", lambda d: op_prime_quotes(d))
