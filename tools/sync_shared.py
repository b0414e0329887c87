#!/usr/bin/env python3
"""Copy the labelled corpus, the scorecard contract and the corpus evaluator from ../shared into
tests/shared, so that a fresh clone runs every test without ../shared beside it.

../shared stays the source: a file is copied when it is missing here or differs, and a file that
../shared no longer has is removed. Without ../shared this does nothing (and says so).

    python tools/sync_shared.py [--check]     (--check: exit 1 when tests/shared is out of date)
"""
from __future__ import annotations

import argparse
import filecmp
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared"
MIRROR = ROOT / "tests" / "shared"
PARTS = ("corpus", "contract", "tools/eval_corpus.py")


def plan() -> tuple[list[Path], list[Path]]:
    """(files to copy, relative to SOURCE; mirror files to remove, relative to MIRROR)."""
    wanted: set[Path] = set()
    for part in PARTS:
        src = SOURCE / part
        files = [src] if src.is_file() else sorted(p for p in src.rglob("*") if p.is_file())
        wanted.update(p.relative_to(SOURCE) for p in files)
    copy = sorted(r for r in wanted if not (MIRROR / r).is_file() or not filecmp.cmp(SOURCE / r, MIRROR / r, shallow=False))
    have = {p.relative_to(MIRROR) for p in MIRROR.rglob("*") if p.is_file()} if MIRROR.is_dir() else set()
    return copy, sorted(have - wanted)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report whether tests/shared is out of date")
    args = ap.parse_args()
    if not (SOURCE / "corpus").is_dir():
        print(f"{SOURCE} is not beside the project: tests/shared is used as it is")
        return 0
    copy, remove = plan()
    if args.check:
        for r in copy + remove:
            print(f"out of date: {r}")
        return 1 if copy or remove else 0
    for r in copy:
        (MIRROR / r).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SOURCE / r, MIRROR / r)
    for r in remove:
        (MIRROR / r).unlink()
    print(f"tests/shared: {len(copy)} copied, {len(remove)} removed from {SOURCE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
