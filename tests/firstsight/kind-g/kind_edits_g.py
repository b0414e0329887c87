#!/usr/bin/env python3
"""Kind set g: real reports made unusual (must stay reports, with the right issuer / level / report year and,
where the edit sets it, publishing date; or, for a title with a wrong year, stay a report with a review note)
and look-alikes of genres no earlier set used (must be refused or flagged).  First sight: written without
reading fzscore's code, rubrics or data.

Reuses kind set a's loading and helpers, set b's sentence helpers and set f's helpers (imported, not edited).
Every case is built in code from a real labelled report.  Expectation by family:

- "keep": document.is_report true; issuer / level / report_year (/ publish_date) as the case's expectation says
  (a list accepts any of its items; a missing key is not asserted); "flag": true asks for a non-empty
  document.review_notes;
- "like": is_report false, or true with at least one entry in document.review_notes.

    python3 kind_edits_g.py --list           # the cases of the stored split's seed
    python3 kind_edits_g.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
"""
from __future__ import annotations

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _s in ("kind-a", "kind-b", "kind-f"):
    sys.path.insert(0, os.path.join(HERE, "..", _s))
import kind_edits_a as A  # noqa: E402
import kind_edits_b as B  # noqa: E402
import kind_edits_f as F  # noqa: E402

load_docs, issuer, core, lw, parent, rng_for, person = A.load_docs, A.issuer, A.core, A.lw, A.parent, A.rng_for, A.person
body_sentences, title_line, heads_of, cn_num, we_to = A.body_sentences, A.title_line, A.heads_of, A.cn_num, A.we_to
own_sents = B.own_sents
_ok, _exp, _cut, _report_part, _ss = F._ok, F._exp, F._cut, F._report_part, F._ss
DATED, DATE_LINE = F.DATED, F.DATE_LINE


def _no_dates(lines):
    """The page's lines without its short dated lines and 发布/成文 … 日期 fields."""
    return [l for l in lines if not (DATE_LINE.search(l) and (len(l.strip()) < 60 or DATED.search(l)))]


def _tasks(d, n=6):
    """The report's sentences recast as tasks: no result sentences, past markers and 我X dropped."""
    ss = [A.strip_past(A.unenum(s)) for s in own_sents(d, 16) if not A.has_result(s)]
    return [we_to(s, d, "") for s in ss][:n]


def _third(s, d):
    return we_to(s, d, "该" + lw(d))


def _shortfalls(d, n=3):
    ss = own_sents(d, None, r"(不够|不足|有待|仍需|还需|短板|薄弱|欠缺|差距|不强|不高|滞后)")
    return [_third(s, d) for s in ss][:n]


# ================================================================ keep
MINISTRY = {"司法局": "司法部", "应急管理局": "应急管理部", "教育局": "教育部", "民政局": "民政部", "交通运输局": "交通运输部",
            "农业农村局": "农业农村部", "水利局": "水利部", "文化和旅游局": "文化和旅游部", "人力资源和社会保障局": "人力资源和社会保障部",
            "生态环境局": "生态环境部", "住房和城乡建设局": "住房和城乡建设部", "商务局": "商务部", "财政局": "财政部",
            "自然资源局": "自然资源部", "公安局": "公安部", "退役军人事务局": "退役军人事务部", "审计局": "审计署",
            "市场监督管理局": "国家市场监督管理总局", "统计局": "国家统计局", "医疗保障局": "国家医疗保障局",
            "体育局": "国家体育总局", "卫生健康局": "国家卫生健康委员会", "科学技术局": "科学技术部", "工业和信息化局": "工业和信息化部"}


def k_keep_ministry(d):
    """A county or city bureau's report re-issued by the matching ministry of the State Council (古丈县司法局 →
    司法部): 我局 → 我部, 局党组 → 部党组, 县委 / 市委 / 省委 → 党中央, 县政府 … → 国务院, 全县 / 我县 → 全国,
    依法治县 → 全面依法治国; no trace of the old place."""
    if not _ok(d):
        return None
    pb = F._dept_place(d)
    if not pb or pb[1] not in MINISTRY:
        return None
    p, bu = pb
    new = MINISTRY[bu]
    suf = new[-1] if new[-1] in "部署局" else "委"
    t = d["text"]
    for n in sorted(set(d["issuers"] + [core(d)]), key=len, reverse=True):
        t = t.replace(n, new)
    t = t.replace(p[-1] + bu, new)
    t = re.sub(re.escape(p) + r"委(员会)?", "党中央", t)
    t = re.sub(re.escape(p) + r"(人民)?政府", "国务院", t)
    t = re.sub(r"依法治(县|市|区|州)", "全面依法治国", t)
    t = t.replace(p, "全国")
    t = re.sub(r"(我|本)局", "我" + suf, t)
    t = re.sub(r"局(党组|机关|领导|班子)", suf + r"\1", t)
    t = re.sub(r"(全|我|本)(县|市|区|州)(?![场委级直])", "全国", t)
    t = re.sub(r"(?<![省])(县|市|区|州|省)委", "党中央", t)
    t = re.sub(r"(?<![省])(县|市|区|州|省)(人民)?政府", "国务院", t)
    if p[:2] in t or new not in t:
        return None
    return t, _exp(d, issuers=[new], level="department")


