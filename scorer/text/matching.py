"""Does a plan item answer a shortcoming? Similarity of short Chinese texts.

Default: TF-IDF cosine over character bigrams plus whole domain terms (the rubric's vocabulary),
with IDF taken over the shortcomings and plan items, so that words they all use (法治, 建设,
进一步…) weigh little. It needs no word segmentation; benchmarks/plan_matching.py measures it
against jieba segmentation with a domain user dictionary on hand-labelled links.
"""
from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache

from scorer.text.safe_regex import by_first_character

CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
# every two CJK characters in a row, overlapping, in the text's order: the bigrams of each CJK run, run after run
CJK_BIGRAM = re.compile(r"(?=([\u4e00-\u9fff]{2}))")


@lru_cache(maxsize=8)
def bigram_terms(vocabulary: tuple[str, ...]) -> Callable[[str], Counter]:
    """Tokenizer: character bigrams of CJK runs, plus each vocabulary term found (counted twice)."""
    terms = _alternation(vocabulary)

    def tokens(text: str) -> Counter:
        c = Counter(CJK_BIGRAM.findall(text))
        if terms is not None:
            for term in dict.fromkeys(terms.findall(text)):  # in text order: set order varies with the hash seed, and so did the cosines' last bit
                c[term] += 2
        return c

    return tokens


@lru_cache(maxsize=8)
def _alternation(vocabulary: tuple[str, ...]) -> re.Pattern | None:
    """One regex for all terms, longest first, so that a text is scanned once."""
    if not vocabulary:
        return None
    # longest first, one length in code-point order: the same pattern in every run (see lexicon.alternation)
    return re.compile(by_first_character("|".join(re.escape(t) for t in sorted(set(vocabulary), key=lambda t: (-len(t), t)))))


def jieba_terms(vocabulary: tuple[str, ...]) -> Callable[[str], Counter]:
    """Tokenizer: jieba words (a domain user dictionary keeps the vocabulary whole), 2+ characters."""
    tok = _jieba(vocabulary)

    def tokens(text: str) -> Counter:
        return Counter(w for w in tok.lcut(text) if len(w) >= 2 and CJK_RUN.fullmatch(w))

    return tokens


@lru_cache(maxsize=4)
def _jieba(vocabulary: tuple[str, ...]):
    import logging

    import jieba

    jieba.setLogLevel(logging.ERROR)
    tok = jieba.Tokenizer()
    for term in vocabulary:
        tok.add_word(term, freq=2000)
    return tok


class Similarity:
    """TF-IDF cosine similarity with IDF over a set of texts (a report's items)."""

    def __init__(self, texts: Iterable[str], tokens: Callable[[str], Counter]):
        self.tokens = tokens
        self.counts = [tokens(t) for t in texts]
        df: Counter = Counter(itertools.chain.from_iterable(self.counts))  # each text's terms once, in order
        n = len(self.counts) or 1
        weight = {c: math.log((n + 1) / (c + 1)) + 1 for c in set(df.values())}  # a few distinct counts
        self.idf = {t: weight[c] for t, c in df.items()}

    def vectors(self) -> list[tuple[dict[str, float], float]]:
        """Each text's TF-IDF vector with its norm, in the order given."""
        out = []
        for counts in self.counts:
            v = {t: c * self.idf[t] for t, c in counts.items()}
            out.append((v, math.sqrt(sum([x * x for x in v.values()]))))
        return out


def cosine(a: tuple[dict[str, float], float], b: tuple[dict[str, float], float]) -> float:
    (va, na), (vb, nb) = a, b
    if not na or not nb:
        return 0.0
    if len(va) > len(vb):
        va, vb = vb, va
    # terms of one text only add 0.0: leaving them out gives the same sum, bit for bit
    return sum([x * vb[t] for t, x in va.items() if t in vb]) / (na * nb)


def best_matches(problems: list[str], plans: list[str], tokens) -> list[tuple[int | None, float]]:
    """For each problem, the index of the most similar plan item and the similarity.
    IDF is taken over the problems and plan items themselves (adding the measures' paragraphs
    as context measured worse: 10/12 against 11/12 links right, and twice the time)."""
    vectors = Similarity(problems + plans, tokens).vectors()
    pv, qv = vectors[: len(problems)], vectors[len(problems):]
    out: list[tuple[int | None, float]] = []
    if not qv:
        return [(None, 0.0)] * len(pv)
    for va, na in pv:
        # cosine(v, x) for each x, inlined (the same products, added in the same order: the same bits)
        scores = []
        for vb, nb in qv:
            if not na or not nb:
                scores.append(0.0)
            elif len(va) > len(vb):
                scores.append(sum([x * va[t] for t, x in vb.items() if t in va]) / (na * nb))
            else:
                scores.append(sum([x * vb[t] for t, x in va.items() if t in vb]) / (na * nb))
        j = max(range(len(scores)), key=scores.__getitem__)
        out.append((j, scores[j]))
    return out
