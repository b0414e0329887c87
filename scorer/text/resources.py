"""Where the shipped rubrics and templates live: inside the installed package, or in the checkout."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]


def resource_dir(name: str) -> Path:
    """`rubrics` or `templates`: scorer/<name> in a wheel install, <checkout>/<name> otherwise."""
    installed = _PACKAGE / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name
