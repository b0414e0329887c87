"""Twenty-eighth substance set (AB): the whole report as a blind reviewing office judges it -- the principal's
part (第一责任人: the principal's own dated, counted deeds vs a deputy's or the staff's; deeds told as
routines; study of the principal's speeches vs the principal's acts), the shortfalls and causes (不足和原因:
a year's target missed with figures vs a vague gap; a cause that names a fixable mechanism vs one that says
the problem again; a generic list of failings; causes that restate their item), the plan (an item with owner,
deadline and measure vs a restatement of the outline's aims; an item that answers a stated shortfall vs one
that ignores them) and the measures (figures for the year vs figures with no time frame; outcomes for
citizens vs outputs of the unit; one act counted twice) -- with invariance under rewrites not tried before
(two counted clauses swapped inside a sentence, small counts in Chinese numerals outside the measures, the
year phrase moved after the subject), under the three CheckList test types and pairs, with ideas and
wordings no earlier set (A-AA) used.  Every case definition of the set, the documents it is applied to, and
the random split of the case x document rows into a tuning part (substance_edits_ab.py) and a held part
(substance_edits_ab_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J-AA: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each `make` is wrapped by `_checked` (as set AA): a directional edit that leaves the text unchanged, or a
pair whose two sides are equal or equal to the report, gives None (the row is dropped before the split).

Documents (`docs()`): the 5 complete dev reports and every labelled report page whose measures part is
located (edit_lib.load_pages()); only the dev reports carry the shortfalls and plan parts.  Rows (`rows()`):
per definition every dev report the edit applies to and at most PAGE_CAP = 10 of the pages it applies to,
drawn at random (random.Random(SPLIT_SEED + 1)).

The split is by ROW (case x document), as in sets P-AA: per definition its rows shuffled with one
random.Random(SPLIT_SEED) (definitions in file order), the first round(0.4 * k) to the tuning part (at least
one when k >= 2, never all), the rest to the held part.  `python3 substance_pool_ab.py` writes split-ab.json,
committed before any run of the tool.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ab import (
    FR, M, PL, SH,
    op_explanation_restated_ab,
    op_double_count_ab,
    op_fr_habit_ab,
    op_items_tautology_ab,
    op_pad_para_ab,
    op_pair_ab,
    op_small_counts_hanzi_ab,
    op_swap_counted_clauses_ab,
    op_year_after_subject_ab,
)

SPLIT_SEED = 20261207_28
TUNE_SHARE = 0.4

DEFS = []   # (family, star, case, why)


def _checked(make, kind, a_may_be_report=False):
    def f(d):
        r = make(d)
        if r is None:
            return None
        if kind == "pair":
            a, b = r
            if a is None or b is None or a == b or b == d.text or (a == d.text and not a_may_be_report):
                return None
            return r
        return None if r == d.text else r
    f.raw = make
    return f


def D(family, name, star, expected, make, why, margin=0.5):
    DEFS.append((family, star, (name, "directional", expected, _checked(make, "directional"), margin), why))


def P(name, star, make, why, margin=0.5, a_may_be_report=False):
    DEFS.append(("pair", star, (name, "pair", "a_higher", _checked(make, "pair", a_may_be_report), margin),
                 why))


# ================================================================== the principal's part (第一责任人)
D("down", "fr_habit_ab/meinian", True, "lower", lambda d: op_fr_habit_ab(d,
    ["按惯例每年", "定期", "一向", "常年"]),
  "in the principal's part every date (年/月/日) written as a routine word (按惯例每年, 定期, 一向, 常年, "
  "rotating) and every count of sessions (N次, N场) dropped: dated, counted deeds become habits with no deed.")
P("pair_fr_own_vs_deputy_ab/qinli", True, lambda d: op_pair_ab(d, FR,
    "{y}年{m1}月，{head}亲自主持召开政府常务会议专题研究依法行政工作，逐一听取{k1}个执法部门负责人当面"
    "汇报，当场交办限期整改事项{k2}项。",
    "{y}年{m1}月，{deputy}受委托主持召开政府常务会议专题研究依法行政工作，逐一听取{k1}个执法部门负责人"
    "当面汇报，当场交办限期整改事项{k2}项。", salt="ql"),
  "a paragraph at the end of the principal's part: the same dated, counted meeting chaired A by the "
  "principal in person, B by the deputy on the principal's behalf.  A higher.")
P("pair_fr_deed_vs_speech_study_ab/jianghua", True, lambda d: op_pair_ab(d, FR,
    "{y}年{m1}月，{head}带队到{k1}个行政执法窗口暗访，随机调阅执法案卷{c1}卷，对发现的{k2}个问题逐一"
    "点名督办。",
    "{y}年{m1}月，{unit}政府机关集中学习{head}在全{unit}依法行政工作会议上的讲话，组织干部职工撰写学习"
    "心得{c1}篇，开展交流研讨{k2}场。", salt="jh"),
  "a paragraph at the end of the principal's part: A the principal's own unannounced visit ({k1} windows, "
  "{c1} files pulled, {k2} problems followed up); B the staff studying the principal's speech ({c1} essays, "
  "{k2} seminars).  A higher.")
D("pad", "pad_fr_speech_study_ab/xinde", True, "not_higher", lambda d: op_pad_para_ab(d, FR,
    "{y}年，{unit}各部门把学习{head}关于法治建设的讲话作为必修课，分{k1}批次组织传达，印发讲话摘编{c1}册，"
    "干部职工人手一册、逐段研读。", salt="xd"),
  "a paragraph at the end of the principal's part on the staff studying the principal's speeches ({k1} "
  "rounds, {c1} booklets of excerpts): the principal's words studied, no act of the principal.")

# ================================================================== shortfalls and causes (不足和原因)
D("down", "explanations_restated_ab/huanshuo", True, "lower", lambda d: op_explanation_restated_ab(d, [
    "之所以出现上述情况，说到底就是{kp}这方面还没有抓到位、做扎实。",
    "这个问题的产生，归结起来在于{kp}相关工作的推进力度还有欠缺。"]),
  "every shortfall item keeps its heading and its explanation (what went wrong, why, where) is replaced by a "
  "sentence that only says the problem again ({kp} = the item's key phrase: 说到底就是{kp}这方面还没有抓到位"
  "; 归结起来在于{kp}相关工作的推进力度还有欠缺).")
P("pair_short_target_vs_vague_ab/mubiao", True, lambda d: op_pair_ab(d, SH,
    "年度目标也有缺口：年初定下抽评执法卷宗{c1}卷的目标，年底实际只抽评了{c2}卷，完成率{r1}%。",
    "年度目标也有缺口：执法卷宗抽评这件事和年初的设想比起来仍有不小距离，往后得改。", salt="mb"),
  "a paragraph at the end of the shortfalls: A a target of the year missed, with its figures (target {c1} "
  "files, {c2} done, {r1}%); B the same gap told vaguely.  A higher.")
P("pair_cause_mechanism_vs_restate_ab/jizhi", True, lambda d: op_pair_ab(d, SH,
    "造成{kp}问题的一个直接原因，是重大处罚决定作出前的合法性把关只配了一名审核人员，审核时限也未作书面规定，送审件"
    "常在签批前一天才交到审核岗位。",
    "造成{kp}问题的一个直接原因，是这方面的工作做得还不够好，离上级要求还有差距，存在的不足还比较明显。",
    salt="jz"),
  "a paragraph at the end of the shortfalls giving a cause of the first shortfall ({kp}): A a mechanism one "
  "can fix (one reviewer only, no written time limit, files arrive the day before signing); B the problem "
  "said again in other words.  A higher.")
D("pad", "pad_generic_shortfalls_ab/tongyong", True, "not_higher", lambda d: op_pad_para_ab(d, SH,
    "对照上级通报中列举的共性问题逐条自查，本{unit}同样在不同程度上存在学法用法氛围不浓、制度落实打折扣、"
    "基础台账不够规范、部门协同配合不够顺畅、考核结果运用不充分等情况。", salt="ty"),
  "a paragraph at the end of the shortfalls copying a generic list of common failings from a circular "
  "(氛围不浓, 制度落实打折扣, 台账不够规范, 协同不够顺畅, 考核结果运用不充分): nothing of this unit's year.")
D("pad", "pad_causes_tautology_ab/xunhuan", True, "not_higher", lambda d: op_items_tautology_ab(d,
    "分析其成因，{kp}之所以还有问题，就是因为{kp}的工作存在短板。"),
  "every shortfall item closed with a 'cause' that is the item again ({kp} = its key phrase: {kp}之所以"
  "还有问题，就是因为{kp}的工作存在短板): words, no cause.")

# ================================================================== the plan (下一年度安排)
P("pair_plan_owner_deadline_vs_outline_ab/zeren", True, lambda d: op_pair_ab(d, PL,
    "{ny}年{m1}月底前，由{dept}牵头修订行政执法案卷评查办法，对{k1}个执法部门的案卷逐一评查，评查结果报"
    "{unit}政府常务会议通报。",
    "{ny}年，始终把建设法治政府放在政府工作的显要处，朝着纲要确定的总体目标扎实迈进，推动各项任务"
    "落地生根。", salt="zr"),
  "a paragraph at the end of the plan: A an item with an owner ({dept}), a deadline ({ny}年{m1}月底前) and "
  "a measure ({k1} departments' files reviewed, results reported); B the outline's aims said again.  A higher.")
P("pair_plan_answers_shortfall_ab/duiying", True, lambda d: op_pair_ab(d, PL,
    "针对本报告指出的{kp}方面问题，{ny}年{m1}月底前由{dept}拿出专项整改清单，逐项明确完成时限，年底前"
    "对照清单逐项销号。",
    "{ny}年{m1}月底前由{dept}组织开展宪法宣传周系列活动，年底前完成普法责任清单年度更新并向社会公布。",
    salt="dy", need=(SH,)),
  "a paragraph at the end of the plan, both with owner and deadline: A answers the first stated shortfall "
  "({kp}) with a rectification list; B a plan item that no stated shortfall asks for.  A higher.")

# ================================================================== the measures (主要举措和成效)
P("pair_year_frame_vs_none_ab/shiduan", True, lambda d: op_pair_ab(d, M,
    "{y}年1月至12月，本{unit}共办理行政复议案件{c1}件，纠正违法或不当行政行为{c2}件。",
    "本{unit}共办理行政复议案件{c1}件，纠正违法或不当行政行为{c2}件。", salt="sd"),
  "a paragraph at the end of the measures with the same figures: A for the report's year (1月至12月); B with "
  "no time frame at all.  A higher.")
P("pair_outcome_vs_output_ab/chengxiao", True, lambda d: op_pair_ab(d, M,
    "{y}年，{unit}推行企业开办一窗通办后，群众办理营业执照平均用时由{k1}个工作日缩短至{k2}个工作日，因材料"
    "不全被退回的申请减少{c2}件。",
    "{y}年，{unit}推行企业开办一窗通办，为此印发工作方案{k2}份，召开推进会{k1}次，制作宣传展板{c2}块。",
    salt="cx"),
  "a paragraph at the end of the measures on the same reform: A outcomes for citizens (days to a licence "
  "{k1}→{k2}, {c2} fewer applications sent back); B outputs of the unit ({k2} plans, {k1} meetings, {c2} "
  "display boards).  A higher.")
D("pad", "pad_double_count_ab/chongji", True, "not_higher", lambda d: op_double_count_ab(d,
    "此项工作同时计入{y}年度执法监督专项成效："),
  "the first counted sentence of the measures put again at their end, filed under another heading (此项工作"
  "同时计入…执法监督专项成效：): one act counted twice.")

# ================================================================== invariance: the same score
D("inv", "swap_counted_clauses_ab/huhuan", True, "same", lambda d: op_swap_counted_clauses_ab(d),
  "every sentence of the measures whose last two clauses both carry a counted figure and stand on their own "
  "(neither opens with 其中, 占, 同比, 共 …): the two clauses swapped.  Same facts, other order.")
D("inv", "small_counts_hanzi_ab/sanci", True, "same", lambda d: op_small_counts_hanzi_ab(d),
  "in every part (measures, the principal's part, shortfalls, plan) small counts 2..10 with 次/场/项/个/件/条/"
  "篇/名/轮 written in Chinese numerals (两次, 三项, 十场): the same counts.")
D("inv", "year_after_subject_ab/nianfen", True, "same", lambda d: op_year_after_subject_ab(d),
  "in the measures and the principal's part a year phrase before the subject (2023年，我县… / 2023年以来，"
  "全区…) moved after it (我县2023年… / 全区2023年以来…): the same sentence.")

# ================================================================== documents and the split
FAMILIES = ("down", "pad", "inv", "pair")


def docs():
    """The 5 dev reports and the labelled report pages whose measures part is located (by id)."""
    return edit_lib.load_dev() + sorted(edit_lib.load_pages(), key=lambda d: d.id)


def all_cases():
    return [c for _, _, c, _ in DEFS]


PAGE_CAP = 10   # at most this many pages per definition (to keep the run light on a shared machine)


def rows():
    """[(case_name, doc_id)] of every row where the edit applies (make gives a change): every dev report
    it applies to and at most PAGE_CAP of the pages it applies to, drawn with random.Random(SPLIT_SEED + 1)
    (definitions in file order)."""
    out = []
    ds = docs()
    rng = random.Random(SPLIT_SEED + 1)
    for c in all_cases():
        dev = [d.id for d in ds if d.kind == "dev" and c[3](d) is not None]
        pages = sorted(d.id for d in ds if d.kind != "dev" and c[3](d) is not None)
        rng.shuffle(pages)
        out.extend((c[0], x) for x in dev + sorted(pages[:PAGE_CAP]))
    return out


def split(seed=SPLIT_SEED):
    """{'tune': [(case, doc)], 'held': [(case, doc)]}: per definition (file order), its rows shuffled with one
    random.Random(seed) and the first round(TUNE_SHARE * k) (>= 1 when k >= 2) put in the tuning part."""
    rng = random.Random(seed)
    by_case = {}
    for c, did in rows():
        by_case.setdefault(c, []).append(did)
    parts = {"tune": [], "held": []}
    for c in [x[0] for x in all_cases()]:
        ds = sorted(by_case.get(c, []))
        rng.shuffle(ds)
        k = len(ds)
        t = round(TUNE_SHARE * k)
        if k >= 2:
            t = min(max(t, 1), k - 1)
        parts["tune"].extend((c, x) for x in ds[:t])
        parts["held"].extend((c, x) for x in ds[t:])
    return parts


SPLIT_FILE = Path(__file__).with_name("split-ab.json")


def committed_split():
    d = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
    return {p: [tuple(x) for x in d[p]] for p in ("tune", "held")}


def is_star(case_name):
    return next(s for _, s, c, _ in DEFS if c[0] == case_name)


def why(case_name):
    return next(w for _, _, c, w in DEFS if c[0] == case_name)


def write_split(path=SPLIT_FILE):
    parts = split()
    out = {"seed": SPLIT_SEED, "tune_share": TUNE_SHARE, 
           "docs": [d.id for d in docs()],
           "tune": [list(x) for x in parts["tune"]], "held": [list(x) for x in parts["held"]]}
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    o = write_split()
    print(f"docs {len(o['docs'])}  tune rows {len(o['tune'])}  held rows {len(o['held'])}", file=sys.stderr)
