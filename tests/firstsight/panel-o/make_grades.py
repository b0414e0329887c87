"""Collect passes/pass-{1,2,3}.yaml into grades.yaml and grades.tsv (per-pass totals, mean, spread, per-criterion means).

Run: python3 make_grades.py
"""

from __future__ import annotations

from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
CRITERIA = {"G1": 12, "G2": 26, "G3": 8, "G4": 14, "G5": 16, "G6": 14, "G7": 10}


def main() -> None:
    passes = [yaml.safe_load((HERE / "passes" / f"pass-{n}.yaml").read_text(encoding="utf-8")) for n in (1, 2, 3)]
    manifest = yaml.safe_load((HERE / "docs" / "manifest.yaml").read_text(encoding="utf-8"))
    docs = sorted(manifest)
    out = {}
    rows = ["doc\tsource\tkind\tP1\tP2\tP3\tmean\tspread\t" + "\t".join(CRITERIA)]
    for d in docs:
        for p in passes:
            assert set(p[d]) - {"total"} == set(CRITERIA), d
            for k, mx in CRITERIA.items():
                assert 0 <= p[d][k][0] <= mx, (d, k)
        totals = [round(sum(p[d][k][0] for k in CRITERIA), 1) for p in passes]
        mean = round(sum(totals) / 3, 1)
        crit = {k: round(sum(p[d][k][0] for p in passes) / 3, 2) for k in CRITERIA}
        out[d] = {"source": manifest[d]["source"], "kind": manifest[d]["kind"], "passes": totals, "mean": mean,
                  "spread": round(max(totals) - min(totals), 1), "criteria": crit}
        rows.append("\t".join([d, manifest[d]["source"], manifest[d]["kind"], *map(str, totals), str(mean),
                               str(out[d]["spread"]), *(str(crit[k]) for k in CRITERIA)]))
    (HERE / "grades.yaml").write_text(
        "# Panel O grades: three passes (R1 strict 司法局 reviewer, R2 researcher, R3 senior 依法治X办 official), committed before any tool run\n"
        + yaml.safe_dump(out, allow_unicode=True, sort_keys=True), encoding="utf-8")
    (HERE / "grades.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
