"""Nineteenth substance set (S): every case definition of the set, the documents it is applied to, and
the random split of the case x document rows into a tuning part (substance_edits_s.py) and a held part
(substance_edits_s_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J–P: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_r.py counts such rows).

Documents (`docs()`): the 5 complete dev reports, and the 16 labelled report pages with the longest
measures body (the longer openings), as in sets P–R.

The split is by ROW (case x document), as in sets P–R: for each definition its applicable documents are
shuffled with one random.Random(SPLIT_SEED) (definitions in file order) and the first round(0.4 * k) go
to the tuning part (at least one when k >= 2, never all), the rest to the held part.  The held rows are
never looked at one by one.  `python3 substance_pool_s.py` writes split-s.json, committed before any run
of the tool.

star=True marks an idea no earlier set (A, C–R) tried in this form (★ in README-s.md, caveats there).
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_q import (
    FR,
    op_counted_prefix,
    op_items_replace,
    op_items_suffix,
    op_pad_para_q,
    op_pair_para_q,
    op_plan_items_suffix,
    op_replace_body_q,
    op_tail_lines,
)
from edit_lib_r import op_counted_suffix
from edit_lib_s import op_drop_intensifiers, op_year_comma

SPLIT_SEED = 20261207_19
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


# ================================================================== directional down: substance removed
D("down", "inflated_s/xubao", True, "lower", lambda d: op_counted_suffix(d, [
    "，然而年底审计核查认定这组数字系事后补填台账凑数，真正做了的不到三成",
    "，经督查组逐件抽查，大部分只有登记表、找不到办理痕迹"], need=None),
  "every counted measures sentence followed by a clause saying an audit found the figure made up after "
  "the fact (补填台账凑数) or without any trace of the work: the counts are on paper only.  A reviewer does "
  "not credit figures the report itself says are false. [set R annulled the acts, set L said they had "
  "not landed; here the figures themselves are found inflated]")
D("down", "fr_none_s/weiguowen", True, "lower", lambda d: op_replace_body_q(d, FR,
    "{y}年{lead}和{head}因忙于其他中心工作，对法治建设没有专门过问，既未召开专题会议，也未听取有关"
    "汇报，相关事项全部按往年惯例由经办人员自行处理。"),
  "the 第一责任人 part's body replaced by a plain admission that the principals did nothing on the rule "
  "of law this year (没有专门过问, 未召开专题会议): the duty is stated to be unmet. [earlier sets gave the "
  "acts to a deputy, hollowed them into slogans, or off-topic acts; here an explicit admission of "
  "inaction]")
D("down", "plan_already_done_s/yiban", True, "lower", lambda d: op_plan_items_suffix(d,
    "（按台账，此项在{y}年已经办结，明年只需维持原样）"),
  "every item of the next-year plan marked as already finished in the report year and only to be kept "
  "as it is: the plan commits to nothing new. [sets C–E copied achievements into the plan; here the "
  "plan's own items are declared done]")

# ================================================================== invariance (form only)
D("same", "same_s/intensifiers", True, "same", lambda d: op_drop_intensifiers(d),
  "intensifying adverbs (进一步, 切实, 扎实, 大力, 认真, 不断, 积极) deleted: the same acts and figures "
  "with less emphasis.  Emphasis is not substance.")
D("same", "same_s/year_comma", True, "same", lambda d: op_year_comma(d),
  "the comma after a leading year dropped (2021年，共办理… -> 2021年共办理…): punctuation only. [set G "
  "spaced commas; here one comma removed]")
D("same", "same_s/cutoff_note", True, "same", lambda d: op_pad_para_q(d, "measures",
    "（本部分统计口径：自{y}年1月1日起至当年12月末止。）"),
  "a one-line note on the period the figures cover, at the end of the measures: it says what the report "
  "already says (the report year).")

# ================================================================== padding must not raise
D("pad", "pad_cc_list_s/chaosong", True, "not_higher", lambda d: op_tail_lines(d, [
    "抄送：{unit}党委办公室，{unit}人大主席团，{unit}纪委，{dept}，存档（共印十五份）。"]),
  "a distribution line (抄送 …, 共印十五份) after the signature: who receives the report is no result.")
D("pad", "pad_disclaimer_s/chuiru", True, "not_higher", lambda d: op_tail_lines(d, [
    "说明：文中个别数据为快报口径，若与统计年鉴有出入，请以年鉴正式发布的为准。"]),
  "a disclaimer on the figures after the end of the text: it adds no act and no figure.")
D("pad", "pad_flowchart_s/liucheng", True, "not_higher", lambda d: op_pad_para_q(d, "measures",
    "附：一般程序处罚案件办理流程为 立案→调查取证→案件审核→告知当事人→听取意见→作出决定→送达→"
    "执行→结案归档，每一环节对应一张规定格式的文书。"),
  "the textbook flow of an ordinary penalty case (立案→调查取证→…→结案归档) at the end of the measures: "
  "a procedure described is not a procedure followed. [set R defined legal terms; here a flow in arrows]")

# ================================================================== pairs: the better version scores higher
P("pair_normdoc_repealed_vs_bound_s/feizhi", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年对现行有效的规范性文件逐件清理，共{c1}件，发现与上位法相抵触的{k1}件，已宣布废止{k1}件、"
    "修改{k2}件，清理后的目录在门户网站登出。",
    "{y}年将现行有效的规范性文件{c1}件装订成册，加印封面和目录，分送{k1}个科室和{k2}个窗口存放，"
    "方便干部随手翻阅。"),
  "规范性文件 with the same count: A reviews them against higher law and repeals or amends the unlawful "
  "ones, with a public notice; B binds them into a booklet.  A booklet is not a legality review.")
P("pair_mediation_settled_vs_booked_s/tiaojie", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年村居调委会共接手各类纠纷{c1}件，调解成功{c2}件，签订调解协议{k1}份，回访确认协议履行"
    "{k2}份，没有一件因调解不成激化为刑事案件。",
    "{y}年村居调委会接待来访群众{c1}人次，把诉求逐条记进登记本，发放调解宣传折页{c2}份，"
    "调解室配齐了桌椅、饮水机和空调。"),
  "人民调解 with the same figures: A settles disputes, signs agreements and checks they are performed; "
  "B receives, books and hands out leaflets.  Disputes settled are the substance.")
P("pair_info_ontime_vs_late_s/dafu", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年群众递来的公开申请共{c1}件，每件都在规定的二十个工作日内作出书面回复，其中不予公开的{k2}件逐一说明了法律依据，"
    "未发生因答复问题引起的复议或诉讼。",
    "{y}年群众递来的公开申请共{c1}件，因人手紧张，{k1}件拖过了规定时限才回复，{k2}件至年底仍未"
    "答复，答复书大多没有写明依据。"),
  "依申请公开 with the same number of applications: A answers all in time with reasons for refusals; "
  "B answers late, some never, without reasons.  Lawful answering is the substance.")
P("pair_certs_revoked_vs_uniforms_s/zhengjian", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年对全部{c1}名执法人员的资格逐人核查，收回不符合条件人员的执法证{k1}本，调离执法岗位"
    "{k2}人，未持证人员一律不得单独执法。",
    "{y}年为全部{c1}名执法人员统一换发新式制服和标志，配发执法记录仪{k1}台，执法车辆{k2}辆"
    "重新喷涂了标识。"),
  "执法人员 with the same headcount: A checks their qualifications, withdraws certificates and moves "
  "the unqualified; B gives them new uniforms.  Clean 持证执法 is the substance, not the outfit.")
P("pair_discretion_applied_vs_printed_s/cailiang", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年严格按照裁量基准办理处罚案件{c1}件，对{k1}件初次违法且危害后果轻微的依法免罚，对{k2}件因裁量"
    "畸重被法制审核退回的决定重新作出。",
    "{y}年把行政处罚裁量基准印成口袋书{c1}本、制作展板{k1}块，在{k2}个执法场所张贴上墙。"),
  "裁量基准 with the same figures: A applies it to cases (no penalty for first minor offences, decisions "
  "redone when too heavy); B prints and posts it.  A posted standard is not an applied one. [set F "
  "added discretion detail; here applied vs posted]")

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


SPLIT_FILE = Path(__file__).with_name("split-s.json")


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
