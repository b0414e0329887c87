"""The sketch's text and fingerprints, made the fast way, are those of their definitions: the
letters and digits of each line's key (textnorm.make_keys) and the smallest hash of every window
of W k-grams. The sketch files are compared byte for byte between builds, so "the same" here means
equal strings and equal arrays, on the labelled corpus and on lines made to hit every rare path."""
from __future__ import annotations

import random
import re

import numpy as np
import pytest
from numpy.lib.stride_tricks import sliding_window_view

from scorer.round.analyses import sketch
from scorer.text.textnorm import make_keys

from conftest import CORPUS

_NOT_WORD = re.compile(r"[\W_]+")


def defined_text(lines: list[str]) -> tuple[str, list[int]]:
    parts = [_NOT_WORD.sub("", k.text) for k in make_keys(lines)]
    return "".join(parts), [n for n, p in enumerate(parts, 1) for _ in p]


def defined_winnow(h: np.ndarray) -> np.ndarray:
    if len(h) <= sketch.W:
        return np.unique(h)
    pos = sliding_window_view(h, sketch.W).argmin(axis=1) + np.arange(len(h) - sketch.W + 1)
    return np.unique(h[pos])


def assert_as_defined(lines: list[str]) -> None:
    text, line_of = defined_text(lines)
    made = sketch.report_text(lines)
    assert made.text == text
    assert made.line_of.tolist() == line_of
    h = sketch.kgram_hashes(text)
    assert sketch.winnow(h).tolist() == defined_winnow(h).tolist()


CORPUS_FILES = sorted(CORPUS.glob("*/*.txt"))

# Lines that make_keys treats apart: traditional characters (and phrases whose conversion changes
# a length), pinyin glosses, lost indents, zero-width characters, characters outside the simple NFKC
# set (composition, Hangul, control characters, astral), whitespace of every kind, underscores.
RARE = ["實(shí)施", "發(fā)展規劃", "?？依法行政", "??(一)", "\u200b零宽", "\x0c换页", "ｅ\u0301", "한국어", "臺灣 萬 歲",
        "\ufeff开头", "a\u3000b", "①②⑴", "乾隆年間", "後來", "\u2028分隔", "x\ry", "_下划线＿", "（ｆｕｌｌ）", "里裏",
        "干乾幹", "😀表情", "ﬁ", "㍿", "\u00ad软", "（一）", "中(zhōng)国", "中(ZH)国", "\t缩进", "  "]


def test_corpus_reports_as_defined():
    assert len(CORPUS_FILES) > 50
    for path in CORPUS_FILES:
        assert_as_defined(path.read_text(encoding="utf-8").split("\n"))


@pytest.mark.parametrize("seed", range(6))
def test_mixed_lines_as_defined(seed):
    rng = random.Random(seed)
    pool = [x for p in CORPUS_FILES[:20] for x in p.read_text(encoding="utf-8").split("\n") if x]
    for _ in range(150):
        lines = [rng.choice(pool) if rng.random() < 0.6 else "".join(rng.choice(RARE) for _ in range(rng.randint(0, 4)))
                 for _ in range(rng.randint(0, 25))]
        assert_as_defined(lines)
        assert_as_defined([x[: rng.randint(0, len(x))] for x in lines])


def test_edge_cases_as_defined():
    for lines in ([], [""], ["a\nb", "c"], ["\u200b"], ["乾隆年間 頭髮"], ["ab_c d"], ["實(shí)"] * 3):
        assert_as_defined(lines)


def test_body_lines_keep_their_numbers():
    lines = ["标题", "第一行内容", "（页眉）", "第二行"]
    made = sketch.report_text(lines, [2, 4])
    assert made.text == "第一行内容第二行"
    assert made.line_of.tolist() == [2] * 5 + [4] * 3


def test_winnow_ties_and_short_inputs():
    rng = np.random.default_rng(3)
    for n in (0, 1, sketch.W - 1, sketch.W, sketch.W + 1, 100, 1000):
        for high in (3, 2**63):
            h = rng.integers(0, high, n, dtype=np.uint64)
            assert sketch.winnow(h).tolist() == defined_winnow(h).tolist()
