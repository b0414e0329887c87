"""`fzscore serve` over HTTP (Starlette's TestClient): the browser face on the same round folder as
`fzscore batch` and `fzscore review`. Logins, CSRF, escaping, uploads and their names, the
server-side index, and the terminal and the app agreeing at every moment."""
from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
import time
from pathlib import Path
from urllib.parse import unquote

import pytest
from starlette.testclient import TestClient
from test_review import SAMPLE, make_round

from scorer.serve.accounts import Throttle, hash_password, read_users
from scorer.serve.app import Config, create_app, is_loopback, safe_upload_name
from scorer.serve.listing import PAGE_SIZE, Query, select

from conftest import run_cli

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@pytest.fixture(scope="module")
def scored_round(tmp_path_factory):
    root = tmp_path_factory.mktemp("served")
    make_round(root / "in")
    out = root / "第一轮"
    assert run_cli("batch", root / "in", "-o", out, "-q", "-j", "2").returncode == 4  # the empty file is not scored
    return out


@pytest.fixture
def round_dir(scored_round, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    out = home / "第一轮"
    shutil.copytree(scored_round, out)
    return out


def token(html: str) -> str:
    m = CSRF.search(html)
    assert m, "the page has no CSRF token"
    return m.group(1)


def client(out: Path, users: dict | None = None, name: str | None = "张三", password: str | None = None) -> TestClient:
    c = TestClient(create_app(Config(rounds=[out], home=out.parent, users=users, jobs=1)))
    c.__enter__()
    if name is not None:
        page = c.get("/login")
        r = c.post("/login", data={"csrf": token(page.text), "name": name, "password": password or "", "next": "/"})
        assert r.status_code == 200 and r.url.path == "/"
    return c


def names(html: str) -> list[str]:
    return re.findall(r'<tr data-name="([^"]+)"', html)


def adjust(c: TestClient, rid: str, name: str, **form) -> object:
    page = c.get(f"/r/{rid}/c/{name}")
    return c.post(f"/r/{rid}/c/{name}/adjust", data={"csrf": token(page.text), **form})


# ---------------------------------------------------------------- who may ask


def test_every_page_asks_for_the_reviewer_once_on_a_loopback_server(round_dir):
    c = client(round_dir, name=None)
    for path in ("/", "/r/第一轮/", "/r/第一轮/c/青石镇"):
        r = c.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/login?next=")
    assert c.get("/draft").status_code == 200  # a writer's draft needs no name
    page = c.get("/login")
    assert "姓名" in page.text and "type=\"password\"" not in page.text
    r = c.post("/login", data={"csrf": token(page.text), "name": "王五", "next": "/r/第一轮/"})
    assert r.url.path == "/r/第一轮/" and "王五" in r.text
    assert c.get("/r/第一轮/c/青石镇").status_code == 200  # asked once: the session keeps it
    adjust(c, "第一轮", "青石镇", check="conformity.deadline", status="pass", reason="页面注明3月28日发布")
    history = run_cli("review", round_dir, "青石镇", "--history").stdout
    assert "王五 调整 按时公开" in history


def test_accounts_need_a_login_record_the_account_and_slow_failed_logins(round_dir):
    users = {"reviewer1": hash_password("correct horse")}
    c = client(round_dir, users=users, name=None)
    r = c.get("/r/第一轮/", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login?next=%2Fr%2F%E7%AC%AC%E4%B8%80%E8%BD%AE%2F"
    assert c.get("/draft", follow_redirects=False).status_code == 303  # with accounts, every page
    page = c.get("/login")
    assert 'type="password"' in page.text
    for _ in range(Throttle.FREE):
        r = c.post("/login", data={"csrf": token(page.text), "name": "reviewer1", "password": "wrong", "next": "/"})
        assert r.status_code == 401 and "用户名或口令不正确" in r.text
    began = time.monotonic()
    r = c.post("/login", data={"csrf": token(page.text), "name": "reviewer1", "password": "wrong again", "next": "/"})
    assert r.status_code == 401 and time.monotonic() - began >= 1.0  # the fourth failure waits
    r = c.post("/login", data={"csrf": token(page.text), "name": "reviewer1", "password": "correct horse",
                               "next": "/r/第一轮/"})
    assert r.status_code == 200 and r.url.path == "/r/第一轮/"
    adjust(c, "第一轮", "青石镇", check="conformity.deadline", status="pass", reason="核实", by="冒名")  # `by` is ignored
    events = sqlite3.connect(round_dir / "review.sqlite").execute("SELECT reviewer FROM events").fetchall()
    assert events == [("reviewer1",)]


def test_a_users_file_holds_a_slow_salted_hash_never_the_password(tmp_path):
    f = tmp_path / "users.txt"
    r = run_cli("users", "add", f, "李四", "--password", "s3cret-pass")
    assert r.returncode == 0, r.stderr
    text = f.read_text(encoding="utf-8")
    assert "s3cret-pass" not in text and "李四:scrypt:" in text
    assert list(read_users(f)) == ["李四"]
    assert oct(f.stat().st_mode & 0o777) == "0o600"
    run_cli("users", "add", f, "王五", "--password", "another-pass")
    again = f.read_text(encoding="utf-8").splitlines()
    assert len({line.rsplit(":", 2)[1] for line in again if not line.startswith("#")}) == 2  # salted: distinct salts
    assert run_cli("users", "list", f).stdout.split() == ["李四", "王五"]
    assert run_cli("users", "add", f, "x", "--password", "short").returncode == 2


def test_a_non_loopback_bind_without_accounts_refuses_to_start(tmp_path):
    r = run_cli("serve", tmp_path, "--host", "0.0.0.0", timeout=30)
    assert r.returncode == 2 and "--users" in r.stderr and "Traceback" not in r.stderr
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.10")


def test_a_post_without_its_csrf_token_is_refused_and_changes_nothing(round_dir):
    c = client(round_dir)
    for data in ({}, {"csrf": "forged"}):
        r = c.post("/r/第一轮/c/青石镇/adjust", data={"check": "conformity.deadline", "status": "pass", "reason": "x", **data})
        assert r.status_code == 403
    other = client(round_dir, name="李四")
    stolen = token(other.get("/").text)  # another session's token is not this one's
    r = c.post("/r/第一轮/c/青石镇/done", data={"csrf": stolen})
    assert r.status_code == 403
    assert not (round_dir / "review.sqlite").exists()


# ---------------------------------------------------------------- escaping


def test_report_text_names_and_reasons_are_escaped_everywhere(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    hostile = SAMPLE.replace("青石镇人民政府", "<script>alert(1)</script>镇人民政府", 1)
    (src / "<b>镇.txt").write_text(hostile, encoding="utf-8")
    out = tmp_path / "home" / "r"
    run_cli("batch", src, "-o", out, "-q", "-j", "1")
    c = client(out)
    index = c.get("/r/r/").text
    assert "<script>alert" not in index
    assert "<b>镇" not in index and "_b_镇" in index  # the output name has no character a path or a page treats specially
    name = names(index)[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in c.get(f"/r/r/c/{name}/card.html").text
    r = adjust(c, "r", name, check="conformity.deadline", status="pass", reason='<img src=x onerror="alert(2)">')
    assert r.status_code == 200
    for text in (r.text, c.get(f"/r/r/c/{name}/card.html").text):
        assert "<img src=x" not in text and "&lt;img src=x onerror=" in text
        assert "<script>alert(1)" not in text


# ---------------------------------------------------------------- the terminal and the page agree


def test_a_review_in_the_terminal_shows_after_a_reload_and_one_in_the_page_shows_in_review_list(round_dir):
    c = client(round_dir)
    page = c.get("/r/第一轮/c/青石镇").text
    assert 'id="review-state" class="rv-none">未复核' in page
    assert run_cli("review", round_dir, "青石镇", "conformity.deadline", "--points", "3", "--reason", "终端复核", "--by", "赵六").returncode == 0
    page = c.get("/r/第一轮/c/青石镇").text
    assert "终端复核" in page and "复核中" in page
    index = c.get("/r/第一轮/?review=in_progress").text
    assert names(index) == ["青石镇"]
    adjust(c, "第一轮", "白沙镇", check="substance.self_critique", points="4", status="partial", reason="页面复核")
    listing = run_cli("review", round_dir, "--list").stdout
    assert re.search(r"复核中\s+白沙镇", listing) and re.search(r"复核中\s+青石镇", listing)
    r = c.post("/r/第一轮/c/青石镇/done", data={"csrf": token(page)})
    assert "已标记复核完成" in r.text
    assert re.search(r"复核完成\s+青石镇", run_cli("review", round_dir, "--list").stdout)
    rows = {r["文件"]: r for r in csv.DictReader(io.StringIO(c.get("/r/第一轮/download/summary.csv").content.decode("utf-8-sig")))}
    assert (rows["青石镇"]["复核状态"], rows["白沙镇"]["复核状态"], rows["司法局"]["复核状态"]) == ("复核完成", "复核中", "未复核")


def test_a_batch_run_in_the_terminal_into_a_served_round_appears_as_it_progresses(round_dir, tmp_path):
    c = client(round_dir)
    before = names(c.get("/r/第一轮/").text)
    more = tmp_path / "more"
    more.mkdir()
    (more / "红石镇.txt").write_text(SAMPLE.replace("青石镇", "红石镇"), encoding="utf-8")
    # a card written by a batch still running (its summaries are not rewritten yet)
    card = json.loads(run_cli("score", more / "红石镇.txt", "--format", "json").stdout)
    (round_dir / "红石镇.json").write_text(json.dumps(card, ensure_ascii=False), encoding="utf-8")
    status = c.get("/r/第一轮/status").json()
    assert status["files"] == len(before) + 2  # + the empty file (not scored) + the new card
    assert sorted(names(c.get("/r/第一轮/").text)) == sorted([*before, "红石镇"])
    assert c.get("/r/第一轮/c/红石镇").status_code == 200


# ---------------------------------------------------------------- uploads


def test_uploads_are_scored_into_the_round_and_keep_what_it_had(round_dir):
    c = client(round_dir)
    page = c.get("/r/第一轮/").text
    files = [("files", ("../../红石镇.txt", SAMPLE.replace("青石镇", "红石镇").encode(), "text/plain")),
             ("files", ("..\\..\\evil:name?.txt", SAMPLE.replace("青石镇", "黑石镇").encode(), "text/plain")),
             ("files", ("程序.exe", b"MZ\x90\x00", "application/octet-stream"))]
    r = c.post("/r/第一轮/upload", data={"csrf": token(page)}, files=files)
    assert r.status_code == 200 and "已上传 2 份" in r.text and "程序.exe：不支持的文件类型" in r.text
    uploads = round_dir / "上传原文"
    assert sorted(p.name for p in uploads.iterdir()) == ["evil_name_.txt", "红石镇.txt"]
    assert not (round_dir.parent.parent / "红石镇.txt").exists()
    for _ in range(300):
        jobs = c.get("/r/第一轮/status").json()["jobs"]
        if jobs and jobs[0]["state"] in ("finished", "failed"):
            break
        time.sleep(0.2)
    assert jobs[0]["state"] == "finished" and jobs[0]["done"] == 2, jobs
    listed = names(c.get("/r/第一轮/").text)
    assert {"青石镇", "白沙镇", "司法局", "红石镇", "evil_name_"} <= set(listed)
    summary = (round_dir / "summary.csv").read_text(encoding="utf-8-sig")
    assert "红石镇" in summary and "白沙镇" in summary  # the round grew; nothing it had was dropped
    assert run_cli("review", round_dir, "红石镇", "conformity.deadline", "--status", "pass", "--reason", "核实", "--by", "钱七").returncode == 0


def test_uploads_beyond_the_size_limit_are_refused_before_they_are_read(round_dir):
    c = client(round_dir)
    page = c.get("/r/第一轮/").text
    r = c.post("/r/第一轮/upload", content=b"x", headers={"content-length": str(600 * 1024 * 1024),
                                                         "content-type": "multipart/form-data; boundary=x"})
    assert r.status_code == 413
    big = ("files", ("大.txt", b"a" * (50 * 1024 * 1024 + 1), "text/plain"))
    r = c.post("/r/第一轮/upload", data={"csrf": token(page)}, files=[big])
    assert "文件超过 50 MB" in r.text and not (round_dir / "上传原文" / "大.txt").exists()


@pytest.mark.parametrize(("given", "saved"), [
    ("../../etc/passwd.txt", "passwd.txt"), ("C:\\Users\\a\\报告.docx", "报告.docx"), (".hidden.txt", "hidden.txt"),
    ('a<b>:"c|?*.pdf', "a_b___c___.pdf"), ("..", "report"), ("x.t/x\x00t", "x.txt"),
])
def test_upload_names_never_reach_a_path_unsanitised(given, saved):
    got = safe_upload_name(given, set())
    assert got == saved or (saved == "x.txt" and "/" not in got and "\x00" not in got)
    assert "/" not in got and "\\" not in got and not got.startswith(".")


def test_a_second_upload_of_the_same_name_is_a_new_file(round_dir):
    taken: set[str] = set()
    assert [safe_upload_name("甲.txt", taken) for _ in range(3)] == ["甲.txt", "甲~2.txt", "甲~3.txt"]


# ---------------------------------------------------------------- the index, server-side


def _rows(n: int) -> list[dict]:
    levels = ["county", "township", "department"]
    return [{"name": f"r{i:05d}", "status": "scored", "issuer": f"{'东西南北'[i % 4]}县{i}", "level": levels[i % 3],
             "score": round(50 + (i * 37) % 50 + 0.5, 1), "grade": "良好" if i % 2 else "合格", "report_year": 2024,
             **({"review": {"state": "done", "score": 90.0}} if i % 10 == 0 else {})} for i in range(n)]


def test_the_index_is_sorted_filtered_and_paged_on_the_server():
    rows = _rows(5000)
    shown, matched, pages = select(rows, Query())
    assert matched == 5000 and pages == 100 and len(shown) == PAGE_SIZE
    assert [r["score"] for r in shown] == sorted((r["score"] for r in rows), reverse=True)[:PAGE_SIZE]
    shown, matched, _ = select(rows, Query(review="pending", level="township"))
    assert matched == sum(1 for r in rows if r["level"] == "township" and "review" not in r)
    shown, matched, _ = select(rows, Query(q="东县", sort="name", desc=False, page=2))
    assert shown[0]["name"] == sorted(r["name"] for r in rows if "东县" in r["issuer"])[PAGE_SIZE]
    shown, _, _ = select(rows, Query(sort="reviewed"))
    assert all("review" in r for r in shown)  # unreviewed rows (no 复核分) go last in either direction
    q = Query.of({"sort": "bogus", "page": "-3", "review": "<x>", "q": "a" * 500})
    assert (q.sort, q.page, q.review, len(q.q)) == ("score", 1, "", 200)


def test_the_index_page_links_pages_and_keeps_the_filter(round_dir):
    c = client(round_dir)
    r = c.get("/r/第一轮/?sort=issuer&order=asc")
    got = names(r.text)
    assert len(got) == 3
    assert 'aria-sort="ascending"' in r.text
    assert names(c.get("/r/第一轮/?q=白沙").text) == ["白沙镇"]
    assert c.get("/r/第一轮/?page=999").status_code == 200


# ---------------------------------------------------------------- a writer's draft


def test_a_draft_is_scored_and_nothing_is_kept(round_dir, tmp_path):
    c = client(round_dir, name=None)
    page = c.get("/draft").text
    before = sorted(p.name for p in round_dir.parent.rglob("*"))
    r = c.post("/draft", data={"csrf": token(page), "text": SAMPLE})
    assert r.status_code == 200 and 'id="scorecard-data"' in r.text and "青石镇人民政府" in r.text
    r = c.post("/draft", data={"csrf": token(page)}, files=[("file", ("草稿.txt", SAMPLE.encode("gb18030"), "text/plain"))])
    assert r.status_code == 200 and 'id="scorecard-data"' in r.text
    r = c.post("/draft", data={"csrf": token(page), "text": "  "})
    assert r.status_code == 400 and "请粘贴草稿全文" in r.text
    assert sorted(p.name for p in round_dir.parent.rglob("*")) == before


def test_the_file_pickers_offer_every_format_the_batch_reads(round_dir):
    import re

    from scorer.round.batch import SUPPORTED

    page = client(round_dir, name=None).get("/draft").text
    accept = re.search(r'accept="([^"]*)"', page).group(1)
    assert set(accept.split(",")) == SUPPORTED and {".odt", ".mht", ".rtf"} <= SUPPORTED


def test_new_rounds_get_safe_folder_names(round_dir):
    c = client(round_dir)
    page = c.get("/").text
    r = c.post("/rounds", data={"csrf": token(page), "name": "../2025/年度"})
    assert r.status_code == 200 and r.url.path.startswith("/r/")
    made = [p.name for p in round_dir.parent.iterdir() if p.name != "第一轮"]
    assert made == ["_2025_年度"] and unquote(r.url.path) == "/r/_2025_年度/"
    assert not (round_dir.parent.parent / "2025").exists()
    r = c.post("/rounds", data={"csrf": token(page), "name": "../2025/年度"})
    assert "已有同名的文件夹" in r.text


def test_a_stopped_server_loses_nothing_it_confirmed(round_dir):
    """An upload saved but not scored, and a decision committed but not written out (the server was
    killed between the two): the next start scores the one and writes out the other."""
    from scorer.round.review.actions import record_adjustment

    (round_dir / "上传原文").mkdir()
    (round_dir / "上传原文" / "红石镇.txt").write_text(SAMPLE.replace("青石镇", "红石镇"), encoding="utf-8")
    record_adjustment(round_dir, "白沙镇", "conformity.deadline", None, "pass", "页面注明发布日期", "张三")
    assert "复核中" not in (round_dir / "summary.csv").read_text(encoding="utf-8-sig")  # not written out yet
    c = client(round_dir)
    for _ in range(300):
        jobs = c.get("/r/第一轮/status").json()["jobs"]
        if jobs and jobs[0]["state"] in ("finished", "failed"):
            break
        time.sleep(0.2)
    assert jobs and jobs[0]["state"] == "finished"
    index = c.get("/r/第一轮/?review=in_progress").text
    assert names(index) == ["白沙镇"]
    assert "红石镇" in names(c.get("/r/第一轮/").text)
    rows = list(csv.DictReader(io.StringIO(c.get("/r/第一轮/download/summary.csv").content.decode("utf-8-sig"))))
    assert [r["复核状态"] for r in rows].count("复核中") == 1
