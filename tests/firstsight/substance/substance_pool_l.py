"""Twelfth substance set (L): every case definition of the set and the random split into a tuning part
(substance_edits_l.py) and a held part (substance_edits_l_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J/K: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_l.py counts such rows).

SPLIT_SEED fixes the split: the definitions of each family (invariance, down, padding, pair) are
shuffled with one random.Random(SPLIT_SEED) and cut in half (the odd one to the held part), so both parts
have every family.  The split was committed before any run of the tool.

star=True marks an idea no earlier set tried in this form (★ in README-l.md, with caveats there).
"""
import random

from edit_lib_c import op_pair_append
from edit_lib_d import FR, op_pair_insert
from edit_lib_f import op_plan_pair_tpls
from edit_lib_l import (
    op_copy_fr_to_measures,
    op_counts_cn,
    op_forecast_counts,
    op_formula_each_para,
    op_fr_delete_concrete,
    op_generic_causes,
    op_intent_rotating,
    op_other_actor,
    op_pad_part,
    op_pad_short_achievements,
    op_retraction,
    op_retro_year,
    op_split_long_paras,
    op_swap_last_paras,
    op_vague_counts,
    op_verb_synonyms,
)

SPLIT_SEED = 20261207_12

DEFS = []   # (family, star, case)


def _checked(make, kind):
    def f(d):
        r = make(d)
        if r is None:
            return None
        if kind == "pair":
            a, b = r
            if a is None or b is None or a == b or a == d.text or b == d.text:
                return None
            return r
        return None if r == d.text else r
    f.raw = make
    return f


def D(family, name, star, expected, make, margin=0.5):
    DEFS.append((family, star, (name, "directional", expected, _checked(make, "directional"), margin)))


def P(name, star, make, margin=0.5):
    DEFS.append(("pair", star, (name, "pair", "a_higher", _checked(make, "pair"), margin)))


# ================================================================== invariance (form only)
D("same", "same_l/verb_synonyms", True, "same", lambda d: op_verb_synonyms(d, [
    ("开展", "进行"), ("举办", "举行"), ("印发", "下发"), ("制定", "制订"), ("召开", "举行")]))
D("same", "same_l/swap_paras", False, "same", lambda d: op_swap_last_paras(d))
D("same", "same_l/split_paras", False, "same", lambda d: op_split_long_paras(d))
D("same", "same_l/counts_cn", False, "same", lambda d: op_counts_cn(d))

# ================================================================== directional down
D("down", "intent_rotating_l/niji", True, "lower", lambda d: op_intent_rotating(d,
  ["拟", "计划", "将", "争取", "准备", "打算", "力争"]))
D("down", "forecast_counts_l/youwang", True, "lower", lambda d: op_forecast_counts(d,
  ["预计可达", "有望达到", "估计能有"]))
D("down", "retro_year_l/shangnian", True, "lower", lambda d: op_retro_year(d, "早在{py}年，"))
D("down", "other_actor_l/paizhu", True, "lower", lambda d: op_other_actor(d, [
  "由{sup}派驻的专项工作组一手包办，", "{sup}抽调力量直接到本{unit}组织实施，"]))
D("down", "retraction_l/weiluodi", True, "lower", lambda d: op_retraction(d,
  "需要说明的是，前文所列<t>等事项，经年底复核实际上都没有落地，文中数字系年初计划数。"))
D("down", "vague_counts_l/kekuan", False, "lower", lambda d: op_vague_counts(d,
  ["为数不少", "数量可观", "相当一批"], "较高比例"))
D("down", "generic_causes_l/renshi", False, "lower", lambda d: op_generic_causes(d, [
  "究其根由，主要还是思想重视程度有待提升。", "归根到底是责任意识尚需增强所致。"]))
D("down", "fr_delete_concrete_l/a", False, "lower", lambda d: op_fr_delete_concrete(d))

# ================================================================== padding must not raise
D("pad", "pad_plan_l/pianzhang", True, "not_higher", lambda d: op_pad_part(d, "next_year",
  "新的一年，我们要以只争朝夕的劲头和久久为功的韧劲，把法治的理念融入{unit}域治理的方方面面，"
  "让尊法学法守法用法在全社会蔚然成风，奋力书写新时代法治建设的崭新篇章。"))
D("pad", "pad_short_generic_l/lishi", True, "not_higher", lambda d: op_pad_part(d, "shortcomings",
  "上述问题，有的由来已久，有的是新近显现，虽然表现形式各异，但都需要我们以刀刃向内的勇气"
  "正视它、以更加务实的举措破解它。"))
