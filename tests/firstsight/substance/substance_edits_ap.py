"""Forty-second substance set (AP), TUNING part: the rows (case x document) of substance_pool_ap.py that the
random split (substance_pool_ap.SPLIT_SEED, committed in split-ap.json before any run of the tool) put in
the tuning part.  Same case format and expectations as sets J–AG.  The held part is
substance_edits_ap_held.py; do not tune on it.
"""
from substance_pool_ap import all_cases, committed_split

PART = "tune"
ROWS = committed_split()[PART]                     # [(case name, doc id)]
_names = {c for c, _ in ROWS}
CASES = [c for c in all_cases() if c[0] in _names]
