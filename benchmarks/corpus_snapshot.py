"""Score every file of the shared corpus and save what matters of each scorecard, or compare two
such snapshots: the before/after diff that a behaviour-changing commit reports.

    python benchmarks/corpus_snapshot.py save OUT.json [DIR ...]     (default: ../shared/corpus/*)
    python benchmarks/corpus_snapshot.py diff BEFORE.json AFTER.json
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def essence(card: dict) -> dict:
    doc = card["document"]
    return {
        "score": card["score"],
        "grade": card["grade"],
        "document": {k: doc.get(k) for k in ("title", "issuer", "level", "report_year", "publish_date", "is_report")},
        "sections": {sid: [s["present"], s["line"], s.get("form"), s.get("embedding"), s.get("causes"), s.get("year")]
                     for sid, s in card["sections"].items()},
        "checks": {c["id"]: [c["status"], c["points"], c["message"]] for c in card["checks"]},
    }


def save(out: str, dirs: list[str]) -> None:
    from scorer.scoring.pipeline import score_path
    from scorer.text.errors import FzscoreError

    dirs = dirs or [str(p) for p in sorted((ROOT / "tests" / "shared" / "corpus").iterdir()) if p.is_dir()]
    snap = {}
    for d in dirs:
        for p in sorted(Path(d).glob("*.txt")):
            try:
                snap[f"{Path(d).name}/{p.name}"] = essence(score_path(str(p)))
            except FzscoreError as err:
                snap[f"{Path(d).name}/{p.name}"] = {"error": str(err)}
    Path(out).write_text(json.dumps(snap, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(snap)} documents → {out}")


def diff(before: str, after: str) -> None:
    a = json.loads(Path(before).read_text(encoding="utf-8"))
    b = json.loads(Path(after).read_text(encoding="utf-8"))
    changed = 0
    for name in sorted(set(a) | set(b)):
        x, y = a.get(name, {}), b.get(name, {})
        if x == y:
            continue
        changed += 1
        print(f"## {name}: score {x.get('score')} → {y.get('score')}, grade {x.get('grade')} → {y.get('grade')}")
        for group in ("document", "sections", "checks"):
            gx, gy = x.get(group, {}), y.get(group, {})
            for key in sorted(set(gx) | set(gy)):
                if gx.get(key) != gy.get(key):
                    print(f"   {group}.{key}: {gx.get(key)} → {gy.get(key)}")
    print(f"{changed} of {len(set(a) | set(b))} documents differ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("save")
    s.add_argument("out")
    s.add_argument("dirs", nargs="*")
    d = sub.add_parser("diff")
    d.add_argument("before")
    d.add_argument("after")
    args = ap.parse_args()
    if args.cmd == "save":
        save(args.out, args.dirs)
    else:
        diff(args.before, args.after)


if __name__ == "__main__":
    main()
