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
    spans = []
    for rx in _compiled(tuple(check["patterns"])):
        spans += [(m.start(), m.end(), m.group(0)) for m in rx.finditer(text) if m.end() > m.start()]
    hits = []
    for a, z, found in _leftmost_longest(spans):
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
def _compiled(patterns: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """Every top-level alternative compiled on its own: one that starts with a literal or a character
    class lets `re` jump to the next candidate, where one big alternation tries each at every
    position (0.76 ms against 0.2 ms on a 5,000-character report)."""
    out = []
    for p in patterns:
        alternatives = _alternatives(p)
        try:
            out += [re.compile(a) for a in alternatives]
        except re.error:
            out.append(re.compile(p))
    return tuple(out)


def _alternatives(pattern: str) -> list[str]:
    """`a|b(c|d)|[|]` → ['a', 'b(c|d)', '[|]']; the pattern whole when splitting could change it
    (global flags, back-references)."""
    if pattern.startswith("(?") and re.match(r"\(\?[aiLmsux]+\)", pattern) or re.search(r"\\\d|\(\?P=", pattern):
        return [pattern]
    parts, depth, in_class, escaped, start, opened = [], 0, False, False, 0, 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:  # a "]" first in a class ("[]" or "[^]") is a literal
            in_class = ch != "]" or i == opened + 1 or (i == opened + 2 and pattern[opened + 1] == "^")
        elif ch == "[":
            in_class, opened = True, i
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts if all(parts) else [pattern]


def _leftmost_longest(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Non-overlapping matches, leftmost first and the longest there: a placeholder that two
    patterns match counts once."""
    kept, end = [], -1
    for a, z, found in sorted(spans, key=lambda s: (s[0], -s[1])):
        if a >= end:
            kept.append((a, z, found))
            end = z
    return kept


def _around(raw: str, a: int, b: int, width: int = 30) -> str:
    lo, hi = max(0, a - width), min(len(raw), b + width)
    return ("…" if lo else "") + raw[lo:hi].strip() + ("…" if hi < len(raw) else "")
