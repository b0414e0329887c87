"""Forty-ninth substance set (AW), HELD part (do not tune on it): the rows (case x document) of
substance_pool_aw.py that the random split (substance_pool_aw.SPLIT_SEED, committed in split-aw.json before
any run of the tool) put in the held part.  The tuning part is substance_edits_aw.py.
"""
from substance_pool_aw import all_cases, committed_split

PART = "held"
ROWS = committed_split()[PART]                     # [(case name, doc id)]
_names = {c for c, _ in ROWS}
CASES = [c for c in all_cases() if c[0] in _names]
