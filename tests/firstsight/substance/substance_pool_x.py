"""Twenty-fourth substance set (X): the three required parts other than the measures (存在的不足和原因,
党政主要负责人履行第一责任人职责情况, 下一年度主要安排) as a reviewing office judges them.  Every case definition
of the set, the documents it is applied to, and the random split of the case x document rows into a tuning
part (substance_edits_x.py) and a held part (substance_edits_x_held.py).

Written from the domain (/work/shared/docs/domain.md, the corpus) and the earlier sets' machinery, without
reading fzscore's code, rubric data or rubric docs.  Case format as in sets J–V: (name "idea/wording",
kind, expected, make, margin).  Expectations: lower | not_higher | same (|delta| <= margin) for
directional cases; a_higher for pairs (A - B > margin).

Each definition is one idea in one wording.  Every `make` is wrapped by `_checked`: a directional edit
that leaves the text unchanged, or a pair whose two sides are equal or equal to the report, gives None
(the row is dropped before the split and the measurement; dry_run_x.py counts such rows).

Documents (`docs()`): the 5 complete dev reports (all four parts labelled) and the labelled report pages
whose 第一责任人 part is labelled (no page has a labelled 不足 or plan part).

The split is by ROW (case x document), as in sets P–V: for each definition its applicable documents are
shuffled with one random.Random(SPLIT_SEED) (definitions in file order) and the first round(0.4 * k) go
to the tuning part (at least one when k >= 2, never all), the rest to the held part.  The held rows are
never looked at one by one.  `python3 substance_pool_x.py` writes split-x.json, committed before any run
of the tool.
"""
import json
import random
import sys
from pathlib import Path

import edit_lib
from edit_lib_d import FR
from edit_lib_x import (
    op_add_para_x,
    op_body_x,
    op_fr_body_x,
    op_fr_collective_x,
    op_items_each_x,
    op_items_first_clause_x,
    op_pair_add_x,
    op_pair_items_x,
    op_plan_done_acts_x,
    op_plan_no_verb_x,
    op_plan_repeat_item_x,
    op_plan_same_year_x,
)

SPLIT_SEED = 20261207_24
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


# ================================================================== directional down: the 不足 part
D("down", "shortfall_as_success_x/gonggu", True, "lower", lambda d: op_items_each_x(d, [
    "{kp}方面，今年推进有力、群众认可度较高，各项指标位居前列，今后仍需进一步巩固提升。",
    "{kp}工作已形成可复制的经验做法并被上级推广，下一步仍需进一步巩固提升。",
    "{kp}在年度考评中获评优秀等次，成效来之不易，仍需进一步巩固提升。"]),
  "each problem of the 不足 turned into an achievement in disguise: the item's key phrase is praised "
  "(推进有力, 获评优秀, 被上级推广) and closed with 仍需进一步巩固提升.  No shortcoming is left.")
D("down", "shortfall_others_fault_x/shangji", True, "lower", lambda d: op_body_x(d, "shortcomings", [
    "一是上级配套政策迟迟没有出台，部分改革事项只能等待观望，基层无所适从。"
    "二是市级业务系统频繁升级调整，数据接口不稳定，影响了我们的办事效率。"
    "三是兄弟单位协作配合意识不强，案件移送和信息共享常常滞后，给工作推进带来困难。"]),
  "the 不足 body replaced by problems of others only: the higher level's policies not supporting, the "
  "city's systems unstable, other offices not cooperating.  Nothing the unit itself fell short in.")
D("down", "shortfall_no_cause_x/wuyin", True, "lower", lambda d: op_items_first_clause_x(d),
  "each problem of the 不足 cut after its first clause (其…有待提高。): the facts that show it and the "
  "causes after it dropped.  Problems without any cause.")
D("down", "shortfall_cause_attitude_x/renshi", True, "lower", lambda d: op_items_first_clause_x(d, [
    "归根结底，是个别同志主观上对这项工作的分量掂量不够。",
    "究其根源，还是心里没把这件事当回事。",
    "说到底是认识站位不高、责任意识不强。"]),
  "each problem of the 不足 cut to its first clause and given one cause only: attitude (心里没把这件事当回事, "
  "认识站位不高).  The real cause (staff, funds, procedure) is gone.")

