"""Forty-eighth substance set (AV), TUNING part: the rows (case x document) of substance_pool_av.py that the
random split (substance_pool_av.SPLIT_SEED, committed in split-av.json before any run of the tool) put in
the tuning part.  Same case format and expectations as sets J–AG.  The held part is
substance_edits_av_held.py; do not tune on it.
"""
from substance_pool_av import all_cases, committed_split

PART = "tune"
ROWS = committed_split()[PART]                     # [(case name, doc id)]
_names = {c for c, _ in ROWS}
CASES = [c for c in all_cases() if c[0] in _names]
