#!/usr/bin/env python3
"""Metadata set h: directional and invariance edits on a report's metadata (first sight).

Reuses the machinery of sets a-d (tests/firstsight/metadata-{a,b,c,d}/meta_edits_*.py: documents, date helpers,
set b's issuer swap with set c's guards, set c's yearless text and publishing date, set d's title name) with NEW
edit kinds.  Every case also expects `is_report` true.  Nothing here runs fzscore.

    python3 meta_edits_h.py                 # print the cases (kind, doc, expectations)
    python3 meta_edits_h.py --show KIND DOC # print one edited text
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
    return hashlib.sha256(("h:" + salt + d["rel"]).encode()).hexdigest()[:n]


def _pick(d, seq, salt=""):
    return seq[int(_h(d, 8, salt), 16) % len(seq)]


def _full_name(d):
    return max(d["issuers"], key=len)


def _title(d):
    return lines_of(d["text"])[d["title_idx"][0]]


def _ymd(iso):
    return B._ymd(iso)


def _ymd_text(iso):
    y, m, dd = _ymd(iso)
    return f"{y}年{m}月{dd}日"


# ---------------------------------------------------------------- issuer swaps (names no earlier set used)
NEW_SWAPS = {
    "swap_autonomous_county_chain": [
        _g("长白朝鲜族自治县", "长白", "县", "county", ("county",), chain="白山市",
           accepted=["白山市长白朝鲜族自治县人民政府", "长白朝鲜族自治县人民政府", "长白朝鲜族自治县", "长白县人民政府"]),
        _g("三江侗族自治县", "三江", "县", "county", ("county",), chain="柳州市",
           accepted=["柳州市三江侗族自治县人民政府", "三江侗族自治县人民政府", "三江侗族自治县", "三江县人民政府"]),
    ],
    "swap_new_area_district": [
        _g("浦东新区", "浦东", "区", "county", ("county",), chain="上海市",
           accepted=["上海市浦东新区人民政府", "浦东新区人民政府", "浦东新区"]),
        _g("滨海新区", "滨海", "区", "county", ("county",), chain="天津市",
           accepted=["天津市滨海新区人民政府", "滨海新区人民政府", "滨海新区"]),
    ],
}
B.SWAPS.update(NEW_SWAPS)  # in memory only


def k_swap(d, kind):
    return C.k_swap(d, kind)


# ---------------------------------------------------------------- years
def k_year_qunian_header_date(d):
    """Set c's yearless text (title year removed, date lines dropped), its 本年度 / 本年 written 去年 (the page
    speaks from the publishing year), and a header line `发布日期：(Y+1)年M月D日` under the title: the year is
    only implied by the publishing date.  Expected: report_year Y, publish_date, on_time."""
    r = C._yearless(d)
    if not r:
        return None
    ls, idx = r
    y = d["year"]
    iso = d["pub"] or A.stable_pick([f"{y + 1}-03-28", f"{y + 1}-01-20", f"{y + 1}-04-12", f"{y + 1}-02-05"], d["rel"])
    if not iso.startswith(str(y + 1)):
        return None
    body = [l if i in idx else l.replace("本年度", "去年").replace("本年", "去年") for i, l in enumerate(ls)]
    if not any("去年" in l for l in body):
        return None
    body.insert(idx[-1] + 1, f"发布日期：{_ymd_text(iso)}")
    t = "\n".join(body)
    if len(YEAR4.findall(t)) != 1 or A.DATE_ANY.findall(t).__len__() != 1:
        return None
    return t, {"report_year": y, "publish_date": iso, "on_time": on_time(iso, y)}


def k_title_year_wrong(d):
    """The title's year is off by one (Y -> Y+1, the publishing year, a common slip) while the body names Y at
    least three times and nowhere Y+1 as the report's year.  Expected (judgement, what a reviewer would hold):
    report_year Y (the body's); title = the edited line; issuer, level."""
    if not d["title_idx"] or not C._only_title_lines(d):
        return None
    y = d["year"]
    ls = lines_of(d["text"])
    orig = ls[d["title_idx"][0]]
    if f"{y}年" not in orig:
        return None
    body = "\n".join(l for i, l in enumerate(ls) if i not in d["title_idx"])
    if body.count(f"{y}年") < 3:
        return None
    nt = orig.replace(f"{y}年", f"{y + 1}年", 1)
    for i in d["title_idx"]:
        ls[i] = nt
    return "\n".join(ls), {"title": nt.strip(), "issuer": d["issuers"], "level": d["level"], "report_year": y}


# ---------------------------------------------------------------- titles
def k_title_issuer_after_year(d):
    """A government title `X县2023年法治政府建设情况报告` rewritten `2023年度X县法治政府建设情况报告` (year
    first, then the issuer).  Expected: title (edited), issuer, level, year."""
    tn = D._gov(d, ("county", "city", "township"))
    if not tn or not C._only_title_lines(d):
        return None
    written, core, lw = tn
    if written.startswith("关于"):
        return None
    y = d["year"]
    t0 = _title(d).strip()
    rest = t0[len(written):]
    m = re.match(rf"\s*(?:关于)?\s*{y}\s*年度?", rest)
    if not m:
        return None
    nt = f"{y}年度{written}" + rest[m.end():].lstrip()
    ls = lines_of(d["text"])
    for i in d["title_idx"]:
        ls[i] = nt
    return "\n".join(ls), {"title": nt, "issuer": d["issuers"], "level": d["level"], "report_year": y}


SLOGANS = ["坚持依法行政　建设人民满意的法治政府", "以法治之力护航高质量发展", "奋力推进法治政府建设走深走实",
           "厚植法治底色　提升治理效能"]


def k_title_slogan_subtitle(d):
    """A government title becomes a slogan line and a 副标题 `——X县2023年法治政府建设情况` on the next line;
    the issuer and the year are only in the subtitle.  Expected: title = the slogan, the subtitle, both, or the
    labelled title (judgement, all accepted); issuer, level, year."""
    tn = D._gov(d, ("county", "city", "township"))
    if not tn or not C._only_title_lines(d) or len(d["title_idx"]) != 1:
        return None
    written, core, lw = tn
    y = d["year"]
    t0 = _title(d).strip()
    if f"{y}年" not in t0 or written.startswith("关于"):
        return None
    slogan = _pick(d, SLOGANS, "sl")
    sub = re.sub(r"^关于", "", t0).replace("的报告", "").replace("报告", "")
    sub = re.sub(r"^(" + re.escape(written) + r")关于", r"\1", sub)
    if len(sub) < 10:
        return None
    ls = lines_of(d["text"])
    i = d["title_idx"][0]
    ls[i] = slogan
    ls.insert(i + 1, "——" + sub)
    acc = [slogan, sub, "——" + sub, slogan + "——" + sub, slogan + sub] + d["titles"]
    return "\n".join(ls), {"title": acc, "issuer": d["issuers"], "level": d["level"], "report_year": y}


# ---------------------------------------------------------------- signatures and headers
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


def k_sig_seal_cn_date(d):
    """Signature: the unit, a seal mark `（印章）` or `（盖章）` on its own line, then the date in Chinese numerals
    with 〇 (二〇二四年三月二十八日).  Expected: issuer, publish_date, on_time, year."""
    mark = _pick(d, ["（印章）", "（盖章）", "(印章)"], "seal")

    def make(iso):
        return f"\n\n{_full_name(d)}\n{mark}\n{A.fmt_date(iso, 'cn')}\n"
    return _signed(d, make)


def k_sig_late_year_after_next(d):
    """The report for Y signed (the only date) in January-March of Y+2: a report published a year late.
    Expected: publish_date (Y+2)-..., on_time false, issuer, year Y."""
    y = d["year"]
    md = _pick(d, ["01-15", "02-26", "03-10", "03-29"], "late")

    def make(_):
        yy, m, dd = _ymd(f"{y + 2}-{md}")
        return f"\n\n{_full_name(d)}\n{yy}年{m}月{dd}日\n"
    out = _signed(d, make)
    if not out:
        return None
    iso = f"{y + 2}-{md}"
    return out[0], {"issuer": d["issuers"], "publish_date": iso, "on_time": False, "report_year": y}


def _under(d, make):
    r = C._pub_for(d)
    if not r or not d["title_idx"]:
        return None
    t, iso = r
    ls = lines_of(t)
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    for k, line in enumerate(make(iso)):
        ls.insert(idx[-1] + 1 + k, line)
    return "\n".join(ls), iso


def k_header_time_seconds_tz(d):
    """Under the title a 发布时间 with seconds and a time zone: `发布时间：2024-03-28 10:15:32 (UTC+8)`,
    `2024-03-28T10:15:32+08:00` or `2024/03/28 10:15:32 GMT+0800`.  Expected: publish_date, on_time, year."""
    style = _pick(d, ["utc", "iso", "gmt"], "tz")
    hh, mi, ss = 8 + int(_h(d, 2, "h"), 16) % 10, int(_h(d, 2, "m"), 16) % 60, int(_h(d, 2, "s"), 16) % 60

    def make(iso):
        y, m, dd = _ymd(iso)
        if style == "utc":
            v = f"{iso} {hh:02d}:{mi:02d}:{ss:02d} (UTC+8)"
        elif style == "iso":
            v = f"{iso}T{hh:02d}:{mi:02d}:{ss:02d}+08:00"
        else:
            v = f"{y}/{m:02d}/{dd:02d} {hh:02d}:{mi:02d}:{ss:02d} GMT+0800"
        return [f"发布时间：{v}　　浏览次数：{int(_h(d, 3, 'v'), 16) % 900 + 37}"]
    r = _under(d, make)
    if not r:
        return None
    t, iso = r
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


def k_republished_superior_site(d):
    """A county / district government's report on its city's portal: a breadcrumb `X市人民政府门户网站 > 区县
    动态` above the title and `来源：Y县人民政府　发布时间：…` under it.  Expected: issuer = the county (not the
    city), level county, year, publish_date."""
    if d["level"] != "county":
        return None
    city = None
    for n in d["issuers"]:
        m = re.match(rf"^([{CJK}]{{2,6}}?[市州盟])([{CJK}]{{2,8}}[县区旗市])人民政府$", n)
        if m:
            city, county = m.group(1), m.group(2)
    if not city:
        return None
    r = _under(d, lambda iso: [f"来源：{county}人民政府　　发布时间：{_ymd_text(iso)}"])
    if not r:
        return None
    t, iso = r
    ls = lines_of(t)
    idx = A.find_title_lines(t, d["titles"])
    ls.insert(idx[0], f"{city}人民政府门户网站　>　区县动态")
    return "\n".join(ls), {"issuer": d["issuers"], "level": "county", "report_year": d["year"],
                           "publish_date": iso, "on_time": on_time(iso, d["year"])}


# ---------------------------------------------------------------- issuer forms
RENAMED = [("司法局", "人民政府法制办公室"), ("市场监督管理局", "工商行政管理局"), ("应急管理局", "安全生产监督管理局"),
           ("自然资源局", "国土资源局"), ("生态环境局", "环境保护局")]


def k_dept_renamed_opening(d):
    """A department that absorbed an older body: a line under the title `（原X县人民政府法制办公室）` style
    opening sentence `机构改革后，原X县法制办公室的职责已整合划入X县司法局，本报告一并反映相关工作。`.
    Expected: issuer = the current department, level department, year."""
    if d["level"] != "department" or not d["title_idx"]:
        return None
    for n in sorted(d["issuers"], key=len, reverse=True):
        for new, old in RENAMED:
            if n.endswith(new) and len(n) > len(new) + 1 and not n.endswith("分局"):
                place = n[: -len(new)]
                if old.startswith("人民政府") and place.endswith(("省", "厅")):
                    continue
                oldn = place + old
                ls = lines_of(d["text"])
                k = A.body_para_index(ls, d["title_idx"][-1], 1)
                if k is None:
                    return None
                ls.insert(k - 1, f"机构改革后，原{oldn}的职责已整合划入{n}，本报告一并反映相关工作。")
                return "\n".join(ls), {"issuer": d["issuers"], "level": "department", "report_year": d["year"]}
    return None


def k_subdistrict_no_banshichu(d):
    """A 街道办事处 report whose text writes `X街道办事处` everywhere becomes `X街道` (办事处 dropped throughout).
    Expected: issuer = the labels or the short `X街道` form, level township, year."""
    if d["level"] != "township" or not d["title_idx"]:
        return None
    m = re.search(rf"([{CJK}]{{2,12}}街道)办事处", _title(d))
    if not m:
        return None
    t = d["text"].replace("街道办事处", "街道")
    acc = list(d["issuers"]) + [n.replace("街道办事处", "街道") for n in d["issuers"] if "街道办事处" in n]
    return t, {"issuer": acc, "level": "township", "report_year": d["year"]}


KINDS = {k: (lambda kk: (lambda d: k_swap(d, kk)))(k) for k in NEW_SWAPS}
KINDS.update({
    "year_qunian_header_date": k_year_qunian_header_date,
    "title_year_wrong": k_title_year_wrong,
    "title_issuer_after_year": k_title_issuer_after_year,
    "title_slogan_subtitle": k_title_slogan_subtitle,
    "sig_seal_cn_date": k_sig_seal_cn_date,
    "sig_late_year_after_next": k_sig_late_year_after_next,
    "header_time_seconds_tz": k_header_time_seconds_tz,
    "republished_superior_site": k_republished_superior_site,
    "dept_renamed_opening": k_dept_renamed_opening,
    "subdistrict_no_banshichu": k_subdistrict_no_banshichu,
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
    sp = os.path.join(HERE, "split-h.json")
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
