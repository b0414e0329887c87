"""Sixth substance set (F), TUNING part: directional, pairwise and invariance edits (CheckList-style).

Written from the domain (/work/shared/docs/domain.md, issue 26, the corpus) without reading fzscore's
code, rubric data or rubric docs.  Case format as in substance_edits_e.py: (name "idea/wording", kind,
expected, make, margin).  Expectations: lower | not_higher | higher | a_higher | same (|delta| <= margin).
Every wording is new: no 8-character run is shared with the wordings of the earlier sets (A, C, D, E),
apart from names of rules and terms (checked by check_overlap_f.py).
The held part is substance_edits_f_held.py (other wordings and ideas of its own); do not tune on it.
"""
from edit_lib import op_items_append, op_plan_copy_measures, op_replace_part, op_replace_part_paras, op_vague_to_figures
from edit_lib_c import CAUSE_RX, op_actor, op_cause_block_pair_deleted, op_delete_sentences_in, op_pair_append
from edit_lib_d import (
    FR,
    op_detail_existing,
    op_fr_modal,
    op_insert,
    op_pad_each_part,
    op_pair_insert,
    op_remove_item,
)
from edit_lib_e import op_fr_infix, op_measures_mark, op_pad_within, op_swap_offtopic
from edit_lib_f import (
    op_cjk_digit_spaces,
    op_corner_quotes,
    op_pair_problem_cause_fix,
    op_plan_copy_pair,
    op_plan_pair_tpls,
    op_sentence_gap,
    op_tab_indent,
)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


# ================================================================== 1. what reviewers credit
# 1a. a done, dated, counted paragraph of credited work added to the measures -> higher
ADD = {
    # 重大行政决策 合法性审查 before 集体讨论决定 (domain §3.2 row 3)
    "decision_legality": "{y}年提交{unit}政府常务会议讨论的{m1}个重大行政决策事项，上会前都由司法部门出具合法性审查意见，"
                         "审查中提出修改建议{n1}条，有{m2}个事项因程序不完备被暂缓上会。",
    # 行政复议: 收案、审结、纠错率 (§3.2 row 6)
    "reconsider_stats": "{y}年{unit}政府作为复议机关共收到复议申请{n1}件，受理后审结{n2}件，决定撤销或确认违法{m1}件，"
                        "纠错率{p1}%，另有{m2}件在复议阶段以调解方式结案。",
    # 行政应诉: 案件数、败诉率 (§3.2 row 6)
    "lawsuit_loss": "{y}年全{unit}新收一审行政诉讼案件{n1}件，审结{n2}件，行政机关败诉{m1}件，败诉率降至{p1}%，"
                    "每起败诉案件都向相关部门发出整改提示。",
    # 行政裁量权基准 (§3.2 row 4)
    "discretion_base": "{y}年梳理细化行政处罚裁量权基准{n1}项，涵盖市场监管、生态环境等{m1}个执法领域，"
                       "基准文本经集体讨论后向社会公布并在执法系统中嵌入运行。",
    # 人大建议、政协提案办理 (§3.2 row 7)
    "proposals": "{y}年承办人大代表建议{n1}件、政协委员提案{n2}件，全部在规定期限内办结答复，代表委员对办理结果"
                 "表示满意的占{p1}%以上。",
    # 行政执法监督: 案卷评查 (§3.2 row 4)
    "case_review": "{y}年抽调业务骨干对执法卷宗集中评查，随机抽取{m1}个执法部门的卷宗{n1}宗，评出优秀卷宗{m2}宗，对{n2}宗"
                   "存在瑕疵的卷宗逐一反馈并跟踪整改到位。",
}
for item, para in ADD.items():
    D(f"add_f/{item}", "higher", lambda d, para=para: op_insert(d, "measures", para))
