"""Split panel L's documents into tuning / held by source family (a variant stays with its source); fixed seed.

The five sources (three documents each) are shuffled with random.Random("panel-l-split"); the first two go to held
(6 of 15 documents, 40%; with families of three the nearest to 50/50 are 6 or 9 held). Decided before any tool run.

Run: python3 make_split.py   (writes split.yaml)
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent


def main() -> None:
    manifest = yaml.safe_load((HERE / "docs" / "manifest.yaml").read_text(encoding="utf-8"))
    sources = sorted({m["source"] for m in manifest.values()})
    random.Random("panel-l-split").shuffle(sources)
    held = sorted(sources[:2])
    lines = ["# Split by source family: sources shuffled with random.Random(\"panel-l-split\"), the first two held;",
             "# written before any tool run. Held documents are reported only in aggregates.",
             f"# held sources: {held}"]
    lines += [f"{d}: {'held' if manifest[d]['source'] in held else 'tuning'}" for d in sorted(manifest)]
    (HERE / "split.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
