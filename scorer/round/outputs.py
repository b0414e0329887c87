"""Writing output files: atomically (a temp file beside the target, then a rename, so that an
interrupted run never leaves a half-written file), in the background (the round's spreadsheet),
and never past the file system's limits.

Temporary files are named `.fzscore-<pid>-<n>.tmp`, whatever the target's name: short (a long
Chinese report name plus a suffix once passed 255 bytes) and recognisable, so that those of a
killed process are removed by the next run (`remove_stale_temps`).
"""
from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
import os
import re
import sys
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

TEMP_PREFIX = ".fzscore-"
_TEMP_NAME = re.compile(r"\.fzscore-(\d+)-\d+\.tmp\Z")
_counter = itertools.count()
# Bytes a file name may take on common file systems (ext4, APFS, NTFS in UTF-16 units).
NAME_MAX = 255


_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)  # cards are trees


def card_json(card: Mapping[str, Any]) -> bytes:
    """A scorecard as written: compact JSON in UTF-8, non-ASCII as it is. orjson gives the same bytes
    as json.JSONEncoder(ensure_ascii=False, separators=(",", ":")) on every card measured (2,494),
    4x faster; what it would write otherwise (a dataclass, a date, a subclass of str or int: never
    in a card) or refuses (a key that is not a string, an integer past 64 bits, a lone surrogate)
    goes through json, which answers as it always did."""
    import orjson

    try:
        return orjson.dumps(card, option=orjson.OPT_PASSTHROUGH_DATACLASS | orjson.OPT_PASSTHROUGH_DATETIME
                            | orjson.OPT_PASSTHROUGH_SUBCLASS)
    except TypeError:  # orjson.JSONEncodeError is one
        return _JSON.encode(card).encode("utf-8")


def card_from_json(data: bytes) -> Any:
    """A saved scorecard's JSON read back: orjson, 2-4x faster than json (the analyses read back every
    card they fold last year's comparison into); what orjson refuses and json takes (NaN, an integer
    past 64 bits, a lone surrogate's escape: never in a card written here) goes through json, which
    answers as it always did (ValueError on what is not JSON)."""
    import orjson

    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data.decode("utf-8"))


def atomic_write(path: str | Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    raw = data.encode(encoding) if isinstance(data, str) else data
    with atomic_file(path, "wb") as f:
        f.write(raw)
    return Path(path)


@contextlib.contextmanager
def atomic_file(path: str | Path, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = None):
    """Write a file through a stream, atomically: the target appears whole or not at all."""
    folder = os.path.dirname(os.fspath(path))  # strings, not Paths: this runs once per scorecard
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    while True:
        tmp = os.path.join(folder, f"{TEMP_PREFIX}{os.getpid()}-{next(_counter)}.tmp")
        try:
            fd = os.open(tmp, flags, 0o666)
            break
        except FileExistsError:  # left by a killed process that had our pid: take the next number
            continue
        except FileNotFoundError:
            Path(folder or ".").mkdir(parents=True, exist_ok=True)
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding, newline=newline) as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def remove_stale_temps(folder: str | Path, also: Collection[int] = ()) -> int:
    """Remove the temporary files of processes that are gone (and of the pids in `also`: our own
    workers, once stopped). Returns how many were removed."""
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        m = _TEMP_NAME.match(name)
        if not m:
            continue
        pid = int(m.group(1))
        if pid in also or (pid != os.getpid() and not _alive(pid)):
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(folder, name))
                removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's process
    return not _zombie(pid)


