"""Kind `section`: is a required part of the report there, and in what form?

Credit depends on the form: a section of its own, a sub-heading, a paragraph, or only a
passing sentence (`credit`). `require: [causes]` asks more of the part (不足 *and* 原因). A part that is there but hollow — none
of its sentences says something concrete (`substance`: a deed of the principals, a figure, a
specific fact, as the rubric's patterns say) — earns only `substance.credit` of its form's credit.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from scorer.checks.base import SHARE, Context, Option, Result, ev, fill, grade_points, kind, mapping, others_paper, status_for
from scorer.document import causes, topics
from scorer.document.sentences import is_past, sentences
from scorer.text.lexicon import any_word, blanked
from scorer.text.safe_regex import any_of

FORMS = ("section", "subheading", "paragraph", "sentence")


@kind(
    "section",
    summary="规定的某一部分是否存在，以及是单列成部分、小标题、段落还是一句话带过",
    options=(
        Option("section", {"type": "string", "minLength": 1}, "要检查的部分（sections 中的 id）", section=True),
        Option("credit", mapping(FORMS, SHARE), "各种形式得分的比例：单列 section、小标题 subheading、段落 paragraph、一句话 sentence",
               {"section": 1.0, "subheading": 1.0, "paragraph": 1.0, "sentence": 0.5}),
        Option("require", {"type": "array", "items": {"enum": ["causes"]}},
               "部分还须具备的内容：causes（至少分析了一个具体成因；只写思想认识、重视程度等主观“原因”不算）", []),
        Option("require_credit", SHARE, "缺少 require 所列内容时，得分乘以这一比例", 0.5),
        Option("substance", {"type": "object", "required": ["patterns", "credit"], "additionalProperties": False,
                             "properties": {"patterns": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                                            "credit": SHARE, "moods": {"type": "array", "items": {"enum": ["done", "intended", "normative", "earlier", "habitual"]}},
                                            "principals_only": {"type": "boolean"}, "not_past": {"type": "boolean"},
                                            "topic_leads": {"type": "boolean"},
                                            "slogans": {"type": "array", "items": {"type": "string", "minLength": 1}},
                                            "paperwork_counts": {"type": "array", "items": {"type": "string", "minLength": 1}},
                                            "set_aside": {"type": "array", "items": {"type": "string", "minLength": 1}}}},
               "部分是否有实质内容：patterns（正则，至少一句符合才不算空洞，如具体行为、数据、事实）；moods（只看哪些语气的句子，"
               "done 已做、intended 打算、normative 重申职责、earlier 上一年度以前的事、habitual 只写惯常做法（定期、坚持…，没有本年度的次数或时间）；默认全部）；principals_only（不算分管领导、部门做的事）；not_past（不算写成已完成的句子，如照抄的成效）；"
               "topic_leads（条目的引领句只点题，如“一是健全行政执法监督制度。”之后还有正文时只看正文）；"
               "slogans（口号：其中的词语不算实质内容，如“重要任务亲自督办”中的“督办”）；"
               "paperwork_counts（正则：不是本单位做成之事的数据，如“转发文件24份”“收到来文86件”，不算实质内容）；"
               "set_aside（正则：不算这一部分内容的句子：安排中把事项交给他人去办或照旧延续、不作调整的，不足中说问题已经整改到位的；整句不算实质内容，也不算可衡量的内容）；"
               "credit（空洞时得分乘以这一比例）", None),
        Option("copied_from", {"type": "string"}, "判断是否空洞时，不算照抄自这一部分的句子（sections 中的 id，如成效部分）", None, section=True),
        Option("measurable", {"type": "object", "required": ["patterns", "about", "at_least", "credit"], "additionalProperties": False,
                              "properties": {"patterns": {"type": "array", "items": {"type": "string"}, "minItems": 1},
                                             "about": {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1},
                                             "at_least": {"type": "integer", "minimum": 1}, "credit": SHARE}},
               "部分不空洞、却少于 at_least 句写明可衡量的内容（patterns：正则，如目标、时限、数据、文件名；句中还须提到 about "
               "所列的一项工作，如培训、复议、规范性文件）时，得分乘以 credit：只写了做法、没有一项目标或时限的安排，评审者只给一部分分", None),
    ),
    messages={"pass": ("name", "heading", "line"), "fail": ("name",), "partial": ("name", "heading", "line"),
              "partial_subheading": ("name", "heading", "line"), "partial_paragraph": ("name", "heading", "line"),
              "partial_sentence": ("name", "heading", "line"), "missing_causes": ("name", "heading", "line"),
              "moralising_causes": ("name", "heading", "line", "said"),
              "boasting_causes": ("name", "heading", "line", "said"), "deflecting_causes": ("name", "heading", "line", "said"), "hollow": ("name", "heading", "line"),
              "set_aside": ("name", "heading", "line", "said"), "vague": ("name", "heading", "line", "count")},
)
def check_section(check: dict, ctx: Context) -> Result:
    part = ctx.parts[check["section"]]
    if not part.present:
        return Result("fail", 0.0, _message(check, "fail", {"name": part.name}))
    credit = check["credit"]
    form = part.embedding if part.form == "embedded" and part.embedding else "section"
    fraction = credit.get(form, 1.0)
    evidence = [ev(part.line, ctx.line_text(part.line) if part.line else part.heading or "", role="heading")]
    fields = {"name": part.name, "heading": part.heading or "", "line": part.line}
    details: dict[str, Any] = {"form": part.form, "embedding": part.embedding}
    missing, key = [], None
    if "causes" in check["require"]:
        vocab = causes.vocabulary_of(ctx.rubric, part.id)
        stated = causes.part_causes(part.text_blocks(), vocab)
        specific = [(b, c) for b, c in stated if c.quality == "specific"]
        details["causes"] = {q: sum(1 for _, c in stated if c.quality == q) for q in ("specific", "moralising", "boasting", "deflecting", "empty")}
        if not specific:
            missing.append("causes")
            moral = [(b, c) for b, c in stated if c.quality != "specific"]
            if moral:
                boasts = [(b, c) for b, c in moral if c.quality == "boasting"]
                deflects = [(b, c) for b, c in moral if c.quality == "deflecting"]
                if boasts and len(boasts) * 2 >= len(moral):
                    key, words = "boasting_causes", [w for _, c in boasts for w in vocab.boasting if w in c.text]
                    note = "原因写的是成绩或高要求，不是要改进的成因"
                elif deflects and len(deflects) * 2 >= len(moral):
                    key, words = "deflecting_causes", [w for _, c in deflects for w in vocab.deflecting if w in c.text]
                    note = "原因归于客观条件或他人，没有查找自身原因"
                else:
                    key, words = "moralising_causes", [w for _, c in moral for w in vocab.moralising if w in c.text]
                    note = "原因只停留在主观层面，没有具体成因"
                fields["said"] = "、".join(dict.fromkeys(words[:4])) or "；".join(dict.fromkeys(c.text[:20] for _, c in moral[:2]))
                evidence += [ev(b.line, b.raw.strip(), note=note) for b, _ in moral[:3]]
        else:
            evidence += [ev(b.line, b.raw.strip(), note=f"具体成因：{c.text[:40]}") for b, c in specific[:3]]
    spec = check.get("substance")
    source = ctx.part(check["copied_from"]) if check.get("copied_from") else None
    copied = copied_text(source)
    set_aside = any_of(tuple(spec.get("set_aside", ()))) if spec else None
    if spec and _hollow(spec, part, ctx.meta.report_year, copied, ctx.meta.standing, set_aside):
        fraction *= check["substance"]["credit"]
        details["hollow"] = True
        said_key = "hollow"
        handed = _set_aside(set_aside, part, ctx.meta.report_year) if set_aside else []
        if handed and "set_aside" in check.get("messages", {}):
            # every concrete item was set aside (handed to others, carried on unchanged): say so, on its lines
            said_key = "set_aside"
            fields["said"] = "；".join(dict.fromkeys(m for _, _, m in handed[:3]))
            shown = {line: text for line, text, _ in handed}
            evidence += [ev(line, text, note="不算这一部分的内容：交给他人去办、照旧延续或已经解决") for line, text in list(shown.items())[:3]]
        else:
            evidence.append(ev(part.line, part.heading or "", note="这一部分只有套话、重申的职责或口号，没有具体内容"))
        if not missing:
            status = "partial" if fraction > 0 else "fail"
            return Result(status, grade_points(check, fraction), _message(check, said_key, fields, status), evidence, details)
    vague = check.get("measurable")
    said = "".join(b.k for b in source.text_blocks()) if vague and source is not None else ""
    if vague and (count := _measurable(vague, part, ctx.meta.report_year, copied, said, ctx.meta.standing, set_aside)) < vague["at_least"]:
        # things to do, none with a target, a date or a figure ("一是提升干部执法水平。主要通过以考促学…")
        fraction *= vague["credit"]
        details["measurable"] = count
        if not missing:
            return Result("partial", grade_points(check, fraction), _message(check, "vague", fields | {"count": count}, "partial"),
                          evidence, details)
    if missing:
        fraction *= check["require_credit"]
        status = "partial" if fraction > 0 else "fail"
        message = _message(check, key or f"missing_{missing[0]}", fields, f"missing_{missing[0]}")
        return Result(status, grade_points(check, fraction), message, evidence, details | {"missing": missing})
    status = status_for(fraction)
    key = "pass" if status == "pass" else f"partial_{form}"
    return Result(status, grade_points(check, fraction), _message(check, key, fields, status), evidence, details)


def _message(check: dict, key: str, fields: dict, fallback: str | None = None) -> str:
    messages = check["messages"]
    text = messages.get(key) or messages.get(fallback or key) or messages.get("partial") or messages.get("fail", "")
    return fill(text, fields)


DIGITS = re.compile(r"\d+")


def copied_text(part) -> str:
    """A part's text with numbers blanked, to tell a sentence copied from it (years moved or not)."""
    return "" if part is None else _blanked("".join(b.k for b in part.text_blocks()))


