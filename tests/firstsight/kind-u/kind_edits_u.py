#!/usr/bin/env python3
"""Kind set u: real annual 法治政府建设 reports as Word files built with Word-internal structures no earlier set used —
every character its own run (editing history: rsids, proofErr, bookmarks), field codes (the title's year a
DOCPROPERTY field, the heading numbers `= n \\* CHINESENUM3` fields, a PAGE field in the footer), the body as an
altChunk (an HTML part Word imports when it opens the file), the whole package saved as Strict Open XML, and title and
body wrapped in customXml elements of an OA schema — five new keep kinds — and four new look-alikes (a 法治社会建设
情况报告 of the same unit and year, a 通报 on how the units published their annual reports, a 汇编 (compilation) of
several units' reports, a 函 asking to hand the report in late).  First sight: written without reading fzscore's
code, rubrics or data.  Set t's module (and through it s's, r's, q's … helpers) is imported unchanged.

Every edit is generated in code from the labelled documents; a case is (bytes, file extension).

    python3 kind_edits_u.py --list                 # the cases of the stored split's seed
    python3 kind_edits_u.py --show KIND DOC OUTDIR # write one edited file to OUTDIR (DOC = the name after @)
"""
from __future__ import annotations

import io
import os
import random
import re
import sys
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kind-t"))
import kind_edits_t as T  # noqa: E402

S = T.S
R = S.R
load_docs, core, rng_for, person = S.load_docs, S.core, S.rng_for, S.person
own_sents, _ok, sig_name = S.own_sents, S._ok, S.sig_name
_exp, _parts, _tt, _docx, _para, _save, _w = S._exp, S._parts, S._tt, S._docx, S._para, S._save, S._w
_superior, _leader_role, _level_of, _gov_place = S._superior, S._leader_role, S._level_of, S._gov_place
WNS = T.WNS
ZT = T.ZT


