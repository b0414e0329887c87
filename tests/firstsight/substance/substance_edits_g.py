"""Seventh substance set (G), TUNING part: directional, pairwise and invariance edits (CheckList-style).

Written from the domain (/work/shared/docs/domain.md, issues 25/26, the corpus) without reading fzscore's
code, rubric data or rubric docs.  Case format as in substance_edits_f.py: (name "idea/wording", kind,
expected, make, margin).  Expectations: lower | not_higher | higher | a_higher | same (|delta| <= margin).
Every wording is new: no 8-character run is shared with the wordings of the earlier sets (A, C, D, E, F),
apart from names of rules and terms (checked by check_overlap_g.py).
The held part is substance_edits_g_held.py (other wordings and ideas of its own); do not tune on it.
"""
from edit_lib import op_replace_part, op_vague_to_figures
from edit_lib_c import op_actor, op_cause_block_pair_deleted, op_items_append
from edit_lib_d import FR, op_detail_existing, op_fr_modal, op_insert, op_pad_each_part, op_pair_insert, op_remove_item
from edit_lib_e import op_fr_infix, op_measures_mark, op_pad_within, op_swap_offtopic
from edit_lib_f import op_plan_pair_tpls
from edit_lib_g import (
    op_actor_dept,
    op_bom_crlf,
    op_comma_space,
    op_enum_halfparen,
    op_fr_keep_duties,
    op_insert_by_level,
    op_items_formula,
    op_lead_bold,
    op_pair_actor_dept,
    op_pair_plan_answer_vs_restate,
    op_pair_triplet,
    op_plan_restate,
    op_strip_figures,
)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


# ================================================================== 1. what reviewers credit
# 1a. a done, dated, counted paragraph of credited work added to the measures -> higher
ADD = {
    # 规范性文件 备案审查 (domain §3.2 row 2)
    "filing_review": "{y}年报送上级备案的规范性文件{m1}件，报备率和及时率均为100%；对本级{n1}件现行文件开展"
                     "专项清理，宣布失效{m2}件、修改{n2}件。",
    # 行政执法人员 资格管理 (§3.2 row 4)
    "cert_manage": "{y}年组织{n1}名执法人员参加资格考试，新申领执法证{m1}本，注销调离人员证件{m2}本，"
                   "执法岗位人员持证比例达到98%。",
    # 政府信息公开 依申请公开 (§3.2 row 5)
    "apply_disclose": "{y}年收到依申请公开{n1}件，件件按法定时限答复，同意公开{m1}件、告知信息不存在{m2}件，"
                      "未发生因信息公开引发的复议败诉。",
    # 公职律师 参与 (§3.2 row 3)
    "gov_lawyer": "{y}年由{m1}名公职律师审核政府合同{n1}份，提出修改条款{n2}处，避免潜在损失约{m2}00万元。",
}
for item, para in ADD.items():
    D(f"add_g/{item}", "higher", lambda d, para=para: op_insert(d, "measures", para))
# the principals' own dated acts added to the 第一责任人 part (§3.2 row 0a)
ADD_FR = {
    "standing": "{y}年4月和9月，{lead}两次主持党委常委会议专题审议法治议题，当场拍板解决执法力量下沉中的"
                "{m1}个具体难题，并指定专人限期回复。",
    "lecture": "{y}年7月，{head}在政府全体会议上带头讲法，以{m1}起本地行政败诉案例为素材，"
               "要求{n1}个部门对照自查。",
}
for item, para in ADD_FR.items():
    D(f"add_fr_g/{item}", "higher", lambda d, para=para: op_insert(d, FR, para))
# the principal's act in the words of the issuer's own level (a township vs a department report)
D("add_fr_level_g/by_level", "higher", lambda d: op_insert_by_level(d, FR, {
    "township": "{y}年8月，镇长带队逐村核查村规民约，对{m1}个村的{n1}条不合规表述当场交办修改。",
    "department": "{y}年5月，局长主持局务会议逐条审议{m1}项执法制度，否决其中{m2}项不合法条款。",
    "other": "{y}年5月，{head}主持政府常务会议审议{m1}件重大行政决策草案，因合法性存疑退回{m2}件。",
}))

# 1b. more detail on an item the report already names -> higher
D("detail_g/reconsider", "higher", lambda d: op_detail_existing(d, r"复议",
  "当年复议决定书全部在网上公开，{m1}件被纠错的原行政行为均在{n1}日内重新作出。"))

# 1c. every sentence naming a credited item removed -> lower
REMOVE = {"wenjian": r"规范性文件|备案审查|合法性审核", "pufa": r"普法|法治宣传|宪法日|以案释法"}
for item, rx in REMOVE.items():
    D(f"remove_g/{item}", "lower", lambda d, rx=rx: op_remove_item(d, rx))

# 1d. the measures' figures and dates deleted (same work, no data) -> lower
D("strip_figures_g/ruogan", "lower", lambda d: op_strip_figures(d, "measures", "若干"))
# 1e. vague claims replaced by figures -> higher
FIGS_G = ["{y}年审核规范性文件{n1}件，退回修改{m1}件。",
          "{y}年新申领执法证{m2}本，持证上岗比例提高到百分之百。",
          "{y}年依申请公开办结{n3}件，无一超期。"]
