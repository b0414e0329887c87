"""Kind `section`: is a required part of the report there, and in what form?

Credit depends on the form: a section of its own, a sub-heading, a paragraph, or only a
passing sentence (`credit`). `require: [causes]` asks more of the part (不足 *and* 原因).
"""
from __future__ import annotations

from . import Context, Result, ev, grade_points, kind, say, status_for

DEFAULT_CREDIT = {"section": 1.0, "subheading": 1.0, "paragraph": 1.0, "sentence": 0.5}


@kind("section")
def check_section(check: dict, ctx: Context) -> Result:
    part = ctx.parts[check["section"]]
    if not part.present:
        return Result("fail", 0.0, say(check, "fail", name=part.name))
    credit = {**DEFAULT_CREDIT, **check.get("credit", {})}
    form = part.embedding if part.form == "embedded" else "section"
    fraction = credit.get(form, 1.0)
    evidence = [ev(part.line, ctx.line_text(part.line) if part.line else part.heading or "", role="heading")]
    missing = [r for r in check.get("require", []) if not part.extra.get(r)]
    fields = {"name": part.name, "heading": part.heading or "", "line": part.line}
    if missing:
        fraction *= check.get("require_credit", 0.5)
        status = "partial" if fraction > 0 else "fail"
        key = f"missing_{missing[0]}"
        message = check.get("messages", {}).get(key) or say(check, "partial", **fields)
        return Result(status, grade_points(check, fraction), message.format_map(_Safe(fields)), evidence,
                      {"form": part.form, "embedding": part.embedding, "missing": missing})
    status = status_for(fraction)
    msg_key = "pass" if status == "pass" else f"partial_{form}"
    message = check.get("messages", {}).get(msg_key) or say(check, status, **fields)
    return Result(status, grade_points(check, fraction), message.format_map(_Safe(fields)), evidence,
                  {"form": part.form, "embedding": part.embedding})


class _Safe(dict):
    def __missing__(self, key):
        return "{" + key + "}"
