#!/usr/bin/env python3
"""Kind set f: real reports made unusual (must stay reports, with the right issuer / level / report year and,
where the edit sets it, publishing date) and look-alikes (must be refused or flagged).  First sight: written
without reading fzscore's code, rubrics or data.

Reuses kind set a's document loading and helpers and set b's sentence helpers (imported, not edited).
Every case is built in code from a real labelled report.  Expectation by family:

- "keep": document.is_report true; issuer / level / report_year (/ publish_date) as the case's expectation says
  (a level or publish_date given as a list accepts any of its items; a missing key is not asserted);
- "like": is_report false, or true with at least one entry in document.review_notes.

    python3 kind_edits_f.py --list           # the cases of the stored split's seed
    python3 kind_edits_f.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
"""
from __future__ import annotations

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kind-a"))
sys.path.insert(0, os.path.join(HERE, "..", "kind-b"))
import kind_edits_a as A  # noqa: E402
import kind_edits_b as B  # noqa: E402

load_docs, issuer, core, lw, parent, rng_for, person = A.load_docs, A.issuer, A.core, A.lw, A.parent, A.rng_for, A.person
body_lines, body_sentences, title_line, is_head = A.body_lines, A.body_sentences, A.title_line, A.is_head
TOP, SUB, we_to, heads_of, cn_num = A.TOP, A.SUB, A.we_to, A.heads_of, A.cn_num
own_sents, figures = B.own_sents, B.figures
CN_DIG = "〇一二三四五六七八九"
DATED = re.compile(r"(发布|成文|发文|生成|印发|更新)(日期|时间)")
DATE_LINE = re.compile(r"(20\d\d\s*[-年./]\s*\d{1,2}|二〇[一二][〇一二三四五六七八九]年)")


def _ok(d, n=4):
    return bool(d["title_idx"]) and len(body_sentences(d)) >= n


def _cut(t, d):
    return t if d["full"] else t[: t.rfind("。") + 1]


def _exp(d, issuers=None, year=None, level="same", **kw):
    e = {"is_report": True, "issuer": issuers or d["issuers"], "report_year": year or d["year"]}
    if level is not None:
        e["level"] = d["level"] if level == "same" else level
    e.update(kw)
    return e


def _cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def _ss(d, n=9, pat=None):
    return [we_to(s, d, "我" + lw(d)) for s in own_sents(d, n, pat)]


def _paras(ss, k=3):
    return "\n".join("　　" + "".join(ss[i:i + k]) for i in range(0, len(ss), k))


def _report_part(d):
    """(lines above the title, the title lines, the lines after the title) of the page."""
    ls = d["text"].split("\n")
    a, b = d["title_idx"][0], d["title_idx"][-1]
    return ls[:a], ls[a:b + 1], ls[b + 1:]


# ================================================================ keep
def _dept_place(d):
    """A department whose name is a place + a bureau with no other place inside: (place, bureau)."""
    if d["level"] != "department":
        return None
    c = core(d)
    m = re.match(r"^(.{2,}?(?:自治州|自治县|市(?!场)|县|区|州|旗))(.{2,}?(?:局|委员会|委))$", c)
    if not m or re.search(r"(省|市|县|区|旗|州|分局)", m.group(2)) or len(m.group(1)) < 3:
        return None
    return m.group(1), m.group(2)


def k_keep_dept_jiancheng(d):
    """A department's report naming itself by its short form only (区司法局, 县林业局): the place is cut from every
    name in the title and body (古丈县 → 县), and named only in a site header line above the title."""
    if not _ok(d):
        return None
    pb = _dept_place(d)
    if not pb:
        return None
    p, bu = pb
    short = p[-1] + bu
    above, title, rest = _report_part(d)
    body = "\n".join(title + rest)
    body = body.replace(core(d), short).replace(p, p[-1])
    if p[:2] in body:
        return None
    head = f"{p}人民政府门户网站　|　政务公开　|　部门文件"
    text = "\n".join(l.replace(core(d), short).replace(p, p[-1]) for l in above)
    return head + "\n" + text + ("\n" if text else "") + body, _exp(d)


DEVZONES = ["高新技术产业开发区", "经济技术开发区", "综合保税区", "临空经济示范区"]


