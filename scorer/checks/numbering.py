"""Kind `numbering`: heading numbers run 一、二、三… (（一）（二）…, 1. 2. …) without skips or repeats."""
from __future__ import annotations

from scorer.checks.base import Context, Option, Result, ev, grade_points, kind, number, say


@kind(
    "numbering",
    summary="各级标题序号是否连续，没有跳号或重号",
    options=(Option("per_issue", number(minimum=0), "每处跳号或重号扣的分数", 1.0),),
    messages={"pass": (), "fail": ("count",), "not_applicable": ()},
)
def check_numbering(check: dict, ctx: Context) -> Result:
    issues = ctx.structure.numbering_issues
    if not ctx.structure.headings():
        return Result("not_applicable", 0.0, say(check, "not_applicable"))
    if not issues:
        return Result("pass", grade_points(check, 1), say(check, "pass"))
    evidence = [
        ev(i["line"], i["text"], note=("序号重复" if i["kind"] == "repeat" else "序号跳号") + f"：应为第{i['expected']}项")
        for i in issues
    ]
    fraction = max(0.0, 1 - check["per_issue"] * len(issues) / check["points"])
    status = "partial" if fraction > 0 else "fail"
    return Result(status, grade_points(check, fraction), say(check, "fail", count=len(issues)), evidence)
