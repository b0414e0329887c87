"""form set ab, held part: the kinds split-ab.json lists under "held" (see form_edits_ab_kinds.py)."""
from __future__ import annotations

import json
import os

from form_edits_ab_kinds import ALL_KINDS, EXTRA_LEAK, heading_norm, words_kept  # noqa: F401

_SPLIT = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "split-ab.json"), encoding="utf-8"))
EDITS = {k: ALL_KINDS[k] for k in _SPLIT["held"]}
WORDS_EXEMPT: set = {"txt_part_label_two_lines"}
