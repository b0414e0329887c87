#!/usr/bin/env python3
"""Metadata set g: directional and invariance edits on a report's metadata and kind (first sight, final held-out).

Reuses the machinery of sets a-f (tests/firstsight/metadata-{a,b,c,d}/meta_edits_*.py: documents, date helpers,
set b's issuer swap with set c's guards, set c's yearless text) with NEW edit kinds.  Every case also expects
`is_report` true (each edit keeps a report a report).  Nothing here runs fzscore.

    python3 meta_edits_g.py                 # print the cases (kind, doc, expectations)
    python3 meta_edits_g.py --show KIND DOC # print one edited text
"""
from __future__ import annotations

import hashlib
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for s in ("a", "b", "c", "d"):
    sys.path.insert(0, os.path.join(HERE, "..", f"metadata-{s}"))
import meta_edits_a as A  # noqa: E402  (reused unchanged)
import meta_edits_b as B  # noqa: E402  (reused unchanged)
import meta_edits_c as C  # noqa: E402  (reused unchanged)
import meta_edits_d as D  # noqa: E402  (reused unchanged)

CJK = A.CJK
norm = A.norm
lines_of = A.lines_of
load_docs = A.load_docs
on_time = A.on_time
_g = B._g
YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _h(d, n=6, salt=""):
    return hashlib.sha256(("g:" + salt + d["rel"]).encode()).hexdigest()[:n]


def _pick(d, seq, salt=""):
    return seq[int(_h(d, 8, salt), 16) % len(seq)]


def _full_name(d):
    return max(d["issuers"], key=len)


def _title(d):
    return lines_of(d["text"])[d["title_idx"][0]]


def _ymd(iso):
    return B._ymd(iso)


# ---------------------------------------------------------------- issuer: an autonomous banner with its city
NEW_SWAPS = {
    "swap_autonomous_banner": [
        _g("鄂温克族自治旗", "鄂温克", "旗", "county", ("county",), chain="呼伦贝尔市", party="旗委", gov="旗政府",
           accepted=["呼伦贝尔市鄂温克族自治旗人民政府", "鄂温克族自治旗人民政府", "鄂温克族自治旗", "鄂温克旗人民政府"]),
        _g("莫力达瓦达斡尔族自治旗", "莫旗", "旗", "county", ("county",), chain="呼伦贝尔市", party="旗委",
           gov="旗政府", accepted=["呼伦贝尔市莫力达瓦达斡尔族自治旗人民政府", "莫力达瓦达斡尔族自治旗人民政府",
                                  "莫力达瓦达斡尔族自治旗"]),
    ],
}
B.SWAPS.update(NEW_SWAPS)  # in memory only


def k_swap(d, kind):
    return C.k_swap(d, kind)


# ---------------------------------------------------------------- signatures with dots / slashes
def _signed(d, make):
    r = C._pub_for(d)
    if not r or not d["title_idx"]:
        return None
    t, iso = r
    t = A.cut_to_sentence(t).rstrip()
    if not t.endswith("。") or A.DATE_ANY.search(t):
        return None
    return t + make(iso), {"issuer": d["issuers"], "publish_date": iso, "on_time": on_time(iso, d["year"]),
                           "report_year": d["year"]}


def k_sig_dot_unpadded(d):
    """Signature: the unit, then the date with dots and no zero padding (2025.3.28)."""
    def make(iso):
        y, m, dd = _ymd(iso)
        return f"\n\n{_full_name(d)}\n{y}.{m}.{dd}\n"
    return _signed(d, make)


def k_sig_slash_same_line(d):
    """Signature: the unit and the date with slashes (2025/03/28) on one line, then （此件公开发布）."""
    def make(iso):
        y, m, dd = _ymd(iso)
        return f"\n\n{_full_name(d)}　　{y}/{m:02d}/{dd:02d}\n（此件公开发布）\n"
    return _signed(d, make)


