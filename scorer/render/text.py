"""Terminal summary of a scorecard, in Chinese: who and what, the verdict, the required parts,
and the deductions that matter most. Colour is added by click only on a TTY."""
from __future__ import annotations

import click

LEVEL_ZH = {"province": "省级", "city": "市级", "county": "县级", "township": "乡镇（街道）级", "department": "部门"}
SOURCE_ZH = {"header": "页面", "signature": "落款", "override": "命令行指定", "page": "网页"}
MARK = {"pass": ("✔", "green"), "partial": ("◐", "yellow"), "fail": ("✘", "red"),
        "not_applicable": ("–", "bright_black"), "needs_review": ("?", "magenta")}
FORM_ZH = {"subheading": "嵌在其他部分的小标题中", "paragraph": "嵌在其他部分的段落中", "sentence": "仅一句话带过"}


def render(card: dict, top: int = 5) -> str:
    lines: list[str] = []
    add = lines.append
    doc = card["document"]
    src = card["source"]
    add(click.style(doc.get("title") or "（无标题）", bold=True))
    level = LEVEL_ZH.get(doc.get("level"), "级别未知")
    add(f"  报告单位：{doc.get('issuer') or '未识别'}（{level}）  报告年度：{doc.get('report_year') or '未识别'}"
        f"  发布日期：{_date(doc)}")
    add(f"  文件：{src.get('name') or src['path']}（{src['format']}"
        f"{'，' + src['encoding'] if src.get('encoding') else ''}，{src.get('lines', 0)} 行）"
        f"  评分细则：{card['rubric']['title']} {card['rubric']['version']}")
    add("")
    if not doc.get("is_report"):
        add(click.style(f"不是法治政府建设年度报告：{doc.get('not_report_reason')}", fg="red", bold=True))
        return "\n".join(lines) + "\n"
    colour = "green" if card["score"] >= 80 else "yellow" if card["score"] >= 60 else "red"
    add(click.style(f"得分 {card['score']:g} / 100  {card['grade']}", fg=colour, bold=True)
        + ("  " + click.style("（有内容需人工审核）", fg="magenta") if card.get("needs_review") else ""))
    add("  " + "   ".join(f"{c['name']} {c['points']:g}/{c['max_points']:g}" for c in card["categories"]))
    excluded = sum(c["excluded_points"] for c in card["categories"])
    if excluded:
        add(f"  （{excluded:g} 分的检查项不适用或需人工审核，未计入；得分按其余 {100 - excluded:g} 分折算为百分制）")
    add("")
    add(click.style("规定内容", bold=True))
    for sid, sec in card["sections"].items():
        add("  " + _section_line(sid, sec))
    lost = sorted((c for c in card["checks"] if c["status"] in ("fail", "partial")), key=lambda c: -c["lost"])
    if lost:
        add("")
        add(click.style("最需要改进", bold=True))
        for i, c in enumerate(lost[:top], 1):
            where = _where(c)
            minus = click.style(f"-{c['lost']:g}", fg="red")
            add(f"  {i}. {minus} {c['name']}：{c['message']}{where}")
            if c.get("fix"):
                add(f"     → {c['fix']}")
        if len(lost) > top:
            add(f"  … 另有 {len(lost) - top} 项扣分，见 JSON 或 HTML 评分表")
    other = [c for c in card["checks"] if c["status"] in ("not_applicable", "needs_review")]
    if other:
        add("")
        add(click.style("未计分", bold=True))
        for c in other:
            mark, fg = MARK[c["status"]]
            add(f"  {click.style(mark, fg=fg)} {c['name']}：{c['message']}")
    if card.get("review"):  # the reviewer's 复核 (scorer/review)
        from ..review.view import review_text

        add("")
        lines.extend(review_text(card))
    return "\n".join(lines) + "\n"


def _date(doc: dict) -> str:
    if not doc.get("publish_date"):
        return "未找到"
    src = SOURCE_ZH.get(doc.get("publish_date_source"), "")
    return f"{doc['publish_date']}（{src}）" if src else doc["publish_date"]


def _section_line(sid: str, sec: dict) -> str:
    name = sec.get("name", sid)
    if not sec["present"]:
        if not sec.get("required", True):
            return f"{click.style('·', fg='bright_black')} {name}：未写（选填）"
        return f"{click.style('✘', fg='red')} {name}：未找到"
    embedded = sec.get("form") == "embedded"
    mark = click.style("◐", fg="yellow") if embedded else click.style("✔", fg="green")
    notes = []
    if embedded:
        notes.append(FORM_ZH.get(sec.get("embedding"), "嵌在其他部分中"))
    if sid == "shortcomings" and not sec.get("causes"):
        notes.append("未分析原因")
    if sid == "next_year" and sec.get("year"):
        notes.append(f"{sec['year']}年")
    note = f"（{'，'.join(notes)}）" if notes else ""
    return f"{mark} {name}：第 {sec['line']} 行 {sec.get('heading') or ''}{note}"


def _where(check: dict) -> str:
    lines = sorted({e["line"] for e in check.get("evidence", []) if e.get("line")})
    if not lines:
        return ""
    shown = "、".join(str(n) for n in lines[:3]) + ("…" if len(lines) > 3 else "")
    return click.style(f" [第 {shown} 行]", fg="bright_black")
