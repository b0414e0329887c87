"""Stage 5: check results → the Scorecard, the single source of truth every renderer reads.

score = 100 × Σ points ÷ Σ max_points, over the checks that were decided (pass, partial, fail).
not_applicable and needs_review checks are left out of both sums, and listed, so a missing
input is neither a silent pass nor a silent zero.

The card is a JSON-ready dict typed by the TypedDicts below. Besides what the checks found, it
holds every fact an output shows (totals, the grade band and its tone, the deductions ranked,
the links between parts and checks, on-time status, Chinese labels), worked out here once by
`derive`, so that renderers only read. `derive` also completes a card saved by an older version.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any, Literal, TypedDict, cast

from scorer import __version__
from scorer.checks import KINDS, Context, Result, fill
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


def run_checks(ctx: Context) -> tuple[list[CheckCard], dict]:
    """Each check's result, and the facts the checks established about the document."""
    out: list[CheckCard] = []
    facts: dict = {}
    common = ctx.common_fields()
    for check in ctx.rubric.checks:
        k = KINDS[check["kind"]]
        why_not = not_applicable_because(check, ctx)
        if why_not:
            res = Result("not_applicable", 0.0, why_not)
        elif ctx.extracted.unreliable:
            res = Result("needs_review", 0.0, ctx.extracted.unreliable)
        else:
            res = k.run(check, ctx)
            res.message = fill(res.message, common)
            facts.update(res.facts)
        out.append(check_dict(check, res, {**common, **k.fields_of(check)}))
    return out, facts


def not_applicable_because(check: dict, ctx: Context) -> str | None:
    """A check limited to some levels or report years does not apply outside them."""
    level = ctx.meta.level
    if check.get("applies_to") and level and level not in check["applies_to"]:
        return f"不适用于{LEVEL_ZH.get(level, level)}报告"
    years = check.get("report_years")
    year = ctx.meta.report_year
    if years and year is not None:
        if year < years.get("from", year) or year > years.get("to", year):
            return f"只适用于 {years.get('from', '')}—{years.get('to', '')} 年度的报告"
    return None


def check_dict(check: dict, res: Result, fields: dict | None = None) -> CheckCard:
    k = KINDS.get(check["kind"])
    read = []
    for opt in k.options if k else ():
        value = check.get(opt.name)
        if opt.section and value is not None:
            read += value if isinstance(value, list) else [value]
    return {
        "id": check["id"],
        "name": check.get("name", check["id"]),
        "category": check["category"],
        "kind": check["kind"],
        "status": cast(Status, res.status),  # the kinds say one of the five outcomes
        "points": res.points if res.status in DECIDED else 0.0,
        "max_points": float(check["points"]),
        "lost": round(float(check["points"]) - res.points, 2) if res.status in DECIDED else 0.0,
        "message": res.message,
        "fix": fill(check["fix"], fields or {}) if res.status in ("fail", "partial") and check.get("fix") else None,
        "basis": check.get("basis"),
        "evidence": [e for e in res.evidence if e.get("line")] + [e for e in res.evidence if not e.get("line")],
        "details": res.details,
        "sections": list(dict.fromkeys(read)),
    }


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


def build(ctx: Context, generated_at: str | None = None) -> Scorecard:
    meta = ctx.meta
    rubric = ctx.rubric
    document = meta.as_dict()
    document.pop("years", None)
    document["years"] = meta.years
    sections = {sid: part.as_dict() for sid, part in ctx.parts.items()}
    if not meta.is_report:
        checks = [
            check_dict(c, Result("not_applicable", 0.0, f"未评分：{meta.not_report_reason}"))
            for c in rubric.checks
        ]
        score, cats = 0.0, totals(checks, rubric.categories)[1]
        facts: dict = {}
        grade = "不适用（非年度报告）"
    else:
        checks, facts = run_checks(ctx)
        score, cats = totals(checks, rubric.categories)
        decided = any(c["status"] in DECIDED for c in checks)
        # With nothing decided (unreadable text), no grade is claimed: a person must look.
        grade = rubric.grade(score) if decided else "需人工审核"
    card: Scorecard = {
        "schema_version": SCHEMA_VERSION,
        "fzscore_version": __version__,
        "generated_at": generated_at or dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "rubric": rubric.summary(),
        "source": ctx.extracted.source_dict(),
        "document": document,
        "sections": sections,
        "score": score,
        "max_score": 100,
        "grade": grade,
        "categories": cats,
        "checks": checks,
        "facts": facts,
        "needs_review": bool(ctx.extracted.unreliable) or any(c["status"] == "needs_review" for c in checks),
        "structure": structure_summary(ctx),
        "text": ctx.extracted.lines,
    }
    return derive(card)


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


def structure_summary(ctx: Context) -> dict:
    st = ctx.structure
    return {
        "title_lines": st.title_lines,
        "chrome_lines": sorted({b.line for b in st.blocks if b.role in ("chrome", "meta", "title_repeat")}),
        "closing_lines": [b.line for b in st.closing],
        "headings": [
            {"line": b.line, "marker": h.marker, "rank": h.rank, "text": h.text}
            for b in st.headings()
            if (h := b.heading) is not None
        ],
        "numbering_issues": st.numbering_issues,
        "body_chars": st.body_chars(),
    }