# the principals' own dated acts added to the 第一责任人 part (述法, 旁听庭审: §3.2 row 0a, row 6)
ADD_FR = {
    "shufa": "{y}年1月，{lead}在上级党委组织的年度述法会上作书面和口头述法，报告本人抓法治建设的{m1}项具体工作，"
             "对点评指出的{m2}个问题列出整改清单。",
    "court": "{y}年6月，{head}带领{unit}政府班子成员和部门负责人{n1}人集中旁听一场行政诉讼庭审，庭后组织座谈，"
             "就征收程序中暴露的{m1}处漏洞明确整改时限。",
}
for item, para in ADD_FR.items():
    D(f"add_fr_f/{item}", "higher", lambda d, para=para: op_insert(d, FR, para))
# a yearly task list of the indicator system, dated and counted (§3.3 示范指标体系; §2.3 事项指引)
D("tasklist_f/breakdown", "higher", lambda d: op_insert(d, "measures",
  "{y}年3月印发依法行政年度任务清单，把上级指标体系分解为{n1}项具体任务，逐项落实主办科室和截止日期，"
  "年底对账时{n2}项按期完成、{m1}项转入下年度继续推进。"))

# 1b. more detail on an item the report already names -> higher
D("detail_f/lawsuit", "higher", lambda d: op_detail_existing(d, r"应诉|出庭|行政诉讼",
  "当年涉诉案件开庭{m1}次，每次均由负责人出庭并当庭发言，庭审结束后{m2}日内形成书面庭审情况报告。"))

# 1c. every sentence naming a credited item removed from the reported work -> lower
REMOVE = {
    "lawsuit": r"应诉|出庭|行政诉讼",
    "mediation": r"调解|矛盾纠纷|信访",
}
for item, rx in REMOVE.items():
    D(f"remove_f/{item}", "lower", lambda d, rx=rx: op_remove_item(d, rx))

# 1d. vague claims replaced in place by rule-of-law figures (复议、应诉、评查) -> higher
FIGS_F = ["{y}年共受理复议案件{n1}件，依法纠错{m1}件，发出复议意见书{m2}份。",
          "{y}年行政机关负责人出庭应诉{n2}次，出庭应诉率保持100%，无一起案件败诉。",
          "{y}年评查行政许可和处罚案卷{n3}卷，发现并纠正程序问题{m3}个。"]
D("vague_to_figures_f/three", "higher", lambda d: op_vague_to_figures(d, FIGS_F, k=3))

# 1e. the same item with data vs without
P("pair_figures_vs_bare_f/discretion", lambda d: op_pair_insert(d, "measures",
  "{y}年修订行政许可告知承诺事项目录，新增{m1}项告知承诺事项，办理承诺件{n1}件，事后核查{n2}件。",
  "修订行政许可告知承诺事项目录，新增一批告知承诺事项，办理大量承诺件，并对承诺内容开展事后核查。"))

# ================================================================== 2. topic relevance
# rule-of-law figures vs economic figures / party building, same length and same figure slots
P("pair_topic_f/econ", lambda d: op_pair_insert(d, "measures",
  "{y}年办结行政复议案件{n1}件，直接纠正违法或不当行政行为{m1}件，对{m2}个部门下达复议建议书。",
  "{y}年实现招商签约项目{n1}个，当年新开工亿元以上项目{m1}个，新增{m2}家规模以上工业企业。"))
P("pair_topic_f/party", lambda d: op_pair_insert(d, "measures",
  "{y}年为{n1}个村（社区）配齐法律顾问，村规民约合法性审查{m1}份，修改与法律相抵触条款{m2}条。",
  "{y}年为{n1}个村（社区）党组织配齐书记，发展入党积极分子{m1}名，整顿后进党支部{m2}个。"))
# an off-topic paragraph with figures added to the measures earns nothing (issue 26: 党建 part with figures)
OFF_ADD = {
    "study": "{y}年{unit}党委中心组围绕党的创新理论开展集中学习{n1}次，班子成员撰写理论文章{m1}篇，赴{m2}个"
             "红色教育点开展现场学习，全体党员参加专题党课{n2}次。",
    "econ": "{y}年{unit}完成固定资产投资{n1}亿元，新引进企业{m1}家，工业总产值同比增长{p1}%，"
            "农民人均收入达到{n2}000元以上，经济运行总体平稳向好。",
}
for item, para in OFF_ADD.items():
    D(f"offtopic_add_f/{item}", "not_higher", lambda d, para=para: op_insert(d, "measures", para))