def k_keep_devzone_under_city(d):
    """A city government's report re-issued by a development zone of that city: `{city}高新技术产业开发区管理委员会`;
    市委 → 党工委, 市政府 → 管委会, 全市 / 我市 / 本市 → 全区 / 我区 / 本区, 市直各部门 → 区属各部门."""
    if not _ok(d) or d["level"] != "city":
        return None
    c = core(d)
    if not c.endswith("市") or len(c) < 3:
        return None
    zone = DEVZONES[rng_for(d, "dz").randrange(len(DEVZONES))]
    gw = f"{c}{zone}管理委员会"
    t = d["text"]
    for n in sorted(set(d["issuers"] + [c + "人民政府", c + "政府"]), key=len, reverse=True):
        if n.endswith("政府") and not re.search(r"(中共|委员会|党委)", n):
            t = t.replace(n, "@GW@")
    t = re.sub("中共" + re.escape(c) + "委(员会)?", "@DGW@", t).replace(f"关于{c}", "关于")
    t = re.sub(r"(?<![城])市委", "党工委", t)
    t = re.sub(r"(?<![城])市(人民)?政府", "管委会", t)
    t = re.sub(r"(全|我|本)市", r"\1区", t)
    t = t.replace("市直各部门", "区属各部门").replace("市直部门", "区属部门")
    t = t.replace("@DGW@", f"中共{c}{zone}工作委员会").replace("@GW@", gw)
    if gw not in t:
        return None
    return t, _exp(d, issuers=[gw, f"{c}{zone}管委会", f"{c}{zone}"], level=["county", "department", "city"])


PROVINCES = ["河北省", "山西省", "江西省", "湖南省", "贵州省", "甘肃省", "安徽省", "吉林省", "四川省", "山东省"]
TING = {"司法局": "司法厅", "应急管理局": "应急管理厅", "教育局": "教育厅", "民政局": "民政厅", "交通运输局": "交通运输厅",
        "农业农村局": "农业农村厅", "水利局": "水利厅", "文化和旅游局": "文化和旅游厅", "人力资源和社会保障局": "人力资源和社会保障厅",
        "生态环境局": "生态环境厅", "住房和城乡建设局": "住房和城乡建设厅", "商务局": "商务厅", "财政局": "财政厅"}


def k_keep_province_ting(d):
    """A city or county bureau's report re-issued by the matching 省直 厅 (古丈县司法局 → 湖南省司法厅): 局 → 厅 in the
    unit's own words (我局, 局党组, 全局, 局机关), 全县 / 全市 → 全省, 县委 / 市委 → 省委, 县政府 / 市政府 → 省政府."""
    if not _ok(d):
        return None
    pb = _dept_place(d)
    if not pb or pb[1] not in TING:
        return None
    p, bu = pb
    prov = PROVINCES[rng_for(d, "pv").randrange(len(PROVINCES))]
    new = prov + TING[bu]
    t = d["text"]
    for n in sorted(set(d["issuers"] + [core(d)]), key=len, reverse=True):
        t = t.replace(n, new)
    t = t.replace(p, prov).replace(p[-1] + bu, new)
    t = re.sub(r"(我|本|全)局", r"\1厅", t)
    t = re.sub(r"局(党组|机关|领导|班子|属)", r"厅\1", t)
    t = re.sub(r"(全|我|本)(县|市|区)(?![场委级直])", r"\1省", t)
    t = re.sub(r"依法治(县|市|区)", "依法治省", t).replace("自治区党委", "省委").replace("自治区人民政府", "省政府")
    t = re.sub(r"(?<![省])(县|市|区)委", "省委", t)
    t = re.sub(r"(?<![省])(县|市|区)(人民)?政府", "省政府", t)
    if p[:2] in t:
        return None
    return t, _exp(d, issuers=[new], level="department")


def sig_name(d):
    """The issuer as it signs: a government's full name with 人民政府 (a 街道 with 办事处)."""
    if A.is_gov(d):
        c = core(d)
        return c + ("办事处" if c.endswith("街道") else "人民政府")
    return issuer(d)


def k_keep_month_cn_sign(d):
    """No day given: the page's date lines removed, the text closed by the issuer and `二〇二五年三月` (the year after
    the report year, month only, in Chinese numerals)."""
    if not _ok(d):
        return None
    above, title, rest = _report_part(d)
    keep = [l for l in above + title + rest if not (DATE_LINE.search(l) and (len(l.strip()) < 60 or DATED.search(l)))]
    t = _cut("\n".join(keep), d).rstrip()
    y1 = d["year"] + 1
    return (t + f"\n\n{sig_name(d)}\n{_cn_year(y1)}年三月\n",
            _exp(d, publish_date=[None] + [f"{y1}-03-{k:02d}" for k in range(1, 32)]))


