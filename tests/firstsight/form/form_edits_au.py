"""form set au, tune part: the kinds split-au.json lists under "tune" (see form_edits_au_kinds.py)."""
from __future__ import annotations

import json
import os

from form_edits_au_kinds import ALL_KINDS, EXTRA_LEAK, heading_norm, words_kept  # noqa: F401

_SPLIT = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "split-au.json"), encoding="utf-8"))
EDITS = {k: ALL_KINDS[k] for k in _SPLIT["tune"]}
WORDS_EXEMPT: set = set()  # none: every kind keeps the words
