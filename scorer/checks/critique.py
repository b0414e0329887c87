"""Kind `self_critique`: does the report face its problems honestly?

Counts the distinct shortcomings, judges each specific (names an area and a fact) or a stock
phrase (有待进一步提高, 还不够到位 …), checks that each is given a specific cause (scorer.document.causes:
a moralising "cause" earns nothing), and compares the length of the shortcomings with the
achievements (重成绩轻问题). A paragraph that only analyses causes ("究其原因，一是…") is not a
problem of its own: its specific causes cover problems that have none of their own. Text repeated
verbatim counts once.
"""
from __future__ import annotations

import re

from scorer.checks.base import SECTION, STRINGS, Context, Option, Result, ev, grade_points, kind, number, say, status_for, weights
from scorer.checks.figures import figure_keys
from scorer.document import causes as cause_analysis
from scorer.document.items import Item, items_of
from scorer.text.safe_regex import any_of

SENTENCE = re.compile(r"[^。;!?]+[。;!?]?")


def judge(item: Item, check: dict, areas: tuple[str, ...], vocab: cause_analysis.CauseVocabulary,
          achieved: frozenset[str] = frozenset()) -> dict:
    stated, problem, padding, analysed = [], "", 0, 0
    # a problem is judged on what it says is wrong, not on the causes it adds (the facts of a specific cause are
    # the cause's, wherever the causes stand); a sentence whose cause is not specific adds nothing, not even length
    for sentence, found in _sentence_causes(item.key, vocab):
        stated += found
        if _retells_results(sentence, achieved):
            padding += len(sentence)  # the year's results told again: neither a problem nor its length
            continue
        if not found:
            problem += sentence
            continue
        # (causes are read with the commas taken out: the head before one is found alike)
        folded = cause_analysis.PUNCT.sub("", sentence)
        head = folded[: folded.find(found[0].text)] if found[0].text in folded else ""
        if _idle(found):
            padding += len(sentence)
            problem += head if len(head) > 12 else ""  # "…不足，究其原因是…": the problem before the cue stays
        else:
            problem += head  # "…超期结案9件，主要是审批层级多": the counted fact before the cue is the problem's
            analysed += len(sentence) - len(head)
    stock = [p for p in check["stock_phrases"] if p in problem]
    area = next((a for a in areas if a in problem), None)
    # the year's results told again among the problems ("当然也要清醒看到，我们做到了培训考核率100%…") are no facts of one
    told = _without_achieved(problem, achieved)
    fact = bool(any_of(tuple(check["fact_patterns"])).search(told)) or any(w in told for w in check["fact_words"])
    specific = bool(area) and fact
    if not specific:
        # a merit told as the problem ("成效超出预期、群众评价很高，但宣传推广还不够及时"): praise, as such a cause is
        stock += [w for w in vocab.boasting if w in problem][:1]
    cause = next((c for c in stated if c.quality == "specific"), None)
    weak = next((c for c in stated if c.quality != "specific"), None)
    solved = _solved(item.key, check["solved"])
    if solved:
        specific = False  # "…早在上年底便整改完毕，本年度没有再出现": no shortcoming of the report year
    return {"stock": stock, "area": area, "fact": fact, "specific": specific, "cause": cause, "weak_cause": weak,
            "padding": padding, "analysed": analysed, "solved": solved}


STILL = re.compile(r"但|仍|还有|尚|依然|依旧")  # a problem said solved in part and still there


