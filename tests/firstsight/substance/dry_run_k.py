#!/usr/bin/env python3
"""Dry run of set K (no scoring): which case applies to which document, and pair lengths (A - B).

python dry_run_k.py tune|held [--pages] [--show CASE]
"""
import importlib
import sys

import edit_lib


def main():
    part = sys.argv[1]
    mod = importlib.import_module("substance_edits_k" + ("" if part == "tune" else "_held"))
    docs = edit_lib.load_dev() + (edit_lib.load_pages() if "--pages" in sys.argv else [])
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    tot_dev = tot_pg = 0
    for case in mod.CASES:
        name, kind, expected, make = case[:4]
        dev, pg, notes = [], 0, []
        for d in docs:
            try:
                r = make(d)
            except Exception as e:  # a make error is a defect of the set: show it
                notes.append(f"{d.id}:ERR {e!r}"[:120])
                continue
            if r is None:
                continue
            if kind == "pair":
                if r[0] is None or r[1] is None:
                    continue
                extra = f"{len(r[0]) - len(r[1]):+d}"
            else:
                if r == d.text:
                    notes.append(f"{d.id}:nochange")
                    continue
                extra = f"{len(r) - len(d.text):+d}"
            if d.kind == "dev":
                dev.append(f"{d.id[-1]}:{extra}")
            else:
                pg += 1
            if show and name == show and d.kind == "dev":
                print(f"----- {d.id}")
                import difflib
                b = r[0] if kind == "pair" else d.text
                a = r[1] if kind == "pair" else r
                for ln in difflib.unified_diff(b.split("\n"), a.split("\n"), lineterm="", n=0):
                    print(ln[:400])
        tot_dev += len(dev)
        tot_pg += pg
        print(f"{name:44s} {expected:10s} dev {len(dev)} [{' '.join(dev)}] pages {pg} {' '.join(notes)}")
    print(f"cases {len(mod.CASES)}  dev rows {tot_dev}  page rows {tot_pg}")


if __name__ == "__main__":
    main()