def k_keep_title_year_alone(d):
    """The title over three lines with the year standing alone on the middle one: `{issuer}` / `{Y}年度` /
    `法治政府建设情况报告`."""
    if not _ok(d):
        return None
    return B._retitle(d, f"{issuer(d)}\n{d['year']}年度\n法治政府建设情况报告"), _exp(d)


def k_keep_toc_first(d):
    """A 目录 between the title and the body: the report's top-level headings (and 附：…) with dotted leaders and
    page numbers, as a Word document's table of contents gives them."""
    if not _ok(d):
        return None
    hs = heads_of(d, top_only=True)
    if len(hs) < 2:
        return None
    above, title, rest = _report_part(d)
    r = rng_for(d, "toc")
    pg, toc = 1, []
    for h in hs[:8]:
        toc.append(f"{h[:30]}{'…' * 12}{pg}")
        pg += r.randint(1, 3)
    j = A.first_para(rest, 0)
    if j is None:
        return None
    return "\n".join(above + title + rest[:j] + ["目　录", ""] + toc + [""] + rest[j:]), _exp(d)


def k_keep_fujian_zhibiao(d):
    """The report followed by `附件：{Y}年度法治政府建设主要指标完成情况一览表`: rows 序号 / 指标名称 / 完成数 / 计量单位 / 备注,
    the figures taken from the report's own sentences, columns set with full-width spaces."""
    fs = figures(d, 10)
    if len(fs) < 3 or not _ok(d):
        return None
    t = _cut(d["text"], d).rstrip()
    rows = [f"{i + 1}　　{a}　　{b}　　{c}　　—" for i, (a, b, c) in enumerate(fs)]
    return (t + f"\n\n附件：\n{d['year']}年度法治政府建设主要指标完成情况一览表\n序号　　指标名称　　完成数　　计量单位　　备注\n"
            + "\n".join(rows) + f"\n\n注：数据统计截至{d['year']}年12月31日。\n"), _exp(d)


def k_keep_seal_luokuan(d):
    """The issuer named only in the 落款: title `关于{Y}年度法治政府建设情况的报告`, the issuer's names in the body
    → 我{X}, the page's lines above the title dropped; signature `{issuer}（盖章）` and a date."""
    if not _ok(d):
        return None
    above, title, rest = _report_part(d)
    body = _cut("\n".join(rest), d)
    w = lw(d)
    for n in sorted(set(d["issuers"] + [core(d), issuer(d)]), key=len, reverse=True):
        body = body.replace(n, "我" + w)
    if core(d)[:3] in body:
        return None
    body = "\n".join(l for l in body.split("\n") if not (DATE_LINE.search(l) and len(l.strip()) < 60)
                     and l.strip() != "我" + w)
    day = rng_for(d, "seal").randint(5, 28)
    y1 = d["year"] + 1
    return (f"关于{d['year']}年度法治政府建设情况的报告\n" + body.rstrip()
            + f"\n\n{sig_name(d)}（盖章）\n{y1}年3月{day}日\n", _exp(d, publish_date=[f"{y1}-03-{day:02d}"]))


# ================================================================ like
def k_like_taizhang(d):
    """A 法治政府建设工作台账: a running ledger (序号 / 工作任务 / 责任科室 / 完成时间 / 完成情况 / 佐证材料), the report's
    sentences cut into the 完成情况 column, no prose."""
    ss = _ss(d, 10)
    if len(ss) < 5:
        return None
    r = rng_for(d, "tz")
    y = d["year"]
    rows = []
    for i, s in enumerate(ss):
        task, rest = A.first_verb_split(A.unenum(s))
        rows.append(f"{i + 1}\t{rest[:18]}\t{r.choice(['办公室', '法制股', '综合科', '政策法规科'])}\t{y}年{r.randint(1, 12)}月\t"
                    f"{s}\t{r.choice(['会议记录', '文件', '照片', '签到表'])}")
    return (f"{issuer(d)}{y}年度法治政府建设工作台账\n\n填报单位：{issuer(d)}　　填报人：{person(d, 'tz')}　　更新时间：{y}年12月\n"
            f"序号\t工作任务\t责任科室\t完成时间\t完成情况\t佐证材料\n" + "\n".join(rows) + "\n")


