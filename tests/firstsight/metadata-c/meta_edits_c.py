#!/usr/bin/env python3
"""Metadata set c: directional and invariance edits on a report's metadata (first sight).

Reuses the machinery of sets a and b (tests/firstsight/metadata-a/meta_edits_a.py, metadata-b/meta_edits_b.py:
documents, date helpers, the issuer swap) with NEW edit kinds: the 依法治X办 as the page's publisher or as the
title's issuer, 省直部门 (厅), a department named 委员会, a 风景名胜区 管委会 (派出机构), the issuer's name spaced
or broken over two lines, the issuer after the year in the title; a title over three lines, a subtitle line
(——在…会议上 / a bracketed date), a title in 《》 with a 文号 line; the report year only in the first heading or
only through the plan section's year; 成文日期 vs 发布日期 in a 公开 table, a signature followed by （此件公开发布）,
full-width page dates, a clock widget showing the day the page was saved.  Nothing here runs fzscore.

    python3 meta_edits_c.py --list          # print the cases (kind, doc, expectations)
    python3 meta_edits_c.py --show KIND DOC # print one edited text
"""
from __future__ import annotations

import hashlib
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "metadata-a"))
sys.path.insert(0, os.path.join(HERE, "..", "metadata-b"))
import meta_edits_a as A  # noqa: E402  (set a's machinery, reused unchanged)
import meta_edits_b as B  # noqa: E402  (set b's machinery, reused unchanged)

CJK = A.CJK
norm = A.norm
load_docs = A.load_docs
lines_of = A.lines_of
on_time = A.on_time
stable_pick = A.stable_pick
_g = B._g


def _h(d, n=6):
    return hashlib.md5(d["rel"].encode()).hexdigest()[:n].upper()


# ---------------------------------------------------------------- issuer: new swap targets (B.swap, own specs)
NEW_SWAPS = {
    # a provincial department (省直部门, a 厅) in place of a county or city government
    "swap_dept_province": [
        _g("浙江省农业农村厅", "浙江", "厅", "department", ("county", "city"), "", place="浙江省", dept=True,
           accepted=["浙江省农业农村厅"], selfw="厅"),
        _g("陕西省生态环境厅", "陕西", "厅", "department", ("county", "city"), "", place="陕西省", dept=True,
           accepted=["陕西省生态环境厅"], selfw="厅"),
        _g("四川省自然资源厅", "四川", "厅", "department", ("county", "city"), "", place="四川省", dept=True,
           accepted=["四川省自然资源厅"], selfw="厅"),
        _g("江西省水利厅", "江西", "厅", "department", ("county", "city"), "", place="江西省", dept=True,
           accepted=["江西省水利厅"], selfw="厅"),
    ],
    # a department whose name ends in 委员会 (not a party body)
    "swap_dept_weiyuanhui": [
        _g("湖州市卫生健康委员会", "湖州", "委", "department", ("county", "city"), "", place="湖州市", dept=True,
           accepted=["湖州市卫生健康委员会", "湖州市卫健委"], selfw="委"),
        _g("绍兴市发展和改革委员会", "绍兴", "委", "department", ("county", "city"), "", place="绍兴市", dept=True,
           accepted=["绍兴市发展和改革委员会", "绍兴市发改委"], selfw="委"),
        _g("宜宾市民族宗教事务委员会", "宜宾", "委", "department", ("county", "city"), "", place="宜宾市", dept=True,
           accepted=["宜宾市民族宗教事务委员会", "宜宾市民宗委"], selfw="委"),
    ],
    # a 派出机构: a scenic area's 管理委员会 (level not asserted)
    "swap_scenic_admin": [
        _g("杭州西湖风景名胜区管理委员会", "西湖风景名胜区", "管委会", None, ("county", "city"), "", place="杭州市",
           dept=True, accepted=["杭州西湖风景名胜区管理委员会", "西湖风景名胜区管委会", "杭州西湖风景名胜区管委会"],
           selfw="管委会"),
        _g("黄山风景区管理委员会", "黄山风景区", "管委会", None, ("county", "city"), "", place="黄山市", dept=True,
           accepted=["黄山风景区管理委员会", "黄山风景区管委会"], selfw="管委会"),
        _g("武夷山风景名胜区管理委员会", "武夷山风景名胜区", "管委会", None, ("county", "city"), "", place="武夷山市",
           dept=True, accepted=["武夷山风景名胜区管理委员会", "武夷山风景名胜区管委会"], selfw="管委会"),
    ],
}
B.SWAPS.update(NEW_SWAPS)  # in memory only: B.swap looks its specs up there


