"""The pipeline, one stage after another: bytes → text → structure → metadata → parts → checks → Scorecard."""
from __future__ import annotations

from scorer.checks import Context
from scorer.document import metadata, parts, structure
from scorer.document.plausible import plausible_metadata
from scorer.reading import Extracted, read_input
from scorer.rubric import Rubric, for_level
from scorer.scoring import scorecard
from scorer.scoring.scorecard import Scorecard


def score_extracted(extracted: Extracted, rubric: Rubric | None = None, published: str | None = None,
                    as_report: bool = False) -> Scorecard:
    """Score extracted text. Without a rubric, the shipped rubric for the detected level is used.

    as_report: score a text that was not recognised as a report all the same (a reviewer's decision);
    the scorecard's document says so (is_report_forced) and keeps the reason it was not recognised."""
    st = structure.analyse(extracted.lines)
    # a year the contract cannot hold (九九九九年, 1900年) is read as unknown, not carried on
    meta = plausible_metadata(metadata.extract(st, published=published, hints=extracted.hints, as_report=as_report))
    chosen_by = "option" if rubric is not None else "level"
    rubric = rubric or for_level(meta.level, meta.report_year)
    found = parts.find_parts(st, rubric.recognisers, meta.report_year)
    ctx = Context(extracted, st, meta, found, rubric)
    card = scorecard.build(ctx)
    card["rubric"]["selected_by"] = chosen_by
    return card


def score_path(path: str, rubric: Rubric | None = None, published: str | None = None, as_report: bool = False) -> Scorecard:
    """Score one file. Raises InputError (one line, for the user) when the file cannot be read."""
    return score_extracted(read_input(path), rubric, published, as_report)


def score_data(name: str, data: bytes, rubric: Rubric | None = None, published: str | None = None,
               as_report: bool = False) -> Scorecard:
    """Score bytes read elsewhere (standard input), named `name` in the card and in messages."""
    from scorer.reading import read_data

    return score_extracted(read_data(name, data), rubric, published, as_report)


def score_text(text: str, rubric: Rubric | None = None, published: str | None = None, path: str = "<text>",
               as_report: bool = False) -> Scorecard:
    """Score a report given as a string (rubric examples, tests)."""
    import hashlib

    from scorer.reading import split_lines

    data = text.encode("utf-8")
    ex = Extracted(path, "txt", "utf-8", hashlib.sha256(data).hexdigest(), len(data), split_lines(text))
    return score_extracted(ex, rubric, published, as_report)
