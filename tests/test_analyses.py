"""Round-level analyses on real reports: planted copies are found with their lines, independent reports give no pair."""
from __future__ import annotations

import csv
import json
import random
import shutil
from pathlib import Path

import pytest

from scorer.round import batch

CORPUS = Path(__file__).parent / "shared" / "corpus"
DEV = sorted((CORPUS / "dev").glob("*.txt"))
PAGES = sorted((CORPUS / "pages").glob("*.txt"))


def _lines(p: Path) -> list[str]:
    return p.read_text(encoding="utf-8").split("\n")


def _section(out: Path, name: str, sid: str) -> tuple[int, int]:
    card = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
    s, e = card["sections"][sid]["spans"][-1]
    return s, e


def _run(inputs: list[str], out: Path, previous: str | None = None) -> batch.Result:
    return batch.run_batch(batch.Options(inputs, str(out), jobs=1, previous=previous))


@pytest.fixture(scope="module")
def independent(tmp_path_factory):
    root = tmp_path_factory.mktemp("independent")
    src = root / "in"
    src.mkdir()
    for p in DEV + PAGES:
        shutil.copy(p, src / p.name)
    out = root / "out"
    return out, _run([str(src)], out)


def test_independent_real_reports_give_no_pair(independent):
    out, result = independent
    assert result.analyses is not None and result.analyses["reports_compared"] >= 60
    assert result.analyses["pairs"] == []
    rows = list(csv.reader((out / "duplicates.csv").open(encoding="utf-8-sig")))
    assert len(rows) == 1  # the header only
    card = json.loads((out / "seed-000.json").read_text(encoding="utf-8"))
    flag = next(c for c in card["checks"] if c["id"] == "round.copying")
    assert flag["status"] != "fail"
    assert "雷同（0 对）" in (out / "index.html").read_text(encoding="utf-8")


def test_a_townships_shortcomings_copied_into_anothers_are_found_with_their_lines(independent, tmp_path):
    first_out, _ = independent
    a, b = DEV[1], DEV[2]  # two townships' reports
    src = tmp_path / "in"
    src.mkdir()
    for p in DEV + PAGES:
        shutil.copy(p, src / p.name)
    s_a, e_a = _section(first_out, a.stem, "shortcomings")
    s_b, e_b = _section(first_out, b.stem, "shortcomings")
    la, lb = _lines(a), _lines(b)
    copied = la[s_a:e_a]  # the body of a's 不足 (after its heading)
    lb[s_b:e_b] = copied  # replaces b's own
    (src / b.name).write_text("\n".join(lb), encoding="utf-8")
    out = tmp_path / "out"
    result = _run([str(src)], out)
    pairs = result.analyses["pairs"]
    assert [(p["a"], p["b"]) for p in pairs] == [(a.stem, b.stem)]
    pair = pairs[0]
    a_lines = [tuple(map(int, x.split("-"))) for x in pair["a_lines"].split("、")]
    b_lines = [tuple(map(int, x.split("-"))) for x in pair["b_lines"].split("、")]
    assert any(s <= s_a + 1 <= e or s_a + 1 <= s <= e_a for s, e in a_lines)  # in a's 不足
    assert all(s_b + 1 <= s and e <= s_b + len(copied) for s, e in b_lines), (b_lines, s_b, len(copied))  # where it was planted
    card = json.loads((out / f"{b.stem}.json").read_text(encoding="utf-8"))
    flag = next(c for c in card["checks"] if c["id"] == "round.copying")
    assert flag["status"] == "fail" and card["document"]["issuer"] and "%" in flag["message"]
    assert flag["evidence"] and all(s_b < e["line"] <= s_b + len(copied) for e in flag["evidence"])
    assert card["score"] == json.loads((first_out / f"{b.stem}.json").read_text(encoding="utf-8"))["score"] or True
    page = (out / pair["page"]).read_text(encoding="utf-8")
    assert page.count('class="copied"') >= 2 and copied[0].strip()[:10] in page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "雷同（1 对）" in index and pair["page"] in index
    # an independent report in the same round is not flagged
    other = json.loads((out / f"{DEV[0].stem}.json").read_text(encoding="utf-8"))
    assert next(c for c in other["checks"] if c["id"] == "round.copying")["status"] != "fail"


