#!/usr/bin/env python3
"""Kind set e: real reports made unusual (must stay reports, with the right issuer / level / report year) and
look-alikes (must be refused or flagged).  First sight: written without reading fzscore's code, rubrics or data.

Reuses kind set a's document loading and helpers and set b's sentence helpers (imported, not edited).
Every case is built in code from a real labelled report.  Expectation by family:

- "keep": document.is_report true, and issuer / level / report_year as the case's expectation says;
- "like": is_report false, or true with at least one entry in document.review_notes.

    python3 kind_edits_e.py --list           # the cases of the stored split's seed
    python3 kind_edits_e.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
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
norm = A.norm


def _ok(d, n=4):
    return bool(d["title_idx"]) and len(body_sentences(d)) >= n


def _cut(t, d):
    return t if d["full"] else t[: t.rfind("。") + 1]


def _body_text(d):
    """The text after the title, closed at its last full stop when the page is cut."""
    ls = d["text"].split("\n")
    return _cut("\n".join(ls[d["title_idx"][-1] + 1:]), d)


def _paras(ss, k=3):
    return "\n".join("　　" + "".join(ss[i:i + k]) for i in range(0, len(ss), k))


def _exp(d, issuers=None, year=None, level=None):
    return {"is_report": True, "issuer": issuers or d["issuers"], "level": level or d["level"],
            "report_year": year or d["year"]}


# ================================================================ keep
GANG_2015 = "《法治政府建设实施纲要（2015—2020年）》"


def _old_years(d, ty):
    if not _ok(d) or d["year"] < 2021:
        return None
    delta = ty - d["year"]
    t = re.sub(r"法治政府建设实施纲要[（(]\s*2021[^)）]{0,12}[)）]", "法治政府建设实施纲要（@GANG@）", d["text"])
    t = A.shift_years(t, delta, set(range(2015, d["year"] + 2)))
    t = t.replace("@GANG@", "2015—2020年")
    for a, b in A.OLD_WORDS:
        t = re.sub(a, b, t)
    t = re.sub(r"(十四五|“十四五”)", "“十三五”", t)
    return t


def k_keep_y2020_shouguan(d):
    """Moved to report year 2020 (the last year of the 2015—2020 纲要): old wording, and an opening paragraph
    on 法治政府基本建成 as the 纲要's closing goal."""
    t = _old_years(d, 2020)
    if t is None:
        return None
    ls = t.split("\n")
    j = A.first_para(ls, d["title_idx"][-1] + 1)
    if j is None:
        return None
    ls.insert(j, f"　　2020年是{GANG_2015}确定的法治政府基本建成目标的收官之年。{core(d)}对照纲要确定的七个方面"
                 f"目标任务逐项梳理，查漏补缺，推动各项任务落地见效。")
    return "\n".join(ls), _exp(d, year=2020)


def k_keep_y2019_kuangjia(d):
    """Moved to report year 2019 under the old 纲要 and the 2019 督察工作规定 (no 2021 纲要, no 八五)."""
    t = _old_years(d, 2019)
    if t is None:
        return None
    ls = t.split("\n")
    j = A.first_para(ls, d["title_idx"][-1] + 1)
    if j is None:
        return None
    ls.insert(j, f"　　2019年，{core(d)}以{GANG_2015}为总抓手，认真贯彻中共中央办公厅、国务院办公厅印发的"
                 f"《法治政府建设与责任落实督察工作规定》，法治政府建设各项工作稳步推进。")
    return "\n".join(ls), _exp(d, year=2019)


def k_keep_title_niandu_zongjie(d):
    """Titled as a year-end summary: `{issuer}{Y}年度法治政府建设工作总结`, the opening kept."""
    if not _ok(d):
        return None
    return B._retitle(d, f"{issuer(d)}{d['year']}年度法治政府建设工作总结"), _exp(d)


