"""Check results → the Scorecard (its shape and what is derived from it: scorer.scoring.card)."""
from __future__ import annotations

import datetime as dt
from typing import cast

from scorer import __version__
from scorer.checks import KINDS, Context, Result, fill
from scorer.rubric import Rubric
from scorer.scoring.card import DECIDED, SCHEMA_VERSION, CheckCard, Scorecard, Status, derive, totals
from scorer.text.labels import LEVEL_ZH


def _rubric(ctx: Context) -> Rubric:
    """The whole rubric behind a context (the checks see only what they read of it)."""
    return cast("Rubric", ctx.rubric)


def run_checks(ctx: Context) -> tuple[list[CheckCard], dict]:
    """Each check's result, and the facts the checks established about the document."""
    out: list[CheckCard] = []
    facts: dict = {}
    common = ctx.common_fields()
    for check in _rubric(ctx).checks:
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


def build(ctx: Context, generated_at: str | None = None) -> Scorecard:
    meta = ctx.meta
    rubric = _rubric(ctx)
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
        "needs_review": bool(ctx.extracted.unreliable) or bool(meta.review_notes)
        or any(c["status"] == "needs_review" for c in checks),
        "structure": structure_summary(ctx),
        "text": ctx.extracted.lines,
    }
    return derive(card)


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


class RoundFacts:
    """What a round-level check reads: the facts the round folded into the card (facts.round)."""

    def __init__(self, facts: dict):
        self.round_facts = facts


def round_kinds() -> set[str]:
    return {"round_finding"}


def apply_round_facts(card: Scorecard, rubric: Rubric, facts: dict) -> Scorecard:
    """The card with the round's facts (copying, last year's report) in `facts.round` and its
    round-level checks judged on them; score and grade follow (a weight of 0 moves neither)."""
    card["facts"] = dict(card.get("facts") or {}, round=facts)
    if not (card.get("document") or {}).get("is_report", True):
        return card
    by_id = {c["id"]: c for c in rubric.checks}
    common = {"year": (card.get("document") or {}).get("report_year") or "报告年度"}
    checks = list(card.get("checks") or [])
    for i, c in enumerate(checks):
        check = by_id.get(c["id"])
        if check is None or check["kind"] not in round_kinds() or c["status"] == "needs_review":
            continue
        k = KINDS[check["kind"]]
        res = k.run(check, cast(Context, RoundFacts(facts)))
        res.message = fill(res.message, common)
        checks[i] = check_dict(check, res, {**common, **k.fields_of(check)})
    card["checks"] = checks
    score, cats = totals(checks, rubric.categories)
    card["score"], card["categories"] = score, cats
    if any(c["status"] in DECIDED for c in checks):
        card["grade"] = rubric.grade(score)
    return derive(card)
