"""`python -m scorer.checks`: rewrite the options table in docs/rubrics.md from the kinds' declarations."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from scorer.checks import options_markdown

DOC = Path(__file__).resolve().parents[2] / "docs" / "rubrics.md"
BLOCK = re.compile(r"(<!-- options:[^\n]*-->\n).*?(<!-- /options -->)", re.S)


def main() -> int:
    text = DOC.read_text(encoding="utf-8")
    new = BLOCK.sub(lambda m: m.group(1) + options_markdown() + m.group(2), text)
    DOC.write_text(new, encoding="utf-8")
    print(f"{DOC}: {'updated' if new != text else 'unchanged'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
