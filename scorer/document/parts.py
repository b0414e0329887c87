"""Stage 4: find the parts a rubric requires (its `sections`) in the document structure.

Recognisers are rubric data: heading phrases and patterns, cues for a part that is embedded in
another (a sub-heading or paragraph), and cues in the opening sentence of an unnamed part.
What is asked of a part is data too: a section with `causes:` cues is read for cause analysis
(extra `causes`), a section whose heading or opening patterns name a `year` reports the year it
states (extra `year`), a section with `search: anywhere` may be a sub-heading under any part (by
default an embedded part is looked for under the default part only).
This module is the code behind those data: it decides which top-level sections belong to
which part, and where an embedded part is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from scorer.document.metadata import BOOK_TITLE, first_year
from scorer.document.paragraphs import opens_unit
from scorer.document.sentences import named_for_someone_else
from scorer.document.structure import CIRCLED, HEADING_END, Block, Section, Structure, passages
from scorer.text import safe_regex
from scorer.text.textnorm import data_file, make_key

SENTENCE_END = re.compile(r"[。;!?]")

ITEM_HEADING = 30  # characters: an item's first sentence up to this long reads as its heading
RUN_IN_HEADING = 50  # characters: a numbered sub-heading's first sentence, run into its paragraph, as long as a heading runs
SENTENCE = re.compile(r"[^。;!?]+[。;!?]?")
PUNCT = re.compile(r"[,、:;\"“”'‘’()]")


@lru_cache(maxsize=1)
def _announcement() -> re.Pattern:
    """Sentences that only announce what the report contains do not make a part present."""
    return re.compile("|".join(data_file("structure-cues")["announcement"]))


@lru_cache(maxsize=1)
def _not_own_duty() -> re.Pattern:
    """Leaders named as others' or in a division-of-labour formula, not as the report's own."""
    return safe_regex.compile("|".join(data_file("structure-cues")["not_own_duty"]))


@dataclass
class Recogniser:
    """The compiled form of one rubric section's `recognise:` block."""

    id: str
    name: str
    required: bool
    default: bool = False
    phrases: tuple[str, ...] = ()
    patterns: tuple[re.Pattern, ...] = ()
    exclude: tuple[re.Pattern, ...] = ()  # a heading matching one of these is not this part
    weak: tuple[str, ...] = ()  # heading words that, with a strong cue in the opening, claim the part
    leaders: tuple[str, ...] = ()  # embedded cue: a sentence naming a leader …
    duties: tuple[str, ...] = ()  # … and a duty
    holders: tuple[str, ...] = ()  # sub-heading words: the part runs from such a sub-heading over the cue
    opening: tuple[re.Pattern, ...] = ()  # plan cues in the first sentence of an unnamed part
    causes: tuple[str, ...] = ()
    not_causes: tuple[re.Pattern, ...] = ()
    anywhere: bool = False  # `search: anywhere`: a sub-heading under any part may be this one

    @property
    def states_year(self) -> bool:
        """A part whose heading or opening cues name a `year` (a plan's year) reports the year it states."""
        return any("year" in rx.groupindex for rx in self.patterns + self.opening)

    @classmethod
    def from_rubric(cls, sid: str, spec: dict) -> Recogniser:
        rec = spec.get("recognise", {})
        heading = rec.get("heading", {})
        embedded = rec.get("embedded", {})
        return cls(
            id=sid,
            name=spec.get("name", sid),
            required=spec.get("required", True),
            default=spec.get("default", False),
            phrases=tuple(heading.get("phrases", ())),
            patterns=tuple(safe_regex.compile(p) for p in heading.get("patterns", ())),
            exclude=tuple(safe_regex.compile(p) for p in heading.get("not", ())),
            weak=tuple(heading.get("weak", ())),
            leaders=tuple(embedded.get("leaders", ())),
            duties=tuple(embedded.get("duties", ())),
            holders=tuple(embedded.get("holders", ())),
            opening=tuple(safe_regex.compile(p) for p in rec.get("opening", ())),
            causes=tuple(rec.get("causes", {}).get("phrases", ())),
            not_causes=tuple(safe_regex.compile(p) for p in rec.get("causes", {}).get("not", ())),
            anywhere=spec.get("search") == "anywhere",
        )

    def heading_match(self, key: str, report_year: int | None = None) -> bool:
        """Phrases match as substrings; a pattern with a `year` group matches only a year after
        the report year (a plan's year), so "2024年主要举措" in a 2024 report is no plan."""
        key = BOOK_TITLE.sub("", key)
        if any(rx.search(key) for rx in self.exclude):
            return False
        if any(p in key for p in self.phrases):
            return True
        return any(_year_ok(rx.search(key), report_year) for rx in self.patterns)

    def opening_match(self, text: str, report_year: int | None) -> bool:
        return any(_year_ok(rx.search(text), report_year) for rx in self.opening)

    def embedded_match(self, sentence: str) -> bool:
        if not self.leaders:
            return False
        own = _not_own_duty().sub("", sentence)
        if own != sentence and not any(w in own for w in self.leaders if w not in self.phrases):
            return False  # the leaders are named only as others' (各区、各校…) or in a formula (亲自抓、具体抓)
        if named_for_someone_else(sentence):
            return False  # "分管副县长履行第一责任人职责": the duty is the principals', not a deputy's
        return any(p in sentence for p in self.phrases) or (
            any(w in sentence for w in self.leaders) and any(w in sentence for w in self.duties)
        )


