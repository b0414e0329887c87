"""Kind `deadline`: the report was published by the deadline in the year after the report year."""
from __future__ import annotations

import datetime as dt

from . import Context, Result, ev, grade_points, kind, say


@kind("deadline")
def check_deadline(check: dict, ctx: Context) -> Result:
    meta = ctx.meta
    if not meta.publish_date:
        return Result("not_applicable", 0.0, say(check, "not_applicable"))
    if meta.report_year is None:
        return Result("not_applicable", 0.0, say(check, "no_year") or say(check, "not_applicable"))
    month, day = (int(x) for x in check["due"].split("-"))
    due = dt.date(meta.report_year + 1, month, day)
    published = dt.date.fromisoformat(meta.publish_date)
    evidence = [ev(meta.publish_date_line, meta.publish_date, source=meta.publish_date_source)] if meta.publish_date_line else []
    fields = {"date": meta.publish_date, "due": due.isoformat(), "days": (published - due).days}
    if published <= due:
        return Result("pass", grade_points(check, 1), say(check, "pass", **fields), evidence)
    return Result("fail", 0.0, say(check, "fail", **fields), evidence, {"days_late": (published - due).days})
