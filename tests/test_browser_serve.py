"""`fzscore serve` in a real browser (Playwright driving Debian's Chromium): upload, watch the
progress, open a scorecard, adjust a check with the keyboard, see the new score in the index and
in the downloaded spreadsheet; two reviewers at once; hostile text stays text; logins and CSRF."""
from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from test_review import SAMPLE, make_round

from conftest import run_cli
from test_browser import ARTIFACTS

pytest.importorskip("uvicorn")


class Server:
    """The app under uvicorn on a free loopback port, in a thread of this process."""

    def __init__(self, out: Path, users: dict | None = None):
        import uvicorn

        from scorer.serve.app import Config, create_app

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        app = create_app(Config(rounds=[out], home=out.parent, users=users, jobs=1))
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        for _ in range(200):
            if self.server.started:
                break
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def scored_round(tmp_path_factory):
    root = tmp_path_factory.mktemp("served-browser")
    make_round(root / "in")
    out = root / "home" / "第一轮"
    run_cli("batch", root / "in", "-o", out, "-q", "-j", "2")
    return out


@pytest.fixture
def served(scored_round, tmp_path):
    out = tmp_path / "home" / "第一轮"
    shutil.copytree(scored_round, out)
    server = Server(out)
    yield server, out
    server.stop()


def login(page, url: str, name: str = "张三") -> None:
    page.goto(url + "/")
    assert "/login" in page.url
    page.fill("input[name=name]", name)
    page.keyboard.press("Enter")
    page.wait_for_url(url + "/")


def watch(page, log: list) -> None:
    page.on("pageerror", lambda e: log.append(f"pageerror: {e}"))
    page.on("dialog", lambda d: (log.append(f"dialog: {d.message}"), d.dismiss()))
    page.on("request", lambda r: None if r.url.startswith(("http://127.0.0.1", "data:", "about:")) else log.append(f"left: {r.url}"))


def test_upload_progress_review_with_the_keyboard_index_and_spreadsheet(browser, served, tmp_path):
    server, out = served
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page = ctx.new_page()
    log: list = []
    watch(page, log)
    login(page, server.url)
    page.click("text=第一轮")
    uploads = []
    for town in ("红石镇", "黑石镇", "金石镇"):
        f = tmp_path / f"{town}.txt"
        f.write_text(SAMPLE.replace("青石镇", town), encoding="utf-8")
        uploads.append(str(f))
    page.set_input_files("#files", uploads)
    page.click("text=上传并评分")
    assert "已上传 3 份" in page.locator(".flash").first.inner_text()
    page.wait_for_selector("tr[data-name='金石镇']", timeout=60_000)  # the page follows the progress and reloads
    for _ in range(900):  # the page reloads itself as the job ends (its summaries written: slow on a busy machine)
        if "评分完成" in page.locator("#progress").inner_text():
            break
        time.sleep(0.2)
    assert "评分完成" in page.locator("#progress").inner_text()
    # open a scorecard and adjust a check, with the keyboard only
    page.click("tr[data-name='金石镇'] a")
    assert page.locator("#review-state").inner_text() == "未复核"
    machine = page.locator("#machine-score").inner_text()
    summary = page.locator("#rv-conformity\\.deadline summary")
    summary.focus()
    page.keyboard.press("Enter")
    form = page.locator("#rv-conformity\\.deadline form")
    form.locator("select[name=status]").focus()
    page.keyboard.press("Tab")  # to the points field: not needed for 通过
    page.keyboard.press("Tab")
    page.keyboard.type("页面注明3月28日发布")
    form.locator("select[name=status]").select_option("pass")
    form.locator("button").focus()
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert "已记录复核" in page.locator(".flash").first.inner_text()
    reviewed = page.locator("#reviewed-score").inner_text()
    assert float(reviewed) > float(machine)
    assert "复核中" in page.locator("#review-state").inner_text()
    # the index shows it, and the downloaded spreadsheet has it
    page.click("nav.crumbs a >> nth=1") if page.locator("nav.crumbs").count() else page.click(".crumbs a >> nth=1")
    row = page.locator("tr[data-name='金石镇']")
    assert reviewed in row.locator("td.rscore").inner_text() and "复核中" in row.inner_text()
    with page.expect_download() as dl:
        page.click("text=汇总表（Excel）")
    path = tmp_path / "summary.xlsx"
    dl.value.save_as(path)
    import openpyxl

    ws = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    table = [list(r) for r in ws.iter_rows(values_only=True)]
    head = table[0]
    jin = next(r for r in table if any(str(v).startswith("金石镇") for v in r if v))
    assert float(jin[head.index("复核得分")]) == float(reviewed)
    assert log == []
    page.screenshot(path=str(ARTIFACTS / "serve-index-1280.png"), full_page=True)
    ctx.close()


