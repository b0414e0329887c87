"""Kind `figures`: the measures give concrete facts: numbers with units (件, 次, 人次, %, 万元 …).

Density is counted per 1,000 characters of the part's text; achievement paragraphs without
any figure are listed so that a writer knows where to add facts. Only figures about the
government's own rule-of-law work count: a figure measures what is named
nearest before it: one that measures economic results or courts' and procuratorates' work (the
rubric's `off_topic` groups) is not counted and is listed for the reviewer as off-topic, and a
clause that speaks only of such things is left out of the length too. The figures of a clause that states
an intention (拟, 争取, a later year: scorer/document/sentences.py) are no results either, but its
length counts: turning a deed into an intention never raises the density. A
paragraph repeated verbatim counts once, and so does a figure told again (a recap of the year's
counts: `figure_key`), whose words still count. Padding thus never raises the score.
"""
from __future__ import annotations

import bisect
import functools
import re

from scorer.checks.base import (
    SECTION,
    STRINGS,
    Context,
    Option,
    Result,
    ev,
    ev_block,
    grade_points,
    kind,
    named_words,
    number,
    others_paper,
    say,
    scaled,
    status_for,
    weights,
)
from scorer.document import topics as paragraph_topics
from scorer.document.sentences import sentences
from scorer.document.structure import Block
from scorer.text.lexicon import blanked
from scorer.text.safe_regex import any_of, by_first_character

CLAUSE = re.compile(r"[^,;。!?]+[;。!?]?")


def figure_regex(units: list[str]) -> re.Pattern:
    return _figure_regex(tuple(units))


@functools.lru_cache(maxsize=8)
def _figure_regex(units: tuple[str, ...]) -> re.Pattern:
    alt = by_first_character("|".join(sorted((re.escape(u) for u in units), key=len, reverse=True)))
    # a number not inside another (no digit or point before it); the look-behind comes after the
    # first digit so that `re` can skip ahead to digits (2.4x faster than leading with it)
    return re.compile(rf"\d(?<![\d.]\d)\d*(?:\.\d+)?(?:万|亿)?(?:余|多)?(?:{alt})")


ON_TOPIC = ""  # the group of an on-topic term

FILLERS = str.maketrans("", "", "达为是到了共计约近超至有")
DIGITS = re.compile(r"[\d.]*")


def figure_key(text: str, start: int, end: int) -> str:
    """What a figure (text[start:end], a number and its unit) is known by when it is told again: its
    number and unit when the number is rare enough to be this figure ("186例", "97.82%"); a smaller count
    or a whole percentage with the three characters before it, fillers (达, 共, 为 …) left out: "复议案件2件"
    and "诉讼案件2件", "全镇23个村" and "与23个村", "应诉率达100%" and "适用率100%" are other figures,
    "考核率达100%" and "考核率100%" the same."""
    i, figure, number = _figure_at(text, start, end)
    if "." in number or (len(number.lstrip("0")) > 2 and not figure.endswith("%")):
        return figure
    j = i
    while j > i - 6 and j > 0 and "\u4e00" <= text[j - 1] <= "\u9fff":
        j -= 1
    return text[j:i].translate(FILLERS)[-3:] + figure


def _figure_at(text: str, start: int, end: int) -> tuple[int, str, str]:
    """Where the number of a figure (text[start:end]) starts, the figure as its number and unit say it, and
    its number (95.0% is 95%: zeros after the point say nothing)."""
    # (scanned back by hand: the checks ask this of every figure of a report)
    i = start
    while i > start - 16 and i > 0 and text[i - 1] in "0123456789.":
        i -= 1
    figure = text[i:end]
    number = DIGITS.match(figure).group(0)  # type: ignore[union-attr]
    if "." in number:
        whole = number.rstrip("0").rstrip(".") or "0"
        figure, number = whole + figure[len(number):], whole
    return i, figure, number


def plain_figure(text: str, start: int, end: int) -> str:
    """A figure as its number and unit say it, without what it counts ("12次")."""
    return _figure_at(text, start, end)[1]


RECAP_FIGURES = 2  # a clause of at least this many different figures, every one told before, recaps them


