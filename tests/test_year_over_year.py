"""Year over year (`fzscore batch --previous`) made in the scoring workers: a matched report's card is
written once, with its comparison; the boilerplate left out of the reused share is known before
scoring (last year's round and the rubric's); a rerun compares again exactly the cards whose last
year changed."""
from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

import pytest

from scorer.round import batch

CORPUS = Path(__file__).parent / "shared" / "corpus"
DEV = sorted((CORPUS / "dev").glob("*.txt"))
PAGES = sorted((CORPUS / "pages").glob("*.txt"))


def _lines(p: Path) -> list[str]:
    return p.read_text(encoding="utf-8").split("\n")


def _rewritten(lines: list[str], seed: int) -> list[str]:
    """Next year's report of the same issuer: years moved on, every body line rewritten enough to share
    no passage with last year's (as test_analyses._next_year with nothing kept)."""
    rnd = random.Random(seed)
    out = []
    for i, line in enumerate(lines):
        line = line.replace("2024", "2025").replace("2023", "2024")
        if i > 3 and len(line) > 20:
            chars = list(line)
            for j in range(0, len(chars), 6):
                chars[j] = rnd.choice("新增完善推进落实强化深化健全")
            line = "".join(chars)
        out.append(line)
    return out


def _passage(seed: int) -> str:
    """A sentence no report holds: 90 characters from a wide alphabet, in the style of a report's line."""
    rnd = random.Random(seed)
    alphabet = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星辰山川河海风雨雷电"
    return "".join(rnd.choice(alphabet) for _ in range(90)) + "。"


def _with_line(lines: list[str], at: int, text: str) -> list[str]:
    return lines[:at] + [text] + lines[at:]


def _card(out: Path, name: str) -> dict:
    return json.loads((out / f"{name}.json").read_text(encoding="utf-8"))


def _previous(card: dict) -> dict | None:
    return ((card.get("facts") or {}).get("round") or {}).get("previous")


def _page_card(out: Path, name: str) -> dict:
    page = (out / f"{name}.html").read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="scorecard-data">(.*?)</script>', page, re.S)
    assert m
    return json.loads(m.group(1))


def _run(inputs, out: Path, previous: str | None = None, jobs: int = 1, force: bool = False) -> batch.Result:
    return batch.run_batch(batch.Options([str(i) for i in inputs], str(out), jobs=jobs, previous=previous, force=force))


@pytest.fixture(scope="module")
def rounds(tmp_path_factory):
    """Last year's round (the dev reports, each as a batch output and as a folder of reports) and this
    year's (each dev report rewritten, three of them repeating last year's 不足 word for word)."""
    root = tmp_path_factory.mktemp("yoy")
    last = root / "last"
    last.mkdir()
    for p in DEV:
        shutil.copy(p, last / p.name)
    last_out = root / "last-out"
    _run([last], last_out)
    now = root / "now"
    now.mkdir()
    for k, p in enumerate(DEV):
        lines = _rewritten(_lines(p), k)
        if k < 3:
            card = _card(last_out, p.stem)
            s, e = card["sections"]["shortcomings"]["spans"][-1]
            lines[s:e] = _lines(p)[s:e]
        (now / p.name).write_text("\n".join(lines), encoding="utf-8")
    return last, last_out, now


def test_a_matched_reports_card_is_written_once_with_its_comparison(rounds, tmp_path, monkeypatch):
    """The worker folds last year's comparison into the card before writing it: the round's stage writes
    no card again, and the page shows the card as saved."""
    from scorer.round.review import outdir

    _last, last_out, now = rounds
    rewritten: list[str] = []
    real = outdir.write_card
    monkeypatch.setattr(outdir, "write_card", lambda out, name, card, html=None: (rewritten.append(name), real(out, name, card, html)))
    out = tmp_path / "out"
    result = _run([now], out, previous=str(last_out))
    assert result.analyses["previous"]["matched"] == len(DEV) and result.analyses["cards_updated"] == 0
    assert rewritten == []
    for p in DEV:
        card = _card(out, p.stem)
        assert _previous(card) is not None and _previous(card)["previous"] == p.stem
        assert _page_card(out, p.stem) == card
    repeated = result.analyses["previous"]["repeated"]
    assert {r["name"] for r in repeated} >= {p.stem for p in DEV[:3]}
    assert all(r["count"] >= 1 and r["items"] and r["issuer"] for r in repeated)
    from scorer.round.review.outdir import read_round

    rows = {r["name"]: r for r in read_round(out)[1]}
    for p in DEV:
        found = _previous(_card(out, p.stem))
        row = rows[p.stem]
        assert row["score_change"] == found["score_change"] and row["previous_score"] == found["previous_score"]
        assert row["last_year"]["repeated"] == len(found["repeated"])


