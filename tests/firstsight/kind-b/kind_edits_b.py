#!/usr/bin/env python3
"""Kind set b: does fzscore tell a real 法治政府建设年度报告 from a look-alike? (first sight, new kinds)

Reuses kind set a's document loading and helpers (tests/firstsight/kind-a/kind_edits_a.py, imported, not edited).
Every case is built in code from a real labelled report.  An edit kind takes the document and returns the edited
text; what `document.is_report` must then be follows from the kind:

- family "keep" (real reports in unusual but real shapes): expect is_report true;
- family "like" (another kind of document built from the report's content): expect is_report false, or true with
  at least one entry in document.review_notes.

Nothing here runs fzscore.

    python3 kind_edits_b.py --list           # the cases of the stored split's seed
    python3 kind_edits_b.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
"""
from __future__ import annotations

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kind-a"))
import kind_edits_a as A  # noqa: E402

load_docs, issuer, core, lw, parent, rng_for, person = A.load_docs, A.issuer, A.core, A.lw, A.parent, A.rng_for, A.person
body_lines, body_sentences, title_line, heads_of = A.body_lines, A.body_sentences, A.title_line, A.heads_of
TOP, SUB, unenum, we_to, drop_report_talk, sign = A.TOP, A.SUB, A.unenum, A.we_to, A.drop_report_talk, A.sign

SLOGANS = ["坚持党的领导，把牢法治航向", "聚焦放管服改，激发市场活力", "紧盯决策规范，守牢程序底线",
           "织密执法链条，彰显公平正义", "畅通化解渠道，护航和谐稳定", "厚植法治土壤，涵养尊法风尚",
           "锻造过硬队伍，夯实履职根基", "强化权力监督，确保用权规范", "锚定目标任务，扛牢第一责任",
           "深耕制度沃土，筑牢治理基石"]
THANKS = ("在此，谨向一直以来关心、支持和指导{core}法治政府建设工作的上级党委、政府和各级领导表示衷心的感谢！"
          "{Y}年，在{p}委、{p}政府的坚强领导和{p}委依法治{pw}办的精心指导下，{core}法治政府建设各项工作稳步推进。")


def body_text(d):
    return "\n".join(body_lines(d))


def own_sents(d, n=None, pat=None):
    ss = [unenum(s) for s in body_sentences(d) if not drop_report_talk(s) and len(unenum(s)) >= 12]
    if pat:
        ss = [s for s in ss if re.search(pat, s)]
    return ss[:n] if n else ss


def _retitle(d, new, drop_above=False):
    if not d["title_idx"]:
        return None
    ls = d["text"].split("\n")
    for i in reversed(d["title_idx"][1:]):
        del ls[i]
    ls[d["title_idx"][0]] = new
    if drop_above:
        ls = ls[d["title_idx"][0]:]
    return "\n".join(ls)


def pw(d):
    p = parent(d)
    return p[-1] if p else "省"


def figures(d, k=8):
    """(label, number, unit) triples from the report's own sentences: 办理行政复议案件12件 → (办理行政复议案件, 12, 件)."""
    out = []
    for s in body_sentences(d):
        for c in re.split(r"[,，；;。、]", s):
            m = re.search(r"([\u4e00-\u9fff]{4,14}?)(\d+(?:\.\d+)?)\s*(件|次|场|人|个|家|起|项|份|名|万元|%|余件|余次|余人|期|条|部)", c)
            if m and not re.search(r"20\d\d", c) and m.group(1) not in [o[0] for o in out]:
                out.append((m.group(1), m.group(2), m.group(3)))
    return out[:k]


# ================================================================ keep: real reports in unusual real shapes
def k_keep_title_bare(d):
    """The title is only 法治政府建设情况报告 (no issuer, no year); body unchanged."""
    if len(body_sentences(d)) < 4:
        return None
    return _retitle(d, "法治政府建设情况报告")


def k_keep_news_headline(d):
    """Posted under a news-style headline (X公布Y年度法治政府建设情况) with a source line; the report's own
    title dropped, its body follows unchanged."""
    if not d["title_idx"] or len(body_sentences(d)) < 4:
        return None
    ls = d["text"].split("\n")
    r = rng_for(d, "nh")
    head = f"{core(d)}公布{d['year']}年度法治政府建设情况"
    src = f"来源：{core(d)}司法所　　{d['year'] + 1}-0{r.randint(1, 3)}-{r.randint(10, 28)}"
    return head + "\n" + src + "\n\n" + "\n".join(ls[d["title_idx"][-1] + 1:]).lstrip("\n")


