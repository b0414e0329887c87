"""Tenth substance set (J), TUNING part: directional, pairwise and invariance edits (CheckList-style).

Written from the domain (/work/shared/docs/domain.md, issues 25/26, the corpus) without reading fzscore's
code, rubric data or rubric docs.  Case format as in substance_edits_i.py: (name "idea/wording", kind,
expected, make, margin).  Expectations: lower | not_higher | higher | a_higher | same (|delta| <= margin);
a pair may also expect `same` (|A - B| <= margin: the same content in two forms).
Every wording is new: no 8-character run is shared with the wordings of the earlier sets (A, C–I), apart
from names of rules and terms (checked by check_overlap_j.py).
New ideas (★ in README-j.md): completions made conditional (every counted sentence, and as a pair),
figures given as an estimate, exact counts vs ranges, figures deferred to an attachment the report does
not have, the same figures in a table vs in prose, figures that contradict themselves (其中 larger than
the whole; a rate above 100 %), a power the level does not hold (地方性法规/规章 made by a county),
problems found with and without their rectification, last year's problems rectified with counts vs a
blanket claim, an outcome of the work vs its output, the 第一责任人 as audience only (alone and as a
pair), the 不足 blamed on the public (alone and as a pair), a plan of economic targets, a plan with a
measurable target vs one without, a plan of own tasks vs one waiting for the superior, a self-assessed
score and term definitions as padding, and five form-only rewrites (dates with dots, 余 → 多, integer
percentages in words, thousands separators, 顿号 written as commas).
The held part is substance_edits_j_held.py (other wordings and ideas of its own); do not tune on it.
"""
from edit_lib import op_replace_part
from edit_lib_c import op_actor, op_pair_append
from edit_lib_d import FR, op_fr_modal, op_insert, op_pair_insert
from edit_lib_f import op_plan_pair_tpls
from edit_lib_h import op_hollow_report, op_items_kp
from edit_lib_i import op_mark_counted
from edit_lib_j import (
    op_counts_elsewhere,
    op_date_dots,
    op_dunhao,
    op_pair_insert_levels,
    op_pair_table_prose,
    op_pct_words,
    op_thousands,
    op_yu_duo,
)

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


def S(name, make, margin=0.5):
    """A pair whose two sides say the same thing in two forms: |A - B| <= margin."""
    CASES.append((name, "pair", "same", make, margin))


# ================================================================== 1. credited work added (baseline)
D("add_j/jizhun", "higher", lambda d: op_insert(d, "measures",
  "{y}年梳理修订行政裁量权基准{n1}项并在政务网站公开，细化到每一档的处罚幅度，全年据此办案{m1}00余件。"))
D("add_fr_j/yuetan", "higher", lambda d: op_insert(d, FR,
  "{y}年，{head}就行政诉讼败诉案件逐一约谈{m1}个败诉机关负责人，要求限期说明原因并报送整改结果。"))

# ================================================================== 2. ★ completions made conditional
D("cond_counted_j/jingfei", "lower", lambda d: op_mark_counted(d,
  prefix="倘若年内配套经费能够落实，", suffix="，届时方可见效"))
P("pair_done_vs_conditional_j/a", lambda d: op_pair_insert(d, "measures",
  "{y}年上线运行执法全过程记录调阅系统，接入执法单位{n1}个，系统启用后调阅执法案卷{m1}00余卷。",
  "执法全过程记录调阅系统如能在{y}年内通过验收，计划接入执法单位{n1}个，调阅执法案卷{m1}00余卷。"))

# ================================================================== 3. ★ figures that cannot be relied on
D("estimate_counted_j/gusuan", "lower", lambda d: op_mark_counted(d, suffix="（上述数字系凭印象估算，尚待核对）"))
P("pair_exact_vs_range_j/a", lambda d: op_pair_insert(d, "measures",
  "{y}年办结行政裁决案件{n1}件，平均用时{m1}个工作日。",
  "{y}年办结行政裁决案件{m1}到{n2}0件不等，用时长短不一。"))
D("annex_counts_j/fubiao", "lower", lambda d: op_counts_elsewhere(d, "（数据见附表）"))
S("same_table_vs_prose_j/a", lambda d: op_pair_table_prose(d, "measures",
  "{y}年行政复议收案{n1}件、审结{n2}件，行政应诉出庭{m1}件。",
  [("行政复议收案（件）", "{n1}"), ("行政复议审结（件）", "{n2}"), ("行政应诉出庭（件）", "{m1}")],
  "{y}年行政复议与应诉情况\t数量"))
