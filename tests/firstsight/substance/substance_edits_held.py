"""HELD-OUT set of substance edits for fzscore.  Keep aside: do not tune rules on these cases.

Same case format as substance_edits.py: (name, kind, expected, make, margin).
Contains (a) whole ideas absent from the tuning set and (b) different wordings of tuned ideas.
"""
import re

from edit_lib import (op_fr_actor, op_fr_intent, op_replace_part, op_replace_part_paras, op_items_append,
                      op_items_rewrite, op_measures_insert, op_plan_copy_measures, op_vague_to_figures,
                      op_adjectives_only, op_plan_year, op_pair_same_place, op_plan_answer_pair, op_hollow,
                      append_to_part, delete_sentences, edit_items, fmt, insert_para, problem_items)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


# ================================================================ (b) new wordings of tuned ideas
D("fr_intent/yao", "lower", lambda d: op_fr_intent(d, "要"))
D("fr_intent/xiabu", "lower", lambda d: op_fr_intent(d, "下一步打算"))
D("fr_deputy/zongzhiban", "lower", lambda d: op_fr_actor(d, "综治办"))
D("fr_deputy/fazhiyuan", "lower", lambda d: op_fr_actor(d, "分管副职和法治工作联络员"))
D("fr_restated/duty_d", "lower", lambda d: op_replace_part(d, "first_responsible", [
    "作为第一责任人，主要负责同志要切实担负起推进法治建设的政治责任，把党的领导贯彻到法治建设全过程和各方面。",
    "要坚持抓住领导干部这个关键少数，健全学法用法制度，带动班子成员依法履职。",
    "要把法治建设纳入发展总体规划和年度工作计划，做到与中心工作同部署同落实。",
    "要加强对法治建设工作的督促检查，对工作不力、问题较多的部门和单位及时约谈提醒。"]))
D("causes_stock/dandang", "not_higher", lambda d: op_items_append(d, [
    "问题的根源在于政治站位还不够高，对法治建设的极端重要性认识不足。",
    "问题的根源在于个别干部存在畏难情绪，干事创业的精气神不足。"]))
D("causes_stock/zijue", "not_higher", lambda d: op_items_append(d, [
    "这主要是因为部分同志学法用法的自觉性不强，钻研业务不够。",
    "这主要是因为对新形势新任务研究不深，工作方法比较传统。"]))
D("short_disguised/jingyi", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是干部对工作精益求精，投入精力过多，部分同志连续加班，休息时间不足。",
    "二是各项工作推进速度快、质量要求高，总结提炼经验的时间相对紧张。",
    "三是群众对我{unit}法治工作的期望越来越高，我们还需再接再厉、更上一层楼。"]))
D("measures_partybuild/hongse", "not_higher", lambda d: op_measures_insert(d,
    "持续推进“红色网格”建设，设立党员先锋岗{n1}个，组建党员突击队{m1}支，累计开展党员志愿服务活动{n2}场，"
    "慰问困难党员和老党员{n3}人。"))
D("measures_polstudy/jilv", "not_higher", lambda d: op_measures_insert(d,
    "扎实开展党纪学习教育，班子成员逐章学习党纪条规，召开警示教育大会{m1}场，组织观看警示教育片{m2}部，"
    "开展交流研讨{n1}次，撰写学习体会{n2}篇。"))
D("plan_copy_achievements/odd", "lower", lambda d: op_plan_copy_measures(d, "odd"))
D("plan_slogans/xinpian", "lower", lambda d: op_replace_part(d, "next_year", [
    "新的一年，我们将以永不懈怠的精神状态和一往无前的奋斗姿态，",
    "锚定目标不放松、咬定青山不松劲，全力以赴抓落实、争先进位创一流，以法治之力护航高质量发展。"], ratio=0.5))
D("vague_to_figures/quanbu", "higher", lambda d: op_vague_to_figures(d, [
    "全年行政复议收案{n1}件、审结{n1}件，直接纠错{m1}件；行政应诉{m2}件，负责人出庭{m2}件。",
    "抽查评查行政执法案卷{n2}卷，合格率{p1}%，通报问题案卷{m3}卷。"]))
