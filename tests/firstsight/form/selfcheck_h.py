#!/usr/bin/env python3
"""Self-check of form set h without fzscore: how many documents each kind applies to, and that it
keeps the words (form_edits_h.words_kept; the chrome kinds are checked too, their added lines
being dropped by CHROME_LINES).  Also that the unedited text has no line that CHROME_LINES would
drop (else the check could hide a lost line).

python selfcheck_h.py        (needs opencc, as the set's heading_norm uses it)
"""
import sys

import form_edits_h as h
import form_edits_h_held as hh
from measure import load_docs


def main() -> int:
    docs = load_docs()
    bad_total = 0
    for name, t in docs:
        hits = [ln for ln in t.splitlines() if h._CHROME.fullmatch(ln.strip(h.WS))]
        if hits:
            print(f"chrome pattern matches an original line in {name}: {hits[:2]}")
            bad_total += 1
    for part, mod in (("tune", h), ("held", hh)):
        for k, fn in mod.EDITS.items():
            n = bad = 0
            for _doc, t in docs:
                o = fn(t)
                if o is None or o == t:
                    continue
                n += 1
                bad += not mod.words_kept(t, o)
            bad_total += bad
            print(f"{part} {k:22s} applied={n:3d} words_lost={bad}")
    return 1 if bad_total else 0


if __name__ == "__main__":
    sys.exit(main())
