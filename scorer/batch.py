"""Score a whole submission round: many files, in parallel, where one bad file stops nothing.

The parent process discovers the inputs, names the outputs, hands work to a pool of worker
processes (each loads dictionaries and rubrics once) and writes the round's summaries. Workers
write each report's JSON and HTML scorecards themselves, atomically, and send back one small
row. A worker that dies takes no other report with it: the reports it had in hand are retried
one by one, and the one that kills its worker again is recorded as crashed.
"""
from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import sys
import tempfile
import time
from collections import Counter, deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from . import __version__
from .outputs import atomic_write

SUPPORTED = {".txt", ".text", ".docx", ".pdf", ".html", ".htm", ".shtml", ".doc", ".wps"}
MANIFEST = ".fzscore-manifest.jsonl"  # a line per report scored before, after a line of check lists


@dataclass(slots=True)
class Task:
    name: str  # output name, unique in the round
    path: str
    outdir: str
    rubric: str | None
    html: bool
    published: str | None = None


class RowStore:
    """The round's rows in a temporary file beside the outputs, with only an index in memory,
    so that the parent's memory stays flat however many reports there are."""

    def __init__(self, outdir: Path, checks: dict | None = None):
        fd, self.path = tempfile.mkstemp(prefix=".fzscore-rows.", suffix=".tmp", dir=outdir)
        self.file = os.fdopen(fd, "w+b")
        self.index: dict[str, tuple[int, int]] = {}
        self.checks: dict[str, list] = dict(checks or {})  # rubric label -> [[check id, name], ...]
        self.interrupted = False

    def add(self, row: dict) -> None:
        check_list = row.pop("check_list", None)
        if check_list is not None:
            self.checks[row["rubric"]] = check_list  # freshly scored: the rubric as it is now
        data = json.dumps(row, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self.file.seek(0, os.SEEK_END)
        self.index[row["name"]] = (self.file.tell(), len(data))
        self.file.write(data + b"\n")

    def get(self, name: str) -> dict:
        offset, size = self.index[name]
        self.file.seek(offset)
        return json.loads(self.file.read(size))

    def rows(self, status: tuple[str, ...] | None = None):
        """Rows in name order, read back one at a time through a handle of their own (so that
        several readers, in this process or a forked one, never move each other's offset)."""
        self.file.flush()  # here, not in the generator: a forked reader must not flush our buffer again
        return self._read_rows(sorted(self.index), status)

    def _read_rows(self, names: list[str], status: tuple[str, ...] | None):
        with open(self.path, "rb") as f:
            for name in names:
                offset, size = self.index[name]
                f.seek(offset)
                row = json.loads(f.read(size))
                if status is None or row.get("status") in status:
                    yield row

    def __len__(self) -> int:
        return len(self.index)

    def close(self) -> None:
        self.file.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)


# ---------------------------------------------------------------- inputs and names


def discover(inputs: list[str], exclude: str | None = None) -> tuple[list[str], list[dict]]:
    """Files to score (sorted, unique) and files skipped as unsupported, from files, folders and
    globs; nothing under `exclude` (the output folder, when it sits inside an input folder).
    Paths are kept as strings: Path objects for a round of 20,000 files peaked at 30 MB."""
    found: dict[str, str] = {}
    skip_root = os.path.abspath(exclude) + os.sep if exclude else None
    skipped = []
    missing = []
    for item in inputs:
        if any(c in item for c in "*?["):
            paths = [str(Path(p)) for p in glob.glob(item, recursive=True)]  # tidied as Path does: ./a//b → a/b
            if not paths:
                missing.append(item)
        elif os.path.isdir(item):
            # os.walk, not Path.rglob: rglob keeps every path it yields in a set (Python 3.11)
            paths = (f for root, _dirs, names in os.walk(str(Path(item))) for n in names
                     if os.path.isfile(f := os.path.join(root, n)))
        elif os.path.exists(item):
            paths = [str(Path(item))]
        else:
            missing.append(item)
            continue
        for p in paths:
            name = os.path.basename(p)
            if name.startswith(".") or os.path.isdir(p):
                continue
            if skip_root and os.path.abspath(p).startswith(skip_root):
                continue
            dot = name.rfind(".")
            suffix = name[dot:] if 0 < dot < len(name) - 1 else ""  # as Path.suffix: "报告." has none
            if suffix.lower() in SUPPORTED:
                found.setdefault(os.path.abspath(p), p)
            else:
                skipped.append({"path": p, "reason": f"不支持的文件类型（{suffix or '无扩展名'}），已跳过"})
    for item in missing:
        skipped.append({"path": item, "reason": "找不到该文件或没有匹配的文件"})
    return sorted(found.values()), sorted(skipped, key=lambda s: s["path"])


