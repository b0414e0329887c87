"""Click in Chinese: its usage lines, help and errors, as a reviewer reads them.

Click marks its messages with gettext; `install()` points the modules' `_` and `ngettext` at the
table below (a message it does not know stays as click wrote it, so a newer click degrades to
English, never to an error). The command classes give Chinese metavars and help headings.
"""
from __future__ import annotations

import sys

import click

MESSAGES = {
    "Usage:": "用法:",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "参数",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本号并退出。",
    "%(prog)s, version %(version)s": "%(prog)s %(version)s",
    "Error: {message}": "fzscore: 错误: {message}",
    "Try '{command} {option}' for help.": "运行“{command} {option}”查看帮助。",
    "No such option {name!r}.": "没有选项 {name}。",
    "No such command {name!r}.": "没有命令 {name}。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing command.": "缺少命令。",
    "Missing {param_type}": "缺少{param_type}",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "argument": "参数",
    "option": "选项",
    "parameter": "参数",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效：{message}",
    "Invalid value: {message}": "值无效：{message}",
    "Option {name!r} does not take a value.": "选项 {name} 不带值。",
    "Argument {name!r} takes {nargs} values.": "参数 {name} 需要 {nargs} 个值。",
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的数字。",
    "{value} is not in the range {range}.": "{value} 不在范围 {range} 内。",
    "{name} {filename!r} does not exist.": "{name} {filename!r} 不存在。",
    "{name} {filename!r} is a file.": "{name} {filename!r} 是文件，不是文件夹。",
    "{name} {filename!r} is a directory.": "{name} {filename!r} 是文件夹，不是文件。",
    "{name} {filename!r} is not readable.": "{name} {filename!r} 无法读取。",
    "{name} {filename!r} is not writable.": "{name} {filename!r} 无法写入。",
    "{name} {filename!r} is not executable.": "{name} {filename!r} 无法执行。",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    "Could not open file {filename!r}: {message}": "无法打开文件 {filename!r}：{message}",
    "Aborted!": "已中止。",
    "default: {default}": "默认：{default}",
    "(dynamic)": "（动态）",
    "deprecated": "已弃用",
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
    "Value must be an iterable.": "值必须是一组值。",
    "required": "必填",
    "env var: {var}": "环境变量：{var}",
}
# What an option's value is, in the help's metavars (click says TEXT, FLOAT, PATH …).
TYPE_ZH = {"text": "文字", "float": "数字", "integer": "整数", "path": "路径", "filename": "文件",
           "float range": "数字", "integer range": "整数", "boolean": "是/否"}
# What an argument is, for the usage line (click says INPUTS..., REPORT …).
ARGUMENT_ZH = {"inputs": "文件或文件夹", "reports": "报告", "report": "报告", "outdir": "评分目录", "check_id": "检查项",
               "scorecard": "评分表.json", "files": "细则文件", "names": "细则名", "name": "细则名", "a": "甲", "b": "乙"}
# ngettext: (singular, plural) → Chinese (no plural forms)
PLURALS = {
    "Got unexpected extra argument ({args})": "多出了参数（{args}）：一次只能给一个报告，多个报告请用 fzscore batch",
    "Option {name!r} requires an argument.": "选项 {name} 需要一个值。",
    "Did you mean {possibility}?": "是不是 {possibility}？",
    "{value!r} is not {choice}.": "{value!r} 不是可选值 {choice}。",
    "{value!r} does not match the format {format}.": "{value!r} 不符合格式 {format}。",
    "Takes {nargs} values but 1 was given.": "需要 {nargs} 个值，但只给了 {len} 个。",
    "{len_type} values are required, but {len_value} was given.": "需要 {len_type} 个值，但给了 {len_value} 个。",
}
PLURAL_FORMS = {
    "Got unexpected extra arguments ({args})": PLURALS["Got unexpected extra argument ({args})"],
    "Option {name!r} requires {nargs} arguments.": "选项 {name} 需要 {nargs} 个值。",
    "(Did you mean one of: {possibilities}?)": "（是不是其中之一：{possibilities}？）",
    "{value!r} is not one of {choices}.": "{value!r} 不是可选值 {choices} 之一。",
    "{value!r} does not match the formats {formats}.": "{value!r} 不符合格式 {formats}。",
    "Takes {nargs} values but {len} were given.": "需要 {nargs} 个值，但给了 {len} 个。",
    "{len_type} values are required, but {len_value} were given.": "需要 {len_type} 个值，但给了 {len_value} 个。",
}


def gettext(message: str) -> str:
    return MESSAGES.get(message, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    if n == 1:
        return PLURALS.get(singular, singular)
    return PLURAL_FORMS.get(plural, plural)


def install() -> None:
    """Point click's message functions at the Chinese table (idempotent)."""
    import importlib

    for name in ("core", "exceptions", "parser", "types", "formatting", "decorators", "termui", "utils",
                 "_termui_impl", "shell_completion"):
        if name in ("_termui_impl", "shell_completion") and f"click.{name}" not in sys.modules:
            # click imports these only for a pager, an editor or tab completion (with shlex, termios,
            # tty); none of their messages is in the table, so importing them for every run gains nothing
            continue
        try:
            module = importlib.import_module(f"click.{name}")
        except ImportError:  # pragma: no cover - a click without that module
            continue
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]


class Command(click.Command):
    """A command whose usage line says [选项]."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[选项]")
        super().__init__(*args, **kwargs)
        for param in self.params:
            chinese_metavar(param)


def chinese_metavar(param: click.Parameter) -> None:
    """Give a parameter a Chinese metavar where click would show an English one."""
    if param.metavar is not None:
        return
    if isinstance(param, click.Argument):
        name = ARGUMENT_ZH.get(param.name or "", (param.name or "").upper())
        name += "..." if param.nargs != 1 else ""
        param.metavar = name if param.required else f"[{name}]"
    elif isinstance(param, click.Option) and not param.is_flag and not isinstance(param.type, click.Choice):
        param.metavar = TYPE_ZH.get(param.type.name, param.type.name.upper())


class Group(click.Group):
    """A group whose usage line says [选项] 命令 [参数]…, and whose commands do likewise."""

    command_class = Command

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("options_metavar", "[选项]")
        kwargs.setdefault("subcommand_metavar", "命令 [参数]...")
        super().__init__(*args, **kwargs)


Group.group_class = Group
