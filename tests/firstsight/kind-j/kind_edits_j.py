#!/usr/bin/env python3
"""Kind set j: real reports made harder (must stay reports, with the right title / issuer / level / report year)
and look-alikes built from the reports' own text (must be refused or flagged).  First sight: written without
reading fzscore's code, rubrics or data.

Reuses kind set i's helpers (and through them sets a / b / f / g), imported, not edited.  Every case is built in
code from a real labelled report.  Expectation by family:

- "keep": document.is_report true; title (one of a list, compared after eval_corpus.norm), issuer, level,
  report_year as the case's expectation says (a list accepts any of its items; a missing key is not asserted);
- "like": is_report false, or true with a review note (document.review_notes non-empty or needs_review true).

    python3 kind_edits_j.py --list           # the cases of the stored split's seed
    python3 kind_edits_j.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
"""
from __future__ import annotations

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kind-i"))
import kind_edits_i as I  # noqa: E402

A, B, F, G = I.A, I.B, I.F, I.G
load_docs, core, lw, parent, rng_for, person = I.load_docs, I.core, I.lw, I.parent, I.rng_for, I.person
cn_num, we_to, norm = I.cn_num, I.we_to, I.norm
own_sents, _ok, _exp, _cut, _report_part = I.own_sents, I._ok, I._exp, I._cut, I._report_part
sig_name, _third, _no_dates, _tasks, _shortfalls, _body, _paras, _date = (
    I.sig_name, I._third, I._no_dates, I._tasks, I._shortfalls, I._body, I._paras, I._date)


def _tx(d, new_titles):
    """Expectation with acceptable titles: the new title lines first, then the labelled ones."""
    return [norm(t) for t in new_titles if t] + [norm(t) for t in d["titles"]]


def _ex(d, titles, **kw):
    e = _exp(d, **kw)
    e["title"] = titles
    return e


ZONE = re.compile(r"(开发区|管委会|管理委员会|园区|新区|综保区|综合保税区|高新区|经开区|林场|农场)")


# ================================================================ keep
def k_keep_bare_gongzuo_title(d):
    """Title only `{Y}年度工作报告`; the lines above it dropped; a first sentence naming the unit and 法治政府建设;
    elsewhere 法治政府建设 becomes 依法行政工作 so the topic is named only in that first sentence."""
    if not _ok(d, 6):
        return None
    above, title, rest = _report_part(d)
    new = f"{d['year']}年度工作报告"
    lead = (f"　　{d['year']}年，{sig_name(d)}坚持以习近平法治思想为指导，全面推进法治政府建设，"
            f"现将全年工作情况报告如下。")
    body = "\n".join(rest).replace("法治政府建设工作", "依法行政工作").replace("法治政府建设", "依法行政工作")
    return "\n".join(["　　　　" + new, "", lead, body]) + "\n", _ex(d, _tx(d, [new]))


