"""Text that is safe to pass on: no control characters, no lone surrogates.

A report, a file name or a web page can carry any code point. Lone surrogates (a file name's
undecodable bytes, a PDF's broken Unicode map, <w:sym w:char="D800"/>) cannot be encoded as UTF-8
at all, so no text a reader returns keeps them (`clean_lines`). Control characters stay in the
report's text, where the HTML scorecard shows them, but break spreadsheets (openpyxl refuses them)
and move a terminal's cursor or change its colours: every summary cell, output name and terminal
line goes through `clean` or `one_line`.
"""
from __future__ import annotations

import os
import re

# C0 controls but tab and newline, DEL, C1 controls, lone surrogates, the two non-characters that
# mark byte order mistakes, and the bidirectional overrides that can make a line read backwards.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]")
_UNSAFE_IN_LINE = re.compile("[\t\n]|" + UNSAFE.pattern)
UNENCODABLE = re.compile("[\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """`text` without unsafe characters (tab and newline are kept)."""
    return UNSAFE.sub("", text) if UNSAFE.search(text) else text


def encodable_lines(lines: list[str]) -> list[str]:
    """The same lines without lone surrogates and byte-order non-characters; the list itself when
    there are none (the usual case)."""
    if not UNENCODABLE.search("\n".join(lines)):
        return lines
    return [UNENCODABLE.sub("", ln) for ln in lines]


def one_line(text: object) -> str:
    """A value shown on one terminal line: unsafe characters gone, tabs and newlines as spaces."""
    s = display_path(text) if isinstance(text, (str, os.PathLike)) else str(text)
    return _UNSAFE_IN_LINE.sub(lambda m: " " if m.group(0) in "\t\n" else "", s)


def display_path(path: str | os.PathLike) -> str:
    """A file name as a person should see it: bytes that are not UTF-8 (kept by Python as
    surrogates) shown as U+FFFD, control characters dropped."""
    p = os.fspath(path)
    if isinstance(p, bytes):
        p = p.decode("utf-8", "replace")
    elif any("\ud800" <= c <= "\udfff" for c in p):
        p = p.encode("utf-8", "surrogateescape").decode("utf-8", "replace") if _escapes_only(p) else \
            p.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return clean(p)


def _escapes_only(p: str) -> bool:
    return all(not ("\ud800" <= c <= "\udfff") or "\udc80" <= c <= "\udcff" for c in p)
