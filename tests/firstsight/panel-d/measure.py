"""Panel D against the frozen tool (written before the tool was run; reads grades.yaml, split.yaml, tool/*.json).

Prints: per kind the mean of (tool - panel); Spearman rho and Pearson r over all documents; each variant against its
own full source (panel change, tool change, tool's drop as a share of the panel's drop); per-document rows only for
the tuning part (held documents appear only in aggregates). Writes results.tsv (tuning rows only).

Run: python3 measure.py
"""

from __future__ import annotations

import json
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
KINDS = ("full", "hollow", "half", "padded")


def ranks(values: list[float]) -> list[float]:
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
    grades = yaml.safe_load((HERE / "grades.yaml").read_text(encoding="utf-8"))
    split = yaml.safe_load((HERE / "split.yaml").read_text(encoding="utf-8"))
    docs = sorted(grades)
    tool = {d: json.loads((HERE / "tool" / f"{d}.json").read_text(encoding="utf-8")) for d in docs}
    panel = {d: grades[d]["mean"] for d in docs}
    score = {d: float(tool[d]["score"]) for d in docs}
    band = {d: tool[d].get("grade", "") for d in docs}
    gap = {d: score[d] - panel[d] for d in docs}

    print("## Per kind, all 14 documents (aggregates)")
    print("| kind | n | panel mean | tool mean | mean (tool − panel) |")
    print("|---|---|---|---|---|")
    for k in KINDS:
        ds = [d for d in docs if grades[d]["kind"] == k]
        print(f"| {k} | {len(ds)} | {sum(panel[d] for d in ds)/len(ds):.1f} | {sum(score[d] for d in ds)/len(ds):.1f} "
              f"| {sum(gap[d] for d in ds)/len(ds):+.1f} |")
    xs, ys = [score[d] for d in docs], [panel[d] for d in docs]
    print(f"\nSpearman rho (tool vs panel, n=14): {spearman(xs, ys):.3f}; Pearson r: {pearson(xs, ys):.3f}")
    full = [d for d in docs if grades[d]["kind"] == "full"]
    print(f"Spearman rho over the 5 full reports: {spearman([score[d] for d in full], [panel[d] for d in full]):.3f}")

    print("\n## Each variant against its own full source")
    src = {grades[d]["source"]: d for d in full}
    print("| variant | part | kind | panel change | tool change | tool's drop / panel's drop |")
    print("|---|---|---|---|---|---|")
    shares = {k: [] for k in KINDS}
    sums = {k: [0.0, 0.0] for k in KINDS}
    for d in docs:
        k = grades[d]["kind"]
        if k == "full":
            continue
        s = src[grades[d]["source"]]
        dp, dt = panel[d] - panel[s], score[d] - score[s]
        share = dt / dp if dp else float("nan")
        shares[k].append(share)
        sums[k][0] += dp
        sums[k][1] += dt
        name = d if split[d] == "tuning" else "(held)"
        print(f"| {name} | {split[d]} | {k} | {dp:+.1f} | {dt:+.1f} | {share:.0%} |")
    for k in ("hollow", "half", "padded"):
        if shares[k]:
            print(f"{k}: pooled tool drop / panel drop = {sums[k][1]:+.1f} / {sums[k][0]:+.1f} = "
                  f"{sums[k][1]/sums[k][0]:.0%}; mean of per-pair shares {sum(shares[k])/len(shares[k]):.0%}")

    print("\n## Per document, tuning part only")
    print("| doc | source | kind | panel mean | spread | tool | band | tool − panel |")
    print("|---|---|---|---|---|---|---|---|")
    rows = ["doc\tsource\tkind\tpanel\tspread\ttool\tband\tgap"]
    for d in docs:
        if split[d] != "tuning":
            continue
        g = grades[d]
        print(f"| {d} | {g['source']} | {g['kind']} | {panel[d]:.1f} | {g['spread']} | {score[d]:.1f} | {band[d]} "
              f"| {gap[d]:+.1f} |")
        rows.append(f"{d}\t{g['source']}\t{g['kind']}\t{panel[d]}\t{g['spread']}\t{score[d]}\t{band[d]}\t{gap[d]:+.1f}")
    (HERE / "results.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    held = [d for d in docs if split[d] == "held"]
    print(f"\nheld part totals: n={len(held)}, panel mean {sum(panel[d] for d in held)/len(held):.1f}, "
          f"tool mean {sum(score[d] for d in held)/len(held):.1f}, mean gap {sum(gap[d] for d in held)/len(held):+.1f}")


if __name__ == "__main__":
    main()
