"""Sentences read as acts: who acts, and whether the act happened, is intended or is a duty restated.

A report credits the principal leaders with what they *did*: "书记主持召开专题会议3次" is a deed of a
principal; "将主持召开专题会议" an intention; "主要负责人应当亲自部署" a duty restated; "分管副镇长主持召开…"
a deed of someone else. The cues are data (scorer/data/sentence-cues.yaml). Measured on labelled
sentences (tests/test_sentences.py) rules over these cues read mood and actor as well as jieba's
part-of-speech tags do, without loading a dictionary (benchmarks/sentence_means.py).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from scorer.text.lexicon import alternation, any_word
from scorer.text.safe_regex import by_first_character, first_characters, literal_first, required_words
from scorer.text.textnorm import data_file

SENTENCE = re.compile(r"[^。;!?]+[。;!?]?")
CLAUSE_END = re.compile(r"[,:]")
DATE_YEAR = re.compile(r"((?:19|20)\d{2})年")
# A clause that opens with a year ("2024年办理法律援助案件…", "2024年实现…全覆盖"): in a report on a later
# year, what it tells is that year's work, not the report year's. A year that starts a span (2021年以来,
# 2023年至今) or names a document or a review of that year acted on now ("2024年度报告所列的不足…逐项整改",
# "2024年督察反馈的问题") is not.
EARLIER_YEAR = re.compile(r"(?:^|[,;:)）]|[一二三四五六七八九十]是)(?:早在|还在|早于|远在|回溯到|回溯至|追溯到|追溯至|时间回到|回到|回看|回顾|回望|纵观|在|于)?((?:19|20)\d{2})(?:年|(?=这一?年))(?!度?(?:以来|至今|起|来|至|[-—~～到])|"
                          r"度?[^,;:。]{0,12}?(?:报告|总结|要点|计划|方案|清单|督察|巡视|巡察|审计|考核|评估|检查|反馈|指出|查摆|发现))")
# a clause that only says when: 2024年8月, 今年以来, 上半年, 年初, 在2021年, 在过去的一年里
WHEN = re.compile(r"在?(?:过去的?一年|一年来)?(?:(?:19|20)\d{2}年(?:度)?)?(?:\d{1,2}月(?:\d{1,2}日)?(?:上旬|中旬|下旬|份|底|初)?)?"
                  r"(?:今年|全年|年初|年内|年底|年中|上半年|下半年|一季度|二季度|三季度|四季度|以来|期间|以后|之后)*[里中内]?")


class Sentence(NamedTuple):  # a NamedTuple, not a frozen dataclass: a quarter of its start-up cost
    """A sentence read as an act: where it starts, its text, its mood and who acts in it."""
    start: int  # offset in the text it was read from
    text: str
    mood: str  # done | intended | normative | earlier (a year before the report's, or several years' totals) | superior (a superior body's work) | habitual (a practice described, no deed)
    actor: str  # principal | someone_else | unstated: the actor in effect where the sentence starts
    onset: int = 0  # where the mood sets in: the start of the clause with its first cue (0 for done)

    def mood_at(self, offset: int) -> str:
        """The mood of what is said at `offset`: an intention or a duty reaches the clauses from its
        cue on ("县长将主持…"), not those before it ("书记主持召开会议…,将法治建设和中心工作同部署")."""
        return self.mood if offset >= self.onset else "done"

    def actor_at(self, offset: int) -> str:
        """Who does what is said at `offset`: the actor named last before it, in its clause or an earlier
        one of the sentence ("镇长高度关注,各部门认真履行职责,开展讲座15场": the departments held them),
        else the actor in effect."""
        end = offset
        while end > 0:
            clause_start = max(self.text.rfind(c, 0, end) for c in ",:") + 1
            clause = self.text[clause_start:end]
            if end < offset and COMPOSITION.search(clause):
                break  # who sits on a body ("成立由书记负总责,副书记牵头的委员会"): none of them acts after it
            # an earlier clause passes the act on only to the actor it opens with ("各部门认真履行职责"), not
            # to one it names inside ("将考评纳入领导干部政绩考核")
            if (end == offset or actor_in(clause, OPENING)) and (named := actor_in(clause)):
                return named
            end = clause_start - 1
        return self.subject() or self.actor

    def subject(self) -> str | None:
        """The actor named in the sentence's first clause, after any clauses that only say when
        ("2024年8月,县长到…")."""
        return _subject(self.text)


@lru_cache(maxsize=4096)
def _subject(text: str) -> str | None:
    """Sentence.subject, read once per sentence: reading a paragraph's sentences asks it, and so do
    the checks that follow the actor through a part."""
    for clause in CLAUSE_END.split(text):
        if not WHEN.fullmatch(clause):
            return actor_in(clause)
    return None


# A clause that tells who sits on a body or leads it ("由书记、镇长负总责", "…具体抓的依法治镇委员会")
COMPOSITION = re.compile(r"^由|的[^,;:]{0,16}(?:委员会|领导小组|小组|专班|工作组|指挥部)$")
ABOUT_CLAUSE = re.compile(r"^(?:对|就|针对|围绕|对于)[^,;:。]{1,30}[,;:]$")


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern]:
    data = data_file("sentence-cues")
    # rewritten to open with literals (safe_regex.literal_first): the same matches, found by skipping ahead
    return {k: re.compile(by_first_character(literal_first(data[k]))) for k in ("principals", "others", "bodies", "objects", "intended", "normative", "done", "past",
                                             "anaphora", "lower_units", "superiors", "multi_year", "disowned", "habitual",
                                             "elsewhere", "voided", "credited", "earlier_relative", "put_off")}


@lru_cache(maxsize=1)
def _word_checks() -> dict[str, re.Pattern]:
    """For each cue `re` cannot skip ahead in (an alternative opens with an anchor, a class, a group
    of optional words), the words one of which every match of it holds (safe_regex.required_words):
    a sentence without any of them is not scanned by the cue (the intentions' cue cost a third of
    a millisecond a report, scanning every sentence at every position)."""
    out = {}
    for name, rx in _cues().items():
        words = required_words(rx.pattern) if first_characters(rx.pattern) is None else None
        if words:
            out[name] = any_word(tuple(sorted(words)))
    return out


def _cue(name: str, text: str) -> re.Match | None:
    """_cues()[name].search(text): the same match, or None at once for a text without the cue's words."""
    check = _word_checks().get(name)
    if check is not None and check.search(text) is None:
        return None
    return _cues()[name].search(text)


