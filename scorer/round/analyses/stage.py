"""The analyses as one stage of `fzscore batch`: after scoring, before the summaries.

Year over year is done before this stage, in the worker that scores each report (`fold_last_year`,
called by scorer.round.batch): last year's reports and the boilerplate its comparison leaves out are
read before the workers start (`load_previous`), and a matched report's card is written once, with
the comparison in it, and its row says what the round needs (`year_fields`). This stage reads the
round's rows and the fingerprints the workers wrote, finds the copied pairs, folds them into the
affected scorecards (facts.round, judged by the rubric's round_finding checks) with the comparison
the card already holds, compares again only a card whose comparison is not with the current last
year (a report of an earlier run kept in the round), and writes duplicates.csv and a side-by-side
page per pair. Returns what index.html shows of them.
"""
from __future__ import annotations

import csv
import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import cast

import numpy as np

from scorer.round.analyses import copying, followup, sketch
from scorer.round.outputs import card_from_json
from scorer.round.records import ANALYSES, read_analyses
from scorer.scoring.card import Scorecard

STATE_FILE = ANALYSES
PAIR_DIR = "pairs"
INDEX_PAIRS = 300  # pairs listed on index.html (all are in duplicates.csv)


def _load_card(out: Path, name: str) -> dict | None:
    try:
        card = card_from_json((out / f"{name}.json").read_bytes())
    except (OSError, ValueError):
        return None
    return card if isinstance(card, dict) else None


@functools.cache
def _rubric_strings() -> np.ndarray:
    """The k-gram hashes of every shipped rubric's own wording (made once per process: the batch's
    parent makes them before its workers fork, for last year's comparison, and the copying stage
    uses them again)."""
    from scorer.rubric import load, shipped_rubrics

    strings: list[str] = []
    for name in shipped_rubrics():
        data = load(name).data
        strings += [s for key in ("vocabulary", "plans", "sections") for s in copying.strings_of(data.get(key))]
        strings += [s for c in data.get("checks") or [] for k, v in c.items()
                    if k not in ("examples", "messages", "fix", "basis", "name") for s in copying.strings_of(v)]
    return copying.rubric_boilerplate(strings)


def run_analyses(out: Path, store, rubric_name: str | None, previous: str | None = None, pair_pages: bool = True, *,
                 summary_row: Callable[[dict], dict], discover: Callable,
                 loaded: followup.LastYear | None = None, jobs: int = 1) -> dict:
    """summary_row and discover are the batch's (a card's row, the files of a folder): passed in, as
    the batch imports this stage. `loaded`: last year's round as load_previous gave it (the batch
    reads it before scoring, and its workers compared each report they scored); `jobs`: processes
    for the reports whose cards change here."""
    scored = [(r["name"], r.get("issuer")) for r in store.rows(("scored",))]
    entries = []
    for name, issuer in scored:
        got = sketch.read_sketch(str(out), name)
        if got is None:  # a round scored before fingerprints were kept
            card = _load_card(out, name)
            if card is None:
                continue
            sketch.write_sketch(str(out), name, card)
            got = sketch.read_sketch(str(out), name)
            if got is None:
                continue
        entries.append(copying.Entry(name, followup.issuer_key(issuer), got[0], got[1]))
    extra = _rubric_strings()
    pairs, _boiler = copying.find_pairs(entries, lambda n: _text(out, n), extra)
    issuers = dict(scored)
    facts: dict[str, dict] = {}
    for p in pairs:
        for me, other, share, side in ((p.a, p.b, p.share_a, "a"), (p.b, p.a, p.share_b, "b")):
            mine = facts.setdefault(me, {}).setdefault("copying", {"pairs": []})
            lines = []
            for ps in p.passages:
                my, their = (ps["a_lines"], ps["b_lines"]) if side == "a" else (ps["b_lines"], ps["a_lines"])
                if my is None:
                    continue
                lines.append({"line": my[0], "to_line": my[1], "text": "", "other_line": their[0] if their else None})
            mine["pairs"].append({"other_report": other, "issuer": issuers.get(other), "share": share, "lines": lines})
    named = None
    if rubric_name:
        from scorer.rubric import load

        named = load(rubric_name)  # once per run, not once per card
    last = None if not previous else loaded if loaded is not None else load_previous(previous, discover)
    changed = _per_report(out, store, facts, named, summary_row, last, jobs)
    prev_summary = None if last is None or previous is None else _year_summary(store, last, previous)
    rows = _pair_rows(pairs, issuers)
    _write_csv(out / "duplicates.csv", rows)
    if pair_pages:
        _write_pair_pages(out, pairs, issuers)
    found = {"pairs": rows[:INDEX_PAIRS], "pair_count": len(rows), "reports_compared": len(entries),
             "flagged": len(facts), "previous": prev_summary, "cards_updated": changed}
    from scorer.round.outputs import atomic_write

    # the copy-flagged reports (their flags are cleared when no longer found), and the summary kept for
    # the index written again after a review (scorer.round.review.outdir.write_summaries)
    atomic_write(out / STATE_FILE, json.dumps({"flagged": sorted(facts), "index": found}, ensure_ascii=False))
    return found


