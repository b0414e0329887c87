#!/usr/bin/env python3
"""Kind set d: does fzscore tell a real 法治政府建设年度报告 from a look-alike? (first sight, kinds new to sets a-c)

Reuses kind set a's document loading and helpers and set b's sentence / figure helpers (imported, not edited).
Every case is built in code from a real labelled report.  Expectation by family:

- "keep" (a real report made unusual in a new way): document.is_report true;
- "like" (another kind of document built from the report's content): is_report false, or true with at least one
  entry in document.review_notes.

Nothing here runs fzscore.

    python3 kind_edits_d.py --list           # the cases of the stored split's seed
    python3 kind_edits_d.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
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
TOP, SUB, we_to, sign, heads_of = A.TOP, A.SUB, A.we_to, A.sign, A.heads_of
own_sents, figures, pw = B.own_sents, B.figures, B.pw


def _lines(d):
    return d["text"].split("\n")


def _cut(t, d):
    return t if d["full"] else t[: t.rfind("。") + 1]


def _from_title(d):
    ls = _lines(d)
    return _cut("\n".join(ls[d["title_idx"][0]:]), d)


def _ok(d, n=4):
    return bool(d["title_idx"]) and len(body_sentences(d)) >= n


def _it(d):
    return "该" + lw(d)


def _yfzb(d):
    """The superior rule-of-law office: 中共{parent}委全面依法治{pw}委员会办公室."""
    p = parent(d)
    return f"中共{p}委全面依法治{pw(d)}委员会办公室" if p else "中共中央全面依法治国委员会办公室"


# ================================================================ keep: real reports, unusual in new ways
def k_keep_combined(d):
    """A combined report: title `{issuer}关于{Y}年度法治政府建设和依法行政工作情况的报告`."""
    if not _ok(d):
        return None
    return B._retitle(d, f"{issuer(d)}关于{d['year']}年度法治政府建设和依法行政工作情况的报告")


def k_keep_kaizhan(d):
    """Title without 年度 or 报告: `{issuer}{Y}年法治政府建设开展情况`."""
    if not _ok(d):
        return None
    return B._retitle(d, f"{issuer(d)}{d['year']}年法治政府建设开展情况")


def k_keep_cover_page(d):
    """A cover page above the report: issuer, the title broken over two lines, issuer and month, a page break."""
    if not _ok(d):
        return None
    r = rng_for(d, "cv")
    cover = (f"\n\n{issuer(d)}\n\n\n{d['year']}年度\n法治政府建设情况报告\n\n\n\n"
             f"{issuer(d)}\n{d['year'] + 1}年{A.CN_NUM[r.randint(1, 3)]}月\n\n\f\n")
    return cover + _from_title(d)


def k_keep_pdf_breaks(d):
    """Text as extracted from a PDF: the body hard-wrapped every 26–30 characters, `— n —` page numbers between
    pages of about 24 lines."""
    if not _ok(d, 6):
        return None
    r = rng_for(d, "pb")
    ls = _lines(d)
    ti = d["title_idx"][-1]
    out, n, page = ls[: ti + 1], 0, 1
    for l in _cut("\n".join(ls[ti + 1:]), d).split("\n"):
        w = r.randint(26, 30)
        parts = [l[i:i + w] for i in range(0, len(l), w)] or [""]
        for p in parts:
            out.append(p)
            n += 1
            if n % 24 == 0:
                page += 1
                out.append(f"— {page} —")
    return "\n".join(out) if page >= 2 else None


def k_keep_fullwidth(d):
    """Every ASCII digit written full-width (２０２３年, １２件)."""
    if not _ok(d):
        return None
    t = _cut(d["text"], d)
    return t.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"})


def k_keep_wechat(d):
    """Posted as a WeChat official-account article: account line, 原创, 点击蓝字关注我们, then the report, then
    来源 / 编辑 / 审核, 阅读 / 在看, 长按识别二维码关注."""
    if not _ok(d):
        return None
    r = rng_for(d, "wx")
    acct = f"法治{core(d)[-3:]}" if len(core(d)) >= 3 else f"{core(d)}发布"
    head = (f"原创 {acct} {acct} {d['year'] + 1}-0{r.randint(1, 3)}-{r.randint(10, 28)} {r.randint(8, 20)}:{r.randint(10, 59)}\n"
            f"点击蓝字 关注我们\n\n")
    tail = (f"\n\n来源：{core(d)}司法所\n编辑：{person(d, 'wx1')}\n审核：{person(d, 'wx2')}\n\n"
            f"阅读 {r.randint(300, 9000)}\n在看 {r.randint(3, 80)}\n赞 {r.randint(5, 120)}\n\n"
            f"往期推荐\n长按识别二维码关注{acct}\n")
    return head + _from_title(d).rstrip() + tail


def k_keep_markdown(d):
    """Text converted from Markdown: `# title`, `## 一、…` and `### （一）…` headings, bold lead phrases."""
    if not _ok(d):
        return None
    ls = _lines(d)
    ti = d["title_idx"][-1]
    out = ls[: d["title_idx"][0]] + ["# " + title_line(d), ""]
    n = 0
    for l in _cut("\n".join(ls[ti + 1:]), d).split("\n"):
        s = l.strip()
        if is_head(s):
            out += [("## " if TOP.match(s) else "### ") + s, ""]
            n += 1
        elif s:
            s = re.sub(r"^([一二三四五六七八九十]是[^，。：]{2,20})([，。：])", r"**\1**\2", s)
            out += [s, ""]
    return "\n".join(out) if n >= 2 else None


# ================================================================ like: look-alikes
def k_like_shishi_fangan(d):
    """A multi-year 法治政府建设实施方案（Y+1—Y+5年）: 总体要求, the report's measures recast as tasks, 保障措施."""
    tasks, n = A._tasks(d, "yaodian")
    if n < 3:
        return None
    y = d["year"]
    tasks = [t for t in tasks if not TOP.match(t)]  # the report's top headings dropped; 二、主要任务 holds the rest
    return (f"{issuer(d)}法治政府建设实施方案（{y + 1}—{y + 5}年）\n\n"
            f"　　为深入贯彻落实《法治政府建设实施纲要（2021—2025年）》，加快建设职能科学、权责法定、执法严明、"
            f"公开公正、智能高效、廉洁诚信、人民满意的法治政府，结合{core(d)}实际，制定本实施方案。\n"
            f"一、总体要求\n　　到{y + 5}年，{core(d)}行政决策科学化、民主化、法治化水平进一步提高，行政执法更加规范，"
            f"法治政府建设取得更大进展。\n二、主要任务\n" + "\n".join(tasks) +
            f"\n三、保障措施\n　　各责任单位要把法治政府建设摆在工作全局的重要位置，细化任务分工，明确完成时限，"
            f"确保本方案各项任务落到实处。\n　　本方案自印发之日起施行。\n\n{issuer(d)}\n{y + 1}年{rng_for(d, 'fa').randint(3, 6)}月\n")


