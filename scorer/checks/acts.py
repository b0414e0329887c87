"""Kind `acts`: does the 第一责任人 part report what the principal leaders did?

The part earns full credit only with concrete acts (专题研究, 主持召开, 带头学法, 述法, 旁听庭审,
出庭应诉, 批示, 督办 …: the rubric's `acts`) that carry a count or a date (`count_patterns`). An act
without either earns half; a part that only restates duties and slogans earns `duty_credit`. The
message names the acts that are missing.
"""
from __future__ import annotations

import re

from scorer.checks.base import SECTION, SHARE, STRINGS, Context, Option, Result, ev, grade_points, kind, number, say, status_for
from scorer.text.safe_regex import any_of

SENTENCE = re.compile(r"[^。;!?]+[。;!?]?")
ACT = {"type": "object", "required": ["name", "phrases"], "additionalProperties": False,
       "properties": {"name": {"type": "string", "minLength": 1}, "phrases": STRINGS}}




@kind(
    "acts",
    summary="第一责任人部分是否写了主要负责人的具体履职行为（专题研究、主持召开、述法、出庭应诉等），并有次数或时间",
    options=(
        Option("section", SECTION, "要检查的部分（sections 中的 id）", section=True),
        Option("acts", {"type": "array", "minItems": 1, "items": ACT}, "具体履职行为，每项有名称和词语"),
        Option("count_patterns", STRINGS, "表明行为有次数或时间的正则表达式（如“\\d+次”“\\d{1,2}月”）", regex=True),
        Option("full_at", number(above=0), "有次数或时间的不同履职行为达到这一数目得满分", 3),
        Option("duty_credit", SHARE, "只重申职责、没有写具体行为时得分的比例", 0.25),
    ),
    messages={"pass": ("acts", "count"), "partial": ("acts", "count", "uncounted", "missing"), "fail": ("missing",),
              "no_section": ()},
)
def check_acts(check: dict, ctx: Context) -> Result:
    part = ctx.part(check["section"])
    if part is None:
        return Result("fail", 0.0, say(check, "no_section"))
    counted = any_of(tuple(check["count_patterns"]))
    concrete: dict[str, tuple] = {}
    vague: dict[str, tuple] = {}
    seen: set[str] = set()
    blocks = part.text_blocks()
    for b in blocks:
        if b.k in seen:
            continue
        seen.add(b.k)
        for sm in SENTENCE.finditer(b.k):
            sentence = sm.group(0)
            for act in check["acts"]:
                phrase = next((p for p in act["phrases"] if p in sentence), None)
                if phrase is None:
                    continue
                target = concrete if counted.search(sentence) else vague
                a, z = b.key.raw_span(sm.start(), sm.end())
                target.setdefault(act["name"], (b.line, b.raw[a:z].strip()))
    vague = {k: v for k, v in vague.items() if k not in concrete}
    done = len(concrete) + 0.5 * len(vague)
    fraction = min(1.0, done / check["full_at"])
    if not concrete and not vague:
        fraction = check["duty_credit"]
    missing = [a["name"] for a in check["acts"] if a["name"] not in concrete and a["name"] not in vague][:5]
    evidence = [ev(line, text, note=f"{name}（有次数或时间）") for name, (line, text) in concrete.items()]
    evidence += [ev(line, text, note=f"{name}：没有次数或时间") for name, (line, text) in vague.items()]
    if not evidence and blocks:
        evidence.append(ev(blocks[0].line, blocks[0].raw.strip(), note="只重申职责，没有写具体履职行为"))
    status = status_for(fraction)
    fields = {"acts": "、".join(list(concrete) + list(vague)) or "无", "count": len(concrete),
              "uncounted": "、".join(vague) or "无", "missing": "、".join(missing) or "无"}
    details = {"concrete": list(concrete), "without_count": list(vague)}
    return Result(status, grade_points(check, fraction), say(check, status, **fields), evidence, details)
