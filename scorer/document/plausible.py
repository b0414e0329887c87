"""Years and dates a scorecard can carry: the contract (scorecard.schema.json) admits report years
1990–2100 and publish dates as YYYY-MM-DD. A report can say anything ("九九九九年", "1900年",
"〇〇〇〇年", a date in year 9999): such a value is not the report's year or date, so it is read as
unknown (None), before any check computes a deadline from it.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

YEAR_MIN, YEAR_MAX = 1990, 2100


def plausible_year(year: object) -> int | None:
    return year if isinstance(year, int) and not isinstance(year, bool) and YEAR_MIN <= year <= YEAR_MAX else None


def plausible_date(date: object) -> str | None:
    """An ISO date (YYYY-MM-DD) whose year is plausible, else None."""
    if not isinstance(date, str) or len(date) != 10:
        return None
    try:
        d = dt.date.fromisoformat(date)
    except ValueError:
        return None
    return d.isoformat() if YEAR_MIN <= d.year <= YEAR_MAX + 1 else None


def plausible_metadata(meta):
    """The metadata (a dataclass with report_year, publish_date and their sources) with any
    implausible year or date set to None, its source with it. The same object when all hold."""
    changes: dict = {}
    if meta.report_year is not None and plausible_year(meta.report_year) is None:
        changes.update(report_year=None, report_year_source=None)
    if meta.publish_date is not None and plausible_date(meta.publish_date) is None:
        changes.update(publish_date=None, publish_date_source=None)
        if hasattr(meta, "publish_date_line"):
            changes["publish_date_line"] = None
    return dataclasses.replace(meta, **changes) if changes else meta
