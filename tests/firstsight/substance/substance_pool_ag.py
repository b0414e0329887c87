"""Thirty-third substance set (AG): the shortfalls, their causes and next year's plan -- the parts a
reviewer reads most critically.  Directional (the edit must score lower by more than 0.5): each shortfall
rewritten as a merit in disguise (标准定得高、要求抓得严 caused it); each shortfall's explanation replaced by a
cause that blames the public or the law's complexity only; by a cause that is an attitude only (认识不到位,
重视不够); each shortfall cut to one line with no fact; the shortfalls moved into the plan (下一步要解决…)
and the shortfalls' part left with a bridging sentence; the plan's owners, targets and deadlines taken out;
the plan replaced by this year's measures' topic words with 继续; the plan dated in the report year.
Padding (must not rise by more than 0.5): a stock self-criticism paragraph; slogans closing the plan; a
list of next year's meetings.  Invariance (|delta| <= 1): 一是/二是 written 首先/其次; a causes paragraph
merged into the last problem's paragraph vs on its own; the shortfalls' heading worded otherwise; a
causes paragraph before the problems vs after them.  Pairs (A higher by more than 0.5): a specific cause
(staff and caseload counted) vs an attitude; a plan item with owner, target and deadline vs the same item
without them; a shortfall with its figures vs without.  Every case definition, the documents, and the
random split of the case x document rows into a tuning part (substance_edits_ag.py) and a held part
(substance_edits_ag_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J-AF: (name "idea/wording",
kind, expected, make, margin).  Margins: 0.5 for lower, padding and pairs, 1.0 for invariance (the two
layout pairs of the causes are invariance pairs: kind "pair", expected "same", |A - B| <= 1).

Documents (`docs()`): the 5 complete dev reports.  No labelled page of the corpus has a shortfalls part or
a plan located (the pages stop after about 2,000 bytes), so the pages give no rows for this theme.  Split
by ROW as sets AD-AF: per definition its rows shuffled with one random.Random(SPLIT_SEED), the first
round(0.4 * k) to tuning (at least one when k >= 2, never all).  `python3 substance_pool_ag.py` writes
split-ag.json, committed before any run of the tool.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ab import PL, SH, op_pair_ab
from edit_lib_ae import op_plan_continue_headings_ae
from edit_lib_ag import (
    op_causes_layout_pair_ag,
    op_enum_words_ag,
    op_heading_words_ag,
    op_items_as_merit_ag,
    op_items_cause_ag,
    op_items_headline_ag,
    op_items_into_plan_ag,
    op_pad_end_ag,
    op_plan_past_year_ag,
    op_plan_stripped_ag,
)

SPLIT_SEED = 20261207_33
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
D("down", "merit_in_disguise_ag/yaoqiugao", True, "lower", lambda d: op_items_as_merit_ag(d,
    "在[kp]上，我{unit}给自己定的工作标准偏高、抓落实的要求偏严，个别环节一时跟不上这样的高节奏"),
  "every shortfall item rewritten as a merit in disguise: its standard was set high and its demands were "
  "strict, so a few steps lag behind (标准定得高、要求抓得严导致…); its enumerator kept.")
D("down", "causes_blame_outside_ag/waiyin", True, "lower", lambda d: op_items_cause_ag(d, [
    "这主要怪部分群众懂法守法的观念弱、遇事爱闹访缠访，对政府的期待又远超合理范围",
    "根子在于相关法律法规门类繁杂、条款艰深、频繁修订，基层很难吃透",
    "客观上源自办事群众不熟悉程序、不配合依法处置，加上上位法规定过于原则、不好操作"]),
  "every shortfall item cut to its headline and its explanation replaced by a cause that blames only the "
  "public (群众法治观念淡薄, 闹访缠访) or the law's complexity (法规门类繁杂、条款艰深).")
D("down", "causes_attitude_only_ag/renshi", True, "lower", lambda d: op_items_cause_ag(d, [
    "归根到底是一些同志在思想上还没转过弯来",
    "说到底是对这方面工作的重视程度还不够高",
    "根源在于少数干部责任意识不强、主动性欠缺"]),
  "every shortfall item cut to its headline and its explanation replaced by a cause that is an attitude "
  "only (思想上没转过弯, 重视程度不够, 责任意识不强).")
D("down", "one_line_no_fact_ag/yihang", True, "lower", lambda d: op_items_headline_ag(d),
  "every shortfall item cut to its headline (enumerator and first clause): one line per problem, its facts "
  "and explanation gone.")
D("down", "shortfalls_into_plan_ag/banjia", True, "lower", lambda d: op_items_into_plan_ag(d,
    "对于工作里的这些薄弱点，后面的安排中将一并统筹考虑。",
    "下一步要解决的几件事是："),
  "the shortfalls' body replaced by one bridging sentence; the items' headlines put at the start of the "
  "plan as what 下一步要解决 (the shortfalls are no longer stated as this year's).")
D("down", "plan_no_owner_target_deadline_ag/wuzhuti", True, "lower", lambda d: op_plan_stripped_ag(d),
  "in the plan's body every owner (由…牵头, 我县将, 我们将), every next-year date or deadline (2025年, 年底前, 6月底前) "
  "and every figure target (达到90%以上) taken out.")
D("down", "plan_repeats_headings_ag/jixu", True, "lower", lambda d: op_plan_continue_headings_ae(d, "measures",
    ["继续", "继续抓好", "继续做好"], "来年工作思路是："),
  "the plan's body replaced by one paragraph listing this year's measures' topic words, each with 继续 "
  "(继续抓好…): no new target, owner or deadline.")
D("down", "plan_dated_past_ag/qunian", True, "lower", lambda d: op_plan_past_year_ag(d),
  "every naming of the next year in the plan (heading and body) written as the report year: the plan is "
  "dated in the past.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_stock_selfcriticism_ag/chaju", True, "not_higher", lambda d: op_pad_end_ag(d, SH,
    "客观地讲，与上级的部署要求相比、与兄弟地区的先进经验相比、与人民群众的新期待相比，我{unit}在这方面"
    "仍有差距，在一些方面仍存在提升的空间，需要在今后的实践中下功夫逐步补齐。"),
  "a paragraph at the end of the shortfalls: stock self-criticism (与上级要求相比、与先进地区相比还有差距), "
  "no problem named.")
D("pad", "pad_plan_slogans_ag/kouhao", True, "not_higher", lambda d: op_pad_end_ag(d, PL,
    "站在新起点上，我{unit}将以更加饱满的热情、更加昂扬的斗志、更加务实的作风，凝心聚力、攻坚克难、"
    "砥砺前行，奋力开创法治政府建设崭新局面，以优异成绩向党和人民交出满意答卷。"),
  "a paragraph at the end of the plan: slogans (以更加饱满的热情、更加昂扬的斗志…奋力开创…新局面), no item.")
D("pad", "pad_meetings_list_ag/huiyi", True, "not_higher", lambda d: op_pad_end_ag(d, PL,
    "{ny}年拟召开的会议安排：一季度召开年度法治建设工作部署会；二季度召开领导小组全体成员会议；三季度"
    "开一次依法行政推进调度会；四季度召开年终考核工作会。"),
  "a paragraph at the end of the plan listing next year's meetings by quarter (部署会, 全体成员会议, 推进调度会, "
  "考核工作会): meetings, no target.")

# ================================================================== invariance (margin 1)
D("inv", "enum_words_ag/shouxian", True, "same", lambda d: op_enum_words_ag(d,
    ["首先", "其次", "再次", "第四", "第五", "第六", "第七", "第八", "第九"]),
  "in the shortfalls and the plan every 一是/二是/三是… written 首先/其次/再次/第四…: the same items.",
  margin=1.0)
D("inv", "shortfalls_heading_words_ag/biaoti", True, "same", lambda d: op_heading_words_ag(d, [
    ("问题和不足", "不足和问题"), ("存在问题和原因", "存在的不足及原因"),
    ("存在的不足", "问题与不足"), ("存在不足", "存在的问题"), ("查找不足", "查找问题")]),
  "the shortfalls' heading worded otherwise (存在的不足 -> 问题与不足, 存在不足 -> 存在的问题, 存在问题和原因 "
  "-> 存在的不足及原因): the same part.", margin=1.0)
P("causes_merged_ag/hebing", True, lambda d: op_causes_layout_pair_ag(d,
    "产生这些问题，一方面是{dept}负责法制审核的专职人员只有{m1}名，面对全{unit}{n1}个单位的送审任务"
    "力量吃紧；另一方面是年度培训以集中授课为主，案例教学偏少。", "merge"),
  "invariance pair: A a causes paragraph (staff counted, training form) merged into the last problem's "
  "paragraph; B the same causes as their own paragraph at the end of the shortfalls.  |A - B| <= 1.",
  margin=1.0, expected="same")
P("causes_first_ag/qianzhi", True, lambda d: op_causes_layout_pair_ag(d,
    "从成因上看，一方面{unit}基层法治队伍中持法律职业资格的仅有{m1}人，另一方面执法人员年均参训时长"
    "不足{k2}天，能力提升的渠道还比较窄。", "first"),
  "invariance pair: A a causes paragraph put before the problems; B the same paragraph after them (end of "
  "the shortfalls).  |A - B| <= 1.", margin=1.0, expected="same")

# ================================================================== pairs: A higher
P("pair_specific_cause_ag/bianzhi", True, lambda d: op_pair_ab(d, SH,
    "究其成因，{dept}执法监督股编制{m1}人，要承担全{unit}{n1}个部门{c1}项执法事项的监督，人少事多，"
    "案卷评查只能抽查。",
    "究其成因，一些干部对执法监督这项工作认识有偏差，重视也不够。",
    salt="bz"),
  "a paragraph at the end of the shortfalls: A a specific cause (编制{m1}人承担{n1}个部门{c1}项执法事项的"
  "监督); B an attitude cause (认识有偏差、重视不够).  A higher.")
P("pair_plan_owner_target_deadline_ag/zeren", True, lambda d: op_pair_ab(d, PL,
    "由{dept}牵头，{ny}年9月底前对全{unit}{n1}个执法部门的行政执法案卷完成一轮交叉评查，优良率提高到"
    "{k1}0%以上。",
    "组织对执法部门的行政执法案卷开展交叉评查，推动优良率有所提高。",
    salt="zr"),
  "a paragraph at the end of the plan: A an item with owner ({dept}牵头), deadline ({ny}年9月底前) and "
  "target (优良率{k1}0%以上); B the same item without them.  A higher.")
P("pair_shortfall_with_figure_ag/shuzi", True, lambda d: op_pair_ab(d, SH,
    "另外，行政复议纠错仍较多，{y}年被复议机关纠正的行政行为{c2}件，占审结案件{c1}件的{r1}%。",
    "另外，行政复议纠错仍较多，被复议机关纠正的行政行为占审结案件的比例还不算低。",
    salt="sz"),
  "a paragraph at the end of the shortfalls: A a shortfall with its figures (被纠错{c2}件，占{c1}件的{r1}%); "
  "B the same shortfall without figures.  A higher.")


# ================================================================== documents and the split
FAMILIES = ("down", "pad", "inv", "pair")


def docs():
    """The 5 dev reports (no labelled page has a shortfalls part or a plan located)."""
    return edit_lib.load_dev()


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


SPLIT_FILE = Path(__file__).with_name("split-ag.json")


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
