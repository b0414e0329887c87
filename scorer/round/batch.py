"""Score a whole submission round: many files, in parallel, where one bad file stops nothing.

`run_batch` is the round from start to end (the CLI only prints what it returns): it finds the
inputs, names the outputs, hands the files to worker processes (each forked with dictionaries and
rubrics loaded), writes the round's summaries and decides the exit code. Workers write each
report's JSON and HTML scorecards themselves, atomically, and send back one small row per file.

A file costs at most itself: a worker that dies or overruns the per-file time limit is replaced,
and the file it was on is recorded as crashed (after one retry) or as 超时. Workers die with the
parent; SIGTERM stops a round as Ctrl-C does; temporary files of killed runs are removed.
"""
from __future__ import annotations

import contextlib
import gc
import glob
import hashlib
import json
import math
import os
import select
import signal
import sys
import tempfile
import time
from collections import Counter, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scorer import __version__
from scorer.round.outputs import atomic_write, card_json, die_with_parent, fit_name, remove_stale_temps
from scorer.round.records import Manifest, RowStore, load_manifest, save_manifest
from scorer.text.errors import FzscoreError
from scorer.text.sanitize import display_path

ARCHIVES = {".zip", ".rar", ".7z", ".tar", ".gz", ".tgz"}
SUPPORTED = {".txt", ".text", ".docx", ".pdf", ".html", ".htm", ".shtml", ".mht", ".mhtml", ".doc", ".wps", ".odt", ".rtf"}
TIME_LIMIT = 60.0  # seconds a file may take before it is recorded as 超时 (a report takes well under 1 s; the
# slowest input of the fuzz run that is read, not refused, about 5 s)
EXIT_OK, EXIT_BELOW, EXIT_INPUT, EXIT_UNSCORED, EXIT_INTERRUPTED = 0, 1, 2, 4, 130


class BatchError(FzscoreError):
    """The round cannot start (no input, an output folder that cannot be written); `details`
    are further lines for the user."""

    def __init__(self, message: str, details: list[str] | None = None):
        self.details = details or []
        super().__init__(message)


@dataclass(slots=True)
class Task:
    name: str  # output name, unique in the round
    path: str
    outdir: str
    rubric: str | None
    html: bool
    published: str | None = None
    as_report: bool = False
    sketch: bool = True  # write the report's fingerprints for the round's copying analysis


def discover(inputs: list[str], exclude: str | None = None) -> tuple[list[str], list[dict]]:
    """Files to score (sorted, unique) and files skipped as unsupported, from files, folders and
    globs; nothing inside `exclude` (the output folder), however it is reached: the real path of
    each file's folder is compared, so a symbolic link to the output folder is seen through.
    Paths are kept as strings: Path objects for a round of 20,000 files peaked at 30 MB."""
    found: dict[str, str] = {}
    skip_root = os.path.realpath(exclude) if exclude else ""
    inside: dict[str, bool] = {}  # folder -> inside `exclude`; a round has few folders

    def excluded(p: str) -> bool:
        folder = os.path.dirname(os.path.abspath(p))
        if folder not in inside:
            real = os.path.realpath(folder)
            inside[folder] = real == skip_root or real.startswith(skip_root.rstrip(os.sep) + os.sep)
        return inside[folder]

    skipped = []
    missing = []
    for item in inputs:
        paths: Iterable[str]
        if any(c in item for c in "*?["):
            paths = [str(Path(p)) for p in glob.glob(item, recursive=True)]  # tidied as Path does: ./a//b → a/b
            if not paths:
                missing.append(item)
        elif os.path.isdir(item):
            # os.walk, not Path.rglob: rglob keeps every path it yields in a set (Python 3.11)
            paths = (f for root, _dirs, names in os.walk(str(Path(item))) for n in names
                     if os.path.isfile(f := os.path.join(root, n)))  # a generator: a big folder is never listed whole
        elif os.path.exists(item):
            paths = [str(Path(item))]
        else:
            missing.append(item)
            continue
        for p in paths:
            name = os.path.basename(p)
            if name.startswith(".") or os.path.isdir(p):
                continue
            if skip_root and excluded(p):
                continue
            dot = name.rfind(".")
            suffix = name[dot:] if 0 < dot < len(name) - 1 else ""  # as Path.suffix: "报告." has none
            if name.startswith("~$"):
                skipped.append({"path": display_path(p), "reason": "Word 打开文档时生成的临时锁定文件，不是报告，已跳过"})
            elif suffix.lower() in ARCHIVES:
                skipped.append({"path": display_path(p),
                                "reason": f"压缩包（{suffix}）不能直接评分：请先解压，再对解压出的文件夹运行 fzscore batch"})
            elif suffix.lower() in SUPPORTED:
                found.setdefault(os.path.abspath(p), p)
            elif suffix.lower() == ".xml":
                # Word's "XML 文档" is a report saved as one file; any other XML (a site map, a form's data) is not
                if _is_word_xml(p):
                    found.setdefault(os.path.abspath(p), p)
                else:
                    skipped.append({"path": display_path(p), "reason": "XML 文件不是 Word 保存的“XML 文档”，不是报告，已跳过"})
            else:
                skipped.append({"path": display_path(p),
                                "reason": f"不支持的文件类型（{display_path(suffix) or '无扩展名'}），已跳过"})
    for item in missing:
        skipped.append({"path": display_path(item), "reason": "找不到该文件或没有匹配的文件"})
    return sorted(found.values()), sorted(skipped, key=lambda s: s["path"])


