#!/usr/bin/env python3
"""Metadata set m: directional edits on a report's metadata (first sight).

Reuses the machinery of sets a-d and h-l (tests/firstsight/metadata-{a,b,c,d,h,i,j,k,l}/meta_edits_*.py:
documents, date helpers, set c's `_only_title_lines`, set h's `_ymd_text`, set i's `_under_title`, set j's
`_clean` / `_header`, set k's `_full_name` / `_title_line`, set l's `_clean_signable` / `_trad` / CN_DATE) with
NEW edit kinds.  Every case also expects `is_report` true.  Nothing here runs fzscore.

    python3 meta_edits_m.py                 # print the cases (kind, doc, expectations)
    python3 meta_edits_m.py --show KIND DOC # print one edited text
"""
from __future__ import annotations

import hashlib
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for s in ("a", "b", "c", "d", "h", "i", "j", "k", "l"):
    sys.path.insert(0, os.path.join(HERE, "..", f"metadata-{s}"))
import meta_edits_a as A  # noqa: E402  (reused unchanged)
import meta_edits_b as B  # noqa: E402  (reused unchanged)
import meta_edits_c as C  # noqa: E402  (reused unchanged)
import meta_edits_h as H  # noqa: E402  (reused unchanged)
import meta_edits_j as J  # noqa: E402  (reused unchanged; its swaps are not used here)
import meta_edits_k as K  # noqa: E402  (reused unchanged)
import meta_edits_l as L  # noqa: E402  (reused unchanged)

norm = A.norm
lines_of = A.lines_of
load_docs = A.load_docs
on_time = A.on_time
CN_DATE = L.CN_DATE

# ---------------------------------------------------------------- wording (data)
# date labels of small CMS pages and 公开 columns (the only date on the page)
CMS_LABELS = ["添加时间：{iso} {hh:02d}:{mi:02d}:{ss:02d}", "录入时间：{y}-{m}-{d}", "发稿时间：{y}年{m:02d}月{d:02d}日",
              "公开日期：{y}年{m}月{d}日"]
CN_HEADER = ["发布日期：{cn}", "时间：{cn}", "发布时间：{cn}"]
CLOCK_HEADER = ["发布时间：{iso} {hh:02d}:{mi:02d}:{ss:02d}", "发布时间：{y}年{m:02d}月{d:02d}日 {hh:02d}:{mi:02d}"]


def _h(d, n=6, salt=""):
    return hashlib.sha256(("m:" + salt + d["rel"]).encode()).hexdigest()[:n]


def _pick(d, seq, salt=""):
    return seq[int(_h(d, 8, salt), 16) % len(seq)]


def _unit(d):
    return K._full_name(d)


def _one_title_line(d):
    """The single title line (no other line of the page's top holds the title), or None."""
    if len(d["title_idx"]) != 1 or not C._only_title_lines(d):
        return None
    return K._title_line(d)


def _retitle(d, new):
    ls = lines_of(d["text"])
    i = d["title_idx"][0]
    old = ls[i].strip()
    ls[i] = ls[i].replace(old, new)
    return "\n".join(ls)


# ---------------------------------------------------------------- titles
def k_title_gov_short_zhengfu(d):
    """A government's one-line title names it in the short form `X县政府` (人民 dropped), as list pages and many
    titles do: `遂溪县政府关于2024年法治政府建设情况的报告`.  Nothing else changed.  Expected: issuer = the
    labelled government (or the short name), level, title = the new line, year."""
    t = _one_title_line(d)
    full = _unit(d)
    if not t or not full or not full.endswith("人民政府") or d["level"] == "department" or len(full) < 6:
        return None
    if t.count(full) != 1 or re.search(r"中共|党委|党工委|委员会|县委|市委|区委", t):
        return None  # the government alone in its title
    short = full[: -len("人民政府")] + "政府"
    new = t.replace(full, short)
    return _retitle(d, new), {"issuer": list(d["issuers"]) + [short], "level": d["level"], "title": new,
                              "report_year": d["year"]}


def k_title_issuer_bracket_after(d):
    """The title as a 依法治X办 column lists the units' reports: the unit's name moved from the title's head to a
    bracket at its end: `2024年度法治政府建设情况报告（X县人民政府）` (a leading 关于 goes with it).  Expected:
    issuer = the unit (labels), level, title = the new line, year."""
    t = _one_title_line(d)
    full = _unit(d)
    if not t or not full or not t.startswith(full) or "法治政府" not in t:
        return None
    rest = t[len(full):].lstrip(" 　")
    if rest.startswith("关于"):
        rest = rest[2:]
        rest = re.sub(r"的报告$", "报告", rest)
    if not rest.startswith(str(d["year"])) or full in rest:
        return None
    new = f"{rest}（{full}）"
    return _retitle(d, new), {"issuer": d["issuers"], "level": d["level"], "title": new, "report_year": d["year"]}


def k_title_year_before_baogao(d):
    """The year moved inside the title, between 法治政府建设 and the kind of report, as some units write it:
    `X县人民政府法治政府建设2024年度情况报告`, `X县法治政府建设2024年度报告` (a 年度 after 建设 is merged).
    Nothing else changed.  Expected: title = the new line, report_year, issuer (labels), level."""
    t = _one_title_line(d)
    y = d["year"]
    if not t:
        return None
    ms = list(re.finditer(rf"{y}\s*年度?", t))
    if len(ms) != 1 or re.search(r"[〇○零二]{4}年", t):
        return None
    m = ms[0]
    rest = t[: m.start()] + t[m.end():]
    k = rest.find("法治政府建设", m.start())
    if k < 0:
        return None
    k += len("法治政府建设")
    after = rest[k:]
    if after.startswith("的"):
        return None
    after = after[2:] if after.startswith("年度") else after
    if not re.search(r"报告", after):
        return None
    new = rest[:k] + f"{y}年度" + after
    if new == t:
        return None
    return _retitle(d, new), {"title": new, "report_year": y, "issuer": d["issuers"], "level": d["level"]}


