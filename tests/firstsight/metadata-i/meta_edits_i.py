#!/usr/bin/env python3
"""Metadata set i: directional and invariance edits on a report's metadata (first sight).

Reuses the machinery of sets a-d and h (tests/firstsight/metadata-{a,b,c,d,h}/meta_edits_*.py: documents, date
helpers, set b's issuer swap with set c's guards, set c's yearless text and publishing date, set h's `_under`)
with NEW edit kinds.  Every case also expects `is_report` true.  Nothing here runs fzscore.

    python3 meta_edits_i.py                 # print the cases (kind, doc, expectations)
    python3 meta_edits_i.py --show KIND DOC # print one edited text
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for s in ("a", "b", "c", "d", "h"):
    sys.path.insert(0, os.path.join(HERE, "..", f"metadata-{s}"))
import meta_edits_a as A  # noqa: E402  (reused unchanged)
import meta_edits_b as B  # noqa: E402  (reused unchanged)
import meta_edits_c as C  # noqa: E402  (reused unchanged)
import meta_edits_h as H  # noqa: E402  (reused unchanged; it adds set h's swaps to B.SWAPS in memory)

CJK = A.CJK
norm = A.norm
lines_of = A.lines_of
load_docs = A.load_docs
on_time = A.on_time
_g = B._g
YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _h(d, n=6, salt=""):
    return hashlib.sha256(("i:" + salt + d["rel"]).encode()).hexdigest()[:n]


def _pick(d, seq, salt=""):
    return seq[int(_h(d, 8, salt), 16) % len(seq)]


def _full_name(d):
    return max(d["issuers"], key=len)


# ---------------------------------------------------------------- issuer swaps (names no earlier set used)
NEW_SWAPS = {
    "swap_county_level_city": [
        _g("昆山市", "昆山", "市", "county", ("county",), chain="苏州市",
           accepted=["苏州市昆山市人民政府", "昆山市人民政府", "昆山市"]),
        _g("义乌市", "义乌", "市", "county", ("county",), chain="金华市",
           accepted=["金华市义乌市人民政府", "义乌市人民政府", "义乌市"]),
        _g("晋江市", "晋江", "市", "county", ("county",), chain="泉州市",
           accepted=["泉州市晋江市人民政府", "晋江市人民政府", "晋江市"]),
    ],
    "swap_city_district": [
        _g("江宁区", "江宁", "区", "county", ("county",), chain="南京市",
           accepted=["南京市江宁区人民政府", "江宁区人民政府", "江宁区"]),
        _g("双流区", "双流", "区", "county", ("county",), chain="成都市",
           accepted=["成都市双流区人民政府", "双流区人民政府", "双流区"]),
    ],
}
B.SWAPS.update(NEW_SWAPS)  # in memory only


def k_swap(d, kind):
    return C.k_swap(d, kind)


# ---------------------------------------------------------------- dates
def _clean(d):
    """(text with no full date left, the date to write) — set c's _pub_for."""
    r = C._pub_for(d)
    if not r or not d["title_idx"]:
        return None
    return r


def _under_title(t, d, lines):
    ls = lines_of(t)
    idx = A.find_title_lines(t, d["titles"])
    if not idx:
        return None
    for k, line in enumerate(lines):
        ls.insert(idx[-1] + 1 + k, line)
    return "\n".join(ls)


def k_sig_month_only(d):
    """Text cut at its last 。, signed by the unit and `(Y+1)年3月` (month, no day): the only date.
    Expected (judgement): publish_date null (no day is known); issuer, report_year Y."""
    r = _clean(d)
    if not r:
        return None
    t, iso = r
    y = d["year"]
    t = A.cut_to_sentence(t).rstrip()
    if not t.endswith("。") or re.search(rf"{y + 1}\s*年\s*\d{{1,2}}\s*月", t):
        return None
    m = _pick(d, [2, 3, 3, 1], "m")
    return t + f"\n\n{_full_name(d)}\n{y + 1}年{m}月\n", {"issuer": d["issuers"], "publish_date": None,
                                                         "report_year": y}


