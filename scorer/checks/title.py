"""Kind `title`: the title names the issuer, the year and the subject, and says it is a report."""
from __future__ import annotations


from ..metadata import first_year
from . import Context, Result, ev, grade_points, kind, say, status_for


@kind("title")
def check_title(check: dict, ctx: Context) -> Result:
    meta = ctx.meta
    if not meta.title:
        return Result("fail", 0.0, say(check, "fail"))
    key = ctx.structure.title_key
    wanted = {
        "issuer": bool(meta.issuer and meta.issuer_source == "title"),
        "year": first_year(key) is not None,
        "subject": any(p in key for p in check.get("subject", ["法治政府建设"])),
        "type": any(p in key for p in check.get("type", ["报告"])),
    }
    off = [p for p in check.get("discouraged", []) if p in key]
    labels = check.get("labels", {})
    missing = [labels.get(k, k) for k, ok in wanted.items() if not ok]
    fraction = sum(wanted.values()) / len(wanted)
    if off:
        fraction = max(0.0, fraction - check.get("discouraged_penalty", 0.25))
    evidence = [ev(meta.title_line, meta.title)]
    status = status_for(fraction)
    if status == "pass":
        return Result("pass", grade_points(check, 1), say(check, "pass"), evidence)
    problems = []
    if missing:
        problems.append("缺少" + "、".join(missing))
    if off:
        problems.append("使用了不规范的表述“" + "”“".join(off) + "”")
    return Result(status, grade_points(check, fraction), say(check, "partial", problems="；".join(problems)), evidence,
                  {"missing": missing, "discouraged": off})
