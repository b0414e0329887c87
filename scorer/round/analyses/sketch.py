"""A report's text as the analyses read it, and its fingerprints.

Text is normalised as everywhere (scorer.text.textnorm: NFKC width folding, t2s, no whitespace),
then only letters and digits are kept, so that punctuation and layout never hide a copy. The
fingerprints are winnowed k-gram hashes (Schleicher, Wilkerson, Aiken 2003, as MOSS): every
passage of at least K + W − 1 characters shared by two texts shares at least one fingerprint, and
a text of n characters has about 2n/(W+1) of them. Measured against MinHash with LSH
(benchmarks/bench_analyses.py --compare): LSH over whole reports misses a copied section that is
a tenth of a report, which is the common case (a township's 不足 copied into another's).

The worker that scores a report writes its fingerprints beside the scorecard (SKETCH_DIR), so
the parent never parses 20,000 scorecards again to find candidates.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass

import numpy as np

K = 12  # characters per k-gram: about a clause; shorter shared strings are common usage
W = 16  # winnowing window: a shared passage of K + W − 1 = 27 characters always shares a fingerprint
SKETCH_DIR = ".fzscore-sketch"
_NOT_WORD = re.compile(r"[\W_]+")
_MULT = np.uint64(0x9E3779B97F4A7C15)


@dataclass
class ReportText:
    """A report's normalised letters and digits, each with its line (1-based) in the report."""

    text: str
    line_of: np.ndarray  # int32, one per character of text

    def __len__(self) -> int:
        return len(self.text)


def body_lines(card: dict) -> list[int]:
    """Line numbers (1-based) of the report's body: not the page chrome or the title."""
    st = card.get("structure") or {}
    skip = set(st.get("chrome_lines") or []) | set(st.get("title_lines") or [])
    return [i for i in range(1, len(card.get("text") or []) + 1) if i not in skip]


def report_text(lines: list[str], numbers: list[int] | None = None) -> ReportText:
    from scorer.text.textnorm import make_keys

    if numbers is None:
        numbers = list(range(1, len(lines) + 1))
    keys = make_keys([lines[n - 1] for n in numbers])
    parts = [_NOT_WORD.sub("", k.text) for k in keys]
    lengths = np.fromiter((len(p) for p in parts), dtype=np.int64, count=len(parts))
    line_of = np.repeat(np.asarray(numbers, dtype=np.int32), lengths)
    return ReportText("".join(parts), line_of)


def card_text(card: dict) -> ReportText:
    return report_text(card.get("text") or [], body_lines(card))


def kgram_hashes(text: str) -> np.ndarray:
    """A 64-bit hash of each K-character window (uint64; empty for a shorter text)."""
    if len(text) < K:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(codes) - K + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(K):  # polynomial hash, wrapping at 2**64
            h = h * np.uint64(1000003) + codes[j:j + n]
        h ^= h >> np.uint64(29)
        h *= _MULT
        h ^= h >> np.uint64(32)
    return h


def winnow(h: np.ndarray) -> np.ndarray:
    """The fingerprints: the smallest hash of each window of W k-grams (sorted, unique)."""
    if len(h) <= W:
        return np.unique(h)
    from numpy.lib.stride_tricks import sliding_window_view

    pos = sliding_window_view(h, W).argmin(axis=1) + np.arange(len(h) - W + 1)
    return np.unique(h[np.unique(pos)])


def fingerprints(text: ReportText) -> np.ndarray:
    return winnow(kgram_hashes(text.text))


def sketch_path(outdir: str, name: str) -> str:
    return os.path.join(outdir, SKETCH_DIR, f"{name}.u64")


def write_sketch(outdir: str, name: str, card: dict) -> None:
    """The report's fingerprints and length beside its scorecard (atomically)."""
    from scorer.round.outputs import atomic_write

    rt = card_text(card)
    fp = fingerprints(rt)
    atomic_write(sketch_path(outdir, name), np.concatenate([np.asarray([len(rt)], dtype=np.uint64), fp]).tobytes())


def read_sketch(outdir: str, name: str) -> tuple[int, np.ndarray] | None:
    try:
        data = np.fromfile(sketch_path(outdir, name), dtype=np.uint64)
    except (OSError, ValueError):
        return None
    if not len(data):
        return None
    return int(data[0]), data[1:]