# a number and the character after it (a unit, %), not inside another number (the look-behind after its first
# digit: each run of digits is tried once, not from every digit in it, which is quadratic on a long run)
NUMBER_AND_UNIT = re.compile(r"\d(?<![\d.]\d)\d*(?:\.\d+)?(?:万|亿)?(?:余|多)?(?:%|[\u4e00-\u9fff])")
ANY_DIGIT = re.compile(r"\d")


TOLD_NOTES = {"intended": "打算做的事，不是成效，其中的数据不计入", "earlier": "往年的数据，不是本年度的成效，不计入",
              "superior": "上级机关的工作，不是本单位的成效，不计入",
              "elsewhere": "其他地方、单位的做法，不是本单位的成效，不计入",
              "voided": "后来被撤销、叫停或跳过了法定程序的做法，不是成效，不计入",
              "contradicted": "数据自相矛盾（“其中”的部分多于总数），请核实"}
WHOLE_BEFORE = 40  # how far before 其中 the whole it divides is looked for
PART_AFTER = 20  # and how far after it the first part


def contradicts(sentence: str) -> bool:
    """Whether a part told after 其中 is larger than the whole told just before it, in the same unit
    ("登记依申请公开事项8件，其中按期作出答复60件"): figures a reviewer asks about (they cannot both be this
    year's, unless cases were carried over)."""
    at = sentence.find("其中")
    while at >= 0:
        wholes = list(NUMBER_AND_UNIT.finditer(sentence, max(0, at - WHOLE_BEFORE), at))
        part = NUMBER_AND_UNIT.search(sentence, at, at + PART_AFTER)
        if wholes and part:
            whole = wholes[-1].group(0)
            unit, part_unit = whole.lstrip("0123456789."), part.group(0).lstrip("0123456789.")
            if unit == part_unit and unit[:1] not in ("%", "万", "亿") and _value(part.group(0)) > _value(whole):
                return True
        at = sentence.find("其中", at + 2)
    return False


def _value(figure: str) -> float:
    try:
        return float(DIGITS.match(figure).group(0))  # type: ignore[union-attr]
    except ValueError:  # "1.2.3": no number to compare
        return 0.0


def figure_keys(text: str) -> list[tuple[re.Match, str]]:
    """Every number with its unit in `text` (whatever the unit), and its figure_key."""
    if not ANY_DIGIT.search(text):
        return []
    return [(m, figure_key(text, m.start(), m.end())) for m in NUMBER_AND_UNIT.finditer(text)]


def _measured(terms: list[tuple[int, int, str]], figures: list[tuple[int, int]],
              last: str | None) -> tuple[list[str | None], str | None, bool]:
    """For each figure of a clause, the group of what it measures: the nearest term before it (else
    the first after it; else what the sentence spoke of last: "…生产总值86.5亿元，同比增长6.2%");
    ON_TOPIC counts. Also the group the sentence goes on with, and whether the whole clause is off topic.
    From the clause's terms (start, end, group) and figures (start, end), found beforehand."""
    if not terms:  # most clauses name no term: each figure measures what the sentence spoke of last
        return [last] * len(figures), last, last not in (None, ON_TOPIC)
    out: list[str | None] = []
    # the terms are matches of one pattern, in order and not overlapping: their starts and ends rise,
    # so the terms ending before a figure are the first few and those starting after it the last few
    starts = [start for start, _, _ in terms]
    ends = [end for _, end, _ in terms]
    for f_start, f_end in figures:
        before = bisect.bisect_right(ends, f_start)
        after = bisect.bisect_left(starts, f_end)
        out.append(terms[before - 1][2] if before else terms[after][2] if after < len(terms) else last)
    groups = {g for _, _, g in terms}
    whole = (bool(groups) and ON_TOPIC not in groups) or (not groups and last not in (None, ON_TOPIC))
    return out, (terms[-1][2] if terms else last), whole