# the measures paragraph with most figures replaced by a political-study paragraph of the same length
STUDY_F = ["全年党委中心组开展集体学习{n1}次，", "专题研讨发言{m1}人次，", "组织党员干部观看警示教育片{m2}场，",
           "赴革命纪念馆接受党性教育{n2}人次，", "撰写读书笔记和学习体会{n3}篇，",
           "班子成员到联系点讲授专题党课{m3}次。", "举办青年干部理论读书会{m4}期，",
           "围绕党的创新理论开展宣讲进村居活动{n4}场、受众{n5}00余人，", "征集理论学习微心得{n6}篇，",
           "选送{m5}篇学习体会在市级媒体刊发。", "机关支部开展“学理论、悟思想”主题交流{n7}次。",
           "党员干部在线学习平台人均积分超过{n8}00分，", "形成学习成果汇编一册。"]
D("swap_offtopic_f/study", "lower", lambda d: op_swap_offtopic(d, STUDY_F, "study"))

# ================================================================== 3. padding
STATE_F = ["回顾这一年，我们深切体会到，良法善治是优化营商环境的关键，也是治理现代化的重要依托。",
           "我们始终认为，只要心中有法、行为守法，各项事业就一定能够行稳致远。",
           "面向未来，全体干部必将以更饱满的干劲投入到依法治理的伟大实践中去。",
           "全{unit}上下同心同德，依法办事蔚然成风，法治成为干部群众的共同追求。"]
D("pad_each_part_f/statements", "not_higher", lambda d: op_pad_each_part(d, STATE_F))
WITHIN_F = ["此举对于推动依法治理走深走实具有重要而深远的意义。",
            "干部群众对此普遍给予好评，法治获得感显著增强。",
            "这为全{unit}各项事业健康发展提供了有力支撑。"]
D("pad_within_f/yiyi", "not_higher", lambda d: op_pad_within(d, "measures", WITHIN_F))
# one long stock paragraph (about 300 characters) added to the measures
LONG_F = ("一年来，我们坚持把法治政府建设放在全局工作中统筹谋划，坚持高站位推动、高标准要求、高质量落实，"
          "紧扣发展大势、服从工作全局，在深化认识上下功夫，在健全机制上求突破，在狠抓落实上见成效，"
          "推动依法行政各项工作取得了新进展、迈上了新台阶、展现了新气象。实践使我们认识到，"
          "只有始终坚持党的领导，才能确保法治建设的正确方向；只有始终坚持以人民为中心，"
          "才能赢得群众的支持和拥护；只有始终坚持改革创新，才能不断激发法治建设的内生动力；"
          "只有始终坚持真抓实干，才能把各项部署转化为看得见、摸得着的实际成效。")
D("pad_long_f/shijian", "not_higher", lambda d: op_insert(d, "measures", LONG_F))
P("pair_rol_vs_stock_f/tingzheng", lambda d: op_pair_insert(d, "measures",
  "{y}年对拟作出的{m1}件大额罚没决定告知听证权利，当事人申请听证{m2}件，经听证后改变处罚结果1件。",
  "我们坚持执法与服务并重、惩戒与教育结合，努力让每一次执法都彰显公平正义，执法形象持续向好。"))

