"""The fast character-class step of `re` (scorer/text/charsets.py) computes what CPython computes."""
from __future__ import annotations

import random
import re

import scorer  # noqa: F401  (installs it)
from scorer.text.charsets import case_sensitive

TEXT = "一、法治政府建设2024年度报告：ＡＢＣ abc 𠀀𠀁 STRASSE straße ＊＊次 x\u3000·—"
PATTERNS = [r"[\u4e00-\u9fff]{2,}[^\u4e00-\u9fff\d]", r"[^\s\x20-\x7e\u00a0-\u00ff\u2000-\u206f]", r"[一二三四五六七八九十]、",
            r"[＊*][＊*]{0,64}(?:次|名|件)", r"(?i)[a-zß]+", r"[\U00020000-\U0002a6df]+", r"[\uff00-\U00020005]", r"[\w\u3000·]"]


def _classes(pattern: str) -> list:
    """Every character class of a pattern, as the parser gives it to the compiler."""
    from re import _parser  # type: ignore[attr-defined]

    found = []

    def walk(node):
        if isinstance(node, _parser.SubPattern):
            for op, av in node:
                if op is _parser.IN:
                    found.append(av)
                else:
                    walk(av)
        elif isinstance(node, (list, tuple)):
            for x in node:
                walk(x)

    walk(_parser.parse(pattern, 0))
    return found


def _random_class(rng: random.Random) -> str:
    items = []
    for _ in range(rng.randint(1, 5)):
        lo = rng.choice([rng.randint(0, 300), rng.randint(0x3000, 0xA000), rng.randint(0xFF00, 0xFFFF), rng.randint(0x1F000, 0x2A000)])
        hi = lo + rng.choice([0, 1, 5, 300, 21000, 70000])
        items.append(f"\\U{lo:08x}" if hi == lo else f"\\U{lo:08x}-\\U{min(hi, 0x10FFFF):08x}")
    return ("[^" if rng.random() < 0.3 else "[") + "".join(items) + (r"\d" if rng.random() < 0.3 else "") + "]"


def test_it_is_installed_and_agrees_with_cpython_on_every_class():
    from re import _compiler  # type: ignore[attr-defined]

    fast = _compiler._optimize_charset
    assert getattr(fast, "fzscore", False), "the fast class step is not installed"
    rng = random.Random(20261206)
    patterns = PATTERNS + [_random_class(rng) for _ in range(300)]
    assert sum(len(_classes(p)) for p in patterns) >= 300
    for p in patterns:
        for charset in _classes(p):
            want = fast.original(list(charset))
            assert case_sensitive(_compiler, list(charset)) == (list(want[0]), want[1]), p
            assert fast(list(charset)) == (list(want[0]), want[1]), p  # through the memo, twice
            assert fast(list(charset)) == (list(want[0]), want[1]), p


def test_patterns_match_what_they_match_without_it():
    import json
    import subprocess
    import sys

    code = f"import re, json; print(json.dumps([re.findall(p, {TEXT!r}) for p in {PATTERNS!r}]))"
    plain = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    assert plain == [re.findall(p, TEXT) for p in PATTERNS]
    assert sum(map(len, plain)) > 10  # the text exercises the classes
