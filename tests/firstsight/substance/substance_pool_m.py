"""Thirteenth substance set (M): every case definition of the set and the random split into a tuning
part (substance_edits_m.py) and a held part (substance_edits_m_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J/K/L: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_m.py counts such rows).

SPLIT_SEED fixes the split: the definitions of each family (invariance, down, padding, pair) are
shuffled with one random.Random(SPLIT_SEED) and cut in half (the odd one to the held part), so both parts
have every family.  `python3 substance_pool_m.py` writes split-m.json; the split was committed before any
run of the tool on an edited text.

star=True marks an idea no earlier set tried in this form (★ in README-m.md, with caveats there).
"""
import json
import random
import sys
from pathlib import Path

from edit_lib_l import op_verb_synonyms
from edit_lib_m import (
    FR,
    op_copy_plan_to_measures,
    op_counted_unfinished,
    op_drop_subtitle_lines,
    op_fr_boilerplate,
    op_pad_para,
    op_pair_para,
    op_pair_short_append,
    op_pct_decimal,
    op_plan_boilerplate,
    op_plan_pair_items,
    op_short_mirror,
)

SPLIT_SEED = 20261207_13

DEFS = []   # (family, star, case, why)


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


def D(family, name, star, expected, make, why, margin=0.5):
    DEFS.append((family, star, (name, "directional", expected, _checked(make, "directional"), margin), why))


def P(name, star, make, why, margin=0.5):
    DEFS.append(("pair", star, (name, "pair", "a_higher", _checked(make, "pair"), margin), why))


# ================================================================== invariance (form only)
D("same", "same_m/pct_decimal", True, "same", lambda d: op_pct_decimal(d),
  "95% and 95.0% are one figure; a reviewer reads the same result.")
D("same", "same_m/total_words", False, "same", lambda d: op_verb_synonyms(d, [
  ("全年", "年内"), ("累计", "总共"), ("积极", "主动")]),
  "全年/年内, 累计/总共 and 积极/主动 say the same of the same work (全年 and 累计 are no proof of "
  "completion that 年内 and 总共 lack).")
D("same", "same_m/drop_subtitles", True, "same", lambda d: op_drop_subtitle_lines(d),
  "the measures' own sub-heading lines (short slogans over each item) removed, every body kept: the "
  "work reported is the same; a reviewer judges substance from the bodies.")

# ================================================================== directional down
D("down", "fr_boilerplate_m/siqin", True, "lower", lambda d: op_fr_boilerplate(d, [
  "主要负责同志对法治工作中的重大事项做到亲自研究、亲自把关、亲自推动、亲自检查。",
  "主要负责同志把法治工作同经济发展一体安排、一体推进、一体考评。",
  "主要负责同志扛起领导法治政府建设的主体之责，做依法行政的表率。"]),
  "the principal's concrete acts (dates, counts, named meetings) replaced by the 规定's duty wording "
  "said as done: copied boilerplate proves nothing about this year.")
D("down", "short_mirror_m/tisheng", True, "lower", lambda d: op_short_mirror(d,
  "<t>方面，对标更高要求，离上级期望还有一段距离。"),
  "each real problem replaced by one of the measures' own titles with '仍存在进一步提升的空间': the 不足 "
  "no longer names anything found, it mirrors the headings.")
D("down", "unfinished_m/weijie", True, "lower", lambda d: op_counted_unfinished(d, [
  "，但截至年底这些工作仍在推进之中，一项也没有办结",
  "，不过到年末为止还处在进行阶段，尚未形成最终结果"]),
  "every counted measure said to be still under way with nothing finished: the counts are not results.")
D("down", "plan_boilerplate_m/mubiao", True, "lower", lambda d: op_plan_boilerplate(d, [
  "{ny}年，我们将紧扣法治政府建设总体目标，推动政府职能持续优化、权责边界更加清晰，"
  "让行政决策更加科学民主合法，让执法既有力度又有温度，让监督制约覆盖权力运行全链条。",
  "到{ny}年底，力求各项权力都在阳光下运行，为建成更高水平的法治政府夯实根基。"]),
  "the plan replaced by the 纲要's aims copied word for word: no item answers a stated problem, none "
  "has an owner, a date or a measure.")

# ================================================================== padding must not raise
D("pad", "pad_overview_m/gaikuang", True, "not_higher", lambda d: op_pad_para(d, "measures",
  "本{unit}辖区面积约{n1}0平方公里，下辖{m1}个片区，常住人口{n2}万左右，境内交通便利、物产丰饶，"
  "{y}年经济运行总体平稳，各项社会事业稳步发展。", where="start"),
  "a geographic and economic profile put before the measures: background, no act of rule-of-law work.")
D("pad", "pad_honours_m/rongyu", True, "not_higher", lambda d: op_pad_para(d, "measures",
  "{y}年，本{unit}还先后荣获全省平安建设先进集体、市级文明单位、年度综合考核优秀等次等{m1}项荣誉，"
  "多项经验被上级转发推广。"),
  "honours unrelated to rule of law listed at the end of the measures: a reviewer gives nothing for them.")
