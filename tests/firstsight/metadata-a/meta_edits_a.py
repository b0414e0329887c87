#!/usr/bin/env python3
"""Metadata set a: directional and invariance edits on a report's metadata (first sight).

Every case is built in code from a real labelled report (the corpus under /work/shared/corpus and the
labelled pages under tests/firstsight/pages*/): an edit kind takes the text and its labels and returns
the edited text with the values that `fzscore --format json` must then give in `document` (issuer,
level, report_year, title, publish_date, on_time) or, for one kind, the status one check must not have.
Each (case, field) pair is one row.  Nothing here runs fzscore.

    python3 meta_edits_a.py --list          # print the cases (kind, doc, expectations)
    python3 meta_edits_a.py --show KIND DOC # print one edited text
"""
from __future__ import annotations

import datetime as dt
import glob
import hashlib
import os
import random
import re
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SHARED = "/work/shared/corpus"

CJK = "\u4e00-\u9fff"

# ---------------------------------------------------------------- real units used as replacements
# (name, level, stem used for bare place mentions, level word of the unit)
TARGETS = {
    "city": [("湖州市", "湖州", "市"), ("绍兴市", "绍兴", "市"), ("洛阳市", "洛阳", "市"), ("赣州市", "赣州", "市"),
             ("宜宾市", "宜宾", "市")],
    "county": [("德清县", "德清", "县"), ("桐庐县", "桐庐", "县"), ("富平县", "富平", "县"), ("泾阳县", "泾阳", "县"),
               ("安吉县", "安吉", "县")],
    "district": [("雁塔区", "雁塔", "区"), ("南岸区", "南岸", "区"), ("越城区", "越城", "区"), ("吴兴区", "吴兴", "区")],
    "subdistrict": [("小寨路街道", "小寨路", "街道"), ("府山街道", "府山", "街道"), ("爱山街道", "爱山", "街道"),
                    ("中关村街道", "中关村", "街道")],
    "township": [("新市镇", "新市", "镇"), ("乌镇镇", "乌镇", "镇"), ("泗安镇", "泗安", "镇"), ("分水镇", "分水", "镇")],
    "province": [("浙江省", "浙江", "省"), ("陕西省", "陕西", "省"), ("江西省", "江西", "省"), ("四川省", "四川", "省")],
    "dept_police": [("湖州市公安局", "湖州", "局"), ("绍兴市公安局", "绍兴", "局"), ("赣州市公安局", "赣州", "局")],
    "dept_edu": [("德清县教育局", "德清", "局"), ("桐庐县教育局", "桐庐", "局"), ("富平县教育局", "富平", "局")],
    "dept_justice": [("雁塔区司法局", "雁塔", "局"), ("越城区司法局", "越城", "局"), ("吴兴区司法局", "吴兴", "局")],
}
TARGET_LEVEL = {"city": "city", "county": "county", "district": "county", "subdistrict": "township",
                "township": "township", "province": "province", "dept_police": "department",
                "dept_edu": "department", "dept_justice": "department"}
# Other organisations for web chrome (site owner, 来源, 发布机构): real units unrelated to the report.
OTHER_ORGS = ["湖州市人民政府办公室", "浙江省司法厅", "绍兴市大数据发展管理局", "洛阳市人民政府", "陕西省人民政府办公厅",
              "赣州市融媒体中心"]

PARTY = {"市": "市委", "县": "县委", "区": "区委", "镇": "镇党委", "乡": "乡党委", "街道": "街道党工委", "省": "省委",
         "局": "局党组", "旗": "旗委"}


# ---------------------------------------------------------------- documents
def norm(s):
    import unicodedata
    if not s:
        return ""
    return re.sub(r"[\s\W_]+", "", unicodedata.normalize("NFKC", str(s)))