def is_past(text: str) -> bool:
    """Reported as already done (了, 已, 累计 …) and not as intended: a plan item that says so repeats
    the year's achievements."""
    cues = _cues()
    return bool(cues["past"].search(text)) and not _cue("intended", text)


def mood_of(text: str, report_year: int | None = None, level: str | None = None) -> str:
    """done, intended (将/拟/力争/计划…, or a date after the report year) or normative (应当/须/不得…)."""
    return _mood_and_onset(text, report_year, level)[0]


def is_put_off(text: str) -> bool:
    """Said to be put off or not begun this year (暂缓实施, 顺延至下一年度, 未能如期开展)."""
    return bool(_cue("put_off", text))


@lru_cache(maxsize=4096)
def _mood_and_onset(text: str, report_year: int | None, level: str | None = None) -> tuple[str, int]:
    """The mood and the offset of the clause where its first cue stands (read once per sentence: a
    paragraph is read again with another actor in effect, which changes no mood)."""
    cues = _cues()
    if cues["voided"].search(text) and not _cue("normative", text):  # (a rule's 未经审查的，不得… stays a rule)
        return "voided", 0  # the whole sentence's act, whichever clause undoes it
    later = [m.start() for m in DATE_YEAR.finditer(text) if report_year is not None and int(m.group(1)) > report_year
             and not _in_title(text, m.start())]
    for mood in ("normative", "intended"):
        m = _cue(mood, text)
        if mood == "intended" and (off := _cue("put_off", text)) and (m is None or off.start() < m.start()):
            m = off  # work put off is not done: an intention still
        if m:
            at = m.start() + (text[m.start()] in ",;:")  # a cue matched with the delimiter before it
            if later and (mood == "intended" or later[0] < at):
                # a later year and an intention: the mood sets in at whichever comes first
                return "intended", _clause_start(text, min(at, later[0]) if mood == "intended" else later[0])
            return mood, _clause_start(text, at)
    if later:
        return "intended", _clause_start(text, later[0])
    if report_year is not None and (m := EARLIER_YEAR.search(text)) and int(m.group(1)) < report_year:
        return "earlier", m.start() + (text[m.start()] in ",;:")
    if (m := _cue("earlier_relative", text)):
        return "earlier", m.start() + (text[m.start()] in ",;:")
    if (m := _cue("multi_year", text)) and not _from_report_year(m.group(0), report_year):
        return "earlier", _clause_start(text, m.start())
    if (cues["superiors"].search(text) and cues["superiors"].search(_first_clause(text))) or cues["disowned"].search(text):
        return "superior", 0
    if cues["elsewhere"].search(text) and cues["elsewhere"].search(_first_clause(text)):
        return "elsewhere", 0
    above = _superior_bodies().get(level or "")
    if above is not None and above.search(text) and above.match(_after_when(_acting_clause(text))):
        return "superior", 0  # "在县委直接组织下,由县委坚持…" in a township's report: the county's work
    if cues["credited"].search(text) and cues["credited"].match(_acting_clause(text)):
        return "superior", 0  # "在第三方机构统一部署下,由第三方机构具体承办,…": another body's work
    wider = _wider_areas().get(level or "")
    # the words looked for in the whole sentence first: splitting it into clauses is the dearer step
    if wider is not None and wider.search(text) and wider.match(_after_when(_first_clause(text))):
        return "superior", 0  # "全省审查备案规范性文件312件" in a county's report: the province's totals
    if wider is not None and (wider_clause := _wider_clauses()[level or ""].search(text)):
        # "我镇参加区统一组织的专项行动，全区共排查问题522个": from that clause on, the wider area's totals
        return "superior", wider_clause.start() + 1
    if (m := cues["habitual"].search(text)) and not cues["done"].search(text):
        # "主要负责人定期听取汇报": a practice, no deed told; a clause before it that only says what the practice is
        # about ("对述法中遇到的困难，主要负责人主动过问") belongs to it
        at = _clause_start(text, m.start())
        return "habitual", 0 if ABOUT_CLAUSE.match(text[:at]) else at
    return "done", 0


