"""Eighteenth substance set (R), HELD part: the rows (case x document) of substance_pool_r.py that the
random split (substance_pool_r.SPLIT_SEED, committed in split-r.json before any run of the tool) put in
the held part.  Same case format and expectations as sets J–Q.  The tuning part is
substance_edits_r.py. Do not tune on this part.
"""
from substance_pool_r import all_cases, committed_split

PART = "held"
ROWS = committed_split()[PART]                     # [(case name, doc id)]
_names = {c for c, _ in ROWS}
CASES = [c for c in all_cases() if c[0] in _names]
