"""form set ai, tune part: the kinds split-ai.json lists under "tune" (see form_edits_ai_kinds.py)."""
from __future__ import annotations

import json
import os

from form_edits_ai_kinds import ALL_KINDS, EXTRA_LEAK, heading_norm, words_kept  # noqa: F401

_SPLIT = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "split-ai.json"), encoding="utf-8"))
EDITS = {k: ALL_KINDS[k] for k in _SPLIT["tune"]}
WORDS_EXEMPT = {"txt_arabic_tops_yishi_subs_utf16"}  # its 一是 / 二是 markers add the character 是
