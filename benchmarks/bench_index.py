#!/usr/bin/env python3
"""How long the round's index page takes in Chromium for a big round: load, sort by score, filter.

    python benchmarks/bench_index.py [--rows 5000]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=5000)
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    from scorer.round.outputs import write_index

    rng = random.Random(7)
    rows = sorted(({"name": f"r{i:05d}", "issuer": f"{'东西南北'[i % 4]}{i}镇人民政府", "level": "township",
                    "report_year": 2024, "score": round(rng.uniform(20, 99), 1), "grade": "良好", "tone": "good",
                    "missing": [], "on_time": True} for i in range(args.rows)), key=lambda r: -r["score"])
    stats = {"total": len(rows), "scored_count": len(rows), "average": 60.0, "best": 99, "worst": 20, "late": 0,
             "reused": 0, "failed": [], "grades": {"良好": len(rows)}, "bins": [0] * 10, "review_states": {}, "most_failed": []}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "index.html"
        write_index(path, stats, iter(rows), [], {"fzscore_version": "b", "rubric": "b", "started": "b", "seconds": 0, "jobs": 1},
                    ["良好"])
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"])
            page = browser.new_page()
            t = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_load_state("load")
            print(f"load   {1000 * (time.perf_counter() - t):7.0f} ms  ({args.rows} rows, {path.stat().st_size / 1e6:.1f} MB)")
            for what, act in (("sort", lambda: page.click("th button[data-k='3']")),
                              ("resort", lambda: page.click("th button[data-k='3']")),
                              ("filter", lambda: page.fill("#q", "南1")),
                              ("clear", lambda: page.fill("#q", ""))):
                t = time.perf_counter()
                act()
                page.evaluate("() => new Promise(r => requestAnimationFrame(() => r()))")
                print(f"{what:<6} {1000 * (time.perf_counter() - t):7.0f} ms")
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
