#!/usr/bin/env python3
"""Metadata set k: directional and invariance edits on a report's metadata (first sight).

Reuses the machinery of sets a-d, h, i and j (tests/firstsight/metadata-{a,b,c,d,h,i,j}/meta_edits_*.py:
documents, date helpers, set c's date-free text `_pub_for` and `_only_title_lines`, set h's `_ymd_text`, set
i's `_under_title`, set j's `_clean`, `_header`, `_full_name`) with NEW edit kinds.  Every case also expects
`is_report` true.  Nothing here runs fzscore.

    python3 meta_edits_k.py                 # print the cases (kind, doc, expectations)
    python3 meta_edits_k.py --show KIND DOC # print one edited text
"""
from __future__ import annotations

import hashlib
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for s in ("a", "b", "c", "d", "h", "i", "j"):
    sys.path.insert(0, os.path.join(HERE, "..", f"metadata-{s}"))
import meta_edits_a as A  # noqa: E402  (reused unchanged)
import meta_edits_b as B  # noqa: E402  (reused unchanged)
import meta_edits_c as C  # noqa: E402  (reused unchanged)
import meta_edits_h as H  # noqa: E402  (reused unchanged)
import meta_edits_i as I  # noqa: E402  (reused unchanged)
import meta_edits_j as J  # noqa: E402  (reused unchanged; its swaps are not used here)

norm = A.norm
lines_of = A.lines_of
load_docs = A.load_docs
on_time = A.on_time
YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

# ---------------------------------------------------------------- wording (data)
CHAOSONG = "抄送：{w}委各部门，{w}人大常委会办公室，{w}政协办公室，{w}法院，{w}检察院。"
CHAOSONG_OTHER = "抄送：各有关单位。"
QUANWEN = ["（全文）", "(全文)", "【全文】"]
TITLE_DATE = ["　　{iso}", " [{iso}]", "（{iso}）", "　　{ymd}"]
COMPACT = ["发布日期：{c}", "发布时间：{c} {hh:02d}:{mi:02d}", "日期：{c}"]
DAIZHANG = ["{full}办公室（代章）", "（{full}办公室代章）"]


def _h(d, n=6, salt=""):
    return hashlib.sha256(("k:" + salt + d["rel"]).encode()).hexdigest()[:n]


def _pick(d, seq, salt=""):
    return seq[int(_h(d, 8, salt), 16) % len(seq)]


def _full_name(d):
    """The longest labelled name that is one unit (no space, no 、, not a party committee)."""
    ok = [n for n in d["issuers"] if not re.search(r"\s|、", n) and not n.startswith("中共")]
    return max(ok, key=len) if ok else None


def _level_word(d):
    m = re.search(r"(县|市|区|旗)(?:人民政府)?$", _full_name(d))
    return m.group(1) if m and d["level"] in ("county", "city") else None


def _cut_signed(t):
    t = A.cut_to_sentence(t).rstrip()
    return t if t.endswith("。") else None


def _title_line(d, ls=None):
    ls = ls or lines_of(d["text"])
    return ls[d["title_idx"][0]].strip()


# ---------------------------------------------------------------- signature / 版记
def k_yinfa_only_date(d):
    """Date-free text cut at its last 。; a 公文 版记 at the end: `抄送：县委各部门，…。` and
    `{unit}办公室　　2025年3月28日印发`: the only date, and the only naming at the end is the office.
    Expected (judgement: the 印发 date is the document's only date, its issue date): publish_date, on_time;
    issuer the labelled one (the office prints the document, it does not report), level, report_year."""
    if not _full_name(d) or _full_name(d).endswith("办公室"):
        return None
    r = J._clean(d)
    if not r:
        return None
    t, iso = r
    t = _cut_signed(t)
    if not t:
        return None
    w = _level_word(d)
    cs = CHAOSONG.format(w=w) if w else CHAOSONG_OTHER
    office = _full_name(d) + "办公室"
    return t + f"\n\n{cs}\n{office}　　{H._ymd_text(iso)}印发\n", {
        "issuer": d["issuers"], "level": d["level"], "publish_date": iso, "on_time": on_time(iso, d["year"]),
        "report_year": d["year"]}