def k_keep_own_site_news(d):
    """Published as a news item on the unit's own site: headline `{unit}公布{Y}年度法治政府建设情况报告`, a 发布时间 /
    来源 line, `近日，{unit}印发了《title》，全文如下：`, then the title again and the full text."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    y, m, day = _date(d, "own")
    t = norm(d["titles"][0])
    verb = rng_for(d, "vb").choice(["印发", "公布", "公开发布"])
    head = f"{core(d)}{verb}{d['year']}年度法治政府建设情况报告"
    top = [head, f"发布时间：{y}-{m:02d}-{day:02d}　　来源：{sig_name(d)}办公室　　浏览次数：{rng_for(d, 'vw').randint(40, 900)}",
           "", f"　　近日，{sig_name(d)}{verb}了《{t}》，全文如下：", ""]
    return "\n".join(top + title + _no_dates(rest)) + "\n", _ex(d, _tx(d, [head]))


def k_keep_zone_short_title(d):
    """A development zone's (管委会, 园区, 新区 …) own report: the title uses the zone's shortest labelled name and
    `法治政府建设工作情况`; lines above dropped; the full name signs below.  Level: as labelled, or county / township /
    department (a zone has no settled level)."""
    names = d["issuers"]
    if not _ok(d) or not any(ZONE.search(n) for n in names):
        return None
    above, title, rest = _report_part(d)
    short = sorted(names, key=len)[0]
    full = sorted(names, key=len)[-1]
    new = f"{short}{d['year']}年度法治政府建设工作情况"
    y, m, day = _date(d, "zn")
    body = _cut("\n".join(_no_dates(rest)), d)
    lv = sorted({d["level"], "county", "township", "department"})
    return ("\n".join([new, "", body, "", f"{full}", f"{y}年{m}月{day}日"]) + "\n",
            _ex(d, _tx(d, [new]), level=lv))


def k_keep_yifa_xingzheng_baogao(d):
    """The older name: title `{unit}{Y}年依法行政工作报告`, and 法治政府建设 → 依法行政 in the headings (short lines)."""
    if not _ok(d):
        return None
    above, title, rest = _report_part(d)
    new = f"{sig_name(d)}{d['year']}年依法行政工作报告"
    rest = [l.replace("法治政府建设", "依法行政工作") if len(l.strip()) < 40 else l for l in rest]
    return "\n".join(above + [new] + rest) + "\n", _ex(d, _tx(d, [new]))


def k_keep_two_pages_nav(d):
    """A page split in two inside a paragraph (at a sentence end): `第1页` under the title, page 1 closed by
    `首页　上一页　[1]　2　下一页　尾页`, page 2 opened by the site's 当前位置 line and `第2页`, closed by
    `首页　上一页　1　[2]　下一页　尾页　共2页`."""
    if not _ok(d, 8):
        return None
    above, title, rest = _report_part(d)
    body = _cut("\n".join(rest), d).split("\n")
    long = [i for i, l in enumerate(body) if l.count("。") >= 3]
    if not long:
        return None
    i = long[len(long) // 2]
    ss = re.findall(r"[^。]*。", body[i])
    k = len(ss) // 2 or 1
    a, b = "".join(ss[:k]), body[i][len("".join(ss[:k])):]
    nav1 = ["", "首页　上一页　[1]　2　下一页　尾页", ""]
    p2 = ["当前位置：首页 > 政务公开 > 法治政府建设", "第2页", ""]
    nav2 = ["", "首页　上一页　1　[2]　下一页　尾页　共2页"]
    text = "\n".join(above + title + ["第1页"] + body[:i] + [a] + nav1 + p2 + ["　　" + b.lstrip("　 ")] + body[i + 1:] + nav2)
    return text + "\n", _ex(d, _tx(d, []))


def k_keep_fujian_stats(d):
    """The report followed by two statistics annexes: `附件1` 行政执法情况统计表 (类别 / 件数 rows and 合计) and
    `附件2` 行政复议和行政应诉情况统计表, counts drawn."""
    if not _ok(d):
        return None
    above, title, rest = _report_part(d)
    r = rng_for(d, "fj")
    y = d["year"]
    cats = ["行政许可", "行政处罚", "行政强制", "行政检查", "行政征收", "行政确认"]
    nums = [r.randint(0, 600) for _ in cats]
    t1 = ["", "附件1", f"{y}年度行政执法情况统计表", "序号\t执法类别\t办件数量（件）\t较上年增减（件）"]
    t1 += [f"{i + 1}\t{c}\t{n}\t{r.randint(-40, 60)}" for i, (c, n) in enumerate(zip(cats, nums))]
    t1 += [f"\t合计\t{sum(nums)}\t—"]
    a, b, c = r.randint(0, 30), r.randint(0, 12), r.randint(0, 4)
    t2 = ["", "附件2", f"{y}年度行政复议和行政应诉情况统计表", "项目\t收案（件）\t审结（件）\t纠错（件）",
          f"行政复议\t{a}\t{max(a - 1, 0)}\t{min(c, a)}", f"行政应诉\t{b}\t{max(b - 2, 0)}\t{min(c, b)}",
          f"注：统计时间为{y}年1月1日至{y}年12月31日。"]
    body = _cut("\n".join(rest), d)
    return "\n".join(above + title + [body] + t1 + t2) + "\n", _ex(d, _tx(d, []))


def k_keep_zongti_numbers(d):
    """A long `总体情况` paragraph of figures before the first paragraph of the body (after the page chrome): the report's own figures (B.figures) and drawn
    ones (规范性文件, 合法性审查, 复议, 应诉, 出庭率, 学法), then the body unchanged."""
    if not _ok(d):
        return None
    figs = B.figures(d, 6)
    if len(figs) < 2:
        return None
    above, title, rest = _report_part(d)
    r = rng_for(d, "zt")
    own = "，".join(f"{a}{n}{u}" for a, n, u in figs)
    para = (f"　　{d['year']}年，{I._we(d)}法治政府建设总体情况如下：全年审查规范性文件{r.randint(2, 40)}件、重大行政决策"
            f"{r.randint(1, 12)}项、合同{r.randint(30, 400)}份，合法性审查率100%；办理行政复议案件{r.randint(0, 40)}件，"
            f"行政应诉案件{r.randint(0, 25)}件，行政机关负责人出庭应诉率{r.randint(90, 100)}%；组织集体学法{r.randint(4, 14)}次、"
            f"领导干部旁听庭审{r.randint(1, 4)}次；{own}；受理政务服务事项{r.randint(2000, 90000)}件，"
            f"按时办结率{r.randint(97, 100)}%。")
    j = next((i for i, l in enumerate(rest) if len(l.strip()) >= 40 and not A.CHROME.search(l)), 0)
    return "\n".join(above + title + rest[:j] + ["　　总体情况", para] + rest[j:]) + "\n", _ex(d, _tx(d, []))


# ================================================================ like
def k_like_zhifa_shuju(d):
    """`{unit}{Y}年度行政执法数据公开`: 依据 sentence, sections 行政许可 / 行政处罚 / 行政强制 / 行政检查 each with
    counts (drawn) and, under 行政检查, one of the report's 执法 sentences; 数据截至 note; no review of the year."""
    ss = own_sents(d, 1, r"(执法|检查|处罚)")
    if not ss:
        return None
    r = rng_for(d, "zf")
    s, y = sig_name(d), d["year"]
    t = [f"{s}{y}年度行政执法数据公开", "",
         f"　　根据行政执法公示制度有关规定，现将{s}{y}年度行政执法数据公开如下：",
         "　　一、行政许可", f"　　受理行政许可申请{r.randint(10, 900)}件，准予许可{r.randint(10, 800)}件，不予许可{r.randint(0, 9)}件。",
         "　　二、行政处罚", f"　　作出行政处罚决定{r.randint(0, 300)}件，罚没款{r.randint(1, 500) / 10}万元，"
         f"其中简易程序{r.randint(0, 90)}件、普通程序{r.randint(0, 200)}件。",
         "　　三、行政强制", f"　　实施行政强制措施{r.randint(0, 40)}件，申请法院强制执行{r.randint(0, 5)}件。",
         "　　四、行政检查", f"　　开展行政检查{r.randint(20, 2000)}次，其中“双随机”抽查{r.randint(5, 90)}次。" + _third(ss[0], d),
         f"　　数据统计截至{y}年12月31日。对以上数据如有疑问，可拨打监督电话咨询。"]
    return "\n".join(t) + "\n"


