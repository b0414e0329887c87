"""First-sight pages (tests/firstsight/pages): 90 real pages labelled by readers who never read the code
(42 government reports, 24 department reports, 24 look-alikes), compared by the corpus evaluator's own
rules. The held-aside part (tests/firstsight/pages-held) is measured separately and not asserted here,
so that no rule is tuned to it.

Rates reached when this test was written: 99.2 % of fields, issuer 97.0 %, is_report 100 %.
"""
from __future__ import annotations

from collections import Counter

import yaml
from test_corpus import _eval_module

from conftest import ROOT

PAGES = ROOT / "tests" / "firstsight" / "pages"


def test_first_sight_pages_agree_with_their_readers(rubric, contract):
    from scorer.scoring.pipeline import score_path

    ev = _eval_module()
    agree: Counter[str] = Counter()
    total: Counter[str] = Counter()
    refused = []
    for doc in sorted(PAGES.glob("*.txt")):
        label = yaml.safe_load(doc.with_name(doc.stem + ".labels.yaml").read_text(encoding="utf-8"))
        card = score_path(str(doc), rubric)
        assert list(contract.iter_errors(card)) == [], doc.name
        if label.get("kind", "report") == "report" and not card["document"]["is_report"]:
            refused.append(doc.name)
        for field, ok, _ in ev.compare(label, card):
            total[field] += 1
            agree[field] += ok
    assert refused == []  # no real report is refused
    assert agree["is_report"] == total["is_report"]
    assert agree["issuer"] / total["issuer"] >= 0.96  # 64 of 66 when written
    assert sum(agree.values()) / sum(total.values()) >= 0.99


def test_fresh_pages_issuers_agree_with_their_readers(rubric):
    """pages-fresh (41 pages measured once at first sight: issuer 86.2 %, fields 95.9 %), since used for
    tuning the issuer (issue 22): every issuer and level now agrees (29 of 29 when written)."""
    from scorer.scoring.pipeline import score_path

    ev = _eval_module()
    agree: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for doc in sorted((ROOT / "tests" / "firstsight" / "pages-fresh").glob("*.txt")):
        label = yaml.safe_load(doc.with_name(doc.stem + ".labels.yaml").read_text(encoding="utf-8"))
        for field, ok, _ in ev.compare(label, score_path(str(doc), rubric)):
            total[field] += 1
            agree[field] += ok
    assert total["issuer"] == 29
    assert agree["issuer"] >= 28 and agree["level"] >= 28
    assert sum(agree.values()) / sum(total.values()) >= 0.97


def test_no_real_report_of_any_first_sight_set_is_refused(rubric):
    """Every real report of every first-sight set (tune, held-aside, and the fresh set labelled
    last, measured once before it was kept here; the tuning parts of pages-e, -f and -g) is scored; a
    look-alike may be scored only when it is flagged for a person to confirm. pages-g at first sight: 018
    and 024 refused, 034 and 036 passed unflagged."""
    from scorer.scoring.pipeline import score_path

    refused, unflagged = [], []
    for folder in ("pages", "pages-held", "pages-fresh", "pages-d", "pages-e", "pages-f", "pages-g"):
        for doc in sorted((ROOT / "tests" / "firstsight" / folder).glob("*.txt")):
            label = yaml.safe_load(doc.with_name(doc.stem + ".labels.yaml").read_text(encoding="utf-8"))
            card = score_path(str(doc), rubric)
            if label.get("kind", "report") == "report" and not card["document"]["is_report"]:
                refused.append(f"{folder}/{doc.name}")
            if label.get("kind") == "distractor" and card["document"]["is_report"] and not card["needs_review"]:
                unflagged.append(f"{folder}/{doc.name}")
    assert refused == []
    assert len(unflagged) <= 1, unflagged  # fsb-126 (a bureau's general work summary) when written
