#!/usr/bin/env python3
"""Kind set r: real annual 法治政府建设 reports as real submissions arrive (a Word file that starts with the 发文稿纸
and its 签发 block, an .rtf with a 报送 cover report in front, a Word 报送表 with the report in a table cell, a Word
draft copied from last year with tracked changes, the whole file in 繁体, a leader's 第一责任人 report merged in front
of it) — six new keep kinds — and three new look-alikes (a 村 法治建设 year summary, a state company's 法治建设 year
report, the 司法局's 审核意见 on the draft report).  First sight: written without reading fzscore's code, rubrics or
data.  Set q's module (and through it p's, o's, n's, m's, l's helpers) is imported unchanged.

Every edit is generated in code from the labelled documents; a case is (bytes, file extension).

    python3 kind_edits_r.py --list                 # the cases of the stored split's seed
    python3 kind_edits_r.py --show KIND DOC OUTDIR # write one edited file to OUTDIR (DOC = the name after @)
"""
from __future__ import annotations

import copy
import io
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kind-q"))
import kind_edits_q as Q  # noqa: E402

P = Q.P
load_docs, core, rng_for, person = Q.load_docs, Q.core, Q.rng_for, Q.person
own_sents, _ok, sig_name, _third = Q.own_sents, Q._ok, Q.sig_name, Q._third
_date, _exp, _rezip, FIXED = Q._date, Q._exp, Q._rezip, Q.FIXED

EV = None


def _ev():
    global EV
    if EV is None:
        import importlib.util
        spec = importlib.util.spec_from_file_location("eval_corpus", "/work/shared/tools/eval_corpus.py")
        EV = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(EV)
    return EV


def _parts(d):
    """(title lines, body lines): set q's `_parts`, but when its title span is not one labelled title (the source
    repeats the title with page lines between), the first labelled title as one line."""
    title, body = Q._parts(d)
    ev = _ev()
    if ev.norm("".join(title)) not in {ev.norm(t) for t in d["titles"]}:
        title = [d["titles"][0]]
    return title, body


def _tt(d):
    return "".join(_parts(d)[0])


SUPERIOR = {"province": "党中央、国务院", "city": "省委、省政府", "county": "市委、市人民政府",
            "township": "县（区）委、县（区）人民政府", "department": "本级人民政府"}


def _superior(d):
    return SUPERIOR.get(d["level"], "上级党委、政府")


def _leader_role(d):
    n = sig_name(d)
    if d["level"] == "province":
        return "省长"
    if d["level"] == "city":
        return "市长"
    if d["level"] == "county":
        return "区长" if n.endswith("区人民政府") or "区" in core(d)[-1:] else "县长"
    if d["level"] == "township":
        c = core(d)
        return "主任" if c.endswith("街道") else ("乡长" if c.endswith("乡") else "镇长")
    return "主要负责人"


def _phone(r):
    return f"0{r.randint(100, 999)}-{r.randint(2000000, 8999999)}"


# ================================================================ keep
def k_keep_fanti_full(d):
    """The whole file in 繁体 (Taiwan standard, OpenCC s2tw): title and every body line converted, as a unit in
    Hong Kong / Macao / Taiwan or a 繁体 site would republish it; lines above the title dropped; UTF-8 .txt."""
    if not _ok(d) or not d["titles"]:
        return None
    import opencc
    cc = opencc.OpenCC("s2tw")
    title, body = _parts(d)
    text = "\n".join([cc.convert(t) for t in title] + [""] + ["　　" + cc.convert(l) for l in body]) + "\n"
    e = _exp(d)
    e["title"] = list(dict.fromkeys(list(e.get("title") or []) + [cc.convert(t) for t in d["titles"]]))
    e["issuer"] = list(dict.fromkeys(list(e["issuer"]) + [cc.convert(i) for i in e["issuer"]]))
    return text.encode("utf-8"), "txt", e


def _docx():
    import docx
    return docx.Document()


