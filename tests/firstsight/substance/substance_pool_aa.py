"""Twenty-seventh substance set (AA): mostly the MEASURES part (主要举措和成效) -- done acts written as
intended or ongoing ones in new ways, results given to others (inspectors from above, the court, the press),
figures that count nothing of the work, budget and meeting logistics, a paragraph copied from the report's
opening, and invariance under rewrites not tried before (near-synonym verbs in place, a counted clause moved
to the end of its sentence, long sentences split in two, item lists turned into prose) -- under the three
CheckList test types (directional, padding, invariance) and pairs, with ideas and wordings no earlier set
(A-Z) used.  Every case definition of the set, the documents it is applied to, and the random split of the
case x document rows into a tuning part (substance_edits_aa.py) and a held part (substance_edits_aa_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J-Z: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_aa.py counts such rows).

Documents (`docs()`): the 5 complete dev reports and every labelled report page whose measures part is
located (edit_lib.load_pages()).  Rows (`rows()`): per definition every dev report the edit applies to and
at most PAGE_CAP = 10 of the pages it applies to, drawn at random (random.Random(SPLIT_SEED + 1)).

The split is by ROW (case x document), as in sets P-Z: for each definition its applicable documents are
shuffled with one random.Random(SPLIT_SEED) (definitions in file order) and the first round(0.4 * k) go
to the tuning part (at least one when k >= 2, never all), the rest to the held part.  The held rows are
never looked at one by one.  `python3 substance_pool_aa.py` writes split-aa.json, committed before any run
of the tool.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_aa import (
    op_copy_opening_aa,
    op_counted_to_context_aa,
    op_figure_clause_last_aa,
    op_list_to_prose_aa,
    op_pair_measures_aa,
    op_piece_context_aa,
    op_piece_credit_aa,
    op_piece_frame_aa,
    op_split_long_aa,
    op_verb_synonyms_aa,
    op_verbs_prospective_aa,
)
from edit_lib_y import op_add_measures_y

SPLIT_SEED = 20261207_27
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


# ================================================================== directional down: the measures
D("down", "verbs_prospective_aa/zhuoshou", True, "lower", lambda d: op_verbs_prospective_aa(d,
    "组织开展|开展|印发|出台|制定|修订|建立|建成|完成|办结|举办|化解|审查|审核|调解|召开",
    ["正着手", "即将", "酝酿", "力争"]),
  "in every sentence of the measures each completion verb (开展, 印发, 出台, 制定, 建立, 完成, 办结, 化解, "
  "审查 …), with its 已/已经 and 了, written as an act under way or to come (正着手…, 即将…, 酝酿…, 力争…, "
  "rotating): nothing is reported as done.")
D("down", "pending_frame_aa/choubei", True, "lower", lambda d: op_piece_frame_aa(d, [
    "本项工作眼下还停留在筹备阶段，以下所述尚未付诸实施：",
    "下列安排目前仍在酝酿，待实施方案报批通过后才会启动：",
    "这方面的事情我们刚刚着手谋划，具体打算如下："]),
  "every body piece of the measures opened with a sentence that puts the whole piece on hold (停留在筹备阶段"
  "…尚未付诸实施; 仍在酝酿，待实施方案报批通过后才会启动; 刚刚着手谋划，具体打算如下): the sentences "
  "themselves are unchanged, their scope says none of it happened.")
D("down", "credit_others_aa/guigong", True, "lower", lambda d: op_piece_credit_aa(d, [
    "上述成效主要是{y}年省里派驻的督查组直接督办推动的结果，本{unit}只负责配合提供材料。",
    "以上数字均来自{court}的审判统计，系法院依职权审结，并非本{unit}行政机关办理。",
    "其中多数问题是经新闻媒体曝光后由记者持续追踪促成解决的，本{unit}处于被动应对状态。"]),
  "every body piece of the measures with a counted figure closed with a sentence that gives its results to "
  "someone else (省里派驻的督查组直接督办; {court}的审判统计，系法院依职权审结; 新闻媒体曝光后由记者持续追踪"
  "促成解决): the unit claims what others did.")
D("down", "figures_to_context_aa/huanjing", True, "lower", lambda d: op_counted_to_context_aa(d, [
    "会场共设座位{n}个", "辖区常住人口约{n}万人", "当天最高气温{n}摄氏度", "全境面积约{n}平方公里"]),
  "in every sentence of the measures each clause with a counted figure replaced by a clause that keeps the "
  "number but counts seats, residents, degrees or square kilometres (会场共设座位{n}个; 辖区常住人口约{n}万人; "
  "当天最高气温{n}摄氏度; 全境面积约{n}平方公里): as many figures, none of the work.")

# ================================================================== padding: must not score higher
D("pad", "pad_context_figures_aa/changzhu", True, "not_higher", lambda d: op_piece_context_aa(d, [
    "本{unit}常住人口{c1}万人，区域面积{n1}0平方公里。",
    "活动当天室外气温{k1}摄氏度，会议室设有座位{c1}个。",
    "所在办公楼共{k1}层，配建停车位{n1}个。"]),
  "every body piece of the measures with a counted figure closed with a sentence of figures about the place "
  "or the day (常住人口…万人，区域面积…平方公里; 室外气温…摄氏度，会议室设有座位…个; 办公楼共…层，配建停车位"
  "…个): more figures, none of the work.")
D("pad", "pad_budget_aa/yusuan", True, "not_higher", lambda d: op_add_measures_y(d,
    "经费保障方面，{y}年{unit}财政安排法治建设专项经费{c1}万元，年底执行率9{m1}%，主要用于印制宣传折页、"
    "购置办公耗材、支付差旅和会议开支，资金使用严格按照财务报销流程办理。", salt="ys"),
  "a paragraph at the end of the measures on the budget and what it bought (专项经费{c1}万元，年底执行率9"
  "{m1}%，…印制宣传折页、购置办公耗材、支付差旅和会议开支): money spent, no work told.")
D("pad", "pad_copy_opening_aa/kaitou", True, "not_higher", lambda d: op_copy_opening_aa(d),
  "the report's opening paragraph (the last long line before its first part) copied as it is to the end of "
  "the measures: a repeat of text already in the report.")
D("pad", "pad_meeting_logistics_aa/huiwu", True, "not_higher", lambda d: op_add_measures_y(d,
    "会务保障方面，全年为各类法治会议安排公务用车{k1}0台次，印制会议材料{c1}0份，准备茶水点心{n1}批次，"
    "摆放会场桌签{c1}个，确保了会议顺利召开。", salt="hw"),
  "a paragraph at the end of the measures on meeting logistics (公务用车{k1}0台次，印制会议材料{c1}0份，"
  "茶水点心{n1}批次，会场桌签{c1}个): counted service work, no rule-of-law work.")

# ================================================================== invariance: the same score
D("inv", "verb_synonyms_aa/tongyi", True, "same", lambda d: op_verb_synonyms_aa(d, [
    ("举办", "举行"), ("制定", "制订"), ("印发", "下发"), ("开展", "进行"), ("推进", "推动"),
    ("确保", "保证")]),
  "in place, in the measures' sentences: near-synonym verbs swapped (举办→举行, 制定→制订, 印发→下发, "
  "开展→进行, 推进→推动, 确保→保证): the same acts in other words.")
D("inv", "figure_clause_last_aa/houzhi", True, "same", lambda d: op_figure_clause_last_aa(d),
  "every sentence of the measures whose first clause carries a counted figure (and has at least two more "
  "clauses, the second not leaning on it: 其中, 占, 同比 …) rewritten with that clause at its end: the same "
  "facts in another order.")
D("inv", "split_long_aa/chaiju", True, "same", lambda d: op_split_long_aa(d),
  "every sentence of the measures of 90 characters or more split in two at the comma nearest its middle: "
  "the same words, shorter sentences.")
D("inv", "list_to_prose_aa/lianxie", True, "same", lambda d: op_list_to_prose_aa(d, [
    "一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是"]),
  "runs of three or more item lines of the measures (1. / （1） / ① markers) merged into one prose line "
  "(一是…；二是…；三是…。): the same items, written as prose.")

# ================================================================== pairs: the better version scores higher
P("pair_result_vs_act_aa/fankui", True, lambda d: op_pair_measures_aa(d,
    "{y}年，{dept}针对复议审理中发现的执法问题，向{k1}个行政机关制发行政复议意见书，其中{k2}个机关已书面"
    "反馈整改情况，并据此修订了本机关执法工作规程。",
    "{y}年，{dept}针对复议审理中发现的执法问题，向{k1}个行政机关制发行政复议意见书。", salt="fk"),
  "a paragraph at the end of the measures: A the opinions sent ({k1}) and what came of them ({k2} bodies "
  "answered in writing and revised their rules); B the opinions sent only.  A higher.")
P("pair_own_vs_inspector_aa/duchazu", True, lambda d: op_pair_measures_aa(d,
    "{y}年{m1}月，{unit}政府组成执法监督组，对{k1}个行政执法单位逐一开展实地检查，查出问题{c2}个，当场下达"
    "整改通知并跟踪销号。",
    "{y}年{m1}月，上级督查组来本{unit}对{k1}个行政执法单位开展实地检查，查出问题{c2}个，{unit}政府配合做好"
    "接待和材料报送。", salt="dc"),
  "a paragraph at the end of the measures: A the unit's own supervision team checked {k1} bodies, found "
  "{c2} problems and followed them up; B inspectors from above did the checking, the unit hosted them.  "
  "A higher.")
P("pair_work_vs_venue_figures_aa/zuowei", True, lambda d: op_pair_measures_aa(d,
    "{y}年{m1}月，本{unit}组织行政执法人员{c1}人到{court}旁听行政诉讼庭审，会后撰写评查体会{k1}篇，梳理出执法"
    "薄弱环节{k2}条。",
    "{y}年{m1}月，本{unit}组织行政执法人员到{court}旁听行政诉讼庭审，审判庭设旁听席{c1}个，当日气温{k1}摄氏"
    "度，往返车程{k2}小时。", salt="zw"),
  "a paragraph at the end of the measures on the same court visit: A figures of the work ({c1} officers, "
  "{k1} write-ups, {k2} weak points found); B figures of the venue, the weather and the trip.  A higher.")
P("pair_done_vs_awaiting_aa/daipifu", True, lambda d: op_pair_measures_aa(d,
    "{y}年{m1}月，{unit}政府印发行政规范性文件合法性审核工作细则，在{k1}个部门全面施行，当年据此审核文件"
    "{c1}件。",
    "{unit}政府拟制定行政规范性文件合法性审核工作细则，待上级批复同意后，计划在{k1}个部门试行，力争审核"
    "文件{c1}件。", salt="dp"),
  "a paragraph at the end of the measures: A the review rules issued, applied in {k1} bodies, {c1} files "
  "reviewed under them; B the rules to be drafted, awaiting approval from above, a target of {c1} files.  "
  "A higher.")

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


SPLIT_FILE = Path(__file__).with_name("split-aa.json")


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
