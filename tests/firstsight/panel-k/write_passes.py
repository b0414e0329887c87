"""The grader's three passes, written as one table (points per persona and one reason per criterion); run once to
write passes/pass-N.yaml. Untouched sources keep panel J's points for the same texts under the same criteria and
weights (read from ../panel-j/passes, the baseline each variant is read against; see README, Limits); each variant
states its points per persona where it departs from its source, and keeps the source's points and reason elsewhere."""
import random
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
C = ["G1", "G2", "G3", "G4", "G5", "G6", "G7"]
SAME = "as the source"
J_DOC = {"seed-000": "p03", "seed-001": "p04", "seed-002": "p15", "seed-003": "p05", "seed-004": "p07"}
JP = [yaml.safe_load((HERE.parent / "panel-j" / "passes" / f"pass-{n}.yaml").read_text(encoding="utf-8")) for n in (1, 2, 3)]
MAN = yaml.safe_load((HERE / "docs" / "manifest.yaml").read_text(encoding="utf-8"))

# variant: {criterion: ([R1, R2, R3], reason)}; criteria not listed are as the source
V = {
"p05": {  # D, seed-000
 "G1": ([9.5, 9.5, 9.5], "measures part filled with duties (1 for the part)"),
 "G2": ([1.5, 2, 3], "every measure after its lead told as what 《纲要》/《决定》/上级工作要点 require (应当…): nothing done, no figure; national documents are not the town's"),
 "G3": ([4, 4, 4.5], "topics named by the item leads only: half credit"),
 "G7": ([5, 5, 5.5], "three 应当 frames repeated; seams (应当政府法律顾问服务决策机制)")},
"p04": {  # CY, seed-001
 "G1": ([9, 9, 9.5], "measures part filled with completion rates (1 for the part)"),
 "G2": ([1.5, 1.5, 2.5], "every measure after its lead = 完成年度计划的100% / 完成率100%: nothing counted, no document"),
 "G3": ([3.5, 3.5, 4], "topics named by the item leads only"),
 "G6": ([2, 1.5, 3], "plan = titles to draft (制定《保和镇…实施方案》。出台《…工作规则》): nothing said of what they do, no target"),
 "G7": ([4, 4, 4.5], "the same 100% clause after every lead; a plan of bare titles")},
"p12": {  # NS, seed-001
 "G1": ([9, 9, 9.5], "measures part only meetings (1 for the part)"),
 "G2": ([1.5, 1.5, 2.5], "every measure after its lead = a dated meeting name (11月18日，召开…工作推进会): dates without decision or result"),
 "G3": ([3.5, 3.5, 4], "topics named by the item leads only"),
 "G5": ([2, 1.5, 2.5], "不足 lifted word for word from another town's report (整体水平有待提升, 法律素养仍显薄弱): any unit's problems, no own cause"),
 "G7": ([3, 3, 3.5], "garbled meeting names (召开优化了依法治镇工作领导小工作推进会); a list, not an account")},
"p02": {  # LC, seed-002
 "G1": ([8, 8, 8.5], "leaders' item and measures both filled with something else (1 each)"),
 "G2": ([1.5, 1.5, 2.5], "every measure after its lead = 完成年度计划的100% / 完成率100%: nothing counted"),
 "G3": ([3.5, 3.5, 4], "topics named by the item leads only"),
 "G4": ([0.5, 0.5, 1], "leaders' item = what the 规定 requires (应当…同部署、同推进…): duties of principals in general, no act of this town's heads"),
 "G7": ([4.5, 4.5, 5], "the same 100% clause after every lead; the 规定 quoted as the account")},
"p14": {  # NL, seed-003
 "G1": ([8.5, 8.5, 9], "measures part meetings only and leaders' part the 规定 (1 each)"),
 "G2": ([1.5, 1.5, 2.5], "every measure = a dated meeting name: no decision, count or document"),
 "G3": ([3.5, 3.5, 4], "topics named by the item leads only"),
 "G4": ([0.5, 0.5, 1], "each leaders' item after its heading = what the 规定 requires (应当带头尊法学法, 应当每年述职): no act, date or document; heads not named"),
 "G7": ([4, 4, 4.5], "long lists of meetings with cut names; the same 规定 sentences twice")},
"p08": {  # DSY, seed-004
 "G1": ([8, 8, 8.5], "measures part filled with duties (1)"),
 "G2": ([1.5, 2, 3], "every measure after its lead = what documents require (应当…): nothing the county did, no figure"),
 "G3": ([4, 4, 4.5], "topics named by the item leads only"),
 "G5": ([2.5, 2, 3], "不足 lifted word for word from a town's report (镇政府法制队伍 in a county report): generic problems, no own cause"),
 "G6": ([2, 1.5, 3], "plan = titles to draft (制定《新县加强行政权力监督实施方案》…): no content, target or owner"),
 "G7": ([4.5, 4.5, 5], "应当 frames repeated; a lifted 不足 naming the wrong level")},
"p09": {"G7": ([6, 6.5, 6.5], "four paragraphs on the year's national events after the opening, nothing the town did: −2 (−1.5)")},
"p07": {"G7": ([6, 6, 6.5], "a short 总结 repeating the measures' headings after the plan: −1 (−0.5)")},
"p01": {"G7": ([6, 6, 6.5], "a 附表 of twelve staff names, posts and duties after the plan: −2 (−1.5)")},
"p10": {"G7": ([5.5, 5.5, 6], "another town's measures paragraph offered as 兄弟单位典型经验: no credit; −2.5 (−2)")},
}
NAMES = {1: "R1 (strict 司法局 reviewer: G2 and G4 first)", 2: "R2 (researcher: G5 and G6 first)",
         3: "R3 (senior 依法治X办 official: compliance file, G1/G3/G6c first)"}
for n in (1, 2, 3):
    ids = [f"p{i:02d}" for i in range(1, 16)]
    random.Random(f"panel-k-pass-{n}").shuffle(ids)
    out = [f"# Pass {n}, persona {NAMES[n]}", f"# order: {' '.join(ids)}  (random.Random(\"panel-k-pass-{n}\"))",
           "# criteria: G1 form 12, G2 evidence 26, G3 coverage 8, G4 leaders 14, G5 shortcomings 16, G6 plan 14, G7 style 10"]
    for d in ids:
        base = JP[n - 1][J_DOC[MAN[d]["source"]]]
        var = V.get(d, {})
        out.append(f"{d}:")
        tot = 0.0
        for c in C:
            if c in var:
                s, r = var[c][0][n - 1], var[c][1]
            else:
                s, r = base[c][0], (base[c][1] if MAN[d]["kind"] == "complete" else SAME)
            tot += s
            out.append(f"  {c}: [{s}, {yaml.safe_dump(r, allow_unicode=True, default_style=chr(34)).strip()}]")
        out.append(f"  total: {tot}")
    (HERE / "passes" / f"pass-{n}.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
