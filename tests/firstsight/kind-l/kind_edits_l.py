#!/usr/bin/env python3
"""Kind set l: is the document an annual 法治政府建设 report?  Real reports made harder (must stay reports, with the
right title / issuer / level / report year) and look-alikes built from the reports' own text (must be refused or
flagged).  First sight: written without reading fzscore's code, rubrics or data.

Reuses kind set k's helpers (and through them sets a / b / f / g / i / j), imported, not edited.  Every case is
built in code from a real labelled report.  Expectation by family:

- "keep": document.is_report true; title (one of a list, compared after eval_corpus.norm; not asserted where the
  case has no title), issuer, level, report_year as labelled;
- "like": is_report false, or true with a review note (document.review_notes non-empty or needs_review true).

    python3 kind_edits_l.py --list           # the cases of the stored split's seed
    python3 kind_edits_l.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
"""
from __future__ import annotations

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kind-k"))
import kind_edits_k as K  # noqa: E402

A, J = K.A, K.J
B = J.B
load_docs, core, lw, parent, rng_for, person = K.load_docs, K.core, K.lw, K.parent, K.rng_for, K.person
cn_num, we_to, norm = K.cn_num, K.we_to, K.norm
own_sents, _ok, _exp, _report_part = K.own_sents, K._ok, K._exp, K._report_part
sig_name, _third, _no_dates, _tasks, _shortfalls, _paras, _date = (
    K.sig_name, K._third, K._no_dates, K._tasks, K._shortfalls, K._paras, K._date)
_tx, _ex, ZONE, _drop_sig, SHUFA = K._tx, K._ex, K.ZONE, K._drop_sig, K.SHUFA
FAZHI = re.compile(r"法治|依法|法律|普法|执法|复议|应诉|合法性|规范性文件")


def _body_lines(d):
    """The lines after the title without dated lines and signature lines."""
    above, title, rest = _report_part(d)
    return _drop_sig(_no_dates(rest), d)


def _names_unit_and_year(d):
    t = norm(d["titles"][0]) if d["titles"] else ""
    return bool(t) and str(d["year"]) in t and (norm(core(d)) in t or any(norm(n) in t for n in d["issuers"]))


# ================================================================ keep
def k_keep_zongjie_huibao(d):
    """The title says 工作总结 or 情况汇报 instead of 报告: `{unit}{Y}年法治政府建设工作总结` / `…推进情况汇报` (chosen per
    document); the other title lines and the lines above dropped; the body as on the page."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    word = rng_for(d, "zh").choice(["工作总结", "推进情况汇报"])
    new = f"{sig_name(d)}{d['year']}年法治政府建设{word}"
    return "\n".join([new] + rest) + "\n", _ex(d, _tx(d, [new]))


def k_keep_untitled_diyizeren(d):
    """No title and nothing above it: the text opens with the report's own sentences on the 第一责任人 / 主要负责人
    duty (as one paragraph), then the rest of the body (those sentences removed there); signed with the unit's
    name and a date.  Title not asserted."""
    if not _ok(d, 6):
        return None
    ss = [s for s in own_sents(d) if SHUFA.search(s)][:3]
    if len(ss) < 2:
        return None
    body = _body_lines(d)
    txt = "\n".join(body)
    for s in ss:
        txt = txt.replace(s, "")
    if len(txt) < 400:
        return None
    y, m, day = _date(d, "dz")
    t = ["　　" + "".join(ss), txt.strip("\n"), "", sig_name(d), f"{y}年{m}月{day}日"]
    return "\n".join(t) + "\n", _exp(d)


def k_keep_excerpt_800(d):
    """A page excerpt: the title and the body cut at the last full stop within the first 800 characters; lines
    above dropped.  Only reports of at least 1400 characters whose excerpt still names the unit (a labelled name)
    and the year."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    t = "\n".join(title + rest)
    if len(t) < 1400:
        return None
    cut = t[:800]
    cut = cut[: cut.rfind("。") + 1]
    nc = norm(cut)
    if len(cut) < 500 or str(d["year"]) not in cut or not any(norm(n) in nc for n in d["issuers"] + [core(d)]):
        return None
    return cut + "\n", _ex(d, _tx(d, []))


