"""The scorecard leads with the verdict (issue 16): on a laptop (1280×800) and a phone (390×844)
the score, the grade and the three things to fix first are on the first screen, the file facts
come after them, nothing is shown twice, and print puts the verdict and the fixes on page one
with numbered pages. Screenshots go to tests/artifacts/ for a person to look at."""
from __future__ import annotations

import io
import re

import pytest

from test_browser import ARTIFACTS, REPORTS, assert_quiet, rendered, report  # noqa: F401 (fixtures)

pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install playwright)")

SCREENS = ((1280, 800), (390, 844))


def _bottom(page, selector: str) -> float:
    return page.evaluate("s => { const r = document.querySelector(s).getBoundingClientRect(); return r.bottom; }", selector)


@pytest.mark.parametrize("width, height", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_the_verdict_and_the_top_fixes_are_the_first_screen(open_page, rendered, report, width, height):  # noqa: F811
    card, path = rendered(report)
    page, log = open_page(path, width=width, height=height)
    for sel in ("#score-value", "#grade-value", "#top-fixes"):
        assert page.locator(sel).is_visible(), sel
        assert _bottom(page, sel) <= height, (sel, _bottom(page, sel))
    shown = page.locator("#top-fixes li").all_inner_texts()
    by_id = {c["id"]: c for c in card["checks"]}
    assert len(shown) == min(3, len(card["fix_first"]))
    for text, cid in zip(shown, card["fix_first"]):
        assert by_id[cid]["name"] in text
    # the file facts come after the verdict, not before it
    top_of = "s => document.querySelector(s).getBoundingClientRect().top"
    assert page.evaluate(top_of, "#about") > page.evaluate(top_of, "#verdict")
    assert card["source"]["sha256"] in page.locator("#about").inner_text()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{report.stem}-first-screen-{width}.png"))
    assert_quiet(page, log, path)


def test_deductions_are_not_shown_twice(open_page, rendered, report):  # noqa: F811
    card, path = rendered(report)
    page, _ = open_page(path)
    for cid in card["fix_first"]:
        article = page.locator(f'#checks article[data-check="{cid}"]')
        assert article.count() == 1 and article.locator("ul.evidence").count() == 0, cid
        assert page.locator(f'#fix li[data-check="{cid}"] ul.evidence').count() <= 1


def test_print_puts_the_verdict_and_the_fixes_on_page_one_and_numbers_pages(open_page, rendered):  # noqa: F811
    if not REPORTS:
        pytest.fail("the labelled corpus is missing from tests/shared (python tools/sync_shared.py)")
    from pypdf import PdfReader

    card, path = rendered(REPORTS[0])
    page, _ = open_page(path)
    page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True, display_header_footer=False)))
    first = pdf.pages[0].extract_text()
    assert "结论" in first and "最需要改进" in first and str(card["score"]) in first
    # the PDF's text layer spells 页 with a radical form (⻚): match any character there
    n = len(pdf.pages)
    assert all(re.search(rf"第 {i} \S，共 {n} \S", p.extract_text()) for i, p in enumerate(pdf.pages, start=1))
