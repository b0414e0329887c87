"""Collect passes/pass-{1,2,3}.yaml into grades.yaml: per-block mean, per-pass totals, mean, spread, reasons.

Run: python3 make_grades.py (reasons are written here by the grader, citing lines of docs/cNN.txt).
"""

from __future__ import annotations

from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
BLOCKS = {"A": 8, "B": 30, "C": 10, "D": 14, "E": 18, "F": 15, "G": 5}

REASONS = {
    "c01": ["L10-L22 some figures (L17 调解成功率99%, 息访率97.67%) but much is procedure restated (L10, L12)",
            "L6 the leaders' part is a committee and 不定期班子会议: no counted act, no 述法",
            "L25 two problems, one stock, under a heading promising 原因 that gives none; no date anywhere",
            "L31-L37 the plan is a list of 纲要 task names"],
    "c02": ["L14-L38 dense figures and outcomes (L26 及时处置率99.99%, L22 115/69/246项) and named instruments (L18)",
            "L54-L58 leaders' acts: 专题学习1次, 出庭应诉率100%, 专题分析会; both heads",
            "L46/L48 specific problems (专职调解员配备不足, 资格比例偏低), no cause analysis",
            "L64-L68 each plan item answers a problem; title says 工作报告, no 规范性文件 content"],
    "c03": ["L16/L20 mostly activity counts; one outcome (调解成功率97.82%)",
            "L28 the leaders' part relabels the unit's work; no counted act, no 述法",
            "L32 problems with some cause reasoning; L36 plan answers both, but lectures on 法治思维",
            "no 规范性文件 or 营商 content"],
    "c04": ["L10-L22 the source's dense figures, named documents and awards are intact",
            "L3-L7 leaders' acts: 研究5次, two 工作要点, 述法会议70名",
            "a generic paragraph follows every paragraph (L4, L6 … L35), also inside 不足 (L26) and the plan: G 1",
            "L25 不足 is one stock sentence; no title line"],
    "c05": ["L7-L39 measures intact (L27 −77.1%, L37 638件, three 《…》)",
            "L43 不足 replaced by three generic problems naming 专业人才/法律服务/规范性文件; no cause",
            "L49-L69 plan items are intentions (持续推进…, 进一步做好…) with no target, owner or time",
            "L13 leaders' part intact: acts without counts, 列入年终述职"],
    "c06": ["L7-L13 no figure, document or case survives; each item is its lead clause plus stock sentences",
            "L3-L5 leaders' part is duties restated around 学法/执法/普法/述法; 述法 only as a word",
            "L15 generic problems; L17-L20 intentions that do not answer them",
            "topic words keep C at about half: every area is named, none is shown"],
    "c07": ["L11-L39 no figure or document; 大综合一体化 L27 is the only name left",
            "L13 leaders' item is two sentences of duty",
            "L43 generic problems; L49-L69 intentions under the original plan headings",
            "title, date and plan year are intact, so A keeps full marks"],
    "c08": ["L6-L22 no figure or name beyond 一规划两方案 (L2) and 八五 (L22)",
            "L6 leaders: 主动过问, 听取汇报, 发挥示范作用, no act",
            "L25 stock problems and L28 a stock cause (研究不够深入, 措施不够有力)",
            "L33-L39 intentions; no date on the report"],
    "c09": ["L7-L13 measures intact and the strongest in the set",
            "L3-L5 leaders' part hollowed: duties only, no act (D about 2 of 14)",
            "L17-L20 plan hollowed: intentions, nothing answers L15",
            "no title line; L15 不足 one stock sentence"],
    "c10": ["the source's figures and names intact (L19, L25, L29, L39, L57)",
            "a generic paragraph after every paragraph (L13 … L113), including praise inside 不足 (L69): G 1, E −0.5",
            "L15 leaders' acts without counts; L75-L111 plan mechanisms without dates"],
    "c11": ["L14-L38 no figure or name; each item is its lead clause plus stock sentences",
            "L52-L58 leaders' part is duties restated around 学法/出庭应诉/复议",
            "L44-L48 generic problems; L62-L68 intentions whose topics line up with them (F2 partial)"],
    "c12": ["L11-L39 figures in most items (L27 −77.1%, L37 638件) and three 《…》 documents",
            "L13 leaders' acts without counts; 列入年终述职",
            "L43 不足 half-specific (人才匮乏) and stock (创新); no cause",
            "L49-L69 plan mechanisms named, no targets; answers both problems"],
    "c13": ["L7-L13 very dense figures, outcomes (−45.45%, 备案率100%), documents and awards",
            "L3-L5 leaders' acts: 研究5次, two 工作要点, 述法会议70名",
            "L15 不足 one sentence, no cause (E 4 of 18)",
            "no title line"],
    "c14": ["L14-L38 measures hollowed: no figure or document (B 1.5 of 30), areas named only",
            "L44-L48 不足 and L64-L68 plan intact and matched one to one",
            "L52-L58 leaders' part intact (专题学习1次, 出庭应诉率100%)"],
}


def main() -> None:
    passes = [yaml.safe_load((HERE / "passes" / f"pass-{n}.yaml").read_text(encoding="utf-8")) for n in (1, 2, 3)]
    out = {}
    for doc in sorted(passes[0]):
        totals = [sum(p[doc].values()) for p in passes]
        out[doc] = {
            "blocks": {b: round(sum(p[doc][b] for p in passes) / 3, 2) for b in BLOCKS},
            "passes": totals,
            "mean": round(sum(totals) / 3, 1),
            "spread": max(totals) - min(totals),
            "reasons": REASONS[doc],
        }
    header = "# Panel C grades: mean of three blind passes per block (max: " + \
        ", ".join(f"{b} {m}" for b, m in BLOCKS.items()) + "); see grading.md\n"
    (HERE / "grades.yaml").write_text(header + yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=200),
                                      encoding="utf-8")


if __name__ == "__main__":
    main()
