"""Stage 2: text lines → document structure.

Splits the lines into blocks, has scorer.page find the report on its page (chrome, title,
closing), then builds the heading tree of the body and checks its numbering.
Heading levels follow Chinese official-document numbering:
第一部分 > 一、 > （一） > 1. / 1、 > （1） > ① > 一是…二是….
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .textnorm import Key, make_keys

CN_DIGITS = "一二三四五六七八九十"
_CN_VALUE = {c: i + 1 for i, c in enumerate(CN_DIGITS)}


def cn_number(text: str) -> int | None:
    """一→1 … 十→10, 十一→11, 二十→20, 二十三→23."""
    if not text or any(c not in _CN_VALUE for c in text):
        return None
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (_CN_VALUE.get(tens, 1) if tens else 1) * 10 + (_CN_VALUE.get(ones, 0) if ones else 0)
    return _CN_VALUE[text] if len(text) == 1 else None


# Heading markers on the key (NFKC, no whitespace): (marker name, rank, regex with group "n").
HEADING_MARKERS = [
    ("part", 0, re.compile(rf"^第(?P<n>[{CN_DIGITS}]{{1,3}})部分")),
    ("cn", 1, re.compile(rf"^(?P<n>[{CN_DIGITS}]{{1,3}})(?:、|[.．](?!\d))")),
    ("paren_cn", 2, re.compile(rf"^\((?P<n>[{CN_DIGITS}]{{1,3}})\)")),
    ("num", 3, re.compile(r"^(?P<n>\d{1,2})(?:[、．]|\.(?!\d))(?!\d)")),
    ("paren_num", 4, re.compile(r"^\((?P<n>\d{1,2})\)")),
    ("circled", 4, re.compile(r"^(?P<n>[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])")),
    ("item", 5, re.compile(rf"^(?P<n>[{CN_DIGITS}]{{1,3}})是")),
]
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# A heading line may carry body text: the heading ends at the first of these.
HEADING_END = re.compile(r"[。:;!?]")
MAX_HEADING_KEY = 80

# Inline headings in a line that lost its breaks ("…汇报如下: 一、主要措施 (一)强化…").
INLINE_HEADING = re.compile(rf"(?<=[\s。:：;；])\s*(?=(?:[{CN_DIGITS}]{{1,3}}、|[（(][{CN_DIGITS}]{{1,3}}[)）]))")
# What such a heading opens with, as a pattern that starts with a character class (so `re` can skip
# ahead; the look-behind above is tried at every position): three long lines in four have none.
INLINE_NUMBER = re.compile(rf"[{CN_DIGITS}（(](?:(?<=[{CN_DIGITS}])[{CN_DIGITS}]{{0,2}}、|(?<=[（(])[{CN_DIGITS}]{{1,3}}[)）])")




@dataclass
class Heading:
    marker: str
    rank: int
    number: int | None
    text: str  # the heading as written (raw), without body text carried on the same line
    key: str  # normalised heading text
    has_body: bool


@dataclass
class Block:
    """A unit of text: a line, or part of a line split at an inline heading."""

    line: int
    raw: str
    key: Key
    role: str = "body"  # chrome | meta | title | salutation | body | heading | closing | signature | date
    heading: Heading | None = None  # set when the block is taken as a heading of the body
    _shape: object = field(default=False, repr=False, compare=False)

    @property
    def k(self) -> str:
        return self.key.text

    @property
    def shape(self) -> Heading | None:
        """The heading this line would be if it stood in the body (parsed once)."""
        if self._shape is False:
            self._shape = parse_heading(self.key.text, self.raw, self.key.index)
        return self._shape

    def body_key(self) -> str:
        """The part of the key after the heading (for a heading line that carries body text)."""
        if self.heading is None:
            return self.k
        return self.k[len(self.heading.key) :]


@dataclass
class Section:
    heading: Heading | None
    block: Block | None
    rank: int
    blocks: list[Block] = field(default_factory=list)  # own body blocks, children excluded
    children: list["Section"] = field(default_factory=list)
    parent: "Section | None" = field(default=None, repr=False)

    @property
    def line(self) -> int | None:
        return self.block.line if self.block else (self.blocks[0].line if self.blocks else None)

    def all_blocks(self) -> list[Block]:
        out = [self.block] if self.block else []
        out += self.blocks
        for child in self.children:
            out += child.all_blocks()
        return out

    def end_line(self) -> int | None:
        blocks = self.all_blocks()
        return blocks[-1].line if blocks else None

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Structure:
    lines: list[str]
    blocks: list[Block]
    title: str | None = None
    title_lines: list[int] = field(default_factory=list)
    title_key: str = ""
    header: list[Block] = field(default_factory=list)  # chrome and meta before the report
    preamble: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)  # top-level sections
    closing: list[Block] = field(default_factory=list)  # 特此报告, signature, date
    numbering_issues: list[dict] = field(default_factory=list)

    def body_blocks(self) -> list[Block]:
        out = list(self.preamble)
        for s in self.sections:
            out += s.all_blocks()
        return out

    def headings(self) -> list[Block]:
        return [b for b in self.body_blocks() if b.heading is not None]

    def body_chars(self) -> int:
        return sum(len(b.k) for b in self.body_blocks())


def parse_heading(key: str, raw: str, index: list[int] | None = None) -> Heading | None:
    """A heading at the start of a line, or None. `index` maps key positions to raw ones."""
    for marker, rank, rx in HEADING_MARKERS:
        m = rx.match(key)
        if not m:
            continue
        n = m.group("n")
        number = (
            int(n) if n.isdigit() else CIRCLED.index(n) + 1 if n in CIRCLED else cn_number(n)
        )
        rest = key[m.end() :]
        if not rest or rest[0] in "、,." or len(rest) < 2:
            return None
        if marker == "cn" and re.match(r"^[一二三四五六七八九十]、", rest):
            return None  # "一、二、三…" is a list, not a heading
        stop = HEADING_END.search(key, m.end())
        end = stop.start() if stop else len(key)
        if end > MAX_HEADING_KEY and marker != "item":
            comma = key.find(",", m.end())
            end = comma if 0 < comma <= MAX_HEADING_KEY else MAX_HEADING_KEY
        has_body = end < len(key) - 1
        return Heading(marker, rank, number, raw_prefix(raw, end, index), key[:end], has_body)
    return None


def raw_prefix(raw: str, key_end: int, index: list[int] | None) -> str:
    """The raw text covering the first `key_end` characters of the key."""
    if index is None:
        from .textnorm import make_key

        index = make_key(raw).index
    if key_end >= len(index):
        return raw.strip()
    return raw[: index[key_end]].strip()


def is_paragraph(key: str) -> bool:
    return len(key) >= 40 or (len(key) >= 20 and bool(re.search(r"[。,;]", key)))


def split_blocks(lines: list[str]) -> list[Block]:
    keys = make_keys(lines)
    blocks: list[Block] = []
    for no, (raw, key) in enumerate(zip(lines, keys), start=1):
        if not key.text:
            continue
        parts = _split_inline(raw) if len(key.text) > 80 else [raw]
        if len(parts) == 1:
            blocks.append(Block(no, raw, key))
            continue
        for part_key, part in zip(make_keys(parts), parts):
            if part_key.text:
                blocks.append(Block(no, part, part_key))
    return blocks


def _split_inline(raw: str) -> list[str]:
    parts = [p for p in (INLINE_HEADING.split(raw) if INLINE_NUMBER.search(raw) else [raw]) if p.strip()]
    if parts:  # a title glued to the salutation and text: "…的报告 中共XX委: 2024年,…"
        m = re.match(r"^(\S{6,80}?(?:报告|总结))\s+(\S.{1,40}?[:：])\s+(\S.*)$", parts[0])
        if m and "。" not in m.group(1):
            parts = [m.group(1), m.group(2), m.group(3)] + parts[1:]
    return parts


def analyse(lines: list[str]) -> Structure:
    blocks = split_blocks(lines)
    st = Structure(lines=lines, blocks=blocks)
    if not blocks:
        return st
    from . import page

    start = page.find_start(st, blocks)
    end = page.find_end(blocks, start)
    for b in blocks[:start]:
        if b.role == "body":
            b.role = "meta" if page.is_meta(b.k) else "chrome"
        st.header.append(b)
    for b in blocks[end:]:
        b.role = "chrome"
    body = [b for b in blocks[start:end] if b.role == "body"]
    body = page.strip_closing(st, body)
    _mark_headings(body)
    _build_tree(st, body)
    return st


def _mark_headings(body: list[Block]) -> None:
    for b in body:
        h = b.shape
        if h:
            b.heading = h
            b.role = "heading"
    if any(b.heading and b.heading.rank <= 1 for b in body):
        return
    # No numbered top level: short unpunctuated lines between paragraphs are headings.
    for i, b in enumerate(body):
        if b.heading or i == 0 or i + 1 >= len(body):
            continue
        k = b.k
        if 4 <= len(k) <= 40 and not re.search(r"[。;:!?]", k) and not k.endswith(","):
            if is_paragraph(body[i + 1].k) and is_paragraph(body[i - 1].k):
                b.heading = Heading("bare", 1, None, b.raw.strip(), k, False)
                b.role = "heading"


def _build_tree(st: Structure, body: list[Block]) -> None:
    ranks = [b.heading.rank for b in body if b.heading and b.heading.marker != "item"]
    top = min(ranks) if ranks else 5
    root = Section(None, None, -1)
    stack = [root]
    for b in body:
        h = b.heading
        if h is None:
            if len(stack) == 1:
                st.preamble.append(b)
            else:
                stack[-1].blocks.append(b)
            continue
        rank = max(h.rank, top)
        while len(stack) > 1 and stack[-1].rank >= rank:
            stack.pop()
        sec = Section(h, b, rank, parent=stack[-1] if len(stack) > 1 else None)
        stack[-1].children.append(sec)
        stack.append(sec)
    st.sections = root.children
    for s in st.sections:
        s.parent = None
    _check_numbering(st, root)


def _check_numbering(st: Structure, node: Section) -> None:
    by_marker: dict[str, list[Section]] = {}
    for child in node.children:
        if child.heading and child.heading.number is not None:
            by_marker.setdefault(child.heading.marker, []).append(child)
    for group in by_marker.values():
        expected = 1
        for sec in group:
            n = sec.heading.number
            if n != expected:
                kind = "repeat" if n < expected else "skip"
                st.numbering_issues.append(
                    {"line": sec.line, "text": sec.heading.text, "kind": kind, "expected": expected, "found": n}
                )
            expected = n + 1
    for child in node.children:
        _check_numbering(st, child)
