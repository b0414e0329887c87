"""The Scorecard: the single source of truth every renderer reads, and what is derived from it.

score = 100 × Σ points ÷ Σ max_points, over the checks that were decided (pass, partial, fail).
not_applicable and needs_review checks are left out of both sums, and listed, so a missing
input is neither a silent pass nor a silent zero.

The card is a JSON-ready dict typed by the TypedDicts below. Besides what the checks found, it
holds every fact an output shows (totals, the grade band and its tone, the deductions ranked,
the links between parts and checks, on-time status, Chinese labels), worked out once by `derive`,
so that renderers only read. `derive` also completes a card saved by an older version. This module
reads only the card: renderers and the round import it without the checks behind it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict

from scorer.text.labels import LEVEL_ZH, STATUS_ZH

SCHEMA_VERSION = 1
DECIDED = ("pass", "partial", "fail")

Status = Literal["pass", "partial", "fail", "not_applicable", "needs_review"]
Tone = Literal["good", "mid", "bad", "na"]


class CheckCard(TypedDict, total=False):
    id: str
    name: str
    category: str
    kind: str
    status: Status
    status_label: str
    points: float
    max_points: float
    lost: float
    message: str
    fix: str | None
    basis: str | None
    evidence: list[dict[str, Any]]
    details: dict[str, Any]
    sections: list[str]  # the parts (section ids) this check reads


class Totals(TypedDict):
    earned: float  # Σ points of the decided checks
    possible: float  # Σ max_points of the decided checks: the base the score is scaled from
    nominal: float  # Σ max_points of all checks (the rubric's total)
    excluded: float  # nominal − possible: not_applicable and needs_review checks


class Band(TypedDict):
    name: str
    min: float
    max: float  # the band's upper bound (100 for the top band)
    tone: Tone  # colour family: good | mid | bad


class Scorecard(TypedDict, total=False):
    schema_version: int
    fzscore_version: str
    generated_at: str
    rubric: dict[str, Any]
    source: dict[str, Any]
    document: dict[str, Any]
    sections: dict[str, dict[str, Any]]
    scored: bool  # False for a non-report or when no check could be decided: keep it out of averages
    score: float
    max_score: int
    grade: str
    band: Band | None
    totals: Totals
    categories: list[dict[str, Any]]
    checks: list[CheckCard]
    fix_first: list[str]  # ids of the checks that lost points, the largest loss first
    facts: dict[str, Any]
    off_topic: list[dict[str, Any]]  # text a reviewer would strike: economic results, courts' work (line, text, kind)
    needs_review: bool
    structure: dict[str, Any]
    text: list[str]


def totals(checks: Sequence[Mapping[str, Any]], categories: list[dict]) -> tuple[float, list[dict]]:
    cats = []
    for c in categories:
        mine = [x for x in checks if x["category"] == c["id"]]
        decided = [x for x in mine if x["status"] in DECIDED]
        cats.append(
            {
                "id": c["id"],
                "name": c["name"],
                "points": round(sum(x["points"] for x in decided), 2),
                "max_points": round(sum(x["max_points"] for x in decided), 2),
                "nominal_points": round(sum(x["max_points"] for x in mine), 2),
                "excluded_points": round(sum(x["max_points"] for x in mine if x["status"] not in DECIDED), 2),
            }
        )
    earned = sum(x["points"] for x in checks if x["status"] in DECIDED)
    possible = sum(x["max_points"] for x in checks if x["status"] in DECIDED)
    score = round(100 * earned / possible, 1) if possible else 0.0
    return score, cats


def derive(card: Scorecard) -> Scorecard:
    """Work out what every output shows from the checks and the rubric, in place; a card saved by
    an older version (without these fields) is completed the same way."""
    checks = card.get("checks") or []
    doc = card.setdefault("document", {})
    for c in checks:
        c.setdefault("status_label", STATUS_ZH.get(c.get("status", ""), str(c.get("status"))))
        c.setdefault("sections", [])
    decided = [c for c in checks if c.get("status") in DECIDED]
    earned = round(sum(float(c.get("points") or 0) for c in decided), 2)
    possible = round(sum(float(c.get("max_points") or 0) for c in decided), 2)
    nominal = round(sum(float(c.get("max_points") or 0) for c in checks), 2)
    card["totals"] = {"earned": earned, "possible": possible, "nominal": nominal, "excluded": round(nominal - possible, 2)}
    is_report = doc.get("is_report") is not False
    card["scored"] = bool(is_report and decided and possible > 0)
    grades = (card.get("rubric") or {}).get("grades") or []
    bands = grade_bands(grades)
    if card.get("rubric") is not None:
        card["rubric"]["grades"] = bands
    card["band"] = next((b for b in bands if b["name"] == card.get("grade")), None) if card["scored"] else None
    lost = sorted((c for c in checks if c.get("status") in ("fail", "partial")), key=lambda c: -float(c.get("lost") or 0))
    card["fix_first"] = [c["id"] for c in lost]
    for sid, sec in (card.get("sections") or {}).items():
        sec["checks"] = [c["id"] for c in checks if sid in c.get("sections", ())]
        scoring = next((c for c in checks if c.get("kind") == "section" and c.get("sections") == [sid]), None)
        sec["check"] = scoring["id"] if scoring else None
    level = doc.get("level")
    doc["level_label"] = LEVEL_ZH.get(level) if level else None
    facts = card.setdefault("facts", {})
    doc["on_time"] = facts.get("on_time")
    card["off_topic"] = list(facts.get("off_topic") or [])
    return card


def grade_bands(grades: list[dict]) -> list[Band]:
    """The rubric's grades, best first, with their upper bounds and tones: the lowest band is bad,
    the one above it mid, all higher ones good (a band may name its own `tone`)."""
    ordered = sorted((g for g in grades if isinstance(g.get("min"), (int, float))), key=lambda g: -g["min"])
    out: list[Band] = []
    upper = 100.0
    n = len(ordered)
    for i, g in enumerate(ordered):
        default: Tone = "bad" if i == n - 1 else "mid" if i == n - 2 else "good"
        tone: Tone = g["tone"] if g.get("tone") in ("good", "mid", "bad") else default
        out.append({"name": str(g.get("name", "")), "min": float(g["min"]), "max": upper, "tone": tone})
        upper = float(g["min"])
    return out