def k_keep_title_yifa_xingzheng(d):
    """Titled under the older name: `{issuer}关于{Y}年度依法行政工作的报告`."""
    if not _ok(d):
        return None
    return B._retitle(d, f"{issuer(d)}关于{d['year']}年度依法行政工作的报告"), _exp(d)


def k_keep_cover_image(d):
    """The title only on a cover image: the extracted text holds an image mark and the cover's alt text
    (封面.jpg), then the report from its opening paragraph; the issuer and date signature kept."""
    if not _ok(d):
        return None
    ls = _body_text(d).split("\n")
    j = A.first_para(ls, 0)
    if j is None:
        return None
    body = "\n".join(ls[j:])
    if core(d)[-3:] not in body:  # the issuer must still be named after the opening (else no reader could tell it)
        return None
    return "[图片: 封面.jpg]\n\n" + body, _exp(d)


def k_keep_year_in_plan_only(d):
    """No year anywhere but in the plan heading (`三、{Y+1}年工作打算`): the title loses its year, every other year
    and date is removed (本年度 / 上一年 / 来年), dated chrome lines dropped."""
    if not _ok(d, 6):
        return None
    y = d["year"]
    ls = d["text"].split("\n")
    out = [re.sub(r"\s*(20\d\d|二〇[二一][〇一二三四五六七八九])\s*年(度)?", "", ls[d["title_idx"][0]])]
    if not re.search("法治|依法", out[0]):
        return None
    plan_done = False
    body = _body_text(d).split("\n")
    for l in body:
        s = l.strip()
        if re.match(r"^(20\d\d|\d{4}[-./])", s) and len(s) < 30:
            continue
        if (TOP.match(s) or SUB.match(s)) and len(s) < 30 and A.PLAN_HEAD.search(s) and not plan_done:
            m = TOP.match(s) or SUB.match(s)
            out.append(f"{m.group(0)}{y + 1}年工作打算")
            plan_done = True
            continue
        s2 = re.sub(rf"(?<!\d){y}\s*年(度)?", "本年度", l)
        s2 = re.sub(rf"(?<!\d){y + 1}\s*年(度)?", "来年", s2)
        s2 = re.sub(rf"(?<!\d){y - 1}\s*年(度)?", "上一年", s2)
        s2 = re.sub(r"(?<!\d)20\d\d\s*[年\-./]\s*(\d{1,2}\s*[月\-./]\s*(\d{1,2}\s*日?)?)?", "", s2)
        s2 = re.sub(r"(?<!\d)20\d\d", "", s2)
        out.append(s2)
    if not plan_done:  # no plan part on the page: one short plan part is added at the end
        n = len(heads_of(d, top_only=True)) + 1
        out = "\n".join(out).rstrip().split("\n")
        k = max(i for i, l in enumerate(out) if "。" in l) + 1  # before any page chrome after the last sentence
        out[k:k] = [f"{cn_num(n)}、{y + 1}年工作打算",
                f"　　{core(d)}将继续深入学习贯彻习近平法治思想，对照上级部署，补齐短板弱项，推动法治政府建设取得新成效。"]
    return "\n".join(out), _exp(d)


def k_keep_joint_party_gov(d):
    """A joint report of the party committee and the government: title `中共{X}委 {X}人民政府关于{Y}年度法治政府建设
    情况的报告`, 我们 for the two, both names over the date."""
    if not _ok(d) or d["level"] not in ("county", "city", "township", "province"):
        return None
    c = core(d)
    if c.endswith("街道"):
        return None
    party = f"中共{c}委员会" if d["level"] != "township" else f"中共{c}委员会"
    t = B._retitle(d, f"中共{c}委 {c}人民政府\n关于{d['year']}年度法治政府建设情况的报告")
    t = _cut(t, d).rstrip() + f"\n\n{party}　　{c}人民政府\n{d['year'] + 1}年3月{rng_for(d, 'jt').randint(2, 25)}日\n"
    return t, _exp(d, issuers=d["issuers"] + [f"{c}人民政府", f"中共{c}委", f"中共{c}委员会"])


