"""A round's table, from the batch rows: summary.csv and summary.xlsx, and the round's statistics.

Rows are sorted by output name and carry no times, so the same inputs give byte-identical
CSV and XLSX files; the run's time lives only in the index page's run-info line.

Every cell is text a spreadsheet shows as it is: control characters are dropped, and a value that
a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return; OWASP's
"CSV injection") is stored as text in the XLSX and given a leading apostrophe in the CSV.
"""
from __future__ import annotations

import csv
import re
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from scorer.text.labels import LEVEL_ZH
from scorer.text.labels import ROW_STATUS_ZH as STATUS_ZH
from scorer.text.sanitize import clean


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[dict], Any]  # row -> cell value (None: an empty cell)
    width: int = 12  # XLSX column width, in characters


def _on_time(r: dict) -> str | None:
    return None if r.get("on_time") is None else ("是" if r["on_time"] else "否")


def _review_score(r: dict):
    return (r.get("review") or {}).get("score")


def _review_state(r: dict) -> str | None:
    """The reviewer's state (scorer/review); 未复核 for a scored report nobody reviewed."""
    if r.get("review"):
        return r["review"].get("state_zh")
    return "未复核" if r.get("status") == "scored" else None


# The report columns, in order; a column added here appears in the CSV and the XLSX alike.
COLUMNS = [
    Column("文件", lambda r: r["name"], 28),
    Column("路径", lambda r: r["path"], 40),
    Column("状态", lambda r: STATUS_ZH.get(r.get("status") or "", r.get("status"))),
    Column("原因", lambda r: r.get("reason"), 30),
    Column("报告单位", lambda r: r.get("issuer"), 26),
    Column("级别", lambda r: LEVEL_ZH.get(r.get("level") or "", r.get("level"))),
    Column("报告年度", lambda r: r.get("report_year")),
    Column("年度与本轮不符", lambda r: f"是（本轮为{r['round_year']}年度，不参与排名）" if r.get("off_year") else None, 20),
    Column("发布日期", lambda r: r.get("publish_date")),
    Column("得分", lambda r: r.get("score")),
    Column("等级", lambda r: r.get("grade")),
    Column("复核得分", _review_score),
    Column("复核状态", _review_state),
    Column("缺少的部分", lambda r: "、".join(r.get("missing") or []) or None, 24),
    Column("按时公开", _on_time),
    Column("评分细则", lambda r: r.get("rubric"), 16),
]
BASE_COLUMNS = [c.header for c in COLUMNS]

# What a spreadsheet reads as the start of a formula (OWASP, CSV injection).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_text(value: str) -> str:
    """A cell's text without control characters (openpyxl refuses them; they mean nothing here).
    Tab and newline go as well: a cell beginning with a tab is read as a formula, too."""
    return clean(value).replace("\t", " ").replace("\n", " ")


def is_formula_like(value: str) -> bool:
    return value.startswith(FORMULA_START)


def check_columns(checks: dict[str, list]) -> list[tuple[str, str]]:
    """(check id, check name): one spreadsheet column per check, in rubric order, rubrics sorted."""
    seen: dict[str, str] = {}
    for label in sorted(checks):
        for cid, name in checks[label]:
            seen.setdefault(cid, name)
    return list(seen.items())


def header(checks: dict[str, list]) -> list[str]:
    return [safe_text(h) for h in BASE_COLUMNS + [f"{name}（{cid}）" for cid, name in check_columns(checks)]]


def body(rows, checks: dict[str, list]):
    """The table's rows, one report each, from rows given in name order (a generator); text cells
    are safe_text, numbers stay numbers."""
    columns = [cid for cid, _ in check_columns(checks)]
    for r in rows:
        by_id = dict(zip((cid for cid, _ in checks.get(r.get("rubric"), [])), r.get("points") or []))
        cells = [c.value(r) for c in COLUMNS] + [by_id.get(cid) for cid in columns]
        yield [safe_text(v) if isinstance(v, str) else v for v in cells]  # None: an empty cell


ADJUSTMENT_COLUMNS = ["文件", "报告单位", "检查项", "检查项编号", "机评结果", "机评得分", "满分", "复核结果", "复核得分", "理由",
                      "复核人", "复核时间", "待重新复核"]


def adjustment_rows(rows, into: list):
    """Pass rows through, keeping each reviewed report's adjustments in `into` (a few per report)."""
    from scorer.text.labels import STATUS_ZH as OUTCOME_ZH

    for r in rows:
        for a in (r.get("review") or {}).get("adjustments") or []:
            cells = [r["name"], r.get("issuer"), a["check_name"], a["check_id"],
                     OUTCOME_ZH.get(a["machine_status"], a["machine_status"]), a["machine_points"], a["max_points"],
                     OUTCOME_ZH.get(a["status"], a["status"]), a["points"], a["reason"], a["by"], a["at"],
                     a["recheck_reason"] or None]
            into.append([safe_text(v) if isinstance(v, str) else v for v in cells])
        yield r


def _csv_cell(value):
    """A formula-like text cell with a leading apostrophe, which Excel and WPS show as text."""
    return "'" + value if isinstance(value, str) and is_formula_like(value) else value


