#!/usr/bin/env python3
"""What the round's analyses (scorer/round/analyses) cost: `fzscore batch` with and without them,
and the copying stage alone at scale.

    python benchmarks/bench_analyses.py --n 2000 [--html]     batch with and without analyses (time, peak memory)
    python benchmarks/bench_analyses.py --n 20000 --stage     the copying stage alone on N reports: the sketch files
                                                              (as the workers write them), then the parent's reading,
                                                              index and verification apart; time and peak memory
    python benchmarks/bench_analyses.py --n 500 --compare     winnowing vs datasketch MinHash+LSH: recall on planted copies
    python benchmarks/bench_analyses.py --input DIR [--html] [--previous OLD]
                                                              batch without analyses, with copying, and (with
                                                              --previous) with both, on a round already made
                                                              (e.g. bench_batch.py's mixed-format round: --keep DIR, then DIR/in)

Reports are generated from the corpus (tests/shared/corpus: dev and pages): sentences drawn from
several reports, each with characters replaced every few characters (so that independent reports
share no passage, as real ones mostly do not), with the same opening and formulas in all (the
boilerplate), and 1 % of them given another report's paragraph (the planted copies).
Target (issue 24): ≤ 25 % added to the batch's time and < 1 GB at 20,000 reports on 2 cores.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "shared" / "corpus"
FILL = "法治政府建设推进依法行政执法监督复议应诉普法宣传规范性文件审查决策程序基层治理"
BOILER = "深入学习贯彻习近平法治思想，认真落实党中央、国务院关于法治政府建设的决策部署，全面推进依法行政。"


def sentences() -> list[str]:
    out = []
    for p in sorted(CORPUS.glob("*/*.txt")):
        out += [s for s in re.split(r"(?<=[。；])", p.read_text(encoding="utf-8")) if len(s) > 15]
    return out


def make_round(n: int, dest: Path, seed: int = 24) -> list[tuple[int, int]]:
    """N reports in dest; returns the planted (source, copy) pairs."""
    rnd = random.Random(seed)
    pool = sentences()
    dest.mkdir(parents=True, exist_ok=True)
    bodies = []
    for _ in range(n):
        paras = []
        for _ in range(rnd.randint(8, 16)):
            para = "".join(rnd.choice(pool).strip() for _ in range(rnd.randint(2, 5)))
            chars = list(para)
            for j in range(rnd.randrange(5), len(chars), 5):
                chars[j] = rnd.choice(FILL)
            paras.append("".join(chars))
        bodies.append(paras)
    planted = []
    for i in range(0, n - 1, 100):  # 1 %: a paragraph of report i copied into report i + 1
        bodies[i + 1][2] = bodies[i][3]
        planted.append((i, i + 1))
    for i, paras in enumerate(bodies):
        issuer = f"第{i}号镇人民政府"
        text = (f"{issuer}关于2024年法治政府建设情况的报告\n一、主要举措和成效\n{BOILER}\n" + "\n".join(paras[:-2])
                + f"\n二、存在的不足\n{paras[-2]}\n三、2025年工作安排\n{paras[-1]}\n{issuer}\n2025年3月1日\n")
        (dest / f"r{i:05d}.txt").write_text(text, encoding="utf-8")
    return planted


def batch(inputs: Path, out: Path, analyses: bool, html: bool, previous: Path | None = None) -> tuple[float, dict]:
    prev = str(previous) if previous else None
    code = ("import sys; from scorer.round import batch; "
            f"r = batch.run_batch(batch.Options([{str(inputs)!r}], {str(out)!r}, jobs=2, html={html}, analyses={analyses}, "
            f"previous={prev!r})); "
            "print(r.analyses and r.analyses['pair_count'])")
    t = time.perf_counter()
    cpu = _children_cpu()
    subprocess.run([sys.executable, "-c", code], check=True, stdout=subprocess.PIPE)
    seconds = time.perf_counter() - t
    info = json.loads((out / "run-info.json").read_text(encoding="utf-8"))
    return seconds, {"cpu_s": round(_children_cpu() - cpu, 1), "stage_s": info.get("analyses_seconds"), **info.get("peak_rss_mb", {})}


def _children_cpu() -> float:
    """CPU seconds (user + system) of the finished child processes: on a shared, loaded machine
    the wall time says more about the neighbours than about the batch."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def stage(n: int) -> None:
    """The parent's side alone: N reports' fingerprints (as the workers write them) into the index."""
    import numpy as np

    from scorer.round.analyses import copying, sketch
    from scorer.round.analyses.stage import _rubric_strings

    with tempfile.TemporaryDirectory() as tmp:
        planted = make_round(n, Path(tmp))
        out = str(Path(tmp) / "out")
        t, c = time.perf_counter(), time.process_time()
        names = []
        for p in sorted(Path(tmp).glob("*.txt")):  # as each worker does after scoring a report
            sketch.write_sketch(out, p.stem, {"text": p.read_text(encoding="utf-8").split("\n"), "structure": {}})
            names.append(p.stem)
        t_fp, c_fp = time.perf_counter() - t, time.process_time() - c
        t, c = time.perf_counter(), time.process_time()
        entries = []
        for name in names:  # the parent: each report's fingerprints as its row arrives
            chars, fps = sketch.read_sketch(out, name) or (0, np.zeros(0, dtype=np.uint64))
            entries.append(copying.Entry(name, name, chars, fps))
        c_read = time.process_time() - c
        cands, boiler = copying.candidates(entries, _rubric_strings())  # the rubric's wording, as the batch passes it
        c_index = time.process_time() - c - c_read
        pairs = copying.verify_candidates(entries, cands, boiler, lambda name: sketch.read_text(out, name))
        t_pairs, c_pairs = time.perf_counter() - t, time.process_time() - c
        c_verify = c_pairs - c_read - c_index
        found = {(int(p.a[1:]), int(p.b[1:])) for p in pairs}
        print(f"n={n}: fingerprints and sketch files {t_fp:.1f} s wall, {c_fp:.1f} s CPU ({1000 * c_fp / n:.2f} ms CPU/report, in "
              f"the workers during a batch); reading the sketches, index + verification {t_pairs:.1f} s wall, {c_pairs:.1f} s CPU (reading {c_read:.1f}, index {c_index:.1f}, verifying {len(cands)} candidate pairs {c_verify:.1f}); pairs {len(pairs)}, planted found {len(found & set(planted))}/{len(planted)}; "
              f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def compare(n: int) -> None:
    """Recall on the planted copies (one paragraph of a report: about a tenth of it): winnowing vs MinHash+LSH."""
    from datasketch import MinHash, MinHashLSH

    from scorer.round.analyses import copying, sketch

    with tempfile.TemporaryDirectory() as tmp:
        planted = set(make_round(n, Path(tmp)))
        docs = {p.stem: sketch.report_text(p.read_text(encoding="utf-8").split("\n")) for p in sorted(Path(tmp).glob("*.txt"))}
        t = time.perf_counter()
        entries = [copying.Entry(k, k, len(v), sketch.fingerprints(v)) for k, v in docs.items()]
        pairs, _ = copying.find_pairs(entries, docs.get, copying.rubric_boilerplate([]))
        won = {(int(p.a[1:]), int(p.b[1:])) for p in pairs}
        t_w = time.perf_counter() - t
        for threshold in (0.1, 0.3):
            t = time.perf_counter()
            lsh = MinHashLSH(threshold=threshold, num_perm=128)
            sigs = {}
            for k, v in docs.items():
                m = MinHash(num_perm=128)
                m.update_batch([v.text[i:i + 12].encode() for i in range(0, max(1, len(v) - 11))])
                sigs[k] = m
                lsh.insert(k, m)
            found = {tuple(sorted((int(k[1:]), int(o[1:])))) for k, m in sigs.items() for o in lsh.query(m) if o != k}
            print(f"MinHash+LSH threshold {threshold}: {time.perf_counter() - t:.1f} s, planted found {len(found & planted)}/{len(planted)}, "
                  f"other pairs {len(found - planted)}")
        print(f"winnowing: {t_w:.1f} s, planted found {len(won & planted)}/{len(planted)}, other pairs {len(won - planted)}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--stage", action="store_true")
    ap.add_argument("--compare", action="store_true")
    ap.add_argument("--html", action="store_true")
    ap.add_argument("--input", type=Path, help="score this folder instead of a generated round")
    ap.add_argument("--previous", type=Path, help="also a run with both analyses against last year's output or reports")
    args = ap.parse_args()
    if args.stage:
        stage(args.n)
        return 0
    if args.compare:
        compare(args.n)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        src = args.input or Path(tmp) / "in"
        if not args.input:
            make_round(args.n, src)
        n = sum(1 for p in src.rglob("*") if p.is_file())
        runs = [("none", False, None), ("copying", True, None)] + ([("both", True, args.previous)] if args.previous else [])
        for name, analyses, previous in runs:
            out = Path(tmp) / f"out-{name}"
            seconds, peak = batch(src, out, analyses, args.html, previous)
            print(f"n={n} html={args.html} analyses={name}: {seconds:.1f} s wall ({n / seconds:.0f} reports/s), "
                  f"CPU and peak RSS (MB) {peak}")
            shutil.rmtree(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
