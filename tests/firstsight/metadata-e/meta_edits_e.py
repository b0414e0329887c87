#!/usr/bin/env python3
"""Metadata set e: directional and invariance edits on a report's metadata (first sight).

Reuses the machinery of sets a, b, c and d (tests/firstsight/metadata-{a,b,c,d}/meta_edits_*.py: documents, date
helpers, set b's issuer swap with set c's guards, set d's nameless title) with NEW edit kinds: a 兵团 师 and a
团场, a 省直管 county-level city, a 副省级城市's department, a county renamed a district this year, the issuer
named only in the opening sentence or only in a seal-like signature, two bodies in the title (X县委、县政府),
the title's year written 二○二四年度 (with ○), the year given as 上一年度 / 本年度 with the year only in the
publishing date, footer dates of two other CMS styles, a WeChat article header, a page with no date but a
索引号 / 文号 carrying a year, and a 相关阅读 list of other bodies' reports above the title.  Nothing here runs
fzscore.

    python3 meta_edits_e.py                 # print the cases (kind, doc, expectations)
    python3 meta_edits_e.py --show KIND DOC # print one edited text
"""
from __future__ import annotations

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

# ---------------------------------------------------------------- issuer: new swap targets (B.swap, own specs)
NEW_SWAPS = {
    # a division of the 新疆生产建设兵团 (师, prefecture level; judgement: filed as city)
    "swap_bingtuan_division": [
        _g("第八师", "第八", "师", "city", ("county", "city"), "", chain="新疆生产建设兵团", party="师党委",
           gov="师机关", accepted=["新疆生产建设兵团第八师", "第八师", "新疆生产建设兵团第八师石河子市"]),
        _g("第七师", "第七", "师", "city", ("county", "city"), "", chain="新疆生产建设兵团", party="师党委",
           gov="师机关", accepted=["新疆生产建设兵团第七师", "第七师", "新疆生产建设兵团第七师胡杨河市"]),
    ],
    # a 团场 of a division (正处级, county level in the 兵团-师-团 chain; judgement: filed as county)
    "swap_bingtuan_regiment": [
        _g("一四三团", "一四三", "团", "county", ("county",), "", chain="新疆生产建设兵团第八师", party="团党委",
           gov="团机关", accepted=["新疆生产建设兵团第八师一四三团", "第八师一四三团", "一四三团"]),
        _g("一二一团", "一二一", "团", "county", ("county",), "", chain="新疆生产建设兵团第八师", party="团党委",
           gov="团机关", accepted=["新疆生产建设兵团第八师一二一团", "第八师一二一团", "一二一团"]),
    ],
    # a county-level city administered directly by the province (省直管): county level (judgement)
    "swap_direct_county_city": [
        _g("仙桃市", "仙桃", "市", "county", ("county",), party="市委", gov="市政府"),
        _g("潜江市", "潜江", "市", "county", ("county",), party="市委", gov="市政府"),
        _g("天门市", "天门", "市", "county", ("county",), party="市委", gov="市政府"),
    ],
    # a department of a 副省级城市 (sub-provincial city): a department
    "swap_subprov_dept": [
        _g("宁波市司法局", "宁波", "局", "department", ("county", "city"), "", place="宁波市", dept=True,
           accepted=["宁波市司法局"], selfw="局"),
        _g("青岛市生态环境局", "青岛", "局", "department", ("county", "city"), "", place="青岛市", dept=True,
           accepted=["青岛市生态环境局"], selfw="局"),
        _g("深圳市交通运输局", "深圳", "局", "department", ("county", "city"), "", place="深圳市", dept=True,
           accepted=["深圳市交通运输局"], selfw="局"),
    ],
}
B.SWAPS.update(NEW_SWAPS)  # in memory only: B.swap looks its specs up there


def k_swap(d, kind):
    """C.k_swap; for the 兵团 bodies the party word glued by the swap (第八师委 …) is written 师党委 / 团党委."""
    out = C.k_swap(d, kind)
    if out and kind.startswith("swap_bingtuan"):
        t, exp = out
        t = re.sub(r"(第[七八]师|一四三团|一二一团)委(?!员)", r"\1党委", t)
        out = (t, exp)
    return out


def _title(d):
    return lines_of(d["text"])[d["title_idx"][0]]


