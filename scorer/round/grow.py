"""Add reports to a round that already exists (an upload in the browser), keeping every report it had.

`fzscore batch` makes a round from its inputs; a round in an office grows as submissions arrive.
`add_reports` scores the new files with the batch's own pool (`batch.run`), gives them output
names that no report of the round has, then writes the round's records and summaries from the
old rows and the new together, with the reviews folded in (`review.outdir`), exactly as a batch
run does.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from scorer.round.batch import Task, output_names, rubric_fingerprint, run
from scorer.round.outputs import remove_stale_temps
from scorer.round.records import load_manifest, save_manifest
from scorer.round.review.outdir import after_batch, read_round, refresh_lock, write_summaries
from scorer.round.review.store import ReviewError


def taken_names(out: Path, rows: list[dict]) -> set[str]:
    names = {r["name"] for r in rows}
    try:
        names |= {n[:-5] for n in os.listdir(out) if n.endswith(".json")}
    except OSError:
        pass
    return names


def add_reports(out: Path, files: list[str], jobs: int | None = None, on_start=None, on_row=None) -> dict:
    """Score `files` into the round folder `out` and rewrite its summaries. Returns counts."""
    began = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(out)
    try:
        head, old_rows = read_round(out)
    except ReviewError:
        head, old_rows = {"checks": {}, "skipped": [], "rubric": None}, []
    taken = taken_names(out, old_rows)
    names = {}
    for path, name in output_names(files).items():
        base, n = name, 2
        while name in taken:
            name, n = f"{base}~{n}", n + 1
        taken.add(name)
        names[path] = name
    rubric = head.get("rubric")
    tasks = [Task(names[p], p, str(out), rubric, True) for p in files]
    if on_start:
        on_start(len(tasks))
    manifest = load_manifest(out)
    fingerprint = rubric_fingerprint(rubric)
    store = run(tasks, jobs or os.cpu_count() or 1, manifest, fingerprint, False, out, on_row)
    for label, check_list in (head.get("checks") or {}).items():
        store.checks.setdefault(label, check_list)
    try:
        save_manifest(out, store, fingerprint, manifest)  # the new rows; earlier entries are kept as they were
        new = set(store.index)
        for r in old_rows:
            if r["name"] not in new:
                store.add(dict(r))
        skipped = head.get("skipped") or []
        after_batch(out, store, skipped, rubric)
        with refresh_lock(out):
            head2, rows = read_round(out)
            write_summaries(out, rows, head2)
        scored = sum(1 for r in store.rows() if r["name"] in new and r.get("status") == "scored")
        return {"files": len(tasks), "scored": scored, "seconds": round(time.monotonic() - began, 1)}
    finally:
        store.close()