def _from_report_year(span: str, report_year: int | None) -> bool:
    """A total counted from the report year itself ("自2024年起累计…" in a report on 2024): that year's."""
    m = YEAR_IN_SPAN.search(span)
    return m is not None and report_year is not None and int(m.group(1)) >= report_year


YEAR_IN_SPAN = re.compile(r"((?:19|20)\d{2})(?=年|\s*[-—–~～至到])")  # the span's first year (2019—2024年: 2019)


@lru_cache(maxsize=1)
def _wider_areas() -> dict[str, re.Pattern]:
    """By the report's level, what opens a clause about a wider area than its own (全省, 全国 …)."""
    return {level: re.compile(alternation(words)) for level, words in data_file("sentence-cues")["wider_areas"].items()}


@lru_cache(maxsize=1)
def _wider_clauses() -> dict[str, re.Pattern]:
    """By the report's level, a later clause that opens with a wider area than its own (",全区共排查…")."""
    return {level: re.compile(rf"[,;:](?={area.pattern})") for level, area in _wider_areas().items()}


def _after_when(clause: str) -> str:
    """The clause after the time phrase it opens with ("2024年全省…" → "全省…"); 在 alone is no time phrase
    ("在全省率先…": the unit's own first)."""
    m = WHEN.match(clause)
    return clause[m.end():] if m and m.group() != "在" else clause


UNDER = re.compile(r"^在[^,;:。]{1,24}下$")  # "在县委的领导下": the circumstance, not who acts


# "此项工作由…牵头完成": the work named before who did it
THIS_WORK = re.compile(r"^(?:此项|该项|这项|本项|上述|以上|相关)工作(?:均|都|主要|具体|全部)?(?=由)")


def _acting_clause(text: str) -> str:
    """The clause that names who acts, past the time and the circumstance ("在县委直接组织下,") it opens with,
    from 由 on when it names the work first ("此项工作由市司法局牵头完成")."""
    clause = next((c for c in CLAUSE_END.split(text) if not WHEN.fullmatch(c) and not UNDER.match(c)), "")
    return THIS_WORK.sub("", clause)


