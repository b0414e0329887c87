"""Fourteenth substance set (N), HELD part: drawn at random with substance_pool_n.SPLIT_SEED before any
run of the tool.  Do not tune on it; report its totals only.
"""
from substance_pool_n import cases

CASES = cases("held")
