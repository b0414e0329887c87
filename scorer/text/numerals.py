"""Counts written in Chinese numerals, read as the figures they are.

"旁听庭审二十三场" states the same datum as "旁听庭审23场", and "百分之九十八" the same as "98%": the
checks that look for figures read digits, so a report's key text gets the digits, padded with zeros
to the numeral's length where they are shorter ("023场", "00098%"); where they are longer (一百件 → 100件)
the key's map back to the raw text is rebuilt (with_arabic_counts).

What is not a count stays as written: 一 alone (一次 "once", 一项重要工作 "an"; but 一名同志, 学习一次。 are
counts), a single numeral before 个/项/种/类 (三项制度, 两个确立, 五个到位: formulas) unless a count's word or a
list stands before it (组建三个专班, 执法、司法和普法三个协调小组), an ordinal or a determiner before it (第三次,
每两个月, 这两项) or a quotation mark (打好“三场硬仗”: a slogan's name), a run with no 十/百/千/万
(三五件: "three to five"), and a numeral with a unit that names a place or a thing (三台县, 八所镇, 三件套).
"""
from __future__ import annotations

import bisect
import itertools
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
    """`text` with its counts in Chinese numerals in digits (zero-padded to the numeral's length where they
    are shorter: 二十三场 → 023场; 一百件 → 100件)."""
    edits = count_edits(text)
    return _applied(text, edits) if edits else text


def count_edits(text: str) -> list[tuple[int, int, str]]:
    """Where `text` holds a count in Chinese numerals, and its digits: (start, end, digits), in order."""
    if not HAS_DIGIT.search(text):
        return []
    edits = [(m.start(), m.end(), f) for m in PERCENT.finditer(text) if (f := _percent(m)) != m.group(0)] if "百分之" in text else []
    taken = [(a, z) for a, z, _ in edits]
    edits += [(m.start(1), m.end(1), f) for m in COUNT.finditer(text)
              if (f := _count(m)) != m.group(1) and not any(a < m.end() and m.start() < z for a, z in taken)]
    return sorted(edits)


def counts_by_key(keys: list) -> list[list[tuple[int, int, str]]]:
    """count_edits of each of many keys' texts, read in one pass over them joined (no count runs over a line break)."""
    out: list[list[tuple[int, int, str]]] = [[] for _ in keys]
    joined = "\n".join(k.text for k in keys)
    if not HAS_DIGIT.search(joined):
        return out
    starts = list(itertools.accumulate((len(k.text) + 1 for k in keys[:-1]), initial=0))
    for a, z, f in count_edits(joined):
        i = bisect.bisect_right(starts, a) - 1
        out[i].append((a - starts[i], z - starts[i], f))
    return out