P("pair_consistent_vs_contradict_j/a", lambda d: op_pair_insert(d, "measures",
  "{y}年登记依申请公开事项{n1}0件，其中按期作出答复{n1}0件，决定公开{n2}件。",
  "{y}年登记依申请公开事项{m1}件，其中按期作出答复{n1}0件，决定公开{n2}0件。"))
D("pad_impossible_rate_j/manyi", "not_higher", lambda d: op_insert(d, "measures",
  "{y}年第三方测评显示，企业群众对本{unit}执法行为的满意度达1{m1}0%，投诉办结率为1{m2}0%。"))

# ================================================================== 4. ★ a power the level does not hold
P("pair_power_j/fagui", lambda d: op_pair_insert_levels(d, "measures",
  "{y}年本{unit}起草行政规范性文件{m1}件，均经司法行政部门合法性审核后才印发。",
  "{y}年本{unit}自行制定出台地方性法规{m1}部、政府规章{m2}部，填补了相关领域的制度空白。"))

# ================================================================== 5. ★ problems found: fixed or only found
P("pair_found_fixed_vs_found_j/a", lambda d: op_pair_insert(d, "measures",
  "{y}年评查行政处罚案卷{n1}0卷，查出文书不规范等问题{n2}个，已逐一退回整改，复查全部合格。",
  "{y}年评查行政处罚案卷{n1}0卷，查出文书不规范等问题{n2}个。"))
P("pair_rectify_counted_vs_blanket_j/a", lambda d: op_pair_insert(d, "measures",
  "对上年度报告自查出的{m1}个问题，已销号{m2}个，余下的列明了完成时限和牵头单位。",
  "对上年度报告自查出的问题，全都已整改完毕，效果十分明显。"))
P("pair_outcome_vs_output_j/a", lambda d: op_pair_insert(d, "measures",
  "{y}年组织执法人员业务轮训{n1}场，年底执法案卷抽评优良率比年初提升{p1}个百分点。",
  "{y}年组织执法人员业务轮训{n1}场，发放学习资料{n2}0册，营造了浓厚氛围。"))
P("pair_lawsuit_outcome_vs_count_j/a", lambda d: op_pair_insert(d, "measures",
  "{y}年以本{unit}行政机关为被告的一审案件{n1}件，判决败诉{m1}件，对败诉原因逐案作了复盘。",
  "{y}年以本{unit}行政机关为被告的一审案件{n1}件，均按时提交了答辩状和证据材料。"))

# ================================================================== 6. the 第一责任人 part
FR_AUDIENCE = ["{head}出席了全{unit}法治工作推进会并听取汇报，", "到场观摩了法治文艺汇演，",
               "列席了有关部门的法治培训开班仪式，", "在会上认真听取了各单位的情况介绍，",
               "对大家的辛勤付出表示感谢。"]
D("fr_audience_only_j/a", "lower", lambda d: op_replace_part(d, FR, FR_AUDIENCE, ratio=1.0))
P("pair_fr_acts_vs_audience_j/a", lambda d: op_pair_append(d, FR,
  "{y}年{head}亲自审定{m1}项重大行政决策的合法性审查意见，否决了其中{m2}项程序缺项的事项。",
  "{y}年{head}出席法治工作推进会{m1}次，认真听取了相关单位的情况汇报，并到场观摩。"))
D("fr_actor_j/bangong", "lower", lambda d: op_actor(d, "政府办公室副主任"))
D("fr_modal_j/nianmo", "lower", lambda d: op_fr_modal(d, suffix="，相关安排还在酝酿中，有待年末统筹"))

# ================================================================== 7. the 不足 part
D("short_public_j/a", "lower", lambda d: op_items_kp(d, [
    "<kp>方面，主要是部分群众遇事不找法、办事想走捷径。",
    "<kp>方面，根子在于一些经营主体守法观念淡漠、规则意识差。"]))
D("short_objective_j/a", "lower", lambda d: op_items_kp(d, [
    "<kp>方面，受地处山区、交通不便等先天条件所限。",
    "<kp>方面，本地可用财力有限，这是短期内无法改变的客观现实。"]))