def as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def load_docs():
    """All labelled reports (.txt) with a title line found in the text, an issuer and a report year."""
    labs = sorted(glob.glob(os.path.join(SHARED, "*", "*.labels.yaml"))
                  + glob.glob(os.path.join(ROOT, "tests", "firstsight", "pages*", "*.labels.yaml")))
    docs = {}
    for lab in labs:
        L = yaml.safe_load(open(lab, encoding="utf-8"))
        if L.get("kind") != "report" or not L.get("issuer") or not L.get("report_year") or not L.get("level"):
            continue
        path = lab[: -len(".labels.yaml")] + ".txt"
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        rel = os.path.relpath(path, ROOT) if path.startswith(ROOT) else path
        titles = [t for t in as_list(L.get("title")) if t]
        d = {"rel": rel, "text": text, "labels": L, "issuers": as_list(L["issuer"]), "level": L["level"],
             "year": int(L["report_year"]), "titles": titles,
             "pub": str(L["publish_date"]) if L.get("publish_date") else None}
        d["title_idx"] = find_title_lines(text, titles)
        docs[rel] = d
    return docs


def find_title_lines(text, titles):
    """Indexes of the lines that are the title (normalised equal to a labelled title)."""
    if not titles:
        return []
    want = {norm(t) for t in titles}
    lines = text.split("\n")
    return [i for i, l in enumerate(lines) if norm(l) in want and norm(l)]


# ---------------------------------------------------------------- helpers
def core_of(name):
    for suf in ("人民政府办公室", "人民政府", "政府", "办事处"):
        if name.endswith(suf) and len(name) > len(suf) + 1:
            return name[: -len(suf)]
    return name


def level_word(core):
    if core.endswith("街道"):
        return "街道"
    if core and core[-1] in "镇乡县区市旗省":
        return core[-1]
    return None


def gov_core(d):
    """The government's own name (core, level word), for a government report whose title names it."""
    if d["level"] not in ("township", "county", "city"):
        return None
    cores = sorted({core_of(n) for n in d["issuers"] if not re.search("委|党|办公室|局|厅", n)}, key=len)
    if not cores or not d["title_idx"]:
        return None
    title = d["text"].split("\n")[d["title_idx"][0]]
    for c in cores:
        lw = level_word(c)
        if lw and len(c) >= 3 and c in title:
            return c, lw
    return None


DATE_ANY = re.compile(r"((?:19|20)\d\d)\s*(?:[-/.．]|年)\s*(\d{1,2})\s*(?:[-/.．]|月)\s*(\d{1,2})(?!\d)\s*日?")


def date_re(iso):
    y, m, d = iso.split("-")
    return re.compile(rf"{y}\s*(?:[-/.．]|年)\s*0?{int(m)}\s*(?:[-/.．]|月)\s*0?{int(d)}(?!\d)(?:\s*日)?")


CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    if n <= 10:
        return "十" if n == 10 else CN_DIG[n]
    if n < 20:
        return "十" + CN_DIG[n - 10]
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def fmt_date(iso, style):
    y, m, d = (int(x) for x in iso.split("-"))
    if style == "cn":
        return f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日"
    if style == "ymd":
        return f"{y}年{m}月{d}日"
    if style == "dot":
        return f"{y}.{m}.{d}"
    if style == "dash":
        return f"{y}-{m:02d}-{d:02d}"
    raise ValueError(style)


def on_time(iso, year):
    return iso < f"{year + 1}-04-01"


def lines_of(t):
    return t.split("\n")


def cut_to_sentence(text):
    """The text up to its last full stop (the pages stop mid-sentence)."""
    i = text.rfind("。")
    return text[: i + 1] if i > len(text) // 2 else text


def body_para_index(lines, start, nth=2):
    """Index after the nth non-empty body line following `start` that is a long paragraph."""
    seen = 0
    for i in range(start + 1, len(lines)):
        if len(lines[i].strip()) >= 40:
            seen += 1
            if seen == nth:
                return i + 1
    return None


