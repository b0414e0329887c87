"""Twenty-second substance set (V): whole-report hollowness as a reviewing office sees it, and form
edits of the whole report that must not move the substance judgement.  Every case definition of the
set, the documents it is applied to, and the random split of the case x document rows into a tuning part
(substance_edits_v.py) and a held part (substance_edits_v_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J–T: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_v.py counts such rows).

Documents (`docs()`): the 5 complete dev reports, and the 16 labelled report pages with the longest
measures body, as in sets P–T.

The split is by ROW (case x document), as in sets P–T: for each definition its applicable documents are
shuffled with one random.Random(SPLIT_SEED) (definitions in file order) and the first round(0.4 * k) go
to the tuning part (at least one when k >= 2, never all), the rest to the held part.  The held rows are
never looked at one by one.  `python3 substance_pool_v.py` writes split-v.json, committed before any run
of the tool.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_d import FR
from edit_lib_v import (
    op_date_to_top_v,
    op_docs_generic_v,
    op_heads_only_v,
    op_join_items_v,
    op_keep_unfigured_v,
    op_ordinal_words_v,
    op_pair_body_v,
    op_pair_hollow_real_v,
    op_pair_three_v,
    op_paren_to_arabic_v,
    op_percent_no_base_v,
    op_reverse_runs_v,
    op_sentence_lines_v,
    op_slogan_merge_v,
    op_subject_swap_v,
)

SPLIT_SEED = 20261207_22
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


# ================================================================== directional down: the whole report hollowed
D("down", "heads_only_measures_v/qianban", True, "lower", lambda d: op_heads_only_v(d, "measures", [
    "相关工作按既定安排稳步开展。",
    "此项任务已按照要求部署到位。"]),
  "every measures paragraph keeps its enumerator and first sentence (its heading words) and loses the "
  "concrete rest, replaced by a stock tail (…按既定安排稳步开展): what was done, how much and with what "
  "result is gone.")
D("down", "heads_only_fr_v/qianban", True, "lower", lambda d: op_heads_only_v(d, FR, [
    "主要负责同志对此高度重视并亲自过问。",
    "相关职责履行情况总体良好。"], min_hits=1),
  "the same on the 第一责任人 part: each paragraph keeps its first sentence, the meetings chaired, "
  "drafts reviewed and cases attended that followed are replaced by a stock tail.")
D("down", "subject_departments_v/gebumen", True, "lower", lambda d: op_subject_swap_v(d, [
    "各部门", "各单位", "有关部门"]),
  "every sentence of the measures told with a diffuse subject (各部门 / 各单位 / 有关部门) and the unit's "
  "own subject (我镇, 县政府 …) dropped: nobody in particular did the work.  [directional as the brief "
  "asks; the acts and figures stay, only who did them blurs]")
D("down", "percent_no_base_v/baifenbi", True, "lower", lambda d: op_percent_no_base_v(d),
  "every count of the measures and the FR part (186例, 12个部门) replaced by a bare percentage with no "
  "base (95%, 85%的部门): how many things were done can no longer be read.")
D("down", "named_docs_generic_v/xiangguan", True, "lower", lambda d: op_docs_generic_v(d, [
    "相关制度", "相关文件", "有关规定"]),
  "every named document of the measures and the FR part (《…办法》, 《…实施方案》; laws kept) replaced by "
  "相关制度 / 相关文件 / 有关规定: the reader can no longer tell which rule was made or applied.")
D("down", "slogan_paragraph_v/yiduan", True, "lower", lambda d: op_slogan_merge_v(d,
    "回望这一年，我们始终锚定目标、心无旁骛，",
    "全力以赴推动各项工作落地见效，法治政府建设的底色更加鲜亮。",
    ["一张蓝图绘到底", "以钉钉子精神久久为功", "拧紧责任链条"]),
  "the whole measures body (FR part kept) merged into one paragraph of slogans: the first words of every "
  "paragraph (no figures) strung together with stock phrases; every act, figure and document gone.")
D("down", "keep_unfigured_v/wushuzi", True, "lower", lambda d: op_keep_unfigured_v(d),
  "only the measures paragraphs with no figure kept; every paragraph with a figure deleted whole "
  "(not sentence by sentence as set T's drop_counted).")

# ================================================================== invariance: form edits of the substance
D("same", "reorder_items_v/daoxu", True, "same", lambda d: op_reverse_runs_v(d),
  "within every run of adjacent measures paragraphs, the paragraphs' texts reversed; enumerators stay "
  "in place.  The same acts in another order.  [set L swapped the last two only]")
D("same", "one_sentence_a_line_v/zhuju", True, "same", lambda d: op_sentence_lines_v(d),
  "every measures paragraph of three or more sentences written one sentence a line (no blank lines): "
  "the same words, broken differently.  [set L split each long paragraph in two]")
D("same", "join_short_items_v/hebing", True, "same", lambda d: op_join_items_v(d),
  "every run of adjacent enumerated measures items (一是 … 二是 …), each short, joined into one "
  "paragraph: the same words, fewer lines.")
D("same", "ordinal_words_v/shouxian", True, "same", lambda d: op_ordinal_words_v(d, [
    "首先，", "其次，", "再次，", "此外，", "另外，", "同时，", "还有，", "再者，", "进而，", "最后，"]),
  "every 一是/二是 … enumerator of the whole report written as an ordinal word (首先，其次，再次 …), in "
  "the measures, the 不足 and the plan alike.")
D("same", "paren_to_arabic_v/shuzi", True, "same", lambda d: op_paren_to_arabic_v(d),
  "every line-opening （一）/(二) sub-heading enumerator of the report written as 1. 2. …")
D("same", "date_line_top_v/riqi", True, "same", lambda d: op_date_to_top_v(d),
  "the signature date line moved from the foot of the report to just below its title.")

# ================================================================== pairs: the concrete version scores higher
P("pair_real_vs_hollowed_v/tihuan", True, lambda d: op_pair_hollow_real_v(d, [
    "这方面工作坚持高位推动、多措并举，取得了较为明显的阶段性成效，群众获得感不断增强。",
    "围绕这一重点，持续压实工作责任、细化工作举措，各项任务推进有力有序，整体态势良好。",
    "在这项工作中注重统筹兼顾、协同发力，运行机制愈发成熟，整体水平稳中向好。"]),
  "A: the report as it is; B: its three measures paragraphs with the most counts each replaced (after "
  "its enumerator) by a hollow paragraph of stock phrases.  The report's own concrete paragraphs must "
  "count for more than hollow ones in their place.", a_may_be_report=True)
P("pair_three_new_concrete_vs_hollow_v/sanduan", True, lambda d: op_pair_three_v(d, "measures", [
    "{y}年逐件审查报备规范性文件{c1}件，发现{k1}件擅自设定减损权利条款，已书面函告制定机关，"
    "其中{k2}件已完成修改并重新公布。",
    "{y}年行政机关负责人出庭应诉{c2}次，对败诉的{k2}起案件逐案召开评查会，形成整改清单并报{dept}备案。",
    "{y}年收到信息公开申请{c1}件，全部在规定时限内作出书面答复，有{k1}件公开后又转入主动公开目录。"], [
    "{y}年文件报备审查管理进一步加强，审查质量稳步提高，制度体系不断完善。",
    "{y}年行政应诉工作扎实有序，领导干部出庭意识明显增强，依法应诉能力持续提升。",
    "{y}年政务公开工作持续深化，公开内容更加丰富，公开形式更加多样，群众满意度进一步提升。"]),
  "A: three concrete paragraphs (备案审查, 出庭应诉, 依申请公开: counted acts with outcomes) added at the end "
  "of the measures; B: three hollow paragraphs on the same topics in their place.  Same figures both sides "
  "where figures appear.")
P("pair_shortfalls_specific_vs_generic_v/buzu", True, lambda d: op_pair_body_v(d, "shortcomings", [
    "一是程序意识不够牢固，{y}年被复议纠错的{k1}件行政行为中有{k2}件缺少陈述申辩告知。"
    "二是基层执法力量不足，{sub}执法队伍中持证人员仅{m1}名，难以覆盖全部巡查任务。"
    "三是合法性审查衔接不畅，年内有{k2}份合同在签订后才送审查。"], [
    "一是依法行政意识有待进一步增强。"
    "二是工作机制还不够健全完善。"
    "三是队伍能力水平仍需提高。"]),
  "the 不足 body replaced: A three specific problems (how many acts corrected and why, how few licensed "
  "officers, contracts sent for review too late); B three generic ones.  A names the report's real "
  "shortcomings and must score higher.")
P("pair_plan_measurable_vs_slogans_v/jihua", True, lambda d: op_pair_body_v(d, "next_year", [
    "一是{ny}年上半年对本级仍在施行的红头文件做一次全面清理，并将保留、修改、废止目录对外公开。"
    "二是{ny}年分{m1}期轮训一线执法队员，年底前持证上岗比例达到百分之百。"
    "三是{ny}年起每季度抽查执法案卷不少于{k1}卷，问题整改情况在年底前通报。"], [
    "一是坚定不移把依法治理引向纵深。"
    "二是奋力开创依法行政工作新局面。"
    "三是以昂扬姿态谱写良法善治新华章。"]),
  "the plan body replaced: A three measurable items (deadline, count, rate); B three slogans.  A plan "
  "that can be checked next year must score higher.")

# ================================================================== documents and the split
FAMILIES = ("down", "same", "pair")


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


SPLIT_FILE = Path(__file__).with_name("split-v.json")


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
