"""Thirty-second substance set (AF): what a reviewer credits as the year's own results.  Directional (the
edit must score lower by more than 0.5): the counted results moved to earlier years or to several years
together (2021年…, 近三年来累计…); the counted results given as the totals of a wider area (全市 in a
county's report); the counted results replaced by a court's or a procuratorate's, told in the unit's report;
the counted acts described only as routine (每年/定期/坚持), no act of the year; the counted results hedged
(据不完全统计, 初步统计, 预计, 约); the counted acts replaced by meetings about them; the principal's acts
given to a deputy, or to a working team.  Padding (must not rise by more than 0.5): a list of honours; the
measures' figures repeated in a closing paragraph; the 纲要's task-area names as a list; political study
sessions.  Invariance (|delta| <= 1): the last two sentences of paragraphs swapped; a few counts in Chinese
numerals; 我县 written 本县; a table-of-contents line.  Pairs (A higher by more than 0.5): an act with its
result vs the act alone; a plan item answering the report's own named shortfall vs a generic one.  Ideas
in the theme's own cut and wordings no earlier set (A-AE) used.  Every case definition, the documents, and
the random split of the case x document rows into a tuning part (substance_edits_af.py) and a held part
(substance_edits_af_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J-AE: (name "idea/wording",
kind, expected, make, margin).  Margins: 0.5 for lower, padding and pairs, 1.0 for invariance.

Documents (`docs()`): the 5 complete dev reports and every labelled report page whose measures part is
located.  Rows (`rows()`): per definition every dev report the edit applies to and at most PAGE_CAP = 8
of the pages it applies to, drawn at random (random.Random(SPLIT_SEED + 1)).  Split by ROW as sets AD-AE:
per definition its rows shuffled with one random.Random(SPLIT_SEED), the first round(0.4 * k) to tuning
(at least one when k >= 2, never all).  `python3 substance_pool_af.py` writes split-af.json, committed
before any run of the tool.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ab import FR, M, PL, SH, op_pair_ab
from edit_lib_af import (
    op_counted_by_court_af,
    op_counted_lead_af,
    op_counted_to_routine_af,
    op_counted_to_wording_af,
    op_figures_hanzi_af,
    op_fr_actor_af,
    op_pad_para_af,
    op_pad_repeat_figures_af,
    op_self_name_af,
    op_swap_last_two_af,
    op_toc_line_af,
)

SPLIT_SEED = 20261207_32
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


def P(name, star, make, why, margin=0.5, a_may_be_report=False):
    DEFS.append(("pair", star, (name, "pair", "a_higher", _checked(make, "pair", a_may_be_report), margin),
                 why))


# ================================================================== directional: lower
D("down", "results_earlier_years_af/wangnian", True, "lower", lambda d: op_counted_lead_af(d, (M,), [
    "{y3}年，", "早在{y2}年，", "近三年来累计"]),
  "every counted sentence of the measures: its report-year words dropped and a lead-in put before it that "
  "moves the result to an earlier year (2021年, 早在2022年) or to three years together (近三年来累计).")
D("down", "results_wider_area_af/quanshi", True, "lower", lambda d: op_counted_lead_af(d, (M,), [
    "据{wide}汇总，", "从{wide}面上统计，", "{wide}各地合计"], drop_year=False, own_to_wide=True),
  "every counted sentence of the measures given as the total of the wider area (全市 in a county's report, "
  "全省 in a city's): the lead-in names it and 全县/我县/本县 are written as it.")
D("down", "results_of_court_af/fayuan", True, "lower", lambda d: op_counted_by_court_af(d, (M,), [
    "{court}全年审结一审行政诉讼案件[a]件，依法支持行政机关正确履职",
    "{proc}立案办理行政公益诉讼案件[a]件，向有关部门制发诉前检察建议[b]份",
    "{court}在辖区设立诉讼服务站点，通过诉前调解分流化解民商事纠纷[a]起"]),
  "every counted sentence of the measures replaced by a court's or a procuratorate's result with the "
  "sentence's own figures (审结行政诉讼案件, 行政公益诉讼, 诉前调解), told as the unit's work of the year.")
D("down", "routine_not_act_af/changtai", True, "lower", lambda d: op_counted_to_routine_af(d, (M,), [
    "，这是每年都要定期开展的一项常规工作",
    "，历年来一直坚持这一做法，已形成惯例",
    "，按照往年的固定模式常年推进"],
    "这方面工作{dept}坚持按季度例行安排，多年来形成固定套路。"),
  "every counted sentence of the measures cut to its act without figures or year, with a tail that says "
  "it is a routine (每年定期, 历年坚持, 往年固定模式): no act of this year.")
D("down", "results_hedged_af/yuji", True, "lower", lambda d: op_counted_lead_af(d, (M,), [
    "据不完全统计，", "初步统计（数据尚未核准），", "预计", "粗略估算，"], drop_year=False, approx=True),
  "every counted sentence of the measures hedged (据不完全统计, 初步统计, 预计, 粗略估算) and its figures "
  "given as approximate (约56件): the results are uncertain.")
D("down", "acts_to_meetings_af/kaihui", True, "lower", lambda d: op_counted_to_wording_af(d, (M,), [
    "{dept}就此召开专题会议，对这项工作进行了研究部署",
    "{unit}政府召开推进会听取汇报，会议对后续任务提出要求",
    "这方面还组织召开了座谈调度会，会上就抓好落实作了强调"]),
  "every counted sentence of the measures replaced by a meeting held about the work (召开专题会议研究部署, "
  "推进会, 座谈调度会): the acts and their results are gone, the meetings remain.")
D("down", "fr_to_deputy_af/fuzhi", True, "lower", lambda d: op_fr_actor_af(d, "{deputy}"),
  "in the principal's part every naming of the principal (书记, 县长, 主要负责人 …) replaced by the deputy "
  "in charge (分管副县长): the 第一责任人's acts become a deputy's.")
D("down", "fr_to_team_af/zhuanban", True, "lower", lambda d: op_fr_actor_af(d, "{unit}依法治{unit}办工作专班"),
  "in the principal's part every naming of the principal replaced by a working team (依法治县办工作专班): "
  "the 第一责任人's acts become a team's.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_honours_list_af/rongyu", True, "not_higher", lambda d: op_pad_para_af(d, (M,),
    "一年来，{unit}相继捧回省级法治政府建设示范创建先进单位、市级“八五”普法中期先进集体、依法行政"
    "考核优秀等次等多块牌匾，{dept}获评省司法行政系统先进集体，另有多名干部被评为优秀法治工作者、"
    "人民满意公务员。"),
  "a paragraph at the end of the measures listing honours and awards (示范创建先进单位, 普法先进集体, "
  "优秀等次, 人民满意公务员): no act, no result of the work itself.")
D("pad", "pad_repeat_figures_af/chongshu", True, "not_higher", lambda d: op_pad_repeat_figures_af(d, M,
    "把上面的主要数字再归拢一下："),
  "a paragraph at the end of the measures that repeats the first four counted clauses already given in "
  "the measures: no new result.")
D("pad", "pad_outline_areas_af/gangmu", True, "not_higher", lambda d: op_pad_para_af(d, (M,),
    "本年度各项工作对应纲要的以下板块：健全政府机构职能体系；健全依法行政制度体系；健全行政决策制度"
    "体系；健全行政执法工作体系；健全突发事件应对体系；健全社会矛盾纠纷行政预防调处化解体系；健全行政"
    "权力制约和监督体系；健全法治政府建设科技保障体系。"),
  "a paragraph at the end of the measures listing the 2021-2025 纲要's eight task areas by name: names, no "
  "act.")
D("pad", "pad_political_study_af/xuexi", True, "not_higher", lambda d: op_pad_para_af(d, (FR, M),
    "{y}年，{unit}政府党组理论学习中心组集中学习{k1}次、专题研讨{k2}次，反复研读党的创新理论和"
    "全会精神，干部职工的政治判断力、政治领悟力、政治执行力在学习中不断提升。"),
  "a paragraph at the end of the principal's part (else the measures): political study sessions of the "
  "government's party group, counted, with nothing on law.")

# ================================================================== invariance (margin 1)
D("inv", "swap_last_two_af/diaoxu", True, "same", lambda d: op_swap_last_two_af(d, M),
  "in every measures paragraph of three sentences or more, its last two sentences swapped (both end with "
  "。, neither opens with an enumerator or 其中/同比/此外…): the same acts and results.", margin=1.0)
D("inv", "figures_hanzi_af/hanzi", True, "same", lambda d: op_figures_hanzi_af(d, (M, FR)),
  "the first three counts of 11-99 in the measures and the principal's part written in Chinese numerals "
  "(12件 -> 十二件, 36个 -> 三十六个): the same counts.", margin=1.0)
D("inv", "self_name_af/benxian", True, "same", lambda d: op_self_name_af(d, (M, FR, SH, PL)),
  "in the four parts 我县 written 本县 (我市 -> 本市 …; 本县 -> 我县 when the report has no 我县): the "
  "same unit.", margin=1.0)
D("inv", "toc_line_af/mulu", True, "same", lambda d: op_toc_line_af(d, "目录："),
  "a table-of-contents line (目录： + the report's top headings) put before the first top heading: no "
  "content.", margin=1.0)

# ================================================================== pairs: A higher
P("pair_act_with_result_af/daowei", True, lambda d: op_pair_ab(d, M,
    "{y}年，{dept}对照上级督察反馈意见开展行政执法问题专项整改，梳理问题{c1}个，年底已整改到位{c1}个，"
    "{k2}项做法形成制度固化下来。",
    "{y}年，{dept}对照上级督察反馈意见开展行政执法问题专项整改，对梳理出的问题逐项推动整改。",
    salt="dw"),
  "a paragraph at the end of the measures: A a rectification with {c1} problems found and all {c1} fixed, "
  "{k2} practices made rules; B the same rectification without its result.  A higher.")
P("pair_plan_named_shortfall_af/duizheng", True, lambda d: op_pair_ab(d, PL,
    "针对报告中指出的“{kp}”问题，由{dept}牵头拿出专项方案，{ny}年底前落实到位并向社会公开进展。",
    "围绕法治政府建设的各方面任务，由{dept}牵头拿出专项方案，{ny}年底前落实到位并向社会公开进展。",
    salt="dz", need=(SH,)),
  "a paragraph at the end of the plan: A a plan item that answers the report's own first named shortfall "
  "({kp}); B the same item aimed at 法治政府建设的各方面任务.  A higher.")


# ================================================================== documents and the split
FAMILIES = ("down", "pad", "inv", "pair")


def docs():
    """The 5 dev reports and the labelled report pages whose measures part is located (by id)."""
    return edit_lib.load_dev() + sorted(edit_lib.load_pages(), key=lambda d: d.id)


def all_cases():
    return [c for _, _, c, _ in DEFS]


PAGE_CAP = 8   # at most this many pages per definition (to keep the run light on a shared machine)


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


SPLIT_FILE = Path(__file__).with_name("split-af.json")


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
