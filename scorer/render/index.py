"""index.html: the round's page (sortable table, distributions, most failed checks, unscored files).

It reads only what it is given: the round's statistics and the scored rows, as an iterable read
once (the batch streams them from disk, so a round of any size renders in flat memory).
"""
from __future__ import annotations

from collections.abc import Iterable


def write_index(path, stats: dict, scored: Iterable[dict], skipped: list[dict], run_info: dict,
                grade_order: list[str]) -> None:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from scorer.round.outputs import atomic_file
    from scorer.round.summary import LEVEL_ZH, STATUS_ZH
    from scorer.text.resources import resource_dir

    env = Environment(loader=FileSystemLoader(str(resource_dir("templates"))), autoescape=select_autoescape(["html", "j2"]))
    data = dict(stats)
    data.update(
        scored=scored,
        skipped=skipped,
        run=run_info,
        level_zh=LEVEL_ZH,
        status_zh=STATUS_ZH,
        grade_order=[g for g in grade_order if g in stats["grades"]] + [g for g in stats["grades"] if g not in grade_order],
    )
    with atomic_file(path) as f:
        for chunk in env.get_template("index.html.j2").generate(**data):
            f.write(chunk)
