#!/usr/bin/env python3
"""Metadata set d: directional and invariance edits on a report's metadata (first sight).

Reuses the machinery of sets a, b and c (tests/firstsight/metadata-{a,b,c}/meta_edits_*.py: documents, date
helpers, set b's issuer swap fed with set d's own specs in memory) with NEW edit kinds: vertically managed
bodies (国家税务总局…税务局, 气象局), a city bureau's county branch (…生态环境局X分局), a 自治旗, a 特区, a 民族乡/镇;
the issuer given only in the closing signature or only in the file name; the title prefixed with 关于 before
the issuer; the report year written with 零, in full-width digits, or as a month range (1月至12月); a report
published more than a year late; the publishing date only in the page's foot; dated events in the body with
or without a publishing date; another unit's name in the first paragraph (a copied report); a breadcrumb and
a 友情链接 list naming other organisations.  Nothing here runs fzscore.

    python3 meta_edits_d.py                 # print the cases (kind, doc, expectations)
    python3 meta_edits_d.py --show KIND DOC # print one edited text
"""
from __future__ import annotations

import hashlib
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for s in ("a", "b", "c"):
    sys.path.insert(0, os.path.join(HERE, "..", f"metadata-{s}"))
import meta_edits_a as A  # noqa: E402  (reused unchanged)
import meta_edits_b as B  # noqa: E402  (reused unchanged)
import meta_edits_c as C  # noqa: E402  (reused unchanged)

CJK = A.CJK
norm = A.norm
lines_of = A.lines_of
load_docs = A.load_docs
on_time = A.on_time
_g = B._g


def _h(d, n=6):
    return hashlib.md5(("d" + d["rel"]).encode()).hexdigest()[:n].upper()


# ---------------------------------------------------------------- issuer: new swap targets (B.swap, own specs)
NEW_SWAPS = {
    # vertically managed bodies (垂直管理): 国家税务总局's local bureaus
    "swap_vertical_tax": [
        _g("国家税务总局德清县税务局", "德清", "局", "department", ("county", "city"), "", place="德清县", dept=True,
           accepted=["国家税务总局德清县税务局", "德清县税务局"], selfw="局"),
        _g("国家税务总局宜宾市税务局", "宜宾", "局", "department", ("county", "city"), "", place="宜宾市", dept=True,
           accepted=["国家税务总局宜宾市税务局", "宜宾市税务局"], selfw="局"),
        _g("国家税务总局洛阳市税务局", "洛阳", "局", "department", ("county", "city"), "", place="洛阳市", dept=True,
           accepted=["国家税务总局洛阳市税务局", "洛阳市税务局"], selfw="局"),
    ],
    # a vertically managed 气象局 (under the 中国气象局, not the local government)
    "swap_vertical_meteo": [
        _g("绍兴市气象局", "绍兴", "局", "department", ("county", "city"), "", place="绍兴市", dept=True,
           accepted=["绍兴市气象局"], selfw="局"),
        _g("赣州市气象局", "赣州", "局", "department", ("county", "city"), "", place="赣州市", dept=True,
           accepted=["赣州市气象局"], selfw="局"),
        _g("桐庐县气象局", "桐庐", "局", "department", ("county", "city"), "", place="桐庐县", dept=True,
           accepted=["桐庐县气象局"], selfw="局"),
    ],
    # a city bureau's branch in a county (派出分局): a department
    "swap_bureau_branch": [
        _g("湖州市生态环境局德清分局", "德清", "分局", "department", ("county", "city"), "", place="德清县", dept=True,
           accepted=["湖州市生态环境局德清分局"], selfw="分局"),
        _g("绍兴市自然资源和规划局柯桥分局", "柯桥", "分局", "department", ("county", "city"), "", place="柯桥区",
           dept=True, accepted=["绍兴市自然资源和规划局柯桥分局"], selfw="分局"),
        _g("西安市公安局雁塔分局", "雁塔", "分局", "department", ("county", "city"), "", place="雁塔区", dept=True,
           accepted=["西安市公安局雁塔分局"], selfw="分局"),
    ],
    # an autonomous banner (自治旗): county level
    "swap_autonomous_banner": [
        _g("莫力达瓦达斡尔族自治旗", "莫力达瓦", "旗", "county", ("county",), party="旗委",
           accepted=["莫力达瓦达斡尔族自治旗人民政府", "莫旗人民政府", "莫力达瓦达斡尔族自治旗"]),
        _g("鄂温克族自治旗", "鄂温克", "旗", "county", ("county",), party="旗委"),
        _g("鄂伦春自治旗", "鄂伦春", "旗", "county", ("county",), party="旗委"),
    ],
    # a 特区 (county-level, Guizhou)
    "swap_special_district": [
        _g("六枝特区", "六枝", "区", "county", ("county",), party="区委", gov="区政府"),
        _g("万山特区", "万山", "区", "county", ("county",), party="区委", gov="区政府"),
    ],
    # an ethnic township (民族乡 / 民族镇): township level
    "swap_ethnic_township": [
        _g("莪山畲族乡", "莪山", "乡", "township", ("township",), party="乡党委"),
        _g("老竹畲族镇", "老竹", "镇", "township", ("township",), party="镇党委"),
        _g("司前畲族镇", "司前", "镇", "township", ("township",), party="镇党委"),
        _g("鹤溪街道", "鹤溪", "街道", "township", ("township",), "办事处", party="街道党工委", gov="街道办事处"),
    ],
}
B.SWAPS.update(NEW_SWAPS)  # in memory only: B.swap looks its specs up there


