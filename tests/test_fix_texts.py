"""Issue 25, finding 4: the fix texts and the checks agree. Each dev report whose 存在的不足和原因
lost points is edited as the fix text says, literally, and rescored: the check it names rises and
no check falls. The form the fix text used to suggest (all causes in one 究其原因 paragraph after
the problems) is kept as an xfail: the checks disagree about it (see the reason)."""
from __future__ import annotations

import pytest

from conftest import corpus_dir

DEV = sorted(corpus_dir("dev").glob("seed-*.txt"))
CAUSES = ["主要原因是执法人员培训经费投入不足", "主要原因是考核评价机制不健全", "主要原因是专业人员配备不够",
          "主要原因是部门之间信息共享机制不完善", "主要原因是基层法治工作力量薄弱", "主要原因是督促检查不够有力"]
TOGETHER = "究其原因，一是执法人员培训经费投入不足，专业力量配备不够；二是考核评价机制不健全，责任落实不到位。"


def _problems(card: dict) -> tuple[int, int] | None:
    sec = card["sections"].get("shortcomings") or {}
    if not sec.get("present") or not sec.get("spans"):
        return None
    return sec["spans"][0][0], sec["spans"][0][1]  # the lines after the heading, 0-based [start, end)


def _points(card: dict) -> dict:
    return {c["id"]: c["points"] for c in card["checks"]}


def _fix_of(card: dict, check_id: str) -> str:
    return next(c["fix"] for c in card["checks"] if c["id"] == check_id)


@pytest.mark.parametrize("path", DEV, ids=[p.stem for p in DEV])
def test_a_cause_after_each_problem_as_the_fix_says_raises_and_lowers_nothing(score, path):
    text = path.read_text(encoding="utf-8")
    before = score(text)
    span = _problems(before)
    if span is None or next(c for c in before["checks"] if c["id"] == "completeness.shortcomings")["status"] == "pass":
        pytest.skip("nothing to fix here")
    for cid in ("completeness.shortcomings", "substance.self_critique"):
        assert "在每条问题之后接着写明" in _fix_of(before, cid)  # the form applied below is the one the fix text gives
    lines = text.splitlines()
    for k, i in enumerate(j for j in range(*span) if lines[j].strip()):
        lines[i] = lines[i].rstrip().rstrip("。；;") + "，" + CAUSES[k % len(CAUSES)] + "。"
    after = score("\n".join(lines))
    was, now = _points(before), _points(after)
    assert now["completeness.shortcomings"] > was["completeness.shortcomings"]
    assert now["substance.self_critique"] > was["substance.self_critique"]
    assert [cid for cid in was if now[cid] < was[cid] - 1e-9] == []


@pytest.mark.xfail(reason="substance.self_critique counts causes only inside each problem (a 究其原因 paragraph after "
                          "the problems gives “0 个分析了原因” while completeness.shortcomings says causes were analysed), "
                          "and substance.plan_response counts the cause lines as problems and falls: the checks' owner",
                   strict=False)
@pytest.mark.parametrize("path", DEV, ids=[p.stem for p in DEV])
def test_causes_in_one_paragraph_after_the_problems_count_everywhere(score, path):
    text = path.read_text(encoding="utf-8")
    before = score(text)
    span = _problems(before)
    if span is None:
        pytest.skip("no 存在的不足 part")
    lines = text.splitlines()
    after = score("\n".join(lines[: span[1]] + [TOGETHER] + lines[span[1]:]))
    was, now = _points(before), _points(after)
    assert [cid for cid in was if now[cid] < was[cid] - 1e-9] == []
    critique = next(c for c in after["checks"] if c["id"] == "substance.self_critique")
    assert "0 个分析了原因" not in critique["message"]
