"""Kind `year_consistency`: the years of title, body, plan and publication agree.

The plan must be for report_year + 1, and a report is published in report_year + 1.
"""
from __future__ import annotations

from scorer.checks.base import SECTION, Context, Option, Result, ev, grade_points, kind, number, say
from scorer.document.metadata import first_year


@kind(
    "year_consistency",
    summary="标题、正文开头、各部分标题、下一年度安排和发布时间的年份是否一致",
    options=(
        Option("plan_section", SECTION, "下一年度安排所在的部分（sections 中的 id）：其年份应为报告年度的下一年", section=True),
        Option("per_issue", number(minimum=0), "每处年份不一致扣的分数", 1.0),
    ),
    messages={"pass": ("year",), "fail": ("problems", "year"), "not_applicable": ()},
)
def check_years(check: dict, ctx: Context) -> Result:
    meta = ctx.meta
    year = meta.report_year
    if year is None:
        return Result("not_applicable", 0.0, say(check, "not_applicable"))
    issues = []
    if "title" in meta.years and "opening" in meta.years and meta.years["title"] != meta.years["opening"]:
        issues.append(ev(meta.title_line, meta.title or "",
                         note=f"标题年份 {meta.years['title']} 与正文开头年份 {meta.years['opening']} 不一致"))
    plan = ctx.part(check["plan_section"])
    if plan is not None and plan.extra.get("year") and plan.extra["year"] != year + 1:
        issues.append(ev(plan.line, plan.heading or "",
                         note=f"下一年度安排写的是 {plan.extra['year']} 年，应为 {year + 1} 年"))
    plan_sections = plan.sections if plan is not None else []
    for part in ctx.parts.values():
        if part is plan or not part.present or part.form != "section":
            continue
        for sec in part.sections:
            if sec in plan_sections or sec.heading is None:
                continue  # a combined heading ("存在问题及2025年工作打算") names the plan's year
            y = first_year(sec.heading.key)
            if y and y != year:
                issues.append(ev(sec.line, sec.heading.text, note=f"标题中的年份 {y} 与报告年度 {year} 不一致"))
    if meta.publish_date and int(meta.publish_date[:4]) != year + 1 and meta.publish_date_source != "override":
        issues.append(ev(meta.publish_date_line, meta.publish_date,
                         note=f"发布于 {meta.publish_date[:4]} 年，而报告年度为 {year} 年（应在次年发布）"))
    if not issues:
        return Result("pass", grade_points(check, 1), say(check, "pass", year=year))
    fraction = max(0.0, 1 - check["per_issue"] * len(issues) / check["points"])
    notes = "；".join(i["note"] for i in issues)
    return Result("partial" if fraction > 0 else "fail", grade_points(check, fraction),
                  say(check, "fail", problems=notes, year=year), issues)
