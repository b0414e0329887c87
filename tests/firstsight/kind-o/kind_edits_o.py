#!/usr/bin/env python3
"""Kind set o: the team's final held-out check of "is this document an annual 法治政府建设 report?".  Six new
real-report kinds made harder the way real pages and files are (must stay reports, with the labelled metadata) and
three new look-alikes (must be refused or flagged).  First sight: written without reading fzscore's code, rubrics
or data.  Set l's / m's / n's helpers are imported unchanged; documents are drawn among the labelled reports that
sets l, m and n did not select (their generators run with the seeds their READMEs state).

    python3 kind_edits_o.py --list           # the cases of the stored split's seed
    python3 kind_edits_o.py --show KIND DOC  # one edited text (DOC = the name after @ in the case id)
"""
from __future__ import annotations

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kind-l"))
sys.path.insert(0, os.path.join(HERE, "..", "kind-m"))
sys.path.insert(0, os.path.join(HERE, "..", "kind-n"))
import kind_edits_l as L  # noqa: E402
import kind_edits_m as M  # noqa: E402
import kind_edits_n as N  # noqa: E402

A, B = L.A, L.B
load_docs, core, rng_for, cn_num, person, lw = L.load_docs, L.core, L.rng_for, L.cn_num, L.person, L.lw
own_sents, _ok, _report_part, sig_name, _third = L.own_sents, L._ok, L._report_part, L.sig_name, L._third
_no_dates, _drop_sig, _date, _tx, _ex, _tasks, _shortfalls = (
    L._no_dates, L._drop_sig, L._date, L._tx, L._ex, L._tasks, L._shortfalls)
FAZHI = L.FAZHI

SEED_N = 557717  # stated in kind-n's README (l's and m's seeds are N.SEED_L / N.SEED_M)


def used_by_l_m_n():
    return N.used_by_l_m() | {c["doc"] for c in N.build_cases(SEED_N)}


def _is_heading(l):
    s = l.strip()
    return bool(A.TOP.match(s) or A.SUB.match(s)) and len(s) < 60 or (0 < len(s) < 30 and "。" not in s)


def _body(d):
    """Title lines and the lines after them (dated page lines dropped), cut at the last full stop."""
    above, title, rest = _report_part(d)
    return title, M._cut_full(_no_dates(rest)).split("\n")


# ================================================================ keep
ANYU = [
    "编者按：法治政府建设是全面依法治国的重点任务和主体工程。按照《法治政府建设与责任落实督察工作规定》，县级以上地方各级政府"
    "和政府部门每年第一季度要向社会公开上一年度法治政府建设情况报告，接受人民群众监督。",
    "为便于读者了解各地各部门推进法治政府建设的做法和成效，本网开设“法治政府建设年度报告”专栏，陆续刊发有关单位报送的年度报告。"
    "本期刊发的是{u}的报告，报告从组织领导、制度建设、决策、执法、监督、矛盾化解等方面回顾了{y}年的工作，也坦陈了存在的不足。",
    "我们注意到，这份报告篇幅适中、数据翔实，既讲成绩也讲问题，对下一年度的工作作了具体安排，有一定的参考价值。"
    "刊发时，编辑部仅对个别文字和格式作了技术处理，未改变原意。",
    "欢迎读者通过本网留言板对报告内容提出意见建议，也欢迎各地各部门来稿交流经验做法。（本网编辑　{e}）",
]


def k_keep_bianzhe_an(d):
    """A site's 编者按 of four generated paragraphs (~420 characters, naming the unit and the year) above the
    report's title; the page's own lines above the title dropped; title and body as on the page."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    ps = ["　　" + p.format(u=sig_name(d), y=d["year"], e=person(d, "ba")) for p in ANYU]
    return "\n".join(ps + [""] + title + rest) + "\n", _ex(d, _tx(d, []))


def k_keep_dated_paras(d):
    """Every paragraph of the body (not the headings) opens with `{Y}年{m}月，`, the months rising from 1 to 12
    over the paragraphs (a diary-like report; a paragraph opening with an inline heading `（一）…。` gets the date after
    it; a leading `{Y}年，` is replaced); title kept, lines above dropped, dated page lines dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _body(d)
    paras = [i for i, l in enumerate(body) if len(l.strip()) > 40 and not _is_heading(l)]
    if len(paras) < 4:
        return None
    out = list(body)
    for k, i in enumerate(paras):
        m = 1 + (k * 12) // len(paras)
        b = body[i].strip()
        h = re.match(r"^([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、.．]|\d+[、.．])[^。]{2,40}?。", b)
        pre, b = (b[:h.end()], b[h.end():]) if h else ("", b)
        b = re.sub(r"^\d{4}年(度)?(以来|全年)?[,，]?", "", b)
        out[i] = f"　　{pre}{d['year']}年{m}月，" + b
    return "\n".join(title + out) + "\n", _ex(d, _tx(d, []))


