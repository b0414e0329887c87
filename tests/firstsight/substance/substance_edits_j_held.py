"""Tenth substance set (J), HELD part: other wordings of the tuning part's ideas, and ideas of its own
(a plan that only asks for money and posts; the nation's new laws listed as the year's work; the
principal's acts vs his written instructions only; months zero-padded, 百分之 with digits and 余 → 逾
as form-only edits).  Do not tune on it.

Same format and expectations as substance_edits_j.py; every wording differs from sets A, C–I and from
the tuning part (check_overlap_j.py checks the earlier sets).
"""
from edit_lib import op_replace_part
from edit_lib_c import op_actor, op_pair_append
from edit_lib_d import FR, op_fr_modal, op_insert, op_pair_insert
from edit_lib_f import op_plan_pair_tpls
from edit_lib_h import op_hollow_report, op_items_kp
from edit_lib_i import op_mark_counted
from edit_lib_j import op_counts_elsewhere, op_pair_insert_levels, op_pair_table_prose, op_pct_words, op_yu_before, op_zero_months

CASES = []


def D(name, expected, make, margin=0.5):
    CASES.append((name, "directional", expected, make, margin))


def P(name, make, margin=0.5):
    CASES.append((name, "pair", "a_higher", make, margin))


def S(name, make, margin=0.5):
    """A pair whose two sides say the same thing in two forms: |A - B| <= margin."""
    CASES.append((name, "pair", "same", make, margin))


# ================================================================== 1. credited work added (baseline)
D("add_j/zhengfu_hetong", "higher", lambda d: op_insert(d, "measures",
  "{y}年对以政府名义签订的{n1}份协议逐份把关，删改显失公平的条款{m1}0处，避免了后续纠纷。"))
D("add_fr_j/jiaoban", "higher", lambda d: op_insert(d, FR,
  "{y}年{head}到{m1}个执法窗口暗访，对发现的推诿扯皮现象当场交办，{m2}天内全部反馈办理结果。"))

# ================================================================== 2. completions made conditional
D("cond_counted_j/pizhun", "lower", lambda d: op_mark_counted(d,
  prefix="只要上级编制部门批复同意，", suffix="，即可落地"))
P("pair_done_vs_conditional_j/b", lambda d: op_pair_insert(d, "measures",
  "{y}年在{m1}个乡镇设立法律服务驿站，站点开门后接待咨询{n1}0人次。",
  "假如场地问题年内得以解决，打算在{m1}个乡镇设立法律服务驿站，预计接待咨询{n1}0人次。"))

# ================================================================== 3. figures that cannot be relied on
D("estimate_counted_j/dagai", "lower", lambda d: op_mark_counted(d, suffix="（这些数量是大概其的说法，并无台账支撑）"))
P("pair_exact_vs_range_j/b", lambda d: op_pair_insert(d, "measures",
  "{y}年审查涉企执法检查计划{n1}份，合并同类检查{m1}次。",
  "{y}年审查涉企执法检查计划几份到几十份，合并同类检查少则{m1}次多则{n2}次。"))
D("annex_counts_j/fujian", "lower", lambda d: op_counts_elsewhere(d, "（数量详附件）"))
S("same_table_vs_prose_j/b", lambda d: op_pair_table_prose(d, "measures",
  "{y}年审核重大行政决策{m1}项，审查政府合同{n1}份，提出书面法律意见{n2}条。",
  [("重大行政决策审核（项）", "{m1}"), ("审查政府合同（份）", "{n1}"), ("书面法律意见（条）", "{n2}")],
  "合法性审核工作量\t{y}年"))
P("pair_consistent_vs_contradict_j/b", lambda d: op_pair_insert(d, "measures",
  "{y}年组织执法资格考试，报名{n1}0人，其中考试合格{n2}人，颁发执法证{n2}人。",
  "{y}年组织执法资格考试，报名{m1}人，其中考试合格{n1}0人，颁发执法证{n2}0人。"))
D("pad_impossible_rate_j/jiean", "not_higher", lambda d: op_insert(d, "measures",
  "{y}年本{unit}行政复议案件结案率为1{m1}5%，复议决定履行率达到2{m2}0%，均创历史新高。"))

