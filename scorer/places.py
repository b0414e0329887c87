"""Province- and prefecture-level divisions (scorer/data/divisions.tsv).

Used to tell a prefecture-level city (包头市, city level) from a county-level city (海宁市,
county level), and to find which city a generic subject such as "市政府" belongs to.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_TSV = Path(__file__).resolve().parent / "data" / "divisions.tsv"


@lru_cache(maxsize=1)
def divisions() -> dict[str, str]:
    """full name → level (province | city)."""
    out = {}
    for line in _TSV.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        full, _short, level, _prov = line.split("\t")
        out[full] = level
    return out


def prefecture_level_suffix(name: str) -> str | None:
    """The level of the province- or prefecture-level division that `name` ends with, if any."""
    table = divisions()
    for n in range(min(len(name), 12), 1, -1):
        level = table.get(name[-n:])
        if level:
            return level
    return None


def cities_in(text: str) -> list[str]:
    """Names of municipalities and prefecture-level cities (X市) found in a text, in order of appearance."""
    found = []
    for full in divisions():
        if full.endswith("市"):
            pos = text.find(full)
            if pos >= 0:
                found.append((pos, full))
    return [name for _, name in sorted(found)]