def k_keep_english_abstract(d):
    """Under the Chinese title an English title and abstract with keywords (generated, naming the year), as
    journals and some portals print them; then the body as on the page (lines above the title dropped)."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    y = d["year"]
    en = [f"Annual Report on the Construction of a Law-based Government ({y})",
          f"Abstract: This report reviews the work done in {y} to build a law-based government, covering Party "
          "leadership over the rule of law, the legal performance of government functions, normative documents, "
          "major administrative decisions, administrative law enforcement, supervision and restraint of administrative "
          f"power, and the resolution of disputes. It also identifies the main shortcomings and sets out the key tasks "
          f"for {y + 1}.",
          "Keywords: law-based government; annual report; administrative law enforcement; rule of law", ""]
    return "\n".join(title + en + rest) + "\n", _ex(d, _tx(d, []))


VERB = r"(坚持|加强|推进|健全|完善|深化|强化|提升|提高|推动|规范|全面|严格|依法|持续|深入|建立|落实|优化|聚焦|压实|创新|构建|坚决|着力|扎实|切实|注重|抓好|做好|加快|筑牢|夯实)"


def k_keep_question_headings(d):
    """Every heading line turned into a question: top-level `一、…` → `一、如何…？` (when the heading opens with a verb
    such as 坚持 / 加强 / 推进) or `一、…如何？` and `（一）…` → `（一）…做得怎么样？`
    (the heading's trailing punctuation dropped); only reports with at least two top-level headings."""
    if not _ok(d) or not d["titles"]:
        return None
    above, title, rest = _report_part(d)
    out, n = [], 0
    for l in rest:
        s = l.strip()
        m, ms = A.TOP.match(s), A.SUB.match(s)
        if m and len(s) < 50 and "。" not in s[:-1]:
            h = s[m.end():].rstrip("。：:；; ")
            if h:
                q = f"如何{h}？" if re.match(VERB, h) else f"{h}如何？"
                l, n = f"　　{s[:m.end()]}{q}", n + 1
        elif ms and len(s) < 50 and "。" not in s[:-1]:
            h = s[ms.end():].rstrip("。：:；; ")
            if h:
                l = f"　　{s[:ms.end()]}{h}做得怎么样？"
        out.append(l)
    if n < 2:
        return None
    return "\n".join(title + out) + "\n", _ex(d, _tx(d, []))


def k_keep_cites_yaodian(d):
    """The report names look-alike documents' titles: a first paragraph on carrying out
    《{parent}{Y}年法治政府建设工作要点》 and last year's 《{unit}{Y-1}年度法治政府建设情况报告》, and a closing paragraph
    on drawing up 《{unit}{Y+1}年法治政府建设工作要点》 and 《…{Y+1}年度法治政府建设工作计划》; body as on the page."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _body(d)
    body = _drop_sig(body, d)
    u, y = sig_name(d), d["year"]
    p = L.parent(d) or "省"
    first = (f"　　{y}年，{u}以《{p}{y}年法治政府建设工作要点》为抓手，逐项分解任务、明确责任单位和完成时限，"
             f"对《{u}{y - 1}年度法治政府建设情况报告》中提出的问题建立整改台账，逐一销号。")
    last = (f"　　{y + 1}年，我们将对照《{p}{y + 1}年法治政府建设工作要点》，研究制定《{u}{y + 1}年法治政府建设工作要点》"
            f"和《{u}{y + 1}年度法治政府建设工作计划》，把各项任务落到实处。")
    yy, mm, dd = _date(d, "yd")
    return "\n".join(title + [first] + body + [last, "", u, f"{yy}年{mm}月{dd}日"]) + "\n", _ex(d, _tx(d, []))


CHUSHI = ["办公室", "政策法规处", "人事处", "财务审计处", "规划发展处", "行政审批处", "执法监督处", "科技与信息化处",
          "安全监督处", "宣传教育处", "综合处", "机关党委", "离退休干部处", "驻厅纪检监察组", "信访处", "督查室"]


def k_keep_chushi_names(d):
    """A provincial department's report full of its 处室: a generated paragraph on the 领导小组 (office in the
    政策法规处, 14 处室 and 直属单位 named) after the title, and `（X处牵头，Y处、Z处配合）` inserted before the full
    stop of up to eight sentences that carry a 法治 word.  Only departments of a province (厅 or a 省… name)."""
    if d["level"] != "department" or not _ok(d) or not d["titles"]:
        return None
    if not any(re.match(r"^.{0,3}省|厅$", n) for n in d["issuers"] + [core(d)]):
        return None
    r = rng_for(d, "cs")
    title, body = _body(d)
    lead = ("　　厅党组高度重视法治政府建设，调整充实由厅主要负责同志任组长、分管负责同志任副组长的法治建设领导小组，"
            "领导小组办公室设在政策法规处，成员包括" + "、".join(r.sample(CHUSHI, 14)) + "等处室和厅属各直属单位。")
    out, k = [], 0
    for l in body:
        if k < 8 and not _is_heading(l) and FAZHI.search(l) and l.rstrip().endswith("。"):
            c = r.sample(CHUSHI, 3)
            l, k = l.rstrip()[:-1] + f"（{c[0]}牵头，{c[1]}、{c[2]}配合）。", k + 1
        out.append(l)
    if k < 3:
        return None
    return "\n".join(title + [lead] + out) + "\n", _ex(d, _tx(d, []))


# ================================================================ look-alikes
ZHIBIAO = ["党政主要负责人履行推进法治建设第一责任人职责", "依法全面履行政府职能", "完善依法行政制度体系",
           "推进行政决策科学化民主化法治化", "坚持严格规范公正文明执法", "强化对行政权力的制约和监督",
           "依法有效化解社会矛盾纠纷", "全面提高政府工作人员法治思维和依法行政能力"]


def k_like_shifan_ziping(d):
    """`{gov}法治政府建设示范创建自评报告` (county / city governments): 自评总分 of 1000, then one heading per 一级指标
    `（满分N分，自评M分）` with one of the report's sentences (third person) and a 扣分原因 line; 申请命名 at the end."""
    if d["level"] not in ("county", "city") or not _ok(d, 8):
        return None
    ss = [_third(s, d) for s in own_sents(d)][:8]
    if len(ss) < 8:
        return None
    r = rng_for(d, "sz")
    u, y = sig_name(d), d["year"]
    full = [r.choice([100, 120, 140]) for _ in ZHIBIAO]
    full[-1] += 1000 - sum(full)
    got = [f - r.randint(0, 8) for f in full]
    tot = sum(got)
    t = [f"{u}法治政府建设示范创建自评报告", "",
         f"　　根据法治政府建设示范创建活动有关要求和《市县法治政府建设示范指标体系》，{u}对照8个一级指标、"
         f"40个二级指标逐项开展自评，自评总分{tot}分（满分1000分）。现将自评情况报告如下。"]
    for i, (z, f, g) in enumerate(zip(ZHIBIAO, full, got)):
        t += [f"　　{cn_num(i + 1)}、{z}（满分{f}分，自评{g}分）", "　　" + ss[i],
              "　　扣分原因：" + ("无。" if f == g else f"相关工作台账不够完整，扣{f - g}分。")]
    t += [f"　　综上，{u}自评得分{tot}分，达到示范创建标准，特申请命名为法治政府建设示范地区。", "",
          f"　　附件：{u}法治政府建设示范创建自评分值表", "", u, "{}年{}月{}日".format(*_date(d, "sz"))]
    return "\n".join(t) + "\n"