STD_FIG = [("制定修订规范性文件", "件", 2, 30), ("合法性审查合同", "份", 30, 500), ("办理行政复议案件", "件", 0, 60),
           ("行政应诉案件", "件", 0, 40), ("组织集体学法", "次", 4, 14), ("开展行政执法检查", "次", 50, 3000),
           ("作出行政处罚决定", "件", 0, 400), ("调处矛盾纠纷", "件", 20, 900), ("开展普法宣传活动", "场", 5, 120),
           ("公开政府信息", "条", 100, 5000)]


def k_keep_table_body(d):
    """A report whose body is mostly a table of figures: the title, the report's first paragraph, `{Y}年主要工作数据`
    with a tab-separated table 序号 / 指标 / 数量 / 单位 (the report's own figures first, then drawn standard ones, 12
    rows), `主要做法` with two of the report's sentences, one line of the report's plan; signed.  Lines above the title dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    first = next((l for l in _no_dates(rest) if len(l.strip()) > 60), None)
    if not first:
        return None
    figs = [(a, b, c) for a, b, c in B.figures(d, 8)]
    if len(figs) < 2:
        return None
    r = rng_for(d, "tb")
    have = {a for a, _, _ in figs}
    for a, u, lo, hi in STD_FIG:
        if len(figs) >= 12:
            break
        if a not in have:
            figs.append((a, str(r.randint(lo, hi)), u))
    rows = ["序号\t指标\t数量\t单位"] + [f"{i + 1}\t{a}\t{b}\t{c}" for i, (a, b, c) in enumerate(figs)]
    tk = _tasks(d, 1)
    y, m, day = _date(d, "tb")
    own = own_sents(d, 3)[1:3]
    t = title + [first.strip("\n"), f"　　一、{d['year']}年主要工作数据"] + rows + \
        ["　　二、主要做法", _paras(own, 2), "　　三、下一步工作", "　　" + (tk[0] if tk else "继续深入推进法治政府建设。"), "", sig_name(d), f"{y}年{m}月{day}日"]
    return "\n".join(t) + "\n", _ex(d, _tx(d, []))


GANGYAO = ("　　《法治政府建设实施纲要（2021—2025年）》明确提出，到2025年，政府行为全面纳入法治轨道，职责明确、依法行政的"
           "政府治理体系日益健全，行政执法体制机制基本完善，行政执法质量和效能大幅提升，突发事件应对能力显著增强，各地区"
           "各层级法治政府建设协调并进，更多地区实现率先突破，为到2035年基本建成法治政府奠定坚实基础。纲要同时要求，"
           "健全政府机构职能体系，推动更好发挥政府作用；健全依法行政制度体系，加快推进政府治理规范化程序化法治化；健全"
           "行政决策制度体系，不断提升行政决策公信力和执行力；健全行政执法工作体系，全面推进严格规范公正文明执法。")
SPEECH = ("　　习近平总书记在中央全面依法治国工作会议上强调，法治政府建设是全面依法治国的重点任务和主体工程，要率先突破，"
          "用法治给行政权力定规矩、划界限，规范行政决策程序，加快转变政府职能。各级领导干部要提高运用法治思维和法治方式"
          "深化改革、推动发展、化解矛盾、维护稳定、应对风险的能力，做尊法学法守法用法的模范。")


def k_keep_gangyao_speech(d):
    """Before its own measures the report quotes at length the 实施纲要 (its goals and four 健全 tasks) and a speech
    on 法治政府 (about 450 characters, generated), introduced by `一、深刻把握法治政府建设的目标要求` and followed by
    `对照上述要求，…现将{Y}年度工作情况报告如下`; lines above the title dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    lead = f"　　对照上述要求，{sig_name(d)}认真抓好贯彻落实。现将{d['year']}年度法治政府建设工作情况报告如下。"
    t = title + ["　　深刻把握法治政府建设的目标要求", GANGYAO, SPEECH, lead] + rest
    return "\n".join(t) + "\n", _ex(d, _tx(d, []))


