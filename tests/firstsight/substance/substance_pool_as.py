"""Forty-fifth substance set (AS): hollow writing in the measures (主要举措和成效), the principal's part
(第一责任人), the shortfalls (存在的不足) and the plan (下一年度主要安排).
Directional (lower by more than 0.5): every count of the measures written as "too many to count"; every result
claim of the measures replaced by "photos / a display board / a short video of it were made"; every plan
sentence turned into "commission a research project on {kp} first"; every shortfall item turned into praise of
the staff's devotion; every sentence of the principal's part replaced by praise of the principal's character.
Padding (must not rise by more than 0.5): each measures paragraph closed by "in short, {kp}: we keep at it";
a list of next year's awareness days (no act) at the end of the plan; a rousing slogan at the end of the
shortfalls.  Pairs (A higher by more than 0.5): a joint random inspection (双随机、一公开) with counts and
outcomes vs the same told as 效能明显增强; a shortfall with a count and the two steps where it lies vs
"legality still has room to improve".

Written from the domain and set AR's machinery (pool layout, measure, dry-run, table, show-row and overlap
scripts), without reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the
labelled report pages where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets
AD-AR, TUNE_SHARE 0.5.
`python3 substance_pool_as.py` writes split-as.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ah import FR, M, PL, SH
from edit_lib_as import *  # noqa: F401,F403

SPLIT_SEED = 553301854
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
UNCOUNTABLE = ["不计其数", "成百上千", "多到数不清"]
GREAT_SHARE = ["极高比例", "绝大部分"]
DISPLAYS = ["相关做法已制作成宣传展板，在政务服务大厅集中展出", "有关工作照片已汇编成图册，统一归档留存备查",
            "该项工作已拍成短视频，在本单位公众号上推送"]
RESEARCH = ["{kp}：拟委托高校立项开展课题研究，待研究报告出来再作定夺。",
            "{kp}：先成立课题组做理论研讨，形成一篇调研文章。",
            "{kp}：列为来年的研究课题，邀请专家学者论证其可行性。"]
DEVOTION = ["{kp}方面，全体干部加班加点、任劳任怨，倾注了大量心血。",
            "{kp}方面，同志们克服人少事多的困难，始终保持饱满的工作热情。",
            "{kp}方面，广大干部默默奉献、无怨无悔，展现了良好精神风貌。"]
VIRTUES = ["{lead}作风务实、为人正派，在干部群众中口碑一贯很好", "{lead}理论功底深厚，政治站位高远，深受干部敬重",
           "{lead}待人谦和，严于律己，始终保持清正廉洁的本色"]
ECHO = ["总之，{kp}这件事，我们一直在抓、反复在抓、始终在抓。", "总而言之，{kp}这项工作，抓了又抓，常抓不懈。",
        "一句话，{kp}始终是我们念兹在兹的一件大事。"]
DAYS = ("来年涉及的主要法治宣传时间节点有：3月15日国际消费者权益日、4月15日全民国家安全教育日、"
        "6月26日国际禁毒日、11月9日全国消防日、12月4日国家宪法日。")
SLOGAN = "新的一年，我们定当鼓起精气神、拧成一股绳，甩开膀子使劲干，朝着既定目标昂首阔步！"
RANDOM_A = ("{y}年，{dept}牵头组织“双随机、一公开”跨部门联合抽查{n1}次，抽查市场主体{n2}户，发现问题{m1}个，"
            "均已责令整改并在网上公示抽查结果。")
RANDOM_B = ("{y}年，{dept}牵头深入推进“双随机、一公开”监管工作，监管效能得到明显增强，营商环境持续向好。")
RECON_A = ("{y}年本{unit}被行政复议撤销或确认违法的行政行为有{m1}件，集中在征收补偿和行政处罚程序两个环节。")
RECON_B = ("个别行政行为的合法性仍有提升空间，依法行政的能力和水平有待进一步提高。")

# ================================================================== directional: lower
D("down", "counts_uncountable_as/bujishu", True, "lower",
  lambda d: op_counts_uncountable_as(d, UNCOUNTABLE, GREAT_SHARE),
  "every count of the measures (a figure and its unit) written as 不计其数 / 成百上千 / 多到数不清 and every "
  "percentage as 极高比例 / 绝大部分: the figures become hyperbole.")
D("down", "results_to_displays_as/zhanban", True, "lower",
  lambda d: op_results_unknown_ar(d, DISPLAYS),
  "every sentence of the measures claiming a result replaced by 'a display board / a photo album / a short "
  "video of it was made': the result turned into a publicity activity.")
D("down", "plan_to_research_as/keti", True, "lower",
  lambda d: op_plan_research_as(d, RESEARCH),
  "every plan sentence cut to its first phrase and told as 'commission a research project on it first, decide "
  "after the report': the plan holds studies, no act.")
D("down", "short_items_to_devotion_as/xinxue", True, "lower",
  lambda d: op_short_items_denied_ao(d, DEVOTION),
  "every shortfall item rewritten as praise of the staff's devotion on its topic (加班加点、任劳任怨): the "
  "shortcomings become praise.")
D("down", "fr_acts_to_virtues_as/pinge", True, "lower",
  lambda d: op_fr_virtues_as(d, VIRTUES),
  "every sentence of the principal's part replaced by praise of the principal's character (作风务实、为人正派): "
  "no act of the year is left.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_measures_echo_as/zongzhi", True, "not_higher",
  lambda d: op_pad_para_echo_as(d, ECHO),
  "each measures paragraph closed by 'in short, {its own first phrase}: we keep at it': repeated words.")
D("pad", "pad_plan_awareness_days_as/jinianri", True, "not_higher",
  lambda d: op_pad_end_ao(d, PL, DAYS, "jnr"),
  "at the end of the plan a list of next year's awareness days (dates, no act, owner or target).")
D("pad", "pad_short_slogan_as/douzhi", True, "not_higher",
  lambda d: op_pad_end_ao(d, SH, SLOGAN, "dz"),
  "at the end of the shortfalls a rousing slogan: no problem, cause or fix.")

# ================================================================== pairs: A higher
P("pair_random_inspection_counted_vs_praised_as/shuangsuiji", True,
  lambda d: op_pair_end_ao(d, M, RANDOM_A, RANDOM_B, "ssj"),
  "at the end of the measures: A joint random inspections with N1 rounds, N2 firms, M1 problems ordered fixed "
  "and results published; B the same told as 效能明显增强, 营商环境持续向好.  A higher.")
P("pair_short_counted_vs_vague_as/jiucuo", True,
  lambda d: op_pair_end_ao(d, SH, RECON_A, RECON_B, "jc"),
  "at the end of the shortfalls: A M1 acts of the unit overturned in reconsideration, in two named steps; B "
  "'legality still has room to improve'.  A higher.")


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


SPLIT_FILE = Path(__file__).with_name("split-as.json")


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