D("pad", "pad_short_achievements_l/chengji", True, "not_higher", lambda d: op_pad_short_achievements(d,
  "当然也要清醒看到，{y}年我们", "，这些成绩的取得殊为不易，更凸显出补齐短板的紧迫性。"))
D("pad", "pad_humblebrag_l/haoli", False, "not_higher", lambda d: op_pad_part(d, "shortcomings",
  "此外，个别亮点工作离尽善尽美尚有毫厘之差；由于成效突出，前来观摩交流的兄弟单位络绎不绝，"
  "接待任务偏重，一定程度上挤占了干部的精力。"))
D("pad", "pad_formula_each_l/guanchuan", True, "not_higher", lambda d: op_formula_each_para(d,
  "始终把党的领导贯穿法治政府建设各方面全过程，"))
D("pad", "pad_copy_fr_l/tongshi", False, "not_higher", lambda d: op_copy_fr_to_measures(d,
  "与此同时，在面上工作中，"))

# ================================================================== pairs: the better version scores higher
P("pair_done_vs_intent_l/pingtai", True, lambda d: op_pair_insert(d, "measures",
  "{y}年建成执法监督数字化平台并投入使用，汇集执法数据{n1}00条，对超期未结的{m1}起案件发出预警。",
  "{y}年拟建设执法监督数字化平台并计划投入使用，争取汇集执法数据{n1}00条，力争对超期未结的{m1}起案件发出预警。"))
P("pair_self_vs_other_l/juanzong", True, lambda d: op_pair_insert(d, "measures",
  "{y}年{dept}抽调骨干，对全{unit}{m1}个执法部门的{n1}0本行政处罚卷宗逐本过筛，发现问题{n2}处，已全部督促改正。",
  "{y}年上级司法行政机关派出工作组，对全{unit}{m1}个执法部门的{n1}0本行政处罚卷宗逐本过筛，发现问题{n2}处。"))
P("pair_measured_vs_hoped_l/cepin", True, lambda d: op_pair_insert(d, "measures",
  "{y}年在处罚决定书中写明裁量理由后，委托第三方抽样回访{n1}0名当事人，对决定书的认可度比上年提高{p1}个百分点。",
  "{y}年在处罚决定书中写明裁量理由后，当事人的认可度有望稳步提高，预计今后会逐步显现出较好的效果。"))
P("pair_short_concrete_vs_generic_l/fuyi", False, lambda d: op_pair_append(d, "shortcomings",
  "{y}年被复议纠错的{m1}起案件中，有{m2}起出自同一个执法中队且都是未听取陈述申辩，说明一线辅助执法人员的程序培训没有跟上。",
  "执法规范化水平与新形势新任务的要求相比仍有一定差距。"))
P("pair_plan_target_vs_bare_l/fucha", False, lambda d: op_plan_pair_tpls(d,
  ["围绕{kp}，{dept}于{ny}年9月底前出台整改办法，年底前完成对{n1}个单位的复核。",
   "围绕{kp}，{ny}年二季度由{dept}组织{m1}场专项培训，参训率不低于95%。"],
  ["围绕{kp}，{dept}出台整改办法，做好对相关单位的复核。",
   "围绕{kp}，由{dept}组织专项培训，努力提高参训率。"]))
P("pair_outcome_vs_activity_l/shuoli", False, lambda d: op_pair_insert(d, "measures",
  "{y}年在{m1}个执法部门试行轻微违法告知承诺制，涉及的{n1}家市场主体此后无一再犯，相关投诉件数同比减少{p1}%。",
  "{y}年在{m1}个执法部门试行轻微违法告知承诺制，印发了工作方案并召开了一次动员会。"))


# ================================================================== the split
FAMILIES = ("same", "down", "pad", "pair")


def split(seed=SPLIT_SEED):
    """{'tune': [case, ...], 'held': [case, ...]}: each family shuffled and cut in half."""
    rng = random.Random(seed)
    parts = {"tune": [], "held": []}
    for fam in FAMILIES:
        cs = [c for f, _, c in DEFS if f == fam]
        rng.shuffle(cs)
        half = len(cs) // 2
        parts["tune"].extend(cs[:half])
        parts["held"].extend(cs[half:])
    return parts


def is_star(case_name):
    return next(s for _, s, c in DEFS if c[0] == case_name)


def cases(part):
    return split()[part]
