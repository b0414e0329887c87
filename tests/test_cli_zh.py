"""What the command line says is Chinese, whatever went wrong (issue 16)."""
from __future__ import annotations

import re

import pytest

from conftest import run_cli

ENGLISH = re.compile(r"Usage|Error|Options|Missing|Invalid|No such|Got unexpected|Show this|is not a valid|does not exist|Try '")


@pytest.mark.parametrize("args", [
    ["--json", "x.txt"],
    ["--help"],
    ["score", "--help"],
    ["batch"],
    ["x.txt", "--fail-under", "abc"],
    ["x.txt", "--published", "2025-13-01"],
    ["x.txt", "--format", "xml"],
    ["rubric", "nosuch"],
    ["explain"],
])
def test_the_command_line_speaks_chinese(args, tmp_path):
    r = run_cli(*args, cwd=tmp_path)
    said = r.stdout + r.stderr
    assert said.strip() and not ENGLISH.search(said), said
    assert "Traceback" not in said
    if args != ["--help"] and args != ["score", "--help"]:
        assert r.returncode == 2


def test_usage_names_fzscore_and_chinese_metavars(tmp_path):
    r = run_cli("--help", cwd=tmp_path)
    assert r.stdout.startswith("用法: fzscore [选项] 命令 [参数]...")
