"""Twelfth substance set (L), TUNING part: the tuning half of substance_pool_l.py's case definitions,
drawn at random (substance_pool_l.SPLIT_SEED) before any run of the tool.  Same case format and
expectations as sets J/K.  The held part is substance_edits_l_held.py; do not tune on it.
"""
from substance_pool_l import cases

CASES = cases("tune")
