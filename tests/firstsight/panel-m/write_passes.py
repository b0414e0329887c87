"""The grader's three passes, written as one table (points per persona and one reason per criterion); run once to
write passes/pass-N.yaml. Untouched sources keep panel L's points for the same texts under the same criteria and
weights (read from ../panel-l/passes, themselves K's and J's; the baseline each variant is read against; see README,
Limits); each variant states its points per persona where it departs from its source, and keeps the source's points
and reason elsewhere. Written before any fzscore run on these documents."""
import random
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
C = ["G1", "G2", "G3", "G4", "G5", "G6", "G7"]
SAME = "as the source"
L_DOC = {"seed-000": "p01", "seed-001": "p03", "seed-002": "p14", "seed-003": "p12", "seed-004": "p07"}
LP = [yaml.safe_load((HERE.parent / "panel-l" / "passes" / f"pass-{n}.yaml").read_text(encoding="utf-8")) for n in (1, 2, 3)]
MAN = yaml.safe_load((HERE / "docs" / "manifest.yaml").read_text(encoding="utf-8"))

# variant: {criterion: ([R1, R2, R3], reason)}; criteria not listed are as the source
V = {
"p13": {  # RZ, seed-000
 "G1": ([10.5, 10.5, 10.5], "measures part kept in name, every item not done (1 for the part)"),
 "G2": ([0.5, 0.5, 1], "every measure after its lead = planned but not done (原计划…，因工作任务调整，年内暂缓实施，顺延至下一年度 / 一项因配套经费未落实，年内未能如期开展): no deed, figure or document this year"),
 "G3": ([2.5, 2.5, 3], "topics named by the leads as not done: a third"),
 "G5": ([1.5, 1.5, 2], "不足 = two topics declared already rectified (已于年内全部整改到位 / 已立行立改、整改销号): nothing open, no cause"),
 "G6": ([9, 7.5, 10], "plan untouched but answers no open 不足 (−1 / −2 R2)"),
 "G7": ([4, 4, 4.5], "three 暂缓/未能如期开展 frames in every item; a report of a year in which nothing was done and nothing is wrong; seams (原计划已创建省级民主法治村)")},
"p01": {  # MK, seed-001
 "G1": ([8.5, 8.5, 9], "measures filled with media counts (1), plan with ranks (0.5)"),
 "G2": ([2, 2, 2.5], "every measure after its lead = its media coverage (被学习强国平台、雁江区融媒体中心等宣传报道N次 / 在政务信息中刊发N篇 / 网络阅读量达N次): counts publicity, not work"),
 "G3": ([3, 3, 3.5], "topics named by the leads only: half"),
 "G6": ([2, 1.5, 2.5], "plan = ranks and honours (进入前三名、争创省级示范镇、位居全区前列): no work item, answers no 不足; heading kept, no plan year"),
 "G7": ([3.5, 3.5, 4], "media frames rotated; seams (优化了依法治镇工作领导小组人结工作经验…; 网络阅读量达2次)")},
"p10": {  # NB, seed-001
 "G1": ([8, 8, 8.5], "measures part and leaders' part filled with something else (1 each)"),
 "G2": ([1.5, 1.5, 2], "every measure after its lead = 全年未发生… / 未出现被上级通报批评: absences, the same four rotated across unrelated topics"),
 "G3": ([3, 3, 3.5], "topics named by the leads only: half"),
 "G4": ([1.5, 1.5, 2], "leaders' part = CVs of the 党委书记 and 镇长 (born, education, 任现职): heads named, no act"),
 "G7": ([3.5, 3.5, 4], "the same four zero claims throughout; CVs in place of duties; seams")},
"p14": {  # RU, seed-002
 "G1": ([9, 9, 9], "measures part kept in name, every item not done (1)"),
 "G2": ([0.5, 0.5, 1], "every measure after its lead = planned but postponed / not started for lack of funds: nothing done this year"),
 "G3": ([2.5, 2.5, 3], "topics named as not done: a third"),
 "G5": ([1, 1, 1.5], "不足 = topics declared a nationwide 共性问题 of the stage of development (并非一地一域所独有): disowned, no cause"),
 "G6": ([6, 5, 7.5], "plan untouched; no own 不足 left for it to answer (R2 −0.5)"),
 "G7": ([4, 4, 4.5], "暂缓/顺延 frames throughout; seams (原计划建立健全了一整套与政务信息公开相)")},
"p08": {  # NK, seed-002
 "G1": ([8.5, 8.5, 9], "measures filled with zero claims (1), plan with ranks (0.5)"),
 "G2": ([1.5, 1.5, 2], "every measure after its lead = 全年未发生… / 未出现被上级通报批评的情况: absences rotated across topics"),
 "G3": ([3.5, 3.5, 4], "topics named by the leads only: half"),
 "G6": ([1.5, 1, 2], "plan = ranks and honours to win (力争进入前三名; 争创省级示范镇; 确保…位居全区前列): no work item"),
 "G7": ([4, 4, 4.5], "four zero claims rotated; seams (确保主要开展工作和取得成效工作位居全区前列)")},
"p12": {  # MZ, seed-003
 "G1": ([9.5, 9.5, 10], "measures filled with media counts (1)"),
 "G2": ([2, 2, 2.5], "every measure after its lead = media reports, 政务信息 printed, 阅读量: publicity counted, no deed"),
 "G3": ([3.5, 3.5, 4], "topics named by the leads only: half"),
 "G5": ([1.5, 1.5, 2], "三 不足 = topics declared already rectified: nothing open, no cause"),
 "G6": ([11, 10.5, 11.5], "plan untouched; the 不足 it answered are now declared fixed (−1 / −2 R2)"),
 "G7": ([4.5, 4.5, 5], "three media frames rotated; seams")},
"p03": {  # UB, seed-004
 "G1": ([8, 8, 8], "leaders' part filled with CVs (1)"),
 "G4": ([1.5, 1.5, 2], "each leaders' item after its heading = CVs of the 县委书记, 县长, 副书记, 人大主任: named, no act, date of leading, or document"),
 "G5": ([1, 1, 1.5], "不足 = a nationwide 共性问题 of the stage (全国各地不同程度存在): disowned, no cause"),
 "G6": ([8, 7, 9], "plan untouched; answers no owned 不足 (R2 −0.5)"),
 "G7": ([6, 6, 6.5], "six CVs in a 法治 report; the 共性问题 sentence")},
"p02": {"G7": ([6.5, 6.5, 7], "a 法治倡议书 to the residents after the plan: −1.5 (−1)")},
"p11": {"G7": ([7, 7, 7.5], "附件: ten 法治宣传标语: −1")},
"p15": {"G7": ([6.5, 6.5, 7], "two paragraphs of off-topic 森林防灭火/防汛/秸秆禁烧/安全生产 work after the measures: −1.5 (−1)")},
}
NAMES = {1: "R1 (strict 司法局 reviewer: G2 and G4 first)", 2: "R2 (researcher: G5 and G6 first)",
         3: "R3 (senior 依法治X办 official: compliance file, G1/G3/G6c first)"}
for n in (1, 2, 3):
    ids = [f"p{i:02d}" for i in range(1, 16)]
    random.Random(f"panel-m-pass-{n}").shuffle(ids)
    out = [f"# Pass {n}, persona {NAMES[n]}", f"# order: {' '.join(ids)}  (random.Random(\"panel-m-pass-{n}\"))",
           "# criteria: G1 form 12, G2 evidence 26, G3 coverage 8, G4 leaders 14, G5 shortcomings 16, G6 plan 14, G7 style 10"]
    for d in ids:
        base = LP[n - 1][L_DOC[MAN[d]["source"]]]
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
