"""Command line: `fzscore REPORT`, `fzscore rubric check FILE`.

Exit codes: 0 scored; 1 score below --fail-under; 2 usage error or unreadable input;
3 not an annual report on 法治政府建设 (the JSON card is still printed).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import sys
from typing import TYPE_CHECKING

import click

from scorer import __version__
from scorer.cli import zh as cli_zh
from scorer.text.errors import FzscoreError, RubricError
from scorer.text.labels import LEVEL_ZH
from scorer.text.sanitize import one_line

if TYPE_CHECKING:
    from scorer.scoring.card import Scorecard

EXIT_OK, EXIT_BELOW, EXIT_INPUT, EXIT_NOT_REPORT, EXIT_UNSCORED = 0, 1, 2, 3, 4


cli_zh.install()


class DefaultToScore(cli_zh.Group):
    """`fzscore REPORT …` means `fzscore score REPORT …`.

    Commands defined in other modules (the reviewer's, the browser face's) are named with `add_lazy`
    and imported only when one of them is run, listed or completed: scoring a report loads none."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy: dict[str, str] = {}  # command name → "module:attribute"

    def add_lazy(self, name: str, where: str) -> None:
        self.lazy[name] = where

    def list_commands(self, ctx):
        return sorted({*self.commands, *self.lazy})

    def get_command(self, ctx, cmd_name):
        if cmd_name not in self.commands and cmd_name in self.lazy:
            import importlib

            module, attribute = self.lazy[cmd_name].split(":")
            self.add_command(getattr(importlib.import_module(module), attribute), cmd_name)
        return super().get_command(ctx, cmd_name)

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in self.lazy and args[0] not in ("--help", "-h", "--version"):
            self._misspelt_command(ctx, args[0])
            args = ["score", *args]
        return super().parse_args(ctx, args)

    def _misspelt_command(self, ctx, word: str) -> None:
        """`fzscore bacth …`: a word that is no file but close to a command is a misspelt command."""
        if word.startswith("-") or word == "-" or os.path.exists(word):
            return
        import difflib

        hits = difflib.get_close_matches(word, self.list_commands(ctx), n=1, cutoff=0.6)
        if hits:
            ctx.fail(f"没有命令 {word}，也没有这个文件；是不是 {hits[0]}？（fzscore --help 列出全部命令）")


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


class ScoreCommand(cli_zh.Command):
    """`fzscore REPORT -o DIR` is batch's option on a single report: say what to use instead."""

    def parse_args(self, ctx, args):
        try:
            return super().parse_args(ctx, args)
        except click.NoSuchOption as err:
            if err.option_name in ("-o", "--outdir", "--output"):
                err.message = (f"没有选项 {err.option_name}：给一份报告评分时，用 --html 路径 指定 HTML 评分表写到哪里；"
                               "要把一批报告的评分表写到一个目录，用 fzscore batch 报告/ -o 输出目录/")
            raise


@main.command("score", cls=ScoreCommand)
@click.argument("reports", nargs=-1, required=True, metavar="报告...")
@click.option("--rubric", "rubric_name", default=None, help="评分细则：内置名称或 YAML 文件路径（默认按报告年度和报告单位的级别选择内置细则）")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="输出格式")
@click.option("--published", callback=_date, metavar="YYYY-MM-DD", help="指定发布日期（覆盖从文中识别的日期）")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None, metavar="N", help="得分低于 N 时以退出码 1 结束")
@click.option("--html", "html_out", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="HTML 评分表的保存路径（只评一份报告时；默认：文本格式时写到 ./<报告名>.scorecard.html）")
@click.option("--no-html", is_flag=True, help="不写 HTML 评分表")
@click.option("--as-report", is_flag=True,
              help="即使识别为非年度报告（通知、方案、新闻等）也按年度报告评分；评分表会注明是按要求强制评分的")
