"""Lines → blocks, and the heading tree of a report's body.

Splits the lines into blocks (paragraphs rebuilt by scorer.document.paragraphs) and, once
scorer.document.page has found the body on its page, builds the heading tree of the body and checks
its numbering. scorer.document.build calls these stages in order.

Headings are read by the numbering system the document itself uses. A heading marker belongs to a
family (一、 一. 一，(一) 1. 1、 1) (1) ① 1.1 第一部分 第一章 … 一是); a family's rank is its depth in
this document: the family of the heading just before the place where it starts to count (its "1"),
voted over the document, is its parent. The conventional order of official documents
(第一部分 > 一、 > （一） > 1. > （1） > ①) only breaks ties and loops.
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from scorer.document import paragraphs
from scorer.text.textnorm import Key, data_file, make_keys, nfkc, to_simplified

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


CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
DIGITS = "0123456789\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19"
_N = rf"(?P<n>[{CN_DIGITS}]{{1,3}})"
# Heading marker families, matched on the key (NFKC, no whitespace): (family, conventional rank,
# regex with group "n"; "m" for the first number of an outline number 1.2). The rank only breaks
# ties (see infer_ranks). Circled numbers, outline numbers (2.1) and "一 标题" are read on the raw
# text (RAW_FAMILIES): NFKC folds ① to 1 and keys have no spaces.
FAMILIES = [
    ("part", 0, re.compile(rf"^第{_N}部分")),
    ("chapter", 0, re.compile(rf"^第{_N}章")),
    ("section", 1, re.compile(rf"^第{_N}节")),
    # 第一、/第二、 over 一、 headings (a part numbered as an ordinal)
    ("ordinal", 0, re.compile(rf"^第{_N}[,.]?、")),
    ("cn", 1, re.compile(rf"^{_N}[,.]?、")),  # "一,、": punctuation doubled by a conversion
    ("cn_dot", 1, re.compile(rf"^{_N}\.")),
    ("cn_comma", 1, re.compile(rf"^{_N},")),
    ("cn_colon", 1, re.compile(rf"^{_N}:")),  # "一：主要举措": a colon typed for the 顿号
    # Roman numerals (Ⅰ、 Ⅱ、, NFKC: I、 II、) number the top level like 一、
    ("roman", 1, re.compile(r"^(?P<n>(?:X|IX|IV|V?I{0,3}){1,2})(?<=[IVX])[,.]?、")),
    # 〔一〕: the 公文 number brackets; 一）: the opening one dropped; （一）、: a 顿号 typed after the brackets
    ("paren_cn", 2, re.compile(rf"^[(〔]?{_N}[)〕]、?")),
    # "1.2025年…" is a heading, "1.5万元" and "12.4国家宪法日" are not
    ("num", 3, re.compile(r"^(?P<n>\d{1,2})\.(?!\d{1,2}(?!\d))")),
    ("num_dunhao", 3, re.compile(r"^(?P<n>\d{1,2})[,.]?、")),
    ("num_paren", 4, re.compile(r"^(?P<n>\d{1,2})\)")),
    ("paren_num", 4, re.compile(r"^\((?P<n>\d{1,2})\)、?")),
    ("item", 9, re.compile(rf"^{_N}是")),
    # 首先，/其次，/再次， number items as 一是/二是/三是 do (最后 closes a count of three, the usual one)
    ("item", 9, re.compile(r"^(?P<n>首先|其次|再次|最后),")),
    # 其一，/其二， number items as 一是/二是 do
    ("item", 9, re.compile(rf"^其{_N},")),
]
ORDINAL_WORDS = {"首先": 1, "其次": 2, "再次": 3, "最后": 3}
# Outline numbers are read on the raw text: "2.2 6月底前" is 2.2, not 2.26.
OUTLINE_END = r"(?=[\s\u3000]|[^\s\u3000\d%‰.．万亿千百元倍个])"
RAW_FAMILIES = [
    # (Word's legal-style lists end each number with its dot too: "1.1. 标题", "1.1.1. 标题", "１．１．标题")
    ("outline3", 4, re.compile(rf"^[\s\u3000]*\d{{1,2}}[.．](?P<m>\d{{1,2}})[.．](?P<n>\d{{1,2}})(?:[.．](?![\d.．]))?{OUTLINE_END}")),
    ("outline", 3, re.compile(rf"^[\s\u3000]*(?P<m>\d{{1,2}})[.．](?P<n>\d{{1,2}})(?:[.．](?![\d.．]))?{OUTLINE_END}")),
    ("circled", 5, re.compile(rf"^[\s\u3000]*(?P<n>[{CIRCLED}])")),
    ("cn_space", 1, re.compile(rf"^[\s\u3000]*{_N}[ \u3000]+(?=[^\s\u3000{CN_DIGITS}、,，.．])")),
]
# Families whose shape is common in running text: taken as headings only when they count 1, 2, 3 …
STRICT = {"cn_comma", "cn_colon", "cn_space", "outline", "outline3", "num_paren", "circled"}
# Families that number the sub-levels of official documents: a report whose top level is one of
# these has its parts under unnumbered headings.
SUB_LEVEL = {"paren_cn", "paren_num", "num_paren", "circled", "outline", "outline3"}
# Families that number the level under 一、 as often as the top one: under an unnumbered heading before
# their first, they are its sub-level.
ARABIC_LEVEL = {"num", "num_dunhao"}
ITEM = "item"
NOT_TOP_LEVEL = SUB_LEVEL | ARABIC_LEVEL | {ITEM}  # families that say nothing of where an unnumbered heading stands
ITEM_LINE = "item_line"  # 一是X on a line of its own over items that count again under it: a sub-heading
ITEM_ONE = "一是"
MAX_ALONE = 50  # characters: a heading on a line of its own hardly runs longer

# A heading line may carry body text: the heading ends at the first of these.
HEADING_END = re.compile(r"[。:;!?]")
MAX_HEADING_KEY = 80

# Inline headings in a line that lost its breaks ("…汇报如下: 一、主要措施 (一)强化…"); numerals listed
# ("获个人二、三等奖", a space stretched before them on a justified line) are no heading.
INLINE_HEADING = re.compile(rf"(?<=[\s。:：])\s*(?=(?:[{CN_DIGITS}]{{1,3}}、(?![{CN_DIGITS}])|[（(][{CN_DIGITS}]{{1,3}}[)）]))")
# What such a heading opens with, as a pattern that starts with a character class (so `re` can skip
# ahead; the look-behind above is tried at every position): three long lines in four have none.
INLINE_NUMBER = re.compile(rf"[{CN_DIGITS}（(](?:(?<=[{CN_DIGITS}])[{CN_DIGITS}]{{0,2}}、|(?<=[（(])[{CN_DIGITS}]{{1,3}}[)）])")
# In a short line only a space before the number marks a lost break ("…汇报如下: 一、主要措施和成效 (一)强化…"):
# after a full stop or a colon alone, a short line's numbers are more likely a list of its own.
SPACED_INLINE_HEADING = re.compile(rf"(?<=\S)[ \t\u3000]+(?=(?:[{CN_DIGITS}]{{1,3}}、(?![{CN_DIGITS}])|[（(][{CN_DIGITS}]{{1,3}}[)）]))")




@dataclass
class Heading:
    """A heading line: its marker, rank and number, and its text as written and normalised."""
    marker: str  # the marker family: cn (一、), paren_cn (（一）), num (1.), item (一是) … (see FAMILIES)
    rank: int  # conventional rank from parse_heading; the depth in this document once marked
    number: int | None
    text: str  # the heading as written (raw), without body text carried on the same line
    key: str  # normalised heading text
    has_body: bool
    parent_number: int | None = None  # the 1 of an outline number 1.2
    marker_end: int = 0  # where the number ends in `key` ("（一）" of "（一）强化领导": 3)
    inside: bool = False  # an item cut from inside its paragraph's line: no sub-heading (see _two_levels)


@dataclass
class Block:
    """A unit of text: a paragraph (one line, or lines joined by scorer.document.paragraphs), or part of one
    split at an inline heading. `line` is the file line it starts on, `last_line` the one it ends on."""

    line: int
    raw: str
    key: Key
    role: str = "body"  # chrome | meta | title | salutation | body | heading | closing | signature | date
    heading: Heading | None = None  # set when the block is taken as a heading of the body
    last_line: int = 0
    # (raw offset, file line) where each further line of a joined paragraph starts
    breaks: tuple[tuple[int, int], ...] = field(default=(), repr=False, compare=False)
    _shape: Heading | Literal[False] | None = field(default=False, repr=False, compare=False)  # False: not parsed yet
    _units: list[Block] | None = field(default=None, repr=False, compare=False)  # see _items_run_in
    tag_level: int = field(default=0, repr=False, compare=False)  # the page's <h1>–<h6> the line stood in

    def __post_init__(self) -> None:
        if self.last_line < self.line:
            self.last_line = self.line

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

    def line_at(self, key_pos: int) -> int:
        """The file line holding character `key_pos` of the key."""
        if not self.breaks or not self.key.index:
            return self.line
        raw_pos = self.key.index[min(max(key_pos, 0), len(self.key.index) - 1)]
        i = bisect_right([off for off, _ in self.breaks], raw_pos)
        return self.breaks[i - 1][1] if i else self.line


@dataclass
class Section:
    """A heading with the blocks under it and its sub-sections (the heading tree)."""
    heading: Heading | None
    block: Block | None
    rank: int
    blocks: list[Block] = field(default_factory=list)  # own body blocks, children excluded
    children: list[Section] = field(default_factory=list)
    parent: Section | None = field(default=None, repr=False)

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
        return blocks[-1].last_line if blocks else None

    def span(self) -> tuple[int, int]:
        """First and last line of a section under a heading (every section but the tree's root)."""
        assert self.block is not None
        return self.block.line, self.all_blocks()[-1].last_line

    def walk(self):
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Structure:
    """A report's lines as blocks: title, header, preamble, the section tree and the closing."""
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


def parse_heading(key: str, raw: str, index: list[int] | range | None = None) -> Heading | None:
    """A heading at the start of a line, or None. `index` maps key positions to raw ones."""
    found = _marker(key, raw, index)
    if found is None:
        return None
    marker, rank, number, parent_number, end_marker = found
    if marker == "cn_space" and _spaced_out(raw):
        return None  # "七　里　街　道　办　事　处": a name set a space between every character, not 七 and its heading
    rest = key[end_marker:]
    if not rest or rest[0] in "、,." or len(rest) < 2:
        return None
    if marker not in ("item",) and re.match(rf"^[{CN_DIGITS}][、,]", rest):
        return None  # "一、二、三…" is a list, not a heading
    if TITLE_ONLY.match(rest):
        return None  # "一、《中华人民共和国湿地保护法》": an item of a list of documents, not a heading
    stop = HEADING_END.search(key, end_marker)
    end = stop.start() if stop else len(key)
    if end > MAX_HEADING_KEY and marker != "item":
        comma = key.find(",", end_marker)
        end = comma if 0 < comma <= MAX_HEADING_KEY else MAX_HEADING_KEY
    has_body = end < len(key) - 1
    if key[end - 1] in OPENERS:
        return None  # "3、*建设工作要点、进一步完善了*街道关于开展“": a page cut mid-sentence, no heading ends so
    return Heading(marker, rank, number, raw_prefix(raw, end, index), key[:end], has_body, parent_number, end_marker)


# A line that is a document's title and nothing more (a date or 修订 note in brackets after it at most)
TITLE_ONLY = re.compile(r"《[^《》]{2,80}》(?:[(（][^()（）]{1,24}[)）])?[,.;、。]?$")


def _spaced_out(raw: str) -> bool:
    pieces = raw.split()
    return len(pieces) >= 4 and all(len(p) == 1 for p in pieces)


OPENERS = frozenset("“‘《(〔「『【[")  # what opens a quotation or a name: never the last character of a heading


ROMAN = {"I": 1, "V": 5, "X": 10}


def roman_number(text: str) -> int | None:
    """I→1 … IV→4 … XII→12."""
    if not text or any(c not in ROMAN for c in text):
        return None
    values = [ROMAN[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _number(n: str) -> int | None:
    if n in ORDINAL_WORDS:
        return ORDINAL_WORDS[n]
    return int(n) if n.isdigit() else cn_number(n) if n[0] in _CN_VALUE else roman_number(n)


# What a match of FAMILIES can start with (besides a decimal digit, `\d`): 第, a Chinese numeral, a
# Roman one, an opening bracket. Most lines start otherwise and skip the thirteen tries.
_FAMILY_FIRSTS = frozenset("第" + CN_DIGITS + "IVX(〔" + "首其再最")


def _marker(key: str, raw: str, index) -> tuple[str, int, int | None, int | None, int] | None:
    """(family, conventional rank, number, outline parent number, end of the marker in the key)."""
    first = key[:1]
    if first in _FAMILY_FIRSTS or first.isdecimal():
        for marker, rank, rx in FAMILIES:
            m = rx.match(key)
            if m:
                n = m.group("n")
                parent = int(m.group("m")) if "m" in rx.groupindex else None
                return marker, rank, _number(n), parent, m.end()
    if not raw or raw.lstrip()[:1] not in CIRCLED + CN_DIGITS + DIGITS:
        return None
    for marker, rank, rx in RAW_FAMILIES:
        m = rx.match(raw if marker == "circled" else nfkc(raw))  # NFKC writes ① as 1, full-width ２ as 2
        if m:
            n = m.group("n")
            number = CIRCLED.index(n) + 1 if n in CIRCLED else int(n) if n.isdigit() else cn_number(n)
            parent = int(m.group("m")) if "m" in rx.groupindex else None
            # the key position just after the marker: the first key character at or after m.end()
            idx = list(index) if index is not None else None
            if idx is None:
                from scorer.text.textnorm import make_key

                idx = list(make_key(raw).index)
            end = next((i for i, r in enumerate(idx) if r >= m.end()), len(key))
            if marker == "circled":  # NFKC wrote ⑫ as "12": the marker is as long as its digits
                end = len(str(number))
            return marker, rank, number, parent, end
    return None


def raw_prefix(raw: str, key_end: int, index: list[int] | range | None) -> str:
    """The raw text covering the first `key_end` characters of the key."""
    if index is None:
        from scorer.text.textnorm import make_key

        index = make_key(raw).index
    if key_end >= len(index):
        return raw.strip()
    return raw[: index[key_end]].strip()


def is_paragraph(key: str) -> bool:
    return len(key) >= 40 or (len(key) >= 20 and bool(re.search(r"[。,;]", key)))


def split_blocks(lines: list[str]) -> list[Block]:
    paras = paragraphs.rebuild(paragraphs.without_contents(paragraphs.join_part_labels(
        paragraphs.undecorate(paragraphs.unnumber(paragraphs.unquote(lines))))))
    keys = make_keys([p.raw for p in paras])
    blocks: list[Block] = []
    for p, key in zip(paras, keys):
        if not key.text:
            continue
        parts = _split_inline(p.raw) if len(key.text) > 80 else _split_spaced(p.raw)
        if HEADING_GAP.match(parts[0].lstrip()):
            parts = _heading_over_gap(parts[0]) + parts[1:]
        if len(parts) == 1:
            blocks.append(Block(p.line, p.raw, key, last_line=p.last, breaks=p.starts[1:]))
            continue
        pos = 0
        for part_key, part in zip(make_keys(parts), parts):
            start = p.raw.find(part, pos)
            start = pos if start < 0 else start
            pos = start + len(part)
            if not part_key.text:
                continue
            # a part starts and ends on the lines its characters came from
            starts = [(off - start, line) for off, line in p.starts if start < off < pos]
            first = next((line for off, line in reversed(p.starts) if off <= start), p.line)
            last = starts[-1][1] if starts else first
            blocks.append(Block(first, part, part_key, last_line=last, breaks=tuple(starts)))
    return blocks


def passages(blocks: list[Block]) -> list[Block]:
    """The blocks with each run of prose paragraphs joined into one passage: the units a reader counts
    whatever the writer's paragraphing, so that a paragraph split at a sentence end, or two joined,
    gives the same passages. A heading without its paragraph stands alone; a heading that carries its
    paragraph (run in), an item (一是…, its text after it or on the lines after it) or a paragraph that opens an
    enumeration (首先…) opens a passage."""
    out: list[Block] = []
    run: list[Block] = []
    for b in (piece for block in blocks for piece in _items_run_in(block)):
        if run and not _opens_passage(b) and not _stands_alone(run[-1]):
            run.append(b)
            continue
        if run:
            out.append(_joined(run))
        run = [b]
    if run:
        out.append(_joined(run))
    return out


def _stands_alone(b: Block) -> bool:
    """A heading without its paragraph, unless it is an item's lead that ends its sentence ("二是扛牢第一责任人
    职责。" on a line of its own): the paragraphs after it are its text, as when they run on in its line."""
    h = b.heading
    return h is not None and not h.has_body and not (h.marker == ITEM and b.k.endswith("。"))


def _items_run_in(b: Block) -> list[Block]:
    """A block cut where an item run into it starts ("…。二是…"): an item is a unit whether the
    writer starts it on a line of its own or not (cut once per block)."""
    if b._units is None:
        cuts = [m.end() for m in paragraphs.run_in_units().finditer(b.k)] if len(b.k) >= 40 else []
        if not cuts:
            b._units = [b]
        else:
            cuts = [0, *cuts, len(b.k)]
            b._units = [_slice(b, a, z, keep_heading=a == 0) for a, z in zip(cuts, cuts[1:]) if z > a]
    return b._units


def _slice(b: Block, start: int, end: int, keep_heading: bool) -> Block:
    """Key characters start..end of a block as a block of its own (lines and raw text kept)."""
    if start == 0 and end == len(b.k):
        return b
    a = b.key.index[start]
    z = b.key.index[end - 1] + 1 if end < len(b.k) else len(b.raw)
    own = b.key.index[start:end]
    index: list[int] | range = range(own.start - a, own.stop - a) if isinstance(own, range) else [i - a for i in own]
    breaks = tuple((off - a, line) for off, line in b.breaks if a < off < z)
    return Block(b.line_at(start), b.raw[a:z], Key(b.k[start:end], index), role=b.role,
                 heading=b.heading if keep_heading else None, last_line=b.line_at(end - 1), breaks=breaks)


def _opens_passage(b: Block) -> bool:
    return b.heading is not None or b.role != "body" or bool(paragraphs.opens_unit(b.k))


def _joined(run: list[Block]) -> Block:
    if len(run) == 1:
        return run[0]
    first = run[0]
    raw, text, index, breaks = first.raw, first.k, list(first.key.index), list(first.breaks)
    for b in run[1:]:
        offset = len(raw)
        if text and paragraphs.MID_SENTENCE.search(text):
            # a paragraph that stops mid-word (an excerpt cut off, a heading line without its full stop)
            # ends its sentence there: the next paragraph's first words are no part of it
            text += "。"
            index.append(offset)
        breaks.append((offset, b.line))
        breaks += [(offset + off, line) for off, line in b.breaks]
        index += [offset + i for i in b.key.index]
        raw += b.raw
        text += b.k
    return Block(first.line, raw, Key(text, index), role=first.role, heading=first.heading, last_line=run[-1].last_line,
                 breaks=tuple(breaks))


# A numbered heading run into its paragraph after a space ("七、实施有效举措,促进效能提升 根据…,我镇计划…"):
# the space was the line break. Only between Chinese characters (not pangu spacing: "一、2025 年"), with
# a heading's words before it and a sentence after it.
HEADING_GAP = re.compile(rf"((?:[{CN_DIGITS}]{{1,3}}、|[（(][{CN_DIGITS}]{{1,3}}[)）])[^\s。;；!?！？]{{3,40}}?[\u4e00-\u9fff])[ \t\u3000]+"
                         rf"(?=[\u4e00-\u9fff][^\n]{{18,}}[。;；])")


def _heading_over_gap(raw: str) -> list[str]:
    lead = len(raw) - len(raw.lstrip())
    m = HEADING_GAP.match(raw, lead)
    assert m is not None
    return [raw[: m.end(1)], raw[m.end() :]]


def _split_spaced(raw: str) -> list[str]:
    if not SPACED_INLINE_HEADING.search(raw):
        return [raw]
    return [p for p in SPACED_INLINE_HEADING.split(raw) if p.strip()]


WORD_GAP = re.compile(r"\S\s")  # a space after a word: a title may be glued to what follows it


@lru_cache(maxsize=1)
def _glued_title() -> re.Pattern:
    ends = "|".join(map(re.escape, data_file("structure-cues")["glued_title_ends"]))
    # the title's characters, and a space an editor put between a Chinese character and a figure or a
    # Latin letter ("报送 2024 年度", pangu spacing), or a justified PDF line's stretch between two Chinese
    # characters ("人民政 府关于"): no word gap
    title_char = r"(?:\S|(?<=[\u4e00-\u9fff]) (?=[0-9A-Za-z\u4e00-\u9fff])|(?<=[0-9A-Za-z]) (?=[\u4e00-\u9fff]))"
    return re.compile(rf"^({title_char}{{6,80}}?(?:{ends}))\s+(\S.{{1,40}}?[:：])\s+(\S.*)$")


@lru_cache(maxsize=1)
def _glued_title_end() -> tuple[re.Pattern, int]:
    """What a glued title needs within its first characters: one of its ends before a space (the title
    has at most 80 characters before its end), and how far to look for it."""
    ends = data_file("structure-cues")["glued_title_ends"]
    return re.compile(rf"(?:{'|'.join(map(re.escape, ends))})\s"), 81 + max(map(len, ends))


def _glued(text: str) -> re.Match | None:
    """_glued_title's match, asked only of a text that has a title's end before a space near its start
    (a long paragraph seldom has)."""
    end, reach = _glued_title_end()
    return _glued_title().match(text) if end.search(text, 0, reach) else None


def _split_inline(raw: str) -> list[str]:
    parts = [p for p in (INLINE_HEADING.split(raw) if INLINE_NUMBER.search(raw) else [raw]) if p.strip()]
    parts = [piece for p in parts for piece in _heading_run_in(p)]
    if parts:  # a title glued to the salutation and text: "…的报告 中共XX委: 2024年,…" (in either script)
        m = _glued(parts[0])
        if m is None and WORD_GAP.search(parts[0], 0, 82):
            simplified = to_simplified(parts[0][:200])
            m = _glued(simplified + parts[0][200:]) if len(simplified) == len(parts[0][:200]) else None
        if m and "。" not in m.group(1):
            first = parts[0]
            parts = [first[m.start(1):m.end(1)], first[m.start(2):m.end(2)], first[m.start(3):m.end(3)]] + parts[1:]
    return parts


# A top heading run into its first item with no break at all, as a page that lost every line break
# shows it ("二、推进队伍建设,提高执法水平一是加强教育培训。…", "…水平(一)…"): the heading ends where the item begins
HEADING_RUN_IN = re.compile(rf"[ \t\u3000]*[{CN_DIGITS}]{{1,3}}[、:：][^。;:!?：；！？]{{2,40}}?(?=一是|[（(]一[)）])")


def _heading_run_in(part: str) -> list[str]:
    m = HEADING_RUN_IN.match(part)
    return [m.group(), part[m.end():]] if m and m.end() < len(part) else [part]


def build_tree(st: Structure, body: list[Block]) -> None:
    """The heading tree of the body (its blocks found by scorer.document.page), numbering checked."""
    _mark_headings(body)
    _build_tree(st, body)


def _mark_headings(body: list[Block]) -> None:
    taken = _taken(body)
    shaped = _two_levels([(b, h) for b in body if (h := b.shape) and taken.get(id(h), True)], body)
    ranks = infer_ranks([h for _, h in shaped])
    deepest = max(ranks.values(), default=-1)
    marked: list[Heading] = []
    for b, h in shaped:
        b.heading = dataclasses.replace(h, rank=deepest + 1 if h.marker == ITEM else ranks[h.marker])
        b.role = "heading"
        marked.append(b.heading)
    bare = _bare_headings(body)
    if not bare or not (any(b.tag_level for b in bare) or
                        _needs_bare_headings([h for h in marked if h.marker != ITEM], bare, body)):
        return
    tops = _numbered_tops(body)
    numbered_tops = _numbered_top_levels(tops)
    within = _within_numbered_tops(body, bare, tops)
    for b in bare:
        # the page's heading levels (<h2> over <h3>) rank unnumbered headings as numbers would; one set off as
        # the numbered top headings are (一、 and it both bold) is a sub-heading with its number left out: the
        # tops are numbered, one and all; so is one set off (bold) between plain numbered tops that run 一、…四、
        # in one sequence from before it
        rank = numbered_tops.get(b.tag_level, within if within is not None else b.tag_level - TAG_RANK_BASE) \
            if b.tag_level else -1
        b.heading = Heading("bare", rank, None, b.raw.strip(), b.k, False)
        b.role = "heading"


def _numbered_tops(body: list[Block]) -> list[tuple[Block, Heading]]:
    """The top-level numbered headings (一、, 第一部分) with their blocks: families that number sub-levels as often
    (（一）, 1.) say nothing of where an unnumbered heading stands."""
    tops = [(b, b.heading) for b in body if b.heading and b.heading.marker not in NOT_TOP_LEVEL]
    top = min((h.rank for _, h in tops), default=None)
    return [(b, h) for b, h in tops if h.rank == top]


def _numbered_top_levels(tops: list[tuple[Block, Heading]]) -> dict[int, int]:
    """The file's heading level (tag_level) of the top-level numbered headings, and the rank of the level under them."""
    return {b.tag_level: h.rank + 1 for b, h in tops if b.tag_level}


def _within_numbered_tops(body: list[Block], bare: list[Block], tops: list[tuple[Block, Heading]]) -> int | None:
    """The rank under the top-level numbered headings (一、) when every heading the file sets off stands after
    the first of them and they run in one sequence (一、二、三、四、, never restarting): those set-off headings are
    the tops' sub-headings, their numbers left out ("严格科学决策" in bold under a plain "一、…主要举措和成效", or
    underlined under bold ones)."""
    tagged = [b for b in bare if b.tag_level]
    numbers = [h.number for _, h in tops if h.number is not None]
    if not tagged or len(tops) < 2 or len(numbers) < len(tops) or any(a >= c for a, c in zip(numbers, numbers[1:])):
        return None
    position = {id(b): i for i, b in enumerate(body)}
    first_block, first = tops[0]
    return first.rank + 1 if all(position[id(b)] > position[id(first_block)] for b in tagged) else None


TAG_RANK_BASE = 10  # tagged headings rank above every numbered family (ranks 0 and up) and the untagged bare ones


def _bare_headings(body: list[Block]) -> list[Block]:
    """Short unpunctuated lines between paragraphs: the unnumbered headings of a report whose parts are
    under them. Over a paragraph, over the first line of a heading in two ("全面贯彻落实党的二十大精神" /
    "统筹推进法治政府建设高质量发展"), or over the first of its numbered sub-headings ("（一）强化组织领导")."""
    bare = []
    for i, b in enumerate(body):
        if b.heading or i + 1 >= len(body):
            continue
        if b.tag_level and _bare_shape(b.k):  # marked a heading by the page itself (<h3>)
            bare.append(b)
            continue
        if i == 0:
            continue
        if _bare_shape(b.k) and is_paragraph(body[i - 1].k):
            nxt = body[i + 1]
            if is_paragraph(nxt.k) or _first_sub_heading(nxt) or (
                    i + 2 < len(body) and _bare_shape(nxt.k) and not nxt.heading and is_paragraph(body[i + 2].k)):
                bare.append(b)
    return bare


def _first_sub_heading(b: Block) -> bool:
    return b.heading is not None and b.heading.marker != ITEM and b.heading.number == 1


def _two_levels(shaped: list[tuple[Block, Heading]], body: list[Block]) -> list[tuple[Block, Heading]]:
    """A family used at two levels, told apart by where its leads stand: a heading on a line of its own, a
    lead that starts a line, a lead cut from inside a paragraph. Where leads count from 1 again right under
    one of the family that stands further out ("（一）强化组织领导" / "（一）重视到位。…", "（一）高度重视。
    （一）坚持…", "一是加强组织领导" / "一是重视到位。…"), the inner ones are the document's items and the
    outer ones its sub-headings, as when the two levels are written （一） and 一是."""
    place = _places(body)
    outer: dict[str, int] = {}
    for (b, a), (c, h) in zip(shaped, shaped[1:]):
        if h.marker == a.marker and h.number == 1 and place[id(c)] < place[id(b)]:
            outer.setdefault(h.marker, place[id(b)])
    items: set[int] = set()
    lines: set[int] = set()
    for fam, level in outer.items():
        members = [(place[id(b)], h) for b, h in shaped if h.marker == fam]
        last: Heading | None = None
        over: list[list[Heading]] = []  # the outer ones, as they count (1, 2, 3 …)
        for at, h in members:
            if at >= level:
                if not over or h.number != (over[-1][-1].number or 0) + 1:
                    over.append([])
                over[-1].append(h)
            elif h.number == 1 or (last is not None and id(last) in items and (
                    h.number == (last.number or 0) + 1 or (at == 0 and (h.number or 0) > (last.number or 0)))):
                items.add(id(h))  # counting on (inside a line, items may have gone by run into the last one's text)
            last = h
        if fam == ITEM:  # 一是 lines over items counting again: every one of their count is a sub-heading
            restarted = {id(a) for (_, a), (_, h) in zip(members, members[1:]) if id(h) in items and h.number == 1}
            lines |= {id(h) for count in over if any(id(h) in restarted for h in count) for h in count}
    # paragraphs opening with items counted on (一是…, 二是…), one of which counts its own items again:
    # the leads are sub-headings, every one of the count
    for count in _counts([(b, h) for b, h in shaped if h.marker == ITEM and h.has_body], shaped):
        if any(_items_again(b) for b, _ in count):
            lines |= {id(h) for _, h in count}
    if not lines and not items:
        return shaped
    out = []
    for b, h in shaped:
        if id(h) in lines:
            h = dataclasses.replace(h, marker=ITEM_LINE, rank=2)
        elif id(h) in items and h.marker != ITEM:
            h = _as_item(b, h, place[id(b)] == 0)
        out.append((b, h))
    return out


def _as_item(b: Block, h: Heading, inside: bool) -> Heading:
    """A numbered lead read as an item: its lead runs to the sentence's end, as 一是's does (not cut at a comma)."""
    stop = HEADING_END.search(b.k, h.marker_end)
    end = stop.start() if stop else len(b.k)
    return dataclasses.replace(h, marker=ITEM, rank=9, key=b.k[:end], text=raw_prefix(b.raw, end, b.key.index),
                               has_body=end < len(b.k) - 1, inside=inside)


def _places(body: list[Block]) -> dict[int, int]:
    """id(block) → where it stands: 2 a line of its own as short as a heading, 1 the start of a line, 0 cut
    from inside a paragraph's line."""
    out = {}
    for i, b in enumerate(body):
        inside = i > 0 and body[i - 1].last_line == b.line
        cut = i + 1 < len(body) and body[i + 1].line == b.last_line
        h = b.shape
        own = h is not None and not h.has_body and len(h.key) <= MAX_ALONE
        out[id(b)] = 0 if inside else 2 if own and not cut else 1
    return out


def _counts(members: list[tuple[Block, Heading]], shaped: list[tuple[Block, Heading]]) -> list[list[tuple[Block, Heading]]]:
    """`members` cut into runs that count on (1, 2, 3 …) with no other heading between them."""
    place = {id(h): i for i, (_, h) in enumerate(shaped)}
    runs: list[list[tuple[Block, Heading]]] = []
    for b, h in members:
        last = runs[-1][-1][1] if runs else None
        if last is not None and place[id(h)] == place[id(last)] + 1 and h.number == (last.number or 0) + 1:
            runs[-1].append((b, h))
        else:
            runs.append([(b, h)])
    return runs


def _items_again(b: Block) -> bool:
    """Does a paragraph that opens with an item ("一是强化政治引领。…") count its items from 一是 again
    further on? Then its lead is a sub-heading over them, written as an item."""
    return any(b.k.startswith(ITEM_ONE, m.end()) for m in paragraphs.run_in_units().finditer(b.k))


def _bare_shape(k: str) -> bool:
    """A short line without sentence punctuation: an unnumbered heading, where paragraphs stand around it."""
    return 4 <= len(k) <= MAX_ALONE and not re.search(r"[。;:!?]", k) and not k.endswith(",")


def _taken(body: list[Block]) -> dict[int, bool]:
    """id(shape) → is it a heading, for the families whose shape is common in running text (STRICT):
    only where the family counts 1, 2, 3 … (its number is 1, or continues the last one taken), and
    only when at least two of its headings are taken or it is a line of its own numbered 1 (a page
    that stops after its first part)."""
    last: dict[str, tuple[int | None, int]] = {}
    out: dict[int, bool] = {}
    members: Counter = Counter()
    under: dict[int, bool] = {}  # id(shape) → an outline number 1.1 whose 1 is the top heading's above it (一、)
    top: int | None = None
    for b in body:
        h = b.shape
        if h is None:
            continue
        if h.marker not in STRICT:
            if h.marker != ITEM:
                top = h.number
            continue
        under[id(h)] = h.marker == "outline" and h.parent_number is not None and h.parent_number == top
        prev = last.get(h.marker)
        ok = h.number == 1 or (prev is not None and prev[1] + 1 == h.number and prev[0] == h.parent_number)
        out[id(h)] = ok
        if ok:
            last[h.marker] = (h.parent_number, h.number or 0)
            members[h.marker] += 1
    for b in body:
        h = b.shape
        if h is not None and h.marker in STRICT and members[h.marker] < 2 and (h.number != 1 or h.has_body) \
                and not (h.number == 1 and under[id(h)]):
            # alone, only a line of its own numbered 1 is a heading ("一，主要举措"), or an outline number
            # that names the heading above it ("二、…" then "2.1 …。…": Word's multi-level list)
            out[id(h)] = False
    return out


def infer_ranks(shapes: list[Heading]) -> dict[str, int]:
    """Depth of each marker family in this document (items excluded).

    Where a family starts to count (its number 1, or its first heading), the heading just before
    it is its parent's: each such place is a vote; a family's parent is the one with most votes
    (ties: the conventionally higher one). Loops are broken at the conventionally highest family."""
    conventional = {h.marker: h.rank for h in shapes}
    votes: dict[str, Counter] = {}
    seen: set[str] = set()
    prev: str | None = None
    for h in shapes:
        if h.marker == ITEM:
            continue
        if h.marker not in seen or h.number == 1:
            if prev != h.marker:
                votes.setdefault(h.marker, Counter())[prev] += 1
        seen.add(h.marker)
        prev = h.marker
    parent: dict[str, str | None] = {}
    for fam, counter in votes.items():
        parent[fam] = max(counter, key=lambda p: (counter[p], -conventional.get(p, -1) if p else 1))
    depth: dict[str, int] = {}

    def resolve(fam: str, path: tuple[str, ...]) -> int:
        if fam in depth:
            return depth[fam]
        p = parent.get(fam)
        if p is None:
            depth[fam] = 0
        elif p in path + (fam,):
            loop = path[path.index(p):] + (fam,) if p in path else (fam,)
            head = min(loop, key=lambda f: (conventional.get(f, 9), f))
            parent[head] = None
            return resolve(fam, ())
        else:
            depth[fam] = resolve(p, path + (fam,)) + 1
        return depth[fam]

    for fam in parent:
        resolve(fam, ())
    return depth


def _needs_bare_headings(headings: list[Heading], bare: list[Block], body: list[Block]) -> bool:
    """The top numbered level is a sub-level of official documents, or it starts counting again
    with no heading above it, or it is numbered 1. (1、) under an unnumbered heading that stands before
    its first one: the parts of the report are under unnumbered headings."""
    if not headings:
        return True
    top = min(h.rank for h in headings)
    tops = [h for h in headings if h.rank == top]
    if any(h.marker in SUB_LEVEL for h in tops):
        return True
    if tops[0].marker in ARABIC_LEVEL and tops[0].number == 1:
        first = next(i for i, b in enumerate(body) if b.heading is tops[0])
        if any(body.index(b) < first for b in bare):
            return True
    return any(b.number is not None and a.number is not None and b.number <= a.number and b.number == 1
               for a, b in zip(tops, tops[1:]) if a.marker == b.marker)


def _build_tree(st: Structure, body: list[Block]) -> None:
    ranks = [b.heading.rank for b in body if b.heading and b.heading.marker != ITEM]
    top = min(ranks) if ranks else 0
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
        rank = _occurrence_rank(stack, h, max(h.rank, top))
        while len(stack) > 1 and stack[-1].rank >= rank:
            stack.pop()
        sec = Section(h, b, rank, parent=stack[-1] if len(stack) > 1 else None)
        stack[-1].children.append(sec)
        stack.append(sec)
    st.sections = root.children
    for s in st.sections:
        s.parent = None
    _check_numbering(st, root)


def _occurrence_rank(stack: list[Section], h: Heading, rank: int) -> int:
    """Where this heading goes when its family is used at two levels ("1、" parts with "1、" lists
    inside them): beside the open heading of its family that it continues (numbered one more), or,
    counting from 1 again below a heading of another family, one level under that heading."""
    if h.marker == ITEM or h.number is None:
        return rank
    open_same = [(s, s.heading) for s in stack[1:] if s.heading is not None and s.heading.marker == h.marker]
    for sec, open_heading in reversed(open_same):
        if open_heading.number is not None and open_heading.number + 1 == h.number:
            return sec.rank
    if h.number == 1 and open_same and stack[-1].heading is not None and stack[-1].heading.marker != h.marker:
        return stack[-1].rank + 1
    return rank


def _check_numbering(st: Structure, node: Section) -> None:
    by_marker: dict[str, list[Section]] = {}
    for child in node.children:
        # 一是/二是 run inside paragraphs as often as they open lines: only headings are checked
        if child.heading and child.heading.number is not None and child.heading.marker != ITEM:
            by_marker.setdefault(child.heading.marker, []).append(child)
    for group in by_marker.values():
        expected = 1
        for sec in group:
            assert sec.heading is not None and sec.heading.number is not None  # grouped above only if so
            n = sec.heading.number
            if n != expected:
                kind = "repeat" if n < expected else "skip"
                st.numbering_issues.append(
                    {"line": sec.line, "text": sec.heading.text, "kind": kind, "expected": expected, "found": n}
                )
            expected = n + 1
    for child in node.children:
        _check_numbering(st, child)
