#!/usr/bin/env python3
"""Metadata set f: directional and invariance edits on a report's metadata (first sight).

Reuses the machinery of sets a-e (tests/firstsight/metadata-{a,b,c,d,e}/meta_edits_*.py: documents, date helpers,
set b's issuer swap with set c's guards, set d's nameless title) with NEW edit kinds: a 公开 info box above the
title in several orders and separators, a signature dated only in Chinese numerals after 特此报告, a signature
pushed right with ASCII spaces, the year only in the opening 2024年以来, 今年以来 with a December date, a title
without its year on a page published the next year, the issuer abbreviated (X县府) in the title, a township
title naming its county, a district's department (XX市XX区司法局), a development zone's 管委会, a joint 县委 /
县政府 report signed by both, the date only in a URL line, a 来源 / 时间 line, and a copyright footer with
another year.  Nothing here runs fzscore.

    python3 meta_edits_f.py                 # print the cases (kind, doc, expectations)
    python3 meta_edits_f.py --show KIND DOC # print one edited text
"""
from __future__ import annotations

import hashlib
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for s in ("a", "b", "c", "d", "e"):
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


def _h(d, n=6):
    return hashlib.sha256(("f:" + d["rel"]).encode()).hexdigest()[:n]


def _pick(d, seq, salt=""):
    return seq[int(hashlib.sha256((salt + d["rel"]).encode()).hexdigest(), 16) % len(seq)]


def _full_name(d):
    """The longest labelled name (the full name for a signature)."""
    return max(d["issuers"], key=len)


# ---------------------------------------------------------------- issuer: new swap targets (B.swap, own specs)
NEW_SWAPS = {
    # a department of a district of a city: XX市XX区司法局 (department)
    "swap_district_dept": [
        _g("成都市武侯区司法局", "武侯", "局", "department", ("county", "city"), "", place="成都市武侯区", dept=True,
           accepted=["成都市武侯区司法局", "武侯区司法局"], selfw="局"),
        _g("南京市鼓楼区市场监督管理局", "鼓楼", "局", "department", ("county", "city"), "", place="南京市鼓楼区",
           dept=True, accepted=["南京市鼓楼区市场监督管理局", "鼓楼区市场监督管理局"], selfw="局"),
        _g("杭州市西湖区人力资源和社会保障局", "西湖", "局", "department", ("county", "city"), "",
           place="杭州市西湖区", dept=True, accepted=["杭州市西湖区人力资源和社会保障局", "西湖区人力资源和社会保障局"],
           selfw="局"),
    ],
    # a development zone's 管理委员会 (level left unlabelled: no rule in domain.md)
    "swap_devzone_committee": [
        _g("芜湖经济技术开发区", "芜湖经开", "区", "county", ("county", "city"), "管理委员会", party="党工委",
           gov="管委会", accepted=["芜湖经济技术开发区管理委员会", "芜湖经济技术开发区管委会", "芜湖经济技术开发区"]),
        _g("襄阳高新技术产业开发区", "襄阳高新", "区", "county", ("county", "city"), "管理委员会", party="党工委",
           gov="管委会", accepted=["襄阳高新技术产业开发区管理委员会", "襄阳高新区管委会", "襄阳高新技术产业开发区"]),
    ],
}
B.SWAPS.update(NEW_SWAPS)  # in memory only: B.swap looks its specs up there


def k_swap(d, kind):
    out = C.k_swap(d, kind)
    if out and kind == "swap_devzone_committee":
        t, exp = out
        exp = {k: v for k, v in exp.items() if k != "level"}  # no level rule for a 管委会: not tested
        out = (t, exp)
    return out


def _title(d):
    return lines_of(d["text"])[d["title_idx"][0]]


# ---------------------------------------------------------------- a 公开 info box above the title
BOX_LAYOUTS = [
    # (order, separator between key and value, joiner between fields)
    (("索引号", "发布机构", "公开范围", "公开方式", "成文日期"), "：", "\n"),
    (("成文日期", "索引号", "公开方式", "发布机构", "公开范围"), ":", "\n"),
    (("发布机构", "成文日期", "索引号", "公开范围", "公开方式"), "：", "　　"),
    (("公开方式", "公开范围", "成文日期", "发布机构", "索引号"), "｜", "\n"),
    (("索引号", "公开范围", "发布机构", "成文日期", "公开方式"), "\t", "\n"),
]


