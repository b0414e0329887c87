"""What the HTML scorecard and the terminal show of a card's `review` block (read from the card only)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from scorer.text.labels import STATUS_ZH as OUTCOME_ZH
from scorer.text.labels import points_text as _num
from scorer.text.labels import score_text


def when(stamp: str | None) -> str:
    if not stamp:
        return ""
    try:
        return dt.datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp


def outcome(status: str | None, points, max_points) -> str:
    label = OUTCOME_ZH.get(status or "", status or "—")
    if status in ("not_applicable", "needs_review"):
        return label
    return f"{label} {_num(points)} / {_num(max_points)}"


def review_view(card: Mapping[str, Any], anchors: dict | None = None) -> dict | None:
    """The review block as the page shows it: scores side by side, then one row per adjusted check."""
    block = card.get("review")
    if not isinstance(block, dict):
        return None
    anchors = anchors or {}
    rows = []
    for a in block.get("adjustments") or []:
        delta = a.get("delta") or 0
        rows.append({
            "id": a.get("check_id", ""),
            "name": a.get("check_name") or a.get("check_id", ""),
            "anchor": anchors.get(a.get("check_id")),
            "machine": outcome(a.get("machine_status"), a.get("machine_points"), a.get("max_points")),
            "reviewed": outcome(a.get("status"), a.get("points"), a.get("max_points")),
            "delta": ("+" if delta > 0 else "−" if delta < 0 else "±") + _num(abs(delta)),
            "tone": "up" if delta > 0 else "down" if delta < 0 else "same",
            "reason": a.get("reason") or "",
            "by": a.get("by") or "",
            "at": when(a.get("at")),
            "recheck": a.get("recheck_reason"),
            "applied": a.get("applied", True),
        })
    done = block.get("done")
    return {
        "state": block.get("state", ""),
        "state_zh": block.get("state_zh", ""),
        "score": score_text(block.get("score")) if block.get("score") is not None else None,
        "grade": block.get("grade") or "",
        "machine_score": score_text(block.get("machine_score")),
        "machine_grade": block.get("machine_grade") or "",
        "done": _done_note(block.get("state"), done),
        "reviewers": "、".join(block.get("reviewers") or []),
        "rows": rows,
        "rechecks": sum(1 for r in rows if r["recheck"]),
        "store": block.get("store") or "",
    }


def _done_note(state: str | None, done) -> str | None:
    if not isinstance(done, dict):
        return None
    if state == "done":
        return f"{done.get('by', '')}，{when(done.get('at'))}"
    return f"{done.get('by', '')}曾于 {when(done.get('at'))} 标记复核完成"


def review_text(card: Mapping[str, Any]) -> list[str]:
    """Terminal lines for the review block (empty when the card was never reviewed)."""
    v = review_view(card)
    if v is None:
        return []
    lines = [f"复核：{v['state_zh']}  复核得分 {v['score'] or '—'} {v['grade']}（机评分 {v['machine_score']} {v['machine_grade']}）"]
    for r in v["rows"]:
        lines.append(f"  {r['name']}（{r['id']}）：机评 {r['machine']} → 复核 {r['reviewed']}（{r['delta']}）"
                     f"  理由：{r['reason']}  复核人：{r['by']} {r['at']}")
        if r["recheck"]:
            lines.append(f"    ⚠ 待重新复核：{r['recheck']}")
    if v["done"]:
        lines.append(f"  {'复核完成：' if v['state'] == 'done' else ''}{v['done']}")
    return lines
