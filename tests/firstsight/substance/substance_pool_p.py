"""Sixteenth substance set (P): every case definition of the set, the documents it is applied to, and
the random split of the case x document rows into a tuning part (substance_edits_p.py) and a held part
(substance_edits_p_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J–O: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_p.py counts such rows).

Documents (`docs()`): the 5 complete dev reports, and the 16 labelled report pages with the longest
measures body (the longer openings; most pages stop after about 2,000 bytes, so only measures edits
apply to them).

The split is by ROW (case x document), unlike sets N/O, which split by definition: for each definition
its applicable documents are shuffled with one random.Random(SPLIT_SEED) (definitions in file order) and
the first round(0.4 * k) go to the tuning part (at least one when k >= 2), the rest to the held part.
So every definition with two or more rows has tuning rows and held rows; the held rows are never looked
at one by one.  `python3 substance_pool_p.py` writes split-p.json, committed before any run of the tool.

star=True marks an idea no earlier set (A, C–O) tried in this form (★ in README-p.md, caveats there).
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_p import (
    FR,
    op_banner,
    op_block_intros,
    op_body_elsewhere,
    op_contact_tail,
    op_cut_outcomes,
    op_full_names,
    op_items_lines,
    op_opening_tail,
    op_pad_para_p,
    op_pair_para_p,
    op_plan_headlines,
    op_short_denial,
    op_swap_sentences,
    op_title_colon,
    op_titles_only,
    op_word_map,
    op_year_deictic,
    op_zero_counts,
)

SPLIT_SEED = 20261207_16
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
D("down", "zero_counts_p/ling", True, "lower", lambda d: op_zero_counts(d),
  "every count of the measures set to 0 (受理行政复议申请0件, 开展普法活动0次): the same sentences now say "
  "that nothing was handled, held or settled.  The words of the work stay, the work is gone. [sets G/L "
  "blurred counts to 若干/可观, set J sent them to an annex; here the counts say zero]")
D("down", "outcomes_cut_p/jieguo", True, "lower", lambda d: op_cut_outcomes(d),
  "in every measures sentence, the clauses that state an outcome (下降, 化解, 成功, 同比, 实现, a "
  "percentage) deleted; what was held, handled or issued stays.  Activity without result is less "
  "substance. [set J paired an outcome vs an output on an added paragraph; here the report's own "
  "outcome clauses are cut]")
D("down", "titles_only_p/kongjia", True, "lower", lambda d: op_titles_only(d),
  "the measures reduced to their titles: an enumerated paragraph keeps only its title sentence, a body "
  "paragraph without an enumerator is deleted.  The report names its areas of work and says nothing of "
  "what was done in them. [set M dropped title lines and kept bodies; here the reverse]")
D("down", "fr_elsewhere_p/lingwen", True, "lower", lambda d: op_body_elsewhere(d, FR,
  "{lead}履行推进法治建设第一责任人职责的情况，已单独形成专项报告，按程序另行呈报。"),
  "the 第一责任人 part's body replaced by a note that it is reported separately: the heading promises "
  "the principal's duties and the report shows none.")
D("down", "short_elsewhere_p/lingwen", True, "lower", lambda d: op_body_elsewhere(d, "shortcomings",
  "有关问题清单和成因分析已在内部自查材料中逐条列明，本报告从略。"),
  "the 不足 part's body replaced by a note that the problems are listed in internal papers: no problem "
  "and no cause is stated.")
D("down", "plan_elsewhere_p/lingwen", True, "lower", lambda d: op_body_elsewhere(d, "next_year",
  "下一年度的具体安排将结合上级部署统一研究，届时以正式印发的年度工作要点为准。"),
  "the plan's body replaced by a note that the plan will be issued later: no task, date or owner.")
D("down", "short_denial_p/wuwenti", True, "lower", lambda d: op_short_denial(d,
  "对照年度目标任务逐项盘点，本{unit}法治政府建设各项工作均已按期保质完成，暂未发现需要专门说明的短板。"),
  "the 不足 part's body replaced by a claim that the self-check found nothing to report: a report with "
  "no problem shows no self-examination. [sets C/H/M rewrote the problems as disguised achievements "
  "or boasts; here the problems are denied outright]")
D("down", "plan_headlines_p/biaoti", True, "lower", lambda d: op_plan_headlines(d),
  "every item of the next-year plan cut to its headline (up to its first full stop or comma): the plan "
  "still names its topics but no longer says how, by whom or how far they will be done. [sets C/G/H/J "
  "replaced the plan by slogans, restated titles or problem names; here the report's own items lose "
  "their means]")

# ================================================================== invariance (form only)
D("same", "same_p/connectives", True, "same", lambda d: op_word_map(d, [
    (r"同时(?=[，,])", "与此同时"), (r"此外(?=[，,])", "另外"), (r"以及", "和"), (r"并且", "而且"),
    (r"从而", "进而"), (r"切实", "扎实")]),
  "connective and adverb words replaced by synonyms in the measures and FR part (同时 -> 与此同时, 此外 -> "
  "另外, 以及 -> 和, 从而 -> 进而, 切实 -> 扎实): the same statements. [set L replaced verbs]")
D("same", "same_p/jinnian", True, "same", lambda d: op_year_deictic(d),
  "in the body of the measures and FR part, the report year written as 今年 / 本年度 (the title and the "
  "headings keep the year): a report about one year says 'this year' for it.")
D("same", "same_p/swap_sentences", True, "same", lambda d: op_swap_sentences(d),
  "in each measures paragraph of four or more sentences, the 2nd and 3rd sentences exchanged where "
  "neither leans on the one before (其中, 同时, 此 …): the same facts in another order. [sets H/L/O moved "
  "sub-parts and paragraphs; here sentences within a paragraph]")
D("same", "same_p/items_lines", True, "same", lambda d: op_items_lines(d),
  "a measures paragraph that runs its items inline (…。二是…。三是…) split into one line per item: same "
  "words, same order. [set D merged paragraphs, set L split one paragraph at a sentence; here at its "
  "items]")
D("same", "same_p/full_names", True, "same", lambda d: op_full_names(d),
  "镇政府/县政府/市政府 written out as 镇人民政府/县人民政府/市人民政府 in the measures and FR part: the "
  "same organ by its full name.")
D("same", "same_p/title_colon", True, "same", lambda d: op_title_colon(d),
  "a short title sentence opening an enumerated measures paragraph ends with a colon instead of a full "
  "stop (一是强化组织领导：…): punctuation only.")

# ================================================================== padding must not raise
D("pad", "pad_videoconf_p/shouting", True, "not_higher", lambda d: op_pad_para_p(d, "measures",
  "全年按要求组织收听收看上级视频会议、电视电话会议{n1}场次，主要有{py}年12月全国依法行政视频推进会，"
  "{y}年3月全省依法行政工作会，5月全市行政执法工作会，8月全市普法依法治理推进会，10月全市法治督察"
  "情况通报会，以及若干专题视频调度会。"),
  "a long list of upper-level video conferences the unit watched, with dates, at the end of the "
  "measures: attending as audience is no act of the issuer's own. [set M padded the FR part with "
  "meetings the principal attended; here the unit's listening to others' meetings, in the measures]")
D("pad", "pad_block_intro_p/bentiao", True, "not_higher", lambda d: op_block_intros(d,
  "本条主要汇报“<t>”方面的落实情况。"),
  "after each sub-heading of the measures, a sentence announcing the heading again ('本条主要汇报"
  "“<title>”方面的落实情况'): restated titles, no act.")
D("pad", "pad_banner_p/hengfu", True, "not_higher", lambda d: op_banner(d,
  "深入践行习近平法治思想　奋力谱写法治政府建设新篇章"),
  "a slogan banner line under the title: a banner is not work.")
D("pad", "pad_self_stats_p/zishu", True, "not_higher", lambda d: op_opening_tail(d,
  "本报告按上级规定的体例撰写，正文分为四个部分，全文约{n1}00字，文中各项数据统计截至{y}年12月31日。"),
  "a sentence describing the report itself (its parts, its length, the cut-off date of its data) "
  "appended to the opening paragraph: figures about the text, not about the work.")
D("pad", "pad_contact_p/lianxiren", True, "not_higher", lambda d: op_contact_tail(d,
  "（联系单位：{dept}；联系人：办公室工作人员；联系电话：0{n1}{k1}-8{c1}{m1}{k2}）"),
  "a contact line (unit, contact person, telephone) after the end of the text: office data, not work.")
D("pad", "pad_national_p/quanguo", True, "not_higher", lambda d: op_pad_para_p(d, "measures",
  "从全国面上看，{py}年各级行政复议机关新收复议案件约{k1}0万件，全国法院一审受理行政案件约{k2}0万件，"
  "机关负责人到庭的比例已超过{n1}%，法治政府建设整体推进态势良好。"),
  "national statistics on 复议, lawsuits and 出庭应诉 at the end of the measures: figures, but none "
  "about the issuer's work. [set I marked the report's own counts as the province's; here national "
  "figures are added]")

# ================================================================== pairs: the better version scores higher
P("pair_lenient_vs_revenue_p/famo", True, lambda d: op_pair_para_p(d, "measures",
  "{y}年全{unit}办理行政处罚案件{c1}起，对{c2}起首次轻微违法依法不予处罚，对{k2}起依法减轻处罚，"
  "每份处罚决定书都写明裁量理由，当事人申请复议{m1}件，均未被撤销。",
  "{y}年全{unit}办理行政处罚案件{c1}起，罚没收入较上年增长{r1}%，超额完成年初下达的罚没任务，"
  "{k2}个执法单位罚没金额排名全部进入前列。"),
  "the same number of penalty cases: A tells lenient treatment of first minor offences and reasoned "
  "decisions that stood on review; B boasts of fine revenue growth and a fine quota exceeded.  Fines as "
  "a target are contrary to lawful enforcement; a reviewer credits A.")
P("pair_adviser_used_vs_hired_p/guwen", True, lambda d: op_pair_para_p(d, "measures",
  "{y}年法律顾问列席政府常务会议{m1}次，写出法律意见书{c1}份，提出的{c2}条修改意见被采纳，"
  "{k2}份合同据此补上了违约责任条款。",
  "{y}年续聘常年法律顾问{k2}名，支付法律顾问服务费{c1}万元，签订了服务协议，明确服务期为{m1}年。"),
  "the legal adviser: A says what the adviser's opinions changed (opinions, adopted changes, contract "
  "clauses); B only that the adviser was hired and paid.  Hiring is an input, use is the work.")
P("pair_platform_used_vs_bought_p/pingtai", True, lambda d: op_pair_para_p(d, "measures",
  "行政执法监督平台投用后，{y}年线上办理执法案件{c1}件，平均办案时限由{k1}个工作日缩短到{k2}个"
  "工作日，平台预警并督促纠正超期案件{c2}件。",
  "{y}年投入资金{c1}万元建设行政执法监督平台，采购服务器{k2}台、执法记录仪{k1}0台，"
  "完成机房改造{m1}处。"),
  "the same enforcement supervision platform: A reports what it did (cases handled, time cut, late cases "
  "corrected); B what it cost and what was bought.  Money spent is no outcome.")
P("pair_fr_returned_vs_signed_p/tuihui", True, lambda d: op_pair_para_p(d, FR,
  "{head}对提交政府常务会议的{c1}件拟决策事项逐件审阅合法性审查意见，把{c2}件存在法律风险的事项"
  "退回承办单位重新论证。",
  "{head}对提交政府常务会议的{c1}件拟决策事项，均在会上审议通过并当即签发，会议效率明显提高。"),
  "the principal and the same number of draft decisions: A reads the legality opinions and sends back "
  "the risky ones; B passes and signs them all at once.  Signing everything is no review.")
P("pair_lawful_vs_campaign_p/chaiqian", True, lambda d: op_pair_para_p(d, "measures",
  "{y}年涉及{k1}个村的征收工作，依法发布征收公告、组织听证{m1}场，对{c1}户逐户评估补偿，其中{c2}户"
  "提出异议后经复核调整了补偿，全程没有强制拆除。",
  "{y}年涉及{k1}个村的征收工作，攻坚克难、强力推进，{c1}户在{m1}天内全部签约腾空，{c2}户"
  "“钉子户”经连续攻坚后拆除到位，实现了“零上访”。"),
  "the same expropriation: A follows the legal procedure (notice, hearings, assessed compensation, "
  "objections reviewed); B boasts of speed and pressure on hold-outs.  The rule-of-law report credits "
  "procedure, not a campaign.")
P("pair_rules_reviewed_vs_posted_p/cungui", True, lambda d: op_pair_para_p(d, "measures",
  "把全{unit}{c1}个村居的村规民约逐条过了一遍合法性关，删改侵害外嫁女等群体集体经济权益的违法条款"
  "{c2}条。",
  "把全{unit}{c1}个村居的村规民约统一印制上墙，配套制作宣传展板{c2}块，上墙张贴面为100%。"),
  "the same village rules: A reviews them for legality and strikes unlawful clauses; B prints and posts "
  "them.  Posting a rule is no check of it.")


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


SPLIT_FILE = Path(__file__).with_name("split-p.json")


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
