"""Scoring: a document and a rubric → the Scorecard.

Takes extracted lines (or a path) and a rubric and gives the Scorecard, the single source of truth
every output reads: pipeline.py runs the stages (reading → document → checks), scorecard.py runs
the rubric's checks and assembles the card, card.py is the card's shape and what is derived from
it (the only part renderers import), examples.py runs a rubric's own examples.
"""