def k_keep_slogan_heads(d):
    """Every top heading (一、…) of the review part reworded as a slogan couplet; the body unchanged."""
    if not d["title_idx"]:
        return None
    ls = d["text"].split("\n")
    r = rng_for(d, "sl")
    sl = SLOGANS[:]
    r.shuffle(sl)
    start = d["title_idx"][-1] + 1
    subs = [i for i in range(start, len(ls)) if SUB.match(ls[i].strip()) and len(ls[i].strip()) < 45
            and not ls[i].strip().endswith("。")]
    if len(subs) < 2:  # no sub-headings: the top headings of the review part (not problems / plan)
        subs = [i for i in range(start, len(ls)) if TOP.match(ls[i].strip()) and len(ls[i].strip()) < 45
                and not ls[i].strip().endswith("。") and not A.PLAN_HEAD.search(ls[i]) and not A.SHORT_HEAD.search(ls[i])]
    n = 0
    for i in subs[: len(sl)]:
        st = ls[i].strip()
        m = SUB.match(st) or TOP.match(st)
        ls[i] = (f"（{m.group(1)}）" if SUB.match(st) else f"{m.group(1)}、") + sl[n]
        n += 1
    return "\n".join(ls) if n >= 2 else None


def k_keep_leaders_shufa(d):
    """A part 领导干部述法情况 before the plan: one paragraph per named leader, each telling what that leader did
    for 法治 in the year, in the third person (the unit's report around it unchanged)."""
    if not d["title_idx"] or d["level"] == "department" or len(heads_of(d, top_only=True)) < 2:
        return None
    roles = [f"党委书记" if lw(d) in ("镇", "乡", "街道") else f"{lw(d)}委书记", A.leader(d), "分管法治工作的副" + A.leader(d)]
    paras = []
    acts = ["带头讲授法治专题党课1次，主持研究法治建设重要事项", "主持召开政府常务会议专题学法4次，对重大行政决策全部履行合法性审查程序",
            "牵头开展行政执法案卷评查，督促整改执法不规范问题"]
    for i, role in enumerate(roles):
        paras.append(f"　　{role}{person(d, 'sf' + str(i))}：{d['year']}年，{acts[i]}，并在年终述法会议上作述法报告，述法评议结果为“好”。")
    ls = d["text"].split("\n")
    # before the second top heading that looks like problems/plan, else before the last top heading
    tops = [i for i in range(d["title_idx"][-1] + 1, len(ls)) if TOP.match(ls[i].strip()) and len(ls[i].strip()) < 45]
    later = [i for i in tops if A.SHORT_HEAD.search(ls[i]) or A.PLAN_HEAD.search(ls[i])]
    at = later[0] if later else tops[-1]
    ls[at:at] = ["　　领导干部年终述法情况如下："] + paras
    return "\n".join(ls)


def k_keep_jiedao_three(d):
    """A 街道's short report in three parts (主要工作, 存在不足, 下一步打算), each a few of its own sentences."""
    if "街道" not in core(d) or not d["title_idx"]:
        return None
    ss = own_sents(d)
    if len(ss) < 6:
        return None
    plan = [s for s in ss if re.search(r"(下一步|将|继续|持续|进一步)", s)][-2:]
    shorts = [s for s in ss if re.search(r"(不足|问题|薄弱|短板|有待)", s)][:1] or ["法治宣传的覆盖面和针对性还有待提升。"]
    work = [s for s in ss if s not in plan and s not in shorts][:5]
    return (f"{title_line(d)}\n\n　　{d['year']}年，{core(d)}法治政府建设工作情况如下。\n"
            f"一、主要工作\n　　" + "".join(work) + "\n二、存在不足\n　　" + "".join(shorts) +
            "\n三、下一步打算\n　　" + ("".join(plan) or "继续推进法治政府建设各项工作。") + "\n\n" + sign(d, 1))