def _title(d):
    return lines_of(d["text"])[d["title_idx"][0]]


def _gov_title(d, levels=("county", "city", "township")):
    """(written name in the title, core, level word) for a government report whose title opens with it."""
    if d["level"] not in levels or not d["title_idx"]:
        return None
    if "中共" in _title(d) or any(re.search("委|党", n) for n in d["issuers"]):
        return None
    return B._title_name(d)


def _only_title_lines(d):
    """True when no other line of the page's top holds the whole title (no 名称 field)."""
    return B.title_lines(d) == sorted(d["title_idx"])


def _rule_office(core, lw):
    return f"中共{core}委全面依法治{lw}委员会办公室"


def k_publisher_is_rule_office(d):
    """The page's 发布机构 field names the 依法治县办 (it runs the column that publishes the reports); the title
    names the government, which stays the issuer."""
    tn = _gov_title(d, ("county", "city"))
    if not tn:
        return None
    written, core, lw = tn
    if lw not in "县市区":
        return None
    ls = lines_of(d["text"])
    ls.insert(d["title_idx"][-1] + 1, f"发布机构：{_rule_office(core, lw)}　　索引号：{_h(d)}/{d['year'] + 1}-00031")
    return "\n".join(ls), {"issuer": d["issuers"], "level": d["level"], "report_year": d["year"]}


def k_title_rule_office_issuer(d):
    """The title's issuer is the party-government 依法治县办 reporting on the county's 法治政府建设.  Fair answer:
    the office (it signs the report) or the county it reports for; level not asserted (a party office)."""
    tn = _gov_title(d, ("county", "city"))
    if not tn or not _only_title_lines(d):
        return None
    written, core, lw = tn
    if lw not in "县市区":
        return None
    office = _rule_office(core, lw)
    ls = lines_of(d["text"])
    for i in d["title_idx"]:
        t = ls[i]
        if t.lstrip().startswith(written + "关于"):
            ls[i] = t.replace(written + "关于", f"{office}关于{core}", 1)
        else:
            ls[i] = t.replace(written, f"{office}关于{core}", 1)
    new_t = ls[d["title_idx"][0]].strip()
    return "\n".join(ls), {"issuer": [office, core + "人民政府", core], "report_year": d["year"], "title": new_t}


def k_issuer_space_inside(d):
    """The issuer's name in the title typeset with spaces between its characters (德 清 县 人 民 政 府)."""
    tn = _gov_title(d)
    if not tn or not _only_title_lines(d):
        return None
    written = tn[0]
    if len(written) < 4:
        return None
    ls = lines_of(d["text"])
    for i in d["title_idx"]:
        ls[i] = ls[i].replace(written, " ".join(written), 1)
    return "\n".join(ls), {"issuer": d["issuers"], "level": d["level"], "report_year": d["year"],
                           "title": d["titles"]}


def k_issuer_linebreak_in_name(d):
    """The title wraps inside the issuer's name: 德清县人民 / 政府关于2024年…"""
    tn = _gov_title(d)
    if not tn or not _only_title_lines(d) or len(d["title_idx"]) != 1:
        return None
    written = tn[0]
    if not written.endswith("人民政府"):
        return None
    ls = lines_of(d["text"])
    i = d["title_idx"][0]
    t = ls[i]
    k = t.index(written) + len(written) - 2
    ls[i] = t[:k] + "\n" + t[k:]
    return "\n".join(ls), {"issuer": d["issuers"], "level": d["level"], "report_year": d["year"],
                           "title": d["titles"]}


def k_title_issuer_after_year(d):
    """The title puts the year first: 2024年度德清县人民政府法治政府建设情况报告."""
    tn = _gov_title(d)
    if not tn or not _only_title_lines(d):
        return None
    written = tn[0]
    y = d["year"]
    new_t = f"{y}年度{written}法治政府建设情况报告"
    if norm(new_t) in {norm(t) for t in d["titles"]}:
        return None
    ls = lines_of(d["text"])
    for i in d["title_idx"]:
        ls[i] = new_t
    return "\n".join(ls), {"title": new_t, "issuer": d["issuers"], "level": d["level"], "report_year": y}


