"""The grader's three passes, written as one table (points per persona and one reason per criterion); run once to
write passes/pass-N.yaml. Untouched sources were re-read against grading.md; their points agree with panel H's
reading of the same texts and are used as the baseline each variant is read against (see README, Limits)."""
import random
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
C = ["G1", "G2", "G3", "G4", "G5", "G6", "G7"]
SAME = "as the source"
D = {
# complete
"p06": ([11.5, 21, 8, 6, 4, 10, 8], [11.5, 20, 7.5, 6, 3.5, 9.5, 8], [11.5, 21, 8, 7, 4.5, 11, 8],
 ["full title, issuer, year; four parts (leaders embedded as an item); 落款 2025-02-28; plan 2025",
  "58人/69%, 合法性审查186例, 下沉40人/215项, 投诉63→16件, 处罚52件, 调解638件, 民主法治村4+16; 《实施意见》《事项目录》",
  "all eight areas with content",
  "专题研究学习《工作要点》, 列入年终述职, 专题会议 uncounted",
  "two problems (法律人才匮乏 specific); no causes",
  "持证上岗, 三项制度, 协调联动: mechanisms without targets; answers 队伍",
  "plain; a few stock lines"]),
"p04": ([10, 12, 6.5, 6, 7, 7, 5], [10, 11.5, 6, 5.5, 8, 7.5, 5], [10.5, 12.5, 7, 7, 8, 8, 5.5],
 ["title inside website chrome; four subjects present; 不足 with causes; plan 2022",
  "activity counts (资料/讲座/挂图), 网格员, 230余宗/97.82%, 23村法律顾问; 《法律顾问聘用合同》; much process text",
  "决策, 执法, 矛盾/调解, 公开, 普法, 法律顾问; 营商 absent",
  "leaders paragraph mostly duties, some acts (重大决策目录, 学法)",
  "two problems of its own staff; causes given though general",
  "plan answers 执法水平; one item a definition",
  "nav chrome; long generic sentences"]),
"p14": ([10, 14, 7, 4, 3, 6, 7], [10, 13.5, 7, 4.5, 2.5, 5.5, 7], [10, 15, 7.5, 5, 3.5, 7.5, 7],
 ["title with issuer and year; four parts (leaders embedded); no 落款 date",
  "21名持证, 调解290/288件, 505万元, 初信初访43/42件, 36场; 《实施方案》; named 调解工作室",
  "most areas; 学法 thin",
  "高度重视, 不定期召开班子会议: no count or date",
  "two stock problems; heading promises causes, none given",
  "four directions from the 纲要, no target or owner",
  "plain; some stock lines"]),
"p03": ([10.5, 22, 7, 7.5, 6, 12, 8], [10.5, 21, 7, 7, 6.5, 12.5, 8], [11, 22, 7.5, 8, 6.5, 12.5, 8.5],
 ["title says 工作报告; chrome; four parts, leaders a section; dated 2026-02-26, plan 2026",
  "many counts with what they count (清单, 案件, 调解, 普法场次); named 制度; local detail",
  "most areas with content; 规范性文件 thin",
  "专题学习, 出庭应诉, 专题分析会, 述职; both heads",
  "three problems, two specific; explanations thin",
  "each plan item answers a 不足 with a mechanism; no figures",
  "plain, proportionate; 热搜/相关链接 chrome"]),
"p05": ([9, 25, 8, 12, 3, 8, 8], [9, 24, 8, 11.5, 2.5, 7.5, 8], [9, 25, 8, 12.5, 3.5, 9, 8],
 ["no title line; leaders first, measures, 不足, plan 2025; dated 2025-02-28",
  "dense counts, amounts and named documents; the county's own work",
  "all eight areas with content",
  "研究法治建设5次, 主职述法, 培训期次/人次, 《工作要点》《工作规则》",
  "one sentence of stock weaknesses; no causes; out of proportion",
  "three items, some mechanisms; no targets",
  "plain, dense"]),
# hollow
"p15": ([9.5, 2, 4, 6, 4, 10, 4], [9.5, 2.5, 3.5, 6, 3.5, 9.5, 4], [10, 3, 4.5, 7, 4.5, 11, 4.5],
 ["title, parts and date kept; the measures part reads as principles, not an account (1 for it)",
  "every measure after its lead is a principle (始终坚持…的工作理念/注重…/作为一项基础性工作来抓): no count, document or date left; a few local names in garbled clauses",
  "areas named by the item leads only: half credit",
  "embedded leaders' item untouched (专题研究学习《工作要点》, 述职)",
  SAME, SAME,
  "the same four principle frames repeated through the part; garbled clauses (以人民为中心，注重在共处置…中体现公平正义)"]),
"p08": ([9.5, 4, 5.5, 2.5, 7, 7, 4], [9.5, 4.5, 5.5, 3, 8, 7.5, 4], [10, 5, 6, 3.5, 8, 8, 4.5],
 ["leaders part present but only attendance (1.5); other parts as the source",
  "all counts gone; only rates of the whole (全覆盖, 办结率100%, 满意率100%) with no base: ≤1 in G2a; 《法律顾问聘用合同》 and local detail left",
  "areas still described, nothing measured",
  "镇党委书记、镇长 attended four meetings convened by the district (出席/参加/列席, months): no decision or own act",
  SAME, SAME,
  "rates appended to clauses that lost their counts (组建了的专兼职网格管理员队伍，群众满意率100%); chrome"]),
"p02": ([9, 12, 6.5, 6, 1.5, 6, 4.5], [9, 11.5, 6, 5.5, 1, 6.5, 4.5], [9.5, 12.5, 7, 7, 2, 7, 5],
 ["不足 part present but filled with praise (1)",
  SAME, SAME, SAME,
  "problems turned into praise (成效日益显现，需求快速增长；标准定得较高); causes are attitudes only (责任意识不够强、作风不够扎实)",
  "plan still trains 执法 staff, but the 不足 it answers is gone",
  "self-praise in the 不足; chrome"]),
"p13": ([9, 1, 3.5, 4, 3, 6, 3], [9, 1, 3, 4.5, 2.5, 5.5, 3], [9, 1.5, 3.5, 5, 3.5, 7.5, 3.5],
 ["measures part filled with quotations (1)",
  "every measures item after its lead is a quotation of the 纲要/条例/讲话 plus 我镇认真学习领会: nothing the town did",
  "topics named by the item leads and quotations only: half an area each",
  "embedded leaders' paragraph untouched (高度重视, 不定期召开班子会议)",
  SAME, SAME,
  "long quotations, the same quotation twice, a 执法 quotation under a 普法 item"]),
"p10": ([8.5, 22, 7, 3, 6, 4, 5.5], [8.5, 21, 7, 2.5, 6.5, 3.5, 5.5], [9, 22, 7.5, 3.5, 6.5, 4.5, 6],
 ["leaders part attendance only (1); plan part mottos (1)",
  SAME, SAME,
  "each leaders' item is a list of meetings the 书记、镇长 attended (出席/列席/参加, months): no decision, no 述法 detail",
  SAME,
  "each plan item after its heading is a motto (以更高站位…奋力开创新局面; 对标一流、争先进位): headings still name the 不足 (1 in G6b); 2026 heading kept",
  "mottos and repeated attendance lists"]),
"p01": ([9, 11, 7.5, 8, 3.5, 8, 5.5], [9, 11, 7.5, 8, 3, 7.5, 5.5], [9, 12.5, 8, 9, 4, 9, 6],
 [SAME,
  "counts and amounts gone, rates of the whole only (全覆盖/满意率100%/应收尽收), declines as 明显; named documents and projects (《企业行政合规指导清单手册》, 高效办成一件事, 1+N) left",
  "all areas still described",
  "《工作要点》《工作规则》 and 现场述法会议 left; counts of meetings, 述法 and training gone",
  "the one 不足 sentence now carries an attitude cause (松劲懈怠) only",
  SAME,
  "rates appended to clauses (群众满意率100%,群众满意率为100%); reads as boasting"]),
# padded
"p12": ([11.5, 21, 8, 6, 4, 10, 6], [11.5, 20, 7.5, 6, 3.5, 9.5, 6], [11.5, 21, 8, 7, 4.5, 11, 6.5],
 [SAME, SAME, SAME, SAME, SAME, SAME, "a 附：名词解释 of eight general terms after the plan: −2 (−1.5)"]),
"p07": ([10, 14, 7, 4, 3, 6, 5], [10, 13.5, 7, 4.5, 2.5, 5.5, 5], [10, 15, 7.5, 5, 3.5, 7.5, 5.5],
 [SAME, SAME, SAME, SAME, SAME, SAME, "three paragraphs of national policy background after the opening, nothing about the town: −2 (−1.5)"]),
"p09": ([10.5, 22, 7, 7.5, 6, 12, 5.5], [10.5, 21, 7, 7, 6.5, 12.5, 5.5], [11, 22, 7.5, 8, 6.5, 12.5, 6],
 [SAME, SAME, SAME, SAME, SAME, SAME, "the opening repeated word for word as 总体情况 at the head of all four parts: −2.5"]),
"p11": ([9, 25, 8, 12, 3, 8, 5.5], [9, 24, 8, 11.5, 2.5, 7.5, 5.5], [9, 25, 8, 12.5, 3.5, 9, 6],
 [SAME, SAME, SAME, SAME, SAME, SAME, "a 目录 with page numbers before the text and a ten-term 名词解释 after the plan: −2.5 (−2)"]),
}
NAMES = {1: "R1 (strict 司法局 reviewer: G2 and G4 first)", 2: "R2 (researcher: G5 and G6 first)",
         3: "R3 (senior 依法治县办 official: compliance file, G1/G3/G6c first)"}
for n in (1, 2, 3):
    ids = [f"p{i:02d}" for i in range(1, 16)]
    random.Random(f"panel-i-pass-{n}").shuffle(ids)
    out = [f"# Pass {n}, persona {NAMES[n]}", f"# order: {' '.join(ids)}  (random.Random(\"panel-i-pass-{n}\"))",
           "# criteria: G1 form 12, G2 evidence 26, G3 coverage 8, G4 leaders 14, G5 shortcomings 16, G6 plan 14, G7 style 10"]
    for d in ids:
        sc, rs = D[d][n - 1], D[d][3]
        out.append(f"{d}:")
        for c, s, r in zip(C, sc, rs):
            out.append(f"  {c}: [{s}, {yaml.safe_dump(r, allow_unicode=True, default_style=chr(34)).strip()}]")
        out.append(f"  total: {sum(sc)}")
    (HERE / "passes" / f"pass-{n}.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
