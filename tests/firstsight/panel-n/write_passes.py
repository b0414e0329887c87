"""The grader's three passes, written as one table (points per persona and one reason per criterion); run once to
write passes/pass-N.yaml. Untouched sources keep panel M's points for the same texts under the same criteria and
weights (read from ../panel-m/passes, themselves L's, K's and J's; the baseline each variant is read against; see
README, Limits); each variant states its points per persona where it departs from its source, and keeps the source's
points and reason elsewhere. Written before any fzscore run on these documents."""
import random
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
C = ["G1", "G2", "G3", "G4", "G5", "G6", "G7"]
SAME = "as the source"
M_DOC = {"seed-000": "p07", "seed-001": "p06", "seed-002": "p05", "seed-003": "p09", "seed-004": "p04"}
MP = [yaml.safe_load((HERE.parent / "panel-m" / "passes" / f"pass-{n}.yaml").read_text(encoding="utf-8")) for n in (1, 2, 3)]
MAN = yaml.safe_load((HERE / "docs" / "manifest.yaml").read_text(encoding="utf-8"))

# variant: {criterion: ([R1, R2, R3], reason)}; criteria not listed are as the source
V = {
"p07": {  # OC, seed-000
 "G1": ([10.5, 10.5, 11], "measures part kept in name, every item = inspections received (1 for the part)"),
 "G2": ([1.5, 1.5, 2], "every measure after its lead = 接受上级督查检查N次，均顺利通过 / 迎接区专项督查N次，准备迎检资料N盒 / 向区报送进展情况N次: the unit being checked, not its work; no deed, document or case"),
 "G3": ([4, 3.5, 4], "topics named by the leads only: half"),
 "G5": ([2, 2, 2.5], "不足 = two topics with a count (共有3项指标失分 / 梳理出问题3条，已列入问题清单): no problem a reader can see, no cause"),
 "G6": ([9.5, 8.5, 10.5], "plan untouched; answers topics only now (−0.5 / −1 R2)"),
 "G7": ([4, 4, 4.5], "three inspection frames rotated through every item; 迎检资料20盒; seams (完善合法性审查工作工作…, 规范性文工作…)")},
"p09": {  # FX, seed-001
 "G1": ([8.5, 8.5, 9], "measures filled with inputs (1), plan only points back (0.5)"),
 "G2": ([2.5, 2.5, 3], "every measure after its lead = 投入经费N万元、抽调工作人员N名 / 配备专职人员N名，落实专项经费N万元 / 购置办公设备N台（套）: this unit's inputs, no deed or result"),
 "G3": ([3.5, 3, 3.5], "topics named by the leads only: half"),
 "G6": ([2.5, 2.5, 3], "plan = 针对上述…的问题，认真研究对策，切实加以解决 for the two 不足: tied to the problems, but no item, mechanism, target or date"),
 "G7": ([3, 3, 3.5], "inputs implausible (47.8万元 on 定期开会研究); seams (为推进三是认真做好法律进村工作，购置…); nav chrome")},
"p15": {  # EQ, seed-001
 "G1": ([8.5, 8.5, 9], "leaders' part filled with ratings (1), plan = routine calendar (0.5)"),
 "G4": ([1.5, 2, 2.5], "leaders' part = 党委书记在述法评议中被评为“好”等次, 镇长年度考核“优秀”: ratings by others, no act, count or document"),
 "G6": ([3, 2.5, 3.5], "plan = 第一季度召开年度工作会议…第四季度述法评议和考核: quarters as dates, routine items of any year, answers no 不足"),
 "G7": ([4, 4, 4.5], "ratings in place of duties; a calendar in place of a plan; nav chrome")},
"p01": {  # OQ, seed-002
 "G1": ([8.5, 8.5, 9], "measures filled with inspections (1), plan = routine calendar (0.5)"),
 "G2": ([1.5, 1.5, 2], "every measure after its lead = inspections received / 迎检资料N盒 / 报送进展情况N次: the unit checked, not its work"),
 "G3": ([3.5, 3.5, 4], "topics named by the leads only: half"),
 "G6": ([3, 2.5, 3.5], "plan = the routine quarterly calendar (工作会议, 年中督查, 集中学法, 述法考核): no new work, answers no 不足"),
 "G7": ([4, 4, 4.5], "three inspection frames rotated; seams (建立健全了一整套与政务信息公开相工作…, 采取以会代训工作…)")},
"p14": {  # XP, seed-002
 "G1": ([9.5, 9.5, 9.5], "plan only points back (0.5)"),
 "G5": ([2.5, 1.5, 3], "不足 = 会议记录填写不够规范、台账资料归档不够及时 / 材料装订不够整齐 under two topics: own and concrete but clerical; the substantive problem gone; no cause (R2: evasion)"),
 "G6": ([2, 1.5, 2.5], "plan = 针对上述…的问题，认真研究对策，切实加以解决: points back to clerical lapses, no item, target or date"),
 "G7": ([5.5, 5.5, 6], "two lapses rotated; the back-reference formula twice")},
"p06": {  # FP, seed-003
 "G1": ([9.5, 9.5, 10], "measures filled with inputs (1)"),
 "G2": ([2.5, 2.5, 3], "every measure after its lead = 投入经费N万元、抽调工作人员N名 / 购置办公设备N台（套），投入资金N万元: inputs, no deed or result"),
 "G3": ([3.5, 3.5, 4], "topics named by the leads only: half"),
 "G5": ([2.5, 2, 3], "三 不足 = clerical lapses (会议记录、台账归档、材料装订) under the three topics: own but trivial; no cause"),
 "G6": ([10.5, 10.5, 11.5], "plan untouched; the problems it answered are no longer stated (−1.5 / −2 R2)"),
 "G7": ([4, 4, 4.5], "inputs implausible (购置办公设备10台（套），投入资金40.3万元 for 安全发展); lapses rotated; seams")},
"p08": {  # CE, seed-004
 "G1": ([8, 8, 8], "leaders' part filled with ratings (1)"),
 "G4": ([1.5, 2, 2.5], "each leaders' item after its heading = 县委书记述法评议“好”等次, 县长考核“优秀”, 测评满意率97.3%, 班子考评第5名: ratings, no act, count of acts or document"),
 "G5": ([2, 1.5, 2.5], "不足 = three topics with counts (梳理出问题2条 / 6项指标失分): nothing a reader can see, no cause"),
 "G6": ([7.5, 6.5, 8.5], "plan untouched; answers topics only (−0.5 / −1 R2)"),
 "G7": ([6, 6, 6.5], "the same two ratings under (一) and (三); counts in place of problems; seam (推动力度不够均衡方面)")},
"p05": {"G7": ([6.5, 6.5, 7], "附: four 法律知识问答 inside the results: −1.5 (−1)")},
"p10": {"G7": ([7, 7, 7.5], "附: 法律服务联系方式 (12348, 12345, 司法所) at the end of the plan: −1")},
"p02": {"G7": ([6.5, 7, 7], "附: the 宪法宣誓誓词 in the leaders' part where an act was due: −1.5 R1 (−1)")},
}
NAMES = {1: "R1 (strict 司法局 reviewer: G2 and G4 first)", 2: "R2 (researcher: G5 and G6 first)",
         3: "R3 (senior 依法治X办 official: compliance file, G1/G3/G6c first)"}
for n in (1, 2, 3):
    ids = [f"p{i:02d}" for i in range(1, 16)]
    random.Random(f"panel-n-pass-{n}").shuffle(ids)
    out = [f"# Pass {n}, persona {NAMES[n]}", f"# order: {' '.join(ids)}  (random.Random(\"panel-n-pass-{n}\"))",
           "# criteria: G1 form 12, G2 evidence 26, G3 coverage 8, G4 leaders 14, G5 shortcomings 16, G6 plan 14, G7 style 10"]
    for d in ids:
        base = MP[n - 1][M_DOC[MAN[d]["source"]]]
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