def _is_word_xml(path: str) -> bool:
    from scorer.reading import sniff

    try:
        with open(path, "rb") as f:
            return sniff(f.read(2048)) == "wordxml"
    except OSError:
        return True  # unreadable: the reader says why, in the report's row


RESERVED = {"index", "summary", "run-info"}
MAX_NAME_BYTES = 200  # an output name in UTF-8; with .json/.html, well inside 255 bytes


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
        if name.lower() in RESERVED or name.startswith(".") or not name:
            name = "report-" + name
        name = fit_name(name, "", os.path.abspath(p), MAX_NAME_BYTES)
        base, n = name, 2
        while name in taken:  # still equal (e.g. 报告:甲 and 报告_甲): number them in sorted order
            name, n = f"{base}~{n}", n + 1
        taken.add(name)
        names[p] = name
    return names


def _safe(name: str) -> str:
    """A file name's stem as an output name: readable (undecodable bytes as U+FFFD, control and
    invisible format characters such as zero-width spaces gone, tabs and newlines and runs of
    spaces as one space), so that the name every summary shows is the file's own, and with no
    character that a file system or a shell treats specially."""
    import unicodedata

    shown = "".join(c for c in display_path(name) if unicodedata.category(c) != "Cf")
    return "".join("_" if c in '/\\:*?"<>|' else c for c in " ".join(shown.split()))


# ---------------------------------------------------------------- the worker side

_WORKER: dict = {}


def _load_shared(html: bool = True) -> None:
    from scorer.rubric import for_level
    from scorer.scoring import pipeline  # noqa: F401  (the scoring modules, imported before the fork)

    for level in (None, "province", "township", "department"):
        for_level(level)
    from scorer.text.textnorm import make_keys

    make_keys(["預熱，"])  # OpenCC and the width-folding tables
    # numpy for the workers' fingerprints, and what every worker would otherwise import (or compile)
    # for itself after the fork, ~45 ms each: the readers, last year's comparison, the page's template
    # (PDFium is left to the workers: pypdfium2 initialises its library when imported)
    import scorer.reading.docx
    import scorer.reading.html
    import scorer.reading.pdf
    import scorer.round.analyses.sketch
    import scorer.round.analyses.stage  # noqa: F401
    if html:
        from scorer.render.html import preload

        preload()
    # what is loaded now lives as long as the process: the collector need never walk it again (in a
    # forked worker it would also write to, and so copy, every page it walks); 10 % of a batch's CPU
    gc.freeze()