D("vague_to_figures_g/three", "higher", lambda d: op_vague_to_figures(d, FIGS_G, k=3))

# 1f. pairs: data-backed vs adjectives; rule-of-law figures vs other figures
P("pair_data_vs_adj_g/mediation", lambda d: op_pair_insert(d, "measures",
  "{y}年人民调解组织受理纠纷{n1}起，调解成功{n2}起，达成协议的履行率{p1}%，涉及金额{m1}0万元。",
  "人民调解组织受理纠纷数量较多，调解成功率很高，协议履行情况良好，为群众挽回了可观的经济损失。"))
P("pair_topic_g/village", lambda d: op_pair_insert(d, "measures",
  "{y}年对{n1}件行政处罚决定开展法制审核，发现适用依据错误{m1}件，均在送达前更正。",
  "{y}年完成{n1}户农村人居环境提升，拆除破旧棚舍{m1}处，均在雨季前清运完毕。"))
# measures that are only meetings held vs measures with an outcome, same figure slots
P("pair_outcome_vs_meetings_g/a", lambda d: op_pair_insert(d, "measures",
  "{y}年对{n1}家企业推行首违不罚，免予处罚{m1}件，涉案企业整改后无一再犯。",
  "{y}年召开法治工作会议{n1}次，其中推进会{m1}次，会议对各项任务作出安排。"))

# ================================================================== 2. measures that are only meetings
MEET_G = ["全年召开依法行政工作推进会{n1}次，", "组织专题会议{m1}场，", "召开联席会议研究部署{m2}次，",
          "举行法治工作例会{n2}次，", "党委会议听取汇报{m3}次，", "召开动员会和部署会{m4}场，",
          "组织座谈交流会{n3}次，", "通过视频会议传达上级精神{m5}次。", "会后印发会议纪要{n4}份，",
          "对会议议定事项进行了再强调再部署。"]
D("swap_meetings_g/meetings", "lower", lambda d: op_swap_offtopic(d, MEET_G, "meet"))

# ================================================================== 3. padding
SLOGAN_G = ["让法治的阳光照亮{unit}域发展的每一个角落，让公平正义可感可触。",
            "法治如水，润物无声；依法而行，方能致远。",
            "我们坚信，{unit}域治理的明天必将更加法治化、规范化、现代化。",
            "一分部署，九分落实，依法治理没有终点站。"]
D("pad_each_part_g/slogans", "not_higher", lambda d: op_pad_each_part(d, SLOGAN_G))
PRAISE_G = ["该项工作获得上级首长的高度认可。", "相关经验被上级部门专题推介。", "这一做法赢得各方好评如潮。"]
D("pad_praise_g/repeated", "not_higher", lambda d: op_pad_within(d, "measures", PRAISE_G))
D("pad_boast_g/ranks", "not_higher", lambda d: op_insert(d, "measures",
  "总的看，{unit}的法治建设始终走在全市前列，多项工作成为全省标杆，被誉为基层依法治理的样板，"
  "各地纷纷前来学习取经，工作成效有目共睹。"))
# numbers that are no data: numbered slogans
D("pad_numslogan_g/formula", "not_higher", lambda d: op_insert(d, "measures",
  "我们构建“1+3+N”法治工作格局，落实“五个到位”要求，坚持“三个一律”原则，做到“两个全覆盖”，"
  "形成“四位一体”的依法治理体系。"))
# intentions phrased as deeds must not count as done acts
D("intent_as_deed_g/jiangni", "not_higher", lambda d: op_insert(d, "measures",
  "今后一个时期，{unit}将着手建设智慧执法系统，拟将{m1}类执法事项纳入线上办理，计划明年开通掌上复议渠道，"
  "并准备聘请{m2}名律师组建顾问团。"))
D("intent_tail_g/xiabu", "not_higher", lambda d: op_pad_within(d, "measures",
  ["下一步还将在此基础上拓展延伸。", "后续拟将这项做法推广到全域。", "明年计划再扩大试点范围。"]))

# ================================================================== 4. who acted and whether it happened
D("fr_modal_g/daiyanjiu", "lower", lambda d: op_fr_modal(d, suffix="，具体安排待{ny}年党委会研究后实施"))
D("fr_infix_g/niyu", "lower", lambda d: op_fr_infix(d, "拟于{ny}年春季"))
D("measures_mark_g/nizai", "lower", lambda d: op_measures_mark(d, prefix="拟在{ny}年"))
# the acts given to the rule-of-law department or to a deputy secretary
D("fr_actor_g/dept", "lower", lambda d: op_actor_dept(d))
D("fr_actor_g/fushuji", "lower", lambda d: op_actor(d, "联系政法口的党委副职"))
# the 第一责任人 part's concrete acts deleted, its statements of duty kept
D("fr_keep_duties_g/acts_gone", "lower", lambda d: op_fr_keep_duties(d))
# the 第一责任人 part reduced to a copy of the 规定's duties (same length)
RULE_COPY_G = ["党政主要负责人须就本地法治工作的要事亲手部署，遇到重大难题当面过问，关键环节出面协调，",
               "把本地区各项工作纳入法治化轨道，", "应当带头尊崇法治、敬畏法律，",
               "并应把履职情况作为年终述职的一项内容。"]