def k_keep_title_year_paren_end(d):
    """The year only at the end of the title, in brackets: `{issuer}法治政府建设年度报告（{Y}年度）`."""
    if not _ok(d):
        return None
    return B._retitle(d, f"{issuer(d)}法治政府建设年度报告（{d['year']}年度）"), _exp(d)


def k_keep_title_split_midword(d):
    """The title wrapped in the middle of a word, as a narrow PDF column breaks it: `{issuer}关于{Y}年度法治政府建`
    / `设情况的报告`."""
    if not _ok(d):
        return None
    return B._retitle(d, f"{issuer(d)}关于{d['year']}年度法治政府建\n设情况的报告"), _exp(d)


def _redate(d, line):
    above, title, rest = _report_part(d)
    body = _cut("\n".join(_no_dates(rest)), d)
    return "\n".join(_no_dates(above) + title + [line, ""]) + "\n" + body.lstrip("\n") + "\n"


def k_keep_pubdate_iso_t(d):
    """Every date line removed; under the title a machine-written timestamp `发布时间：{Y+1}-MM-DDThh:mm:ss+08:00`
    (ISO 8601 with the T and the zone, as a page's structured data gives it) and the source."""
    if not _ok(d):
        return None
    r = rng_for(d, "iso")
    y1, m, dd = d["year"] + 1, r.randint(1, 3), r.randint(1, 28)
    line = f"发布时间：{y1}-{m:02d}-{dd:02d}T{r.randint(8, 17):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}+08:00　来源：{issuer(d)}"
    return _redate(d, line), _exp(d, publish_date=[f"{y1}-{m:02d}-{dd:02d}"])


def k_keep_pubdate_compact(d):
    """Every date line removed; under the title `发布日期：{Y+1}MMDD` (eight digits, no separators) and a view count."""
    if not _ok(d):
        return None
    r = rng_for(d, "cpt")
    y1, m, dd = d["year"] + 1, r.randint(1, 3), r.randint(1, 28)
    line = f"发布日期：{y1}{m:02d}{dd:02d}　　浏览次数：{r.randint(60, 2000)}"
    return _redate(d, line), _exp(d, publish_date=[f"{y1}-{m:02d}-{dd:02d}"])


def k_keep_wrong_year_title(d):
    """Last year's title left on this year's report: every title-like line above the body (法治 + the report year,
    under 60 characters: the title, a tab line) carries Y-1; the body (its events, its dates) unchanged.  Still a
    report, but the clash deserves a review note."""
    if not _ok(d):
        return None
    ls = d["text"].split("\n")
    j = A.first_para(ls, d["title_idx"][-1] + 1)
    if j is None:
        return None
    y, n = str(d["year"]), 0
    for i in range(j):
        if y in ls[i] and "法治" in ls[i] and len(ls[i].strip()) < 60:
            ls[i] = ls[i].replace(y, str(d["year"] - 1))
            n += 1
    if not n:
        return None
    return "\n".join(ls), {"is_report": True, "issuer": d["issuers"], "flag": True}


def _site(d):
    if d["level"] in ("township", "department"):
        p = parent(d)
        return (p if len(p) >= 2 else core(d)) + "人民政府网"
    return core(d) + "人民政府网"


def k_keep_title_in_tab_only(d):
    """The title only in the browser tab's line saved on top of the page (`{title}_{site}`): the title line in the
    page and everything above it removed, a breadcrumb `首页 > 政务公开 > 法治政府建设` before the body."""
    if not _ok(d):
        return None
    above, title, rest = _report_part(d)
    t = "".join(l.strip() for l in title) if len(title) <= 3 else title_line(d)
    j = A.first_para(rest, 0)
    if not t or j is None or any("法治" in l for l in rest[:j]):
        return None
    return (f"{t}_{_site(d)}\n首页 > 政务公开 > 法治政府建设\n\n" + "\n".join(rest).lstrip("\n")), _exp(d)


