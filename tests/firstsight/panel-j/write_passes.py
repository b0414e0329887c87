"""The grader's three passes, written as one table (points per persona and one reason per criterion); run once to
write passes/pass-N.yaml. Untouched sources were re-read against grading.md; their points are panel I's reading of the
same texts under the same criteria and weights, and are the baseline each variant is read against (see README, Limits)."""
import random
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
C = ["G1", "G2", "G3", "G4", "G5", "G6", "G7"]
SAME = "as the source"
D = {
# complete
"p03": ([11.5, 21, 8, 6, 4, 10, 8], [11.5, 20, 7.5, 6, 3.5, 9.5, 8], [11.5, 21, 8, 7, 4.5, 11, 8],
 ["full title, issuer, year; four parts (leaders embedded as an item); 落款 2025-02-28; plan 2025",
  "58人/69%, 合法性审查186例, 下沉40人/215项, 投诉63→16件, 处罚52件, 调解638件; 《实施意见》《事项目录》",
  "all eight areas with content", "专题研究学习《工作要点》, 列入年终述职, 专题会议 uncounted",
  "two problems (法律人才匮乏 specific); no causes", "mechanisms without targets; answers 队伍", "plain; a few stock lines"]),
"p04": ([10, 12, 6.5, 6, 7, 7, 5], [10, 11.5, 6, 5.5, 8, 7.5, 5], [10.5, 12.5, 7, 7, 8, 8, 5.5],
 ["title inside website chrome; four subjects; 不足 with causes; plan 2022",
  "activity counts, 网格员, 230余宗/97.82%, 23村法律顾问; 《法律顾问聘用合同》; much process text",
  "决策, 执法, 调解, 公开, 普法, 法律顾问; 营商 absent", "leaders paragraph mostly duties, some acts",
  "two problems of its own staff; causes general", "plan answers 执法水平", "nav chrome; long generic sentences"]),
"p15": ([10, 14, 7, 4, 3, 6, 7], [10, 13.5, 7, 4.5, 2.5, 5.5, 7], [10, 15, 7.5, 5, 3.5, 7.5, 7],
 ["title with issuer and year; four parts (leaders embedded); no 落款 date",
  "21名持证, 调解290/288件, 505万元, 初信初访43/42件, 36场; 《实施方案》", "most areas; 学法 thin",
  "高度重视, 不定期召开班子会议: no count or date", "two stock problems; no causes", "four directions, no target",
  "plain; some stock lines"]),
"p05": ([10.5, 22, 7, 7.5, 6, 12, 8], [10.5, 21, 7, 7, 6.5, 12.5, 8], [11, 22, 7.5, 8, 6.5, 12.5, 8.5],
 ["title says 工作报告; chrome; four parts; dated 2026-02-26, plan 2026", "many counts with what they count; named 制度",
  "most areas with content", "专题学习, 出庭应诉, 专题分析会, 述职; both heads", "three problems, two specific",
  "each plan item answers a 不足 with a mechanism", "plain, proportionate"]),
"p07": ([9, 25, 8, 12, 3, 8, 8], [9, 24, 8, 11.5, 2.5, 7.5, 8], [9, 25, 8, 12.5, 3.5, 9, 8],
 ["no title line; leaders first; dated 2025-02-28", "dense counts, amounts and named documents",
  "all eight areas", "研究法治建设5次, 主职述法, 培训期次/人次, 《工作要点》《工作规则》",
  "one sentence of stock weaknesses; no causes", "three items, some mechanisms", "plain, dense"]),
# hollow
"p14": ([11.5, 11, 8, 5.5, 4, 10, 6], [11.5, 11.5, 7.5, 5.5, 3.5, 9.5, 6], [11.5, 12.5, 8, 6.5, 4.5, 11, 6.5],
 [SAME,
  "every count, amount and rate cut; clauses end in 较上年明显提升/同比大幅增长/覆盖面显著扩大 with no base (≤1 in G2a); 《实施意见》《事项目录》 and local names left",
  "areas still described", "the embedded leaders' item loses its counts; acts with 《工作要点》 left", SAME, SAME,
  "comparatives appended after clauses that lost their figures (高效完成合法性审查，覆盖面显著扩大); reads as boasting"]),
"p13": ([9, 12.5, 8, 9, 1.5, 8, 6], [9, 12.5, 8, 9, 1, 7.5, 6], [9, 13.5, 8, 10, 2, 9, 6.5],
 [SAME,
  "counts and amounts cut, comparatives without base (数量较往年明显增加, 质效稳步提高); many named documents and projects left (《企业行政合规指导清单手册》, 高效办成一件事)",
  "all areas still described", "acts with named 《工作要点》《工作规则》 and 现场述法 left; their counts gone",
  "each weakness now an external constraint (编制核定限制, 财政收支矛盾, 上级法规配套滞后): nothing the county owns", SAME,
  "comparatives after emptied clauses (年度累计办件量，质效稳步提高); garbled 不足 sentences"]),
"p09": ([8, 1.5, 3.5, 1.5, 7, 7, 3], [8, 1.5, 3.5, 1.5, 8, 7.5, 3], [8.5, 2.5, 4, 2.5, 8, 8, 3.5],
 ["measures part only works under way and leaders' part only titles (1 each)",
  "every measure after its lead is under way (正在着力/工作已经启动、处于摸底阶段/正积极谋划): nothing done, no figure or document",
  "topics named by the item leads only: half credit",
  "leaders' part: 书记、镇长 as 第一责任人 高度重视、摆在重要位置、扛起职责: no act, meeting, date or document", SAME, SAME,
  "seams (正积极谋划优化了…; 目前正在着力二是…); the same four frames repeated"]),
"p06": ([10, 12, 6.5, 6, 1.5, 3, 4], [10, 11.5, 6, 5.5, 1, 2.5, 4], [10, 12.5, 7, 7, 2, 3.5, 4.5],
 [SAME, SAME, SAME, SAME,
  "both 不足 now external constraints (财政收支矛盾, 上级法规配套滞后): topics named, nothing owned, causes outside",
  "plan = 一是继续健全决策机制。二是继续优化领导小组…: this year's headings with 继续, no year in the body, nothing new",
  "a plan of bare 继续 items; chrome"]),
"p08": ([9, 2, 4, 4, 3, 6, 4], [9, 2, 4, 4.5, 2.5, 5.5, 4], [9, 3, 4.5, 5, 3.5, 7.5, 4.5],
 ["measures part credited to the district (1 for the part)",
  "every measure after its lead credited upward (在区委、区政府坚强领导下区司法局统筹推进…；由区相关职能部门具体组织实施；依托区级平台): nothing the town did, no figure or document",
  "topics named by the item leads only", "embedded leaders' item untouched (高度重视, 不定期召开班子会议)", SAME, SAME,
  "the same four credit frames repeated through the part; garbled clauses"]),
"p01": ([9.5, 22, 7, 1.5, 6, 3, 5], [9.5, 21, 7, 2, 6.5, 3, 5], [10, 22, 7.5, 2.5, 6.5, 3.5, 5.5],
 ["leaders' part titles only (1)", SAME, SAME,
  "each leaders' item after its heading: titles, 高度重视, 摆在重要位置, 以身作则: no act, no 述法 or 学法 detail; heads named",
  SAME,
  "plan under the 2026 heading = this year's measures headings with 继续 (继续严格科学决策…): nothing new, no answer to the 不足",
  "two repeated title sentences per item; a plan list of 继续"]),
# padded
"p10": ([11.5, 21, 8, 6, 4, 10, 6], [11.5, 20, 7.5, 6, 3.5, 9.5, 6.5], [11.5, 21, 8, 7, 4.5, 11, 6.5],
 [SAME, SAME, SAME, SAME, SAME, SAME, "a 附件 of twenty laws' and regulations' titles after the plan: −2 (−1.5)"]),
"p02": ([10, 14, 7, 4, 3, 6, 5], [10, 13.5, 7, 4.5, 2.5, 5.5, 5], [10, 15, 7.5, 5, 3.5, 7.5, 5.5],
 [SAME, SAME, SAME, SAME, SAME, SAME,
  "a 数据一览表 of the report's own figures, after the opening and again after the plan; items cut mid-phrase: −2 (−1.5)"]),
"p11": ([10.5, 22, 7, 7.5, 6, 12, 6], [10.5, 21, 7, 7, 6.5, 12.5, 6], [11, 22, 7.5, 8, 6.5, 12.5, 6.5],
 [SAME, "the two 典型案例 name no village, date or document: no credit", SAME, SAME, SAME, SAME,
  "two generic 典型案例 (某村村民甲与乙…法律效果和社会效果相统一) after the measures: −2"]),
"p12": ([9, 25, 8, 12, 3, 8, 6.5], [9, 24, 8, 11.5, 2.5, 7.5, 6], [9, 25, 8, 12.5, 3.5, 9, 7],
 [SAME, SAME, SAME, SAME, SAME, SAME,
  "three paragraphs of political study (两个确立、四个意识…) after the opening, nothing the county did: −1.5 (−2, −1)"]),
}
NAMES = {1: "R1 (strict 司法局 reviewer: G2 and G4 first)", 2: "R2 (researcher: G5 and G6 first)",
         3: "R3 (senior 依法治X办 official: compliance file, G1/G3/G6c first)"}
for n in (1, 2, 3):
    ids = [f"p{i:02d}" for i in range(1, 16)]
    random.Random(f"panel-j-pass-{n}").shuffle(ids)
    out = [f"# Pass {n}, persona {NAMES[n]}", f"# order: {' '.join(ids)}  (random.Random(\"panel-j-pass-{n}\"))",
           "# criteria: G1 form 12, G2 evidence 26, G3 coverage 8, G4 leaders 14, G5 shortcomings 16, G6 plan 14, G7 style 10"]
    for d in ids:
        sc, rs = D[d][n - 1], D[d][3]
        out.append(f"{d}:")
        for c, s, r in zip(C, sc, rs):
            out.append(f"  {c}: [{s}, {yaml.safe_dump(r, allow_unicode=True, default_style=chr(34)).strip()}]")
        out.append(f"  total: {sum(sc)}")
    (HERE / "passes" / f"pass-{n}.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
