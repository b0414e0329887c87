"""Forty-first substance set (AO): a broad held-out check of the session's build over every part of a
report -- the measures, the principal's part (第一责任人), the shortfalls and their causes (不足和原因), the
plan and the opening.
Directional (lower by more than 0.5): counted measures replaced by studying papers; the principal's acts
dated to the year before; every shortfall item denied as an untrue complaint; every plan sentence made
conditional.  Padding (must not rise by more than 0.5): a national history of rule-of-law milestones after
the opening; "difficulties are normal" at the end of the shortfalls; the meaning of next year at the end of
the plan.  Invariance (|delta| <= 1): 党委、政府 written 党委和政府; 进一步 dropped from the plan.  Pairs (A
higher by more than 0.5): a cause that names the unit's own omission vs "causes are many"; a plan target as
an outcome vs as an activity; the opening with the year's own figures vs a general claim.

Written from the domain and set AN's machinery (pool layout, measure, dry-run, table and overlap scripts),
without reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the labelled
report pages where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets AD-AN,
with a larger held share (TUNE_SHARE 0.35).
`python3 substance_pool_ao.py` writes split-ao.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ao import *  # noqa: F401,F403

SPLIT_SEED = 20261207_41
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
STUDY_WORDS = ["组织干部职工集中传达了上级下发的相关文件", "把有关材料印发各股室，要求大家利用业余时间自学",
               "班子成员围坐一起逐段通读了这方面的政策原文"]
FR_PRIOR_LEADS = ["{py}年，", "回看{py}年，", "在{py}这一年里，"]
DENIED = ["{kp}方面，年内曾接到群众反映，说这里有短板，我们派人查看后认定反映情况与实际不符，不作为问题列出。",
          "{kp}方面，个别来电称存在问题，经调取材料比对，所称情形查无实据。",
          "{kp}方面，有意见认为做得不够，经研判，这一说法缺乏事实依据，予以澄清。"]
PLAN_TAILS = ["，具体做不做要看届时上级安排和财力情况", "，等条件成熟了再考虑是否启动", "，能否落实眼下还说不准"]
HISTORY = ("回顾历程：1997年党的十五大把依法治国确立为治国基本方略，1999年这一方略载入宪法，2004年国务院就依法"
           "行政印发纲要，2014年中央在四中全会上作出专门决定，法治政府建设由此一步步走向深入。")
INEVITABLE = ("应当看到，任何一项事业在推进过程中都难免遇到这样那样的困难，有短板是正常现象，关键在于以平常心"
              "看待，在干中找差距、在干中求进步。")
YEAR_MEANING = ("{ny}年在整个规划周期中处于承前启后的位置，既要巩固已有成果，又要为后面几年打下底子，意义不言而喻，"
                "全{unit}上下要倍加珍惜、切实用好这一年。")
PARTY_GOV_RX = r"([县镇区市乡省州旗]?委|党委)、([县镇区市乡省州旗]?政府|政府)"
PARTY_GOV_REPL = r"\1和\2"
JINYIBU_RX = r"进一步(?=[\u4e00-\u9fff])"
CAUSE_A = ("上述问题的根子在我们自身：{y}年{dept}只对{n1}个执法单位中的{m1}个开展了案卷评查，年初也没有把评查结果"
           "纳入年度考核，督促整改缺乏抓手。")
CAUSE_B = "上述问题的产生，原因是多方面的，既有历史的因素，也有现实的因素，需要在今后工作中逐步加以解决。"
PLAN_A = ("{ny}年，{dept}将组织对全{unit}执法案卷逐卷复评，力争案卷评查优秀率由{y}年的{n2}%提高到{n3}%以上，"
          "不合格案卷清零。")
PLAN_B = ("{ny}年，{dept}将组织对全{unit}执法案卷逐卷复评，广泛开展案卷评查活动，营造比学赶超的浓厚氛围，"
          "推动评查工作常态化。")
OPEN_A = "全年新收行政复议案件{n4}件、依法纠错{m2}件，规范性文件过审{n5}件，机关负责人出庭{n6}次。"
OPEN_B = "全年各项工作有力有序推进，各条战线捷报频传，整体呈现稳中向好的良好态势。"

# ================================================================== directional: lower
D("down", "counted_to_study_ao/chuanda", True, "lower",
  lambda d: op_counted_to_study_ao(d, STUDY_WORDS),
  "every counted sentence of the measures (30件, 200人次, 98% ...) replaced by a wording in which the staff "
  "only read and relayed papers: what was done (and its figures) becomes what was read.")
D("down", "fr_prior_year_ao/qunian", True, "lower",
  lambda d: op_fr_prior_year_ao(d, FR_PRIOR_LEADS),
  "in the principal's part every {y}年 written {py}年 and every undated sentence led by {py}年，/回看{py}年，: "
  "the principal's acts are last year's, the report year's duties are not told.")
D("down", "short_items_denied_ao/bushushi", True, "lower",
  lambda d: op_short_items_denied_ao(d, DENIED),
  "every shortfall item (enumerator kept, its key phrase kept) rewritten as a complaint the unit checked "
  "and found untrue: no problem and no cause is left.")
D("down", "plan_hedged_ao/shiqing", True, "lower",
  lambda d: op_plan_hedged_ao(d, PLAN_TAILS),
  "every plan sentence closed by a clause making it conditional (要看届时上级安排和财力情况 / 等条件成熟了再"
  "考虑 / 眼下还说不准): nothing is committed.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_opening_history_ao/licheng", True, "not_higher",
  lambda d: op_pad_after_opening_ao(d, HISTORY),
  "after the opening a paragraph of national milestones (1997 十五大, 1999 宪法, 2004 纲要, 2014 四中全会): "
  "history any report could carry, nothing the unit did.")
D("pad", "pad_short_unavoidable_ao/nanmian", True, "not_higher",
  lambda d: op_pad_end_ao(d, SH, INEVITABLE, "nm"),
  "at the end of the shortfalls a paragraph saying difficulties are normal and to be met calmly: no problem, "
  "no cause.")
D("pad", "pad_plan_year_meaning_ao/chengqian", True, "not_higher",
  lambda d: op_pad_end_ao(d, PL, YEAR_MEANING, "cq"),
  "at the end of the plan a paragraph on what next year means in the plan period: no task, no target.")

# ================================================================== invariance (margin 1)
D("inv", "party_gov_and_ao/he", True, "same",
  lambda d: op_swap_rx_ao(d, (FR, M, SH, PL), PARTY_GOV_RX, PARTY_GOV_REPL),
  "in the four parts every 县委、县政府 / 党委、政府 written 县委和县政府 / 党委和政府: the same two organs.",
  margin=1.0)
D("inv", "plan_drop_further_ao/jinyibu", True, "same",
  lambda d: op_swap_rx_ao(d, (PL,), JINYIBU_RX, ""),
  "in the plan every 进一步 dropped (进一步加强 -> 加强): the same tasks without the stock adverb.",
  margin=1.0)

# ================================================================== pairs: A higher
P("pair_cause_own_omission_vs_many_ao/genzi", True, lambda d: op_pair_end_ao(d, SH, CAUSE_A, CAUSE_B, "gz"),
  "at the end of the shortfalls: A the cause is the unit's own omission, told with figures ({dept} reviewed "
  "files of M of N units, the review was not in the year's assessment); B 原因是多方面的.  A higher.")
P("pair_plan_outcome_vs_activity_ao/youxiulv", True,
  lambda d: op_pair_end_ao(d, PL, PLAN_A, PLAN_B, "yx"),
  "at the end of the plan, the same re-review of case files: A with an outcome target (优秀率 from N2% to "
  "N3%, 不合格案卷清零); B with activities (广泛开展…活动, 营造氛围, 常态化).  A higher.")
P("pair_opening_year_figures_vs_claim_ao/quannian", True,
  lambda d: op_pair_opening_ao(d, OPEN_A, OPEN_B, "qn"),
  "appended to the opening: A the year's own figures (复议收案 N, 纠错 M, 规范性文件审核 N, 出庭应诉 N); B a "
  "general claim of progress.  A higher.")


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


SPLIT_FILE = Path(__file__).with_name("split-ao.json")


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