def with_arabic_counts(key, edits: list[tuple[int, int, str]], fixed: int = 0) -> None:
    """A textnorm.Key with its counts in digits (`edits`, as count_edits reads them), its map back to the raw text
    kept: a count's digits stand for its numeral's characters. In the first `fixed` characters (a heading read
    before) a count is read only where its digits are no longer than its numeral, so that what was read there
    stays in place."""
    edits = [(a, z, f) for a, z, f in edits if a >= fixed or len(f) <= z - a]
    if not edits:
        return
    if all(z - a == len(f) for a, z, f in edits):  # the same length: positions carry over
        key.text = _applied(key.text, edits)
        return
    text, index, at = [], [], 0
    old = list(key.index)
    for start, end, figure in edits:
        text += [key.text[at:start], figure]
        span = old[start:end]
        index += old[at:start] + [span[min(i * len(span) // len(figure), len(span) - 1)] for i in range(len(figure) - 1)] + [span[-1]]
        at = end
    key.text, key.index = "".join(text) + key.text[at:], index + old[at:]


def _applied(text: str, edits: list[tuple[int, int, str]]) -> str:
    out, at = [], 0
    for start, end, figure in edits:
        out += [text[at:start], figure]
        at = end
    return "".join(out) + text[at:]


def _percent(m: re.Match) -> str:
    n = value(m.group(1))
    return m.group(0) if n is None else f"{n}%".rjust(len(m.group(0)), "0")


def _count(m: re.Match) -> str:
    numeral = m.group(1)
    after = m.string[m.end():m.end() + 4].lstrip("余多")
    unit = after[:1]
    if numeral == "一":  # (周一例会, 统一, 唯一: no count)
        before = m.string[m.start() - 1:m.start()]
        counted = _counted_one(after) or (unit == "人" and before in ONE_PERSON)  # 仅有一人 (一人领学: a method)
        return "1" if counted and before not in ONE_WORDS else numeral
    if numeral in ("百", "千", "万") or (len(numeral) == 1 and unit in FORMULA_UNITS and not _counted_items(m)):
        return numeral
    if (len(numeral) == 1 and unit in PLACE_UNITS and after[1:2] in PLACE_SUFFIX) or after[:2] == "件套":
        return numeral
    if numeral.endswith("万") and (n := value(numeral[:-1])) is not None:
        return f"{n}万".rjust(len(numeral), "0")  # 七万份 → 7万份, as a report writes it in figures
    n = value(numeral)
    return numeral if n is None else str(n).rjust(len(numeral), "0")


COUNTED_ONE = re.compile(rf"[名户](?!一)|(?!批)(?:{UNITS})[,;。!?、]")  # 一批 "a batch of": no count


# Numbered political and policy formulas: a single numeral before 个/项 in them is never a count
FORMULAS = ("两个确立", "两个维护", "两个基本点", "两个大局", "两个结合", "两个务必", "三个代表", "三个务必", "三项制度",
            "四个意识", "四个自信", "四个全面", "四个最严", "五个到位", "五项必经程序", "八项规定")
# what comes before a single numeral with 个/项 when it counts things done or listed: 共/等/为…, or the verbs
# that make or set up things (组建3个小组, 出台两项办法)
COUNT_CONTEXT = ("等", "共", "计", "为", "有", "了", "达", "新增", "设立", "成立", "建立", "组建", "开展", "完成", "办理", "覆盖",
                 "涉及", "聘请", "配备", "打造", "建成", "培育", "审查", "审核", "清理", "修订", "制定", "出台", "印发", "选聘",
                 "创建", "推出", "梳理", "编制", "发布", "公布", "备案")
CLAUSE_BEFORE = re.compile(r"[^,，;；。:：!！?？\n]{0,24}$")


def _counted_items(m: re.Match) -> bool:
    """A single numeral before 个/项 counts (组建三个工作专班, 落实…等四项制度, 执法、司法和普法三个协调小组) when a
    count's word stands before it or its clause lists what it counts (、); a formula (两个维护, 三项制度) never."""
    text, at = m.string, m.start()
    if text.startswith(FORMULAS, at) or text[at + 2:at + 3] in "“\"「":
        return False  # a formula, or a slogan's name in quotation marks after its number (四个“最”)
    before = text[max(0, at - 24):at]
    return before.endswith(COUNT_CONTEXT) or "、" in CLAUSE_BEFORE.search(before).group(0)  # type: ignore[union-attr]


ONE_PERSON = frozenset("有仅只共计")  # before 一人 that counts a person
ONE_WORDS = frozenset("周统唯专同单逐万之其")  # the character before 一 in a word (周一, 统一, 唯一, 同一, 万一)


def _counted_one(after: str) -> bool:
    """一 is a count before a count of people or households (共有一名同志; not 一户一档, nor 一起 "together") or before any unit
    that ends its clause (组织专题学习一次。); elsewhere it is "a", "once" (一项重要工作, 一次性)."""
    return COUNTED_ONE.match(after) is not None


def chinese_count(n: int, digits: str = "零一二三四五六七八九", units: str = "十百千") -> str:
    """1→一, 10→十, 11→十一, 20→二十, 105→一百零五: a count as Word's chineseCounting and a browser's
    cjk-ideographic list draw it (numbers from 10,000 on stay in digits)."""
    if n <= 0:
        return digits[0] if n == 0 else str(n)
    if n >= 10000:
        return str(n)
    out: list[str] = []
    s = str(n)
    zero = False
    for pos, ch in enumerate(s):
        place = len(s) - pos - 1
        d = int(ch)
        if d == 0:
            zero = True
            continue
        if zero and out:
            out.append(digits[0])
        zero = False
        if not (place == 1 and d == 1 and not out and units[0] == "十"):
            out.append(digits[d])
        if place:
            out.append(units[place - 1])
    return "".join(out)