@functools.lru_cache(maxsize=8)
def _topic_regexes(on_topic: tuple[str, ...], groups: tuple[tuple[str, tuple[str, ...]], ...]):
    """One alternation of every term (longest first) and the group each belongs to (on-topic wins)."""
    owner: dict[str, str] = {}
    for name, terms in groups:
        for t in terms:
            owner.setdefault(t, name)
    for t in on_topic:
        owner[t] = ON_TOPIC
    alternation = "|".join(re.escape(t) for t in sorted(owner, key=len, reverse=True))
    return re.compile(by_first_character(alternation) or r"(?!)"), owner, all(t and not CLAUSE_ENDS.intersection(t) for t in owner)


CLAUSE_ENDS = frozenset(",;。!?")  # what CLAUSE cuts at


def _within_clauses(units: tuple[str, ...]) -> bool:
    """Whether a figure (a number and one of `units`) can never run over a clause's end."""
    return all(u and not CLAUSE_ENDS.intersection(u) for u in units)


@kind(
    "figures",
    summary="成效部分每千字有多少处反映法治政府建设工作的数据；经济数据和司法机关的工作不计入，单独列出",
    options=(
        Option("section", SECTION, "统计数据的部分（sections 中的 id）", section=True),
        Option("units", STRINGS, "数据的单位（件、次、人次、% …），数字后紧跟其一才算一处数据"),
        Option("full_at", number(above=0), "每千字数据处数达到这一值得满分"),
        Option("zero_at", number(minimum=0), "每千字数据处数不高于这一值不得分", 0),
        Option("min_paragraph", number(minimum=0, integer=True), "多长（字）的段落没有数据时列为“没有数据的成效段落”", 60),
        Option("weights", weights("density", "paragraphs"),
               "数据密度、有数据的成效段落占比两项的权重（每段成效都应有数据支撑）", {"density": 1, "paragraphs": 0}),
        Option("off_topic", {"type": "array", "items": named_words("terms")},
               "不属于法治政府建设成效的内容，每组有名称和词语（如 经济发展数据：地区生产总值、税收…）；"
               "分句含其中的词而不含 on_topic 的词时，其中的数据不计入，篇幅也不计入，并单独列出", []),
        Option("on_topic", STRINGS, "法治政府建设工作的词语（如 执法、复议、应诉、规范性文件）：含这些词的分句不算离题", []),
        Option("meeting_counts", STRINGS, "只说开了几次会的数据（如“召开推进会3次”）的正则表达式：不是成效，其中的数据不计入，篇幅照算",
               [], regex=True),
        Option("paperwork_counts", STRINGS, "不是本单位做成之事的数据（如“转发文件12份”“编发简报6期”“收到来文86件”）的正则表达式：与开会次数一样，"
               "不是成效", [], regex=True),
    ),
    messages={"pass": ("count", "density", "full", "bare", "off_topic"),
              "partial": ("count", "density", "full", "bare", "off_topic"),
              "fail": ("count", "density", "full", "bare", "off_topic"), "no_section": ()},
)
def check_figures(check: dict, ctx: Context) -> Result:
    part = ctx.part(check["section"])
    if part is None:
        return Result("fail", 0.0, say(check, "no_section") or say(check, "fail", density=0, count=0))
    rx = figure_regex(check["units"])
    process = tuple(check["meeting_counts"]) + tuple(check["paperwork_counts"])
    process_counts = any_of(process) if process else None
    topics = _topic_regexes(tuple(check["on_topic"]), tuple((g["name"], tuple(g["terms"])) for g in check["off_topic"]))
    # with no term or unit holding a clause's end, the paragraph is searched once and each clause takes
    # its share of the matches: the same matches as a search of each clause (the character before a
    # clause ends a clause, so the figure's look-behind sees no digit there either)
    by_paragraph = topics[2] and _within_clauses(tuple(check["units"]))
    seen: set[str] = set()
    counted: set[str] = set()  # the figures counted so far: one told again ("用数字回望这一年：…") counts once
    told_plain: set[str] = set()  # every figure told before, in any mood, as its number and unit say it: a clause
    # that only lists figures told before recaps them and counts none
    chars = count = paragraphs = 0
    bare: list[Block] = []
    off: list[dict] = []
    plans: list[dict] = []
    for b in part.text_blocks():
        if b.k in seen:
            continue  # a paragraph repeated verbatim counts once
        seen.add(b.k)
        # sentences about party building, political study or economic results: not counted at all
        strays = paragraph_topics.off_topic_sentences(b.k)
        for s, e, topic in strays:
            a, z = b.key.raw_span(s, e)
            name = paragraph_topics.topic_name(topic)
            off.append(ev(b.line_at(s), b.raw[a:z].strip(), note=f"离题：{name}，不计入", kind=name))
        # an intention's figures, and a year's before the report year, are no results of the year
        said = sentences(b.k, ctx.meta.report_year, level=ctx.meta.standing)
        told = [(x.start + x.onset, x.start + len(x.text), x.mood) for x in said if x.mood in ("intended", "earlier", "superior", "elsewhere", "voided")]
        intended = [(s, e) for s, e, _ in told]
        # a sentence whose figures seem to contradict each other (其中 a part larger than the whole) is shown to be
        # checked, not marked down: cases carried over from last year make a part larger than the year's intake
        # ("受理申请20件，其中按期答复25件"), and a reviewer asks before deducting
        told += [(x.start, x.start + len(x.text), "contradicted") for x in said if "其中" in x.text and contradicts(x.text)]
        for s, e, mood in told[: max(0, 3 - len(plans))]:
            a, z = b.key.raw_span(s, e)
            plans.append(ev(b.line_at(s), b.raw[a:z].strip(), note=TOLD_NOTES[mood]))
        n = own = 0
        last = None
        # how often a meeting was held, how much paper went round, is no result: its figures are blanked
        # (in the whole paragraph: "收到来文86件,其中涉及法治的14件" runs over a clause), its length stays
        k = _without(process_counts, b.k)
        told_here = [(f.start(), plain_figure(b.k, f.start(), f.end())) for f in rx.finditer(b.k)]
        if by_paragraph:
            terms_at = [(t.start(), t.end(), topics[1][t.group(0)]) for t in topics[0].finditer(k)]
            term_starts = [start for start, _, _ in terms_at]
            figures_at = [f.span() for f in rx.finditer(k)]
            figure_starts = [start for start, _ in figures_at]
        for m in CLAUSE.finditer(k):
            if strays and any(s <= m.start() < e for s, e, _ in strays):
                continue
            if intended and any(s <= m.start() < e for s, e in intended):
                own += len(m.group(0))  # an intention's figures are no results; its length is text all the same
                continue
            clause = m.group(0)
            cs, ce = m.span()
            if by_paragraph:
                spans = figures_at[bisect.bisect_left(figure_starts, cs):bisect.bisect_left(figure_starts, ce)]
                measured, last, whole = _measured(
                    terms_at[bisect.bisect_left(term_starts, cs):bisect.bisect_left(term_starts, ce)], spans, last)
            else:
                terms = [(t.start(), t.end(), topics[1][t.group(0)]) for t in topics[0].finditer(clause)]
                spans = [(cs + a, cs + z) for a, z in (f.span() for f in rx.finditer(clause))]
                measured, last, whole = _measured(terms, [(a - cs, z - cs) for a, z in spans], last)
            if not whole and measured and paragraph_topics.is_off_topic(clause):
                # a clause about another field run on from a rule-of-law one ("…,全面推进乡村振兴,实施
                # 人居环境整治项目3个"): its topic is its own, not the sentence's
                name = paragraph_topics.topic_name(paragraph_topics.topic_of(clause))
                measured, whole = [name] * len(measured), True
            strayed = [g for g in measured if g not in (None, ON_TOPIC)]
            if strayed:
                a, z = b.key.raw_span(m.start(), m.end())
                off.append(ev(b.line, b.raw[a:z].strip(), note=f"离题：{strayed[0]}，其中 {len(strayed)} 处数据不计入",
                              kind=strayed[0]))
            if clause.endswith(("。", ";", "!", "?")):
                last = None
            if whole:
                continue  # an off-topic clause is left out of the length too
            own += len(clause)
            mine = [(a, z) for (a, z), group in zip(spans, measured) if group in (None, ON_TOPIC)]
            plain = {plain_figure(k, a, z) for a, z in mine}
            if len(plain) >= RECAP_FIGURES and plain <= (told_plain | {f for at, f in told_here if at < cs}):
                # "这一年里共有12次、75项、3530余场": the figures told above, listed again (not "废止4件、修改4件"
                # after "对4件文件作了清理": one small number said again of parts of the same work)
                continue
            for a, z in mine:
                key = figure_key(k, a, z)
                n += key not in counted
                counted.add(key)
        told_plain.update(f for _, f in told_here)
        chars += own
        count += n
        heading = b.heading is not None and b.heading.marker != "item"
        prose = own - (len(b.heading.key) if heading and b.heading else 0)
        if prose >= check["min_paragraph"]:
            paragraphs += 1
            if n == 0:
                bare.append(b)
    density = 1000 * count / (chars or 1)
    full = check["full_at"]
    # no paragraph long enough to ask for figures: backed as far as the short ones hold any (none: nothing backed)
    backed = (paragraphs - len(bare)) / paragraphs if paragraphs else float(count > 0)
    w = check["weights"]
    fraction = (w["density"] * scaled(density, check["zero_at"], full) + w["paragraphs"] * backed) / (
        w["density"] + w["paragraphs"])
    status = status_for(fraction)
    fields = {"density": f"{density:.1f}", "count": count, "full": full, "bare": len(bare), "off_topic": len(off)}
    evidence = [ev_block(b, b.raw.strip()) | {"note": "这段成效没有数据"} for b in bare[:5]] + off[:10] + plans
    details = {"figures": count, "chars": chars, "per_1000_chars": round(density, 2), "paragraphs": paragraphs,
               "paragraphs_without_figures": len(bare), "off_topic_clauses": len(off)}
    facts = {"off_topic": [{"line": e["line"], "text": e["text"], "kind": e["kind"]} for e in off]}
    return Result(status, grade_points(check, fraction), say(check, status, **fields), evidence, details, facts=facts)


