"""Kind `plan_response`: does next year's plan answer the shortcomings, with concrete measures?

Each shortcoming is matched to its most similar plan item (scorer.matching); shortcomings with
no item above the threshold are listed as unanswered. Plan items with a measurable target or a
deadline are concrete; the others are vague.
"""
from __future__ import annotations

import re

from ..items import items_of
from ..matching import best_matches, bigram_terms, jieba_terms
from . import Context, Result, ev, grade_points, kind, say, status_for

TARGET = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|个百分点|件|次|场|期|人|名|项|家|个|万|天|日|批)|达到|全覆盖|百分之")
DEADLINE = re.compile(r"年内|年底前|年底|月底前|月前|\d{1,2}月|上半年|下半年|第[一二三四]季度|前完成|截至|全年")


@kind("plan_response")
def check_plan_response(check: dict, ctx: Context) -> Result:
    plan = ctx.parts.get("next_year")
    if plan is None or not plan.present:
        return Result("fail", 0.0, say(check, "no_plan"))
    plan_items = items_of(plan)
    if not plan_items:
        return Result("fail", 0.0, say(check, "no_plan"))
    problems = ctx.parts.get("shortcomings")
    problem_items = items_of(problems) if problems is not None and problems.present else []
    vocab = ctx.rubric.vocabulary
    tokens = jieba_terms(vocab) if check.get("tokenizer") == "jieba" else bigram_terms(vocab)
    shared = {(i.line, i.key) for i in plan_items}
    problem_items = [i for i in problem_items if (i.line, i.key) not in shared]  # never an item against itself
    matches = best_matches([i.key for i in problem_items], [i.key for i in plan_items], tokens)
    threshold = check.get("threshold", 0.08)
    evidence = []
    answered = 0
    for item, (j, score) in zip(problem_items, matches):
        if j is not None and score >= threshold:
            answered += 1
            evidence.append(ev(item.line, item.raw, note=f"已对应：第 {plan_items[j].line} 行“{plan_items[j].key[:24]}…”",
                               answered_by=plan_items[j].line, similarity=round(score, 3)))
        else:
            evidence.append(ev(item.line, item.raw, note="下一年度安排中没有对应的举措", similarity=round(score, 3)))
    concrete = [i for i in plan_items if TARGET.search(i.key) or DEADLINE.search(i.key)]
    for i in plan_items:
        if i not in concrete:
            evidence.append(ev(i.line, i.raw, note="安排笼统：没有可衡量的目标或时限"))
    answer_share = answered / len(problem_items) if problem_items else None
    concrete_share = len(concrete) / len(plan_items)
    w = check["weights"]
    if answer_share is None:
        fraction = concrete_share
    else:
        fraction = (w["answers"] * answer_share + w["concrete"] * concrete_share) / (w["answers"] + w["concrete"])
    status = status_for(fraction)
    fields = {"problems": len(problem_items), "answered": answered, "unanswered": len(problem_items) - answered,
              "items": len(plan_items), "concrete": len(concrete)}
    details = {"answered_share": None if answer_share is None else round(answer_share, 2),
               "concrete_share": round(concrete_share, 2), "threshold": threshold}
    return Result(status, grade_points(check, fraction), say(check, status, **fields), evidence, details)
