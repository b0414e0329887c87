"""Issue 25 in the browser (findings 6 and 9): the round's index and a reviewed scorecard at 1280 and 390 px.

On a phone every report's 等级, 复核 and 评分表 are on screen (each report a labelled block, nothing
clipped or scrolled sideways), the scorecard's header keeps its labels, and a reviewed card's gauge
shows the reviewed score with the machine's beside it. Screenshots go to tests/artifacts/."""
from __future__ import annotations

import shutil

import pytest

from conftest import corpus_dir, run_cli
from test_browser import ARTIFACTS

DEV = corpus_dir("dev")
WIDTHS = (1280, 390)


@pytest.fixture(scope="module")
def reviewed_round(tmp_path_factory):
    root = tmp_path_factory.mktemp("round25")
    (root / "in").mkdir()
    for n in range(5):
        shutil.copy(DEV / f"seed-00{n}.txt", root / "in")
    out = root / "out"
    assert run_cli("batch", root / "in", "-o", out, "-q", "-j", "2").returncode == 0
    r = run_cli("review", out, "seed-004", "substance.figures", "--status", "fail", "--reason", "数据不实", "--by", "张三")
    assert r.returncode == 0, r.stderr
    return out


@pytest.mark.parametrize("width", WIDTHS)
def test_every_column_of_the_index_is_on_screen(open_page, reviewed_round, width):
    page, log = open_page(reviewed_round / "index.html", width=width)
    assert log.errors == []
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    for table in ("#reports", "#other-reports"):
        cells = page.eval_on_selector_all(
            f"{table} tbody tr:not([hidden]) td",
            "tds => tds.map(td => { const r = td.getBoundingClientRect(), w = td.closest('.tablewrap').getBoundingClientRect();"
            " return [td.dataset.label, r.left >= w.left - 1 && r.right <= w.right + 1 && r.width > 0]; })")
        assert cells and all(inside for _label, inside in cells), [c for c in cells if not c[1]]
        assert {"等级", "复核状态", "评分表"} <= {label for label, _ in cells}
    if width < 640:  # each value is labelled where the header row is not above it
        label = page.evaluate("getComputedStyle(document.querySelector('#reports tbody td[data-label=\"等级\"]'), '::before').content")
        assert "等级" in label
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"round25-index-{width}.png"), full_page=True)


@pytest.mark.parametrize("width", WIDTHS)
def test_a_reviewed_scorecard_leads_with_the_reviewed_result_and_keeps_its_labels(open_page, reviewed_round, width):
    import json

    card = json.loads((reviewed_round / "seed-004.json").read_text(encoding="utf-8"))
    page, log = open_page(reviewed_round / "seed-004.html", width=width, height=844)
    assert log.errors == []
    assert page.locator("#score-value").inner_text() == f"{card['review']['score']:.1f}"
    assert page.locator("#grade-value").inner_text() == card["review"]["grade"]
    assert f"机评 {card['score']:.1f} 分" in page.locator("#verdict").inner_text()
    for dt in ("报告单位", "级别", "报告年度", "发布日期"):
        assert page.locator(f".top .who dt:text-is('{dt}')").is_visible(), dt
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"round25-scorecard-{width}.png"))
