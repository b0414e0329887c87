#!/usr/bin/env python3
"""Wall time of one `fzscore REPORT --format json` run, a fresh process each time.

    python benchmarks/bench_single.py [REPORT ...] [--runs 15] [--cmd "fzscore --format json"]
    python benchmarks/bench_single.py --cmd "A/fzscore --format json" --against "B/fzscore --format json"

Prints the median, min and max per report and over all runs. Target (issue 2): median ≤ 0.3 s.
With --against, the two commands run interleaved (A, B, A, B …) on the same reports, so that the
machine's load falls on both alike, and the medians and their ratio are printed, of the wall time
and of the CPU time (user + sys of the child, less sensitive to other processes on the machine).
Defaults to the dev reports of ../shared/corpus when no report is given.
"""
from __future__ import annotations

import argparse
import resource
import shlex
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("reports", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--cmd", default="fzscore --format json")
    ap.add_argument("--against", help="a second command, timed interleaved with --cmd")
    args = ap.parse_args()
    if args.against:
        return interleaved(args)
    reports = args.reports or sorted((ROOT / "tests" / "shared" / "corpus" / "dev").glob("*.txt")) or [ROOT / "docs" / "sample-report.txt"]
    cmd = shlex.split(args.cmd)
    subprocess.run(cmd + [str(reports[0])], capture_output=True)  # warm the page cache
    everything = []
    for report in reports:
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            proc = subprocess.run(cmd + [str(report)], capture_output=True)
            times.append(time.perf_counter() - t)
            if proc.returncode not in (0, 1, 3):
                print(f"{report.name}: exit {proc.returncode}: {proc.stderr.decode()[-200:]}", file=sys.stderr)
                return 2
        everything += times
        print(f"{report.name:<28} median {statistics.median(times):.3f} s  min {min(times):.3f}  max {max(times):.3f}")
    print(f"{'all':<28} median {statistics.median(everything):.3f} s over {len(everything)} runs ({' '.join(cmd)})")
    return 0


def interleaved(args) -> int:
    reports = args.reports or sorted((ROOT / "tests" / "shared" / "corpus" / "dev").glob("*.txt"))
    cmds = [shlex.split(args.cmd), shlex.split(args.against)]
    times: list[list[float]] = [[], []]
    cpu: list[list[float]] = [[], []]
    for cmd in cmds:
        subprocess.run(cmd + [str(reports[0])], capture_output=True)  # warm the page cache
    for _ in range(args.runs):
        for report in reports:
            for i, cmd in enumerate(cmds):
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                t = time.perf_counter()
                proc = subprocess.run(cmd + [str(report)], capture_output=True)
                times[i].append(time.perf_counter() - t)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[i].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
                if proc.returncode not in (0, 1, 3):
                    print(f"{report.name}: exit {proc.returncode}: {proc.stderr.decode()[-200:]}", file=sys.stderr)
                    return 2
    a, b = (statistics.median(t) for t in times)
    ca, cb = (statistics.median(c) for c in cpu)
    print(f"A median {a:.3f} s, CPU {ca:.3f} s  ({args.cmd})\nB median {b:.3f} s, CPU {cb:.3f} s  ({args.against})\n"
          f"A/B {a / b:.2f}, CPU {ca / cb:.2f} over {len(times[0])} runs each")
    return 0


if __name__ == "__main__":
    sys.exit(main())
