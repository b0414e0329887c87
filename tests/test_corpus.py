"""Acceptance on the shared corpus of real reports with human labels (tests/shared, mirrored from ../shared).

Uses the comparison rules of ../shared/tools/eval_corpus.py itself, so that this test and the
corpus evaluation cannot drift apart.
"""
from __future__ import annotations

import importlib.util

import pytest
import yaml

from conftest import SHARED, corpus_dir


def _eval_module():
    path = SHARED / "tools" / "eval_corpus.py"
    if not path.exists():
        pytest.fail(f"{path} is missing (python tools/sync_shared.py)")
    spec = importlib.util.spec_from_file_location("eval_corpus", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _documents(folder: str):
    d = corpus_dir(folder)
    return sorted(p for p in d.glob("*.txt") if (d / (p.stem + ".labels.yaml")).exists())


@pytest.mark.parametrize("folder", ["dev", "pages"])
def test_every_labelled_field_agrees(folder, rubric, contract):
    from scorer.scoring.pipeline import score_path

    ev = _eval_module()
    disagreements = []
    for doc in _documents(folder):
        label = yaml.safe_load(doc.with_name(doc.stem + ".labels.yaml").read_text(encoding="utf-8"))
        card = score_path(str(doc), rubric)
        assert list(contract.iter_errors(card)) == [], doc.name
        for field, ok, detail in ev.compare(label, card):
            if not ok:
                disagreements.append(f"{doc.name}: {field}: {detail}")
    assert disagreements == []


def test_dev_reports_score_in_a_plausible_band(rubric):
    """Complete reports from real governments are neither empty nor perfect under the default rubric (two blind
    panels graded the weakest two dev reports 44-49 of 100, so 不合格 is a fair grade for them)."""
    from scorer.scoring.pipeline import score_path

    for doc in _documents("dev"):
        card = score_path(str(doc), rubric)
        assert 40 <= card["score"] < 100, (doc.name, card["score"])
        # a partial credit always points at the text it judged (a missing part has nothing to point at)
        assert all(c["evidence"] for c in card["checks"] if c["status"] == "partial"), doc.name
