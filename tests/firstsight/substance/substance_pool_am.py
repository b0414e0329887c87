"""Thirty-ninth substance set (AM): the measures and results part (主要举措和成效) -- whether the tool credits
only the unit's own, done, concrete results of the report year.
Directional (lower by more than 0.5): every counted measure told as a total over a range of years
({y0}—{y}年…累计); every counted measure told as the average of several units.  Padding (must not rise by
more than 0.5): the measures' first named document named three times more; a bracketed reference to the
outline's part after every measures paragraph.  Invariance (pair, |A - B| <= 1): the same review figures
as prose vs as a pipe table (| 项目 | 数量 |).  Pairs (A higher by more than 0.5): a case-file review done by
the unit vs the same figures reported by the townships and only collected by the unit; a measure naming the
document issued (《…办法》) vs the same saying 相关制度.

Written from the domain and set AL's machinery (pool layout, measure, dry-run, table and overlap scripts),
without reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the labelled
report pages where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets AD-AL.
`python3 substance_pool_am.py` writes split-am.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_am import *  # noqa: F401,F403

SPLIT_SEED = 20261207_39
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
SPAN_LEADS = ["{y0}—{y}年这几年间合计，", "把{y0}年以来各年的数加在一起，", "自{y0}年起至{y}年底，前后数年总共"]
SPAN_STRIP = r"(?:全年|本年度|今年|{y}年(?![\d]))[，,]?"
AVG_TAILS = ["（以上数字是辖区各单位折算出的平均数）", "，这些数是几个部门摊平后的平均值", "（按各站所、村居平均计）"]
DOC_THRICE = "说到{doc}，{doc}分量很重，{doc}的条文值得反复研读。"
CITE = "（此项落实法治政府建设纲要第{k}部分的相关条款）"
TABLE_A = "本年度{dept}行政复议和应诉情况：复议收案{n1}件，复议纠错{m1}件，负责人出庭应诉{m2}次。"
TABLE_B = ("本年度{dept}行政复议和应诉情况：\n| 项目 | 数量 |\n| --- | --- |\n| 复议收案（件） | {n1} |\n"
           "| 复议纠错（件） | {m1} |\n| 负责人出庭应诉（次） | {m2} |")
OWN = "{dept}抽调骨干组成评查小组，逐卷翻阅执法案卷{n1}卷，挑出文书不规范等问题{m1}个，当场反馈并跟踪到改完。"
COLLECTED = "各村（社区）和站所自行对执法案卷做了检查，报上来的数字是查卷{n1}卷、发现问题{m1}个，{dept}负责汇总成表。"
NAMED = "{dept}起草的《{unit}行政执法公示和全过程记录实施细则》经会议审议后印发，写明公示时限和记录保存年限。"
GENERIC = "{dept}起草的相关制度经会议审议后印发，写明公示时限和记录保存年限。"

# ================================================================== directional: lower
D("down", "figures_span_years_am/kuanian", True, "lower", lambda d: op_figures_span_years_am(d, SPAN_LEADS,
    SPAN_STRIP),
  "every counted sentence of the measures told as a total over a range of years ({y0}—{y}年…合计; 全年/本年度/"
  "{y}年 in it removed): the report year's own figure is no longer given.")
D("down", "figures_averaged_am/pingjun", True, "lower", lambda d: op_figures_averaged_am(d, AVG_TAILS),
  "every counted sentence of the measures told as the average of several units (（以上数字是…平均数）, 摊平后的平均值 before its closing punctuation): the "
  "figures are no longer the unit's own totals.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_doc_named_thrice_am/santi", True, "not_higher", lambda d: op_pad_doc_thrice_am(d, DOC_THRICE),
  "a paragraph at the end of the measures naming the measures' first 《…》 document three times (分量很重, 值得"
  "反复研读): no new act.")
D("pad", "pad_outline_cite_each_am/duiying", True, "not_higher", lambda d: op_pad_cite_each_am(d, CITE),
  "after every measures paragraph of 40 characters or more a bracketed reference to the outline's part it "
  "implements (此项落实…纲要第K部分的相关条款): a citation, no new act.")

# ================================================================== invariance (margin 1)
P("table_vs_prose_am/biaoge", True, lambda d: op_pair_end_same_figs_am(d, TABLE_A, TABLE_B, "tb"),
  "the same review and lawsuit figures at the end of the measures: A in a sentence, B in a pipe table "
  "(| 项目 | 数量 |).  The same facts: |A - B| <= 1.", margin=1.0, expected="same")

# ================================================================== pairs: A higher
P("pair_own_vs_collected_am/huizong", True, lambda d: op_pair_end_same_figs_am(d, OWN, COLLECTED, "hz"),
  "A the unit's own case-file review (评查小组 read N files, found M problems, followed them to correction); "
  "B the same figures reported by the villages and stations, the unit only collected them.  A higher.")
P("pair_named_doc_vs_generic_am/mingcheng", True, lambda d: op_pair_end_same_figs_am(d, NAMED, GENERIC, "mc"),
  "A a measure naming the document issued (《…实施细则》); B the same measure saying 相关制度.  A higher.")

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


SPLIT_FILE = Path(__file__).with_name("split-am.json")


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