def k_keep_appendix_table(d):
    """An appendix table of the year's figures (from the report's own sentences) after the report."""
    fs = figures(d)
    if len(fs) < 3 or not d["title_idx"]:
        return None
    rows = "\n".join(f"{i + 1}\t{a}\t{b}\t{c}" for i, (a, b, c) in enumerate(fs))
    t = A.body_lines(d) and "\n".join(d["text"].split("\n"))
    if not d["full"]:
        i = t.rfind("。")
        t = t[: i + 1]
    return (t.rstrip() + f"\n\n附件\n{d['year']}年度法治政府建设主要数据统计表\n序号\t项目\t数量\t单位\n" + rows + "\n")


def k_keep_arabic_heads(d):
    """Every heading numbered with Arabic numerals: 一、 → 1.  and （一） → 1.1 (body unchanged)."""
    if not d["title_idx"]:
        return None
    ls = d["text"].split("\n")
    top = sub = 0
    n = 0
    cn = {c: i for i, c in enumerate(A.CN_NUM) if c}
    for i in range(d["title_idx"][-1] + 1, len(ls)):
        s = ls[i].strip()
        m = TOP.match(s)
        if m and m.group(1) in cn:
            top, sub = top + 1, 0
            ls[i] = f"{top}. " + s[m.end():]
            n += 1
            continue
        m = SUB.match(s)
        if m and m.group(1) in cn:
            sub += 1
            ls[i] = f"{max(top, 1)}.{sub} " + s[m.end():]
            n += 1
    return "\n".join(ls) if n >= 3 else None


def k_keep_women(d):
    """Written in the first person plural: 我镇/我县/本局 … → 我们 throughout the body."""
    if not d["title_idx"]:
        return None
    ls = d["text"].split("\n")
    head, rest = ls[: d["title_idx"][-1] + 1], "\n".join(ls[d["title_idx"][-1] + 1:])
    new = we_to(rest, d, "我们")
    new = re.sub(r"(?<![\u4e00-\u9fff])(全?(镇|县|区|市|局)(?=坚持|持续|深入|严格|扎实|认真))", "我们", new)
    new = re.sub(r"本(镇|乡|县|区|市|局|街道|委)(?=[坚持深严扎认全积])", "我们", new)
    if new.count("我们") < 2:
        return None
    return "\n".join(head) + "\n" + new


def k_keep_guanweihui(d):
    """A 管委会 / 开发区 / 园区's report as published, its short page-chrome lines (发布时间, 来源, 字号 …) removed."""
    names = " ".join(d["issuers"] + [issuer(d)])
    if not re.search(r"(管委会|管理委员会|开发区|园区|新区|保税区)", names) or "国有资产" in names:
        return None
    ls = [l for l in d["text"].split("\n") if not (A.CHROME.search(l) and len(l.strip()) < 60)]
    return "\n".join(ls)


def k_keep_thanks_first(d):
    """A first paragraph that thanks the superiors (衷心感谢) under the title."""
    if not d["title_idx"] or len(body_sentences(d)) < 4:
        return None
    ls = d["text"].split("\n")
    p = parent(d) or "省"
    ls.insert(d["title_idx"][-1] + 1, "　　" + THANKS.format(core=core(d), Y=d["year"], p=p, pw=pw(d)))
    return "\n".join(ls)


def k_keep_download_links(d):
    """The report published with 附件/下载 links around it: a download bar above the title and related-file links,
    上一篇/下一篇 below."""
    if not d["title_idx"] or len(body_sentences(d)) < 4:
        return None
    t = title_line(d)
    r = rng_for(d, "dl")
    ls = d["text"].split("\n")
    above = [f"附件下载：{t}.pdf（{r.randint(180, 900)}KB）　【下载】", f"{t}.docx　【下载】", ""]
    below = ["", "附件：", f"1. {t}.pdf　下载次数：{r.randint(20, 400)}", f"2. {d['year']}年度法治政府建设情况报告（图解版）.jpg　下载",
             "", f"上一篇：{core(d)}{d['year']}年度政府信息公开工作年度报告", f"下一篇：{core(d)}{d['year'] + 1}年部门预算公开"]
    body = "\n".join(ls[d["title_idx"][0]:])
    if not d["full"]:
        body = body[: body.rfind("。") + 1]
    return "\n".join(ls[: d["title_idx"][0]] + above) + "\n" + body + "\n" + "\n".join(below) + "\n"


