"""The Document, built once, in one pass: each stage of the document model called in order.

lines → blocks (paragraphs rebuilt) → the report found on its page (chrome, title, closing) → the
heading tree → metadata (title, issuer, level, years, dates) → the required parts, with the
section recognisers of the rubric chosen for that metadata. The stages never call back into each
other or into this module; the import contract in pyproject.toml keeps them in this order.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from scorer.document import kind, metadata, page, parts, structure
from scorer.document.metadata import Metadata
from scorer.document.parts import Part, Recogniser
from scorer.document.plausible import plausible_metadata
from scorer.document.structure import Structure
from scorer.text.numerals import counts_by_key, with_arabic_counts


@dataclass
class Document:
    """What the checks read of a report: its structure, its metadata and its required parts."""
    structure: Structure
    metadata: Metadata
    parts: dict[str, Part]


def analyse(lines: list[str], heading_levels: dict[int, int] | None = None) -> Structure:
    """Blocks, the report's place on its page, and the heading tree of its body. heading_levels: line →
    the level of the page's own heading markup it stands in (<h2> 2, <h3> 3), where the reader knows it."""
    blocks = structure.split_blocks(lines)
    if heading_levels:
        for b in blocks:
            if b.last_line == b.line and (level := heading_levels.get(b.line)):
                b.tag_level = level
    st = Structure(lines=lines, blocks=blocks)
    if not blocks:
        return st
    start = page.find_start(st, blocks)
    if (later := _report_after_annex(st, blocks, start)) is not None:
        # a file that holds another document first (the principal's 述法报告 as 附件1) and the report as a later
        # annex (附件2): the report is what is scored, the first document its page's furniture
        st.title, st.title_key, st.title_lines = None, "", []
        for b in blocks[:later]:
            if b.role in ("title", "title_repeat"):
                b.role = "meta"
        start = later + page.find_start(st, blocks[later:])
    end = page.find_end(blocks, start)
    for b in blocks[:start]:
        if b.role == "body":
            b.role = "meta" if page.is_meta(b.k) else "chrome"
        st.header.append(b)
    for b in blocks[end:]:
        b.role = "chrome"
    page.mark_contents(blocks, start, end)
    page.mark_notes(blocks, start, end)
    body = [b for b in blocks[start:end] if b.role == "body"]
    body = page.strip_closing(st, body)
    structure.build_tree(st, body)
    return st


ANNEX_MARK = re.compile(r"^附件\s*\d{1,2}[:：]?$")
ANNEX_LOOKAHEAD = 3  # blocks between an annex's mark and its title


def _report_after_annex(st: Structure, blocks: list, start: int) -> int | None:
    """Where a report marked as a later annex starts (at its 附件N line), when what was taken for the report is a
    document of another kind by its title; None otherwise."""
    if not st.title_key or kind.kind_of_title(st.title_key) is None:
        return None
    for i in range(start, len(blocks)):
        if ANNEX_MARK.match(blocks[i].k):
            for b in blocks[i + 1 : i + 1 + ANNEX_LOOKAHEAD]:
                if kind.is_report_title(b.k):
                    return i
    return None


def build(lines: list[str], recognisers_for: Callable[[Metadata], list[Recogniser]], *,
          published: str | None = None, hints: dict | None = None, as_report: bool = False) -> Document:
    """The Document of a report's lines.

    recognisers_for: the section recognisers to find the parts with, given the metadata read (the
    caller chooses the rubric by the issuer's level and the report year)."""
    st = analyse(lines, (hints or {}).get("heading_levels"))
    # a year the contract cannot hold (九九九九年, 1900年) is read as unknown, not carried on
    meta = plausible_metadata(metadata.extract(st, published=published, hints=hints, as_report=as_report))
    # counts in Chinese numerals are figures to the checks (metadata read them as written); only the keys
    # that hold a numeral are read (found in the keys joined, once)
    for b, edits in zip(st.blocks, counts_by_key([b.key for b in st.blocks])):
        if edits:
            shape = b.heading or b.shape  # a heading read from the key: it keeps its place
            with_arabic_counts(b.key, edits, len(shape.key) if shape else 0)
    found = parts.find_parts(st, recognisers_for(meta), meta.report_year)
    return Document(st, meta, found)
