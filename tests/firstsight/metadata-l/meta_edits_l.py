#!/usr/bin/env python3
"""Metadata set l: directional and invariance edits on a report's metadata (first sight).

Reuses the machinery of sets a-d and h-k (tests/firstsight/metadata-{a,b,c,d,h,i,j,k}/meta_edits_*.py:
documents, date helpers, set c's date-free text and `_only_title_lines`, set h's `_ymd_text`, set i's
`_under_title`, set j's `_clean`, set k's `_full_name`, `_cut_signed`, `_title_line`) with NEW edit kinds.
Every case also expects `is_report` true.  Nothing here runs fzscore.

    python3 meta_edits_l.py                 # print the cases (kind, doc, expectations)
    python3 meta_edits_l.py --show KIND DOC # print one edited text
"""
from __future__ import annotations

import hashlib
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for s in ("a", "b", "c", "d", "h", "i", "j", "k"):
    sys.path.insert(0, os.path.join(HERE, "..", f"metadata-{s}"))
import meta_edits_a as A  # noqa: E402  (reused unchanged)
import meta_edits_b as B  # noqa: E402  (reused unchanged)
import meta_edits_c as C  # noqa: E402  (reused unchanged)
import meta_edits_h as H  # noqa: E402  (reused unchanged)
import meta_edits_i as I  # noqa: E402  (reused unchanged)
import meta_edits_j as J  # noqa: E402  (reused unchanged; its swaps are not used here)
import meta_edits_k as K  # noqa: E402  (reused unchanged)

norm = A.norm
lines_of = A.lines_of
load_docs = A.load_docs
on_time = A.on_time

# a full date left in Chinese numerals (A.DATE_ANY sees arabic dates only)
CN_DATE = re.compile(r"[〇○零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,2}\s*月\s*[一二三四五六七八九十廿卅]{1,3}\s*日")

# ---------------------------------------------------------------- wording (data)
# 机构改革 (2018-2019): a department with a second plate (一个机构两块牌子), by the end of its name
PLATES = [
    ("市场监督管理局", "知识产权局"),
    ("应急管理局", "地震局"),
    ("农业农村局", "乡村振兴局"),
    ("卫生健康委员会", "中医药管理局"),
    ("卫生健康局", "中医药管理局"),
    ("教育局", "体育局"),
    ("自然资源局", "林业局"),
    ("自然资源和规划局", "林业局"),
    ("人力资源和社会保障局", "公务员局"),
    ("发展和改革委员会", "粮食和物资储备局"),
    ("发展和改革局", "粮食和物资储备局"),
    ("城市管理局", "城市管理综合行政执法局"),
    ("住房和城乡建设局", "人民防空办公室"),
    ("文化和旅游局", "文物局"),
]
# the 主送 (addressee) line of a report to its superior, by the reporting unit's level
ZHUSONG_GOV = {"county": "市委、市政府：", "city": "省委、省政府：", "province": "党中央、国务院："}
ZHUSONG_TOWN = {"街道": "区委、区政府：", "镇": "县委、县政府：", "乡": "县委、县政府："}
HAO = ["发布时间：{y}年{m}月{d}号", "时间：{y}年{m:02d}月{d:02d}号 {hh:02d}:{mi:02d}", "发布日期：{y}年{m}月{d}号"]
HEADER_LATE = ["发布日期：{iso}", "发布时间：{y}年{m}月{d}日", "发布日期：{y}年{m:02d}月{d:02d}日"]
CN_DIG = "〇一二三四五六七八九"


def _h(d, n=6, salt=""):
    return hashlib.sha256(("l:" + salt + d["rel"]).encode()).hexdigest()[:n]


def _pick(d, seq, salt=""):
    return seq[int(_h(d, 8, salt), 16) % len(seq)]