# ================================================================== 4. who acted and whether it happened
# 4a. the 第一责任人 part's acts as intentions, in other modal words (确保, 预计, 尚在酝酿)
D("fr_modal_f/quebao", "lower", lambda d: op_fr_modal(d, prefix="确保{ny}年内"))
D("fr_modal_f/yuji", "lower", lambda d: op_fr_modal(d, prefix="预计{ny}年下半年"))
D("fr_modal_f/yunniang", "lower", lambda d: op_fr_modal(d, suffix="，有关工作尚在酝酿"))
D("fr_infix_f/jihua", "lower", lambda d: op_fr_infix(d, "计划于{ny}年内"))
# 4b. the acts given to a deputy or an office
D("fr_actor_f/fuzhi", "lower", lambda d: op_actor(d, "联系法治工作的副职领导"))
D("fr_actor_f/fazhiban", "lower", lambda d: op_actor(d, "依法治理办公室"))
# 4c. the 第一责任人 part reduced to restated duties, or to slogans (same length)
DUTIES_F = ["身为本地区推进法治的首要责任人，党政一把手必须对法治工作负总责，对重点工作做到亲手部署。",
            "主要领导要带头遵守宪法法律，在法律授权的范围内按规定步骤用权，不得以言代法、以权压法。",
            "党政正职有责任定期研究依法治理领域的重大事项，并把法治建设成效纳入政绩考核。"]
D("fr_duties_f/fuzongze", "lower", lambda d: op_replace_part(d, FR, DUTIES_F, ratio=1.0))
SLOGAN_FR_F = ["始终把法治挂在心上、扛在肩上、抓在手上，", "以上率下、层层传导，", "奏响依法治理的最强音，",
               "让法治精神薪火相传、生生不息。"]
D("fr_hollow_f/slogans", "lower", lambda d: op_replace_part(d, FR, SLOGAN_FR_F, ratio=1.0))
# 4d. an intention paragraph added to the 第一责任人 part or to the measures earns nothing
D("fr_intent_add_f/jiang", "not_higher", lambda d: op_insert(d, FR,
  "{ny}年，{lead}将亲自带队赴{m1}个村（社区）开展法治调研，{head}拟专题听取{m2}次依法行政工作汇报，"
  "力争把法治督察发现的问题全部整改到位。"))
D("measures_intent_add_f/dasuan", "not_higher", lambda d: op_insert(d, "measures",
  "下一阶段，{unit}政府打算新建{m1}个村级法律服务点，拟在{ny}年组织执法人员轮训{n1}0人次，"
  "争取年内完成全部规范性文件的清理。"))
# 4e. the measures' counted sentences as intentions (another modal word)
D("measures_mark_f/yuji", "lower", lambda d: op_measures_mark(d, prefix="预计到{ny}年底"))
# 4f. pairs
P("pair_fr_principal_vs_deputy_f/a", lambda d: op_pair_append(d, FR,
  "{y}年10月，{head}召集自然资源和执法部门专题研究{m1}起违法用地案件，逐案明确处置方式和办结时间。",
  "{y}年10月，" + d.deputy + "召集自然资源和执法部门专题研究{m1}起违法用地案件，逐案明确处置方式和办结时间。"))
P("pair_fr_dated_vs_undated_f/shufa", lambda d: op_pair_append(d, FR,
  "{y}年12月，{lead}在年终述职会上专项述法，列举{m1}件依法决策实例，接受{n1}名与会代表测评。",
  "{lead}在年终述职会上专项述法，列举依法决策实例，接受与会代表测评，述法内容较为全面翔实。"))
P("pair_measures_done_vs_intended_f/a", lambda d: op_pair_insert(d, "measures",
  "{y}年建成行政执法监督信息平台，{m1}个执法部门的{n1}0件案件实现网上监督，发现超期办案{m2}件。",
  "{ny}年力争建成行政执法监督信息平台，争取{m1}个执法部门的案件接入网上监督，计划覆盖全部执法事项。"))

# ================================================================== 5. causes and problems
D("causes_fixable_f/chengyin", "higher", lambda d: op_items_append(d, [
    "成因在于法制审核岗位只配备{m1}名工作人员且无法律职业资格，案件量大时只能压缩审核时间。",
    "成因在于村级调解组织没有固定办公经费，调解员补贴标准多年未调整，人员流失较多。",
    "成因在于执法办案系统与审批系统数据不互通，许可信息要靠人工录入核对。"]))
D("causes_stock_f/renshi", "not_higher", lambda d: op_items_append(d, [
    "这主要是由于有的同志对法治建设的认识还不到位，抓落实的主动性和自觉性不够强。",
    "这主要是由于部分干部学法的热情不高，运用法律知识的本领还有欠缺，思想上存在松懈情绪。"]))
