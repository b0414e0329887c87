#!/usr/bin/env python3
"""Measure metadata set n once with a CLI:

    python3 tests/firstsight/metadata-n/measure_n.py --cmd /work/frozen48/bin/fzscore --set tune|held

For every case of the part in split-n.json the edited text is rebuilt with meta_edits_n (and must give
the stored expectations), written to a temporary NAME.txt and scored with `CMD PATH --format json`;
each source document is scored unedited too (the base).  One row per (case, field):

- issuer: the label rule of /work/shared/tools/eval_corpus.py (same_issuer: equal, or differing by the
  places above or 人民政府 after; a list gives every acceptable name);
- title: None wants no title; otherwise equal once width and punctuation are folded, or eval_corpus's rule;
- level, report_year, publish_date, on_time: equal;
- check:ID with "!pass": that check's status is anything but pass.

A row also records the base's value of the field and whether the base already agreed with the
document's label for it (`base_label_ok`, fields the label has), so that a failure the edit did not
cause can be told apart.  Writes results-n-SET.json and table-n-SET.txt.  At most 2 processes."""
from __future__ import annotations

import argparse
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
import meta_edits_n as M  # noqa: E402

_spec = importlib.util.spec_from_file_location("eval_corpus", "/work/shared/tools/eval_corpus.py")
EV = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(EV)

FIELDS = ("title", "issuer", "level", "report_year", "publish_date", "on_time")  # + is_report (every case)


