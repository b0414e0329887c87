"""Eighteenth substance set (R): every case definition of the set, the documents it is applied to, and
the random split of the case x document rows into a tuning part (substance_edits_r.py) and a held part
(substance_edits_r_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J–P: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_r.py counts such rows).

Documents (`docs()`): the 5 complete dev reports, and the 16 labelled report pages with the longest
measures body (the longer openings), as in sets P and Q.

The split is by ROW (case x document), as in sets P and Q: for each definition its applicable documents are
shuffled with one random.Random(SPLIT_SEED) (definitions in file order) and the first round(0.4 * k) go
to the tuning part (at least one when k >= 2, never all), the rest to the held part.  The held rows are
never looked at one by one.  `python3 substance_pool_r.py` writes split-r.json, committed before any run
of the tool.

star=True marks an idea no earlier set (A, C–Q) tried in this form (★ in README-r.md, caveats there).
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
from edit_lib_r import (
    op_comma_split,
    op_counted_suffix,
    op_enum_order_words,
    op_gov_short,
    op_list_he,
    op_tongbi,
)

SPLIT_SEED = 20261207_18
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
D("down", "annulled_r/chexiao", True, "lower", lambda d: op_counted_suffix(d, [
    "，可惜这批处理决定后来因程序违法被上级机关一并撤销",
    "，事后复查发现多数超越法定职权，已全部收回作废"]),
  "every counted measures sentence followed by a clause saying the acts were later annulled for "
  "illegality or withdrawn as ultra vires: the counts stay, the results are void.  A reviewer does not "
  "credit acts that were struck down. [set P set counts to 0; here the acts happened and were undone]")
D("down", "steps_skipped_r/shengque", True, "lower", lambda d: op_counted_suffix(d, [
    "，为了抢时间，一律省掉了告知、陈述申辩和法制审核这些环节",
    "，当时图快，既没有集体讨论也没有留存书面记录"]),
  "every counted measures sentence followed by a clause saying the statutory steps (告知, 陈述申辩, "
  "法制审核, 集体讨论) were skipped to save time: the same counts, done against the law.  Procedure is "
  "the substance of 依法行政.")
D("down", "relayed_below_r/huizong", True, "lower", lambda d: op_counted_prefix(d, [
    "以下为各{sub}自行开展后报来的数字，本级只负责汇总上报，",
    "该项由各{sub}各自组织、本级仅做统计，"], drop_year=False),
  "every counted measures sentence said to be the units below's own figures that the issuer only "
  "summed and passed on: the work is not the issuer's. [set I marked figures as province totals, set L "
  "credited a superior body, set Q the court; here the units below, the issuer only adding up]")
D("down", "short_all_fixed_r/xiaohao", True, "lower", lambda d: op_items_suffix(d, [
    "，不过这个问题在{y}年内已经整改销号，眼下不复存在",
    "，该项已于{y}年底前全部改到位，今后不再列为问题"]),
  "each problem of the 不足 followed by a clause saying it was already fixed within the year and no "
  "longer exists: the 不足 names no standing shortcoming, so there is no self-examination left and "
  "nothing for the plan to answer. [set N marked problems copied from last year and still open; here "
  "the opposite, every problem declared gone]")
D("down", "short_hypothetical_r/weiyu", True, "lower", lambda d: op_items_replace(d, [
    "<kp>方面，将来形势变化后也许会碰到一些新情况，需要提前想到、未雨绸缪。",
    "<kp>方面，随着改革深入，日后或许会出现预料不到的新挑战。"]),
  "each problem of the 不足 rewritten as a possible future risk (将来也许会碰到, 日后或许会出现): no "
  "present failing of the issuer is named. [earlier sets made problems vague, boasts, trivia or "
  "external; here hypothetical]")
D("down", "plan_conditional_r/qianti", True, "lower", lambda d: op_plan_items_suffix(d,
    "，但前提是上级另行下拨专项经费，经费不到位就暂不启动"),
  "every item of the next-year plan made conditional on extra money from above (经费不到位就暂不启动): "
  "the issuer commits to nothing of its own. [set Q handed items to the units below; here a condition]")
D("down", "fr_offtopic_r/xiangmu", True, "lower", lambda d: op_replace_body_q(d, FR,
    "{y}年，{lead}和{head}把主要精力放在招商引资和重点项目上，{lead}带队外出招商{m1}次、签约项目{k2}个，"
    "{head}主持召开项目推进会{k1}次，现场协调征地、水电、道路等问题{c2}个，全年固定资产投资完成"
    "年度目标。"),
  "the 第一责任人 part's body replaced by the principals' counted, dated acts on investment and projects "
  "(招商, 项目推进会): acts of the principals, but none on the rule of law. [sets F/H/J paired non-law "
  "topics in the measures; set Q replaced the FR part by attention words; here by off-topic acts]")

# ================================================================== invariance (form only)
D("same", "same_r/gov_short", True, "same", lambda d: op_gov_short(d),
  "after its first mention, the issuer's full name (…新浦镇人民政府) written short (新浦镇政府): the "
  "same issuer. [set O wrote 我镇 as the place name; here the full name shortened]")
D("same", "same_r/order_words", True, "same", lambda d: op_enum_order_words(d),
  "enumerations 一是…二是…三是… written with order words 首先，…其次，…再次，…最后，…: the same "
  "items in the same order. [set I wrote 其一/其二; here order adverbs]")
D("same", "same_r/comma_split", True, "same", lambda d: op_comma_split(d),
  "a sentence that goes on after a comma with 其中/同时/此外/另外 split in two at that comma "
  "(…12件，其中… -> …12件。其中，…): the same words and figures.")
D("same", "same_r/tongbi", True, "same", lambda d: op_tongbi(d),
  "同比 written out as 与上年同期相比: the same comparison.")
D("same", "same_r/list_he", True, "same", lambda d: op_list_he(d),
  "in a list of three or more items joined by 、 the last 、 written 和 (A、B、C -> A、B和C): the same "
  "items. [set Q reversed inner items]")

# ================================================================== padding must not raise
D("pad", "pad_term_definitions_r/hanyi", True, "not_higher", lambda d: op_pad_para_q(d, "measures",
    "为便于理解，现将几个常用概念说明如下：所谓行政复议，是公民、法人或者其他组织认为行政行为侵犯其"
    "合法权益，向复议机关提出申请、由复议机关审查处理的活动；所谓行政许可，是行政机关根据申请，经依法"
    "审查，准予其从事特定活动的行为；所谓规范性文件，是除规章以外、涉及公民权利义务、具有普遍约束力、"
    "在一定期限内反复适用的公文。"),
  "a paragraph explaining legal terms (所谓行政复议…; 所谓行政许可…) at the end of the measures: "
  "textbook definitions, no act of the issuer.")
D("pad", "pad_law_register_r/minglu", True, "not_higher", lambda d: op_tail_lines(d, [
    "附：本{unit}执法工作现行依据目录",
    "（1）土地管理法；（2）城乡规划法；（3）森林法；（4）水法；（5）道路交通安全法；（6）动物防疫法；"
    "（7）农产品质量安全法；（8）村民委员会组织法。"]),
  "a register of the laws in force that the issuer's enforcement rests on, appended after the text: a "
  "list of laws is not their application.")
D("pad", "pad_duty_list_r/sanding", True, "not_higher", lambda d: op_pad_para_q(d, "measures",
    "按照机构职能配置方案，{dept}承担的主要职责有：指导管理人民调解工作，承担法治宣传教育的具体组织"
    "工作，负责行政执法协调监督，承办行政复议和行政应诉的日常事务，为{unit}党委政府依法决策提供法律"
    "意见。", where="start"),
  "the statutory duties of the issuer's legal office (职能配置方案: what it is charged with) put at the "
  "start of the measures: a list of duties is not a record of what was done. [set E restated the "
  "principal's duties with 应当, set I added staffing figures; here the office's remit]")
D("pad", "pad_closing_twice_r/zongkuo", True, "not_higher", lambda d: op_pad_para_q(d, "next_year",
    "综上，{y}年{unit}法治政府建设在各方面共同努力下稳步推进，整体水平有了新的提高。综上，{y}年{unit}"
    "法治政府建设在各方面共同努力下稳步推进，整体水平有了新的提高。"),
  "a closing summary sentence (综上，…稳步推进，整体水平有了新的提高) written twice at the end of the "
  "plan: a summary claims nothing that the report has not shown, and twice adds nothing. [set H repeated "
  "every measures paragraph; here a general summary, doubled]")
D("pad", "pad_abbrev_glossary_r/suolue", True, "not_higher", lambda d: op_tail_lines(d, [
    "本报告中的简称：“双随机、一公开”指随机抽取检查对象、随机选派执法检查人员、抽查情况及查处结果"
    "及时向社会公开；“三项制度”是公示、记录、法制审核这三项执法制度的合称；"
    "“枫桥经验”指依靠群众就地化解矛盾的基层治理做法。"]),
  "a glossary of the abbreviations used (双随机、一公开; 三项制度; 枫桥经验) after the end of the text: "
  "explaining a name is not doing the work.")
D("pad", "pad_service_box_r/bangong", True, "not_higher", lambda d: op_tail_lines(d, [
    "{dept}办公地点：{unit}政府办公楼二楼东侧；对外办公时间：工作日上午8:30—12:00、下午14:30—17:30；"
    "法律咨询请在办公时间内前来或来电。"]),
  "the office's address and opening hours after the end of the text: service information, no result.")

# ================================================================== pairs: the better version scores higher
P("pair_recon_decided_vs_logged_r/jiuzheng", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年办理行政复议申请{c1}件，审结{k1}件，对其中{k2}件违法或明显不当的行为作出撤销或者变更决定，"
    "每份决定书都列明了认定的事实和适用的条文，被申请单位均已按决定纠正。",
    "{y}年接收复议申请材料{c1}件，窗口工作人员全部登记造册、编号归档，按来件顺序转交{k1}个相关单位，"
    "收件登记做到日清日结、件件有号。"),
  "行政复议: A decides the applications, corrects the unlawful acts with reasons and sees them corrected; "
  "B only logs and passes on the same number of applications.  Logging is not deciding. [set D added "
  "复议 corrections; set I paired the 纠错率 with and without its base; here decided vs logged]")
P("pair_cases_vs_classes_r/chachu", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年综合行政执法队立案{c1}件，结案{c2}件，作出罚款决定{k1}件、罚没款{m1}万元，对{k2}件较大数额"
    "罚款依当事人申请组织了听证。",
    "{y}年综合行政执法队组织业务学习{c1}期，参加{c2}人次，开展执法技能比武{k1}场、执法礼仪展示"
    "{k2}次，队员学习笔记累计{m1}万字。"),
  "the enforcement team: A files and closes cases, fines and hears; B studies, competes and takes notes, "
  "with the same figures.  Enforcement is cases handled, not lessons attended. [set H paired file "
  "reviews vs training headcounts; here cases, fines and hearings vs in-house drills]")
P("pair_rights_told_vs_spot_r/gaozhi", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年作出的{c1}件行政处罚全部事先送达告知书，当事人提出陈述申辩{k1}次，执法队复核后采纳{k2}次、"
    "减轻或者不予处罚，{m1}起案件依法组织了听证。",
    "{y}年作出的{c1}件行政处罚大多当场认定、当场开单、当场收缴罚款，平均每件用时不到一刻钟，"
    "当事人的争辩一概不予理会，办案效率位居全{unit}前列。"),
  "the same number of penalties: A gives notice first, hears the parties and changes some decisions; B "
  "fines on the spot and ignores objections.  The parties' rights are the substance of lawful "
  "enforcement.")
P("pair_permits_reasoned_vs_decor_r/xuke", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年受理行政许可申请{c1}件，全部在法定期限内办结，平均办理时间压缩到{m1}个工作日，不予许可的"
    "{k2}件均出具书面决定、说明理由并告知复议和诉讼权利。",
    "{y}年受理行政许可申请{c1}件，对办事大厅重新装修，添置绿植{k1}盆、便民座椅{c2}张，窗口人员统一"
    "着装、微笑服务，群众纷纷点赞。"),
  "行政许可 with the same number of applications: A decides them in time and gives reasons for refusals; "
  "B redecorates the hall.  A nicer hall is not lawful licensing.")
P("pair_adviser_worked_vs_named_r/shenyue", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年法律顾问审读合同和协议{c1}份，写出修改建议{c2}条，其中{k2}份合同因违约责任约定不清被退回"
    "重签；列席{unit}党政班子会{k1}次，对{m1}项议题写出书面意见。",
    "{y}年续聘法律顾问，在{unit}政府大门口和各办公室门牌旁挂出法律顾问公示牌{c1}块，印发顾问联系卡"
    "{c2}张，营造了有事找顾问的良好氛围。"),
  "the legal adviser: A reviews contracts, has some re-signed and gives written opinions at meetings; B "
  "hangs boards and hands out cards.  An adviser is worth what he reviewed. [sets D/E/K added adviser "
  "work; here work vs a signboard]")
P("pair_short_own_lapse_vs_luck_r/zeren", True, lambda d: op_pair_para_q(d, "shortcomings",
    "{y}年本{unit}有{k2}件行政处罚决定被复议机关撤销，原因是我们的执法人员调查取证不全、告知程序缺项，"
    "暴露出本级执法监督流于形式。",
    "{y}年本{unit}有{k2}件行政处罚决定被复议机关撤销，主要是当事人请了专业律师、复议机关把关尺度有所"
    "变化，多少带有偶然因素。"),
  "the same penalties struck down: A names the issuer's own lapses as the cause; B puts it down to the "
  "other side's lawyer, the reviewing body and chance.  Only A is self-examination. [sets H/N paired "
  "fixable vs external causes of generic problems; here the same struck-down decisions, own lapse vs luck]")




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


SPLIT_FILE = Path(__file__).with_name("split-r.json")


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
