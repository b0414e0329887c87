"""Twenty-first substance set (U): every case definition of the set, the documents it is applied to, and
the random split of the case x document rows into a tuning part (substance_edits_u.py) and a held part
(substance_edits_u_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J–T: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_u.py counts such rows).

Documents (`docs()`): the 5 complete dev reports, and the 16 labelled report pages with the longest
measures body, as in sets P–T.

The split is by ROW (case x document), as in sets P–T: for each definition its applicable documents are
shuffled with one random.Random(SPLIT_SEED) (definitions in file order) and the first round(0.4 * k) go
to the tuning part (at least one when k >= 2, never all), the rest to the held part.  The held rows are
never looked at one by one.  `python3 substance_pool_u.py` writes split-u.json, committed before any run
of the tool.
"""
import json
import random
import re
import sys
from pathlib import Path

import edit_lib
from edit_lib_q import (
    FR,
    op_counted_prefix,
    op_items_replace,
    op_pad_para_q,
    op_pair_para_q,
    op_replace_body_q,
)
from edit_lib_l import op_generic_causes
from edit_lib_q import op_docs_forwarded, op_items_suffix
from edit_lib_r import ACT_RX, op_counted_suffix
from edit_lib_t import op_pad_each_para_t
from edit_lib_u import op_counts_vague_u, op_items_cause_u, op_plan_titles_u, op_toc_u

SPLIT_SEED = 20261207_21
ACTS_U = re.compile(ACT_RX.pattern + "|开展|组织|出台|印发|制定|举办|建立|完成|推行|实施|培训|聘请|公开")
TUNE_SHARE = 0.4
N_PAGES = 16

DEFS = []   # (family, star, case, why)


def _checked(make, kind):
    def f(d):
        r = make(d)
        if r is None:
            return None
        if kind == "pair":
            a, b = r
            if a is None or b is None or a == b or a == d.text or b == d.text:
                return None
            return r
        return None if r == d.text else r
    f.raw = make
    return f


def D(family, name, star, expected, make, why, margin=0.5):
    DEFS.append((family, star, (name, "directional", expected, _checked(make, "directional"), margin), why))


def P(name, star, make, why, margin=0.5):
    DEFS.append(("pair", star, (name, "pair", "a_higher", _checked(make, "pair"), margin), why))


# ================================================================== directional down: acts voided or not really done
D("down", "annulled_u/chexiao", True, "lower", lambda d: op_counted_suffix(d, [
    "，但该项做法随后被上级机关以程序违法为由予以撤销",
    "，相关文件年中已宣布废止、不再执行",
    "，此项举措试行不久即暂停实施"], need=ACTS_U),
  "every counted measures sentence that tells an act (办理, 审查, 开展, 印发 …) gets a clause saying the act "
  "was later annulled, repealed or suspended (后被撤销 / 已废止 / 暂停实施): acts that no longer stand.")
D("down", "no_legality_review_u/weijing", True, "lower", lambda d: op_docs_forwarded(
    d, "跳过合法性审查环节、未经会议研究径直印发"),
  "every document the issuer says it issued (印发《…》, 制定《…》) is said to have been issued without "
  "the legality review and collective discussion: the procedure the measures should show was skipped.")
D("down", "fixed_no_act_u/daowei", True, "lower", lambda d: op_items_replace(d, [
    "<kp>等问题已经全部整改到位。", "<kp>相关情况现已整改销号、不复存在。"]),
  "each problem of the 不足 cut to its key phrase and declared fixed (已全部整改到位 / 整改销号), with "
  "no act of correction told and the facts and causes gone.")
D("down", "plan_delegated_u/zixing", True, "lower", lambda d: op_replace_body_q(d, "next_year",
    "{ny}年的法治政府建设任务，由各部门和各{sub}结合自身职能自行研究安排，{unit}政府层面不再另行作出"
    "统一部署，年终由各单位自行报送完成情况。"),
  "the next-year plan replaced by one sentence that hands it to the departments and the level below "
  "(由各部门自行安排): no task of the issuer's own.")
D("down", "not_own_hands_u/qianren", True, "lower", lambda d: op_counted_prefix(d, [
    "早已调离的前任班子在任时，",
    "由中标的第三方服务公司代为"]),
  "every counted measures sentence told as done by the predecessors (早已调离的前任班子在任时) or by a "
  "contracted firm (由中标的第三方服务公司代为), its own report-year words dropped: acts not the "
  "government's of that year.")
D("down", "counts_vague_u/ruogan", True, "lower", lambda d: op_counts_vague_u(d, {
    "次": ["多次", "<range>", "若干次"], "人次": ["众多人次", "<range>"], "人": ["一批", "<range>"],
    "名": ["一批", "<range>"]}, ["若干<u>", "<range>", "一批", "多<u>"], pct="较高比例"),
  "every count of the measures (12件, 3次, 85% …) replaced, rotating, by 若干 / 一批 / 多次 or by a wide "
  "range (6至20件); percentages by 较高比例: the acts stay, their size is gone.")
CAUSES_U = ["究其原因，恰恰在于我们标准定得高、要求提得严，对标先进主动加压。",
            "客观上讲，主要还是经费紧张、人手不足。",
            "之所以出现这种情况，是因为各项工作推进快、成效好，群众期待随之水涨船高。"]
D("down", "causes_praise_excuse_u/kuajiang", True, "lower", lambda d: op_generic_causes(d, CAUSES_U)
  or op_items_cause_u(d, CAUSES_U),
  "the causes of the 不足 replaced, rotating, by praise disguised as a cause (标准高、要求严; 推进快、"
  "成效好) or by the objective excuse alone (经费紧张、人手不足): every cause sentence (原因, 由于, "
  "导致 …) where the part names causes, else each problem's explanation after its first clause.")