def k_header_relative_days(d):
    """Under the title `发布于：3天前　　阅读：N` (a relative age of the page), no other full date anywhere.
    Expected: publish_date null, on_time null, report_year Y."""
    r = _clean(d)
    if not r:
        return None
    t, _ = r
    n = _pick(d, ["3天前", "5天前", "2周前", "1个月前"], "rel")
    t = _under_title(t, d, [f"发布于：{n}　　阅读：{int(_h(d, 3, 'v'), 16) % 900 + 21}"])
    if not t:
        return None
    return t, {"publish_date": None, "on_time": None, "report_year": d["year"]}


def k_header_update_time_only(d):
    """Under the title only `更新时间：2025-03-28 09:12` (no 发布 field), no other full date.  Expected
    (judgement: the page's only date is its date): publish_date, on_time, report_year."""
    r = _clean(d)
    if not r:
        return None
    t, iso = r
    hh, mi = 8 + int(_h(d, 2, "h"), 16) % 9, int(_h(d, 2, "mi"), 16) % 60
    v = _pick(d, [f"{iso} {hh:02d}:{mi:02d}", f"{H._ymd_text(iso)} {hh:02d}:{mi:02d}", iso], "fmt")
    t = _under_title(t, d, [f"更新时间：{v}"])
    if not t:
        return None
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


WEEK = "一二三四五六日"


def k_header_weekday_date(d):
    """Under the title `发布日期：2025年3月28日　星期五` (or `2025-03-28（周五）`), the only date.
    Expected: publish_date, on_time, report_year."""
    r = _clean(d)
    if not r:
        return None
    t, iso = r
    wd = WEEK[dt.date(*B._ymd(iso)).weekday()]
    v = _pick(d, [f"{H._ymd_text(iso)}　星期{wd}", f"{iso}（周{wd}）", f"{H._ymd_text(iso)} 星期{wd}"], "wd")
    t = _under_title(t, d, [f"发布日期：{v}"])
    if not t:
        return None
    return t, {"publish_date": iso, "on_time": on_time(iso, d["year"]), "report_year": d["year"]}


# ---------------------------------------------------------------- years
def k_year_plan_heading_cn(d):
    """Set c's yearless text (title year gone, date lines dropped, body Y -> 本年) and a closing heading in
    Chinese numerals `三、二〇二五年工作计划` with a plan sentence: the only year is Y+1, in 〇 numerals.
    Expected: report_year Y."""
    r = C._yearless(d)
    if not r:
        return None
    ls, idx = r
    y = d["year"]
    t = A.cut_to_sentence("\n".join(ls)).rstrip()
    if YEAR4.search(t) or A.cn_year(y) in t or A.cn_year(y + 1) in t:
        return None
    head = _pick(d, ["工作计划", "工作思路", "重点工作"], "ph")
    t += (f"\n\n{A.cn_year(y + 1)}年{head}\n{A.cn_year(y + 1)}年，我们将持续深化依法行政，完善重大行政决策程序，"
          f"加强行政执法监督，推动法治政府建设再上新台阶。\n")
    return t, {"report_year": y}


# ---------------------------------------------------------------- titles
def _retitle(d, ending):
    if len(d["title_idx"]) != 1 or not C._only_title_lines(d):
        return None
    ls = lines_of(d["text"])
    i = d["title_idx"][0]
    t0 = ls[i].strip()
    m = re.search(r"法治政府建设(.*)$", t0)
    if not m or f"{d['year']}" not in t0[:m.start()] or len(m.group(1)) > 16:
        return None
    nt = t0[:m.start()] + "法治政府建设" + ending
    if nt == t0:
        return None
    ls[i] = nt
    return "\n".join(ls), {"title": nt, "issuer": d["issuers"], "level": d["level"], "report_year": d["year"]}


