"""Prove that every check can fire: run each check's YAML examples through the whole pipeline.

`examples.pass` texts must pass the check; `examples.fail` texts must not (fail or partial).
A check without a failing example could never fire, and is reported as an error.
"""
from __future__ import annotations

from dataclasses import dataclass

from scorer.rubric import Rubric
from scorer.scoring.pipeline import score_text


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
                card = score_text(text, rubric, path=f"<{check['id']} example>")
                got = next(c for c in card["checks"] if c["id"] == check["id"])
                outcomes.append(ExampleOutcome(check["id"], expected, got["status"], text, got["message"]))
    return outcomes, never_fire