D("fr_rule_copy_g/guiding", "lower", lambda d: op_replace_part(d, FR, RULE_COPY_G, ratio=1.0))
P("pair_fr_principal_vs_dept_g/a", lambda d: op_pair_actor_dept(d, FR,
  "{y}年11月，{who}牵头约谈{m1}个复议纠错率偏高的执法单位负责人，逐一明确整改措施。"))

# ================================================================== 5. causes and problems
D("causes_fixable_g/genyuan", "higher", lambda d: op_items_append(d, [
    "问题的根源是执法岗位{m1}个空编一直未补，现有人员身兼数职。",
    "问题的根源是复议和应诉案件没有专门台账，办案期限全靠人工提醒。",
    "问题的根源是法律顾问经费按年度包干，合同审核只能集中送审、来不及逐件把关。"]))
D("causes_blame_up_g/shangji", "not_higher", lambda d: op_items_append(d, [
    "这在很大程度上是上级部门下放事项太多太急、各类督查考核名目繁多造成的。",
    "这在很大程度上是上面的政策变动频繁、基层无所适从造成的。"]))
D("causes_blame_public_g/qunzhong", "not_higher", lambda d: op_items_append(d, [
    "归根到底是群众法治观念淡薄，遇事习惯找关系、闹访缠访。",
    "归根到底是辖区群众文化程度偏低，对依法办事不理解、不配合。"]))
# problems stated only as a stock verdict on a key phrase
D("short_formula_g/youdai", "lower", lambda d: op_items_formula(d, ["有待加强。", "仍需提升。", "还有差距。"]))
P("pair_causes_vs_deleted_g/a", lambda d: op_cause_block_pair_deleted(d, "深究起来，", [
    "主要原因有：一是镇村两级法律明白人只有{m1}名，覆盖不到全部村组；",
    "二是执法记录仪仅配备{m2}套，夜间执法无法全程录像；",
    "三是矛盾纠纷排查表格式各村不统一，汇总分析缺乏依据。"]))
# a concrete problem + fixable cause + answering plan vs a vague problem + stock cause + vague plan
P("pair_pcf_concrete_vs_vague_g/a", lambda d: op_pair_triplet(d,
  ("另外，{y}年行政处罚案件中有{m1}件超过法定期限才结案，",
   "主要是案件审批要经三级签字，流转中经常积压。",
   "针对办案超期，{ny}年二季度起把审批压缩为两级并在系统中设置到期预警，由执法监督科按月通报超期件。"),
  ("另外，行政执法工作的规范化程度与群众期盼相比还有不小差距，",
   "主要是一些同志的思想观念还没有完全转变过来。",
   "针对执法规范化，{ny}年要再提高一些认识，再转变一下作风，推动各项执法工作更上一层楼、更有新气象。")))

# ================================================================== 6. plans
# the plan made of the measures' own titles behind 继续 / 持之以恒抓好 (restating last year's work)
RESTATE_G = ["继续<t>。", "坚持不懈抓好<t>。", "在原有基础上深化<t>。"]
D("plan_restate_g/jixu", "lower", lambda d: op_plan_restate(d, RESTATE_G))
PLAN_DATED_G = ["就{kp}，{ny}年4月前由{unit}司法部门拿出整改台账，6月底完成过半，12月由分管领导验收销号。",
                "关于{kp}，{ny}年内新增{m1}项具体措施，每项明确牵头科室和完成月份，季度末在党委会上通报。"]
P("pair_plan_answer_vs_restate_g/a", lambda d: op_pair_plan_answer_vs_restate(d, PLAN_DATED_G, RESTATE_G))
PLAN_VAGUE_G = ["就{kp}，下一步要拿出更大的决心和更实的举措，力求取得突破性进展，不负组织和群众期望。",
                "关于{kp}，要在巩固中提升、在提升中创新，以钉钉子精神推动这项工作不断取得新的更大成效。"]
P("pair_plan_dated_vs_vague_g/a", lambda d: op_plan_pair_tpls(d, PLAN_DATED_G, PLAN_VAGUE_G))
D("plan_vague_g/stock", "lower", lambda d: op_replace_part(d, "next_year", [
    "来年我们锚定目标不放松，", "保持定力再出发，", "以更加昂扬的斗志和务实的作风，",
    "奋力谱写依法治理新篇章，", "为经济社会高质量发展贡献更大力量。"], ratio=1.0))

# ================================================================== 7. form-only edits (same content)
D("same_g/comma_space", "same", lambda d: op_comma_space(d))
D("same_g/lead_bold", "same", lambda d: op_lead_bold(d))
D("same_g/bom_crlf", "same", lambda d: op_bom_crlf(d))
D("same_g/enum_halfparen", "same", lambda d: op_enum_halfparen(d))