# ---------------------------------------------------------------- renamed this year
def k_renamed_county_district(d):
    """A county turned district this year (撤县设区): the title names the new body with the old in brackets,
    `X区人民政府（原X县人民政府）…`; the text speaks of 区 throughout and its opening says when it was renamed.
    Expected: the new name (judgement: the office files it under the body that now exists), county."""
    tn = D._gov(d, ("county",))
    if not tn or not C._only_title_lines(d):
        return None
    written, core, lw = tn
    if lw != "县" or "自治" in core:
        return None
    new_core = core[:-1] + "区"
    t = d["text"]
    if new_core in t or re.search(A.SMALL_UNIT_CLASH.replace("|人民代表大会|人大常委会", ""), "") :
        return None
    t = t.replace(core, new_core)
    for pat, rep in ((r"全县", "全区"), (r"我县", "我区"), (r"本县", "本区"), (r"(?<![社园片辖城景新郊矿])县委(?!员)", "区委"),
                     (r"(?<![社园片辖城景新郊矿])县政府", "区政府")):
        t = re.sub(pat, rep, t)
    ls = lines_of(t)
    nw = written.replace(core, new_core)
    i0 = d["title_idx"][0]
    if not ls[i0].strip().startswith(nw):
        return None
    for i in d["title_idx"]:
        ls[i] = ls[i].replace(nw, f"{nw}（原{written}）", 1)
    k = A.body_para_index(ls, d["title_idx"][-1], 1)
    if k is None:
        return None
    ls.insert(k - 1, f"{d['year']}年，经国务院批准，撤销{core}，设立{new_core}，以原{core}的行政区域为{new_core}的行政区域。")
    full = new_core + "人民政府"
    return "\n".join(ls), {"issuer": [full, new_core], "level": "county", "report_year": d["year"]}


# ---------------------------------------------------------------- issuer named once
def k_issuer_opening_only(d):
    """The title loses the issuer (关于2024年…的报告); the opening sentence names it once, in full, and the body
    then says 我县 / 我镇 (set d's nameless guard: nothing else names the issuer, its place or its stem)."""
    r = D._nameless(d)
    if not r:
        return None
    ls, idx, core = r
    name = next((n for n in d["issuers"] if n.startswith(core) and n != core), None)
    if not name:
        return None
    lw = A.level_word(core)
    # before the first line of the report after the title (a heading or a paragraph, not a chrome line)
    k = next((i for i in range(idx[-1] + 1, len(ls)) if len(ls[i].strip()) >= 15
              and not re.search(r"来源|发布|时间|日期|字体|浏览|打印|索引|分享", ls[i])), None)
    if k is None:
        return None
    ls.insert(k, f"{d['year']}年，{name}（以下简称“我{lw}”）深入贯彻落实党中央、国务院关于法治政府建设的决策部署，"
                     f"现将我{lw}{d['year']}年度法治政府建设情况报告如下。")
    return "\n".join(ls), {"issuer": d["issuers"], "level": d["level"], "report_year": d["year"]}


def k_issuer_seal_signature(d):
    """The title loses the issuer; the text ends with a seal-like 落款: `（盖章）`, then the name with a full-width
    space between its characters, centred by leading spaces (no date)."""
    r = D._nameless(d)
    if not r:
        return None
    ls, idx, core = r
    t = A.cut_to_sentence("\n".join(ls)).rstrip()
    if not t.endswith("。"):
        return None
    name = next((n for n in d["issuers"] if n.startswith(core) and n != core), d["issuers"][0])
    pad = "　" * 16
    t += f"\n\n{pad}（盖章）\n{pad}{'　'.join(name)}\n"
    return t, {"issuer": d["issuers"], "level": d["level"], "report_year": d["year"]}


# ---------------------------------------------------------------- two bodies in the title
def k_title_party_gov_short(d):
    """The title names the party committee and the government, the second without its place:
    `X县委、县政府关于2024年度法治政府建设情况的报告`.  Expected (judgement): the place's government or its party
    committee, both acceptable; the level of the place; the new title."""
    tn = D._gov(d, ("county", "city"))
    if not tn or not C._only_title_lines(d):
        return None
    written, core, lw = tn
    t0 = _title(d).strip()
    rest = t0[len(written):]
    new_t = f"{core}委、{lw}政府" + (rest if rest.startswith("关于") else "关于" + rest)
    if not re.search(r"报告$", new_t):
        return None
    ls = lines_of(d["text"])
    for i in d["title_idx"]:
        ls[i] = new_t
    acc = list(d["issuers"]) + [f"中共{core}委", f"{core}委"]
    return "\n".join(ls), {"title": new_t, "issuer": acc, "level": d["level"], "report_year": d["year"]}


