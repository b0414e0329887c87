"""How to read a sentence's mood (done / intended / duty restated): rules over the cues in
scorer/data/sentence-cues.yaml against jieba's part-of-speech tags (将/d, 要/v, 应当/v …), on the
labelled sentences of tests/test_sentences.py; accuracy and cost per report.

    python benchmarks/sentence_means.py
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_sentences import LABELLED  # noqa: E402

from scorer.document.sentences import mood_of, sentences  # noqa: E402

MODAL = {"应当", "应", "须", "必须", "不得"}
INTENT = {"拟", "力争", "争取", "计划", "打算", "准备", "将要", "下一步"}


def jieba_mood(text: str) -> str:
    import jieba.posseg as pseg

    words = list(pseg.cut(text))
    if any(w.word in MODAL for w in words):
        return "normative"
    if any(w.word in INTENT or (w.word in ("将", "要") and w.flag in ("d", "v")) for w in words):
        return "intended"
    return "done"


def main() -> None:
    report = (ROOT / "tests" / "shared" / "corpus" / "dev" / "seed-004.txt").read_text(encoding="utf-8")
    t = time.perf_counter()
    rules = sum(mood_of(s) == m for s, m, _ in LABELLED)
    n = sum(1 for _ in sentences(report, 2024))
    t_rules = time.perf_counter() - t
    t = time.perf_counter()
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    t_load = time.perf_counter() - t
    t = time.perf_counter()
    tagged = sum(jieba_mood(s) == m for s, m, _ in LABELLED)
    for s in sentences(report, 2024):
        jieba_mood(s.text)
    t_tag = time.perf_counter() - t
    print(f"labelled sentences: {len(LABELLED)}; report sentences: {n}")
    print(f"rules:      {rules}/{len(LABELLED)} right, {1000 * t_rules:.1f} ms per report (labelled + one report)")
    print(f"jieba POS:  {tagged}/{len(LABELLED)} right, {1000 * t_load:.0f} ms dictionary load + {1000 * t_tag:.0f} ms tagging")


if __name__ == "__main__":
    main()
