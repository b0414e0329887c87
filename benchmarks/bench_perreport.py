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
    --previous OLD  also time, per report, last year's comparison when last year's batch output
                    OLD has its issuer (`--previous`). This build makes it in the worker, before the
                    card is encoded ("compare": the comparison and the fold; the card and its page
                    are then written once). Builds before perf24h made it in the round's stage
                    ("stage": read the card back, compare, fold, write the card and its page again;
                    their worker left such a report's page to the stage, `html` 0 for it).

What it measures is a report's own path (the worker's, and with --previous the stage's work on
it): the parent's share (rows received, summaries, index, the copying index) is measured by timing
whole batches (bench_round.py). Copied into an older checkout's benchmarks/, it measures that build.
"""
from __future__ import annotations

import argparse
import cProfile
import inspect
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

STAGES = ("read", "score", "sketch", "compare", "json", "html", "write", "row", "stage")


def sample(folder: Path, n: int) -> list[str]:
    from scorer.round.batch import discover

    files, _ = discover([str(folder)])
    step = max(1, len(files) // n)
    return files[::step][:n]


def one(path: str, outdir: str, name: str, times: dict) -> str:
    """A report through the worker's steps, each timed; returns its format."""
    from scorer.reading import read_input
    from scorer.render import html as html_module
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
    task = batch.Task(name, path, outdir, None, True)
    text = batch._write_sketch(task, card)
    t3 = clock()
    if hasattr(batch, "_last_year"):  # this build compares a matched report with last year's in the worker
        if "now_text" in inspect.signature(batch._last_year).parameters:  # the sketch's text handed on (perf24j)
            card, _year = batch._last_year(task, card, None, text)
        else:
            card, _year = batch._last_year(task, card, None)
    t4 = clock()
    encoded = _encode(card)
    t5 = clock()
    later = hasattr(batch, "_html_later") and batch._html_later(task, card)
    if later:
        page = None
    elif hasattr(html_module, "render_html_bytes") and isinstance(encoded, bytes):  # as this build's worker (perf24m)
        page = html_module.render_html_bytes(card, encoded)
    else:
        page = render_html(card, encoded if isinstance(encoded, str) else encoded.decode("utf-8"))
    t6 = clock()
    atomic_write(os.path.join(outdir, f"{name}.json"), encoded)
    if page is not None:
        atomic_write(os.path.join(outdir, f"{name}.html"), page)
    t7 = clock()
    row = batch._row(task, **batch.summary_row(card))
    pickle.dumps(row)  # as the worker's pipe sends it
    t8 = clock()
    if PREVIOUS and not hasattr(batch, "_last_year"):
        _stage(outdir, name, card, row["path"], later)
    t9 = clock()
    marks = (t0, t1, t2, t3, t4, t5, t6, t7, t8, t9)
    for stage, a, b in zip(STAGES, marks[:-1], marks[1:], strict=True):
        times[stage].append((b - a) / 1e6)
    return extracted.format


def _encode(card: dict) -> str | bytes:
    """The card's JSON as this build's worker makes it (bytes from outputs.card_json; older builds: a str)."""
    from scorer.round import batch, outputs

    if hasattr(outputs, "card_json"):
        return outputs.card_json(card)
    return batch._JSON.encode(card)


PREVIOUS: dict = {}


def _stage(outdir: str, name: str, card: dict, path: str, page_left: bool) -> None:
    """The analyses' work on one report matched with last year's, as run_analyses does it (the
    build's own functions: reading the card (and the sketch file's text), followup.compare, apply_round_facts, write_card)."""
    import json

    import numpy as np

    from scorer.round.analyses import followup, stage
    from scorer.round.review.outdir import write_card
    from scorer.scoring.scorecard import apply_round_facts

    doc = card["document"]
    prev = PREVIOUS.get(followup.issuer_key(doc["issuer"])) if doc["is_report"] else None
    if prev is None:
        return
    reads = 1 if hasattr(stage, "_one_report") else 2  # this build reads the card once, or once for each part
    from scorer.round import outputs

    for _ in range(reads):  # as the build's stage read it back (orjson since perf24f)
        if hasattr(outputs, "card_from_json"):
            loaded = outputs.card_from_json(Path(outdir, f"{name}.json").read_bytes())
        else:
            loaded = json.loads(Path(outdir, f"{name}.json").read_text(encoding="utf-8"))
    rubric = stage._rubric_of(loaded, None)
    boiler = np.zeros(0, dtype=np.uint64)
    more = {}
    if "now_text" in inspect.signature(followup.compare).parameters:  # this build reads the text from the sketch file
        from scorer.round.analyses import sketch

        more["now_text"] = sketch.read_text(outdir, name)
    found = {"previous": followup.compare(loaded, prev, boiler, followup.Parts.of(rubric.checks), rubric.vocabulary, **more)}
    folded = dict(apply_round_facts(loaded, rubric, found))
    if "html" in inspect.signature(write_card).parameters:
        write_card(Path(outdir), name, folded, html=page_left or None)
    else:
        write_card(Path(outdir), name, folded)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--sample", type=int, default=200)
    ap.add_argument("--passes", type=int, default=2, help="passes over the sample; the first is not counted")
    ap.add_argument("--profile", type=int, nargs="?", const=40, default=0)
    ap.add_argument("--only", choices=STAGES)
    ap.add_argument("--previous", type=Path, help="last year's batch output: time the analyses' work per report too")
    args = ap.parse_args()
    from scorer.round import batch

    batch._load_shared()
    if args.previous:
        from scorer.round.analyses import followup
        from scorer.round.analyses import stage as analyses_stage

        if hasattr(analyses_stage, "fold_last_year"):  # last year's round as this build's workers have it
            last = analyses_stage.load_previous(str(args.previous), batch.discover)
            PREVIOUS.update(last.reports)
            batch._WORKER["previous"] = last
        else:
            PREVIOUS.update(followup.load_previous(args.previous, batch.discover)[0])
            batch._WORKER["previous"] = PREVIOUS  # what a worker of this build knows before it scores
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
            prof.runcall(_encode, card)
            continue
        encoded = _encode(card)
        encoded = encoded if isinstance(encoded, str) else encoded.decode("utf-8")
        if stage == "sketch":
            prof.runcall(batch._write_sketch, batch.Task(name, path, out, None, True), card)
        elif stage == "html":
            from scorer.render import html as html_module

            if hasattr(html_module, "render_html_bytes"):  # the batch's page (perf24m)
                prof.runcall(html_module.render_html_bytes, card, encoded.encode("utf-8"))
            else:
                prof.runcall(render_html, card, encoded)
        elif stage == "write":
            prof.runcall(atomic_write, os.path.join(out, f"{name}.html"), render_html(card, encoded))
        elif stage == "compare" and hasattr(batch, "_last_year"):
            prof.runcall(batch._last_year, batch.Task(name, path, out, None, True), card, None)
        elif stage == "row":
            prof.runcall(lambda: pickle.dumps(batch.summary_row(card)))


if __name__ == "__main__":
    sys.exit(main())
