"""Text normalisation for matching.

Matching runs on a *key*: NFKC width folding, traditional→simplified (OpenCC t2s),
no zero-width characters and no whitespace. Users are always shown the original text,
so every key keeps a map from its characters back to the raw string.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Line breaks of the file itself: LF, CRLF, CR. str.splitlines() also splits on
# \x0b, \x0c, \x1c.., \u2028, which would shift line numbers away from the file's own.
LINE_BREAK = re.compile(r"\r\n|\r|\n")


@lru_cache(maxsize=1)
def _t2s():
    try:
        import opencc
    except ImportError:  # keep working (without folding scripts) when OpenCC is missing
        return None
    return opencc.OpenCC("t2s").convert


def to_simplified(text: str) -> str:
    conv = _t2s()
    return conv(text) if conv and text else text


@dataclass(slots=True)
class Key:
    """A normalised, whitespace-free string plus the raw index of each of its characters."""

    text: str
    index: list[int] | range = field(repr=False)  # a range when positions only shift (most lines)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a key span [start, end) to a span of the raw string."""
        if not self.index:
            return 0, 0
        start = min(max(start, 0), len(self.index) - 1)
        end = min(max(end, start + 1), len(self.index))
        return self.index[start], self.index[end - 1] + 1


def make_key(raw: str) -> Key:
    return make_keys([raw])[0]


def make_keys(raws: list[str]) -> list[Key]:
    """Keys for many strings with one OpenCC call (its per-call overhead dominates short lines)."""
    keys = [_fold(raw) for raw in raws]
    joined = "\n".join(k.text for k in keys)
    simplified = to_simplified(joined)
    if len(simplified) == len(joined):
        pos = 0
        for k in keys:
            k.text = simplified[pos : pos + len(k.text)]
            pos += len(k.text) + 1
        return keys
    for k in keys:  # a phrase conversion changed a length: keep the index map exact
        s = to_simplified(k.text)
        if len(s) != len(k.text):
            s = "".join(c2 if len(c2 := to_simplified(c)) == 1 else c for c in k.text)
        k.text = s
    return keys


_SPACE = re.compile(r"\s+")


def _fold(raw: str) -> Key:
    folded = unicodedata.normalize("NFKC", raw)
    if len(folded) == len(raw) and not _has_zero_width(raw):
        # The common case: every character folds to one character, so positions carry over.
        if not _SPACE.search(folded):
            return Key(folded, range(len(folded)))
        core = folded.strip()
        if not _SPACE.search(core):  # indentation only (web pages, full-width spaces)
            lead = len(folded) - len(folded.lstrip())
            return Key(core, range(lead, lead + len(core)))
        index = [i for i, ch in enumerate(folded) if not ch.isspace()]
        return Key(_SPACE.sub("", folded), index)
    chars: list[str] = []
    index = []
    for i, ch in enumerate(raw):
        for out in unicodedata.normalize("NFKC", ch):
            if not out.isspace() and ord(out) not in ZERO_WIDTH:
                chars.append(out)
                index.append(i)
    return Key("".join(chars), index)


_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def _has_zero_width(raw: str) -> bool:
    return _ZERO_WIDTH_RE.search(raw) is not None


def clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
