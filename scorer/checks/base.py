"""The frame of a check kind: options, registration, the context a kind reads and the result it gives."""
from __future__ import annotations

import copy
import re
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple, Protocol

from scorer.document.metadata import Metadata
from scorer.document.parts import Part
from scorer.document.structure import Block, Structure
from scorer.reading import Extracted
from scorer.text.textnorm import clip


class Rubric(Protocol):
    """What a check reads of its rubric (scorer.rubric.Rubric; the rubric layer sits above the kinds)."""
    @property
    def data(self) -> dict: ...

    @property
    def vocabulary(self) -> tuple[str, ...]: ...

REQUIRED: Any = object()  # sentinel: the option has no default

# Keys every check has, whatever its kind (the frame, not the kind's options).
FRAME_KEYS = ("id", "name", "kind", "category", "points", "basis", "fix", "messages", "examples", "applies_to",
              "report_years", "remove")
# Placeholders every message and fix may use: filled from the document, not from the kind.
COMMON_FIELDS = {"year": "〔报告年度〕", "year_after": "〔报告年度+1〕"}
# How `fzscore explain` names the outcome messages a kind may say.
MESSAGE_KEY_ZH = {
    "pass": "通过", "partial": "部分得分", "fail": "未通过", "not_applicable": "不适用", "no_section": "找不到所针对的部分",
    "no_plan": "没有下一年度安排", "no_year": "无法确定报告年度", "missing_causes": "列了不足但没有分析原因",
    "partial_subheading": "只是其他部分中的小标题", "partial_paragraph": "只是其他部分中的段落",
    "partial_sentence": "只有一句话带过",
}


class Option(NamedTuple):  # NamedTuples, not frozen dataclasses: a quarter of the start-up cost
    """An option a check kind declares: its name, JSON schema, help text and default."""
    name: str
    schema: dict
    help: str  # Chinese: shown to rubric authors by `fzscore explain` and docs/rubrics.md
    default: Any = REQUIRED
    section: bool = False  # names a section (or a list of them) of the rubric's `sections`
    regex: bool = False  # regular expressions (or entries with `patterns`): checked for linear time

    @property
    def required(self) -> bool:
        return self.default is REQUIRED


class Kind(NamedTuple):
    """A check kind: the function that runs it, its options and the messages it may say."""
    name: str
    run: Callable[[dict, Context], Result]
    summary: str  # Chinese, one line: what the kind looks at
    options: tuple[Option, ...]
    # outcome message keys this kind may say → the {placeholders} it fills in them
    messages: dict[str, tuple[str, ...]]
    # placeholders computed from the check's options alone (usable in messages, fix and explain)
    static_fields: Callable[[dict], dict] | None = None

    def option(self, name: str) -> Option | None:
        return next((o for o in self.options if o.name == name), None)

    def with_defaults(self, check: dict) -> dict:
        """The check with every option's default filled in (mapping defaults merge key by key)."""
        out = dict(check)
        for opt in self.options:
            if opt.required:
                continue
            if opt.name not in out:
                out[opt.name] = copy.deepcopy(opt.default)
            elif isinstance(opt.default, dict) and isinstance(out[opt.name], dict):
                out[opt.name] = {**opt.default, **out[opt.name]}
        return out

    def fields_of(self, check: dict) -> dict:
        return self.static_fields(check) if self.static_fields else {}


KINDS: dict[str, Kind] = {}


def kind(name: str, *, summary: str, options: tuple[Option, ...] = (), messages: dict[str, tuple[str, ...]],
         static_fields: Callable[[dict], dict] | None = None):
    def register(fn):
        KINDS[name] = Kind(name, fn, summary, tuple(options), dict(messages), static_fields)
        return fn

    return register


# ---------------------------------------------------------------- option types (JSON Schema fragments)

STRINGS = {"type": "array", "items": {"type": "string", "minLength": 1}}
SECTION = {"type": "string", "minLength": 1}
SECTIONS = {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}
SHARE = {"type": "number", "minimum": 0, "maximum": 1}


