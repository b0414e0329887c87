"""Reviews in a batch output folder: finding a report, and keeping every output in step with the store.

`fzscore batch` calls `after_batch` once its reports are scored: reviewed reports get their
`review` block in the JSON and HTML scorecards and in their summary row, and the round's rows
(every file, scored or not, and the files skipped) are kept in ROUND_FILE, so that `fzscore
review` can rewrite index.html, summary.csv and summary.xlsx after each decision and `fzscore
letters` can write the round's 通报 without scoring anything again.
"""
from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from scorer.round.review.state import review_block, row_review
from scorer.round.review.store import STORE_NAME, ReviewError, open_existing

ROUND_FILE = ".fzscore-round.jsonl"  # a header line (checks, skipped, rubric), then one row per file
LOCK_FILE = ".fzscore-review.lock"
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


# ---------------------------------------------------------------- cards


def card_path(out: Path, name: str) -> Path:
    return out / f"{name}.json"


def load_card(out: Path, name: str) -> dict:
    path = card_path(out, name)
    try:
        card = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ReviewError(f"{path}: 找不到评分表（先运行 fzscore batch）") from None
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ReviewError(f"{path}: 不是有效的 JSON 评分表（{exc}）") from None
    if not isinstance(card, dict) or not isinstance(card.get("checks"), list):
        raise ReviewError(f"{path}: 不是 fzscore 的 JSON 评分表")
    return card


def write_card(out: Path, name: str, card: dict, html: bool | None = None) -> None:
    """The JSON scorecard, and the HTML one when the batch wrote HTML (html=None: when the page is
    there), both atomically."""
    from scorer.round.outputs import atomic_write, card_json

    encoded = card_json(card)
    atomic_write(card_path(out, name), encoded)
    page = out / f"{name}.html"
    if html or (html is None and page.exists()):
        from scorer.render.html import render_html_bytes

        atomic_write(page, render_html_bytes(card, encoded))


def with_review(card: dict, events) -> dict:
    block = review_block(card, events, STORE_NAME)
    card = dict(card)
    card.pop("review", None)
    if block is not None:
        card["review"] = block
    return card


# ---------------------------------------------------------------- the round's rows


def after_batch(out: Path, store, skipped: list[dict], rubric_name: str | None, year: int | None = None) -> None:
    """After scoring: put the current reviews into the reviewed reports' cards and rows, then
    keep the round's rows for later commands. An unreadable store leaves the reviews as the last
    run showed them (with a warning naming it) and never costs the round's summaries."""
    with refresh_lock(out):
        histories: dict = {}
        try:
            histories = histories_of(out)
        except ReviewError as err:
            import click

            click.echo(f"fzscore: 警告: {err}；复核结果未更新（新评分的报告不含复核结果）", err=True)
            _keep_last_reviews(out, store)
            write_round(out, store.rows(), store.checks, skipped, rubric_name, year=year)
            return
        touched = [r["name"] for r in store.rows() if r.get("sha256") in histories or r.get("review")]
        rechecks = []
        for name in touched:
            row = store.get(name)
            try:
                card = with_review(load_card(out, name), histories.get(row.get("sha256"), []))
                write_card(out, name, card)
            except (ReviewError, OSError):
                continue  # its card is unreadable: the row stays as scored
            _set_row_review(row, card)
            store.add(row)
            if (row.get("review") or {}).get("state") == "recheck":
                rechecks.append(name)
        write_round(out, store.rows(), store.checks, skipped, rubric_name, _last_event(histories), year)
    if rechecks:
        import click

        click.echo(f"fzscore: 注意: {len(rechecks)} 份报告的机评结果在复核后有变化，待重新复核（{'、'.join(rechecks[:5])}"
                   f"{' 等' if len(rechecks) > 5 else ''}）；用 fzscore review {out} --list 查看", err=True)


def _last_event(histories: dict) -> int:
    return max((events[-1].id for events in histories.values()), default=0)


def _keep_last_reviews(out: Path, store) -> None:
    """Rows of unchanged reports keep the review the last outputs showed (from the kept round)."""
    try:
        last = {(r["name"], r.get("sha256")): r["review"] for r in read_round(out)[1] if r.get("review")}
    except ReviewError:
        return
    for name, sha in [(r["name"], r.get("sha256")) for r in store.rows()]:
        if (name, sha) in last:
            row = store.get(name)
            if not row.get("reused"):
                continue  # scored afresh: its card has no review block
            row["review"] = last[(name, sha)]
            store.add(row)