def k_keep_dept_women(d):
    """A department's report in the first person plural only: every 我局 / 本局 / 局党组 / 全局 → 我们 / 我们 / 党组 /
    全体干部 (the issuer named in the title only)."""
    if not _ok(d) or d["level"] != "department":
        return None
    w = lw(d)
    b = _body_text(d)
    b = re.sub(rf"(我|本){w}", "我们", b)
    b = re.sub(rf"{w}党组", "党组", b)
    b = re.sub(rf"全{w}", "全体干部职工", b)
    b = re.sub(rf"{re.escape(core(d))}", "我们", b)
    ls = d["text"].split("\n")
    return "\n".join(ls[: d["title_idx"][-1] + 1]) + "\n" + b, _exp(d)


ETHNIC_XIANG = [  # (county, township): real long-named ethnic 乡 of Yunnan
    ("宁蒗彝族自治县", "翠玉傈僳族普米族乡"), ("双江拉祜族佤族布朗族傣族自治县", "邦丙乡"),
    ("兰坪白族普米族自治县", "河西乡"), ("贡山独龙族怒族自治县", "丙中洛乡"),
    ("玉龙纳西族自治县", "石头白族乡"), ("维西傈僳族自治县", "攀天阁乡"),
]


def k_keep_ethnic_xiang(d):
    """A township's report moved to a long-named ethnic 乡 (宁蒗彝族自治县翠玉傈僳族普米族乡): the title, the
    names and 我镇 / 全镇 / 镇党委 … re-worded for the 乡."""
    if not _ok(d) or d["level"] != "township":
        return None
    c = core(d)
    m = re.search(r"([^省市县区旗]{2,8}?(镇|乡|街道))$", c)
    if not m or m.group(2) == "街道":
        return None
    stem = m.group(1)
    cty, xiang = ETHNIC_XIANG[rng_for(d, "ex").randrange(len(ETHNIC_XIANG))]
    full = cty + xiang
    t = d["text"]
    for n in sorted(set(d["issuers"] + [c]), key=len, reverse=True):
        t = t.replace(re.sub(r"人民政府$", "", n), full)
    t = t.replace(stem, xiang)
    p = parent(d)
    if len(p) >= 2:
        t = t.replace(p, cty)
    t = re.sub(r"(?<![乡城])镇", "乡", t)
    if len(p) < 2 or p.endswith("区"):
        t = re.sub(r"区(委|政府|人大|政协|司法局)", r"县\1", t)
        t = re.sub(r"(全|依法治|本)区", r"\1县", t)
    if c[:2] in t or stem[:2] in t:
        return None
    return t, _exp(d, issuers=[full + "人民政府", xiang + "人民政府", full])


def k_keep_two_years_title(d):
    """A title naming two years (`{issuer}{Y-1}—{Y}年法治政府建设情况报告`), the body the year Y's report: the
    report year is the later one."""
    if not _ok(d):
        return None
    y = d["year"]
    return B._retitle(d, f"{issuer(d)}{y - 1}—{y}年法治政府建设情况报告"), _exp(d)


# ================================================================ like
def _ss(d, n=9, pat=None):
    return [we_to(s, d, "我" + lw(d)) for s in own_sents(d, n, pat)]


