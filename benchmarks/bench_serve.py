#!/usr/bin/env python3
"""How fast `fzscore serve` answers for a big round: the index (server-side paging, sort, filter)
and a scorecard page, over HTTP from a real uvicorn server, median of --repeat requests.

    python benchmarks/bench_serve.py [--rows 5000] [--fresh 500] [--repeat 5] [--upload 200]

The round is made by scoring the labelled dev reports once and copying their cards under --rows
names (each with its own content hash, issuer and score), kept as `fzscore batch` keeps a round;
--fresh of them are rewritten afterwards, as a batch still running would (read from their JSON).
A tenth of the reports carry a review. Targets (issue 23): index < 1 s, scorecard page < 200 ms.
With --upload N, N reports are uploaded to a new round in one request and timed until scored,
against `fzscore batch` on the same files (the same pool: the two should take the same time).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_round(out: Path, rows: int, fresh: int) -> list[str]:
    from scorer.round.live import row_of_card
    from scorer.round.records import RowStore
    from scorer.round.review.outdir import write_round
    from scorer.round.review.store import STORE_NAME, ReviewStore
    from scorer.scoring.pipeline import score_path

    sources = sorted((ROOT / "tests" / "shared" / "corpus" / "dev").glob("*.txt"))
    cards = [score_path(str(p)) for p in sources]
    out.mkdir(parents=True)
    rng = random.Random(23)
    store = RowStore(out)
    names, reviews = [], []
    for i in range(rows):
        card = json.loads(json.dumps(cards[i % len(cards)]))
        name = f"{'东西南北'[i % 4]}{i:05d}镇"
        card["source"]["sha256"] = hashlib.sha256(name.encode()).hexdigest()
        card["source"]["path"] = f"/报告/{name}.txt"
        card["document"]["issuer"] = f"{name}人民政府"
        card["score"] = round(rng.uniform(30, 99), 1)
        (out / f"{name}.json").write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
        row = row_of_card(name, card)
        store.add(row)
        names.append(name)
        if i % 10 == 0:
            check = card["checks"][0]
            reviews.append({"kind": "adjust", "sha256": card["source"]["sha256"], "report": name, "check_id": check["id"],
                            "check_name": check["name"], "rubric_id": card["rubric"]["id"],
                            "rubric_version": str(card["rubric"]["version"]), "machine_status": check["status"],
                            "machine_points": check["points"], "max_points": check["max_points"], "reviewed_status": "pass",
                            "reviewed_points": check["max_points"], "reason": "基准", "reviewer": "基准"})
    write_round(out, store.rows(), store.checks, [], None, None)
    store.close()
    with ReviewStore(out / STORE_NAME) as reviews_store:
        reviews_store.append(reviews)
    from scorer.round.review.outdir import refresh

    refresh(out, set())  # the outputs in step with the store, as after `fzscore review`
    time.sleep(0.05)
    for name in names[:fresh]:  # written after the kept rows, as by a batch still running
        path = out / f"{name}.json"
        path.write_bytes(path.read_bytes())
    return names


def timed(url: str, repeat: int, cookie: str) -> tuple[float, float, int]:
    """(first, median of the rest) in ms, and the size of the answer."""
    times, size = [], 0
    for _ in range(repeat + 1):
        req = urllib.request.Request(url, headers={"Cookie": cookie})
        t = time.perf_counter()
        with urllib.request.urlopen(req) as r:
            size = len(r.read())
        times.append(1000 * (time.perf_counter() - t))
    return times[0], statistics.median(times[1:]), size


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--fresh", type=int, default=500)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--upload", type=int, default=0)
    args = ap.parse_args()
    import uvicorn

    from scorer.serve.app import Config, create_app

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "大轮次"
        t = time.perf_counter()
        names = make_round(out, args.rows, args.fresh)
        print(f"round: {args.rows} reports ({args.fresh} written after the kept rows), made in {time.perf_counter() - t:.1f} s")
        from scorer.round.live import LiveRound

        t = time.perf_counter()
        LiveRound(out).rows()
        print(f"reading the round cold (kept rows + {args.fresh} fresh cards): {1000 * (time.perf_counter() - t):.0f} ms"
              " (the server does it once, at start)")
        app = create_app(Config(rounds=[out], home=Path(tmp)))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        session = app.state.sessions.new("基准")
        cookie = f"fzscore_session={session.token}"
        rid = quote("大轮次")
        name = quote(names[len(names) // 2])
        print(f"{'page':<44} {'first':>8} {'median':>8}  size")
        for label, path in (
            ("index (first open: reads kept rows + fresh cards)", f"/r/{rid}/"),
            ("index, sorted by score", f"/r/{rid}/?sort=score"),
            ("index, page 60 by 单位", f"/r/{rid}/?sort=issuer&order=asc&page=60"),
            ("index, filter 南 + 待复核", f"/r/{rid}/?q=%E5%8D%97&review=pending"),
            ("progress poll (status)", f"/r/{rid}/status"),
            ("scorecard page (review panel)", f"/r/{rid}/c/{name}"),
            ("scorecard itself (render_html)", f"/r/{rid}/c/{name}/card.html"),
        ):
            first, median, size = timed(base + path, args.repeat, cookie)
            print(f"{label:<44} {first:7.0f}ms {median:7.0f}ms  {size / 1024:.0f} KB")
        # a review posted in the page: one transaction; then, in the background, the card and the
        # round's summaries (index.html, summary.csv, summary.xlsx) rewritten as `fzscore review` does
        from urllib.parse import urlencode

        times = []
        for i, who in enumerate(names[1:4]):
            data = urlencode({"csrf": session.csrf, "check": "conformity.deadline", "status": "pass",
                              "reason": f"基准 {i}"}).encode()
            req = urllib.request.Request(f"{base}/r/{rid}/c/{quote(who)}/adjust", data=data, headers={"Cookie": cookie})
            t = time.perf_counter()
            with urllib.request.urlopen(req) as r:
                r.read()
            times.append(1000 * (time.perf_counter() - t))
        print(f"{'a review posted (saved; outputs follow)':<44} {times[0]:7.0f}ms {statistics.median(times):7.0f}ms")
        t = time.perf_counter()
        app.state.refresher.wait(out, 600)
        print(f"{'... index.html, csv, xlsx in step after':<44} {1000 * (time.perf_counter() - t):7.0f}ms")
        if args.upload:
            upload_vs_batch(app, base, cookie, session.csrf, Path(tmp), args.upload)
        server.should_exit = True
    return 0


def upload_vs_batch(app, base: str, cookie: str, csrf: str, tmp: Path, n: int) -> None:
    import subprocess
    import uuid

    sources = sorted((ROOT / "tests" / "shared" / "corpus" / "dev").glob("*.txt"))
    folder = tmp / "uploads-src"
    folder.mkdir()
    for i in range(n):
        text = sources[i % len(sources)].read_text(encoding="utf-8")
        (folder / f"报告{i:04d}.txt").write_text(text + f"\n（第 {i} 份）\n", encoding="utf-8")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "scorer", "batch", str(folder), "-o", str(tmp / "batch-out"), "-q"], check=False)
    batch_s = time.perf_counter() - t
    boundary = uuid.uuid4().hex
    parts = [f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n".encode()]
    for p in sorted(folder.iterdir()):
        parts.append(f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{p.name}\"\r\n"
                     f"Content-Type: text/plain\r\n\r\n".encode() + p.read_bytes() + b"\r\n")
    body = b"".join(parts) + f"--{boundary}--\r\n".encode()
    (tmp / "上传轮次" / "上传原文").mkdir(parents=True)
    app.state.rounds.scan()
    rid = quote("上传轮次")
    t = time.perf_counter()
    req = urllib.request.Request(f"{base}/r/{rid}/upload", data=body, headers={
        "Cookie": cookie, "Content-Type": f"multipart/form-data; boundary={boundary}"})
    with urllib.request.urlopen(req) as r:
        r.read()
    while True:
        with urllib.request.urlopen(urllib.request.Request(f"{base}/r/{rid}/status", headers={"Cookie": cookie})) as r:
            jobs = json.loads(r.read())["jobs"]
        if jobs and jobs[0]["state"] in ("finished", "failed"):
            break
        time.sleep(0.2)
    upload_s = time.perf_counter() - t
    print(f"upload {n} reports, scored: {upload_s:.1f} s ({jobs[0]['done']} done, {jobs[0]['state']}); "
          f"fzscore batch on the same files: {batch_s:.1f} s")


if __name__ == "__main__":
    sys.exit(main())
