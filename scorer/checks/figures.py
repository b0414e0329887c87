"""Kind `figures`: the measures give concrete facts: numbers with units (件, 次, 人次, %, 万元 …).

Density is counted per 1,000 characters of the part's text; achievement paragraphs without
any figure are listed so that a writer knows where to add facts.
"""
from __future__ import annotations

import functools
import re

from . import SECTION, STRINGS, Context, Option, Result, ev_block, grade_points, kind, number, say, scaled, status_for


def figure_regex(units: list[str]) -> re.Pattern:
    return _figure_regex(tuple(units))


@functools.lru_cache(maxsize=8)
def _figure_regex(units: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(sorted((re.escape(u) for u in units), key=len, reverse=True))
    # a number not inside another (no digit or point before it); the look-behind comes after the
    # first digit so that `re` can skip ahead to digits (2.4x faster than leading with it)
    return re.compile(rf"\d(?<![\d.]\d)\d*(?:\.\d+)?(?:万|亿)?(?:余|多)?(?:{alt})")


@kind(
    "figures",
    summary="成效部分每千字有多少处带单位的数据；列出没有任何数据的成效段落",
    options=(
        Option("section", SECTION, "统计数据的部分（sections 中的 id）", section=True),
        Option("units", STRINGS, "数据的单位（件、次、人次、% …），数字后紧跟其一才算一处数据"),
        Option("full_at", number(above=0), "每千字数据处数达到这一值得满分"),
        Option("zero_at", number(minimum=0), "每千字数据处数不高于这一值不得分", 0),
        Option("min_paragraph", number(minimum=0, integer=True), "多长（字）的段落没有数据时列为“没有数据的成效段落”", 60),
    ),
    messages={"pass": ("count", "density", "full", "bare"), "partial": ("count", "density", "full", "bare"),
              "fail": ("count", "density", "full", "bare"), "no_section": ()},
)
def check_figures(check: dict, ctx: Context) -> Result:
    part = ctx.part(check["section"])
    if part is None:
        return Result("fail", 0.0, say(check, "no_section") or say(check, "fail", density=0, count=0))
    rx = figure_regex(check["units"])
    blocks = part.text_blocks()
    chars = sum(len(b.k) for b in blocks) or 1
    count = 0
    bare = []
    for b in blocks:
        n = len(rx.findall(b.k))
        count += n
        prose = b.k if b.heading is None or b.heading.marker == "item" else b.body_key()
        if n == 0 and len(prose) >= check["min_paragraph"]:
            bare.append(b)
    density = 1000 * count / chars
    full = check["full_at"]
    fraction = scaled(density, check["zero_at"], full)
    status = status_for(fraction)
    fields = {"density": f"{density:.1f}", "count": count, "full": full, "bare": len(bare)}
    evidence = [ev_block(b, b.raw.strip()) | {"note": "这段成效没有数据"} for b in bare[:5]]
    details = {"figures": count, "chars": chars, "per_1000_chars": round(density, 2), "paragraphs_without_figures": len(bare)}
    return Result(status, grade_points(check, fraction), say(check, status, **fields), evidence, details)


BOOK = re.compile(r"《[^》]{2,60}》")


@kind(
    "named_documents",
    summary="成效部分每千字引用了多少份具体文件（《…》）",
    options=(
        Option("section", SECTION, "统计文件的部分（sections 中的 id）", section=True),
        Option("full_at", number(above=0), "每千字文件份数达到这一值得满分"),
        Option("zero_at", number(minimum=0), "每千字文件份数不高于这一值不得分", 0),
    ),
    messages={"pass": ("count", "density", "full"), "partial": ("count", "density", "full"),
              "fail": ("count", "density", "full"), "no_section": ()},
)
def check_named_documents(check: dict, ctx: Context) -> Result:
    """Named documents (《…》) per 1,000 characters: the measures cite what they rest on."""
    part = ctx.part(check["section"])
    if part is None:
        return Result("fail", 0.0, say(check, "no_section"))
    blocks = part.text_blocks()
    chars = sum(len(b.k) for b in blocks) or 1
    names: dict[str, object] = {}
    for b in blocks:
        for m in BOOK.finditer(b.k):
            names.setdefault(m.group(0), b)
    density = 1000 * len(names) / chars
    full = check["full_at"]
    fraction = scaled(density, check["zero_at"], full)
    status = status_for(fraction)
    evidence = [ev_block(b) | {"note": name} for name, b in list(names.items())[:8]]
    fields = {"count": len(names), "density": f"{density:.1f}", "full": full}
    return Result(status, grade_points(check, fraction), say(check, status, **fields), evidence,
                  {"documents": len(names), "per_1000_chars": round(density, 2)})