def score_cmd(reports, rubric_name, fmt, published, fail_under, html_out, no_html, as_report):
    """给一份或几份报告评分（“-”表示从标准输入读取）。

    文本格式（默认）在终端显示摘要，并写出 HTML 评分表；JSON 格式只在给出 --html 时写 HTML，
    几份报告时输出一个 JSON 数组。一份报告读不了，其余的照样评分。

    \b
    退出码：0 已评分；1 得分低于 --fail-under；2 有文件无法读取；3 有文件不是法治政府建设年度报告。
    """
    from scorer.rubric import load

    if html_out and len(reports) > 1:
        raise click.UsageError("评几份报告时不能用 --html 指定一个路径：每份报告的 HTML 评分表写到各自的默认位置")
    try:
        rubric = load(rubric_name) if rubric_name else None
    except RubricError as err:
        _fail(err)
        for p in err.problems:
            click.echo(p, err=True)
        sys.exit(EXIT_INPUT)
    worst = EXIT_OK
    cards = []
    used_html: set[str] = set()
    for report in reports:
        code, card = _score_one(report, rubric, published, as_report)
        worst = _worse(worst, code)
        if card is None:
            continue
        written = None
        if not no_html and (html_out or fmt == "text"):
            written = _write_html(card, html_out or _html_for(report, card, used_html))
            used_html.add(str(written))
        if fmt == "json":
            cards.append(card)
        else:
            from scorer.render.text import render

            _out(("\n" if len(cards) or report != reports[0] else "") + render(card)
                 + (f"\nHTML 评分表：{written}\n" if written else ""))
        if not card["document"]["is_report"]:
            if fmt == "json":
                click.echo(one_line(f"fzscore: {report}: {card['document']['not_report_reason']}"), err=True)
            worst = _worse(worst, EXIT_NOT_REPORT)
        elif fail_under is not None and card["score"] < fail_under:
            click.echo(one_line(f"fzscore: {report}: 得分 {card['score']:.1f} 低于 --fail-under {fail_under:g}"), err=True)
            worst = _worse(worst, EXIT_BELOW)
    if fmt == "json" and cards:
        _out(json.dumps(cards[0] if len(reports) == 1 else cards, ensure_ascii=False, indent=1) + "\n")
    sys.exit(worst)


# The exit code of several reports is the most serious of theirs.
_SEVERITY = {EXIT_OK: 0, EXIT_BELOW: 1, EXIT_NOT_REPORT: 2, EXIT_INPUT: 3}


def _worse(a: int, b: int) -> int:
    return a if _SEVERITY.get(a, 3) >= _SEVERITY.get(b, 3) else b


def _score_one(report: str, rubric, published, as_report) -> tuple[int, Scorecard | None]:
    """(exit code, card) for one report; an unreadable one is a line on stderr and no card."""
    from scorer.scoring.pipeline import score_data, score_path

    try:
        if report == "-":
            from scorer.reading import MAX_INPUT_BYTES

            data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
            return EXIT_OK, score_data("-", data, rubric, published, as_report=as_report)
        return EXIT_OK, score_path(_local_path(report), rubric, published, as_report=as_report)
    except FzscoreError as err:
        _fail(err)
        return err.exit_code, None
    except Exception as exc:  # a bug on this input: say which file, in one line
        if os.environ.get("FZSCORE_DEBUG"):
            raise
        from scorer.text.sanitize import one_line

        click.echo(one_line(f"fzscore: 内部错误: {report}: {type(exc).__name__}: {exc}（设置 FZSCORE_DEBUG=1 可查看详情）"), err=True)
        return EXIT_INPUT, None


def _local_path(path: str) -> str:
    """A path as typed; a Windows path (报告\\2024\\a.txt) read with / when only that names a file."""
    if "\\" in path and not os.path.exists(path):
        unix = path.replace("\\", "/")
        if os.path.exists(unix):
            return unix
    return path


def _html_for(report: str, card: dict, taken: set[str]) -> str:
    """./<stem>.scorecard.html, unless that page is another report's (or was written by this run):
    then <stem>-2.scorecard.html, -3 …, so that scoring x1/a.txt and x2/a.txt keeps both pages."""
    from scorer.round.outputs import html_path_for, page_source

    base = str(html_path_for("stdin" if report == "-" else report))
    source = card["source"]["path"]
    candidate, n = base, 1
    while candidate in taken or (os.path.exists(candidate) and page_source(candidate) not in (None, source)):
        n += 1
        candidate = base[: -len(".scorecard.html")] + f"-{n}.scorecard.html"
    if candidate != base:
        click.echo(f"fzscore: {base} 是另一份报告的评分表，本报告的 HTML 评分表写到 {candidate}", err=True)
    return candidate


