"""Split a part of a report into its items: the problems it lists, the steps it plans.

Items are the finest enumeration a writer used: sub-headings of any numbering family ((一), 1., 2.1,
①, 一是 …) or, inside a paragraph, inline enumerations ("一是…二是…", "(一)…(二)…", "1.…2.…",
首先…其次…) or clauses separated by semicolons ("…不够均衡;创新意识不够强;…"). An item's text is
without its number (the number is form: "2.1" is no figure), and its line is the file line where it
starts, also inside a paragraph joined from several lines.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from scorer.document.causes import is_cause_statement
from scorer.document.parts import Part
from scorer.document.structure import CN_DIGITS, Block, Section, passages
from scorer.text.textnorm import data_file


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(an enumeration marker at the start, where an inline enumeration starts, a list's introduction)."""
    cues = data_file("structure-cues")
    words = "|".join(map(re.escape, cues["enumerators"]))
    marker = re.compile(rf"(?:[{CN_DIGITS}]{{1,2}}是|\([{CN_DIGITS}]{{1,2}}\)|\(\d{{1,2}}\)|\d{{1,2}}[.、](?!\d)|{words})")
    inline = re.compile(rf"(?:(?<=[。;:!?,])|^)(?={marker.pattern})")
    intro = cues["list_intro"]
    leads = "|".join(map(re.escape, intro["leads"]))
    topics = "|".join(map(re.escape, intro["topics"]))
    introduction = re.compile(rf"^[^。]{{0,160}}?(?:{leads}):?|^[^。]{{0,120}}(?:{topics})[^。]{{0,10}}:")
    return marker, inline, introduction


@dataclass
class Item:
    """One item a part lists (a problem, a planned step), without its number, and where it starts."""
    line: int
    key: str  # normalised text of the item, without its number
    raw: str  # original text (for evidence)
    enumerated: bool = False  # numbered by the writer (a sub-heading, 一是, (一), 1. …)


def items_of(part: Part) -> list[Item]:
    """The part's items (read once per part: the plan and the problems are read by several checks)."""
    ids = tuple(map(id, part.blocks)) + (-1,) + tuple(map(id, part.sections))
    if part._items is None or part._items[0] != ids:
        part._items = (ids, _items_of(part))
    return list(part._items[1])


def _items_of(part: Part) -> list[Item]:
    out: list[Item] = []
    for sec in part.sections:
        # a sub-section given to a part (from a combined heading) keeps its own heading's text
        out += _section_items(sec, top=sec.parent is None)
    # a part given as blocks (a lead-in inside another part's section): a sub-heading line over its
    # paragraphs heads them, as it does in a section of its own; it is no item of its own
    blocks = [b for b in part.blocks if not _bare_sub_heading(b)] if len(part.blocks) > 1 else part.blocks
    for b in passages(blocks):
        out += _block_items(b, 0)
    out = [i for i in out if len(i.key) >= 6]
    enumerated = [i for i in out if i.enumerated]
    # With a numbered list, a closing summary paragraph ("在2021年,我镇通过…") is no item; one that analyses
    # causes ("从成因上看，…") is one, before the list or after it
    return [i for i in out if i.enumerated or is_cause_statement(i.key)] if len(enumerated) >= 2 else out


def _bare_sub_heading(b: Block) -> bool:
    return b.heading is not None and b.heading.marker != "item" and not b.heading.has_body


def _section_items(sec: Section, top: bool = False) -> list[Item]:
    # a part's own heading is no item, but what runs on in its line is ("六、查找不足：一是…二是…")
    run_in = sec.block is not None and sec.block.heading is not None and sec.block.heading.has_body
    own = [sec.block] if sec.block is not None and (not top or run_in) else []
    own += sec.blocks
    prose = passages(sec.blocks)  # items are the same whatever the paragraphing
    if sec.children:
        out = []
        for b in ([sec.block] if top and sec.block and sec.block.heading and sec.block.heading.has_body else []) + prose:
            out += _block_items(b, _body_start(b), intro_only=True)
        for child in sec.children:
            out += _section_items(child)
        return out
    if not top and sec.block is not None:
        # a sub-heading with its paragraphs is one item, unless it runs on "…。二是…"
        marker, inline, _intro = _patterns()
        pieces = _pieces(sec.block.k, inline)
        if len(pieces) > 1 and all(marker.match(p) for _, p in pieces):
            # the line is read as prose, with the paragraphs after it: passages, an item run on in the
            # line taking the paragraphs that follow it, as if each item started a line of its own
            out = []
            for b in passages([sec.block] + sec.blocks):
                out += _block_items(b, 0)
            return out
        text = "".join(b.k for b in own)
        assert sec.heading is not None  # a section with a heading block is headed
        return [Item(sec.block.line, text[sec.heading.marker_end:], " ".join(b.raw.strip() for b in own),
                     enumerated=sec.heading.number is not None)]
    out = []
    for b in passages(own):
        out += _block_items(b, _body_start(b))
    return out


def _body_start(b: Block) -> int:
    return len(b.k) - len(b.body_key()) if b.heading else 0


def _block_items(b: Block, start: int, intro_only: bool = False) -> list[Item]:
    """Items inside one paragraph from key offset `start`; `intro_only` keeps a lead paragraph out
    when sub-items follow."""
    marker, inline, intro = _patterns()
    key = b.k[start:]
    # "另外,…超期结案,主要是…": an item opening with its marker is no introduction, whatever it says
    m = None if marker.match(key) else intro.match(key)
    if m:
        start += m.end()
        key = key[m.end():]
    pieces = [(start + off, p) for off, p in _pieces(key, inline)]
    if intro_only:
        return [_item(b, off, p) for off, p in pieces if marker.match(p)] if len(pieces) > 1 else []
    if len(pieces) > 1:  # (the words before the first item introduce them, unless they analyse causes)
        return [_item(b, off, p) for off, p in pieces if marker.match(p) or (off == start and is_cause_statement(p))]
    clauses = []
    pos = start
    # "…不够均衡;…不够多。究其原因,…。基层…不足。": in a list of clauses, a full stop ends one too
    for c in re.split("[;。]" if ";" in key.rstrip("。;") else ";", key.rstrip("。")):
        if len(c) >= 6:
            clauses.append((pos, c))
        pos += len(c) + 1
    if len(clauses) > 1:
        return [_item(b, off, c) for off, c in clauses]
    if not key:
        return []
    item = _item(b, start, key)
    item.raw = b.raw.strip()
    return [item]


def _pieces(key: str, inline: re.Pattern) -> list[tuple[int, str]]:
    """`key` cut where inline enumerations start: (offset, text) pairs."""
    cuts = sorted({0, len(key), *(m.start() for m in inline.finditer(key))})
    return [(a, key[a:z]) for a, z in zip(cuts, cuts[1:]) if key[a:z]]


def _item(b: Block, offset: int, text: str) -> Item:
    marker, _inline, _intro = _patterns()
    m = marker.match(text)
    return Item(b.line_at(offset), text[m.end():] if m else text, text, enumerated=bool(m))
