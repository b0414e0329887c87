"""Composition: a rubric file and the files it `extends`, read as layers and merged (lists of entries by id)."""
from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TypeGuard

from scorer.rubric.locate import _did_you_mean, _line_index, _line_of, _yaml
from scorer.text import yamlcache
from scorer.text.errors import RubricError
from scorer.text.resources import resource_dir


def _read_yaml(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RubricError(f"{path}: 无法读取评分细则（{exc}）") from None
    try:
        data = yamlcache.load_text(text)
    except _yaml().YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        near = text.split("\n")[max(0, mark.line - 1): mark.line + 1] if mark else []
        raise RubricError(f"{where}: YAML 语法错误：{_yaml_problem_zh(str(getattr(exc, 'problem', '') or ''), near)}") from None
    if not isinstance(data, dict):
        raise RubricError(f"{path}:1: 评分细则应是一个 YAML 映射（键: 值）")
    return data


# PyYAML's problems, as a rubric author reads them.
YAML_PROBLEMS_ZH = (
    ("could not find expected ':'", "缺少冒号：键和值之间要用半角冒号加空格（如 “extends: default”）"),
    ("did not find expected ',' or ']'", "列表 […] 没有正确结束：缺少半角逗号“,”或右方括号“]”"),
    ("did not find expected ',' or '}'", "映射 {…} 没有正确结束：缺少半角逗号“,”或右花括号“}”"),
    ("did not find expected node content", "这里缺少内容：可能是括号没有闭合，或逗号后面没有写值"),
    ("mapping values are not allowed", "这里不能出现“键: 值”：检查缩进是否与上一行对齐，或给含冒号的文字加引号"),
    ("did not find expected key", "缺少键：检查这一行的缩进是否与同级的键对齐"),
    ("did not find expected '-' indicator", "列表项的缩进不一致：同一列表的“- ”要对齐"),
    ("found character '\\t'", "不能用制表符缩进，请改用空格"),
    ("found undefined alias", "引用了没有定义的锚点（*名称）"),
    ("found unexpected end of stream", "文件在引号或括号闭合之前就结束了"),
    ("found unknown escape character", "双引号中的反斜杠转义无效：正则表达式请用单引号括起来"),
    ("expected <block end>", "缩进不一致：检查这一行与上一行的缩进"),
)


FULL_WIDTH = "：，［］｛｝＂＇"


def _yaml_problem_zh(problem: str, near: list[str]) -> str:
    said = next((zh for en, zh in YAML_PROBLEMS_ZH if en in problem), "格式不对：检查这一行和上一行的缩进、冒号、引号和括号")
    wide = sorted({c for line in near for c in line if c in FULL_WIDTH})
    if wide:
        said += f"（附近有全角符号“{'”“'.join(wide)}”：YAML 的冒号、逗号、括号和引号要用半角）"
    return said


def layer_paths(name_or_path: str) -> list[Path]:
    """The files a rubric is made of: itself and every rubric it extends."""
    return [p for p, _ in _read_layers(resolve(name_or_path), seen=())]


def _read_layers(path: Path, seen: tuple, read: Callable[[Path], dict] = _read_yaml) -> list[tuple[Path, dict]]:
    """The rubric and the rubrics it extends, base first."""
    data = read(path)
    parent = data.get("extends")
    if not parent:
        return [(path, data)]
    if not isinstance(parent, str):
        line = _line_of(_line_index(path), ["extends"])
        raise RubricError(f"{path}:{line}: extends: 应为一个评分细则名称或 YAML 文件路径（字符串）")
    if str(path.resolve()) in seen:
        raise RubricError(f"{path}: extends 形成循环")
    def extends_line() -> int:  # located only for an error: composing the file costs a YAML parse
        return _line_of(_line_index(path), ["extends"])

    if str(parent).endswith((".yaml", ".yml")):
        parent_path = path.parent / parent
    elif parent in shipped_rubrics():
        parent_path = shipped_rubrics()[parent]
    else:
        hint = _did_you_mean(parent, list(shipped_rubrics()))
        raise RubricError(f"{path}:{extends_line()}: extends: 没有名为 {parent} 的内置评分细则"
                          + (f"（是不是 {hint}？）" if hint else f"（内置：{'、'.join(shipped_rubrics())}）"))
    if not Path(parent_path).is_file():
        raise RubricError(f"{path}:{extends_line()}: extends: 所继承的评分细则文件不存在：{parent}")
    return _read_layers(Path(parent_path), seen + (str(path.resolve()),), read) + [(path, data)]


def merge(base: dict, override: dict) -> dict:
    """Deep-merge a rubric over its base. Mappings merge key by key; lists of entries with an
    `id` (checks, plans, areas, categories) merge by id, `remove: true` dropping an entry; other
    lists (phrases, grades) are replaced. Both are fresh from their files (the YAML cache gives new
    objects on every read) and used once, so nothing is copied."""
    out = dict(base)
    for key, value in override.items():
        old = out.get(key)
        if isinstance(value, dict) and isinstance(old, dict):
            out[key] = merge(old, value)
        elif _by_id(value) and _by_id(old):
            out[key] = _merge_by_id(old, value)
        else:
            out[key] = value
    return out


def _by_id(value) -> TypeGuard[list[dict]]:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) and "id" in v for v in value)


def _merge_by_id(base: list, override: list) -> list:
    index = {c["id"]: i for i, c in enumerate(base)}
    out = list(base)
    drop = set()
    for c in override:
        if c["id"] in index:
            if c.get("remove"):
                drop.add(c["id"])
            else:
                out[index[c["id"]]] = merge(out[index[c["id"]]], c)
        elif not c.get("remove"):
            out.append(c)
    return [c for c in out if c["id"] not in drop]


@functools.cache  # the shipped files do not change while a process runs
def _shipped_files() -> tuple[tuple[str, Path], ...]:
    return tuple((p.stem, p) for p in sorted(resource_dir("rubrics").glob("*.yaml")))


def shipped_rubrics() -> dict[str, Path]:
    return dict(_shipped_files())


def resolve(name_or_path: str) -> Path:
    p = Path(name_or_path)
    if p.suffix in (".yaml", ".yml") or p.exists():
        if not p.is_file():
            raise RubricError(f"{name_or_path}: 评分细则文件不存在")
        return p
    shipped = shipped_rubrics()
    if name_or_path in shipped:
        return shipped[name_or_path]
    from scorer.text.suggest import did_you_mean

    hint = did_you_mean(name_or_path, shipped)
    raise RubricError(f"{name_or_path}: 找不到评分细则{'，' + hint if hint else ''}（内置：{', '.join(shipped) or '无'}）")
