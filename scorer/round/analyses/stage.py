"""The analyses as one stage of `fzscore batch`: after scoring, before the summaries.

Reads the round's rows and saved scorecards (and the fingerprints the workers wrote), finds the
copied pairs and, with `previous`, compares each report with its issuer's report of last year;
folds the findings into the affected scorecards (facts.round, judged by the rubric's
round_finding checks), and writes duplicates.csv and a side-by-side page per pair. Returns what
index.html shows of them.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Callable, Collection
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


def _rubric_strings() -> np.ndarray:
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
                 loaded: tuple[dict[str, followup.Previous], list[str]] | None = None, jobs: int = 1,
                 html_later: Collection[str] = ()) -> dict:
    """summary_row and discover are the batch's (a card's row, the files of a folder): passed in, as
    the batch imports this stage. `loaded`: last year's reports as load_previous gave them (the batch
    reads them before scoring); `jobs`: processes for the per-report part; `html_later`: reports whose
    HTML page the workers left to this stage (they would have been rendered twice)."""
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
    pairs, boiler = copying.find_pairs(entries, lambda n: _text(out, n), extra)
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
    prev_summary, changed = _per_report(out, store, facts, boiler, named, summary_row, previous, discover, loaded, jobs,
                                        html_later)
    rows = _pair_rows(pairs, issuers)
    _write_csv(out / "duplicates.csv", rows)
    if pair_pages:
        _write_pair_pages(out, pairs, issuers)
    found = {"pairs": rows[:INDEX_PAIRS], "pair_count": len(rows), "reports_compared": len(entries),
             "flagged": sum(1 for f in facts.values() if "copying" in f), "previous": prev_summary, "cards_updated": changed}
    from scorer.round.outputs import atomic_write

    # kept for the index written again after a review (scorer.round.review.outdir.write_summaries)
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


def load_previous(previous: str, discover: Callable) -> tuple[dict[str, followup.Previous], list[str]]:
    """Last year's reports by issuer key (and the files that could not be read)."""
    return followup.load_previous(Path(previous), discover)


def matched(before: dict[str, followup.Previous], issuer: str | None, path: str | None) -> followup.Previous | None:
    """Last year's report of a report's issuer (not the same file scored again)."""
    prev = before.get(followup.issuer_key(issuer))
    return None if prev is None or followup.same_file(prev.path, path) else prev


# What the per-report part reads, set before its processes fork (they inherit it).
_SHARED: dict = {}


def _per_report(out: Path, store, facts: dict, boiler: np.ndarray, named, summary_row: Callable[[dict], dict],
                previous: str | None, discover: Callable, loaded, jobs: int, html_later: Collection[str]) -> tuple[dict | None, int]:
    """Each report against last year's (with `previous`), and the findings folded into the affected
    cards and rows; cards flagged by the last run and not now are cleared. A report's card is read
    once for both, and reports are done in `jobs` processes (forked: they share what is loaded)."""
    before, problems = ({}, []) if not previous else loaded if loaded is not None else load_previous(previous, discover)
    flagged_before = set(read_analyses(out).get("flagged") or [])
    present = set(store.index)
    todo = []
    for row in store.rows():
        name = row["name"]
        prev = matched(before, row.get("issuer"), row.get("path")) if row.get("status") == "scored" and previous else None
        if prev is not None or name in facts or name in flagged_before:
            todo.append((name, prev is not None))
    _SHARED.update(out=out, facts=facts, boiler=boiler, named=named, summary_row=summary_row, before=before,
                   flagged=flagged_before, present=present, html_later=html_later, issuers={})
    for row in store.rows(("scored",)):
        _SHARED["issuers"][row["name"]] = (row.get("issuer"), row.get("path"))
    try:
        results = _map(_one_report, todo, jobs)
        matched_count = 0
        repeated_list = []
        changed = 0
        for name, repeated, update in results:
            if repeated is not None:
                facts.setdefault(name, {})["previous"] = True  # the card's own facts are in the card
                matched_count += 1
                if repeated:
                    repeated_list.append({"name": name, "issuer": _SHARED["issuers"][name][0], "count": len(repeated),
                                          "items": repeated[:5]})
            if update is not None:
                row = store.get(name)
                fresh = update.pop("fresh")
                if row.get("status") == "scored":
                    row.update(fresh)
                row.update(update)
                store.add(row)
                changed += 1
    finally:
        _SHARED.clear()
    if not previous:
        return None, changed
    repeated_list.sort(key=lambda r: (-r["count"], r["name"]))
    return {"folder": str(Path(previous)), "reports": len(before), "matched": matched_count, "repeated": repeated_list,
            "problems": problems[:20]}, changed


def _map(fn: Callable, items: list, jobs: int):
    """fn over items, in order: in `jobs` forked processes when there are enough items to share."""
    import multiprocessing as mp

    if jobs < 2 or len(items) < 2 * jobs or "fork" not in mp.get_all_start_methods():
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


def _one_report(item: tuple[str, bool]) -> tuple[str, list[str] | None, dict | None]:
    """(name, the repeated shortcomings found against last year's report (None: not compared), the
    fields of its row that changed (None: its card did not change)): what the parent needs of it, so
    that little travels back."""
    from scorer.round.review.outdir import write_card
    from scorer.scoring.scorecard import apply_round_facts

    name, has_previous = item
    sh = _SHARED
    out: Path = sh["out"]
    card = _load_card(out, name)
    if card is None:
        return name, None, None
    found = dict(sh["facts"].get(name) or {})
    found_previous = None
    prev = matched(sh["before"], *sh["issuers"][name]) if has_previous else None
    if prev is not None:
        rubric = _rubric_of(card, sh["named"])
        found_previous = followup.compare(card, prev, sh["boiler"], followup.Parts.of(rubric.checks), rubric.vocabulary,
                                          now_text=sketch.read_text(str(out), name))
        found["previous"] = found_previous
    repeated = None if found_previous is None else [r["text"][:60] for r in found_previous["repeated"]]
    if name not in sh["present"]:
        return name, repeated, None
    lines = card.get("text") or []
    for pair in found.get("copying", {}).get("pairs", []):
        for line in pair["lines"]:
            line["text"] = lines[line["line"] - 1].strip()[:200] if 0 < line["line"] <= len(lines) else ""
    if (card.get("facts") or {}).get("round", {}) == found and (name in sh["flagged"] or not found):
        return name, repeated, None  # unchanged since the last run
    card = dict(apply_round_facts(cast(Scorecard, card), _rubric_of(card, sh["named"]), found))
    write_card(out, name, card, html=name in sh["html_later"] or None)
    fresh = sh["summary_row"](card)
    update: dict = {"fresh": {k: fresh[k] for k in ("score", "grade", "tone", "points", "failed")}}
    update["copied"] = max((p["share"] for p in found.get("copying", {}).get("pairs", [])), default=None)
    prev_found = found.get("previous") or {}
    update["score_change"] = prev_found.get("score_change")
    update["previous_score"] = prev_found.get("previous_score")
    return name, repeated, update


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
