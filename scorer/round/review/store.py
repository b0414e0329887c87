"""The review store: every reviewer's decision, kept for good, in a SQLite file in the batch folder.

Rows are only ever appended (triggers refuse UPDATE and DELETE); what a report's review says now
is derived from its history (the latest adjustment of each check, then whether a 复核完成 came
after the last of them). Each command writes in one transaction, so a writer killed mid-way
leaves the store as it was; WAL mode and a busy timeout let several reviewers write at once.

A row is keyed by the report's content (the scorecard's source sha256, with its output name for
people) and the check id, and records the rubric and the machine's result it was made against:
that is how a rescoring that changed the machine's result is recognised (待重新复核).
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from scorer.text.errors import FzscoreError

STORE_NAME = "review.sqlite"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 30_000
OUTCOMES = ("pass", "partial", "fail", "not_applicable")

# Schema migrations: MIGRATIONS[n] takes a store from version n to n + 1 (PRAGMA user_version).
MIGRATIONS: dict[int, str] = {
    0: """
    CREATE TABLE events (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL CHECK (kind IN ('adjust', 'done')),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      report TEXT NOT NULL,
      source_name TEXT,
      check_id TEXT,
      check_name TEXT,
      rubric_id TEXT NOT NULL,
      rubric_version TEXT NOT NULL,
      machine_status TEXT,
      machine_points REAL,
      max_points REAL,
      reviewed_status TEXT,
      reviewed_points REAL,
      reason TEXT,
      reviewer TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
      at TEXT NOT NULL,
      CHECK (kind <> 'adjust' OR (
        check_id IS NOT NULL
        AND reviewed_status IN ('pass', 'partial', 'fail', 'not_applicable')
        AND length(trim(coalesce(reason, ''))) > 0
        AND reviewed_points >= 0 AND reviewed_points <= max_points))
    );
    CREATE INDEX events_by_report ON events (sha256, id);
    CREATE INDEX events_by_name ON events (report, id);
    CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
      BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END;
    CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
      BEGIN SELECT RAISE(ABORT, 'review history is append-only'); END;
    """,
}

COLUMNS = ("id", "kind", "sha256", "report", "source_name", "check_id", "check_name", "rubric_id", "rubric_version",
           "machine_status", "machine_points", "max_points", "reviewed_status", "reviewed_points", "reason",
           "reviewer", "at")


class ReviewError(FzscoreError):
    """A review command cannot be carried out; the message names the file."""


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    kind: str  # adjust | done
    sha256: str
    report: str
    source_name: str | None
    check_id: str | None
    check_name: str | None
    rubric_id: str
    rubric_version: str
    machine_status: str | None
    machine_points: float | None  # adjust: the check's points; done: the machine's score
    max_points: float | None
    reviewed_status: str | None
    reviewed_points: float | None  # adjust: the reviewed points; done: the reviewed score
    reason: str | None
    reviewer: str
    at: str


def default_reviewer() -> str:
    """The name a decision is signed with when none was given: never the login name (a letter
    signed 评审人：root misstates who reviewed); the command line asks for one instead."""
    return (os.environ.get("FZSCORE_REVIEWER") or "").strip() or "未署名"


REVIEWER_FILE = ".fzscore-reviewer"  # the reviewer's name in this round's folder, asked once


def remembered_reviewer(out) -> str | None:
    """The name given last in this round's folder (`--by`, or answered when asked), if any."""
    try:
        name = (Path(out) / REVIEWER_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return name or None


def remember_reviewer(out, name: str) -> None:
    from scorer.round.outputs import atomic_write

    atomic_write(Path(out) / REVIEWER_FILE, name.strip() + "\n")


def now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


class ReviewStore:
    """One connection to OUTDIR/review.sqlite. `create=False` opens only a store that exists."""

    def __init__(self, path: str | Path, create: bool = True):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise ReviewError(f"{self.path}: 还没有复核记录")
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                self._open()
                return
            except sqlite3.OperationalError as exc:
                # Several reviewers opening a new store at once: switching it to WAL takes a lock that SQLite
                # does not wait for (the busy timeout does not apply), so the loser waits and tries again.
                if getattr(self, "db", None) is not None:
                    self.db.close()
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise ReviewError(f"{self.path}: 不是有效的复核记录数据库（{exc}）") from None
                if time.monotonic() > deadline:
                    raise ReviewError(f"{self.path}: 复核记录正被他人写入，等待 {BUSY_TIMEOUT_MS // 1000} 秒后仍无法打开，请稍后再试") from None
                time.sleep(0.05)
            except sqlite3.DatabaseError as exc:
                raise ReviewError(f"{self.path}: 不是有效的复核记录数据库（{exc}）") from None
            except OSError as exc:
                raise ReviewError(f"{self.path}: 无法打开复核记录（{exc.strerror or exc}）") from None

    def _open(self) -> None:
        self.db = sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = self.db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode.lower() != "wal":
            raise ReviewError(f"{self.path}: 无法以 WAL 模式打开复核记录（{mode}）")
        self.db.execute("PRAGMA synchronous = FULL")  # a committed review survives a power cut
        self._migrate()

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version == SCHEMA_VERSION:
            return
        if version > SCHEMA_VERSION:
            raise ReviewError(f"{self.path}: 复核记录由更新版本的 fzscore 写入（结构版本 {version}），请升级 fzscore")
        self.db.execute("BEGIN IMMEDIATE")
        try:
            version = self.db.execute("PRAGMA user_version").fetchone()[0]  # another writer may have migrated
            while version < SCHEMA_VERSION:
                for statement in _statements(MIGRATIONS[version]):
                    self.db.execute(statement)
                version += 1
                self.db.execute(f"PRAGMA user_version = {version}")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -------------------------------------------------------------- writing

    def append(self, rows: list[dict]) -> list[int]:
        """Append rows in one transaction (all or none); returns their ids."""
        ids = []
        try:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                for row in rows:
                    row = {"reviewer": default_reviewer(), "at": now()} | {k: v for k, v in row.items() if v is not None}
                    cols = [c for c in COLUMNS[1:] if c in row]
                    cur = self.db.execute(
                        f"INSERT INTO events ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        [row[c] for c in cols])
                    ids.append(int(cur.lastrowid or 0))
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
        except sqlite3.IntegrityError as exc:
            raise ReviewError(f"{self.path}: 复核记录不符合要求，未写入（{exc}）") from None
        except sqlite3.OperationalError as exc:
            raise ReviewError(f"{self.path}: 无法写入复核记录（{exc}）") from None
        return ids

    # -------------------------------------------------------------- reading

    def events(self, sha256: str | None = None) -> list[Event]:
        q = f"SELECT {', '.join(COLUMNS)} FROM events"
        args: tuple = ()
        if sha256 is not None:
            q += " WHERE sha256 = ?"
            args = (sha256,)
        try:
            return [Event(*r) for r in self.db.execute(q + " ORDER BY id", args)]
        except sqlite3.DatabaseError as exc:
            raise ReviewError(f"{self.path}: 无法读取复核记录（{exc}）") from None

    def by_report(self) -> dict[str, list[Event]]:
        """Every report's history (sha256 -> events in order), read in one query."""
        out: dict[str, list[Event]] = {}
        for e in self.events():
            out.setdefault(e.sha256, []).append(e)
        return out


def open_existing(outdir: str | Path) -> ReviewStore | None:
    """The store of a batch folder, or None when nobody has reviewed anything there yet."""
    path = Path(outdir) / STORE_NAME
    return ReviewStore(path) if path.exists() else None


def _statements(script: str) -> list[str]:
    """Split a migration into statements (triggers hold ';' inside BEGIN … END)."""
    out, buf = [], ""
    for piece in script.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n;"):
                out.append(buf.strip())
            buf = ""
    return out