def k_like_shifan_xiangmu(d):
    """A 单项示范 申报表: `第N批全国法治政府建设示范项目申报表`, 项目名称 (from a heading), 申报单位, 项目简介 /
    主要做法 (the report's sentences) / 创新性 / 可复制可推广性, 申报单位意见 and 市级推荐意见 blanks."""
    ss = own_sents(d, 5)
    heads = [A.unenum(h).strip("　 ") for h in A.heads_of(d)] if hasattr(A, "heads_of") else []
    if len(ss) < 4:
        return None
    name = re.sub(r"[。，；]", "", heads[0])[:20] if heads else "基层依法行政规范化建设"
    r = rng_for(d, "sf")
    t = [f"第{cn_num(r.randint(3, 5))}批全国法治政府建设示范项目申报表", "",
         f"项目名称：{name}", f"申报单位：{sig_name(d)}", f"联系人：{person(d, 'lx')}　　联系电话：{r.randint(1300000, 1399999)}{r.randint(1000, 9999)}",
         "一、项目简介", _paras(ss[:2]), "二、主要做法", _paras(ss[2:5], 1),
         "三、创新性", "　　在全省率先探索，形成了制度化、规范化的工作机制。",
         "四、可复制可推广性", "　　做法简便易行，适用于同类地区和部门。",
         "申报单位意见：　　　　（盖章）　　年　月　日", f"{parent(d)}级推荐意见：　　　　（盖章）　　年　月　日"]
    return "\n".join(t) + "\n"


