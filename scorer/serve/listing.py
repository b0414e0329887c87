"""The index of a round, server-side: filter, sort and one page of rows, from the round's rows.

A round of 5,000 reports is never sent whole: the page carries PAGE_SIZE rows, and the query
string says which (so a page is a link, and works without JavaScript).
"""
from __future__ import annotations

from dataclasses import dataclass

from scorer.text.labels import LEVEL_ZH

PAGE_SIZE = 50
REVIEW_FILTERS = {"": "全部复核状态", "pending": "待复核（未完成）", "none": "未复核", "in_progress": "复核中",
                  "recheck": "待重新复核", "done": "复核完成"}
SORTS = {  # key -> (label, row -> sort key); None sorts last whichever the direction
    "score": ("机评分", lambda r: r.get("score")),
    "reviewed": ("复核分", lambda r: (r.get("review") or {}).get("score")),
    "issuer": ("报告单位", lambda r: r.get("issuer") or ""),
    "name": ("文件", lambda r: r.get("name") or ""),
    "year": ("年度", lambda r: r.get("report_year")),
    "level": ("级别", lambda r: LEVEL_ZH.get(r.get("level") or "", "")),
    "review": ("复核状态", lambda r: (r.get("review") or {}).get("state") or "none"),
}


@dataclass
class Query:
    q: str = ""
    level: str = ""
    grade: str = ""
    review: str = ""
    sort: str = "score"
    desc: bool = True
    page: int = 1

    @classmethod
    def of(cls, params) -> Query:
        sort = params.get("sort", "score")
        try:
            page = max(1, int(params.get("page", "1")))
        except ValueError:
            page = 1
        return cls(q=params.get("q", "").strip()[:200], level=params.get("level", ""), grade=params.get("grade", ""),
                   review=params.get("review", "") if params.get("review", "") in REVIEW_FILTERS else "",
                   sort=sort if sort in SORTS else "score", desc=params.get("order", "desc") != "asc", page=page)

    def link(self, **change) -> str:
        from urllib.parse import urlencode

        values = {"q": self.q, "level": self.level, "grade": self.grade, "review": self.review, "sort": self.sort,
                  "order": "desc" if self.desc else "asc", "page": self.page} | change
        return "?" + urlencode({k: v for k, v in values.items() if v not in ("", None)})

    def sort_link(self, key: str) -> str:
        desc = not self.desc if key == self.sort else key in ("score", "reviewed", "year")
        return self.link(sort=key, order="desc" if desc else "asc", page=1)


def _matches(r: dict, q: Query) -> bool:
    if q.q and q.q not in (r.get("issuer") or "") and q.q not in (r.get("name") or "") and q.q not in (r.get("path") or ""):
        return False
    if q.level and r.get("level") != q.level:
        return False
    if q.grade and r.get("grade") != q.grade:
        return False
    if q.review:
        state = (r.get("review") or {}).get("state") or "none"
        if (q.review == "pending" and state == "done") or (q.review != "pending" and state != q.review):
            return False
    return True


def select(rows: list[dict], q: Query) -> tuple[list[dict], int, int]:
    """(the rows of the asked page, how many rows match, how many pages)."""
    hits = [r for r in rows if r.get("status") in ("scored", "needs_review", "not_report") and _matches(r, q)]
    key = SORTS[q.sort][1]
    known = [r for r in hits if key(r) is not None]
    unknown = [r for r in hits if key(r) is None]
    known.sort(key=lambda r: r.get("name") or "")
    known.sort(key=key, reverse=q.desc)  # stable: equal keys stay in name order
    unknown.sort(key=lambda r: r.get("name") or "")
    ordered = known + unknown
    pages = max(1, -(-len(ordered) // PAGE_SIZE))
    page = min(q.page, pages)
    return ordered[(page - 1) * PAGE_SIZE: page * PAGE_SIZE], len(ordered), pages
