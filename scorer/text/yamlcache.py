"""YAML files (rubrics, lexicons) read through a per-user JSON cache.

PyYAML builds every node in Python even with libyaml: the rubrics and data files cost ~0.25 s of a
0.45 s run. A file is parsed once per content; later runs read the same data as JSON (C-speed),
from a private directory like the one Jinja2 uses for the scorecard template (0700, owned by the
user, checked before use). JSON cannot carry code, and data that would not survive it unchanged
(dates, non-string keys) is simply not cached. A cache that cannot be read or written is no cache.
"""
from __future__ import annotations

import json
import os
import stat
from pathlib import Path

FORMAT = "1"  # bump when what is cached changes shape


def load_text(text: str):
    """YAML text → Python data (cached by content)."""
    def parse():
        import yaml  # only on a miss: a cached file needs no YAML at all

        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))

    return _cached(sha256_hex((FORMAT + text).encode("utf-8")), parse)


def kept(name: str, inputs, build):
    """`build()`, made once per user for these `inputs` and kept as JSON: for tables derived from
    what changes only with the program (the Unicode database, constants in the code). `build` must
    return what JSON gives back unchanged (lists, not tuples; string keys), else it is not kept."""
    return _cached(f"{name}-" + sha256_hex(json.dumps([FORMAT, name, inputs], ensure_ascii=True).encode("ascii")), build)


def _cached(stem: str, build):
    """The JSON kept as `stem`.json in the cache folder, else `build()` (kept for the next run)."""
    folder = _cache_dir()
    entry = folder / f"{stem}.json" if folder else None
    if entry is not None:
        try:
            with open(entry, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            pass
    data = build()
    if entry is not None:
        _store(entry, data)
    return data


def sha256_hex(data: bytes) -> str:
    """hashlib.sha256(data).hexdigest() without loading OpenSSL: `hashlib` opens libcrypto (2 ms of
    a 0.13 s run) where CPython's own SHA-256 module, used here when there is one, costs 0.2 ms."""
    if not _SHA256:
        _SHA256.append(_sha256())
    return _SHA256[0](data).hexdigest()


_SHA256: list = []


def _sha256():
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]  # CPython 3.11
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found,no-redef]  # CPython ≥ 3.12
        except ImportError:
            from hashlib import sha256  # type: ignore[assignment]
    return sha256


def load_file(path: Path | str):
    return load_text(Path(path).read_text(encoding="utf-8-sig"))


def _store(entry: Path, data) -> None:
    try:
        dumped = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        if json.loads(dumped) != data:
            return  # dates, tuples or non-string keys would come back otherwise
        tmp = entry.with_name(f".{entry.name}.{os.getpid()}.tmp")
        tmp.write_text(dumped, encoding="utf-8")
        os.replace(tmp, entry)
    except (OSError, TypeError, ValueError):
        pass


_DIR: list = []


def _cache_dir() -> Path | None:
    """The user's private cache folder, created 0700; None when it cannot be trusted or made."""
    if _DIR:
        return _DIR[0]
    folder = None
    if os.environ.get("FZSCORE_NO_CACHE") is None and hasattr(os, "getuid"):
        candidate = Path(_temp_root()) / f"_fzscore-cache-{os.getuid()}"
        try:
            candidate.mkdir(mode=0o700, exist_ok=True)
            st = candidate.lstat()
            if stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o077:
                folder = candidate
        except OSError:
            folder = None
    _DIR.append(folder)
    return folder


def _temp_root() -> str:
    """The temporary folder as tempfile would choose it on POSIX, without importing tempfile (10 ms)."""
    for name in ("TMPDIR", "TEMP", "TMP"):
        if os.environ.get(name):
            return os.environ[name]
    return "/tmp"
