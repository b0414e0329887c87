"""Eleventh substance set (K), TUNING part: the tuning half of substance_pool_k.py's case definitions,
drawn at random (substance_pool_k.SPLIT_SEED) before any run of the tool.  Same case format and
expectations as set J (see substance_pool_k.py).  The held part is substance_edits_k_held.py; do not
tune on it.
"""
from substance_pool_k import cases

CASES = cases("tune")
