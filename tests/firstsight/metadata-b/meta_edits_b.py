#!/usr/bin/env python3
"""Metadata set b: directional and invariance edits on a report's metadata (first sight).

Reuses set a's machinery (tests/firstsight/metadata-a/meta_edits_a.py: documents, date helpers, the
issuer-swap approach) with NEW edit kinds: issuers of unusual forms (街道办事处 with its city and district,
a town with its county, 开发区管委会, 自治县, 自治州, 旗, 盟行政公署, 林区, 城管执法局, a 中心, a 政府办公室,
a town whose name holds a county-level word), a joint 党委+政府 title, the issuer named only in the page's
发布机构 field, a department's title without its place; the year in a bracket after the title, a year-less
title with 过去一年, a two-year title, a 十四五 summary title; publishing dates in page chrome in unusual
formats, a later 更新时间 / 打印日期 that must not win, signature dates with a Chinese-numeral year,
full-width digits or spaces.  Nothing here runs fzscore.

    python3 meta_edits_b.py --list          # print the cases (kind, doc, expectations)
    python3 meta_edits_b.py --show KIND DOC # print one edited text
"""
from __future__ import annotations

import hashlib
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "metadata-a"))
import meta_edits_a as A  # noqa: E402  (set a's machinery, reused unchanged)

CJK = A.CJK
norm = A.norm
load_docs = A.load_docs
lines_of = A.lines_of
on_time = A.on_time
stable_pick = A.stable_pick

# ---------------------------------------------------------------- unusual issuers (real units)
# Each spec: core = the unit's name as the body uses it; full = the issuer as the title gives it;
# chain = places written above it in the title only; stem = bare place word (法治X, X实际);
# lw = the level word the text uses of itself (全X, 我X); party / gov = its party body and its government
# word; accepted = acceptable issuer names; level = expected level (None: not asserted);
# dept = a department-like body (other bodies glued to the old name keep the place only);
# place = the place for those glued bodies; frm = the old levels it may replace.
S = dict


def _g(core, stem, lw, level, frm, full_suf="人民政府", chain="", party=None, gov=None, accepted=None, place=None,
       dept=False, selfw=None):
    full = core + full_suf
    return S(core=core, stem=stem, lw=lw, level=level, frm=frm, full=full, chain=chain,
             party=party or A.PARTY.get(lw, lw + "委"), gov=gov or (lw + "政府"),
             accepted=accepted or [chain + full, full, core], place=place, dept=dept, selfw=selfw or lw)