def _text(out: Path, name: str):
    stored = sketch.read_text(str(out), name)  # written by the worker beside the fingerprints
    if stored is not None:
        return stored
    card = _load_card(out, name)
    return sketch.card_text(card) if card is not None else None


def _rubric_of(card: dict, named):
    """The rubric a card is judged by, as the batch chose it: the one named for the run, or the shipped one in force."""
    from scorer.rubric import for_level

    doc = card.get("document") or {}
    return named or for_level(doc.get("level"), doc.get("report_year"))


def load_previous(previous: str, discover: Callable) -> followup.LastYear:
    """Last year's round: its reports by issuer key, the files that could not be read, and what a
    comparison leaves out of the reused passages (the boilerplate learned from last year's reports,
    and the rubric's own wording)."""
    last = followup.load_previous(Path(previous), discover)
    last.boilerplate = np.union1d(last.learned, _rubric_strings())
    return last


def matched(before: dict[str, followup.Previous], issuer: str | None, path: str | None) -> followup.Previous | None:
    """Last year's report of a report's issuer (not the same file scored again)."""
    prev = before.get(followup.issuer_key(issuer))
    return None if prev is None or followup.same_file(prev.path, path) else prev


def fold_last_year(card: dict, prev: followup.Previous, last: followup.LastYear, named, now_text=None,
                   found: dict | None = None) -> tuple[dict, dict]:
    """The card compared with last year's report and the comparison folded in (with any other round
    findings in `found`), and the comparison; `now_text`: the card's text as sketch.card_text gives it,
    when the caller has it (the worker's sketch file holds it)."""
    from scorer.scoring.scorecard import apply_round_facts

    rubric = _rubric_of(card, named)
    compared = _compare(card, prev, last, rubric, now_text)
    folded = dict(apply_round_facts(cast(Scorecard, card), rubric, dict(found or {}, previous=compared)))
    return folded, compared


def _compare(card: dict, prev: followup.Previous, last: followup.LastYear, rubric, now_text) -> dict:
    return followup.compare(card, prev, last.boilerplate, followup.Parts.of(rubric.checks), rubric.vocabulary,
                            now_text=now_text)


def year_fields(compared: dict | None, key: str | None) -> dict:
    """What a report's row keeps of its comparison with last year's: the 较上年 column, and for the
    round's summary whether it was matched (with the key of what it was compared against: see
    LastYear.key) and its repeated shortcomings (their count and first texts)."""
    compared = compared or {}
    fields: dict = {"score_change": compared.get("score_change"), "previous_score": compared.get("previous_score")}
    if key is not None:
        repeated = [r["text"][:60] for r in compared.get("repeated") or []]
        fields["last_year"] = {"key": key, "repeated": len(repeated), "items": repeated[:5]}
    return fields