def k_title_gongzuo_baogao(d):
    """The title's ending after 法治政府建设 becomes `工作报告` (…2023年法治政府建设工作报告).
    Expected: title (edited), issuer, level, year."""
    return _retitle(d, "工作报告")


def k_title_zicha_baogao(d):
    """The title's ending after 法治政府建设 becomes `工作自查报告`; the body is still the annual report.
    Expected (judgement): is_report true; title (edited), issuer, level, year."""
    return _retitle(d, "工作自查报告")


# ---------------------------------------------------------------- script
S2T = dict(zip(
    "县区镇乡关于设况报门发时间来单位务员会议实现导领进组织级规范执复审诉讼调处罚检查监督开务条办厅局长书记应当"
    "机构体学习讲计划问题们这个为对经济环营场众责质总结业层门户网页览编辑标题细节统计"
    "签约专项种评估员资处财税农产业环护护卫视点节历坚持习惯权职东亚"
    "庆广寿运输陆乐兴华阳宁云龙湾苏贵辽齐鲁晋闽赣琼沪岭泽汉丰汤杨张刘陈黄赵吴郑谢许邓冯韩马罗叶钱孙万顺凤闻电话纪严动态费将与并几两据数类创优劳难变决则论证风险备录制订强综线络账号档举访纠纷败胜负见观围绕干队养训练际认识还续继维稳获奖荣誉称颁废汇医疗国仓储库车辆边远试验验党义务轻适宽严严积极构后",
    "縣區鎮鄉關於設況報門發時間來單位務員會議實現導領進組織級規範執復審訴訟調處罰檢查監督開務條辦廳局長書記應當"
    "機構體學習講計劃問題們這個為對經濟環營場眾責質總結業層門戶網頁覽編輯標題細節統計"
    "簽約專項種評估員資處財稅農產業環護護衛視點節歷堅持習慣權職東亞"
    "慶廣壽運輸陸樂興華陽寧雲龍灣蘇貴遼齊魯晉閩贛瓊滬嶺澤漢豐湯楊張劉陳黃趙吳鄭謝許鄧馮韓馬羅葉錢孫萬順鳳聞電話紀嚴動態費將與並幾兩據數類創優勞難變決則論證風險備錄製訂強綜線絡賬號檔舉訪糾紛敗勝負見觀圍繞幹隊養訓練際認識還續繼維穩獲獎榮譽稱頒廢匯醫療國倉儲庫車輛邊遠試驗驗黨義務輕適寬嚴嚴積極構後"))


def trad(s):
    return "".join(S2T.get(c, c) for c in s)


def k_text_traditional(d):
    """The whole page (title and body) in traditional script by a small character map (縣 區 鎮 關於 設 況 報
    會議 …), as a mirror site might serve it.  Expected: title (labelled or its traditional form), issuer (the
    labels or their traditional forms), level, year."""
    if not d["title_idx"]:
        return None
    t = trad(d["text"])
    if t == d["text"] or not any(trad(n) != n for n in d["issuers"]):
        return None
    titles = d["titles"] + [trad(x) for x in d["titles"]]
    iss = list(d["issuers"]) + [trad(n) for n in d["issuers"] if trad(n) != n]
    return t, {"title": titles, "issuer": iss, "level": d["level"], "report_year": d["year"]}


KINDS = {k: (lambda kk: (lambda d: k_swap(d, kk)))(k) for k in NEW_SWAPS}
KINDS.update({
    "sig_month_only": k_sig_month_only,
    "header_relative_days": k_header_relative_days,
    "header_update_time_only": k_header_update_time_only,
    "header_weekday_date": k_header_weekday_date,
    "year_plan_heading_cn": k_year_plan_heading_cn,
    "title_gongzuo_baogao": k_title_gongzuo_baogao,
    "title_zicha_baogao": k_title_zicha_baogao,
    "text_traditional": k_text_traditional,
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
    sp = os.path.join(HERE, "split-i.json")
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
