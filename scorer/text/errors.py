"""Errors a user sees as one line, never as a traceback."""
from __future__ import annotations


class FzscoreError(Exception):
    """Base class: `str(err)` is a complete Chinese sentence for the user."""

    exit_code = 2


class InputError(FzscoreError):
    """The input file cannot be read as a report (empty, binary, undecodable, too large...)."""

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class RubricError(FzscoreError):
    """A rubric file is missing or invalid; `problems` holds `file:line: path: message` rows."""

    def __init__(self, message: str, problems: list[str] | None = None):
        self.problems = problems or []
        super().__init__(message)