def _rezip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def _members(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    return [(i.filename, src.read(i.filename)) for i in src.infolist()]


def _rpr(size=16, bold=False, font="仿宋_GB2312"):
    return (f'<w:rPr><w:rFonts w:hint="eastAsia" w:ascii="{font}" w:eastAsia="{font}"/>{"<w:b/>" if bold else ""}'
            f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/></w:rPr>')


def _run(text, size=16, bold=False, attrs=""):
    return f'<w:r{attrs}>{_rpr(size, bold)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _ppr(center=False, indent=True):
    if center:
        return '<w:pPr><w:jc w:val="center"/></w:pPr>'
    return '<w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/></w:pPr>' if indent else ''


def _body_doc(paras_xml, footer_field=False):
    """A python-docx file whose body is replaced by the given paragraph / block XML strings."""
    from docx.oxml import parse_xml
    doc = _docx()
    body = doc.element.body
    sect = body.find(_w("sectPr"))
    for x in paras_xml:
        sect.addprevious(parse_xml(x))
    if footer_field:
        ft = doc.sections[0].footer
        p = ft.paragraphs[0]
        for x in ('<w:r %s><w:t xml:space="preserve">— </w:t></w:r>' % WNS,
                  '<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % WNS,
                  '<w:r %s><w:instrText xml:space="preserve"> PAGE  \\* MERGEFORMAT </w:instrText></w:r>' % WNS,
                  '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % WNS,
                  '<w:r %s><w:t>1</w:t></w:r>' % WNS,
                  '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % WNS,
                  '<w:r %s><w:t xml:space="preserve"> —</w:t></w:r>' % WNS):
            p._p.append(parse_xml(x))
        p.alignment = 1
    return doc


# ================================================================ keep
def k_keep_docx_char_runs(d):
    """A Word file after many rounds of editing by several people: every paragraph is cut into runs of one to three
    characters, each run with its own revision id (`w:rsidR`, `w:rsidRPr`), `w:proofErr` spelling / grammar marks
    between runs, a `_GoBack` bookmark and a second named bookmark inside the title, `w:lastRenderedPageBreak` in some
    runs; the title centred bold 22 pt, body 16 pt with first-line indent.  Word shows the plain report."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    r = rng_for(d, "charruns")
    rsids = ["00%06X" % r.randint(0, 0xFFFFFF) for _ in range(6)]
    bm = [0]

    def para(text, size, bold, center, in_title=False):
        out, i = [], 0
        cut = r.randint(2, max(2, len(text) - 1)) if in_title else -1
        while i < len(text):
            n = r.randint(1, 3)
            piece = text[i:i + n]
            if in_title and i <= cut < i + n:
                bm[0] += 1
                out.append(f'<w:bookmarkStart w:id="{bm[0]}" w:name="{"_GoBack" if bm[0] == 1 else "OLE_LINK" + str(bm[0])}"/>')
                out.append(f'<w:bookmarkEnd w:id="{bm[0]}"/>')
            k = r.random()
            if k < 0.08:
                out.append(f'<w:proofErr w:type="{r.choice(["spellStart", "gramStart"])}"/>')
            elif k < 0.16:
                out.append(f'<w:proofErr w:type="{r.choice(["spellEnd", "gramEnd"])}"/>')
            rs = r.choice(rsids)
            lrpb = '<w:lastRenderedPageBreak/>' if r.random() < 0.02 else ''
            out.append(f'<w:r w:rsidR="{rs}" w:rsidRPr="{r.choice(rsids)}">{_rpr(size, bold)}{lrpb}'
                       f'<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
            i += n
        ppr = _ppr(center)
        return f'<w:p {WNS} w:rsidR="{r.choice(rsids)}" w:rsidRDefault="{r.choice(rsids)}">{ppr}{"".join(out)}</w:p>'

    xs = [para(t, 22, True, True, True) for t in title] + [f'<w:p {WNS}/>']
    xs += [para(l, 16, False, False) for l in body]
    return _save(_body_doc(xs)), "docx", _exp(d)


CN = "一二三四五六七八九十"


def _field(instr, result, size=16, bold=False):
    return (f'<w:r>{_rpr(size, bold)}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{_rpr(size, bold)}<w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
            f'<w:r>{_rpr(size, bold)}<w:fldChar w:fldCharType="separate"/></w:r>'
            + _run(result, size, bold) +
            f'<w:r>{_rpr(size, bold)}<w:fldChar w:fldCharType="end"/></w:r>')


def k_keep_docx_field_codes(d):
    """A Word file from a 公文 template full of field codes: the report year in the title is a complex field
    (`DOCPROPERTY 报告年度 \\* MERGEFORMAT`, its shown result the year), each top heading's number is a formula field
    (`= n \\* CHINESENUM3`, shown `一` …), the footer a `PAGE` field between dashes; every field's shown result is in
    the file.  Needs the year's digits in the title."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    y = str(d["year"])
    if not any(y in t for t in title):
        return None
    xs, done = [], False
    for t in title:
        if y in t and not done:
            a, b = t.split(y, 1)
            runs = (_run(a, 22, True) if a else "") + _field("DOCPROPERTY  报告年度  \\* MERGEFORMAT", y, 22, True) + \
                (_run(b, 22, True) if b else "")
            done = True
        else:
            runs = _run(t, 22, True)
        xs.append(f'<w:p {WNS}>{_ppr(True)}{runs}</w:p>')
    xs.append(f'<w:p {WNS}/>')
    for l in body:
        m = re.match(r"^([一二三四五六七八九十])、", l)
        if m and CN.index(m.group(1)) < 10:
            n = CN.index(m.group(1)) + 1
            runs = _field(f"= {n} \\* CHINESENUM3", m.group(1), 16, True) + _run(l[1:], 16, True)
        else:
            runs = _run(l)
        xs.append(f'<w:p {WNS}>{_ppr()}{runs}</w:p>')
    return _save(_body_doc(xs, footer_field=True)), "docx", _exp(d)


def k_keep_docx_altchunk(d):
    """A Word file made by an OA system that pastes the editor's HTML in as an imported chunk: the title lines are
    ordinary centred bold paragraphs, the body is one `w:altChunk` pointing at `word/afchunk1.htm` (relationship
    `aFChunk`, an HTML part with `<p>` per line, top headings bold), which Word imports and shows as ordinary
    paragraphs when it opens the file."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    RID = "rIdAfChunk1"
    xs = [f'<w:p {WNS}>{_ppr(True)}{_run(t, 22, True)}</w:p>' for t in title] + [f'<w:p {WNS}/>']
    xs.append(f'<w:altChunk {WNS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{RID}"/>')
    data = _save(_body_doc(xs))
    hp = []
    for l in body:
        lv = _level_of(l)[0]
        hp.append(f'<p style="text-indent:2em;font-family:仿宋_GB2312;font-size:16pt">'
                  + (f"<b>{escape(l)}</b>" if lv == 0 else escape(l)) + "</p>")
    html = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<title></title></head><body>' + "".join(hp) + '</body></html>')
    out = []
    for name, b in _members(data):
        if name == "[Content_Types].xml":
            b = b.replace(b"</Types>", b'<Default Extension="htm" ContentType="text/html"/></Types>')
        elif name == "word/_rels/document.xml.rels":
            b = b.replace(b"</Relationships>",
                          f'<Relationship Id="{RID}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                          f'relationships/aFChunk" Target="afchunk1.htm"/></Relationships>'.encode())
        out.append((name, b))
    out.append(("word/afchunk1.htm", html.encode("utf-8")))
    return _rezip(out), "docx", _exp(d)


STRICT = [(b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
           b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
          (b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
          (b"http://schemas.openxmlformats.org/drawingml/2006/main", b"http://purl.oclc.org/ooxml/drawingml/main"),
          (b"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
           b"http://purl.oclc.org/ooxml/officeDocument/extendedProperties"),
          (b"http://schemas.openxmlformats.org/officeDocument/2006/math", b"http://purl.oclc.org/ooxml/officeDocument/math")]


def k_keep_docx_strict(d):
    """A Word file saved as "Strict Open XML 文档 (*.docx)": the same parts as an ordinary .docx but every WordprocessingML,
    relationship, DrawingML and extended-properties namespace (and relationship type) the ISO 29500 Strict one
    (`http://purl.oclc.org/ooxml/...`), `w:conformance="strict"` on the document; the title centred bold, the body
    indented paragraphs."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    xs = [f'<w:p {WNS}>{_ppr(True)}{_run(t, 22, True)}</w:p>' for t in title] + [f'<w:p {WNS}/>']
    xs += [f'<w:p {WNS}>{_ppr()}{_run(l)}</w:p>' for l in body]
    data = _save(_body_doc(xs))
    out = []
    for name, b in _members(data):
        if name.endswith(".xml") or name.endswith(".rels"):
            for a, z in STRICT:
                b = b.replace(a, z)
            if name == "word/document.xml":
                b = re.sub(rb"<w:document ", b'<w:document w:conformance="strict" ', b, count=1)
        out.append((name, b))
    return _rezip(out), "docx", _exp(d)


def k_keep_docx_custom_xml(d):
    """A Word file exported by an OA 公文 system that tags the document with its own XML schema (`w:customXml`,
    uri `urn:gov-oa:gongwen:2.0`): a block element `公文` holding `标题` (the title paragraphs) and `正文` (the body
    paragraphs); inside each top-heading paragraph the text is wrapped in a run-level `一级标题` element, and in the
    other paragraphs every run sits in a run-level `段落文本` element.  Word shows the plain report."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    U = 'w:uri="urn:gov-oa:gongwen:2.0"'

    def cx(el, inner):
        return f'<w:customXml {U} w:element="{el}">{inner}</w:customXml>'

    tp = "".join(f'<w:p>{_ppr(True)}{cx("标题文本", _run(t, 22, True))}</w:p>' for t in title)
    bp = []
    for l in body:
        lv = _level_of(l)[0]
        bp.append(f'<w:p>{_ppr()}{cx("一级标题" if lv == 0 else "段落文本", _run(l, 16, lv == 0))}</w:p>')
    block = f'<w:customXml {WNS} {U} w:element="公文">' + cx("标题", tp) + '<w:p/>' + cx("正文", "".join(bp)) + '</w:customXml>'
    return _save(_body_doc([block])), "docx", _exp(d)


# ================================================================ look-alikes
def _y1(r, d, months=(1, 3)):
    return f"{d['year'] + 1}年{r.randint(*months)}月{r.randint(1, 28)}日"


def k_like_fazhi_shehui_baogao(d):
    """The same unit's report for the same year on a different subject — 法治社会建设 (全民普法, 基层依法治理, 公共法律
    服务, 人民调解): `{unit}关于{Y}年度法治社会建设情况的报告`, an opening naming the 法治社会建设实施纲要, 一、主要工作
    和成效 with （一）…（四） (figures drawn), 二、存在的问题, 三、下一步工作打算; signed by the unit, dated Y+1.  Governments
    and townships only (a department has no 法治社会 report)."""
    if not _ok(d) or d["level"] == "department":
        return None
    r = rng_for(d, "fzsh")
    y, u = d["year"], sig_name(d)
    t = [f"{u}关于{y}年度法治社会建设情况的报告", "",
         f"　　{y}年，{u}坚持以习近平法治思想为指导，深入贯彻落实《法治社会建设实施纲要（2020－2025年）》，扎实推进"
         "全民守法、基层依法治理和公共法律服务体系建设，法治社会建设取得新进展。现将有关情况报告如下：",
         "　　一、主要工作和成效",
         "　　（一）深入开展全民普法。落实“谁执法谁普法”普法责任制，组织开展“宪法宣传周”“民法典宣传月”等主题活动"
         f"{r.randint(20, 300)}场次，发放宣传资料{r.randint(2, 90)}万余份，受众{r.randint(1, 60)}万人次。",
         f"　　（二）推进基层依法治理。新创建国家级、省级民主法治示范村（社区）{r.randint(1, 9)}个，培育农村“法律明白人”"
         f"{r.randint(100, 3000)}名，村规民约、居民公约实现全覆盖。",
         f"　　（三）完善公共法律服务体系。建成公共法律服务中心（站、室）{r.randint(10, 400)}个，办理法律援助案件"
         f"{r.randint(50, 3000)}件，提供法律咨询{r.randint(1000, 30000)}人次。",
         f"　　（四）加强矛盾纠纷多元化解。全年人民调解组织调解矛盾纠纷{r.randint(300, 20000)}件，调解成功率"
         f"{r.randint(95, 99)}%，未发生因调解不当引发的“民转刑”案件。",
         "　　二、存在的问题",
         "　　一是普法宣传针对性、实效性有待增强；二是基层法治人才力量较为薄弱；三是公共法律服务供给不够均衡。",
         "　　三、下一步工作打算",
         f"　　{y + 1}年，我们将深入实施“八五”普法规划，持续推进基层依法治理，加快建设覆盖城乡的现代公共法律服务体系，"
         "为法治社会建设提供有力保障。", "",
         f"　　　　　　　　　　　　　　　　{u}", f"　　　　　　　　　　　　　　　　{_y1(r, d)}"]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


def _checker(d):
    """Who checks the publication of a unit's annual report."""
    lv = d["level"]
    place = _gov_place(d) if lv != "province" else core(d)
    if lv == "province":
        return "司法部法治督察局", "各省、自治区、直辖市司法厅（局）", "省级政府"
    if lv == "city":
        return "省全面依法治省委员会办公室", "各市（州）委全面依法治市委员会办公室", "市（州）政府"
    if lv == "township":
        return "县委全面依法治县委员会办公室", "各乡镇（街道）党委、政府（办事处）", "乡镇（街道）"
    return f"{place}委全面依法治{place[-1]}委员会办公室", f"各{'区' if place.endswith('区') else '县'}（市）、各部门", "单位"


def k_like_gongkai_tongbao(d):
    """A 通报 by the office that checks the reports, on how the units published their annual reports:
    `{checker}关于{Y}年度法治政府建设情况报告公开情况的通报` to the units, 一、总体情况 (n units, m published by the deadline,
    late, not published — figures drawn), 二、存在的问题 (（一）公开不及时, （二）内容不规范 — the unit's report named by its
    full title as an example, with one of its own sentences quoted as too general), 三、下一步要求; signed, dated Y+1
    April–May."""
    if not _ok(d) or not d["titles"]:
        return None
    ss = own_sents(d)[:1]
    if not ss:
        return None
    r = rng_for(d, "gktb")
    y = d["year"]
    who, to, kind = _checker(d)
    n = r.randint(20, 60)
    m = n - r.randint(2, 8)
    late = r.randint(1, n - m)
    t = [f"{who}关于{y}年度法治政府建设情况报告公开情况的通报", "", f"{to}：",
         f"　　根据《法治政府建设与责任落实督察工作规定》，各{kind}应当于每年3月31日前通过报刊、网站等新闻媒体向社会公开"
         f"上一年度法治政府建设情况报告。近期，我办对{n}家{kind}{y}年度报告的公开情况进行了网上检查，现将有关情况通报如下：",
         "　　一、总体情况",
         f"　　截至{y + 1}年4月{r.randint(5, 15)}日，{m}家{kind}按时公开了年度报告，按时公开率{round(100 * m / n)}%；"
         f"{late}家逾期公开；{n - m - late}家尚未公开。",
         "　　二、存在的问题",
         f"　　（一）公开不及时。部分{kind}未在规定时限内公开，个别{kind}仅在内部网站发布。",
         f"　　（二）内容不规范。有的报告成效罗列多、问题分析少，如《{_tt(d)}》写道：“{ss[0]}”此类表述较为笼统，"
         "缺少具体数据支撑；有的报告未写明党政主要负责人履行推进法治建设第一责任人职责情况。",
         "　　三、下一步要求",
         f"　　请尚未公开的{kind}于5日内完成公开，并将公开网址报送我办。本次检查结果将纳入年度法治建设考核。", "",
         f"　　　　　　　　　　　　　　　　{who}", f"　　　　　　　　　　　　　　　　{y + 1}年{r.choice([4, 5])}月{r.randint(16, 28)}日"]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


HB_UNITS = ["教育局", "公安局", "财政局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局", "农业农村局",
            "卫生健康委员会", "市场监督管理局", "应急管理局", "人力资源和社会保障局"]


def k_like_baogao_huibian(d):
    """A 汇编 (compilation) of several units' annual reports, as a 司法局 prints one: cover `{place}{Y}年度法治政府建设
    情况报告汇编`, `{place}司法局　编`, `{Y+1}年6月`, 目录 with five entries (the document's own title and four other
    units' titles, with page numbers), 编印说明, then the document's title and its first eight body lines followed by
    `（全文略）`, then the next unit's title and `（全文略）`."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    if len(body) < 12:
        return None
    r = rng_for(d, "huibian")
    y = d["year"]
    place = _gov_place(d) if d["level"] != "province" else core(d)
    m = re.match(r"^(.+?(?:自治州|省|市|县|区))", sig_name(d))
    if d["level"] == "department" and m and len(m.group(1)) <= 8:
        place = m.group(1)
    sig = sig_name(d)
    pool = [u for u in HB_UNITS if u[:2] not in sig]
    others = [f"{place}{u}关于{y}年度法治政府建设情况的报告" for u in r.sample(pool, 4)]
    tt = _tt(d)
    entries = [tt] + others
    pages, p = [], 1
    for _ in entries:
        pages.append(p)
        p += r.randint(4, 12)
    t = [f"{place}{y}年度法治政府建设情况报告汇编", "", f"{place}司法局　编", f"{y + 1}年6月", "", "目　　录", ""]
    t += [f"{e}……………………{pg}" for e, pg in zip(entries, pages)]
    t += ["", "编印说明",
          f"　　为全面反映全{place[-1]}{y}年度法治政府建设情况，便于各单位相互学习借鉴，现将部分单位公开的年度报告汇编成册，"
          "供参考。汇编按收到报告的先后排列，内容以各单位公开文本为准。", ""]
    t += [tt, ""] + ["　　" + l for l in body[:8]] + ["　　（全文略）", "", others[0], "", "　　（全文略）"]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


def k_like_yanqi_han(d):
    """A 函 asking the superior to let the unit hand its annual report in late: `{unit}关于申请延期报送{Y}年度法治政府
    建设情况报告的函` to the 司法局 / superior, the reason (主要负责人调整 / 机构改革 / 数据尚在统计, drawn), the report
    `尚在履行审议程序`, the new date, a contact; signed, dated Y+1 March."""
    if not _ok(d) or not d["titles"]:
        return None
    r = rng_for(d, "yanqi")
    y, u = d["year"], sig_name(d)
    lv = d["level"]
    to = {"department": f"{_gov_place(d)}司法局", "township": "县委全面依法治县委员会办公室"}.get(lv, _superior(d).split("、")[-1])
    why = r.choice([f"{y + 1}年初我{'单位' if lv == 'department' else '政府'}主要负责同志调整，报告需提请新一届领导班子审议",
                    "因机构改革职能调整，部分工作数据需重新核实统计",
                    "报告涉及的行政执法、行政复议等数据尚未统计完毕"])
    t = [f"{u}关于申请延期报送{y}年度法治政府建设情况报告的函", "", f"{to}：",
         f"　　根据工作安排，我{'单位' if lv == 'department' else '方'}应于{y + 1}年3月31日前报送{y}年度法治政府建设情况报告。"
         f"{why}，目前报告初稿已完成，尚在履行审议程序，无法按期报送。",
         f"　　经研究，特申请延期至{y + 1}年4月{r.randint(10, 25)}日前报送，届时同步在门户网站公开。", "　　特此函告。", "",
         f"　　　　　　　　　　　　　　　　{u}", f"　　　　　　　　　　　　　　　　{y + 1}年3月{r.randint(20, 30)}日",
         f"　　（联系人：{person(d, 'yq-contact')}；联系电话：{R._phone(r)}）"]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


# ================================================================ registry
KEEP = {
    "keep_docx_char_runs": k_keep_docx_char_runs,
    "keep_docx_field_codes": k_keep_docx_field_codes,
    "keep_docx_altchunk": k_keep_docx_altchunk,
    "keep_docx_strict": k_keep_docx_strict,
    "keep_docx_custom_xml": k_keep_docx_custom_xml,
}
LIKE = {
    "like_fazhi_shehui_baogao": k_like_fazhi_shehui_baogao,
    "like_gongkai_tongbao": k_like_gongkai_tongbao,
    "like_baogao_huibian": k_like_baogao_huibian,
    "like_yanqi_han": k_like_yanqi_han,
}
KINDS = {**KEEP, **LIKE}
DOCS_PER_KIND = {**{k: 10 for k in KEEP}, **{k: 4 for k in LIKE}}


def _run_kind(kind, d):
    """(bytes, ext, expectation) or (None, None, None)."""
    out = KINDS[kind](d)
    if out is None:
        return None, None, None
    if kind in KEEP:
        return out
    return out[0], out[1], {"is_report": False, "or_review_note": True}


def build_cases(seed):
    """Documents drawn per kind at random among all usable labelled reports (as sets q … t); each kind takes
    documents no earlier kind of u took first, a taken one only when no untaken one fits; one complete dev report
    first where the kind accepts one."""
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
            data, ext, exp = _run_kind(kind, docs[rel])
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
    data, ext, _ = _run_kind(case["kind"], docs[case["doc"]])
    return data, ext


if __name__ == "__main__":
    import json
    sp = os.environ.get("KIND_U_SPLIT") or os.path.join(HERE, "split-u.json")
    seed = json.load(open(sp))["seed"] if os.path.exists(sp) else 1
    if sys.argv[1:2] == ["--show"]:
        kind, doc, outdir = sys.argv[2], sys.argv[3], sys.argv[4]
        docs = load_docs()
        rel = next(r for r in docs if docs[r]["name"] == doc)
        data, ext, _ = _run_kind(kind, docs[rel])
        path = os.path.join(outdir, f"{doc}.{ext}")
        open(path, "wb").write(data)
        print(path)
    else:
        cs = build_cases(int(sys.argv[2]) if sys.argv[1:2] == ["--seed"] else seed)
        for c in cs:
            print(c["case"], c["doc"], c["ext"])
        import collections
        print(collections.Counter(c["kind"] for c in cs), file=sys.stderr)
        print(len(cs), "cases", file=sys.stderr)