def write_csv(path, rows, checks: dict[str, list]) -> None:
    """UTF-8 with BOM, so that Excel and WPS open the Chinese correctly."""
    from scorer.round.outputs import atomic_file

    with atomic_file(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([_csv_cell(h) for h in header(checks)])
        w.writerows([_csv_cell(v) for v in row] for row in body(rows, checks))


def write_xlsx(path, rows, checks: dict[str, list], count: int) -> None:
    """One row per report, Chinese headers, frozen header row; deterministic bytes.
    Write-only mode streams the rows (a round of 2,000 took 1.6 s in normal mode, 0.3 s here)."""
    import datetime as dt
    import tempfile

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from scorer.round.outputs import atomic_file

    names = header(checks)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("评分汇总")
    ws.freeze_panes = "A2"
    for i, _name in enumerate(names, 1):
        ws.column_dimensions[get_column_letter(i)].width = COLUMNS[i - 1].width if i <= len(COLUMNS) else 12
    ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{count + 1}"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E8EEF7")
    wrap = Alignment(wrap_text=True, vertical="top")
    head = []
    for name in names:
        cell = WriteOnlyCell(ws, value=name)
        cell.data_type = "s"  # a rubric's check name is text, whatever it starts with
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        head.append(cell)
    ws.append(head)
    adjustments: list = []
    for row in body(adjustment_rows(rows, adjustments), checks):
        ws.append([_xlsx_cell(ws, v) for v in row])
    _adjustment_sheet(wb, adjustments)
    fixed = dt.datetime(2000, 1, 1)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "fzscore"
    with tempfile.TemporaryFile() as raw:
        wb.save(raw)
        raw.seek(0)
        with atomic_file(path, "wb") as out:
            _stable_zip(raw, out)


def _adjustment_sheet(wb, adjustments: list) -> None:
    """The reviewers' adjustments on a sheet of their own (复核调整), one row per check reviewed."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet("复核调整")
    ws.freeze_panes = "A2"
    widths = {"文件": 28, "报告单位": 26, "检查项": 20, "检查项编号": 26, "理由": 40, "复核时间": 22, "待重新复核": 40}
    for i, name in enumerate(ADJUSTMENT_COLUMNS, 1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(name, 10)
    bold = Font(bold=True)
    head = []
    for name in ADJUSTMENT_COLUMNS:
        cell = WriteOnlyCell(ws, value=name)
        cell.font = bold
        head.append(cell)
    ws.append(head)
    for row in adjustments:
        ws.append([_xlsx_cell(ws, v) for v in row])


def _xlsx_cell(ws, value):
    """A formula-like text cell stored as a string: openpyxl would otherwise write "=…" as a formula."""
    if isinstance(value, str) and is_formula_like(value):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"
        return cell
    return value


def _stable_zip(src_file, out_file) -> None:
    """Copy a zip with fixed timestamps so equal content gives equal bytes."""
    src = zipfile.ZipFile(src_file)
    with zipfile.ZipFile(out_file, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            if info.filename == "docProps/core.xml":  # openpyxl stamps the save time here
                content = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2000-01-01T00:00:00Z", src.read(info.filename))
                dst.writestr(fixed, content)
                continue
            with src.open(info) as fin, dst.open(fixed, "w") as fout:  # streamed: sheets can be large
                shutil.copyfileobj(fin, fout, 1 << 20)


def round_year(rows) -> int | None:
    """The year a round's reports cover: the year most of its scored reports cover (the later one
    of a tie); None when no report's year is known."""
    from collections import Counter

    years = Counter(r["report_year"] for r in rows if r.get("status") == "scored" and r.get("report_year"))
    if not years:
        return None
    return max(years.items(), key=lambda yn: (yn[1], yn[0]))[0]


def with_year(rows, year: int | None):
    """The rows, each marked with the round's year and whether it covers another one (off_year):
    such a report is shown and counted apart, never ranked with the round's."""
    for r in rows:
        r["round_year"] = year
        r["off_year"] = bool(year and r.get("report_year") and r["report_year"] != year)
        yield r


def round_stats(rows, checks: dict[str, list]) -> dict:
    """One pass over the round: counts, score statistics, grades, histogram, most failed checks,
    and the (usually few) files that could not be scored."""
    names = dict(check_columns(checks))
    grades: dict[str, int] = {}
    bins = [0] * 10
    counts: dict[str, int] = {}
    scores: list[float] = []
    late = reused = scored_reused = not_reports = 0
    review_states: dict[str, int] = {}
    unscored = []
    other_years: dict[int, int] = {}
    total = 0
    for r in rows:
        total += 1
        reused += bool(r.get("reused"))
        not_reports += r.get("status") == "not_report"
        if r.get("status") != "scored":
            unscored.append({k: r.get(k) for k in ("name", "path", "status", "reason")})
            continue
        scored_reused += bool(r.get("reused"))
        review_state = (r.get("review") or {}).get("state_zh") or "未复核"
        review_states[review_state] = review_states.get(review_state, 0) + 1
        if r.get("off_year"):  # counted apart: the round's statistics are of the round's year
            other_years[r["report_year"]] = other_years.get(r["report_year"], 0) + 1
            continue
        scores.append(r["score"])
        grades[r["grade"]] = grades.get(r["grade"], 0) + 1
        bins[min(9, int(r["score"] // 10))] += 1
        late += r.get("on_time") is False
        ids = checks.get(r.get("rubric"), [])
        for i in r.get("failed") or []:
            if i < len(ids):
                counts[ids[i][0]] = counts.get(ids[i][0], 0) + 1
    most_failed = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    return {
        "total": total,
        "scored_count": len(scores) + sum(other_years.values()),
        "ranked_count": len(scores),  # of the round's year (or of unknown year): the ones ranked together
        "other_years": dict(sorted(other_years.items())),
        "average": round(sum(scores) / len(scores), 1) if scores else None,
        "best": max(scores) if scores else None,
        "worst": min(scores) if scores else None,
        "late": late,
        "reused": reused,
        "scored_reused": scored_reused,  # of the scored reports, those whose card from the last run stands
        "not_reports": not_reports,
        "failed": unscored,
        "grades": grades,
        "bins": bins,
        "review_states": review_states,
        "most_failed": [{"id": cid, "name": names.get(cid, cid), "count": n} for cid, n in most_failed],
    }
