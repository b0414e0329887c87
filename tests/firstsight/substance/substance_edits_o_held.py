"""Fifteenth substance set (O), HELD part: drawn at random with substance_pool_o.SPLIT_SEED before any
run of the tool.  Do not tune on it; report its totals only.
"""
from substance_pool_o import cases

CASES = cases("held")
