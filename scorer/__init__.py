"""fzscore: score 法治政府建设年度报告 against YAML rubrics."""

from scorer.text import charsets, compiled

__version__ = "0.1.0"

# before any module of the package compiles a pattern
charsets.install()
compiled.install()