BUSINESS = [
    (r"教育|教委|教体", ["全年新建改扩建中小学校{a}所，新增学位{b}个，义务教育入学率保持100%。",
                       "落实“双减”政策，课后服务覆盖率达{p}%，开展校园安全隐患排查{c}次。",
                       "招聘补充教师{c}名，组织教师全员培训{a}期，完成中考、高考组织工作。"]),
    (r"卫生健康|卫健", ["推进紧密型县域医共体建设，全年门急诊服务{b}人次，家庭医生签约服务{c}万人。",
                    "完成医院等级评审{a}家，开展基本公共卫生服务项目{a}类，孕产妇和儿童健康管理率达{p}%。",
                    "加强疾病预防控制，完成疫苗接种{b}剂次，开展院感防控督导{c}次。"]),
    (r"税务|财政", ["全年组织一般公共预算收入{b}万元，落实减税降费政策{c}亿元，惠及市场主体{b}户。",
                  "推进预算绩效管理，完成项目绩效评价{a}个，压减一般性支出{p}%。",
                  "优化纳税缴费服务，推行“非接触式”办税，网上办理率达{p}%。"]),
    (r"交通|公路", ["全年完成交通固定资产投资{c}亿元，新改建农村公路{b}公里，养护国省干线{a}百公里。",
                  "开通城乡公交线路{a}条，建制村通客车率保持100%。", "开展道路运输安全隐患排查{c}次，整改隐患{b}处。"]),
    (r"应急", ["全年开展安全生产检查{b}次，排查整改隐患{c}处，生产安全事故起数同比下降{p}%。",
             "组织防汛抗旱、森林防灭火演练{a}场，储备应急物资{c}类。", "建成应急避难场所{a}处，培训应急救援队员{c}人次。"]),
    (r"人力资源|人社", ["全年城镇新增就业{b}人，发放创业担保贷款{c}万元，开展职业技能培训{b}人次。",
                     "养老保险参保{b}人，办理社保业务{b}件，兑现稳岗返还资金{c}万元。", "受理劳动人事争议案件{c}件，结案率{p}%。"]),
    (r"农业农村|乡村", ["全年粮食播种面积{b}亩，建设高标准农田{c}万亩。", "培育家庭农场{c}家、农民合作社{a}家，农村居民人均可支配收入增长{p}%。",
                     "推进农村人居环境整治，改造农村户厕{b}户。"]),
    (r"生态环境|环保", ["全年空气质量优良天数比例达{p}%，地表水国省考断面水质达标率100%。",
                     "完成污染防治攻坚项目{a}个，监测重点排污单位{c}家。", "办理环境信访件{c}件，办结率100%。"]),
    (r"退役军人", ["全年接收安置退役军人{c}名，发放优抚资金{b}万元。", "建成退役军人服务站{c}个，走访慰问{b}人次。",
                 "组织退役军人专场招聘会{a}场，帮助就业{c}人。"]),
    (r"文化|旅游|广电", ["全年接待游客{b}万人次，实现旅游收入{c}亿元。", "举办群众文化活动{c}场，新建农家书屋{a}个。",
                     "开展文物安全检查{c}次，完成非遗项目申报{a}项。"]),
]


def k_keep_dept_business(d):
    """A department report whose measures are about its own business area: after the title and the opening
    paragraph, three paragraphs of the area's figures (schools, hospitals, revenue, roads … chosen by the
    department's name, figures drawn) under `一、聚焦主责主业`, then the report's lines with every sentence that
    carries a 法治 word (法治 / 依法 / 执法 / 普法 …) removed except in the title; signed.  Lines above dropped."""
    if d["level"] != "department" or not _ok(d) or not d["titles"]:
        return None
    c = core(d)
    area = next((ps for pat, ps in BUSINESS if re.search(pat, c)), None)
    if not area:
        return None
    above, title, rest = _report_part(d)
    r = rng_for(d, "bz")
    biz = ["　　" + p.format(a=r.randint(2, 12), b=r.randint(1000, 90000), c=r.randint(20, 900), p=r.randint(85, 99))
           for p in area]
    kept = []
    for l in _body_lines(d):
        ss = [s for s in re.split(r"(?<=[。；！])", l) if s]
        ss = [s for s in ss if not FAZHI.search(s)]
        if "".join(ss).strip():
            kept.append("".join(ss))
    if len("".join(kept)) < 200:
        return None
    first = kept[0] if len(kept[0].strip()) > 40 else ""
    y, m, day = _date(d, "bz")
    t = title + ([first] if first else []) + ["　　一、聚焦主责主业"] + biz + ["　　二、其他工作"] + kept[1 if first else 0:] + \
        ["", sig_name(d), f"{y}年{m}月{day}日"]
    txt = "\n".join(t) + "\n"
    return txt, _ex(d, _tx(d, []))