# ================================================================ like
def k_like_pinggu(d):
    """A third party's evaluation of the unit's year: `{core}{Y}年度法治政府建设第三方评估报告` by an institute,
    评估概况 / 指标得分 (the report's headings, points) / 主要亮点 (the report's sentences, in the third person) /
    存在问题 / 评估建议."""
    ss = [_third(s, d) for s in own_sents(d, 8)]
    hs = [re.sub(r"^\s*([一二三四五六七八九十]+|[（(][一二三四五六七八九十]+[)）])\s*[、.．]?", "", h)
          for h in heads_of(d) if not A.PLAN_HEAD.search(h) and not A.SHORT_HEAD.search(h)]
    hs = [h for h in hs if 4 <= len(h) <= 28][:5]
    if len(ss) < 5 or len(hs) < 2:
        return None
    r = rng_for(d, "pg")
    c, y = core(d), d["year"]
    inst = f"{parent(d) if len(parent(d)) >= 2 else '省'}法学会法治政府研究中心"
    rows = [f"{i + 1}　　{h}　　{(w := r.choice([10, 15, 20]))}　　{w - r.randint(0, 3)}" for i, h in enumerate(hs)]
    sh = _shortfalls(d) or [f"该{lw(d)}行政执法人员培训的针对性还不够强。"]
    return (f"{c}{y}年度法治政府建设第三方评估报告\n\n评估单位：{inst}\n\n一、评估概况\n"
            f"　　受{F.sig_name(d)}委托，{inst}组成评估组，采取资料审查、实地走访、问卷调查等方式，对{c}{y}年度法治政府建设情况进行了独立评估。\n"
            f"二、评估指标及得分\n序号　　评估指标　　分值　　得分\n" + "\n".join(rows) +
            f"\n三、主要亮点\n　　经核查，" + "".join(ss[:3]) + "\n　　" + "".join(ss[3:5]) +
            "\n四、存在问题\n　　" + "".join(sh) +
            f"\n五、评估建议\n　　建议{c}进一步健全法治政府建设督察机制，加强执法人员培训，提升行政复议和应诉工作质效。\n\n"
            f"{inst}\n{y + 1}年{r.randint(1, 4)}月{r.randint(2, 27)}日\n")


def k_like_zhize_qingdan(d):
    """A duty list: `{core}党政主要负责人履行推进法治建设第一责任人职责清单`, numbered duties for the party secretary
    and the head of government made from the report's sentences recast as tasks."""
    ts = _tasks(d, 8)
    if len(ts) < 4 or not A.is_gov(d):
        return None
    c = core(d)
    ro = F.ROLES.get(lw(d), ["党委书记", "主要负责人"])
    h = len(ts) // 2
    p1 = "\n".join(f"{i + 1}．{s}" for i, s in enumerate(ts[:h]))
    p2 = "\n".join(f"{i + 1}．{s}" for i, s in enumerate(ts[h:]))
    return (f"{c}党政主要负责人履行推进法治建设第一责任人职责清单\n\n"
            f"　　根据《党政主要负责人履行推进法治建设第一责任人职责规定》，结合{c}实际，制定本清单。\n"
            f"一、{ro[0]}职责\n{p1}\n二、{ro[1]}职责\n{p2}\n三、共同职责\n"
            f"1．每年听取法治建设工作汇报，研究解决重大问题。\n2．将履行推进法治建设第一责任人职责情况列入年终述职内容。\n")


def k_like_chengnuo(d):
    """A pledge: `{Y+1}年度依法行政承诺书` — 本单位郑重承诺, numbered pledges made from the report's sentences recast
    as tasks, 承诺单位（盖章）/ 主要负责人（签字）/ 日期 blanks."""
    ts = _tasks(d, 6)
    if len(ts) < 4:
        return None
    y1 = d["year"] + 1
    return (f"{y1}年度依法行政承诺书\n\n　　为深入推进依法行政，加快建设法治政府，{F.sig_name(d)}向社会郑重承诺：\n"
            + "\n".join(f"{cn_num(i + 1)}、{s}" for i, s in enumerate(ts)) +
            f"\n{cn_num(len(ts) + 1)}、自觉接受社会监督，如有违反上述承诺，愿承担相应责任。\n\n"
            f"承诺单位（盖章）：{F.sig_name(d)}\n主要负责人（签字）：________\n{y1}年　　月　　日\n")


