#!/usr/bin/env python3
"""Metadata set j: directional and invariance edits on a report's metadata (first sight).

Reuses the machinery of sets a-d, h and i (tests/firstsight/metadata-{a,b,c,d,h,i}/meta_edits_*.py: documents,
date helpers, set b's issuer swap with set c's guards, set c's yearless text and publishing date, set h's
`_ymd_text`, set i's `_under_title`) with NEW edit kinds.  Every case also expects `is_report` true.  Nothing
here runs fzscore.

    python3 meta_edits_j.py                 # print the cases (kind, doc, expectations)
    python3 meta_edits_j.py --show KIND DOC # print one edited text
"""
from __future__ import annotations

import hashlib
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for s in ("a", "b", "c", "d", "h", "i"):
    sys.path.insert(0, os.path.join(HERE, "..", f"metadata-{s}"))
import meta_edits_a as A  # noqa: E402  (reused unchanged)
import meta_edits_b as B  # noqa: E402  (reused unchanged)
import meta_edits_c as C  # noqa: E402  (reused unchanged)
import meta_edits_h as H  # noqa: E402  (reused unchanged)
import meta_edits_i as I  # noqa: E402  (reused unchanged; it adds set i's swaps to B.SWAPS in memory)

norm = A.norm
lines_of = A.lines_of
load_docs = A.load_docs
on_time = A.on_time
_g = B._g
YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _h(d, n=6, salt=""):
    return hashlib.sha256(("j:" + salt + d["rel"]).encode()).hexdigest()[:n]


def _pick(d, seq, salt=""):
    return seq[int(_h(d, 8, salt), 16) % len(seq)]


def _full_name(d):
    return max(d["issuers"], key=len)


# ---------------------------------------------------------------- issuer swap (names no earlier set used)
NEW_SWAPS = {
    "swap_municipality_district": [
        _g("朝阳区", "朝阳", "区", "county", ("county",), chain="北京市",
           accepted=["北京市朝阳区人民政府", "朝阳区人民政府", "朝阳区"]),
        _g("万州区", "万州", "区", "county", ("county",), chain="重庆市",
           accepted=["重庆市万州区人民政府", "万州区人民政府", "万州区"]),
        _g("和平区", "和平", "区", "county", ("county",), chain="天津市",
           accepted=["天津市和平区人民政府", "和平区人民政府", "和平区"]),
    ],
}
B.SWAPS.update(NEW_SWAPS)  # in memory only


def k_swap(d, kind):
    return C.k_swap(d, kind)


# ---------------------------------------------------------------- dates
def _clean(d):
    """(text with no full date left, the date to write) — set c's _pub_for, pages with a title only."""
    r = C._pub_for(d)
    if not r or not d["title_idx"]:
        return None
    return r


def _header(d, make):
    r = _clean(d)
    if not r:
        return None
    t, iso = r
    t = I._under_title(t, d, make(iso))
    if not t:
        return None
    return t, iso


def k_header_am_pm_clock(d):
    """Under the title `发布时间：2025年3月28日 下午3:12` (or `2025-03-28 上午09:30`), the only date.
    Expected: publish_date, on_time, report_year."""
    def mk(iso):
        hh, mi = 1 + int(_h(d, 2, "h"), 16) % 11, int(_h(d, 2, "mi"), 16) % 60
        ap = _pick(d, ["上午", "下午"], "ap")
        return [_pick(d, [f"发布时间：{H._ymd_text(iso)} {ap}{hh}:{mi:02d}", f"发布时间：{iso} {ap}{hh:02d}:{mi:02d}"],
                      "f")]
    r = _header(d, mk)
    if not r:
        return None
    t, iso = r
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


def k_header_two_digit_year(d):
    """Under the title `发布时间：25-03-28` (or `25/03/28`): a two-digit year, the only date.
    Expected (judgement: the 20YY reading is the only sensible one): publish_date, on_time, report_year."""
    def mk(iso):
        y, m, dd = B._ymd(iso)
        sep = _pick(d, ["-", "/"], "sep")
        return [f"发布时间：{y % 100:02d}{sep}{m:02d}{sep}{dd:02d}"]
    r = _header(d, mk)
    if not r:
        return None
    t, iso = r
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


def k_header_font_size_bar(d):
    """Under the title one tool-bar line: `发布日期：2025-03-28　　字号：大 中 小　　【打印】【关闭】`
    (or 年月日 form, or the date after 来源), the only date.  Expected: publish_date, on_time, report_year."""
    def mk(iso):
        v = _pick(d, [iso, H._ymd_text(iso)], "fmt")
        return [_pick(d, [f"发布日期：{v}　　字号：大 中 小　　【打印】【关闭】",
                          f"来源：{_full_name(d)}　发布日期：{v}　字号：[大] [中] [小]　打印本页"], "bar")]
    r = _header(d, mk)
    if not r:
        return None
    t, iso = r
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


