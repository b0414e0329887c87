"""Copying within a round (雷同): passages shared by reports of different issuers.

1. Candidates: every report's fingerprints (sketch.py) go into one inverted index (a sorted
   numpy array of hash → report). A fingerprint held by more than `boilerplate_df(n)` reports is
   boilerplate learned from the round (the 规定's wording, 纲要 phrases, political formulas), and so
   is one in the rubric's own text; neither counts. Pairs of reports sharing at least
   MIN_SHARED of the rest are candidates: near-linear, as each remaining fingerprint is held by a
   few reports at most.
2. Verification: for each candidate pair, the k-grams the two texts share, in runs; a run of at
   least MIN_CHARS characters whose fingerprints are not mostly boilerplate is a copied passage.
   Shares are the copied characters over each report's characters.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from scorer.round.analyses.sketch import K, ReportText, kgram_hashes, maybe_member, member, unique, winnow

MIN_CHARS = 50  # letters and digits in a shared passage for it to count as copying (about two sentences)
MIN_SHARED = 2  # fingerprints two reports share, beyond boilerplate, to be compared at all
CACHED_TEXTS = 256  # reports kept in memory during verification (about 0.2 MB each with their hashes)


def boilerplate_df(n: int) -> int:
    """Reports that may share a passage before it is boilerplate: a few in a small round, 0.2 % of a large one."""
    return max(4, n // 500)


def common_fingerprints(fps: list[np.ndarray]) -> np.ndarray:
    """The fingerprints held by more than boilerplate_df(n) of n reports (each report's own
    fingerprints distinct, as winnow gives them): the boilerplate a round teaches (sorted, unique)."""
    if not fps:
        return np.zeros(0, dtype=np.uint64)
    hashes = np.sort(np.concatenate(fps)) if any(len(f) for f in fps) else np.zeros(0, dtype=np.uint64)
    starts, counts = _equal_runs(hashes)
    return hashes[starts[counts > boilerplate_df(len(fps))]]


def _equal_runs(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each run of equal values of a sorted array starts, and how long it is."""
    starts = np.flatnonzero(np.concatenate([[True], hashes[1:] != hashes[:-1]])) if len(hashes) else np.zeros(0, dtype=np.int64)
    return starts, np.diff(np.append(starts, len(hashes)))


@dataclass
class Entry:
    name: str
    issuer_key: str  # normalised issuer: reports of one issuer are never compared with each other
    chars: int
    fps: np.ndarray


@dataclass
class Pair:
    a: str
    b: str
    share_a: float
    share_b: float
    chars_a: int
    chars_b: int
    passages: list[dict] = field(default_factory=list)  # {a_lines, b_lines, chars}

    @property
    def share(self) -> float:
        return max(self.share_a, self.share_b)


def rubric_boilerplate(strings: Iterable[str]) -> np.ndarray:
    """The k-gram hashes of the rubric's own wording (phrases, vocabulary, plans …): never copying."""
    from scorer.round.analyses.sketch import report_text

    rt = report_text([s for s in strings if isinstance(s, str)])
    return np.unique(kgram_hashes(rt.text)) if len(rt) else np.zeros(0, dtype=np.uint64)


