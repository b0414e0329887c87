"""Forty-ninth substance set (AW): hollow writing across the four parts of a report.
Directional (lower by more than 0.5): in the measures every counted sentence replaced by a count of the staff
put on its activity (安排{m}名工作人员 / 抽调{m}名骨干组成专班 / 明确{m}名分管领导和{n}名联络员); in the
shortfalls every item replaced by a statement of how important that area is (no problem named); in the plan
every item replaced by a task of writing it up (总结形成书面材料 / 编印经验汇编 / 整理成信息简报报送上级).
Padding (must not rise by more than 0.5): at the end of the shortfalls a note that the problems were
confirmed at a meeting; at the end of the principal's part the principal's holiday days on duty and overtime
hours; at the end of the plan a caveat that it will change if the superior's policy changes.
Pairs (A higher by more than 0.5): inside the measures, N delegated enforcement items of which M used, cases
closed, K handed back, vs slogans; inside the shortfalls, N major decisions of which M sent for legal review
under 3 working days before the meeting, with the cause, vs a vague line.

Every added paragraph goes INSIDE its part (edit_lib_av.insert_inside_av), never after the signature, the
date or a page footer.

Written from the domain and set AV's machinery (pool layout, measure, dry-run, table, show-row and overlap
scripts), without reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the
labelled report pages where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets
AD-AV, TUNE_SHARE 0.5.
`python3 substance_pool_aw.py` writes split-aw.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ah import FR, M, PL, SH  # noqa: F401
from edit_lib_aw import *  # noqa: F401,F403

SPLIT_SEED = 457530671   # random.SystemRandom().randrange(10**8, 10**9)
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
STAFFING = ["围绕{kp}安排{m1}名工作人员专门负责",
            "为{kp}抽调{m2}名业务骨干组成工作专班",
            "{kp}一项明确了{m3}名分管领导和{n1}名联络员"]
IMPORTANCE = ["这方面工作属于依法行政的一项基础性工作，牵一发而动全身",
              "此项工作历来是上级督察考核的重点，社会关注度较高",
              "该领域工作与人民群众切身利益密切相关，必须常抓不懈"]
SUMMARIES = ["认真总结{kp}方面的经验做法，形成书面材料",
             "及时梳理{kp}工作成果，编印一本经验汇编",
             "把{kp}的好做法整理成信息简报报送上级"]
SHORT_CONFIRMED = "以上问题已于{y}年12月经本{unit}法治政府建设领导小组会议专题研究，逐条予以确认。"
FR_HOURS = "{y}年，{head}利用节假日和双休日在岗{n1}天，累计加班{n2}0余小时。"
PLAN_CAVEAT = "以上安排如遇上级政策调整或机构改革变化，将结合实际相应作出调整，届时另行报告。"
FUQUAN_A = ("{y}年，本{unit}承接上级赋权的{n1}项综合执法事项中，实际办理过案件的有{m1}项，全年办结案件{n2}件；"
            "经评估，{m2}项长期无案可办、专业性强的事项已报请收回。")
FUQUAN_B = ("稳妥承接上级赋权的综合执法事项，持续提升基层综合行政执法能力，确保赋权事项放得下、接得住、管得好，"
            "基层治理效能稳步提升。")
SHENCHA_A = ("{y}年提交合法性审查的{n1}件重大行政决策中，有{m1}件送审时距决策会议不足3个工作日，审查意见来不及"
             "充分论证，原因是{m2}个部门没有把审查时限排进决策流程。")
SHENCHA_B = ("重大行政决策合法性审查有时还不够充分，个别部门对审查程序的重视还不够，审查质量仍需持续提升，"
             "相关工作机制还需进一步健全完善。")

# ================================================================== directional: lower
D("down", "counted_to_staffing_aw/renli", True, "lower",
  lambda d: op_counted_to_staffing_aw(d, STAFFING),
  "measures: every counted sentence replaced by a count of the staff put on its first counted activity "
  "(围绕{kp}安排{m}名工作人员专门负责 / 为{kp}抽调{m}名业务骨干组成工作专班 / {kp}一项明确了{m}名分管领导和"
  "{n}名联络员): people put in are counted, nothing done is told.")
D("down", "short_items_to_importance_aw/zhongyao", True, "lower",
  lambda d: op_short_items_to_importance_aw(d, IMPORTANCE),
  "shortfalls: every item (shortfalls and causes) replaced by a statement of how important the area is "
  "(一项基础性工作，牵一发而动全身 / 上级督察考核的重点 / 与人民群众切身利益密切相关，必须常抓不懈): no "
  "problem and no cause is named.")
D("down", "plan_to_summaries_aw/zongjie", True, "lower",
  lambda d: op_plan_to_summaries_aw(d, SUMMARIES),
  "plan: every enumerated item replaced by a task of writing its topic up (认真总结{kp}方面的经验做法，形成书面"
  "材料 / 编印一本经验汇编 / 整理成信息简报报送上级): paperwork about work, no step, owner, deadline or target.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_short_confirmed_meeting_aw/queren", True, "not_higher",
  lambda d: op_pad_inside_aw(d, SH, SHORT_CONFIRMED, "qr"),
  "shortfalls: after the part's last body line 以上问题已于{y}年12月经本{unit}法治政府建设领导小组会议专题"
  "研究，逐条予以确认。: a meeting and a date, no shortfall and no cause added.")
D("pad", "pad_fr_hours_aw/jiaban", True, "not_higher",
  lambda d: op_pad_inside_aw(d, FR, FR_HOURS, "jb"),
  "principal's part: after its last body line {y}年，{head}利用节假日和双休日在岗{n}天，累计加班{n}0余小时。: "
  "counted days and hours on duty, no act of the 第一责任人.")
D("pad", "pad_plan_caveat_aw/tiaozheng", True, "not_higher",
  lambda d: op_pad_inside_aw(d, PL, PLAN_CAVEAT, "tz"),
  "plan: after its last body line 以上安排如遇上级政策调整或机构改革变化，将结合实际相应作出调整，届时另行"
  "报告。: a caveat, no step added.")

# ================================================================== pairs: A higher
P("pair_delegated_items_counted_vs_slogan_aw/fuquan", True,
  lambda d: op_pair_inside_aw(d, M, FUQUAN_A, FUQUAN_B, "fq"),
  "measures, after its last body line: A of N1 delegated (赋权) enforcement items M1 were used, N2 cases "
  "closed, M2 unused specialist items handed back; B the same topic in slogans.  A higher.")
P("pair_short_review_rushed_vs_vague_aw/shencha", True,
  lambda d: op_pair_inside_aw(d, SH, SHENCHA_A, SHENCHA_B, "sc"),
  "shortfalls, after its last body line: A of N1 major decisions sent for legal review M1 were sent under 3 "
  "working days before the meeting, cause: M2 departments left the review time out of the decision "
  "procedure; B the same topic told vaguely.  A higher.")


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


SPLIT_FILE = Path(__file__).with_name("split-aw.json")


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
