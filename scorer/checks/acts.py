"""Kind `acts`: does the 第一责任人 part report what the principal leaders did?

Acts are read as sentences (scorer/document/sentences.py): only a deed (not an intention such as
"将主持…", not a duty restated such as "应当亲自部署…") of a principal leader (not of a 分管 deputy, a
department or a staff member) on rule-of-law work (not a sentence about investment, party building or
another field: scorer/document/topics.py) earns credit; the others are listed as such.

The part earns full credit only with concrete acts (专题研究, 主持召开, 带头学法, 述法, 旁听庭审,
出庭应诉, 批示, 督办 …: the rubric's `acts`) that carry a count or a date (`count_patterns`). An act
without either earns half; a part that only restates duties and slogans earns `duty_credit`. The
message names the acts that are missing.
"""
from __future__ import annotations

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
    named_words,
    number,
    say,
    status_for,
)
from scorer.document import topics
from scorer.document.sentences import sentences
from scorer.text.lexicon import any_word, blanked
from scorer.text.safe_regex import any_of


@kind(
    "acts",
    summary="第一责任人部分是否写了主要负责人的具体履职行为（专题研究、主持召开、述法、出庭应诉等），并有次数或时间",
    options=(
        Option("section", SECTION, "要检查的部分（sections 中的 id）", section=True),
        Option("acts", {"type": "array", "minItems": 1, "items": named_words("phrases")}, "具体履职行为，每项有名称和词语"),
        Option("count_patterns", STRINGS, "表明行为有次数或时间的正则表达式（如“\\d+次”“\\d{1,2}月”）", regex=True),
        Option("full_at", number(above=0), "有次数或时间的不同履职行为达到这一数目得满分", 3),
        Option("duty_credit", SHARE, "只重申职责、没有写具体行为时得分的比例", 0.25),
        Option("slogans", STRINGS, "口号：其中的词语不算履职行为（如“带头尊法学法守法用法”中的“学法”）", []),
        Option("stood_in", STRINGS, "正则：句中说由副职、他人代替主要负责人出席或办理（如“委托分管副镇长代为出席”），"
               "这句中的履职行为不算主要负责人做的", [], regex=True),
    ),
    messages={"pass": ("acts", "count"), "partial": ("acts", "count", "uncounted", "missing"), "fail": ("missing",),
              "no_section": ()},
)
def check_acts(check: dict, ctx: Context) -> Result:
    part = ctx.part(check["section"])
    if part is None:
        return Result("fail", 0.0, say(check, "no_section"))
    counted = any_of(tuple(check["count_patterns"]))
    finders = [any_word(tuple(act["phrases"])) for act in check["acts"]]
    slogans = any_word(tuple(check["slogans"]))
    stood_in = any_of(tuple(check["stood_in"])) if check["stood_in"] else None
    any_act = any_word(tuple(p for act in check["acts"] for p in act["phrases"]))  # most sentences name none
    concrete: dict[str, tuple] = {}
    vague: dict[str, tuple] = {}
    not_done: dict[str, tuple] = {}
    seen: set[str] = set()
    blocks = part.text_blocks()
    year = ctx.meta.report_year
    actor = "unstated"
    for b in blocks:
        if b.k in seen:
            continue
        seen.add(b.k)
        strays = topics.off_topic_sentences(b.k)
        for s in sentences(b.k, year, actor, ctx.meta.standing):
            actor = s.subject() or actor
            off = next((t for a, z, t in strays if a <= s.start < z), None)
            # a slogan's words are no act ("带头尊法学法守法用法" names 学法 as a duty): blanked, same length
            text = blanked(s.text, slogans)
            if any_act.search(text) is None:
                continue
            for act, phrases in zip(check["acts"], finders, strict=True):
                first = phrases.search(text)  # where the first of its phrases begins
                if first is None:
                    continue
                at = first.start()
                a, z = b.key.raw_span(s.start, s.start + len(s.text))
                found = (b.line, b.raw[a:z].strip())
                if off is not None:  # a leader chairing an investment meeting is no rule-of-law act
                    not_done.setdefault(act["name"], found + (f"离题：{topics.topic_name(off)}",))
                    continue
                mood = s.mood_at(at)
                if mood != "done":
                    why = {"intended": "打算做而非已做", "earlier": "往年做的，不是本年度的", "superior": "上级机关做的", "elsewhere": "其他地方、单位做的", "voided": "后来被撤销、叫停，或跳过了法定程序",
                           "habitual": "只写了惯常做法（定期、坚持…），没有写本年度做了什么"}.get(mood, "只重申职责")
                    not_done.setdefault(act["name"], found + (why,))
                    continue
                if s.actor_at(at) == "someone_else" or (stood_in is not None and stood_in.search(s.text)):
                    not_done.setdefault(act["name"], found + ("不是主要负责人做的",))
                    continue
                # a count or a date of what was done: not the deadline of an intention told after it
                done_count = any(s.mood_at(c.start()) == "done" for c in counted.finditer(s.text))
                target = concrete if done_count else vague
                target.setdefault(act["name"], found)
    vague = {k: v for k, v in vague.items() if k not in concrete}
    done = len(concrete) + 0.5 * len(vague)
    fraction = min(1.0, done / check["full_at"])
    if not concrete and not vague:
        fraction = check["duty_credit"]
    missing = [a["name"] for a in check["acts"] if a["name"] not in concrete and a["name"] not in vague][:5]
    evidence = [ev(line, text, note=f"{name}（有次数或时间）") for name, (line, text) in concrete.items()]
    evidence += [ev(line, text, note=f"{name}：没有次数或时间") for name, (line, text) in vague.items()]
    evidence += [ev(line, text, note=f"{name}：{why}，不计分") for name, (line, text, why) in not_done.items()
                 if name not in concrete and name not in vague]
    if not evidence and blocks:
        evidence.append(ev(blocks[0].line, blocks[0].raw.strip(), note="只重申职责，没有写具体履职行为"))
    status = status_for(fraction)
    fields = {"acts": "、".join(list(concrete) + list(vague)) or "无", "count": len(concrete),
              "uncounted": "、".join(vague) or "无", "missing": "、".join(missing) or "无"}
    details = {"concrete": list(concrete), "without_count": list(vague), "not_counted": list(not_done)}
    return Result(status, grade_points(check, fraction), say(check, status, **fields), evidence, details)