def _set_row_review(row: dict, card: dict) -> None:
    row.pop("review", None)
    rr = row_review(card.get("review"))
    if rr is not None:
        row["review"] = rr


def write_round(out: Path, rows, checks: dict, skipped: list[dict], rubric_name: str | None,
                review_seq: int | None = None, year: int | None = None) -> None:
    """The round's rows; `review_seq` is the last review event the outputs show (None: not known);
    `year` the round's report year."""
    from scorer.round.outputs import atomic_file

    head = {"version": 1, "checks": checks, "skipped": skipped, "rubric": rubric_name, "review_seq": review_seq,
            "year": year}
    with atomic_file(out / ROUND_FILE, "w") as f:
        f.write(_JSON.encode(head) + "\n")
        for row in rows:
            for derived in ("reused", "off_year", "round_year"):
                row.pop(derived, None)
            f.write(_JSON.encode(row) + "\n")


def histories_of(out: Path) -> dict:
    """Each report's review history from the store of an output folder ({} when there is no store)."""
    reviews = open_existing(out)
    if reviews is None:
        return {}
    with reviews:
        return reviews.by_report()


def read_round(out: Path) -> tuple[dict, list[dict]]:
    """(header, rows) of the last batch run; from the manifest (scored files only) when the round
    was scored before this file existed."""
    path = out / ROUND_FILE
    try:
        with open(path, encoding="utf-8") as f:
            head = json.loads(f.readline())
            return head, [json.loads(line) for line in f if line.strip()]
    except FileNotFoundError:
        pass
    except (OSError, ValueError) as exc:
        raise ReviewError(f"{path}: 无法读取本轮评分记录（{exc}）") from None
    from scorer.round.records import load_manifest

    manifest = load_manifest(out)
    if manifest.path is None:
        raise ReviewError(f"{out}: 不是 fzscore batch 的输出目录（没有评分记录）")
    rows = [manifest.row(name) for name in sorted(manifest.entries)]
    return {"version": 1, "checks": manifest.checks, "skipped": [], "rubric": None}, rows


# ---------------------------------------------------------------- finding a report


def resolve(out: Path, report: str, rows: list[dict] | None = None) -> list[str]:
    """The output names that REPORT means: an output name, or the report's file name or path.
    Several names only when the same file name was submitted in different folders."""
    for name in (report, *(report[: -len(sfx)] for sfx in (".json", ".html") if report.endswith(sfx))):
        if name and os.sep not in name and "/" not in name and card_path(out, name).is_file():
            return [name]
    if rows is None:
        rows = read_round(out)[1]
    by_path = [r["name"] for r in rows if r.get("path") and os.path.abspath(r["path"]) == os.path.abspath(report)]
    if by_path:
        return by_path
    base = os.path.basename(report)
    hits = [r["name"] for r in rows if r.get("path")
            and base in (os.path.basename(r["path"]), os.path.splitext(os.path.basename(r["path"]))[0])]
    if not hits:
        raise ReviewError(f"{out}: 没有找到报告“{report}”（可用 fzscore review {out} --list 查看本轮的报告）")
    return hits


def resolve_one(out: Path, report: str) -> str:
    names = resolve(out, report)
    if len(names) > 1:
        raise ReviewError(f"{out}: “{report}”对应 {len(names)} 份报告（{'、'.join(names)}），请用输出名指明")
    return names[0]


# ---------------------------------------------------------------- keeping outputs in step