SWAPS = {
    # a 街道办事处 written with its city and district above it
    "swap_subdistrict_chain": [
        _g("电子城街道", "电子城", "街道", "township", ("township",), "办事处", chain="西安市雁塔区", party="街道党工委",
           gov="街道办事处"),
        _g("柯桥街道", "柯桥", "街道", "township", ("township",), "办事处", chain="绍兴市柯桥区", party="街道党工委",
           gov="街道办事处"),
        _g("龙湖街道", "龙湖", "街道", "township", ("township",), "办事处", chain="郑州市金水区", party="街道党工委",
           gov="街道办事处"),
        _g("朝阳街道", "朝阳", "街道", "township", ("township",), "办事处", chain="宜宾市翠屏区", party="街道党工委",
           gov="街道办事处"),
    ],
    # a town written with its county-level city or district above it (嵊州市甘霖镇: 市 in the chain)
    "swap_town_with_county": [
        _g("甘霖镇", "甘霖", "镇", "township", ("township",), chain="嵊州市"),
        _g("新登镇", "新登", "镇", "township", ("township",), chain="杭州市富阳区"),
        _g("於潜镇", "於潜", "镇", "township", ("township",), chain="杭州市临安区"),
        _g("石门镇", "石门", "镇", "township", ("township",), chain="桐乡市"),
    ],
    # a development zone's 管委会 (its level is not asserted: zones are ranked differently)
    "swap_devzone": [
        _g("嘉兴经济技术开发区", "嘉兴经开", "区", None, ("township", "county"), "管理委员会", party="区党工委",
           gov="管委会", accepted=["嘉兴经济技术开发区管理委员会", "嘉兴经济技术开发区管委会", "嘉兴经开区管委会"]),
        _g("宁波高新技术产业开发区", "宁波高新", "区", None, ("township", "county"), "管理委员会", party="区党工委",
           gov="管委会", accepted=["宁波高新技术产业开发区管理委员会", "宁波高新区管委会", "宁波国家高新区管委会"]),
        _g("洛阳高新技术产业开发区", "洛阳高新", "区", None, ("township", "county"), "管理委员会", party="区党工委",
           gov="管委会", accepted=["洛阳高新技术产业开发区管理委员会", "洛阳高新区管委会"]),
    ],
    "swap_autonomous_county": [
        _g("长阳土家族自治县", "长阳", "县", "county", ("county",)),
        _g("恭城瑶族自治县", "恭城", "县", "county", ("county",)),
        _g("镇宁布依族苗族自治县", "镇宁", "县", "county", ("county",)),
        _g("孟连傣族拉祜族佤族自治县", "孟连", "县", "county", ("county",)),
    ],
    "swap_autonomous_prefecture": [
        _g("恩施土家族苗族自治州", "恩施", "州", "city", ("city",), party="州委"),
        _g("黔东南苗族侗族自治州", "黔东南", "州", "city", ("city",), party="州委"),
        _g("延边朝鲜族自治州", "延边", "州", "city", ("city",), party="州委"),
        _g("楚雄彝族自治州", "楚雄", "州", "city", ("city",), party="州委"),
    ],
    "swap_banner": [
        _g("鄂托克旗", "鄂托克", "旗", "county", ("county",), party="旗委"),
        _g("正蓝旗", "正蓝", "旗", "county", ("county",), party="旗委"),
        _g("达尔罕茂明安联合旗", "达茂", "旗", "county", ("county",), party="旗委",
           accepted=["达尔罕茂明安联合旗人民政府", "达茂旗人民政府", "达尔罕茂明安联合旗"]),
        _g("阿荣旗", "阿荣", "旗", "county", ("county",), party="旗委"),
    ],
    # a 盟 is governed by a 行政公署 (no 人民政府)
    "swap_league": [
        _g("阿拉善盟", "阿拉善", "盟", "city", ("city",), "行政公署", party="盟委", gov="行署"),
        _g("锡林郭勒盟", "锡林郭勒", "盟", "city", ("city",), "行政公署", party="盟委", gov="行署"),
        _g("兴安盟", "兴安", "盟", "city", ("city",), "行政公署", party="盟委", gov="行署"),
    ],
    # the one 林区, a county-level unit under the province
    "swap_forest_district": [
        _g("神农架林区", "神农架", "区", "county", ("county",), party="区委", gov="区政府"),
    ],
    # a body directly under the city government (直属机构 / 综合执法局)
    "swap_enforcement_bureau": [
        _g("宜宾市城市管理综合行政执法局", "宜宾", "局", "department", ("county", "city"), "", place="宜宾市",
           dept=True, accepted=["宜宾市城市管理综合行政执法局"]),
        _g("绍兴市综合行政执法局", "绍兴", "局", "department", ("county", "city"), "", place="绍兴市", dept=True,
           accepted=["绍兴市综合行政执法局"]),
        _g("洛阳市城市管理局", "洛阳", "局", "department", ("county", "city"), "", place="洛阳市", dept=True,
           accepted=["洛阳市城市管理局"]),
    ],
    # a 中心 (public institution) reporting as a department
    "swap_center": [
        _g("湖州市公共资源交易中心", "湖州", "中心", "department", ("county", "city"), "", place="湖州市", dept=True,
           accepted=["湖州市公共资源交易中心"]),
        _g("绍兴市住房公积金管理中心", "绍兴", "中心", "department", ("county", "city"), "", place="绍兴市", dept=True,
           accepted=["绍兴市住房公积金管理中心"]),
        _g("赣州市不动产登记中心", "赣州", "中心", "department", ("county", "city"), "", place="赣州市", dept=True,
           accepted=["赣州市不动产登记中心"]),
    ],
    # the government's own office: its name holds 人民政府, yet it is a department
    "swap_gov_office": [
        _g("赣州市人民政府办公室", "赣州", "办", "department", ("county", "city"), "", place="赣州市", dept=True,
           accepted=["赣州市人民政府办公室", "赣州市政府办公室"], selfw="办"),
        _g("桐庐县人民政府办公室", "桐庐", "办", "department", ("county", "city"), "", place="桐庐县", dept=True,
           accepted=["桐庐县人民政府办公室", "桐庐县政府办公室"], selfw="办"),
        _g("宜宾市人民政府办公室", "宜宾", "办", "department", ("county", "city"), "", place="宜宾市", dept=True,
           accepted=["宜宾市人民政府办公室", "宜宾市政府办公室"], selfw="办"),
    ],
    # a township whose own name holds a county- or city-level word (城关镇, 市桥街道, 县前街道)
    "swap_town_county_word": [
        _g("城关镇", "城关", "镇", "township", ("township",)),
        _g("市桥街道", "市桥", "街道", "township", ("township",), "办事处", party="街道党工委", gov="街道办事处"),
        _g("城厢镇", "城厢", "镇", "township", ("township",)),
        _g("县前街道", "县前", "街道", "township", ("township",), "办事处", party="街道党工委", gov="街道办事处"),
    ],
}


