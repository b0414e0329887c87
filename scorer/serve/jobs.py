"""Scoring uploads in the background: one child process per job, running the round's own pool.

The child (`python -m scorer.serve.jobs`, see `main`) calls round.grow.add_reports, which hands
the files to the batch's worker processes; it reports its progress as JSON lines on stdout and
dies with the server. Jobs of one round run one after another; the page polls their progress.
A server killed mid-job loses nothing the user was told was saved: the uploaded files are on
disk, and files not yet scored are scored again when the server starts (`pending_uploads`).
"""
from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

UPLOADS = "上传原文"  # the originals uploaded in the browser, inside the round folder


@dataclass
class Job:
    id: int
    round_id: str
    total: int
    done: int = 0
    failed: int = 0
    state: str = "queued"  # queued | running | finished | failed
    message: str = ""
    started: float = field(default_factory=time.time)

    def public(self) -> dict:
        return {"id": self.id, "total": self.total, "done": self.done, "failed": self.failed, "state": self.state,
                "message": self.message}


class Jobs:
    def __init__(self, jobs_per_round: int | None = None):
        self.jobs: dict[int, Job] = {}
        self._ids = itertools.count(1)
        self._round_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self.workers = jobs_per_round
        self.children: set[subprocess.Popen] = set()

    def of_round(self, round_id: str) -> list[Job]:
        return [j for j in self.jobs.values() if j.round_id == round_id]

    def start(self, round_id: str, out: Path, files: list[str]) -> Job:
        with self._lock:
            job = Job(next(self._ids), round_id, len(files))
            self.jobs[job.id] = job
            lock = self._round_locks.setdefault(round_id, threading.Lock())
        threading.Thread(target=self._run, args=(job, lock, out, files), daemon=True, name=f"fzscore-job-{job.id}").start()
        return job

    def _run(self, job: Job, lock: threading.Lock, out: Path, files: list[str]) -> None:
        with lock:
            job.state = "running"
            cmd = [sys.executable, "-m", "scorer.serve.jobs", str(out)]
            if self.workers:
                cmd += ["--jobs", str(self.workers)]
            try:
                proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True, encoding="utf-8")
            except OSError as exc:
                job.state, job.message = "failed", f"无法启动评分进程（{exc}）"
                return
            self.children.add(proc)
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(json.dumps(files, ensure_ascii=False))
            proc.stdin.close()
            for line in proc.stdout:
                try:
                    event = json.loads(line)
                except ValueError:
                    continue
                if "row" in event:
                    job.done += 1
                    job.failed += event["row"] not in ("scored", "not_report", "needs_review")
                elif "end" in event:
                    job.message = f"已评分 {event['end']['scored']} 份，用时 {event['end']['seconds']} 秒"
                elif "error" in event:
                    job.message = event["error"]
            err = proc.stderr.read() if proc.stderr else ""
            code = proc.wait()
            self.children.discard(proc)
            job.state = "finished" if code == 0 else "failed"
            if code != 0 and not job.message:
                from scorer.text.sanitize import one_line

                job.message = one_line(err.strip().splitlines()[-1] if err.strip() else f"评分进程退出码 {code}")

    def stop_all(self) -> None:
        for proc in list(self.children):
            proc.terminate()


def pending_uploads(out: Path, rows: list[dict]) -> list[str]:
    """Uploaded files of a round that no row accounts for (the server stopped before scoring them)."""
    folder = out / UPLOADS
    if not folder.is_dir():
        return []
    known = {os.path.abspath(r["path"]) for r in rows if r.get("path")}
    return sorted(str(p) for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                  and os.path.abspath(p) not in known)


def main(argv: list[str] | None = None) -> int:
    """The child: read the file list (JSON) from stdin, score into the round folder, report as JSON lines."""
    import argparse

    from scorer.round.outputs import die_with_parent

    die_with_parent()
    parser = argparse.ArgumentParser(prog="scorer.serve.jobs")
    parser.add_argument("outdir")
    parser.add_argument("--jobs", type=int, default=None)
    args = parser.parse_args(argv)
    files = json.loads(sys.stdin.read())

    def say(event: dict) -> None:
        sys.stdout.write(json.dumps(event, ensure_ascii=False) + "\n")
        sys.stdout.flush()

    from scorer.round.grow import add_reports
    from scorer.text.errors import FzscoreError

    try:
        result = add_reports(Path(args.outdir), files, args.jobs, on_start=lambda n: say({"start": n}),
                             on_row=lambda r: say({"row": r.get("status"), "name": r.get("name")}))
    except (FzscoreError, OSError) as exc:
        say({"error": str(exc)})
        return 2
    say({"end": result})
    return 0


if __name__ == "__main__":
    sys.exit(main())


class Refresher:
    """Brings a round's outputs (cards, index.html, summary.csv/.xlsx) in step with its review store
    after decisions made in the page: in the background, one refresh at a time per round, decisions
    arriving meanwhile sharing the next one. A decision is saved when the store commits it; the page
    shows it from the store at once, the round's outputs within a refresh (seconds for 5,000 reports)."""

    def __init__(self) -> None:
        self._pending: dict[Path, tuple[set[str], set[str]]] = {}
        self._busy: set[Path] = set()
        self._cond = threading.Condition()
        self.errors: dict[Path, str] = {}

    def schedule(self, out: Path, sha256: str | None = None, name: str | None = None) -> None:
        with self._cond:
            shas, names = self._pending.setdefault(out, (set(), set()))
            if sha256:
                shas.add(sha256)
            if name:
                names.add(name)
            if out not in self._busy:
                self._busy.add(out)
                threading.Thread(target=self._run, args=(out,), daemon=True, name="fzscore-refresh").start()

    def _run(self, out: Path) -> None:
        from scorer.round.review.outdir import heal, refresh
        from scorer.text.sanitize import one_line

        while True:
            with self._cond:
                work = self._pending.pop(out, None)
                if work is None:
                    self._busy.discard(out)
                    self._cond.notify_all()
                    return
            try:
                if work[0] or work[1]:
                    refresh(out, work[0], sorted(work[1]))
                else:
                    heal(out)
                self.errors.pop(out, None)
            except Exception as exc:  # shown on the round's page; the store has the decisions
                self.errors[out] = one_line(f"{type(exc).__name__}: {exc}")

    def wait(self, out: Path, timeout: float) -> bool:
        """True when the round's outputs are in step (no refresh pending) within `timeout` seconds."""
        with self._cond:
            return self._cond.wait_for(lambda: out not in self._busy, timeout)