def k_like_shifan_shenbao(d):
    """A 全国法治政府建设示范创建 application: 申报表 lines, 一、基本情况, 二、创建工作主要做法和成效 (the report's
    sentences), 三、特色亮点, 自评得分, 申报单位意见（盖章）."""
    ss = _ss(d, 9)
    if len(ss) < 4:
        return None
    r = rng_for(d, "sf")
    y = d["year"]
    kind = "综合示范地区" if d["level"] in ("city", "county", "province") else "单项示范项目"
    return (f"第{cn_num(r.randint(3, 4))}批全国法治政府建设示范地区和项目申报材料\n\n"
            f"申报单位：{issuer(d)}\n申报类别：{kind}\n推荐单位：{parent(d)}全面依法治{B.pw(d)}委员会办公室\n"
            f"联系人：{person(d, 'sf')}　联系电话：0{r.randint(500, 999)}-{r.randint(2000000, 8999999)}\n\n"
            f"一、申报单位基本情况\n　　{issuer(d)}自开展法治政府建设示范创建活动以来，对照《市县法治政府建设示范指标体系》"
            f"逐项开展自评，现申报{kind}。\n二、创建工作主要做法和成效\n{_paras(ss)}\n"
            f"三、特色亮点\n　　{ss[0]}\n四、对照指标自评情况\n　　对照示范指标体系逐项自评，自评得分{r.randint(88, 97)}分。\n\n"
            f"申报单位意见：同意申报。（盖章）\n{y + 1}年{r.randint(4, 8)}月{r.randint(2, 28)}日\n")


def k_like_zhenggai(d):
    """A rectification report after a 法治督察: 督察反馈问题, 问题清单 (问题N：… / 整改措施：the report's sentences /
    整改时限 / 整改状态：已完成)."""
    ss = _ss(d, 8)
    if len(ss) < 4:
        return None
    y = d["year"]
    probs = ["行政规范性文件合法性审核机制落实不到位", "行政执法“三项制度”落实不够规范", "领导干部学法制度坚持不经常",
             "行政复议应诉工作存在薄弱环节"]
    out = []
    for i, p in enumerate(probs):
        out.append(f"　　问题{i + 1}：{p}。\n　　整改措施：{''.join(ss[2 * i:2 * i + 2])}\n"
                   f"　　整改时限：{y + 1}年{6 + i}月底前。整改状态：已完成。")
    return (f"{issuer(d)}关于法治督察反馈问题整改落实情况的报告\n\n{parent(d)}全面依法治{B.pw(d)}委员会办公室：\n"
            f"　　{y + 1}年{rng_for(d, 'zg').randint(3, 5)}月，{parent(d)}法治督察组对{core(d)}法治政府建设情况开展实地督察，"
            f"反馈问题4个。{issuer(d)}高度重视，制定整改方案，建立问题清单、责任清单、措施清单，现将整改落实情况报告如下：\n"
            f"一、整改工作组织情况\n　　成立整改工作领导小组，主要负责同志任组长，逐项明确责任领导和完成时限。\n"
            f"二、反馈问题整改落实情况\n" + "\n".join(out) + "\n"
            f"三、下一步工作\n　　对已完成整改的问题适时开展“回头看”，坚决防止问题反弹。\n\n"
            f"{issuer(d)}\n{y + 1}年9月{rng_for(d, 'zg2').randint(2, 28)}日\n")


def k_like_nianzhong(d):
    """A mid-year progress report: `{issuer}{Y}年1—6月法治政府建设工作推进情况`, 截至6月底, the report's sentences
    as first-half work, 7—12月工作安排."""
    ss = _ss(d, 9)
    if len(ss) < 4:
        return None
    y = d["year"]
    ss = [re.sub(r"(全年|一年来|年内)", "1—6月", s) for s in ss]
    return (f"{issuer(d)}{y}年1—6月法治政府建设工作推进情况\n\n"
            f"　　按照年初确定的法治政府建设工作要点，截至{y}年6月底，各项任务完成进度总体符合时序要求。现将1—6月工作推进情况"
            f"汇报如下：\n一、1—6月工作推进情况\n{_paras(ss)}\n二、存在的困难\n　　部分年度任务尚处于起步阶段，"
            f"完成全年目标仍需加力。\n三、7—12月工作安排\n　　对照年度任务清单，倒排工期、挂图作战，确保年底前全面完成。\n\n"
            f"{issuer(d)}\n{y}年7月{rng_for(d, 'nz').randint(2, 12)}日\n")