def k_like_fengong(d):
    """A `{issuer}{Y+1}年度法治政府建设重点任务分工方案`: 为…制定本方案, numbered tasks from the report's sentences
    (past markers dropped), each with 牵头单位 / 配合单位 / 完成时限."""
    ss = [A.strip_past(A.unenum(s)) for s in own_sents(d, 12) if not A.has_result(s)]
    ss = [we_to(s, d, "") for s in ss][:7]
    if len(ss) < 4:
        return None
    y1 = d["year"] + 1
    r = rng_for(d, "fg")
    units = ["司法局", "政府办", "发改局", "财政局", "市场监管局", "综合执法局", "人社局", "信访局"]
    out = []
    for i, s in enumerate(ss):
        out.append(f"{i + 1}．{s}\n牵头单位：{r.choice(units)}　配合单位：{r.choice(units)}、各有关单位　完成时限：{y1}年{r.randint(3, 12)}月底前")
    return (f"{issuer(d)}{y1}年度法治政府建设重点任务分工方案\n\n"
            f"　　为深入推进{core(d)}法治政府建设，确保{y1}年度各项任务落到实处，结合实际，制定本方案。\n"
            f"一、总体要求\n　　坚持以习近平法治思想为指导，明确责任分工，压实工作责任。\n二、任务分工\n" + "\n".join(out) +
            f"\n三、工作要求\n　　各牵头单位要于每季度末将任务推进情况报送{lw(d)}法治建设办公室。\n\n{issuer(d)}办公室\n{y1}年2月{r.randint(3, 26)}日\n")


ROLES = {"镇": ["党委书记", "镇长", "党委副书记", "副镇长"], "乡": ["党委书记", "乡长", "党委副书记", "副乡长"],
         "街道": ["党工委书记", "办事处主任", "党工委副书记", "办事处副主任"], "县": ["县委书记", "县长", "常务副县长", "副县长"],
         "区": ["区委书记", "区长", "常务副区长", "副区长"], "市": ["市委书记", "市长", "常务副市长", "副市长"],
         "省": ["省委书记", "省长", "常务副省长", "副省长"]}


def k_like_shufa_huizong(d):
    """A summary of several leaders' 述法 at the year-end 述法评议会: `{unit}{Y}年度领导班子成员述法情况汇总`, one part
    per named leader (his 述法 from the report's sentences), then 民主测评 results (满意 / 基本满意 counts)."""
    ss = _ss(d, 12)
    if len(ss) < 6:
        return None
    roles = ROLES.get(lw(d), ["党组书记、局长", "党组副书记", "副局长", "副局长"])
    r = rng_for(d, "sf")
    y = d["year"]
    parts = []
    for i, ro in enumerate(roles):
        nm = person(d, f"sf{i}")
        parts.append(f"（{cn_num(i + 1)}）{ro}{nm}同志述法情况\n　　{nm}同志围绕履行推进法治建设职责述法。{''.join(ss[i * 3:i * 3 + 2])}")
    n = r.randint(40, 80)
    return (f"{core(d)}{y}年度领导班子成员述法情况汇总\n\n　　{y + 1}年1月{r.randint(5, 20)}日，{core(d)}召开年终述法评议会，"
            f"领导班子成员{len(roles)}人逐一现场述法，{n}名干部代表参加民主测评。现将述法情况汇总如下：\n"
            + "\n".join(parts) + f"\n二、民主测评情况\n　　共发放测评表{n}份，收回{n}份，述法人员测评结果均为“满意”或“基本满意”。\n"
            f"三、评议意见\n　　述法人员对照职责清单逐项报告，但对存在问题剖析还不够深入，下一步将持续完善述法评议机制。\n")


def k_like_zfgzbg_fazhi(d):
    """The 法治 passage of the next year's 政府工作报告: `{Y+1}年{core}政府工作报告` with the 人大 session line,
    `（节选）`, a 过去一年 paragraph of the report's sentences and a 今年 paragraph, then `（摘自…）`."""
    if not A.is_gov(d) or lw(d) not in ("县", "区", "市", "省", "旗", "州"):
        return None
    ss = _ss(d, 6)
    if len(ss) < 4:
        return None
    y1 = d["year"] + 1
    c = core(d)
    r = rng_for(d, "gz")
    return (f"政府工作报告（节选）\n——{y1}年1月{r.randint(6, 20)}日在{c}第{cn_num(r.randint(15, 18))}届人民代表大会第{cn_num(r.randint(3, 5))}次会议上\n"
            f"{c}{leader(d) if hasattr(A, 'leader') else '负责人'}　{person(d, 'gz')}\n\n各位代表：\n"
            f"　　……\n　　（七）坚持依法行政，建设人民满意的法治政府。{''.join(ss[:4])}\n"
            f"　　……\n　　今年，我们将{A.first_verb_split(A.strip_past(A.unenum(ss[4] if len(ss) > 4 else ss[0])))[1]}自觉接受人大法律监督、政协民主监督，"
            f"认真办理人大代表建议和政协委员提案。\n　　……\n\n（摘自{c}人民政府门户网站）\n")