def score(cmd, text, name):
    with tempfile.TemporaryDirectory() as td:
        path = os.path.join(td, name + ".txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        r = subprocess.run(shlex.split(cmd) + [path, "--format", "json"], capture_output=True, text=True, timeout=180)
    try:
        d = json.loads(r.stdout)
    except Exception:
        return {"error": (r.stderr or r.stdout)[-300:]}
    doc = d.get("document") or {}
    out = {k: doc.get(k) for k in FIELDS}
    out["is_report"] = doc.get("is_report")
    out["checks"] = {c["id"]: c.get("status") for c in d.get("checks", [])}
    out["score"] = d.get("score")
    return out


def job(a):
    cmd, key, text, name = a
    return key, score(cmd, text, name)


def agrees(field, want, got_doc):
    if "error" in got_doc:
        return False
    if field.startswith("check:"):
        st = got_doc["checks"].get(field[len("check:"):])
        return st != "pass" if want == "!pass" else st == want
    got = got_doc.get(field)
    if field == "issuer":
        return EV.same_issuer(want, got)
    if field == "title":
        if want is None:
            return not got
        if isinstance(want, list):
            return any(agrees("title", w, got_doc) for w in want)
        return bool(got) and (M.norm(want) == M.norm(got) or EV.same_issuer(want, got))
    return got == want


def label_value(d, field):
    L = d["labels"]
    if field == "issuer":
        return d["issuers"]
    if field == "title":
        return d["titles"] or None
    if field == "publish_date":
        return d["pub"]
    if field == "is_report":
        return L.get("kind") == "report"
    if field == "on_time":
        return M.on_time(d["pub"], d["year"]) if d["pub"] else None
    return L.get(field)


def base_ok(field, d, base):
    if field.startswith("check:") or "error" in base:
        return None
    want = label_value(d, field)
    if field == "title":
        if not want:
            return not base.get("title")
        return any(agrees("title", w, base) for w in want)
    if want is None and field in ("on_time", "publish_date"):
        return base.get(field) is None
    return agrees(field, want, base)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--set", choices=("tune", "held"), required=True)
    ap.add_argument("--out", default=None)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    split = json.load(open(os.environ.get("META_N_SPLIT") or os.path.join(HERE, "split-n.json"), encoding="utf-8"))
    cases = [c for c in split["cases"] if c["part"] == a.set]
    docs = M.load_docs()
    tasks = []
    for rel in sorted({c["doc"] for c in cases}):
        tasks.append((a.cmd, ("base", rel), docs[rel]["text"], os.path.basename(rel)[:-4]))
    for c in cases:
        text, exp = M.build_one(c["kind"], docs[c["doc"]])
        if json.loads(json.dumps(exp, ensure_ascii=False)) != c["expect"]:
            sys.exit(f"case {c['case']} no longer builds its stored expectations")
        tasks.append((a.cmd, ("case", c["case"]), text, exp.get("_fname") or os.path.basename(c["doc"])[:-4]))
    res = {}
    with ProcessPoolExecutor(min(a.workers, 2)) as ex:
        for key, out in ex.map(job, tasks, chunksize=2):
            res[key] = out
    rows = []
    for c in cases:
        got = res[("case", c["case"])]
        base = res[("base", c["doc"])]
        d = docs[c["doc"]]
        for field, want in c["expect"].items():
            if field.startswith("_"):  # not a field: the temporary file's name (issuer_filename_only)
                continue
            f = field if not field.startswith("check:") else field
            rows.append({"case": c["case"], "kind": c["kind"], "doc": c["doc"], "field": field, "want": want,
                         "got": got.get("checks", {}).get(field[6:]) if field.startswith("check:") else got.get(field),
                         "error": got.get("error"),
                         "pass": agrees(f, want, got),
                         "base": base.get("checks", {}).get(field[6:]) if field.startswith("check:") else base.get(field),
                         "base_label_ok": base_ok(field, d, base)})
    per = OrderedDict()
    for k in M.KINDS:
        rs = [r for r in rows if r["kind"] == k]
        if rs:
            per[k] = rs
    lines = [f"metadata set n, part {a.set}: {len(cases)} cases, {len(rows)} rows, cmd={a.cmd}",
             f"{'kind':32s} {'rows':>4s} {'pass':>4s} {'fail':>4s} {'fail&base_ok':>12s}  failing rows (case field want -> got)"]
    summ = {}
    for k, rs in per.items():
        p = sum(r["pass"] for r in rs)
        fails = [r for r in rs if not r["pass"]]
        fb = sum(1 for r in fails if r["base_label_ok"] is not False)
        ex = "; ".join(f"{r['case'].split('@')[1]} {r['field']} {json.dumps(r['want'], ensure_ascii=False)[:40]} -> "
                       f"{json.dumps(r['got'], ensure_ascii=False)[:40]}" for r in fails[:3])
        summ[k] = {"rows": len(rs), "pass": p, "fail": len(rs) - p, "fail_base_ok": fb}
        lines.append(f"{k:32s} {len(rs):4d} {p:4d} {len(rs) - p:4d} {fb:12d}  {ex}")
    tp = sum(r["pass"] for r in rows)
    byfield = OrderedDict()
    for r in rows:
        byfield.setdefault(r["field"], [0, 0])
        byfield[r["field"]][0] += r["pass"]
        byfield[r["field"]][1] += 1
    lines.append(f"{'TOTAL':32s} {len(rows):4d} {tp:4d} {len(rows) - tp:4d}")
    lines.append("by field: " + ", ".join(f"{f} {v[0]}/{v[1]}" for f, v in byfield.items()))
    if a.set == "held":
        lines = lines[:1] + [lines[-2], lines[-1]]  # held part: totals only
    print("\n".join(lines))
    name = a.out or f"results-n-{a.set}.json"
    payload = {"set": a.set, "cmd": a.cmd, "seed": split["seed"], "n_cases": len(cases), "rows": len(rows),
               "passed": tp, "by_field": byfield}
    if a.set == "tune":
        payload.update({"summary": summ, "results": rows,
                        "base": {rel: res[("base", rel)] for rel in sorted({c["doc"] for c in cases})}})
    else:  # held: keep the per-row outcomes for later comparisons, but report only totals
        payload.update({"results": rows})
    json.dump(payload, open(os.path.join(HERE, name), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    open(os.path.join(HERE, name.replace("results-", "table-").replace(".json", ".txt")), "w",
         encoding="utf-8").write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