# ---------------------------------------------------------------- years
def k_year_plan_heading_next(d):
    """Set c's yearless text (title year removed, date lines dropped, body years -> 本年) with a closing heading
    `四、(Y+1)年工作打算` and one plan sentence: the only year is the next one.  Expected: report_year Y."""
    r = C._yearless(d)
    if not r:
        return None
    ls, idx = r
    y = d["year"]
    t = A.cut_to_sentence("\n".join(ls)).rstrip()
    if YEAR4.search(t) or not t.endswith("。"):
        return None
    head = _pick(d, [f"四、{y + 1}年工作打算", f"三、{y + 1}年工作计划", f"五、{y + 1}年重点工作安排"], "plan")
    t += (f"\n\n{head}\n\n下一步，我们将继续深入学习贯彻习近平法治思想，持续深化行政执法规范化建设，"
          f"进一步提升依法行政能力和水平，为经济社会高质量发展提供有力法治保障。\n")
    return t, {"report_year": y}


def k_title_year_cn_yearless_body(d):
    """Title year written 二〇二四年度 (Chinese numerals with 〇), the body's years written 本年, date lines dropped:
    the title is the only place with the year.  Expected: title (edited), report_year Y."""
    r = C._yearless(d)
    if not r:
        return None
    ls, idx = r
    y = d["year"]
    orig = lines_of(d["text"])[idx[0]]
    pat = next((p for p in (f"{y}年度", f"{y}年") if p in orig), None)
    if not pat:
        return None
    nt = orig.replace(pat, A.cn_year(y) + "年度", 1)
    for i in idx:
        ls[i] = nt
    t = "\n".join(ls)
    if YEAR4.search(t):
        return None
    return t, {"title": nt.strip(), "report_year": y}


def k_title_year_ascii_space(d):
    """The title's year written with an ASCII space before 年 (`2024 年度`)."""
    if not d["title_idx"] or not C._only_title_lines(d):
        return None
    y = d["year"]
    ls = lines_of(d["text"])
    orig = ls[d["title_idx"][0]]
    m = re.search(rf"{y}年", orig)
    if not m:
        return None
    nt = orig.replace(f"{y}年", f"{y} 年", 1)
    for i in d["title_idx"]:
        ls[i] = nt
    return "\n".join(ls), {"title": [nt.strip()] + d["titles"], "issuer": d["issuers"], "report_year": y}


def k_title_tag_prefix(d):
    """The title line prefixed by a site tag: 【法治政府】 / [转载] / 【专题】 / [政务公开].  Expected: the title
    without or with the tag (judgement, both accepted), issuer, year."""
    if not d["title_idx"] or not C._only_title_lines(d):
        return None
    tag = _pick(d, ["【法治政府】", "[转载]", "【专题】", "[政务公开]"], "tag")
    ls = lines_of(d["text"])
    orig = ls[d["title_idx"][0]].strip()
    for i in d["title_idx"]:
        ls[i] = tag + ls[i].strip()
    return "\n".join(ls), {"title": d["titles"] + [tag + orig], "issuer": d["issuers"], "level": d["level"],
                           "report_year": d["year"]}


# ---------------------------------------------------------------- issuer forms
def k_subdistrict_title_city_district(d):
    """A 街道 (or 镇/乡) report whose title opens with the township alone gets a city AND a district in front
    (`XX市XX区XX街道…`; the district from a labelled name or the text's own `XX区委/县委`, the city from a
    labelled name or a fixed list).  Expected: title, issuer, level township, year."""
    if d["level"] != "township":
        return None
    tn = D._gov(d, ("township",))
    if not tn or not C._only_title_lines(d):
        return None
    written, core, lw = tn
    dist = city = None
    for n in d["issuers"]:
        m = re.match(rf"^([{CJK}]{{2,5}}市)?([{CJK}]{{1,5}}?[县区])" + re.escape(core), n)
        if m:
            city, dist = m.group(1), m.group(2)
    if not dist:
        m = re.search(rf"([{CJK}]{{2,4}}[区县])(?:委|人民政府|政府)", d["text"])
        if m and not re.search("各|全|本|我|辖|城区|社区|园区|景区|片区|街区|新区", m.group(1)):
            dist = m.group(1)
    if not dist:
        return None
    if not city:
        m = re.search(rf"(?<![{CJK}])?([{CJK}]{{2,3}}市)(?:委|人民政府|政府)", d["text"])
        city = m.group(1) if m and not re.search("各|全|本|我|城市|省市", m.group(1)) else None
    if not city or dist in _title(d) or city in _title(d):
        return None
    ls = lines_of(d["text"])
    for i in d["title_idx"]:
        ls[i] = ls[i].replace(written, city + dist + written, 1)
    return "\n".join(ls), {"title": ls[d["title_idx"][0]].strip(), "issuer": d["issuers"], "level": "township",
                           "report_year": d["year"]}


