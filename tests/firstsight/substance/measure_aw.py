#!/usr/bin/env python3
"""The forty-ninth set (substance_pool_aw.py), measured row by row as measure_z.py measures set Z (same
scoring, same row fields, same summary; measure_c.py is imported, not changed); a pair whose expectation
is "same" (the causes-layout invariance pairs) passes when |A - B| <= its margin.  Only the rows of the
part given, as split-aw.json lists them, are run:

python measure_aw.py --cli /work/frozen48/bin/fzscore --part tune|held [--out FILE] [--procs 2]

--out defaults to results-aw-<part>.json in this folder.
"""
import argparse
import json
import os
import shlex
import sys
import tempfile
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from measure_c import _init, changed, h, score, summarize  # noqa: E402
from substance_pool_aw import all_cases, committed_split, docs  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", "--cmd", dest="cli", required=True)
    ap.add_argument("--part", "--set", dest="part", choices=["tune", "held"], required=True)
    ap.add_argument("--out", default="")
    ap.add_argument("--procs", type=int, default=2)
    args = ap.parse_args()
    out_path = args.out or os.path.join(HERE, f"results-aw-{args.part}.json")
    want = committed_split()[args.part]
    cases = {c[0]: c for c in all_cases()}
    dd = {d.id: d for d in docs()}

    jobs, plan = {}, []
    for name, did in want:
        case, d = cases[name], dd[did]
        _, kind, expected, make = case[:4]
        margin = case[4] if len(case) > 4 else 0.5
        try:
            r = make(d)
        except Exception as e:
            plan.append((name, did, kind, expected, margin, None, f"make error: {e!r}"[:200]))
            continue
        if r is None:
            plan.append((name, did, kind, expected, margin, None, "edit does not apply (split row)"))
            continue
        if kind == "pair":
            ha, hb = h(r[0]), h(r[1])
            jobs[ha], jobs[hb] = r[0], r[1]
            plan.append((name, did, kind, expected, margin, (ha, hb), None))
        else:
            jobs[h(d.text)] = d.text
            he = h(r)
            jobs[he] = r
            plan.append((name, did, kind, expected, margin, (h(d.text), he), None))

    tmp = tempfile.mkdtemp(prefix="substance-aw-")
    with Pool(args.procs, initializer=_init, initargs=(shlex.split(args.cli), tmp)) as pool:
        res = dict(pool.imap_unordered(score, list(jobs.items()), chunksize=4))

    rows = []
    for name, did, kind, expected, margin, hs, err in plan:
        row = {"case": name, "idea": name.split("/")[0], "doc": did, "kind": kind, "expected": expected,
               "margin": margin}
        if err or hs is None:
            row.update(status="error", error=err)
            rows.append(row)
            continue
        a, b = res[hs[0]], res[hs[1]]
        if a.get("score") is None or b.get("score") is None:
            row.update(status="error", error=a.get("error") or b.get("error"))
            rows.append(row)
            continue
        if kind == "pair":
            delta = round(a["score"] - b["score"], 2)
            ok = abs(delta) <= margin if expected == "same" else delta > margin
            row.update(score_a=a["score"], score_b=b["score"], delta=delta,
                       checks_changed=changed(b["checks"], a["checks"]))
        else:
            delta = round(b["score"] - a["score"], 2)
            ok = {"lower": delta < -margin, "not_higher": delta <= margin,
                  "higher": delta > margin, "same": abs(delta) <= margin}[expected]
            row.update(score_orig=a["score"], score_edit=b["score"], delta=delta,
                       checks_changed=changed(a["checks"], b["checks"]))
        row["status"] = "pass" if ok else "fail"
        rows.append(row)

    summary, tot_n, tot_p = summarize(rows, args.part, args.cli)
    out = {"set": args.part, "cmd": args.cli, "total": tot_n, "passed": tot_p,
           "rate": round(tot_p / max(1, tot_n), 3), "ideas": summary, "rows": rows}
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
