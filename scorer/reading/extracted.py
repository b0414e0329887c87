"""What reading a file gives: its lines and what is known of the file (format, encoding, hash, warnings)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from scorer.reading.characters import repaired_lines
from scorer.text.sanitize import display_path, encodable_lines
from scorer.text.textnorm import LINE_BREAK

HEADING_SIZE = 1.08  # a line or paragraph set this much larger than the body's text is set off as a heading
MAX_HEADING_SIZES = 4  # more sizes than this above the body's is a layout, not a heading scheme


def levels_by_size(larger: dict[int, float]) -> dict[int, int]:
    """line → heading level, for lines set larger than the body's text (line → its size): the largest size is
    level 1 (a report's title), the next 2 … — how a file without heading numbers or styles marks its headings."""
    found = sorted({round(size, 1) for size in larger.values()}, reverse=True)
    if not found or len(found) > MAX_HEADING_SIZES:
        return {}
    rank = {size: i + 1 for i, size in enumerate(found)}
    return {line: rank[round(size, 1)] for line, size in larger.items()}


EMPHASIS_HEADING_CHARS = 60  # a line set off by emphasis alone is a heading only as short as one
MAX_EMPHASES = 3  # more ways of setting short lines off than this is a layout, not a heading scheme


def levels_by_emphasis(marked: Mapping[int, tuple[object, int]], below: int, total_chars: int) -> dict[int, int]:
    """line → heading level, for lines set off from the body's text by emphasis alone (line → (its emphasis, its
    length): a font, bold, a colour, underline): a level for each emphasis, in the order they first appear,
    below the `below` levels that sizes gave. None when such lines are long, many-styled or much of the text."""
    short = {line: emphasis for line, (emphasis, length) in marked.items() if length <= EMPHASIS_HEADING_CHARS}
    order = list(dict.fromkeys(short[line] for line in sorted(short)))
    if not short or len(order) > MAX_EMPHASES or 4 * sum(length for _, length in marked.values()) >= total_chars:
        return {}
    return {line: below + 1 + order.index(emphasis) for line, emphasis in short.items()}


@dataclass
class Extracted:
    """A file read as text lines, with its format, encoding, digest and any warning about the text."""
    path: str
    format: str  # txt | docx | pdf | html
    encoding: str | None
    sha256: str
    size: int
    lines: list[str]
    warnings: list[str] = field(default_factory=list)
    # Set when the text could not be read reliably (e.g. a scanned PDF): checks answer needs_review.
    unreliable: str | None = None
    # What the container itself says, e.g. an HTML page's publish date.
    hints: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        # whatever the format, nothing that UTF-8 cannot encode goes on down the pipeline, and no
        # character written in place of another (an HTML reference, a Kangxi radical)
        self.lines = repaired_lines(encodable_lines(self.lines))

    def source_dict(self) -> dict:
        path = display_path(self.path)
        return {
            "path": path,
            "name": Path(path).name,
            "format": self.format,
            "encoding": self.encoding,
            "sha256": self.sha256,
            "size": self.size,
            "lines": len(self.lines),
            "warnings": list(self.warnings),
            "unreliable": self.unreliable,
        }


# HTML's line break pasted as text ("…成效<br /><br />(一)…" from a CMS's export): a line break all the same
BR_TAG = re.compile(r"<br\s{0,8}/?>", re.I)


def split_lines(text: str) -> list[str]:
    if "<br" in text or "<BR" in text:
        text = BR_TAG.sub("\n", text)
    if "\u2029" in text or "\u2028" in text:  # Unicode's paragraph and line separators (a DTP tool's or web editor's copy)
        text = text.replace("\u2029", "\n").replace("\u2028", "\n")
    if "\x0b" in text:  # Word's manual line break (Shift+Enter) as copied out: a new line where Word shows one
        text = text.replace("\x0b", "\n")  # (a form feed stays: a page break within a line the file numbers as one)
    lines = LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines
