"""A minimal OLE compound file that says it holds a Word document (enough for the sniffer)."""
from __future__ import annotations


def minimal_word_ole() -> bytes:
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    return head + "WordDocument".encode("utf-16-le") + b"\x00" * 4096