def _out(text: str) -> None:
    """Standard output that a closed pipe (fzscore a.txt | head -1) does not turn into an error."""
    try:
        click.echo(text, nl=False)
        sys.stdout.flush()
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # the rest goes nowhere; the exit code stays the score's


@main.command("batch")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--outdir", required=True, type=click.Path(file_okay=False, path_type=str), help="输出目录")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None, help="并行进程数（默认：全部 CPU 核）")
@click.option("--rubric", "rubric_name", default=None, help="评分细则（默认按每份报告的级别选择）")
@click.option("--no-html", is_flag=True, help="只写 JSON 评分表，不写每份报告的 HTML")
@click.option("--jsonl", "jsonl", type=click.Path(dir_okay=False, path_type=str), default=None, help="另写一个 JSONL 文件，每行一份评分表")
@click.option("--force", is_flag=True, help="重新评分全部文件（默认跳过内容和评分细则都未变的文件）")
@click.option("--fail-under", type=click.FloatRange(0, 100), default=None, metavar="N", help="有报告得分低于 N 时以退出码 1 结束")
@click.option("--timeout", "time_limit", type=click.FloatRange(1, 3600), default=None, metavar="秒",
              help="每个文件的评分时限，超时的文件记为“超时”（默认 60 秒）")
@click.option("--as-report", is_flag=True, help="识别为非年度报告的文件也按年度报告评分（评分表注明是强制评分）")
@click.option("--year", type=click.IntRange(2000, 2100), default=None, metavar="年份",
              help="本轮评审的报告年度（默认：多数报告所写的年度）；其他年度的报告单列，不参与排名")
@click.option("--previous", type=click.Path(exists=True, file_okay=False, path_type=str), default=None, metavar="目录",
              help="上年的批量评分输出目录，或上年报告所在的目录：与上年对照（工作安排的落实、重复的不足、照搬的文字、分数变化）")
@click.option("-q", "--quiet", is_flag=True, help="不显示进度")
@click.option("-v", "--verbose", is_flag=True, help="每份报告显示一行")
def batch_cmd(inputs, outdir, jobs, rubric_name, no_html, jsonl, force, fail_under, time_limit, as_report, year, previous, quiet,
              verbose):
    """批量评分：文件、目录（递归）或通配符；写出每份报告的评分表和 index.html、summary.csv、summary.xlsx。

    输出目录中已有的报告会保留：再次运行只会增加新报告、重新评分改动过的报告；要从本轮中去掉报告，用 fzscore remove。

    退出码：0 全部评分；1 有报告低于 --fail-under；2 无法开始或汇总无法写出；4 有文件无法评分；
    130 被中断（Ctrl-C 或 SIGTERM）。
    """
    from scorer.round import batch
    from scorer.text.sanitize import one_line

    opts = batch.Options(list(inputs), outdir, jobs, rubric_name, not no_html, jsonl, force, fail_under,
                         time_limit or batch.TIME_LIMIT, as_report, year, previous=previous)
    show = start = None
    if verbose:
        def show(row):
            what = f"{row.get('score')} {row.get('grade')}" if row.get("status") == "scored" else row.get("reason")
            click.echo(one_line(f"{row['name']}: {'（沿用）' if row.get('reused') else ''}{what}"), err=True)
    elif not quiet and sys.stderr.isatty():
        def start(total):
            nonlocal show
            show = batch.progress_printer(total) if total else None

    try:
        result = batch.run_batch(opts, on_row=lambda row: show and show(row), on_start=start)
    except RubricError as err:
        _fail(err)
        for p in err.problems:
            click.echo(one_line(p), err=True)
        sys.exit(EXIT_INPUT)
    except batch.BatchError as err:
        _fail(err)
        for line in err.details:
            click.echo("  " + one_line(line), err=True)
        sys.exit(EXIT_INPUT)
    if result.interrupted:
        click.echo(f"\nfzscore: 已中断：完成 {result.done}/{result.files} 份（每份评分表都已完整写出）；重新运行会跳过已完成的文件。",
                   err=True)
    elif not quiet:
        _say_round(result)
    if result.below:  # named even with -q: they are why the exit code is 1
        click.echo(f"fzscore: {len(result.below)} 份报告得分低于 --fail-under {fail_under:g}：", err=True)
        for name, score in result.below[:50]:
            click.echo("  " + one_line(f"{name}: {score:.1f}"), err=True)
        if len(result.below) > 50:
            click.echo(f"  … 另有 {len(result.below) - 50} 份，见 summary.csv", err=True)
    sys.exit(result.exit_code)


