"""Fourteenth substance set (N): every case definition of the set and the random split into a tuning
part (substance_edits_n.py) and a held part (substance_edits_n_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J–M: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_n.py counts such rows).

SPLIT_SEED fixes the split: the definitions of each family (invariance, down, padding, pair) are
shuffled with one random.Random(SPLIT_SEED) and cut in half; a family's odd one goes to the tuning part
and the held part in turn (first odd family: tuning), so both parts have every family and about half
the definitions.  `python3 substance_pool_n.py` writes split-n.json; the split was committed before any
run of the tool on an edited text.

star=True marks an idea no earlier set tried in this form (★ in README-n.md, with caveats there).
"""
import json
import random
import sys
from pathlib import Path

from edit_lib_n import (
    FR,
    op_copy_para_other,
    op_drop_block,
    op_inline_titles,
    op_num_space,
    op_pad_para_n,
    op_pair_para_n,
    op_paperwork,
    op_plan_jixu_append,
    op_self_ref,
    op_short_one_para,
    op_short_repeat,
)

SPLIT_SEED = 20261207_14

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
D("same", "same_n/inline_titles", True, "same", lambda d: op_inline_titles(d),
  "each sub-heading line of the measures run into the start of its own body paragraph (a full stop "
  "added): the same words in the same order, only the line break is gone; many published reports print "
  "their titles that way.")
D("same", "same_n/self_ref", True, "same", lambda d: op_self_ref(d),
  "我县/我镇/我市 written 本县/本镇/本市 in the measures and FR part: the same issuer speaking of itself.")
D("same", "same_n/num_space", True, "same", lambda d: op_num_space(d),
  "a space between each count and its unit (12件 -> 12 件), as text typed on a western keyboard or "
  "pasted from a sheet: the same figures.")
D("same", "same_n/short_one_para", True, "same", lambda d: op_short_one_para(d),
  "the 不足 part's problems, each on its own line, run together into one paragraph: the same problems "
  "in the same words. [set D merged measures paragraphs; here the 不足 part]")

# ================================================================== directional down
D("down", "paperwork_n/fawen", True, "lower", lambda d: op_paperwork(d, [
  "围绕<t>，起草了专门的工作方案，随后以文件形式下发了通知",
  "就<t>而言，本年度主要是出台了一份实施意见，并印发了任务分工表",
  "对<t>，先后制发了工作要点和配套的推进通知，对各项要求作了书面安排"]),
  "every counted measures sentence (what was done and how much) replaced by papers on the same work: "
  "a plan drafted, a notice issued.  Issuing documents is the start of work, not its outcome; a report "
  "whose measures are all paperwork shows no results.")
D("down", "short_repeat_n/yuanyang", True, "lower", lambda d: op_short_repeat(d,
  "（这一条与{py}年度报告里的写法一字不差，问题至今原样存在）"),
  "each problem marked as copied word for word from last year's report and still standing: a year of "
  "整改 changed nothing and no fresh self-examination was made.  A reviewer marks that down.")
D("down", "drop_block_n/shanchu", True, "lower", lambda d: op_drop_block(d),
  "the longest whole sub-part of the measures (its heading and all its paragraphs) deleted, the later "
  "ones renumbered: an area of the year's work is simply no longer reported.")

# ================================================================== padding must not raise
D("pad", "pad_law_facts_n/tiaowen", False, "not_higher", lambda d: op_pad_para_n(d, "measures",
  "据了解，《行政处罚法》于1996年3月17日由八届全国人大四次会议审议通过，2021年1月22日"
  "修订后全文共八章八十六条；《行政许可法》于2003年8月27日通过，全文共八章八十三条。"),
  "facts about two national laws (when adopted, how many chapters and articles) at the end of the "
  "measures: dates and figures, but nothing the issuer did. [set J added definitions of terms; here "
  "dated, counted facts about laws]")
D("pad", "pad_outline_n/mulu", True, "not_higher", lambda d: op_pad_para_n(d, "measures",
  "下面分几个方面来汇报：先讲{y}年在依法行政上做了哪些事、见了哪些效，再讲两位主要领导同志如何抓法治，"
  "然后讲工作中的短板，最后讲{ny}年的打算。", where="start"),
  "an outline of the report put before the measures: it names the parts, it adds no work (and it must "
  "not be taken for the parts themselves).")
D("pad", "pad_plan_jixu_n/jixu", False, "not_higher", lambda d: op_plan_jixu_append(d,
  "总的来说，来年要"),
  "a closing plan paragraph that is the measures' own titles with 继续 in front: it answers no stated "
  "problem and gives no means, owner or date. [set G replaced the plan by the titles behind stock "
  "verbs; here it is added to the real plan]")