def k_like_jixiao_ziping(d):
    """A department's 部门整体支出绩效自评报告: budget lines, 产出指标 / 效益指标 with 目标值 and 实际完成值 taken from
    the report's figures, 自评得分; 法治政府建设 named among its duties."""
    fs = figures(d, 6)
    if len(fs) < 3 or d["level"] in ("township", "province"):  # a 司法局 stands in for a county's or city's government
        return None
    r = rng_for(d, "jx")
    y = d["year"]
    unit = issuer(d) if d["level"] == "department" else f"{core(d)}司法局"
    budget = r.randint(300, 3000) + r.randint(0, 99) / 100
    rows = "\n".join(f"{lab}\t{num}{u}\t{num}{u}\t{r.randint(5, 10)}\t{r.randint(5, 10)}" for lab, num, u in fs)
    return (f"{unit}{y}年度部门整体支出绩效自评报告\n\n"
            f"一、部门基本情况\n　　{unit}主要职责包括推进法治政府建设、行政执法监督等。{y}年部门预算收入{budget:.2f}万元，"
            f"支出{budget - r.randint(1, 30):.2f}万元，预算执行率{r.randint(93, 99)}.{r.randint(1, 9)}%。\n"
            f"二、绩效目标完成情况\n指标名称\t年度目标值\t实际完成值\t分值\t得分\n{rows}\n"
            f"满意度指标\t≥90%\t{r.randint(92, 99)}%\t10\t10\n"
            f"三、自评结论\n　　经自评，{unit}{y}年度部门整体支出绩效自评得分{r.randint(90, 98)}分，评价等级为“优”。\n"
            f"四、存在的问题及改进措施\n　　个别项目预算编制不够精准，下一步将加强预算绩效管理。\n")


def k_like_zhengwu_gongkai(d):
    """A 政府信息公开工作年度报告 in the standard six parts, its tables, one paragraph naming the 法治政府建设年度报告
    it published and a few of the report's own sentences about openness."""
    r = rng_for(d, "zw")
    y = d["year"]
    ss = _ss(d, 3, r"(公开|法治政府|依法|规范性文件)")
    if len(ss) < 1:
        return None
    n = [r.randint(20, 900) for _ in range(6)]
    return (f"{issuer(d)}{y}年政府信息公开工作年度报告\n\n"
            f"　　本报告根据《中华人民共和国政府信息公开条例》和国务院办公厅政府信息与政务公开办公室印发的格式要求编制。"
            f"报告中所列数据统计期限自{y}年1月1日起至{y}年12月31日止。\n"
            f"一、总体情况\n　　{y}年，{core(d)}坚持以公开为常态、不公开为例外，按时主动公开{y - 1}年度法治政府建设年度报告。"
            f"{''.join(ss)}\n"
            f"二、主动公开政府信息情况\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n"
            f"行政规范性文件\t{n[0] % 30}\t{n[1] % 5}\t{n[2] % 80}\n行政许可\t{n[3]}\n行政处罚\t{n[4]}\n"
            f"三、收到和处理政府信息公开申请情况\n本年新收政府信息公开申请数量\t{n[5] % 40}\n予以公开\t{n[5] % 17}\n"
            f"四、政府信息公开行政复议、行政诉讼情况\n行政复议\t结果维持\t0\t结果纠正\t0\n行政诉讼\t未经复议直接起诉\t0\n"
            f"五、存在的主要问题及改进情况\n　　政策解读形式还不够丰富，下一步将加强解读回应。\n"
            f"六、其他需要报告的事项\n　　本年度未收取信息处理费。\n")


