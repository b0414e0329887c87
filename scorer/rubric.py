"""Rubrics: YAML files validated by rubrics/rubric.schema.json.

A rubric names its sections (with their recognisers), its categories, grade bands and checks.
A check's `kind` is code (scorer.checks); everything else about it is data here.
`extends:` lets a local rubric override a shipped one without copying it.
"""
from __future__ import annotations

import copy
import datetime as dt
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import RubricError
from .parts import Recogniser
from .resources import resource_dir

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader

DEFAULT_RUBRIC = "default"


@dataclass
class Rubric:
    data: dict
    path: str
    recognisers: list[Recogniser] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.data["id"]

    @property
    def version(self) -> str:
        return str(self.data["version"])

    @functools.cached_property
    def vocabulary(self) -> tuple[str, ...]:
        """Domain terms: the rubric's vocabulary and every task-area phrase of its plans."""
        terms = list(self.data.get("vocabulary", ()))
        for plan in self.data.get("plans", ()):
            for area in plan["areas"]:
                terms += area["phrases"]
        return tuple(dict.fromkeys(terms))

    @property
    def checks(self) -> list[dict]:
        return self.data["checks"]

    @property
    def categories(self) -> list[dict]:
        return self.data["categories"]

    def grade(self, score: float) -> str:
        for band in sorted(self.data["grades"], key=lambda g: -g["min"]):
            if score >= band["min"]:
                return band["name"]
        return self.data["grades"][-1]["name"]

    def summary(self) -> dict:
        return {
            "id": self.id,
            "version": self.version,
            "title": self.data.get("title"),
            "path": self.path,
            "grades": self.data["grades"],
            "categories": [
                {k: c.get(k) for k in ("id", "name", "description", "basis")} for c in self.categories
            ],
        }


def shipped_rubrics() -> dict[str, Path]:
    return {p.stem: p for p in sorted(resource_dir("rubrics").glob("*.yaml"))}


_SHIPPED_CACHE: dict[str, Rubric] = {}


def shipped(name: str) -> Rubric:
    """A shipped rubric, loaded once per process (batch workers score many reports)."""
    if name not in _SHIPPED_CACHE:
        _SHIPPED_CACHE[name] = load(name)
    return _SHIPPED_CACHE[name]


def for_level(level: str | None) -> Rubric:
    """The shipped rubric made for a level of government (default when none is, or level unknown)."""
    return shipped(_rubric_for_level(level))


@functools.lru_cache(maxsize=None)
def _rubric_for_level(level: str | None) -> str:
    # cached: listing the rubrics folder per report cost 0.27 ms of a 3 ms batch report
    if level:
        for name, path in shipped_rubrics().items():
            if name != DEFAULT_RUBRIC and level in _applies_to(path):
                return name
    return DEFAULT_RUBRIC


@functools.lru_cache(maxsize=None)
def _applies_to(path: Path) -> list[str]:
    # Only the top-level key is needed; reading it without merging keeps selection cheap.
    return _read_yaml(path).get("applies_to") or []


def resolve(name_or_path: str) -> Path:
    p = Path(name_or_path)
    if p.suffix in (".yaml", ".yml") or p.exists():
        if not p.is_file():
            raise RubricError(f"{name_or_path}: 评分细则文件不存在")
        return p
    shipped = shipped_rubrics()
    if name_or_path in shipped:
        return shipped[name_or_path]
    raise RubricError(f"{name_or_path}: 找不到评分细则（内置：{', '.join(shipped) or '无'}）")


def load(name_or_path: str = DEFAULT_RUBRIC, validate: bool | None = None) -> Rubric:
    """Load a rubric by shipped id or path. User files are always validated; shipped ones are
    validated by the test suite and `fzscore rubric check` (jsonschema costs ~0.1 s to import)."""
    path = resolve(name_or_path)
    layers = _read_layers(path, seen=())
    data = layers[0][1]
    for _, layer in layers[1:]:
        data = merge(data, layer)
    if validate is None:
        validate = path.resolve().parent != resource_dir("rubrics").resolve()
    if validate:
        problems = validation_problems(layers, data)
        if problems:
            raise RubricError(f"{path}: 评分细则有 {len(problems)} 处错误", problems)
    return compile_rubric(data, str(path))


def compile_rubric(data: dict, path: str) -> Rubric:
    recognisers = [Recogniser.from_rubric(sid, spec) for sid, spec in data.get("sections", {}).items()]
    return Rubric(data, path, recognisers)