CHUNK = 8  # reports per message to a worker: fewer, larger messages
LOOKAHEAD = 2  # a worker is sent its next chunk when it has this many files left


def _worker_main(conn, parent: int, forked: bool) -> None:
    """A worker: score the chunks it is sent, one row back per file, until told to stop."""
    die_with_parent()
    if os.getppid() != parent:  # the parent died before we could ask
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if not forked:
        _load_shared()
    _WORKER.pop("check_lists_sent", None)  # this process has sent none, whatever its parent did
    try:
        while True:
            chunk = conn.recv()
            if chunk is None:
                break
            for task in chunk:
                conn.send(score_task(task))
    except (EOFError, OSError, KeyboardInterrupt):
        pass  # the parent is gone or stopping us
    os._exit(0)  # no atexit handlers or finalisers inherited from the parent


def _row(task: Task, **fields) -> dict:
    return {"name": task.name, "path": display_path(task.path), **fields}


def score_task(task: Task) -> dict:
    """Score one file and write its scorecards; never raises (one bad file stops nothing)."""
    began = time.perf_counter()
    row = _score_task(task)
    # what the file cost: its time, and this worker's peak memory so far (the file that raised it shows)
    row["seconds"] = round(time.perf_counter() - began, 3)
    peak = _peak_memory()
    if peak:
        row["worker_peak_mb"] = peak["peak_rss_mb"]["parent"]
    return row


def _score_task(task: Task) -> dict:
    from scorer.rubric import load
    from scorer.scoring.pipeline import score_path
    from scorer.text.sanitize import one_line

    try:
        rubric = None
        if task.rubric:
            rubric = _WORKER.get(task.rubric)
            if rubric is None:
                rubric = _WORKER[task.rubric] = load(task.rubric)
        card = score_path(task.path, rubric, task.published, as_report=task.as_report)
        text = _write_sketch(task, card) if task.sketch else None
        card, year = _last_year(task, card, rubric, text)
        encoded = card_json(card)
        atomic_write(os.path.join(task.outdir, f"{task.name}.json"), encoded)
        if task.html:
            from scorer.render.html import render_html_bytes

            atomic_write(os.path.join(task.outdir, f"{task.name}.html"), render_html_bytes(card, encoded))
    except FzscoreError as err:
        return _row(task, status="error", reason=one_line(getattr(err, "problem", str(err))))
    except OSError as exc:
        return _row(task, status="error", reason=one_line(f"无法写出评分表（{exc.strerror or exc}）"))
    except MemoryError:
        return _row(task, status="error", reason="内存不足，无法评分（文件可能构造异常）")
    except Exception as exc:  # a bug on this input: record it, keep going
        return _row(task, status="error", reason=one_line(f"内部错误：{type(exc).__name__}: {exc}"))
    row = _row(task, **summary_row(card))
    sent = _WORKER.setdefault("check_lists_sent", set())  # a rubric's check list travels once per worker:
    if row["rubric"] in sent:  # two thirds of a row's bytes otherwise (the parent keeps it per rubric)
        del row["check_list"]
    else:
        sent.add(row["rubric"])
    if _undecided(card):
        row.update(status="needs_review", reason="文字无法可靠提取，需要人工审核", score=None, grade=None)
    if year is not None:
        row.update(year)
    return row


def _undecided(card: Mapping[str, Any]) -> bool:
    """Nothing could be judged (unreadable text): the row says 需人工审核, not a score."""
    return bool(card.get("needs_review")) and not any(c["status"] in ("pass", "partial", "fail") for c in card["checks"])


