#!/usr/bin/env python3
"""Throughput and peak memory of `fzscore batch` on a generated round of reports.

    python benchmarks/bench_batch.py [--n 2000] [--jobs 2] [--formats txt,html,docx,pdf] [--keep DIR]

Generates N reports from the dev corpus (../shared/corpus/dev) with varied issuers, years,
encodings and formats (an equal share of each format given), then times `fzscore batch`
writing JSON only (--no-html) and writing HTML too. Peak memory of the parent and of the
largest child process (a worker or the XLSX writer) comes from the run's run-info.json.
Targets (issue 5, 2-core machine): ≥ 300 reports/s JSON only, ≥ 100 reports/s with HTML,
memory flat in N.

    --keep DIR --reuse     score the round generated in DIR before (generation is slow for PDFs)
    --repeat N             time each mode N times and print the median and range (outputs are kept
                           until the end, so the round's output takes N times the disk)
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "tests" / "shared" / "corpus" / "dev"
TOWNS = ["青石", "白沙", "云溪", "枫林", "桃源", "龙湖", "松岭", "石门", "清河", "金山", "凤凰", "柳塘", "梅岭", "新桥", "长兴", "东湖"]
KINDS = ["镇人民政府", "乡人民政府", "街道办事处", "县人民政府", "区人民政府", "县司法局", "县教育局"]


def variants(n: int, formats: list[str], dest: Path, jobs: int = 2) -> None:
    rnd = random.Random(20261122)
    sources = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    if not sources:
        sys.exit(f"no dev corpus at {DEV}")
    work = []
    for i in range(n):
        text = sources[i % len(sources)]
        year = rnd.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025])
        text = re.sub(r"20(1\d|2\d)年", lambda m: f"{year + (int(m.group(0)[:4]) > 2023)}年" if rnd.random() < 0.9 else m.group(0), text)
        issuer = rnd.choice(TOWNS) + rnd.choice(KINDS)
        text = f"{issuer}关于{year}年法治政府建设情况的报告\n" + text
        folder = dest / f"批次{i % 7}" / rnd.choice(["乡镇", "部门", "区县"])
        work.append((i, formats[i % len(formats)], text, issuer, folder / f"报告{i:05d}"))
    # Word and PDF files take 0.05-0.4 s each to build: build them on every core.
    with multiprocessing.Pool(jobs) as pool:
        for note in pool.imap_unordered(_write_variant, work, chunksize=16):
            if note:
                print(note, file=sys.stderr)


_MAKERS: dict = {}


def _makers() -> dict:
    if not _MAKERS:
        sys.path.insert(0, str(ROOT / "tests"))
        try:
            import make_fixtures  # test helpers that build .docx/.pdf from text

            # A TrueType face builds PDFs ~4x faster than a CFF one (Noto CJK): fonttools re-subsets it per file.
            wqy = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
            font = (str(wqy), 0) if wqy.is_file() else make_fixtures.find_cjk_font()
            _MAKERS["docx"] = make_fixtures.make_docx
            if font:
                _MAKERS["pdf"] = lambda text, path: make_fixtures.make_pdf(text, path, font)
        except Exception as exc:  # optional formats: fall back to text
            _MAKERS["note"] = f"note: docx/pdf not generated ({exc})"
    return _MAKERS


def _write_variant(item) -> str | None:
    i, fmt, text, issuer, stem = item
    stem.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "txt":
        enc = ["utf-8", "gb18030", "utf-8-sig"][i % 3]
        stem.with_suffix(".txt").write_bytes(text.encode(enc))
    elif fmt == "html":
        body = "".join(f"<p>{line}</p>\n" for line in text.splitlines() if line.strip())
        page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{issuer}</title></head><body>"
                f"<div class='nav'>首页 | 政务公开 | 法治政府建设年度报告</div><div class='article'>{body}</div>"
                f"<div class='footer'>主办：{issuer} 网站标识码：1234567890</div></body></html>")
        stem.with_suffix(".html").write_text(page, encoding="utf-8")
    elif _makers().get(fmt):
        _makers()[fmt](text, stem.with_suffix(f".{fmt}"))
    else:
        stem.with_suffix(".txt").write_text(text, encoding="utf-8")
        return _MAKERS.get("note")
    return None


def timed(cmd: list[str]) -> tuple[float, int]:
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - t
    if proc.returncode not in (0, 1, 4):
        sys.exit(f"batch failed ({proc.returncode}): {proc.stderr[-500:]}")
    return wall, proc.returncode


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--formats", default="txt,html,docx,pdf")
    ap.add_argument("--keep", type=Path, default=None, help="work in DIR and keep it")
    ap.add_argument("--reuse", action="store_true", help="score the round already generated in --keep DIR")
    ap.add_argument("--modes", default="json,html", help="json (JSON only), html (JSON + HTML), or both")
    ap.add_argument("--repeat", type=int, default=1, help="time each mode N times; the median is printed last")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="fzbench-"))
    src = work / "in"
    if args.reuse and src.is_dir():
        print(f"reusing {sum(1 for p in src.rglob('*') if p.is_file())} reports under {src}")
    else:
        shutil.rmtree(src, ignore_errors=True)
        t = time.perf_counter()
        variants(args.n, args.formats.split(","), src, args.jobs)
        print(f"generated {args.n} reports ({args.formats}) in {time.perf_counter() - t:.1f} s under {src}")
    fz = [sys.executable, "-m", "scorer"]
    modes = {"json": ("JSON only", ["--no-html"]), "html": ("JSON + HTML", [])}
    n = sum(1 for p in src.rglob("*") if p.is_file())
    # Each run writes to a folder of its own, removed only at the end: creating thousands of files
    # right after deleting thousands makes ext4 skip over the recently deleted inodes (kernel time
    # went from 0.5 to 2 s a run), which a reviewer starting a round does not pay.
    outs = work / "outputs"
    shutil.rmtree(outs, ignore_errors=True)
    for label, extra in (modes[m] for m in args.modes.split(",")):
        rates = []
        for run in range(args.repeat):
            out = outs / f"{'json' if extra else 'html'}-{run}"
            wall, code = timed(fz + ["batch", str(src), "-o", str(out), "-j", str(args.jobs), "-q", "--force"] + extra)
            rates.append(n / wall)
            peak = json.loads((out / "run-info.json").read_text(encoding="utf-8")).get("peak_rss_mb", {})
            print(f"{label:<12} {n} reports in {wall:.2f} s = {n / wall:.0f} reports/s (jobs {args.jobs}); peak RSS: "
                  f"parent {peak.get('parent', '?')} MB, largest child {peak.get('largest_child', '?')} MB; exit {code}")
        if args.repeat > 1:  # this machine's speed drifts by 10-25 % from minute to minute: give the spread
            print(f"{label:<12} median {statistics.median(rates):.0f} reports/s, range {min(rates):.0f}-{max(rates):.0f} "
                  f"over {args.repeat} runs")
    shutil.rmtree(outs, ignore_errors=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
