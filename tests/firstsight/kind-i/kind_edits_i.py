#!/usr/bin/env python3
"""Kind set i: real reports made harder (must stay reports, with the right issuer / level / report year) and
look-alikes built from the reports' own text (must be refused or flagged).  First sight: written without reading
fzscore's code, rubrics or data.

Reuses kind set a's loading and helpers, set b's sentence helpers and sets f / g's helpers (imported, not edited).
Every case is built in code from a real labelled report.  Expectation by family:

- "keep": document.is_report true; issuer / level / report_year as the case's expectation says (a list accepts
  any of its items; a missing key is not asserted);
- "like": is_report false, or true with a review note (document.review_notes non-empty or needs_review true).

    python3 kind_edits_i.py --list           # the cases of the stored split's seed
    python3 kind_edits_i.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
"""
from __future__ import annotations

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
for _s in ("kind-a", "kind-b", "kind-f", "kind-g"):
    sys.path.insert(0, os.path.join(HERE, "..", _s))
import kind_edits_a as A  # noqa: E402
import kind_edits_b as B  # noqa: E402
import kind_edits_f as F  # noqa: E402
import kind_edits_g as G  # noqa: E402

load_docs, issuer, core, lw, parent, rng_for, person = A.load_docs, A.issuer, A.core, A.lw, A.parent, A.rng_for, A.person
cn_num, we_to, norm = A.cn_num, A.we_to, A.norm
TALK = re.compile(r"(本报告|报告如下|年度报告|报告期|现将.{0,20}报告)")


def own_sents(d, n=None, pat=None):
    """Set b's own sentences without the ones that speak of the report itself."""
    ss = [s for s in B.own_sents(d, None, pat) if not TALK.search(s)]
    return ss[:n] if n else ss


_ok, _exp, _cut, _report_part, _cn_year = F._ok, F._exp, F._cut, F._report_part, F._cn_year
sig_name = F.sig_name
_third, _no_dates = G._third, G._no_dates


def _tasks(d, n=6):
    """Set g's tasks without the sentences that speak of the report itself."""
    return [s for s in G._tasks(d, 30) if not TALK.search(s)][:n]


def _shortfalls(d, n=3):
    ss = own_sents(d, None, r"(不够|不足|有待|仍需|还需|短板|薄弱|欠缺|差距|不强|不高|滞后)")
    return [_third(s, d) for s in ss][:n]


def _body(d):
    """The lines after the title, cut after the last full stop for a page, without short dated lines."""
    above, title, rest = _report_part(d)
    return _cut("\n".join(_no_dates(rest)), d).strip("\n")


def _we(d):
    return "我" + lw(d)


def _paras(ss, k=2):
    return "\n".join("　　" + "".join(ss[i:i + k]) for i in range(0, len(ss), k))


def _date(d, salt, y=None, m=None):
    r = rng_for(d, salt)
    return (y or d["year"] + 1), (m or r.randint(1, 3)), r.randint(3, 27)


# ================================================================ keep
def k_keep_untitled_jiehe(d):
    """No title line and nothing above it: the text opens with a paragraph that names the unit only as
    `结合{core}实际` and `我X`; the year stated in that paragraph."""
    if not _ok(d, 6):
        return None
    c = core(d)
    lead = (f"　　{d['year']}年，{_we(d)}在上级党委政府的坚强领导下，结合{c}实际，把法治政府建设摆在全局工作的突出位置，"
            f"各项工作取得了新的进展。")
    return lead + "\n" + _body(d) + "\n", _exp(d)


def _three(t):
    """(unit, 关于 / year … 法治政府建设, the rest) of a title; None when it has no such cut."""
    m = re.search(r"(关于|(?:20\d\d|二〇[一二三四五六七八九〇]{2})年)", t)
    if not m or m.start() < 2:
        return None
    i = m.start()
    rest = t[i:]
    j = rest.find("法治政府建设")
    if j < 0:
        return None
    j += len("法治政府建设")
    if len(rest) - j < 2:
        return None
    return [t[:i], rest[:j], rest[j:]]