def _last_year(task: Task, card, rubric, now_text=None) -> tuple[Any, dict | None]:
    """A scored report whose issuer has a report in last year's round (`--previous`, read before the
    workers forked), compared with it here, right after scoring: the card with the comparison folded
    in, written once, and what its row keeps of it (None: not compared). The boilerplate left out of
    the reused passages is known before scoring (last year's and the rubric's: followup.LastYear)."""
    last = _WORKER.get("previous")
    doc = card["document"]
    if last is None or not task.sketch or not doc["is_report"] or _undecided(card):
        return card, None
    from scorer.round.analyses import sketch
    from scorer.round.analyses.stage import fold_last_year, matched, year_fields

    prev = matched(last.reports, doc["issuer"], display_path(task.path))
    if prev is None:
        return card, None
    if now_text is None:  # the text the sketch file just written holds
        now_text = sketch.read_text(task.outdir, task.name)
    card, compared = fold_last_year(card, prev, last, rubric, now_text)
    # "copied" as the round's stage leaves a row it has seen: None until a copy is found
    return card, {"copied": None, **year_fields(compared, last.key(prev))}


def _write_sketch(task: Task, card: Mapping[str, Any]):
    """The report's fingerprints for the round's copying analysis, computed here on the worker's core;
    returns the report's text as the file holds it (None: not a report, no file)."""
    if card["document"]["is_report"]:
        from scorer.round.analyses.sketch import write_sketch

        return write_sketch(task.outdir, task.name, dict(card))
    return None


def summary_row(card: Mapping[str, Any]) -> dict:
    doc = card["document"]
    band = card.get("band") or {}
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
        "missing": [s.get("name", sid) for sid, s in card["sections"].items() if s.get("required", True) and not s["present"]],
        "on_time": doc.get("on_time"),
        "tone": band.get("tone"),
        "rubric": f"{card['rubric']['id']} {card['rubric']['version']}",
        # points and lost checks by position in the rubric's check list; the list itself travels
        # once per rubric (check_list, kept by the parent), so rows stay small for big rounds
        "points": [c["points"] if c["status"] in ("pass", "partial", "fail") else None for c in card["checks"]],
        # a check weighted 0 (a round finding the office has not priced) costs nothing: not "扣分"
        "failed": [i for i, c in enumerate(card["checks"]) if c["status"] in ("fail", "partial") and c["max_points"]],
        "check_list": [[c["id"], c["name"]] for c in card["checks"]],
        "needs_review": card.get("needs_review", False),
    }


# ---------------------------------------------------------------- the parent side


def rubric_fingerprint(name: str | None) -> str:
    """What makes an earlier result reusable: fzscore's version and the rubrics' contents."""
    from scorer.rubric import layer_paths, shipped_rubrics

    h = hashlib.sha256(__version__.encode())
    paths = layer_paths(name) if name else list(shipped_rubrics().values())
    for p in sorted(set(paths)):
        h.update(Path(p).read_bytes())
    return h.hexdigest()[:16]


def run(tasks: list[Task], jobs: int, manifest: Manifest, fingerprint: str, force: bool,
        outdir: Path, on_row=None, time_limit: float = TIME_LIMIT) -> RowStore:
    """Score the tasks, skipping those whose content and rubric are unchanged since the last run.
    Ctrl-C (or SIGTERM, turned into one by run_batch) ends it early with store.interrupted set."""
    store = RowStore(outdir, manifest.checks)
    todo = []
    for t in tasks:
        prev = None if force else manifest.entries.get(t.name)
        digest = _sha256(t.path) if prev else None  # hash only what an earlier run could vouch for
        if (digest and prev is not None and prev[0] == digest and prev[1] == fingerprint
                and (Path(t.outdir) / f"{t.name}.json").exists() and (not t.html or (Path(t.outdir) / f"{t.name}.html").exists())):
            row = dict(manifest.row(t.name), reused=True, path=display_path(t.path))  # the file as given this time
            store.add(row)
            if on_row:
                on_row(row)
            continue
        todo.append(t)
    try:
        for row in _pool_map(todo, jobs, time_limit):
            store.add(row)
            if on_row:
                on_row(row)
    except KeyboardInterrupt:
        store.interrupted = True
    return store


