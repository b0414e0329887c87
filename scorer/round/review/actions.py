"""A reviewer's two acts on one report of a batch folder, for every face (the terminal, the browser).

`adjust` records a reviewed outcome and points for one check, with a reason; `mark_done` records
复核完成. Each is one transaction in the store, then the folder's outputs are brought in step
(outdir.refresh), so whatever face made the decision, every other face shows it at once.
"""
from __future__ import annotations

import math
import os
from collections.abc import Callable
from pathlib import Path

from scorer.round.review.store import STORE_NAME, ReviewError, ReviewStore
from scorer.text.labels import points_text as _num


def find_check(card: dict, wanted: str, where: Path) -> dict:
    """The check that `wanted` names: its id, its Chinese name, or the last part of its id."""
    checks = card["checks"]
    for key in ("id", "name"):
        hits = [c for c in checks if c.get(key) == wanted]
        if len(hits) == 1:
            return hits[0]
    hits = [c for c in checks if str(c["id"]).rsplit(".", 1)[-1] == wanted]
    if len(hits) == 1:
        return hits[0]
    from scorer.text.suggest import check_hint

    raise ReviewError(f"{where}: 没有检查项“{wanted}”；{check_hint(wanted, checks)}（全部检查项：fzscore explain --help 或 fzscore rubric show）")


class Unchanged(ReviewError):
    """A reviewed result equal to the machine's (and no earlier adjustment to undo): nothing to record."""


def decide(check: dict, points: float | None, status: str | None, where: Path) -> tuple[str, float]:
    """The reviewed (outcome, points) from an outcome and/or points, checked against the check's maximum."""
    from scorer.round.review.state import outcome_for

    top = float(check["max_points"])
    label = f"{check.get('name', check['id'])}（{check['id']}）"
    if points is not None:
        if math.isnan(points) or points < 0 or points > top:
            raise ReviewError(f"{where}: {label} 的得分应在 0 到 {_num(top)} 之间，收到 {points:g}")
        points = round(points, 2)
    if status is None:
        if points is None:
            raise ReviewError(f"{where}: 请用 --points 或 --status 给出复核结果")
        return outcome_for(points, top), points
    if status == "not_applicable":
        if points not in (None, 0):
            raise ReviewError(f"{where}: {label} 复核为不适用时不计分，不能同时给出 --points {_num(points)}")
        return status, 0.0
    if status == "pass":
        if points is not None and points != top:
            raise ReviewError(f"{where}: {label} 复核为通过即得满分 {_num(top)}，与 --points {_num(points)} 矛盾")
        return status, top
    if status == "fail":
        if points not in (None, 0):
            raise ReviewError(f"{where}: {label} 复核为未通过即得 0 分，与 --points {_num(points)} 矛盾")
        return status, 0.0
    if points is None or not 0 < points < top:  # partial
        raise ReviewError(f"{where}: {label} 复核为部分得分时须用 --points 给出 0 到 {_num(top)} 之间（不含两端）的分数")
    return status, points


def base_row(name: str, card: dict, kind: str, by: str | None) -> dict:
    rubric = card.get("rubric") or {}
    row = {"kind": kind, "sha256": card["source"]["sha256"], "report": name,
           "source_name": card["source"].get("name") or os.path.basename(card["source"].get("path") or ""),
           "rubric_id": str(rubric.get("id") or ""), "rubric_version": str(rubric.get("version") or "")}
    if by is not None:
        if not by.strip():
            raise ReviewError(f"{name}: --by 不能为空")
        row["reviewer"] = by.strip()
    return row


def report_card(out: Path, name: str) -> tuple[dict, Path]:
    """The saved card of an output name, checked to carry the content hash reviews are keyed by."""
    from scorer.round.review.outdir import card_path, load_card

    card = load_card(out, name)
    path = card_path(out, name)
    if not (card.get("source") or {}).get("sha256"):
        raise ReviewError(f"{path}: 评分表缺少原文的 SHA-256，无法对应复核记录")
    return card, path


Signer = str | Callable[[], str] | None  # a name, or how to get one once the decision is known to be sound


def adjust(out: Path, name: str, check_id: str, points: float | None, status: str | None, reason: str | None,
           by: Signer) -> tuple[dict, dict, str, float]:
    """Record one check's reviewed result and bring the folder's outputs in step.
    Returns (card as scored, the check, outcome, points)."""
    from scorer.round.review.outdir import refresh

    card, check, new_status, new_points = record_adjustment(out, name, check_id, points, status, reason, by)
    refresh(out, {card["source"]["sha256"]}, [name])
    return card, check, new_status, new_points


def record_adjustment(out: Path, name: str, check_id: str, points: float | None, status: str | None,
                      reason: str | None, by: Signer) -> tuple[dict, dict, str, float]:
    """Record one check's reviewed result in the store only (one transaction); the outputs follow
    with outdir.refresh (or outdir.heal, if whoever recorded it stops first)."""
    card, path = report_card(out, name)
    if card.get("document", {}).get("is_report") is False:
        raise ReviewError(f"{path}: 该文件未被识别为法治政府建设年度报告，没有可复核的得分")
    check = find_check(card, check_id, path)
    if not reason or not reason.strip():
        raise ReviewError(f"{path}: 调整检查项必须用 --reason 写明理由")
    new_status, new_points = decide(check, points, status, path)
    if new_status == check["status"] and abs(new_points - float(check["points"])) < 0.005 \
            and not any(a["check_id"] == check["id"] for a in (card.get("review") or {}).get("adjustments") or []):
        from scorer.text.labels import STATUS_ZH

        raise Unchanged(f"复核结果与机评相同（{STATUS_ZH.get(new_status)} {_num(new_points)}/{_num(check['max_points'])}），"
                        f"无需调整，未记录：{name} · {check.get('name')}（{check['id']}）")
    row = base_row(name, card, "adjust", by() if callable(by) else by) | {
        "check_id": check["id"], "check_name": check.get("name"),
        "machine_status": check["status"], "machine_points": float(check["points"]),
        "max_points": float(check["max_points"]), "reviewed_status": new_status, "reviewed_points": new_points,
        "reason": reason.strip()}
    with ReviewStore(out / STORE_NAME) as store:
        store.append([row])
    return card, check, new_status, new_points


def mark_done(out: Path, name: str, by: str | None, note: str | None) -> dict:
    """Record 复核完成 and bring the outputs in step. Returns the card as scored."""
    from scorer.round.review.outdir import refresh

    card = record_done(out, name, by, note)
    refresh(out, {card["source"]["sha256"]}, [name])
    return card


def record_done(out: Path, name: str, by: str | None, note: str | None) -> dict:
    """Record 复核完成 in the store only (refused while a check waits to be reviewed again)."""
    from scorer.round.review.state import review_block

    card, path = report_card(out, name)
    with ReviewStore(out / STORE_NAME) as store:
        block = review_block(card, store.events(card["source"]["sha256"])) or {}
        stale = [a for a in block.get("adjustments", []) if a["recheck"]]
        if stale:
            names = "、".join(f"{a['check_name']}（{a['check_id']}）" for a in stale)
            raise ReviewError(f"{path}: 有 {len(stale)} 项复核待重新复核（{names}），请先重新复核这些检查项再标记完成")
        score = block.get("score", card.get("score"))
        row = base_row(name, card, "done", by) | {"machine_points": card.get("score"), "reviewed_points": score,
                                                  "reason": (note or "").strip() or None}
        store.append([row])
    return card