def k_like_pinggu_gaoxiao(d):
    """A university institute's 第三方评估报告 on the unit's year: 受…委托, 评估方法 (问卷 N 份), a score table of
    six first-level indicators with 满分 / 得分, 总分 and 等次, 主要亮点 (third person), 失分点 (its shortfalls)."""
    ss = [_third(s, d) for s in own_sents(d, 3)]
    sf = _shortfalls(d, 2)
    if len(ss) < 3:
        return None
    r = rng_for(d, "pg")
    c = core(d)
    inds = ["依法全面履行政府职能", "依法行政制度体系", "行政决策", "行政执法", "权力制约监督", "社会矛盾纠纷化解"]
    full = [20, 15, 15, 20, 15, 15]
    got = [f - r.randint(0, 4) for f in full]
    uni = rng_for(d, "un").choice(["华东政法大学", "西南政法大学", "中南财经政法大学", "中国政法大学"])
    t = [f"{c}{d['year']}年度法治政府建设第三方评估报告", f"{uni}法治政府研究院", "",
         f"　　受{parent(d)}委托，本院于{d['year'] + 1}年{r.randint(1, 3)}月对{c}{d['year']}年度法治政府建设情况开展第三方评估，"
         f"共发放问卷{r.randint(300, 1500)}份，实地走访{r.randint(5, 20)}个单位。",
         "一、评估得分", "一级指标\t满分\t得分"] + [f"{a}\t{b}\t{g}" for a, b, g in zip(inds, full, got)] + [
         f"总分\t100\t{sum(got)}", f"　　评估等次：{'优秀' if sum(got) >= 90 else '良好'}。",
         "二、主要亮点", _paras(ss, 1),
         "三、失分点分析", _paras(sf, 1) if sf else "　　部分指标佐证材料不够完整。",
         "四、评估建议", "　　建议进一步健全制度机制，补齐短板弱项。"]
    return "\n".join(t) + "\n"


_DOCS_CACHE = []


def _peers(d, n=5):
    if not _DOCS_CACHE:
        _DOCS_CACHE.append(load_docs())
    docs = _DOCS_CACHE[0]
    r = rng_for(d, "peer")
    names = sorted({sig_name(x) for x in docs.values() if x["level"] == d["level"] and core(x) != core(d)})
    r.shuffle(names)
    return names[:n]


def k_like_kaohe_defen(d):
    """The superior 依法治X办's notice of the year's 法治建设绩效考核 scores: 排名 / 单位 / 得分 table (the unit among
    five other real units of its level), 扣分情况 for the unit (its shortfalls), 整改 demand."""
    sf = _shortfalls(d, 2)
    peers = _peers(d)
    if len(peers) < 5:
        return None
    r = rng_for(d, "kh")
    p = parent(d)
    pw = p[-1] if p else "省"
    units = peers[:]
    units.insert(r.randint(0, 5), sig_name(d))
    scores = sorted((r.randint(820, 990) / 10 for _ in units), reverse=True)
    y = d["year"]
    t = [f"中共{p}委全面依法治{pw}委员会办公室关于公布{y}年度法治建设绩效考核得分情况的通知", "",
         "各有关单位：",
         f"　　根据《{y}年度法治建设绩效考核办法》，经materials审核、实地抽查和综合评议，现将考核得分情况公布如下。".replace("materials", "材料"),
         "排名\t单位\t得分"] + [f"{i + 1}\t{u}\t{s}" for i, (u, s) in enumerate(zip(units, scores))] + [
         f"　　{sig_name(d)}主要扣分情况：" + ("".join(sf) if sf else "部分工作台账不完整。"),
         "　　请各单位对照扣分情况认真整改，整改情况于3月底前报送本办。",
         f"中共{p}委全面依法治{pw}委员会办公室", f"{y + 1}年{r.randint(2, 4)}月{r.randint(3, 27)}日"]
    return "\n".join(t) + "\n"


