"""The Chinese words every output uses for the scorecard's codes: one place, one spelling."""
from __future__ import annotations

LEVEL_ZH = {"province": "省级", "city": "市级", "county": "县级", "township": "乡镇（街道）级", "department": "部门"}
STATUS_ZH = {"pass": "通过", "partial": "部分得分", "fail": "未通过", "not_applicable": "不适用", "needs_review": "需人工审核"}
SOURCE_ZH = {"header": "页面", "signature": "落款", "override": "命令行指定", "page": "网页"}
FORM_ZH = {"subheading": "嵌在其他部分的小标题中", "paragraph": "嵌在其他部分的段落中", "sentence": "仅一句话带过"}
TONES = ("good", "mid", "bad", "na")
# a round's row: how its file fared
ROW_STATUS_ZH = {"scored": "已评分", "not_report": "非年度报告", "error": "无法评分", "needs_review": "需人工审核"}
ISSUER_SOURCE_ZH = {"title": "标题", "signature": "落款", "opening": "正文开头", "page": "网页字段", "inferred": "从正文推断", "file_name": "文件名"}


def score_text(x) -> str:
    """A score as every output shows it: one decimal (87.0, 85.8); — when there is none."""
    if x is None:
        return "—"
    try:
        return f"{float(x):.1f}"
    except (TypeError, ValueError):
        return str(x)


def points_text(x) -> str:
    """Points as every output shows them: at most one decimal (36, 16.5, 27.8); — when there are none."""
    if x is None:
        return "—"
    try:
        return f"{round(float(x), 1):g}"
    except (TypeError, ValueError):
        return str(x)


CONVERTED = {".doc": "doc", ".wps": "wps", ".odt": "odt", ".rtf": "rtf"}  # read through LibreOffice as .docx


def format_label(source: dict) -> str:
    """A source's format as a reader knows it: a .doc read through its .docx conversion is doc
    (转换为 docx 读取), never docx; the card's own `format` keeps the contract's values."""
    fmt = source.get("format") or ""
    name = str(source.get("name") or source.get("path") or "").lower()
    dot = name.rfind(".")
    original = CONVERTED.get(name[dot:]) if dot >= 0 else None
    return f"{original}，转换为 docx 读取" if fmt == "docx" and original else fmt
