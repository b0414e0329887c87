"""Names of government bodies: read one from the start of a text, check that it is a whole name, give its level.

A name is places (from the gazetteer, or a 镇/乡/街道/新区 that is too small for it), then the body that
governs them (人民政府, 党委, a department), as in 中共淮北市烈山区委、烈山区人民政府, 元谋县县卫生健康局 or
生态环境部. The lists are data (scorer/data/organs.yaml); this module is the grammar that reads them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from scorer.document import places
from scorer.text.lexicon import alternation, load, part_of_speech

CJK = "\u4e00-\u9fff"


@dataclass
class Organ:
    """One body: its name as read (short department names expanded), and what it is made of."""

    name: str
    places: list[str] = field(default_factory=list)
    generic: str | None = None  # 县 in 县教育局: the unit, with no place named
    kind: str = "place"  # place | government | party | department
    unit_level: str | None = None  # the level of the last place or generic unit
    known: bool = True  # every place is in the gazetteer, every department in the lexicon

    @property
    def level(self) -> str | None:
        return "department" if self.kind == "department" else self.unit_level


@dataclass
class _Lex:
    """The word lists and patterns that name government bodies, compiled once."""
    units: dict[str, str]  # unit word → level
    government: re.Pattern
    party_after_place: re.Pattern
    party_organ: re.Pattern
    departments: dict[str, str]  # any form → full name
    national: dict[str, str]
    longest_department: int
    unknown_dept: re.Pattern
    zone: re.Pattern
    not_start: tuple[str, ...]
    not_in_place: frozenset[str]
    not_in_department: re.Pattern
    not_in_zone: tuple[str, ...]
    zone_units: tuple[str, ...]  # the county-level units that are zones (开发区, 园区 …), not divisions


@lru_cache(maxsize=1)
def lex() -> _Lex:
    data = load("organs")
    units = {w: level for level, ws in data["units"].items() for w in ws}
    departments = {form: forms[0] for forms in data["departments"] for form in forms}
    national = {form: forms[0] for forms in data["national_departments"] for form in forms}
    small_units = data["units"]["township"] + [u for u in data["units"]["county"] if len(u) >= 2]
    return _Lex(
        units=units,
        government=re.compile(alternation(data["government"])),
        party_after_place=re.compile(alternation(data["party"])),
        party_organ=re.compile(alternation(data["party_organs"])),
        departments=departments,
        national=national,
        longest_department=max(len(w) for w in (*departments, *national)),
        unknown_dept=re.compile(rf"[{CJK}]{{2,10}}?(?:{alternation(data['department_suffixes'])})"),
        # 镇, 乡, 街道 and development zones are too small or too new for the gazetteer: 2–6 characters and the unit;
        # a zone two countries or regions share joins their names with a dash (广西-东盟经济技术开发区, 中国—东盟…).
        zone=re.compile(rf"[{CJK}]{{1,6}}?(?:[-–—][{CJK}]{{2,6}}?)?(?:{alternation(small_units)})"),
        not_start=tuple(data["not_a_name_start"]),
        not_in_place=frozenset(data["not_in_place"]),
        not_in_department=re.compile(alternation(data["not_in_department"])),
        not_in_zone=tuple(data["not_in_zone"]),
        zone_units=tuple(data["zone_units"]),
    )


UNKNOWN_COUNTY = re.compile(rf"[{CJK}]{{1,4}}?(?:自治县|县|区|市|旗)")
# 州 and 盟 in 州生态环境局, 盟行政公署: the prefecture-level units of autonomous areas.
GENERIC_UNITS = ("自治区", "省", "市", "州", "盟", "县", "区", "旗", "镇", "乡", "街道")
GENERIC_LEVEL = {"自治区": "province", "省": "province", "市": "city", "州": "city", "盟": "city", "县": "county",
                 "区": "county", "旗": "county", "镇": "township", "乡": "township", "街道": "township"}
JOINERS = "、和与及 "
FORMER = "原"
STREET_OFFICE_SHORT = "办"
GOVERNMENT_FULL = {"政府": "人民政府"}  # 政府 after a place already named: its 人民政府
PARTY_GROUPS = ("党组", "党委")  # a department's party body, after its name
SUB_BUREAU = re.compile(rf"[{CJK}]{{2,6}}?(?:管理局|监管局|分局)")


def parse(text: str, strict: bool = True) -> list[Organ] | None:
    """The whole of `text` read as one name, or as a joint name (党委 and 政府); None when it is not one.

    strict: every department must be in the lexicon (for names met in running text, where a fragment
    of a sentence could otherwise pass); titles, header fields and signatures may name others."""
    if not text or text.startswith(lex().not_start):
        return None
    first = _organ_at(text, 0, strict)
    for organ, end in first:
        if end == len(text):
            return [organ]
        rest = text[end:].lstrip(JOINERS)
        if rest and organ.kind in ("party", "government"):
            second = _organ_at(rest, 0, strict, context=organ)
            for other, end2 in second:
                if end2 == len(rest) and other.kind in ("party", "government"):
                    return _joined(organ, other, glued=len(rest) == len(text) - end)
    return None


LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "township": 3}


def _joined(first: Organ, second: Organ, glued: bool) -> list[Organ]:
    """Two bodies read one after the other: a joint issuer (中共X县委、X县人民政府), or, when a lower body
    follows its government with nothing between (鲤城区人民政府金龙街道办事处), one body named in full."""
    lower = LEVEL_RANK.get(second.unit_level or "", -1) > LEVEL_RANK.get(first.unit_level or "", 9)
    if glued and first.kind == "government" and second.places and lower:
        return [Organ(first.name + second.name, first.places + second.places, None, second.kind, second.unit_level,
                      first.known and second.known)]
    return [first, second]


def _is_office(o: Organ) -> bool:
    """The general office of a party committee or a government (县委办公室, 县人民政府办公室): the two issue
    jointly (两办), as their principals do."""
    return o.kind == "department" and o.name.endswith(OFFICES)


OFFICES = ("办公室", "办公厅")


def prefix(text: str, strict: bool = True) -> tuple[list[Organ], int] | None:
    """The longest name (or joint name) at the start of `text`, and where it ends."""
    if not text or text.startswith(lex().not_start):
        return None
    best = None
    for organ, end in _organ_at(text, 0, strict):
        if organ.kind == "place" and end < len(text) and text[end] in "委":
            continue  # 南昌县委 is the party committee, not the county
        if best is None or end > best[1]:
            best = ([organ], end)
    if best is None:
        return None
    organ, end = best[0][0], best[1]
    rest = text[end:]
    stripped = rest.lstrip(JOINERS)
    if (organ.kind in ("party", "government") or _is_office(organ)) and stripped and len(rest) - len(stripped) <= 1:
        for other, end2 in _organ_at(stripped, 0, strict, context=organ):
            # 鲤城区人民政府金龙街道: a township under its district's government, its office's name left out
            glued_place = rest == stripped and organ.kind == "government" and other.kind == "place" \
                and other.unit_level == "township"
            if other.kind in ("party", "government") or glued_place if not _is_office(organ) else _is_office(other):
                total = end + (len(rest) - len(stripped)) + end2
                if total > best[1]:
                    best = (_joined(organ, other, glued=rest == stripped), total)
    return best


def _organ_at(text: str, i: int, strict: bool, context: Organ | None = None) -> list[tuple[Organ, int]]:
    """Every way to read a name starting at i: (organ, end), longest readings first."""
    L = lex()
    out: list[tuple[Organ, int]] = []
    party_prefix = text.startswith("中共", i)
    if party_prefix:
        i += 2
    elif text.startswith("中华人民共和国", i):
        i += 7
    # 原环境保护部: a ministry under the name it had before a reform, in a copy published after it
    former = not party_prefix and text.startswith(FORMER, i) and _word_at(L.national, text, i + len(FORMER))
    word = _word_at(L.national, text, i + len(FORMER)) if former else _word_at(L.national, text, i)
    if former:
        i += len(FORMER)
    if word and not party_prefix:
        out.append((Organ(L.national[word], kind="department", unit_level=None), i + len(word)))
        out += _local_branch(text, L.national[word], i + len(word))
    if context is not None and context.places and not party_prefix:
        m = L.government.match(text, i)
        if m:  # 东庄镇党委、政府, 小寨路街道党工委、办事处: the second is the same place's government
            head = "".join(context.places)
            word = GOVERNMENT_FULL.get(m.group(), m.group())
            out.append((Organ(head + word, list(context.places), None, "government", context.unit_level, context.known),
                        m.end()))
    for plist, generic, j, known in _place_chains(text, i, strict):
        if plist and plist[-1].endswith("街道") and text.startswith(STREET_OFFICE_SHORT, j) \
                and not text.startswith("办公", j) and not party_prefix:
            # 小寨路街道办: the 街道办事处 as people write it
            out.append((Organ("".join(plist) + "办事处", list(plist), None, "government", _unit_level(plist[-1]), known),
                        j + len(STREET_OFFICE_SHORT)))
        if not plist and not generic:
            continue
        if context is not None and not plist and generic:
            plist_ctx = context.places  # 河北省委、省政府: the second names the same place
        else:
            plist_ctx = plist
        unit_level = _chain_level(plist) if plist else GENERIC_LEVEL.get(generic or "")
        head = "".join(plist) + (generic or "")
        # in running text, a department the lexicon lacks only after a place the gazetteer knows
        unknown_ok = not strict or (bool(plist) and known and not generic)
        for organ, end in _organs_after(text, j, unknown_ok, party_prefix):
            kind, word = organ
            name = ("中共" if party_prefix and kind != "party_group" else "") + head + word
            o = Organ(name, list(plist_ctx), generic, kind, unit_level, known and kind != "unknown")
            if kind in ("unknown", "party_group"):
                o.kind = "department"
            out.append((o, end))
        if plist and not party_prefix and not generic:
            out.append((Organ(head, list(plist), None, "place", unit_level, known), j))
    out.sort(key=lambda t: (-t[1], not t[0].known))  # the longest reading; of equals, the one the lexicon knows
    return out


def _local_branch(text: str, national: str, j: int) -> list[tuple[Organ, int]]:
    """A ministry's or agency's local office, named after it with its place (国家税务总局平利县税务局):
    one department, the whole name; the place and department must be ones the gazetteer and lexicon know."""
    out = []
    for plist, generic, k, known in _place_chains(text, j, strict=True):
        if not plist or generic or not known:
            continue
        word = _word_at(lex().departments, text, k)
        if word:
            name = national + "".join(plist) + lex().departments[word]
            out.append((Organ(name, list(plist), None, "department", _unit_level(plist[-1])), k + len(word)))
    return out


def _organs_after(text: str, j: int, unknown_ok: bool, party_prefix: bool) -> list[tuple[tuple[str, str], int]]:
    L = lex()
    found = []
    word = _word_at(L.departments, text, j)
    if word and party_prefix and text.startswith(PARTY_GROUPS, j + len(word)):
        # 中共双牌县教育局党组: the department's party group reports for the department
        group = next(g for g in PARTY_GROUPS if text.startswith(g, j + len(word)))
        found.append((("party_group", L.departments[word]), j + len(word) + len(group)))
    if word and not party_prefix:
        found.append((("department", L.departments[word]), j + len(word)))
        m = SUB_BUREAU.match(text, j + len(word))
        if m and not L.not_in_department.search(m.group()):
            # 深圳市交通运输局龙岗管理局: a bureau under a department keeps its parent's name as its prefix
            found.append((("department", L.departments[word] + m.group()), m.end()))
    m = L.government.match(text, j)
    if m and not party_prefix:
        found.append((("government", m.group()), m.end()))
    m = L.party_after_place.match(text, j)
    if m:
        found.append((("party", m.group()), m.end()))
        organ = L.party_organ.match(text, m.end())
        if organ:  # 县委办公室, 县委依法治县办: the committee's own organ
            found.append((("department", m.group() + organ.group()), organ.end()))
    if unknown_ok and not party_prefix:
        m = L.unknown_dept.match(text, j)
        # …管委 before 会 is the 管委会 cut short (森工产业园区管委会), not a department named …管委
        if m and m.group().endswith("委") and text.startswith(("会", "员会"), m.end()):
            m = None
        if m and not L.government.match(text, j) and not _not_a_department(m.group()):
            found.append((("unknown", m.group()), m.end()))
    return found


# "文体和旅游局", "农业农村和水利局": two fields joined by 和 before the suffix name one department (the 2018 reform's
# names), not two bodies ("公安局和交通局": the part before 和 is a body of its own)
JOINED_FIELDS = re.compile(r"[\u4e00-\u9fff]{2,4}和[\u4e00-\u9fff]{2,6}")
BODY_END = ("局", "所", "委", "办", "院", "府", "队", "站", "中心", "部", "厅", "会", "处", "科", "股")


def _not_a_department(name: str) -> bool:
    """Words in a would-be department's name that running text has, not a name (关于, 的, 各, 和 …), but a 和
    that joins two fields of one department."""
    hits = lex().not_in_department.findall(name)
    if hits == ["和"] and JOINED_FIELDS.match(name) and not name[: name.index("和")].endswith(BODY_END):
        return False
    return bool(hits)


def lex_data(key: str) -> list[str]:
    return list(load("organs")[key])


def department_at(text: str) -> tuple[str, int] | None:
    """The full name of a local department the lexicon knows when `text` begins with one (司法局), and
    where the name as written ends."""
    word = _word_at(lex().departments, text, 0)
    return (lex().departments[word], len(word)) if word else None


@lru_cache(maxsize=1)
def _forms_of_full() -> dict[str, tuple[str, ...]]:
    """Each department's full name → every form of it the lexicon lists, the full name first."""
    data = load("organs")
    out: dict[str, list[str]] = {}
    for forms in data["departments"] + data["national_departments"]:
        known = out.setdefault(forms[0], [])
        known += [f for f in forms if f not in known]
    return {full: tuple(forms) for full, forms in out.items()}