P("pair_rol_vs_econ_figures/c", lambda d: op_pair_same_place(d,
    "全年开展行政执法检查{n1}0次，办理行政处罚案件{n2}件，法制审核重大执法决定{m1}件，行政执法人员持证率100%。",
    "全年实现农业总产值{n1}.{m1}亿元，引进项目{m2}个，完成税收{n2}亿元，城乡居民人均可支配收入增长{m3}.{m2}%。"))
P("pair_plan_answers/c", lambda d: op_plan_answer_pair(d,
    ["对{kp}问题，{ny}年4月底前出台整改措施清单，配齐专门人员，年内组织2轮专项评估并公开结果。"],
    ["对{kp}工作，{ny}年4月底前出台工作措施清单，配齐专门人员，年内组织2轮专项评估并公开结果。"],
    ["城市内涝防治", "老旧小区加装电梯", "农贸市场提升", "乡村旅游厕所", "集贸市场计量", "公园绿地养护"]))
D("hollow_all/c", "lower", lambda d: op_hollow(d, [
    "紧紧围绕中心、服务大局，推动工作提质增效。", "在思想上高度重视，在行动上迅速落实。",
    "认识有待进一步深化，举措有待进一步细化。", "奋力开创新局面，展现新作为。"]), margin=10.0)
D("normdoc_review_add/w3", "higher", lambda d: op_measures_insert(d,
    "建立行政规范性文件“三统一”制度，全年统一登记、统一编号、统一印发规范性文件{m1}件，事前合法性审核率100%。"))
D("major_decision_add/w3", "higher", lambda d: op_measures_insert(d,
    "对{m1}项重大行政决策事项开展社会稳定风险评估，就{m2}项决策草案公开征求意见，收到并采纳意见{n1}条。"))
D("three_systems_add/w3", "higher", lambda d: op_measures_insert(d,
    "行政执法决定信息在{y}年内全部于7个工作日内公示，共{n1}0条；{m1}件重大执法决定均经法制审核后作出。"))
D("recon_correction_add/w3", "higher", lambda d: op_measures_insert(d,
    "行政复议案件{n1}件中被撤销{m1}件、责令履行{m2}件，纠错率{p1}%，对被纠错的执法单位逐一约谈。"))
D("shufa_add/w3", "higher", lambda d: append_to_part(d, "first_responsible", fmt(d,
    "{y}年12月，{head}在{unit}人大常委会会议上专题报告法治政府建设情况，并在年度述职中述法，接受评议。"),
    exclude=()) if d.has("first_responsible") else None)
D("rectify_last_year_add/w3", "higher", lambda d: op_measures_insert(d,
    "对照上年度报告所列问题，{y}年逐项跟踪整改，{m1}项整改任务中已完成{m1}项，整改情况在政府网站公开。"))
D("fr_concrete_add/w3", "higher", lambda d: append_to_part(d, "first_responsible", fmt(d,
    "{y}年5月和11月，{lead}两次主持召开全面依法治{unit}委员会会议，审议法治建设工作要点；{head}全年批示督办法治建设事项{m1}件。"),
    exclude=()) if d.has("first_responsible") else None)
D("adjectives_only/xianzhu", "lower", lambda d: op_adjectives_only(d, "一批", "明显提高"))
D("specific_problem_add/w3", "higher", lambda d: append_to_part(d, "shortcomings", fmt(d,
    "另外，{y}年行政复议纠错{m1}件，集中在行政处罚程序告知不到位，暴露出执法人员程序意识薄弱。"), exclude=())
    if d.has("shortcomings") else None)
D("causes_concrete/add_b", "higher", lambda d: op_items_append(d, [
    "主要原因是执法人员中具有法律职业资格的仅{m1}人，占比不到{p1}%，且近两年新进人员未经系统培训。",
    "原因在于镇村两级调解组织没有专门经费，{y}年调解员补贴人均不足{n1}0元，积极性不高。"]))
P("pair_causes_concrete_vs_stock/b", lambda d: (
    op_items_append(d, ["主要原因是合法性审核只配备兼职人员{m1}名，审核周期平均长达{n1}天。",
                        "原因在于案卷评查标准未细化到文书格式，{y}年未组织专门培训。"]),
    op_items_append(d, ["主要原因是对法治建设重视不够，思想上有松懈情绪。",
                        "原因在于工作标准不高，抓落实的力度不够。"])) if d.has("shortcomings") else None)
