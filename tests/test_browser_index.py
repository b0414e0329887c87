"""The batch index page in a real browser (same setup as test_browser.py): sortable, filterable,
self-contained, readable without JavaScript, nothing overflowing at 1280 and 390 px."""
from __future__ import annotations

import pytest
from test_batch import make_round

from conftest import run_cli
from test_browser import ARTIFACTS


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = tmp_path_factory.mktemp("round")
    make_round(root / "in")
    run_cli("batch", root / "in", "-o", root / "out", "-q", "-j", "2")
    return root / "out" / "index.html"


def _rows(page):
    return page.eval_on_selector_all("#reports tbody tr:not([hidden])", "rs => rs.map(r => r.cells[0].textContent.trim())")


@pytest.mark.parametrize("width", [1280, 390])
def test_index_page_is_self_contained_and_fits(open_page, index, width):
    page, log = open_page(index, width=width)
    assert log.errors == [] and log.requests == [index.as_uri()]
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert len(_rows(page)) == 3 and page.locator("text=无法评分的文件").count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"index-{width}.png"), full_page=True)


def test_index_table_sorts_and_filters(open_page, index):
    page, log = open_page(index)
    page.click("th button[data-k='3']")  # 得分
    first = page.eval_on_selector_all("#reports tbody tr", "rs => rs.map(r => parseFloat(r.cells[3].textContent))")
    page.click("th button[data-k='3']")
    second = page.eval_on_selector_all("#reports tbody tr", "rs => rs.map(r => parseFloat(r.cells[3].textContent))")
    assert first == sorted(first) and second == sorted(second, reverse=True)
    page.fill("#q", "白沙")
    assert _rows(page) == ["白沙镇人民政府"]
    page.fill("#q", "")
    page.select_option("#lv", "部门")
    assert _rows(page) == ["某县司法局"]
    assert log.errors == []


def test_index_reads_without_javascript_and_links_to_scorecards(open_page, index):
    page, _ = open_page(index, js=False)
    assert len(_rows(page)) == 3
    assert not page.locator("#q").is_visible()  # the filters need JavaScript, so they are hidden without it
    from urllib.parse import unquote

    links = page.eval_on_selector_all("#reports a", "as => as.map(a => a.getAttribute('href'))")
    assert len(links) == 6 and all((index.parent / unquote(h)).is_file() for h in links)


def test_the_index_opens_sorted_by_score_and_says_what_needs_javascript(open_page, index):
    page, _ = open_page(index, js=False)
    scores = page.eval_on_selector_all("#reports tbody tr", "rs => rs.map(r => parseFloat(r.cells[3].textContent))")
    assert scores == sorted(scores, reverse=True)
    assert "需要浏览器启用 JavaScript" in page.locator("#js-note").inner_text()


def test_five_thousand_rows_sort_filter_and_page(open_page, tmp_path):
    """A round of 5,000 reports: the page shows 100 rows at a time, and sorting and filtering work on all."""
    import random

    from scorer.round.outputs import write_index

    rng = random.Random(7)
    rows = [{"name": f"r{i:04d}", "issuer": f"{'东西南北'[i % 4]}{i}镇人民政府", "level": "township", "report_year": 2024,
             "score": round(rng.uniform(20, 99), 1), "grade": "良好", "tone": "good", "missing": [], "on_time": True}
            for i in range(5000)]
    rows.sort(key=lambda r: -r["score"])
    stats = {"total": 5000, "scored_count": 5000, "average": 60.0, "best": 99, "worst": 20, "late": 0, "reused": 0,
             "failed": [], "grades": {"良好": 5000}, "bins": [0] * 10, "review_states": {}, "most_failed": []}
    path = tmp_path / "index.html"
    write_index(path, stats, iter(rows), [], {"fzscore_version": "t", "rubric": "t", "started": "t", "seconds": 1, "jobs": 1},
                ["良好"])
    page, log = open_page(path)
    assert len(_rows(page)) == 100 and "共 5000 份" in page.locator("#page-info").inner_text()
    page.click("th button[data-k='3']")  # ascending
    low = page.eval_on_selector_all("#reports tbody tr:not([hidden])", "rs => rs.map(r => parseFloat(r.cells[3].textContent))")
    assert low == sorted(low) and low[0] == min(r["score"] for r in rows)
    page.fill("#q", "南1")
    wanted = sum(1 for r in rows if "南1" in r["issuer"])
    assert f"共 {wanted} 份" in page.locator("#page-info").inner_text()
    page.click("#next")
    assert "第 2 /" in page.locator("#page-info").inner_text() and len(_rows(page)) == min(100, wanted - 100)
    assert log.errors == []
