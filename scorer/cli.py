"""Command line: `fzscore REPORT`, `fzscore rubric check FILE`.

Exit codes: 0 scored; 1 score below --fail-under; 2 usage error or unreadable input;
3 not an annual report on 法治政府建设 (the JSON card is still printed).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys

import click

from . import __version__
from .errors import FzscoreError, RubricError

EXIT_OK, EXIT_BELOW, EXIT_INPUT, EXIT_NOT_REPORT = 0, 1, 2, 3


class DefaultToScore(click.Group):
    """`fzscore REPORT …` means `fzscore score REPORT …`."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h", "--version"):
            args = ["score", *args]
        return super().parse_args(ctx, args)


@click.group(cls=DefaultToScore, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="fzscore", message="%(prog)s %(version)s")
def main():
    """fzscore：按评分细则给法治政府建设年度报告评分。

    \b
    fzscore 报告.txt                 评分并在终端显示摘要
    fzscore 报告.txt --format json   输出 JSON 评分表
    fzscore rubric check 细则.yaml   检查自定义评分细则
    """


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"日期格式应为 YYYY-MM-DD，收到 {value!r}") from None


@main.command("score")
@click.argument("report", type=click.Path(dir_okay=True, path_type=str))
@click.option("--rubric", "rubric_name", default="default", show_default=True, help="评分细则：内置名称或 YAML 文件路径")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="输出格式")
@click.option("--published", callback=_date, metavar="YYYY-MM-DD", help="指定发布日期（覆盖从文中识别的日期）")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None, metavar="N", help="得分低于 N 时以退出码 1 结束")
@click.option("--html", "html_out", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="HTML 评分表的保存路径（默认：文本格式时写到 ./<报告名>.scorecard.html）")
@click.option("--no-html", is_flag=True, help="不写 HTML 评分表")
def score_cmd(report, rubric_name, fmt, published, fail_under, html_out, no_html):
    """给一份报告评分。

    文本格式（默认）在终端显示摘要，并写出 HTML 评分表；JSON 格式只在给出 --html 时写 HTML。
    """
    from .pipeline import score_path
    from .rubric import load

    try:
        rubric = load(rubric_name)
        card = score_path(report, rubric, published)
    except RubricError as err:
        _fail(err)
        for p in err.problems:
            click.echo(p, err=True)
        sys.exit(EXIT_INPUT)
    except FzscoreError as err:
        _fail(err)
        sys.exit(err.exit_code)
    if html_out is None and fmt == "text" and not no_html:
        from .outputs import html_path_for

        html_out = str(html_path_for(report))
    written = None
    if html_out and not no_html:
        written = _write_html(card, html_out)
    if fmt == "json":
        click.echo(json.dumps(card, ensure_ascii=False, indent=1))
    else:
        from .render.text import render

        click.echo(render(card), nl=False)
        if written:
            click.echo(f"\nHTML 评分表：{written}")
    if not card["document"]["is_report"]:
        if fmt == "json":
            click.echo(f"fzscore: {report}: {card['document']['not_report_reason']}", err=True)
        sys.exit(EXIT_NOT_REPORT)
    if fail_under is not None and card["score"] < fail_under:
        click.echo(f"fzscore: {report}: 得分 {card['score']:g} 低于 --fail-under {fail_under:g}", err=True)
        sys.exit(EXIT_BELOW)


@main.command("render")
@click.argument("scorecard", type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="输出路径（默认：与 JSON 同名的 .html）")
def render_cmd(scorecard, output):
    """把保存的 JSON 评分表重新渲染为 HTML。"""
    try:
        with open(scorecard, encoding="utf-8-sig") as f:
            card = json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        click.echo(f"fzscore: 错误: {scorecard}: 不是有效的 JSON 评分表（{exc}）", err=True)
        sys.exit(EXIT_INPUT)
    if not isinstance(card, dict) or "checks" not in card or "text" not in card:
        click.echo(f"fzscore: 错误: {scorecard}: 不是 fzscore 的 JSON 评分表", err=True)
        sys.exit(EXIT_INPUT)
    from pathlib import Path

    out = output or str(Path(scorecard).with_suffix(".html"))
    click.echo(str(_write_html(card, out)))


def _write_html(card: dict, path: str):
    from .outputs import atomic_write
    from .render.html import render_html

    try:
        return atomic_write(path, render_html(card))
    except OSError as exc:
        click.echo(f"fzscore: 错误: {path}: 无法写入 HTML 评分表（{exc.strerror or exc}）", err=True)
        sys.exit(EXIT_INPUT)


@main.group("rubric")
def rubric_group():
    """评分细则：检查。"""


@rubric_group.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
def rubric_check(files):
    """校验评分细则文件；错误按“文件:行: 路径: 说明”列出。"""
    from .rubric import load

    bad = 0
    for f in files:
        try:
            rubric = load(f, validate=True)
        except RubricError as err:
            bad += 1
            if err.problems:
                for p in err.problems:
                    click.echo(p)
            else:
                click.echo(str(err))
            continue
        click.echo(f"{f}: 有效（{rubric.id} {rubric.version}，{len(rubric.checks)} 个检查项）")
    sys.exit(EXIT_INPUT if bad else EXIT_OK)


def _fail(err: Exception) -> None:
    click.echo(f"fzscore: 错误: {err}", err=True)


def run() -> None:
    """Entry point that turns any unexpected exception into one line and exit code 2."""
    try:
        main(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("fzscore: 已中断", err=True)
        sys.exit(130)
    except Exception as exc:  # never a traceback for the user
        if os.environ.get("FZSCORE_DEBUG"):
            raise
        click.echo(f"fzscore: 内部错误: {type(exc).__name__}: {exc}（设置 FZSCORE_DEBUG=1 可查看详情）", err=True)
        sys.exit(EXIT_INPUT)