def k_keep_title_three_lines(d):
    """The title broken over three centred lines (unit / 关于…法治政府建设 / the rest), as on a printed cover."""
    if not _ok(d) or not d["titles"]:
        return None
    t = norm(d["titles"][0])
    parts = _three(t)
    if not parts:
        return None
    above, title, rest = _report_part(d)
    new = ["　　　　" + p for p in parts]
    return "\n".join(above + new + [""] + rest), _exp(d)


def k_keep_meeting_address(d):
    """Read aloud at a meeting: after the title, `同志们：` and `受…委托，我向大家报告…，请予审议。`, then the body."""
    if not _ok(d):
        return None
    above, title, rest = _report_part(d)
    r = rng_for(d, "mt")
    who = sig_name(d)
    intro = ["同志们：", f"　　受{who}委托，我向大家报告{d['year']}年度法治政府建设工作情况，请予审议。"]
    return "\n".join(above + title + [""] + intro + rest), _exp(d)


REQ = {"first": re.compile(r"(第一责任人|主要负责人)"), "short": A.SHORT_HEAD, "plan": A.PLAN_HEAD}


def k_keep_zongjie_four_parts(d):
    """Titled `{unit}{Y}年度推进依法行政建设法治政府工作总结` while the body keeps the report's four parts
    (measures, the chief's duty, shortfalls, next year's plan): only reports that show all four."""
    if not _ok(d) or not all(p.search(d["text"]) for p in REQ.values()):
        return None
    above, title, rest = _report_part(d)
    new = f"{sig_name(d)}{d['year']}年度推进依法行政建设法治政府工作总结"
    return "\n".join(above + [new] + rest), _exp(d)


def k_keep_party_committee(d):
    """A county / district / city party committee's report: `中共{place}委员会关于{Y}年度法治建设工作情况的报告`,
    the body unchanged.  Issuer: the committee (中共{place}委 / 中共{place}委员会) or the place's government."""
    if not _ok(d) or d["level"] not in ("county", "city"):
        return None
    c = core(d)
    if not re.search(r"(县|区|市|旗)$", c):
        return None
    above, title, rest = _report_part(d)
    new = f"中共{c}委员会关于{d['year']}年度法治建设工作情况的报告"
    names = [f"中共{c}委员会", f"中共{c}委", f"{c}委", f"{c}委员会"] + d["issuers"]
    return "\n".join(above + [new] + rest), _exp(d, issuers=names)


def k_keep_wechat_repost(d):
    """Reposted on a WeChat public account: account chrome above the title (原创, account name, date, 点击蓝字关注),
    editor / reviewer lines and 分享 收藏 点赞 在看 / 阅读原文 / 微信扫一扫 below the text."""
    if not _ok(d):
        return None
    above, title, rest = _report_part(d)
    y, m, day = _date(d, "wx")
    acct = f"法治{core(d)[-6:]}"
    top = ["原创　" + acct, f"{acct}　{y}-{m:02d}-{day:02d} {rng_for(d, 'h').randint(8, 21):02d}:{rng_for(d, 'mi').randint(0, 59):02d}",
           "点击上方蓝字  关注我们", ""]
    ed, rv = person(d, "ed"), person(d, "rv")
    bot = ["", "来源：" + sig_name(d), f"编辑：{ed}", f"审核：{rv}", "", "▼往期推荐▼", "", "阅读原文",
           "微信扫一扫", "关注该公众号", "分享  收藏  点赞  在看"]
    return "\n".join(top + title + _no_dates(rest) + bot) + "\n", _exp(d)


