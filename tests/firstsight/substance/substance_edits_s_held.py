"""Nineteenth substance set (S), HELD part (do not tune on it): the rows (case x document) of substance_pool_s.py that the
random split (substance_pool_s.SPLIT_SEED, committed in split-s.json before any run of the tool) put in
the tuning part.  Same case format and expectations as sets J–Q.  The held part is
substance_edits_s_held.py; do not tune on it.
"""
from substance_pool_s import all_cases, committed_split

PART = "held"
ROWS = committed_split()[PART]                     # [(case name, doc id)]
_names = {c for c, _ in ROWS}
CASES = [c for c in all_cases() if c[0] in _names]