def _year_ok(m: re.Match | None, report_year: int | None) -> bool:
    """A match counts; one with a `year` group only when that year is after the report year."""
    if m is None:
        return False
    if "year" in m.re.groupindex and m.group("year") and report_year:
        return int(m.group("year")) > report_year
    return True


@dataclass
class Part:
    """One of the rubric's parts of a report (成效, 问题, 计划 …): whether and where the report has it."""
    id: str
    name: str
    required: bool
    present: bool = False
    form: str | None = None  # section | embedded
    embedding: str | None = None  # for embedded: subheading | paragraph | sentence
    line: int | None = None
    heading: str | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    extra: dict = field(default_factory=dict)
    sections: list[Section] = field(default_factory=list, repr=False)
    blocks: list[Block] = field(default_factory=list, repr=False)
    _passages: tuple[tuple[int, ...], list[Block]] | None = field(default=None, repr=False, compare=False)
    _items: tuple[tuple[int, ...], list] | None = field(default=None, repr=False, compare=False)  # see items.items_of

    def as_dict(self) -> dict:
        out = {
            "present": self.present,
            "line": self.line,
            "heading": self.heading,
            "form": self.form,
            "name": self.name,
            "required": self.required,
            "embedding": self.embedding,
            "spans": [list(s) for s in self.spans],
            "end_line": self.spans[-1][1] if self.spans else None,
        }
        out.update(self.extra)
        return out

    def text_blocks(self) -> list[Block]:
        """The part's text as passages (structure.passages): the same whatever its paragraphing."""
        out = list(self.blocks)
        for s in self.sections:
            out += s.all_blocks()
        ids = tuple(map(id, out))
        if self._passages is None or self._passages[0] != ids:  # every check reads them: joined once
            self._passages = (ids, passages(out))
        return self._passages[1]


