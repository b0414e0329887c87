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
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeGuard

from scorer.document.parts import Recogniser
from scorer.text import yamlcache
from scorer.text.errors import RubricError
from scorer.text.resources import resource_dir


def _yaml():
    """PyYAML, imported when a rubric is parsed or an error located (a cached rubric needs neither)."""
    import yaml

    return yaml

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
            "report_years": self.data.get("report_years"),
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


def for_level(level: str | None, report_year: int | None = None) -> Rubric:
    """The shipped rubric in force for a report: made for its year (the rules changed in 2019) and
    its level of government; `default` when the level is unknown."""
    return shipped(_rubric_for(level, report_year))


def in_force(data: dict, report_year: int | None) -> bool:
    """Whether a rubric's `report_years` admit a report year (an unknown year: the rubrics in force now)."""
    years = data.get("report_years") or {}
    if report_year is None:
        return years.get("to") is None
    return years.get("from", report_year) <= report_year <= years.get("to", report_year)


@functools.cache
def _rubric_for(level: str | None, report_year: int | None) -> str:
    # cached: choosing per report cost 0.27 ms of a 3 ms batch report
    facts = {n: _selection_facts(n) for n in shipped_rubrics()}
    names = [n for n in facts if in_force(facts[n], report_year)]
    if not names:  # a year before any rubric: the earliest rules
        names = [min(facts, key=lambda n: (facts[n].get("report_years") or {}).get("from", 0))]
    by_level = [n for n in names if level and level in (facts[n].get("applies_to") or [])]
    # the rubric made for fewest levels is the most specific
    by_level.sort(key=lambda n: (len(facts[n].get("applies_to") or []), n != DEFAULT_RUBRIC))
    if by_level:
        return by_level[0]
    return DEFAULT_RUBRIC if DEFAULT_RUBRIC in names else names[0]


def _selection_facts(name: str) -> dict:
    """A shipped rubric's `applies_to` and `report_years` as its extends chain sets them, read
    without building the rubric: choosing one must not cost loading all of them."""
    out: dict = {}
    for _path, layer in _read_layers(shipped_rubrics()[name], seen=()):
        for key in ("applies_to", "report_years"):
            if key in layer:
                out[key] = layer[key]
    return out


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
    """The rubric ready to run: every check with its kind's defaults filled in."""
    from scorer.checks import KINDS

    data = dict(data)
    data["checks"] = [KINDS[c["kind"]].with_defaults(c) if c.get("kind") in KINDS else c for c in data["checks"]]
    recognisers = [Recogniser.from_rubric(sid, spec) for sid, spec in data.get("sections", {}).items()]
    return Rubric(data, path, recognisers)


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


def _by_id(value) -> TypeGuard[list[dict]]:
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


def composed_schema(base: dict | None = None) -> dict:
    """rubrics/rubric.schema.json as the check kinds declare it: the check frame (id, points,
    messages …) from the file, and for each kind, its options (`fzscore rubric schema --write`
    writes it; a test keeps the file equal to it)."""
    from scorer.checks import FRAME_KEYS, KINDS, options_schema

    out = copy.deepcopy(base if base is not None else schema())
    check = out["$defs"]["check"]
    frame = {k: v for k, v in check["properties"].items() if k in FRAME_KEYS}
    frame["kind"] = {"enum": sorted(KINDS), "description": "检查类型：决定这一检查项由哪段代码执行、接受哪些选项"}
    check["properties"] = frame
    check.pop("additionalProperties", None)
    check["unevaluatedProperties"] = False
    check["allOf"] = [
        {"if": {"properties": {"kind": {"const": name}}, "required": ["kind"]},
         "then": {"$ref": f"#/$defs/kind_{name}"}}
        for name in sorted(KINDS)
    ]
    for name, k in sorted(KINDS.items()):
        out["$defs"][f"kind_{name}"] = dict(options_schema(k), description=k.summary)
    return out


