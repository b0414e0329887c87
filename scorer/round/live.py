"""A round folder as it is now, for a face that stays open (the browser app).

The rows the last command kept (ROUND_FILE, kept current by `fzscore batch` and every review)
are the base; a scorecard written since (a batch still running, in the terminal or the app) is
read from its own JSON. Each row is cached against its card's size and modification time, so a
round of thousands of reports is looked over with one directory scan per request, and a card is
read again only when a command has rewritten it.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

from scorer.round.review.outdir import ROUND_FILE, load_card, read_round
from scorer.round.review.state import row_review
from scorer.round.review.store import ReviewError
from scorer.text.sanitize import display_path

NOT_CARDS = {"run-info.json"}


def row_of_card(name: str, card: dict) -> dict:
    """The summary row `fzscore batch` keeps for a card, with its review as the card shows it."""
    from scorer.round.batch import summary_row

    row = {"name": name, "path": display_path((card.get("source") or {}).get("path") or name), **summary_row(card)}
    if card.get("needs_review") and not any(c["status"] in ("pass", "partial", "fail") for c in card["checks"]):
        row.update(status="needs_review", reason="文字无法可靠提取，需要人工审核", score=None, grade=None)
    review = row_review(card.get("review"))
    if review is not None:
        row["review"] = review
    return row


class LiveRound:
    """The rows of one round folder, as they are on disk at each call of `rows()` (thread-safe)."""

    def __init__(self, out: str | Path):
        self.out = Path(out)
        self.head: dict = {}
        self.checks: dict[str, list] = {}
        self._kept: dict[str, dict] = {}
        self._kept_at = -1  # ROUND_FILE's mtime_ns when read
        self._cards: dict[str, tuple[tuple[int, int], dict | None]] = {}
        self._lock = threading.Lock()
        self.stamp = 0  # the newest card's (or the kept rows') mtime_ns at the last rows(): changes when anything does

    def _read_kept(self) -> int:
        try:
            at = os.stat(self.out / ROUND_FILE).st_mtime_ns
        except OSError:
            at = 0
        if at != self._kept_at:
            try:
                self.head, rows = read_round(self.out)
            except ReviewError:
                self.head, rows = {}, []
            self._kept = {r["name"]: r for r in rows}
            self.checks.update(self.head.get("checks") or {})
            self._kept_at = at
        return at

    def rows(self) -> list[dict]:
        """Every file of the round: a row per scorecard, then the files that could not be scored."""
        with self._lock:
            kept_at = self._read_kept()
            rows, seen, newest = [], set(), kept_at
            try:
                entries = list(os.scandir(self.out))
            except OSError:
                entries = []
            for e in entries:
                if not e.name.endswith(".json") or e.name.startswith(".") or e.name in NOT_CARDS:
                    continue
                name = e.name[:-5]
                try:
                    st = e.stat()
                except OSError:
                    continue
                key = (st.st_mtime_ns, st.st_size)
                newest = max(newest, st.st_mtime_ns)
                hit = self._cards.get(name)
                if hit is None or hit[0] != key:
                    kept = self._kept.get(name)
                    row = kept if kept is not None and st.st_mtime_ns <= kept_at else self._read_card(name)
                    hit = self._cards[name] = (key, row)
                if hit[1] is not None:
                    rows.append(hit[1])
                    seen.add(name)
            for name, r in self._kept.items():
                if name not in seen and r.get("status") not in ("scored", "not_report", "needs_review"):
                    rows.append(r)  # could not be scored: no card
            self.stamp = newest + len(rows)
            return rows

    def _read_card(self, name: str) -> dict | None:
        try:
            card = load_card(self.out, name)
            row = row_of_card(name, card)
        except (ReviewError, KeyError, TypeError):
            return None  # not a scorecard of ours
        check_list = row.pop("check_list", None)
        if check_list is not None:
            self.checks.setdefault(row["rubric"], check_list)
        return row
