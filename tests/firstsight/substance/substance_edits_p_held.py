"""Sixteenth substance set (P), HELD part: the rows (case x document) of substance_pool_p.py that the
random split (substance_pool_p.SPLIT_SEED, committed in split-p.json before any run of the tool) put in
the held part.  Same case format and expectations as sets J–O.  The tuning part is
substance_edits_p.py. Do not tune on this part.
"""
from substance_pool_p import all_cases, committed_split

PART = "held"
ROWS = committed_split()[PART]                     # [(case name, doc id)]
_names = {c for c, _ in ROWS}
CASES = [c for c in all_cases() if c[0] in _names]