# ---------------------------------------------------------------- title layout
def k_title_three_lines(d):
    """The title set over three lines: 德清县人民政府 / 关于2024年法治政府建设 / 情况的报告."""
    if not d["title_idx"] or len(d["title_idx"]) != 1 or not _only_title_lines(d):
        return None
    i = d["title_idx"][0]
    ls = lines_of(d["text"])
    t = ls[i].strip()
    m = re.search(r"法治政府建设", t)
    if not m:
        return None
    a = t.find(str(d["year"]))
    if a <= 1:
        return None
    if t[a - 2:a] == "关于":
        a -= 2
    b = m.end()
    if not (2 <= a < b < len(t) - 1):
        return None
    ls[i] = t[:a] + "\n" + t[a:b] + "\n" + t[b:]
    return "\n".join(ls), {"title": d["titles"], "issuer": d["issuers"], "report_year": d["year"]}


def k_title_subtitle_meeting(d):
    """A subtitle under the title: ——在X县第十八届人民代表大会常务委员会第二十三次会议上."""
    tn = _gov_title(d, ("county", "city"))
    if not tn:
        return None
    written, core, lw = tn
    ls = lines_of(d["text"])
    sub = f"——在{core}第十八届人民代表大会常务委员会第二十三次会议上"
    ls.insert(d["title_idx"][-1] + 1, sub)
    t0 = _title(d).strip()
    return "\n".join(ls), {"title": d["titles"] + [t0 + sub], "issuer": d["issuers"], "level": d["level"],
                           "report_year": d["year"]}


def k_title_subtitle_date(d):
    """A bracketed date line under the title, （2025年3月15日）, the document's only date: it is the publishing date."""
    if not d["title_idx"]:
        return None
    r = _pub_for(d)
    if not r:
        return None
    t, iso = r
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    y, m, dd = B._ymd(iso)
    ls = lines_of(t)
    ls.insert(idx[-1] + 1, f"（{y}年{m}月{dd}日）")
    return "\n".join(ls), {"title": d["titles"], "report_year": d["year"], "publish_date": iso,
                           "on_time": on_time(iso, d["year"])}


def k_title_shuminghao_wenhao(d):
    """The title in 《》 with a 文号 line under it (德政报〔2025〕12号): the 文号's year is not the report year."""
    tn = _gov_title(d)
    if not tn or not _only_title_lines(d):
        return None
    written, core, lw = tn
    ls = lines_of(d["text"])
    for i in d["title_idx"]:
        ls[i] = "《" + ls[i].strip() + "》"
    n = int(_h(d, 2), 16) % 40 + 3
    ls.insert(d["title_idx"][-1] + 1, f"{core[0]}政报〔{d['year'] + 1}〕{n}号")
    return "\n".join(ls), {"title": d["titles"], "issuer": d["issuers"], "level": d["level"],
                           "report_year": d["year"]}


# ---------------------------------------------------------------- report year named once
def _strip_year_body(text, y):
    text = re.sub(rf"(?<!\d){y}年度", "本年度", text)
    text = re.sub(rf"(?<!\d){y}年", "本年", text)
    return text.replace(A.cn_year(y) + "年", "本年")


def _yearless(d):
    """(lines, title index) with the title's year removed, the publishing date lines dropped and every other
    mention of the report year written 本年 / 本年度; None when the year stays somewhere."""
    if not d["title_idx"] or not _only_title_lines(d):
        return None
    y = d["year"]
    t = d["text"]
    if d["pub"]:
        t = A.drop_pub_lines(t, d["pub"])
    ls = lines_of(t)
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    for i in idx:
        nt = B._title_without_year(ls[i], y)
        if nt is None:
            return None
        ls[i] = nt
    ls = lines_of(_strip_year_body("\n".join(ls), y))
    return ls, idx


