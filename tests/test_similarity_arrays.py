"""Last year's comparison matches items with arrays (scorer.round.analyses.similarity): the same
indices and the same floats, bit for bit, as scorer.text.matching.best_matches."""
from __future__ import annotations

import random
import re

import pytest

from scorer.round.analyses import similarity
from scorer.rubric import for_level
from scorer.text.matching import best_matches, bigram_terms
from scorer.text.textnorm import make_keys

from conftest import corpus_dir


def _sentences() -> list[str]:
    out = []
    for p in sorted(corpus_dir("dev").glob("*.txt")):
        keys = make_keys(p.read_text(encoding="utf-8").splitlines())
        out += [s for k in keys for s in re.findall(r"[^。；;！!？?]+", k.text) if len(s) >= 8]
    return out


def _same(problems: list[str], plans: list[str], tokens) -> None:
    want = best_matches(problems, plans, tokens)
    got = similarity.best_matches(problems, plans, tokens)
    assert got == want
    assert [type(j) for j, _ in got] == [type(j) for j, _ in want]
    assert [type(s) for _, s in got] == [type(s) for _, s in want]
    if problems and plans:  # the arrays themselves, however few the pairs (best_matches leaves few to matching)
        arrays = similarity.by_arrays(problems, plans, tokens)
        assert arrays == want
        assert [type(j) for j, _ in arrays] == [type(j) for j, _ in want]
        assert [type(s) for _, s in arrays] == [type(s) for _, s in want]


@pytest.mark.skipif(not similarity.SEQUENTIAL_SUM, reason="Python 3.12's sum() is compensated: matching's own is used")
def test_the_arrays_give_the_same_matches_and_floats_as_matching():
    pool = _sentences()
    assert len(pool) > 300
    tokens = bigram_terms(tuple(for_level(None).vocabulary))  # bigrams and the rubric's terms (counted twice)
    rng = random.Random(24)
    for _ in range(300):
        problems = rng.sample(pool, rng.randint(1, 12))
        plans = rng.sample(pool, rng.randint(1, 40))
        _same(problems, plans, tokens)
    # plan items repeated (ties: the first of equals), texts with no term, one text of each side,
    # problems that are plan items, short and long vectors on either side
    some = pool[:30]
    cases = [
        (some[:3], some[:3] + some[:3]),
        (["2024年", "abc"], some[:5]),
        (some[:4], ["123", "", "x"]),
        ([""], [""]),
        (some[:1], some[1:2]),
        ([some[0] * 5], some[:10]),
        (some[:10], [some[1] * 7, some[2]]),
        (["法治政府建设"], ["法治政府建设", "建设法治政府", "法治"]),
    ]
    for problems, plans in cases:
        _same(problems, plans, tokens)


def test_an_empty_side_is_answered_as_matching_answers_it():
    tokens = bigram_terms(())
    assert similarity.best_matches([], ["法治建设"], tokens) == best_matches([], ["法治建设"], tokens)
    assert similarity.best_matches(["法治建设"], [], tokens) == best_matches(["法治建设"], [], tokens)


def test_an_item_is_long_enough_exactly_when_its_letters_and_digits_are():
    """followup's item test without stripping the text: the same answer as counting what
    `re.sub(r"[\\W_]+", "", text)` keeps, on the corpus's sentences cut anywhere and on punctuation mixes."""
    from scorer.round.analyses import followup

    rng = random.Random(8)
    texts = [s[a:a + n] for s in _sentences()[:400] for a, n in [(rng.randint(0, 5), rng.randint(0, 14))]]
    alphabet = "法治a1２_ ，。！\u3000—·（）"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(3000)]
    got = [bool(followup._LONG_ENOUGH.match(t)) for t in texts]
    assert got == [len(re.sub(r"[\W_]+", "", t)) >= followup.MIN_ITEM for t in texts]
    assert any(got) and not all(got)
