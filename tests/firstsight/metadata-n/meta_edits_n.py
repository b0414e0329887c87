#!/usr/bin/env python3
"""Metadata set n: directional edits on a report's metadata (first sight).

Reuses the machinery of sets a-d and h-m (tests/firstsight/metadata-{a,b,c,d,h,i,j,k,l,m}/meta_edits_*.py:
documents, date helpers, set c's `_only_title_lines`, set i's `_under_title`, set j's `_clean` / `_header`,
set k's `_full_name` / `_title_line`, set l's `_clean_signable` / `_trad` / CN_DATE, set m's `_one_title_line`
/ `_retitle`) with NEW edit kinds.  Every case also expects `is_report` true.  Nothing here runs fzscore.

Where a case expects a title or an issuer, every labelled form is accepted (the labels' list), plus the one
clean form of the edited line where the edit leaves one.

    python3 meta_edits_n.py                 # print the cases (kind, doc, expectations)
    python3 meta_edits_n.py --show KIND DOC # print one edited text
"""
from __future__ import annotations

import hashlib
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for s in ("a", "b", "c", "d", "h", "i", "j", "k", "l", "m"):
    sys.path.insert(0, os.path.join(HERE, "..", f"metadata-{s}"))
import meta_edits_a as A  # noqa: E402  (reused unchanged)
import meta_edits_b as B  # noqa: E402  (reused unchanged)
import meta_edits_i as I  # noqa: E402  (reused unchanged)
import meta_edits_j as J  # noqa: E402  (reused unchanged; its swaps are not used here)
import meta_edits_k as K  # noqa: E402  (reused unchanged)
import meta_edits_l as L  # noqa: E402  (reused unchanged)
import meta_edits_m as M  # noqa: E402  (reused unchanged)

norm = A.norm
lines_of = A.lines_of
load_docs = A.load_docs
on_time = A.on_time
CN_DATE = L.CN_DATE

# ---------------------------------------------------------------- wording (data)
ZW = ["\u200b", "\ufeff", "\u200d"]  # zero-width space / BOM / joiner, as pasted from WeChat editors
ENTITIES = ["&nbsp;", "&nbsp;&nbsp;", "&ensp;", "&emsp;"]  # HTML entities a scraper left in the title
TITLE_LABELS = ["标　　题：", "标题：", "文件名称：", "名　　称：", "信息名称："]
EXTENSIONS = [".pdf", ".docx", ".doc", ".PDF", ".wps"]
SHIFEN = ["发布时间：{y}年{m:02d}月{d:02d}日 {hh:02d}时{mi:02d}分", "发布时间：{y}年{m}月{d}日{hh}时{mi:02d}分{ss:02d}秒",
          "日期：{y}年{m}月{d}日 {hh}时{mi:02d}分"]
MIXED = ["发布日期：{y}年{cm}月{cd}日", "发布时间：{y}年{cm}月{cd}日", "日期：{y}年{cm}月{cd}日"]
COLUMN_TABLE = [("索引号\t发布机构\t发布日期", "{idx}\t{unit}\t{iso}"),
                ("| 索引号 | 发布机构 | 发布日期 |", "| {idx} | {unit} | {iso} |"),
                ("发布机构　　　　成文日期　　　　发布日期", "{unit}　　{y}年{m}月{d}日　　{y}年{m}月{d}日"),
                ("信息来源 | 公开日期 | 公开方式", "{unit} | {y}-{m:02d}-{d:02d} | 主动公开")]
SIG_BRACKETS = ["（{y}年{m}月{d}日）", "({y}年{m}月{d}日)", "〔{y}年{m}月{d}日〕"]


def _h(d, n=6, salt=""):
    return hashlib.sha256(("n:" + salt + d["rel"]).encode()).hexdigest()[:n]


def _pick(d, seq, salt=""):
    return seq[int(_h(d, 8, salt), 16) % len(seq)]


def _unit(d):
    return K._full_name(d)


def _title_ok(d):
    """The single title line and its unit, when the title names the unit whole."""
    t = M._one_title_line(d)
    u = _unit(d)
    if not t or not u or u not in t:
        return None
    return t, u


def _titles(d, *extra):
    out = list(d["titles"])
    for e in extra:
        if e and e not in out:
            out.append(e)
    return out


def _row(d, title_forms, t_new=None):
    return {"title": title_forms, "issuer": d["issuers"], "level": d["level"], "report_year": d["year"]}


# ---------------------------------------------------------------- titles
def k_title_zero_width(d):
    """The title line as pasted from a WeChat editor: a BOM / zero-width character at its head, one after the unit's
    name and one after the year's 年 (never inside a name or the digits).  Nothing else changed.  Expected: title =
    a labelled title (the invisible characters dropped), issuer (labels), level, report_year."""
    r = _title_ok(d)
    if not r:
        return None
    t, u = r
    y = str(d["year"])
    i = t.find(u) + len(u)
    new = t[:i] + _pick(d, ZW, "z1") + t[i:]
    m = re.search(rf"{y}年度?", new)
    if not m:
        return None
    new = new[: m.end()] + "\u200b" + new[m.end():]
    new = "\ufeff" + new
    return M._retitle(d, new), _row(d, _titles(d, t))


