"""RTF (Word's and WPS's "Rich Text", LibreOffice's export) → text lines, with striprtf (BSD-3-Clause).

Measured on LibreOffice's RTF of the dev reports: the same characters as the source (similarity 1.0), 5-7 ms
a report, where converting through LibreOffice took a second or more and needs LibreOffice installed.
Characters come as \\'xx escapes in the file's code page (\\ansicpg936: GBK), as \\uN escapes, or written as
they are (a tool that writes the text's own UTF-8, or GBK, between the control words).
"""
from __future__ import annotations

import re

from scorer.reading.extracted import Extracted, split_lines
from scorer.text.errors import InputError

CODE_PAGE = re.compile(rb"\\ansicpg(\d{3,5})")
MAX_RTF_BYTES = 20_000_000  # left once the pictures are out: a report's text and control words are a few hundred KB
# a picture's bytes, written in hex (\pict: a logo, a seal, a scanned page) — no text, and most of a big file's size
HEX_BLOB = re.compile(rb"(?<![0-9a-fA-F\r\n])[0-9a-fA-F\r\n]{4096,}")
# {\pntext 一、}: a paragraph's number as shown, written for readers that do not draw \pn numbering (as
# \listtext is for lists); striprtf skips the group as a destination, so it is opened as a plain group
PN_TEXT = re.compile(rb"\{\\pntext(?![a-zA-Z])[ ]?")


def read_rtf(path: str, data: bytes, sha256: str) -> Extracted:
    from striprtf.striprtf import rtf_to_text

    from scorer.reading import check_length

    data = PN_TEXT.sub(b"{", HEX_BLOB.sub(b"", data))
    if len(data) > MAX_RTF_BYTES:
        raise InputError(path, f"RTF 文件过大（去掉图片后仍有 {len(data) / 1e6:.0f} MB），不像一份年度报告，已拒绝读取")
    m = CODE_PAGE.search(data[:4096])
    codec = f"cp{m.group(1).decode()}" if m else "cp1252"
    try:
        "".encode(codec)
    except LookupError:
        codec = "cp1252"
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError:
        source = data.decode(codec, errors="replace")
    try:
        text = rtf_to_text(source, encoding=codec, errors="replace")
    except Exception:  # striprtf on malformed groups: one line naming the file, not a traceback
        raise InputError(path, "RTF 文件已损坏，无法读取其中的文字") from None
    check_length(path, len(text))
    lines = split_lines(text)
    if b"\\cell" in data:  # striprtf ends each table cell with "|": a row's last one is no text of it
        lines = [ln[:-1] if ln.endswith("|") else ln for ln in lines]
    if not any(ln.strip() for ln in lines):
        raise InputError(path, "RTF 文件中没有文字")
    # the scorecard contract knows txt, docx, pdf and html: RTF is text with control words
    return Extracted(path, "txt", codec, sha256, len(data), lines)