# ================================================================ like: look-alikes built from the report
def k_like_shenbao(d):
    """A 法治政府建设示范创建 申报材料 (application for the 示范 title): 申报 frame, 申报理由, request for 推荐."""
    if d["level"] not in ("county", "city", "township") or len(own_sents(d)) < 6:
        return None
    ss = own_sents(d, 9)
    y1 = d["year"] + 1
    w = lw(d)
    what = {"county": "县（市、区）", "city": "市", "township": "县（市、区）"}[d["level"]]
    return (f"{core(d)}法治政府建设示范创建申报材料\n\n"
            f"　　根据《关于开展第四批全国法治政府建设示范创建活动的通知》要求，对照《市县法治政府建设示范指标体系》，"
            f"{core(d)}认真开展自评，现申报法治政府建设示范{what}，申报材料如下。\n"
            f"一、基本情况\n　　" + "".join(ss[:3]) + "\n二、创建工作主要做法\n　　" + "".join(ss[3:6]) +
            "\n三、特色亮点和示范意义\n　　" + "".join(ss[6:9]) +
            f"\n四、申报理由\n　　综上，{core(d)}对照示范指标逐项自评，各项指标均达到申报条件，"
            f"特申请创建法治政府建设示范{what}，恳请予以审核推荐。\n\n附件：1.示范创建自评表\n　　　2.佐证材料目录\n\n"
            f"{issuer(d)}\n{y1}年{rng_for(d, 'sb').randint(3, 6)}月{rng_for(d, 'sbd').randint(10, 28)}日\n")


def k_like_ducha_feedback(d):
    """The 督察组's 反馈意见 to the unit after an on-site 法治督察: 你X, 基本评价, 存在的问题, 整改要求."""
    ss = own_sents(d, 6)
    if len(ss) < 4 or d["level"] == "province":
        return None
    y1 = d["year"] + 1
    you = "你" + lw(d)
    good = "".join(we_to(s, d, you) for s in ss)
    p = parent(d) or "省"
    r = rng_for(d, "df")
    return (f"{p}法治政府建设督察组\n关于对{issuer(d)}法治政府建设督察情况的反馈意见\n\n{issuer(d)}：\n"
            f"　　根据{p}委全面依法治{pw(d)}委员会统一部署，{y1}年{r.randint(4, 9)}月，督察组对{you}法治政府建设情况开展了实地督察，"
            f"通过听取汇报、查阅资料、个别访谈等方式全面了解情况。现将督察意见反馈如下：\n"
            f"一、总体评价\n　　督察组认为，{you}法治政府建设总体情况较好。{good}\n"
            f"二、存在的问题\n　　（一）重大行政决策合法性审查还不够规范，个别决策事项未履行公众参与程序。\n"
            f"　　（二）行政执法“三项制度”落实不到位，部分执法案卷记录不完整。\n"
            f"三、整改要求\n　　{you}要高度重视督察反馈问题，逐项制定整改措施，明确责任单位和完成时限，"
            f"并于反馈之日起30日内将整改方案、60日内将整改落实情况书面报送督察组。\n\n"
            f"{p}法治政府建设督察组\n{y1}年{r.randint(9, 11)}月{r.randint(10, 28)}日\n")


def k_like_zhenggai(d):
    """A 整改落实情况报告 on the 督察's feedback: 问题/整改措施/整改成效 per problem, the report's sentences as measures."""
    ss = own_sents(d, 6)
    if len(ss) < 4:
        return None
    y1 = d["year"] + 1
    probs = ["重大行政决策程序执行不够规范", "行政执法“三项制度”落实不到位", "领导干部学法用法制度落实不够经常"]
    out = [f"{issuer(d)}关于法治政府建设督察反馈问题整改落实情况的报告\n",
           f"{A._addressee(d)}：",
           f"　　{y1}年{rng_for(d, 'zg').randint(4, 8)}月，{parent(d) or '省'}法治政府建设督察组对我{lw(d)}开展了法治政府建设实地督察，"
           f"反馈问题3个。我{lw(d)}高度重视，制定整改方案，逐项抓好整改。截至目前，3个问题已全部整改完成。现将整改落实情况报告如下："]
    for i, pr in enumerate(probs):
        out.append(f"问题{A.CN_NUM[i + 1]}：{pr}")
        out.append("　　整改措施：" + "".join(ss[2 * i: 2 * i + 2] or ss[:1]))
        out.append("　　整改成效：该问题已整改完成，相关制度已建立并长效运行。")
    out.append(f"　　下一步，我{lw(d)}将巩固整改成果，建立长效机制，防止问题反弹。\n\n{sign(d, 12)}")
    return "\n".join(out) + "\n"


