"""Twenty-third substance set (W): invariance of the substance judgement under meaning-preserving
rewrites of the report's own sentences, a few directional edits and outcome pairs.  Every case definition of the
set, the documents it is applied to, and the random split of the case x document rows into a tuning part
(substance_edits_w.py) and a held part (substance_edits_w_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J–V: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_w.py counts such rows).

Documents (`docs()`): the 5 complete dev reports, and the 16 labelled report pages with the longest
measures body, as in sets P–V.

The split is by ROW (case x document), as in sets P–V: for each definition its applicable documents are
shuffled with one random.Random(SPLIT_SEED) (definitions in file order) and the first round(0.4 * k) go
to the tuning part (at least one when k >= 2, never all), the rest to the held part.  The held rows are
never looked at one by one.  `python3 substance_pool_w.py` writes split-w.json, committed before any run
of the tool.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_w import (
    op_book_marks_w,
    op_dates_other_w,
    op_digit_spaces_w,
    op_figure_front_w,
    op_habitual_w,
    op_last_year_w,
    op_numbers_hanzi_w,
    op_organ_bracket_w,
    op_pair_new_outcome_w,
    op_pair_own_outcome_w,
    op_passive_w,
    op_plain_digits_w,
    op_punct_w,
    op_subject_add_w,
    op_subject_drop_w,
    op_superior_did_w,
    op_verbs_w,
)

SPLIT_SEED = 20261207_23
TUNE_SHARE = 0.4
N_PAGES = 16

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



# ================================================================== invariance: the same acts written another way
D("same", "numbers_hanzi_w/dashu", True, "same", lambda d: op_numbers_hanzi_w(d),
  "counts below 10000 and whole percentages of the measures and the FR part written in Chinese numerals "
  "(12件 -> 十二件, 100% -> 百分之百): the same figures in another script.  [sets H and L did counts; "
  "here counts and percentages together, in both parts]")
D("same", "plain_digits_w/wanzi", True, "same", lambda d: op_plain_digits_w(d),
  "big figures written as plain digits: thousands separators dropped (1,200 -> 1200) and 万 multiplied "
  "out (3.5万人次 -> 35000人次).  [earlier sets went the other way: 16000 -> 16,000, 1.2万 -> 12000 in "
  "the measures only]")
D("same", "dates_other_w/yuefen", True, "same", lambda d: op_dates_other_w(d),
  "dates written another way: the year in Chinese digits (2024年 -> 二〇二四年), 2024年3月 -> 2024.3, a "
  "bare 3月 (no day) -> 3月份; the acts stay.")
D("same", "verbs_w/chuTai", True, "same", lambda d: op_verbs_w(d, [
    ("开展", "组织开展"), ("召开", "举行"), ("制定", "出台"), ("印发", "发布"), ("建立", "建起")]),
  "verbs of doing replaced by synonyms (开展 -> 组织开展, 召开 -> 举行, 制定 -> 出台, 印发 -> 发布, "
  "建立 -> 建起).  [set L used 开展 -> 进行, 制定 -> 制订]")
D("same", "passive_w/beidong", True, "same", lambda d: op_passive_w(d),
  "done acts turned passive: (我镇)将X纳入Y -> X被纳入Y; 对X进行(了)审查 -> X经过了审查.  Who did it is "
  "still the unit (the report is the unit's).")
D("same", "subject_add_w/zhuyu", True, "same", lambda d: op_subject_add_w(d),
  "the unit's own subject made explicit (我镇 / 我县 …) at the head of every measures sentence that opens "
  "with its act and has none.")
D("same", "subject_drop_w/shengle", True, "same", lambda d: op_subject_drop_w(d),
  "the unit's own subject (我镇, 县政府, 本局 …) dropped from the head of every measures sentence; in the "
  "unit's own report the doer is understood.")
D("same", "punct_w/biaodian", True, "same", lambda d: op_punct_w(d),
  "punctuation varied: every ； between clauses -> 。 and every enumeration comma 、 -> ，.")
D("same", "figure_front_w/qianzhi", True, "same", lambda d: op_figure_front_w(d),
  "a count after its noun moved before it: 办理行政复议案件12件 -> 办理12件行政复议案件.")
D("same", "book_marks_w/yinhao", True, "same", lambda d: op_book_marks_w(d, [("〈", "〉"), ("“", "”")]),
  "document names of the whole report quoted with 〈〉 or “” (alternating) instead of 《》.")
D("same", "organ_bracket_w/quancheng", True, "same", lambda d: op_organ_bracket_w(d),
  "the first mention of the unit's own government and of each of its organs (镇政府, 司法所 …) followed by "
  "the unit's name in brackets (from the issuer label): 镇政府（保和镇人民政府）.")
D("same", "digit_spaces_w/kongge", True, "same", lambda d: op_digit_spaces_w(d),
  "a space on each side of every figure between Chinese characters: 办理12件 -> 办理 12 件.")

# ================================================================== directional: done acts made weaker
D("down", "habitual_w/changtai", True, "lower", lambda d: op_habitual_w(d, [
    "常态化", "定期", "坚持", "一贯注重"]),
  "every counted sentence of the measures told as a standing practice: its counts and completion words "
  "dropped and 常态化 / 定期 / 坚持 put before the act; what was done this year, and how much, is gone.")
D("down", "last_year_w/tongqi", True, "lower", lambda d: op_last_year_w(d, "（上年同期为{fig}）"),
  "every count of the measures attached to the previous year only (办理案件（上年同期为12件）) and the "
  "report year's own words dropped: the reader learns last year's figures, not this year's.")
D("down", "superior_did_w/shangji", True, "lower", lambda d: op_superior_did_w(d, "在{sup}直接组织下，由{sup}"),
  "every counted sentence of the measures told as the superior's act (县委 / 市委 / 省委 … by level): "
  "the unit reports what the level above did.")

# ================================================================== pairs: with and without the outcome
P("pair_own_outcome_w/jieguo", True, lambda d: op_pair_own_outcome_w(d),
  "A: the report as it is; B: up to three measures paragraphs (three sentences or more) lose their last "
  "sentence where it tells an outcome (挽回, 办结率, 下降, 化解 …).  The same acts with their results "
  "must count for more.", a_may_be_report=True)
P("pair_new_outcome_w/xiaoguo", True, lambda d: op_pair_new_outcome_w(d, [
    "{y}年组织执法人员逐卷复查行政处罚案卷{c1}卷，对照裁量基准列出问题清单。",
    "{y}年由法律顾问列席{dept}牵头的矛盾纠纷研判会{m1}场，逐件提出化解意见。",
    "{y}年向{sub}派出普法小分队，开展以案释法巡回宣讲{k1}场。"], [
    "复查后{k2}卷被责令补正，申请复议的当事人数比上年少了{m1}人。",
    "会后{k1}件积压纠纷当场达成调解协议，无一件转为越级上访。",
    "宣讲覆盖的{k2}个村当年未发生因土地承包引发的群体性纠纷。"]),
  "A: three new measures paragraphs, each an act and its outcome sentence; B: the same paragraphs without "
  "the outcome sentence (same figures).")

# ================================================================== documents and the split
FAMILIES = ("same", "down", "pair")


def docs():
    """The 5 dev reports and the N_PAGES report pages with the longest measures body (ties by id)."""
    pages = edit_lib.load_pages()
    pages.sort(key=lambda d: (-len(d.body_text("measures", ())), d.id))
    return edit_lib.load_dev() + sorted(pages[:N_PAGES], key=lambda d: d.id)


def all_cases():
    return [c for _, _, c, _ in DEFS]


def rows():
    """[(case_name, doc_id)] of every row where the edit applies (make gives a change)."""
    out = []
    ds = docs()
    for c in all_cases():
        for d in ds:
            if c[3](d) is not None:
                out.append((c[0], d.id))
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


SPLIT_FILE = Path(__file__).with_name("split-w.json")


def committed_split():
    d = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
    return {p: [tuple(x) for x in d[p]] for p in ("tune", "held")}


def is_star(case_name):
    return next(s for _, s, c, _ in DEFS if c[0] == case_name)


def why(case_name):
    return next(w for _, _, c, w in DEFS if c[0] == case_name)


def write_split(path=SPLIT_FILE):
    parts = split()
    out = {"seed": SPLIT_SEED, "tune_share": TUNE_SHARE, "n_pages": N_PAGES,
           "docs": [d.id for d in docs()],
           "tune": [list(x) for x in parts["tune"]], "held": [list(x) for x in parts["held"]]}
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


if __name__ == "__main__":
    o = write_split()
    print(f"docs {len(o['docs'])}  tune rows {len(o['tune'])}  held rows {len(o['held'])}", file=sys.stderr)