class _Worker:
    """One worker process, the tasks sent to it in order, and when it began the first of them."""

    def __init__(self, ctx, forked: bool):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, os.getpid(), forked), daemon=True)
        self.proc.start()
        child.close()
        self.queue: deque[Task] = deque()
        self.started = 0.0
        # whether a row is waiting: a poll object made once (Connection.poll makes a selector at each
        # call, three calls a row: 30 us each in the parent, serial with the workers)
        self._poll = None
        if hasattr(select, "poll"):
            self._poll = select.poll()
            self._poll.register(self.conn.fileno(), select.POLLIN)

    def ready(self) -> bool:
        """A row (or the end of the pipe) is there to read, without waiting."""
        if self._poll is None:
            return self.conn.poll()
        return bool(self._poll.poll(0))

    def send(self, chunk: list[Task]) -> None:
        if not self.queue:
            self.started = time.monotonic()
        self.queue.extend(chunk)
        self.conn.send(chunk)

    def stop(self, grace: float = 2.0) -> None:
        """Ask it to finish; kill it if it does not within `grace` seconds."""
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.proc.join(grace if not self.queue else 0)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _pool_map(tasks: list[Task], jobs: int, time_limit: float = TIME_LIMIT):
    """Yield rows as files finish, from worker processes (always workers: a file that crashes its
    parser must not take the parent down). Each worker answers in the order it was sent, so the
    file it is on is always known: a worker that dies is replaced and its file tried once more
    alone, then recorded as crashed; a worker past the time limit is killed and its file recorded
    as 超时. Files queued behind either go back to the pool."""
    import multiprocessing as mp

    if not tasks:
        return
    forked = "fork" in mp.get_all_start_methods()
    ctx = mp.get_context("fork" if forked else "spawn")
    if forked:
        _load_shared(html=any(t.html for t in tasks))  # once in the parent: forked workers inherit rubrics and dictionaries
    pending = deque(tasks)
    strikes: Counter[str] = Counter()
    workers = [_Worker(ctx, forked) for _ in range(max(1, min(jobs, len(tasks))))]
    gone: set[int] = set()
    try:
        while pending or any(w.queue for w in workers):
            for w in workers:
                # a few files ahead of each worker, so that it never waits for us; no more, and
                # smaller chunks near the end, so that no worker is left with a queue the others
                # could have shared
                while pending and len(w.queue) <= LOOKAHEAD:
                    size = max(1, min(CHUNK, len(pending) // (2 * len(workers))))
                    chunk = [pending.popleft()]  # a file tried again after a crash goes in a chunk of its own
                    while pending and len(chunk) < size and not strikes[chunk[0].name] and not strikes[pending[0].name]:
                        chunk.append(pending.popleft())
                    w.send(chunk)
                    _prefetch(chunk)
            busy = [w for w in workers if w.queue]
            now = time.monotonic()
            wait_for = max(0.0, min(w.started + time_limit - now for w in busy)) if busy else 0
            ready = _wait_any(busy, wait_for + 0.01)
            for i, w in enumerate(workers):
                if not w.queue:
                    continue
                alive = w.proc.sentinel not in ready  # told first: rows it sent before dying are read below
                try:
                    while w.queue and w.ready():
                        row = w.conn.recv()
                        w.queue.popleft()
                        w.started = time.monotonic()
                        yield row
                except (EOFError, OSError):
                    alive = False
                if not w.queue:
                    continue
                if not alive:
                    task = w.queue.popleft()
                    strikes[task.name] += 1
                    if strikes[task.name] >= 2:
                        yield _row(task, status="error", reason="评分进程崩溃（该文件可能触发了解析库的缺陷）")
                    else:
                        pending.appendleft(task)
                elif time.monotonic() - w.started > time_limit:
                    task = w.queue.popleft()
                    yield _row(task, status="error", reason=f"超时：评分超过 {time_limit:g} 秒，已停止（文件可能构造异常）")
                else:
                    continue
                pending.extendleft(reversed(w.queue))  # the files queued behind it go back, in order
                w.queue.clear()
                w.proc.kill()
                w.proc.join()
                w.conn.close()
                gone.add(w.proc.pid)
                workers[i] = _Worker(ctx, forked)
    finally:
        for w in workers:
            w.stop()
            gone.add(w.proc.pid)
        if tasks:
            remove_stale_temps(tasks[0].outdir, also=gone)  # what a killed worker was writing


def _wait_any(busy: list[_Worker], timeout: float) -> set:
    """Wait until a row comes from one of these workers, one of them ends, or `timeout` seconds pass;
    the sentinels of those that ended are in the set returned. A poll object made for the call
    (multiprocessing's wait() builds a selector in Python each time: about a third of the parent's
    CPU while the workers score)."""
    if not hasattr(select, "poll"):
        from multiprocessing.connection import wait

        return set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=timeout))
    poll = select.poll()
    for w in busy:
        poll.register(w.conn.fileno(), select.POLLIN)
        poll.register(w.proc.sentinel, select.POLLIN)
    return {fd for fd, _events in poll.poll(max(0, math.ceil(timeout * 1000)))}


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


