"""Kind `coverage`: do the measures cover the task areas of the reference plan (纲要)?

The plan is chosen by report year from the rubric's `plans`; each area has indicator phrases
and may apply only to some levels (a township is not asked about 规章). An area counts when the
report says what was done in it: its phrase stands in a sentence that also reports an action
(`action_words`), a figure or a named document, in a paragraph that reports an action (`action_words`), a figure or a named
document, and not in a catalogue — a clause naming three areas or more, or a sentence naming
`catalogue_at` areas or more without a figure; or it names a sub-heading whose paragraphs report
something. Naming the 纲要's task areas in a list earns nothing, nor does a list of five names or more
(the bodies on a committee, the fields a campaign reached).
"""
from __future__ import annotations

import bisect
import functools
import re

from scorer.checks.base import SECTIONS, STRINGS, Context, Option, Result, ev, grade_points, kind, number, say, scaled, status_for
from scorer.document.sentences import is_put_off
from scorer.text.lexicon import any_word, blanked
from scorer.text.safe_regex import any_of, by_first_character

SENTENCE = re.compile(r"[^。;!?]+[。;!?]?")
SENTENCE_ENDS = frozenset("。;!?")  # what SENTENCE cuts at
CLAUSE = re.compile(r"[^,:]+")
EVIDENCE = re.compile(r"\d|《")
# what a sentence says of a document it names, in brackets after its title ("《民法典》（2021年1月1日起施行，共1260条）"):
# the document's own dates and articles, no figure of the work
DOCUMENT_NOTE = re.compile(r"》\([^()]{0,50}\)")
ITEM_LEAD = re.compile(r"^(?:[一二三四五六七八九十]{1,2}是|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.、])[^。;!?]{2,30}[。;!?]$")


def plan_for(plans: list[dict], year: int | None) -> dict | None:
    """The plan in force for a report year; the newest when the year is unknown or later."""
    if not plans:
        return None
    ordered = sorted(plans, key=lambda p: p["from_year"])
    if year is None:
        return ordered[-1]
    for plan in reversed(ordered):
        if plan["from_year"] <= year:
            return plan
    return ordered[0]


def applies(spec: dict, level: str | None) -> bool:
    allowed = spec.get("applies_to")
    return not allowed or level is None or level in allowed


