"""Kind `signature`: the report ends with the issuing organ (落款) and a date."""
from __future__ import annotations

from scorer.checks.base import SHARE, Context, Option, Result, ev_block, grade_points, kind, say
from scorer.document.page import DATE_CN_AT_END


@kind(
    "signature",
    summary="文末是否有落款单位和成文日期",
    options=(Option("partial_credit", SHARE, "只有落款单位或只有日期时得分的比例", 0.5),),
    messages={"pass": (), "partial": ("missing",), "fail": ()},
)
def check_signature(check: dict, ctx: Context) -> Result:
    closing = ctx.structure.closing
    names = [b for b in closing if b.role == "signature"]
    dates = [b for b in closing if b.role == "date" or (b.role == "signature" and DATE_CN_AT_END.search(b.k))]
    evidence = [ev_block(b) for b in sorted({id(b): b for b in names + dates}.values(), key=lambda b: b.line)]
    if names and dates:
        return Result("pass", grade_points(check, 1), say(check, "pass"), evidence)
    if names or dates:
        which = "落款单位" if not names else "成文日期"
        return Result("partial", grade_points(check, check["partial_credit"]), say(check, "partial", missing=which),
                      evidence)
    return Result("fail", 0.0, say(check, "fail"))
