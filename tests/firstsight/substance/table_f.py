#!/usr/bin/env python3
"""Tables of a set-F results file (per idea, as measure_f.py prints it, then per case).

python table_f.py results-f-tune.json
"""
import json
import sys

from measure_c import summarize  # measure_f.py runs measure_c.py with set F


def per_case(rows):
    cases = {}
    for r in rows:
        cases.setdefault(r["case"], []).append(r)
    print(f"{'case':48s} {'exp':10s} {'pass/n':>8s} | {'dev':>5s} {'pages':>7s} | {'mean':>6s} | dev deltas")
    for name, rs in cases.items():
        ok = [r for r in rs if r["status"] != "error"]
        p = sum(r["status"] == "pass" for r in ok)
        dv = [r for r in ok if r["doc"].startswith("seed")]
        pg = [r for r in ok if not r["doc"].startswith("seed")]
        mean = sum(r["delta"] for r in ok) / len(ok) if ok else 0.0
        err = len(rs) - len(ok)
        print(f"{name:48s} {rs[0]['expected']:10s} {p:4d}/{len(ok):<4d}| "
              f"{sum(r['status'] == 'pass' for r in dv)}/{len(dv):<3d} "
              f"{sum(r['status'] == 'pass' for r in pg):3d}/{len(pg):<3d} | {mean:+6.2f} | "
              + " ".join(f"{r['doc'][-1]}:{r['delta']:+.1f}" for r in dv) + (f"  errors={err}" if err else ""))


def main(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    print("## per idea")
    summarize(d["rows"], d["set"], d["cmd"])
    print("\n## per case (dev deltas as seed-00N:delta)")
    per_case(d["rows"])


if __name__ == "__main__":
    main(sys.argv[1])
