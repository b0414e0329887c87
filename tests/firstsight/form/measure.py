#!/usr/bin/env python3
"""Measure how fzscore handles form-only edits of real reports.

python measure.py --cmd "/work/baseline/.venv/bin/fzscore" --set tune|held --out results-tune.json
python measure.py --edits g --cmd /work/frozen4/bin/fzscore --set tune|held   (set g: form_edits_g*.py)
python measure.py --edits h --cmd /work/frozen5/bin/fzscore --set tune|held   (set h: form_edits_h*.py)
python measure.py --edits i --cmd /work/frozen6/bin/fzscore --set tune|held   (set i: form_edits_i*.py)
python measure.py --edits j --cmd /work/frozen8/bin/fzscore --set tune|held   (set j: form_edits_j*.py)
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ProcessPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from form_edits import words_kept  # noqa: E402

CORPUS = "/work/shared/corpus"
REQUIRED = ("measures", "first_responsible", "shortcomings", "next_year")
LEAK_RE = re.compile(r"\*\*|#|__|【|】|<|>|▍|▶|…{2}|\.{3}|\u200b|\ufeff|^- \d+ -")
TOL = 0.5


def load_docs() -> list[tuple[str, str]]:
    docs = []
    for p in sorted(glob.glob(f"{CORPUS}/dev/seed-*.txt")) + sorted(glob.glob(f"{CORPUS}/pages/*.txt")):
        lab = p[:-4] + ".labels.yaml"
        if not os.path.exists(lab):
            continue
        if not re.search(r"^kind:\s*report\s*$", open(lab, encoding="utf-8").read(), re.M):
            continue
        docs.append((os.path.basename(p)[:-4], open(p, encoding="utf-8").read()))
    return docs


def edits_module(which: str, edits: str = ""):
    suffix = f"_{edits}" if edits else ""
    return __import__(f"form_edits{suffix}" if which == "tune" else f"form_edits{suffix}_held")


def load_edits(which: str, edits: str = ""):
    mod = edits_module(which, edits)
    return mod.EDITS, mod.WORDS_EXEMPT


def run(cmd: str, text: str, tmpdir: str, name: str) -> dict:
    path = os.path.join(tmpdir, name + ".txt")
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    r = subprocess.run(shlex.split(cmd) + [path, "--format", "json"], capture_output=True, text=True, timeout=120)
    try:
        d = json.loads(r.stdout)
    except Exception:
        return {"error": (r.stderr or r.stdout)[-400:], "score": None, "sections": {}, "checks": {}, "document": {}}
    secs = {}
    for k in REQUIRED:
        s = (d.get("sections") or {}).get(k) or {}
        secs[k] = {"present": bool(s.get("present")), "heading": s.get("heading"), "form": s.get("form"), "line": s.get("line")}
    checks = {c["id"]: c.get("points") for c in d.get("checks", [])}
    doc = d.get("document") or {}
    return {
        "score": d.get("score"),
        "sections": secs,
        "checks": checks,
        "document": {k: doc.get(k) for k in ("title", "issuer", "report_year", "is_report")},
    }


def norm(h):
    return "".join(ch for ch in (h or "") if ch.isalnum() and ch not in "一二三四五六七八九十ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ①②③④⑤⑥⑦⑧⑨⑩")


def job(args):
    cmd, which, doc, text, kind, edset = args
    edits, _ = load_edits(which, edset)
    with tempfile.TemporaryDirectory() as td:
        if kind is None:
            return doc, None, run(cmd, text, td, doc)
        edited = edits[kind](text)
        if edited is None or edited == text:
            return doc, kind, None
        res = run(cmd, edited, td, doc)
        res["edited_text"] = edited
        return doc, kind, res


def compare(base: dict, ed: dict, kind: str, orig_text: str, exempt: set, mod=None) -> dict:
    # a set may bring its own words check, extra leak characters and heading normaliser
    leak_re = re.compile(LEAK_RE.pattern + "|" + mod.EXTRA_LEAK) if getattr(mod, "EXTRA_LEAK", None) else LEAK_RE
    kept = getattr(mod, "words_kept", words_kept)
    hnorm = getattr(mod, "heading_norm", norm)
    out = {"before": base["score"], "after": ed.get("score")}
    if ed.get("score") is None or base["score"] is None:
        out.update(delta=None, held=False, error=ed.get("error"))
        return out
    delta = round(ed["score"] - base["score"], 2)
    sec_changes, leaks, moved = {}, {}, {}
    for k in REQUIRED:
        b, a = base["sections"][k], ed["sections"][k]
        if b["present"] != a["present"]:
            sec_changes[k] = [b["present"], a["present"]]
        if a["present"] and a["heading"]:
            new = Counter(leak_re.findall(a["heading"])) - Counter(leak_re.findall(b["heading"] or ""))
            if new:
                leaks[k] = a["heading"]
        if b["present"] and a["present"] and hnorm(b["heading"]) != hnorm(a["heading"]):
            moved[k] = [b["heading"], a["heading"]]
    checks = {c: [base["checks"].get(c), ed["checks"].get(c)] for c in set(base["checks"]) | set(ed["checks"])
              if base["checks"].get(c) != ed["checks"].get(c)}
    docchg = {k: [base["document"][k], ed["document"][k]] for k in base["document"] if base["document"][k] != ed["document"][k]}
    wk = kept(orig_text, ed["edited_text"])
    if kind not in exempt:
        assert wk, f"edit {kind} lost or added words"
    held = abs(delta) <= TOL and not sec_changes and not leaks
    out.update(delta=delta, held=held, section_changes=sec_changes, leaks=leaks, heading_moved=moved,
               checks_changed=checks, document_changed=docchg, words_kept=wk)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cmd", default="/work/baseline/.venv/bin/fzscore")
    ap.add_argument("--set", choices=("tune", "held"), default="tune")
    ap.add_argument("--out", default=None)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--only", default=None, help="comma list of kinds")
    ap.add_argument("--edits", default="", help="which form set: '' (form_edits*.py), g (form_edits_g*.py), h (form_edits_h*.py), i (form_edits_i*.py) or j (form_edits_j*.py)")
    a = ap.parse_args()
    out = a.out or (f"results-{a.edits}-{a.set}.json" if a.edits else f"results-{a.set}.json")
    mod = edits_module(a.set, a.edits)
    edits, exempt = load_edits(a.set, a.edits)
    kinds = [k for k in edits if not a.only or k in a.only.split(",")]
    docs = load_docs()
    texts = dict(docs)
    tasks = [(a.cmd, a.set, d, t, None, a.edits) for d, t in docs] + [(a.cmd, a.set, d, t, k, a.edits) for d, t in docs for k in kinds]
    base, edited = {}, {}
    with ProcessPoolExecutor(a.workers) as ex:
        for doc, kind, res in ex.map(job, tasks, chunksize=4):
            if kind is None:
                base[doc] = res
            elif res is not None:
                edited[(doc, kind)] = res
    results = {k: {} for k in kinds}
    for (doc, kind), res in edited.items():
        results[kind][doc] = compare(base[doc], res, kind, texts[doc], exempt, mod)

    summary, tot_n, tot_h = {}, 0, 0
    print(f"set={a.edits + ':' if a.edits else ''}{a.set} docs={len(docs)} cmd={a.cmd}")
    print(f"{'kind':28s} {'applied':>7s} {'held':>5s} {'rate':>6s} {'max|Δ|':>7s}  worst")
    for k in kinds:
        rs = results[k]
        n = len(rs)
        h = sum(1 for r in rs.values() if r["held"])
        deltas = [abs(r["delta"]) for r in rs.values() if r["delta"] is not None]
        mx = max(deltas) if deltas else 0.0
        fails = sorted(((d, r) for d, r in rs.items() if not r["held"]), key=lambda x: -(abs(x[1]["delta"]) if x[1]["delta"] is not None else 999))
        worst = []
        for d, r in fails[:4]:
            tag = f"{d} Δ{r['delta']:+}" if r["delta"] is not None else f"{d} ERR"
            if r.get("section_changes"):
                tag += " lost:" + ",".join(f"{s}{'+' if v[1] else '-'}" for s, v in r["section_changes"].items())
            if r.get("leaks"):
                tag += " leak:" + ",".join(r["leaks"])
            worst.append(tag)
        summary[k] = {"applied": n, "held": h, "rate": round(h / n, 3) if n else None, "max_abs_delta": mx,
                      "sections_changed": sum(1 for r in rs.values() if r.get("section_changes")),
                      "leaks": sum(1 for r in rs.values() if r.get("leaks")),
                      "heading_moved": sum(1 for r in rs.values() if r.get("heading_moved")),
                      "words_kept": sum(1 for r in rs.values() if r.get("words_kept")),
                      "worst": worst}
        tot_n += n
        tot_h += h
        rate = f"{h / n:.0%}" if n else "-"
        print(f"{k:28s} {n:7d} {h:5d} {rate:>6s} {mx:7.2f}  {'; '.join(worst)}")
    print(f"{'TOTAL':28s} {tot_n:7d} {tot_h:5d} {tot_h / max(tot_n, 1):6.0%}")
    json.dump({"set": a.set, "edits": a.edits, "cmd": a.cmd, "docs": len(docs), "total_applied": tot_n, "total_held": tot_h,
               "summary": summary, "results": results,
               "base": {d: {"score": b["score"], "sections": b["sections"]} for d, b in base.items()}},
              open(os.path.join(HERE, out) if not os.path.isabs(out) else out, "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