def swap(d, kind):
    gc = A.gov_core(d)
    if not gc:
        return None
    old_core, old_lw = gc
    text = d["text"]
    # joint 党委+政府 reports are left out: the swap would leave a party body glued to the new name
    if "中共" in _title(d) or any(re.search("委|党", n) for n in d["issuers"]):
        return None
    cands = [s for s in SWAPS[kind] if d["level"] in s["frm"] and s["stem"] not in text and s["core"] not in text
             and (s["place"] or "§") not in text and s["core"] != old_core]
    if not cands:
        return None
    s = stable_pick(cands, d["rel"] + kind)
    township_like = s["lw"] in ("镇", "乡", "街道") or kind == "swap_devzone"
    if township_like and re.search(A.SMALL_UNIT_CLASH, text):
        return None
    if s["dept"] and (old_lw in ("镇", "乡", "街道") or "人民代表大会" in text):
        return None
    dept = s["dept"]
    new_core, new_full = s["core"], s["full"]
    for n in d["issuers"]:
        c = A.core_of(n)
        if c.endswith(old_core) and c != old_core:
            text = text.replace(c, old_core)
    if dept:
        # the old government's own office and other bodies glued to it keep the new place
        text = text.replace(old_core + "人民政府办公室", s["place"] + "人民政府办公室")
        text = text.replace(old_core + "政府办公室", s["place"] + "政府办公室")
    for suf in ("人民政府", "政府", "办事处"):
        text = text.replace(old_core + suf, "\x00FULL\x00")
    text = text.replace(old_core, "\x00CORE\x00")
    stem = old_core[: -len(old_lw)]
    if len(stem) >= 2:
        text = text.replace(stem, s["stem"])
    if dept:
        text = re.sub(rf"\x00CORE\x00(?=[{CJK}]{{0,6}}?(?:局|委员会|法院|检察院|人大|政协|办公室|中心|委|厅))",
                      s["place"], text)
    text = text.replace("\x00FULL\x00", new_full).replace("\x00CORE\x00", new_core)
    nl = s["selfw"]
    guard = r"(?<![社园片辖城景新郊矿])"
    subs = [(rf"全{old_lw}", "全系统" if dept else f"全{nl}"), (rf"我{old_lw}", f"我{nl}"),
            (rf"本{old_lw}", f"本{nl}")]
    party = "党组" if dept else s["party"]
    if old_lw in ("镇", "乡"):
        subs.append((rf"{old_lw}党委", party))
    elif old_lw == "街道":
        subs.append((r"街道党(?:工)?委", party))
    else:
        subs.append((guard + rf"{old_lw}委(?!员)", party))
    subs += [(guard + rf"{old_lw}政府", nl if dept else s["gov"]),
             (guard + rf"{old_lw}党政", f"{nl}领导班子" if dept else f"{nl}党政")]
    subs.append((rf"(?<=[，,。；;：:、\n由在经于及和与了对])\s*{old_lw}(?=主要负责|主要领导|领导班子|机关|干部|各部门|各单位|"
                 rf"普法|依法治理|法治|年度|综合行政执法|司法所|党政|政府)", nl))
    for pat, rep in subs:
        text = re.sub(pat, rep, text)
    if old_core in text:
        return None
    # no trace of the old unit's own name may stay (a 来源 field naming 雁江区保和镇人民政府)
    for n in d["issuers"]:
        m = re.search(r"([^省市县区州盟旗]{1,8}?(?:街道|镇|乡|县|区|市|旗))$", A.core_of(n))
        if m and len(m.group(1)) >= 2 and m.group(1) in text and m.group(1) not in s["core"] + s["chain"]:
            return None
    ls = lines_of(text)
    ti = A.find_title_lines(d["text"], d["titles"])
    if not ti or new_core not in ls[ti[0]]:
        return None
    if not dept:
        for m in re.finditer(re.escape(new_core), text):
            if m.start() > 0 and text[m.start() - 1] in "省市县区州盟旗" and not s["chain"]:
                return None
    if s["chain"]:
        for i in ti:  # the places above the unit, in the title only
            ls[i] = ls[i].replace(new_core, s["chain"] + new_core, 1)
        text = "\n".join(ls)
    exp = {"issuer": s["accepted"]}
    if s["level"]:
        exp["level"] = s["level"]
    exp["report_year"] = d["year"]
    return text, exp


