#!/usr/bin/env python3
"""Kind set c: does fzscore tell a real 法治政府建设年度报告 from a look-alike? (first sight, kinds new to sets a, b)

Reuses kind set a's document loading and helpers and set b's figure extractor (imported, not edited).  Every case
is built in code from a real labelled report.  Expectation by family:

- "keep" (a real report made unusual in a new way): document.is_report true;
- "like" (another kind of document built from the report's content): is_report false, or true with at least one
  entry in document.review_notes.

Nothing here runs fzscore.

    python3 kind_edits_c.py --list           # the cases of the stored split's seed
    python3 kind_edits_c.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
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
body_lines, body_sentences, title_line = A.body_lines, A.body_sentences, A.title_line
TOP, SUB, we_to, sign = A.TOP, A.SUB, A.we_to, A.sign
own_sents, figures, pw = B.own_sents, B.figures, B.pw
CN_YEAR = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_YEAR[int(c)] for c in str(y))


def _lines(d):
    return d["text"].split("\n")


def _cut(t, d):
    return t if d["full"] else t[: t.rfind("。") + 1]


def _from_title(d):
    """The text from the (first) title line on, a page cut at its last full stop."""
    ls = _lines(d)
    return _cut("\n".join(ls[d["title_idx"][0]:]), d)


def _abbr(d):
    """A 文号 prefix from the unit's own name: the part after the last 省/市/县/区 (保和镇 → 保和), else the first two."""
    c = core(d)
    m = re.search(r"(?:省|市|县|区|州)([^省市县区州]{2,})$", c)
    x = m.group(1) if m else c
    return x[:2]


# ================================================================ keep: real reports, unusual in new ways
def k_keep_redhead(d):
    """Published as a 红头文件: `{issuer}文件`, a 文号 line and a rule above the title, 抄送/印发 lines at the end."""
    if not d["title_idx"] or len(body_sentences(d)) < 4:
        return None
    r = rng_for(d, "rh")
    y1 = d["year"] + 1
    zi = {"department": "发"}.get(d["level"], "政")
    head = f"{issuer(d)}文件\n\n{_abbr(d)}{zi}〔{y1}〕{r.randint(2, 40)}号\n\n━━━━━━━━━━━━━━━━━━━━━━\n\n"
    tail = (f"\n\n━━━━━━━━━━━━━━━━━━━━━━\n抄送：{A._addressee(d)}。\n"
            f"{issuer(d)}办公室　　　　　　{y1}年{r.randint(1, 3)}月{r.randint(10, 28)}日印发\n")
    return head + _from_title(d).rstrip() + tail


def k_keep_joint_issuer(d):
    """A joint report of the party committee and the government: `中共{core}委员会　{issuer}` above 关于…的报告
    (governments only)."""
    if not A.is_gov(d) or not d["title_idx"] or len(body_sentences(d)) < 4:
        return None
    c = core(d)
    party = f"中共{c}委员会"
    gov = issuer(d) if issuer(d).endswith(("政府", "办事处")) else issuer(d) + ("办事处" if c.endswith("街道") else "人民政府")
    new = f"{party}　{gov}\n关于{d['year']}年度法治政府建设情况的报告"
    return B._retitle(d, new)


def k_keep_cn_year(d):
    """Every year in the title and the date written in Chinese numerals (二〇二二年度); the body unchanged."""
    if not d["title_idx"] or len(body_sentences(d)) < 4:
        return None
    t = re.sub(r"(20\d\d)", lambda m: cn_year(int(m.group(1))), title_line(d))
    if t == title_line(d):
        t = f"{issuer(d)}{cn_year(d['year'])}年度法治政府建设情况报告"
    txt = B._retitle(d, t)
    r = rng_for(d, "cy")
    return _cut(txt, d).rstrip() + f"\n\n{issuer(d)}\n{cn_year(d['year'] + 1)}年{A.CN_NUM[r.randint(1, 3)]}月{A.CN_NUM[r.randint(10, 15)]}日\n"


