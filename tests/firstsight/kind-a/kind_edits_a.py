#!/usr/bin/env python3
"""Kind set a: does fzscore tell a real 法治政府建设年度报告 from a look-alike? (first sight)

Every case is built in code from a real labelled report (the five complete reports in /work/shared/corpus/dev,
the openings in /work/shared/corpus/pages and the labelled pages under tests/firstsight/pages*/).  An edit kind
takes the text and its labels and returns the edited text and what `document.is_report` must then be:

- family "keep" (real reports made unusual in ways real ones are): expect is_report true;
- family "like" (the report's content recast as another kind of document): expect is_report false, or true
  with at least one entry in document.review_notes.

The expectation follows from the edit alone.  Nothing here runs fzscore.

    python3 kind_edits_a.py --list           # the cases of the stored split's seed
    python3 kind_edits_a.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
"""
from __future__ import annotations

import glob
import hashlib
import os
import random
import re
import sys
import unicodedata

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
SHARED = "/work/shared/corpus"

CN_DIG = "〇一二三四五六七八九"
CN_NUM = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高"
GIVEN = ["晓明", "建国", "丽华", "志强", "海燕", "文杰", "春梅", "国栋", "秀英", "振宇", "雪莲", "宏伟"]

CHROME = re.compile(r"(发布日期|发布时间|信息来源|来源[:：]|浏览|字号|字体|打印|关闭|分享|索引号|当前位置|首页|扫一扫|"
                    r"责任编辑|点击|分类[:：]|发布机构|成文日期|主题分类|公开方式|文号|【|】|•|\||>)")
TOP = re.compile(r"^\s*([一二三四五六七八九十]+)\s*[、.．]\s*")
SUB = re.compile(r"^\s*[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*")
PLAN_HEAD = re.compile(r"(下一步|工作安排|工作打算|工作计划|工作思路|工作设想|下步|努力方向|工作重点)")
SHORT_HEAD = re.compile(r"(存在的?(主要)?(问题|不足)|不足|短板|差距|困难和问题)")


# ---------------------------------------------------------------- documents
def norm(s):
    if not s:
        return ""
    return re.sub(r"[\s\W_]+", "", unicodedata.normalize("NFKC", str(s)))


def as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def load_docs():
    """All labelled reports (.txt) with an issuer, a level and a report year."""
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
        d = {"rel": rel, "name": os.path.basename(rel)[:-4], "text": text, "labels": L,
             "issuers": [str(x) for x in as_list(L["issuer"])], "level": L["level"], "year": int(L["report_year"]),
             "titles": titles, "full": rel.startswith(SHARED + "/dev")}
        want = {norm(t) for t in titles}
        d["title_idx"] = [i for i, l in enumerate(text.split("\n")) if norm(l) and norm(l) in want]
        # template / document-sharing pages (范文, 小编, 文库, xx市) and generic issuers are no source of a real unit
        if re.search(r"(范文|小编|文库|会员分享|模板|范本|[xX×＊*]{1,2}[市县区镇乡])", text) or len(core(d)) < 2 \
                or re.search(r"[xX×]", core(d)) or core(d).endswith("人民") \
                or re.fullmatch(r"(镇|乡|县|区|市|省|街道|自治区|本镇|我镇|我县|全县)", core(d)):
            continue
        docs[rel] = d
    return docs