def department_forms(name: str) -> tuple[str, tuple[str, ...]] | None:
    """What stands before a department's full name at the end of `name`, and every form of that name
    (西山区教育和体育局 → 西山区, (教育和体育局, 教育体育局, 教体局))."""
    full = max((f for f in _forms_of_full() if name.endswith(f)), key=len, default=None)
    return (name[: -len(full)], _forms_of_full()[full]) if full else None


def full_name(name: str) -> str:
    """A body's name with its department under the lexicon's full name (西山区教育体育局 →
    西山区教育和体育局): one key for the forms a unit writes in different years or lists."""
    table = {**lex().departments, **lex().national}
    form = max((f for f in table if name.endswith(f)), key=len, default=None)
    return name[: -len(form)] + table[form] if form else name


def _word_at(table: dict[str, str], text: str, j: int) -> str | None:
    """The longest word of the table that starts at j (a few dict look-ups, no big regex to compile)."""
    for n in range(min(lex().longest_department, len(text) - j), 1, -1):
        if text[j : j + n] in table:
            return text[j : j + n]
    return None


def _place_chains(text: str, i: int, strict: bool = True) -> list[tuple[list[str], str | None, int, bool]]:
    """Readings of the places at i: (places, generic unit, end, all known), longest first; at most 4 places.

    Not strict (a title, a signature): a county, district or city missing from the gazetteer (renamed,
    misspelt, or 某县 in an example) is read as one too."""
    L = lex()
    out: list[tuple[list[str], str | None, int, bool]] = []

    def walk(j: int, plist: list[str], known: bool, depth: int) -> None:
        out.append((plist, None, j, known))
        for g in GENERIC_UNITS:  # 县 in 县教育局, 元谋县县卫生健康局
            if text.startswith(g, j) and (not plist or plist[-1].endswith(g)):
                out.append((plist, g, j + len(g), known))
        if depth >= 4:
            return
        nexts = []
        full = places.place_at(text, j)
        if full:
            nexts.append((full, True))
        short = places.short_at(text, j)
        if short and not (full and len(full) >= len(short)):
            nexts.append((short, True))
        m = CORPS.match(text, j)
        if m:
            nexts.append((m.group(), True))
        m = L.zone.match(text, j)
        if m and not _word_at(L.departments, text, j) and _may_name_zone(m.group(), text, m.end()):
            nexts.append((m.group(), False))
        m = None if strict or full else UNKNOWN_COUNTY.match(text, j)
        if m and not m.group().startswith(GENERIC_UNITS) and not L.not_in_place.intersection(m.group()):
            nexts.append((m.group(), False))
        for name, is_known in nexts:
            if name.startswith(L.not_start) or L.government.match(name) or "委" in name:
                continue
            walk(j + len(name), plist + [name], known and is_known, depth + 1)
            other = _second_name(text, j + len(name))
            if other:  # 高新区(新市区)人民政府: one place under two names, the second in brackets
                walk(j + len(name) + len(other) + 2, plist + [f"{name}({other})"], known and is_known, depth + 1)

    walk(i, [], True, 0)
    out.sort(key=lambda t: -t[2])
    return out