def k_keep_erratum(d):
    """A corrected re-publication: `（更正版）` after the title and a 更正说明 paragraph above the body."""
    if not d["title_idx"] or len(body_sentences(d)) < 4:
        return None
    ls = _lines(d)
    r = rng_for(d, "er")
    i = d["title_idx"][-1]
    ls[i] = ls[i].rstrip() + "（更正版）"
    ls.insert(i + 1, f"　　更正说明：{d['year'] + 1}年{r.randint(1, 3)}月{r.randint(5, 25)}日发布的本报告中部分数据有误，"
                     f"现予更正并重新发布，原版本同时撤销。")
    return "\n".join(ls)


def k_keep_contact_footer(d):
    """After the report: a 公开 footer with 联系人, 联系电话, 电子邮箱, 通讯地址 and an invitation to send 意见建议."""
    if not d["title_idx"] or len(body_sentences(d)) < 4:
        return None
    r = rng_for(d, "ct")
    t = _cut(d["text"], d).rstrip()
    return (t + f"\n\n　　社会公众对本报告如有疑问或意见建议，请与{core(d)}司法所（局）联系。\n"
            f"联系人：{person(d, 'ct')}\n联系电话：0{r.randint(300, 999)}-{r.randint(2000000, 8999999)}\n"
            f"电子邮箱：fzjs{r.randint(100, 999)}@163.com\n通讯地址：{core(d)}人民路{r.randint(1, 300)}号\n")


def k_keep_run_on(d):
    """No headings: every 一、/（一） heading joined into the paragraph below it as 一是…/ a run-in phrase."""
    if not d["title_idx"]:
        return None
    ls = _lines(d)
    out, n, pend = ls[: d["title_idx"][-1] + 1], 0, None
    for l in ls[d["title_idx"][-1] + 1:]:
        s = l.strip()
        if A.is_head(s):
            m = TOP.match(s) or SUB.match(s)
            h = s[m.end():].rstrip("。；;：:")
            pend = (pend + "；" if pend else "") + h
            n += 1
            continue
        if pend and s:
            out.append("　　" + pend + "。" + s)
            pend = None
        else:
            out.append(l)
    return "\n".join(out) if n >= 3 else None


def k_keep_xxgk_table(d):
    """The 政府信息公开 catalogue block above the title (索引号, 发布机构, 生成日期, 主题分类, 文号, 有效性)."""
    if not d["title_idx"] or len(body_sentences(d)) < 4:
        return None
    r = rng_for(d, "xx")
    y1 = d["year"] + 1
    blk = (f"索引号：{r.randint(10000000, 99999999)}/{y1}-{r.randint(100, 999):05d}\t主题分类：政务公开\n"
           f"发布机构：{issuer(d)}\t生成日期：{y1}-0{r.randint(1, 3)}-{r.randint(10, 28)}\n"
           f"名称：{title_line(d)}\n文号：无\t有效性：有效\n\n")
    return blk + _from_title(d)


def k_keep_seasons(d):
    """A paragraph after the opening telling the year quarter by quarter (一季度…二季度…三季度…四季度…)."""
    if not d["title_idx"] or len(body_sentences(d)) < 4:
        return None
    ls = _lines(d)
    j = A.first_para(ls, d["title_idx"][-1] + 1)
    if j is None:
        return None
    c = core(d)
    para = (f"　　从全年推进情况看，一季度{c}制定印发年度法治政府建设工作要点，二季度组织开展行政执法案卷评查，"
            f"三季度完成规范性文件清理，四季度开展领导干部年终述法，全年各项任务按时序推进。")
    ls.insert(j + 1, para)
    return "\n".join(ls)


