"""The grader's three passes, written as one table (points per persona and one reason per criterion); run once to
write passes/pass-N.yaml. Untouched sources keep panel K's points for the same texts under the same criteria and
weights (read from ../panel-k/passes, themselves panel J's; the baseline each variant is read against; see README,
Limits); each variant states its points per persona where it departs from its source, and keeps the source's points
and reason elsewhere."""
import random
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
C = ["G1", "G2", "G3", "G4", "G5", "G6", "G7"]
SAME = "as the source"
K_DOC = {"seed-000": "p11", "seed-001": "p06", "seed-002": "p13", "seed-003": "p15", "seed-004": "p03"}
KP = [yaml.safe_load((HERE.parent / "panel-k" / "passes" / f"pass-{n}.yaml").read_text(encoding="utf-8")) for n in (1, 2, 3)]
MAN = yaml.safe_load((HERE / "docs" / "manifest.yaml").read_text(encoding="utf-8"))

# variant: {criterion: ([R1, R2, R3], reason)}; criteria not listed are as the source
V = {
"p06": {  # TQ, seed-000
 "G1": ([10.5, 10.5, 11], "measures part filled with documents received (1 for the part)"),
 "G2": ([1.5, 1.5, 2.5], "every measure after its lead = a superior document received and studied (收到区印发的《关于进一步做好…的通知》后…传达学习): the titles are the district's, nothing done, no figure"),
 "G3": ([4, 4, 4.5], "topics named by the item leads only: half credit"),
 "G5": ([1, 1, 1.5], "不足 = two wishes (希望上级加大经费投入, 在人员编制上给予倾斜): no problem of the town, no cause"),
 "G6": ([10, 8.5, 11], "plan untouched; it no longer answers a named 不足 (R2 −1, R1/R3 as the source)"),
 "G7": ([5, 5, 5.5], "three 收到…学习 frames repeated; seams (《共组织全镇工作人员参加执法证工作指导意见》)")},
"p11": {  # WP, seed-001
 "G1": ([9.5, 9.5, 10], "plan part is the district's plan (0.5)"),
 "G2": ([3, 3, 4], "each measure's figure is the district's (全区全年累计办理相关事项6359件 / 据雁江区统计…覆盖群众7330人次): not the town's and counts nothing named; the deed clauses left earn a little"),
 "G3": ([5, 4.5, 5.5], "topics still described by clauses, no own figure"),
 "G6": ([1.5, 1, 2.5], "plan = the district's plan restated (雁江区将统筹推进…；我镇将按照…统一部署): no item of the town, answers no 不足"),
 "G7": ([3.5, 3.5, 4], "district figures after every clause mislead; the plan a list of 区将统筹推进 with cut topics")},
"p05": {  # ET, seed-001
 "G1": ([8.5, 8.5, 9], "measures part and leaders' part both filled with something else (1 each)"),
 "G2": ([1.5, 1.5, 2.5], "every measure after its lead = a superior document received and studied: nothing done"),
 "G3": ([3.5, 3, 4], "topics named by the item leads only"),
 "G4": ([1, 1, 1.5], "leaders' part = the principals attended a 专题讲座 and a 宪法宣传周 training, got a certificate: learners, not the first responsible; heads not named"),
 "G7": ([3.5, 3.5, 4], "the same 收到…学习 frames; seams (《关于二是大力调处矛盾隐患的实施意见》)")},
"p04": {  # AP, seed-002
 "G1": ([9, 9, 9.5], "measures filled with a campaign's totals, plan the district's (0.5 each)"),
 "G2": ([1.5, 1.5, 2.5], "every measure after its lead = 我镇参加区统一组织的“…”专项行动, 全区共排查问题522个、整改674个: the district's totals, not the town's part"),
 "G3": ([3.5, 3.5, 4], "topics named by the item leads only"),
 "G6": ([1, 1, 2], "plan = the district's plan restated; 我镇将…认真抓好贯彻落实: no item of the town"),
 "G7": ([4, 4, 4.5], "five campaign names rotated through every item; seams (该行动围绕建立健全了一整套与政务信; 区将统筹推进主要开展工作和取得成效)")},
"p02": {  # QO, seed-002
 "G1": ([9.5, 9.5, 9.5], "the opening no longer introduces the report: a third of it is praise"),
 "G5": ([0.5, 0.5, 1], "不足 = two wishes for funds and staff: no problem, no cause"),
 "G6": ([6, 5, 7.5], "plan untouched; it no longer answers any named 不足 (R2 −0.5)"),
 "G7": ([3, 3, 3.5], "fifteen paragraphs of opening praise (法治的阳光温暖着千家万户…辉煌成就), a third of the report, the same phrases reshuffled: −4 (−3.5)")},
"p13": {  # EW, seed-003
 "G1": ([9.5, 9.5, 10], "leaders' part filled with training attendance (1)"),
 "G2": ([4, 4, 5], "each measure's figure is the district's (全区共开展相关活动3650场次): the deed clauses left are rich but no figure is the town's"),
 "G3": ([5, 5, 5.5], "topics described by clauses, no own figure"),
 "G4": ([1, 1, 1.5], "each leaders' item after its heading = attendance at a 党校 training, an online exam, a lecture: no act of leading, heads not named"),
 "G7": ([4, 4, 4.5], "据鼓楼区统计 after every clause; the same training sentences three times")},
"p08": {  # AE, seed-004
 "G1": ([8, 8, 8.5], "measures filled with a campaign's totals, leaders' part with training (1 each)"),
 "G2": ([2, 2, 3], "every measure after its lead = 我县参加市统一组织的“…”专项行动 with the city's totals: not the county's own work"),
 "G3": ([4, 4, 4.5], "topics named by the item leads and inner leads only"),
 "G4": ([1, 1, 1.5], "each leaders' item = the principals attending a 党校 course, an online exam, a lecture: no act of leading"),
 "G7": ([4.5, 4.5, 5], "five campaign names rotated; the same training sentences three times")},
"p09": {"G7": ([6, 6, 6.5], "附件: a blank satisfaction questionnaire, no result of one: −2 (−1.5)")},
"p15": {"G7": ([6.5, 6.5, 7], "three paragraphs of generic 工作体会 (我们深刻体会到…) between the leaders' part and the plan: −1.5")},
"p10": {"G7": ([7, 7, 7.5], "a 报告编制说明 after the opening (basis, period, data source): −1 (−0.5)")},
}
NAMES = {1: "R1 (strict 司法局 reviewer: G2 and G4 first)", 2: "R2 (researcher: G5 and G6 first)",
         3: "R3 (senior 依法治X办 official: compliance file, G1/G3/G6c first)"}
for n in (1, 2, 3):
    ids = [f"p{i:02d}" for i in range(1, 16)]
    random.Random(f"panel-l-pass-{n}").shuffle(ids)
    out = [f"# Pass {n}, persona {NAMES[n]}", f"# order: {' '.join(ids)}  (random.Random(\"panel-l-pass-{n}\"))",
           "# criteria: G1 form 12, G2 evidence 26, G3 coverage 8, G4 leaders 14, G5 shortcomings 16, G6 plan 14, G7 style 10"]
    for d in ids:
        base = KP[n - 1][K_DOC[MAN[d]["source"]]]
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
