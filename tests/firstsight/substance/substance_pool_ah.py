"""Thirty-fourth substance set (AH): a broad held-out check of the whole scoring.  Directional (lower by
more than 0.5): the measures' concrete acts replaced by generalities; the year's figures replaced by
若干/一批/多次; the principal's dated acts turned into intentions for next year; the measures' results
credited to the county's 人民法院 or the 上级督察组; the shortfalls replaced by praise; the plan replaced by
a copy of the year's achievements.  Padding (must not rise by more than 0.5): a paragraph restating the
opening; a paragraph of the 纲要's wording; a table of contents; a long thanks paragraph.  Invariance
(|delta| <= 1): the parts' headings reworded; full-width <-> half-width punctuation; one long paragraph split
into three; the page's site chrome lines deleted.  Pairs (A higher by more than 0.5): a specific cause vs a
moralising cause; this year's figures vs the same figures dated two years earlier; a plan with deadlines vs
the same plan without.

Written from the domain and the earlier sets' machinery (set AG's pool layout, measure, dry-run and
overlap scripts), without reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports
and the labelled report pages (openings) where the edit applies, at most PAGE_CAP pages per definition.
Split by ROW as sets AD-AG.  `python3 substance_pool_ah.py` writes split-ah.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ah import *  # noqa: F401,F403

SPLIT_SEED = 20261207_34
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
D("down", "generalities_ah/gaodu", True, "lower", lambda d: op_generalities_ah(d, [
    "各级各部门对这项工作高度重视、认真谋划",
    "我{unit}积极推进相关工作，取得了明显进展",
    "扎实开展了各项具体工作，总体运行平稳有序",
    "相关单位密切配合、统筹兼顾，协同配合更加顺畅"]),
  "in the measures every sentence with a count, figure or date replaced by a generality (高度重视、认真谋划, "
  "积极推进…取得明显进展, 扎实开展…运行平稳有序): the concrete acts gone.")
D("down", "vague_counts_ah/ruogan", True, "lower", lambda d: op_vague_counts_ah(d,
    ["若干", "一批", "多", "一些"], "较大比例"),
  "in the measures every count written 若干/一批/多/一些 + its unit (若干件, 一批人, 多次) and every percentage "
  "written 较大比例: the year's figures gone.")
D("down", "fr_next_year_ah/mingnian", True, "lower", lambda d: op_fr_next_year_ah(d, "下一年度拟"),
  "in the principal's part every sentence turned into an intention for next year (下一年度拟 + the act, the "
  "report year written as the next, 了/已/累计 dropped): the dated acts become plans.")
D("down", "results_to_court_ah/fayuan", True, "lower", lambda d: op_results_to_other_ah(d, [
    "据本{unit}人民法院单方面统计，主要依靠法院的审判工作，",
    "在上级督察组进驻后直接督办下，由督察组推动，",
    "这一结果主要是{unit}人民法院牵头促成的：",
    ]),
  "in the measures every sentence with a figure credited to another body: the county's 人民法院 (主要依靠法院"
  "的审判工作) or the 上级督察组 (督察组推动): the results are not the government's.")
D("down", "problems_as_praise_ah/chengji", True, "lower", lambda d: op_problems_praise_ah(d, [
    "回顾全年，我{unit}法治政府建设各项任务推进顺利、亮点纷呈，干部群众普遍给予高度评价，上级部门多次肯定"
    "我们的做法。总的看，工作中没有发现需要特别指出的短板，个别方面只是还可以锦上添花。"]),
  "the shortfalls' body replaced by praise (推进顺利、亮点纷呈, 上级部门多次肯定, 没有发现需要特别指出的短板): "
  "no problem named.")
D("down", "plan_as_achievements_ah/fuzhi", True, "lower", lambda d: op_plan_as_achievements_ah(d,
    "来年，我们要接着做好以下工作。"),
  "the plan's body replaced by a copy of the measures' paragraphs (every second first, as long as the plan "
  "was) after one lead-in sentence: next year's plan is this year's achievements.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_restate_opening_ah/fushu", True, "not_higher", lambda d: op_restate_opening_ah(d,
    "换句话说，概括本年度的总体情况就是："),
  "a paragraph after the opening restating the opening's first sentences (换句话说，概括本年度的总体情况就是：…): "
  "nothing new.")
D("pad", "pad_gangyao_words_ah/gangyao", True, "not_higher", lambda d: op_pad_end_ah(d, "measures",
    "对照纲要，我{unit}始终把政府机构职能优化、依法行政制度体系完善、行政决策科学民主合法、行政执法严格规范"
    "公正文明、突发事件应对有力有序、社会矛盾纠纷依法化解、行政权力制约监督有效、数字法治政府加快建设这"
    "八个方面作为努力方向，一体谋划、一体推进。"),
  "a paragraph at the end of the measures listing the 纲要's eight areas as the unit's direction (政府机构职能"
  "优化, 行政决策科学民主合法 …): the 纲要's wording, no act.")
D("pad", "pad_table_of_contents_ah/mulu", True, "not_higher", lambda d: op_toc_ah(d, "目  录"),
  "a table of contents after the title (目  录 + the located parts' heading lines): nothing new.")
D("pad", "pad_thanks_ah/ganxie", True, "not_higher", lambda d: op_pad_after_last_part_ah(d,
    "借此机会，谨向长期以来关心支持我{unit}法治政府建设的各级领导、各有关部门和社会各界朋友致以诚挚的谢意！"
    "感谢人大代表、政协委员的监督帮助，感谢广大法律工作者的辛勤付出，感谢新闻媒体的关注报道，感谢每一位参与"
    "和见证这项事业的群众。大家的理解与信任，是我们做好工作最大的底气和动力。"),
  "a long thanks paragraph at the end of the report's last part (谨向…致以诚挚的谢意, 感谢人大代表、政协委员…): "
  "no content.")

# ================================================================== invariance (margin 1)
D("inv", "heading_synonyms_ah/tongyi", True, "same", lambda d: op_heading_synonyms_ah(d, [
    ("主要举措和成效", "主要工作及成效"), ("主要举措与成效", "主要工作和成效"), ("主要开展工作和取得成效", "主要工作及成效"),
    ("主要工作", "主要做法"), ("存在问题和原因", "存在的问题及原因"), ("的问题和不足", "的不足与问题"),
    ("存在的不足", "存在的问题"), ("存在不足", "不足之处"), ("工作安排", "工作打算"), ("工作思路", "工作计划"),
    ("工作要点", "工作安排"), ("主要措施", "主要举措"), ("建设情况", "建设概况")]),
  "the located parts' headings reworded by synonyms (主要举措和成效 -> 主要工作及成效, 存在不足 -> 不足之处, "
  "工作安排 -> 工作打算, 工作思路 -> 工作计划 …): the same parts.", margin=1.0)
D("inv", "punct_width_ah/banjiao", True, "same", lambda d: op_punct_width_ah(d),
  "full-width punctuation (，；：（）！？) written half-width, or on a half-width page the reverse: the same "
  "words.", margin=1.0)
D("inv", "split_paragraph_ah/chaifen", True, "same", lambda d: op_split_paragraph_ah(d),
  "the measures' longest paragraph (150+ characters, 3+ sentences) split into three at sentence ends: the "
  "same words.", margin=1.0)
D("inv", "drop_site_chrome_ah/qudiao", True, "same", lambda d: op_drop_chrome_ah(d),
  "on pages, the site chrome lines before the report (来源, 发布时间, 浏览次数, 无障碍, 字号, breadcrumbs, dates "
  "with 星期) deleted: the same report.", margin=1.0)

# ================================================================== pairs: A higher
P("pair_specific_cause_ah/juti", True, lambda d: op_pair_end_ah(d, "shortcomings",
    "分析原因，主要是{dept}今年有{m1}名法制审核人员调离，新进的{m2}人尚未取得法律职业资格，而送审的规范性"
    "文件比上年多出{n1}件，审核只能压缩时限。",
    "分析原因，主要是少数干部的法治信仰还不够坚定，对自己要求不严，缺乏担当精神和进取意识。",
    salt="jt"),
  "a paragraph at the end of the shortfalls: A a specific cause ({m1}名审核人员调离, 新进{m2}人无资格, 送审文件"
  "多{n1}件); B a moralising cause (法治信仰不够坚定, 对自己要求不严).  A higher.")
P("pair_figures_two_years_ago_ah/jiunian", True, lambda d: op_pair_end_ah(d, "measures",
    "{y}年，全{unit}共受理行政复议申请{n1}件，办结{n2}件；组织执法人员专题培训{m1}期，覆盖{n3}0人次。",
    "{y2}年，全{unit}共受理行政复议申请{n1}件，办结{n2}件；组织执法人员专题培训{m1}期，覆盖{n3}0人次。"
    .replace("{y2}", str(d.year - 2)), salt="jn"),
  "a paragraph at the end of the measures: A figures of the report year ({y}年受理复议{n1}件…); B the same "
  "figures dated two years earlier ({y}-2年).  A higher.")
P("pair_plan_deadlines_ah/shixian", True, lambda d: op_plan_deadline_pair_ah(d,
    ["，{ny}年3月底前完成", "，{ny}年6月底前落实到位", "，{ny}年9月底前见到成效", "，{ny}年11月底前全部完成"],
    ["，抓紧加以落实", "，逐步推进到位", "，力求见到成效", "，争取全部完成"]),
  "the plan's sentences: A each with a deadline of the next year ({ny}年3月底前完成 …); B each with an "
  "undated clause of the same kind (抓紧加以落实 …).  A higher.")

# ================================================================== documents and the split
FAMILIES = ("down", "pad", "inv", "pair")


def docs():
    """The 5 dev reports and the labelled report pages whose measures part is located (by id)."""
    return edit_lib.load_dev() + sorted(edit_lib.load_pages(), key=lambda d: d.id)


def all_cases():
    return [c for _, _, c, _ in DEFS]


PAGE_CAP = 5   # at most this many pages per definition (5 dev + 5 pages = the brief's "up to 8-10 documents")


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


SPLIT_FILE = Path(__file__).with_name("split-ah.json")


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
