"""Fifteenth substance set (O): every case definition of the set and the random split into a tuning
part (substance_edits_o.py) and a held part (substance_edits_o_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J–N: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_o.py counts such rows).

SPLIT_SEED fixes the split: the definitions of each family (invariance, down, padding, pair) are
shuffled with one random.Random(SPLIT_SEED) and cut in half; a family's odd one goes to the tuning part
and the held part in turn (first odd family: tuning), so both parts have every family and about half
the definitions.  `python3 substance_pool_o.py` writes split-o.json; the split was committed before any
run of the tool on an edited text.

star=True marks an idea no earlier set tried in this form (★ in README-o.md, with caveats there).
"""
import json
import random
import sys
from pathlib import Path

from edit_lib_o import (
    FR,
    op_drop_opening,
    op_fr_own_part,
    op_generic_laws,
    op_generic_organs,
    op_pad_para_o,
    op_pair_para_o,
    op_plan_jixu_repeat,
    op_round_figures,
    op_swap_two_blocks,
    op_third_person,
)

SPLIT_SEED = 20261207_15

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
D("same", "same_o/third_person", True, "same", lambda d: op_third_person(d),
  "the measures and the FR part told in the third person: 我们 and 我镇/我县 (the issuer's own level) "
  "written with the issuer's place name (新浦镇).  The same acts by the same issuer; a press-release "
  "voice is no less and no more work. [set N wrote 我县 as 本县; here the named third person, 我们 too]")
D("same", "same_o/swap_two_blocks", False, "same", lambda d: op_swap_two_blocks(d),
  "two adjacent sub-parts of the measures (heading and paragraphs) exchanged, the enumerators left in "
  "their places: the same work in another order. [set H reversed all sub-parts; here one adjacent pair]")
D("same", "same_o/fr_own_part", True, "same", lambda d: op_fr_own_part(d),
  "the 第一责任人 part, embedded as a sub-part of the measures, moved out as it stands into a top-level "
  "part of its own right after the measures (numbers shifted, same words): both layouts are common and "
  "the principal's work is the same.")
D("same", "same_o/drop_opening", True, "same", lambda d: op_drop_opening(d),
  "the opening paragraph (the summary before the first part) deleted: it restates the guiding ideas and "
  "the year's aim, while every part with its work stays.  Small or no change (margin 1.0: the opening "
  "may sum up a result or two).", margin=1.0)

# ================================================================== directional down
D("down", "vague_law_o/xiangguan", True, "lower", lambda d: op_generic_laws(d, "相关法律法规"),
  "every named law or regulation in the measures and FR part (《行政处罚法》, 《…条例》) replaced by "
  "相关法律法规: the report no longer says which rules it studied, applied or enforced; a reviewer can "
  "check nothing. [set K paired added sentences naming a law vs 相关法律法规; here the real report's "
  "own names are blurred]")
D("down", "vague_organ_o/youguan", True, "lower", lambda d: op_generic_organs(d, "有关部门"),
  "every named organ in the measures and FR part (县司法局, 镇司法所, 派出所, 市场监管局 …) replaced by "
  "有关部门: who did the work and who answers for it is gone.")
D("down", "plan_echo_o/jixu", True, "lower", lambda d: op_plan_jixu_repeat(d, "继续"),
  "every line of the next-year plan replaced by 继续 + the lead sentence of a measures paragraph, in "
  "order: the plan is this year's work repeated, with no new item, no answer to the stated problems. "
  "[set G replaced the plan by the measures' titles behind stock verbs and set N appended 继续 + "
  "titles; here every line of the plan is 继续 + the measures' own sentence]")

# ================================================================== padding must not raise
D("pad", "pad_praise_o/pishi", True, "not_higher", lambda d: op_pad_para_o(d, "measures",
  "这一年的工作多次受到上级肯定：市里一位主要领导在调研时称赞“这里的依法行政工作抓得实、有特色”，"
  "分管领导也在简报上批示“思路清晰，值得各地借鉴”。"),
  "praise quoted from superiors at the end of the measures: another's opinion of the work, not work; no "
  "act, figure or outcome is added.")
D("pad", "pad_history_o/yange", True, "not_higher", lambda d: op_pad_para_o(d, "measures",
  "本{unit}建制历史较长，清代即设有集市，新中国成立后几经区划调整，现辖{n1}个村（社区），"
  "国土面积{c1}平方公里，常住人口约{k1}万，是远近闻名的农产品集散地。", where="start"),
  "a paragraph of the unit's background and history (when founded, villages, area, population) at the "
  "start of the measures: figures, but none about the year's rule-of-law work.")
