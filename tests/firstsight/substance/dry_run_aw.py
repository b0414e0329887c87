#!/usr/bin/env python3
"""Dry run of set AW (no scoring): for each case, the rows where the edit applied (dev reports by their
last digit, pages counted), the rows where it was tried but changed nothing (dropped), errors, and
lengths (edit - original, or A - B for pairs); with a part, only that part's rows of split-aw.json.

python dry_run_aw.py all|tune|held [--show CASE] [--doc DOC]
"""
import difflib
import sys

from substance_pool_aw import all_cases, committed_split, docs


def main():
    part = sys.argv[1]
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    only_doc = sys.argv[sys.argv.index("--doc") + 1] if "--doc" in sys.argv else None
    ds = docs()
    want = None if part == "all" else set(committed_split()[part])
    tot = {"dev": 0, "page": 0, "nochange": 0, "err": 0}
    for name, kind, expected, make, *_ in all_cases():
        dev, pg, nochange, errs = [], 0, 0, []
        for d in ds:
            if want is not None and (name, d.id) not in want:
                continue
            try:
                raw = make.raw(d)
                r = make(d)
            except Exception as e:  # a make error is a defect of the set: show it
                errs.append(f"{d.id}:ERR {e!r}"[:120])
                continue
            if raw is not None and r is None:
                nochange += 1
            if r is None:
                continue
            extra = f"{len(r[0]) - len(r[1]):+d}" if kind == "pair" else f"{len(r) - len(d.text):+d}"
            if d.kind == "dev":
                dev.append(f"{d.id[-1]}:{extra}")
            else:
                pg += 1
            if show and name == show and (only_doc is None or d.id == only_doc):
                print(f"----- {d.id}")
                b = r[0] if kind == "pair" else d.text
                a = r[1] if kind == "pair" else r
                if kind == "pair":
                    b, a = r[1], r[0]
                for ln in difflib.unified_diff(b.split("\n"), a.split("\n"), lineterm="", n=0):
                    print(ln[:400])
        tot["dev"] += len(dev)
        tot["page"] += pg
        tot["nochange"] += nochange
        tot["err"] += len(errs)
        print(f"{name:42s} {expected:10s} dev {len(dev)} [{' '.join(dev)}] pages {pg} "
              f"dropped(no change) {nochange} {' '.join(errs)}")
    print(f"cases {len(all_cases())}  dev rows {tot['dev']}  page rows {tot['page']}  "
          f"dropped no-change rows {tot['nochange']}  errors {tot['err']}")


if __name__ == "__main__":
    main()
