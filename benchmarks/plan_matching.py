#!/usr/bin/env python3
"""Measure how well shortcomings are matched to the plan items that answer them.

    python benchmarks/plan_matching.py

Compares tokenizers (character bigrams + domain terms, and jieba with a domain user dictionary)
on the hand labels in benchmarks/data/plan_links.yaml, over a range of thresholds: a shortcoming
is "answered" when its most similar plan item scores at or above the threshold. Reports accuracy
(answered by a right item, or unanswered when no item answers it) and time.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scorer.document import metadata, parts  # noqa: E402
from scorer.document.build import analyse  # noqa: E402
from scorer.document.items import _patterns, items_of  # noqa: E402
from scorer.reading import read_input  # noqa: E402
from scorer.rubric import load  # noqa: E402
from scorer.text.matching import best_matches, bigram_terms, jieba_terms  # noqa: E402


def main() -> int:
    corpus = ROOT / "tests" / "shared" / "corpus" / "dev"
    gold = yaml.safe_load((ROOT / "benchmarks" / "data" / "plan_links.yaml").read_text(encoding="utf-8"))
    # items are compared without their numbers (scorer.document.items): so are the labels' first characters
    marker = _patterns()[0]
    unnumbered = lambda t: t[m.end():] if (m := marker.match(t)) else t  # noqa: E731
    gold = {doc: {unnumbered(k): [unnumbered(w) for w in v] for k, v in links.items()} for doc, links in gold.items()}
    rubric = load("default")
    vocab = tuple(rubric.data.get("vocabulary", ()))
    cases = []
    for doc, links in gold.items():
        ex = read_input(str(corpus / f"{doc}.txt"))
        st = analyse(ex.lines)
        meta = metadata.extract(st)
        found = parts.find_parts(st, rubric.recognisers, meta.report_year)
        problems = [i.key for i in items_of(found["shortcomings"])]
        plans = [i.key for i in items_of(found["next_year"])]
        cases.append((doc, links, problems, plans))
    for name, make in (("bigrams+terms", bigram_terms), ("jieba+userdict", jieba_terms)):
        t0 = time.perf_counter()
        tokens = make(vocab)
        tokens("预热")
        load_time = time.perf_counter() - t0
        t0 = time.perf_counter()
        results = []
        for doc, links, problems, plans in cases:
            for (j, s), problem in zip(best_matches(problems, plans, tokens), problems):
                want = next((v for k, v in links.items() if problem.startswith(k)), None)
                if want is None:
                    print(f"  unlabelled item in {doc}: {problem[:20]}", file=sys.stderr)
                    continue
                got = plans[j] if j is not None else None
                results.append((s, want, got))
        match_time = time.perf_counter() - t0
        best = None
        for threshold in (0.05, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3):
            right = sum(
                1 for s, want, got in results
                if (s >= threshold and got is not None and any(got.startswith(w) for w in want))
                or (s < threshold and not want)
            )
            print(f"{name:<16} threshold {threshold:.2f}: {right}/{len(results)} right")
            if best is None or right > best[1]:
                best = (threshold, right)
        print(f"{name:<16} best threshold {best[0]:.2f} ({best[1]}/{len(results)}); tokenizer load {load_time:.3f} s, matching {match_time * 1000:.1f} ms\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
