#!/usr/bin/env python3
"""Form set o, batch 2: split its 7 kinds tune / held at random with a fixed seed (375764, drawn once from
random.SystemRandom), before anything of batch 2 is run against fzscore.  The documents are batch 1's
(split-o.json).  Writes split-o2.json; the first 4 shuffled kinds are tune, the other 3 held."""
from __future__ import annotations

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from form_edits_o2_kinds import ALL_KINDS  # noqa: E402

SEED = 375764


def main():
    rng = random.Random(SEED)
    kinds = list(ALL_KINDS)
    rng.shuffle(kinds)
    half = (len(kinds) + 1) // 2
    docs = json.load(open(os.path.join(HERE, "split-o.json"), encoding="utf-8"))["docs"]
    out = {"seed": SEED, "kinds_listed": list(ALL_KINDS), "tune": kinds[:half], "held": kinds[half:], "docs": docs}
    json.dump(out, open(os.path.join(HERE, "split-o2.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(json.dumps({k: out[k] for k in ("seed", "tune", "held")}, ensure_ascii=False))


if __name__ == "__main__":
    main()
