"""Counts written in Chinese numerals, read as the figures they are.

"旁听庭审二十三场" states the same datum as "旁听庭审23场", and "百分之九十八" the same as "98%": the
checks that look for figures read digits, so a report's key text gets the digits, padded with zeros
to the numeral's length ("023场", "00098%") so that every position still maps to the raw text.

What is not a count stays as written: 一 alone (一次 "once", 一项重要工作 "an"), a single numeral
before 个/项/种/类 (三项制度, 两个确立, 五个到位: formulas), an ordinal or a determiner before it (第三次,
每两个月, 这两项) or a quotation mark (打好“三场硬仗”: a slogan's name), a run with no 十/百/千/万
(三五件: "three to five"), and a numeral with a unit that names a place or a thing (三台县, 八所镇, 三件套).
"""
from __future__ import annotations

import re

DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
MULTIPLIER = {"十": 10, "百": 100, "千": 1000}
NUMERAL = "零〇一二两三四五六七八九十百千万"
UNITS = ("人次|件次|场次|户次|家次|个工作日|小时|公里|平方米|件|次|场|人|名|项|个|家|份|条|篇|户|起|期|批|所|处|套|宗|"
         "部|册|卷|例|轮|台|辆|座|组|支|天|亩|类|种|元")
# a numeral before a unit (余/多 may stand between), not inside a longer numeral or after an ordinal; the
# look-behind comes after the numeral's first character (it reads the character before that one) so that
# `re` skips ahead to numerals instead of trying every position
COUNT = re.compile(rf"([{NUMERAL}](?<![第每这那哪某逐“‘「『〝《【\"'{NUMERAL}][{NUMERAL}])[{NUMERAL}]{{0,7}})(?=(?:余|多)?(?:{UNITS}))")
PERCENT = re.compile(rf"百分之([{NUMERAL}]{{1,4}})")
FORMULA_UNITS = frozenset("个项种类")
PLACE_UNITS = frozenset("台所元家座部处")
PLACE_SUFFIX = frozenset("市县区镇乡村旗河渠山岛")
HAS_DIGIT = re.compile(f"[{NUMERAL}]")


def value(numeral: str) -> int | None:
    """二十三 → 23, 一百零五 → 105, 两千 → 2000, 三万二千 → 32000; None for a run of digits without a
    multiplier longer than one (三五: "three or five")."""
    if len(numeral) > 1 and not any(c in MULTIPLIER or c == "万" for c in numeral):
        return None
    total = section = number = 0
    for c in numeral:
        if c in DIGIT:
            number = DIGIT[c]
        elif c in MULTIPLIER:
            section += (number or 1) * MULTIPLIER[c]
            number = 0
        else:  # 万
            total += (section + number) * 10000
            section = number = 0
    return total + section + number


def arabic_counts(text: str) -> str:
    """`text` with its counts in Chinese numerals as zero-padded digits, of the same length."""
    if not HAS_DIGIT.search(text):
        return text
    if "百分之" in text:
        text = PERCENT.sub(_percent, text)
    return COUNT.sub(_count, text)


def _percent(m: re.Match) -> str:
    n = value(m.group(1))
    return m.group(0) if n is None or len(f"{n}%") > len(m.group(0)) else f"{n}%".rjust(len(m.group(0)), "0")


def _count(m: re.Match) -> str:
    numeral = m.group(1)
    after = m.string[m.end():m.end() + 3].lstrip("余多")
    unit = after[:1]
    if numeral in ("一", "百", "千", "万") or (len(numeral) == 1 and unit in FORMULA_UNITS):
        return numeral
    if (unit in PLACE_UNITS and after[1:2] in PLACE_SUFFIX) or after[:2] == "件套":
        return numeral
    n = value(numeral)
    return numeral if n is None or len(str(n)) > len(numeral) else str(n).rjust(len(numeral), "0")
