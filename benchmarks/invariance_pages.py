#!/usr/bin/env python3
"""Held-out check of the form-only edits: the page openings of ../shared/corpus/pages, edited.

    python benchmarks/invariance_pages.py [--only NAME ...] [-v]

The rules were written on the dev reports; here the same edits (tests/edits.py, text edits only) are
applied to the 93 page openings, and for each edit it counts the documents whose reading changed:
is_report, and for each required part present / form / the line it starts on (mapped through the edit).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import edits  # noqa: E402
import make_fixtures as mf  # noqa: E402

SECTIONS = ("measures", "first_responsible", "shortcomings", "next_year")


def reading(card: dict, v: edits.Variant | None) -> dict:
    out = {"is_report": card["document"]["is_report"]}
    for sid in SECTIONS:
        s = card["sections"][sid]
        out[sid] = (s["present"], s["form"], s["line"])
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    from scorer.scoring.pipeline import score_path

    pages = []
    for p in sorted((ROOT / "tests" / "shared" / "corpus" / "pages").glob("*.txt")):
        labels = yaml.safe_load(p.with_suffix(".labels.yaml").read_text(encoding="utf-8")) or {}
        pages.append(mf.Report(p.stem, p.read_text(encoding="utf-8", errors="replace"), labels))
    catalogue = [e for e in edits.catalogue() if e.kind != "format" and (not args.only or e.name in args.only)]
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        base = {}
        for r in pages:
            f = tmp / f"{r.name}.txt"
            f.write_text(r.text, encoding="utf-8")
            base[r.name] = reading(score_path(str(f)), None)
        print(f"{'edit':<26} {'docs':>5} {'changed':>8}")
        for e in catalogue:
            applied, changed, notes = 0, 0, []
            for r in pages:
                v = e.make(r)
                if v is None:
                    continue
                applied += 1
                f = tmp / f"{r.name}-{e.name}.txt"
                f.write_bytes(v.data)
                after = reading(score_path(str(f)), v)
                want = dict(base[r.name])
                for sid in SECTIONS:
                    present, form, line = want[sid]
                    want[sid] = (present, form, v.first(line) if line else None)
                diff = [f"{k}: {want[k]} → {after[k]}" for k in want
                        if want[k] != after[k] and not (k in SECTIONS and _line_ok(want[k], after[k], v, base[r.name][k]))]
                if diff:
                    changed += 1
                    notes.append(f"    {r.name}: " + "; ".join(diff))
            print(f"{e.name:<26} {applied:>5} {changed:>8}")
            if args.v:
                print("\n".join(notes))
    return 0


def _line_ok(want, got, v: edits.Variant, orig) -> bool:
    """Same part, same form, and a line within the lines the original line went to."""
    if want[:2] != got[:2]:
        return False
    if orig[2] is None or got[2] is None:
        return orig[2] == got[2]
    span = v.lines[orig[2] - 1] if v.lines and 0 < orig[2] <= len(v.lines) else None
    return span is not None and span[0] <= got[2] <= span[1]


if __name__ == "__main__":
    sys.exit(main())