# ---------------------------------------------------------------- other issuer kinds
def _title(d):
    return lines_of(d["text"])[d["title_idx"][0]]


def title_lines(d):
    """The title lines and every other line of the page's top that holds the whole title (a 名称 field)."""
    ls = lines_of(d["text"])
    want = [norm(t) for t in d["titles"] if norm(t)]
    extra = [i for i, l in enumerate(ls[:40]) if i not in d["title_idx"]
             and any(w in norm(l) for w in want) and len(norm(l)) < 2 * min(len(w) for w in want) + 20]
    return sorted(set(d["title_idx"]) | set(extra))


def stale_title(d, ls, edited):
    """True when an unedited line of the page's top still holds the old title's opening (a split title)."""
    old = norm(_title(d))[:12]
    return any(old and old in norm(l) for i, l in enumerate(ls[:40]) if i not in edited)


def _title_name(d):
    """(the issuer's name as written in the title, its core, level word) for a government report."""
    gc = A.gov_core(d)
    if not gc:
        return None
    core, lw = gc
    t = _title(d)
    m = re.search(rf"[{CJK}]*?{re.escape(core)}(?:人民政府|政府|办事处)?", t)
    if not m or m.start() != len(t) - len(t.lstrip()):
        return None
    return m.group(0), core, lw


def k_title_joint_party(d):
    """The title names the party committee and the government together (中共X县委 X县人民政府关于…)."""
    if not d["title_idx"]:
        return None
    tn = _title_name(d)
    if not tn:
        return None
    written, core, lw = tn
    if lw in ("镇", "乡"):
        party = f"中共{core}委员会"
    elif lw == "街道":
        party = f"中共{core}工作委员会"
    else:
        party = f"中共{core}委"
    gov = core + ("街道办事处"[2:] if lw == "街道" else "人民政府")
    joint = f"{party} {gov}"
    ls = lines_of(d["text"])
    TL = title_lines(d)
    for i in TL:
        ls[i] = ls[i].replace(written, joint, 1)
    new_t = ls[d["title_idx"][0]].strip()
    if stale_title(d, ls, TL):
        return None
    return "\n".join(ls), {"issuer": d["issuers"] + [gov, party], "level": d["level"], "report_year": d["year"],
                           "title": new_t}