P("pair_short_own_vs_public_j/a", lambda d: op_pair_append(d, "shortcomings",
  "此外，{y}年有{m1}件重大行政决策未按要求开展风险评估就上会，程序意识不强。",
  "此外，个别群众法治素养偏低，动辄缠访闹访，给依法行政增添了阻力。"))

# ================================================================== 8. plans
D("plan_econ_j/a", "lower", lambda d: op_replace_part(d, "next_year", [
    "{ny}年力争招引亿元以上项目{m1}个，", "固定资产投资增长{p1}%，", "新增规上企业{m2}家，",
    "城乡居民收入与经济增长同步，", "全力冲刺全年经济发展目标。"], ratio=1.0))
P("pair_plan_measurable_j/a", lambda d: op_plan_pair_tpls(d,
  ["针对{kp}，{ny}年9月前使相关指标达到{p1}%以上，按季调度落实情况。",
   "针对{kp}，{ny}年底前完成{n1}件专项整改，逐件建档备查。"],
  ["针对{kp}，{ny}年9月前使相关状况有明显改观，按季调度落实情况。",
   "针对{kp}，{ny}年底前取得阶段性成效，逐步建档备查。"]))
P("pair_plan_own_vs_superior_j/a", lambda d: op_plan_pair_tpls(d,
  ["针对{kp}，由{dept}在{ny}年上半年拿出具体办法并组织实施。",
   "针对{kp}，{ny}年二季度前由{dept}完成全面排查。"],
  ["针对{kp}，待上面的配套细则下发后再琢磨具体办法。",
   "针对{kp}，等省里统一部署后{ny}年再视情跟进。"]))
D("plan_slogan_j/a", "lower", lambda d: op_replace_part(d, "next_year", [
    "来年全体同志当满怀豪情、勇毅前行，", "在法治轨道上奋力奔跑，",
    "用实干托举法治梦想，", "书写新时代法治建设的崭新篇章。"], ratio=1.0))

# ================================================================== 9. padding and a hollow report
D("pad_selfscore_j/a", "not_higher", lambda d: op_insert(d, "measures",
  "对照本年度考核细则逐项打分，本{unit}法治政府建设自评得分98.5分，自评等次为优秀。"))
D("pad_definition_j/a", "not_higher", lambda d: op_insert(d, "measures",
  "所谓行政裁量权基准，是指行政机关依法对裁量权的适用条件、情节、幅度等予以细化量化的具体标准；"
  "所谓告知承诺，是指申请人以书面形式承诺符合条件，行政机关据此办理的方式。"))
D("pad_formula_j/a", "not_higher", lambda d: op_insert(d, "measures",
  "全{unit}上下坚持守正创新、笃行不怠，拿出了一往无前的闯劲、滴水穿石的韧劲，"
  "法治之花在这片热土上处处绽放。"))
P("pair_nonlaw_j/zhaoshang", lambda d: op_pair_insert(d, "measures",
  "{y}年办理行政许可事项{n1}00件，其中即办件{n2}0件，超期办结为零。",
  "{y}年新签约招商项目{n1}个，协议引资{n2}亿元，开工建设{m1}个。"))
HOLLOW_J = {
    "measures": ["一年来法治建设的每一步都走得坚实有力，", "各方齐心协力、同频共振，",
                 "呈现出蹄疾步稳、亮点纷呈的良好态势。"],
    FR: ["主要领导念兹在兹、事事过问，", "以上率下、率先垂范，",
         "为全{unit}法治建设定好了向、把好了舵。"],
    "shortcomings": ["对照新形势新任务，工作中仍有一些不相适应的地方，",
                     "个别环节用力不够均衡，", "有些干部的本领还需要再提高。"],
    "next_year": ["展望明年，我们信心满满、干劲十足，", "将以更高站位、更实举措，",
                  "奋力开创法治建设新局面。"],
}
D("hollow_report_j/a", "lower", lambda d: op_hollow_report(d, HOLLOW_J), margin=10.0)

# ================================================================== 10. ★ form only: the same substance in other shapes
D("same_j/date_dots", "same", lambda d: op_date_dots(d))
D("same_j/yu_duo", "same", lambda d: op_yu_duo(d))
D("same_j/pct_words", "same", lambda d: op_pct_words(d))
D("same_j/thousands", "same", lambda d: op_thousands(d))
D("same_j/dunhao", "same", lambda d: op_dunhao(d))
