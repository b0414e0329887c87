"""Eleventh substance set (K), HELD part: the other half of substance_pool_k.py's case definitions (the
other wording of each tuned idea, and half of the form-only rewrites), drawn at random
(substance_pool_k.SPLIT_SEED) before any run of the tool.  Do not tune on it.
"""
from substance_pool_k import cases

CASES = cases("held")
