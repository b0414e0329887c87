"""The memoised character-class step of `re` (scorer/text/charsets.py) compiles to the same code."""
from __future__ import annotations

import re
import subprocess
import sys

import scorer  # noqa: F401  (installs the memo)

PATTERNS = [r"[\u4e00-\u9fff]{2,}[^\u4e00-\u9fff\d]", r"[^\s\x20-\x7e\u00a0-\u00ff\u2000-\u206f]", r"[一二三四五六七八九十]、",
            r"[＊*][＊*]{0,64}(?:次|名|件)", r"(?i)[a-zß]+", r"[\U00020000-\U0002a6df]"]
TEXT = "一、法治政府建设2024年度报告：ＡＢＣ abc 𠀀𠀁 STRASSE straße ＊＊次 x"


def _compiled(pattern: str) -> tuple:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    return tuple(_compiler._code(_parser.parse(pattern, 0), 0))


def test_the_memo_is_installed_and_compiles_every_class_to_the_same_code():
    from re import _compiler  # type: ignore[attr-defined]

    assert getattr(_compiler._optimize_charset, "fzscore_memo", False)
    code = ("import re, json\nfrom re import _compiler, _parser\n"
            f"ps = {PATTERNS!r}\n"
            "print(json.dumps([list(_compiler._code(_parser.parse(p, 0), 0)) for p in ps]))")
    plain = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    import json

    first = [list(_compiled(p)) for p in PATTERNS]
    assert json.loads(plain) == first == [list(_compiled(p)) for p in PATTERNS]  # computed, then from the memo
    for p in PATTERNS:  # twice: the second compile is served from the memo
        assert [m.group() for m in re.compile(p).finditer(TEXT)] == [m.group() for m in re.compile(p).finditer(TEXT)]
