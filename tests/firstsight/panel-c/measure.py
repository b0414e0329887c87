"""Panel C against the frozen tool: reprints every table of README.md from grades.yaml, docs/manifest.yaml, tool/*.json.

Run: python3 measure.py  (also writes results.tsv)
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
BLOCKS = {"A": 8, "B": 30, "C": 10, "D": 14, "E": 18, "F": 15, "G": 5}
BLOCK_NAMES = {"A": "conformity", "B": "evidence", "C": "coverage", "D": "leaders", "E": "shortcomings",
               "F": "plan", "G": "style"}
KINDS = ("full", "hollow", "half", "padded")


def ranks(values: list[float]) -> list[float]:
    """Average ranks (1 = smallest), ties sharing the mean of their positions."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def pearson(x: list[float], y: list[float]) -> float:
    mx, my = sum(x) / len(x), sum(y) / len(y)
    sxy = sum((a - mx) * (b - my) for a, b in zip(x, y))
    sxx = sum((a - mx) ** 2 for a in x)
    syy = sum((b - my) ** 2 for b in y)
    return sxy / (sxx * syy) ** 0.5


def spearman(x: list[float], y: list[float]) -> float:
    return pearson(ranks(x), ranks(y))


def main() -> None:
    manifest = yaml.safe_load((HERE / "docs" / "manifest.yaml").read_text(encoding="utf-8"))
    grades = yaml.safe_load((HERE / "grades.yaml").read_text(encoding="utf-8"))
    tool = {d: json.loads((HERE / "tool" / f"{d}.json").read_text(encoding="utf-8")) for d in manifest}
    docs = sorted(manifest)
    panel = {d: grades[d]["mean"] for d in docs}
    score = {d: tool[d]["score"] for d in docs}

    print("## Per document")
    print("| doc | source | kind | what | panel mean | spread | tool | tool grade | tool − panel |")
    print("|---|---|---|---|---|---|---|---|---|")
    rows = []
    for d in docs:
        m = manifest[d]
        gap = score[d] - panel[d]
        print(f"| {d} | {m['source']} | {m['kind']} | {m['what']} | {panel[d]:.1f} | {grades[d]['spread']:g} | "
              f"{score[d]:.1f} | {tool[d]['grade']} | {gap:+.1f} |")
        rows.append([d, m["source"], m["kind"], m["what"], f"{panel[d]:.1f}", f"{grades[d]['spread']:g}",
                     f"{score[d]:.1f}", tool[d]["grade"], f"{gap:+.1f}"])
    (HERE / "results.tsv").write_text(
        "\t".join(["doc", "source", "kind", "what", "panel", "spread", "tool", "tool_grade", "gap"]) + "\n"
        + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")

    print("\n## Mean gap (tool − panel) per kind")
    print("| kind | n | panel mean | tool mean | mean gap |")
    print("|---|---|---|---|---|")
    for kind in KINDS:
        ds = [d for d in docs if manifest[d]["kind"] == kind]
        p = sum(panel[d] for d in ds) / len(ds)
        t = sum(score[d] for d in ds) / len(ds)
        print(f"| {kind} | {len(ds)} | {p:.1f} | {t:.1f} | **{t - p:+.1f}** |")

    print("\n## Each variant against its own source")
    print("| variant | source | kind | what | panel change | tool change | tool − panel | tool keeps % of panel's drop |")
    print("|---|---|---|---|---|---|---|---|")
    source_doc = {manifest[d]["source"]: d for d in docs if manifest[d]["kind"] == "full"}
    for kind in ("hollow", "half", "padded"):
        for d in sorted((d for d in docs if manifest[d]["kind"] == kind), key=lambda d: manifest[d]["source"]):
            s = source_doc[manifest[d]["source"]]
            dp, dt = panel[d] - panel[s], score[d] - score[s]
            share = f"{100 * dt / dp:.0f}%" if abs(dp) >= 5 else "—"
            print(f"| {d} | {s} ({manifest[d]['source']}) | {kind} | {manifest[d]['what']} | {dp:+.1f} | {dt:+.1f} | "
                  f"{dt - dp:+.1f} | {share} |")

    print("\n## Rank agreement (14 documents)")
    x, y = [panel[d] for d in docs], [score[d] for d in docs]
    print(f"Spearman rho tool vs panel: **{spearman(x, y):.3f}**  (Pearson r {pearson(x, y):.3f})")
    full = [d for d in docs if manifest[d]["kind"] == "full"]
    print(f"Spearman over the 5 full reports only: {spearman([panel[d] for d in full], [score[d] for d in full]):.3f}")
    print("Panel order: " + " > ".join(f"{d}({panel[d]:.0f})" for d in sorted(docs, key=lambda d: -panel[d])))
    print("Tool order:  " + " > ".join(f"{d}({score[d]:.0f})" for d in sorted(docs, key=lambda d: -score[d])))

    print("\n## Panel blocks: share of each block's maximum, by kind (where a hollow report earns its points)")
    print("| block | max | " + " | ".join(KINDS) + " | hollow ÷ its full source |")
    print("|---|---|" + "---|" * len(KINDS) + "---|")
    hollow = [d for d in docs if manifest[d]["kind"] == "hollow"]
    for b, mx in BLOCKS.items():
        cells = []
        for kind in KINDS:
            ds = [d for d in docs if manifest[d]["kind"] == kind]
            cells.append(f"{sum(grades[d]['blocks'][b] for d in ds) / len(ds) / mx:.0%}")
        kept = sum(grades[d]["blocks"][b] for d in hollow) / max(
            1e-9, sum(grades[source_doc[manifest[d]["source"]]]["blocks"][b] for d in hollow))
        print(f"| {b} {BLOCK_NAMES[b]} | {mx} | " + " | ".join(cells) + f" | {kept:.0%} |")
    pts = {b: sum(grades[d]["blocks"][b] for d in hollow) / len(hollow) for b in BLOCKS}
    print("Hollow mean points per block: " + ", ".join(f"{b} {pts[b]:.1f}/{BLOCKS[b]}" for b in BLOCKS)
          + f"; total {sum(pts.values()):.1f}")

    print("\n## Tool checks on the hollow documents against their full sources (points, mean of 4)")
    print("| check | max | tool on full sources | tool on hollow | kept |")
    print("|---|---|---|---|---|")
    checks = [c["id"] for c in tool[docs[0]]["checks"] if c["max_points"]]
    for cid in checks:
        def pts_of(d: str) -> float:
            return next((c["points"] for c in tool[d]["checks"] if c["id"] == cid), 0.0)
        mx = next(c["max_points"] for c in tool[docs[0]]["checks"] if c["id"] == cid)
        on_full = sum(pts_of(source_doc[manifest[d]["source"]]) for d in hollow) / len(hollow)
        on_hollow = sum(pts_of(d) for d in hollow) / len(hollow)
        kept = f"{on_hollow / on_full:.0%}" if on_full else "—"
        print(f"| {cid} | {mx:g} | {on_full:.2f} | {on_hollow:.2f} | {kept} |")

    print("\n## Where the tool pays a hollow report more than the panel would (hollow documents, mean of 4)")
    print("Panel share = the panel's mean fraction of the matching block on the hollow documents × the check's maximum.")
    print("| check | max | panel block | tool on full | tool on hollow | panel share on hollow | excess |")
    print("|---|---|---|---|---|---|---|")
    full_docs = [d for d in docs if manifest[d]["kind"] == "full"]
    for cid, block in CHECK_BLOCK.items():
        mx = next(c["max_points"] for c in tool[docs[0]]["checks"] if c["id"] == cid)

        def mean_pts(ds: list[str], cid: str = cid) -> float:
            return sum(next(c["points"] for c in tool[d]["checks"] if c["id"] == cid) for d in ds) / len(ds)
        share = sum(grades[d]["blocks"][block] for d in hollow) / len(hollow) / BLOCKS[block] * mx
        on_hollow = mean_pts(hollow)
        print(f"| {cid} | {mx:g} | {block} | {mean_pts(full_docs):.2f} | {on_hollow:.2f} | {share:.2f} | "
              f"**{on_hollow - share:+.1f}** |")


# The panel block each content check answers to (conformity checks are left out: both sides agree there).
CHECK_BLOCK = {
    "completeness.measures": "B", "substance.indicators": "B", "substance.figures": "B", "substance.documents": "B",
    "substance.coverage": "C", "completeness.first_responsible": "D", "substance.leader_acts": "D",
    "completeness.shortcomings": "E", "substance.self_critique": "E", "completeness.next_year": "F",
    "substance.plan_response": "F",
}


if __name__ == "__main__":
    main()
