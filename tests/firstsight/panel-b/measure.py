"""Compare panel B's grades with the frozen tool's JSON (run after the grades commit).

Reads grades.yaml, docs/manifest.yaml and tool/*.json (from `/work/frozen8/bin/fzscore FILE --format json`);
writes results.tsv and prints the group gaps and the per-check excess over the panel on hollow documents.
"""

import json
import statistics
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
grades = yaml.safe_load((HERE / "grades.yaml").read_text(encoding="utf-8"))
manifest = yaml.safe_load((HERE / "docs" / "manifest.yaml").read_text(encoding="utf-8"))
tool = {d: json.loads((HERE / "tool" / f"{d}.json").read_text(encoding="utf-8")) for d in grades}

# Panel blocks (A conformity/10, B measures/35, C shortcomings/20, D leaders/15, E plan/20) and the tool's
# checks that judge the same thing.
BLOCK_MAX = [10, 35, 20, 15, 20]
CHECK_BLOCK = {
    "conformity.": 0,
    "completeness.measures": 1, "substance.figures": 1, "substance.coverage": 1,
    "substance.documents": 1, "substance.indicators": 1,
    "completeness.shortcomings": 2, "substance.self_critique": 2,
    "completeness.first_responsible": 3, "substance.leader_acts": 3,
    "completeness.next_year": 4, "substance.plan_response": 4,
}


def block_of(check_id: str) -> int | None:
    for prefix, block in CHECK_BLOCK.items():
        if check_id == prefix or (prefix.endswith(".") and check_id.startswith(prefix)):
            return block
    return None


def kind_label(d: str) -> str:
    m = manifest[d]
    if m["kind"] == "half":
        return "half:" + "+".join(m["hollowed"])
    return m["kind"]


rows = []
for d in sorted(grades):
    g = grades[d]["grades"]
    mean = statistics.mean(g)
    score = tool[d]["score"]
    rows.append((d, manifest[d]["source"], kind_label(d), mean, max(g) - min(g), score, tool[d]["grade"],
                 score - mean))
with open(HERE / "results.tsv", "w", encoding="utf-8") as out:
    out.write("doc\tsource\tkind\tpanel_mean\tpanel_spread\ttool_score\ttool_grade\ttool_minus_panel\n")
    for d, src, kind, mean, spread, score, grade, gap in rows:
        out.write(f"{d}\t{src}\t{kind}\t{mean:.1f}\t{spread}\t{score:.1f}\t{grade}\t{gap:+.1f}\n")

print("| doc | source | kind | panel mean | spread | tool | tool grade | tool − panel |")
print("|---|---|---|---|---|---|---|---|")
for d, src, kind, mean, spread, score, grade, gap in rows:
    print(f"| {d} | {src} | {kind} | {mean:.1f} | {spread} | {score:.1f} | {grade} | {gap:+.1f} |")

groups: dict[str, list[float]] = {}
for d, src, kind, mean, spread, score, grade, gap in rows:
    groups.setdefault(kind.split(":")[0], []).append(gap)
print()
for k in ("full", "half", "hollow", "padded"):
    print(f"mean gap {k:7s} n={len(groups[k])}: {statistics.mean(groups[k]):+.1f}")

# Per check: what it pays on hollow documents beyond the panel's share for the block it belongs to.
print()
hollow = [d for d in grades if manifest[d]["kind"] == "hollow"]
full = [d for d in grades if manifest[d]["kind"] == "full"]


def panel_frac(d: str, block: int) -> float:
    return statistics.mean(b[block] for b in grades[d]["blocks"]) / BLOCK_MAX[block]


def points(d: str, check_ids: list[str]) -> float:
    return sum(x["points"] for x in tool[d]["checks"] if x["id"] in check_ids)


excess = {}
for c in tool[hollow[0]]["checks"]:
    cid, mx = c["id"], c["max_points"]
    block = block_of(cid)
    if block is None or mx == 0:
        continue
    on_hollow = statistics.mean(points(d, [cid]) for d in hollow)
    panel_share = statistics.mean(panel_frac(d, block) * mx for d in hollow)
    on_full = statistics.mean(points(d, [cid]) for d in full)
    excess[cid] = (on_hollow - panel_share, on_hollow, panel_share, on_full, mx)
print("| check | max | tool on full (mean) | tool on hollow (mean) | panel share on hollow | excess |")
print("|---|---|---|---|---|---|")
for cid, (ex, h, p, f, mx) in sorted(excess.items(), key=lambda kv: -kv[1][0]):
    print(f"| {cid} | {mx:g} | {f:.1f} | {h:.1f} | {p:.1f} | {ex:+.1f} |")

# Per panel block: the tool's points for the block's checks vs the panel's, in the tool's own scale.
print()
print("| block | tool max | tool on hollow | panel share on hollow | tool on full | panel share on full |")
print("|---|---|---|---|---|---|")
names = ["A conformity", "B measures", "C shortcomings", "D leaders", "E plan"]
for block in range(5):
    ids = [c["id"] for c in tool[hollow[0]]["checks"] if block_of(c["id"]) == block]
    mx = sum(c["max_points"] for c in tool[hollow[0]]["checks"] if c["id"] in ids)
    print(f"| {names[block]} | {mx:g} | {statistics.mean(points(d, ids) for d in hollow):.1f} | "
          f"{statistics.mean(panel_frac(d, block) for d in hollow) * mx:.1f} | "
          f"{statistics.mean(points(d, ids) for d in full):.1f} | "
          f"{statistics.mean(panel_frac(d, block) for d in full) * mx:.1f} |")

# Paired: each variant against its own source report (same title, form and year), tool drop vs panel drop.
print()
print("| variant | source doc | kind | panel change | tool change | tool change − panel change |")
print("|---|---|---|---|---|---|")
source_doc = {manifest[d]["source"]: d for d in grades if manifest[d]["kind"] == "full"}
for d, src, kind, mean, spread, score, grade, gap in rows:
    if kind == "full":
        continue
    s = source_doc[src]
    pm = statistics.mean(grades[s]["grades"])
    dp, dt = mean - pm, score - tool[s]["score"]
    print(f"| {d} | {s} ({src}) | {kind} | {dp:+.1f} | {dt:+.1f} | {dt - dp:+.1f} |")
