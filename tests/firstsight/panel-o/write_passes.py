"""The grader's three passes, written as one table (points per persona and one reason per criterion); run once to
write passes/pass-N.yaml. Untouched sources keep panel N's points for the same texts under the same criteria and
weights (read from ../panel-n/passes, themselves M's, L's, K's and J's; the baseline each variant is read against; see
README, Limits); each variant states its points per persona where it departs from its source, and keeps the source's
points and reason elsewhere. Written before any fzscore run on these documents (panel N's write_passes.py, with the
baseline panel and the table changed)."""
import random
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
C = ["G1", "G2", "G3", "G4", "G5", "G6", "G7"]
SAME = "as the source"
N_DOC = {"seed-000": "p04", "seed-001": "p03", "seed-002": "p13", "seed-003": "p11", "seed-004": "p12"}
NP = [yaml.safe_load((HERE.parent / "panel-n" / "passes" / f"pass-{n}.yaml").read_text(encoding="utf-8")) for n in (1, 2, 3)]
MAN = yaml.safe_load((HERE / "docs" / "manifest.yaml").read_text(encoding="utf-8"))

# variant: {criterion: ([R1, R2, R3], reason)}; criteria not listed are as the source
V = {
"p08": {  # AR, seed-000
 "G1": ([10.5, 10.5, 11], "measures part kept in name, every item = who is responsible (1 for the part)"),
 "G2": ([1.5, 1.5, 2], "every measure after its lead = 明确由党政办/司法所/综治中心牵头负责，确定分管领导1名、具体联络员N名 / 已纳入镇年度职责清单 / “主要领导负总责…”分工机制，责任到人: who is in charge, no deed, document or case"),
 "G3": ([4, 3.5, 4], "topics named by the leads only: half"),
 "G5": ([1.5, 1.5, 2], "不足 = two topics with a forecast (预计下一步工作量还会有所增加，存在一定的潜在风险 / 今后可能面临一定的工作压力): no present problem, no cause"),
 "G6": ([9.5, 8.5, 10.5], "plan untouched; answers topics only now (−0.5 / −1 R2)"),
 "G7": ([4, 4, 4.5], "three responsibility frames rotated through every item, the 分工机制 formula ten times; seams (我镇信访工作工作…, 规范党内规范性文件和行政规范性文工作…)")},
"p02": {  # VU, seed-001
 "G1": ([8.5, 8.5, 9], "measures filled with study visits (1), plan only studies (0.5)"),
 "G2": ([2.5, 2.5, 3], "every measure after its lead = 赴先进地区考察学习N次 / 先后N次到兄弟乡镇交流学习 / 邀请同行来镇座谈交流N次: the unit's trips, learning from others, no deed or result of its own"),
 "G3": ([3.5, 3, 3.5], "topics named by the leads only: half"),
 "G6": ([2, 2, 3], "plan = 围绕…开展专题调研，摸清底数，形成调研报告 for four measures headings, then 再研究提出具体工作措施: all work deferred; answers no 不足"),
 "G7": ([3, 3, 3.5], "visits implausible (考察学习5次 on 优化领导小组); seams (优化了依法治镇工作领导小组人员结方面, 围绕二是大力调处矛盾隐患); nav chrome")},
"p11": {  # SD, seed-001
 "G1": ([8.5, 8.5, 9], "leaders' part filled with pledges (1), plan = a budget (0.5)"),
 "G4": ([2, 2, 3], "leaders' part = 党委书记、镇长年初签订《法治建设第一责任人承诺书》 and a 表态承诺 at the 干部大会: a promise on paper, none of the promised acts; the source's list of the heads' work gone"),
 "G6": ([2.5, 2, 3], "plan = 计划安排专项经费25.9万元 split over four measures topics: figures, but no task, target or mechanism; answers no 不足"),
 "G7": ([4, 4, 4.5], "a pledge in place of duties; a budget in place of a plan; nav chrome")},
"p06": {  # AD, seed-002
 "G1": ([8.5, 8.5, 9], "measures filled with responsibility assignments (1), plan = a budget (0.5)"),
 "G2": ([1.5, 1.5, 2], "every measure after its lead = 牵头负责、联络员N名 / 纳入职责清单 / 分工机制，责任到人: who is in charge, no deed"),
 "G3": ([3.5, 3.5, 4], "topics named by the leads only: half"),
 "G6": ([2, 1.5, 2.5], "plan = 专项经费37.9万元 split over the measures headings (主要开展工作和取得成效方面安排8.6万元…): money, no work; answers no 不足"),
 "G7": ([4, 4, 4.5], "three frames rotated; seams (建立健全了一整套与政务信息公开相工作…, 采取以会代训工作…, a budget line for 主要开展工作和取得成效)")},
"p07": {  # UY, seed-002
 "G1": ([9.5, 9.5, 9.5], "plan only studies (0.5)"),
 "G5": ([1.5, 1, 2], "不足 = two topics as open questions (如何找准工作切入点、形成自身特色，仍是一个有待研究的课题 / 还需要在实践中进一步摸索): no problem named, no cause (R2: evasion)"),
 "G6": ([1.5, 1, 2], "plan = 专题调研 on the measures headings (围绕主要开展工作和取得成效开展专题调研…): no work, target or date; answers no 不足"),
 "G7": ([6, 6, 6], "questions rotated; seam (调研 on 主要开展工作和取得成效)")},
"p09": {  # VY, seed-003
 "G1": ([9.5, 9.5, 10], "measures filled with study visits (1)"),
 "G2": ([2.5, 2.5, 3], "every measure after its lead = 考察学习N次 / 到兄弟乡镇交流学习N次 / 邀请同行座谈交流N次: learning trips, no deed or result of its own"),
 "G3": ([3.5, 3.5, 4], "topics named by the leads only: half"),
 "G5": ([1.5, 1.5, 2], "三 不足 = open questions under three topics (如何找准工作切入点… / 怎样做到既依法规范又便民高效…): no problem, no cause"),
 "G6": ([11, 10.5, 11.5], "plan untouched; the problems it answered are no longer stated (−1 / −2 R2)"),
 "G7": ([4, 4, 4.5], "some thirty trips for one township, implausible; questions rotated; seams (将清单的制定与乡镇机构改革深度融方面)")},
"p03": {  # RS, seed-004
 "G1": ([8, 8, 8], "leaders' part filled with pledges (1)"),
 "G4": ([2, 2, 3], "each leaders' item after its heading = 签订《法治建设第一责任人承诺书》, 表态承诺, 责任状2份, 承诺书公示: promises, no act, count of acts or document of work"),
 "G5": ([1.5, 1, 2], "不足 = three topics with forecasts (预计下一步工作量还会有所增加 / 今后可能面临一定的工作压力): no present problem, no cause"),
 "G6": ([7.5, 6.5, 8.5], "plan untouched; answers topics only (−0.5 / −1 R2)"),
 "G7": ([6, 6, 6.5], "the same pledges under (一) and (三); forecasts rotated; seam (推动力度不够均衡方面)")},
"p12": {"G7": ([7, 7, 7.5], "附: 工作图片说明 (captions, 图片略) at the end of the results: −1 (−0.5 R3)")},
"p01": {"G7": ([6.5, 7, 7.5], "附: 防范电信网络诈骗温馨提示 inside the plan: −1.5 R1 (−1)")},
"p05": {"G7": ([7, 7, 7], "附: 领导干部学法推荐书目 in the leaders' part where acts were due: −1")},
}
NAMES = {1: "R1 (strict 司法局 reviewer: G2 and G4 first)", 2: "R2 (researcher: G5 and G6 first)",
         3: "R3 (senior 依法治X办 official: compliance file, G1/G3/G6c first)"}
for n in (1, 2, 3):
    ids = [f"p{i:02d}" for i in range(1, 16)]
    random.Random(f"panel-o-pass-{n}").shuffle(ids)
    out = [f"# Pass {n}, persona {NAMES[n]}", f"# order: {' '.join(ids)}  (random.Random(\"panel-o-pass-{n}\"))",
           "# criteria: G1 form 12, G2 evidence 26, G3 coverage 8, G4 leaders 14, G5 shortcomings 16, G6 plan 14, G7 style 10"]
    for d in ids:
        base = NP[n - 1][N_DOC[MAN[d]["source"]]]
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