# ================================================================ like
def k_like_leader_speech(d):
    """A leader's speech at the unit's 法治政府建设 meeting: title, 讲话人 and date, 同志们, 我讲几点意见; the report's
    achievements said back in the third person, its shortfalls, next year's tasks, 谢谢大家."""
    ss = [_third(s, d) for s in own_sents(d, 6)]
    sf = _shortfalls(d, 2)
    tk = _tasks(d, 4)
    if len(ss) < 4 or len(tk) < 2:
        return None
    c = core(d)
    y, m, day = _date(d, "sp")
    who = person(d, "sp")
    t = [f"在{c}{y}年法治政府建设工作会议上的讲话", f"讲话人：{who}", f"（{y}年{m}月{day}日）", "", "同志们：",
         f"　　今天召开这次会议，主要任务是回顾总结{d['year']}年法治政府建设工作，安排部署{y}年重点任务。刚才，"
         f"几个单位作了交流发言，讲得都很好，我完全同意。下面，我讲几点意见。",
         "　　一、充分肯定过去一年取得的成绩", _paras(ss),
         "　　二、清醒看到存在的差距", _paras(sf) if sf else "　　对照上级要求，我们的工作还有不小差距，大家要高度重视。",
         f"　　三、扎实抓好{y}年各项任务", _paras(tk),
         "　　同志们，法治政府建设任重道远，希望大家再接再厉、担当作为。", "　　谢谢大家！"]
    return "\n".join(t) + "\n"


def k_like_xxgk_annual(d):
    """`{unit}{Y}年政府信息公开工作年度报告`: the six statutory parts (总体情况, 主动公开, 依申请公开, 复议诉讼,
    问题及改进, 其他事项) with figures; the overview carries two of the report's sentences on 公开 or 政务."""
    if not A.is_gov(d) and d["level"] != "department":
        return None
    ss = own_sents(d, 2, r"(公开|政务|透明)")
    if not ss:
        return None
    r = rng_for(d, "xx")
    c, s = core(d), sig_name(d)
    a, b, f = r.randint(20, 400), r.randint(1, 40), r.randint(0, 5)
    t = [f"{s}{d['year']}年政府信息公开工作年度报告", "",
         f"　　本报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据统计期限自{d['year']}年1月1日起至{d['year']}年12月31日止。",
         "　　一、总体情况", _paras(ss),
         "　　二、主动公开政府信息情况",
         f"　　全年通过门户网站主动公开政府信息{a}条，其中规范性文件{r.randint(0, 9)}件，政策解读{r.randint(1, 30)}篇。",
         "　　三、收到和处理政府信息公开申请情况",
         f"　　全年共收到政府信息公开申请{b}件，均在法定期限内予以答复，其中予以公开{max(b - 2, 0)}件。",
         "　　四、政府信息公开行政复议、行政诉讼情况",
         f"　　全年因政府信息公开被申请行政复议{f}件，被提起行政诉讼0件。",
         "　　五、存在的主要问题及改进情况",
         "　　信息公开的及时性和规范性还有待提高。下一步，将进一步完善公开目录，加强政策解读。",
         "　　六、其他需要报告的事项",
         f"　　本年度未收取信息处理费。{s}无其他需要报告的事项。"]
    return "\n".join(t) + "\n"


def k_like_shishi_fangan(d):
    """`{unit}法治政府建设实施方案（Y+1—Y+5年）`: 总体要求 / 主要任务 (the report's sentences recast as tasks) /
    组织保障; nothing looks back on a year."""
    tk = _tasks(d, 8)
    if len(tk) < 4:
        return None
    y = d["year"] + 1
    c = core(d)
    t = [f"{c}法治政府建设实施方案（{y}—{y + 4}年）", "",
         f"　　为深入推进依法行政，加快建设法治政府，结合{c}实际，制定本方案。",
         "　　一、总体要求", f"　　到{y + 4}年，{c}政府行为全面纳入法治轨道，职责明确、依法行政的政府治理体系日益健全。",
         "　　二、主要任务", _paras(tk[:4], 1), _paras(tk[4:], 1) if tk[4:] else "",
         "　　三、组织保障", "　　各部门要切实加强组织领导，明确责任分工，将本方案落实情况纳入年度绩效考核。"]
    return "\n".join(x for x in t if x) + "\n"


