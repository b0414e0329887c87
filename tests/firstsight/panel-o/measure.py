"""Panel O against the frozen tool (frozen48 = main at 0213e74) (written before the tool was run; reads grades.yaml, split.yaml, tool/*.json).

Prints, for the tuning part: per document (panel mean, tool score, gap), per kind the mean of (tool - panel), Spearman
rho and Pearson r, and each variant against its own complete source where that source is a document here. For the
held part: only aggregates (n, panel mean, tool mean, mean gap, rho). Writes results.tsv (tuning rows only).

Run: python3 measure.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "panel-d"))
from measure import pearson, spearman  # noqa: E402  (panel D's rank helpers, reused)

KINDS = ("complete", "hollow", "padded")


def main() -> None:
    grades = yaml.safe_load((HERE / "grades.yaml").read_text(encoding="utf-8"))
    split = yaml.safe_load((HERE / "split.yaml").read_text(encoding="utf-8"))
    docs = sorted(grades)
    tool = {d: json.loads((HERE / "tool" / f"{d}.json").read_text(encoding="utf-8")) for d in docs}
    panel = {d: grades[d]["mean"] for d in docs}
    score = {d: float(tool[d]["score"]) for d in docs}
    band = {d: tool[d].get("grade", "") for d in docs}
    gap = {d: score[d] - panel[d] for d in docs}
    tune = [d for d in docs if split[d] == "tuning"]
    held = [d for d in docs if split[d] == "held"]

    print("## Tuning part, per document")
    print("| doc | source | kind | panel mean | spread | tool | band | tool − panel |")
    print("|---|---|---|---|---|---|---|---|")
    rows = ["doc\tsource\tkind\tpanel\tspread\ttool\tband\tgap"]
    for d in tune:
        g = grades[d]
        print(f"| {d} | {g['source']} | {g['kind']} | {panel[d]:.1f} | {g['spread']} | {score[d]:.1f} | {band[d]} "
              f"| {gap[d]:+.1f} |")
        rows.append(f"{d}\t{g['source']}\t{g['kind']}\t{panel[d]}\t{g['spread']}\t{score[d]}\t{band[d]}\t{gap[d]:+.1f}")
    (HERE / "results.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")

    print("\n## Tuning part, per kind")
    print("| kind | n | panel mean | tool mean | mean (tool − panel) |")
    print("|---|---|---|---|---|")
    for k in KINDS:
        ds = [d for d in tune if grades[d]["kind"] == k]
        if ds:
            print(f"| {k} | {len(ds)} | {sum(panel[d] for d in ds)/len(ds):.1f} | "
                  f"{sum(score[d] for d in ds)/len(ds):.1f} | {sum(gap[d] for d in ds)/len(ds):+.1f} |")
    xs, ys = [score[d] for d in tune], [panel[d] for d in tune]
    print(f"Tuning pass (|tool - panel| <= 5): {sum(abs(gap[d]) <= 5 for d in tune)}/{len(tune)}")
    print(f"\nTuning: n={len(tune)}, mean gap {sum(gap[d] for d in tune)/len(tune):+.1f}, "
          f"Spearman rho {spearman(xs, ys):.3f}, Pearson r {pearson(xs, ys):.3f}")

    print("\n## Tuning variants against their complete source")
    src = {grades[d]["source"]: d for d in tune if grades[d]["kind"] == "complete"}
    print("| variant | kind | panel change | tool change |")
    print("|---|---|---|---|")
    for d in tune:
        s = src.get(grades[d]["source"])
        if grades[d]["kind"] == "complete" or not s:
            continue
        print(f"| {d} | {grades[d]['kind']} | {panel[d]-panel[s]:+.1f} | {score[d]-score[s]:+.1f} |")

    xh, yh = [score[d] for d in held], [panel[d] for d in held]
    print(f"\nHeld part totals: n={len(held)}, panel mean {sum(yh)/len(yh):.1f}, tool mean {sum(xh)/len(xh):.1f}, "
          f"mean gap {sum(gap[d] for d in held)/len(held):+.1f}, Spearman rho {spearman(xh, yh):.3f}")
    per = []
    for k in KINDS:
        ds = [d for d in held if grades[d]["kind"] == k]
        if ds:
            per.append(f"{k} {sum(gap[d] for d in ds)/len(ds):+.1f} (n {len(ds)})")
    print("Held mean gap per kind (aggregates only): " + "; ".join(per))
    print(f"Held pass (|tool - panel| <= 5): {sum(abs(gap[d]) <= 5 for d in held)}/{len(held)}")


if __name__ == "__main__":
    main()
