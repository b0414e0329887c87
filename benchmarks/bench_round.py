#!/usr/bin/env python3
"""Whole `fzscore batch` runs of one round by two (or more) builds, interleaved: wall time, CPU
time of the whole process tree (parent, workers, the XLSX writer) and the parent's peak memory.

    python benchmarks/bench_round.py IN [--previous OLD_OUT] [--build before=/path/to/python]
                                        [--build after=.venv/bin/python] [--repeat 3] [--no-html]
                                        [--jobs 2] [--keep DIR]

Each run is `PYTHON -m scorer batch IN -o OUT -j JOBS -q --force [--previous OLD_OUT]`, with both
round analyses (copying always; year over year with --previous) and HTML pages unless --no-html.
Builds take turns (A B A B …) so that a neighbour's load falls on both. CPU is user + system of
the batch and every process it waited for (os.wait4), which says more than wall time on a shared
machine. With --keep DIR the last run's output of each build stays in DIR/<build> (to diff them:
tools-free, e.g. `diff -r` after dropping generated_at; see compare_outputs below).

    python benchmarks/bench_round.py --compare DIR_A DIR_B   the two output folders hold the same
                                                             files with the same bytes, apart from
                                                             the run's time stamps and paths
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_once(python: str, src: Path, out: Path, jobs: int, html: bool, previous: str | None) -> dict:
    cmd = [python, "-m", "scorer", "batch", str(src), "-o", str(out), "-j", str(jobs), "-q", "--force"]
    if not html:
        cmd.append("--no-html")
    if previous:
        cmd += ["--previous", previous]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=str(out.parent))
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
    if proc.returncode not in (0, 1, 4):
        sys.exit(f"batch failed ({proc.returncode}): {err[-800:]}")
    info = json.loads((out / "run-info.json").read_text(encoding="utf-8"))
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "user": usage.ru_utime, "sys": usage.ru_stime,
            "parent_mb": info.get("peak_rss_mb", {}).get("parent"), "analyses": info.get("analyses_seconds"),
            "exit": proc.returncode}


# ------------------------------------------------------------------ comparing two output folders

_STAMP = re.compile(r'"generated_at":\s*"[^"]*"')
_SHOWN = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d（UTC[+-]\d\d:\d\d）")
_RUN_FILES = {"run-info.json", "summary.xlsx"}  # the run's own record (times, memory); the xlsx zip carries a date


def _normalised(path: Path, data: bytes) -> bytes:
    if path.suffix not in (".json", ".html", ".jsonl", ".csv"):
        return data
    text = data.decode("utf-8", "replace")
    text = _STAMP.sub('"generated_at":""', text)
    text = re.sub(r'(&#34;|\\")generated_at(&#34;|\\"):(&#34;|\\")[^&"\\]*(&#34;|\\")', "generated_at", text)
    text = _SHOWN.sub("TIME", text)
    text = re.sub(r'"(started|seconds)":\s*[^,}]*', "", text)
    text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", "TIME", text)
    text = re.sub(r"用时 [0-9.]+ 秒", "用时", text)  # the index's line on the run
    # the rubric's file in each card: under each build's own install folder
    text = re.sub(r'("path"|&#34;path&#34;|\\"path\\"):\s*("|&#34;|\\")[^"&\\]*/rubrics/', r"\1:\2rubrics/", text)
    return text.encode("utf-8")


def compare_outputs(a: Path, b: Path) -> list[str]:
    """The files that differ between two batch output folders (time stamps aside)."""
    def files(root: Path) -> set[str]:
        return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and p.name not in _RUN_FILES
                and not p.name.startswith(".fzscore-manifest")}

    fa, fb = files(a), files(b)
    problems = [f"only in {a}: {n}" for n in sorted(fa - fb)] + [f"only in {b}: {n}" for n in sorted(fb - fa)]
    for name in sorted(fa & fb):
        if name.endswith(".jsonl"):  # rows: what each holds (the order of keys follows which rubric a worker met first)
            if _rows(a / name) != _rows(b / name):
                problems.append(f"differs: {name}")
            continue
        if _normalised(Path(name), (a / name).read_bytes()) != _normalised(Path(name), (b / name).read_bytes()):
            problems.append(f"differs: {name}")
    # the manifest holds a row per report: compare its rows, not its byte order of keys
    ma, mb = a / ".fzscore-manifest.jsonl", b / ".fzscore-manifest.jsonl"
    if ma.exists() != mb.exists() or (ma.exists() and _manifest(ma) != _manifest(mb)):
        problems.append("differs: .fzscore-manifest.jsonl")
    print(f"compared {len(fa & fb)} files")
    return problems


def _rows(path: Path) -> list:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for r in rows:
        if isinstance(r, dict):
            r.pop("seconds", None)
            r.pop("worker_peak_mb", None)
    return rows


def _manifest(path: Path) -> list:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for r in rows[1:]:
        r.get("row", {}).pop("seconds", None)
        r.get("row", {}).pop("worker_peak_mb", None)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", type=Path, nargs="?")
    ap.add_argument("--previous")
    ap.add_argument("--build", action="append", default=[], help="NAME=PYTHON (default: this interpreter as 'this')")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-html", action="store_true")
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("DIR_A", "DIR_B"))
    args = ap.parse_args()
    if args.compare:
        problems = compare_outputs(*args.compare)
        print("\n".join(problems[:50]) or "identical (time stamps aside)")
        print(f"{len(problems)} difference(s)")
        return 1 if problems else 0
    if args.input is None:
        ap.error("IN is required")
    builds = [b.split("=", 1) for b in args.build] or [["this", sys.executable]]
    n = sum(1 for p in args.input.rglob("*") if p.is_file())
    work = Path(tempfile.mkdtemp(prefix="fzround-", dir=args.keep.parent if args.keep else None))
    results: dict[str, list[dict]] = {name: [] for name, _ in builds}
    try:
        for run in range(args.repeat):
            for name, python in builds:
                out = work / f"{name}-{run}"  # a folder per run: see bench_batch.py on ext4 and deleted inodes
                r = run_once(python, args.input.resolve(), out, args.jobs, not args.no_html, args.previous)
                results[name].append(r)
                print(f"{name:<8} run {run + 1}: {r['wall']:6.1f} s wall ({n / r['wall']:5.0f}/s), CPU {r['cpu']:6.1f} s "
                      f"(user {r['user']:.1f}, sys {r['sys']:.1f}; {1000 * r['cpu'] / n:.1f} ms/report, "
                      f"{2 * n / r['cpu']:.0f}/s on 2 free cores), parent peak {r['parent_mb']} MB, "
                      f"analyses {r['analyses']}, exit {r['exit']}", flush=True)
        print(f"\n{n} reports, html={not args.no_html}, previous={bool(args.previous)}, jobs {args.jobs}, {args.repeat} runs each")
        for name, rs in results.items():
            cpu = [r["cpu"] for r in rs]
            wall = [r["wall"] for r in rs]
            print(f"{name:<8} CPU median {statistics.median(cpu):.1f} s (range {min(cpu):.1f}-{max(cpu):.1f}) = "
                  f"{1000 * statistics.median(cpu) / n:.1f} ms/report, {2 * n / statistics.median(cpu):.0f} reports/s on 2 cores; "
                  f"wall median {statistics.median(wall):.1f} s (range {min(wall):.1f}-{max(wall):.1f}) = "
                  f"{n / statistics.median(wall):.0f} reports/s (range {n / max(wall):.0f}-{n / min(wall):.0f})")
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for name, _ in builds:
                dest = args.keep / name
                shutil.rmtree(dest, ignore_errors=True)
                shutil.move(str(work / f"{name}-{args.repeat - 1}"), dest)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