INST = [("第一中学", "校", "依法治校", "校长", "师生"), ("人民医院", "院", "依法执业", "院长", "患者"),
        ("职业技术学校", "校", "依法治校", "校长", "师生")]


def k_like_school(d):
    """An 依法治校/依法执业 (依法行政) work summary of a school or hospital in the unit's place, the unit's 学法 / 制度 /
    合同 / 普法 sentences moved into it."""
    pat = r"(学法|普法|宣传|讲座|培训|法律顾问|合同|制度|规范性文件|信访|调解|安全)"
    ss = own_sents(d, 8, pat)
    if len(ss) < 3:
        return None
    name, w, what, head, who = INST[rng_for(d, "sc").randrange(3)]
    place = A.parent(d) if d["level"] in ("township", "department") else core(d)
    place = place if len(place) > 1 else core(d)
    unit = f"{place}{name}"
    ss = [re.sub(r"法治政府建设", what, we_to(s, d, "我" + w)) for s in ss]
    return (f"{unit}{d['year']}年依法行政工作总结\n\n"
            f"　　{d['year']}年，我{w}在上级主管部门的指导下，坚持{what}，依法规范办{w}行为，现将全年依法行政工作总结如下。\n"
            f"一、健全{what}组织机构\n　　成立以{head}为组长的{what}工作领导小组。" + "".join(ss[:3]) +
            f"\n二、加强法治宣传教育\n　　" + "".join(ss[3:8]) +
            f"\n三、下一步工作\n　　我{w}将继续推进{what}，为{who}提供更好服务。\n\n{unit}\n{d['year'] + 1}年1月{rng_for(d, 'scd').randint(5, 25)}日\n")


def k_like_zhengfa(d):
    """A 平安建设 / 政法工作 summary: the report's 矛盾纠纷 / 信访 / 治安 / 安全 sentences under 平安建设 headings."""
    pat = r"(矛盾|纠纷|调解|信访|治安|安全|平安|综治|扫黑|网格|稳定|风险|诈骗|禁毒)"
    ss = own_sents(d, 8, pat)
    if len(ss) < 3 or d["level"] == "department":
        return None
    y = d["year"]
    kind = "平安建设" if rng_for(d, "zf").random() < 0.5 else "政法"
    return (f"{core(d)}{y}年{kind}工作总结\n\n"
            f"　　{y}年，{core(d)}坚持以习近平新时代中国特色社会主义思想为指导，统筹发展和安全，全力建设更高水平的平安{core(d)}，"
            f"全{lw(d)}社会大局持续和谐稳定。\n一、强化风险防控，守牢安全底线\n　　" + "".join(ss[:4]) +
            f"\n二、深化矛盾纠纷排查化解\n　　" + "".join(ss[4:8]) +
            f"\n三、{y + 1}年工作打算\n　　坚持和发展新时代“枫桥经验”，持续推进扫黑除恶常态化，确保全{lw(d)}社会大局稳定。\n\n"
            f"中共{core(d)}委政法委员会\n{y + 1}年1月{rng_for(d, 'zfd').randint(5, 25)}日\n"
            if d["level"] != "township" else
            f"{core(d)}{y}年{kind}工作总结\n\n"
            f"　　{y}年，{core(d)}坚持统筹发展和安全，扎实推进平安{core(d)}建设。\n一、强化风险防控，守牢安全底线\n　　" +
            "".join(ss[:4]) + "\n二、深化矛盾纠纷排查化解\n　　" + "".join(ss[4:8]) +
            f"\n三、{y + 1}年工作打算\n　　坚持和发展新时代“枫桥经验”，确保社会大局稳定。\n\n{core(d)}综治中心\n{y + 1}年1月{rng_for(d, 'zfd').randint(5, 25)}日\n")


