"""Fortieth substance set (AN): hollow writing in the principal's part (党政主要负责人履行推进法治建设第一
责任人职责) and the measures that keeps every required part.
Directional (lower by more than 0.5): every counted measure's figures dropped and the sentence closed by
"the plan / target was met" (完成年度计划, 目标任务全面完成); the principal's act verbs written as reading and
initialling papers (圈阅).  Padding (must not rise by more than 0.5): the leading group's roster at the end of
the principal's part; a paragraph explaining what 第一责任人 means.  Invariance (|Δ| <= 1): 县委书记/党委书记
written 县委/党委主要负责同志; 主持召开 written 召集召开.  Pairs (A higher by more than 0.5), at the end of the
principal's part: hearing a report on named cases vs hearing a report with the same count; assigning N
problems and checking each closed vs assigning N problems.

Written from the domain and set AM's machinery (pool layout, measure, dry-run, table and overlap scripts),
without reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the labelled
report pages where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets AD-AM.
`python3 substance_pool_an.py` writes split-an.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_an import *  # noqa: F401,F403

SPLIT_SEED = 20261207_40
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

# ================================================================== wordings (data)
PLAN_CLAUSES = ["，完成年度计划的100%", "，目标任务全面完成", "，年初定下的指标如数达成"]
PLAN_LEAD_RX = r"共计|累计|共|达到|达|计|约"
FR_VERBS_RX = r"(?:主持召开|组织召开|研究部署|专题研究|听取|审定|审议|督办|(?<![同自])(?:召开|部署))(?![、，,；;。])"
FR_PAPER_WORDS = ["圈阅了有关", "在送阅件上画圈阅过", "翻看并签了“阅”字的"]
ROSTER = ("{unit}推进法治建设领导小组的组成是：组长由{lead}担任，第一副组长由{head}担任，副组长由{deputy}担任，"
          "成员为组织、宣传、财政、人社、{dept}等单位的负责人，领导小组办公室设在{dept}，办公室主任由{dept}主要负责人兼任。")
MEANING = ("何为“第一责任人”？第一，意味着排位在前；责任，意味着推不掉、躲不开；人，意味着落到具体的个人。"
           "三层意思合起来，就是法治建设这副担子首先压在主要领导肩上。")
MAIN_COMRADE = "主要负责同志"
CHAIR_OLD, CHAIR_NEW = "主持召开", "召集召开"
CASES_A = ("{head}专门听取{dept}对{n1}件被纠错复议案件的逐案汇报，点出其中征收补偿类、行政处罚类案件在告知和"
           "证据上的缺口，当场交办整改事项{m1}项。")
CASES_B = "{head}专门听取{dept}关于{n1}件案件情况的汇报，当场交办整改事项{m1}项。"
LOOP_A = ("{lead}把法治督察反馈的{m2}个问题逐个交到牵头单位，{y}年12月带队逐项回访核验，{m2}个问题均已整改销号，"
          "核验记录存档备查。")
LOOP_B = "{lead}把法治督察反馈的{m2}个问题逐个交到牵头单位，要求各单位抓紧抓好、落到实处。"

# ================================================================== directional: lower
D("down", "counts_to_plan_share_an/jihua", True, "lower",
  lambda d: op_counts_to_plan_share_an(d, PLAN_CLAUSES, PLAN_LEAD_RX),
  "every counted sentence of the measures loses its figures (30件, 共200余人次, 达98% ...) and ends "
  "'完成年度计划的100% / 目标任务全面完成 / 指标如数达成': the plan was met, but what was done is no longer told.")
D("down", "fr_papers_only_an/quanyue", True, "lower",
  lambda d: op_fr_papers_only_an(d, FR_VERBS_RX, FR_PAPER_WORDS, min_hits=3),
  "in the principal's part every act verb (主持召开, 听取, 研究部署, 审定, 督办 ...) written as reading and "
  "initialling papers (圈阅了有关…): the principal chaired, heard and decided nothing, only read.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_fr_group_roster_an/mingdan", True, "not_higher",
  lambda d: op_fr_pad_para_an(d, ROSTER, "roster"),
  "the leading group's roster (组长 {lead}, 副组长, 成员单位, 办公室) at the end of the principal's part: "
  "who sits in the group, no act.")
D("pad", "pad_fr_term_meaning_an/hanyi", True, "not_higher",
  lambda d: op_fr_pad_para_an(d, MEANING, "meaning"),
  "a paragraph explaining the words 第一责任人 (第一…责任…人…) at the end of the principal's part: a gloss, "
  "no act.")

# ================================================================== invariance (margin 1)
D("inv", "secretary_as_main_comrade_an/tongzhi", True, "same",
  lambda d: op_secretary_as_main_comrade_an(d, MAIN_COMRADE),
  "in the principal's part and the measures 县委书记/镇党委书记/党组书记 written 县委/党委/党组主要负责同志: the "
  "same person by another official name.", margin=1.0)
D("inv", "chair_verb_convene_an/zhaoji", True, "same",
  lambda d: op_swap_word_an(d, CHAIR_OLD, CHAIR_NEW),
  "in the principal's part and the measures 主持召开 written 召集召开: the same meetings, the same person.",
  margin=1.0)

# ================================================================== pairs: A higher
P("pair_fr_named_cases_vs_report_an/anjian", True, lambda d: op_fr_pair_end_an(d, CASES_A, CASES_B, "aj"),
  "at the end of the principal's part: A {head} heard a case-by-case report on N corrected reconsideration "
  "cases, naming the two kinds and their faults, M items assigned; B {head} heard a report on N cases, M "
  "items assigned.  A higher.")
P("pair_fr_checked_closed_vs_assigned_an/xiaohao", True, lambda d: op_fr_pair_end_an(d, LOOP_A, LOOP_B, "xh"),
  "at the end of the principal's part: A {lead} assigned the N inspection findings, checked each in "
  "December, all N closed; B {lead} assigned the same N findings and urged action.  A higher.")

# ================================================================== documents and the split
FAMILIES = ("down", "up", "pad", "inv", "pair")


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


SPLIT_FILE = Path(__file__).with_name("split-an.json")


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