def _sha256(path: str) -> str | None:
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError:
        return None


# ---------------------------------------------------------------- the round, start to end


@dataclass
class Options:
    inputs: list[str]
    outdir: str
    jobs: int | None = None  # default: every core
    rubric: str | None = None  # default: by each report's level
    html: bool = True
    jsonl: str | None = None
    force: bool = False
    fail_under: float | None = None
    time_limit: float = TIME_LIMIT
    as_report: bool = False  # score documents recognised as something else (the reviewer's decision)
    year: int | None = None  # the round's report year (default: the year most of its reports cover)
    previous: str | None = None  # last year's batch output folder, or a folder of last year's reports
    analyses: bool = True  # copying (雷同) across the round, and year over year with `previous`


@dataclass
class Result:
    exit_code: int
    outdir: Path
    files: int  # files found to score
    done: int  # rows written (scored, reused, not scored)
    skipped: list[dict] = field(default_factory=list)
    stats: dict | None = None  # summary.round_stats; None when interrupted
    interrupted: bool = False
    below: list[tuple[str, float]] = field(default_factory=list)  # (name, score) under --fail-under
    kept: set[str] = field(default_factory=set)  # reports of earlier runs into the same folder, kept in the round
    replaced: list[tuple[str, str, str]] = field(default_factory=list)  # (name, earlier path, new path)
    year: int | None = None  # the round's report year
    analyses: dict | None = None  # what the round's analyses found (scorer.round.analyses.stage)