def k_like_shufa_official(d):
    """One official's 述法报告: `{name}同志{Y}年度个人述法报告`, first person (本人 / 我), the unit's measures told as
    what the official led, a 个人学法 part, own shortfalls and 今后努力方向."""
    ss = own_sents(d, 6)
    if len(ss) < 4:
        return None
    c = core(d)
    who = person(d, "sf")
    role = A.leader(d) if A.is_gov(d) else "局长"
    ss = [we_to(s, d, c) for s in ss]
    sf = [we_to(s, d, c) for s in own_sents(d, None, r"(不够|不足|有待|仍需|还需|短板|薄弱)")][:2]
    t = [f"{who}同志{d['year']}年度个人述法报告", f"（{c}{role}）", "",
         f"　　{d['year']}年，本人认真履行推进法治建设第一责任人职责，现将个人述法情况报告如下。",
         "　　一、带头尊法学法", f"　　本人全年参加集体学法{rng_for(d, 'n').randint(4, 12)}次，带头学习宪法、民法典等法律法规。",
         "　　二、带领推进依法行政", _paras(ss),
         "　　三、个人存在的不足", _paras(sf) if sf else "　　本人运用法治思维解决问题的能力还需进一步提升。",
         "　　四、今后努力方向", "　　本人将继续带头尊法学法守法用法，切实履行第一责任人职责。",
         f"　　述法人：{who}"]
    return "\n".join(t) + "\n"


PUFA = re.compile(r"(普法|宣传|学法|法治教育|讲座|以案释法|法治文化|宪法|法律明白人|法律知识|送法)")


def k_like_pufa_zongjie(d):
    """`{unit}{Y}年“八五”普法工作总结`: only the report's sentences on 普法 / 宣传 / 学法, a 普法 shortfall and plan."""
    ss = own_sents(d, None, PUFA.pattern)[:6]
    if len(ss) < 3:
        return None
    c = core(d)
    t = [f"{c}{d['year']}年“八五”普法工作总结", "",
         f"　　{d['year']}年，{c}紧紧围绕“八五”普法规划目标任务，深入开展法治宣传教育，现将工作总结如下。",
         "　　一、普法工作开展情况", _paras(ss),
         "　　二、存在的问题", "　　普法形式还不够新颖，针对性和实效性有待增强。",
         f"　　三、{d['year'] + 1}年普法工作打算", "　　继续落实“谁执法谁普法”普法责任制，推动普法工作提质增效。"]
    return "\n".join(t) + "\n"


def k_like_news_release(d):
    """A local news item that the unit has published its report: headline, 记者 byline, 近日, three findings of the
    report in the third person (报告显示 / 报告指出), 据悉 close, editor."""
    ss = [_third(s, d) for s in own_sents(d, 3)]
    if len(ss) < 3 or not d["titles"]:
        return None
    c = core(d)
    y, m, day = _date(d, "nw")
    rep, ed = person(d, "rep"), person(d, "ned")
    t = [f"{c}晒出{d['year']}年法治政府建设“成绩单”", f"{y}-{m:02d}-{day:02d}　　来源：{parent(d)}融媒体中心", "",
         f"　　本报讯（记者 {rep}）近日，{sig_name(d)}在门户网站向社会公开了《{norm(d['titles'][0])}》。",
         f"　　报告显示，{ss[0]}", f"　　报告指出，{ss[1]}{ss[2]}",
         f"　　据悉，这是{c}连续第{cn_num(rng_for(d, 'k').randint(3, 6))}年向社会公开法治政府建设年度报告，接受群众监督。",
         f"　　（责任编辑：{ed}）"]
    return "\n".join(t) + "\n"


