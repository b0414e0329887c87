"""Split a part of a report into its items: the shortcomings it lists, the measures it plans.

Items are the finest enumeration a writer used: sub-headings ((一), 1., 一是…) or, inside a
paragraph, inline enumerations ("一是…二是…", "(一)…(二)…", "1.…2.…") or clauses separated by
semicolons ("…不够均衡;创新意识不够强;…").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .parts import Part
from .structure import Block, Section

INLINE_ENUM = re.compile(r"(?:(?<=[。;:!?,])|^)(?=(?:[一二三四五六七八九十]{1,2}是|\([一二三四五六七八九十]{1,2}\)|\d{1,2}[.、]|首先|其次|再次|最后))")
# An opening clause that only introduces the list: "…主要表现在:" / "…主要做好四方面工作:" /
# "…但还存在一些薄弱环节,主要是".
INTRO = re.compile(
    r"^[^。]{0,160}?(?:主要是|主要有|主要表现在|主要体现在|表现在|体现在|具体如下|如下)[:]?"
    r"|^[^。]{0,120}(?:方面|包括|存在|短板|不足|问题|工作|打算|安排)[^。]{0,10}:"
)


@dataclass
class Item:
    line: int
    key: str  # normalised text of the item
    raw: str  # original text (for evidence)


def items_of(part: Part) -> list[Item]:
    out: list[Item] = []
    for sec in part.sections:
        # a sub-section given to a part (from a combined heading) keeps its own heading's text
        out += _section_items(sec, top=sec.parent is None)
    for b in part.blocks:
        out += _block_items(b, b.k)
    out = [i for i in out if len(i.key) >= 6]
    enumerated = [i for i in out if _enumerated(i.key)]
    # With a numbered list, a closing summary paragraph ("在2021年,我镇通过…") is no item.
    return enumerated if len(enumerated) >= 2 else out


def _section_items(sec: Section, top: bool = False) -> list[Item]:
    own = [sec.block] if sec.block is not None and not top else []
    own += sec.blocks
    if sec.children:
        out = []
        for b in ([sec.block] if top and sec.block and sec.block.heading.has_body else []) + sec.blocks:
            out += _block_items(b, b.body_key() if b.heading else b.k, intro_only=True)
        for child in sec.children:
            out += _section_items(child)
        return out
    if not top and sec.block is not None:
        # a sub-heading with its paragraphs is one item, unless it runs on "…。二是…"
        text = "".join(b.k for b in own)
        parts = [p for p in INLINE_ENUM.split(text) if p]
        if len(parts) > 1 and all(_enumerated(p) for p in parts):
            return [Item(sec.block.line, p, p) for p in parts]
        return [Item(sec.block.line, text, " ".join(b.raw.strip() for b in own))]
    out = []
    for b in own:
        out += _block_items(b, b.body_key() if b.heading else b.k)
    return out


def _block_items(b: Block, key: str, intro_only: bool = False) -> list[Item]:
    """Items inside one paragraph; `intro_only` keeps a lead paragraph out when sub-items follow."""
    key = INTRO.sub("", key, count=1) if INTRO.match(key) else key
    if intro_only:
        parts = [p for p in INLINE_ENUM.split(key) if p]
        return [Item(b.line, p, p) for p in parts if _enumerated(p)] if len(parts) > 1 else []
    parts = [p for p in INLINE_ENUM.split(key) if p]
    if len(parts) > 1:
        return [Item(b.line, p, p) for p in parts if _enumerated(p) or len(parts) == 1]
    clauses = [c for c in re.split(r";", key.rstrip("。")) if len(c) >= 6]
    if len(clauses) > 1:
        return [Item(b.line, c, c) for c in clauses]
    return [Item(b.line, key, b.raw.strip())] if key else []


def _enumerated(text: str) -> bool:
    return bool(re.match(r"(?:[一二三四五六七八九十]{1,2}是|\([一二三四五六七八九十]{1,2}\)|\d{1,2}[.、]|首先|其次|再次|最后)", text))