def _cn_day_nian(n):
    """Day of month with 廿 / 卅 (21-29 → 廿一…廿九, 30 → 卅日, 31 → 卅一)."""
    if 21 <= n <= 29:
        return "廿" + CN_DIG[n - 20]
    if n == 30:
        return "卅"
    if n == 31:
        return "卅一"
    return A.cn_num(n)


def _clean_signable(d):
    """J._clean's date-free text, cut at its last 。 (so it ends before any old signature), with no full date
    left in arabic or Chinese numerals."""
    r = J._clean(d)
    if not r:
        return None
    t, iso = r
    t = K._cut_signed(t)
    if not t or A.DATE_ANY.search(t) or CN_DATE.search(t):
        return None
    return t, iso


def _trad(d):
    """A page in traditional script (a mirror site): added simplified wording would not fit it."""
    return bool(re.search(r"[關區縣報設會於與]|\(q[uū]\)", K._title_line(d) if d["title_idx"] else d["text"][:300]))


def _unit(d):
    return K._full_name(d)


# ---------------------------------------------------------------- signature dates
def k_sig_date_nian_sa(d):
    """Date-free text cut at its last 。, signed by the unit and a date in 〇 numerals whose day is written
    with 廿 / 卅 (`二〇二五年三月廿八日`, `二〇二五年一月卅一日`), the only date.  Only documents whose date
    (labelled, or b's fixed list) falls on the 21st-31st.  Expected: publish_date, on_time, issuer, year."""
    u = _unit(d)
    if not u:
        return None
    r = _clean_signable(d)
    if not r:
        return None
    t, iso = r
    y, m, dd = B._ymd(iso)
    if dd < 21:
        return None
    date = f"{A.cn_year(y)}年{A.cn_num(m)}月{_cn_day_nian(dd)}日"
    return t + f"\n\n{u}\n{date}\n", {
        "publish_date": iso, "on_time": on_time(iso, d["year"]), "issuer": d["issuers"], "report_year": d["year"]}


def k_sig_date_wrapped(d):
    """Date-free text cut at its last 。, signed by the unit and a date broken over two lines as a narrow
    right-aligned PDF box leaves it: `2025年` / `3月28日` or `2025年3月` / `28日`; the only date.
    Expected (judgement: a reader joins the two lines): publish_date, on_time, issuer, year."""
    u = _unit(d)
    if not u:
        return None
    r = _clean_signable(d)
    if not r:
        return None
    t, iso = r
    y, m, dd = B._ymd(iso)
    date = _pick(d, [f"{y}年\n{m}月{dd}日", f"{y}年{m}月\n{dd}日"], "wr")
    return t + f"\n\n{u}\n{date}\n", {
        "publish_date": iso, "on_time": on_time(iso, d["year"]), "issuer": d["issuers"], "report_year": d["year"]}


def k_sig_cn_deadline_edge(d):
    """Date-free text cut at its last 。, signed by the unit and the deadline's edge in 〇 numerals:
    `二〇二五年三月三十一日` (the last day in time) or `二〇二五年四月一日` (the first day late), picked per
    document; the only date.  Expected: publish_date (Y+1)-03-31 / (Y+1)-04-01, on_time true / false, issuer,
    year."""
    u = _unit(d)
    if not u:
        return None
    r = _clean_signable(d)
    if not r:
        return None
    t, _ = r
    y = d["year"] + 1
    iso = _pick(d, [f"{y}-03-31", f"{y}-04-01"], "edge")
    _, m, dd = B._ymd(iso)
    date = f"{A.cn_year(y)}年{A.cn_num(m)}月{A.cn_num(dd)}日"
    return t + f"\n\n{u}\n{date}\n", {
        "publish_date": iso, "on_time": on_time(iso, d["year"]), "issuer": d["issuers"], "report_year": d["year"]}