def k_like_ducha_fankui(d):
    """`关于{unit}法治政府建设督察情况的反馈意见` from the parent's 督察组: 督察基本情况, 主要成效 (the report's
    sentences, third person), 存在的问题 (its shortfalls), 整改要求 (report back within 30 days), the group and a date."""
    ss = [_third(s, d) for s in own_sents(d, 4)]
    sf = _shortfalls(d, 3)
    if len(ss) < 3 or not sf:
        return None
    c, p = core(d), parent(d)
    y, m, day = _date(d, "dc", m=None)
    t = [f"关于{sig_name(d)}法治政府建设督察情况的反馈意见", "",
         f"{sig_name(d)}：",
         f"　　根据工作安排，{p}法治政府建设督察组于{y}年{m}月对{c}{d['year']}年度法治政府建设情况开展了实地督察，"
         "通过听取汇报、查阅台账、个别谈话等方式全面了解情况。现将督察意见反馈如下。",
         "　　一、主要成效", _paras(ss),
         "　　二、存在的问题", _paras(sf, 1),
         "　　三、整改要求", "　　请对照反馈问题逐项制定整改措施，于30日内将整改落实情况书面报送督察组。",
         "", f"{p}法治政府建设督察组", f"{y}年{m}月{day}日"]
    return "\n".join(t) + "\n"


def k_like_zfgzbg_excerpt(d):
    """An excerpt of the government work report to the people's congress: 各位代表, 我代表…向大会报告工作, the year in
    review (two of the report's sentences among economic ones), next year's tasks; only a government's report."""
    if not A.is_gov(d) or d["level"] == "department":
        return None
    ss = own_sents(d, 2)
    tk = _tasks(d, 2)
    if len(ss) < 2 or not tk:
        return None
    r = rng_for(d, "gw")
    c = core(d)
    y, m, day = _date(d, "gw", m=1)
    who = person(d, "gw")
    t = [f"政府工作报告（摘要）", f"——{y}年{m}月{day}日在{c}第{cn_num(r.randint(15, 19))}届人民代表大会第{cn_num(r.randint(2, 5))}次会议上",
         f"{A.leader(d)}　{who}", "", "各位代表：",
         f"　　现在，我代表{c}人民政府，向大会报告工作，请予审议"
         + ("，并请政协委员提出意见。" if d["level"] in ("county", "city", "province") else "。"),
         f"　　一、{d['year']}年工作回顾",
         f"　　过去的一年，全{lw(d)}地区生产总值增长{r.randint(40, 75) / 10}%，一般公共预算收入{r.randint(2, 90)}亿元，"
         f"城乡居民人均可支配收入分别增长{r.randint(40, 70) / 10}%和{r.randint(50, 85) / 10}%。",
         "　　坚持依法行政。" + "".join(ss),
         f"　　二、{y}年主要任务", "　　加快建设法治政府。" + "".join(tk),
         "　　各位代表，让我们团结一心、砥砺奋进，为全面完成今年目标任务而努力奋斗！"]
    return "\n".join(t) + "\n"


# ================================================================ registry
def _DOCS():
    return load_docs()


KEEP = {
    "keep_untitled_jiehe": k_keep_untitled_jiehe,
    "keep_title_three_lines": k_keep_title_three_lines,
    "keep_meeting_address": k_keep_meeting_address,
    "keep_zongjie_four_parts": k_keep_zongjie_four_parts,
    "keep_party_committee": k_keep_party_committee,
    "keep_wechat_repost": k_keep_wechat_repost,
}
LIKE = {
    "like_leader_speech": k_like_leader_speech,
    "like_xxgk_annual": k_like_xxgk_annual,
    "like_shishi_fangan": k_like_shishi_fangan,
    "like_shufa_official": k_like_shufa_official,
    "like_pufa_zongjie": k_like_pufa_zongjie,
    "like_news_release": k_like_news_release,
    "like_ducha_fankui": k_like_ducha_fankui,
    "like_zfgzbg_excerpt": k_like_zfgzbg_excerpt,
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
    sp = os.path.join(HERE, "split-i.json")
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
