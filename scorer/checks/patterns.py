"""Kind `forbidden_patterns`: text that must not appear, such as template placeholders (XX镇, 20XX年, ×××)."""
from __future__ import annotations

import re

from . import Context, Result, ev, grade_points, kind, say


@kind("forbidden_patterns")
def check_forbidden(check: dict, ctx: Context) -> Result:
    rx = [re.compile(p) for p in check["patterns"]]
    hits = []
    blocks = ctx.structure.body_blocks() + [b for b in ctx.structure.header if b.role == "title"] + ctx.structure.closing
    for b in sorted(blocks, key=lambda b: b.line):
        taken: list[tuple[int, int]] = []
        for r in rx:
            for m in r.finditer(b.raw):
                if any(m.start() < z and a < m.end() for a, z in taken):
                    continue  # one placeholder matched by two patterns counts once
                taken.append(m.span())
                hits.append(ev(b.line, _around(b.raw, m.start(), m.end()), match=m.group(0)))
    if not hits:
        return Result("pass", grade_points(check, 1), say(check, "pass"))
    found = "、".join(dict.fromkeys(h["match"] for h in hits[:5]))
    per_hit = check.get("per_hit", 1.0)
    fraction = max(0.0, 1 - per_hit * len(hits) / check["points"]) if per_hit < check["points"] else 0.0
    status = "fail" if fraction == 0 else "partial"
    return Result(status, grade_points(check, fraction), say(check, "fail", found=found, count=len(hits)), hits[:20],
                  {"count": len(hits)})


def _around(raw: str, a: int, b: int, width: int = 30) -> str:
    lo, hi = max(0, a - width), min(len(raw), b + width)
    return ("…" if lo else "") + raw[lo:hi].strip() + ("…" if hi < len(raw) else "")