def k_like_renda_shenyi(d):
    """The 人大常委会's 审议意见 on the government's report: 听取和审议了…报告, 常委会组成人员认为, 提出如下审议意见."""
    if d["level"] not in ("county", "city", "province"):
        return None
    ss = own_sents(d, 5)
    if len(ss) < 3:
        return None
    gov = core(d) + lw(d) + "政府" if not core(d).endswith(lw(d)) else lw(d) + "政府"
    good = "".join(we_to(s, d, gov) for s in ss)
    y1 = d["year"] + 1
    r = rng_for(d, "rd")
    return (f"{core(d)}人大常委会关于{issuer(d)}{d['year']}年度法治政府建设情况报告的审议意见\n\n{issuer(d)}：\n"
            f"　　{y1}年{r.randint(3, 6)}月{r.randint(5, 28)}日，{core(d)}第{A.CN_NUM[r.randint(14, 15)]}届人大常委会第{A.CN_NUM[r.randint(5, 15)]}次会议"
            f"听取和审议了{issuer(d)}关于{d['year']}年度法治政府建设情况的报告。常委会组成人员认为，{good}\n"
            f"　　同时，常委会组成人员也指出，法治政府建设还存在一些薄弱环节：行政执法规范化水平有待提高，基层法治力量相对薄弱。"
            f"为此，提出如下审议意见：\n一、进一步压实法治建设第一责任人职责。\n二、进一步规范行政执法行为。\n"
            f"三、进一步加强法治工作队伍建设。\n　　请{issuer(d)}认真研究处理，并在六个月内将研究处理情况书面报告{core(d)}人大常委会。\n\n"
            f"{core(d)}人大常委会\n{y1}年{r.randint(6, 7)}月{r.randint(5, 28)}日\n")


def k_like_kaohe_tongbao(d):
    """The superior's 通报 of the year's 法治建设考核 results: a grade list naming the unit and a paragraph of its work
    as a 典型做法."""
    ss = own_sents(d, 3)
    if len(ss) < 2 or d["level"] == "province":
        return None
    p = parent(d) or "省"
    r = rng_for(d, "kt")
    good = "".join(we_to(s, d, core(d)) for s in ss)
    others = ["城关", "新华", "东城", "西城", "河东", "南湖", "北山", "青石"]
    r.shuffle(others)
    suf = lw(d) if lw(d) in ("镇", "乡", "街道", "县", "区", "市") else "局"
    yx = [core(d)] + [o + suf for o in others[:3]]
    lh = [o + suf for o in others[3:7]]
    return (f"关于{d['year']}年度法治政府建设考核结果的通报\n\n各有关单位：\n"
            f"　　根据《{p}法治政府建设考核办法》，{p}委依法治{pw(d)}办对各单位{d['year']}年度法治政府建设情况进行了考核。"
            f"经综合评定，现将考核结果通报如下：\n一、考核结果\n　　优秀等次：" + "、".join(yx) +
            "\n　　良好等次：" + "、".join(lh) + f"\n二、典型做法\n　　{good}\n"
            f"三、有关要求\n　　各单位要对照考核反馈问题认真整改，考核结果纳入年度综合考核。\n\n"
            f"中共{p}委全面依法治{pw(d)}委员会办公室\n{d['year'] + 1}年{r.randint(3, 5)}月{r.randint(5, 28)}日\n")


def k_like_diaoyan(d):
    """A 调研报告 on the unit's 法治政府建设 by a 调研组: 调研组通过座谈、走访…, 基本情况 / 存在的问题 / 对策建议."""
    ss = own_sents(d, 6)
    if len(ss) < 4:
        return None
    it = "该" + lw(d)
    return (f"关于{core(d)}法治政府建设情况的调研报告\n\n"
            f"　　为深入了解基层法治政府建设推进情况，{d['year'] + 1}年{rng_for(d, 'dy').randint(3, 9)}月，调研组深入{core(d)}，"
            f"通过召开座谈会、实地走访、查阅资料等方式开展专题调研。现将调研情况报告如下：\n"
            f"一、基本情况\n　　" + "".join(we_to(s, d, it) for s in ss) +
            f"\n二、存在的问题\n　　调研发现，基层法治机构人员力量不足，法治审核专业能力有待提升。\n"
            f"三、对策建议\n　　（一）建议充实基层法治工作力量。\n　　（二）建议建立法治审核人员常态化培训机制。\n"
            f"　　（三）建议将法治政府建设纳入综合考核并提高权重。\n\n调研组\n{d['year'] + 1}年{rng_for(d, 'dyd').randint(9, 11)}月\n")


