"""Thirty-seventh substance set (AK): what a careful reviewing office (司法局) notices across the whole report.
Directional (lower by more than 0.5): the measures' done acts told as intended (拟于/计划于/将于 + a date;
力争/争取/着手筹备); the measures' results told of the year before (上一年度/前一年); the plan's items replaced by
sentences any unit could write.  Padding (must not rise by more than 0.5): a cause after each shortcoming
that only restates it; the measures' figures repeated as a summary; an acknowledgements paragraph.
Invariance (|delta| <= 1): 一是/二是 -> (一)(二); Arabic -> Chinese numerals in counts; 我局 <-> 本局.
Pairs (A higher by more than 0.5): a measure with a before/after figure vs the same without; a shortcoming
with named places and a count vs generic; a plan item with a named owner and a deadline vs without.

Written from the domain and set AJ's machinery (pool layout, measure, dry-run and overlap scripts), without
reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the labelled report
pages where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets AD-AJ.
`python3 substance_pool_ak.py` writes split-ak.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ah import op_pad_after_last_part_ah
from edit_lib_ak import *  # noqa: F401,F403

SPLIT_SEED = 20261207_37
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


def P(name, star, make, why, margin=0.5, a_may_be_report=False, expected="a_higher"):
    DEFS.append(("pair", star, (name, "pair", expected, _checked(make, "pair", a_may_be_report), margin),
                 why))


# ================================================================== directional: lower
D("down", "measures_scheduled_ak/niyu", True, "lower", lambda d: op_measures_intended_ak(d, [
    "拟于{ny}年{m1}月", "计划于{y}年底前着手", "将于{ny}年上半年"]),
  "in the measures every sentence with a done marker or a figure told as scheduled (拟于{ny}年M月 / "
  "计划于年底前着手 / 将于下一年上半年 after the enumerator; 了/已/累计/全年 dropped): intended, not done.")
D("down", "measures_striving_ak/lizheng", True, "lower", lambda d: op_measures_intended_ak(d, [
    "力争", "争取", "目前正在筹备启动"], need_num=True),
  "in the measures every sentence with a figure led by 力争/争取/目前正在筹备启动 (done markers dropped): the "
  "figures become targets, nothing is reported as achieved.")
D("down", "results_prior_year_ak/qiannian", True, "lower", lambda d: op_results_prior_year_ak(d, [
    "上一年度，", "{py}年，", "前一年度里，"]),
  "in the measures the report year written as the year before and every figured sentence led by 上一年度/"
  "{py}年/前一年度里: the results reported are last year's, not the report year's.")
D("down", "plan_any_unit_ak/tongyong", True, "lower", lambda d: op_plan_any_unit_ak(d, [
    "始终把依法办事要求贯穿于各项工作全过程", "切实增强干部队伍尊法守法的思想自觉",
    "让法治精神在日常工作中落地生根", "推动各项任务落细落小见到实效"]),
  "in the plan every sentence replaced by one true of any unit (始终把依法办事要求贯穿于各项工作全过程, 让法治精神"
  "在日常工作中落地生根 …): no measure of this unit's own.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_causes_restate_ak/yuanyin", True, "not_higher", lambda d: op_causes_restate_ak(d, [
    "之所以如此，根源就在于{kp}这方面还没有做好。", "造成这一情况的原因，归根结底还是{kp}上存在短板。"]),
  "after each shortcoming a cause that only restates it (之所以如此，根源就在于 + the item's words …): no "
  "cause found.")
D("pad", "pad_repeat_totals_ak/huizong", True, "not_higher", lambda d: op_repeat_totals_ak(d,
    "把上面的数字汇总起来再列一遍，这一年里共有{figs}等，具体情况上文均已逐项交代。"),
  "at the end of the measures the measures' first four figures repeated as a summary paragraph: no new "
  "result.")
D("pad", "pad_acknowledgements_ak/zhixie", True, "not_higher", lambda d: op_pad_after_last_part_ah(d,
    "借此机会，对过去一年里关心、指导和帮助我们推进依法治理的上级机关、兄弟单位以及广大群众表示诚挚的谢意！"
    "大家的理解与支持，是我们把工作做好的不竭动力。"),
  "an acknowledgements paragraph after the last part (谨向…表示诚挚的谢意): courtesy, no content.")

# ================================================================== invariance (margin 1)
D("inv", "enum_style_ak/kuohao", True, "same", lambda d: op_enum_shi_to_paren_ak(d),
  "一是/二是 … written (一)(二) … in the running text: the same items.", margin=1.0)
D("inv", "count_numerals_ak/hanzi", True, "same", lambda d: op_count_numerals_ak(d),
  "integer counts 1-99 (3次, 12件 …) written in Chinese numerals (三次, 十二件): the same counts.", margin=1.0)
D("inv", "self_reference_ak/benju", True, "same", lambda d: op_self_reference_ak(d),
  "我局/我县/我镇 written 本局/本县/本镇 (the reverse where only 本… is written): the same unit.", margin=1.0)

# ================================================================== pairs: A higher
P("pair_before_after_ak/qianhou", True, lambda d: op_pair_part_end_ak(d, M,
    "在政务服务窗口推行一次性告知和容缺受理后，群众办事平均用时由{n9}个工作日缩短到{m1}个工作日，"
    "材料退回率从{p1}%降到{p2}%以下。",
    "在政务服务窗口推行一次性告知和容缺受理后，群众办事用时明显缩短，材料退回情况有所好转。", salt="qh"),
  "a measure at the end of the measures: A with the before/after figures (days from N to M, return rate "
  "from p1% to p2%); B the same measure, 'clearly shorter'.  A higher.")
P("pair_named_shortcoming_ak/diming", True, lambda d: op_pair_part_end_ak(d, SH,
    "基层法治力量分布不均，东岭村、河湾社区、石桥村等{m1}个村（社区）至今没有配齐法律明白人，"
    "{m2}起邻里纠纷因此拖到了上级调处。",
    "基层法治力量分布不均，个别村（社区）法律明白人配备还有欠缺，有的纠纷未能就地化解。", salt="dm"),
  "a shortcoming at the end of the shortcomings: A names three villages, their count and the disputes it "
  "caused; B the same shortcoming in general words.  A higher.")
P("pair_plan_owner_deadline_ak/zeren", True, lambda d: op_pair_part_end_ak(d, PL,
    "由{dept}牵头、各执法单位配合，在{ny}年{m3}月底前完成执法卷宗的交叉互查，互查情况记入各单位年终考评。",
    "适时组织执法卷宗的交叉互查，互查情况记入各单位年终考评。", salt="zr"),
  "a plan item at the end of the plan: A with the owner (the justice office leads) and a deadline in the "
  "next year; B the same item without either.  A higher.")

# ================================================================== documents and the split
FAMILIES = ("down", "pad", "inv", "pair")


def docs():
    """The 5 dev reports and the labelled report pages whose measures part is located (by id)."""
    return edit_lib.load_dev() + sorted(edit_lib.load_pages(), key=lambda d: d.id)


def all_cases():
    return [c for _, _, c, _ in DEFS]


PAGE_CAP = 3   # at most this many pages per definition (5 dev + 3 pages = the brief's "up to 8 documents")


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


SPLIT_FILE = Path(__file__).with_name("split-ak.json")


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