def k_year_only_first_heading(d):
    """The year stands only in the first heading (一、2024年法治政府建设主要举措和成效)."""
    r = _yearless(d)
    if not r:
        return None
    ls, idx = r
    y = d["year"]
    h = next((i for i in range(idx[-1] + 1, len(ls)) if re.match(r"\s*一、", ls[i]) and len(ls[i].strip()) < 40), None)
    if h is None:
        return None
    ls[h] = f"一、{y}年法治政府建设主要举措和成效"
    t = "\n".join(ls)
    if t.count(str(y)) != 1:
        return None
    return t, {"report_year": y}


def k_year_benniandu_plan_only(d):
    """The body says 本年度; only the plan section's year (2025年工作安排) names a year: the report year is the one before."""
    r = _yearless(d)
    if not r:
        return None
    ls, idx = r
    y = d["year"]
    t = A.cut_to_sentence("\n".join(ls)).rstrip()
    if str(y) in t or f"{y + 1}年" in t:
        return None
    t += (f"\n\n三、{y + 1}年工作安排\n{y + 1}年，我们将坚持以习近平法治思想为指导，聚焦本年度存在的短板弱项，"
          f"持续深化行政执法“三项制度”，推进行政规范性文件合法性审核全覆盖，加快建设法治政府。\n")
    return t, {"report_year": y}


# ---------------------------------------------------------------- dates
def _later(iso, days):
    return B._later(iso, days)


def _pub_for(d):
    """B._pub_for, but only for pages with no other full date left (set b's sig_fullwidth_digits artefact: a
    leftover 成文日期 made a second, defensible answer)."""
    r = B._pub_for(d)
    if not r or A.DATE_ANY.search(r[0]):
        return None
    return r


B_chrome_under_title = B._chrome_under_title


def _chrome_under_title(d, make):
    if not _pub_for(d):
        return None
    return B_chrome_under_title(d, make)


def _table_top(d, make):
    """A 公开 table (索引号 …) above the title, written by make(iso, d); returns text and the date expected."""
    if not d["title_idx"]:
        return None
    r = _pub_for(d)
    if not r:
        return None
    t, iso = r
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    block, want = make(iso, d)
    ls = lines_of(t)
    ls.insert(idx[0], block)
    return "\n".join(ls), {"publish_date": want, "on_time": on_time(want, d["year"])}


def _name(d):
    return next((n for n in d["issuers"] if not re.search("委|党", n)), d["issuers"][0])


def k_table_chengwen_then_fabu(d):
    """成文日期 (9 days earlier) on the line above 发布日期: the publishing date is the 发布日期 (domain.md N7: released)."""
    def mk(iso, d):
        cw = _later(iso, -9)
        return (f"索引号：{_h(d, 8)}/{iso[:4]}-00017\n发布机构：{_name(d)}\n成文日期：{cw}\n发布日期：{iso}\n"
                f"公开方式：主动公开\n", iso)
    return _table_top(d, mk)


def k_table_chengwen_same_line(d):
    """成文日期 and 发布日期 on one line, 成文日期 first (16 days earlier)."""
    def mk(iso, d):
        y, m, dd = B._ymd(_later(iso, -16))
        y2, m2, d2 = B._ymd(iso)
        return f"成文日期：{y}年{m:02d}月{dd:02d}日　　发布日期：{y2}年{m2:02d}月{d2:02d}日　　公开方式：主动公开\n", iso
    return _table_top(d, mk)


def k_table_chengwen_ontime_fabu_late(d):
    """成文日期 before 4月1日 but 发布日期 after it: published late (on_time false)."""
    def mk(iso, d):
        y = d["year"] + 1
        return (f"索引号：{_h(d, 8)}/{y}-00022\n成文日期：{y}-03-24\n发布日期：{y}-04-09\n", f"{y}-04-09")
    return _table_top(d, mk)


def k_sig_then_public_note(d):
    """Signature (unit, date) followed by a （此件公开发布） line."""
    if not d["title_idx"]:
        return None
    r = _pub_for(d)
    if not r:
        return None
    t, iso = r
    y, m, dd = B._ymd(iso)
    t = A.cut_to_sentence(t).rstrip() + A.signature(_name(d), f"{y}年{m}月{dd}日") + "（此件公开发布）\n"
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"])}


FW = str.maketrans("0123456789-:", "０１２３４５６７８９－：")


