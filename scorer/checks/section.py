"""Kind `section`: is a required part of the report there, and in what form?

Credit depends on the form: a section of its own, a sub-heading, a paragraph, or only a
passing sentence (`credit`). `require: [causes]` asks more of the part (不足 *and* 原因).
"""
from __future__ import annotations

from typing import Any

from scorer.checks.base import SHARE, Context, Option, Result, ev, fill, grade_points, kind, mapping, status_for
from scorer.document import causes

FORMS = ("section", "subheading", "paragraph", "sentence")


@kind(
    "section",
    summary="规定的某一部分是否存在，以及是单列成部分、小标题、段落还是一句话带过",
    options=(
        Option("section", {"type": "string", "minLength": 1}, "要检查的部分（sections 中的 id）", section=True),
        Option("credit", mapping(FORMS, SHARE), "各种形式得分的比例：单列 section、小标题 subheading、段落 paragraph、一句话 sentence",
               {"section": 1.0, "subheading": 1.0, "paragraph": 1.0, "sentence": 0.5}),
        Option("require", {"type": "array", "items": {"enum": ["causes"]}},
               "部分还须具备的内容：causes（至少分析了一个具体成因；只写思想认识、重视程度等主观“原因”不算）", []),
        Option("require_credit", SHARE, "缺少 require 所列内容时，得分乘以这一比例", 0.5),
    ),
    messages={"pass": ("name", "heading", "line"), "fail": ("name",), "partial": ("name", "heading", "line"),
              "partial_subheading": ("name", "heading", "line"), "partial_paragraph": ("name", "heading", "line"),
              "partial_sentence": ("name", "heading", "line"), "missing_causes": ("name", "heading", "line"),
              "moralising_causes": ("name", "heading", "line", "said")},
)
def check_section(check: dict, ctx: Context) -> Result:
    part = ctx.parts[check["section"]]
    if not part.present:
        return Result("fail", 0.0, _message(check, "fail", {"name": part.name}))
    credit = check["credit"]
    form = part.embedding if part.form == "embedded" and part.embedding else "section"
    fraction = credit.get(form, 1.0)
    evidence = [ev(part.line, ctx.line_text(part.line) if part.line else part.heading or "", role="heading")]
    fields = {"name": part.name, "heading": part.heading or "", "line": part.line}
    details: dict[str, Any] = {"form": part.form, "embedding": part.embedding}
    missing, key = [], None
    if "causes" in check["require"]:
        vocab = causes.vocabulary_of(ctx.rubric, part.id)
        stated = causes.part_causes(part.text_blocks(), vocab)
        specific = [(b, c) for b, c in stated if c.quality == "specific"]
        details["causes"] = {q: sum(1 for _, c in stated if c.quality == q) for q in ("specific", "moralising", "empty")}
        if not specific:
            missing.append("causes")
            moral = [(b, c) for b, c in stated if c.quality != "specific"]
            if moral:
                key = "moralising_causes"
                words = [w for _, c in moral for w in vocab.moralising if w in c.text]
                fields["said"] = "、".join(dict.fromkeys(words[:4])) or "；".join(dict.fromkeys(c.text[:20] for _, c in moral[:2]))
                evidence += [ev(b.line, b.raw.strip(), note="原因只停留在主观层面，没有具体成因") for b, _ in moral[:3]]
        else:
            evidence += [ev(b.line, b.raw.strip(), note=f"具体成因：{c.text[:40]}") for b, c in specific[:3]]
    if missing:
        fraction *= check["require_credit"]
        status = "partial" if fraction > 0 else "fail"
        message = _message(check, key or f"missing_{missing[0]}", fields, f"missing_{missing[0]}")
        return Result(status, grade_points(check, fraction), message, evidence, details | {"missing": missing})
    status = status_for(fraction)
    key = "pass" if status == "pass" else f"partial_{form}"
    return Result(status, grade_points(check, fraction), _message(check, key, fields, status), evidence, details)


def _message(check: dict, key: str, fields: dict, fallback: str | None = None) -> str:
    messages = check["messages"]
    text = messages.get(key) or messages.get(fallback or key) or messages.get("partial") or messages.get("fail", "")
    return fill(text, fields)
