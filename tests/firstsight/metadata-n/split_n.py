#!/usr/bin/env python3
"""Draw metadata set n's documents and its tuning / held split, once, before anything runs fzscore.

    python3 split_n.py            # writes split-n.json (refuses to overwrite it)

The seed is drawn from random.SystemRandom and stored.  meta_edits_n.build_cases(seed) draws the
documents per edit kind; the cases of each kind are then shuffled with random.Random(seed) and the
first floor(0.40 n) (+1 with probability frac(0.40 n)) go to tuning, the rest to held.  Every case's expectations are stored, so the
measurement can check that the edits still build the same cases."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import meta_edits_n  # noqa: E402

OUT = os.environ.get("META_N_SPLIT") or os.path.join(HERE, "split-n.json")  # env: dry runs only

if __name__ == "__main__":
    if os.path.exists(OUT):
        sys.exit("split-n.json exists; the split is drawn once")
    seed = random.SystemRandom().randrange(1, 10**6)
    cases = meta_edits_n.build_cases(seed)
    rng = random.Random(seed)
    part = {}
    for kind in meta_edits_n.KINDS:
        ks = [c["case"] for c in cases if c["kind"] == kind]
        rng.shuffle(ks)
        # about 40 % to tuning: floor(0.40 n), plus one more with probability frac(0.40 n) (7 cases: 2 or 3)
        q = 0.40 * len(ks)
        nt = int(q) + (1 if rng.random() < q - int(q) else 0)
        for i, k in enumerate(ks):
            part[k] = "tune" if i < nt else "held"
    for c in cases:
        c["part"] = part[c["case"]]
    rows = {p: sum(len([f for f in c["expect"] if not f.startswith("_")]) for c in cases if c["part"] == p) for p in ("tune", "held")}
    ncases = {p: sum(1 for c in cases if c["part"] == p) for p in ("tune", "held")}
    json.dump({"seed": seed, "cases": cases, "rows": rows, "n_cases": ncases}, open(OUT, "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    print(f"seed {seed}: {len(cases)} cases, tune {ncases['tune']} cases / {rows['tune']} rows, "
          f"held {ncases['held']} cases / {rows['held']} rows")