def k_title_html_entity(d):
    """A scraped title that kept an HTML space entity where the page had a space: `X县人民政府&nbsp;关于2024年…`
    (or after the year, when the title starts with it): `&nbsp;`, `&nbsp;&nbsp;`, `&ensp;`, `&emsp;`.  Expected:
    title = a labelled title (or the line with a space for the entity), issuer (labels), level, report_year."""
    r = _title_ok(d)
    if not r:
        return None
    t, u = r
    e = _pick(d, ENTITIES, "ent")
    if t.startswith(u):
        i = len(u)
    else:
        m = re.match(rf"{d['year']}年度?", t)
        if not m:
            return None
        i = m.end()
    new = t[:i] + e + t[i:]
    return M._retitle(d, new), _row(d, _titles(d, t, t[:i] + " " + t[i:]))


def k_title_label_prefix(d):
    """The title line carries its field label, as a 公开 detail page's text copy does: `标　　题：X县人民政府关于…`
    (`标题：`, `文件名称：`, `名　　称：`, `信息名称：`); no other line has the title.  Expected: title = a labelled
    title (no label), issuer (labels), level, report_year."""
    r = _title_ok(d)
    if not r:
        return None
    t, _ = r
    new = _pick(d, TITLE_LABELS, "lab") + t
    return M._retitle(d, new), _row(d, _titles(d, t))


def k_title_file_extension(d):
    """The title line is the attachment's file name, extension kept, as pages that publish the report as a file
    show it: `X县人民政府关于2024年度法治政府建设情况的报告.pdf` (.docx, .doc, .PDF, .wps).  Expected: title = a
    labelled title (without the extension), issuer (labels), level, report_year."""
    r = _title_ok(d)
    if not r:
        return None
    t, _ = r
    new = t + _pick(d, EXTENSIONS, "ext")
    return M._retitle(d, new), _row(d, _titles(d, t))


# ---------------------------------------------------------------- header dates
def k_header_clock_shifen(d):
    """Date-free text; under the title a date with a clock written in 时/分(/秒): `发布时间：2025年03月28日 10时21分`,
    `发布时间：2025年3月28日10时21分08秒`, `日期：2025年3月28日 9时05分`; the only date.  Expected: publish_date,
    on_time, report_year."""
    def mk(iso):
        y, m, dd = B._ymd(iso)
        hh, mi, ss = 8 + int(_h(d, 2, "hh"), 16) % 10, int(_h(d, 2, "mi"), 16) % 60, int(_h(d, 2, "ss"), 16) % 60
        return [_pick(d, SHIFEN, "sf").format(y=y, m=m, d=dd, hh=hh, mi=mi, ss=ss)]
    r = J._header(d, mk)
    if not r:
        return None
    t, iso = r
    if CN_DATE.search(t):
        return None
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


def k_header_date_mixed_numerals(d):
    """Date-free text; under the title a date with an arabic year and month and day in Chinese numerals:
    `发布日期：2025年三月二十八日` (`发布时间：`, `日期：`); the only date.  Expected: publish_date, on_time,
    report_year."""
    def mk(iso):
        y, m, dd = B._ymd(iso)
        return [_pick(d, MIXED, "mx").format(y=y, cm=A.cn_num(m), cd=A.cn_num(dd))]
    r = J._header(d, mk)
    if not r:
        return None
    t, iso = r
    if CN_DATE.search(t):
        return None
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


def k_header_column_table(d):
    """Date-free text; under the title the page's 公开 table as a text copy of an HTML table keeps it: a row of
    labels then a row of values (tab-, `|`- or space-separated), e.g. `索引号\\t发布机构\\t发布日期` /
    `002603534/2025-26578\\tX县人民政府\\t2025-03-28`; the publishing date (and its equal 成文日期 in one layout)
    the only date.  Expected: publish_date, on_time, report_year, issuer (labels: the 发布机构 is the unit)."""
    u = _unit(d)
    if not u:
        return None
    head, row = _pick(d, COLUMN_TABLE, "tab")

    def mk(iso):
        y, m, dd = B._ymd(iso)
        idx = f"{int(_h(d, 6, 'ix'), 16) % 10**9:09d}/{y}-{int(_h(d, 4, 'iy'), 16) % 10**5:05d}"
        return [head, row.format(idx=idx, unit=u, iso=iso, y=y, m=m, d=dd)]
    r = J._header(d, mk)
    if not r:
        return None
    t, iso = r
    if CN_DATE.search(t):
        return None
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"],
               "issuer": d["issuers"]}


# ---------------------------------------------------------------- signature date
def k_sig_date_bracketed(d):
    """Date-free text cut at its last 。, signed by the unit and its date in brackets, as 公报 reprints and some
    units write it: `（2025年3月28日）`, `(2025年3月28日)`, `〔2025年3月28日〕`; the only date.  Expected:
    publish_date, on_time, issuer (labels), report_year."""
    u = _unit(d)
    if not u:
        return None
    r = L._clean_signable(d)
    if not r:
        return None
    t, iso = r
    y, m, dd = B._ymd(iso)
    date = _pick(d, SIG_BRACKETS, "br").format(y=y, m=m, d=dd)
    return t + f"\n\n{u}\n{date}\n", {
        "publish_date": iso, "on_time": on_time(iso, d["year"]), "issuer": d["issuers"], "report_year": d["year"]}


KINDS = {
    "title_zero_width": k_title_zero_width,
    "title_html_entity": k_title_html_entity,
    "title_label_prefix": k_title_label_prefix,
    "title_file_extension": k_title_file_extension,
    "header_clock_shifen": k_header_clock_shifen,
    "header_date_mixed_numerals": k_header_date_mixed_numerals,
    "header_column_table": k_header_column_table,
    "sig_date_bracketed": k_sig_date_bracketed,
}

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
            if L._trad(docs[rel]):  # pages in traditional script are left out of every kind
                continue
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
    sp = os.path.join(HERE, "split-n.json")
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
