"""Thirtieth substance set (AD): the whole report as a reviewer at a 司法局 judges it -- which report is better,
and which edit must not change the score.  Directional: every measures paragraph cut to its topic sentence;
every figure of the measures and the principal's part left as a ×× placeholder; the principal's dated or
counted sentences dropped; the shortfalls reduced to one sentence of causes-free modesty; the plan reduced
to one sentence of vague resolve.  Padding: a paragraph on the staff's overtime and devotion; a self-assessed
score; the longest measures paragraph copied into the plan; a paragraph of the same slogan three times.
Invariance: inline 一是/二是 written （一）（二）; verbs written with synonyms (制定 -> 制订 …); the principal's
first two paragraphs merged; a closing line 以上报告，请审阅.  Pairs: a normative document's legality review
with amendments vs review only; an enforcement staff exam with results vs an exam held; the principal's
meeting dated with decided items vs the same meeting with the figures removed; reconsideration cases with
corrections vs cases handled.  Ideas and wordings no earlier set (A-AC) used.  Every case definition of the
set, the documents it is applied to, and the random split of the case x document rows into a tuning part
(substance_edits_ad.py) and a held part (substance_edits_ad_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J-AC: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).  Margins: 0.5 for lower and pairs (as sets X-AC),
1.0 for padding and invariance (the brief of this set: "not by more than 1 point").

Documents (`docs()`): the 5 complete dev reports and every labelled report page whose measures part is
located (edit_lib.load_pages()).  Rows (`rows()`): per definition every dev report the edit applies to and
at most PAGE_CAP = 8 of the pages it applies to, drawn at random (random.Random(SPLIT_SEED + 1)).

The split is by ROW (case x document): per definition its rows shuffled with one random.Random(SPLIT_SEED)
(definitions in file order), the first round(0.4 * k) to the tuning part (at least one when k >= 2, never
all), the rest to the held part.  `python3 substance_pool_ad.py` writes split-ad.json, committed before any
run of the tool.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ab import FR, M, PL, SH, op_pad_para_ab, op_pair_ab
from edit_lib_ac import op_part_to_one_sentence_ac
from edit_lib_ad import (
    op_copy_longest_para_ad,
    op_figures_placeholder_ad,
    op_fr_dated_sentences_dropped_ad,
    op_inline_ordinals_ad,
    op_merge_first_paras_ad,
    op_pad_end_or_plan_ad,
    op_topic_sentence_only_ad,
    op_verb_synonyms_ad,
)

SPLIT_SEED = 20261207_30
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


# ================================================================== directional: lower
D("down", "topic_sentence_only_ad/tiyao", True, "lower", lambda d: op_topic_sentence_only_ad(d, M),
  "every paragraph of the measures with two sentences or more cut to its first sentence (the line that "
  "announces the work area); what was done, how much and with what result is gone.")
D("down", "figures_placeholder_ad/chahao", True, "lower", lambda d: op_figures_placeholder_ad(d, "××"),
  "every counted figure of the measures and the principal's part left as a ×× placeholder (××件, ××%), as a "
  "draft sent before the figures were filled in: nothing a reviewer could check.")
D("down", "fr_dated_sentences_dropped_ad/quju", True, "lower", lambda d: op_fr_dated_sentences_dropped_ad(d),
  "in the principal's part every sentence with a date or a count of sessions (主持召开…次, 某月专题听取, "
  "带头学法) dropped, the undated sentences kept: the principal's own dated acts are gone.")
D("down", "shortfalls_modesty_ad/qianci", True, "lower", lambda d: op_part_to_one_sentence_ac(d, SH,
    "回顾过去一年，我们的工作同高标准相比尚存差距，个别方面仍需加把劲，对此我们将始终保持"
    "清醒头脑。", salt="qc"),
  "the shortfalls (headings kept) reduced to one sentence of modesty with no shortfall named and no cause "
  "(同高标准相比尚存差距): nothing the unit could fix.")
D("down", "plan_vague_resolve_ad/zhuangzhi", True, "lower", lambda d: op_part_to_one_sentence_ac(d, PL,
    "新的一年，{unit}将以更加饱满的热情、更加务实的作风，奋力谱写法治政府建设新篇章，努力交出一份让群众"
    "满意的答卷。", salt="zz"),
  "the plan (headings kept) reduced to one sentence of resolve (以更加饱满的热情…奋力谱写新篇章): no task, no "
  "owner, no target.")

# ================================================================== padding: not higher (margin 1)
D("pad", "pad_staff_devotion_ad/jiaban", True, "not_higher", lambda d: op_pad_para_ab(d, M,
    "这一年，{unit}司法行政战线的同志们白加黑、五加二，许多同志放弃休假坚守岗位，有的带病坚持工作，有的"
    "顾不上照料家中老人孩子，用默默奉献诠释了法治工作者的责任与担当。", salt="jb"),
  "a paragraph at the end of the measures on the staff's overtime and sacrifice (白加黑、五加二, 放弃休假, "
  "带病坚持工作): effort told, no act and no result.", margin=1.0)
D("pad", "pad_self_score_ad/zipin", True, "not_higher", lambda d: op_pad_para_ab(d, M,
    "对照年度法治政府建设考评细则逐项自查打分，{unit}自评得分为9{k2}.5分，自评等次为优秀，各项指标均已"
    "达到或超过目标值。", salt="zp"),
  "a paragraph at the end of the measures announcing the unit's self-assessed score (自评得分9x.5分, 等次优秀): "
  "a grade the unit gives itself, no work.", margin=1.0)
D("pad", "pad_measure_copied_to_plan_ad/banyun", True, "not_higher", lambda d: op_copy_longest_para_ad(
    d, M, PL, lead="同时，"),
  "the longest paragraph of the measures copied word for word (after 同时，) to the end of the plan: last "
  "year's work reported a second time, under next year.", margin=1.0)
D("pad", "pad_slogan_thrice_ad/sanbian", True, "not_higher", lambda d: op_pad_para_ab(d, M,
    "依法行政没有休止符，良法善治只有进行时。依法行政没有休止符，良法善治只有进行时。依法行政没有休止符，"
    "良法善治只有进行时。", salt="sb"),
  "a paragraph at the end of the measures repeating one slogan three times (依法行政没有休止符…): no "
  "content at all.", margin=1.0)

# ================================================================== invariance: the same score (margin 1)
D("inv", "inline_ordinals_ad/kuohao", True, "same", lambda d: op_inline_ordinals_ad(d),
  "in the measures and the principal's part the inline enumerators 一是/二是/三是 … written （一）（二）（三）: "
  "the same items under another marker.", margin=1.0)
D("inv", "verb_synonyms_ad/tongyi", True, "same", lambda d: op_verb_synonyms_ad(d, [
    ("制定", "制订"), ("印发", "下发"), ("举办", "举行"), ("召开", "举行"), ("深入开展", "扎实开展")]),
  "in the measures and the principal's part verbs written with a synonym (制定 -> 制订, 印发 -> 下发, "
  "举办/召开 -> 举行, 深入开展 -> 扎实开展): the same acts.", margin=1.0)
D("inv", "merge_paras_ad/hebing", True, "same", lambda d: op_merge_first_paras_ad(d, M),
  "the measures' first two body paragraphs (lines of their own, next to each other, the second not "
  "numbered) merged into one paragraph: the same sentences.", margin=1.0)
D("inv", "closing_line_ad/shenyue", True, "same", lambda d: op_pad_end_or_plan_ad(d, "以上报告，请审阅。"),
  "a polite closing line 以上报告，请审阅。 at the end of the plan (or after the report's last line): "
  "courtesy, nothing else.", margin=1.0)

# ================================================================== pairs: A higher
P("pair_review_amended_vs_reviewed_ad/xiugai", True, lambda d: op_pair_ab(d, M,
    "{y}年，{dept}对{unit}政府拟出台的{k1}件规范性文件逐件进行合法性审核，提出修改意见{c2}条，删除了其中"
    "{k2}件文件里增设审批条件的条款，意见全部被起草单位采纳。",
    "{y}年，{dept}对{unit}政府拟出台的规范性文件进行合法性审核。", salt="xg"),
  "a paragraph at the end of the measures: A the legality review of {k1} draft documents with {c2} "
  "amendments, clauses that added approval conditions deleted, all adopted; B the same review, no figure and "
  "no outcome.  A higher.")
P("pair_exam_results_vs_held_ad/kaoshi", True, lambda d: op_pair_ab(d, M,
    "{y}年{m1}月，{unit}组织行政执法人员参加年度法律知识闭卷考试，应考{c1}人，{c2}人首次未达合格线，"
    "补考前暂停其执法资格，补考后全部合格。",
    "{y}年{m1}月，{unit}组织行政执法人员参加年度法律知识考试。", salt="ks"),
  "a paragraph at the end of the measures: A the enforcement staff's law exam with {c1} sitting, {c2} "
  "failing and suspended until they passed a resit; B the exam only held.  A higher.")
P("pair_fr_meeting_decided_vs_bare_ad/dingshi", True, lambda d: op_pair_ab(d, FR,
    "{y}年{m1}月，{head}主持召开专题会议听取行政复议应诉工作汇报，当场确定{k2}项整改事项并明确责任单位，"
    "年底前{k2}项全部销号。",
    "{head}主持召开专题会议听取行政复议应诉工作汇报，确定了若干整改事项。", salt="ds"),
  "a paragraph at the end of the principal's part: A the principal's meeting dated, {k2} items decided with "
  "owners and all closed by year end; B the same meeting with the date and figures removed.  A higher.")
P("pair_reconsideration_corrected_vs_handled_ad/jiucuo", True, lambda d: op_pair_ab(d, M,
    "{y}年，{unit}新收行政复议申请{c1}件，审结后撤销、变更或确认违法{c2}件，纠错率{r1}%，对涉及的{k2}个"
    "执法部门逐一制发复议意见书并跟踪整改。",
    "{y}年，{unit}依法办理行政复议申请，对有关执法部门制发复议意见书。", salt="jc"),
  "a paragraph at the end of the measures: A {c1} reconsideration cases, {c2} corrected, rate {r1}%, "
  "opinion letters to {k2} departments followed up; B the same work without any figure or outcome.  "
  "A higher.")

# ================================================================== documents and the split
FAMILIES = ("down", "pad", "inv", "pair")


def docs():
    """The 5 dev reports and the labelled report pages whose measures part is located (by id)."""
    return edit_lib.load_dev() + sorted(edit_lib.load_pages(), key=lambda d: d.id)


def all_cases():
    return [c for _, _, c, _ in DEFS]


PAGE_CAP = 8   # at most this many pages per definition (to keep the run light on a shared machine)


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


SPLIT_FILE = Path(__file__).with_name("split-ad.json")


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
