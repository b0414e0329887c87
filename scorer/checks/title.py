"""Kind `title`: the title names the issuer, the year and the subject, and says it is a report."""
from __future__ import annotations

from scorer.checks.base import SHARE, STRINGS, Context, Option, Result, ev, grade_points, kind, mapping, say, status_for
from scorer.document.metadata import first_year

PARTS = ("issuer", "year", "subject", "type")


@kind(
    "title",
    summary="标题是否写明报告单位、年份、“法治政府建设”和“报告”",
    options=(
        Option("subject", STRINGS, "标题中应有的主题词（任一即可），如 法治政府建设"),
        Option("type", STRINGS, "标题中应有的文种词（任一即可），如 报告"),
        Option("discouraged", STRINGS, "标题中不宜使用的表述，如 工作总结", []),
        Option("discouraged_penalty", SHARE, "每出现不宜使用的表述时扣去的得分比例", 0.25),
        Option("labels", mapping(PARTS, {"type": "string", "minLength": 1}, required=True),
               "说明缺少什么时对四个要素的称呼：issuer、year、subject、type"),
    ),
    messages={"pass": (), "partial": ("problems",), "fail": ()},
)
def check_title(check: dict, ctx: Context) -> Result:
    meta = ctx.meta
    if not meta.title:
        return Result("fail", 0.0, say(check, "fail"))
    key = ctx.structure.title_key
    wanted = {
        "issuer": bool(meta.issuer and meta.issuer_source == "title"),
        "year": first_year(key) is not None,
        "subject": any(p in key for p in check["subject"]),
        "type": any(p in key for p in check["type"]),
    }
    off = [p for p in check["discouraged"] if p in key]
    missing = [check["labels"][k] for k, ok in wanted.items() if not ok]
    fraction = sum(wanted.values()) / len(wanted)
    if off:
        fraction = max(0.0, fraction - check["discouraged_penalty"])
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