def find_parts(st: Structure, recognisers: list[Recogniser], report_year: int | None) -> dict[str, Part]:
    parts = {r.id: Part(r.id, r.name, r.required) for r in recognisers}
    by_id = {r.id: r for r in recognisers}
    default = next((r.id for r in recognisers if r.default), None)
    order = [r for r in recognisers if not r.default]

    claimed: dict[int, list[str]] = {}
    by_opening: list[int] = []
    for i, sec in enumerate(st.sections):
        assert sec.heading is not None  # top-level sections are headed
        ids = [r.id for r in order if r.heading_match(sec.heading.key, report_year)]
        if not ids and (wrapped := wrapped_heading_key(sec)):
            ids = [r.id for r in order if r.heading_match(wrapped, report_year)]
        if not ids:
            ids = _claim_by_weak_heading(sec, order)
        if not ids:
            ids = _claim_by_opening(i, sec, order, claimed, report_year)
            by_opening += [i] if ids else []
        claimed[i] = ids
    # a plan known only by its opening is the report's last word on the year: when a later part falls
    # back to the measures, the opening was an intention among them ("拟在2026年打造…" then more measures)
    for i in by_opening:
        if any(not claimed[j] for j in range(i + 1, len(st.sections))):
            claimed[i] = []
    # headings set off by the file alone (bold, a colour, <h3>) carry no numbers to tell a part from its
    # sub-headings: one right under the measures' heading, nothing between them, is the measures' first
    # sub-heading, whatever it names ("主要开展工作和取得成效" / "强化组织领导，党政主要负责人…第一责任人职责");
    # an unnamed one after a named part ("2025年工作安排" / "强化法治队伍建设") is under it
    for i, sec in enumerate(st.sections):
        prev = st.sections[i - 1] if i else None
        if prev is not None and claimed[i] and _bare(sec) and _bare(prev) and not prev.blocks and not prev.children \
                and default and (not claimed[i - 1] or claimed[i - 1] == [default]):
            claimed[i] = []
    for i, sec in enumerate(st.sections):
        if i and not claimed[i] and _bare(sec) and sec.heading is not None and \
                claimed[i - 1] and claimed[i - 1][-1] != default and \
                not (default and by_id[default].heading_match(sec.heading.key, report_year)):
            claimed[i] = claimed[i - 1][-1:]
    for i, sec in enumerate(st.sections):
        ids = claimed[i] or ([default] if default else [])
        if len(ids) > 1:
            _split_combined(sec, [by_id[sid] for sid in ids], parts, report_year)
            continue
        for sid in ids:
            _add_section(parts[sid], sec)

    for r in order:
        if not parts[r.id].present:
            _find_lead_in(st, parts, r, claimed, report_year)
    if default and not parts[default].present and not st.sections:
        _embed_first_paragraph(parts[default], st)
    for r in order:
        if not parts[r.id].present:
            _find_embedded(st, parts, r, default, report_year)
    for r in recognisers:
        part = parts[r.id]
        if r.causes:
            part.extra["causes"] = has_causes(part, r) if part.present else False
        if r.states_year:
            part.extra["year"] = plan_year(part, report_year) if part.present else None
    return parts


def _bare(sec: Section) -> bool:
    return sec.heading is not None and sec.heading.marker == "bare"


CLAUSE_STOP = re.compile(r"[。！？!?；;：:]")


def wrapped_heading_key(sec: Section) -> str | None:
    """A heading broken over two lines (a Word heading balanced by a manual line break, a PDF's width:
    "二、2025年推进法治政" / "府建设存在的问题和不足"): its key with the next line's, when that line follows
    it at once, ends no sentence or clause and is about as long as the heading. Asked only when the heading alone
    names no part, so an unnumbered sub-heading under a heading that does is never read into it."""
    heading = sec.heading
    if heading is None or heading.has_body or not sec.blocks or sec.block is None:
        return None
    nxt = sec.blocks[0]
    if nxt.heading is not None or nxt.line != sec.block.last_line + 1 or nxt.last_line != nxt.line:
        return None
    text = nxt.k
    if not text or len(text) > len(heading.key) + 8 or CLAUSE_STOP.search(text):
        return None
    return heading.key + text


def _claim_by_weak_heading(sec: Section, order: list[Recogniser]) -> list[str]:
    """A weak heading word ("履职") with a strong cue in the opening claims the part."""
    assert sec.heading is not None  # top-level sections are headed
    for r in order:
        if r.weak and any(w in sec.heading.key for w in r.weak) and r.embedded_match(_opening_text(sec)):
            return [r.id]
    return []


def _claim_by_opening(i: int, sec: Section, order: list[Recogniser], claimed: dict,
                      report_year: int | None) -> list[str]:
    """An unnamed part whose first sentence states a plan ("2025年，我局将…")."""
    for r in order:
        if r.opening and i > 0 and r.opening_match(_prose_opening(sec), report_year):
            earlier = [sid for j in range(i) for sid in claimed.get(j, [])]
            if r.id not in earlier:
                return [r.id]
    return []


def _prose_opening(sec: Section) -> str:
    """The first sentence of a section's prose (its heading's run-in text, else its first paragraph;
    a sub-heading on its own line is skipped): a plan states itself there ("2025年，我局将…"); an
    intention met further down, after what was done, is one of the year's measures."""
    for b in sec.all_blocks():
        # "一是…" items are prose, whatever their first sentence reads like
        text = b.k if b.heading is None or b.heading.marker == "item" else b.body_key()
        text = BOOK_TITLE.sub("", text)
        # however short: "(一)推进执法规范化\n组建" cut off by a page opens a measure, and the paragraph
        # after it does not open the part
        if text.strip("。,;: "):
            end = SENTENCE_END.search(text)
            return text[: end.end()] if end else text
    return ""


