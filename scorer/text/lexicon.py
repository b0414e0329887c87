"""The language and administrative lexicon in scorer/data/*.yaml, loaded once, on first use.

Each list lives in one data file with a comment on its source; the code that reads a report holds only
mechanism. Lists are written as report keys are (NFKC width, simplified script, ASCII punctuation).
"""
from __future__ import annotations

import importlib.util
import mmap
import re
from functools import cache
from pathlib import Path

from scorer.text.safe_regex import by_first_character

DATA = Path(__file__).resolve().parents[1] / "data"


@cache
def load(name: str) -> dict:
    """scorer/data/<name>.yaml as a dict."""
    from scorer.text.yamlcache import load_file

    return load_file(DATA / f"{name}.yaml")


def words(name: str, key: str) -> tuple[str, ...]:
    return tuple(load(name)[key])


def alternation(items) -> str:
    """A regex alternation of literal words, longest first (so 人民政府 wins over 政府), words of one
    length in code-point order: the same words give the same pattern in every run (not the set's
    order, which changes with the hash seed), so its compiled code is kept between runs. Words that
    open with the same character are written as one alternative (safe_regex.by_first_character: the
    same matches, in a pattern of its own or inside another, with one try a character)."""
    return by_first_character("|".join(re.escape(w) for w in sorted(set(items), key=_longest_first)))


@cache
def any_word(words: tuple[str, ...]) -> re.Pattern:
    """A pattern found where any of the literal words stands, searched in one scan instead of one per
    word; `.search(...).start()` is where the earliest of them begins. Never matches when empty."""
    return re.compile(alternation(words) if words else r"(?!)")


def blanked(text: str, pattern: re.Pattern) -> str:
    """The text with every match of `pattern` blanked to as many 〇: a slogan's words ("重要任务亲自督办":
    督办) or a paperwork count are no content, and offsets into the text still hold."""
    return pattern.sub(lambda m: "〇" * len(m.group(0)), text) if pattern.pattern != r"(?!)" else text


def _longest_first(word: str) -> tuple[int, str]:
    return -len(word), word


@cache
def _general_dictionary() -> bytes | mmap.mmap:
    """jieba's general dictionary (dict.txt: a word, its frequency and its part of speech a line), mapped
    read-only without importing jieba or reading its 5 MB (0.2 ms against 28 ms to decode it); empty
    when jieba is not installed."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return b""
    try:
        with open(Path(spec.origin).parent / "dict.txt", "rb") as f:
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return b""


def part_of_speech(word: str) -> str | None:
    """The part of speech jieba's general dictionary gives a word (v, n, ns …), None when it lacks the word."""
    text = _general_dictionary()
    key = word.encode("utf-8") + b" "
    if text[: len(key)] == key:
        start = 0
    else:
        start = text.find(b"\n" + key) + 1
        if start == 0:
            return None
    end = text.find(b"\n", start)
    return bytes(text[start : end if end >= 0 else len(text)]).decode("utf-8").rsplit(" ", 1)[-1].strip()
