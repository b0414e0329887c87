"""Kind `forbidden_patterns`: text that must not appear, such as template placeholders (XX镇, 20XX年, ×××)."""
from __future__ import annotations

import bisect
import functools
import re

from . import Context, Result, ev, grade_points, kind, say


@kind("forbidden_patterns")
def check_forbidden(check: dict, ctx: Context) -> Result:
    blocks = ctx.structure.body_blocks() + [b for b in ctx.structure.header if b.role == "title"] + ctx.structure.closing
    blocks.sort(key=lambda b: b.line)
    # One scan of the whole text per pattern; offsets map back to blocks.
    text = "\n".join(b.raw for b in blocks)
    starts = []
    pos = 0
    for b in blocks:
        starts.append(pos)
        pos += len(b.raw) + 1
    # One alternation of all patterns: one pass, and a placeholder two patterns match counts once.
    spans = [(m.start(), m.end(), m.group(0)) for m in _alternation(tuple(check["patterns"])).finditer(text) if m.end() > m.start()]
    hits = []
    for a, z, found in sorted(spans):
        i = bisect.bisect_right(starts, a) - 1
        b = blocks[i]
        hits.append(ev(b.line, _around(b.raw, a - starts[i], z - starts[i]), match=found))
    if not hits:
        return Result("pass", grade_points(check, 1), say(check, "pass"))
    found = "、".join(dict.fromkeys(h["match"] for h in hits[:5]))
    per_hit = check.get("per_hit", 1.0)
    fraction = max(0.0, 1 - per_hit * len(hits) / check["points"]) if per_hit < check["points"] else 0.0
    status = "fail" if fraction == 0 else "partial"
    return Result(status, grade_points(check, fraction), say(check, "fail", found=found, count=len(hits)), hits[:20],
                  {"count": len(hits)})


@functools.lru_cache(maxsize=32)
def _alternation(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _around(raw: str, a: int, b: int, width: int = 30) -> str:
    lo, hi = max(0, a - width), min(len(raw), b + width)
    return ("…" if lo else "") + raw[lo:hi].strip() + ("…" if hi < len(raw) else "")