# ---------------------------------------------------------------- year written differently
def k_title_year_circle(d):
    """The title's year in Chinese numerals with the white circle ○ (U+25CB) for zero, as typed on many
    pages: 二○二四年度."""
    if not d["title_idx"] or not C._only_title_lines(d):
        return None
    y = d["year"]
    ls = lines_of(d["text"])
    if not re.search(rf"(?<!\d){y}年", ls[d["title_idx"][0]]):
        return None
    cy = "".join("○一二三四五六七八九"[int(c)] for c in str(y))
    for i in d["title_idx"]:
        ls[i] = re.sub(rf"(?<!\d){y}年(?:度)?", cy + "年度", ls[i], count=1)
    return "\n".join(ls), {"title": ls[d["title_idx"][0]].strip(), "report_year": y}


def _relative_years(t, y, this_word, next_word):
    """Every year Y written relatively (Y年度 → this_word+年度 …); Y+1 → next_word; None when Y−1 or another
    full year would remain."""
    cy = A.cn_year(y)
    t = re.sub(rf"(?<!\d){y}\s*年度", f"{this_word}年度", t)
    t = re.sub(rf"(?<!\d){y}\s*年(?!\s*\d{{1,2}}\s*月\s*\d)", f"{this_word}年", t)
    t = t.replace(cy + "年度", f"{this_word}年度").replace(cy + "年", f"{this_word}年")
    t = re.sub(rf"(?<!\d){y + 1}\s*年度", f"{next_word}年度", t)
    return t


def k_year_shangyinian_pubdate(d):
    """Written in Y+1 about 上一年度: every Y年 / Y年度 (title included) becomes 上一年 / 上一年度 and Y+1年度
    becomes 本年度; the page's publishing date (Y+1) is the only full year.  Expected: report year Y
    (judgement: 上一年度 counted from the publishing date), publish_date unchanged."""
    y = d["year"]
    if not d["pub"] or not d["title_idx"] or not d["pub"].startswith(str(y + 1)):
        return None
    t = d["text"]
    if not A.date_re(d["pub"]).search(t):
        return None
    t = _relative_years(t, y, "上一", "本")
    if re.search(rf"(?<!\d)(?:{y - 1}|{y - 2}|{y})(?!\d)", t) or str(y) in t.replace(d["pub"][:4], ""):
        # another year left (a comparison with Y−1, a dated event of Y): the case would be ambiguous
        if re.search(rf"(?<!\d)(?:{y - 1}|{y - 2}|{y})(?!\d)", t):
            return None
    if re.search(rf"(?<!\d){y + 1}\s*年(?!\s*\d{{1,2}}\s*月)", t) or "上一年度" not in "".join(
            lines_of(t)[i] for i in d["title_idx"]) or not A.date_re(d["pub"]).search(t):
        return None
    return t, {"report_year": y, "publish_date": d["pub"], "on_time": on_time(d["pub"], y)}


def k_year_benniandu_december(d):
    """Published in December of the report year and written 本年度: every Y年 / Y年度 (title included) becomes
    本年 / 本年度, Y+1年度 becomes 下一年度, the labelled date lines are removed and `发布日期：Y-12-26` goes under the
    title, the page's only full year.  Expected: report year Y, publish_date Y-12-26, on time."""
    y = d["year"]
    r = C._pub_for(d)
    if not r or not d["title_idx"]:
        return None
    t, _ = r
    t = _relative_years(t, y, "本", "下一")
    if re.search(rf"(?<!\d)(?:{y - 1}|{y}|{y + 1})(?!\d)", t):
        return None
    ti = A.find_title_lines(r[0], d["titles"])  # the replacements add no line: same indexes
    ls = lines_of(t)
    if not ti or not any("本年" in ls[i] for i in ti):
        return None
    iso = f"{y}-12-26"
    ls.insert(ti[-1] + 1, f"发布日期：{iso}")
    return "\n".join(ls), {"report_year": y, "publish_date": iso, "on_time": True}


# ---------------------------------------------------------------- dates in other CMS layouts
def _foot(d, make):
    r = C._pub_for(d)
    if not r or not d["title_idx"]:
        return None
    t, iso = r
    return t.rstrip() + "\n\n" + make(iso) + "\n", {"publish_date": iso, "on_time": on_time(iso, d["year"]),
                                                     "report_year": d["year"]}


