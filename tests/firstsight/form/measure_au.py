#!/usr/bin/env python3
"""Measure form set au once (a copy of measure_at.py, itself a copy of measure_ar.py, itself a copy of measure_aq.py, itself a copy of measure_ap.py, itself a copy of measure_ao.py, itself a copy of measure_an.py, then measure_am.py, itself a copy of measure_ak.py; the pass criterion widened to the brief's ±2) with a CLI (run with a venv that has python-docx, fpdf2, pypdf, lxml):
    .venv/bin/python tests/firstsight/form/measure_au.py --cmd /work/frozen48/bin/fzscore --set tune|held

A copy of set ai's measure_ai.py (batch fixed to al), then measure_al.py (batch am), itself a copy of set ah's measure_ah.py, itself a copy of set ag's measure_ag.py, itself a copy of set af's measure_af.py, itself a copy of set ae's measure_ae.py, itself a copy of set ad's measure_ad.py, itself a copy of set ac's measure_ac.py, itself a copy of set ab's measure_ab.py, itself a copy of set aa's measure_aa.py, itself a copy of set z's measure_z.py, itself a copy of set y's measure_y.py, itself a copy of measure_x.py, itself a copy of measure_v.py, itself a copy of measure_t.py, itself a copy of measure_r.py, itself a copy of measure_q/p/o/n.py: measure.py's REQUIRED parts and compare() imported unchanged, on this set's
documents (split-au.json: the 5 complete dev reports and 3 labelled report pages), each edited file written as the edit
made it -- the bytes of a .docx / .html / .mht / .pdf under that suffix (the CLI decides the format
by content), a plain-text kind as UTF-8 .txt; the words check reads a file kind through the text a
reader of the file sees (form_edits_r_kinds / form_edits_o_kinds Payload.text).  The document's metadata read here adds
`level` to measure.py's title / issuer / report_year / is_report.

A case is `held` by measure.py's criterion (|Δscore| ≤ 0.5, no required part's presence changed, no
new markup in a reported part heading); it **passes** (this set's criterion, the brief's: score,
parts and metadata must not move) when it is held, no part's reported heading moved (heading_norm)
and no metadata field changed.  This set also counts the brief's looser criterion, `within2`: the
total within 2 points of the plain original and no required part's presence changed.  Writes results-as-SET.json and table-as-SET.txt (or --out NAME)."""
from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
import measure  # noqa: E402
from form_edits_o_kinds import Payload, as_text  # noqa: E402

DOC_FIELDS = ("title", "issuer", "report_year", "level", "is_report")


BATCH = "au"


def module(part: str):
    return __import__(f"form_edits_{BATCH}" if part == "tune" else f"form_edits_{BATCH}_held")


def run(cmd: str, data: bytes, tmpdir: str, name: str, suffix: str = ".txt") -> dict:
    path = os.path.join(tmpdir, name + suffix)
    with open(path, "wb") as f:
        f.write(data)
    r = subprocess.run(shlex.split(cmd) + [path, "--format", "json"], capture_output=True, text=True, timeout=120)
    try:
        d = json.loads(r.stdout)
    except Exception:
        return {"error": (r.stderr or r.stdout)[-400:], "score": None, "sections": {}, "checks": {}, "document": {}}
    secs = {}
    for k in measure.REQUIRED:
        s = (d.get("sections") or {}).get(k) or {}
        secs[k] = {"present": bool(s.get("present")), "heading": s.get("heading"), "form": s.get("form"), "line": s.get("line")}
    doc = d.get("document") or {}
    return {"score": d.get("score"), "sections": secs,
            "checks": {c["id"]: c.get("points") for c in d.get("checks", [])},
            "document": {k: doc.get(k) for k in DOC_FIELDS}}