# ================================================================ like: new look-alikes built from the report
def k_like_dangwei_fzjs(d):
    """The 党委's report on 法治建设 (not 法治政府): 中共X委关于Y年度法治建设工作情况的报告, 党委 voice, 党的领导 part."""
    if not A.is_gov(d):
        return None
    ss = own_sents(d, 8)
    if len(ss) < 5:
        return None
    c = core(d)
    party = f"中共{c}委员会"
    pty = "镇党委" if d["level"] == "township" and lw(d) == "镇" else ("党工委" if lw(d) == "街道" else lw(d) + "委")
    ss = [re.sub(r"法治政府建设", "法治建设", we_to(s, d, "我" + pty)) for s in ss]
    y = d["year"]
    return (f"{party}关于{y}年度法治建设工作情况的报告\n\n{parent(d)}委全面依法治{pw(d)}委员会：\n"
            f"　　{y}年，{party}坚持党对全面依法治{lw(d)}的集中统一领导，认真履行党委法治建设领导责任，"
            f"把法治建设纳入全{lw(d)}经济社会发展全局统筹推进。现将有关情况报告如下：\n"
            f"一、加强党对法治建设的领导\n　　{pty if d['level'] == 'township' else pty + '常委会'}全年{rng_for(d, 'dw').randint(3, 6)}次专题研究法治建设工作，"
            f"{pty}书记带头履行法治建设第一责任人职责。" + "".join(ss[:4]) +
            f"\n二、统筹推进科学立法、严格执法、公正司法、全民守法\n　　" + "".join(ss[4:8]) +
            f"\n三、下一步打算\n　　{pty}将继续发挥党委总揽全局、协调各方的领导核心作用，推动法治建设再上新台阶。\n\n"
            f"{party}\n{y + 1}年1月{rng_for(d, 'dwd').randint(10, 28)}日\n")


def k_like_yfzx_committee(d):
    """The 依法治X委员会办公室's annual work summary: 委员会会议, 协调小组, 督察, 考核 — the unit's sentences as
    the 委员会's work."""
    if not A.is_gov(d) or d["level"] == "township":
        return None
    ss = own_sents(d, 6)
    if len(ss) < 4:
        return None
    c, w, y = core(d), lw(d), d["year"]
    r = rng_for(d, "yf")
    ss = [we_to(s, d, "全" + w) for s in ss]
    return (f"中共{c}委全面依法治{w}委员会办公室{y}年工作总结\n\n"
            f"　　{y}年，{w}委依法治{w}办在{w}委全面依法治{w}委员会的领导下，充分发挥统筹协调、督促检查、推动落实职能。现将全年工作总结如下：\n"
            f"一、服务委员会履职\n　　筹备召开{w}委全面依法治{w}委员会第{A.CN_NUM[r.randint(3, 8)]}次会议，审议通过《{y}年全面依法治{w}工作要点》，"
            f"协调立法、执法、司法、守法普法四个协调小组各召开会议{r.randint(1, 3)}次。\n"
            f"二、统筹推进法治{re.sub(r'(省|市|县|区|州|旗)$', '', c) or c}、法治政府、法治社会一体建设\n　　" + "".join(ss) +
            f"\n三、开展法治督察和考核\n　　组织对各成员单位开展法治建设专项督察，形成督察报告{r.randint(2, 6)}份。\n\n"
            f"中共{c}委全面依法治{w}委员会办公室\n{y}年12月{r.randint(10, 30)}日\n")


def k_like_shuzhi_shulian(d):
    """A leader's 年度述职述廉报告: 本人 voice, 德能勤绩廉, 廉洁自律, the unit's sentences as his 分管 work."""
    ss = own_sents(d, 6)
    if len(ss) < 4:
        return None
    who = f"{core(d)}副{A.leader(d)}" if A.is_gov(d) else f"{core(d)}副{A.leader(d)}"
    name = person(d, "sz")
    ss = [we_to(s, d, "分管领域") for s in ss]
    y = d["year"]
    return (f"{y}年度述职述廉报告\n{who}　{name}\n\n"
            f"　　{y}年，本人在{A.leader(d)}的领导下，协助分管司法、信访、市场监管等工作。现将本人一年来履职尽责和廉洁自律情况报告如下，请予评议。\n"
            f"一、加强政治理论学习，提高履职能力\n　　本人坚持每周参加中心组学习，全年撰写学习心得{rng_for(d, 'szn').randint(3, 8)}篇。\n"
            f"二、认真履行工作职责\n　　" + "".join(ss) +
            f"\n三、严格落实党风廉政建设“一岗双责”\n　　本人严格遵守中央八项规定及其实施细则精神，不存在违规收送礼品礼金等问题，"
            f"配偶子女未在本人分管领域从事经营活动。\n四、存在的不足和今后努力方向\n　　理论学习深度不够，深入基层调研不够。今后本人将加强学习，廉洁从政。\n\n"
            f"述职人：{name}\n{y + 1}年1月{rng_for(d, 'szd').randint(5, 25)}日\n")