def k_like_shufa_diyizeren(d):
    """One chief's 述法 titled like a duty report: `{Y}年度党政主要负责人履行推进法治建设第一责任人职责述法报告` with
    `（{role} {name}）` under it; first person 我 (the unit's 我X → 我), 我学法用法, 我存在的不足, 下步打算."""
    ss = [we_to(s, d, "我") for s in own_sents(d, 6)]
    if len(ss) < 4:
        return None
    role = A.leader(d) if A.is_gov(d) else "局长"
    who = person(d, "dy")
    sf = [we_to(s, d, "我") for s in own_sents(d, None, r"(不够|不足|有待|仍需|还需|短板|薄弱)")][:2]
    r = rng_for(d, "dy")
    t = [f"{d['year']}年度党政主要负责人履行推进法治建设第一责任人职责述法报告", f"（{core(d)}{role}　{who}）", "",
         f"　　作为{core(d)}推进法治建设第一责任人，我始终把法治建设放在心上、抓在手上。下面，我就个人履职情况述法如下。",
         "　　一、我亲自部署推动的工作", _paras(ss),
         "　　二、我学法用法的情况", f"　　全年我带头参加学法{r.randint(4, 12)}次、旁听庭审{r.randint(1, 3)}次，出庭应诉{r.randint(0, 2)}次。",
         "　　三、我存在的不足", _paras(sf) if sf else "　　我对法治工作的研究还不够深入。",
         "　　四、下步打算", "　　我将继续当好法治建设的组织者、推动者和实践者。",
         f"　　述法人：{who}"]
    return "\n".join(t) + "\n"


def k_like_zhongxinzu(d):
    """`{party body}理论学习中心组{Y}年度学习情况报告`: 学习次数 / 专题 / 形式 (习近平法治思想, 二十大精神, 党纪),
    two of the report's 学法 sentences, 存在不足, 下一步学习计划."""
    ss = own_sents(d, 2, r"(学法|学习|讲座|培训)")
    if len(ss) < 1:
        return None
    r = rng_for(d, "zx")
    c = core(d)
    body = f"中共{c}委员会" if A.is_gov(d) and d["level"] != "township" else (f"中共{c}委员会" if A.is_gov(d) else f"中共{c}党组")
    t = [f"{body}理论学习中心组{d['year']}年度学习情况报告", "",
         f"　　{d['year']}年，{body}理论学习中心组坚持把理论学习作为首要政治任务，全年开展集体学习{r.randint(10, 16)}次，"
         f"其中专题研讨{r.randint(4, 8)}次，撰写心得体会{r.randint(10, 40)}篇。",
         "　　一、主要学习内容", "　　深入学习习近平新时代中国特色社会主义思想、党的二十大精神和习近平法治思想，"
         "系统学习《中国共产党纪律处分条例》，开展党纪学习教育。",
         "　　二、学习形式", "　　采取中心组集体学习、专题辅导、交流研讨、实地调研等方式。" + "".join(ss),
         "　　三、存在不足", "　　学习的系统性还不够，理论联系实际还需加强。",
         f"　　四、{d['year'] + 1}年学习计划", "　　制定年度学习计划，确保每月至少开展一次集体学习。"]
    return "\n".join(t) + "\n"