def k_sig_ontime_header_late(d):
    """Date-free text cut at its last 。, signed by the unit on (Y+1)-03-2x (on time); under the title the
    page's `发布日期：(Y+1)-04-xx` (8-22 April): written on time, released late.  Expected (judgement, domain.md
    N7: the report must be publicly released before 4月1日): publish_date = the 发布日期, on_time false;
    issuer, year."""
    u = _unit(d)
    if not u:
        return None
    r = _clean_signable(d)
    if not r:
        return None
    t, _ = r
    y = d["year"] + 1
    sd = 20 + int(_h(d, 2, "sd"), 16) % 10
    pd = 8 + int(_h(d, 2, "pd"), 16) % 15
    iso = f"{y}-04-{pd:02d}"
    t = I._under_title(t, d, [_pick(d, HEADER_LATE, "hl").format(iso=iso, y=y, m=4, d=pd)])
    if not t:
        return None
    return t + f"\n\n{u}\n{y}年3月{sd}日\n", {
        "publish_date": iso, "on_time": False, "issuer": d["issuers"], "report_year": d["year"]}


# ---------------------------------------------------------------- header date
def k_header_date_hao(d):
    """Date-free text; under the title the date written with 号 for 日, as a news or WeChat page does:
    `发布时间：2025年3月28号`, `时间：2025年03月28号 09:30`, `发布日期：2025年3月28号`; the only date.
    Expected: publish_date, on_time, year."""
    def mk(iso):
        y, m, dd = B._ymd(iso)
        hh, mi = 8 + int(_h(d, 2, "hh"), 16) % 10, int(_h(d, 2, "mi"), 16) % 60
        return [_pick(d, HAO, "hao").format(y=y, m=m, d=dd, hh=hh, mi=mi)]
    r = J._header(d, mk)
    if not r:
        return None
    t, iso = r
    if CN_DATE.search(t):
        return None
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


# ---------------------------------------------------------------- issuers
def k_sig_party_gov_two_lines(d):
    """A government's report (its title names the government alone): date-free text cut at its last 。 and
    signed on two lines by the party committee and the government (`中共X县委员会` / `X县人民政府`, 街道:
    `中共X街道工作委员会`), then the date (the only one).  Expected (judgement: the title says whose report it
    is): issuer = the government (labels; the party committee alone is not accepted), level, publish_date,
    on_time, year."""
    full = _unit(d)
    if not full or not full.endswith("人民政府") or d["level"] not in ("county", "city", "township"):
        return None
    if not d["title_idx"] or full not in K._title_line(d):
        return None
    if _trad(d):
        return None
    core = full[: -len("人民政府")]
    if any(n.startswith("中共") or "委员会" in n or n.endswith("委") for n in d["issuers"]):
        return None
    if re.search(r"中共|党委|党工委|县委|市委|区委", K._title_line(d)):
        return None
    r = _clean_signable(d)
    if not r:
        return None
    t, iso = r
    party = f"中共{core}工作委员会" if core.endswith("街道") else f"中共{core}委员会"
    return t + f"\n\n{party}\n{full}\n{H._ymd_text(iso)}\n", {
        "issuer": d["issuers"], "level": d["level"], "publish_date": iso, "on_time": on_time(iso, d["year"]),
        "report_year": d["year"]}


def k_dept_title_second_plate(d):
    """A department that carries a second plate after the 机构改革 (一个机构两块牌子): in the title its name
    becomes `X市市场监督管理局（X市知识产权局）` (地震局, 乡村振兴局, 中医药管理局, 体育局, 林业局, 公务员局,
    粮食和物资储备局, 综合行政执法局, 人民防空办公室, 文物局 by the name's end); nothing else changed.
    Expected: issuer = the department (labels, or the name with its bracketed plate), level department,
    title = the new line, year."""
    if d["level"] != "department" or len(d["title_idx"]) != 1 or not C._only_title_lines(d):
        return None
    full = _unit(d)
    if not full:
        return None
    hit = next(((s, p) for s, p in PLATES if full.endswith(s) and len(full) > len(s) + 1), None)
    if not hit:
        return None
    s, p = hit
    place = full[: -len(s)]
    ls = lines_of(d["text"])
    i = d["title_idx"][0]
    if ls[i].count(full) != 1 or p in ls[i]:
        return None
    plate = f"{full}（{place}{p}）"
    ls[i] = ls[i].replace(full, plate)
    return "\n".join(ls), {"issuer": list(d["issuers"]) + [plate], "level": "department",
                           "title": ls[i].strip(), "report_year": d["year"]}


