"""Twenty-fifth substance set (Y): the MEASURES part (主要举措和成效) under the three CheckList test types
(directional, padding, invariance) and pairs, with ideas no earlier set used.  Every case definition of the
set, the documents it is applied to, and the random split of the case x document rows into a tuning part
(substance_edits_y.py) and a held part (substance_edits_y_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J–X: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_y.py counts such rows).

Documents (`docs()`): the 5 complete dev reports and every labelled report page whose measures part is
located (edit_lib.load_pages()).  Rows (`rows()`): per definition every dev report the edit applies to and
at most PAGE_CAP = 15 of the pages it applies to, drawn at random (random.Random(SPLIT_SEED + 1)).

The split is by ROW (case x document), as in sets P–X: for each definition its applicable documents are
shuffled with one random.Random(SPLIT_SEED) (definitions in file order) and the first round(0.4 * k) go
to the tuning part (at least one when k >= 2, never all), the rest to the held part.  The held rows are
never looked at one by one.  `python3 substance_pool_y.py` writes split-y.json, committed before any run
of the tool.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_y import (
    op_add_measures_y,
    op_arabic_markers_y,
    op_case_no_outcome_y,
    op_copy_synonyms_y,
    op_counted_tail_y,
    op_figures_rank_y,
    op_figures_to_next_year_y,
    op_outcome_intent_y,
    op_pair_measures_y,
    op_para_meetings_y,
    op_reorder_group_y,
    op_self_reference_y,
    op_village_actor_y,
)

SPLIT_SEED = 20261207_25
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


# ================================================================== directional down: the measures
D("down", "luck_weather_y/tianshi", True, "lower", lambda d: op_counted_tail_y(d, [
    "说起来多半是今年老天帮忙、风调雨顺带来的",
    "坦白讲这主要靠运气好，碰巧赶上了",
    "这一结果很大程度上是偶然因素促成的，并非刻意为之"]),
  "every counted sentence of the measures closed with a tail that credits the result to the weather or to "
  "luck (老天帮忙、风调雨顺; 靠运气好，碰巧赶上了; 偶然因素促成): the unit's work no longer explains it.")
D("down", "figures_to_rank_y/mingci", True, "lower", lambda d: op_figures_rank_y(d, "（数量排名{up}第{r}位）"),
  "every figure with its unit in the measures (42件, 95.6%) replaced by a rank only (（数量排名全市第3位）): "
  "how much was done is no longer said.")
D("down", "outcome_to_intent_y/yitu", True, "lower", lambda d: op_outcome_intent_y(d, [
    "旨在让这项工作慢慢见到起色",
    "目的是为今后取得实效创造条件",
    "初衷在于逐步扭转相关局面"], "此项安排"),
  "every counted sentence of the measures cut before its first counted clause and closed with an intention "
  "(旨在…见到起色; 目的是…创造条件; 初衷在于…): the outcome is replaced by what was meant.")
D("down", "village_acts_y/cunli", True, "lower", lambda d: op_village_actor_y(d, [
    "辖区个别村（社区）自发", "有几个村（社区）自行", "部分村（社区）各自"]),
  "every sentence of the measures made an act of some villages (个别村（社区）自发…; 部分村（社区）各自…), "
  "the unit's own self-reference at its head dropped: the unit did none of it.")
D("down", "para_to_meetings_y/huiyi", True, "lower", lambda d: op_para_meetings_y(d,
    "先后召开了{kp}工作动员会、{kp}专题部署会、{kp}推进调度会、{kp}阶段讲评会、{kp}年终总结会。"),
  "the two body pieces of the measures with the most figures turned into a list of meeting names built on "
  "their heading words ({kp}动员会、{kp}部署会、{kp}调度会…): meetings held, no act, no figure.")
D("down", "case_no_outcome_y/wujieguo", True, "lower", lambda d: op_case_no_outcome_y(d),
  "in every sentence of the measures that tells a case (纠纷, 案件, 信访 …) the clauses that tell its outcome "
  "(调解成功, 办结, 挽回, 撤销 …) dropped: the case is told, how it ended is not.")
D("down", "figures_next_year_note_y/zhu", True, "lower", lambda d: op_figures_to_next_year_y(d,
    "（附注：上述工作{ny}年拟达到的数据为{figs}）"),
  "in every body piece of the measures with figures, the counted clauses removed and the figures moved to "
  "a note at the piece's end dated the next year (（附注：上述工作{ny}年拟达到的数据为…）): this year's work "
  "has no figure left.")

# ================================================================== padding: must not score higher
D("pad", "pad_term_definitions_y/dingyi", True, "not_higher", lambda d: op_add_measures_y(d,
    "为便于理解，对几个常用法律术语作简要说明：行政复议一词，说的是当事人对行政机关作出的"
    "具体行政行为不服，向法定复议机关申请重新审查的一种救济途径；合法性审核一词，说的是在文件出台或决策作出前，"
    "由法制机构对其权限、程序和内容是否合乎法律作出判断；行政调解一词，说的是由行政机关居中协调，促使纠纷"
    "双方自愿协商达成一致的活动。", salt="dy"),
  "a paragraph at the end of the measures that defines legal terms (行政复议一词，说的是…; 合法性审核一词…; "
  "行政调解一词…): no act of the unit.")
D("pad", "pad_praise_leaders_y/songyang", True, "not_higher", lambda d: op_add_measures_y(d,
    "回顾一年来的历程，大家切身感受到，每一项成绩都凝聚着领导班子的智慧和心血。班子成员始终高瞻远瞩、"
    "统揽全局，关键时刻亲自掌舵、靠前指挥，以非凡的胆识和卓越的领导艺术为各项事业把准了方向，广大干部"
    "群众对此有口皆碑、衷心拥护。", salt="sy"),
  "a paragraph at the end of the measures praising the leadership (高瞻远瞩、统揽全局; 卓越的领导艺术; "
  "有口皆碑): no act, no figure of rule-of-law work.")
D("pad", "pad_economy_figures_y/jingji", True, "not_higher", lambda d: op_add_measures_y(d,
    "经济运行方面，{y}年{unit}地区生产总值完成{n1}.{m1}亿元、同比增长{k2}.{m1}%，新签约招商引资项目"
    "{c1}个，协议引资额{k1}.{k2}亿元，其中亿元以上项目{c2}个，一般公共预算收入较上年增长{kd}.{m1}%。",
    salt="jj"),
  "a paragraph at the end of the measures with figures of the unit's economy (地区生产总值…亿元, 招商引资"
  "项目{c1}个, 一般公共预算收入…): counted, but not rule-of-law work.")
D("pad", "pad_post_views_y/yuedu", True, "not_higher", lambda d: op_add_measures_y(d,
    "在网络传播上，{unit}官方微信公众号推出的法治栏目全年累计浏览量达{n1}.{m1}万人次，单篇文章浏览量最高"
    "突破{k1}千人次，获得点赞{c1}00余个、转发{c2}00余次，后台新增关注粉丝{k2}千余人。", salt="yd"),
  "a paragraph at the end of the measures counting the views, likes and shares of the WeChat account's "
  "posts (浏览量达…万人次, 点赞, 转发, 新增关注粉丝): an audience's count, not work done.")
D("pad", "pad_law_contents_y/mulu", True, "not_higher", lambda d: op_add_measures_y(d, "\n".join([
    "附录　本年度涉及的主要法律法规目录",
    "一、《中华人民共和国黑土地保护法》",
    "二、《中华人民共和国湿地保护法》",
    "三、《中华人民共和国畜牧法》",
    "四、《中华人民共和国噪声污染防治法》",
    "五、《农田水利条例》",
    "六、《中华人民共和国家庭教育促进法》"]), salt="ml"),
  "an appendix-like table of contents of laws put at the end of the measures (附录　本年度涉及的主要法律法规"
  "目录, then six law titles): no act of the unit.")
D("pad", "pad_copy_synonyms_y/huanci", True, "not_higher", lambda d: op_copy_synonyms_y(d, [
    ("加强", "强化"), ("推进", "推动"), ("开展", "组织"), ("完善", "健全"), ("全面", "全方位"),
    ("持续", "不断"), ("积极", "主动"), ("严格", "从严"), ("切实", "扎实"), ("深入", "深度"),
    ("落实", "执行"), ("提升", "提高"), ("确保", "保证"), ("有效", "有力")], "与此同时，"),
  "the longest body piece of the measures copied right after itself with words swapped for synonyms (加强→"
  "强化, 推进→推动, 开展→组织 …), opened with 与此同时: nothing new is done.")

# ================================================================== invariance: the same score
D("inv", "reorder_paras_y/daoxu", True, "same", lambda d: op_reorder_group_y(d),
  "one group of consecutive body pieces of the measures (one sub-section) put in reverse order, each "
  "leading enumerator (一是, 1、…) left in its place: the same acts in another order.")
D("inv", "self_reference_y/zicheng", True, "same", lambda d: op_self_reference_y(d,
    ["本{u}", "{u}政府", "我{u}"]),
  "every 我X / 本X of the measures (我镇, 本县 …) rewritten in turn as 本X, X政府, 我X: the unit names "
  "itself in another way.")
D("inv", "arabic_markers_y/kuohao", True, "same", lambda d: op_arabic_markers_y(d, "（{k}）"),
  "Arabic item markers at the start of the measures' lines (1. 1． 1、) written as （1）（2）（3）: the same "
  "items, another marker.")

# ================================================================== pairs: the better version scores higher
P("pair_act_outcome_y/jiaoguo", True, lambda d: op_pair_measures_y(d,
    "{y}年，{unit}组织{dept}对{c1}名一线执法人员进行案卷制作专项轮训，轮训后抽查执法案卷{k1}0卷，"
    "不合格卷由上年的{c2}卷降至{k2}卷，案卷评查优良率提高到9{m1}%。",
    "{y}年，{unit}组织{dept}对{c1}名一线执法人员进行案卷制作专项轮训。", salt="jg"),
  "a paragraph added at the end of the measures: A a done act (案卷制作专项轮训 for {c1} staff) with its "
  "measurable outcome (不合格卷由{c2}卷降至{k2}卷, 优良率9x%); B the same act without it.  A higher.")
P("pair_mediation_outcome_y/tiaojie", True, lambda d: op_pair_measures_y(d,
    "全年依托{sub}人民调解委员会受理邻里、婚姻家庭等各类纠纷{c1}件，其中调解成功{c1}件中的绝大多数，仅"
    "{c2}件转入诉讼渠道，达成协议的当事人自觉履行率为{k1}{k2}%以上，未发生一起因调解不当引发的群体性事件。",
    "全年依托{sub}人民调解委员会受理邻里、婚姻家庭等各类纠纷{c1}件。", salt="tj"),
  "a paragraph added at the end of the measures: A the mediation committees' cases ({c1}件) with what "
  "came of them (only {c2}件 to court, 履行率, no 群体性事件); B the same cases received, no outcome.  "
  "A higher.")

# ================================================================== documents and the split
FAMILIES = ("down", "pad", "inv", "pair")


def docs():
    """The 5 dev reports and the labelled report pages whose measures part is located (by id)."""
    return edit_lib.load_dev() + sorted(edit_lib.load_pages(), key=lambda d: d.id)


def all_cases():
    return [c for _, _, c, _ in DEFS]


PAGE_CAP = 15   # at most this many pages per definition (to keep the run light on a shared machine)


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


SPLIT_FILE = Path(__file__).with_name("split-y.json")


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
