"""Compile regular expressions with CJK ranges once per character class, not once per pattern.

CPython's `re` (3.11–3.13) turns a character class into a bitmap by setting every code point
of each range in a Python loop: `[\u4e00-\u9fff]` costs about 21,000 iterations each time a
pattern containing it is compiled. fzscore's patterns share a handful of such classes across
some fifty patterns, compiled at start-up, and that loop was about a fifth of a single run's
CPU time (callgrind). The class → bitmap step is a pure function of its arguments, so it is
memoised here for case-sensitive classes (an IGNORECASE class carries a mutable table and is
left alone). Installed once, from scorer/__init__.py, before any pattern is compiled; where the
internals differ (another Python), nothing is changed.
"""
from __future__ import annotations

import functools


def install() -> None:
    try:
        from re import _compiler as compiler  # type: ignore[attr-defined]  # CPython ≥ 3.11
    except ImportError:  # another implementation: keep its own
        return
    optimise = getattr(compiler, "_optimize_charset", None)
    if optimise is None or getattr(optimise, "fzscore_memo", False):
        return

    @functools.lru_cache(maxsize=512)
    def memo(charset: tuple) -> tuple:
        out, hascased = optimise(list(charset))
        return tuple((op, tuple(av) if isinstance(av, list) else av) for op, av in out), hascased

    def optimise_charset(charset, iscased=None, fixup=None, fixes=None):
        if fixup is None and fixes is None:
            try:
                out, hascased = memo(tuple(charset))
            except TypeError:  # an unhashable item: compute it as CPython does
                return optimise(charset, iscased, fixup, fixes)
            return list(out), hascased  # the compiler only reads the items (code.extend, emit)
        return optimise(charset, iscased, fixup, fixes)

    optimise_charset.fzscore_memo = True  # type: ignore[attr-defined]
    compiler._optimize_charset = optimise_charset