def k_like_duizhao_jiancha(d):
    """`{core}领导班子{Y}年度民主生活会对照检查材料`: 上年度整改落实情况 (the report's sentences), 存在的问题
    (its shortfalls, else stock ones), 原因剖析, 整改措施."""
    ss = _ss(d, 6)
    if len(ss) < 4:
        return None
    c, y = core(d), d["year"]
    sh = [we_to(s, d, "我" + lw(d)) for s in own_sents(d, None, r"(不够|不足|有待|仍需|还需|短板|薄弱|欠缺|差距)")][:2]
    sh = sh or ["运用法治思维和法治方式解决问题的能力还不够强。"]
    return (f"{c}领导班子{y}年度民主生活会对照检查材料\n\n"
            f"　　按照民主生活会有关要求，领导班子认真开展谈心谈话，广泛征求意见，对照检查如下：\n"
            f"一、上年度民主生活会整改措施落实情况\n　　" + "".join(ss[:3]) +
            "\n二、存在的问题\n　　（一）在学习贯彻习近平法治思想方面。" + "".join(sh) +
            "\n　　（二）在担当作为方面。有的班子成员攻坚克难的劲头不足。\n"
            "三、原因剖析\n　　一是理论学习不够深入；二是宗旨意识有所淡化；三是从严要求有所放松。\n"
            "四、整改措施\n　　" + "".join(ss[3:5]) + "\n")


def k_like_caigou(d):
    """A procurement notice for an evaluation service: `{core}{Y}年度法治政府建设第三方评估服务项目竞争性磋商公告` —
    项目编号, 预算金额, 采购需求 listing the report's own headings as the scope, 资格要求, 获取文件, 联系方式."""
    hs = [re.sub(r"^\s*([一二三四五六七八九十]+|[（(][一二三四五六七八九十]+[)）])\s*[、.．]?", "", h) for h in heads_of(d)]
    hs = [h for h in hs if 4 <= len(h) <= 28 and not A.PLAN_HEAD.search(h) and not A.SHORT_HEAD.search(h)][:6]
    if len(hs) < 2:
        return None
    r = rng_for(d, "cg")
    c, y = core(d), d["year"]
    return (f"{c}{y}年度法治政府建设第三方评估服务项目竞争性磋商公告\n\n项目概况\n"
            f"　　{c}{y}年度法治政府建设第三方评估服务项目的潜在供应商应在线获取采购文件，并于{y + 1}年{r.randint(2, 5)}月{r.randint(2, 27)}日9点30分（北京时间）前提交响应文件。\n"
            f"一、项目基本情况\n项目编号：ZC{y + 1}-{r.randint(100, 999)}\n预算金额：{r.randint(8, 30)}.00万元\n"
            f"采购需求：对{c}{y}年度法治政府建设情况开展第三方评估，评估内容包括：" + "；".join(hs) + "等。\n"
            "合同履行期限：合同签订之日起60日内。\n二、申请人的资格要求\n1．满足《中华人民共和国政府采购法》第二十二条规定；\n"
            "2．具有法学研究或评估咨询相关业绩。\n三、获取采购文件\n时间：公告发布之日起5个工作日内。\n"
            f"四、对本次采购提出询问，请按以下方式联系\n采购人：{F.sig_name(d)}\n联系人：{person(d, 'cg')}\n")


def k_like_jiancha_jianyi(d):
    """A procuratorate's recommendation addressed to the unit: `{parent}人民检察院` / `检察建议书` / 文号; 本院在履行
    职责中发现 + the report's sentences in the third person as what was found, 建议, a two-month reply deadline."""
    ss = [_third(s, d) for s in own_sents(d, 6)]
    if len(ss) < 3:
        return None
    p = parent(d) if d["level"] in ("township", "department") else core(d)
    if len(p) < 2:
        return None
    r = rng_for(d, "jc")
    y1 = d["year"] + 1
    sh = _shortfalls(d, 2) or [f"部分行政执法案卷存在文书不规范、程序瑕疵等问题。"]
    return (f"{p}人民检察院\n检察建议书\n{p[:2]}检行建〔{y1}〕{r.randint(1, 30)}号\n\n{F.sig_name(d)}：\n"
            f"　　本院在履行行政检察监督职责中，对你单位{d['year']}年度依法行政情况进行了审查。经审查，" + "".join(ss[:3]) +
            "\n　　但同时发现：" + "".join(sh) +
            "\n　　根据《中华人民共和国人民检察院组织法》第二十一条、《人民检察院检察建议工作规定》第十一条的规定，提出如下建议：\n"
            "　　一、进一步规范行政执法程序，严格落实行政执法三项制度；\n　　二、加强执法人员法治培训。\n"
            f"　　请你单位在收到本检察建议书后两个月内将办理情况书面回复本院。\n\n{p}人民检察院\n{y1}年{r.randint(3, 9)}月{r.randint(2, 27)}日\n")


