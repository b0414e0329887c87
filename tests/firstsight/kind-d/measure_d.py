#!/usr/bin/env python3
"""Measure kind set d once with a CLI:

    python3 tests/firstsight/kind-d/measure_d.py --cmd /work/frozen21/bin/fzscore --set tune|held

Each case of the part in split-d.json is rebuilt with kind_edits_d (its sha256 must match the stored one),
written to a temporary NAME.txt and scored with `CMD PATH --format json`; each source document is scored
unedited too (the base).  One row per case:

- keep (a real report made unusual): passes when document.is_report is true;
- like (a look-alike): passes when document.is_report is false, or true with a non-empty document.review_notes
  (recorded separately as `refused` and `flagged`).

A run that prints no JSON fails its row.  Writes results-d-SET.json and table-d-SET.txt (the held table has
totals only).  At most 2 processes."""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import shlex
import subprocess
import sys
import tempfile
from collections import OrderedDict
from concurrent.futures import ProcessPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import kind_edits_d as K  # noqa: E402


def score(cmd, text, name):
    with tempfile.TemporaryDirectory() as td:
        path = os.path.join(td, name + ".txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        r = subprocess.run(shlex.split(cmd) + [path, "--format", "json"], capture_output=True, text=True, timeout=300)
    try:
        d = json.loads(r.stdout)
    except Exception:
        return {"error": (r.stderr or r.stdout)[-300:], "rc": r.returncode}
    doc = d.get("document") or {}
    return {"is_report": doc.get("is_report"), "not_report_reason": doc.get("not_report_reason"),
            "review_notes": doc.get("review_notes"), "report_probability": doc.get("report_probability"),
            "title": doc.get("title"), "issuer": doc.get("issuer"), "level": doc.get("level"),
            "report_year": doc.get("report_year"), "score": d.get("score"), "rc": r.returncode}


def job(a):
    cmd, key, text, name = a
    return key, score(cmd, text, name)


def verdict(family, got):
    if "error" in got:
        return False, "error"
    if family == "keep":
        return got["is_report"] is True, ("report" if got["is_report"] else "refused")
    if got["is_report"] is False:
        return True, "refused"
    if got.get("review_notes"):
        return True, "flagged"
    return False, "passed_unflagged"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--set", choices=("tune", "held"), required=True)
    ap.add_argument("--out", default=None)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    split = json.load(open(os.environ.get("KIND_D_SPLIT") or os.path.join(HERE, "split-d.json"), encoding="utf-8"))
    cases = [c for c in split["cases"] if c["part"] == a.set]
    docs = K.load_docs()
    tasks = []
    for rel in sorted({c["doc"] for c in cases}):
        tasks.append((a.cmd, ("base", rel), docs[rel]["text"], docs[rel]["name"]))
    for c in cases:
        text = K.edited_text(c, docs)
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != c["sha256"]:
            sys.exit(f"case {c['case']} no longer builds its stored text")
        tasks.append((a.cmd, ("case", c["case"]), text, docs[c["doc"]]["name"]))
    res = {}
    with ProcessPoolExecutor(min(a.workers, 2)) as ex:
        for key, out in ex.map(job, tasks, chunksize=2):
            res[key] = out
    rows = []
    for c in cases:
        got, base = res[("case", c["case"])], res[("base", c["doc"])]
        ok, outcome = verdict(c["family"], got)
        rows.append({"case": c["case"], "kind": c["kind"], "family": c["family"], "doc": c["doc"], "pass": ok,
                     "outcome": outcome, "got": got, "base_is_report": base.get("is_report"),
                     "base_review_notes": base.get("review_notes")})
    per = OrderedDict((k, [r for r in rows if r["kind"] == k]) for k in K.KINDS)
    lines = [f"kind set d, part {a.set}: {len(rows)} cases, cmd={a.cmd}",
             f"{'kind':24s} {'rows':>4s} {'pass':>4s} {'fail':>4s}  outcomes; failing cases (doc: what fzscore said)"]
    summ = OrderedDict()
    for k, rs in per.items():
        if not rs:
            continue
        p = sum(r["pass"] for r in rs)
        oc = OrderedDict()
        for r in rs:
            oc[r["outcome"]] = oc.get(r["outcome"], 0) + 1
        fails = [r for r in rs if not r["pass"]]
        ex = "; ".join(f"{r['case'].split('@')[1]}: is_report={r['got'].get('is_report')}"
                       f" reason={(r['got'].get('not_report_reason') or '')[:50]}" for r in fails[:3])
        summ[k] = {"rows": len(rs), "pass": p, "fail": len(rs) - p, "outcomes": oc}
        lines.append(f"{k:24s} {len(rs):4d} {p:4d} {len(rs) - p:4d}  {dict(oc)}; {ex}")
    tot = {}
    for fam in ("keep", "like"):
        rs = [r for r in rows if r["family"] == fam]
        tot[fam] = {"rows": len(rs), "pass": sum(r["pass"] for r in rs),
                    "refused": sum(r["outcome"] == "refused" for r in rs),
                    "flagged": sum(r["outcome"] == "flagged" for r in rs),
                    "passed_unflagged": sum(r["outcome"] == "passed_unflagged" for r in rs),
                    "error": sum(r["outcome"] == "error" for r in rs)}
    tp = sum(r["pass"] for r in rows)
    totals = [f"{'TOTAL':24s} {len(rows):4d} {tp:4d} {len(rows) - tp:4d}",
              f"real reports (keep): {tot['keep']['rows']} rows, {tot['keep']['pass']} kept as reports, "
              f"{tot['keep']['refused']} refused, {tot['keep']['error']} errors",
              f"look-alikes (like): {tot['like']['rows']} rows, {tot['like']['refused']} refused, "
              f"{tot['like']['flagged']} flagged (is_report true + review note), "
              f"{tot['like']['passed_unflagged']} passed unflagged, {tot['like']['error']} errors"]
    lines += totals
    if a.set == "held":
        lines = lines[:1] + totals  # held part: totals only
    print("\n".join(lines))
    name = a.out or f"results-d-{a.set}.json"
    payload = {"set": a.set, "cmd": a.cmd, "seed": split["seed"], "n_cases": len(rows), "passed": tp, "totals": tot}
    if a.set == "tune":
        payload.update({"summary": summ, "results": rows,
                        "base": {rel: res[("base", rel)] for rel in sorted({c["doc"] for c in cases})}})
    else:  # held: per-row outcomes kept for later comparisons; reported as totals only
        payload.update({"results": rows})
    json.dump(payload, open(os.path.join(HERE, name), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    open(os.path.join(HERE, name.replace("results-", "table-").replace(".json", ".txt")), "w",
         encoding="utf-8").write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