# jieba's tags of words that are running text around a place, never inside its name: adverbs (极为),
# prepositions, conjunctions (以为), particles, pronouns (对此), numerals, measures, directions (以下), time
FUNCTION_TAGS = ("d", "p", "c", "u", "r", "m", "q", "f", "t")


def holds_function_chars(name: str) -> bool:
    """Whether a name read where the gazetteer cannot help (a township, a zone) holds one of the
    characters that are function words in running text (在, 对, 让 … `not_in_place`: "在东庄镇", "加强对镇"),
    other than inside a word of its own: a character after the first that makes, with the one before it,
    a word of the dictionary that is no function word (礼让街街道: 礼让 is a verb)."""
    bad = [i for i, ch in enumerate(name) if ch in lex().not_in_place]
    return any(i == 0 or (tag := part_of_speech(name[i - 1 : i + 1])) is None or tag.startswith(FUNCTION_TAGS)
               for i in bad)


# jieba's tags of a word that ends a phrase of running text before a unit, never a name: verbs, adverbs,
# prepositions, conjunctions (有序推进镇, 并结合镇)
PHRASE_END_TAGS = ("v", "d", "p", "c")


def ends_a_phrase(stem: str) -> bool:
    """Whether a would-be township's name less its unit (three characters or more) ends in a verb, an adverb, a
    preposition or a conjunction (有序推进, 并结合: 推进, 结合 are verbs): a phrase of running text, not a name."""
    return len(stem) >= 3 and (tag := part_of_speech(stem[-2:])) is not None and tag.startswith(PHRASE_END_TAGS)


