"""Twelfth substance set (L), HELD part: the held half of substance_pool_l.py's case definitions, drawn at
random (substance_pool_l.SPLIT_SEED) before any run of the tool.  Do not tune on it.
"""
from substance_pool_l import cases

CASES = cases("held")