def k_title_year_niandu_doubled(d):
    """The title's `2024年度` / `2024年` typed `2024年年度` (a slip seen on real pages: 年 then 年度).  Nothing else
    changed.  Expected: report_year, title = the new line, issuer (labels), level."""
    t = _one_title_line(d)
    y = d["year"]
    if not t:
        return None
    ms = list(re.finditer(rf"{y}年(度)?", t))
    if len(ms) != 1:
        return None
    m = ms[0]
    if "年度" in t[m.end():]:
        return None  # 2021年法治政府建设年度报告: a doubled 年 would read 年年度…年度
    new = t[: m.start()] + f"{y}年年度" + t[m.end():]
    return _retitle(d, new), {"report_year": y, "title": new, "issuer": d["issuers"], "level": d["level"]}


# ---------------------------------------------------------------- header dates
def k_header_cms_label_date(d):
    """Date-free text; under the title a small CMS's or 公开 column's date label: `添加时间：2025-03-28 10:21:30`,
    `录入时间：2025-3-28`, `发稿时间：2025年03月28日`, `公开日期：2025年3月28日`; the only date.
    Expected: publish_date, on_time, report_year."""
    def mk(iso):
        y, m, dd = B._ymd(iso)
        hh, mi, ss = 8 + int(_h(d, 2, "hh"), 16) % 10, int(_h(d, 2, "mi"), 16) % 60, int(_h(d, 2, "ss"), 16) % 60
        return [_pick(d, CMS_LABELS, "cms").format(iso=iso, y=y, m=m, d=dd, hh=hh, mi=mi, ss=ss)]
    r = J._header(d, mk)
    if not r:
        return None
    t, iso = r
    if CN_DATE.search(t):
        return None
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


def k_header_date_cn_numerals(d):
    """Date-free text; under the title the page's date field in 〇 numerals: `发布日期：二〇二五年三月二十八日`
    (`时间：`, `发布时间：`); the only date.  Expected: publish_date, on_time, report_year."""
    def mk(iso):
        y, m, dd = B._ymd(iso)
        cn = f"{A.cn_year(y)}年{A.cn_num(m)}月{A.cn_num(dd)}日"
        return [_pick(d, CN_HEADER, "cnh").format(cn=cn)]
    r = J._header(d, mk)
    if not r:
        return None
    t, iso = r
    if len(CN_DATE.findall(t)) != 1:
        return None
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


def k_header_clock_edge(d):
    """Date-free text; under the title a 发布时间 with a clock on the deadline's night: `(Y+1)-03-31 23:5x:xx`
    (in time) or `(Y+1)-04-01 00:0x:xx` (late), picked per document; the only date.  Expected: publish_date
    (Y+1)-03-31 / (Y+1)-04-01, on_time true / false, report_year."""
    y1 = d["year"] + 1
    edge = _pick(d, [f"{y1}-03-31", f"{y1}-04-01"], "edge")

    def mk(_iso):
        _, m, dd = B._ymd(edge)
        hh = 23 if m == 3 else 0
        mi = (50 + int(_h(d, 2, "mi"), 16) % 10) if m == 3 else int(_h(d, 2, "mi"), 16) % 10
        ss = int(_h(d, 2, "ss"), 16) % 60
        return [_pick(d, CLOCK_HEADER, "clk").format(iso=edge, y=y1, m=m, d=dd, hh=hh, mi=mi, ss=ss)]
    r = J._header(d, mk)
    if not r:
        return None
    t, _ = r
    if CN_DATE.search(t):
        return None
    return t, {"publish_date": edge, "on_time": on_time(edge, d["year"]), "report_year": d["year"]}


# ---------------------------------------------------------------- signature date
def k_sig_date_letterspaced(d):
    """Date-free text cut at its last 。, signed by the unit and a date whose characters a justified PDF line
    spread apart (pdftotext keeps the gaps): `2 0 2 5 年 3 月 2 8 日`; the only date.  Expected (judgement: a
    reader reads the date): publish_date, on_time, issuer, report_year."""
    u = _unit(d)
    if not u:
        return None
    r = L._clean_signable(d)
    if not r:
        return None
    t, iso = r
    y, m, dd = B._ymd(iso)
    date = " ".join(f"{y}年{m}月{dd}日")
    return t + f"\n\n{u}\n{date}\n", {
        "publish_date": iso, "on_time": on_time(iso, d["year"]), "issuer": d["issuers"], "report_year": d["year"]}


KINDS = {
    "title_gov_short_zhengfu": k_title_gov_short_zhengfu,
    "title_issuer_bracket_after": k_title_issuer_bracket_after,
    "title_year_before_baogao": k_title_year_before_baogao,
    "title_year_niandu_doubled": k_title_year_niandu_doubled,
    "header_cms_label_date": k_header_cms_label_date,
    "header_date_cn_numerals": k_header_date_cn_numerals,
    "header_clock_edge": k_header_clock_edge,
    "sig_date_letterspaced": k_sig_date_letterspaced,
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
    sp = os.path.join(HERE, "split-m.json")
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