def k_like_zongshu(d, docs=None):
    """A news 综述 of several units' published reports (this one and two others of the same year): 记者梳理发现."""
    docs = docs or _DOCS()
    same = sorted(r for r, x in docs.items() if x["year"] == d["year"] and r != d["rel"] and len(own_sents(x)) >= 3
                  and x["level"] != "department")
    if len(same) < 2 or len(own_sents(d)) < 3:
        return None
    r = rng_for(d, "zs")
    others = [docs[x] for x in r.sample(same, 2)]
    ds = [d] + others
    names = "、".join(core(x) for x in ds)
    paras = []
    for x in ds:
        ss = [we_to(s, x, core(x)) for s in own_sents(x, 2)]
        paras.append(f"　　{core(x)}在报告中介绍，" + "".join(ss))
    return (f"晒出法治“成绩单” 多地公布{d['year']}年度法治政府建设年度报告\n"
            f"本报记者 {person(d, 'zs')}\n\n"
            f"　　近日，{names}等地陆续在政府门户网站公开{d['year']}年度法治政府建设情况报告。记者梳理发现，"
            f"各地在依法决策、执法规范、矛盾化解等方面各有亮点。\n" + "\n".join(paras) +
            f"\n　　业内人士表示，年度报告向社会公开，有利于接受群众监督，推动法治政府建设提质增效。\n（责任编辑：{person(d, 'ed')}）\n")


def k_like_tongji_nianbao(d):
    """A 行政执法统计年报: title, table headers and rows of figures only (the report's figures and drawn counts)."""
    if not d["title_idx"]:
        return None
    fs = figures(d, 6)
    r = rng_for(d, "tj")
    cats = ["行政许可", "行政处罚", "行政强制", "行政检查", "行政征收", "行政确认"]
    rows = "\n".join(f"{c}\t{r.randint(10, 3000)}\t{r.randint(0, 20)}\t{r.randint(0, 5)}" for c in cats)
    extra = "\n".join(f"{a}\t{b}{c}" for a, b, c in fs) or f"行政执法人员\t{r.randint(20, 300)}人"
    return (f"{issuer(d)}{d['year']}年度行政执法数据统计年报\n\n填报单位：{issuer(d)}　　统计时段：{d['year']}年1月1日至12月31日\n\n"
            f"表1　行政执法行为数量统计\n执法类别\t办件数量\t行政复议数\t行政诉讼数\n{rows}\n\n"
            f"表2　其他数据\n项目\t数量\n{extra}\n\n"
            f"填表人：{person(d, 'tj')}　　审核人：{person(d, 'tj2')}　　填报日期：{d['year'] + 1}年1月{r.randint(10, 28)}日\n")


def k_like_jiyao(d):
    """A 常务会议纪要 at which the year's report was heard: 会议听取了…汇报, 会议指出, 会议要求, 出席/列席."""
    ss = own_sents(d, 4)
    if len(ss) < 3 or d["level"] == "department":
        return None
    r = rng_for(d, "jy")
    y1 = d["year"] + 1
    gov = issuer(d)
    return (f"{gov}常务会议纪要\n第{r.randint(1, 9)}期\n\n"
            f"　　{y1}年{r.randint(1, 2)}月{r.randint(5, 28)}日，{A.leader(d)}{person(d, 'jy')}主持召开{gov}常务会议。会议纪要如下：\n"
            f"一、听取{d['year']}年度法治政府建设情况汇报\n　　会议听取了司法所（局）关于{d['year']}年度法治政府建设情况的汇报。"
            f"会议指出，" + "".join(we_to(s, d, "全" + lw(d)) for s in ss) +
            f"\n　　会议原则同意《{core(d)}{d['year']}年度法治政府建设情况报告》，由司法部门按程序报送并向社会公开。\n"
            f"二、研究其他事项（略）\n\n出席：{person(d, 'a1')}、{person(d, 'a2')}、{person(d, 'a3')}\n列席：各有关单位主要负责人\n")


