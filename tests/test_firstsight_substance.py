"""The first-sight substance edits (tests/firstsight/substance, written by teammates who had not read
the checks) on the five dev reports: the tuning parts must hold on at least 90 % of their rows.

Four sets: the second (substance_edits.py, 306 rows), the third (substance_edits_c.py, 236 rows, written
after the second set's fixes and measured first on main 6677dae: 72.0 %), the fourth (substance_edits_d.py,
228 rows, first on db78299: 75.4 %) and the fifth (substance_edits_e.py, 220 rows, first on d9d502a: 78.6 %). Every tuning case is
run on every dev report it applies to, scored in-process. The held parts (substance_edits_held.py,
substance_edits_c_held.py, substance_edits_d_held.py, substance_edits_e_held.py) are kept unchanged and only measured (`python benchmarks/firstsight_substance.py
c-held`), never asserted here.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from scorer.scoring.pipeline import score_text

HERE = Path(__file__).parent / "firstsight" / "substance"


@pytest.fixture(scope="module")
def firstsight():
    sys.path.insert(0, str(HERE))
    try:
        edit_lib = importlib.import_module("edit_lib")
        tune = importlib.import_module("substance_edits")
        yield (edit_lib, tune, importlib.import_module("substance_edits_c"), importlib.import_module("substance_edits_d"),
               importlib.import_module("substance_edits_e"))
    finally:
        sys.path.remove(str(HERE))


def _rows(edit_lib, tune):
    cache: dict[str, float] = {}

    def score(text: str) -> float:
        if text not in cache:
            cache[text] = score_text(text)["score"]
        return cache[text]

    for name, kind, expected, make, margin in tune.CASES:
        for doc in edit_lib.load_dev():
            made = make(doc)
            if made is None or made == doc.text:
                continue
            if kind == "pair":
                delta = score(made[0]) - score(made[1])
                ok = delta > margin
            else:
                delta = score(made) - score(doc.text)
                ok = {"lower": delta < -margin, "not_higher": delta <= margin, "higher": delta > margin,
                      "same": abs(delta) <= margin}[expected]
            yield name, doc.id, round(delta, 2), ok


def test_tuning_set_holds_on_the_dev_reports(firstsight):
    rows = list(_rows(*firstsight[:2]))
    held = sum(ok for *_, ok in rows)
    assert len(rows) >= 300
    failed = [r[:3] for r in rows if not r[3]]
    # 275/306 (89.9 %) when the third set was written; 285/306 (93.1 %) after its fixes; 294/306 (96.1 %)
    # once a credited item counts up to three sentences of data (the fifth set's round)
    assert held / len(rows) >= 0.94, failed


def test_third_set_s_tuning_part_holds_on_the_dev_reports(firstsight):
    edit_lib, _, third, *_ = firstsight
    rows = list(_rows(edit_lib, third))
    assert len(rows) >= 230
    failed = [r[:3] for r in rows if not r[3]]
    # 170/236 (72.0 %) at first sight on main 6677dae; 196/236 (83.1 %) after the fixes it showed; 221/236
    # (93.6 %) once a credited item counts up to three sentences of data
    assert sum(ok for *_, ok in rows) / len(rows) >= 0.92, failed


def test_fourth_set_s_tuning_part_holds_on_the_dev_reports(firstsight):
    edit_lib, *_, fourth, _ = firstsight
    rows = list(_rows(edit_lib, fourth))
    assert len(rows) >= 220
    failed = [r[:3] for r in rows if not r[3]]
    # 172/228 (75.4 %) at first sight on main db78299; 190/228 (83.3 %) after that session's fixes; 220/228
    # (96.5 %) once reports at the top of the old indicator scale could still earn for more work done
    assert sum(ok for *_, ok in rows) / len(rows) >= 0.94, failed


def test_fifth_set_s_tuning_part_holds_on_the_dev_reports(firstsight):
    edit_lib, *_, fifth = firstsight
    rows = list(_rows(edit_lib, fifth))
    assert len(rows) >= 210
    failed = [r[:3] for r in rows if not r[3]]
    # 173/220 (78.6 %) at first sight on main d9d502a; 193/220 (87.7 %) after the indicator depth, before
    # any rule was tuned on this set; 211/220 (95.9 %) after its fixes
    assert sum(ok for *_, ok in rows) / len(rows) >= 0.93, failed


@pytest.mark.parametrize("idea", ["fr_intent", "fr_deputy", "fr_restated", "causes_stock", "measures_partybuild",
                                  "measures_polstudy", "plan_copy_achievements", "short_disguised",
                                  "pair_rol_vs_econ_figures", "causes_concrete", "vague_to_figures"])
def test_issue_table_rows_hold_on_every_dev_report(firstsight, idea):
    edit_lib, tune, *_ = firstsight

    only = SimpleNamespace(CASES=[c for c in tune.CASES if c[0].split("/")[0] == idea])
    rows = list(_rows(edit_lib, only))
    assert rows
    bad = [r[:3] for r in rows if not r[3]]
    # short_disguised/yaoqiu on seed-000 moves by exactly 0.5 (its 不足 already scores as stock)
    assert len(bad) <= (1 if idea == "short_disguised" else 0), bad