def _read_yaml(path: Path) -> dict:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RubricError(f"{path}: 无法读取评分细则（{exc}）") from None
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise RubricError(f"{where}: YAML 语法错误：{getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict):
        raise RubricError(f"{path}:1: 评分细则应是一个 YAML 映射（键: 值）")
    return data


def layer_paths(name_or_path: str) -> list[Path]:
    """The files a rubric is made of: itself and every rubric it extends."""
    return [p for p, _ in _read_layers(resolve(name_or_path), seen=())]


def _read_layers(path: Path, seen: tuple) -> list[tuple[Path, dict]]:
    """The rubric and the rubrics it extends, base first."""
    data = _read_yaml(path)
    parent = data.get("extends")
    if not parent:
        return [(path, data)]
    if not isinstance(parent, str):
        line = _line_of(_line_index(path), ["extends"])
        raise RubricError(f"{path}:{line}: extends: 应为一个评分细则名称或 YAML 文件路径（字符串）")
    if str(path.resolve()) in seen:
        raise RubricError(f"{path}: extends 形成循环")
    parent_path = (path.parent / parent) if str(parent).endswith((".yaml", ".yml")) else resolve(parent)
    if not Path(parent_path).is_file():
        raise RubricError(f"{path}: extends 指向的评分细则不存在：{parent}")
    return _read_layers(Path(parent_path), seen + (str(path.resolve()),)) + [(path, data)]


def merge(base: dict, override: dict) -> dict:
    """Deep-merge a rubric over its base. Mappings merge key by key; lists of entries with an
    `id` (checks, plans, areas, categories) merge by id, `remove: true` dropping an entry; other
    lists (phrases, grades) are replaced."""
    out = copy.deepcopy(base)
    for key, value in override.items():
        old = out.get(key)
        if isinstance(value, dict) and isinstance(old, dict):
            out[key] = merge(old, value)
        elif _by_id(value) and _by_id(old):
            out[key] = _merge_by_id(old, value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def _by_id(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) and "id" in v for v in value)


def _merge_by_id(base: list, override: list) -> list:
    index = {c["id"]: i for i, c in enumerate(base)}
    out = [copy.deepcopy(c) for c in base]
    drop = set()
    for c in override:
        if c["id"] in index:
            if c.get("remove"):
                drop.add(c["id"])
            else:
                out[index[c["id"]]] = merge(out[index[c["id"]]], c)
        elif not c.get("remove"):
            out.append(copy.deepcopy(c))
    return [c for c in out if c["id"] not in drop]


# ---------------------------------------------------------------- validation


def schema() -> dict:
    return json.loads((resource_dir("rubrics") / "rubric.schema.json").read_text(encoding="utf-8"))


def validation_problems(layers: list[tuple[Path, dict]], data: dict) -> list[str]:
    """Schema errors and semantic errors of the merged rubric, each as `file:line: path: message`,
    located in the file (of the extends chain) that wrote the offending entry."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    rows_by_file = _layer_problems(layers)
    errors = [(list(e.absolute_path), _zh(e)) for e in validator.iter_errors(data)]
    if not errors and not rows_by_file:
        errors = semantic_problems(data)
    trees: dict[Path, object] = {}
    rows = []
    for path, loc, msg in rows_by_file:
        trees.setdefault(path, _line_index(path))
        rows.append((str(path), _line_of(trees[path], loc), _fmt_path(loc), msg))
    for loc, msg in errors:
        path, local = _origin(layers, data, loc)
        if path not in trees:
            trees[path] = _line_index(path)
        rows.append((str(path), _line_of(trees[path], local), _fmt_path(local), msg))
    return [f"{p}:{line}: {where}: {msg}" for p, line, where, msg in sorted(rows, key=lambda r: (r[0], r[1]))]


def _origin(layers: list[tuple[Path, dict]], data: dict, loc: list) -> tuple[Path, list]:
    """The file and the path inside it that wrote the merged entry at `loc`: lists of entries with
    an id (checks, categories, plans, areas) are followed by id, not by position."""
    for path, layer in reversed(layers):
        local = _local_path(data, layer, loc)
        if local is not None:
            return path, local
    return layers[-1][0], loc


def _local_path(merged, layer, loc: list) -> list | None:
    out: list = []
    for key in loc:
        if isinstance(key, int) and isinstance(merged, list) and isinstance(layer, list):
            if key >= len(merged):
                return None
            entry = merged[key]
            if isinstance(entry, dict) and "id" in entry:
                j = next((j for j, x in enumerate(layer) if isinstance(x, dict) and x.get("id") == entry["id"]), None)
            else:
                j = key if key < len(layer) else None
            if j is None:
                return None
            merged, layer = entry, layer[j]
            out.append(j)
        elif isinstance(merged, dict) and isinstance(layer, dict) and key in layer:
            merged, layer = merged.get(key), layer[key]
            out.append(key)
        else:
            return out if out else None
    return out


def _layer_problems(layers: list[tuple[Path, dict]]) -> list[tuple[Path, list, str]]:
    """What only the file that extends can get wrong: entries without an id in lists merged by
    id, and `remove: true` for an id its parents do not have."""
    out = []
    for n, (path, layer) in enumerate(layers):
        if n == 0:
            continue
        merged_below = layers[0][1]
        for _, lower in layers[1:n]:
            merged_below = merge(merged_below, lower)
        for key in ("checks", "categories", "plans"):
            items = layer.get(key)
            if not isinstance(items, list) or not _by_id(merged_below.get(key)):
                continue
            known = {x.get("id") for x in merged_below.get(key) or []}
            for j, item in enumerate(items):
                if not isinstance(item, dict) or "id" not in item:
                    out.append((path, [key, j], "缺少 id：扩展已有的评分细则时，这一列表的每一项都要用 id 指明改哪一项"))
                elif item.get("remove") and item["id"] not in known:
                    out.append((path, [key, j, "id"], f"要删除的 {item['id']} 在所继承的评分细则中不存在"))
    return out


def semantic_problems(data: dict) -> list[tuple[list, str]]:
    """What a schema cannot say: references between parts of the rubric, regexes, kinds."""
    from .checks import KINDS

    out: list[tuple[list, str]] = []
    cats = {c["id"] for c in data.get("categories", [])}
    sections = set(data.get("sections", {}))
    ids = set()
    for i, check in enumerate(data.get("checks", [])):
        where = ["checks", i]
        if check["id"] in ids:
            out.append((where + ["id"], f"检查项 id 重复：{check['id']}"))
        ids.add(check["id"])
        if check["kind"] not in KINDS:
            out.append((where + ["kind"], f"未知的检查类型 {check['kind']}（可用：{', '.join(sorted(KINDS))}）"))
        if check["category"] not in cats:
            out.append((where + ["category"], f"类别 {check['category']} 未在 categories 中定义"))
        sec = check.get("section")
        if sec is not None and sec not in sections:
            out.append((where + ["section"], f"部分 {sec} 未在 sections 中定义"))
        for key in ("patterns",):
            for j, p in enumerate(check.get(key, []) or []):
                if _bad_regex(p):
                    out.append((where + [key, j], f"正则表达式无效：{_bad_regex(p)}"))
    for sid, spec in data.get("sections", {}).items():
        rec = spec.get("recognise", {})
        for key, pats in (("heading", rec.get("heading", {}).get("patterns", [])), ("opening", rec.get("opening", []))):
            for j, p in enumerate(pats):
                if _bad_regex(p):
                    loc = ["sections", sid, "recognise"] + (["heading", "patterns", j] if key == "heading" else ["opening", j])
                    out.append((loc, f"正则表达式无效：{_bad_regex(p)}"))
    for i, check in enumerate(data.get("checks", [])):
        where = ["checks", i]
        if "due" in check:
            try:
                dt.date(2001, *(int(x) for x in check["due"].split("-")))  # 2001: no 29 February
            except ValueError:
                out.append((where + ["due"], f"不是每年都有的日期：{check['due']}"))
        if "full_at" in check and check.get("zero_at", 0) >= check["full_at"]:
            out.append((where + ["zero_at"], f"zero_at（{check.get('zero_at', 0)}）应小于 full_at（{check['full_at']}）"))
        if "weights" in check and not sum(check["weights"].values()) > 0:
            out.append((where + ["weights"], "权重之和应大于 0"))
    defaults = [sid for sid, spec in data.get("sections", {}).items() if spec.get("default")]
    if len(defaults) > 1:
        out.append((["sections", defaults[1], "default"], "只能有一个部分设为 default"))
    return out


def _bad_regex(p: str) -> str | None:
    try:
        re.compile(p)
    except re.error as exc:
        return str(exc)
    return None


def _zh(err) -> str:
    v = err.validator
    if v == "required":
        missing = err.message.split("'")[1] if "'" in err.message else err.message
        return f"缺少必填项 {missing}"
    if v == "additionalProperties":
        return f"不认识的键（{err.message}）"
    if v == "type":
        return f"类型不对：应为 {err.validator_value}"
    if v == "enum":
        return f"取值应为其中之一：{', '.join(map(str, err.validator_value))}"
    if v == "exclusiveMinimum":
        return f"应大于 {err.validator_value}"
    if v == "minimum":
        return f"应不小于 {err.validator_value}"
    if v == "maximum":
        return f"应不大于 {err.validator_value}"
    if v == "pattern":
        return f"格式不对（应匹配 {err.validator_value}）"
    if v == "minItems":
        return "不能为空"
    return err.message


def _fmt_path(loc: list) -> str:
    out = ""
    for p in loc:
        out += f"[{p}]" if isinstance(p, int) else (("." if out else "") + str(p))
    return out or "(根)"


def _line_index(path: Path):
    try:
        return yaml.compose(path.read_text(encoding="utf-8-sig"), Loader=_Loader)
    except Exception:
        return None


def _line_of(node, loc: list) -> int:
    """The 1-based line of the YAML node at `loc` (or of its nearest existing parent)."""
    line = 1
    for key in loc:
        if node is None:
            break
        line = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            nxt = None
            for k, v in node.value:
                if k.value == str(key):
                    nxt = v
                    line = k.start_mark.line + 1
                    break
            node = nxt
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            node = None
    if node is not None:
        line = node.start_mark.line + 1
    return line