@kind(
    "coverage",
    summary="主要举措覆盖了现行纲要（按报告年度选择评分细则 plans 中的一部）的多少个任务领域",
    options=(
        Option("sections", SECTIONS, "在哪些部分中找任务领域（sections 中的 id）", section=True),
        Option("full_at", number(minimum=0, maximum=1), "覆盖的任务领域占比达到这一值得满分", 0.8),
        Option("zero_at", number(minimum=0, maximum=1), "覆盖占比不高于这一值不得分", 0.2),
        Option("action_words", STRINGS, "表明做了什么的动词（如 制定、办理、审查、开展）：任务领域的词要与其中之一、数据或文件名同在一句才算覆盖"),
        Option("catalogue_at", number(minimum=2, integer=True), "一句话没有数据却提到这么多个任务领域时，算作罗列，不计覆盖", 4),
        Option("paperwork_counts", STRINGS, "不是本单位做成之事的说法（迎接督查的次数、报送情况的次数、投入的经费…）的正则表达式："
               "只说了这些的句子不算写了做什么", [], regex=True),
    ),
    messages={"pass": ("plan", "covered", "total", "missing"), "partial": ("plan", "covered", "total", "missing"),
              "fail": ("plan", "covered", "total", "missing"), "no_section": (), "not_applicable": ()},
)
def check_coverage(check: dict, ctx: Context) -> Result:
    plan = plan_for(ctx.rubric.data.get("plans", []), ctx.meta.report_year)
    if plan is None:
        return Result("not_applicable", 0.0, say(check, "not_applicable"))
    areas = [a for a in plan["areas"] if applies(a, ctx.meta.level)]
    blocks = []
    for sid in check["sections"]:
        part = ctx.part(sid)
        if part is not None:
            blocks += part.text_blocks()
    if not blocks:
        return Result("fail", 0.0, say(check, "no_section") or say(check, "fail", missing="全部", plan=plan["name"]))
    actions = any_word(tuple(check["action_words"]))
    index = _phrase_index(tuple((a["name"], tuple(a["phrases"])) for a in areas))
    within_clauses = all(phrase and "," not in phrase and ":" not in phrase for phrase in index[1])  # none spans clauses
    # none spans sentences either: a paragraph is searched once, each sentence taking its share of the matches
    by_paragraph = within_clauses and not any(SENTENCE_ENDS.intersection(phrase) for phrase in index[1])
    credited: dict[str, tuple] = {}  # area name -> (block, phrase) where it was first reported
    listed: dict[str, tuple] = {}  # area name -> (block, phrase) where it was only named
    seen: set[str] = set()

    no_work = any_of(tuple(check["paperwork_counts"])) if check["paperwork_counts"] else None

    def reports(text: str) -> bool:
        # what was put off reports nothing done in an area ("…，受人员变动影响未能启动，顺延至下一年度"); nor does the lead
        # of an item that goes on, which only names its topic ("一是完善合法性审查工作。")
        for n, m in enumerate(SENTENCE.finditer(text)):
            s = m.group(0)
            lead = n == 0 and m.end() < len(text) and ITEM_LEAD.match(s) and not EVIDENCE.search(s)
            if lead or not _reported(s, actions) or is_put_off(s):
                continue
            # a sentence that tells the inspections it received or the reports it sent up ("…制度工作迎接区专项督查
            # 9次"): its work words name a topic; it reports work when a figure or a document is left beside them
            if no_work is not None and (rest := blanked(s, no_work)) != s and not EVIDENCE.search(rest):
                continue
            return True
        return False

    for part_id in check["sections"]:
        part = ctx.part(part_id)
        if part is None:
            continue
        # a sub-heading names what its paragraphs report on
        for top in part.sections:
            for sec in top.walk():
                h = sec.heading
                if sec is top or h is None or h.marker == "item" or sec.block is None:
                    continue
                found = _areas_in(h.key, index)
                if not found or len(found) >= 3:
                    continue
                body = [x.k for x in sec.all_blocks()[1:]] + ([sec.block.body_key()] if h.has_body else [])
                if reports("".join(body)):
                    for name, phrase in found.items():
                        credited.setdefault(name, (sec.block, phrase))
    for b in blocks:
        if b.k in seen or (b.heading is not None and b.heading.marker != "item" and not b.heading.has_body):
            continue
        seen.add(b.k)
        text = _unlisted(b.k if b.heading is None or b.heading.marker == "item" else b.body_key())
        # the phrases are words: a clause names one only if its sentence and its paragraph do (most name none)
        if by_paragraph:
            phrases = [(m.start(), m.end(), m.group(0)) for m in index[0].finditer(text)]
            if not phrases:
                continue
            phrase_starts = [start for start, _, _ in phrases]
        elif not index[0].search(text):
            continue
        paragraph_reports = reports(text)
        for sm in SENTENCE.finditer(text):
            sentence = sm.group(0)
            if by_paragraph:
                first, stop = bisect.bisect_left(phrase_starts, sm.start()), bisect.bisect_left(phrase_starts, sm.end())
                if first == stop:
                    continue
                at = sm.start()
                clauses = _areas_by_clause(sentence, index, [(a - at, z - at, p) for a, z, p in phrases[first:stop]])
            elif not index[0].search(sentence):
                continue
            else:
                clauses = _areas_by_clause(sentence, index) if within_clauses else \
                    [_areas_in(c.group(0), index) for c in CLAUSE.finditer(sentence)]
            named = {name for found in clauses for name in found}
            catalogue = len(named) >= check["catalogue_at"] and not re.search(r"\d", DOCUMENT_NOTE.sub("》", sentence))
            for found in clauses:
                for name, phrase in found.items():
                    if paragraph_reports and not catalogue and len(found) < 3:
                        credited.setdefault(name, (b, phrase))
                    else:
                        listed.setdefault(name, (b, phrase))
    covered, missing, evidence = [], [], []
    for area in areas:
        name = area["name"]
        if name in credited:
            b, phrase = credited[name]
            covered.append(name)
            evidence.append(ev(b.line, b.raw.strip(), note=f"{name}：{phrase}"))
        else:
            missing.append(name)
            if name in listed:
                b, phrase = listed[name]
                evidence.append(ev(b.line, b.raw.strip(), note=f"{name}：只是提到“{phrase}”，没有写做了什么，不计覆盖"))
    share = len(covered) / len(areas) if areas else 1.0
    fraction = scaled(share, check["zero_at"], check["full_at"])
    status = status_for(fraction)
    fields = {"plan": plan["name"], "covered": len(covered), "total": len(areas), "missing": "、".join(missing)}
    details = {"plan": plan["id"], "covered": covered, "missing": missing, "share": round(share, 2),
               "named_only": [n for n in missing if n in listed]}
    return Result(status, grade_points(check, fraction), say(check, status, **fields), evidence, details)