def k_like_hezuo_xieyi(d):
    """A cooperation agreement: `{core}法治政府建设合作框架协议` between the unit (甲方) and a party school (乙方),
    articles 第一条…, the cooperation tasks made from the report's sentences recast as tasks, signatures."""
    ts = _tasks(d, 5)
    if len(ts) < 3:
        return None
    c = core(d)
    p = parent(d) if len(parent(d)) >= 2 else c
    b = f"中共{p}委党校"
    return (f"{c}法治政府建设合作框架协议\n\n甲方：{F.sig_name(d)}\n乙方：{b}\n\n"
            f"　　为充分发挥双方优势，共同推进{c}法治政府建设，经友好协商，达成如下协议。\n"
            f"第一条　合作目标\n　　双方建立长期合作关系，在法治理论研究、干部法治培训等方面开展合作。\n第二条　合作内容\n"
            + "\n".join(f"　　（{cn_num(i + 1)}）{s}" for i, s in enumerate(ts)) +
            "\n第三条　保障机制\n　　双方各确定一名联络员，每半年召开一次联席会议。\n"
            "第四条　附则\n　　本协议一式四份，双方各执两份，自双方签字盖章之日起生效，有效期三年。\n\n"
            f"甲方（盖章）：{F.sig_name(d)}　　　　乙方（盖章）：{b}\n{d['year'] + 1}年　　月　　日\n")


def k_like_ppt_tigang(d):
    """A slide deck saved as text: `第1页` cover (`{core}{Y}年度法治政府建设工作汇报`, 汇报人), a contents slide of the
    report's top headings, one slide per heading with the report's sentences cut short as bullets, 谢谢！"""
    hs = [re.sub(r"^\s*[一二三四五六七八九十]+\s*[、.．]", "", h) for h in heads_of(d, top_only=True)]
    hs = [h for h in hs if 2 <= len(h) <= 24][:4]
    ss = _ss(d, 8)
    if len(hs) < 2 or len(ss) < 4:
        return None
    c, y = core(d), d["year"]
    out = [f"第1页\n{c}{y}年度法治政府建设工作汇报\n汇报人：{person(d, 'ppt')}\n{y + 1}年1月", "第2页\n目录\n"
           + "\n".join(f"0{i + 1}　{h}" for i, h in enumerate(hs))]
    for i, h in enumerate(hs):
        bl = [next((x for x in re.split(r"[，,；;。]", s) if len(x) >= 8), s)[:30] for s in ss[i * 2:i * 2 + 2]]
        out.append(f"第{i + 3}页\n{h}\n" + "\n".join("● " + b for b in bl))
    out.append(f"第{len(hs) + 3}页\n谢谢！\n敬请批评指正")
    return "\n\n".join(out) + "\n"


_D = {}


def _DOCS():
    if "d" not in _D:
        _D["d"] = load_docs()
    return _D["d"]


KEEP = {
    "keep_ministry": k_keep_ministry,
    "keep_title_year_paren_end": k_keep_title_year_paren_end,
    "keep_title_split_midword": k_keep_title_split_midword,
    "keep_pubdate_iso_t": k_keep_pubdate_iso_t,
    "keep_pubdate_compact": k_keep_pubdate_compact,
    "keep_wrong_year_title": k_keep_wrong_year_title,
    "keep_title_in_tab_only": k_keep_title_in_tab_only,
}
LIKE = {
    "like_pinggu": k_like_pinggu,
    "like_zhize_qingdan": k_like_zhize_qingdan,
    "like_chengnuo": k_like_chengnuo,
    "like_duizhao_jiancha": k_like_duizhao_jiancha,
    "like_caigou": k_like_caigou,
    "like_jiancha_jianyi": k_like_jiancha_jianyi,
    "like_hezuo_xieyi": k_like_hezuo_xieyi,
    "like_ppt_tigang": k_like_ppt_tigang,
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
    sp = os.path.join(HERE, "split-g.json")
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
