"""Fourteenth substance set (N), TUNING part: the tuning half of substance_pool_n.py's case definitions,
drawn at random (substance_pool_n.SPLIT_SEED) before any run of the tool.  Same case format and
expectations as sets J–M.  The held part is substance_edits_n_held.py; do not tune on it.
"""
from substance_pool_n import cases

CASES = cases("tune")
