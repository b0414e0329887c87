"""Characters a file's text carries in place of the ones its writer meant, put right for every format.

- HTML character references left in the text by a CMS export or a copied page's source (`&nbsp;`
  indents, `&ldquo;…&rdquo;`, `&mdash;`, `&#8220;`): the character they stand for, so that an
  indented line is an indented line and a reference's `;` is no clause end. Only complete
  references (with their `;`) are decoded, by the standard library's `html.unescape`; a reference
  to a line break or a control character becomes a space, so line numbers stay the file's own.
- Kangxi radicals (⼀ U+2F00, ⼈ U+2F08 …) and the CJK radical supplements that Unicode maps to an
  ideograph: what a PDF font's Unicode map gives for 一, 人, 大 …; the ideograph (NFKC's mapping).
- CJK compatibility ideographs (年 U+F98E, 六 U+F9D1, 行 U+FA08 …), left by some PDF fonts and by
  round trips through old encodings: the unified ideograph they are canonically equal to.
- Parenthesised ideographs ㈠ … ㈩ (a Word or WPS list numbering style): the sub-heading number
  （一）…（十） they are written for.
- An ASCII full stop typed in half-width mode between Chinese sentences (…成效明显.下一步…): the
  。 it stands for, so that sentences and clauses are read as written. Not after a figure or a
  Latin letter (12.5%, www.gov.cn, 1.), nor after a heading's or an item's own number (一.主要举措, 甲. 甲项).

The scorecard shows the text as put right: the characters look the same, or (㈠) read the same.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LINE_OR_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]")
# the radicals NFKC maps (every Kangxi radical, some supplements), ㈠ … ㈩, and the CJK compatibility
# ideographs (年 U+F98E for 年, 六 U+F9D1 …: what some PDF fonts and old encodings' round trips give)
_MISWRITTEN = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5\u3220-\u3229\uf900-\ufad9\U0002f800-\U0002fa1d]")
_ASCII_STOP = re.compile("(?<=[\u4e00-\u9fff\u201d\u2019\uff09\u300d\u300f\u300b%,\uff0c])\\.(?=$|\\s|[0-9\u4e00-\u9fff\u201c\u2018\uff08\u300c\u300a])")
_NUMBER_STOP = re.compile("\\s*[^\\s.]{1,3}\\.")  # 一.主要举措, 甲. 甲项: a heading's or an item's number


def repaired_lines(lines: list[str]) -> list[str]:
    """The same lines with references decoded and miswritten characters mapped; the list itself
    when there is nothing to put right (the usual case)."""
    joined = "\n".join(lines)
    has_refs = "&" in joined and REFERENCE.search(joined) is not None
    if not has_refs and _MISWRITTEN.search(joined) is None and _ASCII_STOP.search(joined) is None:
        return lines
    return [_repaired(ln) for ln in lines]


def _repaired(line: str) -> str:
    if "&" in line:
        line = REFERENCE.sub(_decoded, line)
    line = _MISWRITTEN.sub(_mapped, line)
    if "." not in line:
        return line
    number = _NUMBER_STOP.match(line)
    return _ASCII_STOP.sub(lambda m: "." if number and m.end() == number.end() else "。", line)


def _decoded(m: re.Match) -> str:
    import html  # its entity table costs a millisecond at start-up: only for a text that has references

    return _LINE_OR_CONTROL.sub(" ", html.unescape(m.group(0)))


def _mapped(m: re.Match) -> str:
    return _mapping().get(m.group(0), m.group(0))


@lru_cache(maxsize=1)
def _mapping() -> dict[str, str]:
    table = {}
    for cp in (*range(0x2E80, 0x2EF4), *range(0x2F00, 0x2FD6), *range(0xF900, 0xFADA), *range(0x2F800, 0x2FA1E)):
        n = unicodedata.normalize("NFKC", chr(cp))
        if n != chr(cp) and len(n) == 1:
            table[chr(cp)] = n
    for cp in range(0x3220, 0x322A):  # ㈠ → (一) under NFKC: written with Chinese brackets here
        table[chr(cp)] = "（" + unicodedata.normalize("NFKC", chr(cp))[1:-1] + "）"
    return table