def k_like_fuyi_nianbao(d):
    """A 行政复议工作年度报告 (the 复议机关's case statistics): 收案, 受理, 审结, 纠错率, typical cases; figures from
    the report where it has 复议 figures, else drawn."""
    if d["level"] not in ("county", "city", "province", "department"):
        return None
    ss = own_sents(d, 3, r"(复议|诉讼|应诉|纠纷)")
    r = rng_for(d, "fy")
    n = r.randint(40, 600)
    acc = n - r.randint(3, 20)
    done = acc - r.randint(0, 10)
    y, c = d["year"], core(d)
    org = issuer(d) if d["level"] != "department" else f"{parent(d)}人民政府"
    return (f"{org}{y}年度行政复议工作报告\n\n"
            f"　　{y}年，{org}认真贯彻新修订的《中华人民共和国行政复议法》，充分发挥行政复议化解行政争议的主渠道作用。\n"
            f"一、案件基本情况\n　　全年共收到行政复议申请{n}件，依法受理{acc}件，不予受理{n - acc}件；审结{done}件，"
            f"其中维持{done - r.randint(5, min(30, done))}件，撤销、确认违法、责令履行等纠错{r.randint(2, 25)}件，"
            f"调解和解{r.randint(5, 40)}件。\n"
            f"二、案件分布情况\n　　从案件类型看，涉及行政处罚、政府信息公开、工伤认定的案件位居前三位。" + "".join(ss) +
            f"\n三、行政复议工作规范化建设\n　　推行行政复议案件繁简分流、开庭审理、听证审理，全年组织听证{r.randint(2, 12)}次。\n"
            f"四、典型案例\n　　某公司不服{c}某局行政处罚决定申请行政复议，经审理依法撤销该处罚决定。\n\n"
            f"{org}行政复议办公室\n{y + 1}年1月{r.randint(10, 28)}日\n")


def k_like_zwfw(d):
    """A 政务服务中心's annual work summary: 一网通办, 窗口, 办件量, 好差评 — the unit's 放管服 sentences inside."""
    ss = own_sents(d, 5, r"(放管服|审批|政务服务|一网|窗口|营商|便民|证明|办理|事项|许可)")
    if len(ss) < 2:
        return None
    r = rng_for(d, "zw")
    c, y = core(d), d["year"]
    ss = [we_to(s, d, "我中心") for s in ss]
    return (f"{c}政务服务中心{y}年工作总结\n\n"
            f"　　{y}年，{c}政务服务中心以“高效办成一件事”为目标，持续深化政务服务改革。现将全年工作总结如下：\n"
            f"一、政务服务事项办理情况\n　　全年共受理各类政务服务事项{r.randint(20000, 300000)}件，办结率{r.randint(990, 1000) / 10}%，"
            f"“好差评”满意率{r.randint(995, 1000) / 10}%。\n"
            f"二、深化“一网通办”改革\n　　" + "".join(ss) +
            f"\n三、窗口作风建设\n　　开展“微笑服务”窗口评比，评选“服务之星”{r.randint(5, 20)}名。\n"
            f"四、{y + 1}年工作计划\n　　推进更多事项“掌上办”“就近办”。\n\n{c}政务服务中心\n{y}年12月{r.randint(10, 30)}日\n")


