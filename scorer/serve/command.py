"""`fzscore serve` and `fzscore users`: the browser face's commands, added to the `fzscore` group by
scorer/__main__.py (the top layer: scorer.cli and scorer.serve are independent of each other).
starlette and uvicorn are imported only when the server starts."""
from __future__ import annotations

import sys
from pathlib import Path

import click

EXIT_INPUT = 2


def _die(message: str) -> None:
    click.echo(f"fzscore: 错误: {message}", err=True)
    sys.exit(EXIT_INPUT)


@click.command("serve")
@click.argument("outdirs", nargs=-1, type=click.Path(file_okay=False, path_type=str))
@click.option("--host", default="127.0.0.1", show_default=True, help="监听地址；本机以外的地址须同时给出 --users")
@click.option("--port", type=click.IntRange(0, 65535), default=8023, show_default=True, help="端口")
@click.option("--users", "users_file", type=click.Path(dir_okay=False, path_type=str), default=None,
              help="账户文件（用 fzscore users add 创建）；给出后每个页面都须登录")
@click.option("--home", type=click.Path(file_okay=False, path_type=str), default=None,
              help="新建轮次所在的文件夹（默认：第一个 OUTDIR 的上级文件夹，或当前文件夹）")
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None, help="每次上传评分的并行进程数（默认：全部 CPU 核）")
def serve_cmd(outdirs, host, port, users_file, home, jobs):
    """在浏览器中评分和复核：列出评分轮次、上传报告评分、查看汇总和评分表、逐项复核。

    \b
    fzscore serve 评分结果/                       只在本机访问（127.0.0.1:8023）
    fzscore serve 评分结果/ --host 0.0.0.0 --users 账户.txt   供办公网访问，须登录

    OUTDIR 是 fzscore batch 的输出目录（可以有多个）；与 fzscore batch、fzscore review 共用同一目录和复核记录。
    """
    from scorer.serve.accounts import AccountError, read_users
    from scorer.serve.app import Config, create_app, is_loopback

    users = None
    if users_file:
        try:
            users = read_users(Path(users_file))
        except AccountError as err:
            _die(str(err))
        if not users:
            _die(f"{users_file}: 用户文件中没有账户（用 fzscore users add {users_file} 用户名 添加）")
    elif not is_loopback(host):
        _die(f"--host {host}: 在本机以外的地址上提供服务须用 --users 指定账户文件（fzscore users add 账户.txt 用户名）")
    for d in outdirs:
        if not Path(d).is_dir():
            _die(f"{d}: 不是 fzscore batch 的输出目录（目录不存在）")
    home_dir = Path(home) if home else (Path(outdirs[0]).resolve().parent if outdirs else Path.cwd())
    app = create_app(Config(rounds=[Path(d) for d in outdirs], home=home_dir, users=users, jobs=jobs))
    import uvicorn

    shown = f"[{host}]" if ":" in host else host
    click.echo(f"fzscore serve：在浏览器中打开 http://{shown}:{port}/ （Ctrl-C 停止）", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


@click.group("users")
def users_group():
    """管理 fzscore serve 的账户（文件中只保存口令的加盐慢散列，不保存口令）。"""


@users_group.command("add")
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.argument("name")
@click.password_option("--password", prompt="口令", confirmation_prompt="再输入一次口令", help="口令（不给出时提示输入）")
def users_add(file, name, password):
    """添加账户，或更改已有账户的口令。"""
    from scorer.serve.accounts import AccountError, check_name, hash_password, read_users, write_users

    path = Path(file)
    try:
        name = check_name(name, path)
        users = read_users(path) if path.exists() else {}
        if len(password) < 8:
            _die(f"{file}: 口令至少 8 个字符")
        existed = name in users
        users[name] = hash_password(password)
        write_users(path, users)
    except AccountError as err:
        _die(str(err))
    except OSError as exc:
        _die(f"{file}: 无法写入用户文件（{exc.strerror or exc}）")
    click.echo(f"已{'更改' if existed else '添加'}账户：{name}（{file}）")


@users_group.command("remove")
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
@click.argument("name")
def users_remove(file, name):
    """删除账户。"""
    from scorer.serve.accounts import AccountError, read_users, write_users

    try:
        users = read_users(Path(file))
        if name not in users:
            _die(f"{file}: 没有账户“{name}”")
        del users[name]
        write_users(Path(file), users)
    except AccountError as err:
        _die(str(err))
    click.echo(f"已删除账户：{name}")


@users_group.command("list")
@click.argument("file", type=click.Path(dir_okay=False, path_type=str))
def users_list(file):
    """列出账户。"""
    from scorer.serve.accounts import AccountError, read_users

    try:
        for name in sorted(read_users(Path(file))):
            click.echo(name)
    except AccountError as err:
        _die(str(err))
