"""form set am, tune part: the kinds split-am.json lists under "tune" (see form_edits_am_kinds.py)."""
from __future__ import annotations

import json
import os

from form_edits_am_kinds import ALL_KINDS, EXTRA_LEAK, heading_norm, words_kept  # noqa: F401

_SPLIT = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "split-am.json"), encoding="utf-8"))
EDITS = {k: ALL_KINDS[k] for k in _SPLIT["tune"]}
WORDS_EXEMPT: set = {"docx_wps_redhead_table_wenhao"}  # adds the 发文机关标志 and 文号 (公文 furniture)
