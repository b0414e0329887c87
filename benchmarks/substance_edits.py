#!/usr/bin/env python3
"""How the score of each dev report moves under the directional edits of tests/test_directional.py
(issue 13): the smallest and largest change per kind of edit, and the dev reports' order.

    python benchmarks/substance_edits.py [--root CHECKOUT]

--root scores with another checkout's scorer (e.g. a worktree of an older commit), with the edits
generated here, so that before and after are measured alike.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=str(HERE), help="the checkout whose scorer is measured")
    args = ap.parse_args()
    sys.path[:0] = [args.root, str(HERE / "tests")]
    import test_directional as t  # the edit generators (they import scorer from --root)

    dev = sorted((HERE.parent / "tests" / "shared" / "corpus" / "dev").glob("*.txt"))
    originals = {p.stem: (p.read_text(encoding="utf-8"), t._score(p.read_text(encoding="utf-8"))) for p in dev}
    edits = {**t.LOWER, **t.NOT_RAISE, **{k: fn for k, (fn, _) in t.RAISE.items()}}
    print(f"{'edit':<26} {'reports':>7} {'min Δ':>7} {'max Δ':>7}")
    for name, fn in edits.items():
        deltas = []
        for text, card in originals.values():
            edited = fn(text, card)
            if edited is not None:
                deltas.append(t._score(edited)["score"] - card["score"])
        if deltas:
            print(f"{name:<26} {len(deltas):>7} {min(deltas):>+7.1f} {max(deltas):>+7.1f}")
    scores = {n: c["score"] for n, (_, c) in originals.items()}
    print("order:", " > ".join(f"{n} {scores[n]:g}" for n in sorted(scores, key=lambda n: -scores[n])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