@pytest.mark.parametrize("kind", ["batch", "reports"])
def test_the_boilerplate_of_last_years_round_is_left_out_of_the_reused_share(tmp_path, kind):
    """A passage many of last year's reports share (more than boilerplate_df(n)) is boilerplate, not the
    unit's own text reused, even when this year's round has it once; a passage only its own report
    of last year held is reused."""
    common, own = _passage(1), _passage(2)
    last = tmp_path / "last"
    last.mkdir()
    holders = DEV + PAGES[:2]  # seven reports of last year hold `common`
    for p in holders:
        lines = _with_line(_lines(p), 8, common)
        if p == DEV[0]:
            lines = _with_line(lines, 12, own)
        (last / p.name).write_text("\n".join(lines), encoding="utf-8")
    previous = last
    if kind == "batch":
        previous = tmp_path / "last-out"
        _run([last], previous)
    now = tmp_path / "now"
    now.mkdir()
    lines = _with_line(_with_line(_rewritten(_lines(DEV[0]), 7), 8, common), 12, own)
    (now / DEV[0].name).write_text("\n".join(lines), encoding="utf-8")
    (now / DEV[1].name).write_text("\n".join(_rewritten(_lines(DEV[1]), 8)), encoding="utf-8")
    out = tmp_path / "out"
    _run([now], out, previous=str(previous))
    card = _card(out, DEV[0].stem)
    found = _previous(card)
    assert found is not None
    reused = {r["line"] for r in found["reused_lines"]}
    common_line = card["text"].index(common) + 1
    own_line = card["text"].index(own) + 1
    assert own_line in reused and common_line not in reused
    assert 0 < found["reused_share"] < 0.1


def _stamped(text: str) -> str:
    text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", "T", text)
    return re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d（UTC[+-]\d\d:\d\d）", "T", text)


def test_a_rerun_leaves_cards_alone_unless_last_year_changed(rounds, tmp_path, monkeypatch):
    """Reruns: the same last year leaves every card untouched; another last year (here the same reports
    read as a folder, not scored: no previous score) is compared again — also for a report kept from
    an earlier run that this run was not given — and the cards are those a fresh run writes; no
    last year clears the comparison."""
    from scorer.round.analyses import stage
    from scorer.round.review.outdir import read_round

    last, last_out, now = rounds
    out = tmp_path / "out"
    _run([now], out, previous=str(last_out))
    stamps = {p: p.stat().st_mtime_ns for p in out.glob("seed-*.*")}
    again = _run([now], out, previous=str(last_out))
    assert again.analyses["cards_updated"] == 0 and again.analyses["previous"]["matched"] == len(DEV)
    assert {p: p.stat().st_mtime_ns for p in out.glob("seed-*.*")} == stamps

    # another last year; one report given again, the others kept from the earlier run; two processes
    monkeypatch.setattr(stage, "MIN_PER_PROCESS", 1)
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(now / DEV[0].name, one / DEV[0].name)
    changed = _run([one], out, previous=str(last), jobs=2)
    assert changed.analyses["previous"]["matched"] == len(DEV)
    fresh = tmp_path / "fresh"
    _run([now], fresh, previous=str(last), force=True)
    rows = {r["name"]: r for r in read_round(out)[1]}
    fresh_rows = {r["name"]: r for r in read_round(fresh)[1]}
    for p in DEV:
        card = _card(out, p.stem)
        assert _previous(card)["previous_path"] == str(last / p.name) and _previous(card)["previous_score"] is None
        assert _stamped(json.dumps(card, ensure_ascii=False)) == _stamped(json.dumps(_card(fresh, p.stem), ensure_ascii=False))
        assert _page_card(out, p.stem) == card
        assert rows[p.stem]["last_year"] == fresh_rows[p.stem]["last_year"] and rows[p.stem]["score_change"] is None

    # no last year: the comparison is cleared from the cards and rows
    cleared = _run([now], out)
    assert cleared.analyses["previous"] is None
    rows = {r["name"]: r for r in read_round(out)[1]}
    for p in DEV:
        card = _card(out, p.stem)
        assert _previous(card) is None and _page_card(out, p.stem) == card
        assert "last_year" not in rows[p.stem] and rows[p.stem].get("score_change") is None


