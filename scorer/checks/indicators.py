"""Kind `indicators`: how many of the things a reviewer credits the report shows were done, with figures.

The rubric lists what careful reviewers credit in an annual report (the content menus and indicator
systems in domain.md: 述法, 出庭应诉率, 复议纠错, 规范性文件审核, 重大行政决策目录, 三项制度, 案卷评查,
整改上年问题 …). An item earns a unit for each sentence of the parts read that says it was done (not
an intention, not a duty restated: scorer/document/sentences.py) with a figure or a date, in a
passage about rule-of-law work (scorer/document/topics.py), up to `depth` sentences; a sentence of
figures right after the one naming the item is its detail, and a sentence repeated word for word
counts once. Named without data, an item earns `bare_credit`. Unlike the task-area coverage, the
scale runs far enough that a report doing more of these, or telling them in more detail, scores higher.
Paragraphs of other topics (party building, political study, economic results) are listed with
their lines as off-topic (the card's `facts.off_topic_paragraphs`).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from scorer.checks.base import STRINGS, Context, Option, Result, ev, grade_points, kind, named_words, number, say, status_for
from scorer.checks.figures import figure_key
from scorer.document import topics
from scorer.document.sentences import sentences
from scorer.text.safe_regex import any_of, first_characters


@kind(
    "indicators",
    summary="评审者认可的具体工作（述法、出庭应诉率、复议纠错、规范性文件审核、重大决策目录、三项制度、整改上年问题等）写了多少项已做且有数据",
    options=(
        Option("sections", {"type": "array", "items": {"type": "string"}, "minItems": 1}, "在哪些部分中找（sections 中的 id）", section=True),
        Option("indicators", {"type": "array", "minItems": 1, "items": named_words("patterns")}, "评审者认可的工作，每项有名称和正则表达式"),
        Option("figure_patterns", STRINGS, "表明有数据的正则表达式（如“\\d+件”“\\d+%”）", regex=True),
        Option("full_at", number(above=0), "计分单位（每项已做且有数据的句子数，至多 depth 句）达到这一值得满分"),
        Option("depth", {"type": "integer", "minimum": 1}, "每项至多计几句已做且有数据的句子（同一项写得更详实也得分）", 1),
        Option("bare_credit", number(minimum=0, maximum=1), "写了已做但没有数据的一项所得的比例", 0.5),
        Option("paperwork_counts", STRINGS, "不是本单位做成之事的数据（转发、编印的份数，收到的来文，所获表彰…）的正则表达式：其中的数据不算有数据", [], regex=True),
        Option("changes", STRINGS, "只说比上年多了、高了多少的说法（“同比多出12起”“较上年提高3个百分点”）的正则表达式："
               "没有本年的数，其中的数据不算有数据", [], regex=True),
        Option("list_at", {"type": "integer", "minimum": 2}, "一个分句列举这么多项以上、又没有数据时，是列举工作领域，"
               "所列各项都不算有数据（即使同一句的其他分句有数据）", 4),
    ),
    messages={"pass": ("done", "names"), "partial": ("done", "names", "bare", "missing", "sentences", "depth", "full"),
              "fail": ("done", "bare", "missing"),
              "no_section": ()},
)
def check_indicators(check: dict, ctx: Context) -> Result:
    parts = [p for p in (ctx.part(s) for s in check["sections"]) if p is not None]
    if not parts:
        return Result("fail", 0.0, say(check, "no_section"))
    figure = any_of(tuple(check["figure_patterns"]))
    no_datum_patterns = tuple(check["paperwork_counts"]) + tuple(check["changes"])
    no_datum = any_of(no_datum_patterns) if no_datum_patterns else None
    rxs = [(i["name"], any_of(tuple(i["patterns"]))) for i in check["indicators"]]
    anything = any_of(tuple(p for i in check["indicators"] for p in i["patterns"]))  # one pass first
    by_first, unknown = _by_first_character(tuple((i["name"], tuple(i["patterns"])) for i in check["indicators"]))
    credited: dict[str, tuple] = {}
    bare: dict[str, tuple] = {}
    depth: Counter[str] = Counter()  # evidenced sentences per item, at most check["depth"]
    said: set[str] = set()  # a sentence repeated word for word counts once, in whatever company
    off: list[dict] = []
    seen: set[str] = set()
    year = ctx.meta.report_year
    read: list[tuple] = []  # (block, [(sentence, read before)]) in order
    for part in parts:
        for b in part.text_blocks():
            if b.k in seen:
                continue
            seen.add(b.k)
            strays = topics.off_topic_sentences(b.k)
            for start, end, topic in strays:
                a, z = b.key.raw_span(start, end)
                off.append({"line": b.line_at(start), "topic": topic, "name": topics.topic_name(topic),
                            "text": b.raw[a:z].strip()[:120]})
            sentences_read = []
            for s in sentences(b.k, year, level=ctx.meta.standing):
                if not (strays and any(a <= s.start < z for a, z, _ in strays)):
                    # (a sentence of the opening copied here was said before any part)
                    sentences_read.append((s, s.text in said or ctx.in_opening(s.text)))
                    said.add(s.text)
            read.append((b, sentences_read))
    told, recaps, every = _told(read, figure, no_datum)
    stated: set[str] = set()  # the figures the sentences read so far state, in whatever mood (a recap's aside)
    table: set[str] = set()  # the items the rows of the table being read detailed: a table is one sentence
    for b, sentences_read in read:
        subject = ""  # the item the sentence before named: a sentence of figures after it is its detail
        for s, again in sentences_read:
            row = _table_row(s.text)
            if not row:
                table = set()
            if again:  # read before (a paragraph pasted again, joined to another): nothing new
                subject = ""
                continue
            figures, has_figure = told.get(id(s), (frozenset(), False))
            recap = id(s) in recaps
            # its figures told before, as done or not ("制定年度学法计划,组织学习…5次" then "…归拢一下：…5次"), or
            # gathered from others ("用数字回望这一年：审查186例…", before or after them): no further work, no detail
            told_before = recap or figures <= stated
            if not recap:
                stated |= every.get(id(s), frozenset())
            first = anything.search(s.text)
            if first is None and not subject:
                continue
            found = _first_matches(s.text, first, anything, by_first, unknown) if first else {}
            # a practice described ("坚持将优化营商环境作为重要抓手") names the work its next sentence details
            named = [name for name, _ in rxs if name in found and s.mood_at(found[name]) in ("done", "habitual")]
            # "统筹推进行政复议、行政应诉、…等各方面工作": areas listed, not work reported; a figure
            # elsewhere in the sentence is none of theirs
            listed = _listed(s.text, named, found, figure, check["list_at"]) if len(named) >= check["list_at"] else set()
            figures = figures if has_figure else frozenset()
            retold = bool(figures) and told_before
            # a row of a table ("书面法律意见（条）<TAB>25": no sentence's end) details no item named above it:
            # the same figures told in one sentence would detail it once
            # a sentence of dates alone ("全年重要时间节点依次为：1月10日、3月28日…") details no work
            if not named and not (has_figure and subject and not TABLE_ROW.fullmatch(s.text) and not _dates_only(s.text, figure)):
                subject = ""
                continue  # names no item and details none
            a, z = b.key.raw_span(s.start, s.start + len(s.text))
            for name in named if not retold else ():  # a sentence of figures told before names no further work
                (credited if has_figure and name not in listed else bare).setdefault(name, (b.line, b.raw[a:z].strip()))
            named = [name for name in named if name not in listed]
            target = named or ([subject] if subject else [])
            if has_figure and target and not retold:
                for name in target:
                    # rows of one table ("行政复议收案（件）<TAB>12", "行政复议审结（件）<TAB>10") detail an item once,
                    # as the same figures told in one sentence do
                    if not (row and name in table):
                        depth[name] = min(check["depth"], depth[name] + 1)
                    if row:
                        table.add(name)
                    credited.setdefault(name, (b.line, b.raw[a:z].strip()))
            subject = named[-1] if named else ""
    bare = {k: v for k, v in bare.items() if k not in credited}
    done = sum(depth[k] for k in credited) + check["bare_credit"] * len(bare)
    fraction = min(1.0, done / check["full_at"])
    missing = [n for n, _ in rxs if n not in credited and n not in bare]
    evidence = [ev(line, text, note=f"{name}（已做，有数据）") for name, (line, text) in credited.items()]
    evidence += [ev(line, text, note=f"{name}：没有数据") for name, (line, text) in bare.items()]
    evidence += [ev(o["line"], o["text"], note=f"离题：{o['name']}，不计分") for o in off[:10]]
    status = status_for(fraction)
    fields = {"done": len(credited), "names": _few(list(credited)), "bare": len(bare),
              "missing": _few(list(bare) + missing, 3), "sentences": round(done, 1), "depth": check["depth"],
              "full": check["full_at"]}
    details = {"credited": list(credited), "without_figures": list(bare), "off_topic_paragraphs": len(off),
               "sentences_counted": dict(depth)}
    return Result(status, grade_points(check, fraction), say(check, status, **fields), evidence, details,
                  facts={"off_topic_paragraphs": off})


CLAUSE_END = re.compile(r"[,;:]")
TABLE_ROW = re.compile(r"[^,;:。!?、]{1,30}")  # a label and its figure, no punctuation: a table's row


ENDS_WITH_FIGURE = re.compile(r"\d(?:件|次|场|人|名|项|个|家|份|期|户|条|篇|卷|起|%|元|天|例|人次|件次|万元)$")


def _dates_only(sentence: str, figure: re.Pattern) -> bool:
    """Whether every figure of the sentence is a date's month (2024年1月10日), none a count."""
    return all(m.group().endswith("月") for m in figure.finditer(sentence))