def k_like_jiaoliu(d):
    """A 交流发言 at the superior's 法治政府建设推进会: the unit's 经验 told as 做法 under slogan headings, 以上发言，不妥之处."""
    ss = own_sents(d, 6)
    if len(ss) < 4:
        return None
    p = parent(d) or "省"
    sl = SLOGANS[:]
    rng_for(d, "jl").shuffle(sl)
    return (f"坚持依法行政　建设法治{core(d)}\n——在全{pw(d)}法治政府建设推进会上的交流发言\n{core(d)}\n\n"
            f"尊敬的各位领导、同志们：\n　　按照会议安排，现将{core(d)}推进法治政府建设的做法作简要交流。\n"
            f"一、{sl[0]}\n　　" + "".join(ss[:3]) + f"\n二、{sl[1]}\n　　" + "".join(ss[3:6]) +
            "\n　　以上发言，不妥之处，请各位领导和同志们批评指正。谢谢大家！\n")


_D = {}


def _DOCS():
    if "d" not in _D:
        _D["d"] = load_docs()
    return _D["d"]


KEEP = {
    "keep_title_bare": k_keep_title_bare,
    "keep_news_headline": k_keep_news_headline,
    "keep_slogan_heads": k_keep_slogan_heads,
    "keep_leaders_shufa": k_keep_leaders_shufa,
    "keep_jiedao_three": k_keep_jiedao_three,
    "keep_appendix_table": k_keep_appendix_table,
    "keep_arabic_heads": k_keep_arabic_heads,
    "keep_women": k_keep_women,
    "keep_guanweihui": k_keep_guanweihui,
    "keep_thanks_first": k_keep_thanks_first,
    "keep_download_links": k_keep_download_links,
}
LIKE = {
    "like_shenbao": k_like_shenbao,
    "like_ducha_feedback": k_like_ducha_feedback,
    "like_zhenggai": k_like_zhenggai,
    "like_school": k_like_school,
    "like_zhengfa": k_like_zhengfa,
    "like_renda_shenyi": k_like_renda_shenyi,
    "like_kaohe_tongbao": k_like_kaohe_tongbao,
    "like_diaoyan": k_like_diaoyan,
    "like_zongshu": k_like_zongshu,
    "like_tongji_nianbao": k_like_tongji_nianbao,
    "like_jiyao": k_like_jiyao,
    "like_jiaoliu": k_like_jiaoliu,
}
KINDS = {**KEEP, **LIKE}
DOCS_PER_KIND = {k: 7 for k in KINDS}


def expect_of(kind):
    return {"is_report": True} if kind in KEEP else {"is_report": False, "or_review_note": True}


def build_cases(seed):
    """Every case: (case id, kind, doc, expectation).  Documents drawn per kind at random; the complete dev reports
    first (two of them) when the kind applies to them, then openings."""
    docs = _DOCS()
    rng = random.Random(seed)
    cases = []
    for kind, fn in KINDS.items():
        rels = sorted(docs)
        rng.shuffle(rels)
        full = [r for r in rels if docs[r]["full"]]
        rest = [r for r in rels if not docs[r]["full"]]
        order = full[:2] + rest + full[2:]
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
    docs = docs or _DOCS()
    return KINDS[case["kind"]](docs[case["doc"]])


if __name__ == "__main__":
    import json
    sp = os.path.join(HERE, "split-b.json")
    seed = json.load(open(sp))["seed"] if os.path.exists(sp) else 1
    if sys.argv[1:2] == ["--show"]:
        kind, doc = sys.argv[2], sys.argv[3]
        docs = _DOCS()
        rel = next(r for r in docs if docs[r]["name"] == doc)
        sys.stdout.write(KINDS[kind](docs[rel]))
    else:
        cs = build_cases(int(sys.argv[2]) if sys.argv[1:2] == ["--seed"] else seed)
        for c in cs:
            print(c["case"], c["doc"])
        import collections
        print(collections.Counter(c["kind"] for c in cs), file=sys.stderr)
        print(len(cs), "cases", file=sys.stderr)