def strings_of(data) -> Iterable[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for v in data.values():
            yield from strings_of(v)
    elif isinstance(data, list):
        for v in data:
            yield from strings_of(v)


def candidates(entries: list[Entry], extra_boilerplate: np.ndarray) -> tuple[list[tuple[int, int, int]], np.ndarray]:
    """(i, j, shared fingerprints) of the pairs to verify, and the boilerplate fingerprints."""
    n = len(entries)
    if n < 2:
        return [], np.zeros(0, dtype=np.uint64)
    sizes = np.fromiter((len(e.fps) for e in entries), dtype=np.int64, count=n)
    hashes = np.concatenate([e.fps for e in entries]) if sizes.sum() else np.zeros(0, dtype=np.uint64)
    order = np.argsort(hashes, kind="stable")
    hashes = hashes[order]
    # each fingerprint's report from its place in the concatenation, after sorting: no second
    # array of reports to reorder (peak memory at 20,000 reports: the index is 8 bytes a fingerprint)
    docs = (np.searchsorted(np.cumsum(sizes), order, side="right")).astype(np.int32)
    del order
    starts, counts = _equal_runs(hashes)
    cap = boilerplate_df(n)
    boiler = np.union1d(hashes[starts[counts > cap]], extra_boilerplate)
    keep = (counts >= 2) & (counts <= cap)
    # the rubric's wording, looked up for the kept groups only, by binary search (np.isin over every
    # distinct fingerprint took 90 MB more at 5,000 reports)
    kept = np.flatnonzero(keep)
    keep[kept] = ~member(hashes[starts[kept]], unique(extra_boilerplate))
    issuer = [e.issuer_key for e in entries]
    codes: list[np.ndarray] = []
    for size in np.unique(counts[keep]):  # groups of equal size at once: all their pairs, vectorised
        s = starts[keep & (counts == size)]
        members = docs[s[:, None] + np.arange(size)]  # groups × size, each row sorted by report
        members.sort(axis=1)
        ii, jj = np.triu_indices(int(size), 1)
        codes.append(members[:, ii].astype(np.int64).ravel() * n + members[:, jj].ravel())
    if not codes:
        return [], boiler
    pair_codes, shared = np.unique(np.concatenate(codes), return_counts=True)
    out = []
    for code, c in zip(pair_codes[shared >= MIN_SHARED].tolist(), shared[shared >= MIN_SHARED].tolist()):
        i, j = divmod(code, n)
        if issuer[i] and issuer[i] == issuer[j]:
            continue  # the same issuer twice (a resubmission): not copying from another unit
        out.append((i, j, c))
    return out, boiler


def _has_run(mask: np.ndarray, length: int) -> bool:
    """Whether mask has `length` True in a row."""
    if np.count_nonzero(mask) < length:
        return False
    return any(e - s >= length for s, e in _runs(mask))


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of each run of True."""
    if not len(mask):
        return []
    d = np.diff(np.concatenate([[0], mask.view(np.int8), [0]]))
    return list(zip(np.flatnonzero(d == 1).tolist(), np.flatnonzero(d == -1).tolist()))


def shared_passages(a: ReportText, b: ReportText, boiler: np.ndarray) -> list[tuple[int, int, int]]:
    """Passages of `a` also in `b`: (start, end, start in b) in a's characters, boilerplate (sorted,
    unique hashes) left out. Most candidate pairs share no passage of MIN_CHARS: they end after one
    binary search of a's k-grams in b's."""
    ha, hb = a.hashes, b.hashes
    if not len(ha) or not len(hb):
        return []
    in_b = maybe_member(a.low, b.low)  # a superset of a's k-grams that are b's, without sorting
    if not _has_run(in_b, MIN_CHARS - K + 1):
        return []  # most candidate pairs share no passage long enough
    # exact on the few left: a k-gram of a is b's exactly when it is one of b's k-grams whose low bits are a's
    at = np.flatnonzero(in_b)
    in_b[at] = np.isin(ha[at], hb[maybe_member(b.low, a.low)])
    out = []
    for s, e in _runs(in_b):
        if e - s + K - 1 < MIN_CHARS:
            continue
        window = ha[s:e]
        fps = winnow(window)
        if (len(fps) and member(fps, boiler).mean() > 0.5) or member(window, boiler).mean() > 0.5:
            continue  # mostly boilerplate: wording many reports share
        start, end = _trim(a.line_of, s, e + K - 1)
        where = np.flatnonzero(hb == ha[s])
        out.append((start, end, int(where[0]) + (start - s) if len(where) else -1))
    return out


def _trim(line_of: np.ndarray, s: int, e: int) -> tuple[int, int]:
    """A passage without a first or last line of which it holds fewer than K characters: a
    heading's last words that happen to run on into a copied paragraph are not copied."""
    first, last = line_of[s], line_of[e - 1]
    if first != last:
        head = int(np.count_nonzero(line_of[s:e] == first))
        if head < K:
            s += head
    if line_of[s] != last:
        tail = int(np.count_nonzero(line_of[s:e] == last))
        if tail < K:
            e -= tail
    return s, e


def covered(spans: list[tuple[int, int]], n: int) -> int:
    mask = np.zeros(n, dtype=bool)
    for s, e in spans:
        mask[s:e] = True
    return int(mask.sum())


def verify(a: ReportText, b: ReportText, boiler: np.ndarray, names: tuple[str, str]) -> Pair | None:
    pa = shared_passages(a, b, boiler)
    if not pa:
        return None
    pb = shared_passages(b, a, boiler)
    ca, cb = covered([(s, e) for s, e, _ in pa], len(a)), covered([(s, e) for s, e, _ in pb], len(b))
    passages = []
    for s, e, sb in pa:
        eb = sb + (e - s) if sb >= 0 else -1
        passages.append({"a_lines": [int(a.line_of[s]), int(a.line_of[e - 1])],
                         "b_lines": [int(b.line_of[sb]), int(b.line_of[min(eb, len(b)) - 1])] if sb >= 0 else None,
                         "chars": e - s})
    return Pair(names[0], names[1], round(ca / max(len(a), 1), 3), round(cb / max(len(b), 1), 3), len(a), len(b), passages)


def find_pairs(entries: list[Entry], text_of: Callable[[str], ReportText | None],
               extra_boilerplate: np.ndarray) -> tuple[list[Pair], np.ndarray]:
    """The copied pairs of a round, the largest share first, and the round's boilerplate fingerprints."""
    cands, boiler = candidates(entries, extra_boilerplate)
    return verify_candidates(entries, cands, boiler, text_of), boiler


def verify_candidates(entries: list[Entry], cands: list[tuple[int, int, int]], boiler: np.ndarray,
                      text_of: Callable[[str], ReportText | None]) -> list[Pair]:
    pairs = []
    text = lru_cache(maxsize=CACHED_TEXTS)(text_of)  # the reports used last, with their k-gram hashes

    for i, j, _ in sorted(cands):
        a, b = text(entries[i].name), text(entries[j].name)
        if a is None or b is None:
            continue
        p = verify(a, b, boiler, (entries[i].name, entries[j].name))
        if p is not None:
            pairs.append(p)
    pairs.sort(key=lambda p: (-p.share, p.a, p.b))
    return pairs