def _may_name_zone(name: str, text: str, end: int) -> bool:
    """A township or zone too small for the gazetteer: no function word in its name, or only inside a word
    of its own (holds_function_chars) when its body follows (礼让街街道办事处); and not a phrase that ends in
    a verb or an adverb before the unit (有序推进镇…, 并结合镇…) unless its body follows."""
    if any(w in name for w in lex().not_in_zone):
        return False
    followed = bool(lex().government.match(text, end) or lex().party_after_place.match(text, end))
    stem = name[: -len(next((u for u in ("街道", "镇", "乡") if name.endswith(u)), ""))] or name
    if not followed and ends_a_phrase(stem):
        return False
    if not lex().not_in_place.intersection(name):
        return True
    return followed and not holds_function_chars(name)


def _second_name(text: str, j: int) -> str | None:
    """The second name of a place in brackets right after its first ("高新区(新市区)", where a zone and a
    district are one administration): a division the gazetteer knows, or a zone or township, filling
    the brackets."""
    if not text.startswith("(", j):
        return None
    close = text.find(")", j + 1, j + 14)
    inner = text[j + 1 : close] if close > 0 else ""
    if not inner or NOT_A_SECOND_NAME.intersection(inner):
        return None
    if places.place_at(inner, 0) == inner:
        return inner
    m = lex().zone.fullmatch(inner)
    return inner if m and not lex().not_in_place.intersection(inner) else None


