"""Check kinds: the code behind a rubric check. One small module per kind.

A kind is a function `(check: dict, ctx: Context) -> Result`, registered with `@kind(...)`
together with the options it reads (each with its JSON Schema type, its default or whether it
is required, and what it means), the outcome messages it may say, and the {placeholders} it fills
in them. The rubric schema for a check, `fzscore explain` and the options table of
docs/rubrics.md are made from these declarations, and a rubric's checks reach the kind with
every default filled in, so a kind reads `check["x"]` and never guesses a default.
"""
from __future__ import annotations

# Register the kinds (import for their side effect on KINDS).
from scorer.checks import (  # noqa: F401
    acts,
    coverage,
    critique,
    dates,
    figures,
    framing,
    indicators,
    numbering,
    patterns,
    plan,
    round_finding,
    section,
    signature,
    title,
    years,
)
from scorer.checks.base import (
    COMMON_FIELDS,
    FRAME_KEYS,
    KINDS,
    MESSAGE_KEY_ZH,
    Context,
    Kind,
    Option,
    Result,
    fill,
    options_markdown,
    options_schema,
    placeholders,
)

__all__ = ["COMMON_FIELDS", "FRAME_KEYS", "KINDS", "MESSAGE_KEY_ZH", "Context", "Kind", "Option", "Result", "fill",
           "options_markdown", "options_schema", "placeholders"]
