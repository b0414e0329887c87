"""Forty-fifth substance set (AT), HELD part (do not tune on it): the rows (case x document) of
substance_pool_at.py that the random split (substance_pool_at.SPLIT_SEED, committed in split-at.json before
any run of the tool) put in the held part.  The tuning part is substance_edits_at.py.
"""
from substance_pool_at import all_cases, committed_split

PART = "held"
ROWS = committed_split()[PART]                     # [(case name, doc id)]
_names = {c for c, _ in ROWS}
CASES = [c for c in all_cases() if c[0] in _names]
