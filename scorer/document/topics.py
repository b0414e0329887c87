"""What a paragraph is about: rule-of-law work, political study, party building, economic results or other.

Only rule-of-law work earns substance points; a paragraph of another topic is listed, with its line,
as off-topic. A paragraph takes the class of which it names most distinct terms (rule-of-law wins a
tie; none named: unclassed, i.e. other). The classes are data (scorer/data/topics.yaml).
"""
from __future__ import annotations

from functools import lru_cache

from scorer.text.textnorm import data_file

RULE_OF_LAW = "rule_of_law"


@lru_cache(maxsize=1)
def _classes() -> tuple[dict[str, tuple[str, ...]], frozenset[str], dict[str, str]]:
    data = data_file("topics")
    classes = {k: tuple(v) for k, v in data["classes"].items()}
    return classes, frozenset(data["off_topic"]), dict(data["names"])


@lru_cache(maxsize=4096)
def topic_of(text: str) -> str:
    classes, _off, _names = _classes()
    hits = {name: sum(1 for t in terms if t in text) for name, terms in classes.items()}
    best = max(hits.values())
    if best == 0:
        return "unclassed"
    return RULE_OF_LAW if hits[RULE_OF_LAW] == best else max(hits, key=lambda k: hits[k])


def is_off_topic(text: str) -> bool:
    return topic_of(text) in _classes()[1]


def topic_name(topic: str) -> str:
    return _classes()[2].get(topic, topic)
