"""Shared fixtures. The labelled corpus and the contract are in tests/shared (mirrored from ../shared by tools/sync_shared.py)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT / "tests" / "shared"
CORPUS = SHARED / "corpus"
CONTRACT = SHARED / "contract" / "scorecard.schema.json"


def corpus_dir(name: str) -> Path:
    d = CORPUS / name
    if not d.is_dir():
        pytest.fail(f"the labelled corpus is missing from tests/shared ({d} missing) (python tools/sync_shared.py)")
    return d


def corpus_text(name: str) -> str:
    """A labelled report's text: a dev report (seed-…) or a page."""
    folder = "dev" if name.startswith("seed") else "pages"
    return (corpus_dir(folder) / f"{name}.txt").read_text(encoding="utf-8")


def assert_same_report(before: dict, after: dict) -> None:
    """A form-only edit: the score within 0.5, the same parts present, the same verdict."""
    assert abs(after["score"] - before["score"]) <= 0.5, (before["score"], after["score"])
    assert {k: v["present"] for k, v in after["sections"].items()} == {k: v["present"] for k, v in before["sections"].items()}
    assert after["document"]["is_report"] == before["document"]["is_report"]


@pytest.fixture(scope="session")
def rubric():
    from scorer.rubric import load

    return load("default")


@pytest.fixture
def score(rubric):
    """Score a report given as text: score('…', published=None) -> scorecard dict."""
    from scorer.scoring.pipeline import score_text

    def run(text: str, published: str | None = None):
        return score_text(text, rubric, published)

    return run


def check_of(card: dict, check_id: str) -> dict:
    return next(c for c in card["checks"] if c["id"] == check_id)


def run_cli(*args, cwd=None, timeout=None):
    """Run fzscore in a fresh process, as a user would."""
    return subprocess.run([sys.executable, "-m", "scorer", *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          timeout=timeout)


@pytest.fixture(scope="session")
def contract():
    if not CONTRACT.exists():
        pytest.fail(f"the labelled contract is missing from tests/shared ({CONTRACT} missing) (python tools/sync_shared.py)")
    import jsonschema

    return jsonschema.Draft202012Validator(json.loads(CONTRACT.read_text(encoding="utf-8")))


# ---------------------------------------------------------------- a real browser, shared by the browser tests

CHROMIUM = Path(os.environ.get("FZSCORE_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium is not installed at {CHROMIUM} (apt-get install -y chromium fonts-noto-cjk)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed (pip install playwright)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def open_page(browser):
    """open_page(path, width=1280, js=True) -> (page, log): log.errors, log.requests, log.dialogs."""
    contexts = []

    def open_(path: Path, width: int = 1280, height: int = 900, js: bool = True):
        ctx = browser.new_context(viewport={"width": width, "height": height}, java_script_enabled=js)
        contexts.append(ctx)
        page = ctx.new_page()
        log = SimpleNamespace(errors=[], requests=[], dialogs=[])
        page.on("console", lambda m: log.errors.append(f"console: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: log.errors.append(f"pageerror: {e}"))
        page.on("request", lambda r: log.requests.append(r.url))
        page.on("dialog", lambda d: (log.dialogs.append(d.message), d.dismiss()))
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        return page, log

    yield open_
    for ctx in contexts:
        ctx.close()


