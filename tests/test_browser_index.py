"""The batch index page in a real browser (same setup as test_browser.py): sortable, filterable,
self-contained, readable without JavaScript, nothing overflowing at 1280 and 390 px."""
from __future__ import annotations

import pytest

from conftest import run_cli
from test_batch import make_round
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