def number(minimum: float | None = None, maximum: float | None = None, above: float | None = None,
           integer: bool = False) -> dict:
    out: dict = {"type": "integer" if integer else "number"}
    if minimum is not None:
        out["minimum"] = minimum
    if maximum is not None:
        out["maximum"] = maximum
    if above is not None:
        out["exclusiveMinimum"] = above
    return out


def weights(*keys: str) -> dict:
    """A mapping of exactly these keys to non-negative weights."""
    return {"type": "object", "required": list(keys), "additionalProperties": False,
            "properties": {k: {"type": "number", "minimum": 0} for k in keys}}


def named_words(key: str) -> dict:
    """A named list of words or patterns: {name: …, <key>: [...]} (an act and its phrases, an indicator
    and its patterns, an off-topic group and its terms)."""
    return {"type": "object", "required": ["name", key], "additionalProperties": False,
            "properties": {"name": {"type": "string", "minLength": 1}, key: STRINGS}}


def mapping(keys: tuple[str, ...], value: dict, required: bool = False) -> dict:
    out = {"type": "object", "additionalProperties": False, "properties": {k: value for k in keys}}
    if required:
        out["required"] = list(keys)
    return out


def options_schema(k: Kind) -> dict:
    """The JSON Schema of a check of kind `k`: its options (the frame is in rubric.schema.json)."""
    return {
        "properties": {o.name: dict(o.schema, description=o.help) for o in k.options},
        "required": [o.name for o in k.options if o.required],
    }


def options_markdown() -> str:
    """The table of kinds and their options in docs/rubrics.md (a test keeps the page equal to it)."""
    import json

    rows = ["| kind | 查什么 | 选项（默认值；无默认值的必填） |", "|---|---|---|"]
    for name, k in sorted(KINDS.items()):
        opts = []
        for o in k.options:
            default = "必填" if o.required else "默认 " + json.dumps(o.default, ensure_ascii=False)
            opts.append(f"`{o.name}`（{default}）：{o.help}")
        rows.append(f"| `{name}` | {k.summary} | {'<br>'.join(opts) or '—'} |")
    return "\n".join(rows) + "\n"


def placeholders(text: str) -> list[str]:
    """The {names} a message or fix text uses ('{{' is a literal brace)."""
    try:
        return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        return []


# ---------------------------------------------------------------- what a kind reads and returns


# the centre's framework every report answers to (纲要, the 督察 and 第一责任人 规定): never a paper of the unit's work
CENTRAL_FRAMEWORK = re.compile(r"法治政府建设实施纲要|法治社会建设实施纲要|法治中国建设规划|督察工作规定|第一责任人职责规定")
# a paper a body above issued ("中共中央办公厅、国务院办公厅印发的《…》", "省政府出台的《…》"), named just before it
ISSUED_ABOVE = re.compile(r"(?:中共中央|中央|国务院|中办|国办|全国人大|省委|省政府|省人民政府|自治区党委|自治区人民政府)"
                          r"[^,;。《]{0,16}?(?:印发|制定|出台|发布|颁布|修订)的$")


# a paper the unit received ("收到区印发的《…》", "收到上级《…》", "区转来的《…》"): another body's
RECEIVED = re.compile(r"(?:收到|收悉|接到|接收)[^,;。《]{0,16}$|(?:上级|区|县|市|省|州|盟|旗)[^,;。《]{0,8}?(?:转来|下发|转发)的$")


def others_paper(text: str, at: int, name: str) -> bool:
    """Whether the document named at `at` (《…》) is the centre's framework, a paper a body above the unit issued,
    or one the unit received."""
    return bool(CENTRAL_FRAMEWORK.search(name)) or ISSUED_ABOVE.search(text, max(0, at - 30), at) is not None \
        or RECEIVED.search(text, max(0, at - 30), at) is not None


OPENING_SENTENCE = re.compile(r"[^。;!?]+[。;!?]?")
LEADING_ENUMERATOR = re.compile(r"^(?:\(?[一二三四五六七八九十\d]{1,3}[)、.]|[一二三四五六七八九十]是)")


def _bare_sentence(sentence: str) -> str:
    return LEADING_ENUMERATOR.sub("", sentence.strip())