def k_keep_next_yaodian_after(d):
    """The report, then on the same page (after a rule and the next item's heading) the unit's announcement of the
    next year's 工作要点: `{unit}{Y+1}年法治政府建设工作要点`, `为…，制定本要点。`, numbered tasks (the report's own
    sentences recast).  Lines above the title kept."""
    if not _ok(d) or not d["titles"]:
        return None
    tk = _tasks(d, 5)
    if len(tk) < 3:
        return None
    y = d["year"] + 1
    c = sig_name(d)
    r = rng_for(d, "ny")
    t = d["text"].rstrip("\n").split("\n") + ["", "━━━━━━━━━━━━━━━━━━━━", f"{c}{y}年法治政府建设工作要点",
                                            f"发布时间：{y}-0{r.randint(1, 3)}-{r.randint(10, 28)}",
                                            f"　　为深入推进依法行政，加快建设法治政府，结合实际，制定{c}{y}年法治政府建设工作要点如下："]
    t += [f"　　{cn_num(i + 1)}、{s}" for i, s in enumerate(tk)]
    return "\n".join(t) + "\n", _ex(d, _tx(d, []))


# ================================================================ like
def k_like_shuzhi_shulian(d):
    """A leader's 述职述廉报告: `{Y}年度述职述廉报告` / `{unit}{role}　{name}`, 一、履职尽责情况 (the report's
    sentences, 我X → 我分管的 / 我), 二、廉洁自律情况 (八项规定, 个人事项), 三、存在的不足, 四、今后努力方向."""
    ss = [we_to(s, d, "我们") for s in own_sents(d, 5)]
    if len(ss) < 4:
        return None
    role = "副" + A.leader(d) if A.is_gov(d) else "副局长"
    who = person(d, "sz")
    r = rng_for(d, "sz")
    t = [f"{d['year']}年度述职述廉报告", f"{core(d)}{role}　{who}", "",
         f"　　{d['year']}年，我在{core(d)}党委（党组）的坚强领导下，认真履行岗位职责，协助主要负责同志分管法治、信访等工作。"
         f"现将本人履职和廉洁自律情况报告如下，请予评议。",
         "　　一、履职尽责情况", _paras(ss, 2),
         "　　二、廉洁自律情况",
         f"　　严格遵守中央八项规定及其实施细则精神，按规定报告个人有关事项，全年未收受礼品礼金，未违规操办婚丧喜庆事宜。"
         f"认真落实“一岗双责”，与分管科室负责人廉政谈话{r.randint(3, 12)}次。",
         "　　三、存在的不足", "　　理论学习的深度还不够，深入基层调研的时间偏少，对分管领域的廉政风险防控抓得还不够细。",
         "　　四、今后努力方向", "　　我将进一步加强学习，严于律己，廉洁从政，切实履行好分管领域的职责。",
         "", f"述职人：{who}", f"{d['year'] + 1}年1月{r.randint(5, 28)}日"]
    return "\n".join(t) + "\n"