def run_batch(opts: Options, on_row=None, on_start=None) -> Result:
    """Score a round and write its summaries. Raises BatchError (or RubricError) when the round
    cannot start or a summary cannot be written; on_start(n) is called with the number of files
    before scoring begins, on_row(row) as each one ends."""
    import datetime as dt

    started = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    t0 = time.monotonic()
    if opts.rubric:
        from scorer.rubric import load

        load(opts.rubric)
    files, skipped = discover(list(opts.inputs), exclude=opts.outdir)
    if not files:
        raise BatchError(f"没有找到可评分的文件（{'、'.join(display_path(i) for i in opts.inputs)}）",
                         [f"{s_['path']}: {s_['reason']}" for s_ in skipped[:10]])
    out = Path(opts.outdir)
    _prepare_outdir(out)
    names = output_names(files)
    task_outdir = str(out)  # one string shared by every task
    tasks = [Task(names[p], p, task_outdir, opts.rubric, opts.html, as_report=opts.as_report, sketch=opts.analyses)
             for p in files]
    del files, names  # the tasks carry what is needed; big rounds keep memory low
    jobs = opts.jobs or os.cpu_count() or 1
    manifest = load_manifest(out)
    fingerprint = rubric_fingerprint(opts.rubric) + ("+as-report" if opts.as_report else "")
    if on_start:
        on_start(len(tasks))
    _WORKER.pop("previous", None)
    if opts.analyses and opts.previous:  # read before the workers fork: they compare each report they score
        from scorer.round.analyses.stage import load_previous

        _WORKER["previous"] = load_previous(opts.previous, discover)
    with _sigterm_as_interrupt():
        store = run(tasks, jobs, manifest, fingerprint, opts.force, out, on_row, opts.time_limit)
        try:
            if not store.interrupted:
                kept, replaced, round_skipped = carry_earlier(out, store, skipped)
                run_info = {"started": started, "seconds": round(time.monotonic() - t0, 1), "jobs": jobs,
                            "rubric": opts.rubric or "按级别自动选择", "fzscore_version": __version__}
                from scorer.round.review.outdir import after_batch
                from scorer.round.summary import round_year, with_year

                year = opts.year or round_year(store.rows(("scored",)))
                run_info["year"] = year
                for row in with_year(store.rows(), year):
                    store.add(row)
                began, cpu = time.monotonic(), _cpu_seconds()
                analyses = round_analyses(out, store, opts)
                if analyses is not None:  # what the round's stage cost, after scoring (for benchmarks/)
                    run_info["analyses_seconds"] = {"wall": round(time.monotonic() - began, 2),
                                                    "cpu": round(_cpu_seconds() - cpu, 2)}
                after_batch(out, store, round_skipped, opts.rubric, year)  # reviews into cards and rows; the round kept
                stats = _write_summaries(out, store, manifest, fingerprint, round_skipped, run_info, opts, analyses)
                atomic_write(out / "run-info.json", json.dumps(
                    run_info | {"inputs": [display_path(i) for i in opts.inputs], "files": len(tasks),
                                "skipped": len(skipped)} | _peak_memory(), ensure_ascii=False, indent=1))
                if opts.jsonl:
                    write_jsonl(Path(opts.jsonl), out, store.rows())
                below = store.below(opts.fail_under) if opts.fail_under is not None else []
                return Result(_exit_code(stats, skipped, opts.fail_under, kept), out, len(tasks), len(store), skipped,
                              stats, below=below, kept=kept, replaced=replaced, year=year, analyses=analyses)
        except KeyboardInterrupt:
            store.interrupted = True  # every file written so far is whole; the rest were never begun
        except OSError as exc:
            raise BatchError(f"{display_path(exc.filename or out)}: 无法写出汇总文件（{exc.strerror or exc}）") from None
        finally:
            if store.interrupted:
                with contextlib.suppress(OSError):
                    save_manifest(out, store, fingerprint, manifest)
            store.close()
            _WORKER.pop("previous", None)  # last year's reports: not kept past the run
    return Result(EXIT_INTERRUPTED, out, len(tasks), len(store), skipped, interrupted=True)


def carry_earlier(out: Path, store: RowStore, skipped: list[dict]) -> tuple[set[str], list, list[dict]]:
    """Put the reports of earlier runs into this folder that this run did not score into the
    store, so that a batch of late submissions adds to the round instead of replacing it (only
    `fzscore remove` takes a report out). A report whose card was deleted by hand is not kept.
    Returns (names kept, (name, earlier path, new path) of reports this run replaced, the files
    skipped by this run and the earlier ones)."""
    from scorer.round.review.outdir import read_round
    from scorer.round.review.store import ReviewError

    try:
        head, rows = read_round(out)
    except ReviewError:  # a new folder, or one whose records are unreadable: this run is the round
        return set(), [], skipped
    kept: set[str] = set()
    replaced = []
    for row in rows:
        name = row.get("name")
        if not name:
            continue
        if name in store.index:
            new_path = store.get(name).get("path")
            if row.get("path") and new_path and os.path.abspath(row["path"]) != os.path.abspath(new_path):
                replaced.append((name, row["path"], new_path))
            continue
        if row.get("status") in ("scored", "not_report", "needs_review") and not (out / f"{name}.json").exists():
            continue
        row.pop("reused", None)
        store.add(row)
        kept.add(name)
    paths = {s_["path"] for s_ in skipped}
    earlier = [s_ for s_ in head.get("skipped") or [] if s_.get("path") not in paths and not s_["reason"].startswith("找不到")]
    return kept, replaced, sorted(skipped + earlier, key=lambda s_: s_["path"])


