#!/usr/bin/env python3
"""Kind set k: real reports made harder (must stay reports, with the right title / issuer / level / report year)
and look-alikes built from the reports' own text (must be refused or flagged).  First sight: written without
reading fzscore's code, rubrics or data.

Reuses kind set j's helpers (and through them sets a / b / f / g / i), imported, not edited.  Every case is built
in code from a real labelled report.  Expectation by family:

- "keep": document.is_report true; title (one of a list, compared after eval_corpus.norm), issuer, level,
  report_year as the case's expectation says (a list accepts any of its items);
- "like": is_report false, or true with a review note (document.review_notes non-empty or needs_review true).

    python3 kind_edits_k.py --list           # the cases of the stored split's seed
    python3 kind_edits_k.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
"""
from __future__ import annotations

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kind-j"))
import kind_edits_j as J  # noqa: E402

A = J.A
load_docs, core, lw, parent, rng_for, person = J.load_docs, J.core, J.lw, J.parent, J.rng_for, J.person
cn_num, we_to, norm = J.cn_num, J.we_to, J.norm
own_sents, _ok, _exp, _cut, _report_part = J.own_sents, J._ok, J._exp, J._cut, J._report_part
sig_name, _third, _no_dates, _tasks, _shortfalls, _paras, _date = (
    J.sig_name, J._third, J._no_dates, J._tasks, J._shortfalls, J._paras, J._date)
_tx, _ex, ZONE = J._tx, J._ex, J.ZONE

CN_DIGIT = "〇一二三四五六七八九"
HEAD = re.compile(r"^[\s　]*([一二三四五六七八九十]{1,3})、")


def cn_year(y):
    return "".join(CN_DIGIT[int(c)] for c in str(y))


def cn_date(y, m, day):
    return f"{cn_year(y)}年{cn_num(m)}月{cn_num(day)}日"


def _drop_sig(lines, d):
    """Lines without the ones that are just one of the unit's labelled names (a signature)."""
    names = {norm(n) for n in d["issuers"]} | {norm(sig_name(d)), norm(core(d))}
    return [l for l in lines if norm(l) not in names]


def _gov_county(d):
    return A.is_gov(d) and d["level"] in ("county", "city") and not any(ZONE.search(n) for n in d["issuers"])


# ================================================================ keep
def k_keep_wenjian_letterhead(d):
    """The unit's red-head letterhead above the title: `{unit}文件` (governments: `{unit}人民政府文件`), the 文号
    `{X}政发〔{Y+1}〕{n}号` (departments `{X}发〔…〕`), a rule line; the page's own lines above the title dropped;
    抄送 / 印发 lines at the end."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    r = rng_for(d, "wj")
    c = core(d)
    if A.is_gov(d):
        ab = c[0] if d["level"] in ("county", "city", "province") else c[:2]
        no = f"{ab}政发〔{d['year'] + 1}〕{r.randint(1, 30)}号"
        head = f"{sig_name(d)}文件"
    else:
        no = f"{c[:2]}发〔{d['year'] + 1}〕{r.randint(1, 30)}号"
        head = f"{A.issuer(d)}文件"
    y, m, day = _date(d, "wj")
    top = [head, "", no, "", "━━━━━━━━━━━━━━━━━━━━━━━━", ""]
    tail = ["", "━━━━━━━━━━━━━━━━━━━━━━━━", f"抄送：{parent(d)}依法治{parent(d)[-1:] or '省'}办。",
            f"{sig_name(d)}办公室　　　　{y}年{m}月{day}日印发"]
    return "\n".join(top + title + rest + tail) + "\n", _ex(d, _tx(d, []))


def _wrap(s, w=26):
    return [s[i:i + w] for i in range(0, len(s), w)]


def k_keep_zhaiyao_box(d):
    """A summary in a text box right under the title: box-drawing lines around `摘要：` + two of the report's own
    sentences + `全文分为…部分。`; the page's lines above the title dropped."""
    if not _ok(d, 6) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    ss = own_sents(d, 2)
    if len(ss) < 2:
        return None
    heads = [l for l in rest if HEAD.match(l)]
    n = len(heads) if len(heads) >= 2 else 3
    summ = "摘要：" + "".join(ss) + f"全文分为{cn_num(n)}个部分。"
    box = ["┌" + "─" * 27 + "┐"] + ["│" + l + "　" * (26 - len(l)) + "│" for l in _wrap(summ)] + ["└" + "─" * 27 + "┘"]
    return "\n".join(title + [""] + box + [""] + rest) + "\n", _ex(d, _tx(d, []))