@lru_cache(maxsize=1)
def _superior_bodies() -> dict[str, re.Pattern]:
    """By the report's level, what opens a clause told by a body above it (由县委…, 市委…)."""
    return {level: re.compile(f"由?(?:{alternation(words)})(?!的?(?:领导|指导|部署|要求|关心|支持|统筹)下)")
            for level, words in data_file("sentence-cues")["superior_bodies"].items()}


def _first_clause(text: str) -> str:
    """The clause that names who acts: the first that says more than when."""
    return next((c for c in CLAUSE_END.split(text) if not WHEN.fullmatch(c)), "")


def _in_title(text: str, at: int) -> bool:
    """Whether `at` is inside a document's name (《…规划（2021—2025年）》): a plan's period is no date of an act."""
    return text.rfind("《", 0, at) > text.rfind("》", 0, at)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding `at` starts; 0 when that clause speaks of what came before it ("…，此项工作
    目前尚在筹备"): a cue said of the sentence's own work reaches back over all of it."""
    start = max(text.rfind(c, 0, at) for c in ",:") + 1
    return 0 if start and _cues()["anaphora"].match(text, start) else start


OPENING = 4  # characters before the actor a clause opens with ("全镇各部门…", "同时县长…")


def actor_in(text: str, before: int | None = None) -> str | None:
    """The last actor named in `text` (starting before `before`): principal, someone_else, or None."""
    cues = _cues()
    last: tuple[int, str] | None = None
    for name in ("principals", "others", "bodies"):
        for m in cues[name].finditer(text):
            if before is not None and m.start() > before:
                break
            if cues["objects"].search(text, max(0, m.start() - 24), m.start()):
                continue  # 到司法所, 听取司法局, 召集…部门负责人: where or whom the act goes to
            principal = name == "principals" and not cues["lower_units"].search(text, max(0, m.start() - 16), m.start())
            if last is None or m.start() >= last[0]:
                last = (m.start(), "principal" if principal else "someone_else")
    return last[1] if last else None


def named_for_someone_else(text: str) -> bool:
    """Whether `text` names a deputy, a department or a staff member as who acts, and no principal
    leader (the body as a whole does not count here): "分管副县长切实履行第一责任人职责"."""
    cues = _cues()
    return actor_in(text) == "someone_else" and not cues["principals"].search(text) and any(
        not cues["objects"].search(text, max(0, m.start() - 24), m.start()) for m in cues["others"].finditer(text))


def sentences(text: str, report_year: int | None = None, actor: str = "unstated",
              level: str | None = None) -> tuple[Sentence, ...]:
    """The sentences of a text with their mood and actor; a sentence that names no actor keeps the
    one named last before it (`actor` at the start). `level`: the report's (a wider area's totals are
    another body's). Cached: several checks read the same paragraphs."""
    return _read(text, report_year, actor, level)


# A sentence that puts what follows it on hold ("本项工作还停留在筹备阶段，以下所述尚未付诸实施：…", "具体打算如下："):
# every later sentence of the passage is intended too
FORWARD = re.compile(r"(?:以下|下列|如下|下述)[^。;:]{0,40}:")
# A sentence that speaks of those before it ("上述成效主要是省里派驻的督查组督办的结果", "以上数字均来自县人民法院…",
# "其中多数问题是经媒体曝光后…促成解决的"): its mood, another's work, reaches back over them
BACKWARD = re.compile(r"(?:但|不过|然而)?(?:上述|以上|前述|这些|其中多数|其中大部分|其中大多数)")
REACHES_BACK = ("superior", "elsewhere", "voided")


@lru_cache(maxsize=4096)
def _read(text: str, report_year: int | None, actor: str, level: str | None = None) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    on_hold = False
    for m in SENTENCE.finditer(text):
        s = m.group(0)
        mood, onset = _mood_and_onset(s, report_year, level)
        if on_hold and mood == "done":
            mood, onset = "intended", 0
        sentence = Sentence(m.start(), s, mood, actor, onset)
        if mood in REACHES_BACK and BACKWARD.match(s):
            out = [x._replace(mood=mood, onset=0) if x.mood == "done" else x for x in out]
        out.append(sentence)
        on_hold = on_hold or (mood == "intended" and FORWARD.search(s, onset) is not None)
        actor = sentence.subject() or actor
    return tuple(out)
