#!/usr/bin/env python3
"""Cost of the HTML scorecard.

    python benchmarks/bench_html.py [REPORT ...] [--runs 50] [--cold 10] [--cli 10]

1. render: render_html(card) per report, in-process with the template already loaded (median of --runs);
2. cold:   what the first HTML of a process adds, in fresh processes that have already imported what a
           `fzscore REPORT` run imports anyway: `import scorer.render.html`, `import jinja2`, loading and
           compiling the template, and the first render (median of --cold processes);
3. cli:    wall time of `fzscore REPORT --no-html` against `fzscore REPORT --html FILE`, fresh processes
           (median of --cli runs each). Target: the run with HTML stays under 0.5 s median.

Defaults to the dev reports of ../shared/corpus (else docs/sample-report.txt).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COLD = r"""
import json, sys, time
import click, scorer.scoring.pipeline, scorer.render.text       # a scoring run has these already
card = json.load(open(sys.argv[1], encoding="utf-8"))
t0 = time.perf_counter()
import scorer.render.html as h
t1 = time.perf_counter()
import jinja2
t2 = time.perf_counter()
h._template()
t3 = time.perf_counter()
h.render_html(card)
t4 = time.perf_counter()
print(json.dumps({"module": t1 - t0, "jinja2": t2 - t1, "template": t3 - t2, "first_render": t4 - t3,
                  "total": t4 - t0}))
"""


def ms(x: float) -> str:
    return f"{1000 * x:6.1f} ms"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("reports", nargs="*", type=Path)
    ap.add_argument("--runs", type=int, default=50)
    ap.add_argument("--cold", type=int, default=10)
    ap.add_argument("--cli", type=int, default=10)
    args = ap.parse_args()
    reports = args.reports or sorted((ROOT / "tests" / "shared" / "corpus" / "dev").glob("*.txt")) \
        or [ROOT / "docs" / "sample-report.txt"]

    from scorer.render.html import render_html
    from scorer.scoring.pipeline import score_path

    cards = {r: score_path(str(r)) for r in reports}
    render_html(cards[reports[0]])  # load the template once

    print("render_html per card (template loaded)")
    every = []
    for r, card in cards.items():
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            html = render_html(card)
            times.append(time.perf_counter() - t)
        every += times
        print(f"  {r.name:<24} median {ms(statistics.median(times))}  min {ms(min(times))}  max {ms(max(times))}"
              f"  {len(card.get('text') or [])} lines  {len(html.encode()) / 1024:.0f} KB")
    print(f"  {'all':<24} median {ms(statistics.median(every))}")

    with tempfile.TemporaryDirectory() as tmp:
        card_file = Path(tmp) / "card.json"
        card_file.write_text(json.dumps(cards[reports[0]], ensure_ascii=False), encoding="utf-8")
        runs = []
        for _ in range(args.cold):
            out = subprocess.run([sys.executable, "-c", COLD, str(card_file)], capture_output=True, text=True, cwd=ROOT)
            if out.returncode:
                print(out.stderr, file=sys.stderr)
                return 2
            runs.append(json.loads(out.stdout))
        print(f"first HTML in a fresh process ({reports[0].name}, median of {args.cold})")
        for key in ("module", "jinja2", "template", "first_render", "total"):
            print(f"  {key:<24} {ms(statistics.median(r[key] for r in runs))}")

        report = str(reports[0])
        base = [sys.executable, "-m", "scorer", report]
        variants = {"--no-html": base + ["--no-html"], "--html": base + ["--html", str(Path(tmp) / "out.html")]}
        subprocess.run(variants["--no-html"], capture_output=True, cwd=ROOT)  # warm the page cache
        print(f"fzscore {reports[0].name}, fresh processes (median of {args.cli})")
        for name, cmd in variants.items():
            times = []
            for _ in range(args.cli):
                t = time.perf_counter()
                proc = subprocess.run(cmd, capture_output=True, cwd=ROOT)
                times.append(time.perf_counter() - t)
                if proc.returncode not in (0, 1, 3):
                    print(f"  {name}: exit {proc.returncode}: {proc.stderr.decode()[-300:]}")
                    break
            else:
                print(f"  {name:<24} median {ms(statistics.median(times))}  min {ms(min(times))}  max {ms(max(times))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
