"""Rubrics: YAML files validated by rubrics/rubric.schema.json.

A rubric names its sections (with their recognisers), its categories, grade bands and checks.
A check's `kind` is code (scorer.checks); everything else about it is data here.
`extends:` lets a local rubric override a shipped one without copying it.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from scorer.document.parts import Recogniser
from scorer.rubric.compose import _read_layers, _read_yaml, layer_paths, merge, resolve, shipped_rubrics
from scorer.text.errors import RubricError
from scorer.text.resources import resource_dir

DEFAULT_RUBRIC = "default"


@dataclass
class Rubric:
    """A loaded, composed rubric: its data, where it came from, and its section recognisers."""
    data: dict
    path: str
    recognisers: list[Recogniser] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def version(self) -> str:
        return str(self.data["version"])

    @functools.cached_property
    def vocabulary(self) -> tuple[str, ...]:
        """Domain terms: the rubric's vocabulary and every task-area phrase of its plans."""
        terms = list(self.data.get("vocabulary", ()))
        for plan in self.data.get("plans", ()):
            for area in plan["areas"]:
                terms += area["phrases"]
        return tuple(dict.fromkeys(terms))

    @property
    def checks(self) -> list[dict]:
        return self.data["checks"]

    @property
    def categories(self) -> list[dict]:
        return self.data["categories"]

    def grade(self, score: float) -> str:
        for band in sorted(self.data["grades"], key=lambda g: -g["min"]):
            if score >= band["min"]:
                return band["name"]
        return self.data["grades"][-1]["name"]

    def summary(self) -> dict:
        return {
            "id": self.id,
            "version": self.version,
            "title": self.data.get("title"),
            "path": self.path,
            "grades": self.data["grades"],
            "report_years": self.data.get("report_years"),
            "categories": [
                {k: c.get(k) for k in ("id", "name", "description", "basis")} for c in self.categories
            ],
        }


_SHIPPED_CACHE: dict[str, Rubric] = {}


def shipped(name: str) -> Rubric:
    """A shipped rubric, loaded once per process (batch workers score many reports)."""
    if name not in _SHIPPED_CACHE:
        _SHIPPED_CACHE[name] = load(name)
    return _SHIPPED_CACHE[name]


def for_level(level: str | None, report_year: int | None = None) -> Rubric:
    """The shipped rubric in force for a report: made for its year (the rules changed in 2019) and
    its level of government; `default` when the level is unknown."""
    return shipped(_rubric_for(level, report_year))


def in_force(data: dict, report_year: int | None) -> bool:
    """Whether a rubric's `report_years` admit a report year (an unknown year: the rubrics in force now)."""
    years = data.get("report_years") or {}
    if report_year is None:
        return years.get("to") is None
    return years.get("from", report_year) <= report_year <= years.get("to", report_year)


@functools.cache
def _rubric_for(level: str | None, report_year: int | None) -> str:
    # cached: choosing per report cost 0.27 ms of a 3 ms batch report
    facts = {n: _selection_facts(n) for n in shipped_rubrics()}
    names = [n for n in facts if in_force(facts[n], report_year)]
    if not names:  # a year before any rubric: the earliest rules
        names = [min(facts, key=lambda n: (facts[n].get("report_years") or {}).get("from", 0))]
    by_level = [n for n in names if level and level in (facts[n].get("applies_to") or [])]
    # the rubric made for fewest levels is the most specific
    by_level.sort(key=lambda n: (len(facts[n].get("applies_to") or []), n != DEFAULT_RUBRIC))
    if by_level:
        return by_level[0]
    return DEFAULT_RUBRIC if DEFAULT_RUBRIC in names else names[0]


@functools.cache
def _shipped_layer(path: Path) -> dict:
    """A shipped rubric file as read, once per process: every shipped rubric extends default.yaml.
    Only read from (choosing a rubric), never merged: `merge` takes fresh data."""
    return _read_yaml(path)


def _selection_facts(name: str) -> dict:
    """A shipped rubric's `applies_to` and `report_years` as its extends chain sets them, read
    without building the rubric: choosing one must not cost loading all of them."""
    out: dict = {}
    for _path, layer in _read_layers(shipped_rubrics()[name], seen=(), read=_shipped_layer):
        for key in ("applies_to", "report_years"):
            if key in layer:
                out[key] = layer[key]
    return out


def load(name_or_path: str = DEFAULT_RUBRIC, validate: bool | None = None) -> Rubric:
    """Load a rubric by shipped id or path. User files are always validated; shipped ones are
    validated by the test suite and `fzscore rubric check` (jsonschema costs ~0.1 s to import)."""
    path = resolve(name_or_path)
    layers = _read_layers(path, seen=())
    data = layers[0][1]
    for _, layer in layers[1:]:
        data = merge(data, layer)
    if validate is None:
        validate = path.resolve().parent != resource_dir("rubrics").resolve()
    if validate:
        from scorer.rubric.validation import validation_problems

        problems = validation_problems(layers, data)
        if problems:
            raise RubricError(f"{path}: 评分细则有 {len(problems)} 处错误", problems)
    return compile_rubric(data, str(path))


def compile_rubric(data: dict, path: str) -> Rubric:
    """The rubric ready to run: every check with its kind's defaults filled in."""
    from scorer.checks import KINDS

    data = dict(data)
    data["checks"] = [KINDS[c["kind"]].with_defaults(c) if c.get("kind") in KINDS else c for c in data["checks"]]
    recognisers = [Recogniser.from_rubric(sid, spec) for sid, spec in data.get("sections", {}).items()]
    return Rubric(data, path, recognisers)


__all__ = ["DEFAULT_RUBRIC", "Rubric", "compile_rubric", "for_level", "in_force", "layer_paths", "load", "merge", "resolve",
           "shipped", "shipped_rubrics"]