D("pad", "round_o/yue", True, "not_higher", lambda d: op_round_figures(d, "约"),
  "every count of 11 or more in the measures and FR part rounded behind 约 (1,774 -> 约1800; tens, "
  "hundreds, two significant figures): the work is the same, but the figures can no longer be checked "
  "against a ledger.  Not invariance: a reviewer may fairly mark rounded claims a little down, and must "
  "never mark them up, so `not_higher`.")

# ================================================================== pairs: the better version scores higher
P("pair_fr_acts_vs_duties_o/lvxing", True, lambda d: op_pair_para_o(d, FR,
  "{lead}{y}年3月主持召开专题会议审定本{unit}法治建设要点，7月带队旁听{k2}起行政诉讼案件庭审，"
  "11月就{m1}件合法性审查未通过的文件逐件约谈起草科室负责人。",
  "{lead}全年履行了谋划部署法治建设的职责，履行了对重大法治问题过问协调的职责，"
  "履行了督促落实和述法的职责。"),
  "the principal's part: A tells dated, concrete acts (a meeting chaired in March, trials attended in "
  "July, talks on failed reviews in November); B only lists the duties of the 规定 in the past tense "
  "(履行了…职责).  Naming a duty is not showing it was done.")
P("pair_self_found_vs_copied_o/duchafankui", True, lambda d: op_pair_para_o(d, "shortcomings",
  "{dept}{y}年下半年把全部{c1}份行政处罚案卷自己逐卷翻了一遍，查出{c2}份告知程序缺项、证据链"
  "不完整，占{r1}%，这是我们自查发现的问题。",
  "上级法治督察组抽查{c1}份行政处罚案卷后反馈指出，其中{c2}份告知程序缺项、证据链不完整，"
  "占{r1}%，现将督察反馈意见原文列入本部分。"),
  "the same problem with the same figures: A found by the issuer's own review of its files; B copied "
  "from the superior's 督察 findings.  A report whose problems are only what others found shows no "
  "self-examination; a reviewer credits A.")
P("pair_plan_in_year_vs_beyond_o/kuanian", True, lambda d: op_pair_para_o(d, "next_year",
  "{ny}年6月底前把现行规范性文件逐件梳理一遍，9月底前实现执法案卷网上评查全覆盖，"
  "12月底前对{k1}个执法单位开展一轮法治督察。",
  "{ny2}年6月底前把现行规范性文件逐件梳理一遍，{ny3}年实现执法案卷网上评查全覆盖，"
  "{ny3}年底前对{k1}个执法单位开展一轮法治督察。"),
  "the next-year plan with the same three tasks: A dated within the plan's year; B dated two and three "
  "years later, so nothing of it is due in the year the plan is for.  A plan for next year that falls "
  "due beyond it is no plan for the year.")


def op_para_short(d, a, b):
    return op_pair_para_o(d, "shortcomings", a, b)


# ================================================================== the split
FAMILIES = ("same", "down", "pad", "pair")


def split(seed=SPLIT_SEED):
    """{'tune': [case, ...], 'held': [case, ...]}: each family shuffled and cut in half; a family's odd
    one goes to the tuning part and the held part in turn."""
    rng = random.Random(seed)
    parts = {"tune": [], "held": []}
    odd_to = ["tune", "held"]
    k = 0
    for fam in FAMILIES:
        cs = [c for f, _, c, _ in DEFS if f == fam]
        rng.shuffle(cs)
        half = len(cs) // 2
        if len(cs) % 2:
            if odd_to[k % 2] == "tune":
                half += 1
            k += 1
        parts["tune"].extend(cs[:half])
        parts["held"].extend(cs[half:])
    return parts


def is_star(case_name):
    return next(s for _, s, c, _ in DEFS if c[0] == case_name)


def why(case_name):
    return next(w for _, _, c, w in DEFS if c[0] == case_name)


def cases(part):
    return split()[part]


def write_split(path=Path(__file__).with_name("split-o.json")):
    parts = split()
    out = {"seed": SPLIT_SEED,
           "tune": [c[0] for c in parts["tune"]],
           "held": [c[0] for c in parts["held"]]}
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    json.dump(write_split(), sys.stdout, ensure_ascii=False, indent=1)
    print()