def _prepare_outdir(out: Path) -> None:
    """Create the output folder and make sure files can be written in it: one clear error now,
    not one per report. Temporary files of killed runs are removed."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        raise BatchError(f"{display_path(out)}: 无法在输出目录中写入文件（{exc.strerror or exc}）") from None
    remove_stale_temps(out)


def round_analyses(out: Path, store: RowStore, opts: Options) -> dict | None:
    """The round-level analyses (scorer.round.analyses): after scoring, before the summaries."""
    if not opts.analyses:
        return None
    from scorer.round.analyses.stage import run_analyses

    loaded = _WORKER.get("previous") if opts.previous else None
    return run_analyses(out, store, opts.rubric, opts.previous, pair_pages=opts.html, summary_row=summary_row,
                        discover=discover, loaded=loaded, jobs=opts.jobs or os.cpu_count() or 1)


def _write_summaries(out: Path, store: RowStore, manifest: Manifest, fingerprint: str, skipped: list[dict],
                     run_info: dict, opts: Options, analyses: dict | None = None) -> dict:
    """The manifest, summary.csv, summary.xlsx (written by a child meanwhile) and index.html."""
    from scorer.round import summary
    from scorer.round.outputs import Background, write_index

    xlsx = Background("summary.xlsx", summary.write_xlsx, out / "summary.xlsx", store.rows(), store.checks, len(store))
    try:
        save_manifest(out, store, fingerprint, manifest)
        summary.write_csv(out / "summary.csv", store.rows(), store.checks)
        stats = summary.round_stats(store.rows(), store.checks)
        grade_order = [g["name"] for g in sorted(_grades(opts.rubric), key=lambda g: -g["min"])]
        write_index(out / "index.html", stats, store.ranked_rows(), skipped, run_info, grade_order,
                    store.ranked_rows(off_year=True), analyses)
    except KeyboardInterrupt:
        xlsx.stop()
        raise
    except BaseException:
        xlsx.wait()  # not killed at exit with its temp file behind; our error is the one to report
        raise
    xlsx.finish()
    return stats


def _exit_code(stats: dict, skipped: list[dict], fail_under: float | None, kept: set[str] | None = None) -> int:
    """From this run's files: a report kept from an earlier run does not fail this one."""
    missing = [s_ for s_ in skipped if s_["reason"].startswith("找不到")]
    if any(r["name"] not in (kept or ()) for r in stats["failed"]) or missing:
        return EXIT_UNSCORED
    if fail_under is not None and stats["worst"] is not None and stats["worst"] < fail_under:
        return EXIT_BELOW
    return EXIT_OK


def _grades(rubric_name: str | None) -> list[dict]:
    from scorer.rubric import load

    return load(rubric_name or "default").data["grades"]


def _cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (the stage's processes among them)."""
    try:
        import resource
    except ImportError:
        return time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def _peak_memory() -> dict:
    """Peak resident memory of this process and of its largest child (a worker or the XLSX writer), in MB (Unix)."""
    try:
        import resource
    except ImportError:
        return {}
    scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KB elsewhere
    mb = lambda who: round(resource.getrusage(who).ru_maxrss * scale / 1048576, 1)  # noqa: E731
    return {"peak_rss_mb": {"parent": mb(resource.RUSAGE_SELF), "largest_child": mb(resource.RUSAGE_CHILDREN)}}


@contextlib.contextmanager
def _sigterm_as_interrupt():
    """SIGTERM (a service manager, `kill`, a closed session) stops the round as Ctrl-C does."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, old)


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
    from scorer.round.outputs import atomic_file

    with atomic_file(path) as out:
        for row in rows:  # in name order
            if row.get("status") not in ("scored", "not_report"):
                continue
            card = json.loads((outdir / f"{row['name']}.json").read_text(encoding="utf-8"))
            card.pop("generated_at", None)
            out.write(json.dumps(card, ensure_ascii=False, separators=(",", ":")) + "\n")