def k_sig_office_daizhang(d):
    """A government's report (its title names the government): date-free text cut at its last 。, signed
    `{X县人民政府}办公室（代章）` (or `（X县人民政府办公室代章）`) and the date, the only date.
    Expected: issuer the government (the office seals on its behalf), level, publish_date, on_time, year."""
    full = _full_name(d)
    if not full or not full.endswith("人民政府") or d["level"] not in ("county", "city", "township"):
        return None
    if not d["title_idx"] or full not in _title_line(d):
        return None
    r = J._clean(d)
    if not r:
        return None
    t, iso = r
    t = _cut_signed(t)
    if not t:
        return None
    sig = _pick(d, DAIZHANG, "dz").format(full=full)
    return t + f"\n\n{sig}\n{H._ymd_text(iso)}\n", {
        "issuer": d["issuers"], "level": d["level"], "publish_date": iso, "on_time": on_time(iso, d["year"]),
        "report_year": d["year"]}


# ---------------------------------------------------------------- page chrome
def k_browser_print_chrome(d):
    """A page saved through the browser's print dialog: every ~1200 characters a print footer
    `https://xxgk.….gov.cn/col/col…/art_…html　　k/N` and a print header `2026/9/14 10:32　　{title, cut
    with ...}` (the day it was printed, a later full date); the page keeps its labelled publishing date.
    Expected (invariance): title, issuer, report_year, publish_date, on_time = labels."""
    if not d["pub"] or not d["title_idx"] or not A.date_re(d["pub"]).search(d["text"]):
        return None
    ls = lines_of(d["text"])
    title = _title_line(d)
    m, dd = 3 + int(_h(d, 2, "m"), 16) % 9, 1 + int(_h(d, 2, "d"), 16) % 28
    hh, mi = 8 + int(_h(d, 2, "hh"), 16) % 10, int(_h(d, 2, "mi"), 16) % 60
    pd = f"2026/{m}/{dd} {hh}:{mi:02d}"
    if f"2026-{m:02d}-{dd:02d}" == d["pub"]:
        return None
    shown = title if len(title) <= 26 else title[:24] + "..."
    host = f"https://xxgk.gov{_h(d, 4, 'host')}.gov.cn/col/col{int(_h(d, 4, 'c'), 16)}/art_{int(_h(d, 4, 'c'), 16)}_{int(_h(d, 5, 'a'), 16)}.html"
    pages, cur, size = [], [], 0  # a printed page: about 1200 characters, cut at line ends
    for line in ls:
        cur.append(line)
        size += len(line) + 1
        if size >= 1200:
            pages.append(cur)
            cur, size = [], 0
    if cur:
        pages.append(cur)
    n = len(pages)
    out = []
    for k, p in enumerate(pages, 1):
        out.append(f"{pd}　　{shown}")
        out.extend(p)
        out.append(f"{host}　　{k}/{n}")
    exp = {"title": d["titles"], "issuer": d["issuers"], "report_year": d["year"], "publish_date": d["pub"],
           "on_time": on_time(d["pub"], d["year"])}
    return "\n".join(out), exp


def k_header_label_value_split(d):
    """Date-free text; above the title a 公开 table read out cell by cell: `索引号` / `{code}/(Y+1)-00123` /
    `发布机构` / `{unit}` / `发布日期` / `{date}`, each label and each value on its own line; the only date.
    Expected: publish_date, on_time, issuer, level, report_year."""
    if not _full_name(d):
        return None
    r = J._clean(d)
    if not r:
        return None
    t, iso = r
    ls = lines_of(t)
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    code = f"{int(_h(d, 6, 'code'), 16) % 10**9:09d}/{d['year'] + 1}-{int(_h(d, 3, 'n'), 16) % 900 + 100:05d}"
    v = _pick(d, [iso, H._ymd_text(iso)], "fmt")
    block = ["索引号", code, "发布机构", _full_name(d), "发布日期", v, ""]
    ls[idx[0]:idx[0]] = block
    return "\n".join(ls), {"publish_date": iso, "on_time": on_time(iso, d["year"]), "issuer": d["issuers"],
                           "level": d["level"], "report_year": d["year"]}


