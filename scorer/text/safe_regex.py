"""Regular expressions from rubrics, run in time linear in the text.

Python's `re` backtracks: `[Xx×][Xx×]+(?:省|市)` tries every start in a run of 60,000 x and scans
the rest of the run from each (65 s), and nested repeats such as `(a+)+b` take exponential time.
A rubric author cannot be expected to know this, so every rubric pattern goes through here:

1. `bounded` rewrites each unbounded repeat (`*`, `+`, `{n,}`) as a bounded one (`{0,REPEAT_CAP}`…):
   one attempt at one start then costs at most a constant, so a whole search is linear. A run longer
   than the cap still matches (from a later start), which no placeholder or heading relies on.
2. `problem` estimates, from the parsed pattern, how many ways one attempt can backtrack (repeats
   of repeats multiply); a pattern above COST_LIMIT is refused with a reason a rubric author can
   act on ("不要嵌套重复"), as `fzscore rubric check` reports it.

`compile` does both and is what the checks and the part recognisers call instead of `re.compile`.
"""
from __future__ import annotations

import re
from functools import lru_cache

REPEAT_CAP = 64  # repetitions an unbounded repeat may take in one match
COST_LIMIT = 20_000  # backtracking paths one attempt may explore (the shipped rubrics need < 3,000)

_QUANT = re.compile(r"\{(\d*)(,?)(\d*)\}")


class UnsafePattern(ValueError):
    """A pattern that could take more than linear time; str() is a Chinese reason."""


def bounded(pattern: str, cap: int = REPEAT_CAP) -> str:
    """`pattern` with every unbounded repeat given an upper bound of `cap` (at least its minimum)."""
    if "*" not in pattern and "+" not in pattern and "{" not in pattern:
        return pattern  # no repeat to bound (most rubric patterns: alternations of words)
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class, opened = False, -1
    while i < n:
        c = pattern[i]
        if c == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:  # a "]" first in a class ("[]" or "[^]") is a literal
            if c == "]" and i != opened + 1 and not (i == opened + 2 and pattern[opened + 1] == "^"):
                in_class = False
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class, opened = True, i
            out.append(c)
            i += 1
            continue
        if pattern.startswith("(?#", i):  # a comment: copied as it is
            j = pattern.find(")", i)
            j = n - 1 if j < 0 else j
            out.append(pattern[i:j + 1])
            i = j + 1
            continue
        if pattern.startswith("(?", i):  # (?:, (?P<…>, (?=, (?<!, (?>, (?aiLmsux): no quantifier in the opener
            out.append("(?")
            i += 2
            continue
        m = _QUANT.match(pattern, i) if c == "{" else None
        if c in "*+" or (m and (m.group(1) or m.group(3) or m.group(2))):
            if c == "*":
                lo, hi, j = 0, None, i + 1
            elif c == "+":
                lo, hi, j = 1, None, i + 1
            else:
                assert m is not None
                lo = int(m.group(1) or 0)
                hi = (int(m.group(3)) if m.group(3) else None) if m.group(2) else lo
                j = m.end()
            out.append(pattern[i:j] if hi is not None else f"{{{lo},{max(lo, cap)}}}")
            if j < n and pattern[j] in "?+":  # lazy or possessive: kept
                out.append(pattern[j])
                j += 1
            i = j
            continue
        out.append(c)
        i += 1
    return "".join(out)


def problem(pattern: str) -> str | None:
    """Why `pattern` cannot be used (a Chinese sentence), or None."""
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"正则表达式无效：{exc}"
    try:
        cost = _cost(bounded(pattern))
    except re.error as exc:  # the rewrite should never break a valid pattern; if it does, say so
        return f"正则表达式无法限定重复次数：{exc}"
    if cost > COST_LIMIT:
        return (f"正则表达式可能耗时过长（一次匹配最多要试 {cost:,} 种走法）：请不要把重复套在重复里"
                "（如把 (\\d+\\.)+ 写成 [\\d.]+），也不要连用多个不限长度的重复（如 .*甲.*乙.*丙）")
    return None


@lru_cache(maxsize=256)
def compile(pattern: str, flags: int = 0) -> re.Pattern:
    """The pattern, bounded, compiled. Whether its backtracking multiplies (`problem`) was asked when
    its rubric was loaded (a user's rubric is always validated; the shipped ones by the test suite),
    not again on every run: the analysis cost ~45 ms a run. Rewritten to open with literals (`literal_first`)."""
    bound = bounded(pattern)
    if flags & (re.VERBOSE | re.IGNORECASE):
        return re.compile(bound if flags & re.VERBOSE else literal_first(bound), flags)
    return re.compile(by_first_character(literal_first(bound)), flags)


