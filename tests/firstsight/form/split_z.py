#!/usr/bin/env python3
"""Form set z: split the kinds tune / held at random with a fixed seed (drawn once from
random.SystemRandom, written below), before anything is run against fzscore.  Writes split-z.json.

Documents: the five complete reports of the shared corpus (tests/shared/corpus/dev, a mirror of
/work/shared/corpus/dev) -- the only complete reports there (the pages are openings of ~2,000 bytes,
too short for whole-file re-encodings such as page breaks before parts or a fitted title).
Kinds: ALL_KINDS shuffled; the first 40 % (rounded down) tune, the rest held."""
from __future__ import annotations

import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
from form_edits_z_kinds import ALL_KINDS  # noqa: E402

SEED = 396468


def main(seed: int):
    rng = random.Random(seed)
    dev = sorted(glob.glob(f"{ROOT}/tests/shared/corpus/dev/seed-*.txt"))
    kinds = list(ALL_KINDS)
    rng.shuffle(kinds)
    n_tune = int(len(kinds) * 0.4)
    out = {"seed": seed, "kinds_listed": list(ALL_KINDS), "tune": kinds[:n_tune], "held": kinds[n_tune:],
           "docs": [os.path.relpath(p, ROOT) for p in dev]}
    json.dump(out, open(os.path.join(HERE, "split-z.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(SEED)