def k_like_renda_zhifajiancha(d):
    """A 人大常委会 执法检查组's report on the government's 法治政府建设 (county / city / province governments): the
    speech line, 主任、各位副主任, 根据常委会{Y+1}年监督工作计划 … 实地检查, the report's sentences in the third person as
    成效, its shortfalls (or one generated) as 问题, its tasks as 意见和建议."""
    if d["level"] not in ("county", "city", "province") or not _ok(d, 6):
        return None
    c = core(d)
    ss = [_third(s, d) for s in own_sents(d)][:6]
    sf = _shortfalls(d, 3) or ["部分行政执法人员法治意识和执法能力有待提高，基层执法力量仍显薄弱。"]
    tk = [_third(s, d) for s in _tasks(d, 3)]
    if len(ss) < 4:
        return None
    r = rng_for(d, "rd")
    y = d["year"] + 1
    t = [f"{c}人大常委会执法检查组关于{sig_name(d)}法治政府建设情况的执法检查报告", "",
         f"——{y}年{r.randint(10, 12)}月{r.randint(3, 27)}日在{c}第{cn_num(r.randint(14, 16))}届人民代表大会常务委员会"
         f"第{cn_num(r.randint(10, 30))}次会议上", f"{c}人大常委会副主任　{person(d, 'rd')}", "",
         "主任、各位副主任、秘书长、各位委员：",
         f"　　根据常委会{y}年度监督工作计划，{c}人大常委会组成执法检查组，于{y}年{r.randint(3, 8)}月至{r.randint(8, 9)}月"
         f"对{sig_name(d)}推进法治政府建设情况开展执法检查。检查组听取了政府及司法行政等部门的汇报，实地检查了"
         f"{r.randint(6, 15)}个单位，召开座谈会{r.randint(3, 6)}次。现将检查情况报告如下：",
         "　　一、基本情况和主要成效", L._paras(ss, 2), "　　二、存在的主要问题", L._paras(sf, 1),
         "　　三、意见和建议", L._paras(tk or ["建议政府进一步压实法治建设责任。"], 1),
         "　　以上报告，请予审议。"]
    return "\n".join(t) + "\n"