def leader(d):
    return A.leader(d)


def k_like_kaoshi(d):
    """A 依法行政知识考试试题: 单项选择题 built from the report's sentences (a figure or a phrase blanked, four
    options), 判断题, 简答题, and a 参考答案 block."""
    fs = figures(d, 6)
    ss = own_sents(d, 10)
    if len(fs) < 2 or len(ss) < 3:
        return None
    r = rng_for(d, "ks")
    y = d["year"]
    qs, ans = [], []
    for i, (a, b, c) in enumerate(fs[:4]):
        v = float(b)
        opts = sorted({b, str(int(v) + 2), str(max(int(v) - 1, 0)), str(int(v) * 2 + 1)})
        while len(opts) < 4:
            opts.append(str(int(v) + 5 + len(opts)))
        qs.append(f"{i + 1}．{y}年，{core(d)}{a}（　　）{c}。\n" + "　".join(f"{'ABCD'[k]}．{o}" for k, o in enumerate(opts[:4])))
        ans.append(f"{i + 1}．{'ABCD'[opts.index(b)] if b in opts[:4] else 'A'}")
    tf = [f"{k + 1}．{A.unenum(s)}（　　）" for k, s in enumerate(ss[:3])]
    return (f"{y}年度{core(d)}依法行政知识考试试题\n\n单位：________　姓名：________　得分：________\n"
            f"（考试时间60分钟，满分100分）\n\n一、单项选择题（每题5分）\n" + "\n".join(qs) +
            "\n二、判断题（正确的打“√”，错误的打“×”，每题5分）\n" + "\n".join(tf) +
            "\n三、简答题（每题20分）\n1．简述法治政府建设的主要任务。\n2．结合本职工作，谈谈如何做到严格规范公正文明执法。\n\n"
            "参考答案\n一、" + "　".join(ans) + "\n二、" + "　".join(f"{k + 1}．√" for k in range(len(tf))) + f"\n")


def k_like_wenjuan(d):
    """A 法治政府建设群众满意度调查问卷: 尊敬的…, numbered questions with A—D options, some naming the report's own
    measures (its top headings), a free-text question and a thank-you line."""
    hs = [re.sub(r"^\s*[一二三四五六七八九十]+\s*[、.．]", "", h) for h in heads_of(d, top_only=False)]
    hs = [h for h in hs if 4 <= len(h) <= 30 and not A.PLAN_HEAD.search(h) and not A.SHORT_HEAD.search(h)][:4]
    if len(hs) < 2:
        return None
    y = d["year"]
    c = core(d)
    qs = [f"1．您的身份是？\nA．机关干部　B．企业人员　C．个体工商户　D．其他",
          f"2．您对{c}{y}年法治政府建设总体情况是否满意？\nA．满意　B．比较满意　C．一般　D．不满意"]
    for h in hs:
        qs.append(f"{len(qs) + 1}．您如何评价“{h}”方面的工作？\nA．很好　B．较好　C．一般　D．较差　E．不了解")
    qs.append(f"{len(qs) + 1}．您认为{c}在法治政府建设方面还有哪些需要改进的地方？\n________________________")
    return (f"{c}法治政府建设群众满意度调查问卷\n\n尊敬的朋友：\n　　您好！为了解社会公众对{c}法治政府建设工作的评价，"
            f"我们开展本次问卷调查。问卷采取匿名方式，请在您认同的选项上打“√”。\n\n" + "\n".join(qs) +
            f"\n\n本问卷调查结束，感谢您的支持与配合！\n{c}全面依法治{lw(d) if len(lw(d)) == 1 else '区'}委员会办公室\n{y}年11月\n")


