"""The pipeline, one stage after another: bytes → lines → a Document → checks → Scorecard."""
from __future__ import annotations

from pathlib import Path

from scorer.checks import Context
from scorer.document.build import build
from scorer.document.metadata import Metadata
from scorer.reading import Extracted, read_input
from scorer.rubric import Rubric, for_level
from scorer.scoring import scorecard
from scorer.scoring.card import Scorecard


def score_extracted(extracted: Extracted, rubric: Rubric | None = None, published: str | None = None,
                    as_report: bool = False) -> Scorecard:
    """Score extracted text. Without a rubric, the shipped rubric for the detected level is used.

    as_report: score a text that was not recognised as a report all the same (a reviewer's decision);
    the scorecard's document says so (is_report_forced) and keeps the reason it was not recognised."""
    chosen_by = "option" if rubric is not None else "level"
    chosen: list[Rubric] = [rubric] if rubric is not None else []

    def recognisers_for(meta: Metadata):
        if not chosen:  # the rubric in force for the report year, made for the issuer's level
            chosen.append(for_level(meta.level, meta.report_year))
        return chosen[0].recognisers

    # the file's name is the last place to read the issuer from (a reviewer's files are named by unit)
    hints = {**extracted.hints, "file_name": Path(extracted.path).stem if extracted.path else None}
    doc = build(extracted.lines, recognisers_for, published=published, hints=hints, as_report=as_report)
    ctx = Context(extracted, doc.structure, doc.metadata, doc.parts, chosen[0])
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
    from scorer.reading import split_lines
    from scorer.text.yamlcache import sha256_hex

    data = text.encode("utf-8")
    ex = Extracted(path, "txt", "utf-8", sha256_hex(data), len(data), split_lines(text))
    return score_extracted(ex, rubric, published, as_report)