def _table_row(sentence: str) -> bool:
    """A label and the figure it ends with, nothing else ("行政复议收案12件", a row of a two-column table read
    as text; rows joined into a paragraph end with 。)."""
    row = sentence.rstrip("。")
    return bool(TABLE_ROW.fullmatch(row)) and ENDS_WITH_FIGURE.search(row) is not None


def _told(read: list[tuple], figure: re.Pattern, no_datum: re.Pattern | None) -> tuple[dict[int, tuple], set[int], dict[int, frozenset[str]]]:
    """For each sentence (by id) with a figure: the figures it states as done, and whether its first is;
    and the recaps: sentences two thirds of whose figures (two at least) other sentences state, gathered
    from several of them, no one holding them all (a summary of the year's counts, before or after the
    sentences it draws on); and the figures each sentence states in whatever mood."""
    told: dict[int, tuple] = {}
    said: dict[int, frozenset[str]] = {}  # the figures of each sentence, in whatever mood
    # figures are held by a sentence's group: sentences joined by semicolons are one ("…归拢一下：…6名…考试；…58人；…"),
    # so a recap told clause by clause holds all it retells, as one written in one sentence does
    holders: dict[str, set[int]] = {}
    group: dict[int, int] = {}
    g = 0
    for _, sentences_read in read:
        g += 1
        for s, again in sentences_read:
            group[id(s)] = g
            if not s.text.endswith(";"):
                g += 1
            if again or not figure.search(s.text):
                continue
            spans = [m.span() for m in no_datum.finditer(s.text)] if no_datum is not None else []
            done, every, first_done = _figures_of(s, figure, spans)
            told[id(s)] = (done, first_done)
            said[id(s)] = every
            for f in every:  # in whatever mood: the recap's source
                holders.setdefault(f, set()).add(group[id(s)])
    recaps: set[int] = set()
    recap_groups: set[int] = set()
    # the sentences with most figures first: once a recap is found, the sentences it draws on are no recaps of it
    for i, (figures, _) in sorted(told.items(), key=lambda item: -len(item[1][0])):
        own = group[i]
        told_elsewhere = [held for f in figures if (held := holders[f] - {own})]
        if told_elsewhere and set.intersection(*told_elsewhere):
            continue  # one sentence tells all of them again: a copy of it or its source (the order of reading settles it)
        others = [held for f in figures if (held := holders[f] - recap_groups - {own})]
        # two thirds: a recap words some figures its own way ("公开…事项50余件")
        if len(others) >= 2 and 3 * len(others) >= 2 * len(figures):
            recaps.add(i)
            recap_groups.add(own)
    return told, recaps, said


