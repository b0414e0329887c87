"""Fit the weights of the report/look-alike decision (scorer/document/kind.py) on the labelled pages.

    python tools/fit_kind.py            # cross-validate, fit on all, write scorer/data/kind_weights.yaml
    python tools/fit_kind.py --check    # cross-validate only

A logistic regression (scikit-learn, here only: the weights are applied in plain Python at run time)
over the named features of kind.features. Labelled data: the shared corpus (tests/shared/corpus/dev and
pages: kind report or distractor) and the first-sight tune pages (tests/firstsight/pages). The held-aside
pages (tests/firstsight/pages-held) are never read here.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
FOLDERS = ["tests/shared/corpus/dev", "tests/shared/corpus/pages", "tests/firstsight/pages", "tests/firstsight/pages-fresh",
           "tests/firstsight/pages-d", "tests/firstsight/pages-e", "tests/firstsight/pages-f", "tests/firstsight/pages-g"]
OUT = ROOT / "scorer" / "data" / "kind_weights.yaml"
C = float(__import__("os").environ.get("FIT_C", "10"))  # inverse regularisation: few examples, so the weights are kept moderate
THRESHOLDS = {"refuse_below": 0.2, "review_below": 0.7}
FOLDS, REPEATS = 5, 10
# The direction each feature may weigh in: evidence for a report, or for a look-alike. A weight fitted
# against its direction (collinear features on few examples) is dropped and the rest refitted, so that
# every weight reads as the evidence it names. no_title may go either way.
FOR_REPORT = {"title_report", "header_report_title", "title_in_text", "opener", "opener_names_topic", "opening_year",
              "report_headings", "result_headings", "part_headings", "speaks_as_body", "page_column", "task_area_headings"}
EITHER = {"no_title"}
# Features seen in fewer than MIN_SEEN labelled texts cannot be fitted: they keep a stated prior weight
# (about a look-alike title's), and the weights file says which ones were not fitted. A template's
# placeholders and a scoring sheet's "(X分)" say what the text is as plainly as its title would: they
# weigh as much as a look-alike title, and outweigh a body organised like a report (纲要 task areas).
MIN_SEEN = 3
PRIORS = {"placeholders": -4.0, "cue_speech": -2.5, "points": -4.0, "cue_exam": -2.5, "cue_plan": -2.5, "cue_court": -4.0, "cue_statistics": -4.0}


def dataset():
    from scorer.document import kind
    from scorer.document.build import analyse
    from scorer.reading import read_input

    rows = []
    for folder in FOLDERS:
        for p in sorted((ROOT / folder).glob("*.txt")):
            lab = p.with_name(p.stem + ".labels.yaml")
            if not lab.exists():
                continue
            label = yaml.safe_load(lab.read_text(encoding="utf-8"))
            f, seen = kind.features(analyse(read_input(str(p)).lines))
            rows.append((f"{Path(folder).name}/{p.name}", f, seen, label.get("kind", "report") == "report"))
    return rows


def fit(rows, names):
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    y = np.array([r[3] for r in rows])
    kept = list(names)
    while True:
        x = np.array([[r[1][n] for n in kept] for r in rows])
        model = LogisticRegression(C=C, class_weight="balanced", max_iter=1000).fit(x, y)
        fitted = dict(zip(kept, (float(w) for w in model.coef_[0]), strict=True))
        wrong = [n for n, w in fitted.items() if n not in EITHER and (w < 0) == (n in FOR_REPORT) and w != 0]
        if not wrong:
            break
        kept.remove(max(wrong, key=lambda n: abs(fitted[n])))
    seen = {n: sum(1 for r in rows if r[1][n]) for n in names}
    unfitted = sorted(n for n in PRIORS if seen[n] < MIN_SEEN)
    weights = {n: round(PRIORS[n] if n in unfitted else fitted.get(n, 0.0), 3) for n in names}
    return {"intercept": round(float(model.intercept_[0]), 3), "weights": weights, "unfitted": unfitted,
            "thresholds": THRESHOLDS}


def cross_validate(rows, names):
    from sklearn.model_selection import RepeatedStratifiedKFold

    from scorer.document import kind

    y = [r[3] for r in rows]
    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0, "close": 0}
    wrong: dict[str, int] = {}
    cv = RepeatedStratifiedKFold(n_splits=FOLDS, n_repeats=REPEATS, random_state=20261206)
    for train, test in cv.split(rows, y):
        w = fit([rows[i] for i in train], names)
        for i in test:
            name, f, seen, is_report = rows[i]
            d = kind.judge(f, seen, w)
            counts["close"] += d.close
            key = ("tp" if d.is_report else "fn") if is_report else ("fp" if d.is_report else "tn")
            counts[key] += 1
            if key in ("fp", "fn"):
                wrong[name] = wrong.get(name, 0) + 1
    tp, fp, fn, tn = counts["tp"], counts["fp"], counts["fn"], counts["tn"]
    return {
        "folds": f"{FOLDS}-fold, repeated {REPEATS} times (stratified)",
        "documents": {"reports": sum(y), "look_alikes": len(y) - sum(y)},
        "report": {"precision": round(tp / max(1, tp + fp), 3), "recall": round(tp / max(1, tp + fn), 3)},
        "look_alike": {"precision": round(tn / max(1, tn + fn), 3), "recall": round(tn / max(1, tn + fp), 3)},
        "flagged_close": round(counts["close"] / (FOLDS and len(rows) * REPEATS), 3),
    }, wrong


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    rows = dataset()
    names = list(rows[0][1])
    cv, wrong = cross_validate(rows, names)
    print(yaml.safe_dump(cv, allow_unicode=True, sort_keys=False))
    for name, n in sorted(wrong.items(), key=lambda x: -x[1]):
        print(f"  misjudged {n}/{REPEATS}: {name}")
    if args.check:
        return
    w = fit(rows, names)
    w["cross_validation"] = cv
    head = ("# Weights of the report/look-alike decision (scorer/document/kind.py): a logistic regression over\n"
            "# named features, fitted by tools/fit_kind.py on the labelled pages (shared corpus dev + pages,\n"
            "# first-sight tune pages, pages-fresh, pages-d, pages-e). Regenerate with that script; do not edit by hand.\n")
    OUT.write_text(head + yaml.safe_dump(w, allow_unicode=True, sort_keys=False), encoding="utf-8")
    print(yaml.safe_dump({"intercept": w["intercept"], "weights": w["weights"]}, allow_unicode=True, sort_keys=False))


if __name__ == "__main__":
    main()