D("down", "plan_titles_u/chongfu", True, "lower", lambda d: op_plan_titles_u(d,
    "{ny}年工作安排与本年度基本一致，主要包括：", ""),
  "the next-year plan replaced by the measures' own item titles listed again (一是<title>；二是…), "
  "behind 工作安排与本年度基本一致: this year's headings as next year's plan.")
D("down", "fr_attendance_u/chuxi", True, "lower", lambda d: op_replace_body_q(d, FR,
    "{y}年，{lead}、{head}先后出席各类法治工作会议{k1}次，均在主席台就座并全程参会；还出席普法"
    "宣传月启动仪式{k2}次，为现场活动剪彩致辞。"),
  "the 第一责任人 part's body replaced by the principals' attendance at meetings and ceremonies "
  "(出席…在主席台就座, 剪彩): presence, no duty done.")

# ================================================================== padding must not raise
D("pad", "pad_footnotes_u/zhushi", True, "not_higher", lambda d: op_pad_para_q(d, "measures",
    "注：①本报告中“{unit}”一词均指本级人民政府及其工作部门；②文中数据统计区间为{y}年1月1日至"
    "12月31日，个别数据因四舍五入存在尾差；③部分事项名称采用通行简称，不再逐一注明。"),
  "a footnote-like 注 (①②③: what a word refers to, the statistics' period, abbreviations) at the end "
  "of the measures: no act.")
D("pad", "pad_laws_list_u/fagui", True, "not_higher", lambda d: op_pad_para_q(d, "measures",
    "日常学习涉及的法律法规篇目主要有：《土地管理法》《森林法》《安全生产法》《防洪法》"
    "《道路交通安全法》《食品安全法》《个人信息保护法》《农村土地承包法》等。"),
  "a bare list of the laws and regulations studied, no session, no count, no act.")
D("pad", "pad_thanks_u/ganxie", True, "not_higher", lambda d: op_pad_each_para_t(d, "measures", [
    "借此机会，谨向长期关心支持我{unit}法治建设的各级领导和社会各界致以诚挚谢意。",
    "在此，再次衷心感谢各方面给予的理解、帮助与厚爱！"]),
  "thanks repeated after every measures paragraph: words, no act.")
D("pad", "pad_xi_quote_u/yinwen", True, "not_higher", lambda d: op_pad_para_q(d, "measures",
    "习近平总书记深刻阐明：“全面依法治国是一个系统工程，必须统筹兼顾、把握重点、整体谋划，更加注重"
    "系统性、整体性、协同性。”总书记还强调：“公正是法治的生命线。司法公正对社会公正具有重要引领"
    "作用，司法不公对社会公正具有致命破坏作用。”这些重要论述思想深邃、内涵丰富，为我们做好各项工作"
    "提供了根本遵循和行动指南。"),
  "a long quotation of 习近平法治思想 passages with a stock comment, at the end of the measures: no act.")
D("pad", "pad_toc_u/mulu", True, "not_higher", lambda d: op_toc_u(d, "目　录", "…………"),
  "a table of contents (the document's own top-level headings, each with a leader and page number) "
  "inserted after the title line: the same report, its headings twice.")
D("pad", "pad_dates_u/riqi", True, "not_higher", lambda d: op_pad_para_q(d, "measures",
    "全年重要时间节点依次为：{y}年1月10日、3月28日、5月16日、7月9日、9月23日、11月18日、12月26日。"),
  "a line of bare dates of the report year (时间节点), with no act attached.")

# ================================================================== pairs: the concrete version scores higher
P("pair_cause_concrete_vs_generic_u/yuanyin", True, lambda d: (
    op_items_suffix(d, ["，主要原因是{unit}司法所在编人员仅{m1}名，却要承担{k1}个{sub}的合法性审核任务"]),
    op_items_suffix(d, ["，主要原因是有关方面思想认识还没有完全跟上"])),
  "不足: each problem with A a concrete cause (在编人员仅{m1}名 vs {k1}个{sub}的审核任务) vs B a generic "
  "one (思想认识还没有完全跟上).  The concrete cause scores higher.")
P("pair_plan_target_vs_slogan_u/mubiao", True, lambda d: op_pair_para_q(d, "next_year",
    "{ny}年6月30日前完成对现行{k1}件行政规范性文件的全面清理并向社会公布结果，9月底前实现{sub}"
    "合法性审查全覆盖。",
    "{ny}年，我们会鼓足干劲、真抓实干、久久为功，力争交出一份让党委满意、让群众点赞的法治答卷。"),
  "plan item: A with its target and dates (6月30日前清理{k1}件, 9月底前全覆盖) vs B a slogan.")
P("pair_case_outcome_vs_count_u/jieguo", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年审结行政复议案件{c1}件，其中决定撤销或变更原行政行为{c2}件、责令限期履行职责{k2}件，其余"
    "案件经调解后申请人主动撤回。",
    "{y}年行政复议案件数量为{c1}件，相关案件均按照法定程序和时限依法依规进行办理。"),
  "复议 cases: A the count with its outcomes (撤销或变更{c2}件, 责令履行{k2}件, 调解撤回) vs B the same "
  "count and a stock phrase.  Outcomes are the substance.")

# ================================================================== documents and the split
FAMILIES = ("down", "same", "pad", "pair")


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


SPLIT_FILE = Path(__file__).with_name("split-u.json")


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
