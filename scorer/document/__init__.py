"""The document model: a report's lines → a Document (structure, metadata, required parts).

Takes the lines that reading gave and gives, in one pass (build.py, calling each stage in order):
paragraphs rebuilt from physical lines (paragraphs.py), blocks and the heading tree (structure.py),
the report found on its page among site chrome (page.py), who issued it and when (metadata.py,
with organs.py and places.py for names, plausible.py for years a report can hold), the required
parts found by the rubric's section recognisers (parts.py), and what the checks read inside the
parts: listed items (items.py) and causes (causes.py). It knows nothing of rubrics' checks or
scores: the recognisers arrive as data.
"""