def _year_summary(store, last: followup.LastYear, previous: str) -> dict:
    """The round's year over year for index.html, from the rows: reports matched, repeated shortcomings."""
    matched_count = 0
    repeated_list = []
    for row in store.rows(("scored",)):
        year = row.get("last_year")
        if not year:
            continue
        matched_count += 1
        if year["repeated"]:
            repeated_list.append({"name": row["name"], "issuer": row.get("issuer"), "count": year["repeated"],
                                  "items": year["items"]})
    repeated_list.sort(key=lambda r: (-r["count"], r["name"]))
    return {"folder": str(Path(previous)), "reports": len(last.reports), "matched": matched_count,
            "repeated": repeated_list, "problems": last.problems[:20]}


# What the per-report part reads, set before its processes fork (they inherit it).
_SHARED: dict = {}
MIN_PER_PROCESS = 8  # reports for each process before the part is shared out: forking one costs a few ms


def _per_report(out: Path, store, facts: dict, named, summary_row: Callable[[dict], dict],
                last: followup.LastYear | None, jobs: int) -> int:
    """The copying findings folded into the affected cards and rows (cards flagged by the last run and
    not now are cleared), keeping the comparison with last year's each card holds; a card whose
    comparison is not with the current last year (its row's key: a report kept from an earlier run
    into the folder, or scored with another --previous or none) is compared again, or has it
    cleared. Reports are done in `jobs` processes when there are many (forked: they share what is
    loaded). Returns how many cards changed."""
    flagged_before = set(read_analyses(out).get("flagged") or [])
    before = last.reports if last is not None else {}
    todo = []
    for row in store.rows():
        name = row["name"]
        prev = matched(before, row.get("issuer"), row.get("path")) if row.get("status") == "scored" else None
        want = last.key(prev) if prev is not None and last is not None else None
        redo = want != (row.get("last_year") or {}).get("key")
        if redo or name in facts or name in flagged_before:
            todo.append((name, row.get("issuer"), row.get("path"), redo, want))
    if not todo:
        return 0
    _SHARED.update(out=out, facts=facts, named=named, summary_row=summary_row, last=last, flagged=flagged_before)
    try:
        results = _map(_one_report, todo, jobs)
    finally:
        _SHARED.clear()
    changed = 0
    for name, update in results:
        if update is None:
            continue
        row = store.get(name)
        fresh = update.pop("fresh", None)
        if fresh is not None:
            changed += 1
            if row.get("status") == "scored":
                row.update(fresh)
        if "last_year" in update and update["last_year"] is None:  # compared no more
            del update["last_year"]
            row.pop("last_year", None)
        row.update(update)
        store.add(row)
    return changed


