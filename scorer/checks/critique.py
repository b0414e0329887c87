"""Kind `self_critique`: does the report face its problems honestly?

Counts the distinct shortcomings, judges each specific (names an area and a fact) or a stock
phrase (有待进一步提高, 还不够到位 …), checks that causes are given per shortcoming, and compares
the length of the shortcomings with the achievements (重成绩轻问题).
"""
from __future__ import annotations

import functools
import re

from ..items import Item, items_of
from ..parts import PUNCT
from . import SECTION, STRINGS, Context, Option, Result, ev, grade_points, kind, number, say, status_for, weights


@functools.lru_cache(maxsize=8)
def _any_of(patterns: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else re.compile(r"(?!)")


def judge(item: Item, check: dict, areas: tuple[str, ...], causes: tuple[str, ...]) -> dict:
    text = item.key
    stock = [p for p in check["stock_phrases"] if p in text]
    area = next((a for a in areas if a in text), None)
    fact = bool(_any_of(tuple(check["fact_patterns"])).search(text)) or any(w in text for w in check["fact_words"])
    specific = bool(area) and fact
    folded = PUNCT.sub("", text)
    return {"stock": stock, "area": area, "fact": fact, "specific": specific, "cause": any(c in folded for c in causes)}


@kind(
    "self_critique",
    summary="查摆问题的条数、是否具体、是否分析原因，以及问题部分与成效部分的篇幅之比",
    options=(
        Option("section", SECTION, "存在的不足所在的部分（sections 中的 id；其 causes 线索用来判断原因分析）", section=True),
        Option("compare_to", SECTION, "与之比较篇幅的成效部分（sections 中的 id）", section=True),
        Option("count_full", number(above=0), "问题条数达到这一值，条数一项得满分", 3),
        Option("ratio_full", number(above=0), "问题部分篇幅达到成效部分的这一比例，篇幅一项得满分", 0.15),
        Option("weights", weights("count", "specific", "causes", "ratio"), "条数、具体、原因、篇幅四项的权重"),
        Option("stock_phrases", STRINGS, "套话：问题只用这些说法而没有具体事实时算作套话"),
        Option("fact_words", STRINGS, "表明问题有具体事实的词（如 偏低、仅、尚未）", []),
        Option("fact_patterns", STRINGS, "表明问题有具体事实的正则表达式（如数字、百分比、“3个”）"),
    ),
    messages={"pass": ("count", "specific", "stock", "causes", "ratio"),
              "partial": ("count", "specific", "stock", "causes", "ratio"),
              "fail": ("count", "specific", "stock", "causes", "ratio"), "no_section": ()},
)
def check_self_critique(check: dict, ctx: Context) -> Result:
    part = ctx.part(check["section"])
    if part is None:
        return Result("fail", 0.0, say(check, "no_section"))
    items = items_of(part)
    rec = next((r for r in ctx.rubric.recognisers if r.id == check["section"]), None)
    causes = rec.causes if rec else ()
    areas = ctx.rubric.vocabulary
    judged = [(i, judge(i, check, areas, causes)) for i in items]
    n = len(judged)
    weights = check["weights"]
    count_score = min(1.0, n / check["count_full"])
    specific = sum(1 for _, j in judged if j["specific"]) / n if n else 0.0
    with_causes = sum(1 for _, j in judged if j["cause"]) / n if n else 0.0
    measures = ctx.part(check["compare_to"])
    problem_chars = sum(len(b.k) for b in part.text_blocks())
    measure_chars = sum(len(b.k) for b in measures.text_blocks()) if measures else 0
    ratio = problem_chars / measure_chars if measure_chars else 1.0
    ratio_score = min(1.0, ratio / check["ratio_full"])
    fraction = (weights["count"] * count_score + weights["specific"] * specific
                + weights["causes"] * with_causes + weights["ratio"] * ratio_score) / sum(weights.values())
    evidence = []
    for item, j in judged:
        notes = ["具体" if j["specific"] else ("套话：" + "、".join(j["stock"]) if j["stock"] else "笼统：没有具体领域和数据")]
        notes.append("有原因分析" if j["cause"] else "没有原因")
        evidence.append(ev(item.line, item.raw, note="；".join(notes)))
    status = status_for(fraction if fraction < 0.97 else 1.0)
    fields = {
        "count": n,
        "specific": sum(1 for _, j in judged if j["specific"]),
        "stock": sum(1 for _, j in judged if j["stock"] and not j["specific"]),
        "causes": sum(1 for _, j in judged if j["cause"]),
        "ratio": f"{ratio:.0%}",
    }
    details = {"items": n, "specific_share": round(specific, 2), "causes_share": round(with_causes, 2),
               "problem_to_achievement_ratio": round(ratio, 3)}
    return Result(status, grade_points(check, fraction), say(check, status, **fields), evidence, details)