RESERVED = {"index", "summary", "run-info"}
MAX_NAME = 80  # characters; with .json/.html and a temp prefix, well inside 255 bytes of UTF-8


def output_names(files: list) -> dict:
    """Each report's output name (keyed by the path as given, a str or a Path): its stem, or,
    where stems collide, its path below the common folder; unsafe characters replaced, long names
    shortened with a hash, our own names avoided."""
    def stem(p) -> str:
        return _safe(os.path.splitext(os.path.basename(os.fspath(p)))[0])

    stems = Counter(stem(p) for p in files)
    folders = {os.path.dirname(os.path.abspath(p)) for p in files}  # a few folders, however many files
    common = os.path.commonpath(sorted(folders)) if folders else "."
    names: dict = {}
    taken: set[str] = set()
    for p in files:
        name = stem(p)
        if stems[name] != 1:
            name = _safe("__".join(os.path.relpath(os.path.abspath(p), common).split(os.sep)))
        if len(name) > MAX_NAME:
            name = name[: MAX_NAME - 9] + "~" + hashlib.sha1(os.path.abspath(p).encode()).hexdigest()[:8]
        if name.lower() in RESERVED or name.startswith("."):
            name = "report-" + name
        base, n = name, 2
        while name in taken:  # still equal (e.g. 报告:甲 and 报告_甲): number them in sorted order
            name, n = f"{base}~{n}", n + 1
        taken.add(name)
        names[p] = name
    return names


def _safe(name: str) -> str:
    return "".join("_" if c in '/\\:*?"<>|' or ord(c) < 32 else c for c in name)


# ---------------------------------------------------------------- the worker side

_WORKER: dict = {}


