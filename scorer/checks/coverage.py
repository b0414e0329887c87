"""Kind `coverage`: do the measures cover the task areas of the reference plan (纲要)?

The plan is chosen by report year from the rubric's `plans`; each area has indicator phrases
and may apply only to some levels (a township is not asked about 规章).
"""
from __future__ import annotations

import bisect
import itertools

from . import Context, Result, ev_block, grade_points, kind, say, status_for


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


@kind("coverage")
def check_coverage(check: dict, ctx: Context) -> Result:
    plan = plan_for(ctx.rubric.data.get("plans", []), ctx.meta.report_year)
    if plan is None:
        return Result("not_applicable", 0.0, say(check, "not_applicable"))
    areas = [a for a in plan["areas"] if applies(a, ctx.meta.level)]
    blocks = []
    for sid in check.get("sections", ["measures"]):
        part = ctx.parts.get(sid)
        if part is not None and part.present:
            blocks += part.text_blocks()
    if not blocks:
        return Result("fail", 0.0, say(check, "no_section") or say(check, "fail", missing="全部", plan=plan["name"]))
    text = "\n".join(b.k for b in blocks)  # one text, searched once per phrase
    starts = list(itertools.accumulate((len(b.k) + 1 for b in blocks[:-1]), initial=0))
    covered, missing, evidence = [], [], []
    for area in areas:
        found = [(pos, p) for p in area["phrases"] if (pos := text.find(p)) >= 0]
        if found:
            pos, phrase = min(found)
            covered.append(area["name"])
            evidence.append(ev_block(blocks[bisect.bisect_right(starts, pos) - 1]) | {"note": f"{area['name']}：{phrase}"})
        else:
            missing.append(area["name"])
    share = len(covered) / len(areas) if areas else 1.0
    full, zero = check.get("full_at", 0.8), check.get("zero_at", 0.2)
    fraction = 1.0 if share >= full else max(0.0, (share - zero) / (full - zero))
    status = status_for(fraction)
    fields = {"plan": plan["name"], "covered": len(covered), "total": len(areas), "missing": "、".join(missing)}
    details = {"plan": plan["id"], "covered": covered, "missing": missing, "share": round(share, 2)}
    return Result(status, grade_points(check, fraction), say(check, status, **fields), evidence, details)