# ---------------------------------------------------------------- dates
def k_header_compact_yyyymmdd(d):
    """Date-free text; under the title `发布日期：20250328` (or `发布时间：20250328 09:30`, `日期：20250328`):
    eight digits without separators, the only date.  Expected: publish_date, on_time, report_year."""
    def mk(iso):
        y, m, dd = B._ymd(iso)
        hh, mi = 8 + int(_h(d, 2, "hh"), 16) % 10, int(_h(d, 2, "mi"), 16) % 60
        return [_pick(d, COMPACT, "c").format(c=f"{y}{m:02d}{dd:02d}", hh=hh, mi=mi)]
    r = J._header(d, mk)
    if not r:
        return None
    t, iso = r
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


def k_title_date_same_line(d):
    """Date-free text; the one-line title carries the date on its own line as a list page shows it:
    `{title}　　2025-03-28` / `{title} [2025-03-28]` / `{title}（2025-03-28）` / `{title}　　2025年3月28日`.
    Expected: title (the labelled one, without the date), publish_date, on_time, report_year."""
    if len(d["title_idx"]) != 1 or not C._only_title_lines(d):
        return None
    r = J._clean(d)
    if not r:
        return None
    t, iso = r
    idx = A.find_title_lines(t, d["titles"])
    if len(idx) != 1:
        return None
    ls = lines_of(t)
    suf = _pick(d, TITLE_DATE, "td").format(iso=iso, ymd=H._ymd_text(iso))
    ls[idx[0]] = ls[idx[0]].rstrip() + suf
    return "\n".join(ls), {"title": d["titles"], "publish_date": iso, "on_time": on_time(iso, d["year"]),
                           "report_year": d["year"]}


# ---------------------------------------------------------------- titles and years
def k_title_quanwen_suffix(d):
    """A one-line title containing 法治 gets `（全文）` / `(全文)` / `【全文】` at its end, as news and
    portal pages mark a full text.  Expected: title (the labelled one, or the line with the mark: judgement,
    both accepted), issuer, report_year."""
    if len(d["title_idx"]) != 1 or not C._only_title_lines(d):
        return None
    ls = lines_of(d["text"])
    i = d["title_idx"][0]
    t0 = ls[i].rstrip()
    if "法治" not in t0 or "全文" in t0:
        return None
    ls[i] = t0 + _pick(d, QUANWEN, "q")
    return "\n".join(ls), {"title": list(d["titles"]) + [ls[i].strip()], "issuer": d["issuers"],
                           "report_year": d["year"]}


def k_title_year_bare_digits(d):
    """The title's `2024年` / `2024年度` written as a bare `2024` (no 年, as in `X县2024法治政府建设年度报告`);
    every title line, nothing else changed.  Expected: title (the new line), report_year, issuer."""
    if len(d["title_idx"]) != 1 or not C._only_title_lines(d):
        return None
    y = d["year"]
    ls = lines_of(d["text"])
    i = d["title_idx"][0]
    if ".doc" in ls[i]:
        return None
    new = re.sub(rf"(?<!\d){y}\s*年度?", f"{y}", ls[i], count=1)
    if new == ls[i] or not re.search(rf"{y}[\u4e00-\u9fff]", new):
        return None
    ls[i] = new
    return "\n".join(ls), {"title": new.strip(), "issuer": d["issuers"], "report_year": y}


KINDS = {
    "yinfa_only_date": k_yinfa_only_date,
    "sig_office_daizhang": k_sig_office_daizhang,
    "browser_print_chrome": k_browser_print_chrome,
    "header_label_value_split": k_header_label_value_split,
    "header_compact_yyyymmdd": k_header_compact_yyyymmdd,
    "title_date_same_line": k_title_date_same_line,
    "title_quanwen_suffix": k_title_quanwen_suffix,
    "title_year_bare_digits": k_title_year_bare_digits,
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
    sp = os.path.join(HERE, "split-k.json")
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
