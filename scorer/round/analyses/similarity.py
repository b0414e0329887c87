"""scorer.text.matching.best_matches with arrays, for last year's comparison: the same indices and
the same floats, bit for bit, 0.3 ms a call faster on a round's reports (two calls a matched report).

matching.best_matches adds each pair's products in Python, term by term, in the order of the
shorter of the two vectors (a term the other lacks adds nothing), and each norm's squares in the
vector's order; `sum()` over floats adds them one after the other up to Python 3.11. Here every
product and square is the same IEEE operation on the same operands, and each sum is a cumulative
sum along a row (numpy's accumulate adds one after the other too; zeros padding a row's end change
nothing). Python 3.12's `sum()` is compensated (Neumaier): there matching.best_matches itself is used.
tests/test_similarity_arrays.py compares the two on the labelled corpus and on random mixes.
"""
from __future__ import annotations

import math
import sys
from collections.abc import Callable
from itertools import chain

import numpy as np

SEQUENTIAL_SUM = sys.version_info < (3, 12)
# Below this many pairs (items × pool) the arrays' fixed cost (some forty numpy calls) is more than
# the pure-Python cosines': matching.best_matches itself answers. Measured on the 705 calls of 376
# matched reports: 148 calls under 10 pairs took 204 µs with the arrays, 127 µs in Python; 216
# calls of 10-30 pairs 251 against 181 µs; from 100 pairs up the arrays win (1.2-1.9 against 1.3-2.6 ms).
ARRAYS_FROM = 64


def best_matches(problems: list[str], plans: list[str], tokens: Callable) -> list[tuple[int | None, float]]:
    """matching.best_matches(problems, plans, tokens): for each problem, the most similar plan item
    (the first of equals) and the similarity (TF-IDF cosine, IDF over all the texts given)."""
    if not SEQUENTIAL_SUM or len(problems) * len(plans) < ARRAYS_FROM:
        from scorer.text.matching import best_matches as by_terms

        return by_terms(problems, plans, tokens)
    return by_arrays(problems, plans, tokens)


def by_arrays(problems: list[str], plans: list[str], tokens: Callable) -> list[tuple[int | None, float]]:
    """best_matches with arrays (at least one problem and one plan item; Python ≤ 3.11)."""
    counts = [tokens(t) for t in problems + plans]
    n, nq = len(counts), len(problems)
    npool = n - nq
    lengths = np.fromiter(map(len, counts), dtype=np.intp, count=n)
    total = int(lengths.sum())
    terms = dict.fromkeys(chain.from_iterable(counts))  # each term once, in the texts' order
    if not terms:
        return [(0, 0.0)] * nq  # every similarity 0.0: the first plan item
    index = dict(zip(terms, range(len(terms))))
    ids = np.fromiter(map(index.__getitem__, chain.from_iterable(counts)), dtype=np.intp, count=total)
    tf = np.fromiter(chain.from_iterable(c.values() for c in counts), dtype=np.float64, count=total)
    # IDF as matching.Similarity makes it: one weight per distinct document frequency, by math.log
    df = np.bincount(ids, minlength=len(terms))
    # (the distinct frequencies from a count of them: numpy 2's hash-based np.unique cost 8 % of a call)
    distinct = np.flatnonzero(np.bincount(df))
    weight = np.zeros(int(distinct[-1]) + 1)
    weight[distinct] = [math.log((n + 1) / (c + 1)) + 1 for c in distinct.tolist()]
    v = tf * weight[df][ids]  # each text's vector, in its terms' order
    rows = np.repeat(np.arange(n), lengths)
    starts = np.cumsum(lengths) - lengths
    pos = np.arange(total) - starts[rows]
    squares = np.zeros((n, int(lengths.max())))
    squares[rows, pos] = v * v
    norms = np.sqrt(np.cumsum(squares, axis=1)[:, -1])
    eq = int(starts[nq]) if nq < n else total  # the problems' entries come first
    dense_q = np.zeros((nq, len(terms)))
    dense_q[rows[:eq], ids[:eq]] = v[:eq]
    dense_p = np.zeros((npool, len(terms)))
    dense_p[rows[eq:] - nq, ids[eq:]] = v[eq:]
    by_plan = lengths[:nq][:, None] > lengths[nq:][None, :]  # the products go in the plan item's order
    dots = np.zeros((nq, npool))
    # in the problem's order: each of its terms against every plan item (row j, then entry e: the
    # products of one pair stand together, in the problem's order)
    shared = dense_p[:, ids[:eq]]
    j, e = np.nonzero(shared)
    i = rows[e]
    mine = ~by_plan[i, j]
    _add_pairs(dots, i[mine], j[mine], v[e[mine]] * shared[j[mine], e[mine]], npool)
    # in the plan item's order: each of its terms against every problem
    shared = dense_q[:, ids[eq:]]
    i, f = np.nonzero(shared)
    j = rows[f + eq] - nq
    mine = by_plan[i, j]
    _add_pairs(dots, i[mine], j[mine], v[f[mine] + eq] * shared[i[mine], f[mine]], npool)
    scores = np.divide(dots, norms[:nq][:, None] * norms[nq:][None, :], out=np.zeros_like(dots), where=dots != 0)
    best = scores.argmax(axis=1).tolist()  # the first of equals, as max() over the indices
    return [(b, float(scores[k, b])) for k, b in enumerate(best)]


def _add_pairs(dots: np.ndarray, i: np.ndarray, j: np.ndarray, products: np.ndarray, npool: int) -> None:
    """dots[i, j] = the sum of each pair's products, added one after the other in the order given
    (a pair's products stand together)."""
    if not len(products):
        return
    key = i * npool + j
    first = np.empty(len(key), dtype=bool)
    first[0] = True
    np.not_equal(key[1:], key[:-1], out=first[1:])
    at = np.flatnonzero(first)
    pair = np.cumsum(first) - 1
    rank = np.arange(len(key)) - at[pair]
    padded = np.zeros((len(at), int(rank.max()) + 1))
    padded[pair, rank] = products
    dots[i[at], j[at]] = np.cumsum(padded, axis=1)[:, -1]