# a list of five names or more, each a word or two (发展改革、财政、人力社保、民政、教育、审计…): the
# bodies on a committee, the fields a campaign reached; a name in it is no work reported in its area
NAME_LIST = re.compile(r"(?:[\u4e00-\u9fff]{1,6}、){4,}[\u4e00-\u9fff]{1,6}")


def _unlisted(text: str) -> str:
    """`text` with its lists of names blanked (as many characters that name nothing)."""
    return NAME_LIST.sub(lambda m: "\u3000" * len(m.group(0)), text) if text.count("、") >= 4 else text


def _reported(sentence: str, actions: re.Pattern) -> bool:
    """A sentence that says what was done: an action, a figure or a named document."""
    return bool(EVIDENCE.search(sentence)) or actions.search(sentence) is not None


def _areas_in(clause: str, index: tuple[re.Pattern, dict[str, list[str]]]) -> dict[str, str]:
    """The areas a clause names, each with the first of its phrases found."""
    rx, owner = index
    out: dict[str, str] = {}
    for m in rx.finditer(clause):
        for name in owner[m.group(0)]:
            out.setdefault(name, m.group(0))
    return out


def _areas_by_clause(sentence: str, index: tuple[re.Pattern, dict[str, list[str]]],
                     found: list[tuple[int, int, str]] | None = None) -> list[dict[str, str]]:
    """_areas_in of each clause of a sentence that names an area, from one scan of the whole sentence
    (or its matches `found` beforehand: start, end, phrase): when no phrase holds a , or a :, its matches
    are those of its clauses one after another."""
    rx, owner = index
    out: list[dict[str, str]] = []
    clause_end = -1
    if found is None:
        found = [(m.start(), m.end(), m.group(0)) for m in rx.finditer(sentence)]
    for start, end, phrase in found:
        if start >= clause_end:  # the first phrase of another clause
            ends = [i for i in (sentence.find(",", end), sentence.find(":", end)) if i >= 0]
            clause_end = min(ends, default=len(sentence))
            out.append({})
        for name in owner[phrase]:
            out[-1].setdefault(name, phrase)
    return out


@functools.lru_cache(maxsize=16)
def _phrase_index(areas: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[re.Pattern, dict[str, list[str]]]:
    """One alternation of every area phrase (longest first, so overlapping phrases resolve to the
    longer), and the areas each phrase belongs to."""
    owner: dict[str, list[str]] = {}
    for name, phrases in areas:
        for p in phrases:
            owner.setdefault(p, []).append(name)
    alternation = "|".join(re.escape(p) for p in sorted(owner, key=len, reverse=True))
    return re.compile(by_first_character(alternation) or r"(?!)"), owner