# outdated framing, other wording: the expired 2021-2025 纲要 named as governing the next year's plan
D("outdated_framing_add/plan", "lower", lambda d: insert_para(d, "next_year", fmt(d,
    "{ny}年，继续以《法治政府建设实施纲要（2015—2020年）》确定的目标任务为统领推进各项工作。"), exclude=(),
    where="start") if d.has("next_year") else None)

# ================================================================ (a) whole ideas not in the tuning set
# 不足 replaced by economic problems
D("short_economic/zhaoshang", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是招商引资力度不够，全年新签约项目数量未达预期，重大产业项目落地偏少。",
    "二是财政收入增长乏力，税源结构单一，可用财力紧张。",
    "三是项目建设进度偏慢，部分重点项目征地拆迁推进困难。"]))
D("short_economic/touzi", "lower", lambda d: op_replace_part_paras(d, "shortcomings", [
    "一是经济总量偏小，规模以上工业企业数量少，产业结构不优。",
    "二是固定资产投资增速回落，民间投资意愿不强。",
    "三是农民增收渠道单一，村级集体经济收入偏低。"]))
# 负责人出庭应诉率 with its base
D("court_rate_add/w1", "higher", lambda d: op_measures_insert(d,
    "全年发生行政诉讼案件{m1}件，行政机关负责人应出庭{m1}件、实际出庭{m1}件，出庭应诉率100%；败诉1件，败诉率{p1}%。"))
D("court_rate_add/w2", "higher", lambda d: op_measures_insert(d,
    "严格落实行政机关负责人出庭应诉制度，{m2}件行政诉讼案件均由负责人出庭，并同步组织{n1}名干部旁听庭审。"))
D("court_rate_remove/all", "lower", lambda d: delete_sentences(d, ["measures", "first_responsible"], r"出庭|应诉"))
# 法律顾问
D("legal_adviser_add/w1", "higher", lambda d: op_measures_insert(d,
    "聘请{m1}家律师事务所担任政府法律顾问，全年出具法律意见书{n1}份，审查合同协议{n2}份，参与重大项目谈判{m2}次。"))
D("legal_adviser_add/w2", "higher", lambda d: op_measures_insert(d,
    "实现村（社区）法律顾问全覆盖，{n1}名法律顾问全年开展法律咨询{n2}0人次、参与调解纠纷{n3}件。"))
D("legal_adviser_remove/all", "lower", lambda d: delete_sentences(d, ["measures", "first_responsible"], r"法律顾问"))
# wrong plan year (the plan states the report year itself, or two years ahead)
D("wrong_plan_year/same_year", "lower", lambda d: op_plan_year(d, d.year))
D("wrong_plan_year/plus2", "lower", lambda d: op_plan_year(d, d.year + 2))
# 重成绩轻问题: only the first problem kept
def _trim(d):
    if not d.has("shortcomings"):
        return None
    n = [0]

    def fn(item, k):
        n[0] += 1
        return item if k == 0 else ""
    r = edit_items(d, fn)
    return r if n[0] >= 2 else None
D("problem_trim/first_only", "lower", _trim)
# figures with denominators vs the same claims without any base
P("pair_denominators/a", lambda d: op_pair_same_place(d,
    "全年受理行政复议申请{n1}件，其中纠错{m1}件，纠错率{p1}%；{m2}件行政诉讼案件中负责人出庭{m2}件，出庭率100%。",
    "全年纠错行政复议案件{m1}件，负责人出庭应诉{m2}件，行政争议化解工作成效明显，群众满意度不断提升。"))
# 合同/协议 范本 (a credited legal-review act that happens to use the word 范本)
D("contract_model_add/w1", "higher", lambda d: op_measures_insert(d,
    "制定并推广使用{m1}类行政协议范本，全年审查政府合同{n1}份，提出法律风险提示{n2}条。"))
D("contract_model_add/w2", "higher", lambda d: op_measures_insert(d,
    "编制执法文书模板{m1}套并组织全员培训，全年执法文书规范率提升到{p1}%以上。".replace("{p1}%以上", "9{m2}%")))
