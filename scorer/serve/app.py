"""The ASGI application (Starlette): rounds, uploads, the index, scorecards with their review, drafts.

Every page is rendered on demand from what is on disk: the round's rows (round.live), the saved
scorecards with the store's current reviews folded in (round.review.outdir.with_review), the
scorecard page by the same renderer as `fzscore render` (render.html). Every decision goes
through round.review.actions, as `fzscore review` does, so the terminal and the browser always
agree. Report text, file names and reasons reach a page only through Jinja2's autoescape.
"""
from __future__ import annotations

import asyncio
import hmac
import io
import ipaddress
import os
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.base import BaseHTTPMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from scorer.round.live import LiveRound
from scorer.serve.accounts import Session, Sessions, Throttle, verify_password
from scorer.serve.jobs import UPLOADS, Jobs, Refresher, pending_uploads
from scorer.serve.listing import PAGE_SIZE, REVIEW_FILTERS, SORTS, Query, select
from scorer.text.errors import FzscoreError

COOKIE = "fzscore_session"
MAX_FILE_BYTES = 50 * 1024 * 1024  # as the CLI (scorer.reading.MAX_INPUT_BYTES)
MAX_UPLOAD_BYTES = 512 * 1024 * 1024  # one request, however many files
MAX_FILES = 1000
MAX_DRAFT_CHARS = 200_000  # as the CLI's limit on a report's text
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
       "frame-src 'self'; frame-ancestors 'self'; base-uri 'none'; connect-src 'self'")
STATIC = Path(__file__).parent / "static"


@dataclass
class Config:
    rounds: list[Path] = field(default_factory=list)  # round folders served
    home: Path = Path(".")  # where new rounds are made (and existing ones found)
    users: dict[str, str] | None = None  # name -> scrypt hash; None: a loopback server, no accounts
    jobs: int | None = None  # scoring processes per upload (default: every core)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# ---------------------------------------------------------------- rounds


class Rounds:
    """The round folders the server shows, by a URL-safe id (the folder's name, numbered when two share it)."""

    def __init__(self, config: Config):
        self.config = config
        self.by_id: dict[str, Path] = {}
        self.live: dict[str, LiveRound] = {}
        self.scan()

    def scan(self) -> None:
        found = [p.resolve() for p in self.config.rounds]
        try:
            found += sorted(p.resolve() for p in self.config.home.iterdir()
                            if p.is_dir() and not p.name.startswith(".") and is_round(p))
        except OSError:
            pass
        for path in found:
            if path in self.by_id.values():
                continue
            rid, n = path.name, 2
            while rid in self.by_id:
                rid, n = f"{path.name}~{n}", n + 1
            self.by_id[rid] = path
            self.live[rid] = LiveRound(path)

    def get(self, rid: str) -> tuple[Path, LiveRound]:
        if rid not in self.by_id:
            self.scan()
        if rid not in self.by_id:
            raise HTTPException(404, "没有这个评分轮次")
        return self.by_id[rid], self.live[rid]

    def create(self, name: str) -> str:
        from scorer.round.batch import _safe

        clean = _safe(name).strip().strip(".")[:80]
        if not clean:
            raise FzscoreError("轮次名称不能为空")
        path = self.config.home / clean
        if path.exists():
            raise FzscoreError(f"{clean}: 已有同名的文件夹，请换一个名称")
        path.mkdir(parents=True)
        (path / UPLOADS).mkdir()  # what marks a folder as a round before anything is scored in it
        self.scan()
        return next(rid for rid, p in self.by_id.items() if p == path.resolve())


def is_round(path: Path) -> bool:
    return any((path / n).exists() for n in (".fzscore-round.jsonl", ".fzscore-manifest.jsonl", UPLOADS))


# ---------------------------------------------------------------- uploads


def safe_upload_name(filename: str, taken: set[str]) -> str:
    """An uploaded file's name as a file in the uploads folder: its last path component only, no
    character a file system or shell treats specially, no leading dot, not too long, unique."""
    from scorer.round.batch import _safe
    from scorer.round.outputs import fit_name

    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = _safe(stem).strip().lstrip(".") or "report"
    ext = "".join(c for c in ext if c.isalnum())[:8].lower()
    name = fit_name(stem, f".{ext}" if ext else "", base, 200)
    n = 2
    while name in taken:
        name = fit_name(f"{stem}~{n}", f".{ext}" if ext else "", base, 200)
        n += 1
    taken.add(name)
    return name


# ---------------------------------------------------------------- the app