def _say_analyses(analyses: dict | None) -> None:
    if not analyses:
        return
    if analyses["pair_count"]:
        click.echo(f"雷同：{analyses['pair_count']} 对报告有雷同段落（{analyses['flagged']} 份报告），见 index.html 和 duplicates.csv", err=True)
    prev = analyses.get("previous")
    if prev:
        click.echo(f"与上年对照：{prev['matched']} 份报告对上了上年的报告，{len(prev['repeated'])} 份重复列出上年的不足", err=True)
        for p in prev.get("problems") or []:
            click.echo("  " + p, err=True)


def _say_round(result) -> None:
    """What the round did, in words a reviewer reads once: new and carried-over scores apart,
    non-reports apart from unreadable files, and every file that was not scored, by name."""
    from scorer.text.sanitize import one_line

    stats = result.stats
    carried = stats.get("scored_reused", 0)
    failed = [r for r in stats["failed"] if r["name"] not in result.kept]  # this run's; kept ones were said before
    scored = result.files - len(failed)
    unscored = [r for r in failed if r.get("status") != "not_report"]
    not_reports = [r for r in failed if r.get("status") == "not_report"]
    parts = [f"共 {result.files + len(result.skipped)} 个文件：评分 {scored} 份"
             + (f"（其中 {carried} 份内容和细则未变，沿用上次的评分）" if carried else "")]
    if not_reports:
        parts.append(f"不是年度报告 {len(not_reports)} 份")
    if unscored:
        parts.append(f"无法评分 {len(unscored)} 份")
    if result.skipped:
        parts.append(f"跳过 {len(result.skipped)} 个不支持或找不到的文件")
    click.echo(one_line("，".join(parts) + "。"), err=True)
    if result.kept:
        click.echo(one_line(f"本轮共 {stats['total']} 份报告：另有 {len(result.kept)} 份为此前评分，已保留在汇总中"
                            f"（要从本轮中去掉报告，用 fzscore remove {result.outdir} 报告）。"), err=True)
    for name, before, now in result.replaced:
        click.echo(one_line(f"注意：{now} 与此前的 {before} 输出名相同（{name}），已替换此前的评分表"), err=True)
    if stats.get("other_years"):
        others = "、".join(f"{y} 年度 {n} 份" for y, n in stats["other_years"].items())
        click.echo(one_line(f"本轮为 {result.year} 年度报告；{others} 单列，不参与排名（可用 --year 指定本轮年度）。"), err=True)
    click.echo(one_line(f"汇总：{result.outdir / 'index.html'}"), err=True)
    _say_analyses(result.analyses)
    for label, rows in (("无法评分", unscored), ("不是年度报告", not_reports), ("跳过", result.skipped)):
        for r in rows[:20]:
            click.echo("  " + one_line(f"{label}：{r['path']}：{r.get('reason')}"), err=True)
        if len(rows) > 20:
            click.echo(f"  … 另有 {len(rows) - 20} 个（{label}），见 index.html", err=True)


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
    try:
        click.echo(str(_write_html(card, out)))
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        if os.environ.get("FZSCORE_DEBUG"):
            raise
        click.echo(f"fzscore: 错误: {scorecard}: JSON 评分表缺少或写错了字段，无法渲染（{type(exc).__name__}: {exc}）", err=True)
        sys.exit(EXIT_INPUT)


def _write_html(card: dict, path: str):
    from scorer.render.html import render_html
    from scorer.round.outputs import atomic_write

    try:
        return atomic_write(path, render_html(card))
    except OSError as exc:
        click.echo(f"fzscore: 错误: {path}: 无法写入 HTML 评分表（{exc.strerror or exc}）", err=True)
        sys.exit(EXIT_INPUT)


