"""A round's records on disk: the rows of this run (RowStore) and what earlier runs scored (the manifest).

Both the batch and the review store read them; neither imports the other for them.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import orjson

from scorer.round.outputs import card_json

MANIFEST = ".fzscore-manifest.jsonl"  # a line per report scored before, after a line of check lists
# what the round's analyses found last (not *.json: those are scorecards): the reports whose cards
# carry findings, cleared when no longer found, and the summary the index shows
ANALYSES = ".fzscore-analyses.jsonl"


def read_analyses(outdir: Path) -> dict:
    """The last analyses' record of a round folder ({} when none was run or it cannot be read)."""
    try:
        data = json.loads((Path(outdir) / ANALYSES).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class RowStore:
    """The round's rows in an unnamed temporary file beside the outputs (it has no name to leave
    behind, however the run ends), with only an index in memory, so that the parent's memory stays
    flat however many reports there are. Rows are read with pread: several readers, in this process
    or a forked one, never move each other's offset."""

    def __init__(self, outdir: Path, checks: dict | None = None):
        self.file = tempfile.TemporaryFile(dir=outdir)  # noqa: SIM115 (closed by close(); O_TMPFILE or unlinked at once)
        self.index: dict[str, tuple[int, int]] = {}
        self.scores: dict[str, float] = {}  # scored reports only: the index page opens sorted by score
        self.end = 0
        self.checks: dict[str, list] = dict(checks or {})  # rubric label -> [[check id, name], ...]
        self.interrupted = False

    def add(self, row: dict) -> None:
        check_list = row.pop("check_list", None)
        if check_list is not None:
            self.checks[row["rubric"]] = check_list  # freshly scored: the rubric as it is now
        data = card_json(row)  # compact, as json writes it; orjson's speed
        self.file.write(data + b"\n")
        self.index[row["name"]] = (self.end, len(data))
        if row.get("status") == "scored" and row.get("score") is not None:
            self.scores[row["name"]] = row["score"]
        else:
            self.scores.pop(row["name"], None)
        self.end += len(data) + 1

    def get(self, name: str) -> dict:
        self.file.flush()
        offset, size = self.index[name]
        return orjson.loads(self._read_at(offset, size))

    def _read_at(self, offset: int, size: int) -> bytes:
        if hasattr(os, "pread"):
            return os.pread(self.file.fileno(), size, offset)
        here = self.file.tell()  # no pread (Windows): no forked reader there either
        self.file.seek(offset)
        data = self.file.read(size)
        self.file.seek(here)
        return data

    def rows(self, status: tuple[str, ...] | None = None):
        """Rows in name order, read back one at a time."""
        self.file.flush()  # here, not in the generator: a forked reader must not flush our buffer again
        return self._read_rows(sorted(self.index), status)

    def scored_rows_by_score(self):
        """The scored rows, the best first (name order among equals), read back one at a time."""
        self.file.flush()
        order = sorted(self.scores, key=lambda n: (-self.scores[n], n))
        return self._read_rows(order, ("scored",))

    def ranked_rows(self, off_year: bool = False):
        """scored_rows_by_score, of the round's year (or, with off_year, of the other years)."""
        return (r for r in self.scored_rows_by_score() if bool(r.get("off_year")) == off_year)

    def below(self, threshold: float) -> list[tuple[str, float]]:
        """(name, score) of the scored reports below a threshold, the lowest first."""
        return sorted(((n, s) for n, s in self.scores.items() if s < threshold), key=lambda x: (x[1], x[0]))

    def _read_rows(self, names: list[str], status: tuple[str, ...] | None):
        for name in names:
            offset, size = self.index[name]
            row = orjson.loads(self._read_at(offset, size))
            if status is None or row.get("status") in status:
                yield row

    def __len__(self) -> int:
        return len(self.index)

    def close(self) -> None:
        self.file.close()


# ---------------------------------------------------------------- inputs and names


class Manifest:
    """What earlier runs scored: name -> (sha256, rubric fingerprint), rows read on demand."""

    def __init__(self, path: Path | None = None):
        self.path = path
        self.entries: dict[str, tuple[str, str, int]] = {}  # name -> (sha256, fingerprint, offset)
        self.checks: dict[str, list] = {}
        if path is None:
            return
        try:
            with open(path, "rb") as f:
                first = f.readline()
                self.checks = json.loads(first).get("checks", {}) if first else {}
                while True:
                    offset = f.tell()
                    line = f.readline()
                    if not line:
                        break
                    e = orjson.loads(line)
                    self.entries[e["name"]] = (e["sha256"], e["rubric_fp"], offset)
        except (OSError, ValueError, KeyError, AttributeError):
            self.entries, self.checks = {}, {}  # no usable manifest: score everything

    def row(self, name: str) -> dict:
        assert self.path is not None  # entries come only from a manifest that was read
        with open(self.path, "rb") as f:
            f.seek(self.entries[name][2])
            return orjson.loads(f.readline())["row"]


def load_manifest(outdir: Path) -> Manifest:
    path = outdir / MANIFEST
    return Manifest(path if path.exists() else None)


def save_manifest(outdir: Path, store: RowStore, fingerprint: str, old: Manifest) -> None:
    """Rewrite the manifest: this run's rows, plus earlier entries for files not seen this time."""
    from scorer.round.outputs import atomic_file

    with atomic_file(outdir / MANIFEST, "wb") as f:
        f.write(json.dumps({"checks": store.checks}, ensure_ascii=False).encode() + b"\n")
        for row in store.rows():
            if row.get("status") in ("scored", "not_report") and row.get("sha256"):
                row.pop("reused", None)
                entry = {"name": row["name"], "sha256": row["sha256"], "rubric_fp": fingerprint, "row": row}
                f.write(card_json(entry) + b"\n")
        for name in sorted(set(old.entries) - set(store.index)):
            e = old.entries[name]
            entry = {"name": name, "sha256": e[0], "rubric_fp": e[1], "row": old.row(name)}
            f.write(card_json(entry) + b"\n")


def drop_from_manifest(outdir: Path, names: set[str]) -> None:
    """Forget these reports (`fzscore remove`): a later batch scores them afresh if they come again."""
    from scorer.round.outputs import atomic_file

    old = load_manifest(outdir)
    if old.path is None:
        return
    with atomic_file(outdir / MANIFEST, "wb") as f:
        f.write(json.dumps({"checks": old.checks}, ensure_ascii=False).encode() + b"\n")
        for name in sorted(set(old.entries) - names):
            e = old.entries[name]
            entry = {"name": name, "sha256": e[0], "rubric_fp": e[1], "row": old.row(name)}
            f.write(card_json(entry) + b"\n")