def _solved(problem: str, phrases: list[str]) -> bool:
    """Whether the problem is said to be gone in the report year (本年度没有再出现, 已不复存在), with nothing
    said to remain after it."""
    at = max((problem.rfind(p) for p in phrases), default=-1)
    return at >= 0 and not STILL.search(problem, at)


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
        Option("fact_patterns", STRINGS, "表明问题有具体事实的正则表达式（如数字、百分比、“3个”）", regex=True),
        Option("disclosed_in", {"type": "array", "items": {"type": "string", "minLength": 1}},
               "另行报告问题的部分（如 其他需要报告的情况，sections 中的 id）：其中说出不利事实（adverse 的词）的条目也算查摆出的问题",
               [], section=True),
        Option("adverse", STRINGS, "不利事实的词（如 败诉、被纠错、督察反馈）：disclosed_in 部分的条目含其一才算问题", []),
        Option("solved", STRINGS, "说问题在本年度已不存在的词（如 没有再出现、不复存在）：其后没有说仍存在什么时，"
               "这条“问题”不是本年度的不足，不计条数和篇幅", []),
    ),
    messages={"pass": ("count", "specific", "stock", "causes", "ratio"),
              "partial": ("count", "specific", "stock", "causes", "ratio"),
              "fail": ("count", "specific", "stock", "causes", "ratio"), "no_section": ()},
)
def check_self_critique(check: dict, ctx: Context) -> Result:
    part = ctx.part(check["section"])
    vocab = cause_analysis.vocabulary_of(ctx.rubric, check["section"])
    seen: set[str] = set()
    problems: list[Item] = []
    cause_items: list[Item] = []
    for item in items_of(part) if part is not None else []:
        if item.key in seen:
            continue  # the same text twice is one problem
        seen.add(item.key)
        (cause_items if cause_analysis.is_cause_statement(item.key) else problems).append(item)
    # an adverse matter reported apart (其他需要报告的情况: 败诉3件…已重新作出处理决定) is faced as a problem is;
    # praise or 无 there is nothing
    disclosed = [item for other in (p for p in (ctx.part(s) for s in check["disclosed_in"]) if p is not None)
                 for item in items_of(other) if any(w in item.key for w in check["adverse"])]
    for item in disclosed:
        if item.key not in seen:
            seen.add(item.key)
            problems.append(item)
    if part is None and not problems:
        return Result("fail", 0.0, say(check, "no_section"))
    areas = ctx.rubric.vocabulary
    measures = ctx.part(check["compare_to"])
    achieved = frozenset(k for _, k in figure_keys("".join(b.k for b in measures.text_blocks()))) if measures else frozenset()
    judged = [(i, judge(i, check, areas, vocab, achieved)) for i in problems]
    spare = sum(1 for i in cause_items for c in cause_analysis.causes_in(i.key, vocab) if c.quality == "specific")
    for _, j in judged:  # causes analysed apart cover the problems without one of their own
        if j["cause"] is None and spare:
            j["cause_apart"] = True
            spare -= 1
    n = len(judged)
    weights = check["weights"]
    # a problem that names no area of the work (法治如水，润物无声), is told only in stock phrases
    # (有待进一步提高) or only gives a cause that is not specific (症结在于…意识淡薄) faces nothing: it adds
    # neither to the count nor to the length, so listing three of them earns what listing none does
    empty_problems = [(i, j) for i, j in judged if j["solved"] or (not j["specific"] and (j["stock"] or not j["area"]))]
    count_score = min(1.0, (n - len(empty_problems)) / check["count_full"])
    specific = sum(1 for _, j in judged if j["specific"]) / n if n else 0.0
    with_causes = sum(1 for _, j in judged if j["cause"] or j.get("cause_apart")) / n if n else 0.0
    # the length that engages with the problems, summed from its pieces: the problems that face something, the
    # causes that are specific, and of the words around them (an opening, a reflection, a recap, an enumerator)
    # only the sentences that state a fact of the work; a paragraph repeated verbatim counts once
    empty = {id(i) for i, _ in empty_problems}
    around = _around_items(part.text_blocks(), problems + cause_items) if part is not None else ""
    # (a specific cause given to an empty problem engages all the same, as one analysed apart does)
    problem_chars = sum(len(i.key) - j["padding"] if id(i) not in empty else j["analysed"] for i, j in judged) + sum(
        len(i.key) - _stock_length(i.key, vocab) for i in cause_items) + len(around) - _idle_length(around, check, areas, vocab)
    measure_chars = _unique_chars(measures.text_blocks()) if measures else 0
    ratio = max(problem_chars, 0) / measure_chars if measure_chars else 1.0
    ratio_score = min(1.0, ratio / check["ratio_full"])
    fraction = (weights["count"] * count_score + weights["specific"] * specific
                + weights["causes"] * with_causes + weights["ratio"] * ratio_score) / sum(weights.values())
    evidence = []
    for item, j in judged:
        notes = ["说的是已经不存在的问题，不是本年度的不足" if j["solved"] else "具体" if j["specific"]
                 else ("套话：" + "、".join(j["stock"]) if j["stock"] else "笼统：没有具体领域和数据")]
        if j["cause"]:
            notes.append(f"具体成因：{j['cause'].text[:24]}")
        elif j.get("cause_apart"):
            notes.append("成因在原因分析段中")
        elif j["weak_cause"] and j["weak_cause"].quality == "moralising":
            notes.append("原因只停留在思想认识等主观层面，不计分")
        elif j["weak_cause"] and j["weak_cause"].quality == "boasting":
            notes.append("原因写的是成绩或高要求，不计分")
        elif j["weak_cause"] and j["weak_cause"].quality == "deflecting":
            notes.append("原因归于客观条件或他人，不计分")
        elif j["weak_cause"]:
            notes.append("写了“原因”但没有说出具体成因，不计分")
        else:
            notes.append("没有原因")
        evidence.append(ev(item.line, item.raw, note="；".join(notes)))
    for item in cause_items:
        evidence.append(ev(item.line, item.raw, note="原因分析"))
    status = status_for(fraction if fraction < 0.97 else 1.0)
    fields = {
        "count": n,
        "specific": sum(1 for _, j in judged if j["specific"]),
        "stock": sum(1 for _, j in judged if j["stock"] and not j["specific"]),
        "causes": sum(1 for _, j in judged if j["cause"] or j.get("cause_apart")),
        "ratio": f"{ratio:.0%}",
    }
    details = {"items": n, "specific_share": round(specific, 2), "causes_share": round(with_causes, 2),
               "problem_to_achievement_ratio": round(ratio, 3)}
    return Result(status, grade_points(check, fraction), say(check, status, **fields), evidence, details)


