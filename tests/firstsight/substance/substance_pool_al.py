"""Thirty-eighth substance set (AL): the shortcomings (存在的不足和原因) and the plan (下一年度主要安排) and how they
answer each other, and the fifth item of the 2019 rule (其他需要报告的情况).
Directional (lower by more than 0.5): the shortcomings told as the year before's, already corrected; the
plan written for the year after the next.  Padding (must not rise by more than 0.5): the first shortcoming
restated three ways; the first plan item repeated with other verbs; a fifth-item section of praise and
awards only.  Invariance (|delta| <= 1): the plan's items in reverse order; the fifth item's heading worded
otherwise (pair, same).  Pairs (A higher by more than 0.5): a fifth item reporting a lost lawsuit and its
correction vs no fifth item; a fifth item reporting an inspection (督察) finding and its correction vs
"无"; the lawsuit section vs a section of praise of the same place.

Written from the domain and set AK's machinery (pool layout, measure, dry-run and overlap scripts), without
reading fzscore's code, rubric data or rubric docs.  Documents: the 5 dev reports and the labelled report
pages where the edit applies, at most PAGE_CAP pages per definition.  Split by ROW as sets AD-AK.
`python3 substance_pool_al.py` writes split-al.json, committed before any run.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ah import PL, SH
from edit_lib_al import *  # noqa: F401,F403

SPLIT_SEED = 20261207_38
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


# ================================================================== wordings (data)
OTHER_H = "其他需要报告的情况"
OTHER_H_ALT = "需要说明的其他事项"
LAWSUIT = ("本年度以本级行政机关为被告的行政诉讼案件中，有{m1}件被法院判决败诉，集中在土地征收补偿中未依法送达"
           "告知材料和信息公开答复超过法定期限两个环节。败诉判决生效后，{dept}逐案组织复盘，相关单位已重新作出"
           "处理决定，并据此修订了送达和答复的内部流程。")
DUCHA = ("上级法治政府建设督察反馈我们存在规范性文件备案滞后、部分执法案卷缺少法制审核意见等{m2}个问题，我们"
         "对照反馈意见逐条列出整改清单，每条落实到具体科室并限定办结日期，截至年底已完成整改并将结果书面报送督察组。")
NONE_BODY = "无。"
PRAISE = ("这一年里，{unit}依法行政工作多次受到上级肯定，先后获评法治建设示范单位和平安建设先进集体，相关经验做法"
          "被上级简报刊发推广，干部群众普遍给予好评，社会各界对此高度认可，一致称赞成效显著、亮点纷呈、可圈可点，"
          "为兄弟地区提供了可复制的样板，展现了良好的精神风貌和过硬的工作作风。")

# ================================================================== directional: lower
D("down", "shortcomings_solved_past_al/yizheng", True, "lower", lambda d: op_shortcomings_past_al(d,
    "{py}年曾反映出", "这一问题早在{py}年底前便整改完毕，本年度没有再出现。"),
  "every shortcoming item told as the year before's problem, already corrected ({py}年曾反映出… 早在{py}年底前"
  "便整改完毕，本年度没有再出现): the report names no shortcoming of its own year.")
D("down", "plan_year_after_next_al/houyear", True, "lower", lambda d: op_plan_year_after_next_al(d),
  "every naming of the next year in the plan (heading and body) written as the year after it ({ny} -> "
  "{ny}+1): the plan skips the coming year.")

# ================================================================== padding (must not rise by > 0.5)
D("pad", "pad_shortcoming_thrice_al/sanshuo", True, "not_higher", lambda d: op_pad_restate_first_al(d, SH,
    "再把{kp}这一条说透：从工作成效看，它还有短板；从群众感受看，它还有弱项；从上级标准看，它还有距离。"),
  "a paragraph at the end of the shortcomings restating the first item three ways (短板/弱项/距离): the same "
  "shortcoming, nothing new.")
D("pad", "pad_plan_same_item_verbs_al/huanci", True, "not_higher", lambda d: op_pad_restate_first_al(d, PL,
    "此外，{ny}年还要抓紧{kp}，用心谋划{kp}，稳妥实施{kp}，全力保障{kp}。", strip_verb=True),
  "a paragraph at the end of the plan repeating its first item's key phrase with four verbs (抓紧/谋划/实施/"
  "保障): one item told four times, no new item.")
D("pad", "pad_other_praise_al/biaoyang", True, "not_higher", lambda d: other_section_al(d, OTHER_H, PRAISE),
  "a fifth-item section (其他需要报告的情况) after the last part made of praise and awards only: nothing to "
  "report in substance.")

# ================================================================== invariance (margin 1)
D("inv", "plan_items_reversed_al/daoxu", True, "same", lambda d: op_plan_items_reversed_al(d),
  "the plan's enumerated item paragraphs in reverse order, enumerators in place: the same items.", margin=1.0)
P("other_heading_words_al/biaoti", True, lambda d: op_pair_other_al(d, OTHER_H, LAWSUIT, OTHER_H_ALT, LAWSUIT),
  "the same fifth-item section (a lost lawsuit and its correction): A headed 其他需要报告的情况, B 需要说明的其他"
  "事项.  The same content: |A - B| <= 1.", margin=1.0, expected="same")

# ================================================================== pairs: A higher
D("up", "other_lawsuit_added_al/baisu", True, "higher", lambda d: other_section_al(d, OTHER_H, LAWSUIT),
  "a fifth-item section (其他需要报告的情况) added after the last part, reporting {m1} lost administrative "
  "lawsuits, where they failed and the correction: a matter the rule asks to be reported.  Higher.")
P("pair_other_ducha_vs_nil_al/ducha", True, lambda d: op_pair_other_al(d, OTHER_H, DUCHA, OTHER_H, NONE_BODY),
  "A a fifth-item section reporting an inspection's (督察) findings and their correction; B the same "
  "section saying 无.  A higher.")
P("pair_other_lawsuit_vs_praise_al/zhenshi", True, lambda d: op_pair_other_al(d, OTHER_H, LAWSUIT, OTHER_H,
                                                                             PRAISE),
  "A a fifth-item section reporting the lost lawsuits and their correction; B a section of praise and "
  "awards of about the same length.  A higher.")

# ================================================================== documents and the split
FAMILIES = ("down", "up", "pad", "inv", "pair")


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


SPLIT_FILE = Path(__file__).with_name("split-al.json")


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
