"""Forty-second substance set (AP): the team's final held-out check of the session's build over every part
of a report -- the opening, the measures, the principal's part (第一责任人), the shortfalls (不足和原因), the
plan and the fifth item (其他需要报告的情况).
Directional (lower by more than 0.5): counted measures replaced by "the same as last year, not repeated";
every shortfall item turned into a hypothetical future risk.  Padding (must not rise by more than 0.5): a
drafting note after the opening; a gloss of the national standard of 法治政府 at the end of the measures; the
principal's curriculum vitae at the end of the principal's part; a fifth-item section that only states the
data's cut-off date.  Invariance (|delta| <= 1): 全年 written 一年来 in the measures; the plan's year written
明年; a fifth-item section saying 无.  Pair (A higher by more than 0.5): the principal's visit to the 司法局
with the problems found and solved (figures) vs a visit told as care and support.

Written from the domain and set AO's machinery (pool layout, measure, dry-run, table and overlap scripts),
without reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the labelled
report pages where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets AD-AO,
TUNE_SHARE 0.35.
`python3 substance_pool_ap.py` writes split-ap.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ah import FR, M, PL, SH
from edit_lib_ap import *  # noqa: F401,F403

SPLIT_SEED = 20261207_42
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
AS_BEFORE = ["此项做法与上年度相同，具体情况不再赘述", "这方面沿用往年的办法，情况和去年报告里写的一致",
             "该项工作按原有路子照常运转，详见以前各年度的报告"]
HYPOTHETICAL = ["{kp}方面，眼下虽未显现，但往后几年或许会碰到新情况，需未雨绸缪、提早防范。",
                "{kp}方面，随着形势变化，将来不排除冒出一些新考验。",
                "{kp}方面，目前运转平稳，只是从长远看仍应保持警觉，以防万一。"]
DRAFT_NOTE = ("本报告由{dept}牵头起草，先后三易其稿，经集体讨论后定稿，按规定在门户网站向社会公开。")
GLOSS = ("所谓法治政府，说的是政府该管什么要合乎科学，权力与责任都由法律来定，执法要严格，办事要公开且讲效率，"
         "为政要清廉守信，最终让老百姓满意，这是衡量各级政府依法行政水平的总标尺。")
RESUME = ("现任{lead}系大学学历，早年在基层一线摸爬滚打，先后在多个部门任职，熟悉农村和经济工作，"
          "前些年调任现职。")
OTHER_HEAD = "{num}、其他需要报告的情况"
OTHER_NIL = "无。"
OTHER_CUTOFF = "本报告所用数据的统计截止时间为{y}年12月31日，由相关单位填报后汇总形成。"
QUANNIAN_RX = r"(?:(?<=[。，；：,;\s])|^)全年(?![任目计工度])(?=[\u4e00-\u9fff])"
HANDOFF = ["，这项工作归口上级主管部门统一安排，本级届时跟着走即可", "，由市里有关部门具体抓落实，我们不再单独部署",
           "，交给各村（社区）自行把握，本级不作统一要求"]
HOW_FOUND = ("以上问题是通过发放问卷、召开座谈会、走访群众、翻阅台账等多种渠道梳理汇总出来的，"
             "力求查得全、找得准。")
VISIT_A = ("{y}年{m1}月，{lead}专程到{dept}蹲点调研，当场梳理出人员缺编{m2}名、法律顾问经费不足等{m3}个具体问题，"
           "随后协调增编{m2}名、追加经费{n1}万元，年底前全部落实到位。")
VISIT_B = "{y}年，{lead}专程到{dept}调研指导，对法治建设工作给予了亲切关怀和大力支持，提出了殷切希望。"

# ================================================================== directional: lower
D("down", "counted_as_before_ap/tongshang", True, "lower",
  lambda d: op_counted_to_study_ao(d, AS_BEFORE),
  "every counted sentence of the measures (enumerator kept) replaced by 'the same as last year, not "
  "repeated here': the year's acts and figures are not told.")
D("down", "short_items_hypothetical_ap/fengxian", True, "lower",
  lambda d: op_short_items_denied_ao(d, HYPOTHETICAL),
  "every shortfall item (enumerator and key phrase kept) turned into a risk that may arise some day: "
  "no actual shortfall of the year and no cause is left.")
D("down", "plan_handed_off_ap/guikou", True, "lower",
  lambda d: op_plan_hedged_ao(d, HANDOFF),
  "every plan sentence closed by a clause handing the task to others (上级主管部门统一安排 / 市里有关部门"
  "抓落实 / 各村（社区）自行把握, 本级不作部署): the unit commits to nothing of its own.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_opening_drafting_ap/qicao", True, "not_higher",
  lambda d: op_pad_after_opening_ao(d, DRAFT_NOTE),
  "after the opening a note on how the report was drafted and published: procedure, no act of the year.")
D("pad", "pad_measures_standard_gloss_ap/biaochi", True, "not_higher",
  lambda d: op_pad_end_ao(d, M, GLOSS, "bc"),
  "at the end of the measures a gloss of the seven-point national standard of 法治政府: a definition, no "
  "act of the unit.")
D("pad", "pad_fr_resume_ap/lvli", True, "not_higher",
  lambda d: op_pad_end_ao(d, FR, RESUME, "lv"),
  "at the end of the principal's part the principal's curriculum vitae: who the person is, no act.")
D("pad", "pad_other_cutoff_ap/jiezhi", True, "not_higher",
  lambda d: op_other_section_ap(d, OTHER_HEAD, OTHER_CUTOFF),
  "a fifth-item section (其他需要报告的情况) that only states the data's cut-off date and how they were "
  "gathered: no matter to report.")
D("pad", "pad_short_how_found_ap/wenjuan", True, "not_higher",
  lambda d: op_pad_end_ao(d, SH, HOW_FOUND, "wj"),
  "at the end of the shortfalls how the problems were gathered (问卷, 座谈会, 走访, 台账): method, no "
  "problem and no cause added.")

# ================================================================== invariance (margin 1)
D("inv", "measures_yearlong_ap/yinianlai", True, "same",
  lambda d: op_swap_rx_ao(d, (M,), QUANNIAN_RX, "一年来"),
  "in the measures 全年 at a clause's start before a count verb (全年共/全年办理…) written 一年来: the same "
  "period.", margin=1.0)
D("inv", "plan_year_as_mingnian_ap/mingnian", True, "same",
  lambda d: op_plan_year_as_next_ap(d, "明年"),
  "in the plan every {ny}年 written 明年 (the report's next year named relatively): the same tasks, the "
  "same year.", margin=1.0)
D("inv", "other_section_nil_ap/wu", True, "same",
  lambda d: op_other_section_ap(d, OTHER_HEAD, OTHER_NIL),
  "a fifth-item section 其他需要报告的情况 saying 无: the same as no such section (the item is optional, "
  "domain N6).", margin=1.0)
D("inv", "title_drop_guanyu_ap/biaoti", True, "same",
  lambda d: op_title_drop_guanyu_ap(d),
  "the title '…关于{y}年…情况的年度报告' written '…{y}年…情况年度报告' (关于 and 的 dropped): the same "
  "report.", margin=1.0)

# ================================================================== pairs: A higher
P("pair_fr_visit_solved_vs_care_ap/dundian", True,
  lambda d: op_pair_end_ao(d, FR, VISIT_A, VISIT_B, "dd"),
  "at the end of the principal's part: A the principal's visit to {dept} with M3 problems found (M2 posts "
  "short, counsel funds) and solved (M2 posts added, N1 万元); B the same visit told as care and support.  "
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


SPLIT_FILE = Path(__file__).with_name("split-ap.json")


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
