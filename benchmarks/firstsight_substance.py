"""The first-sight substance sets scored in-process (the same pass rules as
tests/firstsight/substance/measure.py, without a process per document): rates per idea, dev
reports and all documents.

    python benchmarks/firstsight_substance.py tune|held|c-tune|c-held|d-tune|d-held|e-tune|e-held [--no-pages]

tune/held: the second set (substance_edits*.py); c-tune/c-held: the third (substance_edits_c*.py, written
after the second set's fixes, measured first on main 6677dae); d-*: the fourth (first on db78299); e-*: the
fifth (first on d9d502a).
"""
from __future__ import annotations

import importlib
import sys
from collections import defaultdict
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parents[1] / "tests" / "firstsight" / "substance"
sys.path.insert(0, str(HERE))


def _score(text: str) -> float | None:
    from scorer.scoring.pipeline import score_text

    try:
        return score_text(text)["score"]
    except Exception:  # an error row, as measure.py counts it
        return None


def main() -> None:
    which = sys.argv[1]
    edit_lib = importlib.import_module("edit_lib")
    modules = {"tune": "substance_edits", "held": "substance_edits_held", "c-tune": "substance_edits_c",
               "c-held": "substance_edits_c_held", "d-tune": "substance_edits_d", "d-held": "substance_edits_d_held",
               "e-tune": "substance_edits_e", "e-held": "substance_edits_e_held"}
    cases = importlib.import_module(modules[which]).CASES
    docs = edit_lib.load_dev() + ([] if "--no-pages" in sys.argv else edit_lib.load_pages())
    plan, texts = [], {}
    for name, kind, expected, make, margin in cases:
        for d in docs:
            try:
                made = make(d)
            except Exception:
                continue
            if made is None or (kind != "pair" and made == d.text):
                continue
            pair = made if kind == "pair" else (made, d.text)
            if kind == "pair" and (pair[0] is None or pair[1] is None):
                continue
            texts.update(dict.fromkeys(pair))
            plan.append((name.split("/")[0], d.id, kind, expected, margin, pair))
    keys = list(texts)
    with Pool(2) as pool:
        scores = dict(zip(keys, pool.map(_score, keys, chunksize=8)))
    per: dict[str, list] = defaultdict(list)
    for idea, doc, kind, expected, margin, (a, b) in plan:
        if scores[a] is None or scores[b] is None:
            continue
        delta = scores[a] - scores[b]
        ok = delta > margin if kind == "pair" else {"lower": delta < -margin, "not_higher": delta <= margin,
                                                     "higher": delta > margin, "same": abs(delta) <= margin}[expected]
        per[idea].append((doc.startswith("seed"), round(delta, 1), ok))
    n = p = dn = dp = 0
    for idea, rows in per.items():
        dev = [r for r in rows if r[0]]
        print(f"{idea:30s} {sum(r[2] for r in rows):4d}/{len(rows):<4d} dev {sum(r[2] for r in dev):3d}/{len(dev):<3d}",
              " ".join(f"{r[1]:+}" for r in dev))
        n, p = n + len(rows), p + sum(r[2] for r in rows)
        dn, dp = dn + len(dev), dp + sum(r[2] for r in dev)
    print(f"TOTAL {p}/{n} = {p / max(n, 1):.3f}   dev only {dp}/{dn} = {dp / max(dn, 1):.3f}")


if __name__ == "__main__":
    main()