def k_swap(d, kind):
    """C.k_swap (B.swap with set c's guards: no 人大 / 州 / 盟 / 旗 above, the new name opens the title)."""
    return C.k_swap(d, kind)


# ---------------------------------------------------------------- issuer named once
def _title(d):
    return lines_of(d["text"])[d["title_idx"][0]]


def _gov(d, levels=("county", "city", "township")):
    """(written name in the title, core, level word) for a government report whose title opens with it."""
    if d["level"] not in levels or not d["title_idx"]:
        return None
    if "中共" in _title(d) or any(re.search("委|党", n) for n in d["issuers"]):
        return None
    return B._title_name(d)


def _nameless(d):
    """(lines, title idx, core) with the issuer's name taken out of the title, when nothing else near the top
    names it or its place; None otherwise."""
    tn = _gov(d)
    if not tn or not C._only_title_lines(d):
        return None
    written, core, lw = tn
    stem = core[: -len(lw)]
    if len(stem) < 2:
        return None
    ls = lines_of(d["text"])
    rest = "\n".join(l for i, l in enumerate(ls) if i not in d["title_idx"])
    if core in rest or stem in rest[:1500]:
        return None
    # nor any labelled name's own last unit (竹源乡 of 松阳县竹源乡) or its bare stem (竹源)
    for n in d["issuers"]:
        m = re.search(r"([^省市县区州盟旗]{1,8}?(?:街道|镇|乡|县|区|市|旗))$", A.core_of(n))
        if m and len(m.group(1)) >= 2:
            seg = m.group(1)
            bare = re.sub(r"(?:街道|镇|乡|县|区|市|旗)$", "", seg)
            if seg in rest or (len(bare) >= 2 and bare in rest):
                return None
    for i in d["title_idx"]:
        t = ls[i].replace(written, "", 1)
        ls[i] = re.sub(r"^\s*关于", "关于", t)
    if len(ls[d["title_idx"][0]].strip()) < 10:
        return None
    return ls, d["title_idx"], core


def k_issuer_sig_only(d):
    """The title loses the issuer (关于2024年法治政府建设情况的报告); the closing signature is the only naming."""
    r = _nameless(d)
    if not r:
        return None
    ls, idx, core = r
    t = A.cut_to_sentence("\n".join(ls)).rstrip()
    if not t.endswith("。"):
        return None
    name = next((n for n in d["issuers"] if n.startswith(core) or core in n), d["issuers"][0])
    t += f"\n\n{name}\n"
    return t, {"issuer": d["issuers"], "level": d["level"], "report_year": d["year"]}


