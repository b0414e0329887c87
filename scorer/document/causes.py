"""Cause analysis in the shortcomings part: which causes a report gives, and what they are worth.

A cause is the text a cue introduces ("究其原因，主要是…", "原因是…", "由于…") or closes ("…，导致…",
"…是…的原因之一"). It is *specific* when it names what produced the problem — staffing, budget, a
missing mechanism or procedure, training, a circumstance (the rubric's `factors`, or a figure) — once the moralising phrases are taken out; *moralising* when all
it says is that people did not think, learn or care enough (思想认识不到位, 重视不够, 学习不深入:
the rubric's `moralising`); *boasting* when it blames the unit's own merits — leading the
province, high standards, rising expectations (走在前列, 标准高, 期待攀升: the rubric's `boasting`) —
and gives no figure; *deflecting* when it puts the problem on circumstances or on others (客观因素,
上级政策频繁调整, 群众法律意识淡薄: the rubric's `deflecting`) and gives no figure; *empty* when the cue is followed by nothing of any kind. Only specific causes
earn credit: a stock cause costs a writer nothing to add, so it must gain nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from scorer.text.lexicon import any_word
from scorer.text.safe_regex import any_of

if TYPE_CHECKING:
    from scorer.document.structure import Block

SENTENCE_END = re.compile(r"[。;!?]")
PUNCT = re.compile(r"[,、:\"“”'‘’()]")
FIGURE = re.compile(r"\d")


class CauseVocabulary(NamedTuple):  # NamedTuples, not frozen dataclasses: a quarter of the start-up cost
    """The cues that introduce a cause and the words that make one specific or moralising."""
    forward: tuple[str, ...]  # cues followed by the cause: 原因是, 由于, 究其原因 …
    backward: tuple[str, ...]  # cues preceded by the cause: 导致, 造成, 原因之一 …
    moralising: tuple[str, ...]
    factors: re.Pattern  # the rubric's factor patterns, as one
    boasting: tuple[str, ...] = ()
    after_count: tuple[str, ...] = ()  # cues that open a cause only after a counted fact: "…超期9件，主要是…"
    deflecting: tuple[str, ...] = ()


class Cause(NamedTuple):
    """A cause a report gives for a problem, and whether it is specific, moralising or empty."""
    text: str  # the cause as written in the normalised text
    quality: str  # specific | moralising | boasting | deflecting | empty
    factor: str | None  # what makes it specific


def vocabulary(spec: dict) -> CauseVocabulary:
    """From a rubric section's `recognise.causes` block (phrases, backward, moralising, factors, boasting)."""
    backward = tuple(spec.get("backward", ()))
    forward = tuple(p for p in spec.get("phrases", ()) if p not in backward)
    return CauseVocabulary(forward, backward, tuple(spec.get("moralising", ())), any_of(tuple(spec.get("factors", ()))),
                           tuple(spec.get("boasting", ())), tuple(spec.get("after_count", ())), tuple(spec.get("deflecting", ())))



def causes_in(text: str, vocab: CauseVocabulary) -> list[Cause]:
    """Every cause stated in `text` (a normalised key), in order."""
    folded = PUNCT.sub("", text)  # "原因,主要是" reads "原因主要是"
    out = []
    start = 0
    for sentence_end in [m.end() for m in SENTENCE_END.finditer(folded)] + [len(folded)]:
        sentence = folded[start:sentence_end]
        start = sentence_end
        out += _sentence_causes(sentence, vocab)
    return out


def _sentence_causes(sentence: str, vocab: CauseVocabulary) -> list[Cause]:
    found = []
    taken = 0
    # most sentences hold no cue at all: one scan for any of them before looking for each
    for cue in _longest_first(vocab.forward) if _any_cue(vocab.forward).search(sentence) else ():
        at = sentence.find(cue, taken)
        if at >= 0:
            found.append(classify(sentence[at + len(cue):], vocab))
            taken = len(sentence)
            break
    if not found and _any_cue(vocab.backward).search(sentence):
        for cue in vocab.backward:
            at = sentence.find(cue)
            if at > 0 and not _consequence(sentence, at):
                cause = classify(sentence[:at], vocab)
                # "…受…机构改革影响，客观因素占了大头": the cue itself puts the cause outside the unit
                found.append(cause._replace(quality="deflecting", factor=None) if cue in vocab.deflecting and cause.quality != "boasting" else cause)
                break
    if not found:
        # "…有9件超过法定期限才结案，主要是审批要经三级签字": after a counted fact, 主要是 explains it;
        # after a verdict ("…还有差距，主要是…") it only says where the problem shows
        for cue in vocab.after_count:
            at = sentence.find(cue)
            if at > 0 and COUNTED.search(sentence, 0, at):
                found.append(classify(sentence[at + len(cue):], vocab))
                break
    return found