def _retells_results(sentence: str, achieved: frozenset[str]) -> bool:
    """A sentence two of whose figures at least, and all but one, are the year's results'."""
    if not achieved:
        return False
    keys = [k for _, k in figure_keys(sentence)]
    return sum(k in achieved for k in keys) >= max(2, len(keys) - 1)


def _without_achieved(problem: str, achieved: frozenset[str]) -> str:
    """The problem's text with the figures of the year's results (as figure_key knows them) taken out."""
    if not achieved:
        return problem
    out, at = [], 0
    for m, key in figure_keys(problem):
        if key in achieved:
            out.append(problem[at:m.start()])
            at = m.end()
    return "".join(out) + problem[at:] if out else problem


def _stock_length(key: str, vocab: cause_analysis.CauseVocabulary) -> int:
    """The length a cause statement adds that is no engagement with the problems: all of it when none of
    its causes is specific (its cue and punctuation too), else the length of its causes that are not."""
    stated = cause_analysis.causes_in(key, vocab)
    if not any(c.quality == "specific" for c in stated):  # none at all, or only idle ones
        return len(key)
    return sum(len(c.text) for c in stated if c.quality != "specific")


def _sentence_causes(text: str, vocab: cause_analysis.CauseVocabulary) -> list[tuple[str, list]]:
    """Each sentence of a text with the causes it states."""
    return [(m.group(0), cause_analysis.causes_in(m.group(0), vocab)) for m in SENTENCE.finditer(text)]


def _idle(found: list) -> bool:
    """Causes are stated and none of them is specific: the sentence engages with nothing."""
    return bool(found) and not any(c.quality == "specific" for c in found)


def _idle_length(text: str, check: dict, areas: tuple[str, ...], vocab: cause_analysis.CauseVocabulary) -> int:
    """The length of the sentences around the problems (the part's opening words, a reflection, a recap)
    that engage with none: neither a fact of an area of the work nor a specific cause. A stock cause, a
    paragraph on why problems matter ("问题导向是…鲜明特点") or a restatement adds no length, as an item's
    idle sentences do not."""
    facts = any_of(tuple(check["fact_patterns"]))
    return sum(len(sentence) for sentence, found in _sentence_causes(text, vocab)
               if not any(c.quality == "specific" for c in found)
               and not (any(a in sentence for a in areas) and (facts.search(sentence) or any(w in sentence for w in check["fact_words"]))))


def _around_items(blocks, items: list[Item]) -> str:
    """The part's text (a paragraph repeated verbatim once; its blocks joined, as a wrapped line may split an
    item over two) without the items read from it."""
    text = "".join(dict.fromkeys(b.k for b in blocks))
    for item in items:
        text = text.replace(item.key, "\n", 1)
    return text


def _unique_chars(blocks) -> int:
    """Characters of the blocks, a paragraph repeated verbatim counted once."""
    seen: set[str] = set()
    total = 0
    for b in blocks:
        if b.k not in seen:
            seen.add(b.k)
            total += len(b.k)
    return total
