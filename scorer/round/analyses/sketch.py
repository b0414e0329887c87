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
import threading
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from scorer.text.textnorm import key_texts

K = 12  # characters per k-gram: about a clause; shorter shared strings are common usage
W = 16  # winnowing window: a shared passage of K + W − 1 = 27 characters always shares a fingerprint
SKETCH_DIR = ".fzscore-sketch"
_MULT = np.uint64(0x9E3779B97F4A7C15)


@dataclass
class ReportText:
    """A report's normalised letters and digits, each with its line (1-based) in the report."""

    text: str
    line_of: np.ndarray  # int32, one per character of text

    def __len__(self) -> int:
        return len(self.text)

    @cached_property
    def hashes(self) -> np.ndarray:
        """kgram_hashes(text), computed once however many pairs the report is in."""
        return kgram_hashes(self.text)

    @cached_property
    def low(self) -> np.ndarray:
        """low_bits(hashes), for maybe_member."""
        return low_bits(self.hashes)


_BITS = 20  # a bitmap of 2**20 flags (1 MB) over the hashes' low bits: a k-gram of a text is in it
# when the other text has a k-gram with the same low bits (false matches ~1 % for 10,000 characters)
_LOCAL = threading.local()  # each thread's bitmap, reused and left all False after each use: no 1 MB to clear per pair


def low_bits(h: np.ndarray) -> np.ndarray:
    return (h & np.uint64((1 << _BITS) - 1)).astype(np.intp)


def maybe_member(values_low: np.ndarray, other_low: np.ndarray) -> np.ndarray:
    """From two texts' low_bits: True at least wherever the first's k-gram is the second's (and
    rarely elsewhere), without sorting either."""
    seen = getattr(_LOCAL, "seen", None)
    if seen is None:
        seen = _LOCAL.seen = np.zeros(1 << _BITS, dtype=bool)
    seen[other_low] = True
    found = seen[values_low]
    seen[other_low] = False
    return found


