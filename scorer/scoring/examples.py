"""Prove that every check can fire: run each check's YAML examples through the whole pipeline.

`examples.pass` texts must pass the check; `examples.fail` texts must not (fail or partial).
A check without a failing example could never fire, and is reported as an error.
"""
from __future__ import annotations

from dataclasses import dataclass

from scorer.rubric import Rubric
from scorer.scoring.pipeline import score_text
from scorer.scoring.scorecard import apply_round_facts, round_kinds


@dataclass
class ExampleOutcome:
    check_id: str
    expected: str  # pass | fail
    got: str
    text: str
    message: str

    @property
    def ok(self) -> bool:
        return self.got == "pass" if self.expected == "pass" else self.got in ("fail", "partial")


def run_examples(rubric: Rubric) -> tuple[list[ExampleOutcome], list[str]]:
    """All example outcomes, and the ids of checks with no example that makes them fire."""
    outcomes = []
    never_fire = []
    for check in rubric.checks:
        examples = check.get("examples", {})
        if not examples.get("fail"):
            never_fire.append(check["id"])
        for expected in ("pass", "fail"):
            for text in examples.get(expected, []):
                card = _example_card(text, check, rubric)
                got = next(c for c in card["checks"] if c["id"] == check["id"])
                outcomes.append(ExampleOutcome(check["id"], expected, got["status"], text, got["message"]))
    return outcomes, never_fire


def _example_card(text: str, check: dict, rubric: Rubric):
    """A round-level check's input is the round's facts, not a text: its examples are those facts
    (YAML, as the round folds them into facts.round), applied to a scored card of a short report."""
    if check["kind"] not in round_kinds():
        return score_text(text, rubric, path=f"<{check['id']} example>")
    import yaml

    card = score_text(ROUND_EXAMPLE_REPORT, rubric, path=f"<{check['id']} example>")
    return apply_round_facts(card, rubric, yaml.safe_load(text) or {})


ROUND_EXAMPLE_REPORT = "新河镇2024年法治政府建设年度报告\n一、主要举措和成效\n全年办理案件12件。\n二、存在的不足\n执法人员持证率偏低。\n三、2025年工作安排\n年内持证率达到100%。"
