"""`fzscore diff A B`: what changed between two scorecards, or two versions of a report.

A side is a JSON scorecard (as `--format json` or `fzscore batch` wrote it) or a report file,
scored on the spot. Lines move between drafts, so evidence is compared by its text (spaces
ignored), and each side's line numbers are shown as they are in that side.
"""
from __future__ import annotations

import json
import os
import re
from typing import TYPE_CHECKING, cast

from scorer.text.errors import FzscoreError, InputError
from scorer.text.labels import STATUS_ZH, score_text
from scorer.text.labels import points_text as _num

if TYPE_CHECKING:
    from scorer.scoring.card import Scorecard

DECIDED = ("pass", "partial", "fail")
OUTCOME_ZH = STATUS_ZH
MARK = {"better": "↑", "worse": "↓", "same": "·"}
_SPACE = re.compile(r"\s+")


def load_side(path: str, rubric_name: str | None = None) -> Scorecard:
    """A scorecard: read from JSON, or made by scoring the report file."""
    if not os.path.exists(path):
        raise InputError(path, "找不到该文件")
    if path.lower().endswith(".json"):
        try:
            with open(path, encoding="utf-8-sig") as f:
                card = json.load(f)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise InputError(path, f"不是有效的 JSON 评分表（{exc}）") from None
        if not isinstance(card, dict) or not isinstance(card.get("checks"), list):
            raise InputError(path, "不是 fzscore 的 JSON 评分表")
        return cast("Scorecard", card)  # a card this tool wrote, checked above as far as diff reads it
    from scorer.rubric import load
    from scorer.scoring.pipeline import score_path

    return score_path(path, load(rubric_name) if rubric_name else None)




def _result(c: dict) -> str:
    if c.get("status") in DECIDED:
        return f"{OUTCOME_ZH[c['status']]} {_num(c.get('points'))}/{_num(c.get('max_points'))}"
    return OUTCOME_ZH.get(str(c.get("status")), str(c.get("status")))


def _key(text: str) -> str:
    return _SPACE.sub("", text or "")


def _evidence_changes(a: dict, b: dict) -> tuple[list[dict], list[dict]]:
    """Evidence of B not in A (added) and of A not in B (removed), compared by text."""
    def items(c):
        seen, out = set(), []
        for e in c.get("evidence") or []:
            if isinstance(e, dict) and (e.get("text") or e.get("line")) and (e.get("line"), _key(e.get("text"))) not in seen:
                seen.add((e.get("line"), _key(e.get("text"))))
                out.append({"line": e.get("line"), "text": e.get("text") or ""})
        return out

    ea, eb = items(a), items(b)
    ka, kb = {_key(e["text"]) for e in ea}, {_key(e["text"]) for e in eb}
    return [e for e in eb if _key(e["text"]) not in ka], [e for e in ea if _key(e["text"]) not in kb]


def _direction(a: dict, b: dict) -> str:
    da, db = a.get("status") in DECIDED, b.get("status") in DECIDED
    if da and db:
        ra = float(a.get("points") or 0) / float(a.get("max_points") or 1)
        rb = float(b.get("points") or 0) / float(b.get("max_points") or 1)
        return "better" if rb > ra + 1e-9 else "worse" if rb < ra - 1e-9 else "same"
    return "same"


def _section(sec: dict | None) -> str:
    if not sec or not sec.get("present"):
        return "缺失"
    where = f"第 {sec.get('line')} 行"
    return f"{where}（嵌入）" if sec.get("form") == "embedded" else where


