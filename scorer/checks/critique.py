"""Kind `self_critique`: does the report face its problems honestly?

Counts the distinct shortcomings, judges each specific (names an area and a fact) or a stock
phrase (有待进一步提高, 还不够到位 …), checks that causes are given per shortcoming, and compares
the length of the shortcomings with the achievements (重成绩轻问题).
"""
from __future__ import annotations

import re

from ..items import Item, items_of
from ..parts import PUNCT
from . import Context, Result, ev, grade_points, kind, say, status_for

FACT = re.compile(r"\d|%|百分之|[一二两三四五六七八九十]+(?:个|名|人|件|项|次|家)")


def judge(item: Item, check: dict, areas: tuple[str, ...], causes: tuple[str, ...]) -> dict:
    text = item.key
    stock = [p for p in check["stock_phrases"] if p in text]
    area = next((a for a in areas if a in text), None)
    fact = bool(FACT.search(text)) or any(w in text for w in check.get("fact_words", []))
    specific = bool(area) and fact
    folded = PUNCT.sub("", text)
    return {"stock": stock, "area": area, "fact": fact, "specific": specific, "cause": any(c in folded for c in causes)}


@kind("self_critique")
def check_self_critique(check: dict, ctx: Context) -> Result:
    part = ctx.parts.get("shortcomings")
    if part is None or not part.present:
        return Result("fail", 0.0, say(check, "no_section"))
    items = items_of(part)
    rec = next((r for r in ctx.rubric.recognisers if r.id == "shortcomings"), None)
    causes = rec.causes if rec else ()
    areas = ctx.rubric.vocabulary
    judged = [(i, judge(i, check, areas, causes)) for i in items]
    n = len(judged)
    weights = check["weights"]
    count_score = min(1.0, n / check.get("count_full", 3))
    specific = sum(1 for _, j in judged if j["specific"]) / n if n else 0.0
    with_causes = sum(1 for _, j in judged if j["cause"]) / n if n else 0.0
    measures = ctx.parts.get("measures")
    problem_chars = sum(len(b.k) for b in part.text_blocks())
    measure_chars = sum(len(b.k) for b in measures.text_blocks()) if measures and measures.present else 0
    ratio = problem_chars / measure_chars if measure_chars else 1.0
    ratio_score = min(1.0, ratio / check.get("ratio_full", 0.15))
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
