"""A round of reports: scoring many at once, and everything a reviewing office does with them.

Takes input files and folders (or a batch output folder) and gives a round's folder: per-report
scorecards (JSON and HTML), index.html, summary.csv/xlsx, the manifest that makes reruns
incremental (batch.py, records.py, outputs.py, summary.py); the reviewer's decisions kept beside
the machine's (review/); letters to each unit and the 通报 (letters.py); the comparison of two
reports (diff.py). Analyses across the reports of a round belong here, each in a module of its
own that reads scorecards and parts, never the checks.
"""
