"""Thirty-sixth substance set (AJ): the 党政主要负责人履行第一责任人职责 part (who did what, when, how often)
and the measures' done vs not-done reading.
Directional (lower by more than 0.5): the principal's acts moved to the deputy secretary or to the head of
the 司法所; the principal's acts told as what the rule requires (应当/要); dated acts and counts written as
定期/经常; the principal attends others' meetings instead of chairing; the measures' figured acts told as
deployed without a result.  Padding (must not rise by more than 0.5): the principal's speech quoted at
length; a list of the principal's titles; the part's heading wording repeated in its body.  Invariance
(|delta| <= 1): 党委书记 <-> 镇党委书记; two adjacent dated sentences swapped; 3月 <-> 三月.  Pairs (A higher by
more than 0.5): the principal chaired N meetings deciding M items vs chaired meetings; heard reports on
named cases vs heard reports.

Written from the domain and set AI's machinery (pool layout, measure, dry-run and overlap scripts), without
reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the labelled report
pages (openings) where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets AD-AI.
`python3 substance_pool_aj.py` writes split-aj.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_aj import *  # noqa: F401,F403

SPLIT_SEED = 20261207_36
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
D("down", "fr_to_deputy_secretary_aj/fushuji", True, "lower", lambda d: op_fr_to_other_aj(d,
    "镇党委副书记", "{unit}委副书记", "由{who}牵头，"),
  "in the principal's part the principal (书记, 镇长, 主要负责人 …) replaced by the deputy secretary (镇党委副书记 "
  "/ 县委副书记; where none is named, 由…牵头 before each paragraph): the acts are not the principal's.")
D("down", "fr_to_sifa_head_aj/suozhang", True, "lower", lambda d: op_fr_to_other_aj(d,
    "镇司法所所长", "{unit}司法局局长", "具体由{who}负责落实，"),
  "in the principal's part the principal replaced by the head of the 司法所 (镇司法所所长 / 县司法局局长): the "
  "acts are an office head's, not the principal's.")
D("down", "fr_as_requirement_aj/yingdang", True, "lower", lambda d: op_fr_requirement_aj(d, [
    "按照规定，一把手应当", "依照职责清单的要求，主要负责人要", "上级文件明确，主要负责人应"], ["应当", "要", "须"]),
  "every sentence of the principal's part told as what the rule requires (主要负责人应当/要/须 after the name, else 按照规定…应当, 依照职责清单的要求…要; "
  "了/已/累计/全年 dropped): what should be done, not what was done.")
D("down", "fr_dates_to_routine_aj/dingqi", True, "lower", lambda d: op_fr_routine_aj(d,
    ["定期", "经常", "不定时"], "多回"),
  "in the principal's part every date (3月, 5月12日 …) written 定期/经常/不定时 and every count of times (5次) "
  "written 多回: no dated act, no frequency.")
D("down", "fr_attend_not_chair_aj/chuxi", True, "lower", lambda d: op_fr_attend_aj(d, {
    "主持召开": "应邀出席", "亲自主持": "列席旁听", "主持": "出席", "组织召开": "参加",
    "亲自部署": "到场听取", "召集": "参加"}),
  "in the principal's part 主持召开/组织召开/亲自部署 written 应邀出席/参加/到场听取: the principal attends "
  "others' meetings, chairs none.")
D("down", "measures_deployed_no_result_aj/bushu", True, "lower", lambda d: op_measures_deployed_aj(d, [
    "此项已印发通知作了部署。", "相关任务已在会上布置下去。", "目前已下发文件提出要求。"]),
  "in the measures every sentence with a figure cut to its first clause (figures removed) and ended as "
  "deployed (已印发通知作了部署, 已在会上布置下去): the act told, no result.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_principal_speech_aj/jianghua", True, "not_higher", lambda d: op_fr_insert_aj(d,
    "{lead}在干部职工大会上动情地说：“同志们，法治是治国理政的基本方式，我们每个人都要把它放在心上、落在"
    "行动上。谁不懂法谁就没有底气，谁不守法谁就走不长远。希望大家心里装着群众，手里握着规矩，做到心中有"
    "法、眼里有民、肩上有责，让法治成为我们共同的信仰和习惯。”"),
  "the principal's speech quoted at length at the end of the principal's part (…动情地说：“同志们，法治是治国"
  "理政的基本方式…”): words, no act.")
D("pad", "pad_principal_titles_aj/jianzhi", True, "not_higher", lambda d: op_fr_insert_aj(d,
    "{lead}同时担任{unit}全面依法治{unit}委员会主任、{unit}平安建设领导小组组长、{unit}安全生产委员会主任、"
    "{unit}信访工作联席会议总召集人、{unit}乡村振兴工作领导小组组长、{unit}河长制工作总河长。", where="start"),
  "a list of the principal's titles at the start of the principal's part (同时担任…委员会主任、…领导小组组长、"
  "…总河长): titles, no act.")
D("pad", "pad_heading_echo_aj/tiwei", True, "not_higher", lambda d: op_fr_heading_echo_aj(d, "综上，"),
  "the principal's part's heading wording repeated as a closing sentence of its body (综上，+ the heading's "
  "words): nothing new.")

# ================================================================== invariance (margin 1)
D("inv", "secretary_name_form_aj/zhenshuji", True, "same", lambda d: op_secretary_name_form_aj(d),
  "党委书记 written 镇党委书记 (or the reverse): the same person.", margin=1.0)
D("inv", "swap_dated_acts_aj/huhuan", True, "same", lambda d: op_swap_dated_aj(d),
  "the first two adjacent dated sentences of the principal's part (else the measures) swapped: the same "
  "acts.", margin=1.0)
D("inv", "month_numerals_aj/sanyue", True, "same", lambda d: op_month_numerals_aj(d),
  "months written in Chinese numerals (3月 -> 三月; the reverse where none is Arabic): the same dates.",
  margin=1.0)

# ================================================================== pairs: A higher
P("pair_meetings_decided_aj/yiding", True, lambda d: op_pair_two_aj(d,
    "这一年里，{lead}先后{m1}次主持召开党委专题会，就依法行政议题拍板定事{m2}项，逐项落实到责任领导。",
    "这一年里，{lead}先后主持召开党委专题会，就依法行政议题进行讨论研究。", salt="yd"),
  "an act of the principal at the end of the principal's part (or the measures): A chaired {m1} meetings that "
  "decided {m2} items, each given to a leader; B chaired meetings that discussed.  A higher.")
P("pair_named_cases_aj/anli", True, lambda d: op_pair_two_aj(d,
    "{head}专门听取了“某建材公司诉{unit}政府行政强制案”和“王某不服征收补偿决定案”两起案件的应诉情况"
    "汇报，要求承办单位对败诉风险点逐一作出说明。",
    "{head}专门听取了有关情况汇报，要求承办单位认真做好工作。", salt="al"),
  "an act of the principal at the end of the principal's part (or the measures): A heard reports on two "
  "named 行政诉讼 cases and asked for their risk points; B heard reports.  A higher.")

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


SPLIT_FILE = Path(__file__).with_name("split-aj.json")


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
