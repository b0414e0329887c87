"""Metamorphic tests on the real dev reports: what must change the result, and what must not."""
from __future__ import annotations

import pytest

from conftest import corpus_dir


def _dev_reports():
    return sorted(corpus_dir("dev").glob("*.txt"))


def _essence(card: dict) -> dict:
    secs = {k: (v["present"], v["line"], v["form"], v.get("causes"), v.get("year")) for k, v in card["sections"].items()}
    doc = card["document"]
    meta = (doc["is_report"], doc["level"], doc["report_year"], doc["publish_date"], doc["title"] is None)
    return {"sections": secs, "meta": meta, "score": card["score"], "checks": [(c["id"], c["status"], c["points"]) for c in card["checks"]]}


def _score_bytes(tmp_path, data: bytes, rubric):
    from scorer.pipeline import score_path

    p = tmp_path / "variant.txt"
    p.write_bytes(data)
    return score_path(str(p), rubric)


@pytest.fixture(scope="module")
def originals(rubric):
    from scorer.pipeline import score_path

    return {p.name: score_path(str(p), rubric) for p in _dev_reports()}


def _s2t(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


VARIANTS = {
    "traditional": lambda t: _s2t(t).encode("utf-8"),
    "gb18030": lambda t: t.encode("gb18030"),
    "crlf_bom": lambda t: b"\xef\xbb\xbf" + t.replace("\n", "\r\n").encode("utf-8"),
    "fullwidth_indent": lambda t: "\n".join(("\u3000\u3000" + x if x.strip() else x) for x in t.split("\n")).encode("utf-8"),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_rewriting_a_report_changes_nothing(tmp_path, rubric, originals, variant):
    for path in _dev_reports():
        text = path.read_text(encoding="utf-8")
        card = _score_bytes(tmp_path, VARIANTS[variant](text), rubric)
        assert _essence(card) == _essence(originals[path.name]), path.name


@pytest.mark.parametrize("section", ["measures", "first_responsible", "shortcomings", "next_year"])
def test_removing_a_required_section_marks_it_absent_and_lowers_the_score(tmp_path, rubric, originals, section):
    tried = 0
    for path in _dev_reports():
        before = originals[path.name]
        sec = before["sections"][section]
        if not sec["present"] or sec["form"] != "section" or len(sec["spans"]) != 1:
            continue
        start, end = sec["spans"][0]
        lines = path.read_text(encoding="utf-8").split("\n")
        kept = lines[: start - 1] + lines[end:]
        after = _score_bytes(tmp_path, "\n".join(kept).encode("utf-8"), rubric)
        assert after["sections"][section]["present"] is False, path.name
        assert after["score"] < before["score"], path.name
        tried += 1
    assert tried >= 1
