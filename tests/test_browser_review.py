"""A reviewed round in a real browser: the index filters pending reviews, and the scorecard's 复核
block sits beside the machine's verdict without overflowing the page."""
from __future__ import annotations

import pytest
from test_review import make_round

from conftest import run_cli
from test_browser import ARTIFACTS


@pytest.fixture(scope="module")
def reviewed_round(tmp_path_factory):
    root = tmp_path_factory.mktemp("reviewed")
    make_round(root / "in")
    out = root / "out"
    run_cli("batch", root / "in", "-o", out, "-q", "-j", "2")
    for args in (("青石镇", "conformity.deadline", "--points", "3", "--reason", "页面注明3月28日发布", "--by", "张三"),
                 ("青石镇", "--done", "--by", "张三"),
                 ("白沙镇", "substance.self_critique", "--points", "4", "--reason", "问题多为套话", "--by", "李四")):
        assert run_cli("review", out, *args).returncode == 0
    return out


def _rows(page):
    return page.eval_on_selector_all("#reports tbody tr:not([hidden])", "rs => rs.map(r => r.cells[0].textContent.trim())")


def test_the_index_filters_pending_reviews(open_page, reviewed_round):
    index = reviewed_round / "index.html"
    page, log = open_page(index)
    assert len(_rows(page)) == 3
    page.select_option("#rv", "pending")
    assert sorted(_rows(page)) == ["某县司法局", "白沙镇人民政府"]  # 未复核 and 复核中, not the one done
    page.select_option("#rv", "done")
    assert _rows(page) == ["青石镇人民政府"]
    page.select_option("#rv", "in_progress")
    assert _rows(page) == ["白沙镇人民政府"]
    page.select_option("#rv", "")
    page.click("th button[data-k='5']")  # 复核分 sorts as a number; unreviewed rows (—) first
    scores = page.eval_on_selector_all("#reports tbody tr", "rs => rs.map(r => r.cells[5].textContent.trim())")
    assert scores[0] == "—" and scores[1:] == sorted(scores[1:], key=lambda s: float(s.split()[0]))
    assert log.errors == []
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "index-reviewed.png"), full_page=True)


@pytest.mark.parametrize("width", [1280, 390])
def test_the_scorecard_shows_the_review_and_fits(open_page, reviewed_round, width):
    page, log = open_page(reviewed_round / "青石镇.html", width=width)
    assert log.errors == []
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.locator("#review-state").inner_text() == "复核完成"
    assert page.locator("#review-table tbody tr").count() == 1
    assert "页面注明3月28日发布" in page.locator("#review-table").inner_text()
    page.locator("#review-table a").first.click()  # the adjusted check's name links to the check
    assert page.evaluate("location.hash").startswith("#")
    page.locator("#review").screenshot(path=str(ARTIFACTS / f"scorecard-review-{width}.png"))
