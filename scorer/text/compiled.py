"""Compiled regular expressions kept between runs, for the patterns every run compiles.

A single run compiles some 250 patterns (rubrics, word lists, the document stages). Parsing and
compiling them in CPython's pure-Python `re` front end was about a quarter of a run's CPU time.
The result of compiling, the engine's code, is a list of integers: it is kept in the per-user
cache folder (scorer.text.yamlcache: private, 0700), keyed by the exact pattern and flags, in files
named for the interpreter and the engine's version, and handed to the engine (which validates it)
on later runs. Only a pattern compiled in two runs in a row is kept, so patterns made from one
report's own words never pile up. The code is kept as hex text (native 32-bit words), turned back
into integers only for the patterns a run asks for: JSON lists of integers made reading the file
cost more than it saved (12 ms and 4 MB for 900 patterns of which a run uses 250; hex: 2 ms).
Installed from scorer/__init__.py; where the internals differ, or no cache folder can be trusted,
patterns compile as usual.
"""
from __future__ import annotations

import atexit
import json
import os
import sys
from pathlib import Path

WORD = memoryview(b"\0" * 4).cast("I")  # a code word as kept: native unsigned int, as array("I")
MAX_ENTRIES = 3000  # past this the kept code starts again (each user rubric adds its own patterns)
FORMAT = "2"  # 2: the code as hex text


def install() -> None:
    try:
        import _sre
        from re import _compiler as compiler  # type: ignore[attr-defined]  # CPython ≥ 3.11
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:
        return
    original = compiler.compile
    if getattr(original, "fzscore", False) or not hasattr(compiler, "_code") or WORD.itemsize != _sre.CODESIZE:
        return
    from scorer.text.yamlcache import _cache_dir

    folder = _cache_dir()
    if folder is None:
        return
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}{sys.byteorder[0]}-{FORMAT}"
    kept_path, seen_path = folder / f"re-{tag}.json", folder / f"re-{tag}.seen.json"
    kept = _read(kept_path, dict)
    seen = set(_read(seen_path, list))
    fresh: dict[str, list] = {}
    debug = compiler.SRE_FLAG_DEBUG

    def compile(p, flags=0):
        if not isinstance(p, str) or flags & debug:
            return original(p, flags)
        key = f"{flags}\0{p}"
        entry = kept.get(key)
        if entry is not None:
            try:
                final, code, groups, groupindex, indexgroup = entry
                words = memoryview(bytes.fromhex(code)).cast("I").tolist()
                return _sre.compile(p, final, words, groups, groupindex, tuple(indexgroup))
            except (TypeError, ValueError, RuntimeError):  # not what this engine takes: compiled anew
                kept.pop(key, None)
        parsed = _parser.parse(p, flags)
        code = compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = [flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, indexgroup]
        fresh[key] = entry
        return _sre.compile(p, entry[0], code, entry[2], groupindex, tuple(indexgroup))

    def save() -> None:
        if not fresh:
            return
        promoted = {k: v for k, v in fresh.items() if k in seen}
        if promoted:
            import array

            for key, (final, code, *rest) in list(promoted.items()):
                try:
                    promoted[key] = [final, array.array("I", code).tobytes().hex(), *rest]
                except OverflowError:  # a word wider than kept: compiled anew each time
                    del promoted[key]
            on_disk = _read(kept_path, dict)  # what other runs kept meanwhile
            _write(kept_path, (on_disk if len(on_disk) < MAX_ENTRIES else {}) | promoted)
        _write(seen_path, sorted(k for k in fresh if k not in promoted)[:MAX_ENTRIES])

    compile.fzscore = True  # type: ignore[attr-defined]
    compile.original = original  # type: ignore[attr-defined]
    compiler.compile = compile
    atexit.register(save)


def _read(path: Path, kind: type):
    try:
        data = json.loads(path.read_text(encoding="ascii"))
    except (OSError, ValueError):
        return kind()
    return data if isinstance(data, kind) else kind()


def _write(path: Path, data) -> None:
    try:
        text = json.dumps(data, separators=(",", ":"))  # ASCII escapes: some patterns hold lone surrogates
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="ascii")
        os.replace(tmp, path)
    except (OSError, TypeError, ValueError):
        pass
