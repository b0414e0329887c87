"""Twenty-sixth substance set (Z): the WHOLE report -- shortfalls and their causes (存在的不足和原因), the
principal's duties (党政主要负责人履行第一责任人职责), next year's plan (下一年度主要安排) and the measures --
under the three CheckList test types (directional, padding, invariance) and pairs, with ideas and wordings no
earlier set used.  Every case definition of the set, the documents it is applied to, and the random split of
the case x document rows into a tuning part (substance_edits_z.py) and a held part (substance_edits_z_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J-Y: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_z.py counts such rows).

Documents (`docs()`): the 5 complete dev reports and every labelled report page whose measures part is
located (edit_lib.load_pages()); only the dev reports carry labelled shortfalls and plans, so those
definitions have at most 5 rows.  Rows (`rows()`): per definition every dev report the edit applies to and
at most PAGE_CAP = 10 of the pages it applies to, drawn at random (random.Random(SPLIT_SEED + 1)).

The split is by ROW (case x document), as in sets P-Y: for each definition its applicable documents are
shuffled with one random.Random(SPLIT_SEED) (definitions in file order) and the first round(0.4 * k) go
to the tuning part (at least one when k >= 2, never all), the rest to the held part.  The held rows are
never looked at one by one.  `python3 substance_pool_z.py` writes split-z.json, committed before any run
of the tool.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_y import op_add_measures_y, op_para_meetings_y, op_pair_measures_y
from edit_lib_z import (
    op_blank_lines_z,
    op_cause_outsider_z,
    op_counted_tail_z,
    op_cut_comparisons_z,
    op_fr_para_z,
    op_fr_prefix_z,
    op_fullwidth_z,
    op_hard_wrap_z,
    op_pair_fr_z,
    op_pair_plan_kp_z,
    op_plan_actor_z,
    op_plan_para_z,
    op_plan_wish_z,
    op_short_questions_z,
    op_short_tail_z,
)

SPLIT_SEED = 20261207_26
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


# ================================================================== directional down: shortfalls and causes
D("down", "cause_outsider_law_z/shangweifa", True, "lower", lambda d: op_cause_outsider_z(d, [
    "追根溯源，症结在于上位法相关条款规定得比较原则，配套细则迟迟没有出台，基层执行起来无所适从。",
    "说到底，这是国家层面立法修法节奏跟不上形势变化所致，并非我们主观努力不够。",
    "归根结底，问题出在法律条文本身存在空白和冲突，基层只能被动适应。"]),
  "in every problem item of the shortfalls its own cause sentences (原因, 由于, 导致 …) dropped and a tail "
  "added that puts the cause on the law and the legislator (上位法…配套细则迟迟没有出台; 立法修法节奏跟不上; "
  "法律条文本身存在空白): the unit's own part in the shortfall is gone.")
D("down", "short_as_questions_z/fanwen", True, "lower", lambda d: op_short_questions_z(d, [
    "{kp}方面，是否还存在可以做得更好的空间？这值得大家共同思考。",
    "围绕{kp}，怎样才能更上一层楼？这是摆在面前的一道思考题。",
    "{kp}能否再提升一步？对此仍需集思广益、深入探讨。"]),
  "every problem item of the shortfalls replaced by a rhetorical question on its key phrase ({kp}方面，是否"
  "还存在可以做得更好的空间？…): no shortfall is admitted or described.")

# ================================================================== directional down: the principal
D("down", "fr_former_post_z/yuandanwei", True, "lower", lambda d: op_fr_prefix_z(d, [
    "据回顾，{lead}调任前在原工作单位期间，",
    "早年在外地任职时，",
    "追溯到{lead}履新之前的原岗位上，"]),
  "every sentence of the principal's part dated to the principal's former post elsewhere (调任前在原工作单位"
  "期间; 早年在外地任职时; 履新之前的原岗位上): none of it was done in this unit this year.")

# ================================================================== directional down: next year's plan
D("down", "plan_public_owner_z/quanmin", True, "lower", lambda d: op_plan_actor_z(d, [
    "倡议广大群众自觉", "希望辖区居民和企业自行", "号召社会各界人士主动"]),
  "every sentence of next year's plan made a call on the public (倡议广大群众自觉…; 希望辖区居民和企业"
  "自行…; 号召社会各界人士主动…), the unit's self-reference dropped: the government plans nothing itself.")
D("down", "plan_wish_z/qipan", True, "lower", lambda d: op_plan_wish_z(d, [
    "但愿{c}能够水到渠成、自然见效。",
    "期盼{c}在新的一年里自行好转。",
    "寄希望于{c}随着时间推移慢慢改善。"]),
  "every sentence of next year's plan cut to its first clause and turned into a wish (但愿…水到渠成; 期盼…"
  "自行好转; 寄希望于…慢慢改善): no act, no owner, no date.")

# ================================================================== directional down: the measures
D("down", "figures_unverified_z/weihe", True, "lower", lambda d: op_counted_tail_z(d, [
    "该数字由各单位口头报送、未经逐一核对",
    "此数据暂无台账佐证，仅供参考",
    "统计时未经复核，可能存在重复计算"]),
  "every counted sentence of the measures closed with a tail saying its figure is unchecked (口头报送、未经"
  "逐一核对; 暂无台账佐证; 未经复核，可能存在重复计算): the figures no longer prove the work.")
D("down", "comparisons_cut_z/duibi", True, "lower", lambda d: op_cut_comparisons_z(d),
  "every clause of the measures that compares with an earlier time (同比…, 较上年…, 比去年…) dropped "
  "(every sentence that has one): the figures keep no base to judge progress by.")
D("down", "para_to_formula_z/taolu", True, "lower", lambda d: op_para_meetings_y(d,
    "始终坚持以{kp}为牵引、以{kp}为支撑、以{kp}为保障，推动{kp}持续迈上新台阶、实现新跨越、展现新气象。"),
  "the two body pieces of the measures with the most figures turned into one formula sentence built on "
  "their heading words (以{kp}为牵引、以{kp}为支撑…迈上新台阶、实现新跨越): hollow, on topic.")

# ================================================================== padding: must not score higher
D("pad", "pad_short_minimize_z/xiabuyanyu", True, "not_higher", lambda d: op_short_tail_z(d, [
    "但瑕不掩瑜、总体可控",
    "好在影响面很小、只属个例",
    "不过同类地区也普遍如此、无伤大雅"]),
  "every problem item of the shortfalls closed with a tail that makes light of it (瑕不掩瑜、总体可控; 影响"
  "面很小、只属个例; 同类地区也普遍如此): less candour, nothing added.")
D("pad", "pad_fr_biography_z/lvli", True, "not_higher", lambda d: op_fr_para_z(d,
    "{lead}，男，汉族，七十年代生人，大学学历，毕业于省内一所师范院校中文专业，先后在{sub}和{unit}直机关"
    "多个岗位任职，熟悉基层情况，作风朴实，在干部群众中口碑较好。"),
  "a paragraph at the end of the principal's part with the principal's biography (男，汉族，七十年代生人，"
  "…毕业于…中文专业，先后在…任职): no act of the year.")
D("pad", "pad_office_building_z/bangonglou", True, "not_higher", lambda d: op_add_measures_y(d,
    "硬件条件方面，{dept}于{y}年{m1}月整体搬入新办公楼，办公面积{c1}0平方米，新添置办公桌椅{k1}0套、"
    "电脑{c2}台、空调{k2}台，更换了门厅标识标牌，办公环境焕然一新。", salt="bg"),
  "a paragraph at the end of the measures on the office's move and furniture (搬入新办公楼, 办公面积…平方米, "
  "桌椅{k1}0套、电脑{c2}台): counted, but no rule-of-law work.")
D("pad", "pad_plan_vision_z/yuanjing", True, "not_higher", lambda d: op_plan_para_z(d,
    "展望更长远的未来，我们憧憬着这样一幅图景：到{ny3}年前后，法治的阳光普照城乡每个角落，遇事找法渐成风尚，"
    "政府与群众之间充满信任，人人心中有法、处处彰显公正，一个安定祥和的美好家园将展现在世人面前。"),
  "a paragraph at the end of next year's plan painting a far vision (到{ny3}年前后，法治的阳光普照城乡…"
  "美好家园将展现在世人面前): no task, no owner, no date within the year.")

# ================================================================== invariance: the same score
D("inv", "fullwidth_digits_z/quanjiao", True, "same", lambda d: op_fullwidth_z(d),
  "every digit and % of the measures written full-width (４２件, ９５．６％ stays ９５.６％): the same figures "
  "in another code point.")
D("inv", "hard_wrap_z/zhehang", True, "same", lambda d: op_hard_wrap_z(d),
  "every long body piece of the measures broken into lines of 38 characters, as text copied from a PDF "
  "comes: the same words, another layout.")
D("inv", "blank_lines_z/kongxing", True, "same", lambda d: op_blank_lines_z(d),
  "layout only: a report with blank lines between paragraphs loses them all; one without gets a blank "
  "line after every line.")

# ================================================================== pairs: the better version scores higher
P("pair_share_with_base_z/zhanbi", True, lambda d: op_pair_measures_y(d,
    "{y}年，{unit}作出重大行政执法决定{c1}件，全部经过法制审核，审核中发现问题退回补正{c2}件，占{r1}%，"
    "退回件均在补正后重新作出决定。",
    "{y}年，{unit}重大行政执法决定法制审核中退回补正{c2}件。", salt="zb"),
  "a paragraph at the end of the measures: A the legality review's returns ({c2}件) with their base (of "
  "{c1} decisions, {r1}%) and what followed; B the returns alone, no base.  A higher.")
P("pair_plan_deliverable_z/jiaofu", True, lambda d: op_pair_plan_kp_z(d,
    "针对{kp}方面的短板，{ny}年由{dept}牵头，于6月底前制定专项整改清单，逐项明确责任人和完成时限，9月开展"
    "中期核查，年底前将整改结果向社会公开。",
    "针对{kp}方面的短板，{ny}年将对其加以认真研究，积极探索切实可行的解决办法。"),
  "a paragraph at the end of next year's plan on the first shortfall's key phrase: A an owner, a list by "
  "end of June, a mid-term check in September, results published by year end; B 认真研究…探索解决办法.  "
  "A higher.")
P("pair_fr_own_vs_body_z/qinli", True, lambda d: op_pair_fr_z(d,
    "{y}年{m1}月，{lead}本人逐件审阅{k1}项重大行政决策的合法性审核意见，对其中{k2}项程序不完备的决策草案"
    "当场批示退回，要求补充公众参与环节后再提交会议讨论。",
    "{y}年{m1}月，{unit}政府对{k1}项重大行政决策的合法性审核意见进行了审阅，对其中{k2}项程序不完备的"
    "决策草案予以退回，要求补充公众参与环节后再提交会议讨论。"),
  "a paragraph at the end of the principal's part: A the principal in person read {k1} legality opinions "
  "and sent {k2} drafts back; B the government as a body did the same.  A higher (the part is about the "
  "principal's own acts).")

# ================================================================== documents and the split
FAMILIES = ("down", "pad", "inv", "pair")


def docs():
    """The 5 dev reports and the labelled report pages whose measures part is located (by id)."""
    return edit_lib.load_dev() + sorted(edit_lib.load_pages(), key=lambda d: d.id)


def all_cases():
    return [c for _, _, c, _ in DEFS]


PAGE_CAP = 10   # at most this many pages per definition (to keep the run light on a shared machine)


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


SPLIT_FILE = Path(__file__).with_name("split-z.json")


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
