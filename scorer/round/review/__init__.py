"""The reviewer has the final say: a store of 复核 decisions beside the machine's scores.

store.py keeps the history (SQLite, append-only); state.py derives a report's review from it
(the reviewed score, 待重新复核 flags); outdir.py keeps a batch folder's outputs in step;
what the HTML scorecard and the terminal show of it is scorer.render.review_view.
"""