SFS = [
    ("一、人民调解工作", "全年排查矛盾纠纷{a}次，成功调解各类纠纷{b}件，调解成功率{p}%，防止民转刑案件{c}起。"),
    ("二、社区矫正工作", "年内接收社区矫正对象{c}人，解除矫正{c2}人，现有在册{c3}人，开展集中教育{a}次，无脱管漏管。"),
    ("三、安置帮教工作", "衔接刑满释放人员{c}人，帮扶就业{c2}人，重点帮教对象全部落实帮教措施。"),
    ("四、法律援助和公共法律服务", "受理法律援助申请{c}件，解答法律咨询{b}人次，村（社区）法律顾问实现全覆盖。"),
    ("五、队伍建设和党建工作", "坚持每月集中学习，参加业务培训{a}次，所内人员撰写信息{a}篇，被县级以上媒体采用{c2}篇。"),
]


def k_like_sifasuo_zongjie(d):
    """A township 司法所's `{Y}年度工作总结` covering 人民调解, 社区矫正, 安置帮教, 法律援助 and 队伍建设 (figures drawn)
    and a 下一步 — everything a 司法所 does except the government's 法治政府建设; signed by the 司法所."""
    if d["level"] != "township" or not _ok(d):
        return None
    r = rng_for(d, "sf")
    c = core(d).replace("办事处", "")
    y = d["year"]
    t = [f"{c}司法所{y}年度工作总结", "",
         f"　　{y}年，{c}司法所在县司法局和{c}党委、政府的领导下，紧紧围绕中心工作，认真履行司法行政基层职能，各项工作"
         "平稳有序推进。现将全年工作总结如下："]
    for h, s in SFS:
        t += ["　　" + h, "　　" + s.format(a=r.randint(4, 20), b=r.randint(60, 400), c=r.randint(8, 40),
                                          c2=r.randint(2, 8), c3=r.randint(5, 30), p=r.randint(95, 99))]
    t += ["　　六、下一步工作打算", f"　　{y + 1}年，司法所将继续做好矛盾纠纷排查化解、社区矫正监管和安置帮教工作，"
          "加强所内规范化建设，为全镇经济社会发展营造和谐稳定的环境。", "", f"{c}司法所",
          "{}年{}月{}日".format(y, 12, r.randint(20, 30))]
    return "\n".join(t) + "\n"


# ================================================================ registry
KEEP = {
    "keep_bianzhe_an": k_keep_bianzhe_an,
    "keep_dated_paras": k_keep_dated_paras,
    "keep_english_abstract": k_keep_english_abstract,
    "keep_question_headings": k_keep_question_headings,
    "keep_cites_yaodian": k_keep_cites_yaodian,
    "keep_chushi_names": k_keep_chushi_names,
}
LIKE = {
    "like_shifan_ziping": k_like_shifan_ziping,
    "like_renda_zhifajiancha": k_like_renda_zhifajiancha,
    "like_sifasuo_zongjie": k_like_sifasuo_zongjie,
}
KINDS = {**KEEP, **LIKE}
DOCS_PER_KIND = {**{k: 6 for k in KEEP}, **{k: 3 for k in LIKE}}


def _run(kind, d):
    out = KINDS[kind](d)
    if out is None:
        return None, None
    if kind in KEEP:
        return out
    return out, {"is_report": False, "or_review_note": True}


def build_cases(seed):
    """Documents drawn per kind at random among those l's, m's and n's generators did not select; one complete
    dev report first (where the kind accepts one), then the rest."""
    docs = load_docs()
    used = used_by_l_m_n()
    rng = random.Random(seed)
    cases = []
    for kind in KINDS:
        rels = sorted(r for r in docs if r not in used)
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
    sp = os.environ.get("KIND_O_SPLIT") or os.path.join(HERE, "split-o.json")
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
