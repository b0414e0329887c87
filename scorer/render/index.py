"""index.html: the round's page (sortable table, distributions, most failed checks, unscored files).

It reads only what it is given: the round's statistics and the scored rows, as an iterable read
once (the batch streams them from disk, so a round of any size renders in flat memory). It gives
the page as chunks of text; the round writes them (atomically) where it wants.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from scorer.text.labels import LEVEL_ZH, ROW_STATUS_ZH


def render_index(stats: dict, scored: Iterable[dict], skipped: list[dict], run_info: dict,
                 grade_order: list[str], other_years: Iterable[dict] = (), analyses: dict | None = None) -> Iterator[str]:
    """`scored`: the reports ranked together (of the round's year), best first; `other_years`:
    reports of other years, shown in a table of their own and ranked apart; `analyses`: the
    round's analyses (copied pairs, last year's follow-through), when they were run."""
    data = dict(stats)
    data.update(
        scored=scored,
        other_rows=other_years,
        skipped=skipped,
        run=run_info,
        analyses=analyses,  # the round's analyses (copied pairs, last year's follow-through), when run
        level_zh=LEVEL_ZH,
        status_zh=ROW_STATUS_ZH,
        grade_order=[g for g in grade_order if g in stats["grades"]] + [g for g in stats["grades"] if g not in grade_order],
    )
    return _template().generate(**data)


@functools.lru_cache(maxsize=1)
def _template():
    """The index's template, compiled once a process and kept in Jinja2's per-user bytecode cache
    (compiling it took ~50 ms of every batch's end)."""
    import jinja2

    from scorer.render.html import _bytecode_cache
    from scorer.text.resources import resource_dir

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(resource_dir("templates"))),
                             autoescape=jinja2.select_autoescape(["html", "j2"]), bytecode_cache=_bytecode_cache(jinja2))
    return env.get_template("index.html.j2")