def _opening_text(sec: Section, limit: int = 160) -> str:
    text = sec.block.body_key() if sec.block else ""
    for b in sec.all_blocks()[1:3]:
        text += b.k
    return BOOK_TITLE.sub("", text)[:limit]


def _add_section(part: Part, sec: Section, children: list[Section] | None = None) -> None:
    """Give a top-level section (or, for a combined one, some of its sub-sections) to a part."""
    if not part.present:
        assert sec.heading is not None  # sections below the root are headed
        part.present = True
        part.form = "section"
        part.line = sec.line
        part.heading = sec.heading.text
    for s in children or [sec]:
        part.sections.append(s)
        part.spans.append(s.span())


def _split_combined(sec: Section, recs: list[Recogniser], parts: dict[str, Part], report_year: int | None) -> None:
    """One heading for two parts ("二、存在问题及下一步工作打算"): its sub-headings say which is
    which; without them both parts share the whole section."""
    own: dict[str, list[Section]] = {r.id: [] for r in recs}
    for child in sec.children:
        for r in recs:
            if child.heading is not None and r.heading_match(child.heading.key, report_year):
                own[r.id].append(child)
                break
    if not any(own.values()):
        for r in recs:
            _add_section(parts[r.id], sec)
        return
    for r in recs:
        _add_section(parts[r.id], sec, own[r.id] or None)


# A lead-in: the clause that opens a part inside another's heading ("2025年工作安排:…"), up to a colon.
LEAD_IN = re.compile(r"^(?P<lead>[^。;:!?]{2,40}):")


def _find_lead_in(st: Structure, parts: dict[str, Part], r: Recogniser, claimed: dict[int, list[str]],
                  report_year: int | None) -> None:
    """Two parts under one heading (不足 and the plan, 举措 and 第一责任人): the second opens with a
    lead-in clause naming it ("2025年工作安排:…", on a line of its own or opening a paragraph) after
    the first part's text; from there to the heading's end the text is the second part's."""
    for i, sec in enumerate(st.sections):
        owners = [parts[sid] for sid in claimed.get(i, []) if sid != r.id]
        blocks = sec.all_blocks()
        if len(owners) != 1 or any(s is sec for s in parts[r.id].sections):
            continue
        owner = owners[0]
        if not any(s is sec for s in owner.sections):
            continue
        for j in range(2, len(blocks)):  # after the heading and the first part's own text
            b = blocks[j]
            m = LEAD_IN.match(b.k)
            if m is None or (b.heading is not None and b.heading.marker != "item"):
                continue
            lead = m.group("lead")
            if not (r.heading_match(lead, report_year) or r.opening_match(b.k[:160], report_year)):
                continue
            before, after = _cut(sec, b)
            k = next(n for n, s in enumerate(owner.sections) if s is sec)
            owner.sections[k] = before
            owner.spans[k] = before.span()
            part = parts[r.id]
            part.present, part.form, part.line = True, "section", b.line
            a, z = b.key.raw_span(m.start("lead"), m.end("lead"))
            part.heading = b.raw[a:z].strip()
            part.blocks = after
            part.spans = [(b.line, after[-1].last_line)]
            return


def _cut(sec: Section, at: Block) -> tuple[Section, list[Block]]:
    """`sec` without the text from block `at` on, and the blocks cut off (in order)."""
    if any(x is at for x in sec.blocks):
        j = next(n for n, x in enumerate(sec.blocks) if x is at)
        rest = sec.blocks[j:] + [x for c in sec.children for x in c.all_blocks()]
        return Section(sec.heading, sec.block, sec.rank, sec.blocks[:j], [], sec.parent), rest
    for ci, child in enumerate(sec.children):
        inside = child.all_blocks()
        if not any(x is at for x in inside):
            continue
        later = [x for c in sec.children[ci + 1 :] for x in c.all_blocks()]
        if at is child.block:
            kept, rest = sec.children[:ci], inside + later
        else:
            cut_child, cut_off = _cut(child, at)
            kept, rest = sec.children[:ci] + [cut_child], cut_off + later
        return Section(sec.heading, sec.block, sec.rank, list(sec.blocks), kept, sec.parent), rest
    return sec, []


def _embed_first_paragraph(part: Part, st: Structure) -> None:
    blocks = [b for b in st.preamble if b.role == "body"]
    if len(blocks) >= 2:
        b = blocks[1]
        part.present, part.form, part.embedding = True, "embedded", "paragraph"
        part.line, part.heading = b.line, _first_sentence(b.raw)
        part.blocks = blocks[1:]
        part.spans = [(b.line, blocks[-1].line)]