def job(args):
    cmd, part, rel, kind = args
    text = open(os.path.join(ROOT, rel), encoding="utf-8").read()
    name = os.path.basename(rel)[:-4]
    with tempfile.TemporaryDirectory() as td:
        if kind is None:
            return rel, None, run(cmd, text.encode("utf-8"), td, name)
        ed = module(part).EDITS[kind](text)
        if ed is None:
            return rel, kind, None
        data = bytes(ed) if isinstance(ed, Payload) else ed.encode("utf-8")
        res = run(cmd, data, td, name, ed.suffix if isinstance(ed, Payload) else ".txt")
        res["edited_text"] = as_text(ed)
        return rel, kind, res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", required=True)
    ap.add_argument("--set", choices=("tune", "held"), required=True)
    ap.add_argument("--out", default=None)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    mod = module(a.set)
    split = json.load(open(os.path.join(HERE, f"split-{BATCH}.json"), encoding="utf-8"))
    docs = split["docs"]
    kinds = list(mod.EDITS)
    tasks = [(a.cmd, a.set, d, None) for d in docs] + [(a.cmd, a.set, d, k) for d in docs for k in kinds]
    base, edited = {}, {}
    with ProcessPoolExecutor(min(a.workers, 2)) as ex:
        for rel, kind, res in ex.map(job, tasks, chunksize=4):
            if kind is None:
                base[rel] = res
            elif res is not None:
                edited[(rel, kind)] = res
    texts = {d: open(os.path.join(ROOT, d), encoding="utf-8").read() for d in docs}
    results = {k: {} for k in kinds}
    for (rel, kind), res in sorted(edited.items()):
        r = measure.compare(base[rel], res, kind, texts[rel], mod.WORDS_EXEMPT, mod)
        # set au's criterion (as at) (as am) (the brief's tolerance): |Δscore| <= 2, no required part's presence changed,
        # no new markup in a reported heading, no heading moved, no metadata field changed
        r["passed"] = bool(r["delta"] is not None and abs(r["delta"]) <= 2 and not r.get("section_changes")
                           and not r.get("leaks") and not r.get("heading_moved") and not r.get("document_changed"))
        results[kind][rel] = r
    out_lines = [f"set={BATCH}:{a.set} docs={len(docs)} cmd={a.cmd}",
                 f"{'kind':26s} {'applied':>7s} {'held':>5s} {'pass':>5s} {'rate':>5s} {'max|Δ|':>7s} {'moved':>5s} "
                 f"{'pres':>4s} {'leak':>4s} {'meta':>4s} {'w2':>3s}  worst"]
    summary, tn, th, tp, tw2 = {}, 0, 0, 0, 0
    for k in kinds:
        rs = results[k]
        n = len(rs)
        h = sum(r["held"] for r in rs.values())
        p = sum(r["passed"] for r in rs.values())
        ds = [abs(r["delta"]) for r in rs.values() if r["delta"] is not None]
        mx = max(ds) if ds else 0.0
        cnt = {f: sum(1 for r in rs.values() if r.get(f)) for f in ("heading_moved", "section_changes", "leaks", "document_changed")}
        errs = sum(1 for r in rs.values() if r["delta"] is None)
        w2 = sum(1 for r in rs.values() if r["delta"] is not None and abs(r["delta"]) <= 2 and not r.get("section_changes"))
        tw2 += w2
        fails = sorted(((d, r) for d, r in rs.items() if not r["passed"]),
                       key=lambda x: -(abs(x[1]["delta"]) if x[1]["delta"] is not None else 999))
        worst = []
        for d, r in fails[:3]:
            tag = f"{os.path.basename(d)[:-4]} " + (f"Δ{r['delta']:+}" if r["delta"] is not None else "ERR")
            if r.get("section_changes"):
                tag += " pres:" + ",".join(f"{s}{'+' if v[1] else '-'}" for s, v in r["section_changes"].items())
            if r.get("document_changed"):
                tag += " meta:" + ",".join(r["document_changed"])
            if r.get("heading_moved"):
                tag += " moved:" + ",".join(r["heading_moved"])
            if r.get("leaks"):
                tag += " leak:" + ",".join(r["leaks"])
            worst.append(tag)
        summary[k] = {"applied": n, "held": h, "passed": p, "errors": errs, "max_abs_delta": mx, "within2": w2, **cnt,
                      "words_kept": sum(1 for r in rs.values() if r.get("words_kept")), "worst": worst}
        tn, th, tp = tn + n, th + h, tp + p
        out_lines.append(f"{k:26s} {n:7d} {h:5d} {p:5d} {p / max(n, 1):5.0%} {mx:7.2f} {cnt['heading_moved']:5d} "
                         f"{cnt['section_changes']:4d} {cnt['leaks']:4d} {cnt['document_changed']:4d} {w2:3d}  {'; '.join(worst)}")
    out_lines.append(f"{'TOTAL':26s} {tn:7d} {th:5d} {tp:5d} {tp / max(tn, 1):5.0%}  within2 {tw2}")
    print("\n".join(out_lines))
    name = a.out or f"results-{BATCH}-{a.set}.json"
    for r in (x for rs in results.values() for x in rs.values()):
        r.pop("edited_text", None)
    json.dump({"set": a.set, "edits": BATCH, "cmd": a.cmd, "docs": docs, "total_applied": tn, "total_held": th,
               "total_passed": tp, "total_within2": tw2, "summary": summary, "results": results,
               "base": {d: {"score": b["score"], "sections": b["sections"], "document": b["document"]} for d, b in base.items()}},
              open(os.path.join(HERE, name), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    open(os.path.join(HERE, name.replace("results-", "table-").replace(".json", ".txt")), "w", encoding="utf-8").write(
        "\n".join(out_lines) + "\n")


if __name__ == "__main__":
    main()
