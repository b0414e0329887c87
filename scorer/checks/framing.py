"""Kind `framing`: the guiding formulations a report uses are the ones in force for its year.

Each entry of `framings` names formulations (regular expressions on the normalised text) that
were replaced in a year, what replaced them and the basis; a report for that year or later that
still uses one is a 规范性 finding on its line. Which formulation is current is rubric data, so a
new 党代会 or 纲要 is a new entry, not new code.
"""
from __future__ import annotations

from scorer.checks.base import STRINGS, Context, Option, Result, ev, grade_points, kind, number, say
from scorer.text.safe_regex import any_of

FRAMING = {"type": "object", "required": ["patterns", "outdated_from", "current"], "additionalProperties": False,
           "properties": {"patterns": STRINGS, "outdated_from": {"type": "integer", "minimum": 1990, "maximum": 2100},
                          "current": {"type": "string", "minLength": 1}, "basis": {"type": "string"}}}


@kind(
    "framing",
    summary="是否沿用了报告年度已被取代的指导思想、会议精神或纲要表述",
    options=(
        Option("framings", {"type": "array", "minItems": 1, "items": FRAMING},
               "过时的表述：patterns（正则）、outdated_from（从哪一报告年度起过时）、current（现行表述）、basis（依据）", regex=True),
        Option("per_hit", number(minimum=0), "每一种过时表述扣的分数", 1.0),
    ),
    messages={"pass": ("year",), "fail": ("found", "count", "current"), "not_applicable": ()},
)
def check_framing(check: dict, ctx: Context) -> Result:
    year = ctx.meta.report_year
    if year is None:
        return Result("not_applicable", 0.0, say(check, "not_applicable"))
    blocks = ctx.structure.body_blocks() + [b for b in ctx.structure.header if b.role == "title"]
    hits, current = [], []
    for entry in check["framings"]:
        if year < entry["outdated_from"]:
            continue
        rx = any_of(tuple(entry["patterns"]))
        for b in blocks:
            m = rx.search(b.k)
            if m:
                a, z = b.key.raw_span(m.start(), m.end())
                hits.append(ev(b.line, b.raw.strip(), match=b.raw[a:z],
                               note=f"{year}年度的报告仍用“{b.raw[a:z]}”，现行表述为{entry['current']}"))
                current.append(entry["current"])
                break  # one finding per outdated formulation
    if not hits:
        return Result("pass", grade_points(check, 1), say(check, "pass", year=year))
    fraction = max(0.0, 1 - check["per_hit"] * len(hits) / check["points"])
    found = "、".join(dict.fromkeys(h["match"] for h in hits))
    return Result("partial" if fraction > 0 else "fail", grade_points(check, fraction),
                  say(check, "fail", found=found, count=len(hits), current="；".join(dict.fromkeys(current))), hits,
                  {"count": len(hits)})