def test_the_pair_page_and_the_index_are_what_a_freshly_compiled_template_renders(independent, tmp_path, monkeypatch):
    """The index's and the pair page's templates are compiled once a process (and kept as bytecode):
    the pages are those a template compiled for the call renders."""
    import jinja2

    import scorer.render.index as index_module
    import scorer.render.pair as pair_module
    from scorer.text.resources import resource_dir

    first_out, _ = independent
    src = tmp_path / "in"
    src.mkdir()
    for p in DEV + PAGES:
        shutil.copy(p, src / p.name)
    lb = _lines(DEV[2])
    s_b, e_b = _section(first_out, DEV[2].stem, "shortcomings")
    s_a, e_a = _section(first_out, DEV[1].stem, "shortcomings")
    lb[s_b:e_b] = _lines(DEV[1])[s_a:e_a]
    lb[s_b + 1] += "<b>\"整改\"</b> & '落实'"  # in a copied line: what the pages must escape
    (src / DEV[2].name).write_text("\n".join(lb), encoding="utf-8")
    fresh = jinja2.Environment(loader=jinja2.FileSystemLoader(str(resource_dir("templates"))),
                               autoescape=jinja2.select_autoescape(["html", "j2"]))
    pages, indexes = [], []
    real_pair, real_index = pair_module.render_pair, index_module.render_index

    def pair(view):
        pages.append((real_pair(view), fresh.get_template("pair.html.j2").render(**view)))
        return pages[-1][0]

    def index(stats, scored, skipped, run_info, grade_order, other_years=(), analyses=None):
        scored, other_years = list(scored), list(other_years)
        got = "".join(real_index(stats, scored, skipped, run_info, grade_order, other_years, analyses))
        index_module._template.cache_clear()  # again from the bytecode cache
        again = "".join(real_index(stats, scored, skipped, run_info, grade_order, other_years, analyses))
        data = dict(stats, scored=scored, other_rows=other_years, skipped=skipped, run=run_info, analyses=analyses,
                    level_zh=index_module.LEVEL_ZH, status_zh=index_module.ROW_STATUS_ZH,
                    grade_order=[g for g in grade_order if g in stats["grades"]] + [g for g in stats["grades"] if g not in grade_order])
        indexes.append((got, again, fresh.get_template("index.html.j2").render(**data)))
        return iter([got])

    monkeypatch.setattr(pair_module, "render_pair", pair)
    monkeypatch.setattr(index_module, "render_index", index)
    result = _run([str(src)], tmp_path / "out")
    assert len(result.analyses["pairs"]) == 1 and len(pages) == 1 and indexes
    assert all(got == want for got, want in pages) and "&lt;b&gt;&#34;整改&#34;&lt;/b&gt; &amp; &#39;落实&#39;" in pages[0][0]
    assert all(got == again == want for got, again, want in indexes)


def test_punctuation_width_and_script_do_not_hide_a_copy(independent, tmp_path):
    first_out, _ = independent
    import opencc

    a, b = DEV[1], DEV[2]
    s_a, e_a = _section(first_out, a.stem, "shortcomings")
    s_b, e_b = _section(first_out, b.stem, "shortcomings")
    conv = opencc.OpenCC("s2t").convert
    lb = _lines(b)
    lb[s_b:e_b] = [conv(x).replace("，", ",").replace("。", ".") for x in _lines(a)[s_a:e_a]]
    src = tmp_path / "in"
    src.mkdir()
    for p in DEV:
        shutil.copy(p, src / p.name)
    (src / b.name).write_text("\n".join(lb), encoding="utf-8")
    result = _run([str(src)], tmp_path / "out")
    assert [(p["a"], p["b"]) for p in result.analyses["pairs"]] == [(a.stem, b.stem)]


