"""Forty-third substance set (AQ): the session's last held-out check over every part of a report -- the
opening, the measures, the principal's part (第一责任人), the shortfalls (不足和原因), the plan and the fifth
item (其他需要报告的情况).
Directional (lower by more than 0.5): counted measures replaced by "figures not available this year"; every
shortfall item left undecided ("whether there is a shortfall is not yet known").  Padding (must not rise by
more than 0.5): an outline of the report's own layout after the opening; a saying the principal is fond of
at the end of the principal's part; a note that the plan was adopted and printed; a fifth-item section with
only a contact line.  Invariance (|delta| <= 1): 有待加强/有待提高… written 还需加强/还需提高… in the shortfalls;
多次 written 数次 in the principal's part and the measures.  Pair (A higher by more than 0.5): a fair-competition
review in the measures with its counts and what it removed vs the same review told as effective.

Written from the domain and set AP's machinery (pool layout, measure, dry-run, table and overlap scripts),
without reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the labelled
report pages where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets AD-AP,
TUNE_SHARE 0.35.
`python3 substance_pool_aq.py` writes split-aq.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ah import FR, M, PL, SH
from edit_lib_aq import *  # noqa: F401,F403

SPLIT_SEED = 20261207_43
TUNE_SHARE = 0.35

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
NO_DATA = ["相关数字因统计口径调整暂未汇总，这里先不列出", "这项工作的台账尚在整理，具体件数待核实后再补报",
           "该项数据目前还没有收齐，暂且略去不表"]
UNDECIDED = ["{kp}方面是不是存在短板，眼下还吃不准，留待以后再找机会评估。",
             "{kp}方面有无差距，我们一时难下结论，打算过段时间再看。",
             "{kp}方面好坏参半，究竟算不算问题，尚无定论。"]
OUTLINE = ("下文依次交代本年度的主要举措与成效、党政一把手如何履行法治建设职责、存在的不足及成因、来年的工作打算，"
           "供审阅时对照查看。")
SAYING = ("{lead}平日里常把一句话挂在嘴边：“按规矩办事，心里才踏实。”身边同事对此都印象很深。")
PLAN_ADOPTED = ("上述打算已提交{unit}班子会议讨论并获同意，文本已印成小册子分送各有关单位存档备查。")
OTHER_HEAD = "{num}、其他需要报告的情况"
OTHER_CONTACT = "如对本报告有疑问，可与{dept}综合股联系（工作日上班时间）。"
SH_SWAPS = [(r"有待(?=进一步|加强|提高|提升|完善|改进|健全|深化|规范|增强)", "还需")]
MANY_SWAPS = [(r"(?<![0-9一二三四五六七八九十])多次(?=[\u4e00-\u9fff])", "数次")]
FAIR_A = ("{y}年，{dept}会同市场监管部门对新出台的{n1}件涉企政策措施逐件开展公平竞争审查，"
          "删改限定本地企业参与招标、设置差别化准入门槛等条款{m1}处，清理存量文件{n2}件、废止{m2}件。")
FAIR_B = ("{y}年，{dept}会同市场监管部门对新出台的涉企政策措施开展公平竞争审查，"
          "相关工作扎实有序，营造了公平有序的市场环境，取得明显成效。")

# ================================================================== directional: lower
D("down", "counted_no_data_aq/zanque", True, "lower",
  lambda d: op_counted_to_study_ao(d, NO_DATA),
  "every counted sentence of the measures (enumerator kept) replaced by 'the figures are not gathered yet, "
  "left out here': what the unit did this year, and how much, is no longer told.")
D("down", "short_items_undecided_aq/daiding", True, "lower",
  lambda d: op_short_items_denied_ao(d, UNDECIDED),
  "every shortfall item (enumerator and key phrase kept) turned into 'whether this is a shortfall is not yet "
  "known, to be assessed later': no shortfall is owned and no cause is given.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_opening_outline_aq/kuangjia", True, "not_higher",
  lambda d: op_pad_after_opening_ao(d, OUTLINE),
  "after the opening an outline of the report's own layout (which parts follow): a reading guide, no act.")
D("pad", "pad_fr_saying_aq/changyan", True, "not_higher",
  lambda d: op_pad_end_ao(d, FR, SAYING, "cy"),
  "at the end of the principal's part a saying the principal is fond of (按规矩办事): words, no act of "
  "the year.")
D("pad", "pad_plan_adopted_aq/yinfa", True, "not_higher",
  lambda d: op_pad_end_ao(d, PL, PLAN_ADOPTED, "yf"),
  "at the end of the plan a note that the plan was discussed, agreed and printed for the units: procedure, "
  "no task, owner or deadline added.")
D("pad", "pad_other_contact_aq/lianxi", True, "not_higher",
  lambda d: op_other_section_ap(d, OTHER_HEAD, OTHER_CONTACT),
  "a fifth-item section (其他需要报告的情况) holding only a contact line for questions: nothing to report.")

# ================================================================== invariance (margin 1)
D("inv", "short_youdai_as_haixu_aq/haixu", True, "same",
  lambda d: op_swap_many_aq(d, (SH,), SH_SWAPS),
  "in the shortfalls 有待加强/有待提高/有待进一步… written 还需加强/还需提高/还需进一步…: the same gap.",
  margin=1.0)
D("inv", "duoci_as_shuci_aq/shuci", True, "same",
  lambda d: op_swap_many_aq(d, (FR, M), MANY_SWAPS),
  "in the principal's part and the measures 多次 (not after a numeral) written 数次: the same repeated acts.",
  margin=1.0)

# ================================================================== pairs: A higher
P("pair_fair_review_counted_vs_praised_aq/gongping", True,
  lambda d: op_pair_end_ao(d, M, FAIR_A, FAIR_B, "gp"),
  "at the end of the measures: A a fair-competition review of N1 new measures by {dept} with M1 restrictive "
  "clauses removed, N2 old papers screened and M2 repealed; B the same review told as 扎实有序, 取得明显成效.  "
  "A higher.")


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


SPLIT_FILE = Path(__file__).with_name("split-aq.json")


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