@lru_cache(maxsize=4)
def _blanked(text: str) -> str:
    """Numbers blanked (several checks ask it of the same part)."""
    return DIGITS.sub("#", text)


def is_copied(sentence: str, source: str) -> bool:
    core = DIGITS.sub("#", sentence.strip("。;!?"))
    return len(core) >= 12 and core in source


def _led(spec: dict, block) -> bool:
    """An item whose lead clause only names its topic ("一是健全行政执法监督制度。") and whose text goes on:
    what it says about the topic is what follows (a lead and slogans is a hollow item)."""
    return bool(spec.get("topic_leads")) and len(block.body_key().strip("。;,:!? ")) >= 8


def _measurable(spec: dict, part, year: int | None, copied: str = "", said: str = "", level: str | None = None,
                set_aside: re.Pattern | None = None) -> int:
    """How many sentences of the part (not copied from elsewhere, not told as done, on rule-of-law work) state
    something measurable (a target, a date, a figure, a named document) about a piece of the work (`about`): a
    schedule of quarters with nothing in it, or this year's figures restated ("继续…办理案件12件", figures the
    copied part states), measure nothing."""
    rx = any_of(tuple(spec["patterns"]))
    about = any_word(tuple(spec["about"]))
    stated = set(FIGURE.findall(said))
    count = 0
    for b in part.text_blocks():
        for s in sentences(b.k, year, "unstated", level):
            if is_past(s.text) or (copied and is_copied(s.text, copied)) or topics.is_off_topic(s.text):
                continue
            if set_aside is not None and set_aside.search(s.text):
                continue  # set aside: no target of the unit's own
            measured = [m.group(0) for m in rx.finditer(s.text) if m.group(0) not in stated
                        and not dated_by_then(s.text, m.start(), year)]
            if measured and about.search(s.text):
                count += 1
    return count


YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})年?$")


def dated_by_then(text: str, at: int, year: int | None) -> bool:
    """Whether the date or deadline at `at` (年内, 年底, 6月) belongs to a year named right before it that is no
    later than `year` ("2025年内" in the plan of a report on 2025: a time already past, no time limit)."""
    m = YEAR_BEFORE.search(text, max(0, at - 5), at)
    return m is not None and year is not None and int(m.group(1)) <= year


# the counts among next_year's measurable patterns; tried once per run of digits (the look-behind after its
# first digit), not from every digit in it: quadratic on a line of 60,000 digits (65 s)
FIGURE = re.compile(r"\d(?<![\d.]\d)\d*(?:\.\d+)?(?:%|件|次|场|人|名|项|个|家|期)")


def _set_aside(set_aside: re.Pattern, part, year: int | None) -> list[tuple[int, str, str]]:
    """The part's sentences set aside (a plan item handed to others or carried on unchanged, a problem said fixed):
    (line, its text, the words that say so)."""
    out = []
    for b in part.text_blocks():
        for s in sentences(b.k, year, "unstated"):
            if m := set_aside.search(s.text):
                out.append((b.line, b.raw.strip(), m.group(0)))
    return out


def _hollow(spec: dict, part, year: int | None, copied: str = "", level: str | None = None,
            set_aside: re.Pattern | None = None) -> bool:
    """No sentence of the part (of the moods asked, by the principals if asked, on rule-of-law work: a
    party-building or investment figure fills no part; not set aside) matches a pattern."""
    rx = any_of(tuple(spec["patterns"]))
    slogans = any_word(tuple(spec.get("slogans", ())))
    paperwork = any_of(tuple(spec.get("paperwork_counts", ())))
    moods = set(spec.get("moods") or ("done", "intended", "normative", "earlier", "habitual"))
    actor = "unstated"
    for b in part.text_blocks():
        text = b.body_key() if b.heading is not None and (b.heading.marker != "item" or _led(spec, b)) else b.k
        for s in sentences(text, year, actor, level):
            actor = s.subject() or actor
            if not rx.search(s.text):
                continue  # matches no pattern (most sentences): nothing else to ask of it
            # slogans and "转发法治文件24份" (how much paper went round) are no content
            said = blanked(blanked(s.text, slogans), paperwork)
            if (spec.get("not_past") and is_past(s.text)) or (copied and is_copied(s.text, copied)):
                continue
            if topics.is_off_topic(s.text) or (set_aside is not None and set_aside.search(s.text)):
                continue
            for m in rx.finditer(said):
                if said[m.start()] in "《〈" and others_paper(said, m.start(), m.group(0)):
                    continue  # the centre's framework named is no content of the part
                if s.mood_at(m.start()) in moods and not (
                        spec.get("principals_only") and s.actor_at(m.start()) == "someone_else") and not (
                        topics.is_off_topic_at(s.text, m.start())):
                    return False
    return True