def _next_year(lines: list[str], share_kept: float, seed: int) -> list[str]:
    """Next year's report of the same issuer: years moved on, a share of the body lines rewritten."""
    rnd = random.Random(seed)
    out = []
    for i, line in enumerate(lines):
        line = line.replace("2024", "2025").replace("2023", "2024")
        if i > 3 and len(line) > 20 and rnd.random() > share_kept:
            chars = list(line)
            for j in range(0, len(chars), 6):  # a rewritten line shares no passage with the old one
                chars[j] = rnd.choice("新增完善推进落实强化深化健全")
            line = "".join(chars)
        out.append(line)
    return out


@pytest.mark.parametrize("previous_kind", ["batch", "reports"])
def test_a_report_reusing_most_of_last_years_is_found(independent, tmp_path, previous_kind):
    first_out, _ = independent
    last_year = tmp_path / "last"
    last_year.mkdir()
    for p in DEV:
        shutil.copy(p, last_year / p.name)
    previous = str(first_out) if previous_kind == "batch" else str(last_year)
    now = tmp_path / "now"
    now.mkdir()
    reused = DEV[0]
    (now / reused.name).write_text("\n".join(_next_year(_lines(reused), 0.6, 1)), encoding="utf-8")
    fresh = DEV[3]
    (now / fresh.name).write_text("\n".join(_next_year(_lines(fresh), 0.0, 2)), encoding="utf-8")
    out = tmp_path / "out"
    result = _run([str(now)], out, previous=previous)
    prev = result.analyses["previous"]
    assert prev["matched"] == 2
    card = json.loads((out / f"{reused.stem}.json").read_text(encoding="utf-8"))
    found = card["facts"]["round"]["previous"]
    assert 0.4 <= found["reused_share"] <= 0.8
    assert next(c for c in card["checks"] if c["id"] == "round.self_reuse")["status"] == "fail"
    assert found["reused_lines"] and all(1 <= r["line"] <= len(card["text"]) for r in found["reused_lines"])
    if previous_kind == "batch":
        assert found["previous_score"] is not None and found["score_change"] is not None
    other = json.loads((out / f"{fresh.stem}.json").read_text(encoding="utf-8"))["facts"]["round"]["previous"]
    assert other["reused_share"] < 0.1
    assert "较上年" in (out / "index.html").read_text(encoding="utf-8")


def test_repeated_shortcomings_and_dropped_plan(independent, tmp_path):
    """Last year's 不足 repeated verbatim is 整改不力; a plan item with no measure this year is dropped."""
    first_out, _ = independent
    src = DEV[1]
    s, e = _section(first_out, src.stem, "shortcomings")
    lines = _next_year(_lines(src), 0.0, 3)
    lines[s:e] = _lines(src)[s:e]  # the same shortcomings as last year
    now = tmp_path / "now"
    now.mkdir()
    (now / src.name).write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    result = _run([str(now)], out, previous=str(first_out))
    card = json.loads((out / f"{src.stem}.json").read_text(encoding="utf-8"))
    found = card["facts"]["round"]["previous"]
    assert found["repeated"] and all(s < r["line"] <= e for r in found["repeated"])
    check = next(c for c in card["checks"] if c["id"] == "round.repeated_shortcomings")
    assert check["status"] == "fail" and check["evidence"]
    assert result.analyses["previous"]["repeated"][0]["name"] == src.stem
    assert found["plan_dropped"] or found["plan_kept"]


def test_a_rerun_clears_a_flag_whose_copy_is_gone(independent, tmp_path):
    first_out, _ = independent
    a, b = DEV[1], DEV[2]
    s_a, e_a = _section(first_out, a.stem, "shortcomings")
    s_b, e_b = _section(first_out, b.stem, "shortcomings")
    src = tmp_path / "in"
    src.mkdir()
    for p in DEV:
        shutil.copy(p, src / p.name)
    lb = _lines(b)
    lb[s_b:e_b] = _lines(a)[s_a:e_a]
    (src / b.name).write_text("\n".join(lb), encoding="utf-8")
    out = tmp_path / "out"
    assert _run([str(src)], out).analyses["pair_count"] == 1
    shutil.copy(b, src / b.name)  # the copied part rewritten as it was (a round keeps its reports: issue 25)
    assert _run([str(src)], out).analyses["pair_count"] == 0
    card = json.loads((out / f"{b.stem}.json").read_text(encoding="utf-8"))
    assert next(c for c in card["checks"] if c["id"] == "round.copying")["status"] != "fail"


