"""Text normalisation for matching.

Matching runs on a *key*: NFKC width folding, traditional→simplified (OpenCC t2s),
no zero-width characters and no whitespace. Users are always shown the original text,
so every key keeps a map from its characters back to the raw string.
"""
from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

# Characters that are in no word and show nothing: zero-width spaces and joiners, the soft hyphen, the
# byte-order mark, and the direction marks, embeddings and isolates a Windows or right-to-left-aware
# application puts around figures and dates (U+200E round "2024").
INVISIBLE = ("\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
             "\u2066\u2067\u2068\u2069\ufeff\u00ad\u180e")
ZERO_WIDTH = dict.fromkeys(map(ord, INVISIBLE), None)
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
    """Keys for many strings: width folding and OpenCC over all of them at once (per-call overhead
    dominates short lines)."""
    folded, zero_width = _nfkc_many(raws)
    keys = [_fold(raw, f, i in zero_width) for i, (raw, f) in enumerate(zip(raws, folded))]
    joined = "\n".join(k.text for k in keys)
    simplified = to_simplified(joined)
    if len(simplified) == len(joined):
        pos = 0
        for k in keys:
            k.text = simplified[pos : pos + len(k.text)]
            pos += len(k.text) + 1
        return [_without_artefacts(k) for k in keys]
    for k in keys:  # a phrase conversion changed a length: keep the index map exact
        s = to_simplified(k.text)
        if len(s) != len(k.text):
            s = "".join(c2 if len(c2 := to_simplified(c)) == 1 else c for c in k.text)
        k.text = s
    return [_without_artefacts(k) for k in keys]


# What converter mirror sites leave in a text: the pinyin glosses they add after characters
# (實(shí)施) and the question marks that stand for the ideographic spaces they lost at a line's start.
# (the "(" first, behind it the look-behind: re then looks for "(" instead of trying every character)
PINYIN_GLOSS = re.compile(r"\((?<=[\u4e00-\u9fff]\()[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)")
LOST_INDENT = re.compile(r"^\?+(?=[\u4e00-\u9fff(（])")


def _without_artefacts(k: Key) -> Key:
    text = k.text
    if not text or (text[0] != "?" and "(" not in text):
        return k
    drop = [m.span() for m in LOST_INDENT.finditer(text)] + [m.span() for m in PINYIN_GLOSS.finditer(text)]
    if not drop:
        return k
    keep = [True] * len(text)
    for a, z in drop:
        keep[a:z] = [False] * (z - a)
    index = list(k.index)
    k.text = "".join(c for c, kept in zip(text, keep) if kept)
    k.index = [i for i, kept in zip(index, keep) if kept]
    return k


def _nfkc_many(raws: list[str]) -> tuple[list[str], set[int]]:
    """NFKC of each string, and which strings hold a zero-width character: one translate of the
    whole text; only strings with a character outside the simple set are normalised on their own."""
    _table, other = _simple_fold()
    joined = "\n".join(raws)
    folded = _folder()(joined).split("\n")
    if len(folded) != len(raws):  # a string with a line break of its own
        folded = [nfkc(r) for r in raws]
    else:
        for i in _strings_matching(other, joined, raws):
            folded[i] = unicodedata.normalize("NFKC", raws[i])
    return folded, _strings_matching(_ZERO_WIDTH_RE, joined, raws)


def _strings_matching(rx: re.Pattern, joined: str, raws: list[str]) -> set[int]:
    """Indexes of the strings joined by "\\n" in which `rx` matches (usually none)."""
    found: set[int] = set()
    m = rx.search(joined)
    if m is None:
        return found
    starts = list(itertools.accumulate((len(r) + 1 for r in raws[:-1]), initial=0))
    while m is not None:
        i = bisect.bisect_right(starts, m.start()) - 1
        found.add(i)
        m = rx.search(joined, starts[i + 1] if i + 1 < len(starts) else len(joined))
    return found


_SPACE = re.compile(r"\s+")
_NON_SPACE = re.compile(r"\S+")


