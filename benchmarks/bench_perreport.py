#!/usr/bin/env python3
"""Where a batch worker's time goes, report by report: CPU milliseconds per stage, by format.

    python benchmarks/bench_perreport.py DIR [--sample 200] [--passes 2] [--profile [N]] [--only STAGE]

DIR is a round of reports (e.g. bench_batch.py's mixed round: --keep DIR, then DIR/in). A sample
of its files (every k-th file in name order, so every format keeps its share) is scored in this
one process as a batch worker does (`scorer.round.batch.score_task`'s steps, HTML and sketch on),
each stage timed with the process's CPU clock; the first pass warms caches and is not counted.

    --profile [N]   cProfile the whole per-report path (score_task) over the sample after the
                    timed passes and print the N functions (default 40) with the most own time
                    and the N with the most cumulative time
    --only STAGE    profile only that stage (read, score, json, sketch, html, write)

What it measures is the worker's side only: the parent (rows received, summaries, index, the
round's analyses) is measured by timing whole batches (bench_round.py).
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pickle
import pstats
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STAGES = ("read", "score", "json", "sketch", "html", "write", "row")


def sample(folder: Path, n: int) -> list[str]:
    from scorer.round.batch import discover

    files, _ = discover([str(folder)])
    step = max(1, len(files) // n)
    return files[::step][:n]


def one(path: str, outdir: str, name: str, times: dict) -> str:
    """A report through the worker's steps, each timed; returns its format."""
    from scorer.reading import read_input
    from scorer.render.html import render_html
    from scorer.round import batch
    from scorer.round.outputs import atomic_write
    from scorer.scoring.pipeline import score_extracted

    clock = time.process_time_ns
    t0 = clock()
    extracted = read_input(path)
    t1 = clock()
    card = score_extracted(extracted)
    t2 = clock()
    encoded = batch._JSON.encode(card)
    t3 = clock()
    task = batch.Task(name, path, outdir, None, True)
    batch._write_sketch(task, card)
    t4 = clock()
    page = render_html(card, encoded)
    t5 = clock()
    atomic_write(os.path.join(outdir, f"{name}.json"), encoded)
    atomic_write(os.path.join(outdir, f"{name}.html"), page)
    t6 = clock()
    row = batch._row(task, **batch.summary_row(card))
    pickle.dumps(row)  # as the worker's pipe sends it
    t7 = clock()
    for stage, a, b in zip(STAGES, (t0, t1, t2, t3, t4, t5, t6), (t1, t2, t3, t4, t5, t6, t7), strict=True):
        times[stage].append((b - a) / 1e6)
    return extracted.format


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--sample", type=int, default=200)
    ap.add_argument("--passes", type=int, default=2, help="passes over the sample; the first is not counted")
    ap.add_argument("--profile", type=int, nargs="?", const=40, default=0)
    ap.add_argument("--only", choices=STAGES)
    args = ap.parse_args()
    from scorer.round import batch

    batch._load_shared()
    files = sample(args.folder, args.sample)
    with tempfile.TemporaryDirectory(prefix="fzperreport-") as out:
        per_pass = []
        for p in range(max(1, args.passes)):
            times: dict = defaultdict(list)
            by_format: dict = defaultdict(lambda: defaultdict(list))
            for i, path in enumerate(files):
                t: dict = defaultdict(list)
                fmt = one(path, out, f"r{i:05d}", t)
                for stage, v in t.items():
                    times[stage] += v
                    by_format[fmt][stage] += v
            if p or args.passes == 1:
                per_pass.append((times, by_format))
        n = len(files)
        print(f"{n} reports from {args.folder}, {len(per_pass)} counted pass(es); CPU ms per report (mean over the sample)")
        print(f"{'stage':<8}" + "".join(f"{'pass ' + str(i + 1):>10}" for i in range(len(per_pass))))
        for stage in (*STAGES, "total"):
            vals = [sum(sum(v) for v in t.values()) / n if stage == "total" else sum(t[stage]) / n for t, _ in per_pass]
            print(f"{stage:<8}" + "".join(f"{v:>10.2f}" for v in vals))
        _, by_format = per_pass[-1]
        print("by format (last pass): " + ", ".join(f"{fmt} ×{len(st['read'])}" for fmt, st in sorted(by_format.items())))
        print(f"{'stage':<8}" + "".join(f"{fmt:>9}" for fmt in sorted(by_format)))
        for stage in STAGES:
            print(f"{stage:<8}" + "".join(f"{statistics.mean(by_format[f][stage]):>9.2f}" for f in sorted(by_format)))
        if args.profile:
            prof = cProfile.Profile()
            if args.only:
                _profile_stage(files, out, args.only, prof)
            else:
                prof.enable()
                for i, path in enumerate(files):
                    batch.score_task(batch.Task(f"p{i:05d}", path, out, None, True))
                prof.disable()
            stats = pstats.Stats(prof)
            stats.sort_stats("tottime").print_stats(args.profile)
            stats.sort_stats("cumulative").print_stats(args.profile)
    return 0


def _profile_stage(files: list[str], out: str, stage: str, prof: cProfile.Profile) -> None:
    from scorer.reading import read_input
    from scorer.render.html import render_html
    from scorer.round import batch
    from scorer.round.outputs import atomic_write
    from scorer.scoring.pipeline import score_extracted

    for i, path in enumerate(files):
        name = f"q{i:05d}"
        if stage == "read":
            prof.runcall(read_input, path)
            continue
        extracted = read_input(path)
        if stage == "score":
            prof.runcall(score_extracted, extracted)
            continue
        card = score_extracted(extracted)
        if stage == "json":
            prof.runcall(batch._JSON.encode, card)
            continue
        encoded = batch._JSON.encode(card)
        if stage == "sketch":
            prof.runcall(batch._write_sketch, batch.Task(name, path, out, None, True), card)
        elif stage == "html":
            prof.runcall(render_html, card, encoded)
        elif stage == "write":
            prof.runcall(atomic_write, os.path.join(out, f"{name}.html"), render_html(card, encoded))
        elif stage == "row":
            prof.runcall(lambda: pickle.dumps(batch.summary_row(card)))


if __name__ == "__main__":
    sys.exit(main())