def compare(a: dict, b: dict, name_a: str = "A", name_b: str = "B") -> dict:
    def side(card, name):
        return {"path": name, "score": card.get("score"), "grade": card.get("grade"),
                "rubric": f"{(card.get('rubric') or {}).get('id')} {(card.get('rubric') or {}).get('version')}",
                "sha256": (card.get("source") or {}).get("sha256"),
                "is_report": (card.get("document") or {}).get("is_report") is not False,
                "issuer": (card.get("document") or {}).get("issuer"),
                "report_year": (card.get("document") or {}).get("report_year"),
                "review": {k: (card.get("review") or {}).get(k) for k in ("score", "grade", "state_zh")}
                if isinstance(card.get("review"), dict) else None}

    sa, sb = side(a, name_a), side(b, name_b)
    checks_a = {c["id"]: c for c in a.get("checks") or []}
    checks_b = {c["id"]: c for c in b.get("checks") or []}
    changed, unchanged = [], 0
    for cid, cb in checks_b.items():
        ca = checks_a.get(cid)
        if ca is None:
            continue
        added, removed = _evidence_changes(ca, cb)
        moved = ca.get("status") != cb.get("status") or abs(float(ca.get("points") or 0) - float(cb.get("points") or 0)) > 1e-9 \
            or ca.get("max_points") != cb.get("max_points")
        if not (moved or added or removed):
            unchanged += 1
            continue
        changed.append({
            "id": cid, "name": cb.get("name") or cid,
            "status_a": ca.get("status"), "status_b": cb.get("status"),
            "points_a": ca.get("points"), "points_b": cb.get("points"),
            "max_points_a": ca.get("max_points"), "max_points_b": cb.get("max_points"),
            "delta": round(float(cb.get("points") or 0) - float(ca.get("points") or 0), 2),
            "direction": _direction(ca, cb),
            "outcome_changed": bool(moved),
            "message_a": ca.get("message"), "message_b": cb.get("message"),
            "fix": cb.get("fix"),
            "evidence_added": added, "evidence_removed": removed,
        })
    order = {"worse": 0, "better": 1, "same": 2}
    changed.sort(key=lambda c: (order[c["direction"]], -abs(c["delta"]), c["id"]))
    secs_a, secs_b = a.get("sections") or {}, b.get("sections") or {}
    sections = []
    for sid in dict.fromkeys([*secs_a, *secs_b]):
        was, now = _section(secs_a.get(sid)), _section(secs_b.get(sid))
        if (was == "缺失") != (now == "缺失") or was.endswith("（嵌入）") != now.endswith("（嵌入）"):
            name = (secs_b.get(sid) or secs_a.get(sid) or {}).get("name") or sid
            sections.append({"id": sid, "name": name, "a": was, "b": now})
    score_change = None
    if isinstance(sa["score"], (int, float)) and isinstance(sb["score"], (int, float)):
        score_change = round(sb["score"] - sa["score"], 1)
    return {
        "a": sa, "b": sb,
        "score_change": score_change,
        "grade_changed": sa["grade"] != sb["grade"],
        "same_content": bool(sa["sha256"]) and sa["sha256"] == sb["sha256"],
        "rubric_changed": sa["rubric"] != sb["rubric"],
        "sections": sections,
        "checks": changed,
        "added_checks": [{"id": cid, "name": c.get("name") or cid, "status": c.get("status")}
                         for cid, c in checks_b.items() if cid not in checks_a],
        "removed_checks": [{"id": cid, "name": c.get("name") or cid, "status": c.get("status")}
                           for cid, c in checks_a.items() if cid not in checks_b],
        "unchanged": unchanged,
    }


def render_text(d: dict, shown: int = 3) -> str:
    a, b = d["a"], d["b"]
    out = [f"比较：{a['path']} → {b['path']}"]
    if d["rubric_changed"]:
        out.append(f"  注意：两边的评分细则不同（{a['rubric']} → {b['rubric']}），得分变化可能来自细则。")
    if d["same_content"]:
        out.append("  两边的原文相同（SHA-256 一致）。")
    if d["score_change"] is not None:
        sign = "+" if d["score_change"] > 0 else ""
        out.append(f"得分 {score_text(a['score'])} → {score_text(b['score'])}（{sign}{d['score_change']:g}）  "
                   f"等级 {a['grade']}{' → ' + str(b['grade']) if d['grade_changed'] else '（不变）'}")
    else:
        out.append(f"等级 {a['grade']} → {b['grade']}")
    if a["review"] or b["review"]:  # reviewed scorecards: the reviewers' scores too
        def reviewed(r):
            return f"{score_text(r['score'])} {r['grade'] or ''}（{r['state_zh']}）" if r else "未复核"

        out.append(f"复核分 {reviewed(a['review'])} → {reviewed(b['review'])}")
    if d["sections"]:
        out.append("规定内容：")
        for s in d["sections"]:
            out.append(f"  {s['name']}：{s['a']} → {s['b']}")
    total = len(d["checks"]) + d["unchanged"]
    if not d["checks"]:
        out.append(f"检查项：{total} 项的结果、得分和证据都没有变化。")
    else:
        out.append(f"有变化的检查项 {len(d['checks'])} 项（共 {total} 项，其余 {d['unchanged']} 项不变）：")
    for c in d["checks"]:
        sign = "+" if c["delta"] > 0 else ""
        head = f"  {MARK[c['direction']]} {c['name']}（{c['id']}）："
        if c["outcome_changed"]:
            head += (f"{_result({'status': c['status_a'], 'points': c['points_a'], 'max_points': c['max_points_a']})} → "
                     f"{_result({'status': c['status_b'], 'points': c['points_b'], 'max_points': c['max_points_b']})}"
                     + (f"（{sign}{c['delta']:g}）" if c["delta"] else ""))
        else:
            head += f"结果不变（{_result({'status': c['status_b'], 'points': c['points_b'], 'max_points': c['max_points_b']})}），证据有变化"
        out.append(head)
        if c["message_a"] != c["message_b"]:
            out.append(f"      原：{c['message_a']}")
            out.append(f"      现：{c['message_b']}")
        for label, items in (("新增证据", c["evidence_added"]), ("不再出现", c["evidence_removed"])):
            for e in items[:shown]:
                where = f"第 {e['line']} 行 " if e.get("line") else ""
                text = e["text"] if len(e["text"]) <= 60 else e["text"][:59] + "…"
                out.append(f"      {label}：{where}{text}")
            if len(items) > shown:
                out.append(f"      {label}：另有 {len(items) - shown} 处")
    for label, key in (("新增的检查项", "added_checks"), ("删除的检查项", "removed_checks")):
        if d[key]:
            out.append(f"{label}：" + "、".join(f"{c['name']}（{c['id']}）" for c in d[key]))
    return "\n".join(out) + "\n"


__all__ = ["FzscoreError", "compare", "load_side", "render_text"]