def create_app(config: Config) -> Starlette:
    from jinja2 import Environment, FileSystemLoader

    from scorer.text.resources import resource_dir

    rounds = Rounds(config)
    sessions = Sessions()
    throttle = Throttle()
    jobs = Jobs(config.jobs)
    refresher = Refresher()
    accounts = config.users is not None
    env = Environment(loader=FileSystemLoader(str(resource_dir("templates") / "serve")), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["q"] = lambda s: quote(str(s), safe="")
    from scorer.round.batch import SUPPORTED
    from scorer.text.labels import LEVEL_ZH, ROW_STATUS_ZH, STATUS_ZH, points_text, score_text

    # the upload forms offer what the batch reads (one list: discovery, the upload check and the pickers)
    env.globals.update(level_zh=LEVEL_ZH, status_zh=STATUS_ZH, row_status_zh=ROW_STATUS_ZH, pts=points_text,
                       score_text=score_text, accounts=accounts, accept=",".join(sorted(SUPPORTED)))

    def page(request: Request, template: str, status: int = 200, **data) -> HTMLResponse:
        sess: Session = request.state.session
        flash, sess.flash = sess.flash, []
        html = env.get_template(template).render(csrf=sess.csrf, user=sess.user, flash=flash, **data)
        return HTMLResponse(html, status_code=status)

    def say(request: Request, message: str, kind: str = "ok") -> None:
        request.state.session.flash.append((kind, message))

    async def posted(request: Request, limit: int = 1024 * 1024, max_files: int = 0):
        """The form of a POST, refused without its session's CSRF token or beyond the size limit."""
        length = request.headers.get("content-length")
        if length is None or not length.isdigit():
            raise HTTPException(411, "请求缺少 Content-Length")
        if int(length) > limit:
            raise HTTPException(413, f"上传内容过大（超过 {limit // 1048576} MB）")
        form = await request.form(max_files=max_files, max_fields=100)
        token = form.get("csrf")
        if not isinstance(token, str) or not hmac.compare_digest(token, request.state.session.csrf):
            raise HTTPException(403, "表单已失效或来源不明（缺少 CSRF 令牌），请刷新页面后重试")
        return form

    def back(url: str) -> RedirectResponse:
        return RedirectResponse(url, status_code=303)

    # ------------------------------------------------------------ who is asking

    class Guard(BaseHTTPMiddleware):
        async def dispatch(self, request: Request, call_next):
            sess = sessions.get(request.cookies.get(COOKIE))
            fresh = sess is None
            if sess is None:
                sess = sessions.new()
            request.state.session = sess
            path = request.url.path
            public = path.startswith("/static/") or path in ("/login", "/favicon.ico") or (not accounts and path == "/draft")
            if sess.user is None and not public:
                if request.method == "GET":
                    response: Response = back("/login?next=" + quote(path + (f"?{request.url.query}" if request.url.query else ""), safe=""))
                else:
                    response = HTMLResponse("请先登录", status_code=401)
            else:
                response = await call_next(request)
            if fresh or request.state.session is not sess:
                response.set_cookie(COOKIE, request.state.session.token, httponly=True, samesite="strict", path="/")
            response.headers.setdefault("Content-Security-Policy", CSP)
            response.headers["X-Content-Type-Options"] = "nosniff"
            response.headers["Referrer-Policy"] = "same-origin"
            response.headers.setdefault("X-Frame-Options", "SAMEORIGIN")
            response.headers.setdefault("Cache-Control", "no-store")
            return response

    # ------------------------------------------------------------ login

    def safe_next(url: str | None) -> str:
        return url if url and url.startswith("/") and not url.startswith("//") and "\\" not in url else "/"

    async def login(request: Request):
        nxt = safe_next(request.query_params.get("next"))
        if request.method == "GET":
            return page(request, "login.html.j2", next=nxt)
        form = await posted(request)
        name = str(form.get("name", "")).strip()[:64]
        nxt = safe_next(str(form.get("next", "/")))
        if not accounts:  # a loopback server: the reviewer's name, asked once
            if not name or any(c in name for c in ":\n\r\t"):
                return page(request, "login.html.j2", status=400, next=nxt, error="请填写您的姓名（复核记录将署此名）")
            user = name
        else:
            keys = (f"user:{name}", f"addr:{request.client.host if request.client else ''}")
            wait = throttle.wait_for(*keys)
            if wait:
                await asyncio.sleep(wait)
            stored = (config.users or {}).get(name)
            ok = await run_in_threadpool(verify_password, str(form.get("password", "")),
                                         stored or "scrypt:32768:8:1:AAAAAAAAAAAAAAAAAAAAAA==:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")
            if not (ok and stored):
                throttle.failed(*keys)
                return page(request, "login.html.j2", status=401, next=nxt, error="用户名或口令不正确")
            throttle.succeeded(*keys)
            user = name
        sessions.drop(request.state.session.token)
        request.state.session = sessions.new(user)  # a new session id at login
        return back(nxt)

    async def logout(request: Request):
        await posted(request)
        sessions.drop(request.state.session.token)
        request.state.session = sessions.new()
        return back("/login")

    # ------------------------------------------------------------ rounds

    async def home(request: Request):
        rounds.scan()
        listed = []
        for rid, path in rounds.by_id.items():
            rows = await run_in_threadpool(rounds.live[rid].rows)
            listed.append({"id": rid, "path": str(path), "count": sum(r.get("status") == "scored" for r in rows),
                           "files": len(rows), "running": any(j.state in ("queued", "running") for j in jobs.of_round(rid))})
        return page(request, "home.html.j2", rounds=listed, home_dir=str(config.home))

    async def new_round(request: Request):
        form = await posted(request)
        try:
            rid = rounds.create(str(form.get("name", "")))
        except (FzscoreError, OSError) as exc:
            say(request, str(exc), "error")
            return back("/")
        return back(f"/r/{quote(rid, safe='')}/")

    async def round_index(request: Request):
        rid = request.path_params["rid"]
        out, live = rounds.get(rid)
        in_step = await run_in_threadpool(refresher.wait, out, 3.0)  # decisions just made: shown when written out
        rows = await run_in_threadpool(live.rows)
        q = Query.of(request.query_params)
        shown, matched, pages = select(rows, q)
        from scorer.round.summary import round_stats

        stats = round_stats(rows, live.checks)
        grades = sorted(stats["grades"])
        return page(request, "round.html.j2", rid=rid, out=str(out), rows=shown, matched=matched, pages=pages,
                    q=q, stats=stats, grades=grades, sorts=SORTS, review_filters=REVIEW_FILTERS, page_size=PAGE_SIZE,
                    jobs=[j.public() for j in jobs.of_round(rid)], total_rows=len(rows), in_step=in_step,
                    refresh_error=refresher.errors.get(out),
                    downloads=[n for n in ("summary.xlsx", "summary.csv") if (out / n).exists()])

    async def round_status(request: Request):
        rid = request.path_params["rid"]
        _out, live = rounds.get(rid)
        rows = await run_in_threadpool(live.rows)
        return JSONResponse({"files": len(rows), "stamp": str(live.stamp), "jobs": [j.public() for j in jobs.of_round(rid)]})

    async def upload(request: Request):
        rid = request.path_params["rid"]
        out, _live = rounds.get(rid)
        form = await posted(request, MAX_UPLOAD_BYTES, MAX_FILES)
        folder = out / UPLOADS
        folder.mkdir(parents=True, exist_ok=True)
        taken = set(os.listdir(folder))
        saved, refused = [], []
        for item in form.getlist("files"):
            if isinstance(item, str) or not item.filename:
                continue
            shown = item.filename.replace("\\", "/").rsplit("/", 1)[-1]
            ext = os.path.splitext(shown)[1].lower()
            if ext not in SUPPORTED:
                refused.append(f"{shown}：不支持的文件类型（{ext or '无扩展名'}）")
                continue
            if (item.size or 0) > MAX_FILE_BYTES:
                refused.append(f"{shown}：文件超过 50 MB")
                continue
            target = folder / safe_upload_name(shown, taken)
            data = await item.read()
            if len(data) > MAX_FILE_BYTES:
                refused.append(f"{shown}：文件超过 50 MB")
                continue
            from scorer.round.outputs import atomic_write

            await run_in_threadpool(atomic_write, target, data)
            saved.append(str(target))
        for r in refused:
            say(request, r, "error")
        if saved:
            jobs.start(rid, out, saved)
            say(request, f"已上传 {len(saved)} 份，正在评分（进度见下方）")
        elif not refused:
            say(request, "没有选择文件", "error")
        return back(f"/r/{quote(rid, safe='')}/")

    async def download(request: Request):
        rid, fname = request.path_params["rid"], request.path_params["file"]
        out, _live = rounds.get(rid)
        await run_in_threadpool(refresher.wait, out, 120.0)  # with every decision confirmed so far
        if fname not in ("summary.csv", "summary.xlsx") or not (out / fname).is_file():
            raise HTTPException(404, "没有这个文件")
        return FileResponse(out / fname, filename=f"{rid}-{fname}")

    async def letters(request: Request):
        rid = request.path_params["rid"]
        out, _live = rounds.get(rid)
        form = await posted(request)
        office = str(form.get("office", "")).strip()[:100] or None
        from scorer.round.letters import write_letters

        def make() -> bytes:
            with tempfile.TemporaryDirectory() as tmp:
                write_letters(out, Path(tmp), office=office)
                buf = io.BytesIO()
                with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
                    for p in sorted(Path(tmp).iterdir()):
                        z.write(p, p.name)
                return buf.getvalue()

        try:
            data = await run_in_threadpool(make)
        except (FzscoreError, OSError) as exc:
            say(request, str(exc), "error")
            return back(f"/r/{quote(rid, safe='')}/")
        name = quote(f"{rid}-评审意见.zip")
        return Response(data, media_type="application/zip",
                        headers={"Content-Disposition": f"attachment; filename=\"letters.zip\"; filename*=UTF-8''{name}"})

    # ------------------------------------------------------------ a scorecard and its review

    def known_card(rid: str, name: str) -> tuple[Path, dict]:
        """The round folder and the saved card of `name`; 404 for a name that is not a card of the
        round (a name never carries a path: no separator, no leading dot)."""
        from scorer.round.review.outdir import load_card

        out, _live = rounds.get(rid)
        if not name or name.startswith(".") or any(c in name for c in "/\\\x00") or name == "run-info":
            raise HTTPException(404, "本轮没有这份报告")
        try:
            card = load_card(out, name)
        except FzscoreError:
            raise HTTPException(404, "本轮没有这份报告") from None
        if not isinstance(card.get("source"), dict):
            raise HTTPException(404, "本轮没有这份报告")
        return out, card

    def reviewed_card(rid: str, name: str) -> tuple[dict, list]:
        """The card with the store's current reviews folded in (as every output shows it)."""
        from scorer.round.review.outdir import with_review
        from scorer.round.review.store import open_existing

        out, card = known_card(rid, name)
        events: list = []
        store = open_existing(out)
        if store is not None:
            with store:
                events = store.events(card["source"].get("sha256") or "")
        return with_review(card, events), events

    async def scorecard(request: Request):
        rid, name = request.path_params["rid"], request.path_params["name"]
        card, events = await run_in_threadpool(reviewed_card, rid, name)
        block = card.get("review") or {}
        adjusted = {a["check_id"]: a for a in block.get("adjustments") or []}
        checks = [dict(c, reviewed=adjusted.get(c["id"])) for c in card["checks"]]
        return page(request, "card.html.j2", rid=rid, name=name, card=card, review=block, checks=checks,
                    events=events, reviewable=(card.get("document") or {}).get("is_report") is not False)

    async def scorecard_html(request: Request):
        rid, name = request.path_params["rid"], request.path_params["name"]
        from scorer.render.html import render_html

        card, _events = await run_in_threadpool(reviewed_card, rid, name)
        html = await run_in_threadpool(render_html, card)
        # the page carries its own CSP (inline style and script by hash); ours would block them
        return HTMLResponse(html, headers={"Content-Security-Policy": "frame-ancestors 'self'"})

    async def adjust(request: Request):
        rid, name = request.path_params["rid"], request.path_params["name"]
        out, _card = await run_in_threadpool(known_card, rid, name)
        form = await posted(request)
        from scorer.round.review.actions import record_adjustment

        check_id = str(form.get("check", ""))
        status = str(form.get("status", "")) or None
        raw = str(form.get("points", "")).strip()
        here = f"/r/{quote(rid, safe='')}/c/{quote(name, safe='')}"
        try:
            points = float(raw) if raw else None
        except ValueError:
            say(request, f"得分应为数字，收到“{raw}”", "error")
            return back(f"{here}#rv-{quote(check_id, safe='')}")
        if status not in (None, "pass", "partial", "fail", "not_applicable"):
            status = None
        if status in ("pass", "fail", "not_applicable"):
            points = None  # the outcome decides the points
        try:
            card, check, new_status, new_points = await run_in_threadpool(
                record_adjustment, out, name, check_id, points, status, str(form.get("reason", "")), request.state.session.user)
        except FzscoreError as exc:
            say(request, _short(str(exc), out), "error")
            return back(f"{here}#rv-{quote(check_id, safe='')}")
        refresher.schedule(out, card["source"]["sha256"], name)
        say(request, f"已记录复核：{check.get('name')} → {STATUS_ZH.get(new_status, new_status)} {points_text(new_points)}/{points_text(check['max_points'])}")
        return back(f"{here}#rv-{quote(check['id'], safe='')}")

    async def done(request: Request):
        rid, name = request.path_params["rid"], request.path_params["name"]
        out, _card = await run_in_threadpool(known_card, rid, name)
        form = await posted(request)
        from scorer.round.review.actions import record_done

        here = f"/r/{quote(rid, safe='')}/c/{quote(name, safe='')}"
        try:
            card = await run_in_threadpool(record_done, out, name, request.state.session.user, str(form.get("note", "")))
        except FzscoreError as exc:
            say(request, _short(str(exc), out), "error")
            return back(here)
        refresher.schedule(out, card["source"]["sha256"], name)
        say(request, "已标记复核完成")
        return back(here)

    # ------------------------------------------------------------ a writer's draft

    async def draft(request: Request):
        if request.method == "GET":
            return page(request, "draft.html.j2")
        form = await posted(request, MAX_FILE_BYTES + 1024 * 1024, 1)
        item = form.get("file")
        text = str(form.get("text", ""))
        from scorer.scoring.pipeline import score_data, score_text

        try:
            if item is not None and not isinstance(item, str) and item.filename:
                data = await item.read()
                if len(data) > MAX_FILE_BYTES:
                    raise FzscoreError(f"{item.filename}: 文件超过 50 MB")
                card = await run_in_threadpool(score_data, safe_upload_name(item.filename, set()), data)
            elif text.strip():
                if len(text) > MAX_DRAFT_CHARS:
                    raise FzscoreError(f"草稿超过 {MAX_DRAFT_CHARS:,} 个字符")
                card = await run_in_threadpool(lambda: score_text(text, path="草稿.txt"))
            else:
                raise FzscoreError("请粘贴草稿全文，或选择一个文件")
        except FzscoreError as exc:
            return page(request, "draft.html.j2", status=400, error=str(exc), text=text)
        from scorer.render.html import render_html

        html = await run_in_threadpool(render_html, card)  # nothing is kept on the server
        return HTMLResponse(html, headers={"Content-Security-Policy": "frame-ancestors 'self'"})

    async def on_startup() -> None:
        for rid, path in list(rounds.by_id.items()):
            refresher.schedule(path)  # decisions a stopped server (or a killed command) had not written out
            waiting = pending_uploads(path, rounds.live[rid].rows())  # uploads a stopped server had not scored
            if waiting:
                jobs.start(rid, path, waiting)

    async def on_shutdown() -> None:
        jobs.stop_all()

    async def error(request: Request, exc: Exception):
        status = getattr(exc, "status_code", 500)
        detail = getattr(exc, "detail", "内部错误")
        if not hasattr(request.state, "session"):
            return HTMLResponse(str(detail), status_code=status)
        return page(request, "error.html.j2", status=status, message=detail)

    routes = [
        Route("/", home),
        Route("/login", login, methods=["GET", "POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/rounds", new_round, methods=["POST"]),
        Route("/draft", draft, methods=["GET", "POST"]),
        Route("/r/{rid}/", round_index),
        Route("/r/{rid}/status", round_status),
        Route("/r/{rid}/upload", upload, methods=["POST"]),
        Route("/r/{rid}/letters", letters, methods=["POST"]),
        Route("/r/{rid}/download/{file}", download),
        Route("/r/{rid}/c/{name}", scorecard),
        Route("/r/{rid}/c/{name}/card.html", scorecard_html),
        Route("/r/{rid}/c/{name}/adjust", adjust, methods=["POST"]),
        Route("/r/{rid}/c/{name}/done", done, methods=["POST"]),
        Mount("/static", app=StaticFiles(directory=str(STATIC)), name="static"),
    ]
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(_app):
        await on_startup()
        yield
        await on_shutdown()

    app = Starlette(routes=routes, middleware=[Middleware(Guard)], lifespan=lifespan,
                    exception_handlers={HTTPException: error})
    app.state.rounds, app.state.jobs, app.state.sessions, app.state.refresher = rounds, jobs, sessions, refresher
    return app


def _short(message: str, out: Path) -> str:
    """A store or card error without the server's folder path in front."""
    prefix = str(out)
    return message.split(": ", 1)[1] if message.startswith(prefix) and ": " in message else message
