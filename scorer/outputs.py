"""Writing output files atomically: a temp file beside the target, then a rename, so that an
interrupted run never leaves a half-written file."""
from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def atomic_write(path: str | Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    raw = data.encode(encoding) if isinstance(data, str) else data
    with atomic_file(path, "wb") as f:
        f.write(raw)
    return Path(path)


@contextlib.contextmanager
def atomic_file(path: str | Path, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = None):
    """Write a file through a stream, atomically: the target appears whole or not at all."""
    folder, name = os.path.split(os.fspath(path))  # strings, not Paths: this runs once per scorecard
    try:
        # One writer per process at a time: the pid makes the name unique without mkstemp's retries.
        tmp = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except FileNotFoundError:
        Path(folder or ".").mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder or ".")
    except FileExistsError:  # a leftover of a killed run, or two writers of one name in a process
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder or ".")
    try:
        with os.fdopen(fd, mode, encoding=None if "b" in mode else encoding, newline=newline) as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def html_path_for(report: str | Path, outdir: str | Path = ".") -> Path:
    """./<report-stem>.scorecard.html"""
    return Path(outdir) / f"{Path(report).stem}.scorecard.html"