def drop_pub_lines(text, iso):
    """Remove the lines that carry the publishing date (header or signature)."""
    r = date_re(iso)
    return "\n".join(l for l in text.split("\n") if not r.search(l))


def signature(name, date_text):
    return f"\n\n{name}\n{date_text}\n"


def stable_pick(seq, key):
    h = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    return seq[h % len(seq)]


# ---------------------------------------------------------------- issuer swap
SMALL_UNIT_CLASH = "各级人民政府|各级政府|人民代表大会|人大常委会|各乡镇|各镇|乡镇人民政府|各街道|各乡（镇）|各乡\\(镇\\)"

def swap_issuer(d, tkind):
    gc = gov_core(d)
    if not gc:
        return None
    old_core, old_lw = gc
    tlevel = TARGET_LEVEL[tkind]
    if tlevel == d["level"] and tkind != "district" or (tkind == "district" and old_lw == "区"):
        return None
    if tkind == "township" and old_lw in ("镇", "乡", "街道"):
        return None
    if tkind == "subdistrict" and old_lw in ("镇", "乡", "街道"):
        return None
    text = d["text"]
    # keep the edited report coherent: a township or 街道 has no 人大 and no 各级人民政府 below it, a
    # province is swapped in for a city only, a department for a county or city government only
    if tkind in ("township", "subdistrict") and re.search(SMALL_UNIT_CLASH, text):
        return None
    if tkind == "province" and (d["level"] != "city" or re.search("[区县]人大|[区县]政协", text)):
        return None
    if tkind.startswith("dept_") and (old_lw in ("镇", "乡", "街道") or "人民代表大会" in text):
        return None
    cands = [t for t in TARGETS[tkind] if t[1] not in text and t[0] not in text]
    if not cands:
        return None
    new, new_stem, new_lw = stable_pick(cands, d["rel"] + tkind)
    dept = tkind.startswith("dept_")
    new_full = new if dept else (new + "办事处" if tkind == "subdistrict" else new + "人民政府")
    new_core = new
    new_place = re.match(rf"[{CJK}]+?[市县区]", new).group(0) if dept else new
    # places written above the old name (慈溪市新浦镇): drop them, the new unit stands alone
    for n in d["issuers"]:
        c = core_of(n)
        if c.endswith(old_core) and c != old_core:
            text = text.replace(c, old_core)
    # full names first, then the core, then the bare stem
    for suf in ("人民政府", "政府", "办事处"):
        text = text.replace(old_core + suf, "\x00FULL\x00")
    text = text.replace(old_core, "\x00CORE\x00")
    stem = old_core[: -len(old_lw)]
    if len(stem) >= 2:
        text = text.replace(stem, new_stem)
    if dept:
        # the core glued to another body's name (叶城县司法局, 叶城县人大) is the place, not the issuer
        text = re.sub(rf"\x00CORE\x00(?=[{CJK}]{{0,6}}?(?:局|委员会|法院|检察院|人大|政协|办公室|中心|委|厅))",
                      new_place, text)
    text = text.replace("\x00FULL\x00", new_full).replace("\x00CORE\x00", new_core)
    # the level words that speak of the issuer itself
    nl = "局" if dept else new_lw
    guard = r"(?<![社园片辖城景新郊矿])"
    subs = [(rf"全{old_lw}", "全系统" if dept else f"全{nl}"), (rf"我{old_lw}", f"我{nl}"),
            (rf"本{old_lw}", f"本{nl}")]
    if old_lw in ("镇", "乡"):
        subs.append((rf"{old_lw}党委", PARTY[nl]))
    elif old_lw == "街道":
        subs.append((r"街道党(?:工)?委", PARTY[nl]))
    else:
        subs.append((guard + rf"{old_lw}委(?!员)", PARTY[nl]))
    subs += [(guard + rf"{old_lw}政府", "局" if dept else f"{nl}政府"),
             (guard + rf"{old_lw}党政", "局领导班子" if dept else f"{nl}党政")]
    # the bare level word speaking of the issuer (由街道主要负责人…, 成立了镇普法…领导小组)
    subs.append((rf"(?<=[，,。；;：:、\n由在经于及和与了对])\s*{old_lw}(?=主要负责|主要领导|领导班子|机关|干部|各部门|各单位|"
                 rf"普法|依法治理|法治|年度|综合行政执法|司法所|党政|政府)", "局" if dept else nl))
    for pat, rep in subs:
        text = re.sub(pat, rep, text)
    # sanity: the new name must stand alone (no other place glued before it) and be in the title
    for m in re.finditer(re.escape(new_core), text):
        if m.start() > 0 and text[m.start() - 1] in "省市县区州" and not dept:
            return None
    if old_core in text:
        return None
    tl = [i for i, l in enumerate(lines_of(text)) if new_core in l]
    if not tl or tl[0] > 40:
        return None
    title = lines_of(text)[d["title_idx"][0]].strip()
    if new_core not in title:
        return None
    accepted = [new_full, new_core] if not dept else [new_full]
    return text, {"issuer": accepted, "level": tlevel, "report_year": d["year"]}


