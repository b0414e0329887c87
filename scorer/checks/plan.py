"""Kind `plan_response`: does next year's plan answer the shortcomings, with concrete measures?

Each shortcoming is matched to its most similar plan item (scorer.text.matching); shortcomings with
no item above the threshold are listed as unanswered. Plan items with a measurable target or a
deadline are concrete; the others are vague.
"""
from __future__ import annotations

import functools

from scorer.checks.base import (
    SECTION,
    SHARE,
    STRINGS,
    Context,
    Option,
    Result,
    ev,
    grade_points,
    kind,
    number,
    say,
    status_for,
    weights,
)
from scorer.checks.section import copied_text, dated_by_then, is_copied
from scorer.document import causes
from scorer.document.items import Item, items_of
from scorer.document.metadata import BOOK_TITLE, YEAR
from scorer.document.sentences import SENTENCE, is_past
from scorer.text.matching import best_matches, bigram_terms, jieba_terms
from scorer.text.safe_regex import any_of


def _due_later(key: str, plan_year: int) -> bool:
    """Whether every year an item names (outside 《titles》) is later than the plan's own year."""
    years = [int(y) for y in YEAR.findall(BOOK_TITLE.sub("", key))]
    return bool(years) and min(years) > plan_year


@kind(
    "plan_response",
    summary="下一年度安排是否逐条回应查摆的问题，安排是否有可衡量的目标或时限",
    options=(
        Option("section", SECTION, "下一年度安排所在的部分（sections 中的 id）", section=True),
        Option("problems", SECTION, "存在的不足所在的部分（sections 中的 id）", section=True),
        Option("threshold", SHARE, "一条安排与一个问题的相似度达到这一值才算回应了它", 0.08),
        Option("tokenizer", {"enum": ["bigrams", "jieba"]}, "比较文本的切分方式：bigrams（二字组）或 jieba（分词）", "bigrams"),
        Option("weights", weights("answers", "concrete"), "回应问题、目标具体两项的权重"),
        Option("achievements", {"type": "string"}, "本年度成效所在的部分（sections 中的 id）：照抄其中句子的安排不算安排", None, section=True),
        Option("target_patterns", STRINGS, "表明安排有可衡量目标的正则表达式（如“达到”“100%”“3次”）", regex=True),
        Option("deadline_patterns", STRINGS, "表明安排有完成时限的正则表达式（如“年底前”“6月”）", regex=True),
        Option("answers_full", number(above=0), "回应了这么多个问题，回应一项即得满分：列出更多问题的报告不因坦率而失分", None),
        Option("items_full", number(minimum=1, integer=True), "安排写到这么多项，具体程度才按比例计算：一两项安排（哪怕有时限）撑不起一年的安排", 1),
        Option("vague_credit", SHARE, "没有目标和时限、但写明了具体工作领域（评分细则 vocabulary 中的词）的安排所得的比例；"
               "只有口号的安排不得分，它对问题的“回应”也只算这一比例", 0.5),
    ),
    messages={"pass": ("problems", "answered", "unanswered", "items", "concrete"),
              "partial": ("problems", "answered", "unanswered", "items", "concrete", "too_few"),
              "fail": ("problems", "answered", "unanswered", "items", "concrete", "too_few"), "no_plan": (),
              "no_problems": ("items", "concrete", "too_few")},
)
def check_plan_response(check: dict, ctx: Context) -> Result:
    plan = ctx.part(check["section"])
    if plan is None:
        return Result("fail", 0.0, say(check, "no_plan"))
    plan_items = items_of(plan)
    if not plan_items:
        return Result("fail", 0.0, say(check, "no_plan"))
    problems = ctx.part(check["problems"])
    # a problem is matched on what it says is wrong: a paragraph that only analyses causes is no
    # problem, and the causes a problem adds (stock or not) are no part of what a plan must answer
    vocab_causes = causes.vocabulary_of(ctx.rubric, check["problems"])
    problem_items = [Item(i.line, causes.without_causes(i.key, vocab_causes), i.raw, i.enumerated)
                     for i in (items_of(problems) if problems is not None else []) if not causes.is_cause_statement(i.key)]
    vocab = ctx.rubric.vocabulary
    tokens = jieba_terms(vocab) if check["tokenizer"] == "jieba" else bigram_terms(vocab)
    plan_items = list({i.key: i for i in reversed(plan_items)}.values())[::-1]  # a repeated item once
    shared = {(i.line, i.key) for i in plan_items}
    problem_items = [i for i in problem_items if (i.line, i.key) not in shared]  # never an item against itself
    target, deadline = any_of(tuple(check["target_patterns"])), any_of(tuple(check["deadline_patterns"]))
    vague = check["vague_credit"]

    achieved = copied_text(ctx.part(check["achievements"])) if check.get("achievements") else ""

    @functools.cache  # asked of an item again when it answers a problem and for its evidence
    def repeats(key: str) -> bool:
        """Written as done, or copied from the year's achievements: no plan."""
        return is_past(key) or any(is_copied(s, achieved) for s in SENTENCE.findall(key)) if achieved else is_past(key)

    next_year = ctx.meta.report_year + 1 if ctx.meta.report_year else None

    def value(key: str) -> float:
        """1 for a measurable target or a deadline, `vague` for named work, 0 for a slogan or for
        the year's achievements repeated (written as done); an item due only in later years than the
        plan's (2027年实现…) is no measure of the plan's year: named work at most."""
        if repeats(key):
            return 0.0
        named = vague if any(term in key for term in vocab) else 0.0
        if next_year and _due_later(key, next_year):
            return named
        report_year = next_year - 1 if next_year else None
        if target.search(key) or any(not dated_by_then(key, m.start(), report_year) for m in deadline.finditer(key)):
            return 1.0
        return named

    values = [value(i.key) for i in plan_items]
    matches = best_matches([i.key for i in problem_items], [i.key for i in plan_items], tokens)
    threshold = check["threshold"]
    evidence = []
    answered = 0
    answer_credit = 0.0
    for item, (j, score) in zip(problem_items, matches):
        if j is not None and score >= threshold:
            answered += 1
            answer_credit += 0.0 if repeats(plan_items[j].key) else 1.0 if values[j] > 0 else vague
            evidence.append(ev(item.line, item.raw, note=f"已对应：第 {plan_items[j].line} 行“{plan_items[j].key[:24]}…”",
                               answered_by=plan_items[j].line, similarity=round(score, 3)))
        else:
            evidence.append(ev(item.line, item.raw, note="下一年度安排中没有对应的举措", similarity=round(score, 3)))
    for i, v in zip(plan_items, values):
        if repeats(i.key):
            evidence.append(ev(i.line, i.raw, note="写的是已经完成的工作（照搬本年度成效），不是下一年度的安排，不计分"))
        elif v == 0:
            evidence.append(ev(i.line, i.raw, note="安排只是口号：没有具体工作、目标或时限"))
        elif v < 1:
            evidence.append(ev(i.line, i.raw, note="安排笼统：没有可衡量的目标或时限"))
    concrete = [i for i, v in zip(plan_items, values) if v == 1]
    # a plan answers the problems a report lists; listing one more (candour) must not cost points
    asked = min(len(problem_items), check["answers_full"] or len(problem_items))
    # a report that finds no problem has none for its plan to answer: the plan earns its concreteness only
    # (panels B and E graded such plans as answering nothing; the tool had given them their full weight)
    answer_share = min(1.0, answer_credit / asked) if problem_items else 0.0
    # a plan of one or two items, however dated, is no year's plan: its share counts against a few items
    concrete_share = sum(values) / max(len(plan_items), check["items_full"])
    w = check["weights"]
    fraction = (w["answers"] * answer_share + w["concrete"] * concrete_share) / (w["answers"] + w["concrete"])
    status = status_for(fraction)
    fields = {"problems": len(problem_items), "answered": answered, "unanswered": len(problem_items) - answered,
              "items": len(plan_items), "concrete": len(concrete),
              "too_few": check["items_full"] if len(plan_items) < check["items_full"] else None}
    details = {"answered_share": round(answer_share, 2),
               "concrete_share": round(concrete_share, 2), "threshold": threshold}
    message = (not problem_items and say(check, "no_problems", **fields)) or say(check, status, **fields)
    return Result(status, grade_points(check, fraction), message, evidence, details)