def test_last_years_boilerplate_is_what_its_reports_share(tmp_path):
    """Learned from last year's n reports: the fingerprints more than boilerplate_df(n) of them hold,
    the same from their sketch files as from their text."""
    import numpy as np

    from scorer.round.analyses import copying, followup, sketch

    common = _passage(3)
    last = tmp_path / "last"
    last.mkdir()
    for k, p in enumerate(DEV + PAGES[:3]):
        lines = _lines(p)
        if k < 6:
            lines = _with_line(lines, 8, common)
        (last / p.name).write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    _run([last], out)
    cards = sorted(p for p in out.glob("*.json") if p.name != "run-info.json")
    with_sketches = followup._from_cards(cards, str(out))
    without = followup._from_cards(cards)
    assert with_sketches.learned.tolist() == without.learned.tolist() and with_sketches.counted == len(cards) == 8
    held = sketch.fingerprints(sketch.report_text([common]))
    assert len(held) and np.isin(held, with_sketches.learned).all()
    # six of eight hold it: boilerplate_df(8) is 4
    assert copying.boilerplate_df(8) == 4
    fewer = followup._from_cards([c for c in cards if c.stem not in (DEV[0].stem, DEV[1].stem)], str(out))
    assert fewer.counted == 6 and not np.isin(held, fewer.learned).any()  # four of six hold it


def _as_an_earlier_version_left_it(out: Path) -> None:
    """The records of a round whose comparisons the stage made after scoring (before the workers did):
    rows without `last_year`, every compared report listed as flagged in the analyses' record."""
    from scorer.round.records import ANALYSES, MANIFEST
    from scorer.round.review.outdir import ROUND_FILE

    compared = []
    for file in (MANIFEST, ROUND_FILE):
        lines = (out / file).read_text(encoding="utf-8").splitlines()
        for i, line in enumerate(lines[1:], 1):
            entry = json.loads(line)
            row = entry.get("row", entry)
            if row.pop("last_year", None) is not None:
                compared.append(row["name"])
            lines[i] = json.dumps(entry, ensure_ascii=False)
        (out / file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    state = json.loads((out / ANALYSES).read_text(encoding="utf-8"))
    state["flagged"] = sorted(set(compared))
    (out / ANALYSES).write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")


def test_a_round_compared_by_an_earlier_version_is_brought_up_to_date(rounds, tmp_path):
    """Rows without a comparison's key: compared again when run with a last year (the cards as they
    were, the rows given their keys), the comparison cleared when run without."""
    from scorer.round.review.outdir import read_round

    _last, last_out, now = rounds
    out = tmp_path / "out"
    _run([now], out, previous=str(last_out))
    cards = {p.stem: _card(out, p.stem) for p in DEV}
    rows = {r["name"]: r for r in read_round(out)[1]}
    _as_an_earlier_version_left_it(out)
    again = _run([now], out, previous=str(last_out))
    assert again.analyses["previous"]["matched"] == len(DEV) and again.analyses["cards_updated"] == 0
    assert {p.stem: _card(out, p.stem) for p in DEV} == cards
    assert {r["name"]: r["last_year"] for r in read_round(out)[1]} == {n: r["last_year"] for n, r in rows.items()}
    _as_an_earlier_version_left_it(out)
    cleared = _run([now], out)
    assert cleared.analyses["cards_updated"] == len(DEV)
    for p in DEV:
        assert _previous(_card(out, p.stem)) is None and _page_card(out, p.stem) == _card(out, p.stem)


def test_a_failed_finding_that_costs_nothing_says_so_on_the_page(rounds, tmp_path):
    # round findings weigh 0 in the default rubric: a repeated shortcoming is shown, as "不计分", never "−0 分"
    _last, last_out, now = rounds
    out = tmp_path / "out"
    _run([now], out, previous=str(last_out))
    for p in DEV[:3]:  # these repeat last year's 不足 word for word
        card = _card(out, p.stem)
        failed = [c for c in card["checks"] if c["id"].startswith("round.") and c["status"] == "fail"]
        assert failed and all(c["max_points"] == 0 for c in failed)
        page = (out / f"{p.stem}.html").read_text(encoding="utf-8")
        assert "不计分" in page and "−0 分" not in page
