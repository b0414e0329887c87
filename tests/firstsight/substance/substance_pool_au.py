"""Forty-seventh substance set (AU): hollow writing in the measures part (主要举措和成效).
Directional (lower by more than 0.5): every count of the measures told only as a change against last year
(同比增长 / 较上年增加 / 全市排名前移); every counted sentence told as the wider area's total (全县 in a
township's report …) with a note that the unit's own share was not counted apart; every counted sentence
replaced by its topic with 等 and no number; every counted sentence dated the year before with a note that
this year's data are not compiled yet and last year's stand in; every counted or dated sentence replaced
by an outcome claim on its topic (no act).
Padding (must not rise by more than 0.5): a long quotation of the 督察工作规定 (publication rule and the five
items of a report) at the end of the measures; a list of laws studied, each with its date of effect and its
number of articles.  Pairs (A higher by more than 0.5): who trained how many 法律明白人 in how many villages
and what they did, vs the same topic in slogans; who checked how many 执法全过程记录 files and what was sent
back, vs the same topic in slogans.

Written from the domain and set AT's machinery (pool layout, measure, dry-run, table, show-row and overlap
scripts), without reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the
labelled report pages where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets
AD-AT, TUNE_SHARE 0.5.
`python3 substance_pool_au.py` writes split-au.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ah import FR, M, PL, SH  # noqa: F401
from edit_lib_au import *  # noqa: F401,F403

SPLIT_SEED = 297410912   # random.SystemRandom().randrange(10**8, 10**9)
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
CHANGE_COUNT = ["数量同比增长{p1}%", "数量较上年增加{p2}%", "数量在全市的排名较上年前移{m1}位"]
CHANGE_PCT = "较上年提高{p3}个百分点"
UNSPLIT = ["（系全{w}汇总数，本{unit}数据未单独统计）",
           "（口径为全{w}合计，本{unit}所占份额未作拆分）",
           "（引用的是全{w}的总数，本{unit}情况没有单列）"]
DENG = ["围绕{kp}等内容，开展了形式多样的活动",
        "{kp}等各项工作均已铺开",
        "先后组织了{kp}等一系列活动"]
STOPGAP = ["（{y}年统计数据尚在汇总，暂以上年数据代替）",
           "（今年的数字还没有统计出来，先按{py}年的填报）",
           "（本项沿用{py}年度数据，{y}年数据待核实后补报）"]
OUTCOMES = ["{kp}成效显著，群众获得感、满意度明显增强",
            "通过不懈努力，{kp}水平实现新的跃升",
            "{kp}成果丰硕，多次受到上级的充分肯定"]
RULE_QUOTE = ("《法治政府建设与责任落实督察工作规定》明确：“每年4月1日之前，地方各级政府和县级以上政府部门的"
              "法治政府建设年度报告，除涉及党和国家秘密的，应当通过报刊、网站等新闻媒体向社会公开，接受人民群众"
              "监督。”年度报告应当写明上一年度推进法治政府建设的主要举措和成效，存在的不足和原因，党政主要负责人"
              "履行推进法治建设第一责任人职责、加强法治政府建设的有关情况，下一年度推进法治政府建设的主要安排，"
              "以及其他需要报告的情况。本{unit}严格按照上述规定的要求撰写本报告。")
LAWS_LEAD = "本年度集中学习的法律法规有："
LAWS = [("中华人民共和国民法典", "2021年1月1日", 1260, 2021),
        ("中华人民共和国行政处罚法", "2021年7月15日", 86, 2021),
        ("中华人民共和国行政复议法", "2024年1月1日", 90, 2024),
        ("优化营商环境条例", "2020年1月1日", 72, 2020),
        ("重大行政决策程序暂行条例", "2019年9月1日", 44, 2019)]
MBR_A = ("{y}年，{dept}在全{unit}{m1}个村（社区）培养“法律明白人”{n1}名，逐村建立花名册，"
         "全年由其参与调解邻里纠纷{n2}件、就地解答群众法律咨询{n3}人次。")
MBR_B = ("深入实施“法律明白人”培养工程，着力打造一支懂法用法、扎根基层的普法骨干队伍，"
         "推动基层依法治理水平迈上新台阶。")
JILU_A = ("{y}年，{dept}调取{m1}个执法部门的执法记录仪音像资料{n1}份逐份核对，发现记录不完整{m2}份，"
          "已全部退回承办单位补正。")
JILU_B = ("全面落实执法全程留痕要求，执法记录仪应配尽配、应用尽用，确保每一次执法活动有据可查、"
          "可回溯，执法行为日益规范有序。")

# ================================================================== directional: lower
D("down", "counts_to_change_only_au/tongbi", True, "lower",
  lambda d: op_counts_to_change_au(d, CHANGE_COUNT, CHANGE_PCT),
  "every count of the measures (figure + unit, with 共/累计/达 before it) written, rotating, as 数量同比增长"
  "{p}% / 数量较上年增加{p}% / 数量在全市的排名较上年前移{m}位, every percentage as 较上年提高{p}个百分点: only "
  "changes and ranks are left, no count of what was done.")
D("down", "wider_total_unsplit_au/weichaifen", True, "lower",
  lambda d: op_wider_unsplit_au(d, UNSPLIT),
  "every counted sentence of the measures told as the wider area's total (我镇/本镇/全镇 -> 全县 in a "
  "township's report, 全市 in a county's, 全省 in a city's) and closed by a note that the unit's own share was "
  "not counted apart: the figures are not the unit's.")
D("down", "counted_to_deng_au/deng", True, "lower",
  lambda d: op_counted_to_deng_au(d, DENG),
  "every counted sentence of the measures replaced by its topic with 等 and no number (围绕{kp}等内容，开展了"
  "形式多样的活动 / {kp}等各项工作均已铺开 / 先后组织了{kp}等一系列活动): activities listed, none counted.")
D("down", "prior_year_stopgap_au/daiti", True, "lower",
  lambda d: op_prior_year_stopgap_au(d, STOPGAP),
  "every counted sentence of the measures dated the year before ({y}年 -> {py}年) and closed by a note that "
  "this year's data are not compiled yet and last year's stand in: the year's work is told as last year's.")
D("down", "acts_to_outcomes_au/chengxiao", True, "lower",
  lambda d: op_acts_to_outcomes_au(d, OUTCOMES),
  "every counted or dated sentence of the measures replaced by an outcome claim on its topic ({kp}成效显著… / "
  "通过不懈努力，{kp}水平实现新的跃升 / {kp}成果丰硕…): results claimed, no act behind them.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_rule_quote_au/guiding", True, "not_higher",
  lambda d: op_pad_end_ao(d, M, RULE_QUOTE, "gd"),
  "at the end of the measures a long quotation of the 督察工作规定 (publication by 4月1日, the five items a "
  "report must carry) and 'this report follows it': rules quoted, no act.")
D("pad", "pad_laws_dated_au/shixing", True, "not_higher",
  lambda d: op_pad_laws_dated_au(d, LAWS_LEAD, LAWS, "sx"),
  "at the end of the measures a list of laws studied, each with its date of effect and its number of "
  "articles (laws in force by the report year only): dates and counts that count nothing done.")

# ================================================================== pairs: A higher
P("pair_legal_understanders_counted_vs_slogan_au/mingbairen", True,
  lambda d: op_pair_end_ao(d, M, MBR_A, MBR_B, "mb"),
  "at the end of the measures: A the 司法局/所 trained N1 法律明白人 in M1 villages, a roster per village, "
  "N2 disputes mediated and N3 consultations answered by them; B the same topic in slogans.  A higher.")
P("pair_enforcement_record_checked_vs_slogan_au/jilu", True,
  lambda d: op_pair_end_ao(d, M, JILU_A, JILU_B, "jl"),
  "at the end of the measures: A the 司法局/所 checked N1 body-camera files of M1 enforcement departments, "
  "found M2 incomplete and sent them back; B 全过程记录 in slogans.  A higher.")


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


SPLIT_FILE = Path(__file__).with_name("split-au.json")


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
