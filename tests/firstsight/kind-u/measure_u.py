#!/usr/bin/env python3
"""Measure kind set u once with a CLI:

    python3 tests/firstsight/kind-u/measure_u.py --cmd /work/frozen48/bin/fzscore --set tune|held

Each case of the part in split-u.json is rebuilt with kind_edits_u (its sha256 must match the stored one),
written to a temporary NAME.EXT (txt, docx, pdf, html, mht: bytes as built) and scored with `CMD PATH --format json`; each source document is scored
unedited too (the base).  Rows:

- keep (a real report made unusual): `is_report` (true), `title` (eval_corpus.norm of the read title equal to
  one of the case's acceptable titles), `issuer` (eval_corpus's same_issuer against the case's
  list of acceptable names), and `level`, `report_year`, `publish_date` where the case's expectation has them
  (equal, or one of a list), and `flag` where the expectation has "flag": true (passes when review_notes is
  non-empty: a report kept but noted);
- like (a look-alike): one row `kind`, passing when is_report is false (`refused`) or true with a non-empty
  review_notes or needs_review true (`flagged`), else `passed_unflagged`.

A run that prints no JSON fails its rows.  Writes results-u-SET.json and table-u-SET.txt (the held table has
totals only).  At most 2 processes."""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
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
import kind_edits_u as K  # noqa: E402

OUTD = os.environ.get("KIND_U_OUT") or HERE  # env: dry runs only

_spec = importlib.util.spec_from_file_location("eval_corpus", "/work/shared/tools/eval_corpus.py")
EV = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(EV)


def score(cmd, data, name, ext="txt"):
    """Score one file: `data` is bytes (an edited case, written as NAME.EXT) or str (a base text, UTF-8 NAME.txt)."""
    with tempfile.TemporaryDirectory() as td:
        path = os.path.join(td, name + "." + ext)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        r = subprocess.run(shlex.split(cmd) + [path, "--format", "json"], capture_output=True, text=True, timeout=300)
    try:
        d = json.loads(r.stdout)
    except Exception:
        return {"error": (r.stderr or r.stdout)[-300:], "rc": r.returncode}
    doc = d.get("document") or {}
    return {"is_report": doc.get("is_report"), "not_report_reason": doc.get("not_report_reason"),
            "review_notes": doc.get("review_notes"), "report_probability": doc.get("report_probability"),
            "title": doc.get("title"), "issuer": doc.get("issuer"), "level": doc.get("level"),
            "report_year": doc.get("report_year"), "publish_date": doc.get("publish_date"), "on_time": doc.get("on_time"),
            "score": d.get("score"), "needs_review": d.get("needs_review"), "off_topic": d.get("off_topic"),
            "rc": r.returncode}


def job(a):
    cmd, key, data, name, ext = a
    return key, score(cmd, data, name, ext)


