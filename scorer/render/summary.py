"""A round's summaries from the batch rows: summary.csv, summary.xlsx and index.html.

Rows are sorted by output name and carry no times, so the same inputs give byte-identical
CSV and XLSX files; the run's time lives only in the index page's run-info line.
"""
from __future__ import annotations

import csv
import re
import shutil
import zipfile

LEVEL_ZH = {"province": "省级", "city": "市级", "county": "县级", "township": "乡镇（街道）", "department": "部门"}
STATUS_ZH = {"scored": "已评分", "not_report": "非年度报告", "error": "无法评分", "needs_review": "需人工审核"}
SECTION_ZH = {"measures": "主要举措和成效", "first_responsible": "第一责任人职责", "shortcomings": "不足和原因",
              "next_year": "下年安排", "other": "其他情况"}
BASE_COLUMNS = ["文件", "路径", "状态", "原因", "报告单位", "级别", "报告年度", "发布日期", "得分", "等级", "复核得分", "复核状态",
                "缺少的部分", "按时公开", "评分细则"]


def check_columns(checks: dict[str, list]) -> list[tuple[str, str]]:
    """(check id, check name): one spreadsheet column per check, in rubric order, rubrics sorted."""
    seen: dict[str, str] = {}
    for label in sorted(checks):
        for cid, name in checks[label]:
            seen.setdefault(cid, name)
    return list(seen.items())


def header(checks: dict[str, list]) -> list[str]:
    return BASE_COLUMNS + [f"{name}（{cid}）" for cid, name in check_columns(checks)]


def body(rows, checks: dict[str, list]):
    """The table's rows, one report each, from rows given in name order (a generator)."""
    columns = [cid for cid, _ in check_columns(checks)]
    for r in rows:
        on_time = r.get("on_time")
        by_id = dict(zip((cid for cid, _ in checks.get(r.get("rubric"), [])), r.get("points") or []))
        yield [
            r["name"], r["path"], STATUS_ZH.get(r.get("status"), r.get("status")), r.get("reason"),
            r.get("issuer"), LEVEL_ZH.get(r.get("level"), r.get("level")), r.get("report_year"),
            r.get("publish_date"), r.get("score"), r.get("grade"), *review_cells(r),
            "、".join(SECTION_ZH.get(s, s) for s in r.get("missing") or []) or None,
            None if on_time is None else ("是" if on_time else "否"), r.get("rubric"),
        ] + [by_id.get(cid) for cid in columns]  # None is an empty cell: the CSV writes "", the XLSX nothing


def review_cells(r: dict) -> list:
    """复核得分 and 复核状态 of a row: the reviewed score and state, 未复核 for a scored report nobody reviewed."""
    rv = r.get("review")
    if rv:
        return [rv.get("score"), rv.get("state_zh")]
    return [None, "未复核" if r.get("status") == "scored" else None]


ADJUSTMENT_COLUMNS = ["文件", "报告单位", "检查项", "检查项编号", "机评结果", "机评得分", "满分", "复核结果", "复核得分", "理由",
                      "复核人", "复核时间", "待重新复核"]


def adjustment_rows(rows, into: list):
    """Pass rows through, keeping each reviewed report's adjustments in `into` (a few per report)."""
    from ..review.state import OUTCOME_ZH

    for r in rows:
        for a in (r.get("review") or {}).get("adjustments") or []:
            into.append([r["name"], r.get("issuer"), a["check_name"], a["check_id"],
                         OUTCOME_ZH.get(a["machine_status"], a["machine_status"]), a["machine_points"], a["max_points"],
                         OUTCOME_ZH.get(a["status"], a["status"]), a["points"], a["reason"], a["by"], a["at"],
                         a["recheck_reason"] or None])
        yield r


def write_csv(path, rows, checks: dict[str, list]) -> None:
    """UTF-8 with BOM, so that Excel and WPS open the Chinese correctly."""
    from ..outputs import atomic_file

    with atomic_file(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow(header(checks))
        w.writerows(body(rows, checks))


def write_xlsx(path, rows, checks: dict[str, list], count: int) -> None:
    """One row per report, Chinese headers, frozen header row; deterministic bytes.
    Write-only mode streams the rows (a round of 2,000 took 1.6 s in normal mode, 0.3 s here)."""
    import datetime as dt
    import tempfile

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from ..outputs import atomic_file

    names = header(checks)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("评分汇总")
    ws.freeze_panes = "A2"
    widths = {"文件": 28, "路径": 40, "原因": 30, "报告单位": 26, "缺少的部分": 24, "评分细则": 16}
    for i, name in enumerate(names, 1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(name, 12)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(names))}{count + 1}"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="E8EEF7")
    wrap = Alignment(wrap_text=True, vertical="top")
    head = []
    for name in names:
        cell = WriteOnlyCell(ws, value=name)
        cell.font, cell.fill, cell.alignment = bold, fill, wrap
        head.append(cell)
    ws.append(head)
    adjustments: list = []
    for row in body(adjustment_rows(rows, adjustments), checks):
        ws.append(row)
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
        ws.append(row)


