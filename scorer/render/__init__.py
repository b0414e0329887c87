"""Renderers: a Scorecard → what a person reads (terminal text, the HTML scorecard, a round's index).

Each takes a scorecard (or a round's rows) and gives text; none scores, reads a report or opens
the review store. What a renderer shows of a review is the card's own `review` block, folded in
by the round before rendering (review_view.py lays it out).
"""