@main.group("rubric")
def rubric_group():
    """评分细则：列出、显示、校验、用示例测试。"""


@rubric_group.command("check")
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=str))
def rubric_check(files):
    """校验评分细则文件；错误按“文件:行: 路径: 说明”列出。"""
    from scorer.rubric import load

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


@rubric_group.command("schema")
@click.option("--write", is_flag=True, help="写回 rubrics/rubric.schema.json（开发者在修改检查类型的选项后使用）")
def rubric_schema(write):
    """输出评分细则的 JSON Schema（由各检查类型声明的选项组成），可供编辑器校验。"""
    from scorer.rubric.validation import composed_schema
    from scorer.text.resources import resource_dir

    text = json.dumps(composed_schema(), ensure_ascii=False, indent=2) + "\n"
    if write:
        from scorer.round.outputs import atomic_write

        path = resource_dir("rubrics") / "rubric.schema.json"
        atomic_write(path, text)
        click.echo(f"已写入 {path}")
    else:
        click.echo(text, nl=False)


@rubric_group.command("list")
def rubric_list():
    """列出内置评分细则。"""
    from scorer.rubric import shipped, shipped_rubrics

    for name in shipped_rubrics():
        r = shipped(name)
        levels = "、".join(LEVEL_ZH.get(x, x) for x in r.data.get("applies_to", [])) or "全部"
        click.echo(f"{name:<12} {r.version:<8} {len(r.checks):>2} 项  适用：{levels}  {r.data['title']}")


@rubric_group.command("show")
@click.argument("name", default="default")
def rubric_show(name):
    """显示一份评分细则的类别、检查项、分值和依据（已合并 extends）。"""
    rubric = _load_or_exit(name)
    click.echo(f"{rubric.data['title']}（{rubric.id} {rubric.version}）")
    if rubric.data.get("extends"):
        click.echo(f"继承自：{rubric.data['extends']}")
    if rubric.data.get("description"):
        click.echo(rubric.data["description"].strip())
    click.echo("等级：" + "，".join(f"{g['name']} ≥ {g['min']:g}" for g in rubric.data["grades"]))
    for cat in rubric.categories:
        checks = [c for c in rubric.checks if c["category"] == cat["id"]]
        click.echo(f"\n{cat['name']}（{sum(c['points'] for c in checks):g} 分）")
        for c in checks:
            click.echo(f"  {c['id']:<34} {c['points']:>4g} 分  {c['name']}")
            click.echo(f"  {'':<34}        依据：{c['basis']}")


@rubric_group.command("test")
@click.argument("names", nargs=-1)
def rubric_test(names):
    """用每个检查项的示例证明它会触发（fail 示例）也会放过（pass 示例）。"""
    from scorer.rubric import shipped_rubrics
    from scorer.scoring.examples import run_examples

    bad = 0
    for name in names or list(shipped_rubrics()):
        rubric = _load_or_exit(name, validate=True)
        outcomes, never = run_examples(rubric)
        wrong = [o for o in outcomes if not o.ok]
        for cid in never:
            click.echo(f"{name}: {cid}: 没有 fail 示例，无法证明它会触发")
        for o in wrong:
            want = "通过" if o.expected == "pass" else "扣分"
            got = {"pass": "通过", "partial": "部分得分", "fail": "扣分", "not_applicable": "不适用", "needs_review": "需人工审核"}.get(o.got, o.got)
            click.echo(f"{name}: {o.check_id}: 示例应当{want}，实际为{got}：{o.text[:40]!r}")
        bad += len(wrong) + len(never)
        click.echo(f"{name}: {len(outcomes) - len(wrong)}/{len(outcomes)} 个示例符合预期，{len(rubric.checks)} 个检查项")
    sys.exit(EXIT_INPUT if bad else EXIT_OK)