def k_issuer_filename_only(d):
    """The title loses the issuer and nothing in the text names it; the file is named after the report
    (德清县人民政府2024年度法治政府建设情况报告.txt).  A reader who has only the file takes the name from it."""
    r = _nameless(d)
    if not r:
        return None
    ls, idx, core = r
    t = "\n".join(ls)
    name = next((n for n in d["issuers"] if n.startswith(core)), None)
    if not name or name == core:
        return None
    fname = f"{name}{d['year']}年度法治政府建设情况报告"
    return t, {"issuer": d["issuers"], "level": d["level"], "report_year": d["year"], "_fname": fname}


def k_title_guanyu_first(d):
    """The title opens with 关于 before the issuer: 关于德清县人民政府2024年度法治政府建设情况的报告."""
    tn = _gov(d)
    if not tn or not C._only_title_lines(d):
        return None
    written, core, lw = tn
    t0 = _title(d)
    rest = t0.strip()[len(written):]
    if rest.startswith("关于"):
        rest = rest[2:]
    new_t = f"关于{written}{rest}"
    if not re.search(r"的(?:年度)?报告$|情况报告$", new_t):
        return None
    ls = lines_of(d["text"])
    for i in d["title_idx"]:
        ls[i] = new_t
    return "\n".join(ls), {"title": new_t, "issuer": d["issuers"], "level": d["level"], "report_year": d["year"]}


# ---------------------------------------------------------------- year written differently in the title
def _title_year_sub(d, rep):
    if not d["title_idx"] or not C._only_title_lines(d):
        return None
    y = d["year"]
    ls = lines_of(d["text"])
    if not re.search(rf"{y}年", ls[d["title_idx"][0]]):
        return None
    for i in d["title_idx"]:
        ls[i] = re.sub(rf"(?<!\d){y}年", rep(y), ls[i], count=1)
    return ls


def k_title_year_ling(d):
    """The title's year written with 零 (二零二四年), the common informal form."""
    ls = _title_year_sub(d, lambda y: "".join("零一二三四五六七八九"[int(c)] for c in str(y)) + "年")
    if not ls:
        return None
    nt = ls[d["title_idx"][0]].strip()
    return "\n".join(ls), {"title": nt, "report_year": d["year"]}


def k_title_year_fullwidth(d):
    """The title's year in full-width digits (２０２４年)."""
    ls = _title_year_sub(d, lambda y: str(y).translate(B.FW) + "年")
    if not ls:
        return None
    nt = ls[d["title_idx"][0]].strip()
    return "\n".join(ls), {"title": nt, "report_year": d["year"], "issuer": d["issuers"]}


def k_title_month_range(d):
    """The title names the period as a month range: 2024年1月至12月法治政府建设情况 (the report year is 2024)."""
    y = d["year"]
    ls = _title_year_sub(d, lambda y: f"{y}年1月至12月")
    if not ls:
        return None
    t = ls[d["title_idx"][0]]
    if f"{y}年1月至12月度" in t:
        return None
    nt = t.strip()
    return "\n".join(ls), {"title": nt, "report_year": y}


# ---------------------------------------------------------------- late and oddly placed dates
def k_published_next_next_year(d):
    """The report on year Y published in Y+2 (a late catch-up publication, 发布日期 (Y+2)-01-16): the report
    year stays Y, not taken from the publishing date, and the publication is late."""
    r = C._pub_for(d)
    if not r or not d["title_idx"]:
        return None
    t, _ = r
    y = d["year"]
    if str(y + 2) in t:
        return None
    iso = f"{y + 2}-01-16"
    idx = A.find_title_lines(t, d["titles"])
    ls = lines_of(t)
    ls.insert(idx[-1] + 1, f"发布日期：{iso}　　信息来源：本机关")
    return "\n".join(ls), {"report_year": y, "publish_date": iso, "on_time": False}


def k_footer_date_only(d):
    """The publishing date stands only in the page's foot, after the body (【发布日期：…】 with print/close links)."""
    r = C._pub_for(d)
    if not r or not d["title_idx"]:
        return None
    t, iso = r
    yy, m, dd = B._ymd(iso)
    t = t.rstrip() + f"\n\n【发布日期：{yy}年{m}月{dd}日】　【打印】　【关闭】\n"
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


def _event_para(d):
    y = d["year"]
    return (f"{y}年5月14日，召开专题会议集中学法；{y}年8月22日，组织开展行政执法案卷评查；"
            f"{y}年11月9日，举办“宪法宣传周”集中宣传活动，发放资料2000余份。")


