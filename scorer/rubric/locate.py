"""Where a rubric problem is: the file:line of a YAML node, and the closest name to a misspelt one."""
from __future__ import annotations

from pathlib import Path


def _yaml():
    """PyYAML, imported when a rubric is parsed or an error located (a cached rubric needs neither)."""
    import yaml

    return yaml


def _did_you_mean(word: str, choices: list[str]) -> str | None:
    import difflib  # only when a rubric has a problem to name

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def _line_index(path: Path):
    try:
        yaml = _yaml()
        return yaml.compose(path.read_text(encoding="utf-8-sig"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except Exception:
        return None


def _line_of(node, loc: list) -> int:
    """The 1-based line of the YAML node at `loc` (or of its nearest existing parent)."""
    line = 1
    for key in loc:
        if node is None:
            break
        line = node.start_mark.line + 1
        if isinstance(node, _yaml().MappingNode):
            nxt = None
            for k, v in node.value:
                if k.value == str(key):
                    nxt = v
                    line = k.start_mark.line + 1
                    break
            node = nxt
        elif isinstance(node, _yaml().SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            node = None
    if node is not None:
        line = node.start_mark.line + 1
    return line
