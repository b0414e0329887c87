"""Thirty-ninth substance set (AM), HELD part (do not tune on it): the rows (case x document) of
substance_pool_am.py that the random split (substance_pool_am.SPLIT_SEED, committed in split-am.json before
any run of the tool) put in the held part.  The tuning part is substance_edits_am.py.
"""
from substance_pool_am import all_cases, committed_split

PART = "held"
ROWS = committed_split()[PART]                     # [(case name, doc id)]
_names = {c for c, _ in ROWS}
CASES = [c for c in all_cases() if c[0] in _names]
