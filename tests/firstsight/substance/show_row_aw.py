#!/usr/bin/env python3
"""Reproduce one row of set AW: write the two texts of a row (original and edit, or A and B for a pair)
to a folder and print the two fzscore commands that score them.

python show_row_aw.py CASE DOC [--dir /tmp/aw-row] [--cli /work/frozen48/bin/fzscore]
e.g. python show_row_aw.py pad_fr_records_note_aw/yiju seed-003
"""
import argparse
import os

from substance_pool_aw import all_cases, docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("case")
    ap.add_argument("doc")
    ap.add_argument("--dir", default="/tmp/aw-row")
    ap.add_argument("--cli", default="/work/frozen48/bin/fzscore")
    a = ap.parse_args()
    case = next(c for c in all_cases() if c[0] == a.case)
    d = next(x for x in docs() if x.id == a.doc)
    r = case[3](d)
    if r is None:
        raise SystemExit("the edit does not apply to this document")
    pair = case[1] == "pair"
    first, second = (r[0], r[1]) if pair else (d.text, r)
    names = ("A.txt", "B.txt") if pair else ("orig.txt", "edit.txt")
    os.makedirs(a.dir, exist_ok=True)
    for n, t in zip(names, (first, second)):
        with open(os.path.join(a.dir, n), "w", encoding="utf-8") as f:
            f.write(t)
        print(f"{a.cli} {os.path.join(a.dir, n)} --format json | python3 -c "
              f"\"import json,sys; print(json.load(sys.stdin)['score'])\"")
    print("delta =", "A - B" if pair else "edit - orig", f"(expects {case[2]}, margin {case[4]})")


if __name__ == "__main__":
    main()