@dataclass
class Context:
    """What a check reads: the extracted text, the structure, the metadata, the parts and the rubric."""
    extracted: Extracted
    structure: Structure
    meta: Metadata
    parts: dict[str, Part]
    rubric: Rubric
    _opening: frozenset[str] | None = field(default=None, repr=False, compare=False)

    def line_text(self, line: int) -> str:
        return self.extracted.lines[line - 1] if 0 < line <= len(self.extracted.lines) else ""

    def part(self, section_id: str) -> Part | None:
        """The part a check's option names, when the document has it."""
        part = self.parts.get(section_id)
        return part if part is not None and part.present else None

    def in_opening(self, sentence: str) -> bool:
        """Whether a sentence repeats one of the report's opening (before its first part), its enumerator aside:
        one copied into a part is said twice, and counts once, where it was first said."""
        if self._opening is None:
            self._opening = frozenset(_bare_sentence(s) for b in self.structure.preamble if b.role == "body"
                                      for s in OPENING_SENTENCE.findall(b.k) if len(s.strip()) >= 10)
        return bool(self._opening) and _bare_sentence(sentence) in self._opening

    def common_fields(self) -> dict:
        year = self.meta.report_year
        return {"year": year if year is not None else "报告年度",
                "year_after": year + 1 if year is not None else "下一"}


@dataclass
class Result:
    """A check's outcome: status, points, message and the evidence for them."""
    status: str  # pass | partial | fail | not_applicable | needs_review
    points: float
    message: str
    evidence: list[dict] = field(default_factory=list)
    details: dict = field(default_factory=dict)
    # facts a check establishes about the document, lifted into the scorecard (e.g. on_time)
    facts: dict = field(default_factory=dict)


def say(check: dict, status: str, **fields) -> str:
    """The rubric's message for this outcome, with {placeholders} filled in."""
    messages = check.get("messages", {})
    text = messages.get(status) or messages.get("fail" if status == "partial" else status) or ""
    return fill(text, {**KINDS[check["kind"]].fields_of(check), **fields})


# A clause of a message in [[…]] is left out when every placeholder in it is empty or zero, so that a
# message never states "0 处…" or "写了 无".
OPTIONAL_CLAUSE = re.compile(r"\[\[(.*?)\]\]", re.S)
EMPTY_VALUES = (None, "", "无", "—", 0, "0")


@lru_cache(maxsize=512)
def _placeholders_in(clause: str) -> tuple[str, ...] | None:
    """The {placeholders} of an optional clause (parsed once per message text); None when it does not parse."""
    try:
        return tuple(name for _, name, _, _ in string.Formatter().parse(clause) if name)
    except ValueError:
        return None


def fill(text: str, fields: dict) -> str:
    def clause(m: re.Match) -> str:
        names = _placeholders_in(m.group(1))
        if names is None:
            return m.group(1)
        empty = names and all(fields.get(n) in EMPTY_VALUES or fields.get(n) == [] for n in names)
        return "" if empty else m.group(1)

    if "[[" in text:
        text = OPTIONAL_CLAUSE.sub(clause, text)
    if "{" not in text and "}" not in text:
        return text  # nothing to fill (most fixes and filled messages)
    try:
        return text.format_map(_Blank(fields))
    except (ValueError, IndexError, AttributeError, KeyError):
        return text


class _Blank(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def ev(line: int | None, text: str, **extra) -> dict:
    out = {"line": line, "text": clip(text, 200)}
    out.update(extra)
    return out


def ev_block(b: Block, text: str | None = None) -> dict:
    return ev(b.line, text if text is not None else b.raw.strip())


def grade_points(check: dict, fraction: float) -> float:
    return round(check["points"] * max(0.0, min(1.0, fraction)), 2)


def status_for(fraction: float) -> str:
    if fraction >= 0.999:
        return "pass"
    return "fail" if fraction <= 0.001 else "partial"


def scaled(value: float, zero_at: float, full_at: float) -> float:
    """0 at or below zero_at, 1 at or above full_at, linear between."""
    if value >= full_at:
        return 1.0
    return max(0.0, (value - zero_at) / (full_at - zero_at))

