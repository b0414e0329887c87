#!/usr/bin/env python3
"""How much a form-only edit moves the score: per kind of edit, the largest change over the dev reports.

    python benchmarks/invariance.py [--only NAME ...] [-v]

The edits (tests/edits.py) keep every word and change the form: heading numbering styles, line wrapping,
file formats (.docx with and without Word numbering, .pdf, .html), page chrome, blank lines, punctuation
width, traditional characters, the issuer's name, figures, the order of the top-level parts. For each edit
it prints the largest |score change| over the five reports of ../shared/corpus/dev, how many reports it
applies to, and how many of them lost or moved a required part (present, form, causes, year, and the line
the part starts on, mapped through the edit where the edit moves lines). -v prints every report.
The target (issue 12): every edit within 0.5 points, no part lost or moved.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import edits  # noqa: E402
import make_fixtures as mf  # noqa: E402

SECTIONS = ("measures", "first_responsible", "shortcomings", "next_year")


def part_changes(before: dict, after: dict, variant: edits.Variant) -> list[str]:
    """What a reader would call a different verdict on the required parts."""
    out = []
    for sid in SECTIONS:
        a, b = before["sections"][sid], after["sections"][sid]
        for key in ("present", "form", "embedding", "causes", "year"):
            if a.get(key) != b.get(key):
                out.append(f"{sid}.{key} {a.get(key)}→{b.get(key)}")
        if variant.lines is not None and a.get("present") and b.get("present"):
            want = variant.first(a.get("line"))
            if want != b.get("line"):
                out.append(f"{sid}.line {a.get('line')}→{b.get('line')} (want {want})")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    from scorer.scoring.pipeline import score_path

    reports = mf.dev_reports()
    if not reports:
        print("no dev reports in ../shared/corpus/dev", file=sys.stderr)
        return 2
    font = mf.find_cjk_font()
    catalogue = [e for e in edits.catalogue(font) if not args.only or e.name in args.only]
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        base = {}
        for r in reports:
            p = tmp / f"{r.name}.txt"
            p.write_text(r.text, encoding="utf-8")
            base[r.name] = score_path(str(p))
        print(f"{'edit':<26} {'kind':<10} {'max |Δ|':>8} {'reports':>7} {'parts changed':>13}")
        worst_all = 0.0
        for e in catalogue:
            worst, applied, changed, notes = 0.0, 0, 0, []
            for r in reports:
                v = e.make(r)
                if v is None:
                    continue
                applied += 1
                p = tmp / f"{r.name}-{e.name}{v.suffix}"
                p.write_bytes(v.data)
                card = score_path(str(p))
                delta = card["score"] - base[r.name]["score"]
                diff = part_changes(base[r.name], card, v)
                worst = max(worst, abs(delta))
                changed += bool(diff)
                checks = {c["id"]: c["points"] for c in card["checks"]}
                moved = [f"{c['id']} {c['points']}→{checks.get(c['id'])}" for c in base[r.name]["checks"]
                         if checks.get(c["id"]) != c["points"]]
                notes.append(f"    {r.name}: {base[r.name]['score']:.1f} → {card['score']:.1f} ({delta:+.2f}) "
                             f"{'; '.join(diff + moved)}")
            worst_all = max(worst_all, worst)
            print(f"{e.name:<26} {e.kind:<10} {worst:>8.2f} {applied:>7} {changed:>13}")
            if args.v:
                print("\n".join(notes))
        print(f"{'all edits':<26} {'':<10} {worst_all:>8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