def k_footer_release_clicks(d):
    """The publishing date only at the page's foot, a CMS info bar: `信息发布时间：2025-03-28 09:30:12　　浏览次数：1024`."""
    return _foot(d, lambda iso: f"信息发布时间：{iso} 09:30:12　　浏览次数：{1000 + len(d['text']) % 900}　　【字体：大 中 小】")


def k_footer_share_print(d):
    """The publishing date only in a share / print bar at the foot: `分享到：　　日期：2025.03.28　　【打印本页】【关闭窗口】`."""
    return _foot(d, lambda iso: f"分享到：微信　微博　　日期：{iso.replace('-', '.')}　　【打印本页】【关闭窗口】")


def k_wechat_header(d):
    """A WeChat official-account article saved as text: `原创　{stem}发布　{stem}发布　2025年03月28日 17:05` under the title
    (labelled date lines removed, the only date); the title names the issuer, who stays it."""
    r = C._pub_for(d)
    if not r or not d["title_idx"]:
        return None
    t, iso = r
    gc = A.gov_core(d)
    if not gc:
        return None
    core, lw = gc
    stem = core[: -len(lw)] if len(core) - len(lw) >= 2 else core
    yy, m, dd = B._ymd(iso)
    ls = lines_of(t)
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    ls.insert(idx[-1] + 1, f"原创　{stem}发布　{stem}发布　{yy}年{m:02d}月{dd:02d}日 17:05")
    ls.append("\n预览时标签不可点\n阅读原文　　阅读 2689　　分享　收藏　点赞　在看")
    return "\n".join(ls), {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"],
                           "issuer": d["issuers"]}


def k_no_date_index_wenhao(d):
    """No date anywhere (labelled date lines removed; only pages with no other full date); a 公开 block above
    the title gives a 索引号 and a 文号 carrying the year Y+1 but no day.  Expected: publish_date and on_time null."""
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
    y = d["year"] + 1
    code = "11" + D._h(d, 8)
    ls = lines_of(t)
    ls.insert(idx[0], f"索引号：{code}/{y}-{int(D._h(d, 4), 16) % 900 + 100:05d}　　主题分类：法治政府建设\n"
                      f"文号：政报〔{y}〕{int(D._h(d, 2), 16) % 30 + 1}号　　有效性：有效")
    return "\n".join(ls), {"publish_date": None, "on_time": None, "report_year": d["year"]}


# ---------------------------------------------------------------- other bodies named above the report
RELATED = [("洛阳市人民政府", "洛阳"), ("宜宾市人民政府", "宜宾"), ("泾阳县人民政府", "泾阳"), ("赣州市司法局", "赣州"),
           ("富平县人民政府", "富平")]


def k_chrome_related_reports(d):
    """Above the title, a `相关阅读` list of three other bodies' reports on the same year with their dates
    (a sidebar saved with the page).  The issuer, level, year and publishing date stay the labels'."""
    if not d["title_idx"] or not d["pub"] or not A.date_re(d["pub"]).search(d["text"]):
        return None
    others = [o for o in RELATED if o[1] not in d["text"]]
    if len(others) < 3:
        return None
    y = d["year"]
    rng = random.Random(d["rel"])
    rng.shuffle(others)
    items = [f"· {o[0]}{y}年度法治政府建设情况报告　　{y + 1}-0{rng.randint(1, 3)}-{rng.randint(10, 28)}" for o in others[:3]]
    ls = lines_of(d["text"])
    ls.insert(d["title_idx"][0], "相关阅读\n" + "\n".join(items) + "\n")
    return "\n".join(ls), {"issuer": d["issuers"], "level": d["level"], "report_year": y, "publish_date": d["pub"],
                           "on_time": on_time(d["pub"], y)}


KINDS = {k: (lambda kk: (lambda d: k_swap(d, kk)))(k) for k in NEW_SWAPS}
KINDS.update({
    "renamed_county_district": k_renamed_county_district,
    "issuer_opening_only": k_issuer_opening_only,
    "issuer_seal_signature": k_issuer_seal_signature,
    "title_party_gov_short": k_title_party_gov_short,
    "title_year_circle": k_title_year_circle,
    "year_shangyinian_pubdate": k_year_shangyinian_pubdate,
    "year_benniandu_december": k_year_benniandu_december,
    "footer_release_clicks": k_footer_release_clicks,
    "footer_share_print": k_footer_share_print,
    "wechat_header": k_wechat_header,
    "no_date_index_wenhao": k_no_date_index_wenhao,
    "chrome_related_reports": k_chrome_related_reports,
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
    sp = os.path.join(HERE, "split-e.json")
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
