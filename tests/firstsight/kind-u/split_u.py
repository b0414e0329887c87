#!/usr/bin/env python3
"""Draw kind set u's documents and its tuning / held split, once, before anything runs fzscore.

    python3 split_u.py            # writes split-u.json (refuses to overwrite it)

The seed is drawn from random.SystemRandom and stored.  kind_edits_u.build_cases(seed) draws the documents per
kind; each kind gets floor(0.5 * n) tuning cases, and kinds drawn with random.Random(seed) one more each until
round(0.5 * all cases) are reached; each kind's cases are shuffled and its first ones go to tuning, the rest to held.  The sha256 of every edited file's bytes is stored, so the measurement can check that the edits still
build the very same texts."""
import hashlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import kind_edits_u as K  # noqa: E402

OUT = os.environ.get("KIND_U_SPLIT") or os.path.join(HERE, "split-u.json")  # env: dry runs only

if __name__ == "__main__":
    if os.path.exists(OUT):
        sys.exit("split-u.json exists; the split is drawn once")
    seed = random.SystemRandom().randrange(1, 10**6)
    cases = K.build_cases(seed)
    docs = K.load_docs()
    ids = [c["case"] for c in cases]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    rng = random.Random(seed)
    part = {}
    # ~50 % of all cases to tuning: floor(0.5 n) per kind, the remainder given to kinds drawn at random
    per = {kind: sum(1 for c in cases if c["kind"] == kind) for kind in K.KINDS}
    nts = {kind: int(0.5 * n) for kind, n in per.items()}
    extra = round(0.5 * len(cases)) - sum(nts.values())
    for kind in rng.sample(sorted(k for k in per if nts[k] < per[k]), max(extra, 0)):
        nts[kind] += 1
    for kind in K.KINDS:
        ks = [c["case"] for c in cases if c["kind"] == kind]
        rng.shuffle(ks)
        nt = nts[kind]
        for i, k in enumerate(ks):
            part[k] = "tune" if i < nt else "held"
    for c in cases:
        c["part"] = part[c["case"]]
        c["family"] = "keep" if c["kind"] in K.KEEP else "like"
        c["sha256"] = hashlib.sha256(K.edited_file(c, docs)[0]).hexdigest()
    n = {p: sum(1 for c in cases if c["part"] == p) for p in ("tune", "held")}
    json.dump({"seed": seed, "cases": cases, "n_cases": n}, open(OUT, "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    print(f"seed {seed}: {len(cases)} cases, tune {n['tune']}, held {n['held']}")
