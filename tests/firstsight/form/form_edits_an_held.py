"""form set an, held part: the kinds split-an.json lists under "held" (see form_edits_an_kinds.py)."""
from __future__ import annotations

import json
import os

from form_edits_an_kinds import ALL_KINDS, EXTRA_LEAK, heading_norm, words_kept  # noqa: F401

_SPLIT = json.load(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "split-an.json"), encoding="utf-8"))
EDITS = {k: ALL_KINDS[k] for k in _SPLIT["held"]}
WORDS_EXEMPT: set = {"pdf_wps_banshou_banji_chaosong"}  # adds the 版头 (…文件, 文号) and 版记 (抄送, 印发): 公文 furniture
