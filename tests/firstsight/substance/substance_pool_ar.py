"""Forty-fourth substance set (AR): hollow writing in the measures (主要举措和成效) and the plan (下一年度主要安排)
-- measures and plans that sound concrete but hold no act, result or commitment of the unit itself.
Directional (lower by more than 0.5): every counted measure replaced by "a summary of it was written and sent
up"; every result claim of the measures replaced by "the effect is not known yet"; every plan sentence cut to a bare area name ("{kp}方面，抓好相关工作"); every plan sentence closed by
"carried on the old way of past years".  Padding (must not rise by more than 0.5): a note that the measures are
listed in no order of weight (start of the measures); a note on how the plan's items were sorted (end of the
plan).  Pairs (A higher by more than 0.5): a check of enforcement certificates with counts and outcomes vs the
same check told as 更加规范; a plan item with a measurable target vs the same item told as 持续加强.

Written from the domain and set AQ's machinery (pool layout, measure, dry-run, table and overlap scripts),
without reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the labelled
report pages where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets AD-AQ,
TUNE_SHARE 0.5.
`python3 substance_pool_ar.py` writes split-ar.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ah import FR, M, PL, SH
from edit_lib_ar import *  # noqa: F401,F403

SPLIT_SEED = 20261207_44
TUNE_SHARE = 0.5

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

# ================================================================== wordings (data)
SENT_UP = ["这项工作已形成一份书面总结，报送给上级主管部门", "此项情况已整理成专题汇报材料，按时呈送上级",
           "围绕这件事撰写的情况说明已经递交上一级机关"]
EFFECT_UNKNOWN = ["至于收效怎样，眼下还说不清楚", "实际作用到底如何，暂时看不出来", "是否起到作用，我们心里也没有底"]
PLAN_TOPICS = ["{kp}方面，抓好相关工作。", "{kp}等，继续予以关注。", "{kp}这一块，做好应做之事。"]
PLAN_OLD_WAY = ["，照往年的老办法延续下去", "，沿用历年来的既有做法不作调整", "，按以前的路子照常运转"]
ORDER_NOTE = "说明：以下各项举措的先后次序只是行文需要，排名不分先后，也不代表工作分量的轻重。"
SORT_NOTE = "以上来年安排是按照条块结合的思路梳理归类后列出的，条目编排仅为便于对照查阅。"
CERT_A = ("{y}年，{dept}对全{unit}{n1}个行政执法单位的执法证件逐一清理核对，注销调离执法岗位人员证件{m1}个，"
          "暂扣未参加年度培训考试人员证件{m2}个，新核发证件{n2}个。")
CERT_B = ("{y}年，{dept}对全{unit}行政执法单位的执法证件进行了清理，"
          "证件管理工作更加规范，执法队伍素质不断提升。")
TARGET_A = ("{ny}年，对全部{n1}个行政执法部门各抽取不少于{m1}卷案卷进行评查，评查结果于当年11月底前通报并纳入考核。")
TARGET_B = ("{ny}年，持续加强对各行政执法部门的案卷评查工作，让执法水平逐步有所提高。")

# ================================================================== directional: lower
D("down", "counted_sent_up_ar/baosong", True, "lower",
  lambda d: op_counted_to_study_ao(d, SENT_UP),
  "every counted sentence of the measures (enumerator kept) replaced by 'a written summary of this was sent to "
  "the authority above': a report about the act, not the act or its result.")
D("down", "results_unknown_ar/shouxiao", True, "lower",
  lambda d: op_results_unknown_ar(d, EFFECT_UNKNOWN),
  "every sentence of the measures that claims a result (成效, 效果, 实现了, 有效提升 …) replaced by "
  "'what it achieved is not known yet': the acts stay, no result of the unit is told.")
D("down", "plan_topics_only_ar/tiaomu", True, "lower",
  lambda d: op_plan_topics_ar(d, PLAN_TOPICS),
  "every plan sentence (enumerator kept) cut to its first phrase and told as '{kp}方面，抓好相关工作': the plan "
  "names areas only, no act, count, owner or date.")
D("down", "plan_old_way_ar/zhaojiu", True, "lower",
  lambda d: op_plan_hedged_ao(d, PLAN_OLD_WAY),
  "every plan sentence closed by 'carried on the old way of past years, unchanged': nothing new is committed.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_measures_order_note_ar/paiming", True, "not_higher",
  lambda d: op_pad_start_ar(d, M, ORDER_NOTE, "pm"),
  "at the start of the measures a note that the items are in no order of weight: form, no act.")
D("pad", "pad_plan_sort_note_ar/guilei", True, "not_higher",
  lambda d: op_pad_end_ao(d, PL, SORT_NOTE, "gl"),
  "at the end of the plan a note on how its items were sorted: form, no task, owner or deadline.")

# ================================================================== pairs: A higher
P("pair_cert_check_counted_vs_praised_ar/zhengjian", True,
  lambda d: op_pair_end_ao(d, M, CERT_A, CERT_B, "zj"),
  "at the end of the measures: A a check of N1 units' enforcement certificates with M1 cancelled, M2 held back "
  "and N2 issued; B the same check told as 更加规范, 素质不断提升.  A higher.")
P("pair_plan_target_vs_vague_ar/mubiao", True,
  lambda d: op_pair_end_ao(d, PL, TARGET_A, TARGET_B, "mb"),
  "at the end of the plan: A case-file review of all N1 enforcement bodies, at least M1 files each, results "
  "reported by end of November; B the same review told as 持续加强, 稳步提升.  A higher.")


# ================================================================== documents and the split
FAMILIES = ("down", "up", "pad", "inv", "pair")


def docs():
    """The 5 dev reports and the labelled report pages whose measures part is located (by id)."""
    return edit_lib.load_dev() + sorted(edit_lib.load_pages(), key=lambda d: d.id)


def all_cases():
    return [c for _, _, c, _ in DEFS]


PAGE_CAP = 3   # at most this many pages per definition


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


SPLIT_FILE = Path(__file__).with_name("split-ar.json")


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