def member(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """np.isin(values, sorted_set) for a sorted, unique set, without sorting both again per call."""
    if not len(sorted_set):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(sorted_set, values)
    at[at == len(sorted_set)] = 0
    return sorted_set[at] == values


def body_lines(card: dict) -> list[int]:
    """Line numbers (1-based) of the report's body: not the page chrome or the title."""
    st = card.get("structure") or {}
    skip = set(st.get("chrome_lines") or []) | set(st.get("title_lines") or [])
    return [i for i in range(1, len(card.get("text") or []) + 1) if i not in skip]


def report_text(lines: list[str], numbers: list[int] | None = None) -> ReportText:
    """The letters and digits of the given lines' keys (textnorm.make_keys), each with its line.
    Only the keys' text is needed here, not their map back to the raw line, so the lines are
    normalised together (textnorm.key_texts) instead of key by key."""
    if numbers is None:
        numbers = list(range(1, len(lines) + 1))
    parts = key_texts([lines[n - 1] for n in numbers])
    lengths = np.fromiter((len(p) for p in parts), dtype=np.int64, count=len(parts))
    line_of = np.repeat(np.asarray(numbers, dtype=np.int32), lengths)
    return ReportText("".join(parts), line_of)


def card_text(card: dict) -> ReportText:
    return report_text(card.get("text") or [], body_lines(card))


_P = 1000003  # the polynomial hash's base (odd, so invertible modulo 2**64)
_POWERS: list[np.ndarray] = [np.ones(1, dtype=np.uint64), np.ones(1, dtype=np.uint64)]  # P**m, P**-m mod 2**64


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    """P**m and P**-m (mod 2**64) for m < n, kept for the longest text seen so far."""
    if len(_POWERS[0]) < n:
        m = max(n, 2 * len(_POWERS[0]))
        one = np.ones(1, dtype=np.uint64)
        with np.errstate(over="ignore"):
            _POWERS[0] = np.concatenate([one, np.cumprod(np.full(m - 1, _P, dtype=np.uint64))])
            _POWERS[1] = np.concatenate([one, np.cumprod(np.full(m - 1, pow(_P, -1, 2**64), dtype=np.uint64))])
    return _POWERS[0][:n], _POWERS[1][:n]


def kgram_hashes(text: str) -> np.ndarray:
    """A 64-bit hash of each K-character window (uint64; empty for a shorter text): the polynomial
    sum c[i]·P**(K-1) + … + c[i+K-1] wrapping at 2**64, mixed. Computed from one running sum of
    c[t]·P**-t as P**(i+K-1)·(sum to i+K − sum to i): a few passes over the text instead of 2K."""
    if len(text) < K:
        return np.zeros(0, dtype=np.uint64)
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    total = len(codes)
    n = total - K + 1
    up, down = _powers(total)
    with np.errstate(over="ignore"):
        running = np.empty(total + 1, dtype=np.uint64)
        running[0] = 0
        np.cumsum(codes * down, out=running[1:])
        h = (running[K:] - running[:n]) * up[K - 1:K - 1 + n]
        h ^= h >> np.uint64(29)
        h *= _MULT
        h ^= h >> np.uint64(32)
    return h


def unique(h: np.ndarray) -> np.ndarray:
    """np.unique(h) (sorted, distinct) by sorting: numpy 2's hash-based np.unique took 4× as long on k-gram hashes."""
    if len(h) < 2:
        return h.copy()
    s = np.sort(h)
    return s[np.concatenate(([True], s[1:] != s[:-1]))]


def winnow(h: np.ndarray) -> np.ndarray:
    """The fingerprints: the smallest hash of each window of W k-grams (sorted, unique)."""
    if len(h) <= W:
        return unique(h)
    # Only the set of the windows' minima is kept, not where they are: the minimum of each window
    # of W = 2**4 by doubling (the minimum of two overlapping windows of half the width, 4 passes
    # over the hashes); a minimum shared by neighbouring windows is kept once before sorting.
    low = h
    width = 1
    while width < W:
        step = min(width, W - width)
        low = np.minimum(low[:-step], low[step:])
        width += step
    return unique(low[np.concatenate(([True], low[1:] != low[:-1]))])


def fingerprints(text: ReportText) -> np.ndarray:
    return winnow(kgram_hashes(text.text))


def sketch_path(outdir: str, name: str) -> str:
    return os.path.join(outdir, SKETCH_DIR, f"{name}.u64")


# A sketch file: MAGIC, then (uint64) the text's length, the number of fingerprints and of lines,
# the fingerprints, (int32) each line's number and its length in the text, and the text (UTF-8).
# The text is there so that verifying a candidate pair reads two small files instead of parsing
# two scorecards and normalising their lines again (most of the parent's time, measured). A file
# of an earlier version (the length, then the fingerprints) still gives the fingerprints.
MAGIC = b"FZSKTX01"
_HEAD = 8 + 3 * 8


def write_sketch(outdir: str, name: str, card: dict) -> ReportText:
    """The report's fingerprints, line map and text beside its scorecard (atomically); returns the
    text (card_text: what read_text gives back from the file), which last year's comparison reads."""
    from scorer.round.outputs import atomic_write

    rt = card_text(card)
    fp = fingerprints(rt)
    starts = np.flatnonzero(np.diff(rt.line_of, prepend=np.int32(-1))) if len(rt) else np.zeros(0, dtype=np.int64)
    numbers = rt.line_of[starts].astype(np.int32)
    lengths = np.diff(np.append(starts, len(rt))).astype(np.int32)
    head = np.asarray([len(rt), len(fp), len(numbers)], dtype=np.uint64)
    atomic_write(sketch_path(outdir, name), b"".join(
        [MAGIC, head.tobytes(), fp.tobytes(), numbers.tobytes(), lengths.tobytes(), rt.text.encode("utf-8")]))
    return rt


def read_sketch(outdir: str, name: str) -> tuple[int, np.ndarray] | None:
    """(the text's length, the fingerprints), reading only the head of the file."""
    try:
        with open(sketch_path(outdir, name), "rb") as f:
            magic = f.read(8)
            if magic != MAGIC:  # an earlier version: the length, then the fingerprints
                data = np.frombuffer(magic + f.read(), dtype=np.uint64)
                return (int(data[0]), data[1:].copy()) if len(data) else None
            chars, nfp, _ = np.frombuffer(f.read(24), dtype=np.uint64).tolist()
            fps = np.frombuffer(f.read(8 * nfp), dtype=np.uint64)
    except (OSError, ValueError):
        return None
    return (chars, fps) if len(fps) == nfp else None


def read_text(outdir: str, name: str) -> ReportText | None:
    """The report's text as card_text gives it, from its sketch file (None: no file, or one without the text)."""
    try:
        with open(sketch_path(outdir, name), "rb") as f:
            data = f.read()
    except OSError:
        return None
    if data[:8] != MAGIC or len(data) < _HEAD:
        return None
    chars, nfp, nlines = np.frombuffer(data, dtype=np.uint64, count=3, offset=8).tolist()
    at = _HEAD + 8 * nfp
    try:
        numbers = np.frombuffer(data, dtype=np.int32, count=nlines, offset=at)
        lengths = np.frombuffer(data, dtype=np.int32, count=nlines, offset=at + 4 * nlines)
        text = data[at + 8 * nlines:].decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return None
    if len(text) != chars or int(lengths.sum()) != chars:
        return None
    return ReportText(text, np.repeat(numbers, lengths))