def _dept_place(full):
    """The place a department belongs to: the longest prefix ending in 省/自治区/市/县/区/旗 whose every part
    has two characters or more and whose remainder is not a word going on (市场…, 城市管理…); None for zones."""
    if re.search("开发区|经开区|高新区|新区|管委会|管理委员会", full):
        return None
    best, start = None, 0
    for m in re.finditer(r"自治区|省|市|县|区|旗", full):
        seg = full[start:m.start()]
        if len(seg) + len(m.group()) < 2 or (len(seg) < 2 and m.group() != "自治区"):
            break
        rest = full[m.end():]
        if len(rest) >= 2 and rest[0] not in "场管政辖":
            best = full[:m.end()]
        start = m.end()
    return best


def k_zhusong_superior_line(d):
    """A 主送 (addressee) line before the first body paragraph, as a report to the superior opens: a department
    → `{place}人民政府：` (its own government named in full); a county → `市委、市政府：`; a city → `省委、省政府：`;
    a 镇 / 乡 → `县委、县政府：`; a 街道 → `区委、区政府：`.  Nothing else changed.  Expected: issuer = the
    reporting unit (labels, not the addressee), level, title (labels), year."""
    if not d["title_idx"] or not d["titles"]:
        return None
    full = _unit(d)
    if not full:
        return None
    lv = d["level"]
    if lv == "department":
        place = _dept_place(full)
        if not place:
            return None
        line = f"{place}人民政府："
    elif lv == "township":
        w = next((k for k in ZHUSONG_TOWN if re.search(k + r"(?:人民政府|办事处)?$", full)), None)
        if not w:
            return None
        line = ZHUSONG_TOWN[w]
        m = re.search(r"([县区市旗])[^县区市旗]{2,}(?:镇|乡|街道)(?:人民政府|办事处)?$", full)
        if m:  # the township's county-level parent is written in its labelled name (禄丰市中村乡 → 市)
            line = f"{m.group(1)}委、{m.group(1)}政府："
    elif lv in ZHUSONG_GOV:
        line = ZHUSONG_GOV[lv]
    else:
        return None
    if _trad(d):
        return None
    ls = lines_of(d["text"])
    j = next((k for k in range(d["title_idx"][-1] + 1, len(ls)) if (len(ls[k].strip()) >= 40 and "。" in ls[k])
              or re.match(r"\s*一\s*[、.．]", ls[k])), None)
    if j is None:  # j: the first body paragraph (a long line with a full stop, not a page-info line) or 一、
        return None
    if any(re.search(r"[：:]\s*$", l) and re.search("委|政府|国务院", l) for l in ls[d["title_idx"][-1] + 1:j]):
        return None
    ls.insert(j, line)
    return "\n".join(ls), {"issuer": d["issuers"], "level": lv, "title": d["titles"], "report_year": d["year"]}


KINDS = {
    "sig_date_nian_sa": k_sig_date_nian_sa,
    "sig_date_wrapped": k_sig_date_wrapped,
    "sig_cn_deadline_edge": k_sig_cn_deadline_edge,
    "sig_ontime_header_late": k_sig_ontime_header_late,
    "header_date_hao": k_header_date_hao,
    "sig_party_gov_two_lines": k_sig_party_gov_two_lines,
    "dept_title_second_plate": k_dept_title_second_plate,
    "zhusong_superior_line": k_zhusong_superior_line,
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
            if _trad(docs[rel]):  # pages in traditional script are left out of every kind
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
    sp = os.path.join(HERE, "split-l.json")
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