# ---------------------------------------------------------------- year edits
YEAR_RANGE = re.compile(r"(?:19|20)\d\d\s*[-—–－~～至到]\s*(?:19|20)\d\d")


def shift_years(text, years, k):
    """Shift the arabic and Chinese-numeral years in `years` by k, leaving year ranges (纲要 2021—2025) alone."""
    protected = []

    def protect(m):
        protected.append(m.group(0))
        return f"\x00{len(protected) - 1}\x00"

    text = YEAR_RANGE.sub(protect, text)
    for y in sorted(years, reverse=(k > 0)):
        text = re.sub(rf"(?<!\d){y}(?!\d)", f"\x01{y + k}\x01", text)
        text = text.replace(cn_year(y) + "年", cn_year(y + k) + "年")
    text = text.replace("\x01", "")
    return re.sub(r"\x00(\d+)\x00", lambda m: protected[int(m.group(1))], text)


def k_year_shift_back2(d):
    if not d["pub"] or not d["title_idx"]:
        return None
    y = d["year"]
    title = lines_of(d["text"])[d["title_idx"][0]]
    if str(y) not in title:
        return None
    t = shift_years(d["text"], [y - 1, y, y + 1], -2)
    pub = str(int(d["pub"][:4]) - 2) + d["pub"][4:]
    if pub.endswith("02-29"):
        return None
    return t, {"report_year": y - 2, "publish_date": pub, "on_time": on_time(pub, y - 2)}


def k_title_year_only(d):
    """The title says the year before; body and publishing date still say the report year."""
    if not d["title_idx"] or not d["pub"]:
        return None
    y = d["year"]
    ls = lines_of(d["text"])
    if str(y) not in ls[d["title_idx"][0]]:
        return None
    body = "\n".join(l for i, l in enumerate(ls) if i not in d["title_idx"])
    if str(y) not in body:
        return None
    for i in d["title_idx"]:
        ls[i] = ls[i].replace(str(y), str(y - 1))
    return "\n".join(ls), {"check:conformity.years": "!pass"}


def k_plan_dates_added(d):
    if not d["title_idx"]:
        return None
    y = d["year"]
    ls = lines_of(d["text"])
    at = body_para_index(ls, d["title_idx"][-1], 2)
    if at is None:
        return None
    add = (f"同时，围绕{y + 1}年重点任务，计划于{y + 1}年6月30日前完成行政规范性文件集中清理，"
           f"{y + 1}年底前实现行政执法“三项制度”全覆盖，{y + 2}年3月前完成法治政府建设中期评估。")
    ls.insert(at, add)
    exp = {"report_year": y}
    if d["pub"]:
        exp["publish_date"] = d["pub"]
    return "\n".join(ls), exp