def k_chrome_fullwidth_ymd(d):
    """发布日期：２０２５年０３月２８日 (full-width digits) under the title."""
    def mk(iso, d):
        y, m, dd = B._ymd(iso)
        return f"发布日期：{y}年{m:02d}月{dd:02d}日".translate(FW) + "　　来源：本网"
    return _chrome_under_title(d, mk)


def k_chrome_fullwidth_dash(d):
    """发布时间：２０２５－０３－２８　１０：１５ (full-width digits, dashes and colon)."""
    return _chrome_under_title(d, lambda iso, d: ("发布时间：" + f"{iso} 10:15".translate(FW)).replace(" ", "　"))


CLOCK = "今天是：2026年12月7日　星期一　农历十月廿八　　欢迎访问本网站！　　[登录] [注册]"


def k_clock_widget_with_pubdate(d):
    """The page's top keeps the clock widget of the day it was saved; the 发布日期 under the title is the date."""
    out = _chrome_under_title(d, lambda iso, d: f"发布日期：{iso}　　浏览次数：{int(_h(d, 3), 16)}")
    if not out:
        return None
    t, exp = out
    return CLOCK + "\n" + t, exp


def k_clock_widget_only(d):
    """The clock widget's date is the only date on the page: no publishing date (and no timeliness answer)."""
    if not d["title_idx"]:
        return None
    t = d["text"]
    if d["pub"]:
        if not A.date_re(d["pub"]).search(t):
            return None
        t = A.drop_pub_lines(t, d["pub"])
    if A.DATE_ANY.search(t) or not A.find_title_lines(t, d["titles"]):
        return None
    return CLOCK + "\n" + t, {"publish_date": None, "on_time": None, "report_year": d["year"]}


DEPT_CLASH = "人大|人民代表大会|州委|州政府|盟委|旗委"


def k_swap(d, kind):
    """B.swap with one more guard: a body that is not a government is not given a page that speaks of a 人大
    or of a 州 / 盟 / 旗 above it (left out rather than half edited)."""
    if re.search(DEPT_CLASH, d["text"]):
        return None
    out = B.swap(d, kind)
    if not out:
        return None
    # the new body must open the title and stand alone (not 高新区(四川省自然资源厅)人民政府)
    t = lines_of(out[0])[d["title_idx"][0]].strip()
    name = out[1]["issuer"][0]
    if not t.startswith(name) or re.match(r"[)）人政]", t[len(name):len(name) + 1] or "x"):
        return None
    return out


KINDS = {k: (lambda kk: (lambda d: k_swap(d, kk)))(k) for k in NEW_SWAPS}
KINDS.update({
    "publisher_is_rule_office": k_publisher_is_rule_office,
    "title_rule_office_issuer": k_title_rule_office_issuer,
    "issuer_space_inside": k_issuer_space_inside,
    "issuer_linebreak_in_name": k_issuer_linebreak_in_name,
    "title_issuer_after_year": k_title_issuer_after_year,
    "title_three_lines": k_title_three_lines,
    "title_subtitle_meeting": k_title_subtitle_meeting,
    "title_subtitle_date": k_title_subtitle_date,
    "title_shuminghao_wenhao": k_title_shuminghao_wenhao,
    "year_only_first_heading": k_year_only_first_heading,
    "year_benniandu_plan_only": k_year_benniandu_plan_only,
    "table_chengwen_then_fabu": k_table_chengwen_then_fabu,
    "table_chengwen_same_line": k_table_chengwen_same_line,
    "table_chengwen_ontime_fabu_late": k_table_chengwen_ontime_fabu_late,
    "sig_then_public_note": k_sig_then_public_note,
    "chrome_fullwidth_ymd": k_chrome_fullwidth_ymd,
    "chrome_fullwidth_dash": k_chrome_fullwidth_dash,
    "clock_widget_with_pubdate": k_clock_widget_with_pubdate,
    "clock_widget_only": k_clock_widget_only,
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
    sp = os.path.join(HERE, "split-c.json")
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
        from collections import Counter
        print(Counter(c["kind"] for c in cs), file=sys.stderr)
        print(len(cs), "cases", sum(len(c["expect"]) for c in cs), "rows", file=sys.stderr)