def _figures_of(s, figure: re.Pattern, blanked) -> tuple[frozenset[str], frozenset[str], bool]:
    """The figures a sentence states as done and those it states in any mood, each as figures.figure_key knows
    it; and whether its first figure is told as done. A figure any part of which is `blanked` is none ("转发法治
    文件24份": how much paper went round; "6名干部受到表扬": its unit on)."""
    done, every = set(), set()
    first_done = None
    for f in figure.finditer(s.text):
        if blanked and any(a < f.end() and f.start() < z for a, z in blanked):
            continue
        key = figure_key(s.text, f.start(), f.end())
        every.add(key)
        is_done = s.mood_at(f.start()) == "done"
        if is_done:
            done.add(key)
        if first_done is None:
            first_done = is_done
    return frozenset(done), frozenset(every), bool(first_done)


def _listed(text: str, named: list[str], found: dict[str, int], figure: re.Pattern, at_least: int) -> set[str]:
    """The items named in a clause that lists `at_least` of them or more and holds no figure."""
    bounds = [0] + [m.end() for m in CLAUSE_END.finditer(text)] + [len(text) + 1]
    by_clause: dict[int, list[str]] = {}
    for name in named:
        by_clause.setdefault(next(i for i in range(len(bounds) - 1) if found[name] < bounds[i + 1]), []).append(name)
    return {name for i, names in by_clause.items() if len(names) >= at_least
            and not figure.search(text, bounds[i], bounds[i + 1] - 1) for name in names}


@lru_cache(maxsize=8)
def _by_first_character(items: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[dict[str, list], list]:
    """The items (name, pattern) by the characters their matches can start with, and those whose first
    characters are not known."""
    by_first: dict[str, list] = {}
    unknown = []
    for name, patterns in items:
        rx = any_of(patterns)
        firsts = first_characters(rx.pattern)
        if firsts is None:
            unknown.append((name, rx))
        for c in sorted(firsts or ()):
            by_first.setdefault(c, []).append((name, rx))
    return by_first, unknown


def _first_matches(text: str, first: re.Match, anything: re.Pattern, by_first: dict[str, list], unknown: list) -> dict[str, int]:
    """Where each item's pattern first matches in `text`, for the items that match. An item's leftmost
    match starts where one of all the items' patterns (`anything`) matches: those starts are visited in
    order (`first` is the first), and at each only the items whose matches start with the character
    there are tried. Items of unknown first characters are searched from `first` on (none starts before)."""
    found = {name: m.start() for name, rx in unknown if (m := rx.search(text, first.start()))}
    at: re.Match | None = first
    while at is not None:
        q = at.start()
        for name, rx in by_first.get(text[q], ()):
            if name not in found and rx.match(text, q):
                found[name] = q
        at = anything.search(text, q + 1)
    return found


def _few(names: list[str], n: int = 4) -> str:
    return "、".join(names[:n]) + ("等" if len(names) > n else "") if names else "无"
