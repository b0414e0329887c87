"""form set ae, tune part: the kinds split-ae.json lists under "tune" (see form_edits_ae_kinds.py)."""
from __future__ import annotations

import json
import os

from form_edits_ae_kinds import ALL_KINDS, EXTRA_LEAK, heading_norm, words_kept  # noqa: F401

_SPLIT = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "split-ae.json"), encoding="utf-8"))
EDITS = {k: ALL_KINDS[k] for k in _SPLIT["tune"]}
WORDS_EXEMPT: set = {"txt_traditional_body_only", "txt_fullwidth_arabic_outline"}  # characters converted (body to traditional; 一、 to １．): the words check cannot read them as kept
