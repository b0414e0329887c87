"""Terminal summary of a scorecard, in Chinese: who and what, the verdict, the required parts,
and the deductions that matter most. Colour is added by click only on a TTY."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import click

from scorer.text.labels import FORM_ZH, SOURCE_ZH, format_label, points_text, score_text
from scorer.text.sanitize import one_line

MARK = {"pass": ("✔", "green"), "partial": ("◐", "yellow"), "fail": ("✘", "red"),
        "not_applicable": ("–", "bright_black"), "needs_review": ("?", "magenta")}
TONE_COLOUR = {"good": "green", "mid": "yellow", "bad": "red"}


def render(card: Mapping[str, Any], top: int = 5) -> str:
    """The summary of a derived scorecard (scorer.scoring.card.derive)."""
    lines: list[str] = []
    add = lines.append
    doc = card["document"]
    src = card["source"]
    add(click.style(one_line(doc.get("title") or "（无标题）"), bold=True))
    level = doc.get("level_label") or "级别未知"
    inferred = {"inferred": "，从正文推断", "file_name": "，取自文件名"}.get(doc.get("issuer_source") or "", "")
    add(f"  报告单位：{one_line(doc.get('issuer') or '未识别')}（{level}{inferred}）  报告年度：{doc.get('report_year') or '未识别'}"
        f"  发布日期：{_date(doc)}")
    add(f"  文件：{src.get('name') or src['path']}（{format_label(src)}"
        f"{'，' + src['encoding'] if src.get('encoding') else ''}，{src.get('lines', 0)} 行）"
        f"  评分细则：{card['rubric']['title']} {card['rubric']['version']}")
    add("")
    if not doc.get("is_report"):
        add(click.style(f"不是法治政府建设年度报告：{doc.get('not_report_reason')}", fg="red", bold=True))
        add("  （如确属年度报告，可加 --as-report 按年度报告评分）")
        return "\n".join(lines) + "\n"
    if doc.get("is_report_forced"):
        add(click.style(f"按要求作为年度报告评分（识别结果：{doc.get('not_report_reason') or '不是年度报告'}）", fg="magenta"))
    band = card.get("band")
    colour = TONE_COLOUR.get(band["tone"]) if band else "magenta"
    add(click.style(f"得分 {score_text(card['score'])} / 100  {card['grade']}", fg=colour, bold=True)
        + ("  " + click.style("（有内容需人工审核）", fg="magenta") if card.get("needs_review") else ""))
    add("  " + "   ".join(f"{c['name']} {points_text(c['points'])}/{points_text(c['max_points'])}" for c in card["categories"]))
    totals = card["totals"]
    if totals["excluded"]:
        add(f"  （{points_text(totals['excluded'])} 分的检查项不适用或需人工审核，未计入；得分按其余 {points_text(totals['possible'])} 分折算为百分制）")
    add("")
    add(click.style("规定内容", bold=True))
    statuses = {c["id"]: c["status"] for c in card["checks"]}
    for sid, sec in card["sections"].items():
        add("  " + _section_line(sid, sec, statuses.get(sec.get("check") or "")))
    by_id = {c["id"]: c for c in card["checks"]}
    lost = [by_id[i] for i in card["fix_first"] if i in by_id]
    if lost:
        add("")
        add(click.style("最需要改进", bold=True))
        for i, c in enumerate(lost[:top], 1):
            where = _where(c)
            minus = click.style(f"-{points_text(c['lost'])}", fg="red")
            cid = click.style(f"（{c['id']}）", fg="bright_black")
            add(f"  {i}. {minus} {c['name']}{cid}：{c['message']}{where}")
            if c.get("fix"):
                add(f"     → {c['fix']}")
        if len(lost) > top:
            add(f"  … 另有 {len(lost) - top} 项扣分，见 JSON 或 HTML 评分表")
        add(click.style(f"  某一项的依据和选项：fzscore explain {lost[0]['id']}（或检查项名称“{lost[0]['name']}”）", fg="bright_black"))
    off = card.get("off_topic") or []
    if off:
        add("")
        add(click.style("离题内容（未计入成效数据，审核时可删去）", bold=True))
        for o in off[:5]:
            add(f"  第 {o.get('line')} 行 {o.get('kind')}：{o.get('text')}")
        if len(off) > 5:
            add(f"  … 另有 {len(off) - 5} 处，见 HTML 评分表")
    other = [c for c in card["checks"] if c["status"] in ("not_applicable", "needs_review")]
    if other:
        add("")
        add(click.style("未计分", bold=True))
        for c in other:
            mark, fg = MARK[c["status"]]
            add(f"  {click.style(mark, fg=fg)} {c['name']}：{c['message']}")
    if card.get("review"):  # the reviewer's 复核 (scorer/review)
        from scorer.render.review_view import review_text

        add("")
        lines.extend(review_text(card))
    return "\n".join(lines) + "\n"


def _date(doc: dict) -> str:
    if not doc.get("publish_date"):
        return "未找到"
    src = SOURCE_ZH.get(doc.get("publish_date_source", ""), "")
    return f"{doc['publish_date']}（{src}）" if src else doc["publish_date"]


def _section_line(sid: str, sec: dict, status: str | None) -> str:
    """A required part; its mark is its scoring check's outcome, so a part that lost points is not ✔."""
    name = sec.get("name", sid)
    if not sec["present"]:
        if not sec.get("required", True):
            return f"{click.style('·', fg='bright_black')} {name}：未写（选填）"
        return f"{click.style('✘', fg='red')} {name}：未找到"
    embedded = sec.get("form") == "embedded"
    if status not in MARK:
        status = "partial" if embedded else "pass"
    sym, fg = MARK[status]
    mark = click.style(sym, fg=fg)
    notes = []
    if embedded:
        notes.append(FORM_ZH.get(sec.get("embedding", ""), "嵌在其他部分中"))
    if sec.get("causes") is False:
        notes.append("未分析原因")
    if sec.get("year"):
        notes.append(f"安排的是 {sec['year']} 年")
    # the heading in quotes and the notes after a separator: a note never reads as part of the heading
    heading = f"“{sec['heading']}”" if sec.get("heading") else ""
    note = f" —— {'，'.join(notes)}" if notes else ""
    return f"{mark} {name}：第 {sec['line']} 行{heading}{note}"


def _where(check: dict) -> str:
    lines = sorted({e["line"] for e in check.get("evidence", []) if e.get("line")})
    if not lines:
        return ""
    shown = "、".join(str(n) for n in lines[:3]) + ("…" if len(lines) > 3 else "")
    return click.style(f" [第 {shown} 行]", fg="bright_black")
