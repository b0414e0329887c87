"""Forty-sixth substance set (AT): hollow writing in the principal's part (第一责任人), the shortfalls and
their causes (存在的不足和原因) and the plan (下一年度主要安排).
Directional (lower by more than 0.5): every sentence of the principal's part turned into 'the principal sent
the deputy to attend in his place'; every cause sentence of the shortfalls replaced by a stock formula; every
shortfall item pushed down to the townships / villages / departments to fix themselves; every plan sentence
replaced by 'next year keep to this year's level' + one of this year's counted sentences.
Padding (must not rise by more than 0.5): a self-grade of 优秀 at the end of the principal's part; a
promise-to-fix formula at the end of the shortfalls; a line counting the plan's own paragraphs at the end of
the plan.  Pairs (A higher by more than 0.5): the head appeared in court in M1 cases and held a review after
each, vs 'attaches great importance to court appearance'; a new plan step with an owner, a deadline and a
scope, vs 'keep this year's counted record next year'.

Written from the domain and set AS's machinery (pool layout, measure, dry-run, table, show-row and overlap
scripts), without reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the
labelled report pages where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets
AD-AS, TUNE_SHARE 0.5.
`python3 substance_pool_at.py` writes split-at.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ah import FR, M, PL, SH
from edit_lib_at import *  # noqa: F401,F403

SPLIT_SEED = 827406452
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
SENT_DEPUTY = ["涉及“{kp}”的会议，{lead}、{head}因另有公务均未到场，委托{deputy}代为出席",
               "“{kp}”一事，由{deputy}代表主要负责同志出席并宣读书面讲话",
               "关于“{kp}”，{lead}未参加，安排{deputy}到会听取情况"]
STOCK_CAUSES = ["追根溯源，主要在于面对新形势新任务新要求，思想观念和能力素质还不能完全适应",
                "产生这些问题，既有主观上的因素，也有客观上的因素，原因较为复杂",
                "归根结底，还是思想认识上有差距、工作落实上有差距"]
PUSHED_DOWN = ["{kp}，问题主要出在基层执行环节，需各乡镇（街道）自行对照整改。",
               "{kp}，根子在村（社区）一级，有待基层组织自己想办法解决。",
               "{kp}，应由各行政执法部门自行负责消化解决。"]
REPEAT = ["{ny}年保持与今年相同的水平，即{s}",
          "{ny}年照今年的做法再来一遍：{s}",
          "对标今年成绩、明年不退步：{s}"]
SELF_GRADE = ("经对照年度考核细则自评，{y}年度本{unit}党政主要负责人履行推进法治建设第一责任人职责情况"
              "自评等次为“优秀”。")
PROMISE = "对于上述问题，我们将直面短板、正视差距，拿出过硬作风和务实办法，逐条逐项抓好整改落实。"
ITEM_COUNT = "以上安排共计{k}条，涵盖法治政府建设的方方面面。"
COURT_A = ("{y}年，{head}亲自出庭应诉行政案件{m1}件，每案庭审后即召集{dept}和承办部门复盘败诉风险点，"
           "形成整改清单{n1}条。")
COURT_B = "{y}年，{head}高度重视行政应诉工作，大力支持行政机关负责人出庭应诉，以上率下作用充分发挥。"
NEWSTEP_A = ("{ny}年6月底前，由{dept}牵头建成行政执法监督信息平台，将全{unit}{m1}个执法部门的办案过程"
             "全部纳入网上实时监督。")
NEWSTEP_B = "{ny}年，继续保持{y}年行政复议案件{n1}件全部按期办结的良好成绩，各项工作不滑坡。"

# ================================================================== directional: lower
D("down", "fr_acts_sent_deputy_at/daichuxi", True, "lower",
  lambda d: op_fr_sent_deputy_at(d, SENT_DEPUTY),
  "every sentence of the principal's part replaced by 'on {its topic} the principal did not come and sent "
  "the deputy to attend / read out a written speech': the principal's own acts become a deputy's attendance.")
D("down", "causes_stock_formula_at/taoyu", True, "lower",
  lambda d: op_causes_stock_at(d, STOCK_CAUSES),
  "every cause sentence of the shortfalls (原因/由于/究其 …) replaced by a stock formula (新形势新任务新要求 / "
  "主观因素也有客观因素 / 思想认识上有差距): no cause of this unit is left.")
D("down", "short_items_pushed_down_at/xiaya", True, "lower",
  lambda d: op_short_items_denied_ao(d, PUSHED_DOWN),
  "every shortfall item (key phrase kept) rewritten as a problem of the townships / villages / departments "
  "that they must fix themselves: the unit owns none of its shortcomings.")
D("down", "plan_repeat_results_at/chiping", True, "lower",
  lambda d: op_plan_repeat_results_at(d, REPEAT),
  "every plan sentence replaced by 'next year keep to this year's level:' + one of this year's counted "
  "sentences of the measures: the plan holds no new step, only this year's results again.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_fr_self_grade_at/youxiu", True, "not_higher",
  lambda d: op_pad_end_ao(d, FR, SELF_GRADE, "yx"),
  "at the end of the principal's part a self-grade: the principal's duty rated 优秀 by the unit itself.")
D("pad", "pad_short_promise_at/zhenggai", True, "not_higher",
  lambda d: op_pad_end_ao(d, SH, PROMISE, "zg"),
  "at the end of the shortfalls a promise-to-fix formula (直面短板、正视差距 … 逐条逐项抓好整改落实): no problem, "
  "cause or step.")
D("pad", "pad_plan_item_count_at/gongji", True, "not_higher",
  lambda d: op_pad_plan_item_count_at(d, ITEM_COUNT, "gj"),
  "at the end of the plan 'the above are {k} items covering every side of 法治政府建设' ({k} the plan's own "
  "paragraphs): a figure that counts nothing done.")

# ================================================================== pairs: A higher
P("pair_fr_court_counted_vs_praised_at/chuting", True,
  lambda d: op_pair_end_ao(d, FR, COURT_A, COURT_B, "ct"),
  "at the end of the principal's part: A the head appeared in court in M1 cases and after each held a "
  "review with the 司法局, N1 fixes listed; B the head 'attaches great importance to and supports' court "
  "appearance.  A higher.")
P("pair_plan_new_step_vs_repeat_at/xinju", True,
  lambda d: op_pair_end_ao(d, PL, NEWSTEP_A, NEWSTEP_B, "xj"),
  "at the end of the plan: A a new step (by end of June, the 司法局 builds an enforcement-supervision "
  "platform covering M1 departments); B 'keep this year's record of N1 reconsideration cases all closed on "
  "time'.  A higher.")


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


SPLIT_FILE = Path(__file__).with_name("split-at.json")


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