def k_keep_short_sign(d):
    """A department's report whose title does not name it in full, signed only by its short name (`县司法局`,
    `市教育局`: the place dropped); the signature lines that give a labelled name are removed and the short name +
    date signs; lines above the title dropped, the title kept."""
    if d["level"] != "department" or not _ok(d) or not d["titles"]:
        return None
    c = core(d)
    m = re.match(r"^(.{2,}?)(省|市(?!场)|县|区|旗|州)(.{2,})$", c)
    if not m or not re.search(r"(局|委|办|厅)$", c):
        return None
    short = m.group(2) + m.group(3)
    if len(short) >= len(c) - 1 or c in norm(d["titles"][0]):  # only titles that do not name the unit in full
        return None
    above, title, rest = _report_part(d)
    body = _drop_sig(_no_dates(rest), d)
    body = "\n".join(body).rstrip("\n ")
    y, m2, day = _date(d, "ss")
    return "\n".join(title + [body, "", "　　　　　　　　　　　　" + short, f"　　　　　　　　　　　　{y}年{m2}月{day}日"]) + "\n", \
        _ex(d, _tx(d, []))


def k_keep_shangyinian_luokuan(d):
    """The report year only as 上一年度 / 去年 (Y年度 → 上一年度, Y年 → 去年, Y+1年 → 今年, Chinese-numeral years too) and
    the year of the 落款 date in Chinese numerals (Y+1); lines above the title and dated lines dropped.  Documents
    where any other four-digit year remains are not used."""
    if not _ok(d, 5) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    y = d["year"]
    t = "\n".join(title + _drop_sig(_no_dates(rest), d))
    for a, b in ((f"{y}年度", "上一年度"), (f"{cn_year(y)}年度", "上一年度"), (f"{y}年", "去年"),
                 (f"{cn_year(y)}年", "去年"), (f"{y + 1}年", "今年"), (f"{cn_year(y + 1)}年", "今年")):
        t = t.replace(a, b)
    if re.search(r"(19|20)\d\d", t) or re.search(r"二[〇○零]", t):
        return None
    if not re.search(r"(上一年度|去年)", "".join(t.split("\n")[:len(title)])):
        return None
    ny, m, day = _date(d, "sy")
    nt = [norm(x.replace(f"{y}年度", "上一年度").replace(f"{y}年", "去年")) for x in d["titles"]]
    return t.rstrip() + "\n\n" + sig_name(d) + "\n" + cn_date(ny, m, day) + "\n", _ex(d, nt + [norm(x) for x in d["titles"]])


def k_keep_shengzhiguan(d):
    """A county-level government's report written as a 省直管县's: addressed `{province}人民政府：` (or `省人民政府：`),
    the first paragraph opened by `作为全省省直管县（市）体制改革试点，…直接向省政府报告…`; lines above the title
    dropped; signature and date.  (The unit's real status is not checked: the case tests the wording.)"""
    if not _gov_county(d) or d["level"] != "county" or not _ok(d) or not d["titles"]:
        return None
    c = core(d)
    if not re.search(r"(县|市)$", c):
        return None
    names = " ".join(d["issuers"] + d["titles"])
    pm = re.search(r"([^\s，、]{2,3}(?:省|自治区))", names)
    prov = (pm.group(1) if pm else "省") + "人民政府"
    above, title, rest = _report_part(d)
    body = _drop_sig(_no_dates(rest), d)
    i = next((k for k, l in enumerate(body) if len(l.strip()) > 30), None)
    if i is None:
        return None
    lead = (f"　　作为全省省直管县（市）体制改革试点，{c}在财政、人事和重大事项上直接对省负责。现将{d['year']}年度"
            f"法治政府建设情况直接报告省政府。")
    y, m, day = _date(d, "zg")
    t = title + ["", f"{prov}：", lead] + body + ["", sig_name(d), f"{y}年{m}月{day}日"]
    return "\n".join(t) + "\n", _ex(d, _tx(d, []))


SHUFA = re.compile(r"(第一责任人|主要负责人|主要负责同志|党政主要)")