def _dept_title_name(d):
    """A department report whose title opens with one of its labelled names: (name, title)."""
    if d["level"] != "department" or not d["title_idx"] or not C._only_title_lines(d):
        return None
    t = _title(d).strip()
    if t.startswith("中共") or "党组" in t:
        return None
    for n in sorted(d["issuers"], key=len, reverse=True):
        if t.startswith(n) and re.search("局|委员会|办公室|厅|中心", n[-5:]) and "委" not in n[:-3]:
            return n, t
    return None


def k_dept_party_group(d):
    """A department report written by its 党组: the title `中共X局党组关于…` and the signature `中共X局党组`.
    Expected: issuer = the department (or the 党组, judgement: both accepted), level department, year."""
    r = _dept_title_name(d)
    if not r:
        return None
    name, t0 = r
    rest = t0[len(name):]
    new_t = f"中共{name}党组" + (rest if rest.startswith("关于") else "关于" + rest)
    ls = lines_of(d["text"])
    for i in d["title_idx"]:
        ls[i] = new_t
    t = A.cut_to_sentence("\n".join(ls)).rstrip()
    if not t.endswith("。"):
        return None
    t += f"\n\n中共{name}党组\n"
    acc = list(d["issuers"]) + [f"中共{name}党组", f"{name}党组"]
    return t, {"title": new_t, "issuer": acc, "level": "department", "report_year": d["year"]}


def k_two_offices_joint(d):
    """A county / city government report re-issued by the 两办: title `中共X县委办公室　X县人民政府办公室关于…`,
    a signature with both offices.  Expected (judgement): either office (or the government); year.  Level not
    tested (no rule for a joint office report)."""
    tn = D._gov(d, ("county", "city"))
    if not tn or not C._only_title_lines(d):
        return None
    written, core, lw = tn
    t0 = _title(d).strip()
    rest = t0[len(written):]
    party_off = f"中共{core}委办公室"
    gov_off = f"{core}人民政府办公室"
    rest = re.sub(r"^\s*關於", "关于", rest).strip()
    new_t = f"{party_off}　{gov_off}" + (rest if rest.startswith("关于") else "关于" + rest)
    ls = lines_of(d["text"])
    for i in d["title_idx"]:
        ls[i] = new_t
    t = A.cut_to_sentence("\n".join(ls)).rstrip()
    if not t.endswith("。"):
        return None
    t += f"\n\n{party_off}\n{gov_off}\n"
    acc = list(d["issuers"]) + [party_off, f"{core}委办公室", gov_off, f"{core}政府办公室"]
    return t, {"title": new_t, "issuer": acc, "report_year": d["year"]}