def k_title_niandu_toggle(d):
    if not d["title_idx"]:
        return None
    y = d["year"]
    ls = lines_of(d["text"])
    t0 = ls[d["title_idx"][0]]
    if f"{y}年度" in t0:
        f = lambda s: s.replace(f"{y}年度", f"{y}年", 1)
    elif f"{y}年" in t0:
        f = lambda s: s.replace(f"{y}年", f"{y}年度", 1)
    else:
        return None
    for i in d["title_idx"]:
        ls[i] = f(ls[i])
    return "\n".join(ls), {"title": f(t0).strip(), "report_year": y, "issuer": d["issuers"]}


def k_title_year_cn(d):
    if not d["title_idx"]:
        return None
    y = d["year"]
    ls = lines_of(d["text"])
    t0 = ls[d["title_idx"][0]]
    if f"{y}年" not in t0:
        return None
    f = lambda s: s.replace(f"{y}年", f"{cn_year(y)}年", 1)
    for i in d["title_idx"]:
        ls[i] = f(ls[i])
    return "\n".join(ls), {"title": f(t0).strip(), "report_year": y}


# ---------------------------------------------------------------- title / signature
def _without_title(d):
    want = {norm(t) for t in d["titles"]}
    ls = [l for l in lines_of(d["text"]) if not (norm(l) and any(w in norm(l) for w in want))]
    return "\n".join(ls)


def _names_in(text, d):
    return any(core_of(n) in text for n in d["issuers"] if len(core_of(n)) >= 2)


def k_title_removed(d):
    """No title line at all: the issuer and year must come from the body's opening."""
    if not d["titles"] or not d["title_idx"]:
        return None
    t = _without_title(d)
    opening = t[:700]
    if not _names_in(opening, d) or str(d["year"]) not in opening:
        return None
    return t, {"title": None, "issuer": d["issuers"], "report_year": d["year"]}


def k_title_removed_signed(d):
    """No title; the body is closed by a signature (issuer + date) and the opening does not name the issuer."""
    if not d["titles"] or not d["title_idx"] or not d["pub"]:
        return None
    t = _without_title(d)
    t = drop_pub_lines(t, d["pub"])
    if _names_in(t[:400], d) or str(d["year"]) not in t[:700]:
        return None
    name = d["issuers"][0]
    if re.search("委|党", name) and len(d["issuers"]) > 1:
        return None
    t = cut_to_sentence(t).rstrip() + signature(name, fmt_date(d["pub"], "ymd"))
    return t, {"issuer": d["issuers"], "report_year": d["year"], "publish_date": d["pub"]}


def k_signature_before_body(d):
    """The signature block (unit, date) stands under the title, before the body."""
    if not d["title_idx"] or not d["pub"]:
        return None
    name = d["issuers"][0]
    t = drop_pub_lines(d["text"], d["pub"])
    ls = lines_of(t)
    idx = find_title_lines(t, d["titles"])
    if not idx:
        return None
    ls.insert(idx[-1] + 1, f"\n{name}\n{fmt_date(d['pub'], 'ymd')}\n")
    return "\n".join(ls), {"issuer": d["issuers"], "report_year": d["year"], "publish_date": d["pub"],
                           "title": ls[idx[0]].strip()}


def _signed_with(d, style):
    if not d["title_idx"] or not d["pub"]:
        return None
    t = drop_pub_lines(d["text"], d["pub"])
    if not find_title_lines(t, d["titles"]):
        return None
    name = d["issuers"][0]
    t = cut_to_sentence(t).rstrip() + signature(name, fmt_date(d["pub"], style))
    return t, {"publish_date": d["pub"], "on_time": on_time(d["pub"], d["year"])}


def k_sig_date_cn(d):
    return _signed_with(d, "cn")


def k_sig_date_dotted(d):
    return _signed_with(d, "dot")