def k_issuer_only_publisher_field(d):
    """The title drops the issuer's name; only the page's 发布机构 field (above the title) names it."""
    if not d["title_idx"] or d["level"] == "department":
        return None
    tn = _title_name(d)
    if not tn:
        return None
    written, core, lw = tn
    ls = lines_of(d["text"])
    rest = "\n".join(l for i, l in enumerate(ls) if i not in d["title_idx"])
    # the body's opening and the page chrome must not name the issuer or its place
    stem = core[: -len(lw)]
    if core in rest[:1200] or (len(stem) >= 2 and stem in rest[:600]):
        return None
    for i in d["title_idx"]:
        t = ls[i].replace(written, "", 1)
        ls[i] = re.sub(r"^\s*关于", "", t)
    new_t = ls[d["title_idx"][0]].strip()
    if len(new_t) < 8:
        return None
    full = d["issuers"][0]
    ls.insert(d["title_idx"][0], f"发布机构：{full}　　索引号：{hashlib.md5(d['rel'].encode()).hexdigest()[:6].upper()}")
    return "\n".join(ls), {"issuer": d["issuers"], "level": d["level"], "report_year": d["year"]}


def k_dept_title_no_place(d):
    """A department's title written 市司法局… (place dropped); the 发布机构 field under it gives the full name."""
    if d["level"] != "department" or not d["title_idx"]:
        return None
    t = _title(d)
    for n in d["issuers"]:
        m = re.match(rf"\s*([{CJK}]{{2,8}}?)(市|县|区)([{CJK}]{{2,12}}?(?:局|委员会|委|办公室))", t)
        if m and n.startswith(m.group(1) + m.group(2)) and n.endswith(m.group(3)) and len(n) == len(
                m.group(1) + m.group(2) + m.group(3)):
            ls = lines_of(d["text"])
            rest = "\n".join(l for i, l in enumerate(ls) if i not in d["title_idx"])
            if n in rest[:800]:
                return None
            short = m.group(2) + m.group(3)
            for i in d["title_idx"]:
                ls[i] = ls[i].replace(n, short, 1)
            ls.insert(d["title_idx"][-1] + 1, f"发布机构：{n}　　浏览次数：{int(hashlib.md5(d['rel'].encode()).hexdigest()[:3], 16)}")
            return "\n".join(ls), {"issuer": [n], "level": "department", "report_year": d["year"]}
    return None


# ---------------------------------------------------------------- year kinds
def _title_without_year(t, y):
    """The title with its year phrase removed (关于2024年度… → 关于…), or None."""
    for pat in (rf"关于{y}年度", rf"关于{y}年", rf"{y}年度", rf"{y}年"):
        if re.search(pat, t):
            rep = "关于" if pat.startswith("关于") else ""
            return re.sub(pat, rep, t, count=1)
    return None


def _year_bracket(d, cn):
    if not d["title_idx"]:
        return None
    y = d["year"]
    t0 = _title(d)
    if _title_without_year(t0, y) is None or t0.strip().endswith(("）", ")")):
        return None
    yy = A.cn_year(y) if cn else str(y)
    ls = lines_of(d["text"])
    TL = title_lines(d)
    for i in TL:
        t = _title_without_year(ls[i], y)
        if t is None:
            return None
        ls[i] = t.rstrip() + f"（{yy}年度）"
    if stale_title(d, ls, TL):
        return None
    return "\n".join(ls), {"title": ls[d["title_idx"][0]].strip(), "report_year": y}


def k_title_year_bracket(d):
    return _year_bracket(d, False)


def k_title_year_bracket_cn(d):
    return _year_bracket(d, True)


def k_title_no_year_guonian(d):
    """The title has no year and the opening says 过去一年 for the year; the page's publishing date stays."""
    if not d["title_idx"] or not d["pub"]:
        return None
    y = d["year"]
    if not A.date_re(d["pub"]).search(d["text"]):
        return None
    ls = lines_of(d["text"])
    if _title_without_year(_title(d), y) is None:
        return None
    TL = title_lines(d)
    for i in TL:
        ls[i] = _title_without_year(ls[i], y)
        if ls[i] is None:
            return None
    if stale_title(d, ls, TL):
        return None
    start = d["title_idx"][-1] + 1
    for i in range(start, len(ls)):
        if len(ls[i].strip()) >= 40 and re.search(rf"{y}年(?:度)?(?:以来)?[，,]?", ls[i]):
            ls[i] = re.sub(rf"{y}年(?:度)?(?:以来)?[，,]?", "过去一年，", ls[i], count=1)
            break
    else:
        return None
    return "\n".join(ls), {"report_year": y, "publish_date": d["pub"]}