def _without(pattern: re.Pattern | None, clause: str) -> str:
    """`clause` with what `pattern` matches replaced by as many characters that are neither figure nor term."""
    return pattern.sub(lambda m: "\u3000" * len(m.group(0)), clause) if pattern is not None else clause


BOOK = re.compile(r"《[^》]{2,60}》")
CLAUSE_MARK = re.compile(r"[,;:。!?]")


LIST_JOINERS = "、和及与"
MAX_LIST = 400  # characters back to the first document of a list


def _list_start(text: str, at: int) -> int:
    """Where the list of documents that the one at `at` ends begins: back over the names and joiners before it."""
    first = at
    i = at
    while i > 0 and at - i < MAX_LIST:
        j = i
        while j > 0 and text[j - 1] in LIST_JOINERS:
            j -= 1
        if j == 0 or text[j - 1] != "》":
            break
        k = text.rfind("《", max(0, j - 60), j - 1)
        if k < 0:
            break
        first = i = k
    return first


def _studied(text: str, at: int, studied: re.Pattern, issued: re.Pattern) -> bool:
    """Whether the clause before the document at `at` studies or publicises it and neither makes nor applies it.
    A document in a list (《A》《B》、《C》) is read with the clause before the list, and a list a colon opens
    (学习的法律主要有：《A》《B》) with the clause before the colon."""
    clause = _clause_before(text, at)
    return bool(studied.search(clause)) and not issued.search(clause)