def test_two_reviewers_adjusting_different_checks_at_once_lose_nothing(browser, served):
    server, out = served
    pages = []
    for who in ("甲审核员", "乙审核员"):
        ctx = browser.new_context()
        page = ctx.new_page()
        login(page, server.url, who)
        page.goto(server.url + "/r/%E7%AC%AC%E4%B8%80%E8%BD%AE/c/%E9%9D%92%E7%9F%B3%E9%95%87")  # /r/第一轮/c/青石镇
        pages.append(page)
    for page, (check, reason) in zip(pages, (("conformity.deadline", "页面注明3月28日发布"), ("conformity.placeholders", "XX名为引文"))):
        box = page.locator(f"[id='rv-{check}']")
        box.locator("summary").click()
        box.locator("select[name=status]").select_option("pass")
        box.locator("textarea").fill(reason)
    # both forms were loaded before either was sent: the second must not undo the first
    for page in pages:
        page.locator("details[open] button").click(no_wait_after=True)
    for page in pages:
        page.wait_for_selector(".flash", timeout=30_000)
    pages[0].reload()
    history = pages[0].locator(".history").inner_text()
    assert "页面注明3月28日发布" in history and "XX名为引文" in history
    assert "甲审核员" in history and "乙审核员" in history
    text = run_cli("review", out, "青石镇", "--history").stdout
    assert "甲审核员 调整 按时公开" in text and "乙审核员 调整 无模板占位符" in text
    for page in pages:
        page.context.close()


def test_a_script_in_a_report_and_an_img_in_a_reason_render_as_text(browser, tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "镇.txt").write_text(SAMPLE.replace("推进法治政府建设的主要举措和成效", "推进<script>alert('report')</script>的主要举措和成效", 1),
                               encoding="utf-8")
    out = tmp_path / "home" / "r"
    run_cli("batch", src, "-o", out, "-q", "-j", "1")
    server = Server(out)
    try:
        ctx = browser.new_context()
        page = ctx.new_page()
        log: list = []
        watch(page, log)
        login(page, server.url)
        page.goto(server.url + "/r/r/c/%E9%95%87")
        box = page.locator("[id='rv-conformity.deadline']")
        box.locator("summary").click()
        box.locator("select[name=status]").select_option("pass")
        box.locator("textarea").fill('<img src=x onerror="alert(\'reason\')">')
        box.locator("button").click()
        page.wait_for_load_state()
        assert '<img src=x onerror="alert(\'reason\')">' in page.locator(".history").inner_text()
        assert page.locator("main img").count() == 0
        frame = page.frame_locator("#scorecard-frame")
        assert "<script>alert('report')</script>" in frame.locator("body").inner_text()
        assert '<img src=x onerror' in frame.locator("body").inner_text()
        time.sleep(0.5)
        assert [e for e in log if e.startswith("dialog")] == []
        ctx.close()
    finally:
        server.stop()


def test_a_form_posted_without_its_csrf_token_is_refused(browser, served):
    server, out = served
    ctx = browser.new_context()
    page = ctx.new_page()
    login(page, server.url)
    page.goto(server.url + "/r/%E7%AC%AC%E4%B8%80%E8%BD%AE/c/%E9%9D%92%E7%9F%B3%E9%95%87")
    page.evaluate("document.querySelectorAll('input[name=csrf]').forEach(e => e.remove())")
    page.locator("form.done-form button").click()
    page.wait_for_load_state()
    assert "CSRF" in page.locator("body").inner_text()
    assert not (out / "review.sqlite").exists()
    ctx.close()


def test_a_page_without_a_login_redirects_to_it(browser, scored_round, tmp_path):
    from scorer.serve.accounts import hash_password

    out = tmp_path / "home" / "第一轮"
    shutil.copytree(scored_round, out)
    server = Server(out, users={"reviewer1": hash_password("correct horse")})
    try:
        ctx = browser.new_context()
        page = ctx.new_page()
        page.goto(server.url + "/r/%E7%AC%AC%E4%B8%80%E8%BD%AE/")
        assert re.search(r"/login\?next=", page.url)
        page.fill("input[name=name]", "reviewer1")
        page.fill("input[name=password]", "correct horse")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r".*/r/.*"))
        assert page.locator("#reports tbody tr").count() == 3
        ctx.close()
    finally:
        server.stop()


@pytest.mark.parametrize("width", [1280, 390])
def test_the_pages_fit_the_screen(browser, served, width):
    server, out = served
    ctx = browser.new_context(viewport={"width": width, "height": 900})
    page = ctx.new_page()
    log: list = []
    watch(page, log)
    login(page, server.url)
    for path in ("/", "/r/%E7%AC%AC%E4%B8%80%E8%BD%AE/", "/r/%E7%AC%AC%E4%B8%80%E8%BD%AE/c/%E9%9D%92%E7%9F%B3%E9%95%87", "/draft"):
        page.goto(server.url + path)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), path
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"serve{path.replace('/', '_').replace('%', '')[:40]}-{width}.png"))
    assert log == []
    ctx.close()