D("pad", "pad_history_m/licheng", True, "not_higher", lambda d: op_pad_para(d, "measures",
  "回顾历史，从一九八九年行政诉讼法颁布，到二〇〇四年国务院部署全面推进依法行政，再到党的十八届四中全会"
  "作出全面推进依法治国的重大决定，我国依法行政之路走过了极不平凡的历程。", where="start"),
  "national history of 依法行政 put before the measures: general knowledge, nothing the issuer did.")
D("pad", "pad_plan_in_results_m/jinyibu", True, "not_higher", lambda d: op_copy_plan_to_measures(d,
  "在此基础上，我们还着眼长远作了安排："),
  "the plan's first sentences (next year's tasks) copied into the measures: intentions mixed into this "
  "year's results must not count as results.")
D("pad", "pad_fr_meetings_m/canhui", False, "not_higher", lambda d: op_pad_para(d, FR,
  "全年，{head}参加各类会议{n1}次，出席有关活动{m1}场，听取情况汇报{m2}次，圈阅各类文件{n2}份。"),
  "the principal's attendance counts (meetings, events, reports heard, papers initialled) added to the "
  "FR part: presence, not acts of leading rule-of-law work.")
D("pad", "pad_thanks_m/ganxie", True, "not_higher", lambda d: op_pad_para(d, "next_year",
  "在此，谨向一年来关心支持我{unit}法治政府建设的各级领导、各位同仁和社会各界朋友致以诚挚谢意！"),
  "a closing paragraph of thanks: courtesy, no content.")

# ================================================================== pairs: the better version scores higher
P("pair_fr_followup_m/huifang", True, lambda d: op_pair_para(d, FR,
  "{y}年{m1}月，{lead}就行政执法投诉集中的问题主持专题会，当场明确{m2}项整改任务和责任单位，"
  "三个月后亲自带队回访核查，已完成的过半，其余列入督办清单逐月跟踪。",
  "{y}年{m1}月，{lead}就行政执法投诉集中的问题主持专题会，对做好相关工作提出了明确要求，"
  "强调各单位要高度重视、认真抓好落实。"),
  "the same meeting: A assigns tasks and owners and checks them later; B only makes demands.")
P("pair_cause_evidence_m/chouzha", True, lambda d: op_pair_short_append(d,
  "执法文书不规范的问题反复出现，我们抽查了{n1}0份文书并访谈{m1}名执法人员，发现差错多出自新入职人员，"
  "而他们上岗前只参加过半天培训。",
  "执法文书不规范的问题反复出现，主要原因在于部分执法人员业务能力有待提高、培训工作还不够到位。"),
  "both name a cause; A shows how it was found (files checked, staff asked) and who it concerns.")
P("pair_plan_means_m/shouduan", True, lambda d: op_plan_pair_items(d,
  ["针对{kp}，{ny}年由{dept}牵头编制问题清单，逐项列明整改措施，每季度通报一次进度。",
   "聚焦{kp}，{ny}年建立专人跟踪、按月调度机制，对{m1}个重点单位逐一上门指导。"],
  ["针对{kp}，{ny}年要着力加以解决，确保取得实实在在的成效。",
   "聚焦{kp}，{ny}年要下大力气切实改进，争取有个明显的改观。"]),
  "one item per stated problem, same year: A says by what means and who; B echoes the problem.")
P("pair_shufa_content_m/zhiwen", True, lambda d: op_pair_para(d, FR,
  "{y}年12月，{head}在年终述法中逐一说明本级被复议纠错的{m1}起案件及整改情况，"
  "现场回答{n1}名代表的提问，会后把{m2}条意见转为下年度工作任务。",
  "{y}年12月，{head}在年终述法中对全年法治政府建设工作作了总体回顾，表示今后将继续努力。"),
  "the same 述法: A reports named failures, answers questions and turns comments into tasks; B is a "
  "general review.")
P("pair_comments_adopted_m/caina", True, lambda d: op_pair_para(d, "measures",
  "{y}年出台的{m1}项重大行政决策均通过政府网站面向社会征集意见，共收到建议{n1}条，采纳{n2}条并据此修改了"
  "{m2}处内容，未采纳的逐条说明理由。",
  "{y}年出台的{m1}项重大行政决策均通过政府网站面向社会征集意见，征集到的建议已汇总整理、存档备查。"),
  "public comment on the same decisions: A shows the comments changed the decisions; B files them.")


# ================================================================== the split
FAMILIES = ("same", "down", "pad", "pair")


def split(seed=SPLIT_SEED):
    """{'tune': [case, ...], 'held': [case, ...]}: each family shuffled and cut in half (the odd one to
    the held part)."""
    rng = random.Random(seed)
    parts = {"tune": [], "held": []}
    for fam in FAMILIES:
        cs = [c for f, _, c, _ in DEFS if f == fam]
        rng.shuffle(cs)
        half = len(cs) // 2
        parts["tune"].extend(cs[:half])
        parts["held"].extend(cs[half:])
    return parts


def is_star(case_name):
    return next(s for _, s, c, _ in DEFS if c[0] == case_name)


def cases(part):
    return split()[part]


def write_split(path=Path(__file__).with_name("split-m.json")):
    parts = split()
    out = {"seed": SPLIT_SEED,
           "tune": [c[0] for c in parts["tune"]],
           "held": [c[0] for c in parts["held"]]}
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    json.dump(write_split(), sys.stdout, ensure_ascii=False, indent=1)
    print()