D("causes_boast_f/tiaozhan", "not_higher", lambda d: op_items_append(d, [
    "这主要是由于本{unit}担负的改革任务在全省数量最多，工作标杆定得很高，自身追求也更高。",
    "这主要是由于我{unit}近年各项事业蓬勃发展，群众对法治的新期待增长得太快。"]))
# the report's own cause analysis deleted (only reports that have one)
D("causes_delete_f/own", "lower", lambda d: op_delete_sentences_in(d, ["shortcomings"], CAUSE_RX))
# with a cause paragraph vs the same paragraph with its cause sentences deleted
P("pair_causes_vs_deleted_f/a", lambda d: op_cause_block_pair_deleted(d, "对照上述问题剖析，", [
    "原因之一是执法人员编制只有{m1}名，一人承担多个领域的执法任务；",
    "原因之二是行政执法文书缺少统一模板，各部门各行其是；",
    "原因之三是法治培训经费每年不足{m2}万元，难以请专家授课。"]))
P("pair_problem_cause_fix_f/a", lambda d: op_pair_problem_cause_fix(d,
  "此外，行政执法公示还不完整，{y}年有{m1}个部门未在七日内公示处罚决定。",
  "原因是公示由各部门各自上传，缺少统一的发布时限提醒。",
  "针对执法公示不完整的问题，{ny}年一季度上线统一公示模块，设置七日到期提醒，由司法部门每月通报。",
  "围绕优化法治文化阵地，{ny}年一季度新建一处法治主题广场，设置宣传栏目，由宣传部门每月更新内容。"))
D("short_econ_f/caizheng", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是财政收支平衡难度加大，{y}年税收收入同比下滑，保运转压力较大。",
    "二是产业结构不够优化，传统产业比重偏高，新兴产业项目落地慢。",
    "三是外贸出口受市场影响明显，{m1}家外贸企业订单减少。"]))
D("short_disguised_f/yaoqiu", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是我们对法治工作要求过于严格，经常主动加码，干部压力偏大。",
    "二是{unit}法治建设亮点太多，总结提炼宣传推广的工作跟不上。",
    "三是各项法治工作推进得太快，群众适应新制度需要一定时间。"]))
D("short_hollow_f/taohua", "lower", lambda d: op_replace_part(d, "shortcomings", [
    "对标新时代新要求，我们的工作还有一些不足，", "主要是有的工作还不够深入细致，",
    "有的方面同先进地区相比尚有距离，", "创新意识和工作水平仍需进一步提升。"], ratio=1.0))

# ================================================================== 6. plans
D("plan_copy_f/verbatim", "lower", lambda d: op_plan_copy_measures(d, pick="odd", shift_year=True))
PLAN_DATED_F = ["围绕{kp}，{ny}年3月底前由司法部门牵头制定整改方案，明确责任人和验收标准，11月组织复核。",
                "对{kp}这一问题，{ny}年上半年完成摸底，下半年分批整改，每季度向{unit}政府常务会议报告进度。"]
PLAN_BARE_F = ["围绕{kp}，进一步加大工作力度，不断完善相关制度机制，推动整体工作迈上更高水平，取得更好成效。",
               "对{kp}这一问题，坚持高标准、严要求，一以贯之、驰而不息，努力实现工作水平整体跃升。"]
P("pair_plan_dated_vs_undated_f/a", lambda d: op_plan_pair_tpls(d, PLAN_DATED_F, PLAN_BARE_F))
P("pair_plan_answer_vs_copy_f/a", lambda d: op_plan_copy_pair(d, PLAN_DATED_F))

# ================================================================== 7. form-only edits (same content)
D("same_f/cjk_digit_spaces", "same", lambda d: op_cjk_digit_spaces(d))
D("same_f/tab_indent", "same", lambda d: op_tab_indent(d))
D("same_f/corner_quotes", "same", lambda d: op_corner_quotes(d))
D("same_f/sentence_gap", "same", lambda d: op_sentence_gap(d))
