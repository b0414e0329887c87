"""A copied pair side by side (pairs/pair-NNNNN.html): both reports' body lines, the shared passages marked.

It reads only the view the round gives it (each side's name, issuer, share and lines, each line
marked copied or not) and gives the page as text.
"""
from __future__ import annotations

import functools


def render_pair(view: dict) -> str:
    return _template().render(**view)


@functools.lru_cache(maxsize=1)
def _template():
    """The pair page's template, compiled once a process (it was compiled again for every pair: ~7 ms
    each) and kept in Jinja2's per-user bytecode cache."""
    import jinja2

    from scorer.render.html import _bytecode_cache
    from scorer.text.resources import resource_dir

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(resource_dir("templates"))),
                             autoescape=jinja2.select_autoescape(["html", "j2"]), bytecode_cache=_bytecode_cache(jinja2))
    return env.get_template("pair.html.j2")