def k_keep_shufa_section(d):
    """A report split by 一、二、三、 whose part on the 第一责任人 duty is titled `X、党政主要负责人述法情况`: an existing
    heading that names 第一责任人 / 主要负责人 is renamed; else such a part (the report's sentences on the duty) is
    inserted before the last heading and the later headings renumbered.  Lines above the title dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    rest = _no_dates(rest)
    hs = []
    for i, l in enumerate(rest):  # the 一、二、三、 headings in order (other lines with a numeral are skipped)
        if HEAD.match(l) and len(l.strip()) < 50 and HEAD.match(l).group(1) == cn_num(len(hs) + 1):
            hs.append(i)
    if len(hs) < 3:
        return None
    hit = [i for i in hs if SHUFA.search(rest[i])]
    if hit:
        i = hit[0]
        rest = rest[:i] + [f"{HEAD.match(rest[i]).group(1)}、党政主要负责人述法情况"] + rest[i + 1:]
    else:
        ss = [s for s in own_sents(d) if SHUFA.search(s)][:3]
        if not ss:
            return None
        at = hs[-1]
        k = len(hs)
        new = [f"{cn_num(k)}、党政主要负责人述法情况", _paras(ss, 2)]
        later = [re.sub(r"^([\s　]*)[一二三四五六七八九十]{1,3}、", lambda m: m.group(1) + cn_num(k + 1) + "、", rest[at], 1)]
        rest = rest[:at] + new + later + rest[at + 1:]
    return "\n".join(title + rest) + "\n", _ex(d, _tx(d, []))


# ================================================================ like
def k_like_tuijinhui_jiyao(d):
    """`{unit}法治政府建设工作推进会会议纪要` (governments): 第N期, the office, date; 会议听取了… (a 汇报 on the year's
    work), 一、会议认为 (the report's sentences, third person), 二、会议指出 (its shortfalls), 三、会议要求 (its tasks as
    各单位要…), 出席 / 列席 lists."""
    if not A.is_gov(d) or any(ZONE.search(n) for n in d["issuers"]):
        return None
    ss = [_third(s, d) for s in own_sents(d, 4)]
    sf = _shortfalls(d, 2)
    tk = _tasks(d, 3)
    if len(ss) < 3 or not tk:
        return None
    c, w = core(d), lw(d)
    r = rng_for(d, "jy")
    y, m, day = _date(d, "jy")
    t = [f"{c}法治政府建设工作推进会会议纪要", "", f"〔{y}〕第{r.randint(1, 12)}期", "",
         f"{sig_name(d)}办公室　　　　　　{y}年{m}月{day}日", "",
         f"　　{y}年{m}月{day}日，{c}主要负责同志主持召开全{w}法治政府建设工作推进会。会议听取了司法行政部门关于"
         f"{d['year']}年法治政府建设工作推进情况的汇报，分析了存在问题，部署了下一阶段重点工作。现将会议主要精神纪要如下：",
         "　　一、会议认为", "　　" + "".join(ss[:2]), _paras(ss[2:], 2),
         "　　二、会议指出", _paras(sf, 1) if sf else "　　部分单位对法治政府建设重视不够，工作推进不平衡。",
         "　　三、会议要求", _paras(["各单位要" + re.sub(r"^(要|我们要|将|继续)", "", s) for s in tk], 1),
         f"　　出席：{c}领导班子成员", f"　　列席：{c}各部门主要负责同志", "", f"　　记录：{person(d, 'jy')}"]
    return "\n".join(t) + "\n"


def k_like_zhifa_jiancha_tongbao(d):
    """`关于{Y}年度行政执法监督检查情况的通报` by the county's / city's 司法局: 检查方式, 评查案卷 counts per department
    (five named departments of the unit), 总体情况 (two report sentences on 执法, third person), 存在问题, 整改要求,
    the 司法局 and a date."""
    if not _gov_county(d):
        return None
    zf = [_third(s, d) for s in own_sents(d, None, r"(执法|处罚|案卷)")][:2]
    sf = _shortfalls(d, 2)
    if not zf:
        return None
    c, w = core(d), lw(d)
    r = rng_for(d, "tb")
    y, m, day = _date(d, "tb")
    mo = r.randint(8, 10)
    deps = ["市场监督管理局", "交通运输局", "自然资源局", "应急管理局", "农业农村局"]
    rows = [f"{k + 1}\t{c}{dp}\t{r.randint(8, 40)}\t{r.randint(80, 98)}" for k, dp in enumerate(deps)]
    t = [f"{c}司法局", f"关于{d['year']}年度行政执法监督检查情况的通报", "", f"{c}各行政执法单位：",
         f"　　为规范行政执法行为，{c}司法局于{d['year']}年{mo}月至{mo + 2}月组织开展了行政执法"
         f"监督检查，采取查阅资料、抽查案卷、实地察看等方式，共评查行政处罚和行政许可案卷{r.randint(120, 300)}卷。"
         f"现将检查情况通报如下：",
         "　　一、总体情况", _paras(zf, 2), "序号\t单位\t评查案卷（卷）\t平均得分",
         *rows,
         "　　二、存在问题",
         _paras(sf, 1) if sf else "　　个别单位执法文书制作不规范，证据收集不全面。",
         "　　部分案卷存在事实认定表述不清、法律适用不准确、送达程序不完整等问题。",
         "　　三、整改要求",
         f"　　各单位要对照本通报指出的问题，于{y}年{m + 1}月底前完成整改，并将整改情况书面报送{c}司法局。",
         "", f"{c}司法局", f"{y}年{m}月{day}日"]
    return "\n".join(t) + "\n"


def k_like_wenjuan_jieguo(d):
    """`{unit}{Y}年度法治政府建设群众满意度问卷调查结果分析报告`, by a statistics / survey centre: 调查概况 (问卷 counts,
    回收率), 受访者构成, 调查结果 (per-question 满意 / 基本满意 / 不满意 percentages), 主要评价 (two of the report's
    sentences, third person, as what the respondents saw), 意见建议."""
    if not A.is_gov(d) or any(ZONE.search(n) for n in d["issuers"]):
        return None
    ss = [_third(s, d) for s in own_sents(d, 2)]
    if len(ss) < 2:
        return None
    c = core(d)
    r = rng_for(d, "wj2")
    y, m, day = _date(d, "wj2")
    sent = r.randint(600, 2000)
    back = sent - r.randint(10, 80)
    qs = ["政务公开", "行政执法规范", "政务服务便利度", "矛盾纠纷化解", "普法宣传"]
    res = []
    for k, q in enumerate(qs):
        a = r.randint(55, 80)
        b = r.randint(10, 100 - a - 2)
        res.append(f"　　{cn_num(k + 1)}是对{q}的评价：满意{a}%，基本满意{b}%，不满意{100 - a - b}%。")
    t = [f"{c}{d['year']}年度法治政府建设群众满意度问卷调查结果分析报告", "", f"{c}社情民意调查中心", "",
         "　　一、调查概况",
         f"　　受{c}依法治{lw(d)}办委托，本中心于{y}年{m}月采取线上问卷与入户访问相结合的方式开展调查，共发放问卷{sent}份，"
         f"回收有效问卷{back}份，有效回收率{back * 100 // sent}%。受访者中，城镇居民占{r.randint(40, 60)}%，"
         f"企业经营者占{r.randint(10, 20)}%，其余为农村居民。",
         "　　二、调查结果", f"　　总体满意率为{r.randint(85, 96)}.{r.randint(0, 9)}%。", *res,
         "　　三、主要评价", "　　受访群众普遍认可以下工作：" + "".join(ss),
         "　　四、意见建议", "　　受访者反映较多的意见集中在办事流程仍较繁琐、执法人员态度有待改进等方面，建议相关部门加以改进。",
         "", f"{c}社情民意调查中心", f"{y}年{m}月{day}日"]
    return "\n".join(t) + "\n"


def k_like_yifa_zhixiao(d):
    """A school's `{Y}年度依法治校工作情况报告` (`{place}第一中学` / `{place}中心小学`, from county / township
    governments): 我校, 学校章程, 教职工代表大会, 法治副校长, 青少年法治教育, and the unit's sentences on 学法 / 普法 /
    制度 / 合同 with 我X → 我校; 存在问题, 下一步; the school signs."""
    if d["level"] not in ("county", "township") or not A.is_gov(d) or any(ZONE.search(n) for n in d["issuers"]):
        return None
    ss = [we_to(s, d, "我校") for s in own_sents(d, None, r"(学法|普法|制度|合同|法律顾问|宪法)")][:3]
    if len(ss) < 2:
        return None
    c = core(d)
    sch = c + ("第一中学" if d["level"] == "county" else "中心小学")
    r = rng_for(d, "xx")
    y, m, day = _date(d, "xx")
    t = [f"{sch}{d['year']}年度依法治校工作情况报告", "",
         f"　　{d['year']}年，我校坚持以习近平法治思想为指导，全面落实依法治校各项要求，推进学校治理体系和治理能力现代化。"
         f"现将有关情况报告如下：",
         "　　一、完善学校制度体系",
         f"　　修订完善学校章程，健全校长办公会议、教职工代表大会等制度，全年召开教职工代表大会{cn_num(r.randint(1, 3))}次，"
         f"审议通过《绩效工资分配方案》等制度{r.randint(3, 9)}项。" + ss[0],
         "　　二、加强青少年法治教育",
         f"　　聘请{person(d, 'xx')}同志担任法治副校长，开展“宪法进校园”“防欺凌”等主题教育活动{r.randint(6, 20)}场次，"
         f"覆盖学生{r.randint(600, 3000)}人次。" + "".join(ss[1:]),
         "　　三、维护师生合法权益",
         "　　建立教职工申诉和学生申诉处理机制，全年妥善处理家校纠纷，未发生重大校园安全事故。",
         "　　四、存在问题和下一步打算",
         "　　部分教师法治素养有待提高，法治教育形式还不够丰富。下一步，我校将继续深化依法治校示范校创建，推动法治教育常态化。",
         "", sch, f"{y}年{m}月{day}日"]
    return "\n".join(t) + "\n"


def k_like_xuanchuan_fangan(d):
    """`{unit}{Y+1}年“宪法宣传周”法治宣传活动方案` (by the unit's 普法 office): 一、活动主题, 二、活动时间, 三、活动内容
    (numbered activities, one built from the report's own 普法 sentence as 延续…的做法), 四、工作要求, the office and a date."""
    ss = [_third(s, d) for s in own_sents(d, None, r"(普法|宣传|宪法)")][:1]
    if not ss or any(ZONE.search(n) for n in d["issuers"]):
        return None
    c = core(d)
    r = rng_for(d, "fa")
    y, m, day = _date(d, "fa")
    office = f"{c}普法办" if A.is_gov(d) else f"{c}办公室"
    acts = ["组织“宪法进机关、进乡村、进社区、进学校、进企业”集中宣传活动", "开展国家工作人员宪法知识网上测试",
            "在政务服务大厅、广场电子屏滚动播放宪法宣传标语", "举办一场“法律明白人”宪法宣讲报告会"]
    r.shuffle(acts)
    t = [f"{c}{d['year'] + 1}年“宪法宣传周”法治宣传活动方案", "",
         f"　　为深入学习宣传贯彻宪法，营造尊法学法守法用法的良好氛围，结合工作实际，制定本方案。",
         "　　一、活动主题", "　　大力弘扬宪法精神，推进法治社会建设。",
         "　　二、活动时间", f"　　{d['year'] + 1}年12月1日至12月7日。",
         "　　三、活动内容",
         *[f"　　（{cn_num(k + 1)}）{a}。" for k, a in enumerate(acts[:3])],
         f"　　（四）延续上年做法。" + ss[0],
         "　　四、工作要求",
         f"　　各单位要高度重视，明确专人负责，于12月10日前将活动开展情况报送{office}。",
         "", office, f"{y}年{m}月{day}日"]
    return "\n".join(t) + "\n"


# ================================================================ registry
KEEP = {
    "keep_wenjian_letterhead": k_keep_wenjian_letterhead,
    "keep_zhaiyao_box": k_keep_zhaiyao_box,
    "keep_short_sign": k_keep_short_sign,
    "keep_shangyinian_luokuan": k_keep_shangyinian_luokuan,
    "keep_shengzhiguan": k_keep_shengzhiguan,
    "keep_shufa_section": k_keep_shufa_section,
}
LIKE = {
    "like_tuijinhui_jiyao": k_like_tuijinhui_jiyao,
    "like_zhifa_jiancha_tongbao": k_like_zhifa_jiancha_tongbao,
    "like_wenjuan_jieguo": k_like_wenjuan_jieguo,
    "like_yifa_zhixiao": k_like_yifa_zhixiao,
    "like_xuanchuan_fangan": k_like_xuanchuan_fangan,
}
KINDS = {**KEEP, **LIKE}
DOCS_PER_KIND = {k: 6 for k in KINDS}


def _run(kind, d):
    out = KINDS[kind](d)
    if out is None:
        return None, None
    if kind in KEEP:
        return out
    return out, {"is_report": False, "or_review_note": True}


def build_cases(seed):
    """Documents drawn per kind at random; one complete dev report first (where the kind accepts one), then the rest."""
    docs = load_docs()
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
    docs = docs or load_docs()
    return _run(case["kind"], docs[case["doc"]])[0]


if __name__ == "__main__":
    import json
    sp = os.path.join(HERE, "split-k.json")
    seed = json.load(open(sp))["seed"] if os.path.exists(sp) else 1
    if sys.argv[1:2] == ["--show"]:
        kind, doc = sys.argv[2], sys.argv[3]
        docs = load_docs()
        rel = next(r for r in docs if docs[r]["name"] == doc)
        sys.stdout.write(_run(kind, docs[rel])[0])
    else:
        cs = build_cases(int(sys.argv[2]) if sys.argv[1:2] == ["--seed"] else seed)
        for c in cs:
            print(c["case"], c["doc"])
        import collections
        print(collections.Counter(c["kind"] for c in cs), file=sys.stderr)
        print(len(cs), "cases", file=sys.stderr)