D("pad", "pad_copy_other_n/chongfu", False, "not_higher", lambda d: op_copy_para_other(d,
  "另外值得一提的是，"),
  "the measures' first counted paragraph copied under the last sub-heading: the same work told twice "
  "is still done once. [set G repeated the richest paragraph at the end; here the first one, behind a "
  "link phrase, under another heading]")

# ================================================================== pairs: the better version scores higher
P("pair_base_vs_rate_n/jishu", True, lambda d: op_pair_para_n(d, "measures",
  "{y}年，本{unit}受理行政复议申请{c1}件，已全部按期审结，其中以调解、和解方式结案{c2}件，占{r1}%。",
  "{y}年，本{unit}行政复议案件按期审结率达100%，以调解、和解方式结案的比例为{r1}%。"),
  "the same results: A gives the counts the rates stand on; B gives the rates only, with no base (100% "
  "of how many?).  A reviewer trusts and credits the rate with its base. (A is longer by its counts.)")
P("pair_cause_own_vs_external_n/guizui", True, lambda d: op_para_short(d,
  "究其根源，在于我们自己把关不严：{y}年新进的{k1}名执法人员中有{k2}名没有经过考试就领证上岗，"
  "案卷评查也只覆盖了部分科室。",
  "究其根源，在于上级布置的任务多、时限紧，基层编制少、经费紧，加之辖区情况复杂，客观条件制约明显。"),
  "both explain the problems; A finds the cause in the issuer's own practice (and can be fixed by it), "
  "B blames superiors and objective conditions only: no self-examination.")
P("pair_inspection_rectify_n/taizhang", True, lambda d: op_pair_para_n(d, "measures",
  "对{py}年度法治督察指出的{k1}个问题，{dept}逐项建立整改台账，明确责任人和完成时限，目前已销号{k2}个，"
  "其余{kd}个已制定分阶段方案、每月通报进度。",
  "对{py}年度法治督察指出的问题，我们高度重视、立行立改，已全部整改到位，得到了督察组的充分肯定。"),
  "the 整改 of last year's 督察 findings: A counts them, keeps a ledger, says what is closed and what is "
  "left; B claims everything is fixed, with nothing to check.")
P("pair_complaint_checked_vs_referred_n/zhuanjiao", True, lambda d: op_pair_para_n(d, "measures",
  "{y}年收到涉及行政执法的投诉举报{c1}件，{dept}逐件调阅案卷、约谈当事执法人员，查实{c2}件，"
  "对相关人员作出处理，并把核查结果书面答复投诉人。",
  "{y}年收到涉及行政执法的投诉举报{c1}件，已按照职责分工全部转交相关单位办理，确保每件都有人接手。"),
  "the same complaints: A checks them itself, finds some well founded, acts and answers the "
  "complainants; B passes them on.  Passing on is no supervision.")
P("pair_fr_outcome_vs_paperwork_n/tingzhi", False, lambda d: op_pair_para_n(d, FR,
  "{lead}针对征地拆迁中程序不规范的问题，召集相关部门逐案复核，叫停了{k2}个未经合法性审查的项目，"
  "补正程序后方才重启。",
  "{lead}针对征地拆迁中程序不规范的问题，签发了专项工作方案，印发了关于规范程序的通知，要求各部门遵照执行。"),
  "the principal on the same problem: A stops unlawful projects after a case-by-case review; B signs a "
  "plan and a notice.  An outcome, not paperwork, shows the 第一责任人 at work. [set L paired an outcome "
  "vs a plan issued in the measures; here in the FR part, with a stop order]")

P("pair_exam_vs_attend_n/bukao", False, lambda d: op_pair_para_n(d, "measures",
  "{y}年对{c1}名持证执法人员进行法律知识闭卷考核，{c2}人未达合格线，已暂停其执法资格，待重新考核通过后再上岗。",
  "{y}年组织{c1}名持证执法人员参加法律知识集中轮训，课堂气氛热烈，大家纷纷表示收获很大。"),
  "the same staff: A tests them and acts on the result (failures taken off enforcement until they pass); "
  "B reports attendance and mood.  A reviewer credits the tested outcome. [sets D/E/I used a test with "
  "retakes as the credited side against other topics; here against plain attendance]")


def op_para_short(d, a, b):
    return op_pair_para_n(d, "shortcomings", a, b)


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


def write_split(path=Path(__file__).with_name("split-n.json")):
    parts = split()
    out = {"seed": SPLIT_SEED,
           "tune": [c[0] for c in parts["tune"]],
           "held": [c[0] for c in parts["held"]]}
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    json.dump(write_split(), sys.stdout, ensure_ascii=False, indent=1)
    print()
