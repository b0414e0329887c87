#!/usr/bin/env python3
"""Where a real batch's worker CPU goes: run `fzscore batch` in this process with each worker timing
its steps (score_path, sketch, last year's comparison, JSON, page, writes, the collector) on its own
CPU clock, then print each worker's ms a report against its whole CPU (what is not in score_task is
the pool's: receiving chunks, sending rows).

    python benchmarks/bench_workers.py OUT -- BATCH ARGS...
    e.g. python benchmarks/bench_workers.py /tmp/w -- /tmp/perf24c/mixed2k/in -j 2 -q --force --previous /tmp/p7/prev

bench_perreport.py times the same steps in one process on an idle core; the difference between the
two is what running two workers at once (and the machine's other load) costs.
"""
from __future__ import annotations

import gc
import json
import os
import resource
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    if len(sys.argv) < 3 or "--" not in sys.argv:
        print(__doc__)
        return 2
    out = sys.argv[1]
    args = sys.argv[sys.argv.index("--") + 1:]
    sys.argv = ["fzscore", "batch", *args, "-o", out]
    import scorer.render.html as page
    import scorer.scoring.pipeline as pipeline
    from scorer.cli.main import main as cli
    from scorer.round import batch

    probes = tempfile.mkdtemp(prefix="fzworkers-")
    spent: dict = defaultdict(float)
    calls: dict = defaultdict(int)
    clock = time.process_time

    def timed(module, name: str, key: str) -> None:
        f = getattr(module, name)

        def wrapper(*a, **k):
            t = clock()
            try:
                return f(*a, **k)
            finally:
                spent[key] += clock() - t
                calls[key] += 1

        setattr(module, name, wrapper)

    for module, name, key in ((pipeline, "score_path", "read+score"), (batch, "_write_sketch", "sketch"),
                              (batch, "_last_year", "compare"), (batch, "card_json", "json"),
                              (page, "render_html", "html"), (batch, "atomic_write", "write"),
                              (batch, "score_task", "task")):
        timed(module, name, key)
    worker_main = batch._worker_main

    def probed(conn, parent, forked):
        spent.clear()
        calls.clear()
        began: dict = {}

        def collector(phase, info):
            if phase == "start":
                began["t"] = clock()
            else:
                spent[f"gc{info['generation']}"] += clock() - began["t"]

        gc.callbacks.append(collector)
        real_exit = os._exit

        def leave(code):
            ru = resource.getrusage(resource.RUSAGE_SELF)
            with open(os.path.join(probes, f"{os.getpid()}.json"), "w") as fh:
                json.dump({"spent": spent, "calls": calls, "cpu": ru.ru_utime + ru.ru_stime}, fh)
            real_exit(code)

        os._exit = leave
        worker_main(conn, parent, forked)

    batch._worker_main = probed
    began = time.perf_counter()
    try:
        cli()
    except SystemExit:
        pass
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"wall {time.perf_counter() - began:.2f} s, parent CPU {me.ru_utime + me.ru_stime:.2f} s, "
          f"workers and other children {kids.ru_utime + kids.ru_stime:.2f} s")
    for name in sorted(os.listdir(probes)):
        d = json.loads(Path(probes, name).read_text())
        n = d["calls"].get("task") or 1
        parts = ", ".join(f"{k} {v * 1000 / n:.2f}" for k, v in sorted(d["spent"].items()))
        print(f"worker {name[:-5]}: {n} reports, CPU {d['cpu'] * 1000 / n:.2f} ms a report; {parts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