@contextlib.contextmanager
def refresh_lock(out: Path):
    """One refresher at a time: each reads the store after taking the lock, so the last one to
    run writes outputs that hold every decision committed before it."""
    try:
        import fcntl
    except ImportError:  # Windows: outputs may lag one concurrent decision; the store never does
        yield
        return
    with open(out / LOCK_FILE, "a+") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def refresh(out: Path, sha256s: set[str], names: tuple[str, ...] | list[str] = ()) -> list[str]:
    """Rewrite the cards of the reports with these contents (and of `names`) and the round's
    summaries, from the store as it is now. Returns the output names rewritten."""
    with refresh_lock(out):
        histories = histories_of(out)
        try:
            head, rows = read_round(out)
        except ReviewError:  # a folder of scorecards without a batch's records: the cards only
            head, rows = None, [{"name": n} for n in names]
        if head is not None:  # decisions a refresher killed before it wrote them out: these too
            shown = head.get("review_seq")
            sha256s = set(sha256s) | {sha for sha, events in histories.items() if shown is None or events[-1].id > shown}
        done = []
        for row in rows:
            if row.get("sha256") not in sha256s and row["name"] not in names:
                continue
            try:
                card = load_card(out, row["name"])
            except ReviewError:
                if row["name"] in names:
                    raise
                continue  # another copy of the same content whose card is gone: nothing to show it on
            card = with_review(card, histories.get((card.get("source") or {}).get("sha256") or "", []))
            write_card(out, row["name"], card)
            _set_row_review(row, card)
            done.append(row["name"])
        if head is not None:
            write_summaries(out, rows, head)
            if (out / ROUND_FILE).exists():  # last: a refresher killed before this is redone by the next
                write_round(out, rows, head.get("checks") or {}, head.get("skipped") or [], head.get("rubric"),
                            _last_event(histories), head.get("year"))
        return done


def remove_reports(out: Path, reports: list[str]) -> list[dict]:
    """Take reports out of the round (`fzscore remove`): their rows, scorecards and letters go and
    the summaries are rewritten; their review history stays in the store (append-only), so a
    report submitted again shows its reviews again. Returns the rows removed."""
    from scorer.round.records import drop_from_manifest

    with refresh_lock(out):
        head, rows = read_round(out)
        names: set[str] = set()
        for report in reports:
            names.update(resolve(out, report, rows))
        gone = [r for r in rows if r["name"] in names]
        rows = [r for r in rows if r["name"] not in names]
        for name in sorted(names):
            for path in (card_path(out, name), out / f"{name}.html", out / "评审意见" / f"{name}-评审意见.docx"):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
        drop_from_manifest(out, names)
        write_round(out, rows, head.get("checks") or {}, head.get("skipped") or [], head.get("rubric"),
                    head.get("review_seq"), head.get("year"))
        write_summaries(out, rows, head)
    return gone


def heal(out: Path) -> None:
    """Bring the outputs up to the store when a decision was committed but never written out
    (its command was killed between the two): cheap when they are in step."""
    store = open_existing(out)
    if store is None or not (out / ROUND_FILE).exists():
        return
    with store:
        last = store.db.execute("SELECT max(id) FROM events").fetchone()[0] or 0
    try:
        with open(out / ROUND_FILE, encoding="utf-8") as f:
            shown = json.loads(f.readline()).get("review_seq")
    except (OSError, ValueError):
        shown = None
    if shown is None or last > shown:
        refresh(out, set())


def write_summaries(out: Path, rows: list[dict], head: dict) -> None:
    """index.html, summary.csv and summary.xlsx again, from the kept rows (no report is rescored)."""
    from scorer.round import summary
    from scorer.round.outputs import Background, write_index
    from scorer.round.records import RowStore, read_analyses

    checks = head.get("checks") or {}
    try:
        run_info = json.loads((out / "run-info.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        run_info = {}
    run_info = {"started": "", "seconds": "", "jobs": "", "rubric": "", "fzscore_version": ""} | run_info
    store = RowStore(out, checks)
    year = head.get("year") or summary.round_year(rows)
    run_info["year"] = year
    try:
        for row in summary.with_year((dict(r) for r in rows), year):
            store.add(row)
        # as in `fzscore batch`: the workbook, the slowest, is written by a child meanwhile
        xlsx = Background("summary.xlsx", summary.write_xlsx, out / "summary.xlsx", store.rows(), checks, len(store))
        try:
            summary.write_csv(out / "summary.csv", store.rows(), checks)
            write_index(out / "index.html", summary.round_stats(store.rows(), checks), store.ranked_rows(),
                        head.get("skipped") or [], run_info, grade_order(head.get("rubric")), store.ranked_rows(off_year=True),
                        read_analyses(out).get("index"))
        except BaseException:
            xlsx.wait()
            raise
        xlsx.finish()
    finally:
        store.close()


def grade_order(rubric_name: str | None) -> list[str]:
    from scorer.rubric import load
    from scorer.text.errors import RubricError

    try:
        grades = load(rubric_name or "default").data["grades"]
    except RubricError:
        grades = load("default").data["grades"]
    return [g["name"] for g in sorted(grades, key=lambda g: -g["min"])]
