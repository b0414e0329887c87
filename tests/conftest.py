"""Shared fixtures. The real corpus in ../shared/corpus is used when present."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
CONTRACT = SHARED / "contract" / "scorecard.schema.json"


def corpus_dir(name: str) -> Path:
    d = CORPUS / name
    if not d.is_dir():
        pytest.skip(f"the shared corpus is not beside the project ({d} missing)")
    return d


@pytest.fixture(scope="session")
def rubric():
    from scorer.rubric import load

    return load("default")


@pytest.fixture
def score(rubric):
    """Score a report given as text: score('…', published=None) -> scorecard dict."""
    from scorer.pipeline import score_text

    def run(text: str, published: str | None = None):
        return score_text(text, rubric, published)

    return run


def check_of(card: dict, check_id: str) -> dict:
    return next(c for c in card["checks"] if c["id"] == check_id)


def run_cli(*args, cwd=None):
    """Run fzscore in a fresh process, as a user would."""
    return subprocess.run([sys.executable, "-m", "scorer", *map(str, args)], capture_output=True, text=True, cwd=cwd)


@pytest.fixture(scope="session")
def contract():
    if not CONTRACT.exists():
        pytest.skip(f"the shared contract is not beside the project ({CONTRACT} missing)")
    import jsonschema

    return jsonschema.Draft202012Validator(json.loads(CONTRACT.read_text(encoding="utf-8")))
