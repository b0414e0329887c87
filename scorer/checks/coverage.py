"""Kind `coverage`: do the measures cover the task areas of the reference plan (纲要)?

The plan is chosen by report year from the rubric's `plans`; each area has indicator phrases
and may apply only to some levels (a township is not asked about 规章).
"""
from __future__ import annotations

import bisect
import itertools

from . import SECTIONS, Context, Option, Result, ev_block, grade_points, kind, number, say, scaled, status_for


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
    fraction = scaled(share, check["zero_at"], check["full_at"])
    status = status_for(fraction)
    fields = {"plan": plan["name"], "covered": len(covered), "total": len(areas), "missing": "、".join(missing)}
    details = {"plan": plan["id"], "covered": covered, "missing": missing, "share": round(share, 2)}
    return Result(status, grade_points(check, fraction), say(check, status, **fields), evidence, details)
