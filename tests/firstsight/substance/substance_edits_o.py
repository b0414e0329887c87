"""Fifteenth substance set (O), TUNING part: the tuning half of substance_pool_o.py's case definitions,
drawn at random (substance_pool_o.SPLIT_SEED) before any run of the tool.  Same case format and
expectations as sets J–N.  The held part is substance_edits_o_held.py; do not tune on it.
"""
from substance_pool_o import cases

CASES = cases("tune")