def k_like_yingshang(d):
    """A 优化营商环境 annual work report: 市场主体, 营商环境评价, 惠企政策 — the unit's 营商/审批/执法 sentences."""
    ss = own_sents(d, 5, r"(营商|市场主体|企业|审批|放管服|包容审慎|涉企|产权|信用|投资)")
    if len(ss) < 2 or not A.is_gov(d):
        return None
    r = rng_for(d, "ys")
    c, y = core(d), d["year"]
    ss = [we_to(s, d, c) for s in ss]
    return (f"{issuer(d)}关于{y}年优化营商环境工作情况的报告\n\n"
            f"　　{y}年，{c}深入贯彻《优化营商环境条例》，全力打造市场化、法治化、国际化一流营商环境。截至年底，全{lw(d)}实有市场主体"
            f"{r.randint(5000, 90000)}户，同比增长{r.randint(3, 15)}%。现将有关情况报告如下：\n"
            f"一、政务环境持续优化\n　　" + "".join(ss) +
            f"\n二、惠企政策精准直达\n　　全年兑现惠企资金{r.randint(1000, 20000)}万元，为企业减税降费{r.randint(1, 20)}亿元。\n"
            f"三、要素保障不断加强\n　　新增工业用地{r.randint(100, 3000)}亩，新增贷款{r.randint(5, 80)}亿元。\n"
            f"四、下一步工作\n　　深入开展营商环境提升行动，力争在全{pw(d)}营商环境评价中进入第一方阵。\n\n{sign(d, 1)}\n")


LAW_FIRMS = ["正平律师事务所", "明理律师事务所", "中和律师事务所", "德衡信律师事务所"]


def k_like_falvguwen(d):
    """A law firm's 常年法律顾问 annual work summary to the unit: 审查合同, 出具法律意见, 列席会议, 代理诉讼."""
    ss = own_sents(d, 4, r"(法律顾问|合同|合法性审查|诉讼|应诉|决策|规范性文件|法律意见)")
    if len(ss) < 1:
        return None
    r = rng_for(d, "fg")
    firm = (parent(d) if len(parent(d)) > 1 else core(d)) + r.choice(LAW_FIRMS)
    y = d["year"]
    ss = [we_to(s, d, "贵" + lw(d)) for s in ss]
    return (f"关于{y}年度担任{issuer(d)}常年法律顾问工作情况的总结\n\n{issuer(d)}：\n"
            f"　　{y}年，我所接受贵{lw(d)}委托，指派{person(d, 'fg')}律师、{person(d, 'fg2')}律师担任常年法律顾问。现将一年来法律顾问工作情况总结如下：\n"
            f"一、服务事项统计\n　　全年审查各类合同{r.randint(20, 200)}份，出具法律意见书{r.randint(5, 60)}份，列席{lw(d)}政府常务会议{r.randint(3, 20)}次，"
            f"代理行政诉讼案件{r.randint(1, 15)}件，开展法律讲座{r.randint(1, 6)}场。\n"
            f"二、主要工作情况\n　　" + "".join(ss) +
            f"\n三、工作建议\n　　建议进一步规范合同签订流程，重大合同签订前提前征求法律顾问意见。\n"
            f"　　感谢贵{lw(d)}一年来对我所工作的信任与支持！\n\n{firm}\n{y}年12月{r.randint(15, 30)}日\n")


def k_like_shuangsuiji(d):
    """A 双随机、一公开 抽查工作总结: 抽查计划, 检查对象名录库, 抽查事项, 发现问题, 结果公示 — the unit's 执法
    sentences inside."""
    ss = own_sents(d, 4, r"(执法|检查|监管|双随机|处罚|抽查)")
    if len(ss) < 2:
        return None
    r = rng_for(d, "ss")
    y = d["year"]
    org = issuer(d)
    tasks = r.randint(8, 60)
    objs = r.randint(100, 2000)
    return (f"{org}{y}年度“双随机、一公开”监管工作总结\n\n"
            f"　　{y}年，{org}按照“双随机、一公开”监管工作要求，制定年度抽查计划，全面推行部门联合抽查。现将工作情况总结如下：\n"
            f"一、抽查计划执行情况\n　　全年制定抽查任务{tasks}项，其中部门联合抽查{r.randint(2, tasks)}项，"
            f"抽取检查对象{objs}户，已全部完成检查，发现问题{r.randint(5, 80)}个，均已责令整改。\n"
            f"二、“两库”建设情况\n　　动态更新检查对象名录库和执法检查人员名录库，录入执法检查人员{r.randint(20, 300)}名。\n"
            f"三、结果公示与运用\n　　" + "".join(we_to(s, d, "我" + lw(d)) for s in ss) +
            f"抽查结果均通过国家企业信用信息公示系统向社会公示。\n\n{org}\n{y}年12月{r.randint(15, 30)}日\n")