def k_like_yaodian_yinfa(d):
    """Next year's 要点 sent by a 印发 notice: `关于印发《{unit}{Y+1}年法治建设工作要点》的通知`, 各…：现将…印发给你们,
    the office and a date, then the 要点: one opening line and numbered items 1., 2. … (the report's sentences as tasks)."""
    tk = _tasks(d, 8)
    if len(tk) < 4:
        return None
    c = core(d)
    y = d["year"] + 1
    r = rng_for(d, "yd")
    lwd = lw(d)
    office = f"{c}全面依法治{lwd}委员会办公室" if A.is_gov(d) else f"{c}办公室"
    addr = {"township": "各村（社区）、镇属各单位：", "department": "局机关各科室、局属各单位："}.get(
        d["level"] if A.is_gov(d) else "department", "各有关单位：")
    name = f"{c}{y}年法治建设工作要点"
    t = [f"关于印发《{name}》的通知", "", addr,
         f"　　现将《{name}》印发给你们，请结合实际认真抓好贯彻落实。", "", office, f"{y}年{r.randint(1, 3)}月{r.randint(3, 27)}日", "",
         name, f"　　{y}年是……的关键之年，全{lwd}法治建设工作要点如下："]
    t += [f"　　{i + 1}. {s}" for i, s in enumerate(tk)]
    return "\n".join(t) + "\n"


def k_like_renda_shenyi_yijian(d):
    """`{place}人大常委会关于{gov}{Y}年度法治政府建设工作情况报告的审议意见` (county / city / province governments):
    第N次会议听取和审议, 一、总体评价 (the report's sentences, 该X政府), 二、存在的问题 (its shortfalls),
    三、意见建议, 研究处理 within three months, 常委会办公室 and a date."""
    if not A.is_gov(d) or d["level"] not in ("county", "city", "province") or any(ZONE.search(n) for n in d["issuers"]):
        return None
    ss = [_third(s, d) for s in own_sents(d, 4)]
    sf = _shortfalls(d, 2)
    tk = _tasks(d, 3)
    if len(ss) < 3 or not tk:
        return None
    c = core(d)
    r = rng_for(d, "rd")
    y, m, day = _date(d, "rd")
    t = [f"{c}人大常委会关于{sig_name(d)}{d['year']}年度法治政府建设工作情况报告的审议意见", "",
         f"{sig_name(d)}：",
         f"　　{y}年{m}月{day}日，{c}第{cn_num(r.randint(15, 18))}届人大常委会第{cn_num(r.randint(10, 30))}次会议听取和审议了"
         f"{sig_name(d)}关于{d['year']}年度法治政府建设工作情况的报告。现将审议意见交办如下：",
         "　　一、总体评价", "　　常委会组成人员认为：" + "".join(ss[:2]), _paras(ss[2:], 2),
         "　　二、存在的问题", _paras(sf, 1) if sf else "　　依法行政能力与新形势新要求相比还有差距。",
         "　　三、意见建议", _paras(tk, 1),
         f"　　请{sig_name(d)}认真研究处理，并在三个月内将研究处理情况书面报告常委会。",
         "", f"{c}人大常委会办公室", f"{y}年{m}月{day}日"]
    return "\n".join(t) + "\n"


# ================================================================ registry
KEEP = {
    "keep_bare_gongzuo_title": k_keep_bare_gongzuo_title,
    "keep_own_site_news": k_keep_own_site_news,
    "keep_zone_short_title": k_keep_zone_short_title,
    "keep_yifa_xingzheng_baogao": k_keep_yifa_xingzheng_baogao,
    "keep_two_pages_nav": k_keep_two_pages_nav,
    "keep_fujian_stats": k_keep_fujian_stats,
    "keep_zongti_numbers": k_keep_zongti_numbers,
}
LIKE = {
    "like_zhifa_shuju": k_like_zhifa_shuju,
    "like_shifan_xiangmu": k_like_shifan_xiangmu,
    "like_pinggu_gaoxiao": k_like_pinggu_gaoxiao,
    "like_kaohe_defen": k_like_kaohe_defen,
    "like_shufa_diyizeren": k_like_shufa_diyizeren,
    "like_zhongxinzu": k_like_zhongxinzu,
    "like_yaodian_yinfa": k_like_yaodian_yinfa,
    "like_renda_shenyi_yijian": k_like_renda_shenyi_yijian,
}
KINDS = {**KEEP, **LIKE}
DOCS_PER_KIND = {k: 7 for k in KINDS}


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
    sp = os.path.join(HERE, "split-j.json")
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