def _zombie(pid: int) -> bool:
    """A killed run's worker that nobody has reaped yet (a container's init may never): gone all the
    same. Linux's /proc says so; elsewhere a process that answers is alive."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            return f.read().rsplit(")", 1)[-1].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def fit_name(stem: str, suffix: str, key: str, limit: int = NAME_MAX) -> str:
    """`stem + suffix`, with the stem shortened (and a hash of `key` added, so that shortened
    names stay distinct) when the whole would pass `limit` bytes of UTF-8."""
    if len((stem + suffix).encode("utf-8", "surrogateescape")) <= limit:
        return stem + suffix
    tag = "~" + hashlib.sha1(key.encode("utf-8", "surrogateescape")).hexdigest()[:8]
    room = limit - len((tag + suffix).encode("utf-8", "surrogateescape"))
    cut = stem.encode("utf-8", "surrogateescape")[:room].decode("utf-8", "ignore")
    return cut + tag + suffix


def html_path_for(report: str | Path, outdir: str | Path = ".") -> Path:
    """./<report-stem>.scorecard.html: the stem without control characters (the name is echoed to
    the terminal) and shortened when the name would be too long."""
    from scorer.text.sanitize import display_path

    stem = display_path(Path(report).stem).replace("\t", " ").replace("\n", " ")
    return Path(outdir) / fit_name(stem, ".scorecard.html", os.path.abspath(report))


def die_with_parent() -> None:
    """Ask the kernel to kill this process when its parent dies (Linux), so that killing fzscore
    leaves no worker behind; elsewhere the workers notice a closed pipe instead."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return


class Background:
    """A file written by a forked process while this one writes the others (the round's XLSX is
    the slowest: ~0.3 s per 1,000 reports). Where fork is not available it is written by finish(),
    after the others, so that its failure (a workbook open in Excel) costs no other file."""

    def __init__(self, label: str, target, *args):
        import multiprocessing as mp

        self.label = label
        self.proc = None
        self.deferred = None
        if "fork" not in mp.get_all_start_methods():
            self.deferred = (target, args)
            return
        self.proc = mp.get_context("fork").Process(target=_run_quietly, args=(os.getpid(), target, *args), daemon=True)
        self.proc.start()

    def wait(self) -> None:
        if self.proc is not None:
            self.proc.join()

    def stop(self) -> None:
        """End it now (the run was interrupted): its atomic write leaves no partial file."""
        if self.proc is not None and self.proc.is_alive():
            self.proc.terminate()
            self.proc.join(5)
            if self.proc.is_alive():
                self.proc.kill()
                self.proc.join()

    def finish(self) -> None:
        """Wait for it; raise OSError naming the file if it could not be written."""
        if self.deferred is not None:
            target, args = self.deferred
            self.deferred = None
            target(*args)
            return
        self.wait()
        if self.proc is not None and self.proc.exitcode != 0:
            raise OSError(f"无法写出 {self.label}（子进程退出码 {self.proc.exitcode}）")


def _run_quietly(parent: int, target, *args) -> None:
    import signal

    die_with_parent()
    if os.getppid() != parent:  # the parent died before we could ask
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, _exit_on_term)  # the parent's stop(): unwind, removing the temp file
    try:
        target(*args)
    except SystemExit:  # stopped by the parent
        os._exit(1)
    except BaseException as exc:  # one line on stderr; the atomic write left no partial file
        from scorer.text.sanitize import one_line

        sys.stderr.write(f"fzscore: 错误: {one_line(f'{type(exc).__name__}: {exc}')}\n")
        sys.stderr.flush()
        os._exit(1)
    os._exit(0)  # no atexit handlers, finalisers or buffer flushes inherited from the parent


def _exit_on_term(signum, frame):
    raise SystemExit(1)


def page_source(path: str | Path) -> str | None:
    """The report an HTML scorecard was made for (its fzscore-source meta), or None when unknown."""
    import html
    import re

    try:
        with open(path, "rb") as f:
            head = f.read(4096).decode("utf-8", "replace")
    except OSError:
        return None
    m = re.search(r'<meta name="fzscore-source" content="([^"]*)"', head)
    return html.unescape(m.group(1)) if m else None


def write_index(path, stats: dict, ranked, skipped: list[dict], run_info: dict, grade_order: list[str],
                others=(), analyses: dict | None = None) -> None:
    """The round's index.html, written atomically as scorer.render.index renders it: `ranked`
    the reports of the round's year by machine score, `others` those of other years, apart;
    `analyses` the round's analyses when they were run."""
    from scorer.render.index import render_index

    with atomic_file(path) as f:
        for chunk in render_index(stats, ranked, skipped, run_info, grade_order, others, analyses):
            f.write(chunk)