def k_title_two_year_span(d):
    """The title covers two years (2023—2024年): the report year is the later one (judgement: the report
    is published after the later year and reports up to its end)."""
    if not d["title_idx"]:
        return None
    y = d["year"]
    t0 = _title(d)
    m = re.search(rf"(?<!\d){y}年", t0)
    if not m or re.search(rf"{y - 1}", t0):
        return None
    ls = lines_of(d["text"])
    TL = title_lines(d)
    for i in TL:
        ls[i] = re.sub(rf"(?<!\d){y}年(?:度)?", f"{y - 1}—{y}年", ls[i], count=1)
    if stale_title(d, ls, TL):
        return None
    return "\n".join(ls), {"report_year": y, "title": ls[d["title_idx"][0]].strip()}


def k_title_shisiwu_summary(d):
    """The title adds 暨“十四五”时期法治政府建设工作总结 (2021—2025): the report year stays."""
    if not d["title_idx"] or not (2021 <= d["year"] <= 2025):
        return None
    y = d["year"]
    t0 = _title(d)
    if str(y) not in t0 or not re.search(r"报告\s*$", t0):
        return None
    ls = lines_of(d["text"])
    TL = title_lines(d)
    for i in TL:
        ls[i] = re.sub(r"(?:的)?(?:年度)?报告\s*$", "暨“十四五”时期（2021—2025年）法治政府建设工作总结报告", ls[i].rstrip())
    if stale_title(d, ls, TL):
        return None
    return "\n".join(ls), {"report_year": y, "title": ls[d["title_idx"][0]].strip()}


# ---------------------------------------------------------------- publishing dates
def _pub_for(d):
    """(text without any copy of the labelled date, date to write).  A document without a labelled
    publishing date gets one drawn from a fixed list (some after the 4月1日 deadline)."""
    if d["pub"]:
        if not A.date_re(d["pub"]).search(d["text"]):
            return None
        t = A.drop_pub_lines(d["text"], d["pub"])
        if A.date_re(d["pub"]).search(t) or not A.find_title_lines(t, d["titles"]):
            return None
        return t, d["pub"]
    y = d["year"] + 1
    return d["text"], stable_pick([f"{y}-03-28", f"{y}-01-20", f"{y}-04-12", f"{y}-02-05", f"{y}-06-18"], d["rel"])


def _ymd(iso):
    return tuple(int(x) for x in iso.split("-"))


def _later(iso, days):
    import datetime as dt
    return (dt.date(*_ymd(iso)) + dt.timedelta(days=days)).isoformat()


def _chrome_under_title(d, make):
    if not d["title_idx"]:
        return None
    r = _pub_for(d)
    if not r:
        return None
    t, iso = r
    ls = lines_of(t)
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    ls.insert(idx[0] + 1, make(iso, d))
    return "\n".join(ls), {"publish_date": iso, "on_time": on_time(iso, d["year"])}


def k_chrome_pubtime_zh_hm(d):
    def mk(iso, d):
        y, m, dd = _ymd(iso)
        return f"发布时间：{y}年{m:02d}月{dd:02d}日 09:30　　来源：本站　　【字体：大 中 小】"
    return _chrome_under_title(d, mk)


def k_chrome_pubdate_slash(d):
    def mk(iso, d):
        y, m, dd = _ymd(iso)
        return f"发布日期：{y}/{m}/{dd}　　阅读次数：356"
    return _chrome_under_title(d, mk)


def k_chrome_date_bracketed(d):
    return _chrome_under_title(d, lambda iso, d: f"[{iso}]")


def k_chrome_update_later_same_line(d):
    return _chrome_under_title(d, lambda iso, d: f"发布时间：{iso}　　更新时间：{_later(iso, 73)}　　浏览量：812")


