"""Check kinds: the code behind a rubric check. One small module per kind.

A kind is a function `(check: dict, ctx: Context) -> Result`. The check dict is the rubric's
YAML for that check (points, phrases, thresholds, messages); the Context is everything the
pipeline found in the document.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from ..metadata import Metadata
from ..parts import Part
from ..reading import Extracted
from ..structure import Block, Structure
from ..textnorm import clip

KINDS: dict[str, Callable] = {}


def kind(name: str):
    def register(fn):
        KINDS[name] = fn
        return fn

    return register


@dataclass
class Context:
    extracted: Extracted
    structure: Structure
    meta: Metadata
    parts: dict[str, Part]
    rubric: object

    def line_text(self, line: int) -> str:
        return self.extracted.lines[line - 1] if 0 < line <= len(self.extracted.lines) else ""


@dataclass
class Result:
    status: str  # pass | partial | fail | not_applicable | needs_review
    points: float
    message: str
    evidence: list[dict] = field(default_factory=list)
    details: dict = field(default_factory=dict)


def say(check: dict, status: str, **fields) -> str:
    """The rubric's message for this outcome, with {placeholders} filled in."""
    messages = check.get("messages", {})
    text = messages.get(status) or messages.get("fail" if status == "partial" else status) or ""
    try:
        return text.format_map(_Blank(fields))
    except (ValueError, IndexError):
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


# Register the kinds (import for side effects).
from . import coverage, critique, dates, figures, numbering, patterns, plan, section, signature, title, years  # noqa: E402,F401