def _find_embedded(st: Structure, parts: dict[str, Part], r: Recogniser, default: str | None,
                   report_year: int | None) -> None:
    part = parts[r.id]
    scope = st.sections if r.anywhere or not default else parts[default].sections
    # 1. a sub-heading that names the part
    for top in scope:
        for sec in top.walk():
            # (a bare heading the part took in under its own bare heading stands as its sub-heading)
            if (sec is top and not (_bare(top) and top is not scope[0] and scope is not st.sections)) \
                    or sec.heading is None or _prose(sec):
                continue
            if r.heading_match(sec.heading.key, report_year) or (
                    (wrapped := wrapped_heading_key(sec)) and r.heading_match(wrapped, report_year)):
                _embed(part, sec.block, sec.heading.text, "subheading", sec)
                return
    if not r.leaders:
        return
    # 2. a paragraph about the duty (the cue in its opening sentences) beats a passing mention
    candidates: list[tuple[int, int, Section, Block, str, bool, int]] = []
    for top in scope:
        for sec in top.walk():
            own = [sec.block] if sec.block else []
            before = 0  # sentences of the sub-section before this passage
            titled = False  # the passage before is the sub-section's heading on a line of its own
            for b in passages(own + sec.blocks):
                hit = _cue_sentence(b, r)
                if hit is not None:
                    # a heading on its own line counts as its paragraph's first sentence, as it does run in
                    # ("(一)健全统筹机制。坚持…" and "(一)健全统筹机制。" over "坚持…" are one text)
                    idx = hit[0] + 1 if titled and hit[3] else hit[0]
                    # the cue among the sub-section's opening sentences, however they are paragraphed
                    opening = sec is not top and sec.heading is not None and before + hit[0] <= 2
                    candidates.append((min(idx, 2), len(candidates), sec, b, hit[1], opening, hit[2]))
                titled = b is not None and b.heading is not None and not b.heading.has_body and before == 0
                before += sum(1 for _ in _sentences(b.k))
    if candidates:
        idx, _, sec, b, sentence, opening, at = min(candidates, key=lambda c: c[:2])
        embedding = "paragraph" if idx <= 1 else "sentence"
        # A heading line (or an item "二是…"), or the sub-section it opens, stands for its
        # sub-heading; a paragraph of its own further under some other sub-heading stands for itself.
        from_heading = opening or (sec.block is not None and sec.block.line <= b.line <= sec.block.last_line)
        holder = _enclosing_heading(sec) if from_heading else None
        if holder is None and (about := _enclosing_heading(sec)) is not None and about.heading is not None \
                and any(w in about.heading.key for w in r.holders):
            holder = about  # "(一)健全责任体系" over a paragraph that tells the leaders' duty in its fourth sentence
        if holder is not None:
            assert holder.block is not None and holder.heading is not None  # see _enclosing_heading
            _embed(part, holder.block, holder.heading.text, embedding, holder)
        else:
            _embed(part, b, sentence, embedding, None, b.line_at(at))
        return
    # 3. the preamble: a passing sentence at most
    for b in st.preamble:
        if b.role != "body":
            continue
        hit = _cue_sentence(b, r)
        if hit is not None:
            _embed(part, b, hit[1], "sentence", None, b.line_at(hit[2]))
            return


def _prose(sec: Section) -> bool:
    """An item (一是…) or a sub-heading run into its paragraph names a part as a sub-heading would only
    when it is short: a long first sentence is prose ("(二)紧扣…工作安排,我局将…"). An item on a line of
    its own over its paragraphs, unpunctuated, is a sub-heading written with 一是, as long as a sub-heading
    runs; with a full stop it is a sentence set on a line of its own."""
    heading = sec.heading
    assert heading is not None
    if heading.marker == "item":
        if heading.inside or (not heading.has_body and sec.block is not None and sec.block.k != heading.key):
            return True  # inside its paragraph, or "二是履行第一责任人职责。" a sentence on a line of its own
        alone = not heading.has_body and bool(sec.blocks)
        return len(heading.key) > (RUN_IN_HEADING if alone else ITEM_HEADING)
    # the lead's whole first sentence: a key cut at a comma ("(一)街道党政主要负责人…职责,每年年初…") is no shorter
    stop = HEADING_END.search(sec.block.k, heading.marker_end) if sec.block is not None else None
    lead = stop.start() if stop else len(sec.block.k) if sec.block is not None else len(heading.key)
    return heading.has_body and max(lead, len(heading.key)) > RUN_IN_HEADING


