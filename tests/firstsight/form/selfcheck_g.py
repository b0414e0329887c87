#!/usr/bin/env python3
"""Self-check of form set g without fzscore: how many documents each kind applies to, and that it
keeps the words (in order; for the moves in WORDS_EXEMPT, as a multiset of characters).

python selfcheck_g.py        (needs opencc for the traditional kinds)
"""
import sys
from collections import Counter

import form_edits_g as g
import form_edits_g_held as gh
from form_edits import _words
from measure import load_docs

MOVES = {"fr_around_short", "intro_merge"}


def main() -> int:
    docs = load_docs()
    bad_total = 0
    for part, mod in (("tune", g), ("held", gh)):
        for k, fn in mod.EDITS.items():
            n = bad = 0
            for _doc, t in docs:
                o = fn(t)
                if o is None or o == t:
                    continue
                n += 1
                if k in MOVES:
                    ok = Counter(_words(g._norm_g(t, False), False)) == Counter(_words(g._norm_g(o, True), True))
                else:
                    ok = k in mod.WORDS_EXEMPT or mod.words_kept(t, o)
                bad += not ok
            bad_total += bad
            print(f"{part} {k:26s} applied={n:3d} words_lost={bad}")
    return 1 if bad_total else 0


if __name__ == "__main__":
    sys.exit(main())