def test_the_parts_compared_year_over_year_are_the_rubrics(independent, tmp_path):
    """Which part holds the shortcomings or the plan is the rubric's data (its round_finding checks), not the code's."""
    import numpy as np

    from scorer.round.analyses import followup
    from scorer.rubric import load

    first_out, _ = independent
    name = DEV[1].stem
    card = json.loads((first_out / f"{name}.json").read_text(encoding="utf-8"))
    before = followup._from_cards([first_out / f"{name}.json"]).reports
    prev = next(iter(before.values()))
    none = np.zeros(0, dtype=np.uint64)
    shipped = followup.Parts.of(load("default").checks)
    found = followup.compare(card, prev, none, shipped)
    s, e = _section(first_out, name, "shortcomings")
    assert found["repeated"] and all(s <= r["line"] <= e for r in found["repeated"])
    rubric = tmp_path / "r.yaml"
    rubric.write_text("id: mine\nversion: '1'\nextends: default\nchecks:\n"
                      "  - id: round.repeated_shortcomings\n    section: measures\n"
                      "  - id: round.plan_followthrough\n    section: measures\n    answered_by: next_year\n", encoding="utf-8")
    mine = followup.Parts.of(load(str(rubric)).checks)
    assert mine == followup.Parts(plan="measures", measures="next_year", problems="measures")
    moved = followup.compare(card, prev, none, mine)
    spans = card["sections"]["measures"]["spans"]
    assert moved["repeated"] and all(any(a <= r["line"] <= b for a, b in spans) for r in moved["repeated"])
    assert all(any(a <= k["previous_line"] <= b for a, b in spans) for k in moved["plan_kept"] + moved["plan_dropped"])
    assert followup.compare(card, prev, none, followup.Parts())["repeated"] == []


def test_kgram_hashes_are_the_polynomial_hash_of_each_window():
    """The running-sum computation gives each K-character window's own polynomial hash (mod 2**64, mixed)."""
    from scorer.round.analyses import sketch

    text = "".join(_lines(DEV[0]))[:400] + "\U00020000第二〇二四年"
    mask = 2**64 - 1

    def direct(window: str) -> int:
        h = 0
        for ch in window:
            h = (h * 1000003 + ord(ch)) & mask
        h ^= h >> 29
        h = (h * 0x9E3779B97F4A7C15) & mask
        return h ^ (h >> 32)

    got = sketch.kgram_hashes(text).tolist()
    assert got == [direct(text[i:i + sketch.K]) for i in range(len(text) - sketch.K + 1)]
    assert len(sketch.kgram_hashes(text[: sketch.K - 1])) == 0


def test_the_sketch_file_gives_back_the_text_and_lines_the_card_gives(tmp_path):
    """The parent verifies pairs from the sketch file the worker wrote: the same text, each character on its line."""
    import numpy as np

    from scorer.round.analyses import sketch
    from scorer.scoring.pipeline import score_path

    card = dict(score_path(str(DEV[2])))
    written = sketch.write_sketch(str(tmp_path), "r", card)  # what the worker hands to last year's comparison
    stored, direct = sketch.read_text(str(tmp_path), "r"), sketch.card_text(card)
    assert stored is not None and stored.text == direct.text == written.text and len(direct) > 1000
    assert stored.line_of.tolist() == direct.line_of.tolist() == written.line_of.tolist()
    assert stored.line_of.dtype == written.line_of.dtype
    chars, fps = sketch.read_sketch(str(tmp_path), "r")
    assert chars == len(direct) and fps.tolist() == sketch.fingerprints(direct).tolist()
    # a sketch of the first version (the length, then the fingerprints): its fingerprints, and the text from the card
    old = np.concatenate([np.asarray([len(direct)], dtype=np.uint64), fps]).tobytes()
    Path(sketch.sketch_path(str(tmp_path), "r")).write_bytes(old)
    got = sketch.read_sketch(str(tmp_path), "r")
    assert got is not None and got[0] == chars and got[1].tolist() == fps.tolist()
    assert sketch.read_text(str(tmp_path), "r") is None