# ================================================================== directional down: the 第一责任人 part
D("down", "fr_titles_list_x/zhiwu", True, "lower", lambda d: op_fr_body_x(d, [
    "{lead}同时兼任{unit}全面依法治{unit}委员会主任、{unit}平安建设领导小组组长、{unit}普法依法治理领导"
    "小组组长；{head}兼任{unit}全面依法治{unit}委员会副主任、行政执法协调监督工作领导小组组长、规范性文件"
    "审查工作领导小组组长、政务公开工作领导小组组长。"]),
  "the 第一责任人 part replaced by a list of the two principals' titles (委员会主任, 领导小组组长 …): who "
  "they are, not what they did.")
D("down", "fr_meetings_attended_x/canhui", True, "lower", lambda d: op_fr_body_x(d, [
    "{y}年，主要负责同志先后参加上级召开的全面依法治理工作视频会、普法工作推进电视电话会、行政复议体制"
    "改革部署会、法治督察反馈会等会议{k1}次，认真听取了会议精神传达，并在会后阅知了相关会议纪要。"]),
  "the 第一责任人 part replaced by the meetings the principal attended as a listener (参加上级召开的…视频会"
  "…{k1}次, 听取, 阅知纪要): present, no duty of his own done.")
D("down", "fr_whole_body_x/quanti", True, "lower", lambda d: op_fr_collective_x(d,
    r"[县镇区市乡省]?(?:(?:[县镇区市乡省]委、[县镇区市乡省]政府|[县镇区市乡省]?党委、政府|[县镇区市乡省]?党委、[县镇区市乡省]?政府)"
    r"(?:党政)?)?(?:党政)?(?:主要负责同志|主要负责人|主要领导|主职|一把手|(?<!副)党委书记|(?<![副党总])书记|(?<!副)[县镇区市乡省]长)",
    ["全{unit}上下", "全体干部职工", "各级各部门"]),
  "every mention of the principal in the 第一责任人 part (党政主要负责人, 书记, 镇长 …) replaced by the "
  "whole body (全镇上下, 全体干部职工, 各级各部门): the part no longer says what the principal did.")

# ================================================================== directional down: the plan
D("down", "plan_done_restated_x/chongshu", True, "lower", lambda d: op_plan_done_acts_x(d,
    "来年重点抓好以下几件事："),
  "the plan body replaced by this year's counted acts of the measures, verbatim with their own dates and "
  "figures, listed as items (一是 …): what was done is told again as what will be done.")
D("down", "plan_no_verb_x/mingci", True, "lower", lambda d: op_plan_no_verb_x(d,
    r"^(?:进一步|持续|不断|全面|切实|着力|继续|大力|扎实|深入|坚持|加强|强化|健全|完善|推进|深化|提升|提高|"
    r"建立|落实|推动|做好|开展|组织|实施|规范|创新|盘活|打造|加大|依法|优化|聚焦)",
    "方面。"),
  "every plan item cut to its heading words with the leading verbs stripped (强化法治队伍建设 → 法治队伍建设"
  "方面。): each item names a field and no act.")
D("down", "plan_same_year_x/dangnian", True, "lower", lambda d: op_plan_same_year_x(d, "{y}年内，"),
  "the plan dated in the report year itself: every next-year date of the plan written as the report year "
  "and every item opened with {y}年内: a plan for a year already over.")

# ================================================================== padding: must not score higher
D("pad", "pad_shortfall_restated_x/chongshuo", True, "not_higher", lambda d: op_add_para_x(d, "shortcomings",
    "另外，在{kp}这一块，我们做得也还不够理想，与期望相比仍有距离。", use_kp=True),
  "a last 不足 item that only says the first one again in other words (在{kp}这一块…做得也还不够理想): "
  "no new problem.")
D("pad", "pad_plan_item_again_x/zaici", True, "not_higher", lambda d: op_plan_repeat_item_x(d,
    "同时，要再次强调：{item}"),
  "the plan's first item said once more as the plan's last paragraph (同时，要再次强调：<first item>): "
  "no new task.")