# --------------------------------------------------------------------------- cost


def _cost(pattern: str) -> int:
    from re import _constants as C  # type: ignore[attr-defined]  # CPython's parser: the pattern as `re` sees it
    from re import _parser  # type: ignore[attr-defined]

    return _paths(list(_parser.parse(pattern)), C)


_BIG = 10 ** 12


def _paths(items: list, C) -> int:
    total = 1
    for op, av in items:
        total = min(_BIG, total * _item(op, av, C))
    return total


def _item(op, av, C) -> int:
    if op is C.SUBPATTERN:
        return _paths(list(av[3]), C)
    if op is C.BRANCH:
        return min(_BIG, sum(_paths(list(b), C) for b in av[1]))
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        hi = min(hi, REPEAT_CAP) if hi != C.MAXREPEAT else REPEAT_CAP  # as `bounded` makes it
        inner = _paths(list(sub), C)
        if inner == 1:
            return max(1, hi - lo + 1)
        total, power = 0, inner ** lo if lo < 40 else _BIG
        for _ in range(lo, hi + 1):  # sum of inner^k: each repetition may end in any of its ways
            total += power
            power = min(_BIG, power * inner)
            if total >= _BIG:
                return _BIG
        return total
    if op in (C.ASSERT, C.ASSERT_NOT):
        return _paths(list(av[1]), C)  # tried once per attempt, but its own ways count
    if op is getattr(C, "ATOMIC_GROUP", None):
        return _paths(list(av), C)
    if op is C.GROUPREF_EXISTS:
        _group, yes, no = av
        return _paths(list(yes), C) + (_paths(list(no), C) if no else 1)
    return 1  # a character, a class, an anchor, a back-reference


@lru_cache(maxsize=64)
def any_of(patterns: tuple[str, ...]) -> re.Pattern:
    """One pattern that matches where any of `patterns` does (each bounded); never matches when empty."""
    if not patterns:
        return re.compile(r"(?!)")
    # Joined as they are, not each in (?:…): the same alternatives in the same order (each pattern
    # compiles on its own: checked when the rubric was loaded), and when every alternative opens
    # with a literal, `re` skips to the positions where one of those characters stands (a search
    # 7x faster on a report's sentences); a group around each hides the first characters from it,
    # and so does an alternative that opens with a group of words or with look-behinds: those are
    # rewritten to open with a literal (`literal_first`).
    return re.compile(by_first_character("|".join(literal_first(bounded(p)) for p in patterns)))


_PLAIN = r"[^\\.^$*+?{}\[\]()|#\s]"  # a character that stands for itself
_CLASS = r"\[\^?[^\]\\\[]+\]"  # a class of such characters
_LOOK = rf"\(\?<[=!](?:{_PLAIN}|{_CLASS})+\)"  # a look-behind of a fixed string of them
_LOOKS = re.compile(rf"(?:{_LOOK})+")
_WORDS = re.compile(rf"\(\?:({_PLAIN}+(?:\|{_PLAIN}+)+)\)(\?)?(?![?*+{{])")  # (?:A|B) or (?:A|B)?, greedy
_LEAD = re.compile(rf"{_PLAIN}(?![?*+{{])")


def literal_first(pattern: str) -> str:
    """`pattern` rewritten so that each of its alternatives opens with a literal where it opened with a
    group of plain words or with look-behinds: a group is written out as one alternative per word
    (`(?:合同|协议)审查` → `合同审查|协议审查`; `(?:局|委)?主任` → `局主任|委主任|主任`), and look-behinds
    before a character follow it (`(?<!正如)《` → `《(?<!正如《)`). The same matches in the same order (`re`
    tries the words one after another either way, the group's words before none; a look-behind of X
    before c holds where one of Xc after it does), but `re` can now skip to where one of the first
    characters stands. A pattern with capturing groups is left as it is (writing out would repeat them)."""
    if "(?" not in pattern:
        return pattern
    compiled = re.compile(pattern)
    if compiled.groups or compiled.flags & re.VERBOSE:  # (?x): a space or a # in a word means something else
        return pattern
    out = []
    for branch in top_level_branches(pattern):
        looks = m.group(0) if (m := _LOOKS.match(branch)) else ""
        out += [_looks_after_lead(looks, rest) for rest in _written_out(branch[len(looks):])]
    return "|".join(out)


