#!/usr/bin/env python3
"""Dry run of set O (no scoring): for each case, the rows where the edit applied, the rows where it was
tried but changed nothing (dropped: `_checked` returns None for them), errors, and lengths (edit - original,
or A - B for pairs).

python dry_run_o.py tune|held|all [--pages] [--show CASE]
"""
import difflib
import importlib
import sys

import edit_lib


def main():
    part = sys.argv[1]
    if part == "all":
        from substance_pool_o import DEFS
        cases = [c for _, _, c, _ in DEFS]
    else:
        cases = importlib.import_module("substance_edits_o" + ("" if part == "tune" else "_held")).CASES
    docs = edit_lib.load_dev() + (edit_lib.load_pages() if "--pages" in sys.argv else [])
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    tot = {"dev": 0, "page": 0, "nochange": 0, "err": 0}
    for name, kind, expected, make, *_ in cases:
        dev, pg, nochange, errs = [], 0, 0, []
        for d in docs:
            try:
                raw = make.raw(d)
                r = make(d)
            except Exception as e:  # a make error is a defect of the set: show it
                errs.append(f"{d.id}:ERR {e!r}"[:120])
                continue
            if raw is not None and r is None:
                nochange += 1      # tried, but the edit changed nothing: dropped
            if r is None:
                continue
            extra = f"{len(r[0]) - len(r[1]):+d}" if kind == "pair" else f"{len(r) - len(d.text):+d}"
            if d.kind == "dev":
                dev.append(f"{d.id[-1]}:{extra}")
            else:
                pg += 1
            if show and name == show and d.kind == "dev":
                print(f"----- {d.id}")
                b = r[0] if kind == "pair" else d.text
                a = r[1] if kind == "pair" else r
                for ln in difflib.unified_diff(b.split("\n"), a.split("\n"), lineterm="", n=0):
                    print(ln[:300])
        tot["dev"] += len(dev)
        tot["page"] += pg
        tot["nochange"] += nochange
        tot["err"] += len(errs)
        print(f"{name:42s} {expected:10s} dev {len(dev)} [{' '.join(dev)}] pages {pg} "
              f"dropped(no change) {nochange} {' '.join(errs)}")
    print(f"cases {len(cases)}  dev rows {tot['dev']}  page rows {tot['page']}  "
          f"dropped no-change rows {tot['nochange']}  errors {tot['err']}")


if __name__ == "__main__":
    main()