def validation_problems(layers: list[tuple[Path, dict]], data: dict) -> list[str]:
    """Schema errors and semantic errors of the merged rubric, each as `file:line: path: message`,
    located in the file (of the extends chain) that wrote the offending entry."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(composed_schema())
    rows_by_file = _layer_problems(layers)
    # an entry already reported as a typo'd override is not reported again, key by missing key
    flagged = {(loc[0], _entry_id(layer_data, loc)) for path, loc, _ in rows_by_file
               for layer_path, layer_data in layers if layer_path == path}
    errors = [row for e in validator.iter_errors(data) for row in _schema_errors(e)
              if not (len(row[0]) >= 2 and (row[0][0], _entry_id(data, row[0])) in flagged)]
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


def _entry_id(data: dict, loc: list):
    """The id of the list entry at loc[:2] (checks[3] → its id), if any."""
    try:
        entry = data[loc[0]][loc[1]]
    except (KeyError, IndexError, TypeError):
        return None
    return entry.get("id") if isinstance(entry, dict) else None


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
            known = [x.get("id") for x in merged_below.get(key) or []]
            parent = layer.get("extends")
            for j, item in enumerate(items):
                if not isinstance(item, dict) or "id" not in item:
                    out.append((path, [key, j], "缺少 id：扩展已有的评分细则时，这一列表的每一项都要用 id 指明改哪一项"))
                elif item["id"] in known:
                    continue
                elif item.get("remove") or (key == "checks" and "kind" not in item):
                    # an override (or a removal) of an entry the parents do not have: most often a typo
                    hint = _did_you_mean(str(item["id"]), [str(k) for k in known])
                    what = "要删除的" if item.get("remove") else "要修改的"
                    out.append((path, [key, j, "id"], f"{what} {item['id']} 在所继承的评分细则 {parent} 中不存在"
                                + (f"（是不是 {hint}？）" if hint else "")
                                + ("" if item.get("remove") else "；要新增检查项，须写全 name、kind、category、points、basis、messages、fix、examples")))
    return out


def semantic_problems(data: dict) -> list[tuple[list, str]]:
    """What a schema cannot say: references between parts of the rubric, regexes, kinds."""
    from scorer.checks import KINDS

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
        out += _kind_problems(check, where, sections)
        k = KINDS.get(check["kind"])
        for opt in k.options if k else ():
            if opt.regex and check.get(opt.name) is not None:
                out += _pattern_problems(check[opt.name], where + [opt.name])
    for sid, spec in data.get("sections", {}).items():
        rec = spec.get("recognise", {})
        for path in (["heading", "patterns"], ["heading", "not"], ["opening"], ["causes", "factors"], ["causes", "not"]):
            node = rec
            for key in path:
                node = node.get(key, {}) if isinstance(node, dict) else {}
            if isinstance(node, list):
                out += _pattern_problems(node, ["sections", sid, "recognise", *path])
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
    out += _grade_problems(data.get("grades", []))
    defaults = [sid for sid, spec in data.get("sections", {}).items() if spec.get("default")]
    if len(defaults) > 1:
        out.append((["sections", defaults[1], "default"], "只能有一个部分设为 default"))
    return out


def _kind_problems(check: dict, where: list, sections: set) -> list[tuple[list, str]]:
    """Sections named by the kind's options exist; messages are ones the kind says and use only
    the placeholders it fills; the fix uses only the placeholders known without a report."""
    from scorer.checks import COMMON_FIELDS, KINDS, placeholders

    k = KINDS.get(check["kind"])
    if k is None:
        return []
    out = []
    for opt in k.options:
        value = check.get(opt.name)
        if not opt.section or value is None:
            continue
        for j, sid in enumerate(value if isinstance(value, list) else [value]):
            if sid not in sections:
                loc = where + [opt.name] + ([j] if isinstance(value, list) else [])
                out.append((loc, f"部分 {sid} 未在 sections 中定义（已定义：{'、'.join(sorted(sections)) or '无'}）"))
    try:  # the schema has passed, so the kind's required options are there
        static = set(k.fields_of(k.with_defaults(check)))
    except (KeyError, TypeError, ValueError):
        static = set()
    for key, text in (check.get("messages") or {}).items():
        if key not in k.messages:
            out.append((where + ["messages", key],
                        f"检查类型 {k.name} 不会给出结果 {key}（可用：{'、'.join(k.messages)}）"))
            continue
        known = set(k.messages[key]) | static | set(COMMON_FIELDS)
        for name in placeholders(text):
            if name not in known:
                out.append((where + ["messages", key], f"占位符 {{{name}}} 在这里不会被填写（可用：{_braces(known)}）"))
    for name in placeholders(check.get("fix") or ""):
        if name not in static | set(COMMON_FIELDS):
            out.append((where + ["fix"], f"占位符 {{{name}}} 在“怎样改”中不会被填写（可用：{_braces(static | set(COMMON_FIELDS))}）"))
    return out


def _braces(names: set) -> str:
    return "、".join("{" + n + "}" for n in sorted(names)) or "无"


def _grade_problems(grades: list) -> list[tuple[list, str]]:
    """Grade bands cover 0–100: one of them starts at 0, and no name or lower bound repeats."""
    out = []
    names: set = set()
    mins: set = set()
    for i, g in enumerate(grades):
        if not isinstance(g, dict):
            continue
        if g.get("name") in names:
            out.append((["grades", i, "name"], f"等级名称重复：{g.get('name')}"))
        if g.get("min") in mins:
            out.append((["grades", i, "min"], f"等级下限重复：{g.get('min')}"))
        names.add(g.get("name"))
        mins.add(g.get("min"))
    if grades and 0 not in mins:
        low = min((m for m in mins if isinstance(m, (int, float))), default=None)
        out.append((["grades"], f"等级没有覆盖 0 分：最低一档从 {low} 分起，低于它的得分将没有等级；请加一档 min: 0"))
    return out


def _pattern_problems(value, where: list) -> list[tuple[list, str]]:
    """Patterns that are invalid or could take more than linear time (scorer.text.safe_regex): in a list
    of patterns, or under `patterns` in a list of entries (framings)."""
    from scorer.text.safe_regex import problem

    out = []
    for j, item in enumerate(value if isinstance(value, list) else []):
        if isinstance(item, str) and (reason := problem(item)):
            out.append((where + [j], reason))
        elif isinstance(item, dict):
            out += _pattern_problems(item.get("patterns"), where + [j, "patterns"])
    return out


TYPE_ZH = {"string": "文本", "number": "数字", "integer": "整数", "boolean": "true 或 false", "array": "列表",
           "object": "映射（键: 值）", "null": "空"}


def _schema_errors(err) -> list[tuple[list, str]]:
    """A jsonschema error as (path, Chinese message) rows; an unknown key is reported at its own line."""
    loc = list(err.absolute_path)
    v = err.validator
    if v in ("additionalProperties", "unevaluatedProperties") and isinstance(err.instance, dict):
        allowed = _allowed_keys(err.schema)
        if v == "unevaluatedProperties" and isinstance(err.instance.get("kind"), str):
            from scorer.checks import FRAME_KEYS, KINDS

            k = KINDS.get(err.instance["kind"])
            allowed = list(FRAME_KEYS) + [o.name for o in k.options] if k else list(FRAME_KEYS)
        known = set(allowed)
        out = []
        for key in err.instance:
            if key in known:
                continue
            hint = _did_you_mean(str(key), allowed)
            where = f"检查类型 {err.instance['kind']} " if v == "unevaluatedProperties" and "kind" in err.instance else ""
            out.append((loc + [key], f"{where}不认识的键 {key}" + (f"（是不是 {hint}？）" if hint else "")
                        + (f"；可用的键：{'、'.join(allowed)}" if allowed and not hint else "")))
        return out  # empty when the keys are known but their kind's own rules failed (reported apart)
    if v == "enum" and loc and loc[-1] == "kind":
        from scorer.checks import KINDS

        hint = _did_you_mean(str(err.instance), sorted(KINDS))
        return [(loc, f"未知的检查类型 {err.instance}" + (f"（是不是 {hint}？）" if hint else "")
                 + f"（可用：{', '.join(sorted(KINDS))}）")]
    return [(loc, _zh(err))]


def _allowed_keys(schema_part) -> list[str]:
    props = schema_part.get("properties", {}) if isinstance(schema_part, dict) else {}
    return list(props)


def _did_you_mean(word: str, choices: list[str]) -> str | None:
    import difflib

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def _zh(err) -> str:
    v = err.validator
    val = err.validator_value
    if v == "required":
        missing = err.message.split("'")[1] if "'" in err.message else err.message
        return f"缺少必填项 {missing}"
    if v == "type":
        wanted = [val] if isinstance(val, str) else list(val)
        return f"类型不对：应为{'或'.join(TYPE_ZH.get(t, t) for t in wanted)}，写的是 {_shown(err.instance)}"
    if v == "enum":
        return f"取值应为其中之一：{', '.join(map(str, val))}（写的是 {_shown(err.instance)}）"
    if v == "const":
        return f"取值应为 {val}"
    if v == "exclusiveMinimum":
        return f"应大于 {val}"
    if v == "minimum":
        return f"应不小于 {val}"
    if v == "maximum":
        return f"应不大于 {val}"
    if v == "pattern":
        return f"格式不对（应匹配 {val}），写的是 {_shown(err.instance)}"
    if v == "minItems":
        return "不能为空"
    if v == "minLength":
        return "不能为空文本"
    if v == "minProperties":
        return "不能为空映射"
    return f"不符合评分细则的格式要求（{v}）"


def _shown(value) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:40] + "…"


def _fmt_path(loc: list) -> str:
    out = ""
    for p in loc:
        out += f"[{p}]" if isinstance(p, int) else (("." if out else "") + str(p))
    return out or "(根)"


def _line_index(path: Path):
    try:
        yaml = _yaml()
        return yaml.compose(path.read_text(encoding="utf-8-sig"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except Exception:
        return None


def _line_of(node, loc: list) -> int:
    """The 1-based line of the YAML node at `loc` (or of its nearest existing parent)."""
    line = 1
    for key in loc:
        if node is None:
            break
        line = node.start_mark.line + 1
        if isinstance(node, _yaml().MappingNode):
            nxt = None
            for k, v in node.value:
                if k.value == str(key):
                    nxt = v
                    line = k.start_mark.line + 1
                    break
            node = nxt
        elif isinstance(node, _yaml().SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            node = None
    if node is not None:
        line = node.start_mark.line + 1
    return line
