"""A report's review as it stands, derived from its history and its current scorecard.

The reviewed score is the machine's formula (scorer/scoring/scorecard.py: 100 × Σ points ÷ Σ max_points
over decided checks) with the reviewed outcome and points put in place of the machine's. A review
made against a machine result that a rescoring has since changed is kept, marked 待重新复核; it
still counts unless it no longer fits the check (the check is gone or its reviewed points exceed
the check's new maximum).
"""
from __future__ import annotations

from scorer.round.review.store import Event
from scorer.text.labels import STATUS_ZH
from scorer.text.labels import points_text as _num

DECIDED = ("pass", "partial", "fail")
STATE_ZH = {"none": "未复核", "in_progress": "复核中", "done": "复核完成", "recheck": "待重新复核"}
OUTCOME_ZH = STATUS_ZH  # a check's outcome, as every output names it


def outcome_for(points: float, max_points: float) -> str:
    """The outcome that points imply: all → pass, none → fail, some → partial."""
    if points >= max_points:
        return "pass"
    return "fail" if points <= 0 else "partial"


def current(events: list[Event]) -> tuple[dict[str, Event], Event | None]:
    """The latest adjustment of each check, and the 复核完成 mark if it came after all of them."""
    latest: dict[str, Event] = {}
    done = None
    for e in events:  # in id order
        if e.kind == "adjust" and e.check_id:
            latest[e.check_id] = e
            done = None  # a later change reopens the review
        elif e.kind == "done":
            done = e
    return latest, done


def _same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return abs(float(a) - float(b)) < 0.005


def recheck_reason(e: Event, check: dict | None) -> str | None:
    """Why a review must be looked at again: the machine result it was made against has changed."""
    if check is None:
        return f"评分细则（{e.rubric_id} {e.rubric_version}）之后的版本中已没有这个检查项"
    was = f"{OUTCOME_ZH.get(e.machine_status or '', e.machine_status)} {_num(e.machine_points)}/{_num(e.max_points)}"
    now_ = f"{OUTCOME_ZH.get(check['status'], check['status'])} {_num(check['points'])}/{_num(check['max_points'])}"
    if check["status"] != e.machine_status or not _same(check["points"], e.machine_points) \
            or not _same(check["max_points"], e.max_points):
        return f"重新评分后机评结果已变：复核时为 {was}，现为 {now_}"
    return None


def grade_for(score: float, grades: list[dict]) -> str:
    for band in sorted(grades, key=lambda g: -g["min"]):
        if score >= band["min"]:
            return band["name"]
    return grades[-1]["name"] if grades else ""


def reviewed_checks(card: dict, latest: dict[str, Event]) -> list[dict]:
    """The card's checks with the reviewed outcome and points in place of the machine's."""
    out = []
    for c in card.get("checks") or []:
        e = latest.get(c["id"])
        if e is not None and e.reviewed_points is not None and e.reviewed_points <= c["max_points"] + 1e-9:
            c = dict(c, status=e.reviewed_status, points=float(e.reviewed_points) if e.reviewed_status in DECIDED else 0.0)
        out.append(c)
    return out


def score_of(checks: list[dict]) -> float | None:
    """The machine's own formula (scorer.scoring.scorecard.totals) on these checks; None when none is decided."""
    from scorer.scoring.card import totals

    if not any(c["status"] in DECIDED for c in checks):
        return None
    return totals(checks, [])[0]


def review_block(card: dict, events: list[Event], store_name: str = "review.sqlite") -> dict | None:
    """The scorecard's `review` block (None when the report has never been reviewed)."""
    if not events:
        return None
    latest, done = current(events)
    by_id = {c["id"]: c for c in card.get("checks") or []}
    adjustments = []
    for cid, e in sorted(latest.items(), key=lambda kv: kv[1].id):
        check = by_id.get(cid)
        why = recheck_reason(e, check)
        if why is None and e.reviewed_status == e.machine_status and _same(e.reviewed_points, e.machine_points):
            continue  # put back as the machine had it: no longer an adjustment

        fits = check is not None and (e.reviewed_points or 0) <= check["max_points"] + 1e-9
        adjustments.append({
            "check_id": cid,
            "check_name": (check or {}).get("name") or e.check_name or cid,
            "machine_status": e.machine_status,
            "machine_points": e.machine_points,
            "max_points": e.max_points,
            "status": e.reviewed_status,
            "points": e.reviewed_points,
            "delta": round((e.reviewed_points or 0) - (e.machine_points or 0), 2),
            "reason": e.reason,
            "by": e.reviewer,
            "at": e.at,
            "rubric_id": e.rubric_id,
            "rubric_version": e.rubric_version,
            "recheck": why is not None,
            "recheck_reason": why,
            "applied": fits,
            "current_status": (check or {}).get("status"),
            "current_points": (check or {}).get("points"),
        })
    checks = reviewed_checks(card, latest)
    machine_score = card.get("score")
    score = score_of(checks)
    grades = (card.get("rubric") or {}).get("grades") or []
    is_report = (card.get("document") or {}).get("is_report") is not False
    if any(a["recheck"] for a in adjustments):
        state = "recheck"
    elif done is not None:
        state = "done"
    else:
        state = "in_progress"
    return {
        "state": state,
        "state_zh": STATE_ZH[state],
        "machine_score": machine_score,
        "machine_grade": card.get("grade"),
        "score": score if is_report else None,
        "grade": grade_for(score, grades) if score is not None and is_report else None,
        "adjustments": adjustments,
        "rechecks": sum(a["recheck"] for a in adjustments),
        "done": {"by": done.reviewer, "at": done.at} if done is not None else None,
        "reviewers": sorted({e.reviewer for e in events}),
        "events": len(events),
        "last_at": events[-1].at,
        "store": store_name,
    }


def row_review(block: dict | None) -> dict | None:
    """What a batch summary row carries of a review: small, for the CSV, XLSX and index."""
    if block is None:
        return None
    return {
        "state": block["state"],
        "state_zh": block["state_zh"],
        "score": block["score"],
        "grade": block["grade"],
        "adjustments": [{k: a[k] for k in ("check_id", "check_name", "machine_status", "machine_points", "max_points",
                                           "status", "points", "reason", "by", "at", "recheck", "recheck_reason")}
                        for a in block["adjustments"]],
        "done": block["done"],
    }