def k_like_quarter_bulletin(d):
    """A 第三季度 法治政府建设工作进展情况通报 of the unit to its 各单位: 进展, 存在问题, 四季度要求."""
    ss = own_sents(d, 6)
    if len(ss) < 4:
        return None
    y = d["year"]
    r = rng_for(d, "qb")
    ss = [we_to(s, d, "各单位") for s in ss]
    to = "各村（社区）、镇属各单位" if d["level"] == "township" else ("局机关各科室、各直属单位" if d["level"] == "department"
                                                            else "各乡镇人民政府、各有关部门")
    return (f"关于{y}年第三季度法治政府建设重点任务推进情况的通报\n\n{to}：\n"
            f"　　根据《{core(d)}{y}年法治政府建设工作要点》，{core(d)}依法治{lw(d)}办对第三季度重点任务推进情况进行了调度。现将有关情况通报如下：\n"
            f"一、总体进展\n　　截至9月底，年度{r.randint(25, 40)}项重点任务中已完成{r.randint(10, 20)}项，其余正在按序时推进。" + "".join(ss[:4]) +
            f"\n二、存在问题\n　　个别单位重点任务推进滞后，季度进展材料报送不及时。\n"
            f"三、第四季度工作要求\n　　各单位要对照任务清单，倒排工期，确保年底前全面完成年度目标任务。\n\n"
            f"{core(d)}依法治{lw(d)}办\n{y}年10月{r.randint(8, 20)}日\n")


_D = {}


def _DOCS():
    if "d" not in _D:
        _D["d"] = load_docs()
    return _D["d"]


KEEP = {
    "keep_redhead": k_keep_redhead,
    "keep_joint_issuer": k_keep_joint_issuer,
    "keep_cn_year": k_keep_cn_year,
    "keep_erratum": k_keep_erratum,
    "keep_contact_footer": k_keep_contact_footer,
    "keep_run_on": k_keep_run_on,
    "keep_xxgk_table": k_keep_xxgk_table,
    "keep_seasons": k_keep_seasons,
}
LIKE = {
    "like_dangwei_fzjs": k_like_dangwei_fzjs,
    "like_yfzx_committee": k_like_yfzx_committee,
    "like_shuzhi_shulian": k_like_shuzhi_shulian,
    "like_fuyi_nianbao": k_like_fuyi_nianbao,
    "like_zwfw": k_like_zwfw,
    "like_yingshang": k_like_yingshang,
    "like_falvguwen": k_like_falvguwen,
    "like_shuangsuiji": k_like_shuangsuiji,
    "like_quarter_bulletin": k_like_quarter_bulletin,
}
KINDS = {**KEEP, **LIKE}
DOCS_PER_KIND = {k: 5 for k in KINDS}


def expect_of(kind):
    return {"is_report": True} if kind in KEEP else {"is_report": False, "or_review_note": True}


def build_cases(seed):
    """Documents drawn per kind at random; the complete dev reports first (one) when the kind applies, then
    openings."""
    docs = _DOCS()
    rng = random.Random(seed)
    cases = []
    for kind, fn in KINDS.items():
        rels = sorted(docs)
        rng.shuffle(rels)
        full = [r for r in rels if docs[r]["full"]]
        rest = [r for r in rels if not docs[r]["full"]]
        order = full[:1] + rest + full[1:]
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
    sp = os.path.join(HERE, "split-c.json")
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