# ---------------------------------------------------------------- helpers
def cn_num(n):
    if n <= 10:
        return ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][n]
    if n < 20:
        return "十" + CN_NUM[n - 10]
    return CN_NUM[n // 10] + "十" + (CN_NUM[n % 10] if n % 10 else "")


def rng_for(d, salt):
    return random.Random(int(hashlib.md5((d["rel"] + salt).encode()).hexdigest()[:8], 16))


def person(d, salt):
    r = rng_for(d, salt)
    return r.choice(SURNAMES) + r.choice(GIVEN)


def issuer(d):
    """The shortest government-like name among the labelled issuers (the department's name for a department)."""
    names = d["issuers"]
    plain = [n for n in names if not re.search(r"(中共|党委|委员会|党组)", n)] or names
    t = norm(d["titles"][0]) if d["titles"] else ""
    def bare(n):
        return re.sub(r"(人民政府|政府)$", "", n)
    in_title = [n for n in plain if bare(n) and bare(n) in t and len(bare(n)) >= 2]
    if in_title:
        return sorted(in_title, key=lambda n: len(bare(n)))[-1]
    if d["level"] == "department":
        return sorted(plain, key=len)[-1]
    gov = [n for n in plain if n.endswith("人民政府")]
    return sorted(gov or plain, key=len)[0]


def core(d):
    n = issuer(d)
    for suf in ("人民政府办公室", "人民政府", "政府", "办事处"):
        if n.endswith(suf) and len(n) > len(suf) + 1:
            return n[: -len(suf)]
    return n


def lw(d):
    """The level word by which the unit speaks of itself (镇, 县, 区, 局 …)."""
    c = core(d)
    if d["level"] == "department":
        m = re.search(r"(局|厅|委|办|院|署|部|会|中心|所)$", c)
        return m.group(1) if m else "局"
    if c.endswith("街道"):
        return "街道"
    if c and c[-1] in "镇乡县区市旗省州盟":
        return c[-1]
    return {"township": "镇", "county": "县", "city": "市", "province": "省"}[d["level"]]


def parent(d):
    """The government above the unit, as far as its labelled names show it; else a generic one."""
    names = sorted(d["issuers"] + [core(d)], key=len, reverse=True)
    if d["level"] == "township":
        for n in names:
            m = re.search(r"([^省市县区旗]{2,6}?(?:县|区|旗|市))[^县区旗市]{1,8}?(?:镇|乡|街道)", n)
            if m:
                return m.group(1)
    if d["level"] == "department":
        m = re.match(r"^(.{2,}?(?:自治区|自治州|自治县|省|市(?!场)|县|区|旗|州))", core(d))
        if m and len(m.group(1)) < len(core(d)) - 1:
            return m.group(1)
    return {"township": "县", "county": "市", "city": "省", "province": "", "department": "市"}[d["level"]]


def title_line(d):
    ls = d["text"].split("\n")
    return ls[d["title_idx"][0]].strip() if d["title_idx"] else (d["titles"][0] if d["titles"] else None)


def body_lines(d, cut=True):
    """The report's own lines after its title: blank lines and page chrome dropped; a page cut mid-sentence is
    closed at its last full stop."""
    ls = d["text"].split("\n")
    start = d["title_idx"][-1] + 1 if d["title_idx"] else 0
    out = []
    for l in ls[start:]:
        s = l.strip()
        if not s or not re.search("[\u4e00-\u9fff]", s):
            continue
        if CHROME.search(s) and len(s) < 60:
            continue
        if re.match(r"^\d{4}[-年./]\d{1,2}", s) and len(s) < 25:
            continue
        out.append(s)
    if cut and out:
        t = "\n".join(out)
        i = t.rfind("。")
        if i > 0 and not d["full"]:
            t = t[: i + 1]
        out = t.split("\n")
    return out


def is_head(s):
    return bool(TOP.match(s) or SUB.match(s)) and len(s) < 45 and not s.rstrip().endswith("。")


def sentences(s):
    return [x for x in re.findall(r"[^。；！？]*[。；！？]", s) if len(x.strip()) > 4]


def body_sentences(d):
    out = []
    for l in body_lines(d):
        if is_head(l):
            continue
        out.extend(x.strip() for x in sentences(l))
    return out


RESULT_HEAD = re.compile(r"(举措[和与及]成效|成效|主要成效|工作情况|开展情况|取得的?成效|主要做法|工作成效|完成情况|工作回顾)")


def unenum(s):
    """A sentence without its leading enumerator ((一), 一是, 1.)."""
    return re.sub(r"^\s*([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[.、．])\s*", "", s)


def drop_report_talk(s):
    """Sentences that speak of the document itself as a report (现将…报告如下) are dropped by the look-alikes."""
    return bool(re.search(r"(报告如下|报告如后|汇报如下|总结如下|报告：$|特此报告|专此报告|年度报告)", s))


def first_verb_split(s):
    """(subject, rest) at the first action verb within the first 24 characters, else ('', s)."""
    m = re.search(r"(坚持|持续|深入|严格|加强|推进|落实|开展|完善|健全|组织|制定|强化|聚焦|推动|着力|积极|认真|全面|"
                  r"扎实|不断|进一步|切实|围绕|充分|大力|深化|规范|建立|提升|优化|加大|做好|召开|印发|贯彻|以)", s[:24])
    if not m or m.start() == 0:
        return "", s
    return s[: m.start()], s[m.start():]


def strip_past(s):
    s = re.sub(r"(已经|已)(?=[\u4e00-\u9fff])", "", s)
    s = re.sub(r"(?<=[\u4e00-\u9fff])了(?=[\u4e00-\u9fff，。《“])", "", s)
    return s


def has_result(s):
    """A sentence that states an outcome (a count, a result) cannot be recast as a task."""
    return bool(re.search(r"(\d|[一二三四五六七八九十百千]+(件|次|场|人|个|家|起|项|份|名|余)|完成|实现|达到|取得|累计|共计|"
                          r"荣获|获评|被评为|获得|成效|成绩|同比|较去年|率达|得到)", s))


def shift_years(text, delta, years):
    def rep(m):
        y = int(m.group(1))
        return str(y + delta) if y in years else m.group(1)
    return re.sub(r"(?<!\d)(20\d\d)(?!\d)", rep, text)


def we_to(s, d, repl):
    return re.sub(r"我(镇|乡|县|区|市|省|局|委|厅|办|街道|旗|州|院|署|中心)", repl, s)


def heads_of(d, top_only=False):
    out = []
    for l in body_lines(d, cut=False):
        if (TOP.match(l) or (not top_only and SUB.match(l))) and len(l) < 60:
            h = re.split(r"[。：:]", l)[0]
            out.append(h.strip())
    return out


def first_para(ls, j):
    """Index of the first body paragraph (30+ characters, no page chrome) from line j, or None."""
    while j < len(ls) and (len(ls[j].strip()) < 30 or (CHROME.search(ls[j]) and len(ls[j].strip()) < 60)):
        j += 1
    return j if j < len(ls) else None


def sign(d, month=2, day=None):
    day = day or rng_for(d, "day").randint(10, 27)
    return f"{issuer(d)}\n{d['year'] + 1}年{month}月{day}日"


def is_gov(d):
    return d["level"] in ("township", "county", "city", "province")


LEADERS = {"镇": "镇长", "乡": "乡长", "街道": "街道办事处主任", "县": "县长", "区": "区长", "市": "市长", "省": "省长",
           "旗": "旗长", "州": "州长", "局": "局长", "厅": "厅长", "委": "主任", "办": "主任", "部": "部长",
           "院": "院长", "署": "署长", "中心": "主任", "会": "主任"}


def leader(d):
    return LEADERS.get(lw(d), "主要负责人")


# ================================================================ keep: real reports, made unusual
def k_keep_title_removed(d):
    """The title lines and everything above them (site chrome) removed: the text starts with the body."""
    if not d["title_idx"] or len(body_sentences(d)) < 4:
        return None
    ls = d["text"].split("\n")
    return "\n".join(ls[d["title_idx"][-1] + 1:]).lstrip("\n")


def _retitle(d, new):
    if not d["title_idx"]:
        return None
    ls = d["text"].split("\n")
    for i in reversed(d["title_idx"][1:]):
        del ls[i]
    ls[d["title_idx"][0]] = new
    return "\n".join(ls)


def k_keep_title_gzqk(d):
    """Title worded …关于Y年度法治政府建设工作情况的报告."""
    return _retitle(d, f"{issuer(d)}关于{d['year']}年度法治政府建设工作情况的报告")


def k_keep_title_shuzhi(d):
    """Title worded as the unit's 年度述职 on 法治政府建设 (the body is the unit's report, unchanged)."""
    return _retitle(d, f"{issuer(d)}{d['year']}年度法治政府建设工作年度述职")


def k_keep_title_zongjie(d):
    """Title worded …法治政府建设工作总结."""
    return _retitle(d, f"{issuer(d)}{d['year']}年法治政府建设工作总结")


def _addressee(d):
    p = parent(d)
    if d["level"] == "province":
        return "党中央、国务院"
    if d["level"] == "department":
        if len(p) < 2:
            return "党中央、国务院" if re.search(r"(部|署|总局|委员会|银行)$", core(d)) else "市委、市政府"
        return f"中共{p}委、{p}人民政府"
    return f"{p}委、{p}人民政府" if len(p) > 1 else f"{p}委、{p}政府"


def k_keep_baosong_han(d):
    """A 报送 函 (title 关于报送…的函, number, addressee, one sentence, signature) with the report after it."""
    t = title_line(d)
    if not t or not d["title_idx"]:
        return None
    ls = d["text"].split("\n")
    num = f"{core(d)[:2]}函〔{d['year'] + 1}〕{rng_for(d, 'num').randint(3, 40)}号"
    han = (f"{issuer(d)}\n关于报送《{t}》的函\n{num}\n\n{_addressee(d)}：\n"
           f"　　根据《法治政府建设与责任落实督察工作规定》要求，现将《{t}》报送你们，请审阅。\n\n{sign(d, 2)}\n\n")
    return "\n".join(ls[: d["title_idx"][0]]) + "\n" + han + "\n".join(ls[d["title_idx"][0]:])


def k_keep_cover_letter(d):
    """An untitled cover letter (addressee, two sentences, 附件 line, signature) above the report's title."""
    t = title_line(d)
    if not t or not d["title_idx"]:
        return None
    ls = d["text"].split("\n")
    letter = (f"{_addressee(d)}：\n"
              f"　　{d['year']}年，{issuer(d)}在上级党委、政府的坚强领导下，扎实推进法治政府建设各项工作。"
              f"现将我{lw(d)}{d['year']}年度法治政府建设情况随文呈报，请予审阅。\n\n附件：{t}\n\n{sign(d, 1)}\n\n")
    return "\n".join(ls[: d["title_idx"][0]]) + "\n" + letter + "\n".join(ls[d["title_idx"][0]:])


def k_keep_department(d):
    """A department's report, the page chrome above the title removed (the title starts the text)."""
    if d["level"] != "department" or not d["title_idx"] or len(body_sentences(d)) < 4:
        return None
    ls = d["text"].split("\n")
    if d["title_idx"][0] == 0:
        return None
    return "\n".join(ls[d["title_idx"][0]:])


def k_keep_township_short(d):
    """A township's very short report: the title, the opening sentence, each heading with its first sentence,
    a signature; at most about 500 characters."""
    if d["level"] != "township" or not d["title_idx"]:
        return None
    out, n = [title_line(d), ""], 0
    bl = body_lines(d)
    took_head = False
    for l in bl:
        if is_head(l) and TOP.match(l):
            out.append(l)
            took_head = True
            continue
        if is_head(l):
            continue
        ss = [x.strip() for x in sentences(l) if len(unenum(x.strip())) >= 15]
        if not ss:
            continue
        if took_head or n == 0:
            out.append("　　" + ss[0])
            n += 1
            took_head = False
        if sum(len(x) for x in out) > 450:
            break
    if n < 2:
        return None
    return "\n".join(out) + "\n\n" + sign(d, 3)


QUOTE = ("习近平总书记指出：“法治政府建设是全面依法治国的重点任务和主体工程，要率先突破，用法治给行政权力定规矩、划界限，"
         "规范行政决策程序，加快转变政府职能。”“各级领导干部要提高运用法治思维和法治方式深化改革、推动发展、化解矛盾、"
         "维护稳定、应对风险的能力，做尊法学法守法用法的模范。”")


def k_keep_quote_lead(d):
    """A long quotation (the Party leader's words on 法治政府) opens the body, right under the title."""
    if not d["title_idx"] or len(body_sentences(d)) < 4 or d["year"] < 2020:
        return None
    ls = d["text"].split("\n")
    ls.insert(d["title_idx"][-1] + 1, "\n　　" + QUOTE + "\n")
    return "\n".join(ls)


def k_keep_news_lead(d):
    """A news-style lead opens the body: the report's own figures gathered in one paragraph (一组数据…)."""
    if not d["title_idx"]:
        return None
    figs = []
    for s in body_sentences(d):
        for c in re.split(r"[,，；;。]", s):
            if re.search(r"\d", c) and not re.search(r"20\d\d", c) and 8 <= len(c) <= 40 and c not in figs:
                figs.append(c.strip())
    figs = figs[:3]
    if len(figs) < 2:
        return None
    bits = "；".join(re.sub(r"[。；]$", "", f) for f in figs)
    lead = f"　　一组数据，见证{d['year']}年{core(d)}法治政府建设的成色：{bits}。"
    ls = d["text"].split("\n")
    ls.insert(d["title_idx"][-1] + 1, "\n" + lead + "\n")
    return "\n".join(ls)


def k_keep_dibufen(d):
    """Top-level headings numbered 第一部分 … instead of 一、…"""
    ls = d["text"].split("\n")
    n = 0
    for i, l in enumerate(ls):
        m = TOP.match(l)
        if m and len(l.strip()) < 60:
            ls[i] = TOP.sub(f"第{m.group(1)}部分　", l, count=1)
            n += 1
    return "\n".join(ls) if n >= 2 and d["title_idx"] else None


def k_keep_plan_missing(d):
    """The next-year plan section removed (its heading to the end of the text); complete reports only."""
    if not d["full"]:
        return None
    sec = (d["labels"].get("sections") or {}).get("next_year") or {}
    if not sec.get("present") or not sec.get("line"):
        return None
    ls = d["text"].split("\n")
    i = sec["line"] - 1
    return "\n".join(ls[:i]).rstrip() + "\n"


def k_keep_shufa_prominent(d):
    """A part on the leaders' 述法 put first, right after the opening paragraph, in the unit's own voice."""
    if not d["title_idx"] or d["year"] < 2020:
        return None
    w = lw(d)
    r = rng_for(d, "shufa")
    if d["level"] == "department":
        who = f"{w}党组书记、{leader(d)}"
        where = f"{w}党组会议"
    else:
        who = f"{w}党委（党组）书记、{leader(d)}" if w in ("镇", "乡", "街道") else f"{w}委书记、{leader(d)}"
        where = f"{w}委全会" if w not in ("镇", "乡", "街道") else f"{w}党委扩大会议"
    part = (f"党政主要负责人述法情况\n"
            f"　　{d['year']}年，{who}将履行推进法治建设第一责任人职责情况列入年终述职内容，在{where}上专题述法，"
            f"围绕学法用法、依法决策、推进法治政府建设等方面逐项述职，接受与会人员评议，述法报告在门户网站公开。\n"
            f"　　组织{r.randint(8, 36)}名下属单位主要负责人开展现场述法，由法律顾问和“两代表一委员”进行点评，"
            f"述法评议结果纳入年度综合考核，对述法中指出的问题建立清单、限期整改。\n")
    ls = d["text"].split("\n")
    j = first_para(ls, d["title_idx"][-1] + 1)  # after the first body paragraph (the opening)
    if j is None:
        return None
    ls.insert(j + 1, part)
    return "\n".join(ls)


OLD_WORDS = [
    (r"法治政府建设实施纲要[（(]2021\s*[—\-–－~～至]+\s*2025年?[)）]", "法治政府建设实施纲要（2015—2020年）"),
    (r"习近平法治思想", "习近平新时代中国特色社会主义思想"),
    (r"党的二十大", "党的十九大"), (r"二十届", "十九届"), (r"党的十九届[四五六]中全会", "党的十九届四中全会"),
    (r"“八五”", "“七五”"), (r"八五普法", "七五普法"), (r"《民法典》", "《宪法》"), (r"民法典", "宪法"),
]


def k_keep_y2019_gangyao(d):
    """A report moved to report year 2019, with the 2015—2020 纲要's wording (第一季度 reporting rule)."""
    if not d["title_idx"] or d["year"] < 2020:
        return None
    delta = 2019 - d["year"]
    t = shift_years(d["text"], delta, {d["year"] - 1, d["year"], d["year"] + 1})
    for a, b in OLD_WORDS:
        t = re.sub(a, b, t)
    # sentences about the epidemic do not fit 2019
    t = re.sub(r"[^。\n]*(疫情|新冠)[^。\n]*。", "", t)
    ls = t.split("\n")
    rule = ("县级以上地方各级政府每年第一季度要向同级党委、人大常委会和上一级政府报告上一年度法治政府建设情况"
            if d["level"] != "department" else "县级以上各级政府部门每年第一季度要向本级政府和上一级政府有关部门报告上一年度法治政府建设情况")
    j = first_para(ls, d["title_idx"][-1] + 1)
    if j is None:
        return None
    ls.insert(j, f"　　根据《法治政府建设实施纲要（2015—2020年）》关于“{rule}”的要求，现将{core(d)}2019年度法治政府建设情况报告如下。\n")
    return "\n".join(ls)


# ================================================================ like: look-alikes
def _measure_lines(d):
    """The body's lines up to the shortcomings / plan part (the measures)."""
    out = []
    for l in body_lines(d):
        if is_head(l) and (SHORT_HEAD.search(l) or PLAN_HEAD.search(l)):
            break
        out.append(l)
    return out


def _tasks(d, mode):
    """The measures recast as tasks: sentences stating a result dropped, past marks removed, years +1;
    mode 'yaodian' drops the subject (imperative), 'jihua' puts 将 before the verb."""
    out, n = [], 0
    for l in _measure_lines(d):
        if is_head(l):
            h = shift_years(l, 1, {d["year"]})
            if RESULT_HEAD.search(h):
                m = TOP.match(h) or SUB.match(h)
                h = (m.group(0) if m else "") + f"{d['year'] + 1}年重点任务"
            out.append(h)
            continue
        keep = []
        for s in sentences(l):
            s = s.strip()
            if has_result(s) or drop_report_talk(s) or re.search(r"20\d\d年", s[:8]):
                continue
            s = strip_past(shift_years(s, 1, {d["year"], d["year"] - 1}))
            s = unenum(s)
            subj, rest = first_verb_split(s)
            if re.search(r"^(我|全|本)", subj):
                subj = ""
            if mode == "yaodian":
                s = rest
            else:
                s = subj + "将" + rest
            keep.append(s)
        if keep:
            out.append("　　" + "".join(keep))
            n += len(keep)
    return out, n


def k_like_yaodian(d):
    """The report turned into next year's 工作要点: title Y+1 …工作要点, every kept sentence a task, no results."""
    lines, n = _tasks(d, "yaodian")
    if n < 3:
        return None
    y1 = d["year"] + 1
    head = (f"{issuer(d)}{y1}年法治政府建设工作要点\n\n"
            f"　　{y1}年{core(d)}法治政府建设工作的总体要求是：坚持以习近平法治思想为指导，全面贯彻落实上级关于法治政府建设的"
            f"决策部署，扎实推进依法行政。为做好{y1}年法治政府建设工作，结合实际，制定本要点。\n")
    tail = f"\n　　各责任单位要对照本要点，细化工作措施，明确完成时限，于{y1}年12月10日前报送工作完成情况。\n"
    return head + "\n".join(lines) + "\n" + tail


def k_like_jihua(d):
    """The report turned into next year's 工作计划: title Y+1 …工作计划, 将 before every verb, quarters as deadlines."""
    lines, n = _tasks(d, "jihua")
    if n < 3:
        return None
    y1 = d["year"] + 1
    q = ["第一季度", "第二季度", "第三季度", "全年"]
    out, k = [], 0
    for l in lines:
        if not is_head(l):
            l = l.rstrip("。；") + f"。（完成时限：{y1}年{q[k % 4]}）"
            k += 1
        out.append(l)
    head = (f"{issuer(d)}{y1}年法治政府建设工作计划\n\n"
            f"　　为扎实推进{y1}年法治政府建设工作，根据上级有关部署，结合{core(d)}实际，制定本计划。\n")
    return head + "\n".join(out) + "\n\n" + sign(d, 1).replace(str(d["year"] + 1) + "年1月", f"{y1}年1月")


def k_like_news(d):
    """The report retold as a news article: headline, 本报讯 (记者 … 通讯员 …), 日前 / 据了解, third person, editor."""
    ss = [unenum(s) for s in body_sentences(d) if not drop_report_talk(s)]
    if len(ss) < 4:
        return None
    w = lw(d)
    ss = [we_to(s, d, r"该\1") for s in ss]
    ss = [re.sub(r"^(全|本)(镇|乡|县|区|市|省|局)", r"该\2", s) for s in ss]
    heads = [re.sub(TOP, "", h) for h in heads_of(d, top_only=True)]
    topic = re.split(r"[，,\s]", heads[0])[0] if heads else "多措并举"
    reporter, corr, ed = person(d, "r"), person(d, "c"), person(d, "e")
    paras = [f"　　本报讯（记者 {reporter} 通讯员 {corr}）日前，记者从{issuer(d)}获悉，{d['year']}年以来，该{w}"
             f"扎实推进法治政府建设，取得积极成效。"]
    starts = ["据了解，", f"该{w}相关负责人介绍，", "记者了解到，", "此外，"]
    for i in range(0, min(len(ss), 12), 3):
        paras.append("　　" + starts[(i // 3) % 4] + "".join(ss[i:i + 3]))
    return (f"{core(d)}：{topic}　法治政府建设见实效\n\n" + "\n".join(paras)
            + f"\n　　（责任编辑：{ed}）\n")


def k_like_shufa_person(d):
    """The report recast as one leader's 述法报告: 本人 / 我, the unit's work as what I did, 请予评议."""
    ss = [unenum(s) for s in body_sentences(d) if not drop_report_talk(s)]
    if len(ss) < 4:
        return None
    w = lw(d)
    role = leader(d)
    name = person(d, "leader")
    out = []
    for i, s in enumerate(ss[:12]):
        s = re.sub(rf"({w}?党政主要负责人|{w}?主要负责人|主要领导|{w}?党委书记|{w}长)", "本人", s)
        s = we_to(s, d, r"全\1")
        subj, rest = first_verb_split(s)
        if i % 3 == 0 and len(subj) <= 10 and not re.match(r"\d", s):
            s = "我" + rest
        out.append(s)
    paras = ["　　" + "".join(out[i:i + 3]) for i in range(0, len(out), 3)]
    return (f"{core(d)}{role}{name}{d['year']}年度述法报告\n\n"
            f"　　{d['year']}年，本人作为{core(d)}推进法治建设第一责任人，认真履行法治建设重要组织者、推动者和实践者职责。"
            f"按照述法工作安排，现将本人{d['year']}年度述法情况报告如下：\n"
            + "\n".join(paras)
            + f"\n　　以上述法报告，请予评议。\n\n述法人：{core(d)}{role} {name}\n{d['year'] + 1}年1月{rng_for(d, 'sf').randint(5, 28)}日\n")


PUFA = re.compile(r"(普法|宣传|学法|法治教育|讲座|以案释法|法治文化|宪法|法律明白人|法治讲堂|法律知识|法治培训|送法)")


def k_like_pufa(d):
    """The report turned into a 普法工作总结: its 普法 / 宣传 / 学法 sentences only, 普法 wording, 谁执法谁普法 frame."""
    ss = [s for s in body_sentences(d) if PUFA.search(s) and not drop_report_talk(s)]
    if len(ss) < 3:
        return None
    ss = [s.replace("法治政府建设", "普法依法治理") for s in ss]
    y = d["year"]
    head = (f"{issuer(d)}{y}年普法依法治理工作总结\n\n"
            f"　　{y}年，{core(d)}认真落实“谁执法谁普法”普法责任制，深入开展法治宣传教育，现将{y}年普法工作总结如下：\n"
            f"一、普法工作开展情况\n")
    body = "\n".join("　　" + "".join(ss[i:i + 2]) for i in range(0, len(ss), 2))
    tail = (f"\n二、下一步普法工作打算\n　　{y + 1}年，{core(d)}将继续深化法治宣传教育，创新普法方式，"
            f"推动普法工作向基层延伸，为经济社会发展营造良好法治环境。\n")
    return head + body + tail


def _lower_units(d):
    return {"township": "各村（社区），镇属各站所、各办公室", "county": f"各乡镇人民政府、街道办事处，{lw(d)}直各单位",
            "city": f"各县（市、区）人民政府，{lw(d)}政府各部门", "province": "各市人民政府，省政府各部门",
            "department": "局机关各科室、各直属单位"}[d["level"]]


def k_like_ducha(d):
    """The report turned into a 督察通报 to lower units: 现将有关情况通报如下, the measures as what 各单位 did,
    问题 and 整改要求 (各单位要…), signed by the rule-of-law office."""
    ss = [s for s in body_sentences(d) if not drop_report_talk(s)]
    if len(ss) < 4:
        return None
    w, y = lw(d), d["year"]
    office = (f"{issuer(d)}法治建设领导小组办公室" if d["level"] == "department"
              else f"{core(d)}全面依法治{w}委员会办公室" if d["level"] != "township" else f"{core(d)}法治建设领导小组办公室")
    ss = [we_to(unenum(s), d, "各单位") for s in ss[:9]]
    ss = [re.sub(r"^(全|本)(镇|乡|县|区|市|省|局)", "各单位", s) for s in ss]
    body = "\n".join("　　" + "".join(ss[i:i + 3]) for i in range(0, len(ss), 3))
    return (f"{office}关于{y}年度法治政府建设督察情况的通报\n\n{_lower_units(d)}：\n"
            f"　　为压实法治建设责任，{y + 1}年3月，{office}组成督察组，对各单位{y}年度法治政府建设情况进行了督察。"
            f"现将有关情况通报如下：\n一、总体情况\n{body}\n"
            f"二、存在的主要问题\n　　督察发现，部分单位对法治政府建设重视不够，第一责任人职责落实不到位；"
            f"个别单位合法性审查流于形式，行政执法案卷不够规范。\n"
            f"三、整改要求\n　　各单位要对照督察反馈的问题，逐条制定整改措施，于{y + 1}年5月31日前将整改情况书面报送{office}。\n\n"
            f"{office}\n{y + 1}年4月{rng_for(d, 'dc').randint(8, 28)}日\n")


def k_like_gov_work_report(d):
    """An excerpt of the government's 政府工作报告 to the 人代会: the report's sentences as one item of the review."""
    if not is_gov(d):
        return None
    ss = [we_to(unenum(s), d, "我们") for s in body_sentences(d) if not drop_report_talk(s)]
    if len(ss) < 3:
        return None
    w, y = lw(d), d["year"]
    r = rng_for(d, "gwr")
    congress = f"{core(d)}第{cn_num(r.randint(15, 19))}届人民代表大会第{cn_num(r.randint(2, 5))}次会议"
    body = "\n".join("　　" + "".join(ss[i:i + 3]) for i in range(0, min(len(ss), 9), 3))
    attend = "列席人员" if d["level"] == "township" else "政协委员和其他列席人员"
    return (f"{core(d)}政府工作报告（摘要）\n——{y + 1}年1月{r.randint(6, 26)}日在{congress}上\n{core(d)}{leader(d)} {person(d, 'gwr')}\n\n"
            f"各位代表：\n　　现在，我代表{issuer(d)}向大会报告工作，请予审议，并请{attend}提出意见。\n"
            f"一、{y}年工作回顾\n　　过去的一年，面对复杂严峻的形势，我们坚持稳中求进工作总基调，经济社会发展主要目标任务较好完成。\n"
            f"（六）坚持依法行政，政府自身建设不断加强\n{body}\n"
            f"二、{y + 1}年工作安排\n　　{y + 1}年是……（摘要略）\n")


def k_like_publish_notice(d):
    """A notice that announces the report's publication: one sentence, the 附件 line, signature; no report body."""
    t = title_line(d)
    if not t:
        return None
    return (f"关于公开{issuer(d)}{d['year']}年度法治政府建设年度报告的公告\n\n"
            f"　　根据《法治政府建设与责任落实督察工作规定》第二十四条规定，现将《{t}》予以公开，欢迎社会各界监督。\n\n"
            f"　　附件：{t}.pdf\n\n{sign(d, 3)}\n")


def k_like_toc_only(d):
    """The report's table of contents alone: title, 目录, its headings with page numbers."""
    hs = heads_of(d)
    if len(hs) < 3 or not title_line(d):
        return None
    out = [title_line(d), "", "目　录", ""]
    p = 1
    for h in hs:
        out.append(f"{h}{'…' * max(4, 30 - len(h))}{p}")
        p += rng_for(d, h).randint(1, 3)
    return "\n".join(out) + "\n"


def k_like_half_year(d):
    """The report turned into a 上半年 summary of the following year: years +1, 全年 → 上半年, plan → 下半年."""
    if not d["title_idx"] or len(body_sentences(d)) < 4:
        return None
    y, y1 = d["year"], d["year"] + 1
    t = "\n".join(body_lines(d))
    t = re.sub(rf"(?<!\d){y + 1}\s*年(度)?", "下半年", t)
    t = shift_years(t, 1, {y, y - 1})
    t = re.sub(r"(一年来|过去一年|过去的一年)", "今年以来", t)
    t = re.sub(r"全年", "上半年", t)
    t = re.sub(rf"{y1}\s*年度?(?!上半年)", f"{y1}年上半年", t)
    t = re.sub(r"(?<!\d)年度", "上半年", t)
    return (f"{issuer(d)}{y1}年上半年法治政府建设工作总结\n\n"
            f"　　{y1}年上半年，{core(d)}深入推进法治政府建设，现将上半年工作情况总结如下：\n" + t)


def k_like_zicha(d):
    """The report turned into a 考核自查报告: 对照考核细则逐项自查, each heading with a self-given score."""
    if not d["title_idx"] or len(heads_of(d)) < 2:
        return None
    r = rng_for(d, "zc")
    y = d["year"]
    ls = d["text"].split("\n")[d["title_idx"][-1] + 1:]
    out = []
    for l in ls:
        if (TOP.match(l) or SUB.match(l)) and len(l.strip()) < 60:
            l = l.rstrip() + f"（自评得分：{r.randint(6, 20)}分）"
        out.append(l)
    total = r.randint(88, 98)
    return (f"{issuer(d)}{y}年度法治政府建设考核自查报告\n\n"
            f"　　根据《关于开展{y}年度法治政府建设考核工作的通知》要求，我{lw(d)}对照考核细则逐项开展自查，"
            f"自评总分{total}分。现将自查情况报告如下：\n" + "\n".join(out))


def k_like_speech(d):
    """A leader's speech at the next year's 法治政府建设工作会议: 同志们, 我讲三点意见, the year's work as praise."""
    ss = [we_to(unenum(s), d, "我们") for s in body_sentences(d) if not drop_report_talk(s)]
    if len(ss) < 4:
        return None
    y, y1 = d["year"], d["year"] + 1
    name = person(d, "sp")
    body = "\n".join("　　" + "".join(ss[i:i + 3]) for i in range(0, min(len(ss), 9), 3))
    return (f"在{core(d)}{y1}年法治政府建设工作会议上的讲话\n{core(d)}{leader(d)} {name}\n（{y1}年2月{rng_for(d, 'sp').randint(6, 26)}日）\n\n"
            f"同志们：\n　　今天召开全{lw(d)}法治政府建设工作会议，主要任务是总结{y}年工作，部署{y1}年任务。"
            f"刚才，几个单位作了交流发言，讲得很好，我都同意。下面，我讲三点意见。\n"
            f"一、充分肯定成绩，增强做好法治政府建设工作的信心\n　　过去一年，大家做了大量工作，成绩来之不易。\n{body}\n"
            f"二、正视问题短板，切实增强紧迫感\n　　同志们，我们也要清醒看到，法治政府建设还存在一些薄弱环节。\n"
            f"三、突出工作重点，推动法治政府建设再上新台阶\n　　各单位要切实扛起责任，抓好落实。\n"
            f"　　同志们，让我们以更加饱满的精神状态，推动法治政府建设取得新成效！\n")


KEEP = {
    "keep_title_removed": k_keep_title_removed,
    "keep_title_gzqk": k_keep_title_gzqk,
    "keep_title_shuzhi": k_keep_title_shuzhi,
    "keep_title_zongjie": k_keep_title_zongjie,
    "keep_baosong_han": k_keep_baosong_han,
    "keep_cover_letter": k_keep_cover_letter,
    "keep_department": k_keep_department,
    "keep_township_short": k_keep_township_short,
    "keep_quote_lead": k_keep_quote_lead,
    "keep_news_lead": k_keep_news_lead,
    "keep_dibufen": k_keep_dibufen,
    "keep_plan_missing": k_keep_plan_missing,
    "keep_shufa_prominent": k_keep_shufa_prominent,
    "keep_y2019_gangyao": k_keep_y2019_gangyao,
}
LIKE = {
    "like_yaodian": k_like_yaodian,
    "like_jihua": k_like_jihua,
    "like_news": k_like_news,
    "like_shufa_person": k_like_shufa_person,
    "like_pufa": k_like_pufa,
    "like_ducha": k_like_ducha,
    "like_gov_work_report": k_like_gov_work_report,
    "like_publish_notice": k_like_publish_notice,
    "like_toc_only": k_like_toc_only,
    "like_half_year": k_like_half_year,
    "like_zicha": k_like_zicha,
    "like_speech": k_like_speech,
}
KINDS = {**KEEP, **LIKE}
DOCS_PER_KIND = {k: 8 for k in KINDS}


def expect_of(kind):
    return {"is_report": True} if kind in KEEP else {"is_report": False, "or_review_note": True}


def build_cases(seed):
    """Every case: (case id, kind, doc, expectation).  Documents drawn per kind at random; each kind prefers the
    complete reports when they apply (one draw among them), then openings; a township, department and level mix
    comes from the draw."""
    docs = load_docs()
    rng = random.Random(seed)
    cases = []
    for kind, fn in KINDS.items():
        rels = sorted(docs)
        rng.shuffle(rels)
        full = [r for r in rels if docs[r]["full"]]
        rest = [r for r in rels if not docs[r]["full"]]
        order = full[:2] + rest + full[2:] if kind != "keep_plan_missing" else full
        n = 0
        for rel in order:
            out = fn(docs[rel])
            if out is None or out == docs[rel]["text"]:
                continue
            cases.append({"case": f"{kind}@{docs[rel]['name']}", "kind": kind, "doc": rel, "expect": expect_of(kind)})
            n += 1
            if n >= DOCS_PER_KIND[kind]:
                break
    return cases


def edited_text(case, docs=None):
    docs = docs or load_docs()
    return KINDS[case["kind"]](docs[case["doc"]])


if __name__ == "__main__":
    import json
    sp = os.path.join(HERE, "split-a.json")
    seed = json.load(open(sp))["seed"] if os.path.exists(sp) else 1
    if sys.argv[1:2] == ["--show"]:
        kind, doc = sys.argv[2], sys.argv[3]
        docs = load_docs()
        rel = next(r for r in docs if docs[r]["name"] == doc)
        sys.stdout.write(KINDS[kind](docs[rel]))
    else:
        cs = build_cases(int(sys.argv[2]) if sys.argv[1:2] == ["--seed"] else seed)
        for c in cs:
            print(c["case"], c["doc"])
        import collections
        print(collections.Counter(c["kind"] for c in cs), file=sys.stderr)
        print(len(cs), "cases", file=sys.stderr)