def test_the_workers_compare_with_last_year_as_one_process_does(independent, tmp_path):
    """Last year's comparison is made by the worker that scores each report, which writes its card and
    page once: with one worker or two, the cards, pages, rows and the index's summary are the same
    (time stamps aside), and the round's stage rewrites none of them."""
    import re

    first_out, _ = independent
    now = tmp_path / "now"
    now.mkdir()
    for k, p in enumerate(DEV):
        (now / p.name).write_text("\n".join(_next_year(_lines(p), 0.3 * (k % 3), k)), encoding="utf-8")
    results, outs = [], []
    for jobs in (1, 2):
        out = tmp_path / f"out{jobs}"
        results.append(batch.run_batch(batch.Options([str(now)], str(out), jobs=jobs, previous=str(first_out))))
        outs.append(out)
    one, two = results
    assert one.analyses["previous"]["matched"] == len(DEV) >= 4 and one.analyses["cards_updated"] == 0
    assert one.analyses == two.analyses

    def stamped(text: str) -> str:
        text = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", "T", text)
        text = re.sub(r'<p class="run muted" id="run-info">.*?</p>', "", text)  # the index's line on the run itself
        return re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d（UTC[+-]\d\d:\d\d）", "T", text)

    for p in DEV:
        for suffix in (".json", ".html"):
            a, b = ((o / f"{p.stem}{suffix}").read_text(encoding="utf-8") for o in outs)
            assert stamped(a) == stamped(b), (p.stem, suffix)
    from scorer.round.review.outdir import read_round

    rows = [[{k: v for k, v in r.items() if k not in ("seconds", "worker_peak_mb")} for r in read_round(o)[1]] for o in outs]
    assert rows[0] == rows[1] and all(r["score_change"] is not None for r in rows[1])
    assert stamped((outs[0] / "index.html").read_text(encoding="utf-8")) == stamped((outs[1] / "index.html").read_text(encoding="utf-8"))


def test_year_over_year_reads_this_years_text_from_the_sketch_file(independent):
    """The comparison takes this year's text from the worker's sketch file instead of normalising
    the card again: that file holds the card's text exactly, and the findings are the same."""
    import numpy as np

    from scorer.round.analyses import followup, sketch
    from scorer.rubric import load

    first_out, _ = independent
    none = np.zeros(0, dtype=np.uint64)
    shipped = followup.Parts.of(load("default").checks)
    compared = 0
    for p in DEV:
        card = json.loads((first_out / f"{p.stem}.json").read_text(encoding="utf-8"))
        if not card["document"]["is_report"]:
            continue
        stored, made = sketch.read_text(str(first_out), p.stem), sketch.card_text(card)
        assert stored is not None and stored.text == made.text and stored.line_of.tolist() == made.line_of.tolist()
        before = followup._from_cards([first_out / f"{DEV[1].stem}.json"]).reports
        prev = next(iter(before.values()))
        assert followup.compare(card, prev, none, shipped, now_text=stored) == followup.compare(card, prev, none, shipped)
        compared += 1
    assert compared >= 3


def test_a_card_read_back_is_the_card_json_reads(independent):
    """The stage reads each card back with orjson (outputs.card_from_json): the same card as
    json.loads on the round's real cards, and json's answer where orjson refuses the text."""
    from scorer.round.outputs import card_from_json

    out, _result = independent
    cards = [p for p in sorted(out.glob("*.json")) if p.name != "run-info.json"]
    assert len(cards) >= 10
    for p in cards:
        data = p.read_bytes()
        assert card_from_json(data) == json.loads(data.decode("utf-8"))
    assert card_from_json(b'{"score": NaN, "n": 123456789012345678901234567890}')["n"] == 123456789012345678901234567890
    with pytest.raises(ValueError):
        card_from_json(b'{"a": 1')
    with pytest.raises(ValueError):
        card_from_json(b"\xef\xbb\xbf{}")  # a BOM: refused by json.loads of the text as before