# ================================================================== 4. a power the level does not hold
P("pair_power_j/guizhang", lambda d: op_pair_insert_levels(d, "measures",
  "{y}年本{unit}对{m1}件行政规范性文件作了清理，废止{m2}件、修改{m1}件，清理结果向社会公布。",
  "{y}年本{unit}颁布实施了{m1}部单行条例，另以政府令形式发布规章{m2}件。"))

# ================================================================== 5. problems found: fixed or only found
P("pair_found_fixed_vs_found_j/b", lambda d: op_pair_insert(d, "measures",
  "{y}年抽查涉企执法检查{n1}次，发现重复检查、随意检查{m1}起，均已责令改正并对责任人作出处理。",
  "{y}年抽查涉企执法检查{n1}次，发现重复检查、随意检查{m1}起。"))
P("pair_rectify_counted_vs_blanket_j/b", lambda d: op_pair_insert(d, "measures",
  "上年法治督察反馈的{m1}条意见，{y}年已落实{m2}条，未落实的逐条写明原因和新的期限。",
  "上年法治督察反馈的意见，在{y}年都已得到彻底落实，再无遗留。"))
P("pair_outcome_vs_output_j/b", lambda d: op_pair_insert(d, "measures",
  "{y}年推行说理式执法文书，因处罚引发的复议申请数同比减少{m1}件，降幅{p1}%。",
  "{y}年推行说理式执法文书，印制文书样本{n1}0本，召开推广会{m1}场。"))
P("pair_lawsuit_outcome_vs_count_j/b", lambda d: op_pair_insert(d, "measures",
  "{y}年审结复议案件{n1}件，决定撤销或变更{m1}件，纠错情况均书面反馈原承办机关。",
  "{y}年审结复议案件{n1}件，案卷全部按规定装订归档。"))

# ================================================================== 6. the 第一责任人 part
FR_AUDIENCE_B = ["{head}到会聆听了法治专题报告，", "参加了宪法宣传周启动仪式并合影留念，",
                 "陪同上级检查组察看了执法窗口，", "在座谈时对相关工作给予了充分肯定，",
                 "勉励大家再接再厉。"]
D("fr_audience_only_j/b", "lower", lambda d: op_replace_part(d, FR, FR_AUDIENCE_B, ratio=1.0))
P("pair_fr_acts_vs_audience_j/b", lambda d: op_pair_append(d, FR,
  "{y}年{head}牵头督办{m1}件逾期未履行的生效判决，逐件明确履行时限，年底前全部履行完毕。",
  "{y}年{head}参加各类法治活动{m1}场，在启动仪式上致辞，与参会人员亲切交流。"))
D("fr_actor_j/sifa", "lower", lambda d: op_actor(d, "司法所所长"))
D("fr_modal_j/dengdai", "lower", lambda d: op_fr_modal(d, suffix="，眼下尚在等候时机、未付诸行动"))
# ★ (held's own) the principal's acts vs written instructions only
P("pair_fr_acts_vs_pishi_j/a", lambda d: op_pair_append(d, FR,
  "{y}年{head}召集{m1}个部门现场协调{m2}起行政争议，当场明确各方责任，争议随后撤诉。",
  "{y}年{head}在{m1}份行政争议的来信上圈阅，写下了“请阅处”等意见。"))

# ================================================================== 7. the 不足 part
D("short_public_j/b", "lower", lambda d: op_items_kp(d, [
    "<kp>方面，症结在于辖区居民学法懂法的热情不高。",
    "<kp>方面，部分市场主体重效益轻合规，屡教不改。"]))
D("short_objective_j/b", "lower", lambda d: op_items_kp(d, [
    "<kp>方面，囿于本地人口外流、老龄化严重的现状。",
    "<kp>这块，产业基础薄弱、税源单一，底子拖累了工作。"]))
P("pair_short_own_vs_public_j/b", lambda d: op_pair_append(d, "shortcomings",
  "还有，{y}年有{m1}起行政强制未经集体讨论即实施，程序上存在明显缺陷。",
  "还有，少数外来务工人员流动性强，对法律宣传往往听不进去、记不下来。"))

# ================================================================== 8. plans
D("plan_econ_j/b", "lower", lambda d: op_replace_part(d, "next_year", [
    "{ny}年确保地区生产总值增长{p1}%左右，", "新开工重点项目{m1}个，", "社会消费品零售总额稳中有升，",
    "财政收入再上新台阶，", "奋力夺取经济社会发展双胜利。"], ratio=1.0))