def k_chrome_update_later_first(d):
    def mk(iso, d):
        y, m, dd = _ymd(_later(iso, 104))
        y2, m2, d2 = _ymd(iso)
        return f"更新时间：{y}年{m}月{dd}日\n发布日期：{y2}年{m2}月{d2}日"
    return _chrome_under_title(d, mk)


def k_chrome_print_date_footer(d):
    """A publishing date under the title and a later 打印日期 in the page's foot."""
    out = _chrome_under_title(d, lambda iso, d: f"发布日期：{iso}")
    if not out:
        return None
    t, exp = out
    y, m, dd = _ymd(_later(exp["publish_date"], 140))
    return t.rstrip() + f"\n\n【打印本页】　【关闭窗口】\n打印日期：{y}年{m}月{dd}日\n", exp


def _signed(d, fmt):
    if not d["title_idx"]:
        return None
    r = _pub_for(d)
    if not r:
        return None
    t, iso = r
    name = d["issuers"][0]
    if re.search("委|党", name) and len(d["issuers"]) > 1:
        name = next((n for n in d["issuers"] if not re.search("委|党", n)), name)
    t = A.cut_to_sentence(t).rstrip() + A.signature(name, fmt(iso))
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"])}


FW = str.maketrans("0123456789", "０１２３４５６７８９")


def k_sig_year_cn_only(d):
    return _signed(d, lambda iso: f"{A.cn_year(_ymd(iso)[0])}年{_ymd(iso)[1]}月{_ymd(iso)[2]}日")


def k_sig_fullwidth_digits(d):
    return _signed(d, lambda iso: f"{_ymd(iso)[0]}年{_ymd(iso)[1]}月{_ymd(iso)[2]}日".translate(FW))


def k_sig_spaced(d):
    return _signed(d, lambda iso: f"{_ymd(iso)[0]} 年 {_ymd(iso)[1]} 月 {_ymd(iso)[2]} 日")


KINDS = {k: (lambda kk: (lambda d: swap(d, kk)))(k) for k in SWAPS}
KINDS.update({
    "title_joint_party": k_title_joint_party,
    "issuer_only_publisher_field": k_issuer_only_publisher_field,
    "dept_title_no_place": k_dept_title_no_place,
    "title_year_bracket": k_title_year_bracket,
    "title_year_bracket_cn": k_title_year_bracket_cn,
    "title_no_year_guonian": k_title_no_year_guonian,
    "title_two_year_span": k_title_two_year_span,
    "title_shisiwu_summary": k_title_shisiwu_summary,
    "chrome_pubtime_zh_hm": k_chrome_pubtime_zh_hm,
    "chrome_pubdate_slash": k_chrome_pubdate_slash,
    "chrome_date_bracketed": k_chrome_date_bracketed,
    "chrome_update_later_same_line": k_chrome_update_later_same_line,
    "chrome_update_later_first": k_chrome_update_later_first,
    "chrome_print_date_footer": k_chrome_print_date_footer,
    "sig_year_cn_only": k_sig_year_cn_only,
    "sig_fullwidth_digits": k_sig_fullwidth_digits,
    "sig_spaced": k_sig_spaced,
})

DOCS_PER_KIND = {k: 4 for k in KINDS}


def build_cases(seed):
    """Every case: (case_id, kind, doc rel, expectations).  Documents are drawn per kind at random."""
    docs = load_docs()
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
    sp = os.path.join(HERE, "split-b.json")
    seed = json.load(open(sp))["seed"] if os.path.exists(sp) else 1
    if sys.argv[1:2] == ["--show"]:
        kind, doc = sys.argv[2], sys.argv[3]
        docs = load_docs()
        rel = next(r for r in docs if os.path.basename(r)[:-4] == doc)
        sys.stdout.write(KINDS[kind](docs[rel])[0])
    else:
        cs = build_cases(seed)
        for c in cs:
            print(c["case"], c["doc"], json.dumps(c["expect"], ensure_ascii=False))
        print(len(cs), "cases", sum(len(c["expect"]) for c in cs), "rows", file=sys.stderr)
