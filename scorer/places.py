"""China's administrative divisions at county level and above (scorer/data/gazetteer.tsv).

Tells a prefecture-level city (包头市, city level) from a county-level city (海宁市, county level), names
the places a text speaks of, and splits a body's name into the places it is made of. Loaded on first use.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

_TSV = Path(__file__).resolve().parent / "data" / "gazetteer.tsv"
LEVELS = ("province", "city", "county")
# What a short form drops from a province's or prefecture's name: 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边.
_LONG_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "省", "市", "盟")
_ETHNIC = "族"  # 延边朝鲜族自治州 → 延边


class Division(NamedTuple):
    code: str
    name: str
    level: str  # province | city | county
    prefecture: str  # the city a county belongs to ('' for a province, a city, or a county under a province)
    province: str


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[Division, ...]], dict[str, tuple[Division, ...]], int]:
    by_name: dict[str, list[Division]] = {}
    by_short: dict[str, list[Division]] = {}
    for line in _TSV.read_text(encoding="utf-8").splitlines():
        if not line or line[0] == "#":
            continue
        code, name, level, prefecture, province, short = line.split("\t")
        d = Division(code, name, level, prefecture, province)
        by_name.setdefault(name, []).append(d)
        if short and short != name and len(short) >= 2:
            by_short.setdefault(short, []).append(d)
    longest = max(len(n) for n in by_name)
    return ({k: tuple(v) for k, v in by_name.items()}, {k: tuple(v) for k, v in by_short.items()}, longest)


def short_name(name: str) -> str:
    """广西壮族自治区 → 广西, 北京市 → 北京, 延边朝鲜族自治州 → 延边, 阿里地区 → 阿里."""
    for suffix in _LONG_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            stem = name[: -len(suffix)]
            return _drop_ethnic(stem) if stem.endswith(_ETHNIC) else stem
    return name


_NATIONALITIES = (
    "朝鲜族", "蒙古族", "藏族", "回族", "苗族", "彝族", "壮族", "布依族", "侗族", "瑶族", "白族", "土家族", "哈尼族",
    "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族",
    "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
    "塔吉克族", "怒族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "独龙族", "鄂伦春族", "赫哲族", "门巴族",
    "珞巴族", "基诺族", "维吾尔族",
)


def _drop_ethnic(stem: str) -> str:
    """湘西土家族苗族 → 湘西: peel nationality names off the end."""
    changed = True
    while changed:
        changed = False
        for nat in _NATIONALITIES:
            if stem.endswith(nat) and len(stem) > len(nat) + 1:
                stem = stem[: -len(nat)]
                changed = True
    return stem


def lookup(name: str) -> tuple[Division, ...]:
    """Divisions with this full name (several counties share a name: 鼓楼区, 市中区)."""
    return _table()[0].get(name, ())


def lookup_short(name: str) -> tuple[Division, ...]:
    """Provinces and prefectures with this short name (东莞 → 东莞市, 内蒙古 → 内蒙古自治区)."""
    return _table()[1].get(name, ())


def short_names() -> dict[str, tuple[Division, ...]]:
    """Short name → the provinces and prefectures it names."""
    return _table()[1]


def level_of_place(name: str) -> str | None:
    """province | city | county for a name in the gazetteer (the highest when names collide)."""
    found = lookup(name)
    if not found:
        return None
    return min((d.level for d in found), key=LEVELS.index)


def place_at(text: str, start: int = 0) -> str | None:
    """The longest full name of a division that begins at `start` in `text`."""
    by_name, _, longest = _table()
    for n in range(min(longest, len(text) - start), 1, -1):
        if text[start : start + n] in by_name:
            return text[start : start + n]
    return None


def short_at(text: str, start: int = 0) -> str | None:
    """The longest short name of a province or prefecture that begins at `start`."""
    by_short = _table()[1]
    for n in range(min(6, len(text) - start), 1, -1):
        if text[start : start + n] in by_short:
            return text[start : start + n]
    return None


def places_in(text: str, levels: tuple[str, ...] = LEVELS) -> list[tuple[int, str]]:
    """Full names of divisions found in a text, with their positions, in order.

    Scans only at the characters that end a division's name, so it costs a few set look-ups per such
    character, not a search per name. A two-character name (新县, 范县) counts only where a name can
    begin — after punctuation or another place — since running text holds it inside words (示范县, 创新县)."""
    by_name, _, longest = _table()
    out: list[tuple[int, str]] = []
    last_end = -1
    for m in _END_CHAR.finditer(text):
        end = m.end()
        for n in range(min(longest, end), 1, -1):
            name = text[end - n : end]
            if name in by_name and level_of_place(name) in levels:
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
