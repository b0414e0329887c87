"""Thirty-fifth substance set (AI): the team's last broad held-out check of the session's build.
Directional (lower by more than 0.5): the measures' figured results written as 预计/计划 for the rest of the
year; the figures moved to a neighbouring county; the principal's acts given to the 县委常委会 as a whole; the
measures replaced by lists of the responsible units' names; the shortfalls replaced by one line 无明显不足;
the plan given as last year's plan (the year changed back).  Padding (must not rise by more than 0.5): a
newspaper's praise paragraph; the measures' heading written twice; an appendix listing laws studied.
Invariance (|delta| <= 1): 一是/二是 items as separate paragraphs; 我镇 -> 本镇; “” <-> 「」; an empty line
between every two paragraphs.  Pairs (A higher by more than 0.5): a 整改 item with its completion count vs
without; an act of the principal with its month vs without (B is A's filled text with the part removed,
so both sides carry the same figures).

Written from the domain and set AH's machinery (pool layout, measure, dry-run and overlap scripts), without
reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the labelled report
pages (openings) where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets AD-AH.
`python3 substance_pool_ai.py` writes split-ai.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ai import *  # noqa: F401,F403

SPLIT_SEED = 20261207_35
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
D("down", "forecast_rest_of_year_ai/yuji", True, "lower", lambda d: op_forecast_ai(d, [
    "预计到{y}年12月末，", "按年初计划，今年余下几个月内将", "初步估算，年内有望"]),
  "in the measures every sentence with a figure written as a forecast for the rest of the year (预计到{y}年"
  "12月末, 按年初计划…将, 年内有望; 了/已/累计 dropped): the results not yet achieved.")
D("down", "neighbour_county_figures_ai/linxian", True, "lower", lambda d: op_neighbour_ai(d, [
    "邻近的兄弟{unit}区同期通报：", "据毗邻{unit}区公开的数据，", "作为参照，相邻{unit}区的情况是："],
    "该{unit}"),
  "in the measures every sentence with a figure moved to a neighbouring county (邻近的兄弟{unit}区同期通报, "
  "毗邻{unit}区公开的数据; 我县/本县/全县 -> 该县): the figures are not the report's own.")
D("down", "principal_to_standing_committee_ai/changwei", True, "lower", lambda d: op_fr_collective_ai(d,
    "{unit}委常委会全体成员", "由{unit}委常委会作为一个整体集体"),
  "in the principal's part the principal (书记, 县长, 主要负责人 …) replaced by the 县委常委会 as a whole "
  "({unit}委常委会全体成员): no personal act of the principal.")
D("down", "measures_as_unit_names_ai/mingdan", True, "lower", lambda d: op_unit_lists_ai(d,
    "本项工作涉及的责任单位有：", [
        "{unit}司法局", "{unit}公安局", "{unit}市场监督管理局", "{unit}自然资源局", "{unit}生态环境局",
        "{unit}人力资源和社会保障局", "{unit}住房和城乡建设局", "{unit}交通运输局", "{unit}农业农村局",
        "{unit}卫生健康委员会", "{unit}应急管理局", "{unit}综合行政执法局", "{unit}信访局", "{unit}财政局"]),
  "the measures' body replaced paragraph for paragraph by lists of the responsible units' names (本项工作涉及"
  "的责任单位有：{unit}司法局、{unit}公安局 …): no act, no result.")
D("down", "shortcomings_one_line_ai/wubuzu", True, "lower", lambda d: op_one_line_ai(d, "shortcomings",
    "无明显不足。"),
  "the shortfalls' body replaced by one line: 无明显不足。")
D("down", "plan_from_last_year_ai/qunian", True, "lower", lambda d: op_plan_stale_ai(d,
    "（以下各项照录{py}年度报告所列的工作计划）", ["明年", "来年", "下一年度", "下一年"]),
  "the plan given as last year's plan: the next year written as the report year (明年/来年 -> 今年) and a "
  "lead-in (照录{py}年度报告所列的工作计划): no plan for the coming year.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_news_praise_ai/baodao", True, "not_higher", lambda d: op_pad_end_ah(d, "measures",
    "本报讯 记者日前从{unit}里获悉，一年来，{unit}上下依法行政蔚然成风，一幅法治为民的美好画卷正在徐徐展开。"
    "走进办事大厅，群众纷纷点赞：“现在办事心里踏实多了！”法治的阳光温暖着每一位群众的心田，这片热土正焕发"
    "出勃勃生机。"),
  "a paragraph of newspaper-style praise at the end of the measures (本报讯 记者日前获悉…依法行政蔚然成风, "
  "群众纷纷点赞, 法治的阳光温暖心田): no act, no figure.")
D("pad", "pad_repeat_heading_ai/chongfu", True, "not_higher", lambda d: op_repeat_heading_ai(d),
  "the measures' heading line written twice (the copy right under it): nothing new.")
D("pad", "pad_law_appendix_ai/fulu", True, "not_higher", lambda d: op_append_end_ai(d, [
    "附件：本年度组织学习的法律法规目录",
    "1.《中华人民共和国宪法》", "2.《中华人民共和国行政处罚法》", "3.《中华人民共和国行政许可法》",
    "4.《中华人民共和国行政复议法》", "5.《中华人民共和国行政诉讼法》", "6.《中华人民共和国政府信息公开条例》",
    "7.《优化营商环境条例》", "8.《重大行政决策程序暂行条例》"]),
  "an appendix after the report listing the laws studied in the year (附件 + 8 titles of laws and "
  "regulations): a list, no act.")

# ================================================================== invariance (margin 1)
D("inv", "enum_as_paragraphs_ai/fenduan", True, "same", lambda d: op_enum_paragraphs_ai(d),
  "every paragraph with two or more 一是/二是 enumerators split so that each item opens its own line: the "
  "same words.", margin=1.0)
D("inv", "wo_to_ben_ai/benzhen", True, "same", lambda d: op_self_word_ai(d),
  "我镇/我县/我区/我市 written 本镇/本县/本区/本市 throughout: the same words.", margin=1.0)
D("inv", "quote_marks_ai/yinhao", True, "same", lambda d: op_quote_style_ai(d),
  "quotation marks “” written 「」 (or the reverse where 「」 are used): the same words.", margin=1.0)
D("inv", "blank_lines_ai/kongxing", True, "same", lambda d: op_blank_between_ai(d),
  "an empty line between every two paragraphs (existing empty lines collapsed to one): the same words.",
  margin=1.0)

# ================================================================== pairs: A higher
P("pair_rectify_count_ai/zhenggai", True, lambda d: op_pair_strip_ai(d, "measures",
    "对照上年度法治督察反馈意见，{unit}政府逐条建立整改台账、明确牵头单位和时限，"
    "反馈的{m3}个问题截至{y}年11月底已整改完成{m3}个，剩余事项转入常态化跟踪管理。", r"反馈的\d+个问题截至\d+年11月底已整改完成\d+个，",
    salt="zg"),
  "a 整改 item at the end of the measures: A with its completion count (反馈的{m3}个问题截至{y}年11月底已整改"
  "完成{m3}个); B the same item without it.  A higher.")
P("pair_principal_month_ai/yuefen", True, lambda d: op_pair_strip_ai(d, "first_responsible",
    "{y}年{m2}月，{head}主持召开政府常务会议，专题听取{dept}关于行政执法协调监督工作的汇报，当场部署下一步的"
    "整改任务。", r"^\d+年\d+月，", salt="yf"),
  "an act of the principal at the end of the principal's part (or the measures): A with its month ({y}年{m2}月"
  "，{head}主持召开政府常务会议…); B the same sentence without the month.  A higher.")

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


SPLIT_FILE = Path(__file__).with_name("split-ai.json")


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
