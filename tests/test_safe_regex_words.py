"""any_of rewrites alternatives that open with a group of words or with look-behinds to open with a
literal (safe_regex.literal_first), so that `re` can skip to where one of their first characters
stands: the matches must be the very same."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from scorer.text import safe_regex
from scorer.text.textnorm import make_keys

ROOT = Path(__file__).resolve().parent.parent


def _pattern_lists(node) -> list[tuple[str, ...]]:
    """Every list of patterns in a rubric (any key ending in `patterns`), at any depth."""
    found = []
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(k, str) and k.endswith("patterns") and isinstance(v, list) and all(isinstance(p, str) for p in v):
                found.append(tuple(v))
            else:
                found += _pattern_lists(v)
    elif isinstance(node, list):
        for v in node:
            found += _pattern_lists(v)
    return found


def test_literal_first_rewrites_a_leading_group_of_words_or_look_behinds_only():
    w = safe_regex.literal_first
    assert w("(?:合同|协议)[^,;。]{0,6}审查|行政协议") == "合同[^,;。]{0,6}审查|协议[^,;。]{0,6}审查|行政协议"
    assert w("(?:ab|cd)(?:x|y)|z") == "ab(?:x|y)|cd(?:x|y)|z"
    assert w("(?<!正如)(?<!诚如)《[^》]{2,60}》") == "《(?<!正如《)(?<!诚如《)[^》]{2,60}》"
    assert w("(?<!a)(?<=bc)d|(?<!x)y") == "d(?<!ad)(?<=bcd)|y(?<!xy)"
    assert w("a|(?:b|c)?d") == "a|bd|cd|d"
    assert w("(?<![副])(?:局|中心)?主任|(?<![副总])书记") == "局(?<![副]局)主任|中(?<![副]中)心主任|主(?<![副]主)任|书(?<![副总]书)记"
    for kept in ("(?:b|c)+d", "(?:b|c){2}d", "(?:b|c)??d", r"(?:\d|e)f", "(a|b)c|(?:d|e)f", "(?x)(?:a b|c)d", "x(?:a|b)",
                 "[(?:a|b)]c", "(?<=a)b?", r"(?<!a)\d", "(?<!a)(b)", "(?<!a|b)c", "(?:^|,)x"):
        assert w(kept) == kept, kept
    texts = ["正如《纲要》所述", "诚如《规定》", "印发《实施方案》", "《》《方案》", "bcd ad xy y d", "副主任、主任、局主任、副局主任、中心主任", "总书记和书记"]
    for p in ("(?<!正如)(?<!诚如)《[^》]{2,60}》", "(?<!a)(?<=bc)d|(?<!x)y", "(?<![副])(?:局|中心)?主任|(?<![副总])书记"):
        assert [m.span() for t in texts for m in re.finditer(w(p), t)] == [m.span() for t in texts for m in re.finditer(p, t)]


def test_any_of_finds_what_the_plain_alternation_finds():
    lists = []
    for f in sorted((ROOT / "rubrics").glob("*.yaml")):
        lists += _pattern_lists(yaml.safe_load(f.read_text(encoding="utf-8")))
    assert any(safe_regex.literal_first(p) != p for ps in lists for p in ps)  # the shipped rubrics have such patterns
    texts = [k.text for f in sorted((ROOT / "tests" / "shared" / "corpus" / "dev").glob("*.txt"))[:40]
             for k in make_keys(f.read_text(encoding="utf-8").splitlines())]
    texts += ["合同审查", "协议经审核", "审核了3份合同", "行政协议", "正如《纲要》强调", "诚如《规定》所说", "制定《办法》3项"]
    for ps in set(lists):
        fast, plain = safe_regex.any_of(ps), re.compile("|".join(safe_regex.bounded(p) for p in ps))
        for t in texts:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)], (ps, t)


def test_sentence_cues_find_what_they_found_before():
    """The sentence cues (scorer/data/sentence-cues.yaml) are compiled rewritten; actor_in searches some of
    them between offsets: the same matches from every offset."""
    from scorer.document import sentences
    from scorer.text.textnorm import data_file

    data = data_file("sentence-cues")
    texts = [k.text for f in sorted((ROOT / "tests" / "shared" / "corpus" / "dev").glob("*.txt"))[:20]
             for k in make_keys(f.read_text(encoding="utf-8").splitlines())]
    texts += ["副县长主持召开", "县长主持", "总书记指出,书记带头", "纪委书记和支部书记", "拟定方案,拟于明年", "对拟出台的文件"]
    assert any(safe_regex.literal_first(data[name]) != data[name] for name in sentences._cues())
    for name, fast in sentences._cues().items():
        plain = re.compile(data[name])
        for t in texts:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)], (name, t)
            for at in range(0, len(t), 7):
                a, b = fast.search(t, max(0, at - 24), at), plain.search(t, max(0, at - 24), at)
                assert (a and a.span()) == (b and b.span()), (name, t, at)


def test_first_characters_and_the_indicators_scan_find_each_items_leftmost_match():
    """first_characters says what a literal-led pattern's matches start with; the indicators check
    visits the starts of all items' matches and tries there only the items that can start with that
    character: each item's leftmost match must be what its own search finds."""
    from scorer.checks.indicators import _by_first_character, _first_matches
    from scorer.rubric import for_level

    assert safe_regex.first_characters("合同审查|协议|审核") == frozenset("合协审")
    assert safe_regex.first_characters("a?b|c") is None and safe_regex.first_characters(r"\d件|次") is None
    check = next(c for c in for_level("county", 2024).checks if c["kind"] == "indicators")
    items = tuple((i["name"], tuple(i["patterns"])) for i in check["indicators"])
    by_first, unknown = _by_first_character(items)
    assert by_first and not unknown  # the shipped items all open with literals
    anything = safe_regex.any_of(tuple(p for _, ps in items for p in ps))
    texts = [k.text for f in sorted((ROOT / "tests" / "shared" / "corpus" / "dev").glob("*.txt"))
             for k in make_keys(f.read_text(encoding="utf-8").splitlines())]
    texts += ["行政执法监督平台", "合同审查和行政协议审核", "复议纠错,行政复议"]
    tried = 0
    for t in texts:
        first = anything.search(t)
        found = _first_matches(t, first, anything, by_first, unknown) if first else {}
        expected = {name: m.start() for name, ps in items if (m := safe_regex.any_of(ps).search(t))}
        assert found == expected, t
        tried += bool(found)
    assert tried > 50


