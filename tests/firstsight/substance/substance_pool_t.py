"""Twentieth substance set (T): every case definition of the set, the documents it is applied to, and
the random split of the case x document rows into a tuning part (substance_edits_t.py) and a held part
(substance_edits_t_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J–S: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_t.py counts such rows).

Documents (`docs()`): the 5 complete dev reports, and the 16 labelled report pages with the longest
measures body, as in sets P–S.

The split is by ROW (case x document), as in sets P–S: for each definition its applicable documents are
shuffled with one random.Random(SPLIT_SEED) (definitions in file order) and the first round(0.4 * k) go
to the tuning part (at least one when k >= 2, never all), the rest to the held part.  The held rows are
never looked at one by one.  `python3 substance_pool_t.py` writes split-t.json, committed before any run
of the tool.
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
    op_pad_para_q,
    op_pair_para_q,
    op_replace_body_q,
)
from edit_lib_r import op_counted_suffix
from edit_lib_t import op_drop_counted_t, op_pad_each_para_t

SPLIT_SEED = 20261207_20
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
D("down", "targets_not_done_t/zerenshu", True, "lower", lambda d: op_counted_prefix(d, [
    "按与上级签订的目标责任书，要求到{ny}年底力争",
    "{ny}年计划"]),
  "every counted measures sentence turned into a target (按目标责任书…力争到{ny}年底 / {ny}年计划…): "
  "the report year's done acts become next year's intended ones. [earlier sets: 拟/打算/预计; here a "
  "signed target]")
D("down", "learned_elsewhere_t/kaocha", True, "lower", lambda d: op_counted_prefix(d, [
    "外出考察学习时了解到，兄弟县区",
    "据邻近地区交流材料介绍，对方"]),
  "every counted measures sentence prefixed as what a neighbouring unit did, learned on a study trip: "
  "the acts are others'. [earlier: deputy, 上级, 下级; here a peer visited]")
D("down", "five_years_ago_t/zaozai", True, "lower", lambda d: op_counted_prefix(d, [
    "早在{y5}年，", "回溯到{y5}年，"]),
  "every counted measures sentence dated five years before the report year (its own year words "
  "dropped): acts of another year. [set L: last year]")
D("down", "drop_counted_t/shanshu", True, "lower", lambda d: op_drop_counted_t(d, "measures"),
  "every counted sentence of the measures deleted, the rest kept: the figures and the acts they count "
  "go, the framing stays.")
D("down", "fr_quotes_t/qiangdiao", True, "lower", lambda d: op_replace_body_q(d, FR,
    "{lead}在多个场合反复强调：“法治是最好的营商环境，各级各部门务必把依法办事刻在心上、落在手上。”"
    "{head}也多次表示，要以更高标准、更实举措推动法治政府建设迈上新台阶。"),
  "the 第一责任人 part's body replaced by the principals' quoted words (反复强调 / 多次表示): sayings, "
  "no meeting held, no document reviewed, no case heard.")
D("down", "short_kp_only_t/chaju", True, "lower", lambda d: op_items_replace(d, [
    "<kp>方面仍有差距。", "<kp>还需加强。"]),
  "each problem of the 不足 cut to its key phrase plus a stock tail (…方面仍有差距): the facts and causes "
  "of the shortcoming go.")

# ================================================================== padding must not raise
D("pad", "pad_slogans_each_t/zhuazhua", True, "not_higher", lambda d: op_pad_each_para_t(d, "measures", [
    "始终坚持法治政府建设这根主线不放松，一以贯之抓推进、抓落实。",
    "真正做到思想上高度重视、部署上周密细致、推进上雷厉风行。"]),
  "a slogan sentence appended to every measures paragraph: repeated words of commitment, nothing done.")
D("pad", "pad_meetings_noresult_t/huiyi", True, "not_higher", lambda d: op_pad_para_q(d, "measures",
    "全年先后召开推进会、调度会、座谈会、务虚会、碰头会等各类会议，会议议题涵盖法治建设方方面面，"
    "参会人员普遍反映很受启发。"),
  "a list of kinds of meetings held with no decision and no outcome at the end of the measures.")
D("pad", "pad_bare_figures_t/shuzi", True, "not_higher", lambda d: op_pad_para_q(d, "measures",
    "全年相关数据分别为{c1}、{c2}、{k1}、{k2}和{n1}，各项指标总体平稳、稳中有升。"),
  "a line of bare figures with no subject and no measure word (相关数据分别为 …): figures that count "
  "nothing.")
D("pad", "pad_past_years_t/wangnian", True, "not_higher", lambda d: op_pad_para_q(d, "measures",
    "作为对比，{y5}年全域受理复议申请{c1}宗，{py}年受理{k1}宗，上述情况均已在往年报告中报送。"),
  "a comparison paragraph carrying only past years' figures (five years ago and last year), said to "
  "have been reported already: no act of the report year.")
D("pad", "pad_superlatives_t/lishixing", True, "not_higher", lambda d: op_counted_suffix(d, [
    "，取得了历史性突破，受到各方高度评价",
    "，创造了可复制可推广的鲜明经验"], need=None),
  "an inflated verdict (历史性突破, 可复制可推广) appended to every counted measures sentence: the same "
  "acts and figures, more praise.")
D("pad", "pad_fr_rule_quote_t/guiding", True, "not_higher", lambda d: op_pad_para_q(d, FR,
    "中央印发的第一责任人职责规定载明，地方党政一把手须把推进法治建设列入年终述职，对本地区法治状况"
    "负总责、担首责，这一要求本单位完全赞同并将长期遵循。"),
  "a paraphrase of the 第一责任人 规定 (述职, 负总责) added to the FR part, with a statement of "
  "agreement: the duty quoted, no act added.")

# ================================================================== pairs: the concrete version scores higher
P("pair_debts_paid_vs_forum_t/qianzhang", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年清理政府部门拖欠民营企业账款，逐笔核对合同{c1}份，已偿付{c2}笔，对{k1}份到期未履行的"
    "合同全部补签履约计划并按期兑现。",
    "{y}年邀请民营企业家代表召开政企恳谈会{k1}场，请大家畅所欲言，会上企业反映的诉求"
    "{c1}条已汇总成册。"),
  "政务诚信 with the same figures: A checks and pays the government's debts to firms; B holds forums "
  "and compiles their complaints.  Debts paid are the substance.")
P("pair_petitions_routed_vs_received_t/xinfang", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年把受理的{c1}件信访事项逐件甄别，其中{c2}件引导当事人通过行政复议、诉讼等法定途径解决，"
    "其余逐件按期出具书面答复意见。",
    "{y}年信访接待大厅接待来访群众{c1}人次，工作人员热情接待、耐心倾听、做好解释劝导，群众"
    "情绪总体稳定。"),
  "信访 with the same count: A sorts each petition and routes it to its lawful channel with written "
  "answers in time; B receives people warmly.  Lawful handling is the substance.")
P("pair_counsel_used_vs_hired_t/falvguwen", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年政府法律顾问共审查合同和协议{c1}份，书面指出风险点{k1}处、被采纳{k2}处，参与处置涉法"
    "信访和诉讼事项{c2}件。",
    "{y}年续聘政府法律顾问{k1}名，签订聘用协议，并把每位顾问的姓名和联系电话张贴在办事大厅"
    "公示栏里。"),
  "法律顾问 with the same figures: A's counsel review contracts and their advice is adopted; B hires "
  "them and posts their phone numbers.")
P("pair_fr_chaired_vs_watched_t/zhuchi", True, lambda d: op_pair_para_q(d, FR,
    "{y}年{lead}主持召开专题会议{k1}次，逐条审议重大行政决策草案，当场要求删改{k2}处于法无据的"
    "条款后才同意提交集体讨论。",
    "{y}年{lead}参加上级召开的法治建设电视电话会议{k1}次，在分会场认真收听收看，会后要求"
    "抓好贯彻。"),
  "第一责任人 with the same count: A chairs the meetings and strikes unlawful clauses from a draft; B "
  "watches a video conference from a branch room.")
P("pair_supervision_concrete_vs_hollow_t/jiandu", True, lambda d: op_pair_para_q(d, "measures",
    "{y}年抽查行政执法案卷{c1}卷，查出文书缺项、证据链断裂等问题{k1}个，向{k2}个执法单位"
    "制发整改通知书，整改情况逐一回头复查。",
    "{y}年行政执法监督工作扎实推进、成效明显，执法规范化水平持续提升，执法队伍形象明显改观，"
    "人民群众满意度不断增强。"),
  "执法监督: A the concrete paragraph (files checked, problems found, notices issued, follow-up); B "
  "its hollow version (扎实推进、成效明显 …).  The concrete version must score higher.")

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


SPLIT_FILE = Path(__file__).with_name("split-t.json")


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