@main.command("explain")
@click.argument("check_id")
@click.option("--rubric", "rubric_name", default="default", show_default=True, help="评分细则：内置名称或 YAML 文件路径")
def explain_cmd(check_id, rubric_name):
    """说明一个检查项：查什么、依据什么、有哪些选项、怎样改。检查项可以是检查项的编号（id）或名称。"""
    from scorer.checks import COMMON_FIELDS, KINDS, MESSAGE_KEY_ZH, fill
    from scorer.text.suggest import check_hint

    rubric = _load_or_exit(rubric_name)
    check = next((c for c in rubric.checks if check_id in (c["id"], c.get("name"))), None)
    if check is None:
        click.echo(f"fzscore: 错误: 评分细则 {rubric.id} 中没有检查项 {check_id}；{check_hint(check_id, rubric.checks)}"
                   f"（全部检查项：fzscore rubric show {rubric_name}）", err=True)
        sys.exit(EXIT_INPUT)
    k = KINDS[check["kind"]]
    fields = {**COMMON_FIELDS, **k.fields_of(check)}
    cat = next(c["name"] for c in rubric.categories if c["id"] == check["category"])
    click.echo(f"{check['name']}（{check['id']}）")
    click.echo(f"  类别：{cat}    分值：{check['points']:g}    检查类型：{k.name}（{k.summary}）")
    click.echo(f"  依据：{check['basis']}")
    click.echo("  选项：")
    for opt in k.options:
        value = check.get(opt.name)
        shown = json.dumps(value, ensure_ascii=False)
        if len(shown) > 60:
            shown = shown[:60] + "…"
        origin = "（默认）" if not opt.required and value == opt.default else ""
        click.echo(f"    {opt.name} = {shown}{origin}")
        click.echo(f"        {opt.help}")
    click.echo("  结果说明（花括号中的内容按报告填写）：")
    for key, text in check["messages"].items():
        click.echo(f"    {MESSAGE_KEY_ZH.get(key, key)}：{fill(text, k.fields_of(check))}")
    click.echo(f"  怎样改：{fill(check['fix'], fields)}")
    for expected, label in (("fail", "会扣分的示例"), ("pass", "会通过的示例")):
        for text in check.get("examples", {}).get(expected, [])[:1]:
            click.echo(f"  {label}：")
            for line in text.splitlines():
                click.echo(f"    | {line}")


def _load_or_exit(name: str, validate: bool | None = None):
    from scorer.rubric import load

    try:
        return load(name, validate=validate)
    except RubricError as err:
        _fail(err)
        for p in err.problems:
            click.echo(p, err=True)
        sys.exit(EXIT_INPUT)


def _fail(err: Exception) -> None:
    from scorer.text.sanitize import one_line

    click.echo(f"fzscore: 错误: {one_line(str(err))}", err=True)


def _flush_or_quiet() -> None:
    """Flush standard output now; if its reader has gone, send the rest nowhere, so that Python's
    own flush at exit raises nothing and the exit code stays the command's."""
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def run() -> None:
    """Entry point that turns any unexpected exception into one line and exit code 2, and SIGTERM
    into the same clean stop as Ctrl-C."""
    try:
        import _signal as signal  # the C module: `signal` also builds three enums (0.5 ms) not used here
    except ImportError:  # pragma: no cover - another Python
        import signal  # type: ignore[no-redef]

    def interrupt(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)
    try:
        main(standalone_mode=True, prog_name="fzscore")
    except SystemExit as exc:
        if exc.code == 1 and type(sys.stdout).__name__ == "_PacifyFlushWrapper":
            # click's own answer to a closed pipe (exit 1): the reader has all it wanted
            sys.exit(EXIT_OK)
        _flush_or_quiet()
        raise
    except BrokenPipeError:  # `fzscore rubric show default | head -1`: the reader has all it wanted
        _flush_or_quiet()
        sys.exit(EXIT_OK)
    except KeyboardInterrupt:
        click.echo("fzscore: 已中断", err=True)
        sys.exit(130)
    except Exception as exc:  # never a traceback for the user
        if os.environ.get("FZSCORE_DEBUG"):
            raise
        from scorer.text.sanitize import one_line

        click.echo(f"fzscore: 内部错误: {one_line(f'{type(exc).__name__}: {exc}')}（设置 FZSCORE_DEBUG=1 可查看详情）", err=True)
        sys.exit(EXIT_INPUT)


for _name, _attribute in (("review", "review_cmd"), ("letters", "letters_cmd"), ("diff", "diff_cmd"),
                          ("remove", "remove_cmd")):
    main.add_lazy(_name, f"scorer.cli.review:{_attribute}")