class Background:
    """A summary written by a forked process while this one writes the others (the XLSX is the
    slowest: ~0.3 s per 1,000 reports). Where fork is not available it is written by finish(),
    after the others, so that its failure (a workbook open in Excel) costs no other file."""

    def __init__(self, label: str, target, *args):
        import multiprocessing as mp

        self.label = label
        self.proc = None
        self.deferred = None
        if "fork" not in mp.get_all_start_methods():
            self.deferred = (target, args)
            return
        self.proc = mp.get_context("fork").Process(target=_run_quietly, args=(target, *args), daemon=True)
        self.proc.start()

    def wait(self) -> None:
        if self.proc is not None:
            self.proc.join()

    def finish(self) -> None:
        """Wait for it; raise OSError naming the file if it could not be written."""
        if self.deferred is not None:
            target, args = self.deferred
            self.deferred = None
            target(*args)
            return
        self.wait()
        if self.proc is not None and self.proc.exitcode != 0:
            raise OSError(f"无法写出 {self.label}（子进程退出码 {self.proc.exitcode}）")


def _run_quietly(target, *args) -> None:
    import os
    import sys

    try:
        target(*args)
    except BaseException as exc:  # one line on stderr; the atomic write left no partial file
        sys.stderr.write(f"fzscore: 错误: {type(exc).__name__}: {exc}\n")
        sys.stderr.flush()
        os._exit(1)
    os._exit(0)  # no atexit handlers, finalisers or buffer flushes inherited from the parent


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


def round_stats(rows, checks: dict[str, list]) -> dict:
    """One pass over the round: counts, score statistics, grades, histogram, most failed checks,
    and the (usually few) files that could not be scored."""
    names = dict(check_columns(checks))
    grades: dict[str, int] = {}
    bins = [0] * 10
    counts: dict[str, int] = {}
    scores: list[float] = []
    late = reused = 0
    review_states: dict[str, int] = {}
    unscored = []
    total = 0
    for r in rows:
        total += 1
        reused += bool(r.get("reused"))
        if r.get("status") != "scored":
            unscored.append({k: r.get(k) for k in ("name", "path", "status", "reason")})
            continue
        scores.append(r["score"])
        review_state = (r.get("review") or {}).get("state_zh") or "未复核"
        review_states[review_state] = review_states.get(review_state, 0) + 1
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
        "scored_count": len(scores),
        "average": round(sum(scores) / len(scores), 1) if scores else None,
        "best": max(scores) if scores else None,
        "worst": min(scores) if scores else None,
        "late": late,
        "reused": reused,
        "failed": unscored,
        "grades": grades,
        "bins": bins,
        "review_states": review_states,
        "most_failed": [{"id": cid, "name": names.get(cid, cid), "count": n} for cid, n in most_failed],
    }


def write_index(path, store, skipped: list[dict], run_info: dict, grade_order: list[str]) -> dict:
    """index.html, streamed: the table's rows are read back from the store one at a time.
    Returns the round's statistics (round_stats) for the caller's summary line."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from ..outputs import atomic_file
    from ..resources import resource_dir

    env = Environment(loader=FileSystemLoader(str(resource_dir("templates"))), autoescape=select_autoescape(["html", "j2"]))
    stats = round_stats(store.rows(), store.checks)
    data = dict(stats)
    data.update(
        scored=store.rows(status=("scored",)),
        skipped=skipped,
        run=run_info,
        level_zh=LEVEL_ZH,
        section_zh=SECTION_ZH,
        status_zh=STATUS_ZH,
        grade_order=[g for g in grade_order if g in data["grades"]] + [g for g in data["grades"] if g not in grade_order],
    )
    with atomic_file(path) as f:
        for chunk in env.get_template("index.html.j2").generate(**data):
            f.write(chunk)
    return stats
