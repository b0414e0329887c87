#!/usr/bin/env python3
"""Instructions a report on the worker's path after reading, counted by callgrind (which the machine's
load does not move, unlike CPU time):

    python benchmarks/callgrind_perreport.py DIR [--n 40] [--only score|all] [--python PY] [--src SRC]

Two runs under `valgrind --tool=callgrind`: each reads N reports of DIR (every k-th file, as
bench_perreport.py samples) and scores one report outside the sample (imports, the rubric, the
template, patterns compiled); the second then takes the N reports through the worker's steps
(`--only score`: score_extracted; `all`: and the sketch file, last year's comparison when the
worker has one, the card's JSON, the page, both files written), each report new to the caches as
in a batch worker. The difference of the two runs' totals, divided by N, is printed. Runs with
FZSCORE_NO_CACHE=1 so that both compile the same patterns (the per-user cache of compiled patterns
changes between runs otherwise). SRC: the checkout to measure (PYTHONPATH), default this one;
keep `--n` and DIR the same to compare builds. Pass `--out DIR` to keep the callgrind files
(callgrind_annotate them, or diff two builds' function totals).
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DRIVER = r'''
import os, sys, tempfile
from pathlib import Path
sys.path.insert(0, os.path.join(os.environ["SRC"], "benchmarks"))
import bench_perreport as bp
from scorer.reading import read_input
from scorer.round import batch
from scorer.round.outputs import atomic_write
from scorer.scoring.pipeline import score_extracted
import scorer.render.html as H

folder, n, passes, only = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
batch._load_shared()
files = bp.sample(Path(folder), n + 1)
warm, files = files[0], files[1:n + 1]
out = tempfile.mkdtemp(prefix="cg-")


def path(extracted, source, name):
    card = score_extracted(extracted)
    if only == "score":
        return
    task = batch.Task(name, source, out, None, True)
    text = batch._write_sketch(task, card)
    card, _ = batch._last_year(task, card, None, text)
    encoded = bp._encode(card)
    page = H.render_html_bytes(card, encoded) if hasattr(H, "render_html_bytes") else H.render_html(card, encoded.decode("utf-8"))
    atomic_write(os.path.join(out, f"{name}.json"), encoded)
    atomic_write(os.path.join(out, f"{name}.html"), page)


extracted = [read_input(p) for p in files]
path(read_input(warm), warm, "warm")
for _ in range(passes):
    for i, (e, p) in enumerate(zip(extracted, files)):
        path(e, p, f"r{i:05d}")
'''


def count(python: str, src: str, folder: str, n: int, passes: int, only: str, out: Path) -> int:
    driver = out / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    env = dict(os.environ, SRC=src, PYTHONPATH=src, FZSCORE_NO_CACHE="1")
    cg = out / f"callgrind-{only}-p{passes}.out"
    proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={cg}", python, str(driver), folder,
                           str(n), str(passes), only], env=env, capture_output=True, text=True)
    m = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode or m is None:
        sys.exit(f"callgrind run failed ({proc.returncode}): {proc.stderr[-800:]}")
    return int(m.group(1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder")
    ap.add_argument("--n", type=int, default=40)
    ap.add_argument("--only", choices=("score", "all"), default="all")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--src", default=str(ROOT))
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="fzcallgrind-"))
    out.mkdir(parents=True, exist_ok=True)
    base = count(args.python, args.src, args.folder, args.n, 0, args.only, out)
    more = count(args.python, args.src, args.folder, args.n, 1, args.only, out)
    print(f"{args.src} {args.only}: {(more - base) / args.n / 1e6:.2f} M instructions a report "
          f"({args.n} reports of {args.folder}, each new to the caches)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