NOT_A_SECOND_NAME = frozenset("、,和与及")  # "各县(市、区)": a list of kinds, not a second name


def _chain_level(plist: list[str]) -> str | None:
    """The level of the last place of a chain: a zone of a county or district (宁河区经济开发区, 麻章区森工产业园区)
    is below it, as its towns are; a zone of a city (苏州工业园区, 珠海高新区) is county-level."""
    level = _unit_level(plist[-1])
    if level == "county" and len(plist) > 1 and plist[-1].endswith(lex().zone_units) and \
            not places.level_of_place(plist[-1]) and _unit_level(plist[-2]) == "county":
        return "township"
    return level


# 新疆生产建设兵团 (a province's rank), its divisions (第七师, a prefecture's) and regiments (一二一团, 121团, a
# county's): places of their own, named by number; no gazetteer lists them
CORPS = re.compile(r"(?:新疆)?生产建设兵团|第[一二三四五六七八九十]{1,3}师|[一二三四五六七八九十百零〇0-9]{2,4}团(?:场)?(?![体结队员委])")
CORPS_LEVEL = {"兵团": "province", "师": "city", "团": "county", "场": "county"}


def _unit_level(place: str) -> str | None:
    if CORPS.fullmatch(place):
        return CORPS_LEVEL[place[-2:] if place.endswith("兵团") else place[-1]]
    if place.endswith(")") and "(" in place:  # 高新区(新市区): the level of either name
        first, second = place[:-1].split("(", 1)
        return _unit_level(first) or _unit_level(second)
    level = places.level_of_place(place)
    if level:
        return level
    levels = {d.level for d in places.lookup_short(place)}  # 阿坝州, 广东: the level of the division it names
    if len(levels) == 1:
        return levels.pop()
    for unit in sorted(lex().units, key=len, reverse=True):
        if place.endswith(unit):
            return lex().units[unit]
    if place.endswith("市"):
        return "county"  # a 市 that is not a prefecture is a county-level city
    return None


def level_of(organs: list[Organ]) -> str | None:
    """The level of a name: a department at any level; otherwise the level of the place it governs."""
    if not organs:
        return None
    if all(o.kind == "department" for o in organs):
        return "department"
    gov = [o for o in organs if o.kind != "department"]
    return gov[-1].unit_level