def k_header_leap_day(d):
    """Reports of 2019 / 2023 only: under the title `发布日期：2024-02-29` (or 2024年2月29日): the leap day of
    the following year, the only date.  Expected: publish_date (Y+1)-02-29, on_time true, report_year."""
    y = d["year"]
    if not isinstance(y, int) or (y + 1) % 4:
        return None
    iso = f"{y + 1}-02-29"
    r = _clean(d)
    if not r:
        return None
    t = I._under_title(r[0], d, [f"发布日期：{_pick(d, [iso, H._ymd_text(iso)], 'fmt')}"])
    if not t:
        return None
    return t, {"publish_date": iso, "on_time": True, "report_year": y}


def k_sig_date_above_name(d):
    """Text cut at its last 。; signed in reverse order: the date `2025年3月28日` first, the unit's name on the
    line under it; the only date.  Expected: publish_date (that date), on_time, issuer, report_year."""
    r = _clean(d)
    if not r:
        return None
    t, iso = r
    t = A.cut_to_sentence(t).rstrip()
    if not t.endswith("。"):
        return None
    return t + f"\n\n{H._ymd_text(iso)}\n{_full_name(d)}\n", {
        "issuer": d["issuers"], "publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


# ---------------------------------------------------------------- years
def k_year_period_line_only(d):
    """Set c's yearless text (title year gone, date lines dropped, body Y -> 本年) and under the title a line
    `报告期：2024年1月1日至2024年12月31日` (or `统计期间：2024年1月—12月`): the only year.
    Expected: report_year Y; judgement: publish_date null (a reporting period is not a publishing date)."""
    r = C._yearless(d)
    if not r:
        return None
    ls, idx = r
    y = d["year"]
    t = "\n".join(ls)
    if YEAR4.search(t) or A.cn_year(y) in t or A.DATE_ANY.search(t):
        return None
    line = _pick(d, [f"报告期：{y}年1月1日至{y}年12月31日", f"报告期间：{y}年1月1日—{y}年12月31日",
                     f"统计期间：{y}年1月—12月"], "p")
    ls.insert(idx[-1] + 1, line)  # under the (now yearless) title
    return "\n".join(ls), {"report_year": y, "publish_date": None}


# ---------------------------------------------------------------- titles
def k_title_site_suffix(d):
    """The one-line title followed on the same line by the site name, as a saved page's heading
    (`{title} - {unit}门户网站` / `{title}_{unit}网站`).  Expected: title (the labelled one), issuer, report_year."""
    if len(d["title_idx"]) != 1 or not C._only_title_lines(d):
        return None
    ls = lines_of(d["text"])
    i = d["title_idx"][0]
    t0 = ls[i].rstrip()
    if "法治" not in t0:
        return None
    ls[i] = t0 + _pick(d, [f" - {_full_name(d)}门户网站", f"_{_full_name(d)}网站", f" | {_full_name(d)}"], "s")
    return "\n".join(ls), {"title": d["titles"], "issuer": d["issuers"], "report_year": d["year"]}


KINDS = {k: (lambda kk: (lambda d: k_swap(d, kk)))(k) for k in NEW_SWAPS}
KINDS.update({
    "header_am_pm_clock": k_header_am_pm_clock,
    "header_two_digit_year": k_header_two_digit_year,
    "header_font_size_bar": k_header_font_size_bar,
    "header_leap_day": k_header_leap_day,
    "sig_date_above_name": k_sig_date_above_name,
    "year_period_line_only": k_year_period_line_only,
    "title_site_suffix": k_title_site_suffix,
})

DOCS_PER_KIND = {k: 7 for k in KINDS}


def build_cases(seed):
    docs = A.load_docs()
    rng = random.Random(seed)
    cases = []
    for kind, fn in KINDS.items():
        rels = sorted(docs)
        rng.shuffle(rels)
        n = 0
        for rel in rels:
            out = fn(docs[rel])
            if out is None:
                continue
            text, exp = out
            if text == docs[rel]["text"]:
                continue
            exp = dict(exp)
            exp["is_report"] = True
            cases.append({"case": f"{kind}@{os.path.basename(rel)[:-4]}", "kind": kind, "doc": rel, "expect": exp})
            n += 1
            if n >= DOCS_PER_KIND[kind]:
                break
    return cases


def build_one(kind, d):
    out = KINDS[kind](d)
    if out is None:
        return None
    text, exp = out
    exp = dict(exp)
    exp["is_report"] = True
    return text, exp


if __name__ == "__main__":
    import json
    sp = os.path.join(HERE, "split-j.json")
    seed = json.load(open(sp))["seed"] if os.path.exists(sp) else 1
    if sys.argv[1:2] == ["--show"]:
        kind, doc = sys.argv[2], sys.argv[3]
        docs = A.load_docs()
        rel = next(r for r in docs if os.path.basename(r)[:-4] == doc)
        sys.stdout.write(KINDS[kind](docs[rel])[0])
    else:
        cs = build_cases(seed)
        for c in cs:
            print(c["case"], c["doc"], json.dumps(c["expect"], ensure_ascii=False))
        from collections import Counter
        print(Counter(c["kind"] for c in cs), file=sys.stderr)
        print(len(cs), "cases", sum(len(c["expect"]) for c in cs), "rows", file=sys.stderr)