COUNTED = re.compile(r"\d+(?:\.\d+)?(?:件|个|名|人|次|起|项|家|户|天|日|%|宗|批|份|条|场)")


@lru_cache(maxsize=16)
def _longest_first(cues: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(cues, key=len, reverse=True))


@lru_cache(maxsize=16)
def _any_cue(cues: tuple[str, ...]) -> re.Pattern:
    return any_word(cues)


# "…久而久之，难免会造成疏漏", "…，可能导致执法风险": what the problem may lead to, said after it, is no
# analysis of why it arose
PREDICTED = re.compile(r"(?:会|可能|将|易|容易|难免|势必|必然|必将|往往)$")


def _consequence(sentence: str, at: int) -> bool:
    return PREDICTED.search(sentence, 0, at) is not None


def classify(cause: str, vocab: CauseVocabulary) -> Cause:
    cause = cause.strip("。;!?")
    # a merit given as the cause ("我们的工作走在全市前列，缺少现成经验借鉴") is praise, whatever
    # shortfall it names after it; only a figure makes it a fact to act on
    if FIGURE.search(cause) is None and any(p in cause for p in vocab.boasting):
        return Cause(cause, "boasting", None)
    # the problem put on circumstances or on others ("受上级政策频繁调整…等客观因素制约"): no cause of the unit's own
    if FIGURE.search(cause) is None and any(p in cause for p in vocab.deflecting):
        return Cause(cause, "deflecting", None)
    rest = cause
    moral = False
    for phrase in _longest_first(vocab.moralising):
        if phrase in rest:
            moral = True
            rest = rest.replace(phrase, "")
    m = vocab.factors.search(rest) or FIGURE.search(rest)
    if m is not None:
        return Cause(cause, "specific", m.group(0))
    return Cause(cause, "moralising" if moral else "empty", None)


ENUMERATOR = re.compile(r"^(?:[一二三四五六七八九十]{1,2}是|\([一二三四五六七八九十\d]{1,2}\)|\d{1,2}[.、]|[①-⑳])")
# "究其原因…", "产生上述问题的原因…", and a sentence that only says why what came before it happened:
# "这主要是由于…", "主要是因为…" (a problem that opens "由于人员不足，…超期3件" is still a problem)
OPENS_WITH_CAUSE = re.compile(r"^[^,。;]{0,8}(?:原因|根源|成因|症结)|^(?:这|此|这些问题|上述问题)?(?:主要|也|还|多|都)?(?:是|系)(?:由于|因为)")


def is_cause_statement(text: str) -> bool:
    """A paragraph or item that opens by naming causes (究其原因…, 产生上述问题的原因…) analyses
    causes rather than naming a problem."""
    return bool(OPENS_WITH_CAUSE.match(ENUMERATOR.sub("", text)))


def analysis_text(block: Block) -> str:
    """A block's text without a heading's promise ("存在问题和原因"); "一是…" items are prose."""
    if block.heading is None or block.heading.marker == "item":
        return block.k
    return block.body_key()


def part_causes(blocks: Iterable[Block], vocab: CauseVocabulary) -> list[tuple[Block, Cause]]:
    """(block, cause) for every cause the part's text states; headings do not state causes."""
    return [(b, c) for b in blocks for c in causes_in(analysis_text(b), vocab)]


def vocabulary_of(rubric, section_id: str) -> CauseVocabulary:
    spec = (rubric.data.get("sections", {}).get(section_id) or {}).get("recognise", {}).get("causes", {})
    return vocabulary(spec)


def without_causes(text: str, vocab: CauseVocabulary) -> str:
    """`text` without its sentences that state a cause (what remains is the problem itself)."""
    kept = []
    start = 0
    for end in [m.end() for m in SENTENCE_END.finditer(text)] + [len(text)]:
        sentence = text[start:end]
        start = end
        if not causes_in(sentence, vocab):
            kept.append(sentence)
    return "".join(kept) or text
