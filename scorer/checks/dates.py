"""Kind `deadline`: the report was published by the deadline in the year after the report year."""
from __future__ import annotations

import datetime as dt

from scorer.checks.base import Context, Option, Result, ev, grade_points, kind, say

DUE = {"type": "string", "pattern": "^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"}


def due_fields(check: dict) -> dict:
    """The deadline as the rules state it: due 03-31 → 截止“3月31日”, “4月1日之前”公开."""
    month, day = (int(x) for x in check["due"].split("-"))
    last = dt.date(2001, month, day)  # 2001: not a leap year, as the rubric check demands
    after = last + dt.timedelta(days=1)
    return {"due_day": f"{last.month}月{last.day}日", "before": f"{after.month}月{after.day}日之前"}


@kind(
    "deadline",
    summary="是否在报告年度的次年规定日期前公开",
    options=(Option("due", DUE, "次年的截止日（含当日），MM-DD，如 03-31 即“4月1日之前”"),),
    messages={"pass": ("date", "due", "days"), "fail": ("date", "due", "days"), "not_applicable": (),
              "no_year": ()},
    static_fields=due_fields,
)
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
    days = (published - due).days
    fields = {"date": meta.publish_date, "due": due.isoformat(), "days": days}
    facts = {"on_time": published <= due, "due": due.isoformat(), "days_late": max(days, 0)}
    if published <= due:
        return Result("pass", grade_points(check, 1), say(check, "pass", **fields), evidence, facts=facts)
    return Result("fail", 0.0, say(check, "fail", **fields), evidence, {"days_late": days}, facts=facts)