P("pair_plan_measurable_j/b", lambda d: op_plan_pair_tpls(d,
  ["瞄准{kp}，{ny}年内把相关差错压降到{m1}件以内，半年小结一次。",
   "瞄准{kp}，{ny}年10月底前覆盖全部{n1}个执法单位，年终对账。"],
  ["瞄准{kp}，{ny}年内把相关差错压降到较低水平，半年小结一次。",
   "瞄准{kp}，{ny}年10月底前尽量扩大覆盖面，年终对账。"]))
P("pair_plan_own_vs_superior_j/b", lambda d: op_plan_pair_tpls(d,
  ["围绕{kp}，{ny}年3月前由{dept}制定本级实施细则并抓好落地。",
   "围绕{kp}，{dept}于{ny}年8月底前完成复核并形成报告。"],
  ["围绕{kp}，静待上级政策明朗后，届时照章办理。",
   "围绕{kp}，视上级部门的安排，到时候看情况再说。"]))
# ★ (held's own) a plan that only asks for money and posts
P("pair_plan_tasks_vs_asks_j/a", lambda d: op_plan_pair_tpls(d,
  ["对于{kp}，{ny}年5月底前由{dept}列出任务清单，逐项限时完成。",
   "对于{kp}，{ny}年11月前由{dept}组织一次专项复查并通报结果。"],
  ["对于{kp}，{ny}年计划申请追加专项经费，争取再增加人员编制。",
   "对于{kp}，{ny}年打算向上争取资金项目，补齐办公设备缺口。"]))
D("plan_slogan_j/b", "lower", lambda d: op_replace_part(d, "next_year", [
    "明年，全体干部要拿出只争朝夕的精气神，", "铆足力气往前冲，",
    "在法治赛道上跑出加速度，", "向群众递上一份沉甸甸的成绩单。"], ratio=1.0))

# ================================================================== 9. padding and a hollow report
D("pad_selfscore_j/b", "not_higher", lambda d: op_insert(d, "measures",
  "经单位自查自评，本年度法治建设各项指标完成率均为满分，综合自评为“好”的等次，位列第一梯队。"))
D("pad_definition_j/b", "not_higher", lambda d: op_insert(d, "measures",
  "需要说明的是，包容审慎监管，指的是对新业态给予一定观察期、不急于处罚的监管方式；"
  "柔性执法，指的是以提醒、告诫、约谈等非强制手段为主的执法方式。"))
# ★ (held's own) the nation's new laws listed as the year's work
D("pad_national_laws_j/a", "not_higher", lambda d: op_insert(d, "measures",
  "{y}年国家层面新制定修订了多部法律，涵盖行政复议、监督执法等方面，为本{unit}工作提供了有力遵循。"))
D("pad_formula_j/b", "not_higher", lambda d: op_insert(d, "measures",
  "放眼全{unit}，依法行政的理念如春风化雨、润物无声，干事创业的热情竞相迸发，"
  "一幅法治画卷正徐徐展开。"))
P("pair_nonlaw_j/nongye", lambda d: op_pair_insert(d, "measures",
  "{y}年开展涉企收费专项检查{n1}次，清退违规收费{m1}0万元，约谈收费单位{m2}家。",
  "{y}年粮食播种面积{n1}万亩，高标准农田新增{m1}千亩，农业增加值稳步提高。"))
HOLLOW_JB = {
    "measures": ["这一年法治事业捷报频传，", "各项改革落地生根、开花结果，",
                 "全{unit}依法办事的风气蔚然成风。"],
    FR: ["一把手对法治这件事格外上心，", "事事冲在前面、扛在肩上，",
         "树立了抓法治的鲜明导向。"],
    "shortcomings": ["客观来讲，与先进地区比还有一定距离，",
                     "有的工作还没有完全达到预期，", "在某些方面仍然存在提升空间。"],
    "next_year": ["往后一年，全体人员锚定目标、接续奋斗，", "拿出更足的干劲，",
                  "让法治底色越擦越亮。"],
}
D("hollow_report_j/b", "lower", lambda d: op_hollow_report(d, HOLLOW_JB), margin=10.0)

# ================================================================== 10. ★ form only (held's own forms)
D("same_j/zero_months", "same", lambda d: op_zero_months(d))
D("same_j/pct_digits", "same", lambda d: op_pct_words(d, digits=True))
D("same_j/yu_before", "same", lambda d: op_yu_before(d))
