"""Thirteenth substance set (M), HELD part: drawn at random with substance_pool_m.SPLIT_SEED before any
run of the tool.  Do not tune on it; report its totals only.
"""
from substance_pool_m import cases

CASES = cases("held")