def _init_worker() -> None:
    """Load what every report needs once per worker process; Ctrl-C is the parent's to handle."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _load_shared()


def _load_shared() -> None:
    from . import pipeline  # noqa: F401  (the scoring modules, imported before the fork)
    from .rubric import for_level

    for level in (None, "province", "township", "department"):
        for_level(level)
    from .textnorm import make_keys

    make_keys(["預熱，"])  # OpenCC and the width-folding tables


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)  # cards are trees
CHUNK = 8  # reports per round trip to a worker: fewer, larger messages


def score_chunk(tasks: list[Task]) -> list[dict]:
    return [score_task(t) for t in tasks]


def score_task(task: Task) -> dict:
    """Score one file and write its scorecards; never raises (one bad file stops nothing)."""
    from .errors import FzscoreError
    from .pipeline import score_path
    from .rubric import load

    row = {"name": task.name, "path": task.path}
    try:
        rubric = None
        if task.rubric:
            rubric = _WORKER.get(task.rubric)
            if rubric is None:
                rubric = _WORKER[task.rubric] = load(task.rubric)
        card = score_path(task.path, rubric, task.published)
        atomic_write(os.path.join(task.outdir, f"{task.name}.json"), _JSON.encode(card))
        if task.html:
            from .render.html import render_html

            atomic_write(os.path.join(task.outdir, f"{task.name}.html"), render_html(card))
    except FzscoreError as err:
        row.update(status="error", reason=getattr(err, "problem", str(err)))
        return row
    except OSError as exc:
        row.update(status="error", reason=f"无法写出评分表（{exc.strerror or exc}）")
        return row
    except Exception as exc:  # a bug on this input: record it, keep going
        row.update(status="error", reason=f"内部错误：{type(exc).__name__}: {exc}")
        return row
    row.update(summary_row(card))
    if card.get("needs_review") and not any(c["status"] in ("pass", "partial", "fail") for c in card["checks"]):
        row.update(status="needs_review", reason="文字无法可靠提取，需要人工审核", score=None, grade=None)
    return row


def summary_row(card: dict) -> dict:
    doc = card["document"]
    deadline = next((c for c in card["checks"] if c["kind"] == "deadline"), None)
    return {
        "status": "scored" if doc["is_report"] else "not_report",
        "reason": None if doc["is_report"] else doc["not_report_reason"],
        "sha256": card["source"]["sha256"],
        "format": card["source"]["format"],
        "issuer": doc["issuer"],
        "level": doc["level"],
        "report_year": doc["report_year"],
        "publish_date": doc["publish_date"],
        "score": card["score"] if doc["is_report"] else None,
        "grade": card["grade"] if doc["is_report"] else None,
        "missing": [sid for sid, s in card["sections"].items() if s.get("required", True) and not s["present"]],
        "on_time": None if deadline is None or deadline["status"] not in ("pass", "fail") else deadline["status"] == "pass",
        "rubric": f"{card['rubric']['id']} {card['rubric']['version']}",
        # points and lost checks by position in the rubric's check list; the list itself travels
        # once per rubric (check_list, kept by the parent), so rows stay small for big rounds
        "points": [c["points"] if c["status"] in ("pass", "partial", "fail") else None for c in card["checks"]],
        "failed": [i for i, c in enumerate(card["checks"]) if c["status"] in ("fail", "partial")],
        "check_list": [[c["id"], c["name"]] for c in card["checks"]],
        "needs_review": card.get("needs_review", False),
    }


# ---------------------------------------------------------------- the parent side


def rubric_fingerprint(name: str | None) -> str:
    """What makes an earlier result reusable: fzscore's version and the rubrics' contents."""
    from .rubric import layer_paths, shipped_rubrics

    h = hashlib.sha256(__version__.encode())
    paths = layer_paths(name) if name else list(shipped_rubrics().values())
    for p in sorted(set(paths)):
        h.update(Path(p).read_bytes())
    return h.hexdigest()[:16]


def run(tasks: list[Task], jobs: int, manifest: "Manifest", fingerprint: str, force: bool,
        outdir: Path, on_row=None) -> RowStore:
    """Score the tasks, skipping those whose content and rubric are unchanged since the last run."""
    store = RowStore(outdir, manifest.checks)
    todo = []
    for t in tasks:
        prev = None if force else manifest.entries.get(t.name)
        digest = _sha256(t.path) if prev else None  # hash only what an earlier run could vouch for
        if (digest and prev[0] == digest and prev[1] == fingerprint
                and (Path(t.outdir) / f"{t.name}.json").exists() and (not t.html or (Path(t.outdir) / f"{t.name}.html").exists())):
            row = dict(manifest.row(t.name), reused=True)
            store.add(row)
            if on_row:
                on_row(row)
            continue
        todo.append(t)
    try:
        for row in _pool_map(todo, jobs):
            store.add(row)
            if on_row:
                on_row(row)
    except KeyboardInterrupt:
        store.interrupted = True
    return store


def _pool_map(tasks: list[Task], jobs: int):
    """Yield rows as tasks finish, from a pool of worker processes (always a pool: a file that
    crashes its parser must not take the parent down). A broken pool is replaced; the tasks it
    had in hand are then run one at a time, so the file that kills a worker again is recorded
    as crashed and no other file is lost."""
    pending = deque(tasks)
    strikes: Counter[str] = Counter()
    _load_shared()  # once in the parent: forked workers inherit rubrics and dictionaries
    while pending:
        pool = ProcessPoolExecutor(max_workers=max(1, jobs), initializer=_init_worker)
        in_flight: dict = {}
        broken = False
        try:
            while pending or in_flight:
                while pending and len(in_flight) < max(1, jobs) * 3:
                    chunk = [pending.popleft() for _ in range(min(CHUNK, len(pending)))]
                    in_flight[pool.submit(score_chunk, chunk)] = chunk
                    _prefetch(chunk)
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for fut in done:
                    chunk = in_flight.pop(fut)
                    try:
                        yield from fut.result()
                    except BrokenProcessPool:
                        broken = True
                        for t in chunk:
                            strikes[t.name] += 1
                            pending.appendleft(t)
                    except Exception as exc:  # e.g. a row that cannot travel back: these files only
                        for t in chunk:
                            yield {"name": t.name, "path": t.path, "status": "error",
                                   "reason": f"内部错误：{type(exc).__name__}: {exc}"}
                if broken:
                    for chunk in in_flight.values():
                        for t in chunk:
                            strikes[t.name] += 1
                            pending.appendleft(t)
                    in_flight.clear()
                    break
        finally:
            pool.shutdown(wait=not broken, cancel_futures=True)
        if broken:
            suspects = [t for t in pending if strikes[t.name]]
            pending = deque(t for t in pending if not strikes[t.name])
            for t in sorted(suspects, key=lambda x: x.name):
                yield _isolated(t)


def _prefetch(tasks: list[Task]) -> None:
    """Ask the OS to start reading files a worker will open soon (a chunk waits behind a few
    others), so that its disk reads overlap the scoring of the files before it."""
    advise = getattr(os, "posix_fadvise", None)
    if advise is None:
        return
    for t in tasks:
        try:
            fd = os.open(t.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))  # a named pipe must not block us
        except OSError:
            continue  # the worker reports it
        try:
            advise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
        except OSError:
            pass
        finally:
            os.close(fd)


def _isolated(task: Task) -> dict:
    """Run one task in a pool of its own: if it kills its worker, it alone is recorded as crashed."""
    pool = ProcessPoolExecutor(max_workers=1, initializer=_init_worker)
    try:
        return pool.submit(score_task, task).result()
    except BrokenProcessPool:
        return {"name": task.name, "path": task.path, "status": "error",
                "reason": "评分进程崩溃（该文件可能触发了解析库的缺陷）"}
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _sha256(path: str) -> str | None:
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


class Manifest:
    """What earlier runs scored: name -> (sha256, rubric fingerprint), rows read on demand."""

    def __init__(self, path: Path | None = None):
        self.path = path
        self.entries: dict[str, tuple[str, str, int]] = {}  # name -> (sha256, fingerprint, offset)
        self.checks: dict[str, list] = {}
        if path is None:
            return
        try:
            with open(path, "rb") as f:
                first = f.readline()
                self.checks = json.loads(first).get("checks", {}) if first else {}
                while True:
                    offset = f.tell()
                    line = f.readline()
                    if not line:
                        break
                    e = json.loads(line)
                    self.entries[e["name"]] = (e["sha256"], e["rubric_fp"], offset)
        except (OSError, ValueError, KeyError, AttributeError):
            self.entries, self.checks = {}, {}  # no usable manifest: score everything

    def row(self, name: str) -> dict:
        with open(self.path, "rb") as f:
            f.seek(self.entries[name][2])
            return json.loads(f.readline())["row"]


def load_manifest(outdir: Path) -> Manifest:
    path = outdir / MANIFEST
    return Manifest(path if path.exists() else None)


def save_manifest(outdir: Path, store: RowStore, fingerprint: str, old: Manifest) -> None:
    """Rewrite the manifest: this run's rows, plus earlier entries for files not seen this time."""
    from .outputs import atomic_file

    with atomic_file(outdir / MANIFEST, "wb") as f:
        f.write(json.dumps({"checks": store.checks}, ensure_ascii=False).encode() + b"\n")
        for row in store.rows():
            if row.get("status") in ("scored", "not_report") and row.get("sha256"):
                row.pop("reused", None)
                entry = {"name": row["name"], "sha256": row["sha256"], "rubric_fp": fingerprint, "row": row}
                f.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
        for name in sorted(set(old.entries) - set(store.index)):
            e = old.entries[name]
            entry = {"name": name, "sha256": e[0], "rubric_fp": e[1], "row": old.row(name)}
            f.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")


def progress_printer(total: int, stream=sys.stderr):
    """A one-line progress display for a TTY: count, rate and time left."""
    start = time.monotonic()
    count = 0

    def show(_row=None):
        nonlocal count
        count += 1
        elapsed = max(time.monotonic() - start, 1e-6)
        rate = count / elapsed
        left = (total - count) / rate if rate else 0
        width = 30
        filled = int(width * count / total) if total else width
        stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {count}/{total}  {rate:.1f} 份/秒  剩余 {int(left // 60):02d}:{int(left % 60):02d} ")
        stream.flush()
        if count == total:
            stream.write("\n")

    return show


def write_jsonl(path: Path, outdir: Path, rows) -> None:
    """One scorecard per line, in name order, read back from the JSON files (memory stays flat)."""
    from .outputs import atomic_file

    with atomic_file(path) as out:
        for row in rows:  # in name order
            if row.get("status") not in ("scored", "not_report"):
                continue
            card = json.loads((outdir / f"{row['name']}.json").read_text(encoding="utf-8"))
            card.pop("generated_at", None)
            out.write(json.dumps(card, ensure_ascii=False, separators=(",", ":")) + "\n")