# NFKC of a line made only of these characters is a per-character mapping (no composition, nothing
# that expands), done with a table: 50x faster than unicodedata.normalize, which spent
# 0.55 ms of a report's 3.5 ms re-normalising lines whose only change is full-width punctuation.
# tests/test_textnorm.py checks the table against unicodedata for every character it covers.
_SIMPLE_RANGES = [(0x20, 0x7E), (0xA0, 0x2FF), (0x2000, 0x206F), (0x2100, 0x218F), (0x2460, 0x24FF), (0x2E80, 0x2FDF),
                  (0x3000, 0x303F), (0x3200, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
                  (0xFE10, 0xFE1F), (0xFE30, 0xFE6F), (0xFF01, 0xFFEE)]
_STABLE_RANGES = [(0x20, 0x7E), (0x3400, 0x4DBF), (0x4E00, 0x9FFF)]  # NFKC leaves these alone


@lru_cache(maxsize=1)
def _simple_fold() -> tuple[dict[int, str], re.Pattern]:
    """(translate table, regex of any character outside the simple set). Building it normalises
    2,800 characters one by one (2 ms of every run), so it is kept per user for this Unicode version."""
    from scorer.text.yamlcache import kept

    inputs = [unicodedata.unidata_version, _SIMPLE_RANGES, _STABLE_RANGES, sorted(_COMPOSES)]
    pairs, simple = kept("nfkc-simple", inputs, _build_simple_fold)
    table = {cp: n for cp, n in pairs}
    cls = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" if b > a else re.escape(chr(a)) for a, b in simple)
    return table, re.compile(f"[^{cls}\t\n\r]")


def _build_simple_fold() -> list:
    """[[code point, its NFKC], …] for the characters that change, and the simple set as [[lo, hi], …]."""
    pairs: list[list] = []
    simple: list[list[int]] = []
    for lo, hi in _SIMPLE_RANGES:
        if (lo, hi) in _STABLE_RANGES:
            simple.append([lo, hi])
            continue
        for cp in range(lo, hi + 1):
            c = chr(cp)
            n = unicodedata.normalize("NFKC", c)
            if len(n) != 1 or unicodedata.combining(c) or unicodedata.combining(n) or n in _COMPOSES:
                continue
            if n != c:
                pairs.append([cp, n])
            if simple and simple[-1][1] == cp - 1:
                simple[-1][1] = cp
            else:
                simple.append([cp, cp])
    return [pairs, simple]


# Characters that canonical composition can join to the one before (Hangul vowels and finals,
# Indic and other vowel signs with combining class 0): never in the simple set.
_COMPOSES = {chr(c) for c in (*range(0x1161, 0x1176), *range(0x11A8, 0x11C3), 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7,
                              0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E, 0x0D57, 0x0DCF, 0x0DDF, 0x102E, 0x09BE, 0x09D7, 0x1B35)}


@lru_cache(maxsize=1)
def _folder():
    """A function applying the simple table: a regex finds the characters that change (a few
    in a report), 10-20x faster than str.translate, which looks every character up in a dict."""
    table, _other = _simple_fold()
    by_char = {chr(cp): out for cp, out in table.items()}
    changing = re.compile("[" + "".join(re.escape(c) for c in sorted(by_char)) + "]")
    replace = by_char.__getitem__
    return lambda text: changing.sub(lambda m: replace(m.group()), text)


_NOT_WORD = re.compile(r"[\W_]+")
_NOT_WORD_NOR_NL = re.compile(r"[^\w\n]+")  # _NOT_WORD but "_" (str.replace is faster), keeping the line breaks
_SPACE_NOT_NL = re.compile(r"[^\S\n]+")  # whitespace but the line breaks of lines joined by "\n"


def key_texts(raws: list[str]) -> list[str]:
    """The letters and digits of each line's key, [_NOT_WORD.sub("", k.text) for k in make_keys(raws)]:
    the same strings, made on the lines joined by "\n" as make_keys does, but each step once over the whole text instead of once a
    line and without the keys' maps back to the raw lines: width folding, whitespace out (lines
    that make_keys folds one by one — a character outside the simple NFKC set, a zero-width
    character — are folded alike), OpenCC, the pinyin glosses out (the lost indents' question
    marks are not letters), then all but letters and digits. A line break inside a line, or a
    conversion that changes a line's length, goes through make_keys itself."""
    joined = "\n".join(raws)
    folded = _folder()(joined)
    if folded.count("\n") != len(raws) - 1 or not raws:
        return [_NOT_WORD.sub("", k.text) for k in make_keys(raws)]
    keys = _SPACE_NOT_NL.sub("", folded)
    _table, other = _simple_fold()
    odd = _strings_matching(other, joined, raws) | _strings_matching(_ZERO_WIDTH_RE, joined, raws)
    if odd:
        texts = keys.split("\n")
        for i in odd:
            folded_one, zero_width = _nfkc_many([raws[i]])
            texts[i] = _fold(raws[i], folded_one[0], bool(zero_width)).text
        keys = "\n".join(texts)
    simplified = to_simplified(keys)
    if len(simplified) != len(keys) or (
            simplified != keys and [len(x) for x in simplified.split("\n")] != [len(x) for x in keys.split("\n")]):
        return [_NOT_WORD.sub("", k.text) for k in make_keys(raws)]
    if "(" in simplified:
        simplified = PINYIN_GLOSS.sub("", simplified)
    return _NOT_WORD_NOR_NL.sub("", simplified.replace("_", "")).split("\n")


def nfkc(raw: str) -> str:
    _table, other = _simple_fold()
    if other.search(raw) is None:
        return _folder()(raw)
    return unicodedata.normalize("NFKC", raw)


def _fold(raw: str, folded: str, zero_width: bool) -> Key:
    """The key of `raw`, given its NFKC form and whether it holds a zero-width character."""
    if len(folded) == len(raw) and not zero_width:
        # The common case: every character folds to one character, so positions carry over.
        if not _SPACE.search(folded):
            return Key(folded, range(len(folded)))
        core = folded.strip()
        if not _SPACE.search(core):  # indentation only (web pages, full-width spaces)
            lead = len(folded) - len(folded.lstrip())
            return Key(core, range(lead, lead + len(core)))
        index: list[int] = []
        for m in _NON_SPACE.finditer(folded):
            index += range(m.start(), m.end())
        return Key(_SPACE.sub("", folded), index)
    chars: list[str] = []
    index = []
    for i, ch in enumerate(raw):
        for out in unicodedata.normalize("NFKC", ch):
            if not out.isspace() and ord(out) not in ZERO_WIDTH:
                chars.append(out)
                index.append(i)
    return Key("".join(chars), index)


_ZERO_WIDTH_RE = re.compile(f"[{INVISIBLE}]")


def without_invisible(raw: str) -> str:
    """`raw` without zero-width characters and byte-order marks: they are in no word, and a heading
    shown to a user must not carry them."""
    return raw.translate(ZERO_WIDTH) if _ZERO_WIDTH_RE.search(raw) else raw


def clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@cache
def data_file(name: str) -> dict:
    """scorer/data/<name>.yaml, read once."""
    from pathlib import Path

    from scorer.text.yamlcache import load_file

    return load_file(Path(__file__).resolve().parents[1] / "data" / f"{name}.yaml") or {}