# ---------------------------------------------------------------- dates
def _under(d, iso_of, make, foot=None):
    r = C._pub_for(d)
    if not r or not d["title_idx"]:
        return None
    t, iso0 = r
    iso = iso_of(iso0)
    ls = lines_of(t)
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    ls.insert(idx[-1] + 1, make(iso, iso0))
    return "\n".join(ls), {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


def k_republished_two_years_on(d):
    """The page is a re-publication two years later: under the title `信息来源：… 重新发布日期：(Y+2)年M月D日`
    (the only date).  Expected: publish_date (Y+2)-…, on_time false, year Y."""
    y = d["year"]
    md = _pick(d, ["02-14", "05-09", "01-06", "03-30"], "rp")

    def make(iso, _):
        yy, m, dd = _ymd(iso)
        return f"信息来源：{_pick(d, ['司法局', '政府办', '本网'], 'src')}　　重新发布日期：{yy}年{m}月{dd}日"
    return _under(d, lambda _: f"{y + 2}-{md}", make)


def k_meeting_date_opening(d):
    """The opening says the report was adopted at a meeting on an earlier date (`M月D日，…常务会议审议通过`);
    the publishing date is in the signature.  Expected: publish_date = the signature's date."""
    r = C._pub_for(d)
    if not r or not d["title_idx"]:
        return None
    t, iso = r
    mt = B._later(iso, -(int(_h(d, 2, "mt"), 16) % 15 + 6))
    ls = lines_of(t)
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    k = A.body_para_index(ls, idx[-1], 1)
    if k is None:
        return None
    my, mm, mdd = _ymd(mt)
    body = _pick(d, ["政府常务会议", "党组会议", "法治建设委员会会议"], "mb")
    ls.insert(k - 1, f"本报告已于{my}年{mm}月{mdd}日经{body}审议通过。")
    t = A.cut_to_sentence("\n".join(ls)).rstrip()
    if not t.endswith("。"):
        return None
    y, m, dd = _ymd(iso)
    t += f"\n\n{_full_name(d)}\n{y}年{m}月{dd}日\n"
    return t, {"issuer": d["issuers"], "publish_date": iso, "on_time": on_time(iso, d["year"]),
               "report_year": d["year"]}


ORDERS = [("成文日期", "发布日期", "　　"), ("发布日期", "成文日期", "　　"), ("成文日期", "发布日期", "\n"),
          ("发布日期", "成文日期", "\n")]


def k_chengwen_fabu_orders(d):
    """Under the title a 成文日期 (10-40 days earlier) and a 发布日期 (the date), in either order, on one line or
    two, ISO or 年月日.  Expected (judgement): publish_date = 发布日期."""
    a, b, j = _pick(d, ORDERS, "ord")
    style = _pick(d, ["iso", "ymd"], "sty")

    def fmt(iso):
        if style == "iso":
            return iso
        y, m, dd = _ymd(iso)
        return f"{y}年{m}月{dd}日"

    def make(iso, _):
        cw = B._later(iso, -(10 + int(_h(d, 2, "cw"), 16) % 31))
        v = {"成文日期": fmt(cw), "发布日期": fmt(iso)}
        return f"{a}：{v[a]}{j}{b}：{v[b]}"
    return _under(d, lambda x: x, make)


def k_stats_cutoff_line(d):
    """Invariance: a line `（本报告所涉数据统计截至Y年12月31日）` after the title; issuer, year, publishing date
    and on_time stay the labels' (the statistics cut-off is not a publishing date)."""
    if not d["title_idx"] or not d["pub"] or not A.date_re(d["pub"]).search(d["text"]):
        return None
    y = d["year"]
    ls = lines_of(d["text"])
    ls.insert(d["title_idx"][-1] + 1, f"（本报告所涉数据统计截至{y}年12月31日）")
    return "\n".join(ls), {"issuer": d["issuers"], "level": d["level"], "report_year": y, "publish_date": d["pub"],
                           "on_time": on_time(d["pub"], y)}


KINDS = {k: (lambda kk: (lambda d: k_swap(d, kk)))(k) for k in NEW_SWAPS}
KINDS.update({
    "sig_dot_unpadded": k_sig_dot_unpadded,
    "sig_slash_same_line": k_sig_slash_same_line,
    "year_plan_heading_next": k_year_plan_heading_next,
    "title_year_cn_yearless_body": k_title_year_cn_yearless_body,
    "title_year_ascii_space": k_title_year_ascii_space,
    "title_tag_prefix": k_title_tag_prefix,
    "subdistrict_title_city_district": k_subdistrict_title_city_district,
    "dept_party_group": k_dept_party_group,
    "two_offices_joint": k_two_offices_joint,
    "republished_two_years_on": k_republished_two_years_on,
    "meeting_date_opening": k_meeting_date_opening,
    "chengwen_fabu_orders": k_chengwen_fabu_orders,
    "stats_cutoff_line_invariance": k_stats_cutoff_line,
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
    sp = os.path.join(HERE, "split-g.json")
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