def _para(doc, text, size=16, bold=False, center=False, indent=True, right=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif indent:
        p.paragraph_format.first_line_indent = Pt(32)
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
    return p


def _save(doc):
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = "Administrator", "Administrator", ""
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    buf = io.BytesIO()
    doc.save(buf)
    return _rezip(buf.getvalue())


def k_keep_fawen_gaozhi(d):
    """A Word file as it leaves the unit's 办公室: page 1 is the 发文稿纸 (`{unit}发文稿纸`, a table of 签发 with the
    leader's `同意。` and date, 会签, 核稿, 主办单位, 拟稿, 校对, 标题 (the report's title), 主送 (the superior), 抄送,
    密级 公开, 印数, 附件 无), a page break, then the document in 上行文 form: `签发人：{leader}` at the top right, the
    title lines centred, the body paragraphs indented."""
    if not _ok(d) or not d["titles"]:
        return None
    from docx.enum.text import WD_BREAK
    title, body = _parts(d)
    r = rng_for(d, "gaozhi")
    y = d["year"]
    lead = person(d, "gz-lead")
    doc = _docx()
    _para(doc, f"{sig_name(d)}发文稿纸", size=22, bold=True, center=True)
    rows = [("签发", f"同意。\n{lead}　{y + 1}年{r.randint(1, 3)}月{r.randint(1, 28)}日"),
            ("会签", person(d, "gz-hq") + "（司法局）"), ("核稿", person(d, "gz-hg")),
            ("主办单位", "办公室" if d["level"] != "department" else "法规科"), ("拟稿", person(d, "gz-ng")),
            ("校对", person(d, "gz-jd")), ("标题", "".join(title)), ("主送", _superior(d)),
            ("抄送", "本级全面依法治" + ("省" if d["level"] == "province" else "市" if d["level"] == "city" else "县") +
             "委员会办公室"),
            ("密级", "公开"), ("印数", f"{r.randint(3, 12)}份"), ("附件", "无")]
    tab = doc.add_table(rows=len(rows), cols=2)
    tab.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        tab.cell(i, 0).text = k
        tab.cell(i, 1).text = v
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _para(doc, f"签发人：{lead}", right=True)
    for t in title:
        _para(doc, t, size=22, bold=True, center=True)
    _para(doc, "", indent=False)
    for l in body:
        _para(doc, l)
    return _save(doc), "docx", _exp(d)


def _rtf_text(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif o < 128:
            out.append(ch)
        elif o > 0xFFFF:
            b = ch.encode("utf-16-le")
            for i in range(0, 4, 2):
                u = int.from_bytes(b[i:i + 2], "little")
                out.append(f"\\u{u - 65536 if u > 32767 else u}?")
        else:
            out.append(f"\\u{o - 65536 if o > 32767 else o}?")
    return "".join(out)


def k_keep_rtf_baosong(d):
    """An .rtf saved by WPS (`\\ansicpg936`, Chinese as `\\uN?` escapes) that holds what the unit sent up: page 1 a
    报送 cover in 报告 form — `{unit}关于报送{Y}年度法治政府建设情况报告的报告`, the superior as addressee,
    `现将《title》报送给你们，请审阅。`, `特此报告。`, `附件：title`, signature and date — a page break (`\\page`), then
    `附件` and the report (title lines, body)."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    tt = "".join(title)
    r = rng_for(d, "rtf")
    y = d["year"]
    u = sig_name(d)
    cover = [(f"{u}关于报送{y}年度法治政府建设情况报告的报告", "c"), ("", ""), (f"{_superior(d)}：", "l"),
             (f"按照《法治政府建设与责任落实督察工作规定》和上级有关要求，现将《{tt}》报送给你们，请审阅。", "i"),
             ("特此报告。", "i"), ("", ""), (f"附件：{tt}", "i"), ("", ""), (u, "r"),
             (f"{y + 1}年{r.randint(1, 3)}月{r.randint(1, 28)}日", "r")]
    head = ("{\\rtf1\\ansi\\ansicpg936\\deff0\\deflang1033\\deflangfe2052{\\fonttbl{\\f0\\fnil\\fcharset134 "
            + _rtf_text("仿宋_GB2312") + ";}{\\f1\\fnil\\fcharset134 " + _rtf_text("方正小标宋简体") + ";}}"
            "{\\*\\generator WPS Office}\\paperw11906\\paperh16838\\margl1588\\margr1474\\margt2098\\margb1984\n")
    out = [head]
    fmt = {"c": "\\pard\\qc\\f1\\fs44 ", "l": "\\pard\\ql\\f0\\fs32 ", "i": "\\pard\\fi640\\f0\\fs32 ",
           "r": "\\pard\\qr\\f0\\fs32 ", "": "\\pard\\f0\\fs32 "}
    for s, k in cover:
        out.append(fmt[k] + _rtf_text(s) + "\\par\n")
    out.append("\\page\n" + fmt["l"] + _rtf_text("附件") + "\\par\n")
    for t in title:
        out.append(fmt["c"] + "\\b " + _rtf_text(t) + "\\b0\\par\n")
    out.append(fmt[""] + "\\par\n")
    for l in body:
        out.append(fmt["i"] + _rtf_text(l) + "\\par\n")
    out.append("}\n")
    return "".join(out).encode("ascii"), "rtf", _exp(d)


def k_keep_baosong_biao(d):
    """A Word 报送表 as a provincial system asks for it: the heading `{Y}年度法治政府建设情况报告报送表`, then one
    two-column table — 报送单位, 报告年度, 报告标题 (the report's title), 联系人, 联系电话, 公开网址, 报告正文 (every body
    paragraph inside this one cell), 单位意见 `（盖章）` and date — and nothing outside the table after it."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    r = rng_for(d, "biao")
    y = d["year"]
    doc = _docx()
    _para(doc, f"{y}年度法治政府建设情况报告报送表", size=18, bold=True, center=True)
    rows = [("报送单位", sig_name(d)), ("报告年度", f"{y}年度"), ("报告标题", "".join(title)),
            ("联系人", person(d, "biao-lx")), ("联系电话", _phone(r)),
            ("公开网址", f"http://www.example.gov.cn/zwgk/fzzf/{y + 1}{r.randint(1000, 9999)}.html"),
            ("报告正文", None), ("单位意见", f"（盖章）\n{y + 1}年{r.randint(1, 3)}月{r.randint(1, 28)}日")]
    tab = doc.add_table(rows=len(rows), cols=2)
    tab.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        tab.cell(i, 0).text = k
        c = tab.cell(i, 1)
        if v is None:
            c.paragraphs[0].text = body[0]
            for l in body[1:]:
                c.add_paragraph(l)
        else:
            c.text = v
    return _save(doc), "docx", _exp(d)


def _w(tag):
    from docx.oxml.ns import qn
    return qn("w:" + tag)


def _track(kind, text, rid):
    """A <w:ins> or <w:del> element holding one run of `text`."""
    from docx.oxml import OxmlElement
    el = OxmlElement("w:" + kind)
    el.set(_w("id"), str(rid))
    el.set(_w("author"), "Administrator")
    el.set(_w("date"), "2024-03-01T09:00:00Z")
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "del" else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    run.append(t)
    el.append(run)
    return el


def _plain_run(text):
    from docx.oxml import OxmlElement
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    run.append(t)
    return run


def k_keep_docx_tracked(d):
    """A Word draft made from last year's report with Track Changes on, sent as it is: in the title and in up to
    eight body paragraphs the first `{Y}` is written as a deletion of `{Y-1}` followed by an insertion of `{Y}`
    (`<w:del>`/`<w:ins>`, author Administrator); an opening paragraph `（此稿沿用{Y-1}年度报告格式，请各科室按{Y}年
    情况更新）` is tracked as deleted (paragraph mark too).  Accepting all changes gives the report as labelled."""
    if not _ok(d) or not d["titles"]:
        return None
    from docx.oxml import OxmlElement
    title, body = _parts(d)
    y = str(d["year"])
    prev = str(d["year"] - 1)
    doc = _docx()
    rid = [100]

    def nid():
        rid[0] += 1
        return rid[0]

    def tracked_para(text, **kw):
        p = _para(doc, "", **kw)
        i = text.find(y)
        if i < 0:
            p._p.append(_plain_run(text))
            return False
        if i:
            p._p.append(_plain_run(text[:i]))
        p._p.append(_track("del", prev, nid()))
        p._p.append(_track("ins", y, nid()))
        if text[i + len(y):]:
            p._p.append(_plain_run(text[i + len(y):]))
        return True

    p = _para(doc, "")
    ppr = p._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    dm = OxmlElement("w:del")
    dm.set(_w("id"), str(nid()))
    dm.set(_w("author"), "Administrator")
    dm.set(_w("date"), "2024-03-01T09:00:00Z")
    rpr.append(dm)
    ppr.append(rpr)
    p._p.append(_track("del", f"（此稿沿用{prev}年度报告格式，请各科室按{y}年情况更新）", nid()))
    for t in title:
        tracked_para(t, size=22, bold=True, center=True)
    _para(doc, "", indent=False)
    n = 0
    for l in body:
        if n < 8:
            n += tracked_para(l)
        else:
            _para(doc, l)
    if n == 0:
        return None
    ts = doc.settings.element
    ts.append(OxmlElement("w:trackRevisions"))
    return _save(doc), "docx", _exp(d)


def k_keep_shufa_merged(d):
    """One file holding two reports, as a unit uploads them together: `附件1` and the principal leader's own
    `{role}{name}{Y}年度履行推进法治建设第一责任人职责情况报告` (first person 本人: 学法, 部署, 决策, 述法, 不足, 打算;
    about 450 characters, generated, signed by the person and dated), then `附件2` and the annual report (title lines,
    body)."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    y = d["year"]
    r = rng_for(d, "shufa")
    u = sig_name(d)
    role = _leader_role(d)
    name = person(d, "shufa-name")
    head = f"{u}{role}" if d["level"] != "department" else f"{u}主要负责人"
    n_study, n_meet, n_case = r.randint(4, 12), r.randint(2, 6), r.randint(1, 5)
    shufa = ["附件1", "", f"{head}{name}{y}年度履行推进法治建设第一责任人职责情况报告", "",
             f"　　{y}年，本人认真贯彻落实《党政主要负责人履行推进法治建设第一责任人职责规定》，切实履行推进法治建设"
             "第一责任人职责，现将有关情况报告如下。",
             "　　一、带头尊法学法守法用法",
             f"　　全年主持召开学法会议{n_study}次，带头学习习近平法治思想和宪法、民法典等法律法规，带头参加旁听庭审活动。",
             "　　二、亲自部署推动法治建设重要工作",
             f"　　主持召开专题会议{n_meet}次，研究部署法治建设重点任务，对重要工作亲自过问、重大问题亲自协调。",
             "　　三、带头依法决策、依法行政",
             "　　严格落实重大行政决策程序规定，坚持合法性审查、集体讨论决定，全年未发生因决策违法被纠错的情况。",
             f"　　四、带头履行出庭应诉职责，全年出庭应诉行政案件{n_case}件。",
             "　　五、存在的不足和下一步打算",
             "　　本人对法治建设的研究还不够深入。下一步，将继续带头学法用法，压紧压实法治建设责任。", "",
             f"　　　　　　　　　　　　　　　　　　　　{name}", f"　　　　　　　　　　　　　　　　　　{y + 1}年{r.randint(1, 3)}月{r.randint(1, 28)}日",
             "", ""]
    text = "\n".join(shufa + ["附件2", ""] + title + [""] + ["　　" + l for l in body]) + "\n"
    return text.encode("utf-8"), "txt", _exp(d)


# ================================================================ look-alikes
VILLAGES = ["红旗", "新民", "东风", "和平", "胜利", "光明", "团结", "前进", "幸福", "友谊", "永安", "长青"]


def k_like_cun_fazhi(d):
    """A 村's (or a 社区's, for a 街道 / city district) `{Y}年度法治建设工作总结`: 民主法治示范村 创建, 村规民约, 法律明白人,
    一村（社区）一法律顾问, 人民调解 (figures drawn), 四议两公开, 普法 activities, 存在问题, 下一步, signed by the 村党支部
    and 村民委员会; one sentence says it supports the 上级's 法治政府建设."""
    if not _ok(d):
        return None
    r = rng_for(d, "cun")
    y = d["year"]
    c = core(d)
    shequ = c.endswith("街道") or d["level"] in ("city", "province")
    v = r.choice(VILLAGES) + ("社区" if shequ else "村")
    org, org2 = ("社区党委", "社区居民委员会") if shequ else ("村党支部", "村民委员会")
    place = c if d["level"] != "department" else ""
    n_mb, n_tj, n_ok, n_pf = r.randint(6, 30), r.randint(12, 60), 0, r.randint(5, 20)
    n_ok = n_tj - r.randint(0, 2)
    t = [f"{place}{v}{y}年度法治建设工作总结", "",
         f"　　{y}年，{v}{org}在上级党委、政府的领导下，坚持以习近平法治思想为指导，深入推进法治乡村（社区）建设，"
         f"积极配合{place or '上级'}法治政府建设各项工作，现将一年来工作总结如下。",
         "　　一、加强组织领导",
         f"　　成立以{org}书记为组长的法治建设工作领导小组，将法治建设纳入{v}年度重点工作，坚持每季度研究一次。",
         "　　二、深化民主法治示范创建",
         f"　　修订完善{'居民公约' if shequ else '村规民约'}，严格落实“四议两公开”工作法，全年公开{'居务' if shequ else '村务'}财务"
         f"{r.randint(8, 24)}次。培育“法律明白人”{n_mb}名，落实一{'社区' if shequ else '村'}一法律顾问制度，法律顾问全年坐班"
         f"{r.randint(10, 40)}次。",
         "　　三、化解矛盾纠纷",
         f"　　{v}人民调解委员会全年排查调处矛盾纠纷{n_tj}起，调解成功{n_ok}起，未发生“民转刑”案件和越级上访事件。",
         "　　四、开展普法宣传",
         f"　　利用“农家书屋”、宣传栏、微信群等开展宪法、民法典宣传活动{n_pf}场次，发放宣传资料{r.randint(300, 3000)}份。",
         "　　五、存在的问题和下一步打算",
         f"　　{'居民' if shequ else '村民'}法治意识仍有待提高，法治宣传形式比较单一。下一步，{v}将继续深化民主法治示范"
         f"{'社区' if shequ else '村'}创建，提升基层治理法治化水平。", "",
         f"　　　　　　　　　　　　　　　　{v}{org}", f"　　　　　　　　　　　　　　　　{v}{org2}",
         f"　　　　　　　　　　　　　　　　{y}年12月{r.randint(10, 30)}日"]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


COMPANIES = ["城市建设投资集团有限公司", "交通投资集团有限公司", "国有资本投资运营有限公司", "水务集团有限公司",
             "文化旅游发展集团有限公司", "产业投资发展集团有限公司"]


def k_like_guoqi_fazhi(d):
    """A state-owned company's `{Y}年度法治建设工作报告` (the place's 城投 / 交投 … 集团有限公司), shaped like the annual
    report — 一、主要负责人履行推进法治建设第一责任人职责情况 (党委书记、董事长), 二、法治建设主要举措和成效 (总法律顾问
    制度, 合规管理体系, 合同 / 规章制度 / 重大决策 法律审核率 100 %, 法律纠纷案件 figures drawn, 普法), 三、存在的不足,
    四、{Y+1}年工作打算 — reported to the place's 国资委; signed by the company and dated."""
    if not _ok(d):
        return None
    r = rng_for(d, "guoqi")
    y = d["year"]
    place = core(d)
    if d["level"] == "department":
        m = re.match(r"^(.+?[省市县区])", place)
        place = m.group(1) if m and len(m.group(1)) <= 8 else "市"
    comp = place + r.choice(COMPANIES)
    n_ht, n_zd, n_case = r.randint(200, 1500), r.randint(10, 60), r.randint(3, 30)
    t = [f"{comp}{y}年度法治建设工作报告", "",
         f"{place}人民政府国有资产监督管理委员会：",
         f"　　{y}年，集团公司坚持以习近平法治思想为指导，认真落实国务院国资委关于深入推进法治央企、法治国企建设的部署，"
         "将法治建设融入企业改革发展全过程，现将有关情况报告如下。",
         "　　一、主要负责人履行推进法治建设第一责任人职责情况",
         f"　　集团党委书记、董事长{person(d, 'gq-dsz')}切实履行法治建设第一责任人职责，全年主持召开党委会、董事会专题研究法治"
         f"建设{r.randint(2, 6)}次，带头讲法治课{r.randint(1, 3)}次。",
         "　　二、法治建设主要举措和成效",
         f"　　（一）健全总法律顾问制度。集团及{r.randint(3, 15)}家子企业全部设立总法律顾问，法务人员持证上岗率达到"
         f"{r.randint(80, 100)}%。",
         f"　　（二）完善合规管理体系。制定合规管理办法和重点领域合规指引，审核规章制度{n_zd}件，全年审核经济合同"
         f"{n_ht}份，合同、规章制度和重大决策法律审核率均达100%。",
         f"　　（三）妥善处理法律纠纷。全年新发法律纠纷案件{n_case}件，结案{max(1, n_case - r.randint(0, 3))}件，"
         f"挽回和避免经济损失{round(r.uniform(50, 3000), 1)}万元。",
         "　　（四）深化法治宣传教育。开展民法典、公司法专题培训，组织员工参加国资系统法治知识竞赛。",
         "　　三、存在的不足",
         "　　子企业法务力量仍然薄弱，合规管理与业务融合不够深入。",
         f"　　四、{y + 1}年工作打算",
         f"　　{y + 1}年，集团公司将持续深化依法治企，推进合规管理体系有效运行，为企业高质量发展提供法治保障。", "",
         f"　　　　　　　　　　　　　　　　{comp}", f"　　　　　　　　　　　　　　　　{y + 1}年1月{r.randint(5, 30)}日"]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


def k_like_shenhe_yijian(d):
    """The 审核意见 a 司法局 (the place's own; the county / district 司法局 for a township) sends back on the unit's
    draft: `关于《title》（送审稿）的审核意见`, addressed to the unit, `你单位报送的…（送审稿）收悉。经审核，现提出如下
    意见：`, 一、总体评价 (two of the report's sentences in the third person), 二、修改意见 (four points, one quoting a
    sentence of the draft), 三、其他事项 (修改后于…前以正式文件报送并向社会公开), signed and dated."""
    if not _ok(d) or not d["titles"]:
        return None
    ss = [_third(s, d) for s in own_sents(d)][:4]
    if len(ss) < 3:
        return None
    r = rng_for(d, "shenhe")
    y = d["year"]
    tt = _tt(d)
    lv = d["level"]
    office = (f"{core(d)}司法局" if lv in ("county", "city", "province") else "县（区）司法局" if lv == "township"
              else "本级司法局")
    q = own_sents(d)[2]
    t = [f"关于《{tt}》（送审稿）的审核意见", "",
         f"{sig_name(d)}：",
         f"　　你单位报送的《{tt}》（送审稿）收悉。经审核，现提出如下意见：",
         "　　一、总体评价",
         "　　" + "".join(ss[:2]) + "送审稿结构基本完整，内容较为全面。",
         "　　二、修改意见",
         "　　1．按照《法治政府建设与责任落实督察工作规定》第二十五条要求，报告应包括党政主要负责人履行推进法治建设"
         "第一责任人职责情况，送审稿该部分内容较为简单，建议充实。",
         f"　　2．送审稿中“{q[:60]}”一句，建议补充具体数据，并与上年度进行对比。",
         "　　3．存在的不足和原因分析部分过于笼统，建议结合督察反馈问题逐项查摆。",
         f"　　4．{y + 1}年度推进法治政府建设的主要安排应当具体、可操作，建议明确责任单位和完成时限。",
         "　　三、其他事项",
         f"　　请根据上述意见修改完善后，于{y + 1}年3月{r.randint(10, 20)}日前以正式文件报送，并按要求通过门户网站向社会公开。", "",
         f"　　　　　　　　　　　　　　　　{office}", f"　　　　　　　　　　　　　　　　{y + 1}年{r.randint(1, 2)}月{r.randint(1, 28)}日"]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


# ================================================================ registry
KEEP = {
    "keep_fanti_full": k_keep_fanti_full,
    "keep_fawen_gaozhi": k_keep_fawen_gaozhi,
    "keep_rtf_baosong": k_keep_rtf_baosong,
    "keep_baosong_biao": k_keep_baosong_biao,
    "keep_docx_tracked": k_keep_docx_tracked,
    "keep_shufa_merged": k_keep_shufa_merged,
}
LIKE = {
    "like_cun_fazhi": k_like_cun_fazhi,
    "like_guoqi_fazhi": k_like_guoqi_fazhi,
    "like_shenhe_yijian": k_like_shenhe_yijian,
}
KINDS = {**KEEP, **LIKE}
DOCS_PER_KIND = {**{k: 12 for k in KEEP}, **{k: 4 for k in LIKE}}


def _run(kind, d):
    """(bytes, ext, expectation) or (None, None, None)."""
    out = KINDS[kind](d)
    if out is None:
        return None, None, None
    if kind in KEEP:
        return out
    return out[0], out[1], {"is_report": False, "or_review_note": True}


def build_cases(seed):
    """Documents drawn per kind at random among all usable labelled reports (as set q); each kind takes documents
    no earlier kind of r took first, a taken one only when no untaken one fits; one complete dev report first where
    the kind accepts one."""
    docs = load_docs()
    taken = set()
    rng = random.Random(seed)
    cases = []
    for kind in KINDS:
        rels = sorted(docs)
        rng.shuffle(rels)
        full = [r for r in rels if docs[r]["full"]]
        rest = [r for r in rels if not docs[r]["full"]]
        order = full[:1] + rest + full[1:]
        order = [r for r in order if r not in taken] + [r for r in order if r in taken]
        n = 0
        for rel in order:
            data, ext, exp = _run(kind, docs[rel])
            if data is None:
                continue
            cases.append({"case": f"{kind}@{docs[rel]['name']}", "kind": kind, "doc": rel, "ext": ext, "expect": exp})
            taken.add(rel)
            n += 1
            if n >= DOCS_PER_KIND[kind]:
                break
    return cases


def edited_file(case, docs=None):
    """(bytes, ext) of a case."""
    docs = docs or load_docs()
    data, ext, _ = _run(case["kind"], docs[case["doc"]])
    return data, ext


if __name__ == "__main__":
    import json
    sp = os.environ.get("KIND_R_SPLIT") or os.path.join(HERE, "split-r.json")
    seed = json.load(open(sp))["seed"] if os.path.exists(sp) else 1
    if sys.argv[1:2] == ["--show"]:
        kind, doc, outdir = sys.argv[2], sys.argv[3], sys.argv[4]
        docs = load_docs()
        rel = next(r for r in docs if docs[r]["name"] == doc)
        data, ext, _ = _run(kind, docs[rel])
        path = os.path.join(outdir, f"{doc}.{ext}")
        open(path, "wb").write(data)
        print(path)
    else:
        cs = build_cases(int(sys.argv[2]) if sys.argv[1:2] == ["--seed"] else seed)
        for c in cs:
            print(c["case"], c["doc"])
        import collections
        print(collections.Counter(c["kind"] for c in cs), file=sys.stderr)
        print(len(cs), "cases", file=sys.stderr)
