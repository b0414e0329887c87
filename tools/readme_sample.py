#!/usr/bin/env python3
"""Write the README's sample output again from what `fzscore docs/sample-report.txt` prints now
(tests/test_docs.py keeps the two equal)."""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        shown = subprocess.run([sys.executable, "-m", "scorer", str(ROOT / "docs" / "sample-report.txt")], capture_output=True,
                               text=True, cwd=tmp).stdout
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    new = re.sub(r"(\$ fzscore docs/sample-report.txt\n)(.*?)(```)", lambda m: m.group(1) + shown + m.group(3), text, count=1, flags=re.S)
    readme.write_text(new, encoding="utf-8")
    print(f"README.md: {'updated' if new != text else 'unchanged'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