D("pad", "pad_fr_articles_x/tiaowen", True, "not_higher", lambda d: op_add_para_x(d, FR,
    "按照规定第三条的表述，党政一把手须对法治领域的要紧工作亲手部署、对棘手难题亲手过问、对关键节点"
    "亲手协调、对硬任务亲手督办；规定第五条要求本地的各项事务都在法治框架内运转；规定第六条则明确了政府"
    "主要负责人在依法行政方面的具体职责。", salt="ta"),
  "the 第一责任人 part extended with a paraphrase of the 规定's articles (第三条 … 第五条 … 第六条): "
  "what the rule says, no act of the principal.")
D("pad", "pad_plan_slogans_x/zongti", True, "not_higher", lambda d: op_add_para_x(d, "next_year",
    "总体要求是：坚持高站位谋划、高标准推进、高质量落实，锚定法治政府建设率先突破的目标不动摇，以更加"
    "昂扬的精神状态、更加务实的工作作风、更加有力的推进举措，在依法治理上交出新答卷。", where="start",
    salt="zt"),
  "the plan opened with a paragraph of 总体要求 slogans (高站位谋划、高标准推进…交出新答卷): no task, "
  "no date.")

# ================================================================== pairs: the better version scores higher
P("pair_shortfall_cause_office_x/zeren", True, lambda d: op_pair_items_x(d, [
    "{kp}问题较为突出，原因是{dept}在编法制审核人员仅{m1}名，而全年送审事项达{c1}件，由{dept}牵头在下一"
    "季度补齐力量。",
    "{kp}问题依然存在，原因在于培训经费被压减，年内集中轮训只办了{k2}期，由{unit}政府办负责追加安排。",
    "{kp}问题尚未解决，根源是考核指标里没有相应分值，由{unit}考核办在年底前修订考核细则。"], [
    "{kp}问题较为突出，有关方面正在研究加以改进，力争早日取得实质突破，全面解决到位。",
    "{kp}问题依然存在，下一步将想办法加以改进，尽快把这一短板切实补齐补强。",
    "{kp}问题尚未解决，今后将统筹推进加以完善，争取短期内见到明显成效。"]),
  "each 不足 item on its key phrase: A names the cause (编制人员仅{m1}名 vs {c1}件送审; 经费压减; 考核无分值) "
  "and the office that answers for it; B the same problem with a stock promise.  A higher.")
P("pair_plan_answers_shortfall_x/duiying", True, lambda d: op_pair_add_x(d, "next_year",
    "针对前文指出的{kp}问题，{ny}年一季度由{dept}拿出专项整改清单，逐条明确责任人和完成时限，年中开展一次"
    "回头看，年底向{unit}政府常务会议报告整改结果。",
    "围绕机关档案数字化管理，{ny}年一季度由{unit}政府办拿出专项工作清单，逐条明确责任人和完成时限，年中"
    "开展一次回头看，年底向{unit}政府常务会议报告工作结果。", use_kp=True),
  "a plan item added at the end of the plan: A answers the first problem stated in the 不足 (针对前文指出的"
  "{kp}问题) with an owner and dates; B the same form on an unrelated topic (机关档案数字化).  A higher.")
P("pair_fr_dated_vs_general_x/riqi", True, lambda d: op_pair_add_x(d, FR,
    "{y}年3月9日，主要负责同志主持召开法治建设专题会议，逐项审定年度法治工作要点；6月18日，带队到{dept}"
    "督办{k1}件行政复议纠错案件的整改；11月26日，在年终述法会上就本人履职情况当场述法并接受评议。",
    "主要负责同志经常主持召开法治建设相关会议，对年度法治工作作出安排；多次带队到基层督促检查各项任务推进"
    "情况；并按要求就本人履职情况进行述法，当众听取与会人员打分。"),
  "three acts of the principal added to the 第一责任人 part: A each with its date and object (3月9日审定"
  "工作要点; 6月18日督办{k1}件纠错案件; 11月26日述法); B three undated general ones on the same acts.  A "
  "higher.")

# ================================================================== documents and the split
FAMILIES = ("down", "pad", "pair")


def docs():
    """The 5 dev reports and the report pages whose 第一责任人 part is labelled (by id)."""
    pages = [d for d in edit_lib.load_pages() if d.has(FR)]
    return edit_lib.load_dev() + sorted(pages, key=lambda d: d.id)


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


SPLIT_FILE = Path(__file__).with_name("split-x.json")


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