def k_like_shifan_shenbao(d):
    """A 法治政府建设示范创建 申报材料 (county / city governments): `{unit}关于申报第N批全国法治政府建设示范地区的
    申报材料`, 申报类别 综合示范, 一、基本情况 (area, population drawn), 二、创建工作开展情况 (the report's sentences,
    third person), 三、自评情况 (six indicators 分值 / 自评分 out of 1000), 四、申报意见 blanks."""
    if not A.is_gov(d) or d["level"] not in ("county", "city") or any(ZONE.search(n) for n in d["issuers"]):
        return None
    ss = [_third(s, d) for s in own_sents(d, 6)]
    if len(ss) < 4:
        return None
    c = core(d)
    r = rng_for(d, "sb")
    ind = ["党的领导", "政府职能", "制度体系", "行政决策", "行政执法", "监督与矛盾化解"]
    full = [100, 200, 150, 150, 250, 150]
    got = [f - r.randint(2, 20) for f in full]
    t = [f"{sig_name(d)}关于申报第{cn_num(r.randint(3, 4))}批全国法治政府建设示范地区的申报材料", "",
         "申报类别：综合示范地区", f"申报单位：{sig_name(d)}（盖章）", "",
         "　　一、基本情况",
         f"　　{c}总面积{r.randint(800, 6000)}平方公里，辖{r.randint(8, 30)}个乡镇（街道），常住人口{r.randint(20, 150)}万人。"
         f"近年来，{c}把法治政府建设示范创建作为“一把手”工程，成立创建工作领导小组，对标示范指标体系逐项推进。",
         "　　二、创建工作开展情况", _paras(ss, 2),
         "　　三、自评情况", "指标\t分值\t自评分"] + [f"{a}\t{b}\t{g}" for a, b, g in zip(ind, full, got)] + [
         f"合计\t1000\t{sum(got)}",
         "　　四、申报意见", f"　　{parent(d)}全面依法治{K.J.B.pw(d)}委员会办公室推荐意见：　　　　（盖章）　　年　月　日"]
    return "\n".join(t) + "\n"


def k_like_ducha_fankui(d):
    """A superior's 督察反馈意见 on the unit: `{parent} 法治督察组关于{unit}法治政府建设督察情况的反馈意见`,
    督察组于…进驻 (听取汇报, 查阅资料, 个别谈话), 一、总体评价 (the report's sentences, third person), 二、存在的问题
    (its shortfalls), 三、整改要求 (30 日内报送整改方案), 督察组 and a date."""
    ss = [_third(s, d) for s in own_sents(d, 4)]
    sf = _shortfalls(d, 2)
    if len(ss) < 3:
        return None
    p = parent(d)
    c = sig_name(d)
    r = rng_for(d, "dc")
    y, m, day = _date(d, "dc")
    grp = f"{p}法治督察第{cn_num(r.randint(1, 6))}组"
    t = [f"{grp}关于{c}法治政府建设督察情况的反馈意见", "", f"{c}：",
         f"　　根据统一部署，{grp}于{y}年{m}月{day}日至{day + 1 if day < 27 else day}日对{c}{d['year']}年度法治政府建设情况"
         f"开展实地督察，通过听取汇报、查阅资料、个别谈话、随机抽查案卷等方式，全面了解了有关情况。现将督察意见反馈如下：",
         "　　一、总体评价", "　　督察组认为，" + "".join(ss[:2]), _paras(ss[2:], 2),
         "　　二、存在的问题", _paras(sf, 1) if sf else "　　重大行政决策程序执行不够严格，部分执法案卷不规范。",
         "　　三、整改要求",
         f"　　请{c}对照反馈问题，逐项制定整改措施，于30日内将整改方案报送{p}全面依法治{K.J.B.pw(d)}委员会办公室，"
         f"整改情况纳入年度法治建设考核。", "", grp, f"{y}年{m}月{day}日"]
    return "\n".join(t) + "\n"