def k_info_box_above_title(d):
    """Above the title, a 公开 box with 索引号 / 发布机构 / 公开范围 / 公开方式 / 成文日期 (order, key separator and
    field joiner vary by document); the labelled date lines are removed, the box's 成文日期 is the only date.
    Expected: title, issuer, publish_date (judgement: the only date on the page), on_time, year."""
    if not d["title_idx"]:
        return None
    r = C._pub_for(d)
    if not r:
        return None
    t, iso = r
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    order, sep, join = _pick(d, BOX_LAYOUTS, "box")
    yy, m, dd = B._ymd(iso)
    date_txt = _pick(d, [iso, f"{yy}年{m:02d}月{dd:02d}日", f"{yy}/{m:02d}/{dd:02d}"], "bd")
    vals = {"索引号": f"{_h(d, 9).upper()}/{yy}-{int(_h(d, 4), 16) % 90000:05d}", "发布机构": _full_name(d),
            "公开范围": "面向社会", "公开方式": "主动公开", "成文日期": date_txt}
    box = join.join(f"{k}{sep}{vals[k]}" for k in order)
    ls = lines_of(t)
    ls.insert(idx[0], box + "\n")
    return "\n".join(ls), {"title": d["titles"], "issuer": d["issuers"], "publish_date": iso,
                           "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


# ---------------------------------------------------------------- signatures
def _cn_date(iso):
    y, m, dd = B._ymd(iso)
    return f"{A.cn_year(y)}年{A.cn_num(m)}月{A.cn_num(dd)}日"


def _signed_f(d, make):
    r = C._pub_for(d)
    if not r or not d["title_idx"]:
        return None
    t, iso = r
    t = A.cut_to_sentence(t).rstrip()
    if not t.endswith("。") or A.DATE_ANY.search(t):
        return None
    return t + make(iso), {"issuer": d["issuers"], "publish_date": iso, "on_time": on_time(iso, d["year"]),
                           "report_year": d["year"]}


def k_sig_cn_after_tecibaogao(d):
    """`特此报告。` then the unit and a date written only in Chinese numerals (二〇二五年三月二十日)."""
    return _signed_f(d, lambda iso: f"\n\n特此报告。\n\n{_full_name(d)}\n{_cn_date(iso)}\n")


def k_sig_right_ascii_spaces(d):
    """The unit and the date (2025年3月20日) each pushed right with 30-50 ASCII spaces."""
    n = 30 + int(_h(d, 2), 16) % 21

    def make(iso):
        y, m, dd = B._ymd(iso)
        name = _full_name(d)
        ds = f"{y}年{m}月{dd}日"
        return f"\n\n{' ' * n}{name}\n{' ' * (n + max(0, len(name) - len(ds)) * 2)}{ds}\n"
    return _signed_f(d, make)


# ---------------------------------------------------------------- years
def k_year_yilai_opening(d):
    """The year is only in the opening sentence, `2024年以来，…`; the title lost its year, the body says 本年,
    the publishing date lines are dropped (C._yearless)."""
    r = C._yearless(d)
    if not r:
        return None
    ls, idx = r
    y = d["year"]
    k = A.body_para_index(ls, idx[-1], 1)
    if k is None:
        return None
    ls.insert(k - 1, f"{y}年以来，在上级党委政府的坚强领导下，我们坚持以习近平法治思想为指导，"
                     f"紧紧围绕法治政府建设目标任务，扎实推进依法行政各项工作，现将有关情况报告如下。")
    t = "\n".join(ls)
    if len(re.findall(rf"(?<!\d)(?:19|20)\d\d(?!\d)", t)) != 1:
        return None
    return t, {"report_year": y}


def k_year_jinnian_december_sig(d):
    """No year but `今年以来，…` in the opening and a signature dated Y年12月2x日 (the report written in December)."""
    r = C._yearless(d)
    if not r:
        return None
    ls, idx = r
    y = d["year"]
    k = A.body_para_index(ls, idx[-1], 1)
    if k is None:
        return None
    ls.insert(k - 1, "今年以来，我们认真贯彻落实上级关于法治政府建设的部署要求，统筹推进依法行政工作，现将有关情况报告如下。")
    t = A.cut_to_sentence("\n".join(ls)).rstrip()
    if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", t) or not t.endswith("。"):
        return None
    dd = 20 + int(_h(d, 2), 16) % 9
    t += f"\n\n{_full_name(d)}\n{y}年12月{dd}日\n"
    return t, {"report_year": y, "publish_date": f"{y}-12-{dd}", "on_time": True}


def k_title_year_dropped_pub_next(d):
    """The title without its year (X县法治政府建设年度报告); the body keeps its Y年 facts and the page is dated
    in Y+1 under the title.  Expected: the year reported on, Y (not the publishing year)."""
    if not d["title_idx"] or not C._only_title_lines(d):
        return None
    r = C._pub_for(d)
    if not r:
        return None
    t, iso = r
    y = d["year"]
    if not iso.startswith(str(y + 1)):
        return None
    ls = lines_of(t)
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    nt = B._title_without_year(ls[idx[0]], y)
    if nt is None or re.search(r"(?:19|20)\d\d", nt):
        return None
    for i in idx:
        ls[i] = nt
    body = "\n".join(ls[idx[-1] + 1:])
    if len(re.findall(rf"(?<!\d){y}\s*年", body)) < 2:
        return None
    ls.insert(idx[-1] + 1, f"发布时间：{iso}")
    return "\n".join(ls), {"title": nt.strip(), "report_year": y, "publish_date": iso, "on_time": on_time(iso, y)}


# ---------------------------------------------------------------- issuer forms
def k_issuer_abbrev_title_full_sig(d):
    """The title names the government by its short form (X县府 / X市府), nothing else near the top names it,
    and the signature gives the full name."""
    r = D._nameless(d)
    if not r:
        return None
    ls, idx, core = r
    lw = A.level_word(core)
    if lw not in ("县", "市", "区"):
        return None
    for i in idx:
        ls[i] = core + "府" + ls[i].lstrip()
    t = A.cut_to_sentence("\n".join(ls)).rstrip()
    if not t.endswith("。"):
        return None
    name = next((n for n in d["issuers"] if n.startswith(core) and n != core), None)
    if not name:
        return None
    t += f"\n\n{name}\n"
    return t, {"issuer": d["issuers"], "level": d["level"], "report_year": d["year"]}


def k_township_title_with_county(d):
    """A township report whose title opens with the township alone gets its county in front: XX县XX镇人民政府…
    (the county taken from a labelled name or the text's own `XX县委/县政府`)."""
    if d["level"] != "township":
        return None
    tn = D._gov(d, ("township",))
    if not tn or not C._only_title_lines(d):
        return None
    written, core, lw = tn
    county = None
    for n in d["issuers"]:
        m = re.match(rf"^(?:[{CJK}]+?[省市])?([{CJK}]{{1,5}}[县区市])" + re.escape(core), n)
        if m:
            county = m.group(1)
    if not county:
        m = re.search(rf"([{CJK}]{{2,4}}县)(?:委|人民政府|政府)", d["text"])
        if m and not re.search("各|全|本|我", m.group(1)):
            county = m.group(1)
    if not county or county in _title(d):
        return None
    ls = lines_of(d["text"])
    for i in d["title_idx"]:
        ls[i] = ls[i].replace(written, county + written, 1)
    return "\n".join(ls), {"title": ls[d["title_idx"][0]].strip(), "issuer": d["issuers"], "level": "township",
                           "report_year": d["year"]}


def k_joint_committee_gov_signed(d):
    """A joint report: the title `中共X县委员会　X县人民政府关于…的报告` and a two-line signature with both bodies.
    Expected (judgement): the government or the party committee; the place's level; the year."""
    tn = D._gov(d, ("county", "city"))
    if not tn or not C._only_title_lines(d):
        return None
    written, core, lw = tn
    t0 = _title(d).strip()
    rest = t0[len(written):]
    gov = core + "人民政府"
    new_t = f"中共{core}委员会　{gov}" + (rest if rest.startswith("关于") else "关于" + rest)
    ls = lines_of(d["text"])
    for i in d["title_idx"]:
        ls[i] = new_t
    t = A.cut_to_sentence("\n".join(ls)).rstrip()
    if not t.endswith("。"):
        return None
    t += f"\n\n中共{core}委员会　　　　{gov}\n"
    acc = list(d["issuers"]) + [f"中共{core}委员会", f"中共{core}委", f"{core}委"]
    return t, {"title": new_t, "issuer": acc, "level": d["level"], "report_year": d["year"]}


# ---------------------------------------------------------------- dates in page chrome
def _under_title(d, make, foot=None):
    r = C._pub_for(d)
    if not r or not d["title_idx"]:
        return None
    t, iso = r
    ls = lines_of(t)
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    ls.insert(idx[-1] + 1, make(iso))
    t = "\n".join(ls)
    if foot:
        t = t.rstrip() + "\n\n" + foot + "\n"
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


def k_url_line_date(d):
    """The date only in a URL line above the title (…/art/2025/3/28/art_1229_…html); labelled date lines
    removed.  Expected (judgement): the URL's path date is the publishing date."""
    r = C._pub_for(d)
    if not r or not d["title_idx"]:
        return None
    t, iso = r
    y, m, dd = B._ymd(iso)
    host = _pick(d, ["www.zj.gov.cn", "sfj.example.gov.cn", "www.gd.gov.cn", "zwgk.hunan.gov.cn"], "host")
    url = _pick(d, [f"https://{host}/art/{y}/{m}/{dd}/art_1229_{int(_h(d, 5), 16) % 9000000}.html",
                    f"http://{host}/xxgk/{y}{m:02d}/t{y}{m:02d}{dd:02d}_{int(_h(d, 5), 16) % 9000000}.html"], "url")
    ls = lines_of(t)
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    ls.insert(idx[0], f"当前位置：首页 > 政务公开 > 法治政府建设\n网址：{url}\n")
    return "\n".join(ls), {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


def k_source_time_line(d):
    """`来源：X司法局　　时间：2025-03-28` under the title (the only date)."""
    src = _pick(d, ["本网", "司法局", "政府办公室", "法治政府建设办公室"], "src")
    sp = _pick(d, ["　　", "  ", " | "], "sp")
    return _under_title(d, lambda iso: f"来源：{src}{sp}时间：{iso}{sp}作者：{_pick(d, ['办公室', '综合科', '法制科'], 'au')}")


def k_footer_copyright_other_year(d):
    """The page keeps its date; a footer `版权所有：… Copyright © 2016-2026 … ICP备…` adds years that are not the
    report year.  Invariance: issuer, year, publishing date and on_time stay the labels'."""
    if not d["title_idx"] or not d["pub"] or not A.date_re(d["pub"]).search(d["text"]):
        return None
    y = d["year"]
    cy = y + 2
    site = _pick(d, ["政府门户网站", "人民政府网", "政务服务网"], "site")
    foot = (f"\n\n主办单位：{_full_name(d)}办公室　版权所有：{_full_name(d)}{site}\n"
            f"Copyright © 2016-{cy} All Rights Reserved　ICP备{int(_h(d, 6), 16) % 90000000:08d}号\n"
            f"网站标识码：{_h(d, 10).upper()}　技术支持：{cy - 1}年度网站改版项目组\n")
    return d["text"].rstrip() + foot, {"issuer": d["issuers"], "level": d["level"], "report_year": y,
                                         "publish_date": d["pub"], "on_time": on_time(d["pub"], y)}


KINDS = {k: (lambda kk: (lambda d: k_swap(d, kk)))(k) for k in NEW_SWAPS}
KINDS.update({
    "info_box_above_title": k_info_box_above_title,
    "sig_cn_after_tecibaogao": k_sig_cn_after_tecibaogao,
    "sig_right_ascii_spaces": k_sig_right_ascii_spaces,
    "year_yilai_opening": k_year_yilai_opening,
    "year_jinnian_december_sig": k_year_jinnian_december_sig,
    "title_year_dropped_pub_next": k_title_year_dropped_pub_next,
    "issuer_abbrev_title_full_sig": k_issuer_abbrev_title_full_sig,
    "township_title_with_county": k_township_title_with_county,
    "joint_committee_gov_signed": k_joint_committee_gov_signed,
    "url_line_date": k_url_line_date,
    "source_time_line": k_source_time_line,
    "footer_copyright_other_year": k_footer_copyright_other_year,
})

DOCS_PER_KIND = {k: 6 for k in KINDS}


def build_cases(seed):
    """Every case: (case_id, kind, doc rel, expectations).  Documents are drawn per kind at random."""
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
            cases.append({"case": f"{kind}@{os.path.basename(rel)[:-4]}", "kind": kind, "doc": rel, "expect": exp})
            n += 1
            if n >= DOCS_PER_KIND[kind]:
                break
    return cases


if __name__ == "__main__":
    import json
    sp = os.path.join(HERE, "split-f.json")
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
