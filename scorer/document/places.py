"""China's administrative divisions at county level and above (scorer/data/gazetteer.tsv).

Tells a prefecture-level city (包头市, city level) from a county-level city (海宁市, county level), names
the places a text speaks of, and splits a body's name into the places it is made of. Loaded on first use.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

_TSV = Path(__file__).resolve().parents[1] / "data" / "gazetteer.tsv"
LEVELS = ("province", "city", "county")
class Division(NamedTuple):
    code: str
    name: str
    level: str  # province | city | county
    prefecture: str  # the city a county belongs to ('' for a province, a city, or a county under a province)
    province: str


# One row of the TSV: code, name, level, prefecture, province, short name.
_ROW = re.compile(r"^(\d{6})\t([^\t\n]+)\t([a-z]+)\t([^\t\n]*)\t([^\t\n]*)\t([^\t\n]*)$", re.MULTILINE)


@lru_cache(maxsize=1)
def _rows() -> list[tuple[str, str, str, str, str, str]]:
    """All rows, read by one regex over the file (a few ms: it runs on nearly every report)."""
    return _ROW.findall(_TSV.read_text(encoding="utf-8"))


# The peoples an autonomous county or banner is named for (新晃侗族自治县, 围场满族蒙古族自治县)
PEOPLES = ["蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各"]
AUTONOMOUS = re.compile(rf"^(.+?)(?:(?:{'|'.join(sorted(PEOPLES, key=len, reverse=True))})族)+自治(县|旗)$")


@lru_cache(maxsize=1)
def _spoken_counties() -> dict[str, tuple]:
    """An autonomous county or banner as its own documents often write it, without its peoples (新晃县 for
    新晃侗族自治县, 莫力达瓦旗): spoken form → its row. None of these is another division's full name."""
    full = {row[1] for row in _rows()}
    out = {}
    for row in _rows():
        if "自治" in row[1] and (m := AUTONOMOUS.match(row[1])) and (spoken := m.group(1) + m.group(2)) not in full:
            out[spoken] = row
    return out


@lru_cache(maxsize=1)
def _levels() -> tuple[dict[str, str], int]:
    """name → level, and the longest name."""
    levels = {row[1]: row[2] for row in _rows()}
    levels.update({spoken: row[2] for spoken, row in _spoken_counties().items()})
    return levels, max(map(len, levels))


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[Division, ...]]:
    out: dict[str, list[Division]] = {}
    for row in _rows():
        out.setdefault(row[1], []).append(Division(*row[:5]))
    for spoken, row in _spoken_counties().items():
        out.setdefault(spoken, []).append(Division(*row[:5]))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def short_names() -> dict[str, tuple[Division, ...]]:
    """Short name → the provinces and prefectures it names (北京 → 北京市, 内蒙古 → 内蒙古自治区)."""
    out: dict[str, list[Division]] = {}
    for row in _rows():
        short = row[5]
        if short and short != row[1] and len(short) >= 2:
            out.setdefault(short, []).append(Division(*row[:5]))
    return {k: tuple(v) for k, v in out.items()}


def lookup(name: str) -> tuple[Division, ...]:
    """Divisions with this full name (several counties share a name: 鼓楼区, 市中区)."""
    return _by_name().get(name, ())


@lru_cache(maxsize=1)
def _spoken_forms() -> dict[str, tuple[Division, ...]]:
    """Short names as people write them with their unit, beside the bare ones: an autonomous prefecture
    is "its short name + 州" (阿坝州, 黔西南州, 延边州) in its own titles and signatures."""
    out: dict[str, list[Division]] = {}
    for short, divs in short_names().items():
        for d in divs:
            if d.name.endswith("自治州"):
                out.setdefault(short + "州", []).append(d)
    return {k: tuple(v) for k, v in out.items()}


def lookup_short(name: str) -> tuple[Division, ...]:
    """Provinces and prefectures with this short name (东莞 → 东莞市, 内蒙古 → 内蒙古自治区, 阿坝州 →
    阿坝藏族羌族自治州)."""
    return short_names().get(name, ()) or _spoken_forms().get(name, ())


def level_of_place(name: str) -> str | None:
    """province | city | county for a name in the gazetteer (the highest when names collide)."""
    return _levels()[0].get(name)


def place_at(text: str, start: int = 0) -> str | None:
    """The longest full name of a division that begins at `start` in `text`."""
    levels, longest = _levels()
    for n in range(min(longest, len(text) - start), 1, -1):
        if text[start : start + n] in levels:
            return text[start : start + n]
    return None


def short_at(text: str, start: int = 0) -> str | None:
    """The longest short name of a province or prefecture that begins at `start` (阿坝州 before 阿坝)."""
    by_short, spoken = short_names(), _spoken_forms()
    for n in range(min(7, len(text) - start), 1, -1):
        if text[start : start + n] in by_short or text[start : start + n] in spoken:
            return text[start : start + n]
    return None


def places_in(text: str, wanted: tuple[str, ...] = LEVELS) -> list[tuple[int, str]]:
    """Full names of divisions found in a text, with their positions, in order.

    Scans only at the characters that end a division's name, so it costs a few set look-ups per such
    character, not a search per name. A two-character name (新县, 范县) counts only where a name can
    begin — after punctuation or another place — since running text holds it inside words (示范县, 创新县)."""
    levels, longest = _levels()
    out: list[tuple[int, str]] = []
    last_end = -1
    for m in _END_CHAR.finditer(text):
        end = m.end()
        for n in range(min(longest, end), 1, -1):
            name = text[end - n : end]
            if levels.get(name) in wanted:
                start = end - n
                if n == 2 and start > 0 and start != last_end and _CJK.match(text, start - 1):
                    continue
                out.append((start, name))
                last_end = end
                break
    return out


_END_CHAR = re.compile("[省市区县旗州盟地]")  # the last characters of divisions' names
_CJK = re.compile("[\u4e00-\u9fff]")


def prefecture_level_suffix(name: str) -> str | None:
    """The level of the province or prefecture that `name` ends with, if any."""
    for n in range(min(len(name), 12), 1, -1):
        level = level_of_place(name[-n:])
        if level in ("province", "city"):
            return level
    return None


def cities_in(text: str) -> list[str]:
    """Municipalities and prefecture-level cities (X市) named in a text, in order of appearance."""
    seen = []
    for _, name in places_in(text, ("province", "city")):
        if name.endswith("市") and name not in seen:
            seen.append(name)
    return seen
