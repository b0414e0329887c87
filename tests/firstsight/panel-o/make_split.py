"""Split panel O's documents into tuning / held by source family (a variant stays with its source).

Seed drawn once with random.SystemRandom().randrange(10**6) and written down here: SEED = 224349. The five sources
(three documents each) are sorted, shuffled with random.Random(SEED); the first two go to held (6 of 15 documents).
Decided and committed before any tool run.

Run: python3 make_split.py   (writes split.yaml)
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
SEED = 224349


def main() -> None:
    manifest = yaml.safe_load((HERE / "docs" / "manifest.yaml").read_text(encoding="utf-8"))
    sources = sorted({m["source"] for m in manifest.values()})
    random.Random(SEED).shuffle(sources)
    held = sorted(sources[:2])
    lines = [f"# Split by source family: sources shuffled with random.Random({SEED}) (seed from random.SystemRandom),",
             "# the first two held; written before any tool run. Held documents are reported only in aggregates.",
             f"# held sources: {held}"]
    lines += [f"{d}: {'held' if manifest[d]['source'] in held else 'tuning'}" for d in sorted(manifest)]
    (HERE / "split.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