def k_like_kaohe_xize(d):
    """The superior's 法治政府建设考核细则: 考核对象, a table 考核项目 / 考核内容 / 分值 / 评分标准 built from the report's
    headings, 加分 / 一票否决 rules."""
    hs = [A.unenum(h) for h in heads_of(d)]
    hs = [h for h in hs if 4 <= len(h) <= 40 and not A.SHORT_HEAD.search(h) and not A.PLAN_HEAD.search(h)]
    if len(hs) < 3:
        return None
    r = rng_for(d, "xz")
    y = d["year"] + 1
    rows = []
    for i, h in enumerate(hs[:10], 1):
        sc = r.choice([5, 6, 8, 10])
        rows.append(f"{i}\t{h}\t{h}相关工作是否按要求完成\t{sc}\t未落实的扣{sc // 2}分；落实不到位的酌情扣1—2分")
    p = parent(d) or "省"
    return (f"{p}{y}年度法治政府建设考核细则\n\n"
            f"　　一、考核对象：各{'乡镇人民政府（街道办事处）' if d['level'] == 'township' else '部门、单位'}。\n"
            f"　　二、考核方式：采取日常考核与年终考核相结合的方式，满分100分。\n"
            f"　　三、考核内容及评分标准\n序号\t考核项目\t考核内容\t分值\t评分标准\n" + "\n".join(rows) +
            f"\n　　四、加分项：工作经验被上级推广的，每项加1分，最高加3分。\n"
            f"　　五、一票否决：发生严重违法行政行为造成恶劣社会影响的，考核等次确定为不合格。\n\n{_yfzb(d)}\n"
            f"{y}年{r.randint(2, 5)}月{r.randint(1, 28)}日\n")