def k_like_jixiao_ziping(d):
    """A 年度绩效考核 自评报告 with scores: `{unit}{Y}年度绩效考核自评报告`, a table 考核项目 / 分值 / 自评得分 (经济发展,
    党的建设, 法治建设, 安全生产, 生态环保, 民生保障; 加分项), 总分, then per item one line — the 法治建设 line is two of
    the report's sentences — 扣分原因."""
    ss = [we_to(s, d, "我" + lw(d)) for s in own_sents(d, 2)]
    if len(ss) < 2:
        return None
    c = sig_name(d)
    r = rng_for(d, "jx")
    items = ["经济发展", "党的建设", "法治建设", "安全生产", "生态环保", "民生保障"]
    full = [25, 20, 15, 15, 10, 15]
    got = [round(f - r.randint(0, 20) / 10, 1) for f in full]
    add = round(r.randint(5, 30) / 10, 1)
    y, m, day = _date(d, "jx")
    t = [f"{c}{d['year']}年度绩效考核自评报告", "",
         f"　　根据《{parent(d)}{d['year']}年度绩效考核实施办法》，{c}对照考核指标逐项开展自查自评，自评总分{round(sum(got) + add, 1)}分。"
         f"现将自评情况报告如下：",
         "考核项目\t分值\t自评得分"] + [f"{a}\t{b}\t{g}" for a, b, g in zip(items, full, got)] + [
         f"加分项\t3\t{add}", f"总分\t103\t{round(sum(got) + add, 1)}",
         "　　一、各项目完成情况",
         f"　　（一）经济发展。主要经济指标完成年度目标任务，自评{got[0]}分。",
         f"　　（二）党的建设。全面从严治党主体责任落实到位，自评{got[1]}分。",
         f"　　（三）法治建设。{''.join(ss)}自评{got[2]}分。",
         f"　　（四）安全生产、生态环保、民生保障等项目均完成考核要求。",
         "　　二、扣分原因", "　　个别指标佐证材料不完整，部分工作进度滞后于序时进度。",
         "", c, f"{y}年{m}月{day}日"]
    return "\n".join(t) + "\n"


def k_like_jizhe_xinwen(d):
    """A news item summarising the report in the third person: headline `{unit}{Y}年法治政府建设取得新成效`, a 来源
    {place}日报 line with the reporter, `记者从{unit}获悉，…` opening, the report's sentences as 据介绍 / 该X…,
    记者了解到 the plan (the report's tasks), 责任编辑."""
    ss = [_third(s, d) for s in own_sents(d, 5)]
    tk = _tasks(d, 2)
    if len(ss) < 4:
        return None
    c = sig_name(d)
    r = rng_for(d, "xw")
    place = re.match(r"^(.{2,3}?(?:省|市|县|区|州|旗))", core(d))
    paper = (place.group(1) if place else "法治") + "日报"
    rep = person(d, "xw")
    y, m, day = _date(d, "xw")
    t = [f"{c}{d['year']}年法治政府建设取得新成效", f"来源：{paper}　　{y}-{m:02d}-{day:02d}　　记者 {rep}", "",
         f"　　本报讯　记者从{c}获悉，{d['year']}年，该{lw(d)}法治政府建设各项工作取得新成效。" + ss[0],
         "　　据介绍，" + "".join(ss[1:3]), "　　" + "".join(ss[3:]),
         "　　记者了解到，下一步，该" + lw(d) + "将" + ("；".join(x.rstrip("。；") for x in tk) if tk else "持续深化法治政府建设") + "。",
         f"　　（责任编辑：{person(d, 'bj')}）"]
    return "\n".join(t) + "\n"


# ================================================================ registry
KEEP = {
    "keep_zongjie_huibao": k_keep_zongjie_huibao,
    "keep_untitled_diyizeren": k_keep_untitled_diyizeren,
    "keep_excerpt_800": k_keep_excerpt_800,
    "keep_table_body": k_keep_table_body,
    "keep_gangyao_speech": k_keep_gangyao_speech,
    "keep_dept_business": k_keep_dept_business,
    "keep_next_yaodian_after": k_keep_next_yaodian_after,
}
LIKE = {
    "like_shuzhi_shulian": k_like_shuzhi_shulian,
    "like_shifan_shenbao": k_like_shifan_shenbao,
    "like_ducha_fankui": k_like_ducha_fankui,
    "like_jixiao_ziping": k_like_jixiao_ziping,
    "like_jizhe_xinwen": k_like_jizhe_xinwen,
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
    sp = os.environ.get("KIND_L_SPLIT") or os.path.join(HERE, "split-l.json")
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
