"""A copied pair side by side (pairs/pair-NNNNN.html): both reports' body lines, the shared passages marked.

It reads only the view the round gives it (each side's name, issuer, share and lines, each line
marked copied or not) and gives the page as text.
"""
from __future__ import annotations


def render_pair(view: dict) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    from scorer.text.resources import resource_dir

    env = Environment(loader=FileSystemLoader(str(resource_dir("templates"))), autoescape=select_autoescape(["html", "j2"]))
    return env.get_template("pair.html.j2").render(**view)
