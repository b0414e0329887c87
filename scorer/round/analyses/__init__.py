"""Round-level analyses: what no single scorecard shows.

- `copying`: passages shared between reports of different issuers in a round (雷同), found through
  winnowed k-gram fingerprints (`sketch`) in an inverted index, boilerplate (passages many reports
  share, and the rubric's own wording) never counting.
- `followup`: each report against its issuer's report of last year (`--previous`): plan items kept
  or dropped, shortcomings repeated, text reused, score change. The batch's scoring workers make
  this comparison right after scoring a report (what it leaves out as boilerplate is known before
  scoring: the rubric's wording and last year's round's); `stage` is left with copying.

Both read the saved scorecards (text, parts' line spans, issuer) and, for last year's raw reports,
the document's parts; never the checks. Their findings reach the cards as `facts.round` and are
judged by the rubric's round_finding checks (scorer.scoring.scorecard.apply_round_facts).
"""
