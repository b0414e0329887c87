"""The HTML scorecard in a real browser: Debian's Chromium (/usr/bin/chromium) driven by the
Python playwright package. `playwright install` is not needed and not used.

For every report of the shared dev corpus: the visible score is the card's, every required part
has its checklist row, following an evidence link brings its line into view, the console stays
clean, nothing is requested but the page itself, nothing overflows at 1280 and 390 px, and the
page still reads with JavaScript off. Screenshots go to tests/artifacts/ (gitignored).

Skipped, with the reason, when playwright or Chromium is missing:
    apt-get install -y chromium fonts-noto-cjk && pip install playwright
"""
from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install playwright)")

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "shared" / "corpus" / "dev"
ARTIFACTS = ROOT / "tests" / "artifacts"
REPORTS = sorted(DEV.glob("*.txt")) if DEV.is_dir() else []
WIDTHS = (1280, 390)


@pytest.fixture(scope="session")
def rendered(tmp_path_factory):
    """report path -> (card, html file), scored in-process and rendered once per session."""
    from scorer.render.html import render_html
    from scorer.scoring.pipeline import score_path

    out = tmp_path_factory.mktemp("html")
    cache = {}

    def get(report: Path):
        if report not in cache:
            card = score_path(str(report))
            path = out / f"{report.stem}.scorecard.html"
            path.write_text(render_html(card), encoding="utf-8")
            cache[report] = (card, path)
        return cache[report]

    return get


@pytest.fixture(params=REPORTS or [None], ids=[r.stem for r in REPORTS] or ["no-corpus"])
def report(request):
    if request.param is None:
        pytest.fail(f"the labelled corpus is missing from tests/shared ({DEV} missing) (python tools/sync_shared.py)")
    return request.param


def in_view(page, element_id: str) -> bool:
    return page.evaluate(
        """id => { const el = document.getElementById(id); if (!el) return false;
                   const r = el.getBoundingClientRect();
                   return r.height > 0 && r.top >= 0 && r.top < window.innerHeight; }""", element_id)


def assert_quiet(page, log, path: Path):
    assert log.errors == [], log.errors
    assert log.dialogs == [], log.dialogs
    assert log.requests == [path.as_uri()], log.requests


def assert_verdict_and_checklist(page, card):
    score = page.locator("#score-value")
    assert score.is_visible()
    assert float(score.inner_text()) == card["score"]
    assert page.locator("#grade-value").inner_text() == card["grade"]
    for sid, sec in card["sections"].items():
        if not sec.get("required", True):
            continue
        row = page.locator(f'tr[data-section="{sid}"]')
        assert row.count() == 1 and row.is_visible(), sid
        text = row.inner_text()
        assert sec["name"] in text
        assert ("已写" in text or "嵌入" in text) if sec["present"] else "缺失" in text, (sid, text)
        if sec["present"]:
            assert f"第 {sec['line']} 行" in text


def test_dev_report_in_the_browser(open_page, rendered, report):
    card, path = rendered(report)
    page, log = open_page(path)
    assert page.title().startswith("评分表")
    assert_verdict_and_checklist(page, card)

    # An evidence link (the first deduction's, else a part's line) brings its line into view.
    link = page.locator("#fix a.lineref[href^='#L']").first
    if not link.count():
        link = page.locator("#parts a[href^='#L']").first
    target = link.get_attribute("href")[1:]
    assert not in_view(page, target)
    link.click()
    assert page.evaluate("location.hash") == f"#{target}"
    assert in_view(page, target), target

    # A line's link back to a passed check opens the collapsed group and shows the check.
    back = page.locator("#text a.ref.st-pass").first
    if back.count():
        check_id = back.get_attribute("href")[1:]
        back.scroll_into_view_if_needed()
        assert not page.evaluate("document.getElementById('group-pass').open")
        back.click()
        assert page.evaluate("document.getElementById('group-pass').open")
        assert in_view(page, check_id), check_id

    assert page.locator("#json-download button").count() == 1  # added by the script
    # The embedded JSON is the card.
    assert page.evaluate("JSON.parse(document.getElementById('scorecard-data').textContent)") == card
    assert_quiet(page, log, path)


@pytest.mark.parametrize("width", WIDTHS)
def test_no_horizontal_overflow_and_screenshots(open_page, rendered, report, width):
    card, path = rendered(report)
    page, log = open_page(path, width=width)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (
        page.evaluate("document.documentElement.scrollWidth"), width)
    wide = page.evaluate(
        """() => [...document.querySelectorAll('body *')]
             .filter(el => !el.closest('.table-wrap') && el.getBoundingClientRect().right > window.innerWidth + 1)
             .map(el => el.tagName + '.' + el.className).slice(0, 5)""")
    assert wide == [], wide
    for box in page.locator(".table-wrap").all():  # the tables fit without their own scrollbar
        assert box.evaluate("el => el.scrollWidth <= el.clientWidth + 1"), width
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{report.stem}-{width}.png"), full_page=True)
    assert_quiet(page, log, path)


