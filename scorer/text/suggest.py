"""The closest of a few known names to a misspelt one (a check id or name, a rubric, a subcommand)."""
from __future__ import annotations

from collections.abc import Iterable


def closest(wanted: str, names: Iterable[str], limit: int = 3) -> list[str]:
    """Names that contain `wanted` (a Chinese name typed in part: 查摆问题 → 查摆问题具体深入), else
    the nearest by difflib's ratio; at most `limit`, the best first."""
    import difflib

    names = list(dict.fromkeys(names))
    key = wanted.strip().lower()
    if not key:
        return []
    inside = [n for n in names if key in n.lower() or n.lower().rsplit(".", 1)[-1] == key]
    if inside:
        return inside[:limit]
    lowered = {n.lower(): n for n in names}
    return [lowered[n] for n in difflib.get_close_matches(key, list(lowered), n=limit, cutoff=0.6)]


def did_you_mean(wanted: str, names: Iterable[str]) -> str:
    """“是不是 X？” (or “是不是 X、Y 之一？”), or "" when nothing is close."""
    hits = closest(wanted, names)
    if not hits:
        return ""
    return f"是不是 {hits[0]}？" if len(hits) == 1 else f"是不是 {'、'.join(hits)} 之一？"


def check_hint(wanted: str, checks) -> str:
    """是不是 id（名称）？ for the checks closest to a misspelt check id or name."""
    labels = {c["id"]: f"{c['id']}（{c.get('name', '')}）" for c in checks}
    by_name = {c.get("name"): c["id"] for c in checks}
    hits = closest(wanted, [*labels, *(c.get("name", "") for c in checks)])
    shown = list(dict.fromkeys(labels[by_name.get(h, h)] for h in hits if by_name.get(h, h) in labels))
    if not shown:
        return "没有相近的检查项"
    return f"是不是 {shown[0]}？" if len(shown) == 1 else f"是不是 {'、'.join(shown)} 之一？"