def rows_of(c, got):
    if "error" in got:
        fields = (("is_report", "issuer") + tuple(f for f in ("title", "level", "report_year", "publish_date", "flag")
                                                  if f in c["expect"])
                  if c["family"] == "keep" else ("kind",))
        return [(f, False, "error") for f in fields]
    if c["family"] == "like":
        if got["is_report"] is False:
            return [("kind", True, "refused")]
        if got.get("review_notes") or got.get("needs_review") is True:
            return [("kind", True, "flagged")]
        return [("kind", False, "passed_unflagged")]
    e = c["expect"]
    def one(want, v):
        return v in want if isinstance(want, list) else v == want
    out = [("is_report", got["is_report"] is True, "report" if got["is_report"] else "refused"),
           ("issuer", EV.same_issuer(e["issuer"], got["issuer"]), f"issuer={got['issuer']}")]
    if "title" in e:
        want = {EV.norm(t) for t in e["title"]}
        out.append(("title", EV.norm(got.get("title")) in want, f"title={got.get('title')}"))
    for f in ("level", "report_year", "publish_date"):
        if f in e:
            out.append((f, one(e[f], got.get(f)), f"{f}={got.get(f)}"))
    if e.get("flag"):
        notes = got.get("review_notes")
        out.append(("flag", bool(notes), f"review_notes={notes}"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--set", choices=("tune", "held"), required=True)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    split = json.load(open(os.environ.get("KIND_U_SPLIT") or os.path.join(HERE, "split-u.json"), encoding="utf-8"))
    cases = [c for c in split["cases"] if c["part"] == a.set]
    docs = K.load_docs()
    tasks = []
    for rel in sorted({c["doc"] for c in cases}):
        tasks.append((a.cmd, ("base", rel), docs[rel]["text"], docs[rel]["name"], "txt"))
    for c in cases:
        data, ext = K.edited_file(c, docs)
        if hashlib.sha256(data).hexdigest() != c["sha256"]:
            sys.exit(f"case {c['case']} no longer builds its stored text")
        tasks.append((a.cmd, ("case", c["case"]), data, docs[c["doc"]]["name"], ext))
    res = {}
    with ProcessPoolExecutor(min(a.workers, 2)) as ex:
        for key, out in ex.map(job, tasks, chunksize=2):
            res[key] = out
    rows = []
    for c in cases:
        got, base = res[("case", c["case"])], res[("base", c["doc"])]
        for field, ok, outcome in rows_of(c, got):
            rows.append({"case": c["case"], "kind": c["kind"], "family": c["family"], "doc": c["doc"], "field": field,
                         "pass": ok, "outcome": outcome, "got": got,
                         "base": {k: base.get(k) for k in ("is_report", "issuer", "level", "report_year", "publish_date",
                                                                      "review_notes")}})
    lines = [f"kind set u, part {a.set}: {len(cases)} cases, {len(rows)} rows, cmd={a.cmd}",
             f"{'kind':28s} {'rows':>4s} {'pass':>4s} {'fail':>4s}  failing rows (doc field: what fzscore said)"]
    summ = OrderedDict()
    for k in K.KINDS:
        rs = [r for r in rows if r["kind"] == k]
        if not rs:
            continue
        p = sum(r["pass"] for r in rs)
        fails = [r for r in rs if not r["pass"]]
        ex = "; ".join(f"{r['case'].split('@')[1]} {r['field']}: {r['outcome']}"
                       + (f" notes={r['got'].get('review_notes')}" if r["field"] == "kind" else "") for r in fails[:4])
        summ[k] = {"rows": len(rs), "pass": p, "fail": len(rs) - p}
        lines.append(f"{k:28s} {len(rs):4d} {p:4d} {len(rs) - p:4d}  {ex}")
    keep = [r for r in rows if r["family"] == "keep"]
    like = [r for r in rows if r["family"] == "like"]
    tot = {"keep_cases": len({r["case"] for r in keep}),
           "refused": sum(r["field"] == "is_report" and not r["pass"] for r in keep),
           "meta_rows": sum(r["field"] != "is_report" for r in keep),
           "meta_wrong": {f: sum(r["field"] == f and not r["pass"] for r in keep)
                          for f in ("title", "issuer", "level", "report_year", "publish_date", "flag")},
           "like_cases": len(like),
           "like_refused": sum(r["outcome"] == "refused" for r in like),
           "like_flagged": sum(r["outcome"] == "flagged" for r in like),
           "like_unflagged": sum(r["outcome"] == "passed_unflagged" for r in like),
           "errors": len({r["case"] for r in rows if r["outcome"] == "error"})}
    tp = sum(r["pass"] for r in rows)
    totals = [f"{'TOTAL rows':28s} {len(rows):4d} {tp:4d} {len(rows) - tp:4d}",
              f"real reports (keep): {tot['keep_cases']} cases, {tot['refused']} refused; metadata rows {tot['meta_rows']}, "
              f"wrong: {tot['meta_wrong']}",
              f"look-alikes (like): {tot['like_cases']} cases, {tot['like_refused']} refused, {tot['like_flagged']} flagged, "
              f"{tot['like_unflagged']} passed unflagged; errors {tot['errors']}"]
    lines += totals
    if a.set == "held":
        lines = lines[:1] + totals
    print("\n".join(lines))
    payload = {"set": a.set, "cmd": a.cmd, "seed": split["seed"], "n_cases": len(cases), "n_rows": len(rows),
               "passed": tp, "totals": tot, "results": rows}
    if a.set == "tune":
        payload["summary"] = summ
    json.dump(payload, open(os.path.join(OUTD, f"results-u-{a.set}.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    open(os.path.join(OUTD, f"table-u-{a.set}.txt"), "w", encoding="utf-8").write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