def k_like_study_article(d):
    """A study article: `新时代基层法治政府建设的实践与思考——以{core}为例`, author, 摘要, 关键词, the unit's
    sentences (该X) as the case, 困境, 路径, 参考文献."""
    ss = own_sents(d, 8)
    if len(ss) < 4:
        return None
    au = person(d, "sa")
    return (f"新时代基层法治政府建设的实践与思考\n——以{core(d)}为例\n\n{au}\n（{core(d)}司法所，{parent(d) or core(d)}）\n\n"
            f"【摘要】法治政府建设是全面依法治国的重点任务和主体工程。本文以{core(d)}为样本，梳理其推进法治政府建设的"
            f"实践做法，分析基层面临的现实困境，并从队伍建设、制度供给和数字赋能三方面提出优化路径。\n"
            f"【关键词】法治政府；基层治理；依法行政；路径优化\n\n"
            f"一、{core(d)}法治政府建设的实践探索\n　　" + "".join(we_to(s, d, _it(d)) for s in ss[:6]) +
            f"\n二、基层法治政府建设面临的现实困境\n　　一是法治机构人员力量薄弱；二是执法人员专业素养参差不齐；"
            f"三是数字化手段运用不足。\n三、推进基层法治政府建设的路径优化\n　　（一）强化法治队伍建设。（二）完善制度供给。"
            f"（三）推进数字法治政府建设。\n\n参考文献：\n[1]马怀德.法治政府建设的成就与展望[J].中国法学,2021(5).\n"
            f"[2]应松年.加快法治政府建设[J].中国法学,2020(6).\n")


def k_like_tian(d):
    """A 政协委员's 提案 on the unit's 法治政府建设: 提案人, 案由, 情况分析 (the unit's sentences), 存在问题, 具体建议."""
    ss = own_sents(d, 5)
    if len(ss) < 3:
        return None
    r = rng_for(d, "ta")
    p = parent(d) if d["level"] == "township" else core(d)
    return (f"政协{p}第{A.CN_NUM[r.randint(9, 15)]}届委员会第{A.CN_NUM[r.randint(1, 5)]}次会议\n提　案\n\n"
            f"第{r.randint(10, 260)}号\n提案人：{person(d, 'ta1')}　{person(d, 'ta2')}\n"
            f"案由：关于进一步提升{core(d)}法治政府建设水平的提案\n\n情况分析：\n　　"
            + "".join(we_to(s, d, _it(d)) for s in ss) +
            f"但对照群众期盼，仍存在基层执法力量不足、行政规范性文件备案审查不够及时等问题。\n"
            f"具体建议：\n　　一、建议充实乡镇（街道）综合执法力量，推动执法重心下移。\n"
            f"　　二、建议建立重大行政决策目录动态调整机制。\n　　三、建议加大法治政府建设督察结果运用力度。\n"
            f"\n{d['year'] + 1}年{r.randint(1, 3)}月{r.randint(5, 25)}日\n")


def k_like_dafu(d):
    """The unit's 答复 to a 人大代表's 建议 on 法治政府建设: 您提出的《…》收悉, the unit's sentences as 办理情况, 联系人."""
    ss = own_sents(d, 6)
    if len(ss) < 3:
        return None
    r = rng_for(d, "df")
    rep = person(d, "df1")
    return (f"关于对{parent(d) or ''}人大代表第{r.randint(10, 300)}号建议的答复\n\n{rep}代表：\n"
            f"　　您提出的《关于加快推进{core(d)}法治政府建设的建议》收悉。经认真研究，现答复如下：\n"
            f"　　一、办理情况\n　　" + "".join(ss) +
            f"\n　　二、下一步打算\n　　我们将认真吸纳您的意见建议，持续提升依法行政水平。\n"
            f"　　感谢您对{core(d)}工作的关心和支持！\n\n　　办理结果：A类（所提问题已经解决或基本解决）\n"
            f"　　联系人：{person(d, 'df2')}　联系电话：{r.randint(13000000000, 18999999999)}\n\n{issuer(d)}\n"
            f"{d['year'] + 1}年{r.randint(5, 8)}月{r.randint(1, 28)}日\n")


def k_like_baogao_tongzhi(d):
    """The superior office's 通知 on drafting this year's reports: 报告内容 (the unit's top headings as required
    parts), 报送时间, 公开要求 — about the 年度报告, not one."""
    hs = [A.unenum(h) for h in heads_of(d, top_only=True)]
    hs = [h for h in hs if 2 <= len(h) <= 40]
    if len(hs) < 2:
        return None
    r = rng_for(d, "tz")
    y = d["year"]
    req = "\n".join(f"　　（{A.CN_NUM[i]}）{h}。" for i, h in enumerate(hs[:6], 1))
    who = "各乡镇人民政府、街道办事处" if d["level"] == "township" else "各有关单位"
    return (f"关于做好{y}年度法治政府建设年度报告工作的通知\n\n{who}：\n"
            f"　　根据《法治政府建设与责任落实督察工作规定》要求，为做好{y}年度法治政府建设情况报告工作，现将有关事项通知如下：\n"
            f"　　一、报告内容\n　　年度报告应当包括以下内容：\n{req}\n"
            f"　　二、报送时间\n　　请于{y + 1}年1月{r.randint(10, 25)}日前将年度报告（经本单位主要负责人审定）报送{_yfzb(d)}，"
            f"同时抄送{parent(d) or ''}司法局。\n"
            f"　　三、公开要求\n　　年度报告应于{y + 1}年3月31日前通过本单位门户网站向社会公开，接受人民群众监督。\n"
            f"　　联系人：{person(d, 'tz')}\n\n{_yfzb(d)}\n{y}年12月{r.randint(1, 28)}日\n")