def _written_out(rest: str) -> list[str]:
    """`rest` as alternatives, its leading group of words written out, and the group after it too when
    the first may be left out (`(?:目前|现)?(?:尚|还)?未` → 目前…|现…|尚未|还未|未)."""
    m = _WORDS.match(rest)
    if m is None:
        return [rest]
    tail = rest[m.end():]
    return [word + tail for word in m.group(1).split("|")] + (_written_out(tail) if m.group(2) else [])


def _looks_after_lead(looks: str, rest: str) -> str:
    if not looks or not _LEAD.match(rest):
        return looks + rest
    lead = rest[0]
    return lead + "".join(look[:-1] + lead + ")" for look in re.findall(_LOOK, looks)) + rest[1:]


def by_first_character(pattern: str) -> str:
    """`pattern` with its alternatives that open with the same plain character written as one, in the
    order each character first opens one (`会议\\d次|会\\d场|编印` → `会(?:议\\d次|\\d场)|编印`): at a
    position where one of them could start, `re` tries one alternative a character instead of every
    alternative in turn (a rubric's list runs to a hundred). The same matches: alternatives opening
    with different characters never both match at one position, and those opening with the same one
    are tried in their own order, so the first that matches is the one the plain alternation found.
    Left as it is when an alternative does not open with a plain character, when the pattern has
    capturing groups (their numbers would move) or reads case-insensitively or verbosely."""
    if "|" not in pattern:
        return pattern
    branches = top_level_branches(pattern)
    if len(branches) < 2 or not all(_LEAD.match(b) for b in branches):
        return pattern
    groups: dict[str, list[str]] = {}
    for branch in branches:
        groups.setdefault(branch[0], []).append(branch[1:])
    if len(groups) == len(branches):
        return pattern
    if "(" in pattern:  # no group and no inline flag without one
        compiled = re.compile(pattern)
        if compiled.groups or compiled.flags & (re.VERBOSE | re.IGNORECASE):
            return pattern
    return "|".join(lead + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")") for lead, rests in groups.items())


@lru_cache(maxsize=256)
def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters a match of `pattern` starts with, when each of its alternatives opens with a
    plain character (as `literal_first` writes them); None when that is not known."""
    firsts = set()
    for branch in top_level_branches(pattern):
        if not _LEAD.match(branch):
            return None
        firsts.add(branch[0])
    return frozenset(firsts)


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of a pattern split at its top-level `|` (not inside a group or a class)."""
    branches, depth, start, i, n = [], 0, 0, 0, len(pattern)
    in_class, opened = False, -1
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:  # a "]" first in a class ("[]" or "[^]") is a literal
            if c == "]" and i != opened + 1 and not (i == opened + 2 and pattern[opened + 1] == "^"):
                in_class = False
        elif c == "[":
            in_class, opened = True, i
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


@lru_cache(maxsize=256)
def required_words(pattern: str) -> frozenset[str] | None:
    """Words one of which every match of `pattern` holds (a text with none of them has no match: a few
    substring searches instead of a scan trying every alternative at every position); None when the
    pattern gives no such list (a match of a bare character class, case folding …)."""
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    try:
        parsed = _parser.parse(pattern)
    except re.error:
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _required(list(parsed), C)


def _required(items: list, C) -> frozenset[str] | None:
    """required_words of a sequence of parsed items: the smallest set one of its items requires."""
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        need: frozenset[str] | None = None
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, sub = av
            need = None if add_flags & re.IGNORECASE else _required(list(sub), C)
        elif op is C.BRANCH:
            alternatives = [_required(list(b), C) for b in av[1]]
            need = None if any(a is None for a in alternatives) else frozenset().union(*alternatives)  # type: ignore[arg-type]
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            need = _required(list(av[2]), C)
        elif op is C.IN and all(o is C.LITERAL for o, _ in av):  # [ab]: one of its characters
            need = frozenset(chr(c) for _, c in av)
        if need:
            found.append(need)
    if run:
        found.append(frozenset([run]))
    # the longest shortest word (a longer word is found in fewer texts), then the fewest words
    return min(found, key=lambda words: (-min(map(len, words)), len(words))) if found else None