def _sentence_at(text: str, at: int) -> str:
    start = max(text.rfind(c, 0, at) for c in "。;!?") + 1
    ends = [e for c in "。;!?" if (e := text.find(c, at)) >= 0]
    return text[start:min(ends) + 1 if ends else len(text)].strip()


def _clause_before(text: str, at: int) -> str:
    """The clause before the document at `at`, read before the list it ends (《A》《B》、《C》) and before the
    colon that opens the list."""
    at = _list_start(text, at)
    if at > 0 and text[at - 1] == ":":
        at -= 1
    start = max((m.end() for m in CLAUSE_MARK.finditer(text, max(0, at - 80), at)), default=max(0, at - 80))
    return text[start:at]


# a law or regulation (《中华人民共和国…》, 《…法》 but not 《…办法》, 《…条例》: what legislatures and the State Council
# make, never a government's own paper): a document of the unit's work only where the unit applies or drafts it
# (依据、执行《行政处罚法》, 起草《…条例》); listed or named alone it is the law, not the work
NATIONAL_LAW = re.compile(r"《(?:中华人民共和国[^》]*|[^》]*(?:(?<![办方做])法|条例))》$")


@kind(
    "named_documents",
    summary="成效部分引用了多少份具体文件（《…》）",
    options=(
        Option("section", SECTION, "统计文件的部分（sections 中的 id）", section=True),
        Option("full_at", number(above=0), "文件份数达到这一值得满分"),
        Option("zero_at", number(minimum=0), "文件份数不高于这一值不得分", 0),
        Option("document_patterns", STRINGS, "一份工作所依据或制定的文件的正则表达式；引述其内容的（“正如《…》所强调”“《…》明确”）"
               "可由此排除，与“主要举措和成效”部分判断是否空洞所用的同一条（rubric 中以 YAML 锚点共用）", [BOOK.pattern], regex=True),
        Option("studied", STRINGS, "学习宣传的说法（学习、传达、宣讲…）：文件前的分句里有它、又没有 issued 中的说法时，"
               "是学习的文件，不是本单位工作所依据或制定的文件", [], regex=True),
        Option("issued", STRINGS, "制定、实施文件的说法（制定、出台、印发…）", [], regex=True),
        Option("paperwork_counts", STRINGS, "不是本单位做成之事的说法（报刊名《法治日报》、转发文件的份数…）的正则表达式："
               "其中的书名号不算文件（与 substance.figures 等共用）", [], regex=True),
    ),
    messages={"pass": ("count", "density", "full"), "partial": ("count", "density", "full"),
              "fail": ("count", "density", "full"), "no_section": ()},
)
def check_named_documents(check: dict, ctx: Context) -> Result:
    """Named documents (《…》): the measures cite what they rest on. Counted, not per 1,000 characters: a
    density rose when a task that names no document was deleted. A document whose words are quoted
    ("正如《纲要》所强调的…", "《规定》明确,…") is the padding of a quotation, not a document of the work; nor
    is one named in a sentence about another field or about the law itself (scorer/document/topics.py)."""
    part = ctx.part(check["section"])
    if part is None:
        return Result("fail", 0.0, say(check, "no_section"))
    blocks = list({b.k: b for b in reversed(part.text_blocks())}.values())[::-1]  # a repeated paragraph once
    chars = sum(len(b.k) for b in blocks) or 1
    names: dict[str, Block] = {}
    document = any_of(tuple(check["document_patterns"]))
    studied, issued = any_of(tuple(check["studied"])), any_of(tuple(check["issued"]))
    no_work = any_of(tuple(check["paperwork_counts"]))
    for b in blocks:
        strays = paragraph_topics.off_topic_sentences(b.k)  # "《行政处罚法》于1996年…由全国人大…通过": about the law
        for m in document.finditer(blanked(b.k, no_work)):  # "在《法治日报》刊发…": a newspaper, no document
            if strays and any(s <= m.start() < e for s, e, _ in strays):
                continue
            if check["studied"] and _studied(b.k, m.start(), studied, issued):
                continue  # "组织学习新修订的《行政处罚法》": a law studied, no document of the unit's work
            if NATIONAL_LAW.match(m.group(0)) and not issued.search(_clause_before(b.k, m.start())):
                continue  # "一、《中华人民共和国湿地保护法》" in a list of the laws: the law, not the work
            if others_paper(b.k, m.start(), m.group(0)):
                continue  # "按照中办、国办印发的《法治政府建设与责任落实督察工作规定》": the centre's paper, not the unit's
            if ctx.in_opening(_sentence_at(b.k, m.start())):
                continue  # the report's opening copied into the part: said there first
            names.setdefault(m.group(0), b)
    density = 1000 * len(names) / chars
    full = check["full_at"]
    fraction = scaled(len(names), check["zero_at"], full)
    status = status_for(fraction)
    evidence = [ev_block(b) | {"note": name} for name, b in list(names.items())[:8]]
    fields = {"count": len(names), "density": f"{density:.1f}", "full": full}
    return Result(status, grade_points(check, fraction), say(check, status, **fields), evidence,
                  {"documents": len(names), "per_1000_chars": round(density, 2)})