def test_readable_without_javascript(open_page, rendered, report):
    card, path = rendered(report)
    page, log = open_page(path, width=390, js=False)
    assert_verdict_and_checklist(page, card)
    assert page.locator("#fix").is_visible() and page.locator("#text").is_visible()
    assert page.locator("#json-download button").count() == 0  # the JS-only button is not there
    link = page.locator("#parts a[href^='#L']").first
    target = link.get_attribute("href")[1:]
    link.click()
    assert in_view(page, target), target
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert_quiet(page, log, path)


def test_print_layout_keeps_the_verdict_and_drops_the_text(open_page, rendered):
    if not REPORTS:
        pytest.fail(f"the labelled corpus is missing from tests/shared ({DEV} missing) (python tools/sync_shared.py)")
    card, path = rendered(REPORTS[0])
    page, log = open_page(path)
    page.emulate_media(media="print")
    for sel in ("#verdict", "#parts", "#fix", "#score-value"):
        assert page.locator(sel).is_visible(), sel
    assert not page.locator("#text").is_visible()
    if page.locator("#group-pass").count():
        assert not page.locator("#group-pass").is_visible()
    assert not page.locator("nav.toc").is_visible()
    pdf = page.pdf(format="A4", print_background=True)
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") + pdf.count(b"/Type/Page") >= 1
    assert_quiet(page, log, path)


HOSTILE = """青石镇人民政府关于2024年法治政府建设情况的报告

发布日期：2025-03-08

2024年，青石镇<script>window.__pwned = 1; alert(1)</script></textarea>{{ 7*7 }}{% if 1 %}x{% endif %}依法行政。
一、推进法治政府建设的主要举措和成效
全年审查合同46份<img src=x onerror="window.__pwned = 2">，<a href="javascript:window.__pwned = 3">点击</a>javascript:alert(4)。
二、党政主要负责人履行推进法治建设第一责任人职责情况
镇党委书记专题研究法治工作4次</script><script>window.__pwned = 5</script>。
三、存在的不足和原因
一是执法人员持证率仅60%，原因是新进人员较多。<style>body{display:none}</style>
四、2025年推进法治政府建设的主要安排
一是年内持证率达到100%。<iframe src="https://example.com/"></iframe><link rel=stylesheet href="https://example.com/x.css">
详见https://www.example.gov.cn/zwgk/fzzfjs/2025/03/08/a0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.html
青石镇人民政府
2025年3月8日
"""


def test_hostile_report_text_stays_text(open_page, tmp_path):
    from scorer.render.html import render_html
    from scorer.scoring.pipeline import score_text

    card = score_text(HOSTILE)
    path = tmp_path / "hostile.html"
    path.write_text(render_html(card), encoding="utf-8")
    page, log = open_page(path, width=390)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # the long URL wraps
    page.locator("#text a.ref, #text a.no").last.click()  # give any injected handler a chance
    assert page.evaluate("window.__pwned") is None
    for n, raw in enumerate(card["text"], 1):
        shown = page.locator(f"#L{n} .tx").evaluate(
            "el => { const c = el.cloneNode(true); c.querySelectorAll('.refs,.chrome-tag').forEach(x => x.remove());"
            " return c.textContent; }")
        assert shown == raw, n
    assert page.locator("iframe, img, textarea, link, #text script, #text style").count() == 0
    assert page.locator("#text").is_visible()
    assert_quiet(page, log, path)


def test_not_a_report_in_the_browser(open_page, tmp_path):
    from scorer.render.html import render_html
    from scorer.scoring.pipeline import score_text

    card = score_text("关于印发2025年法治政府建设工作要点的通知\n\n各科室：\n现将《2025年法治政府建设工作要点》印发给你们，"
                      "请认真贯彻落实。\n\nXX局\n2025年3月1日\n")
    assert card["document"]["is_report"] is False
    path = tmp_path / "notice.html"
    path.write_text(render_html(card), encoding="utf-8")
    page, log = open_page(path, width=390)
    banner = page.locator("#not-report")
    assert banner.is_visible() and "不是法治政府建设年度报告" in banner.inner_text()
    assert card["document"]["not_report_reason"] in banner.inner_text()
    assert page.locator("#score-value").inner_text() == "未评分"
    assert page.locator(".gauge-arc").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert_quiet(page, log, path)
