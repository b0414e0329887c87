#!/usr/bin/env python3
"""Throw hostile and mutated inputs at fzscore's readers and batch, and count what must be zero.

    python benchmarks/fuzz.py [--n 3000] [--seed 1] [--jobs 2] [--timeout 60] [--proposed] [--keep DIR]

Inputs: every hand-built hostile input of tests/hostile.py (issue 15's findings), the sample
report under hostile names, and N mutants (flipped, inserted, deleted, repeated bytes; spliced
hostile fragments; truncation) of well-formed seeds in every format (UTF-8, GB18030 and UTF-16
text, a web page, a Word file, and a PDF when fpdf2 and a CJK font are there), under odd names.

They are scored by one `fzscore batch` run (in this process, so that --proposed applies), then:
internal errors (内部错误, a crashed worker), time-outs (超时), lost outputs (an input without
a row, a row without its JSON/HTML, a .tmp file left, summaries not all written), formulas (an
XLSX formula cell, a CSV cell starting = + - @ tab CR), contract breaks (a scorecard that fails
scorecard.schema.json), control characters in any summary cell; the slowest inputs, the largest,
and the worker's peak memory. Then interrupted runs: a batch killed by SIGTERM and by SIGKILL at
random moments, rerun to the end, must leave no temp file and only whole outputs.

--proposed applies the two calls this branch proposes in files it does not own: safe_regex.compile
for rubric patterns (scorer/checks/patterns.py, scorer/document/parts.py) and plausible_metadata on the
metadata (scorer/scoring/pipeline.py).
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import hostile  # noqa: E402

CONTRACT = ROOT / "tests" / "shared" / "contract" / "scorecard.schema.json"
ODD_NAMES = ["=cmd", "+A1", "-2", "@x", "\x1b[1m粗", "a\x00b".replace("\x00", "\x01"), "报" * 80, " 空格 ", "..点", "report"]
EXTENSIONS = {".txt": [".txt", ".text"], ".html": [".html", ".htm", ".shtml"], ".docx": [".docx", ".doc", ".wps"],
              ".pdf": [".pdf"]}


def apply_proposed() -> None:
    """The calls this branch proposes in files owned by others, applied in this process."""
    import re
    import types

    from scorer.checks import patterns
    from scorer.document import metadata, parts
    from scorer.document.plausible import plausible_metadata
    from scorer.text import safe_regex

    shim = types.SimpleNamespace(**{k: getattr(re, k) for k in dir(re) if not k.startswith("__")})
    shim.compile = safe_regex.compile
    patterns.re = shim
    parts.re = shim
    real_extract = metadata.extract
    metadata.extract = lambda *a, **kw: plausible_metadata(real_extract(*a, **kw))


def pdf_seed() -> bytes | None:
    try:
        import make_fixtures as mf

        font = mf.find_cjk_font()
        if font is None:
            return None
        with tempfile.TemporaryDirectory() as d:
            return mf.make_pdf(hostile.SAMPLE, Path(d) / "s.pdf", font).read_bytes()
    except Exception as exc:  # fpdf2 missing or no font: fuzz the other formats
        print(f"(no PDF seed: {type(exc).__name__}: {exc})")
        return None


def build(dest: Path, n: int, seed: int) -> dict[str, int]:
    """Write the inputs under dest (500 a folder); returns name -> size."""
    rnd = random.Random(seed)
    seeds = hostile.seeds()
    pdf = pdf_seed()
    if pdf:
        seeds["seed.pdf"] = pdf
    files: dict[str, bytes] = {**hostile.hostile_inputs(), **hostile.big_inputs()}
    for name in hostile.HOSTILE_NAMES:
        files[name] = hostile.SAMPLE.encode("utf-8")
    names = sorted(seeds)
    for i in range(n):
        src = names[i % len(names)]
        ext = Path(src).suffix
        odd = rnd.choice(ODD_NAMES) if rnd.random() < 0.1 else "m"
        files[f"{odd}{i:05d}{rnd.choice(EXTENSIONS[ext])}"] = hostile.mutate(seeds[src], rnd)
    sizes = {}
    for i, (name, data) in enumerate(sorted(files.items())):
        folder = dest / f"part{i // 500:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
        sizes[str(folder / name)] = len(data)
    return sizes


def check_round(src: Path, out: Path, rows: list[dict], sizes: dict[str, int]) -> dict:
    import jsonschema
    from openpyxl import load_workbook

    from scorer.text.sanitize import display_path

    schema = jsonschema.Draft202012Validator(json.loads(CONTRACT.read_text(encoding="utf-8"))) if CONTRACT.exists() else None
    found = {"internal_errors": [], "timeouts": [], "lost_outputs": [], "formulas": [], "contract_breaks": [],
             "control_chars": []}
    by_path = {r["path"]: r for r in rows}
    for path in sizes:
        if display_path(path) not in by_path and not Path(path).name.startswith("."):  # dot files: skipped by design
            found["lost_outputs"].append(f"no row: {path}")
    for r in rows:
        reason = r.get("reason") or ""
        if "内部错误" in reason or "崩溃" in reason:
            found["internal_errors"].append(f"{r['path']}: {reason}")
        if reason.startswith("超时"):
            found["timeouts"].append(r["path"])
        if r.get("status") in ("scored", "not_report", "needs_review"):
            card_path = out / f"{r['name']}.json"
            if not card_path.is_file() or not (out / f"{r['name']}.html").is_file():
                found["lost_outputs"].append(f"no scorecard: {r['name']}")
                continue
            card = json.loads(card_path.read_text(encoding="utf-8"))
            if schema is not None:
                errors = [e.message for e in schema.iter_errors(card)]
                if errors:
                    found["contract_breaks"].append(f"{r['path']}: {errors[0][:100]}")
    for p in out.iterdir():
        if p.name.endswith(".tmp"):
            found["lost_outputs"].append(f"temp file left: {p.name}")
    for name in ("summary.csv", "summary.xlsx", "index.html", "run-info.json"):
        if not (out / name).is_file():
            found["lost_outputs"].append(f"summary missing: {name}")
    if (out / "summary.csv").is_file():
        table = list(csv.reader(io.StringIO((out / "summary.csv").read_text(encoding="utf-8-sig"))))
        if len(table) - 1 != len(rows):
            found["lost_outputs"].append(f"summary.csv has {len(table) - 1} rows for {len(rows)} files")
        for row in table:
            for v in row:
                if v[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    found["formulas"].append(f"csv: {v[:40]!r}")
                if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in v):
                    found["control_chars"].append(f"csv: {v[:40]!r}")
    if (out / "summary.xlsx").is_file():
        ws = load_workbook(out / "summary.xlsx").active
        for row in ws.iter_rows():
            for c in row:
                if c.data_type == "f":
                    found["formulas"].append(f"xlsx: {str(c.value)[:40]!r}")
    return found


def interrupted_runs(src: Path, work: Path, rounds: int, rnd: random.Random) -> list[str]:
    """Kill batches at random moments (SIGTERM, then SIGKILL), rerun each to the end; what is wrong."""
    problems = []
    for k in range(rounds):
        out = work / f"interrupted-{k}"
        for sig in (signal.SIGTERM, signal.SIGKILL):
            proc = subprocess.Popen([sys.executable, "-m", "scorer", "batch", str(src), "-o", str(out), "-j", "2", "-q"],
                                    cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            time.sleep(rnd.uniform(2, 8))
            proc.send_signal(sig)
            try:
                _, err = proc.communicate(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                problems.append(f"round {k}: {sig.name} did not stop the batch within 60 s")
                continue
            if sig == signal.SIGTERM and proc.returncode not in (130, 0, 4):  # 0/4: it had finished
                problems.append(f"round {k}: SIGTERM exit {proc.returncode}: {err[-200:]}")
            if "Traceback" in err:
                problems.append(f"round {k}: traceback after {sig.name}")
        rerun = subprocess.run([sys.executable, "-m", "scorer", "batch", str(src), "-o", str(out), "-j", "2", "-q"],
                               cwd=ROOT, capture_output=True, text=True)
        if rerun.returncode not in (0, 4):
            problems.append(f"round {k}: rerun exit {rerun.returncode}: {rerun.stderr[-200:]}")
        left = [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
        if left:
            problems.append(f"round {k}: temp files left after the rerun: {left[:3]}")
        for p in out.glob("*.json"):
            try:
                json.loads(p.read_text(encoding="utf-8"))
            except ValueError:
                problems.append(f"round {k}: half-written {p.name}")
    return problems


def score_only(args) -> int:
    if args.proposed:
        apply_proposed()
    from scorer.round import batch

    work = args.score_only
    with open(work / "rows.jsonl", "w", encoding="utf-8") as f:
        result = batch.run_batch(batch.Options([str(work / "in")], str(work / "out"), jobs=args.jobs,
                                               time_limit=args.timeout),
                                 on_row=lambda row: f.write(json.dumps(row, ensure_ascii=False) + "\n"))
    print(f"batch exit {result.exit_code}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=3000, help="mutants (the hand-built hostile inputs come on top)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60, help="the batch's per-file time limit, seconds")
    ap.add_argument("--interrupts", type=int, default=3, help="rounds of killed-and-rerun batches")
    ap.add_argument("--proposed", action="store_true", help="apply the calls proposed for files this branch does not own")
    ap.add_argument("--keep", type=Path, default=None, help="work in DIR and keep it")
    ap.add_argument("--score-only", type=Path, default=None, help=argparse.SUPPRESS)  # the batch, in a fresh process
    args = ap.parse_args()
    if args.score_only:
        return score_only(args)

    work = args.keep or Path(tempfile.mkdtemp(prefix="fzscore-fuzz-"))
    shutil.rmtree(work / "in", ignore_errors=True)
    shutil.rmtree(work / "out", ignore_errors=True)
    t0 = time.monotonic()
    sizes = build(work / "in", args.n, args.seed)
    print(f"built {len(sizes)} inputs ({sum(sizes.values()) / 1048576:.1f} MB) in {time.monotonic() - t0:.0f} s under {work}")
    # scored by a fresh process: workers forked from this one would count its inputs as their memory
    t0 = time.monotonic()
    subprocess.run([sys.executable, __file__, "--score-only", str(work), "--jobs", str(args.jobs), "--timeout",
                    str(args.timeout)] + (["--proposed"] if args.proposed else []), check=True)
    took = time.monotonic() - t0
    rows = [json.loads(line) for line in (work / "rows.jsonl").read_text(encoding="utf-8").splitlines()]
    print(f"batch: {len(rows)} files in {took:.0f} s ({len(rows) / took:.1f}/s)")
    found = check_round(work / "in", work / "out", rows, sizes)
    found["interrupted_runs"] = interrupted_runs(work / "in" / "part00", work, args.interrupts, random.Random(args.seed))
    statuses: dict[str, int] = {}
    for r in rows:
        statuses[r.get("status")] = statuses.get(r.get("status"), 0) + 1
    print("outcomes:", statuses)
    for key, items in found.items():
        print(f"{key}: {len(items)}")
        for item in items[:10]:
            print("   ", item)
    slowest = sorted(rows, key=lambda r: -(r.get("seconds") or 0))[:5]
    print("slowest:", "; ".join(f"{Path(r['path']).name} {r.get('seconds')} s ({r.get('status')})" for r in slowest))
    largest = sorted(sizes, key=lambda p: -sizes[p])[:5]
    by_path = {r["path"]: r for r in rows}
    print("largest:", "; ".join(f"{Path(p).name} {sizes[p] / 1048576:.1f} MB, {by_path.get(p, {}).get('seconds')} s"
                                for p in largest))
    peak = max(rows, key=lambda r: r.get("worker_peak_mb") or 0)
    info = json.loads((work / "out" / "run-info.json").read_text(encoding="utf-8")) if (work / "out" / "run-info.json").exists() else {}
    print(f"peak worker memory: {peak.get('worker_peak_mb')} MB (first reached on {Path(peak['path']).name}); "
          f"run-info: {info.get('peak_rss_mb')}")
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if any(found.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
