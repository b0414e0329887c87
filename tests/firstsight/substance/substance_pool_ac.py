"""Twenty-ninth substance set (AC): the whole report as a blind reviewing office judges it -- which report is
better, and which edit must not change the score.  Directional: every figure of the measures turned into an
order-of-magnitude word (十余件, 上百人次, 绝大部分); the principal's part reduced to the body's general
commitment; each shortfall's explanation replaced by causes the unit cannot act on; the plan's deadlines
removed (as a pair: the reports' plans carry none).  Padding: an appendix table of other bodies' statistics; a paragraph of thanks; the 规定's five
required items restated; a long quotation from a leader's speech.  Invariance: the unit naming itself in the
third person (该镇); the first two items of a 、-list swapped; full-width punctuation written half-width; the
longest paragraph of the principal's part, shortfalls and plan split at a sentence end.  Pairs: the
principal's instruction followed up vs only given; a plan item with a measurable target vs the same aim
without one; public comments answered (adopted, reasons for the rest published) vs only received.  Ideas
and wordings no earlier set (A-AB) used.  Every case definition of the set, the documents it is applied to,
and the random split of the case x document rows into a tuning part (substance_edits_ac.py) and a held part
(substance_edits_ac_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J-AB: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each `make` is wrapped by `_checked` (as sets AA-AB): a directional edit that leaves the text unchanged, or
a pair whose two sides are equal or equal to the report, gives None (the row is dropped before the split).

Documents (`docs()`): the 5 complete dev reports and every labelled report page whose measures part is
located (edit_lib.load_pages()).  Rows (`rows()`): per definition every dev report the edit applies to and
at most PAGE_CAP = 8 of the pages it applies to, drawn at random (random.Random(SPLIT_SEED + 1)).

The split is by ROW (case x document), as in sets P-AB: per definition its rows shuffled with one
random.Random(SPLIT_SEED) (definitions in file order), the first round(0.4 * k) to the tuning part (at least
one when k >= 2, never all), the rest to the held part.  `python3 substance_pool_ac.py` writes split-ac.json,
committed before any run of the tool.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ab import FR, M, PL, SH, op_explanation_restated_ab, op_pad_para_ab, op_pair_ab
from edit_lib_ac import (
    op_append_block_ac,
    op_figures_magnitude_ac,
    op_width_punct_ac,
    op_part_to_one_sentence_ac,
    op_self_third_person_ac,
    op_split_longest_para_ac,
    op_swap_list_items_ac,
)

SPLIT_SEED = 20261207_29
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


def P(name, star, make, why, margin=0.5, a_may_be_report=False):
    DEFS.append(("pair", star, (name, "pair", "a_higher", _checked(make, "pair", a_may_be_report), margin),
                 why))


# ================================================================== directional: lower
D("down", "figures_magnitude_ac/liangji", True, "lower", lambda d: op_figures_magnitude_ac(d,
    [(10, "几"), (20, "十几"), (100, "数十"), (1000, "上百"), (10000, "上千"), (100000, "数万"),
     (1000000, "数十万"), (10 ** 12, "上百万")],
    [(90, "绝大部分"), (50, "过半"), (0, "一小部分")]),
  "every counted figure of the measures replaced by an order-of-magnitude word derived from it (12件 -> "
  "十几件, 150人次 -> 上百人次, 96% -> 绝大部分): the size survives, the figure a reviewer could check is gone.")
D("down", "fr_body_commitment_ac/biaotai", True, "lower", lambda d: op_part_to_one_sentence_ac(d, FR,
    "{unit}政府领导班子始终对法治建设常抓不懈，把第一责任人要求融入日常工作之中，以上率下、层层压实。",
    salt="bt"),
  "the principal's part (headings kept) reduced to one sentence of the governing body's general "
  "commitment (领导班子…常抓不懈…以上率下、层层压实): no deed, no date, no count of the principal.")
D("down", "causes_beyond_reach_ac/wuli", True, "lower", lambda d: op_explanation_restated_ab(d, [
    "这在很大程度上受制于辖区山多路远、青壮年常年外出务工等先天条件，单靠本级努力难以扭转。",
    "究其缘由，相关审批权限和人员编制均由上级统一核定，经费标准也随上级财力浮动，本级无从调整。"]),
  "every shortfall item keeps its heading; its explanation is replaced by causes the unit cannot act on "
  "(terrain, out-migration, posts and budgets fixed above): no cause the unit could remove.")

# ================================================================== padding: not higher
D("pad", "pad_appendix_others_stats_ac/fubiao", True, "not_higher", lambda d: op_append_block_ac(d, [
    "附表：{y}年度驻地政法单位业务数据一览（摘自各单位年度统计，仅供参阅）",
    "单位 | 指标 | 数值",
    "{court} | 审执结各类案件 | {c1}00件",
    "{proc} | 受理审查起诉 | {c2}0人",
    "公安机关 | 查处治安案件 | {k1}{k2}0起",
    "仲裁委员会 | 受理劳动人事争议 | {n1}件"], salt="fb"),
  "an appendix table after the report's end with the year's statistics of other bodies (the court, the "
  "procuratorate, the police, the arbitration board): none of it the unit's work.")
D("pad", "pad_thanks_ac/zhixie", True, "not_higher", lambda d: op_pad_para_ab(d, M,
    "在此，向一年来关心支持{unit}法治政府建设的人大代表、政协委员、新闻媒体以及广大群众致以衷心感谢！"
    "正是有了大家的理解与帮助，各项工作才得以顺利推进。", salt="zx"),
  "a paragraph of thanks at the end of the measures (to deputies, CPPCC members, the media, the public): "
  "courtesy, no work.")
D("pad", "pad_five_items_restated_ac/wuxiang", True, "not_higher", lambda d: op_pad_para_ab(d, M,
    "需要说明的是，按照中共中央办公厅、国务院办公厅印发的《法治政府建设与责任落实督察工作规定》，年度报告"
    "须载明五方面内容：一是上一年度的主要举措和成效；二是党政主要负责人履职情况；三是工作中的短板及其成因；"
    "四是下一年度的工作安排；五是其他需要报告的情况。本报告即按此五方面撰写。", salt="wx"),
  "a paragraph at the end of the measures restating the 规定's list of the five items an annual report "
  "must contain: the rule's outline, nothing the unit did.")
D("pad", "pad_leader_quote_ac/yinyu", True, "not_higher", lambda d: op_pad_para_ab(d, M,
    "上级领导同志在全{unit}依法行政工作推进会上曾深刻指出：“法治是最好的营商环境，也是最硬的治理能力。"
    "各级政府要把依法办事当作一种习惯、一种自觉，凡是没有法定依据的事坚决不做，凡是法定职责必须做的事"
    "坚决做好，决不能让群众在办事中感到法治离自己很远。”这番话言简意赅、语重心长，为我们做好今后工作"
    "提供了根本遵循。", salt="yy"),
  "a paragraph at the end of the measures quoting at length a leader's speech (法治是最好的营商环境… "
  "凡是没有法定依据的事坚决不做…): words of a superior, no act of the unit.")

# ================================================================== invariance: the same score
D("inv", "self_third_person_ac/gaizhen", True, "same", lambda d: op_self_third_person_ac(d, "该"),
  "in the measures and the principal's part every 我X / 本X (X the unit's level: 我镇, 本县) written in the "
  "third person (该镇, 该县), as a report drafted about the unit: the same unit, the same acts.")
D("inv", "swap_list_items_ac/duihuan", True, "same", lambda d: op_swap_list_items_ac(d),
  "in every 、-enumeration of the measures, the first two items after the list's first item (that one "
  "carries the opening verb) and before another item or 等 swapped, when of like length: the same things "
  "listed in another order.")
D("inv", "width_punct_ac/banjiao", True, "same", lambda d: op_width_punct_ac(d),
  "in the body of every part ，；：（）！？ written in the other width than the report mostly uses (full-width "
  "to half-width , ; : ( ) ! ?, or half-width between Chinese characters to full-width), as text pasted "
  "through another editor; 。 and 、 stay: the same text.")
D("inv", "split_para_other_parts_ac/fenduan", True, "same", lambda d: op_split_longest_para_ac(d),
  "in the principal's part, the shortfalls and the plan, the longest paragraph of each (a line of its own, "
  ">= 120 characters, >= 3 sentences) split in two at the 。 nearest its middle: the same sentences.")

# ================================================================== pairs: A higher
P("pair_fr_followup_vs_instruction_ac/huifang", True, lambda d: op_pair_ab(d, FR,
    "{y}年{m1}月，{head}针对群众反映的执法扰企问题作出批示，责成{dept}逐一核查；一个月后{head}再次听取"
    "核查情况，对其中{k2}个仍未办结的事项当面提出整改时限，年底前{k1}个事项全部办结回复。",
    "{y}年{m1}月，{head}针对群众反映的执法扰企问题作出批示，要求有关方面高度重视、认真对待，切实抓好"
    "落实。", salt="hf"),
  "a paragraph at the end of the principal's part: A the principal's instruction followed up (checked a "
  "month later, deadlines set, {k1} matters closed); B the same instruction only given.  A higher.")
P("pair_plan_measurable_vs_aim_ac/zhibiao", True, lambda d: op_pair_ab(d, PL,
    "{ny}年，将行政复议案件平均办理时长压缩到{k1}个工作日以内，各部门一把手到庭应诉比例保持在{r1}%以上"
    "并逐季通报。",
    "{ny}年，将努力加快复议案件审理节奏，推动各部门一把手到庭应诉迈上更高水平。", salt="zb"),
  "a paragraph at the end of the plan: A the aim with a measurable target ({k1} working days, {r1}%, "
  "reported each quarter); B the same aim without any measure.  A higher.")
P("pair_plan_dated_vs_undated_ac/shixian", True, lambda d: op_pair_ab(d, PL,
    "由{dept}牵头，{ny}年{m1}月底前摸清全{unit}现行规范性文件底数，{ny}年11月底前对外发布继续有效的文件"
    "目录。",
    "由{dept}牵头，摸清全{unit}现行规范性文件底数，对外发布继续有效的文件目录。", salt="sx"),
  "a paragraph at the end of the plan (the reports' own plans carry no dates to delete): A the item with "
  "two deadlines ({ny}年{m1}月底前, {ny}年11月底前); B the same item, same owner, with the dates removed.  "
  "A higher.")
P("pair_comments_answered_vs_received_ac/fankui", True, lambda d: op_pair_ab(d, M,
    "{y}年，{unit}政府起草规范性文件时向社会公开征求意见，共收到意见建议{c1}条，采纳{c2}条，对未采纳的"
    "意见逐条说明理由并在门户网站公布。",
    "{y}年，{unit}政府起草规范性文件时向社会公开征求意见，共收到意见建议{c1}条。", salt="fk"),
  "a paragraph at the end of the measures: A public comments answered ({c1} received, {c2} adopted, reasons "
  "for the rest published); B the same comments only received.  A higher.")

# ================================================================== documents and the split
FAMILIES = ("down", "pad", "inv", "pair")


def docs():
    """The 5 dev reports and the labelled report pages whose measures part is located (by id)."""
    return edit_lib.load_dev() + sorted(edit_lib.load_pages(), key=lambda d: d.id)


def all_cases():
    return [c for _, _, c, _ in DEFS]


PAGE_CAP = 8   # at most this many pages per definition (to keep the run light on a shared machine)


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


SPLIT_FILE = Path(__file__).with_name("split-ac.json")


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