def k_event_dates_with_pub(d):
    """Three dated events of the report year in the body; the page's publishing date is unchanged."""
    if not d["pub"] or not d["title_idx"] or not A.date_re(d["pub"]).search(d["text"]):
        return None
    ls = lines_of(d["text"])
    k = A.body_para_index(ls, d["title_idx"][-1], 1)
    if k is None:
        return None
    ls.insert(k, _event_para(d))
    return "\n".join(ls), {"publish_date": d["pub"], "on_time": on_time(d["pub"], d["year"]),
                           "report_year": d["year"]}


def k_event_dates_no_pub(d):
    """Dated events of the report year in the body and no publishing date anywhere: none is claimed."""
    if not d["title_idx"]:
        return None
    t = d["text"]
    if d["pub"]:
        if not A.date_re(d["pub"]).search(t):
            return None
        t = A.drop_pub_lines(t, d["pub"])
    if A.DATE_ANY.search(t):
        return None
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    ls = lines_of(t)
    k = A.body_para_index(ls, idx[-1], 1)
    if k is None:
        return None
    ls.insert(k, _event_para(d))
    return "\n".join(ls), {"publish_date": None, "on_time": None, "report_year": d["year"]}


# ---------------------------------------------------------------- other organisations named
OTHER_UNITS = [("宜宾市", "宜宾"), ("洛阳市", "洛阳"), ("泾阳县", "泾阳"), ("富平县", "富平"), ("赣州市", "赣州")]


def k_copied_other_unit_opening(d):
    """A copied report: the first body paragraph still names another unit (2024年，泾阳县坚持…); the title names
    the issuer, who stays the issuer."""
    tn = _gov(d, ("county", "city"))
    if not tn:
        return None
    written, core, lw = tn
    cands = [u for u in OTHER_UNITS if u[1] not in d["text"] and u[0][-1] == lw]
    if not cands:
        return None
    other = A.stable_pick(cands, d["rel"])[0]
    ls = lines_of(d["text"])
    k = A.body_para_index(ls, d["title_idx"][-1], 1)
    if k is None:
        return None
    ls.insert(k - 1, f"{d['year']}年，{other}坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，"
                     f"在{other[-1]}委、{other[-1]}政府的坚强领导下，扎实推进法治政府建设各项工作。")
    return "\n".join(ls), {"issuer": d["issuers"], "level": d["level"], "report_year": d["year"]}


def k_chrome_breadcrumb_links(d):
    """A breadcrumb naming a department's site section on top and a 友情链接 list of other governments at the foot."""
    if not d["title_idx"]:
        return None
    orgs = [o for o in ("国务院", "浙江省人民政府", "湖州市司法局", "洛阳市人民政府", "宜宾市人民政府") if o not in d["text"]]
    if len(orgs) < 4:
        return None
    top = f"当前位置：首页 > 政务公开 > {orgs[2]}专栏 > 法治政府建设年度报告"
    foot = "友情链接：" + "　|　".join(orgs) + "\n主办：湖州市大数据发展管理局　　技术支持：政务云平台"
    return top + "\n" + d["text"].rstrip() + "\n\n" + foot + "\n", {"issuer": d["issuers"], "level": d["level"],
                                                                   "report_year": d["year"]}


KINDS = {k: (lambda kk: (lambda d: k_swap(d, kk)))(k) for k in NEW_SWAPS}
KINDS.update({
    "issuer_sig_only": k_issuer_sig_only,
    "issuer_filename_only": k_issuer_filename_only,
    "title_guanyu_first": k_title_guanyu_first,
    "title_year_ling": k_title_year_ling,
    "title_year_fullwidth": k_title_year_fullwidth,
    "title_month_range": k_title_month_range,
    "published_next_next_year": k_published_next_next_year,
    "footer_date_only": k_footer_date_only,
    "event_dates_with_pub": k_event_dates_with_pub,
    "event_dates_no_pub": k_event_dates_no_pub,
    "copied_other_unit_opening": k_copied_other_unit_opening,
    "chrome_breadcrumb_links": k_chrome_breadcrumb_links,
})

DOCS_PER_KIND = {k: 4 for k in KINDS}


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
    sp = os.path.join(HERE, "split-d.json")
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