def test_required_words_are_held_by_every_match():
    """required_words reads, from the parsed pattern, words one of which every match holds; the sentence
    cues re cannot skip ahead in are asked only of texts holding one: the same matches, or none."""
    import random

    from scorer.document import sentences

    assert safe_regex.required_words(r"\d+(?:件|次)") == frozenset({"件", "次"})
    assert safe_regex.required_words("(?:近|过去)[一二]年[^,]{0,20}?(?:累计|共计)") == frozenset({"累计", "共计"})
    assert safe_regex.required_words("ab?c") == frozenset({"a"}) and safe_regex.required_words("(?:ab)?c") == frozenset({"c"})
    assert safe_regex.required_words(r"\d|x") is None and safe_regex.required_words("(?i)abc") is None
    assert safe_regex.required_words("a*|b") is None  # an alternative that needs nothing
    checked = sentences._word_checks()
    assert {"intended", "multi_year"} <= set(checked)
    texts = [m.group(0) for f in sorted((ROOT / "tests" / "shared" / "corpus" / "dev").glob("*.txt"))
             for k in make_keys(f.read_text(encoding="utf-8").splitlines()) for m in sentences.SENTENCE.finditer(k.text)]
    rnd = random.Random(7)
    letters = "将拟要还仍也,;:计划力争累计先后共计近年来多历十二三五以来期间2019年草对就尚未完成情况实际数统计汇总下一步的定稿"
    texts += ["".join(rnd.choice(letters) for _ in range(rnd.randint(1, 40))) for _ in range(20000)]
    for name in checked:
        cue = sentences._cues()[name]
        for t in texts:
            a, b = cue.search(t), sentences._cue(name, t)
            assert (a and a.span()) == (b and b.span()), (name, t)


def test_by_first_character_writes_alternatives_with_one_first_character_as_one():
    """Alternatives that open with the same plain character are written as one (re then tries one
    alternative a character instead of all in turn): the same matches from every offset, the same
    leftmost alternative first; patterns it cannot be sure of are left as they are. A rewritten
    pattern stays linear: a line of 20,000 of its own characters is searched in well under a second."""
    import random
    import time

    g = safe_regex.by_first_character
    assert g(r"会议\d次|会\d场|编印") == r"会(?:议\d次|\d场)|编印"
    assert g("ab|c|a|ad") == "a(?:b||d)|c"
    for kept in ("ab|cd", "a", r"\d件|\d次", "(?i)ab|ac", "a(x)|a(y)", "a(?P<n>x)|ay", "(?x)a b|a c", "a?b|ac", "[ab]c|ad", "(?:a|b)c|ad"):
        assert g(kept) == kept, kept
    lists = []
    for f in sorted((ROOT / "rubrics").glob("*.yaml")):
        lists += _pattern_lists(yaml.safe_load(f.read_text(encoding="utf-8")))
    joined = {"|".join(safe_regex.literal_first(safe_regex.bounded(p)) for p in ps) for ps in set(lists)}
    rewritten = [p for p in joined if g(p) != p]
    assert len(rewritten) > 10  # the shipped rubrics have such lists
    texts = [k.text for f in sorted((ROOT / "tests" / "shared" / "corpus" / "dev").glob("*.txt"))[:40]
             for k in make_keys(f.read_text(encoding="utf-8").splitlines())]
    rng = random.Random(24)
    for p in rewritten:
        fast, plain = re.compile(g(p)), re.compile(p)
        own = sorted({c for c in p if c not in "\\()[]{}|?*+^$.,"} | set("0123456789,;。"))
        mixes = ["".join(rng.choice(own) for _ in range(rng.randint(1, 80))) for _ in range(200)]
        for t in texts + mixes:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)], (p, t)
            for at in range(0, len(t), 9):
                a, b = fast.search(t, at), plain.search(t, at)
                assert (a and a.span()) == (b and b.span()), (p, t, at)
        line = "".join(rng.choice(own) for _ in range(20_000))
        started = time.process_time()
        fast.sub("", line)
        assert time.process_time() - started < 1.0, p
