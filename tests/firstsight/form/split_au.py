#!/usr/bin/env python3
"""Form set au (a copy of split_at.py, itself a copy of split_ar.py, itself a copy of split_aq.py, itself a copy of split_ap.py, itself a copy of split_ao.py; tune share 40 %): choose the documents and split the kinds tune / held at random with a fixed seed
(drawn once from random.SystemRandom, written below), before anything is run against fzscore.
Writes split-au.json.  Paths are relative to the worktree root.

Documents: the five complete reports of the shared corpus (tests/shared/corpus/dev, a mirror of
/work/shared/corpus/dev) plus N_PAGES labelled report pages drawn from tests/shared/corpus/pages
(labels `kind: report`, at least two standalone top/sub headings in the opening), as set r did.
Kinds: ALL_KINDS shuffled; the first 40 % (rounded) tune, the rest held."""
from __future__ import annotations

import glob
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
from form_edits import headings, split_lines  # noqa: E402
from form_edits_au_kinds import ALL_KINDS  # noqa: E402

SEED = 9953
N_PAGES = 3


def is_report(txt_path: str) -> bool:
    lab = txt_path[:-4] + ".labels.yaml"
    return os.path.exists(lab) and bool(re.search(r"^kind:\s*report\s*$", open(lab, encoding="utf-8").read(), re.M))


def main(seed: int):
    rng = random.Random(seed)
    dev = sorted(glob.glob(f"{ROOT}/tests/shared/corpus/dev/seed-*.txt"))
    pool = [p for p in sorted(glob.glob(f"{ROOT}/tests/shared/corpus/pages/*.txt")) if is_report(p)
            and len(headings(split_lines(open(p, encoding="utf-8").read())[0], (0, 1))) >= 2]
    pages = sorted(rng.sample(pool, N_PAGES))
    kinds = list(ALL_KINDS)
    rng.shuffle(kinds)
    n_tune = round(len(kinds) * 0.40)
    out = {"seed": seed, "kinds_listed": list(ALL_KINDS), "tune": kinds[:n_tune], "held": kinds[n_tune:],
           "pool_size": len(pool), "docs": [os.path.relpath(p, ROOT) for p in dev + pages]}
    json.dump(out, open(os.path.join(HERE, "split-au.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(SEED)