def k_sig_date_dashed(d):
    return _signed_with(d, "dash")


def k_header_date_dotted(d):
    """The page header's date written 2025.2.28 (the header keeps its words)."""
    if not d["pub"]:
        return None
    r = date_re(d["pub"])
    ls = lines_of(d["text"])
    hits = [i for i, l in enumerate(ls[:25]) if r.search(l)]
    if not hits:
        return None
    for i in hits:
        ls[i] = r.sub(fmt_date(d["pub"], "dot"), ls[i])
    t = "\n".join(ls)
    if any(r.search(l) for i, l in enumerate(ls) if i not in hits):
        return None  # another copy (a signature) keeps the old form: leave that document out
    return t, {"publish_date": d["pub"], "on_time": on_time(d["pub"], d["year"])}


# ---------------------------------------------------------------- timeliness
def _repub(d, new):
    if not d["pub"]:
        return None
    r = date_re(d["pub"])
    if not r.search(d["text"]):
        return None
    if new == d["pub"]:
        return None
    t = r.sub(lambda m: fmt_date(new, "ymd") if "年" in m.group(0) else fmt_date(new, "dash"), d["text"])
    return t, {"publish_date": new, "on_time": on_time(new, d["year"]), "report_year": d["year"]}


def k_publish_late_0415(d):
    return _repub(d, f"{d['year'] + 1}-04-15")


def k_publish_ontime_0316(d):
    return _repub(d, f"{d['year'] + 1}-03-16")


def k_publish_boundary_0331(d):
    return _repub(d, f"{d['year'] + 1}-03-31")


def k_publish_boundary_0401(d):
    return _repub(d, f"{d['year'] + 1}-04-01")


def k_publish_same_year_dec(d):
    """Published in late December of the report year itself (some departments do): on time, same year."""
    return _repub(d, f"{d['year']}-12-26")


def k_inner_date_after_deadline(d):
    """A full date later than the deadline inside the body (a task deadline) is not the publishing date."""
    if not d["pub"] or not d["title_idx"]:
        return None
    if not date_re(d["pub"]).search(d["text"]):
        return None
    y = d["year"]
    ls = lines_of(d["text"])
    at = body_para_index(ls, d["title_idx"][-1], 2)
    if at is None:
        return None
    ls.insert(at, f"按照上级部署，{y + 1}年5月12日前须完成本级行政规范性文件全面清理并公布清理结果，目前各项准备工作已经就绪。")
    return "\n".join(ls), {"publish_date": d["pub"], "on_time": on_time(d["pub"], y)}


# ---------------------------------------------------------------- web chrome naming another unit
def _other(d):
    names = "".join(d["issuers"]) + d["text"][:3000]
    c = [o for o in OTHER_ORGS if core_of(o)[:2] not in names]
    return stable_pick(c, d["rel"]) if c else None


def k_chrome_owner_top(d):
    o = _other(d)
    if not o or not d["title_idx"]:
        return None
    top = f"{o}门户网站\n主办单位：{o}　　承办单位：{o}信息中心\n首页 > 政务公开 > 法治政府建设\n\n"
    return top + d["text"], {"issuer": d["issuers"], "level": d["level"]}


def k_chrome_owner_bottom(d):
    o = _other(d)
    if not o or not d["title_idx"]:
        return None
    tail = (f"\n\n【打印本页】【关闭窗口】\n网站主办：{o}　　技术支持：{o}信息中心\n"
            f"版权所有：{o}　　网站标识码：3305000001\n")
    return d["text"].rstrip() + tail, {"issuer": d["issuers"], "level": d["level"]}


def k_chrome_source_other(d):
    o = _other(d)
    if not o or not d["title_idx"]:
        return None
    ls = lines_of(d["text"])
    ls.insert(d["title_idx"][-1] + 1, f"来源：{o}　　发布机构：{o}　　浏览次数：1024")
    return "\n".join(ls), {"issuer": d["issuers"], "level": d["level"]}