def k_like_fabuhui(d):
    """A 新闻发布会 transcript: 主持人 opens, the unit's head (发布人) gives the year's work in the report's sentences,
    then 记者提问 / 答 with 媒体 names, 主持人 closes."""
    ss = _ss(d, 10)
    if len(ss) < 6:
        return None
    r = rng_for(d, "fb")
    y1 = d["year"] + 1
    c = core(d)
    who = f"{c}{'司法局局长' if d['level'] in ('county', 'city', 'province') else leader(d)}{person(d, 'fb')}"
    media = ["人民网", "新华社", f"{c[:2]}日报", f"{c[:2]}广播电视台"]
    return (f"{c}{d['year']}年度法治政府建设新闻发布会实录\n\n时间：{y1}年3月{r.randint(3, 26)}日上午10:00\n地点：{c}新闻发布厅\n\n"
            f"主持人：各位媒体朋友，大家上午好！欢迎参加今天的新闻发布会。今天我们邀请到{who}，介绍{c}法治政府建设有关情况，"
            f"并回答大家关心的问题。首先请{person(d, 'fb')}发布。\n\n{person(d, 'fb')}：各位记者朋友，大家好！{''.join(ss[:4])}\n\n"
            f"主持人：下面进入提问环节，提问前请通报所在新闻机构。\n\n{media[0]}记者：请问在规范行政执法方面有哪些具体举措？\n"
            f"{person(d, 'fb')}：谢谢您的提问。{''.join(ss[4:6])}\n\n{media[2]}记者：下一步还有哪些打算？\n"
            f"{person(d, 'fb')}：{''.join(ss[6:8]) or '我们将持续深化法治政府建设。'}\n\n主持人：今天的新闻发布会到此结束，谢谢大家！\n")


_D = {}


def _DOCS():
    if "d" not in _D:
        _D["d"] = load_docs()
    return _D["d"]


KEEP = {
    "keep_dept_jiancheng": k_keep_dept_jiancheng,
    "keep_devzone_under_city": k_keep_devzone_under_city,
    "keep_province_ting": k_keep_province_ting,
    "keep_month_cn_sign": k_keep_month_cn_sign,
    "keep_title_year_alone": k_keep_title_year_alone,
    "keep_toc_first": k_keep_toc_first,
    "keep_fujian_zhibiao": k_keep_fujian_zhibiao,
    "keep_seal_luokuan": k_keep_seal_luokuan,
}
LIKE = {
    "like_taizhang": k_like_taizhang,
    "like_fengong": k_like_fengong,
    "like_shufa_huizong": k_like_shufa_huizong,
    "like_zfgzbg_fazhi": k_like_zfgzbg_fazhi,
    "like_kaoshi": k_like_kaoshi,
    "like_wenjuan": k_like_wenjuan,
    "like_fabuhui": k_like_fabuhui,
}
KINDS = {**KEEP, **LIKE}
DOCS_PER_KIND = {k: 5 for k in KINDS}


def _run(kind, d):
    out = KINDS[kind](d)
    if out is None:
        return None, None
    if kind in KEEP:
        return out
    return out, {"is_report": False, "or_review_note": True}


def build_cases(seed):
    """Documents drawn per kind at random; one complete dev report first (where the kind accepts one), then the rest."""
    docs = _DOCS()
    rng = random.Random(seed)
    cases = []
    for kind in KINDS:
        rels = sorted(docs)
        rng.shuffle(rels)
        full = [r for r in rels if docs[r]["full"]]
        rest = [r for r in rels if not docs[r]["full"]]
        n = 0
        for rel in full[:1] + rest + full[1:]:
            text, exp = _run(kind, docs[rel])
            if text is None or text == docs[rel]["text"]:
                continue
            cases.append({"case": f"{kind}@{docs[rel]['name']}", "kind": kind, "doc": rel, "expect": exp})
            n += 1
            if n >= DOCS_PER_KIND[kind]:
                break
    return cases


def edited_text(case, docs=None):
    docs = docs or _DOCS()
    return _run(case["kind"], docs[case["doc"]])[0]


if __name__ == "__main__":
    import json
    sp = os.path.join(HERE, "split-f.json")
    seed = json.load(open(sp))["seed"] if os.path.exists(sp) else 1
    if sys.argv[1:2] == ["--show"]:
        kind, doc = sys.argv[2], sys.argv[3]
        docs = _DOCS()
        rel = next(r for r in docs if docs[r]["name"] == doc)
        sys.stdout.write(_run(kind, docs[rel])[0])
    else:
        cs = build_cases(int(sys.argv[2]) if sys.argv[1:2] == ["--seed"] else seed)
        for c in cs:
            print(c["case"], c["doc"])
        import collections
        print(collections.Counter(c["kind"] for c in cs), file=sys.stderr)
        print(len(cs), "cases", file=sys.stderr)
