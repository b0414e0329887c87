"""Validation: the composed JSON Schema (frame and kinds' options) and every problem of a rubric, as file:line and a Chinese message."""
from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

from scorer.rubric.compose import _by_id, merge
from scorer.rubric.locate import _did_you_mean, _line_index, _line_of
from scorer.text.resources import resource_dir


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
                if isinstance(item, dict) and "remove" in item and not isinstance(item["remove"], bool):
                    out.append((path, [key, j, "remove"], f"remove 只能是 true 或 false，写的是 {_shown(item['remove'])}"
                                + ("（是不是 true？）" if _did_you_mean(str(item["remove"]), ["true"]) else "")))
                    continue
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


FORMAT_ZH = {"due": "MM-DD（月、日各两位，如 03-31 表示“4月1日之前”）"}  # what a pattern-checked option looks like


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
    if v == "pattern":  # a person reads the format, never the regular expression
        name = next((str(p) for p in reversed(list(err.absolute_path)) if isinstance(p, str)), "")
        described = FORMAT_ZH.get(name)
        return (f"格式不对：应为 {described}，写的是 {_shown(err.instance)}" if described
                else f"格式不对，写的是 {_shown(err.instance)}（格式见 fzscore explain 该检查项的选项说明）")
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
