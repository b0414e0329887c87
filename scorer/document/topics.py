"""What a paragraph or sentence is about: rule-of-law work, political study, party building, economic results or other.

Only rule-of-law work earns substance points; a paragraph of another topic is listed, with its line,
as off-topic. A paragraph takes the class of which it names most distinct terms (rule-of-law wins a
tie; none named: unclassed, i.e. other). The classes are data (scorer/data/topics.yaml).
"""
from __future__ import annotations

import re
from functools import lru_cache

from scorer.text.textnorm import data_file

RULE_OF_LAW = "rule_of_law"
SENTENCE = re.compile(r"[^。！？!?；;]+[。！？!?；;]*")


@lru_cache(maxsize=1)
def _classes() -> tuple[dict[str, tuple[str, ...]], frozenset[str], dict[str, str], dict[str, int]]:
    data = data_file("topics")
    classes = {k: tuple(v) for k, v in data["classes"].items()}
    return classes, frozenset(data["off_topic"]), dict(data["names"]), dict(data.get("min_terms") or {})


@lru_cache(maxsize=4096)
def topic_of(text: str) -> str:
    classes, _off, _names, least = _classes()
    hits = {name: n if (n := _distinct_hits(terms, text)) >= least.get(name, 1) else 0 for name, terms in classes.items()}
    best = max(hits.values())
    if best == 0:
        return "unclassed"
    return RULE_OF_LAW if hits[RULE_OF_LAW] == best else max(hits, key=lambda k: hits[k])


def _distinct_hits(terms: tuple[str, ...], text: str) -> int:
    """How many distinct terms of a class the text names; a term said only inside another one found (招商
    in 招商引资, 廉政 in 党风廉政) is the same mention, not a second one."""
    found = [t for t in terms if t in text]
    return sum(1 for t in found if _outside_longer(t, [u for u in found if t != u and t in u], text))


def _outside_longer(term: str, longer: list[str], text: str) -> bool:
    for u in longer:
        text = text.replace(u, "\0")
    return term in text


def is_off_topic(text: str) -> bool:
    return topic_of(text) in _classes()[1]


CLAUSE_END = re.compile(r"[,，;；。！？!?]")


def is_off_topic_at(text: str, i: int) -> bool:
    """Whether the clause of `text` around position i is about another topic than rule-of-law work: a
    sentence that runs a party-building count on from a rule-of-law one must not lend it its topic."""
    start = max((m.end() for m in CLAUSE_END.finditer(text, 0, i)), default=0)
    end = m.start() if (m := CLAUSE_END.search(text, i)) else len(text)
    return is_off_topic(text[start:end])


def topic_name(topic: str) -> str:
    return _classes()[2].get(topic, topic)


@lru_cache(maxsize=1024)
def off_topic_sentences(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, topic) of each run of sentences about another topic than rule-of-law work.

    Read sentence by sentence, not by paragraph: a passage joins the writer's paragraphs (so that
    paragraphing never moves a score), and an economic paragraph run together with a rule-of-law
    one must neither hide in it nor take it along. Cached: three checks read the same passages."""
    off = _classes()[1]
    out: list[tuple[int, int, str]] = []
    for m in SENTENCE.finditer(text):
        topic = topic_of(m.group())
        if topic not in off:
            continue
        if out and out[-1][1] == m.start() and out[-1][2] == topic:
            out[-1] = (out[-1][0], m.end(), topic)
        else:
            out.append((m.start(), m.end(), topic))
    return tuple(out)
