"""Start-up: `fzscore REPORT --format json` imports only what scoring a report needs.

Every module costs a run its loading, and a run is mostly start-up (issue 20: no slower than
45264b8). The JSON path renders no page, writes no round and asks no reviewer, so the HTML renderer
(jinja2), the spreadsheet (openpyxl), LibreOffice glue, the review store, the browser face, the
rubric validator and jieba stay out. Asserted on module names after a real run through both entry
points (the console script's `scorer.__main__:run` and `python -m scorer`), never on times: timing
is benchmarks/bench_single.py's job.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, corpus_dir

# What the JSON path must not import, and why each would be there if it did.
NOT_ON_THE_JSON_PATH = {
    "jinja2": "the HTML renderer's templates",
    "markupsafe": "the HTML renderer's templates",
    "openpyxl": "the round's spreadsheet",
    "jsonschema": "validating a user's rubric",
    "jieba": "word segmentation for the round's analyses",
    "yaml": "rubrics and word lists are read from the per-user cache once parsed",
    "starlette": "the browser face",
    "uvicorn": "the browser face",
    "pypdfium2": "reading PDF",
    "docx": "reading DOCX",
    "lxml": "reading DOCX and HTML",
    "numpy": "nothing a report needs",
    "sklearn": "nothing a report needs",
    "_hashlib": "OpenSSL: SHA-256 comes from CPython's own module (scorer.text.yamlcache.sha256_hex)",
    "subprocess": "LibreOffice glue (legacy .doc/.wps)",
    "tempfile": "LibreOffice glue and atomic writes of a round",
    "email": "nothing a report needs",
    "http": "the browser face",
    "urllib.request": "nothing a report needs",
    "difflib": "suggesting a command for a misspelt one",
    "signal": "the enums of `signal` (the handler is set through `_signal`)",
    "shlex": "click's pager and editor (click._termui_impl)",
    "click._termui_impl": "click's pager, editor and progress bar",
    "click.shell_completion": "tab completion",
    "scorer.render": "a JSON card is json.dumps of the scorecard",
    "scorer.round": "batch, outputs, summaries, the review store",
    "scorer.serve": "the browser face",
    "scorer.cli.review": "the reviewer's commands",
    "scorer.rubric.validation": "validating a user's rubric (shipped rubrics are validated by the tests)",
    "scorer.scoring.examples": "`fzscore rubric test`",
    "scorer.reading.legacy": "LibreOffice glue",
    "scorer.reading.pdf": "reading PDF",
    "scorer.reading.docx": "reading DOCX",
    "scorer.reading.html": "reading HTML",
}

SCORE_AND_LIST_MODULES = """
import json, runpy, sys
entry, report = sys.argv[1], sys.argv[2]
sys.argv = ["fzscore", report, "--format", "json"]
try:
    if entry == "script":
        from scorer.__main__ import run
        run()
    else:
        runpy.run_module("scorer", run_name="__main__", alter_sys=True)
except SystemExit as exc:
    code = exc.code
sys.stdout.flush()
sys.stderr.write("\\nMODULES " + json.dumps({"exit": code, "modules": sorted(sys.modules)}) + "\\n")
"""


def _json_run(entry: str, report, env) -> tuple[dict, list[str]]:
    out = subprocess.run([sys.executable, "-c", SCORE_AND_LIST_MODULES, entry, str(report)], capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=120)
    line = [x for x in out.stderr.splitlines() if x.startswith("MODULES ")]
    assert line, out.stderr[-2000:]
    listed = json.loads(line[-1].removeprefix("MODULES "))
    assert listed["exit"] in (0, None), out.stderr[-2000:]
    return json.loads(out.stdout), listed["modules"]


def _loaded(modules: list[str], name: str) -> bool:
    return any(m == name or m.startswith(name + ".") for m in modules)


@pytest.mark.parametrize("entry", ["script", "python -m scorer"])
def test_the_json_path_imports_only_what_scoring_needs(entry, tmp_path):
    report = sorted(corpus_dir("dev").glob("*.txt"))[0]
    env = {k: v for k, v in os.environ.items() if k != "FZSCORE_NO_CACHE"} | {"TMPDIR": str(tmp_path)}
    first, _ = _json_run(entry, report, env)  # a fresh per-user cache: this run may parse YAML
    card, modules = _json_run(entry, report, env)
    assert card["score"] == first["score"] and card["checks"]  # a real card, scored both times
    assert "scorer.scoring.pipeline" in modules and "scorer.document.build" in modules  # the list is real
    loaded = {name: why for name, why in NOT_ON_THE_JSON_PATH.items() if _loaded(modules, name)}
    assert loaded == {}, f"imported on the JSON path: {loaded}"


def test_the_commands_imported_only_when_used_are_all_there():
    """The reviewer's and the browser face's commands are named in the group and loaded on use:
    each name leads to a command of that name, and `fzscore --help` lists them all."""
    from click.testing import CliRunner

    from scorer.__main__ import main

    assert main.lazy  # type: ignore[attr-defined]
    for name in main.lazy:  # type: ignore[attr-defined]
        command = main.get_command(None, name)  # type: ignore[arg-type]
        assert command is not None and command.name == name
    listed = CliRunner().invoke(main, ["--help"]).output
    for name in ("score", "batch", "review", "letters", "diff", "remove", "serve", "users"):
        assert f"  {name} " in listed, listed
