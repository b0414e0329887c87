"""Forty-eighth substance set (AV), HELD part (do not tune on it): the rows (case x document) of
substance_pool_av.py that the random split (substance_pool_av.SPLIT_SEED, committed in split-av.json before
any run of the tool) put in the held part.  The tuning part is substance_edits_av.py.
"""
from substance_pool_av import all_cases, committed_split

PART = "held"
ROWS = committed_split()[PART]                     # [(case name, doc id)]
_names = {c for c, _ in ROWS}
CASES = [c for c in all_cases() if c[0] in _names]
