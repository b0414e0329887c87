"""Seventeenth substance set (Q): every case definition of the set, the documents it is applied to, and
the random split of the case x document rows into a tuning part (substance_edits_q.py) and a held part
(substance_edits_q_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J–P: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_q.py counts such rows).

Documents (`docs()`): the 5 complete dev reports, and the 16 labelled report pages with the longest
measures body (the longer openings), as in set P.

The split is by ROW (case x document), as in set P: for each definition its applicable documents are
shuffled with one random.Random(SPLIT_SEED) (definitions in file order) and the first round(0.4 * k) go
to the tuning part (at least one when k >= 2, never all), the rest to the held part.  The held rows are
never looked at one by one.  `python3 substance_pool_q.py` writes split-q.json, committed before any run
of the tool.

star=True marks an idea no earlier set (A, C–P) tried in this form (★ in README-q.md, caveats there).
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_q import (
    FR,
    op_captions,
    op_count_readings,
    op_counted_prefix,
    op_docs_forwarded,
    op_items_replace,
    op_items_suffix,
    op_law_names,
    op_list_reverse,
    op_month_cn,
    op_name_titles,
    op_pad_para_q,
    op_pair_para_q,
    op_part_ordinals,
    op_plan_items_suffix,
    op_replace_body_q,
    op_summary_first,
    op_tail_lines,
)

SPLIT_SEED = 20261207_17
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


def _names(d):
    lead = "王立新"
    head = "刘文华"
    return {d.lead: lead, d.lead[1:]: lead, "党委书记": lead, "党组书记": lead, d.head: head}


# ================================================================== directional down: substance removed
D("down", "cumulative_q/leiji", True, "lower", lambda d: op_counted_prefix(d, [
    "自{y5}年有统计以来历年相加，", "从{y5}年起逐年滚动汇总，"]),
  "every counted measures sentence turned into a running total since five years before the report year "
  "(its own year words dropped): the figures no longer say what was done in the year reported. [set I "
  "paired a year's figures vs a five-year total in an added paragraph, set L moved the report's counts "
  "to the previous year; here the report's own counts become multi-year totals]")
D("down", "judicial_credit_q/sifa", True, "lower", lambda d: op_counted_prefix(d, [
    "这项工作由{court}主办、本级只作配合，", "此项由{proc}依法律监督职权一手推动，"], drop_year=False),
  "every counted measures sentence credited to the court or the procuratorate (本级只作配合): the "
  "results are the judicial organs', not the government's own work. [set L credited them to a superior "
  "body, set I paired the government's vs the court's figures; here the report's own counts go to the "
  "judicial organs]")
D("down", "short_blame_down_q/xiaji", True, "lower", lambda d: op_items_replace(d, [
    "<kp>方面的毛病，主要出在下面个别{sub}执行走了样，本级机关层面已多次提醒，责任不在本级。",
    "<kp>方面，多是基层站所和{sub}干部自身素质不高造成的，与本级决策部署无关。"]),
  "each problem of the 不足 rewritten so that its blame falls on the units below (村居, 站所), with the "
  "issuer's own responsibility denied: no self-examination of the issuer. [sets J/I blamed the public "
  "or asked superiors for help; here the blame goes down]")
D("down", "short_trivial_q/suoshi", True, "lower", lambda d: op_items_replace(d, [
    "机关档案盒的标签样式还不够统一，个别卷脊手写、个别打印。",
    "会议室投影仪使用年限较长，放映时偶有色差。",
    "机关食堂就餐高峰时段排队时间稍长。"]),
  "each problem of the 不足 replaced by an office trifle (labels of archive boxes, an old projector, the "
  "canteen queue): the problems no longer concern the rule-of-law work at all. [set J replaced them by "
  "the public's faults, set I by requests, set H by boasts; here by trivia of housekeeping]")
D("down", "fr_attention_q/qinzi", True, "lower", lambda d: op_replace_body_q(d, FR,
    "{lead}和{head}始终把法治建设放在心上、抓在手上，对法治政府建设高度重视、亲自部署、亲自过问、"
    "亲自协调，多次强调要把法治要求贯穿到各项工作之中，要求班子成员以上率下、各负其责，推动全{unit}"
    "形成了齐抓共管的良好局面。"),
  "the 第一责任人 part's body replaced by attention words only (高度重视, 亲自部署, 亲自过问, 多次强调): "
  "no act is counted, dated or named. [set M wrote the 规定's duty wording as done, set E restated "
  "duties with 应当; here the verbs of attention]")
D("down", "plan_delegated_q/xiafang", True, "lower", lambda d: op_plan_items_suffix(d,
    "，此项交由各{sub}结合实际自行决定是否开展，本级不作统一安排"),
  "every item of the next-year plan handed to the units below to decide whether to do it at all (本级不作"
  "统一安排): the issuer commits to nothing. [set I paired a named owner vs 有关方面; here each item is "
  "disowned]")
D("down", "docs_forwarded_q/zhuanfa", True, "lower", lambda d: op_docs_forwarded(d, "转发上级的"),
  "every document the issuer says it drafted or issued (印发《…》, 制定《…》) said to be forwarded from "
  "above instead: the issuer made no rule or plan of its own. [set I paired documents issued vs "
  "received as added paragraphs; here the report's own documents]")

# ================================================================== invariance (form only)
D("same", "same_q/month_cn", True, "same", lambda d: op_month_cn(d),
  "months and days written in Chinese numerals (3月5日 -> 三月五日) in the text after the title: the same "
  "dates. [set H wrote counts and the year in Chinese numerals; here dates]")
D("same", "same_q/name_title", True, "same", lambda d: op_name_titles(d, _names(d)),
  "the first mention of each principal (党委书记, 镇长/县长) gets a personal name after the title "
  "(党委书记王立新): the same person named by title and name.")
D("same", "same_q/summary_first", True, "same", lambda d: op_summary_first(d),
  "a paragraph's closing summary sentence (measures, FR part, plan; no figure; 通过…, 有效…, 确保…) moved to the start of "
  "the paragraph (after its title): the same sentences, conclusion first. [set P swapped two middle "
  "sentences]")
D("same", "same_q/list_reverse", True, "same", lambda d: op_list_reverse(d),
  "in every list of four or more items joined by 、 the inner items put in reverse order: the same items.")
D("same", "same_q/law_names", True, "same", lambda d: op_law_names(d),
  "national laws named by full title written short and short ones written in full (《中华人民共和国行政"
  "处罚法》 <-> 《行政处罚法》): the same law. [set P wrote organs by their full names]")
D("same", "same_q/part_ordinals", True, "same", lambda d: op_part_ordinals(d),
  "the top-level part headings numbered 第一部分 … instead of 一、…: the same parts with the same words. "
  "[sets C/D renamed or wrapped headings; here the ordinal form]")

# ================================================================== padding must not raise
D("pad", "pad_external_causes_q/keguan", True, "not_higher", lambda d: op_items_suffix(d, [
    "，这主要是上级下放的事项越来越多、编制和经费却没有随之下沉所致",
    "，根子在于地方财力紧张、专业人才引不进留不住等客观条件的制约"]),
  "a cause appended to each problem of the 不足 that only blames superiors or objective conditions: a "
  "cause that excuses is no self-examination and must not earn the credit of a cause. [sets H/N paired "
  "own vs external causes; set J replaced problems by objective conditions; here excuses are added]")
D("pad", "pad_captions_q/tupian", True, "not_higher", lambda d: op_captions(d,
    "【图{k}】{unit}机关干部在活动现场（图片来源：{unit}政府办公室）"),
  "picture captions, as copied from a web page, after every other measures paragraph: layout, no work.")
D("pad", "pad_attachments_q/fujian", True, "not_higher", lambda d: op_tail_lines(d, [
    "附件：1.{y}年依法行政工作台账（略）",
    "2.{y}年度行政执法数据统计表（略）",
    "3.{y}年度法治建设重点任务分解表（略）"]),
  "a list of attachments, each marked 略 (left out), after the end of the text: names of papers that are "
  "not there add nothing.")
D("pad", "pad_count_readings_q/duzuo", True, "not_higher", lambda d: op_count_readings(d),
  "each integer count of the measures followed by its reading in Chinese numerals (290件（二百九十件）): "
  "the same figures said twice.")
D("pad", "pad_roster_q/mingdan", True, "not_higher", lambda d: op_pad_para_q(d, "measures",
    "调整后的{unit}法治政府建设领导小组组成如下：组长由{head}担任，副组长由{deputy}担任，成员包括党政"
    "办公室、{dept}、财政所、派出所、市场监管所、自然资源所、综合行政执法队、应急管理办公室的主要负责人，"
    "领导小组办公室设在{dept}。", where="start"),
  "the leading group's membership (leader, deputy, member offices) put at the start of the measures: "
  "who sits on a group is no act of the group. [set K listed a 联席会议's departments at the end; here a "
  "leading group's roster at the start]")
D("pad", "pad_checklist_q/shifou", True, "not_higher", lambda d: op_pad_para_q(d, "measures",
    "拿考核细则一条条对照自查：是否设立依法治{unit}委员会——是；是否印发年度工作要点——是；是否"
    "落实合法性审查——是；是否组织领导干部述法——是；是否按时公开年度报告——是。"),
  "a self-check list of yes answers (是否…——是) at the end of the measures: a yes is a claim, not an act; "
  "no figure, date or result. [set J added a self-assessed score; here a list of yeses]")

# ================================================================== pairs: the better version scores higher
P("pair_review_found_vs_passed_q/shenhe", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年{dept}对送审的{c1}件文件和合同逐件出具书面意见，指出越权设定义务、缺少救济途径等问题{n1}处，"
    "{c2}件改正后才印发，{m1}件因没有法定依据被退回、不再出台。",
    "{y}年{dept}对送审的{c1}件文件和合同做到随送随审、即审即过，全部在当天审核通过，审核通过率100%，"
    "没有一件因审核而耽误印发。"),
  "the same legality review of the same number of drafts: A finds faults, has drafts changed and stops "
  "some; B passes every draft the same day.  A review that never finds anything checked nothing.")
P("pair_disclosure_vs_publicity_q/gongkai", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年收到要求公开政府信息的申请{k1}件，每一件都在法定期限以内作出答复，其中{kd}件全部公开，{k2}件因涉及第三方商业"
    "秘密不予公开或部分公开，答复书都写明了法律依据和救济途径。",
    "{y}年在门户网站和微信公众号发布工作动态{k1}0条、领导活动报道{k2}0篇，制作宣传短视频{m1}部，"
    "网站年访问量再创新高，政务宣传声势明显增强。"),
  "政务公开: A answers requests for information within the legal time, with reasons for refusals; B "
  "counts news posts and videos.  Publicity is not disclosure.")
P("pair_petition_channel_vs_stopping_q/fenliu", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年受理涉法涉诉信访{c1}件，逐件甄别后把{c2}件引导到行政复议、诉讼或仲裁渠道，应由本{unit}解决的"
    "{k2}件按期书面答复，不服的告知了复查途径。",
    "{y}年受理涉法涉诉信访{c1}件，层层落实包保稳控责任，敏感节点劝返拦截{c2}人次，对{k2}名重点人员"
    "实行24小时盯守，确保不发生越级上访。"),
  "the same number of law-related petitions: A routes them to 复议/诉讼/仲裁 and answers in writing; B "
  "stops petitioners and watches them.  Keeping people from petitioning is contrary to the rule of law.")
P("pair_officer_accountable_vs_praised_q/zhuize", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年受理群众对执法人员的投诉{c1}件，逐件调取执法记录核查，查实{c2}件，对{k2}名执法人员暂扣执法证"
    "并责令重新培训，处理结果书面告知了投诉人。",
    "{y}年评选表彰“执法标兵”{k2}名、优秀执法案卷{c2}卷，在{c1}名执法人员中广泛开展学标兵活动，执法"
    "队伍精神面貌焕然一新。"),
  "enforcement officers: A checks complaints against them and holds the guilty to account; B names "
  "model officers.  Supervision of enforcement is the duty; praise is not supervision.")
P("pair_plan_checked_vs_exhorted_q/duizhang", True, lambda d: op_pair_para_q(d, "next_year",
    "对以上各项任务，由{dept}建立台账、每季度末逐项对账，{ny}年6月底和11月底两次向{unit}政府常务会议"
    "报告进度，未按期完成的由责任单位书面说明原因。",
    "对以上各项任务，各牵头单位务必思想上重视起来、组织上精心安排、推进上统筹兼顾，拿出抓铁有痕的劲头，"
    "力求件件有着落、事事有回音，向上级交出一份满意的答卷。"),
  "a closing paragraph of the plan: A says how progress will be checked (a ledger, quarterly checks, "
  "two dated reports, written reasons for delay); B exhorts.  A plan that will be followed up is more "
  "of a plan. [sets C/D paired concrete vs slogan items; here the follow-up of the items]")
P("pair_fr_resources_vs_support_q/renzhi", True, lambda d: op_pair_para_q(d, FR,
    "{head}主持研究法治建设保障问题，为{dept}增加专职法制审核人员{k2}名，把法律顾问经费{c1}万元列入"
    "{ny}年预算，并在{y}年11月带队检查落实情况。",
    "{head}十分关心法治建设保障问题，多次表示要在人员、经费、装备上给予大力支持，要求有关方面积极创造"
    "条件，为法治建设提供坚强有力的保障。"),
  "the principal on the means of rule-of-law work: A adds posts and a budget line and checks them; B "
  "promises support.  A counted decision is an act of the 第一责任人; a promise is not.")
P("pair_decision_paused_vs_rushed_q/huanxing", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年作出重大行政决策{k1}项，其中一项涉及{c1}户群众的调整方案经社会稳定风险评估收到反对意见{c2}条，"
    "决定暂缓实施，修改方案后重新组织听证。",
    "{y}年作出重大行政决策{k1}项，其中一项涉及{c1}户群众的调整方案坚持特事特办，当天研究、当天出台、"
    "次日实施，{c2}条反对意见没有影响工作进度。"),
  "the same major decision with the same objections: A pauses it after the risk assessment and hears "
  "the public again; B rushes it through and ignores the objections.  The statutory procedure is the "
  "substance of 重大行政决策.")


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


SPLIT_FILE = Path(__file__).with_name("split-q.json")


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
