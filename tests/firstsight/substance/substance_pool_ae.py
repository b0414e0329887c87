"""Thirty-first substance set (AE): hollow writing that keeps the shape of a good report -- every part is
present, its substance gone; a reviewer at a 司法局 marks such a report down.  Directional (the hollow edit
must score lower by more than 0.5): the principal's part reduced to duty formulas; the shortfalls' causes
replaced by a restatement, or by objective causes only; the measures' counted sentences turned into
paperwork, into directives (要/必须/务必), into goals (确保/力争); the counted figures stripped of what
they count; the counted work credited to other bodies; the plan reduced to the measures' topics with
继续/进一步 prefixed.  Pairs (A must score higher by more than 0.5): the principal's dated acts vs duty
formulas; a check with found and fixed problems vs a notice issued; work done by the unit vs the same
figures credited to a third party; a plan item with a target and deadline vs 继续….  Controls (|delta| or
delta <= 1.0): 共/累计 before a figure dropped; a hollow closing sentence added.  Ideas and wordings no
earlier set (A-AD) used.  Every case definition, the documents, and the random split of the case x
document rows into a tuning part (substance_edits_ae.py) and a held part (substance_edits_ae_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J-AD: (name "idea/wording",
kind, expected, make, margin).  Margins: 0.5 for lower and pairs, 1.0 for padding and invariance.

Documents (`docs()`): the 5 complete dev reports and every labelled report page whose measures part is
located.  Rows (`rows()`): per definition every dev report the edit applies to and at most PAGE_CAP = 8
of the pages it applies to, drawn at random (random.Random(SPLIT_SEED + 1)).  Split by ROW as set AD:
per definition its rows shuffled with one random.Random(SPLIT_SEED), the first round(0.4 * k) to tuning
(at least one when k >= 2, never all).  `python3 substance_pool_ae.py` writes split-ae.json, committed
before any run of the tool.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_ab import FR, M, PL, SH, op_pair_ab
from edit_lib_ac import op_part_to_one_sentence_ac
from edit_lib_ae import (
    op_figure_nouns_stripped_ae,
    op_figure_sents_credited_ae,
    op_figure_sents_replaced_ae,
    op_pad_after_figure_para_ae,
    op_paras_tail_replaced_ae,
    op_plan_continue_headings_ae,
    op_word_swap_ae,
)

SPLIT_SEED = 20261207_31
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
D("down", "fr_duty_formulas_ae/taohua", True, "lower", lambda d: op_part_to_one_sentence_ac(d, FR,
    "{lead}、{head}始终把履行法治建设第一责任人职责摆上重要位置，扛牢抓实政治责任，对法治工作做到"
    "亲自谋划部署、亲自督促推进，在全{unit}上下形成以上率下、层层压实的良好态势，带头尊法学法守法用法。",
    salt="th"),
  "the principal's part (headings kept) reduced to duty formulas (扛牢政治责任, 亲自谋划部署, 以上率下, "
  "带头尊法学法守法用法): no meeting, no date, no count.")
D("down", "causes_restated_ae/jiuqi", True, "lower", lambda d: op_paras_tail_replaced_ae(d, SH,
    "细究起来，症结还是在于这方面的工作抓得不够到位、落实得不够有力。"),
  "every shortfall paragraph with two sentences or more: the shortfall kept, the rest (causes, details) "
  "replaced by a cause that restates the shortfall (工作抓得不够到位).")
D("down", "causes_objective_only_ae/keguan", True, "lower", lambda d: op_paras_tail_replaced_ae(d, SH,
    "这些问题的出现，主要受上级政策频繁调整、编制和经费保障不足以及部分群众法律意识淡薄等客观因素"
    "制约。"),
  "every shortfall paragraph with two sentences or more: the shortfall kept, the rest replaced by causes "
  "that blame only objective conditions, the superiors and the public.")
D("down", "measures_to_paperwork_ae/fawen", True, "lower", lambda d: op_figure_sents_replaced_ae(d, (M,), [
    "为此专门印发了工作通知，并及时转发上级有关文件。",
    "随后下发工作提示，要求各单位对照落实并建立台账。",
    "相关情况均已登记造册、归档备查。"]),
  "every sentence of the measures that carries a counted figure replaced by paperwork (印发通知, 转发文件, "
  "下发提示, 建立台账): the acts and their results are gone, the papers remain.")
D("down", "measures_to_directives_ae/yaoqiu", True, "lower", lambda d: op_figure_sents_replaced_ae(d, (M,), [
    "各部门要把这项工作摆在突出位置，必须一以贯之抓下去。",
    "相关单位务必压紧压实责任，切实防止走过场。",
    "要坚持问题导向，必须一抓到底、事事见底。"]),
  "every counted sentence of the measures replaced by a directive (要/必须/务必/切实): a report written "
  "as a notice to subordinates, nothing done.")
D("down", "measures_to_goals_ae/mubiao", True, "lower", lambda d: op_figure_sents_replaced_ae(d, (M,), [
    "确保此项工作取得扎扎实实的成效。",
    "力争在全{unit}范围内率先形成示范。",
    "推动相关工作再攀高峰、呈现新气象。"]),
  "every counted sentence of the measures replaced by a goal (确保/力争/推动…): what is aimed at, not "
  "what was achieved.")
D("down", "figure_nouns_stripped_ae/guanghao", True, "lower", lambda d: op_figure_nouns_stripped_ae(d, (M, FR)),
  "in the measures and the principal's part every clause with a counted figure cut to 共计 + the figure "
  "(共计56件) or 达到 + a percentage: what is counted, whose and when are gone.")
D("down", "credited_to_others_ae/daiban", True, "lower", lambda d: op_figure_sents_credited_ae(d, (M,), [
    "由上级主管部门牵头组织、第三方机构具体完成，",
    "在上级的统一部署下由驻地相关单位代为承办，",
    "依托上级派出的工作专班完成，本级仅做配合，"]),
  "every counted sentence of the measures given a lead-in that credits the work to other bodies (上级牵头, "
  "第三方机构完成, 代为承办, 本级仅做配合): the figures stay, the unit's own part is gone.")
D("down", "plan_continue_topics_ae/jixu", True, "lower", lambda d: op_plan_continue_headings_ae(d, M,
    ["继续", "进一步", "持续深化", "不断加强"], "下一步，我们将"),
  "the plan (headings kept) reduced to the measures' topic words with 继续/进一步/持续深化 prefixed: no "
  "target, no owner, no deadline.")

# ================================================================== controls (margin 1)
D("inv", "drop_total_words_ae/qugong", True, "same", lambda d: op_word_swap_ae(d, (M, FR), [
    (r"(?:共计|累计|合计)(?=\d)", ""), (r"(?<![总一])(?:共|累计|合计)(?=(?:办理|受理|开展|举办|组织|培训|调解|化解|审查|审核|发放|收到|接待|出动|检查)[^，。；,;]{0,12}?\d)", "")], min_hits=1),
  "in the measures and the principal's part 共/共计/累计/合计 before a figure (or before the verb of a "
  "counted clause) dropped (共办理56件 -> 办理56件): the same count.", margin=1.0)
D("inv", "drop_praise_adverbs_ae/quci", True, "same", lambda d: op_word_swap_ae(d, (M, FR), [
    (r"(?:高效|扎实|认真|积极|全力|大力|有序|稳步)(?=(?:开展|推进|完成|落实|组织|做好|抓好|推动|实施|执行|办理))",
     "")]),
  "in the measures and the principal's part an empty adverb before a verb dropped (高效完成 -> 完成, 扎实开展 "
  "-> 开展): the same acts, the same results.", margin=1.0)
D("pad", "pad_hollow_summary_ae/kongjie", True, "not_higher", lambda d: op_pad_after_figure_para_ae(d, M,
    "总的来看，上述各项工作成效明显、亮点纷呈，为{unit}经济社会高质量发展提供了坚强有力的法治保障。"),
  "a hollow summary sentence at the end of the measures (成效明显、亮点纷呈…坚强有力的法治保障): no act, "
  "no figure.", margin=1.0)

# ================================================================== pairs: A higher
P("pair_fr_acts_vs_formulas_ae/qinzi", True, lambda d: op_pair_ab(d, FR,
    "{y}年{m1}月，{head}在政府常务会议上专题研究法治政府建设，逐项分解{k1}项年度任务，年底前听取"
    "完成情况汇报，对进度滞后的{k2}项约谈了责任单位负责人。",
    "{head}坚持重要工作亲手抓、重大事项亲自管，把法治政府建设同经济社会发展一体谋划、一体推进。",
    salt="qz"),
  "a paragraph at the end of the principal's part: A a dated meeting, {k1} tasks assigned, {k2} laggards' "
  "heads interviewed; B duty formulas.  A higher.")
P("pair_check_fixed_vs_notice_ae/zicha", True, lambda d: op_pair_ab(d, M,
    "{y}年，{dept}抽查{unit}各执法单位行政执法案卷{c1}卷，发现程序瑕疵{c2}处，逐卷反馈并限期整改，"
    "复查时已全部改正。",
    "{y}年，{dept}印发开展行政执法案卷评查的通知，要求各执法单位认真自查并建立问题台账。", salt="zc"),
  "a paragraph at the end of the measures: A {c1} case files checked, {c2} defects found and all fixed; "
  "B a notice issued asking for self-checks and a ledger.  A higher.")
P("pair_own_vs_third_party_ae/weituo", True, lambda d: op_pair_ab(d, M,
    "{y}年，{dept}组织本单位律师和法律顾问深入{sub}开展“法律体检”，为{c1}家企业出具体检报告，"
    "帮助其修改合同条款{c2}条。",
    "{y}年，在上级统一安排下，由第三方机构承接“法律体检”服务，为{c1}家企业出具体检报告，"
    "修改合同条款{c2}条。", salt="wt"),
  "a paragraph at the end of the measures: A the unit's own lawyers did the legal check-ups of {c1} firms; "
  "B the same figures, done by a third party under the superiors' arrangement.  A higher.")
P("pair_plan_target_vs_continue_ae/shixian", True, lambda d: op_pair_ab(d, PL,
    "{ny}年6月底前，{dept}完成全{unit}{k1}个执法部门的裁量基准修订，年内执法案卷评查合格率提高到"
    "95%以上。",
    "{ny}年，{dept}继续推进行政裁量权基准工作，进一步提高执法案卷质量。", salt="sx"),
  "a paragraph at the end of the plan: A discretion standards of {k1} departments revised by the end of "
  "June, a case-file pass rate of 95%; B 继续/进一步 the same topics.  A higher.")


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


SPLIT_FILE = Path(__file__).with_name("split-ae.json")


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
