"""Thirteenth substance set (M), TUNING part: the tuning half of substance_pool_m.py's case definitions,
drawn at random (substance_pool_m.SPLIT_SEED) before any run of the tool.  Same case format and
expectations as sets J/K/L.  The held part is substance_edits_m_held.py; do not tune on it.
"""
from substance_pool_m import cases

CASES = cases("tune")
