#!/usr/bin/env python3
"""Form set r: choose the documents and split the kinds tune / held, at random with a fixed seed
(drawn once from random.SystemRandom, written below), before anything is run against fzscore.
Writes split-r.json.  Paths in the output are relative to the worktree root.

Documents: the 5 dev reports, plus 19 labelled real reports drawn from tests/shared/corpus/pages and
tests/firstsight/pages*/ (files whose labels say `kind: report`) among those with at least two
standalone top/sub headings (so that the heading kinds apply)."""
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
from form_edits_r_kinds import ALL_KINDS  # noqa: E402

SEED = 349610
N_PAGES = 19


def is_report(txt_path: str) -> bool:
    lab = txt_path[:-4] + ".labels.yaml"
    return os.path.exists(lab) and bool(re.search(r"^kind:\s*report\s*$", open(lab, encoding="utf-8").read(), re.M))


def main(seed: int):
    rng = random.Random(seed)
    dev = sorted(glob.glob(f"{ROOT}/tests/shared/corpus/dev/seed-*.txt"))
    pool = sorted(glob.glob(f"{ROOT}/tests/shared/corpus/pages/*.txt")) + \
        sorted(p for p in glob.glob(f"{ROOT}/tests/firstsight/pages*/*.txt"))
    pool = [p for p in pool if is_report(p)
            and len(headings(split_lines(open(p, encoding="utf-8").read())[0], (0, 1))) >= 2]
    pages = sorted(rng.sample(pool, N_PAGES))
    kinds = list(ALL_KINDS)
    rng.shuffle(kinds)
    half = (len(kinds) + 1) // 2
    out = {"seed": seed, "kinds_listed": list(ALL_KINDS), "tune": kinds[:half], "held": kinds[half:],
           "pool_size": len(pool),
           "docs": [os.path.relpath(p, ROOT) for p in dev + pages]}
    json.dump(out, open(os.path.join(HERE, "split-r.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(SEED)
