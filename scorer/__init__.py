"""fzscore: score 法治政府建设年度报告 against YAML rubrics."""

__version__ = "0.1.0"