# ---------------------------------------------------------------- invariance
def _all_fields(d, title=None):
    exp = {"issuer": d["issuers"], "level": d["level"], "report_year": d["year"]}
    if d["pub"]:
        exp["publish_date"] = d["pub"]
    exp["title"] = d["titles"]  # any labelled title
    return exp


def k_inv_index_table(d):
    if not d["title_idx"] or not d["pub"]:
        return None
    name = d["issuers"][0]
    ls = lines_of(d["text"])
    tab = (f"索引号：{hashlib.md5(d['rel'].encode()).hexdigest()[:8].upper()}/{d['pub'][:4]}-00012\n"
           f"发布机构：{name}\n发文日期：{d['pub']}\n主题分类：政务公开\n公开方式：主动公开\n")
    ls.insert(d["title_idx"][0], tab)
    return "\n".join(ls), _all_fields(d)


def k_inv_source_same(d):
    if not d["title_idx"]:
        return None
    ls = lines_of(d["text"])
    ls.insert(d["title_idx"][-1] + 1, f"来源：{d['issuers'][0]}")
    return "\n".join(ls), _all_fields(d)


def k_inv_blank_after_title(d):
    if not d["title_idx"]:
        return None
    ls = lines_of(d["text"])
    for i in reversed(d["title_idx"]):
        ls.insert(i + 1, "\n")
    return "\n".join(ls), _all_fields(d)


def k_inv_title_quoted(d):
    if not d["title_idx"]:
        return None
    ls = lines_of(d["text"])
    for i in d["title_idx"]:
        ls[i] = "“" + ls[i].strip() + "”"
    return "\n".join(ls), _all_fields(d)


KINDS = {}
for _t in TARGETS:
    KINDS[f"issuer_to_{_t}"] = (lambda t: (lambda d: swap_issuer(d, t)))(_t)
KINDS.update({
    "year_shift_back2": k_year_shift_back2,
    "title_year_only": k_title_year_only,
    "plan_dates_added": k_plan_dates_added,
    "title_niandu_toggle": k_title_niandu_toggle,
    "title_year_cn": k_title_year_cn,
    "title_removed": k_title_removed,
    "title_removed_signed": k_title_removed_signed,
    "signature_before_body": k_signature_before_body,
    "sig_date_cn": k_sig_date_cn,
    "sig_date_dotted": k_sig_date_dotted,
    "sig_date_dashed": k_sig_date_dashed,
    "header_date_dotted": k_header_date_dotted,
    "publish_late_0415": k_publish_late_0415,
    "publish_ontime_0316": k_publish_ontime_0316,
    "publish_boundary_0331": k_publish_boundary_0331,
    "publish_boundary_0401": k_publish_boundary_0401,
    "publish_same_year_dec": k_publish_same_year_dec,
    "inner_date_after_deadline": k_inner_date_after_deadline,
    "chrome_owner_top": k_chrome_owner_top,
    "chrome_owner_bottom": k_chrome_owner_bottom,
    "chrome_source_other": k_chrome_source_other,
    "inv_index_table": k_inv_index_table,
    "inv_source_same": k_inv_source_same,
    "inv_blank_after_title": k_inv_blank_after_title,
    "inv_title_quoted": k_inv_title_quoted,
})

DOCS_PER_KIND = {k: 3 for k in KINDS}
DOCS_PER_KIND.update({k: 4 for k in KINDS if not k.startswith("issuer_to_") and not k.startswith("inv_")})


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


def edited_text(case):
    docs = load_docs()
    return KINDS[case["kind"]](docs[case["doc"]])[0]


if __name__ == "__main__":
    import json
    seed = json.load(open(os.path.join(HERE, "split-a.json")))["seed"] if os.path.exists(os.path.join(HERE, "split-a.json")) else 1
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