def _cue_sentence(b: Block, r: Recogniser) -> tuple[int, str, int, bool] | None:
    """(index of the sentence in its unit, the sentence, where it starts in the key, whether its unit is the
    block's first) of the first sentence naming the part; a unit
    is the block, or an item run into it (一是…二是…), so the index is the same whether the writer
    starts each item on a line of its own or not."""
    idx = -1
    first_unit = True
    for sentence, start in _sentences(b.k):
        if start and (opens_unit(sentence) or _circled_at(b, start)):
            idx, first_unit = 0, False
        else:
            idx += 1
        announced = _announcement().search(sentence)
        if announced:
            # "现将…汇报如下:" announces; what runs on after its colon is the text itself
            colon = sentence.find(":", announced.end())
            if colon < 0 or colon + 2 >= len(sentence):
                idx = -1  # the text starts after the announcement: what comes before it is its preface
                continue
            sentence, start = sentence[colon + 1:], start + colon + 1
            idx = 0  # (the text itself starts here)
        if r.embedded_match(sentence):
            a, z = b.key.raw_span(start, start + len(sentence))
            return idx, b.raw[a:z].strip(), start, first_unit
    return None


def _circled_at(b: Block, start: int) -> bool:
    """Whether the sentence at `start` of the block's key opens with a circled number in the raw text (①…:
    the key reads it as a digit)."""
    at = b.key.raw_span(start, start + 1)[0]
    return at < len(b.raw) and b.raw[at] in CIRCLED


TITLE_COLON = 24  # how far into a unit a colon may end its title ("(一)健全统筹机制:坚持…")


def _sentences(key: str):
    """The sentences of a block's key with where each starts; a unit's title ended by a colon instead of a
    full stop ("一是强化组织领导:…") is a sentence of its own, as it is with the full stop."""
    for m in SENTENCE.finditer(key):
        sentence, start = m.group(0), m.start()
        colon = sentence.find(":", 0, TITLE_COLON)
        if colon > 0 and "," not in sentence[:colon] and opens_unit(sentence):
            yield sentence[: colon + 1], start
            sentence, start = sentence[colon + 1:], start + colon + 1
            if not sentence:
                continue
        yield sentence, start


def _enclosing_heading(sec: Section) -> Section | None:
    """The nearest sub-heading above an item ('二是…'), but not a top-level part heading."""
    node: Section | None = sec
    if sec.heading is not None and sec.heading.marker == "item":
        node = sec.parent
    if node is None or node.parent is None or node.heading is None:
        return None
    return node


def _embed(part: Part, block: Block, heading: str, embedding: str, sec: Section | None, line: int | None = None) -> None:
    """`line`: where the naming sentence stands, when the block is a passage joined from several paragraphs."""
    part.present, part.form, part.embedding = True, "embedded", embedding
    part.line, part.heading = line or block.line, heading
    if sec is not None:
        part.sections = [sec]
        part.spans = [sec.span()]
    else:
        part.blocks = [block]
        part.spans = [(part.line, part.line)]


def _first_sentence(raw: str) -> str:
    m = re.match(r"[^。;；!?！？]+[。;；!?！？]?", raw.strip())
    return m.group(0) if m else raw.strip()[:60]


def has_causes(part: Part, r: Recogniser) -> bool:
    """True when the text (not the heading) analyses causes."""
    for b in part.text_blocks():
        text = PUNCT.sub("", BOOK_TITLE.sub("", _analysis_text(b)))  # "原因,主要是" reads "原因主要是"
        for rx in r.not_causes:
            text = rx.sub("", text)
        if any(p in text for p in r.causes):
            return True
    return False


def _analysis_text(b: Block) -> str:
    """A block's text without a heading's promise ("存在问题和原因"); "一是…" items are prose."""
    if b.heading is None or b.heading.marker == "item":
        return b.k
    return b.body_key()


def plan_year(part: Part, report_year: int | None) -> int | None:
    """The year the plan states: in its heading, else in its opening sentences."""
    if part.heading:
        y = first_year(make_key(part.heading).text)
        if y:
            return y
    for b in part.text_blocks()[:3]:
        y = first_year(b.k[:200])
        if y:
            return y
    return None