def k_like_shoudao_gonggao(d):
    """An announcement by the superior office listing the reports it received (the unit's own title among those
    of other real labelled reports of the corpus), no report body."""
    docs = _DOCS()
    r = rng_for(d, "sd")
    others = [o for o in sorted(docs) if o != d["rel"] and docs[o]["titles"] and docs[o]["year"] == d["year"]]
    r.shuffle(others)
    ts = [title_line(d)] + [docs[o]["titles"][0] for o in others[:5]]
    if len(ts) < 4 or not ts[0]:
        return None
    r.shuffle(ts)
    y = d["year"]
    items = "\n".join(f"　　{i + 1}．《{norm(t) if len(t) > 60 else t.strip()}》" for i, t in enumerate(ts))
    return (f"关于{y}年度法治政府建设年度报告报送情况的公告\n\n"
            f"　　根据《法治政府建设与责任落实督察工作规定》，截至{y + 1}年3月31日，本办共收到以下单位报送的{y}年度"
            f"法治政府建设年度报告，现予公告，各报告全文已在报送单位门户网站公开：\n{items}\n"
            f"　　尚未报送的单位，请于{y + 1}年4月10日前报送。\n\n"
            f"{parent(d)}全面依法治{B.pw(d)}委员会办公室\n{y + 1}年4月{r.randint(1, 9)}日\n")


def k_like_bawu_zhongqi(d):
    """A mid-term report on the 八五普法 plan (2021—2025): 规划实施以来, the report's 普法 sentences, 中期评估
    self-assessment, 后半程 plan."""
    ss = _ss(d, 8, A.PUFA.pattern)
    if len(ss) < 3 or not 2021 <= d["year"] <= 2023:  # the 八五 plan's mid-term is 2023
        return None
    return (f"{issuer(d)}关于“八五”普法规划实施中期情况的报告\n\n"
            f"　　按照{parent(d)}关于开展“八五”普法中期评估的通知要求，{core(d)}对2021年以来“八五”普法规划实施情况"
            f"进行了全面自查，现将有关情况报告如下：\n一、“八五”普法规划实施总体情况\n{_paras(ss, 2)}\n"
            f"二、中期评估自查情况\n　　对照“八五”普法中期评估指标，规划确定的目标任务已完成过半。\n"
            f"三、“八五”普法后半程工作打算\n　　聚焦2025年规划终期目标，持续抓好普法责任制落实。\n\n"
            f"{issuer(d)}\n2023年{rng_for(d, 'bw').randint(6, 10)}月{rng_for(d, 'bw2').randint(2, 28)}日\n")


_D = {}


def _DOCS():
    if "d" not in _D:
        _D["d"] = load_docs()
    return _D["d"]


KEEP = {
    "keep_y2020_shouguan": k_keep_y2020_shouguan,
    "keep_y2019_kuangjia": k_keep_y2019_kuangjia,
    "keep_title_niandu_zongjie": k_keep_title_niandu_zongjie,
    "keep_title_yifa_xingzheng": k_keep_title_yifa_xingzheng,
    "keep_cover_image": k_keep_cover_image,
    "keep_year_in_plan_only": k_keep_year_in_plan_only,
    "keep_joint_party_gov": k_keep_joint_party_gov,
    "keep_dept_women": k_keep_dept_women,
    "keep_ethnic_xiang": k_keep_ethnic_xiang,
    "keep_two_years_title": k_keep_two_years_title,
}
LIKE = {
    "like_shifan_shenbao": k_like_shifan_shenbao,
    "like_zhenggai": k_like_zhenggai,
    "like_nianzhong": k_like_nianzhong,
    "like_jixiao_ziping": k_like_jixiao_ziping,
    "like_zhengwu_gongkai": k_like_zhengwu_gongkai,
    "like_shoudao_gonggao": k_like_shoudao_gonggao,
    "like_bawu_zhongqi": k_like_bawu_zhongqi,
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
    """Documents drawn per kind at random; one complete dev report first, then the rest."""
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
    sp = os.path.join(HERE, "split-e.json")
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
