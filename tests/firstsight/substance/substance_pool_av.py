"""Forty-eighth substance set (AV): hollow writing across the four parts of a report.
Directional (lower by more than 0.5): in the measures every counted sentence replaced by a count of the
publicity its activity got (stories pushed, media reports, video views); in the shortfalls every item
replaced by a count of problems found with none of them named; in the plan every sentence replaced by an aim
to win an honour on its topic (争创示范 / 获得表彰 / 打造亮点).
Padding (must not rise by more than 0.5): a lead-in at the start of the shortfalls saying how many kinds of
shortfall follow; a numbered slogan ("1234" / "1+3+N") at the end of the plan; a note at the end of the
principal's part that its account rests on the meeting records.
Pairs (A higher by more than 0.5): inside the principal's part, the head sent N contracts to the legal
adviser first, M clauses changed, K contracts put off, vs the same topic in slogans; inside the measures,
M enforcement bodies' inspections of firms merged into N joint checks, with the checks saved, vs slogans.

Every added paragraph goes INSIDE its part (after the part's last body line, before the next part's heading;
or at the start of the part) -- never after the signature, the date or a page footer (edit_lib_av).

Written from the domain and set AU's machinery (pool layout, measure, dry-run, table, show-row and overlap
scripts), without reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the
labelled report pages where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets
AD-AU, TUNE_SHARE 0.5.
`python3 substance_pool_av.py` writes split-av.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ah import FR, M, PL, SH  # noqa: F401
from edit_lib_av import *  # noqa: F401,F403

SPLIT_SEED = 221434287   # random.SystemRandom().randrange(10**8, 10**9)
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
PUBLICITY = ["在政务微信公众号推送{kp}相关稿件{n1}篇，累计阅读{n2}万余次",
             "{kp}的做法先后被{m1}家新闻媒体宣传报道，网络转载{n3}次",
             "围绕{kp}拍摄宣传短片{n4}部，各平台播放量合计超过{n5}万"]
UNNAMED = ["经逐项自查，这方面共查摆出问题{n1}条，涉及{m1}个科室（站所）",
           "对照上级督察要点比对，此类问题合计{n2}个，分布在{m2}个工作环节",
           "经汇总梳理，该领域存在的不足共有{n3}处，均已登记在册"]
HONOURS = ["{kp}方面，力争创建省级示范品牌",
           "围绕{kp}，争取在上级各类评比中获得表彰",
           "以{kp}为抓手，努力打造在全市叫得响的特色亮点"]
SHORT_LEAD = "经认真对照查摆，本{unit}法治政府建设工作主要存在以下{cn}个方面的不足："
NUMBER_SLOGAN = ("{ny}年，本{unit}法治政府建设的总体思路是“1234”：围绕1个目标，用好2个抓手，筑牢3道防线，"
                 "落实4个到位，全力构建“1+3+N”法治工作格局。")
FR_RECORDS = ("本部分所述{lead}、{head}的履职情况，均以{y}年度{unit}委会议、{unit}政府常务会议的会议记录"
              "为依据整理。")
HETONG_A = ("{y}年，{head}在签署政府合同前坚持先交法律顾问审查，全年经审查的合同{n1}份，依审查意见修改条款"
            "{m1}处，另有{m2}份因风险较大决定暂缓签订。")
HETONG_B = ("{head}高度重视依法签约，始终把合法性审查作为政府合同签订的必经环节，切实防范化解法律风险，"
            "依法决策意识不断增强。")
ZONGHE_A = ("{y}年，本{unit}牵头组织{m1}个执法部门把涉企检查事项合并为{n1}项“综合查一次”清单，全年联合入企"
            "检查{n2}次，比各部门分头检查少{n3}次。")
ZONGHE_B = ("深化“综合查一次”改革，着力规范涉企行政检查，最大限度减少对企业正常生产经营的干扰，"
            "法治化营商环境持续优化。")

# ================================================================== directional: lower
D("down", "counted_to_publicity_av/tuiwen", True, "lower",
  lambda d: op_counted_to_publicity_av(d, PUBLICITY),
  "measures: every counted sentence replaced by a count of the publicity its first counted activity got "
  "(推送{kp}相关稿件{n}篇，累计阅读{n}万余次 / {kp}的做法先后被{m}家新闻媒体宣传报道 / 围绕{kp}拍摄宣传短片"
  "{n}部): counts are left, of coverage, not of work done.")
D("down", "short_items_unnamed_av/chabai", True, "lower",
  lambda d: op_short_items_unnamed_av(d, UNNAMED),
  "shortfalls: every item (shortfalls and causes) replaced by a count of problems found with none named "
  "(这方面共查摆出问题{n}条，涉及{m}个科室 / 此类问题合计{n}个 / 存在的不足共有{n}处，均已登记在册): what is "
  "wrong and why is no longer said.")
D("down", "plan_to_honours_av/zhengchuang", True, "lower",
  lambda d: op_plan_to_honours_av(d, HONOURS),
  "plan: every sentence replaced by an aim to win an honour on its topic ({kp}方面，力争创建省级示范品牌 / "
  "争取在上级各类评比中获得表彰 / 打造在全市叫得响的特色亮点): no step, owner, deadline or target of work.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_short_count_lead_av/gongyou", True, "not_higher",
  lambda d: op_pad_short_count_lead_av(d, SHORT_LEAD, "gy"),
  "shortfalls: at the START of the part a lead-in 经认真对照查摆，…主要存在以下{cn}个方面的不足： ({cn} the "
  "number of its items): a count that adds no shortfall and no cause.")
D("pad", "pad_plan_number_slogan_av/yiersansi", True, "not_higher",
  lambda d: op_pad_inside_av(d, PL, NUMBER_SLOGAN, "ys"),
  "plan: after its last body line a numbered slogan (总体思路是“1234”：围绕1个目标，用好2个抓手，筑牢3道防线，"
  "落实4个到位 … “1+3+N”法治工作格局): digits with 个 that plan nothing.")
D("pad", "pad_fr_records_note_av/yiju", True, "not_higher",
  lambda d: op_pad_inside_av(d, FR, FR_RECORDS, "yj"),
  "principal's part: after its last body line a note that the account rests on the year's meeting "
  "records (本部分所述{lead}、{head}的履职情况，均以{y}年度…会议记录为依据整理): titles and a year, no act.")

# ================================================================== pairs: A higher
P("pair_fr_contracts_reviewed_vs_slogan_av/hetong", True,
  lambda d: op_pair_inside_av(d, FR, HETONG_A, HETONG_B, "ht"),
  "principal's part, after its last body line: A the head sent every government contract to the legal "
  "adviser first, N1 reviewed, M1 clauses changed, M2 put off; B the same topic in slogans.  A higher.")
P("pair_joint_inspection_counted_vs_slogan_av/zonghe", True,
  lambda d: op_pair_inside_av(d, M, ZONGHE_A, ZONGHE_B, "zh"),
  "measures, after its last body line: A M1 enforcement bodies' inspections of firms merged into N1 "
  "“综合查一次” items, N2 joint checks, N3 fewer than apart; B the same topic in slogans.  A higher.")


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


SPLIT_FILE = Path(__file__).with_name("split-av.json")


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