def _map(fn: Callable, items: list, jobs: int):
    """fn over items, in order: in `jobs` forked processes when there are enough items to share."""
    import multiprocessing as mp

    if jobs < 2 or len(items) < MIN_PER_PROCESS * jobs or "fork" not in mp.get_all_start_methods():
        return [fn(item) for item in items]
    pool = mp.get_context("fork").Pool(jobs, initializer=_child)
    try:
        done = list(pool.imap(fn, items, chunksize=max(1, min(16, len(items) // (4 * jobs)))))
        pool.close()
        return done
    finally:
        pool.terminate()
        pool.join()


def _child() -> None:
    """A process of the per-report part: gone with the parent; Ctrl-C and SIGTERM are the parent's to handle."""
    import signal

    from scorer.round.outputs import die_with_parent

    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _one_report(item: tuple[str, str | None, str | None, bool, str | None]) -> tuple[str, dict | None]:
    """(name, the fields of its row that changed: None when nothing did; "fresh" among them when its
    card was written again): what the parent needs of it, so that little travels back."""
    from scorer.round.review.outdir import write_card
    from scorer.scoring.scorecard import apply_round_facts

    name, issuer, path, redo, want = item
    sh = _SHARED
    out: Path = sh["out"]
    last: followup.LastYear | None = sh["last"]
    card = _load_card(out, name)
    if card is None:
        return name, None
    found = dict(sh["facts"].get(name) or {})
    lines = card.get("text") or []
    for pair in found.get("copying", {}).get("pairs", []):
        for line in pair["lines"]:
            line["text"] = lines[line["line"] - 1].strip()[:200] if 0 < line["line"] <= len(lines) else ""
    had = (card.get("facts") or {}).get("round") or {}
    update: dict = {}
    if redo:  # compared with another last year (or none): compared again, or the comparison cleared
        prev = matched(last.reports, issuer, path) if last is not None else None
        if prev is not None and last is not None:
            compared = _compare(card, prev, last, _rubric_of(card, sh["named"]), sketch.read_text(str(out), name))
            found["previous"] = compared
            update = year_fields(compared, last.key(prev))
        else:
            update = year_fields(None, None) | {"last_year": None}
    elif want is not None and "previous" in had:
        found["previous"] = had["previous"]  # the worker's comparison, as it folded it (its row's key is current)
    # else: a comparison in a card whose row has no key (folded by an earlier version) is not current: cleared
    if had == found and ("copying" not in found or name in sh["flagged"]):
        return name, update or None  # the card is as it should be
    card = dict(apply_round_facts(cast(Scorecard, card), _rubric_of(card, sh["named"]), found))
    write_card(out, name, card)
    fresh = sh["summary_row"](card)
    update["fresh"] = {k: fresh[k] for k in ("score", "grade", "tone", "points", "failed")}
    update["copied"] = max((p["share"] for p in found.get("copying", {}).get("pairs", [])), default=None)
    prev_found = found.get("previous") or {}
    update["score_change"] = prev_found.get("score_change")
    update["previous_score"] = prev_found.get("previous_score")
    return name, update


def _pair_rows(pairs: list[copying.Pair], issuers: dict) -> list[dict]:
    return [{"rank": i, "a": p.a, "b": p.b, "issuer_a": issuers.get(p.a), "issuer_b": issuers.get(p.b),
             "share_a": p.share_a, "share_b": p.share_b, "share": p.share, "passages": len(p.passages),
             "a_lines": "、".join(f"{s['a_lines'][0]}-{s['a_lines'][1]}" for s in p.passages),
             "b_lines": "、".join(f"{s['b_lines'][0]}-{s['b_lines'][1]}" for s in p.passages if s["b_lines"]),
             "page": f"{PAIR_DIR}/pair-{i:05d}.html"}
            for i, p in enumerate(pairs, 1)]


def _write_csv(path: Path, rows: list[dict]) -> None:
    from scorer.round.outputs import atomic_file

    head = ["序号", "报告甲", "单位甲", "报告乙", "单位乙", "雷同文字占甲", "雷同文字占乙", "雷同段落数", "甲的行", "乙的行", "对照页"]
    keys = ["rank", "a", "issuer_a", "b", "issuer_b", "share_a", "share_b", "passages", "a_lines", "b_lines", "page"]
    with atomic_file(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(head)
        for r in rows:
            w.writerow([r[k] for k in keys])


def _write_pair_pages(out: Path, pairs: list[copying.Pair], issuers: dict) -> None:
    from scorer.render.pair import render_pair
    from scorer.round.outputs import atomic_write

    folder = out / PAIR_DIR
    folder.mkdir(exist_ok=True)
    for i, p in enumerate(pairs, 1):
        ca, cb = _load_card(out, p.a), _load_card(out, p.b)
        if ca is None or cb is None:
            continue
        marks_a = {n for s in p.passages for n in range(s["a_lines"][0], s["a_lines"][1] + 1)}
        marks_b = {n for s in p.passages if s["b_lines"] for n in range(s["b_lines"][0], s["b_lines"][1] + 1)}
        view = {
            "rank": i, "share": p.share,
            "sides": [
                {"name": p.a, "issuer": issuers.get(p.a), "share": p.share_a, "lines": _view_lines(ca, marks_a)},
                {"name": p.b, "issuer": issuers.get(p.b), "share": p.share_b, "lines": _view_lines(cb, marks_b)},
            ],
            "passages": p.passages,
        }
        atomic_write(folder / f"pair-{i:05d}.html", render_pair(view))


def _view_lines(card: dict, marks: set[int]) -> list[dict]:
    body = set(sketch.body_lines(card))
    return [{"n": n, "text": t, "copied": n in marks} for n, t in enumerate(card.get("text") or [], 1) if n in body and t.strip()]
