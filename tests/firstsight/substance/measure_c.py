"""Run a set of substance edits through an fzscore command and compare totals.

python measure_c.py --cmd "/work/frozen/bin/fzscore" --set tune|held --out results-c-tune.json

Copy of measure.py for the third set (substance_edits_c*.py) with one more expectation, "same":
the edited text must score within +-margin of the original (form-only edits).
"""
import argparse
import hashlib
import importlib
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
from multiprocessing import Pool

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import edit_lib  # noqa: E402

CMD = None
TMP = None


def _init(cmd, tmp):
    global CMD, TMP
    CMD, TMP = cmd, tmp


def score(item):
    key, text = item
    path = os.path.join(TMP, key + ".txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    try:
        p = subprocess.run(CMD + [path, "--format", "json"], capture_output=True, text=True, timeout=120)
        d = json.loads(p.stdout)
        checks = {c["id"]: c.get("points", 0.0) for c in d.get("checks", [])}
        return key, {"score": d.get("score"), "checks": checks}
    except Exception as e:
        return key, {"score": None, "error": f"{type(e).__name__}: {e}"[:300]}


def h(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def changed(a, b):
    out = {}
    for k in sorted(set(a) | set(b)):
        x, y = a.get(k, 0.0), b.get(k, 0.0)
        if abs((x or 0) - (y or 0)) > 1e-6:
            out[k] = round((y or 0) - (x or 0), 2)
    return out


def summarize(rows, setname, cmd):
    ideas = {}
    for r in rows:
        ideas.setdefault(r["idea"], []).append(r)
    summary = {}
    print(f"set={setname} cmd={cmd}")
    print(f"{'idea':30s} {'exp':10s} {'n':>4s} {'pass':>4s} {'rate':>5s} | {'dev':>6s} {'pages':>7s} | "
          f"{'delta mean/min/max (all)':>24s} | dev deltas")
    tot_n = tot_p = 0
    for idea, rs in ideas.items():
        ok = [r for r in rs if r["status"] != "error"]
        p = sum(r["status"] == "pass" for r in ok)
        ds = [r["delta"] for r in ok]
        dv = [r for r in ok if r["doc"].startswith("seed")]
        pg = [r for r in ok if not r["doc"].startswith("seed")]
        dvp = sum(r["status"] == "pass" for r in dv)
        pgp = sum(r["status"] == "pass" for r in pg)
        summary[idea] = {"expected": sorted({r["expected"] for r in rs}), "n": len(ok), "pass": p,
                         "n_dev": len(dv), "pass_dev": dvp, "n_pages": len(pg), "pass_pages": pgp,
                         "errors": len(rs) - len(ok),
                         "rate": round(p / len(ok), 3) if ok else None,
                         "delta_mean": round(statistics.mean(ds), 2) if ds else None,
                         "delta_min": min(ds) if ds else None, "delta_max": max(ds) if ds else None,
                         "dev_deltas": [r["delta"] for r in dv],
                         "wordings": sorted({r["case"].split("/", 1)[1] for r in rs})}
        tot_n += len(ok)
        tot_p += p
        s = summary[idea]
        dd = f"{s['delta_mean']}/{s['delta_min']}/{s['delta_max']}" if ds else "-"
        print(f"{idea:30s} {','.join(s['expected']):10s} {s['n']:4d} {p:4d} "
              f"{(s['rate'] if s['rate'] is not None else 0):5.2f} | {dvp:2d}/{len(dv):<3d} {pgp:3d}/{len(pg):<3d} | "
              f"{dd:>24s} | {' '.join(f'{x:+.1f}' for x in s['dev_deltas'])}"
              + (f"  errors={s['errors']}" if s["errors"] else ""))
    dvn = sum(s["n_dev"] for s in summary.values())
    dvp = sum(s["pass_dev"] for s in summary.values())
    print(f"TOTAL {tot_p}/{tot_n} = {tot_p / max(1, tot_n):.3f}   dev only {dvp}/{dvn} = {dvp / max(1, dvn):.3f}")
    return summary, tot_n, tot_p


def resummarize(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    summary, n, p = summarize(d["rows"], d["set"], d["cmd"])
    d.update(ideas=summary, total=n, passed=p, rate=round(p / max(1, n), 3))
    with open(path, "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=1)


if __name__ == "__main__" and len(sys.argv) == 3 and sys.argv[1] == "--resummarize":
    resummarize(sys.argv[2])
    sys.exit(0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--set", choices=["tune", "held"], required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--no-pages", action="store_true")
    ap.add_argument("--procs", type=int, default=2)
    ap.add_argument("--only", default="", help="comma-separated ideas to (re)run; rows of other ideas are kept from --out")
    ap.add_argument("--edits", choices=["c", "d", "e", "f", "g", "h"], default="c",
                    help="which set: c (third); d … h through measure_d.py … measure_h.py")
    args = ap.parse_args()
    mod = importlib.import_module(f"substance_edits_{args.edits}" + ("" if args.set == "tune" else "_held"))
    docs = edit_lib.load_dev() + ([] if args.no_pages else edit_lib.load_pages())

    jobs = {}          # hash -> text
    plan = []          # (case, doc, kind, expected, margin, hashes)
    for d in docs:
        jobs[h(d.text)] = d.text
    only = set(filter(None, args.only.split(",")))
    for case in mod.CASES:
        name, kind, expected, make = case[:4]
        if only and name.split("/")[0] not in only:
            continue
        margin = case[4] if len(case) > 4 else 0.5
        for d in docs:
            try:
                r = make(d)
            except Exception as e:
                plan.append((name, d.id, kind, expected, margin, None, f"make error: {e!r}"[:200]))
                continue
            if r is None:
                continue
            if kind == "pair":
                if r[0] is None or r[1] is None:
                    continue
                ha, hb = h(r[0]), h(r[1])
                jobs[ha], jobs[hb] = r[0], r[1]
                plan.append((name, d.id, kind, expected, margin, (ha, hb), None))
            else:
                if r == d.text:
                    plan.append((name, d.id, kind, expected, margin, None, "edit made no change"))
                    continue
                he = h(r)
                jobs[he] = r
                plan.append((name, d.id, kind, expected, margin, (h(d.text), he), None))

    tmp = tempfile.mkdtemp(prefix="substance-")
    with Pool(args.procs, initializer=_init, initargs=(shlex.split(args.cmd), tmp)) as pool:
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
            sa, sb = a["score"], b["score"]
            delta = round(sa - sb, 2)
            ok = delta > margin
            row.update(score_a=sa, score_b=sb, delta=delta, checks_changed=changed(b["checks"], a["checks"]))
        else:
            so, se = a["score"], b["score"]
            delta = round(se - so, 2)
            ok = {"lower": delta < -margin, "not_higher": delta <= margin,
                  "higher": delta > margin, "same": abs(delta) <= margin}[expected]
            row.update(score_orig=so, score_edit=se, delta=delta, checks_changed=changed(a["checks"], b["checks"]))
        row["status"] = "pass" if ok else "fail"
        rows.append(row)

    if only and os.path.exists(args.out):
        with open(args.out, encoding="utf-8") as f:
            old = json.load(f)["rows"]
        rows = [r for r in old if r["idea"] not in only] + rows
    summary, tot_n, tot_p = summarize(rows, args.set, args.cmd)
    out = {"set": args.set, "cmd": args.cmd, "total": tot_n, "passed": tot_p,
           "rate": round(tot_p / max(1, tot_n), 3), "ideas": summary, "rows": rows}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
