"""Shared text tools every layer may use: no knowledge of reports, rubrics or scores.

Normalising Chinese text (NFKC, traditional → simplified, widths; textnorm.py), word lists kept
as data (lexicon.py), patterns that run in linear time (safe_regex.py) and item matching
(matching.py), the Chinese labels every output uses (labels.py), cleaning text for terminals and
spreadsheets (sanitize.py), the cached YAML reader (yamlcache.py), the user-facing errors
(errors.py) and the location of shipped files (resources.py).
"""
