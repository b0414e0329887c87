"""Commands for the reviewer: `fzscore review`, `fzscore letters`, `fzscore diff`.

Registered on the `main` group at the end of scorer/cli/main.py. Errors are one Chinese line naming
the file, with exit code 2.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from scorer.cli.zh import Command
from scorer.text.errors import FzscoreError
from scorer.text.labels import points_text as _num
from scorer.text.labels import score_text

EXIT_INPUT = 2
OUTCOME_CHOICES = ("pass", "partial", "fail", "not_applicable")


def _die(message: str) -> None:
    click.echo(f"fzscore: 错误: {message}", err=True)
    sys.exit(EXIT_INPUT)




# ---------------------------------------------------------------- fzscore review


@click.command("review", cls=Command)
@click.argument("outdir", type=click.Path(path_type=str))
@click.argument("report", required=False)
@click.argument("check_id", required=False)
@click.option("--points", type=float, default=None, help="复核后的得分（0 到该检查项的满分）")
@click.option("--status", type=click.Choice(OUTCOME_CHOICES), default=None,
              help="复核后的结果：pass 通过（满分）、partial 部分得分（须给 --points）、fail 未通过（0 分）、not_applicable 不适用（不计入）")
@click.option("--reason", default=None, help="理由（调整检查项时必填）")
@click.option("--by", "by", default=None, metavar="姓名",
              help="复核人姓名（第一次复核时给出或按提示输入，本轮之后记住；也可设环境变量 FZSCORE_REVIEWER）")
@click.option("--done", is_flag=True, help="标记该报告复核完成")
@click.option("--history", is_flag=True, help="显示该报告的全部复核记录")
@click.option("--list", "list_all", is_flag=True, help="列出本轮已复核和待复核的报告")
def review_cmd(outdir, report, check_id, points, status, reason, by, done, history, list_all):
    """人工复核：调整检查项的得分，记录理由；复核记录保存在评分目录的 review.sqlite 中（只追加）。

    \b
    fzscore review 评分结果/ 报告.docx conformity.deadline --points 6 --reason "页面注明3月28日发布" --by 张三
    fzscore review 评分结果/ 报告.docx 按时公开 --status pass --reason "…"
    fzscore review 评分结果/ 报告.docx --done --by 张三     标记复核完成
    fzscore review 评分结果/ 报告.docx --history          显示复核记录
    fzscore review 评分结果/ --list                        列出已复核和待复核的报告

    报告可以是报告的文件名、路径，或它在评分目录中的输出名；检查项可以是检查项编号或中文名称。
    """
    from scorer.round.review.store import ReviewError

    out = Path(outdir)
    if not out.is_dir():
        _die(f"{outdir}: 不是 fzscore batch 的输出目录（目录不存在）")
    modes = [m for m, on in (("--list", list_all), ("--history", history), ("--done", done)) if on]
    adjusting = check_id is not None or points is not None or status is not None
    if len(modes) > 1 or (modes and modes != ["--done"] and adjusting) or (done and check_id):
        _die(f"{outdir}: {'、'.join(modes + (['调整检查项'] if adjusting else []))} 不能同时使用")
    try:
        if list_all or history:
            from scorer.round.review.outdir import heal

            heal(out)
        if list_all:
            if report:
                _die(f"{outdir}: --list 列出整个目录的报告，不需要指定报告")
            _list(out)
        elif not report:
            _die(f"{outdir}: 请指定报告（文件名或输出名），或用 --list 列出本轮的报告")
        elif history:
            _history(out, report)
        elif done:
            _done(out, report, by, reason)
        elif check_id is None:
            _die(f"{outdir}: 请指定要复核的检查项编号（或用 --done、--history）")
        else:
            _adjust(out, report, check_id, points, status, reason, by)
    except ReviewError as err:
        _die(str(err))
    except FzscoreError as err:
        _die(str(err))


def reviewer_name(out: Path, by: str | None) -> str:
    """Who signs a decision: --by (remembered for the round), else the name remembered for this
    round, else FZSCORE_REVIEWER, else asked once at a terminal; never the login name."""
    from scorer.round.review.store import ReviewError, remember_reviewer, remembered_reviewer

    if by is not None:
        if not by.strip():
            raise ReviewError(f"{out}: --by 不能为空")
        name = by.strip()
    else:
        name = remembered_reviewer(out) or os.environ.get("FZSCORE_REVIEWER", "").strip()
        if not name:
            if not sys.stdin.isatty():
                raise ReviewError(f"{out}: 请用 --by 写明复核人姓名（只需一次，本轮之后会记住）")
            name = click.prompt("复核人姓名（记在本轮，之后不再询问）", type=str).strip()
            if not name:
                raise ReviewError(f"{out}: 复核人姓名不能为空")
    if name != remembered_reviewer(out):
        remember_reviewer(out, name)
    return name


def _report_card(out: Path, report: str) -> tuple[str, dict, Path]:
    from scorer.round.review.actions import report_card
    from scorer.round.review.outdir import resolve_one

    name = resolve_one(out, report)
    return (name, *report_card(out, name))


def _adjust(out: Path, report: str, check_id: str, points, status, reason, by) -> None:
    from scorer.round.review.actions import Unchanged, adjust
    from scorer.round.review.outdir import load_card, resolve_one
    from scorer.text.labels import STATUS_ZH as OUTCOME_ZH

    name = resolve_one(out, report)
    try:
        card, check, new_status, new_points = adjust(out, name, check_id, points, status, reason,
                                                     lambda: reviewer_name(out, by))  # asked once the decision is sound
    except Unchanged as same:
        click.echo(str(same))
        return
    block = load_card(out, name).get("review") or {}
    click.echo(f"已记录复核：{name} · {check.get('name')}（{check['id']}）"
               f"机评 {OUTCOME_ZH.get(check['status'], check['status'])} {_num(check['points'])}/{_num(check['max_points'])}"
               f" → 复核 {OUTCOME_ZH.get(new_status)} {_num(new_points)}/{_num(check['max_points'])}")
    click.echo(f"复核得分 {score_text(block.get('score'))} {block.get('grade') or ''}（机评分 {score_text(card.get('score'))} {card.get('grade')}），"
               f"复核状态：{block.get('state_zh', '复核中')}；复核人：{by}")


def _done(out: Path, report: str, by, note) -> None:
    from scorer.round.review.actions import mark_done
    from scorer.round.review.outdir import load_card, resolve_one

    name = resolve_one(out, report)
    by = reviewer_name(out, by)
    card = mark_done(out, name, by, note)
    block = load_card(out, name).get("review") or {}
    n = len(block.get("adjustments") or [])
    click.echo(f"已标记复核完成：{name}（调整 {n} 项）复核得分 {score_text(block.get('score'))} {block.get('grade') or ''}，"
               f"机评分 {score_text(card.get('score'))} {card.get('grade')}；复核人：{by}")


def _history(out: Path, report: str) -> None:
    from scorer.round.review.state import review_block
    from scorer.round.review.store import open_existing

    name, card, _path = _report_card(out, report)
    sha = card["source"]["sha256"]
    store = open_existing(out)
    events = []
    if store is not None:
        with store:
            events = store.events(sha)
            older = [e for e in store.events() if e.report == name and e.sha256 != sha]
    else:
        older = []
    doc = card.get("document") or {}
    click.echo(f"{name}（{doc.get('issuer') or '单位未识别'}，原文 SHA-256 {sha[:12]}…）复核记录 {len(events)} 条")
    for e in events:
        if e.kind == "adjust":
            click.echo(f"  #{e.id} {e.at} {e.reviewer} 调整 {e.check_name or e.check_id}（{e.check_id}）："
                       f"{_zh(e.machine_status)} {_num(e.machine_points)}/{_num(e.max_points)} → "
                       f"{_zh(e.reviewed_status)} {_num(e.reviewed_points)}/{_num(e.max_points)}"
                       f"；理由：{e.reason}  [评分细则 {e.rubric_id} {e.rubric_version}]")
        else:
            click.echo(f"  #{e.id} {e.at} {e.reviewer} 标记复核完成（机评分 {_num(e.machine_points)}，复核得分 {_num(e.reviewed_points)}）"
                       + (f"；备注：{e.reason}" if e.reason else ""))
    block = review_block(card, events)
    if block is None:
        click.echo(f"当前：未复核，机评分 {score_text(card.get('score'))} {card.get('grade')}")
    else:
        click.echo(f"当前：{block['state_zh']}，复核得分 {_num(block['score'])} {block['grade'] or ''}，"
                   f"机评分 {_num(block['machine_score'])} {block['machine_grade']}")
        for a in block["adjustments"]:
            if a["recheck"]:
                click.echo(f"  ⚠ {a['check_name']}（{a['check_id']}）待重新复核：{a['recheck_reason']}")
    if older:
        click.echo(f"（同名报告的旧版本另有 {len(older)} 条复核记录，原文已更改，不再适用）")


def _pad(text: str, width: int) -> str:
    """Pad to a terminal width, counting a Chinese character as two columns."""
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - used)


def _zh(outcome: str | None) -> str:
    from scorer.text.labels import STATUS_ZH as OUTCOME_ZH

    return OUTCOME_ZH.get(outcome or "", outcome or "—")


def _list(out: Path) -> None:
    from scorer.round.review.outdir import histories_of, load_card, read_round
    from scorer.round.review.state import review_block
    from scorer.round.review.store import ReviewError

    _head, rows = read_round(out)
    histories = histories_of(out)
    order: dict[str, int] = {"recheck": 0, "in_progress": 1, "none": 2, "done": 3}
    listed = []
    for r in rows:
        if r.get("status") not in ("scored", "needs_review"):
            continue
        block = None
        if r.get("sha256") in histories:
            try:
                block = review_block(load_card(out, r["name"]), histories[r["sha256"]])
            except ReviewError:
                block = None
        listed.append((r, block))
    listed.sort(key=lambda rb: (order[(rb[1] or {}).get("state", "none")], rb[0]["name"]))
    counts: dict[str, int] = {}
    for r, block in listed:
        state_zh = (block or {}).get("state_zh", "未复核")
        counts[state_zh] = counts.get(state_zh, 0) + 1
        reviewed = f"复核分 {_num(block['score'])}" if block else "复核分 —"
        extra = ""
        if block and block["adjustments"]:
            extra = f"  调整 {len(block['adjustments'])} 项"
        if block and block["rechecks"]:
            extra += f"，{block['rechecks']} 项待重新复核"
        click.echo(f"{_pad(state_zh, 10)} {r['name']}  {r.get('issuer') or '（单位未识别）'}  机评分 {_num(r.get('score'))}  {reviewed}{extra}")
    known = {r.get("sha256") for r, _ in listed}
    orphans = [sha for sha in histories if sha not in known]
    pending = sum(v for k, v in counts.items() if k != "复核完成")
    click.echo(f"共 {len(listed)} 份：复核完成 {counts.get('复核完成', 0)} 份，待复核 {pending} 份"
               f"（未复核 {counts.get('未复核', 0)}，复核中 {counts.get('复核中', 0)}，待重新复核 {counts.get('待重新复核', 0)}）")
    if orphans:
        click.echo(f"另有 {len(orphans)} 份报告的复核记录对应的原文已不在本轮（原文已更改或未再提交）")


# ---------------------------------------------------------------- fzscore remove


@click.command("remove", cls=Command)
@click.argument("outdir", type=click.Path(path_type=str))
@click.argument("reports", nargs=-1, required=True)
def remove_cmd(outdir, reports):
    """从本轮评审中去掉报告：删除其评分表和评审意见，重写 index.html、summary.csv、summary.xlsx；复核记录保留。

    \b
    fzscore remove 评分结果/ 报告.docx
    报告可以是报告的文件名、路径，或它在评分目录中的输出名。
    fzscore batch 只会增加或更新报告，不会删除；去掉报告须用本命令明确指出。
    """
    from scorer.round.review.outdir import remove_reports

    out = Path(outdir)
    if not out.is_dir():
        _die(f"{outdir}: 不是 fzscore batch 的输出目录（目录不存在）")
    try:
        gone = remove_reports(out, list(reports))
    except FzscoreError as err:
        _die(str(err))
    for r in gone:
        click.echo(f"已从本轮去掉：{r['name']}（{r.get('issuer') or r.get('path') or '单位未识别'}）")
    click.echo(f"本轮现有 {_count_rows(out)} 份报告；汇总已更新：{out / 'index.html'}")


def _count_rows(out: Path) -> int:
    from scorer.round.review.outdir import read_round

    return len(read_round(out)[1])


# ---------------------------------------------------------------- fzscore letters


@click.command("letters", cls=Command)
@click.argument("outdir", type=click.Path(path_type=str))
@click.option("-o", "--output", "dest", type=click.Path(file_okay=False, path_type=str), default=None,
              help="写到哪个目录（默认：评分目录下的“评审意见”）")
@click.option("--office", default=None, help="发文单位（落款），如“某县司法局”；默认“评审组”")
@click.option("--roster", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="应报送单位名单（每行一个单位），用于计算报送率和列出未报送单位")
@click.option("--date", "date", default=None, metavar="YYYY-MM-DD", help="成文日期（默认：今天）")
def letters_cmd(outdir, dest, office, roster, date):
    """写出评审意见（每份报告一份 .docx）和本轮评审情况通报（草稿 .docx）。"""
    import datetime as dt

    from scorer.round.letters import write_letters

    out = Path(outdir)
    if not out.is_dir():
        _die(f"{outdir}: 不是 fzscore batch 的输出目录（目录不存在）")
    if date is not None:
        try:
            date = dt.date.fromisoformat(date)
        except ValueError:
            _die(f"--date: 日期格式应为 YYYY-MM-DD，收到 {date!r}")
    try:
        written = write_letters(out, Path(dest) if dest else out / "评审意见", office=office, roster=roster, date=date)
    except FzscoreError as err:
        _die(str(err))
    except OSError as exc:
        _die(f"{exc.filename or dest}: 无法写出文书（{exc.strerror or exc}）")
    click.echo(f"已写出评审意见 {written['letters']} 份、通报草稿 1 份：{written['dir']}")
    if written["unreviewed"]:
        click.echo(f"注意：其中 {written['unreviewed']} 份报告尚未复核完成，文书中已注明。", err=True)


# ---------------------------------------------------------------- fzscore diff


@click.command("diff", cls=Command)
@click.argument("a", type=click.Path(path_type=str))
@click.argument("b", type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True, help="输出格式")
@click.option("--rubric", "rubric_name", default=None, help="给报告文件评分时用的评分细则（默认按级别选择）")
def diff_cmd(a, b, fmt, rubric_name):
    """比较两份评分表（JSON）或同一报告的两个版本（当场评分）：得分、等级和每个有变化的检查项。"""
    from scorer.round.diff import compare, load_side, render_text

    try:
        left = load_side(a, rubric_name)
        right = load_side(b, rubric_name)
    except FzscoreError as err:
        _die(str(err))
    result = compare(left, right, a, b)
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        click.echo(render_text(result), nl=False)