def k_like_yitu(d):
    """An 一图读懂 graphic's text about the report: headline, short 数说 lines of its figures, 关键词 lines."""
    fs = figures(d, 8)
    hs = [A.unenum(h) for h in heads_of(d, top_only=False)][:5]
    if len(fs) < 3:
        return None
    r = rng_for(d, "yt")
    t = title_line(d) or f"{issuer(d)}{d['year']}年度法治政府建设情况报告"
    return (f"一图读懂｜《{t}》\n\n{d['year'] + 1}-0{r.randint(2, 4)}-{r.randint(10, 28)}　来源：{core(d)}司法所\n\n"
            f"数说{d['year']}\n" + "\n".join(f"{a}\n{n}{u}" for a, n, u in fs) +
            "\n\n关键词\n" + "\n".join(f"◆ {h}" for h in hs) +
            f"\n\n策划：{person(d, 'yt1')}　设计：{person(d, 'yt2')}\n（点击查看报告全文）\n")


def k_like_meeting_news(d):
    """A news item on the meeting that adopted the report: X月X日，{leader}主持召开…会议，审议通过《title》, 会议强调…."""
    ss = own_sents(d, 3)
    if len(ss) < 2 or not d["titles"]:
        return None
    r = rng_for(d, "mn")
    y1 = d["year"] + 1
    mo, dd = r.randint(1, 3), r.randint(3, 26)
    who = person(d, "mn")
    s0 = re.sub(r"^(今年以来|今年来|一年来|过去一年|20\d\d年(度)?(以来)?)[，,]", "", ss[0])
    mt = "局党组会议" if d["level"] == "department" else ("党政联席会议" if d["level"] == "township" else "政府常务会议")
    t = title_line(d) or d["titles"][0]
    return (f"{core(d)}召开{mt}审议{d['year']}年度法治政府建设情况报告\n\n"
            f"发布时间：{y1}-0{mo}-{dd + 1:02d}　来源：{core(d)}融媒体中心\n\n"
            f"　　{mo}月{dd}日，{core(d)}{A.leader(d)}{who}主持召开{mt}，"
            f"审议并原则通过《{t}》。\n"
            f"　　会议指出，过去一年，" + we_to(s0, d, core(d)) +
            f"\n　　会议强调，要坚持以习近平法治思想为指导，对照上级督察反馈问题抓好整改，按规定时限将报告报送上级并向社会公开。\n"
            f"　　{core(d)}班子成员参加会议。\n\n（记者 {person(d, 'mn2')}）\n")


_D = {}


def _DOCS():
    if "d" not in _D:
        _D["d"] = load_docs()
    return _D["d"]


KEEP = {
    "keep_combined": k_keep_combined,
    "keep_kaizhan": k_keep_kaizhan,
    "keep_cover_page": k_keep_cover_page,
    "keep_pdf_breaks": k_keep_pdf_breaks,
    "keep_fullwidth": k_keep_fullwidth,
    "keep_wechat": k_keep_wechat,
    "keep_markdown": k_keep_markdown,
}
LIKE = {
    "like_shishi_fangan": k_like_shishi_fangan,
    "like_kaohe_xize": k_like_kaohe_xize,
    "like_study_article": k_like_study_article,
    "like_tian": k_like_tian,
    "like_dafu": k_like_dafu,
    "like_baogao_tongzhi": k_like_baogao_tongzhi,
    "like_yitu": k_like_yitu,
    "like_meeting_news": k_like_meeting_news,
}
KINDS = {**KEEP, **LIKE}
DOCS_PER_KIND = {k: 5 for k in KINDS}


def expect_of(kind):
    return {"is_report": True} if kind in KEEP else {"is_report": False, "or_review_note": True}


def build_cases(seed):
    """Documents drawn per kind at random; one complete dev report first when the kind applies, then the rest."""
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
    sp = os.path.join(HERE, "split-d.json")
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
