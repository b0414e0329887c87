#!/usr/bin/env python3
"""Wall time of the reviewer's commands on a scored round of N reports.

    python benchmarks/bench_review.py [--n 500] [--repeat 3] [--cmd "python -m scorer"]

Generates N reports from docs/sample-report.txt (varied issuers), scores them with `fzscore
batch`, then times, each in a fresh process (median of --repeat runs):
  review   one adjustment (store append, the report's JSON and HTML, index/CSV/XLSX rewritten)
  list     `fzscore review OUTDIR --list`
  rerun    `fzscore batch` again with nothing changed (the review pass over every row included)
  letters  `fzscore letters` (one .docx per report and the 通报), reported per letter as well
"""
from __future__ import annotations

import argparse
import shlex
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--cmd", default="python -m scorer")
    args = ap.parse_args()
    fz = shlex.split(args.cmd)
    sample = (ROOT / "docs" / "sample-report.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        inputs, out = Path(tmp) / "in", Path(tmp) / "out"
        inputs.mkdir()
        for i in range(args.n):
            (inputs / f"r{i:05d}.txt").write_text(sample.replace("青石镇", f"青石{i}镇"), encoding="utf-8")
        print(f"batch (first run): {timed([*fz, 'batch', str(inputs), '-o', str(out), '-q']):.2f} s for {args.n} reports")
        results: dict[str, list[float]] = {"review": [], "list": [], "rerun": [], "letters": []}
        for k in range(args.repeat):
            results["review"].append(timed([*fz, "review", str(out), f"r{k:05d}", "conformity.deadline",
                                            "--points", "6", "--reason", "基准测试"]))
            results["list"].append(timed([*fz, "review", str(out), "--list"]))
            results["rerun"].append(timed([*fz, "batch", str(inputs), "-o", str(out), "-q"]))
            results["letters"].append(timed([*fz, "letters", str(out), "-o", str(Path(tmp) / f"letters{k}")]))
        for name, xs in results.items():
            extra = f"  ({1000 * statistics.median(xs) / args.n:.0f} ms a report)" if name == "letters" else ""
            print(f"{name:8} median {statistics.median(xs):.2f} s  (min {min(xs):.2f}, max {max(xs):.2f}){extra}")


if __name__ == "__main__":
    main()
