#!/usr/bin/env python3
"""Kind set t: real annual 法治政府建设 reports as files in formats and Word features no earlier set used — an
OpenDocument .odt (WPS / LibreOffice), a Word 2003 XML (.xml "XML 文档"), a Word file whose title and body sit in
content controls (w:sdt, an OA 报送 template), a Word file with the template's hidden 填报说明 (w:vanish) left in,
a Word file whose body is one paragraph of manual line breaks (w:br, pasted from a web page) — five new keep kinds —
and four new look-alikes (a 请示 asking to approve the report draft, a 起草说明 of the report, a leader's 批示单 on
the report, an academic paper studying the report).  First sight: written without reading fzscore's code, rubrics
or data.  Set s's module (and through it r's, q's … helpers) is imported unchanged.

Every edit is generated in code from the labelled documents; a case is (bytes, file extension).

    python3 kind_edits_t.py --list                 # the cases of the stored split's seed
    python3 kind_edits_t.py --show KIND DOC OUTDIR # write one edited file to OUTDIR (DOC = the name after @)
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
sys.path.insert(0, os.path.join(HERE, "..", "kind-s"))
import kind_edits_s as S  # noqa: E402

R = S.R
load_docs, core, rng_for, person = S.load_docs, S.core, S.rng_for, S.person
own_sents, _ok, sig_name, _third = S.own_sents, S._ok, S.sig_name, S._third
_exp, _parts, _tt, _docx, _para, _save, _w = S._exp, S._parts, S._tt, S._docx, S._para, S._save, S._w
_superior, _leader_role, _level_of, _gov_place = S._superior, S._leader_role, S._level_of, S._gov_place

WNS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ZT = (2024, 3, 1, 9, 0, 0)


def _zip(members):
    """A zip with fixed member times; `mimetype` (if any) first and stored, as ODF requires."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZT)
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


# ================================================================ keep
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def k_keep_odt_file(d):
    """An OpenDocument text file (.odt) as WPS or LibreOffice saves one: mimetype, content.xml, styles.xml, meta.xml,
    manifest; the title lines a centred bold 22 pt paragraph style (`P_Title`), the `一、` lines `text:h` outline
    level 1 and the `（一）` lines outline level 2 (numbers kept in the text), other lines `text:p` with a 2-character
    first-line indent."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    auto = ('<office:automatic-styles>'
            '<style:style style:name="P_Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
            '<style:text-properties fo:font-size="22pt" fo:font-weight="bold" style:font-name-asian="方正小标宋简体"/>'
            '</style:style>'
            '<style:style style:name="P_Body" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.2228in"/>'
            '<style:text-properties fo:font-size="16pt" style:font-name-asian="仿宋_GB2312"/></style:style>'
            '</office:automatic-styles>')
    parts = [f'<text:p text:style-name="P_Title">{escape(t)}</text:p>' for t in title]
    parts.append('<text:p text:style-name="P_Body"/>')
    for l in body:
        lv, _ = _level_of(l)
        if lv in (0, 1):
            parts.append(f'<text:h text:style-name="Heading_20_{lv + 1}" text:outline-level="{lv + 1}">{escape(l)}</text:h>')
        else:
            parts.append(f'<text:p text:style-name="P_Body">{escape(l)}</text:p>')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS} office:version="1.2">{auto}'
               f'<office:body><office:text>{"".join(parts)}</office:text></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODT_NS} office:version="1.2"><office:styles>'
              '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
              '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
              'style:parent-style-name="Standard" style:default-outline-level="1"><style:text-properties '
              'fo:font-size="16pt" style:font-name-asian="黑体"/></style:style>'
              '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
              'style:parent-style-name="Standard" style:default-outline-level="2"><style:text-properties '
              'fo:font-size="16pt" style:font-name-asian="楷体_GB2312"/></style:style>'
              '</office:styles></office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODT_NS} office:version="1.2"><office:meta>'
            '<meta:generator>WPS Office/11.1.0.14309</meta:generator><dc:creator>Administrator</dc:creator>'
            '<meta:creation-date>2024-03-01T09:00:00</meta:creation-date></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    data = _zip([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content),
                 ("styles.xml", styles), ("meta.xml", meta), ("META-INF/manifest.xml", manifest)])
    return data, "odt", _exp(d)


def k_keep_word2003_xml(d):
    """A Word 2003 XML document (.xml, `<?mso-application progid="Word.Document"?>`, WordprocessingML 2003, one
    file), as Word's "XML 文档" or an old OA system saves one: document properties, fonts, the title paragraphs centred
    bold 22 pt (方正小标宋简体), the body paragraphs with a first-line indent (仿宋_GB2312 16 pt), `一、` lines bold."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)

    def p(text, sz=32, b=False, center=False, font="仿宋_GB2312"):
        ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if center else \
            '<w:pPr><w:ind w:first-line="640"/></w:pPr>'
        rpr = f'<w:rPr><w:rFonts w:fareast="{font}" w:hint="fareast"/>{"<w:b/>" if b else ""}<w:sz w:val="{sz}"/></w:rPr>'
        return f'<w:p>{ppr}<w:r>{rpr}<w:t>{escape(text)}</w:t></w:r></w:p>' if text else f'<w:p>{ppr}</w:p>'

    ps = [p(t, 44, True, True, "方正小标宋简体") for t in title] + [p("")]
    ps += [p(l, b=(_level_of(l)[0] == 0)) for l in body]
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<?mso-application progid="Word.Document"?>\n'
           '<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" '
           'xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" '
           'xmlns:o="urn:schemas-microsoft-com:office:office" w:macrosPresent="no" w:embeddedObjPresent="no" '
           'w:ocxPresent="no" xml:space="preserve">'
           '<o:DocumentProperties><o:Author>Administrator</o:Author><o:LastAuthor>Administrator</o:LastAuthor>'
           '<o:Created>2024-03-01T09:00:00Z</o:Created><o:Version>11.0000</o:Version></o:DocumentProperties>'
           '<w:fonts><w:defaultFonts w:ascii="Times New Roman" w:fareast="宋体" w:h-ansi="Times New Roman" w:cs="Times New Roman"/>'
           '<w:font w:name="仿宋_GB2312"><w:charset w:val="86"/><w:family w:val="Modern"/></w:font>'
           '<w:font w:name="方正小标宋简体"><w:charset w:val="86"/><w:family w:val="Script"/></w:font></w:fonts>'
           '<w:body><wx:sect>' + "".join(ps) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" '
           'w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></wx:sect></w:body></w:wordDocument>\n')
    return xml.encode("utf-8"), "xml", _exp(d)


def _sdt(alias, tag, sid, elements, placeholder=True):
    """Wrap body elements (w:p) into one block-level content control."""
    from docx.oxml import parse_xml
    ph = ('<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>' if placeholder else "")
    sdt = parse_xml(f'<w:sdt {WNS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>'
                    f'<w:lock w:val="sdtLocked"/>{ph}</w:sdtPr><w:sdtContent/></w:sdt>')
    elements[0].addprevious(sdt)
    content = sdt.find(_w("sdtContent"))
    for el in elements:
        content.append(el)
    return sdt


def k_keep_docx_content_controls(d):
    """A Word file filled in an OA 报送 template: the title lines sit in a block-level content control (`w:sdt`,
    alias `标题`, locked), the body paragraphs in a second one (alias `正文`); nothing outside them but one empty
    paragraph.  Word shows the report as plain paragraphs."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    r = rng_for(d, "sdt")
    doc = _docx()
    tps = [_para(doc, t, size=22, bold=True, center=True) for t in title]
    gap = _para(doc, "", indent=False)
    bps = [_para(doc, l) for l in body]
    _sdt("标题", "title", r.randint(-2**31, 2**31 - 1), [p._p for p in tps])
    _sdt("正文", "body", r.randint(-2**31, 2**31 - 1), [p._p for p in bps])
    return _save(doc), "docx", _exp(d)


GUIDE = ["【填报说明（正式报送前请删除）】",
         "1．标题格式：“XX（单位全称）关于20XX年度法治政府建设情况的报告”，方正小标宋简体二号，居中。",
         "2．正文按“20XX年度推进法治政府建设的主要举措和成效”“党政主要负责人履行推进法治建设第一责任人职责情况”"
         "“存在的不足和原因”“20XX年度推进法治政府建设的主要安排”四部分撰写，数据截至20XX年12月31日，不少于3000字。",
         "3．请于X月X日前报送XX司法局法治督察科邮箱，并于X月底前在本单位门户网站“法治政府建设”专栏公开。",
         "4．落款为本单位全称，加盖公章，日期用阿拉伯数字。"]


def k_keep_docx_hidden_guide(d):
    """A Word file made from the 司法局's template with its 填报说明 still in it as hidden text (`w:vanish` on the
    runs and on the paragraph marks — Word, WPS and print show nothing): five guide lines with `XX` / `20XX` / `X月X日`
    placeholders and a sample title above the real title, and one hidden line `（此处加盖单位公章）` at the end.  What
    the reader sees is the report."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    from docx.shared import RGBColor
    doc = _docx()

    def hidden(text):
        p = _para(doc, text, size=12)
        for run in p.runs:
            run.font.hidden = True
            run.font.color.rgb = RGBColor(0xFF, 0, 0)
        from docx.oxml import parse_xml
        p._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {WNS}><w:vanish/></w:rPr>'))
        return p

    for g in GUIDE:
        hidden(g)
    for t in title:
        _para(doc, t, size=22, bold=True, center=True)
    _para(doc, "", indent=False)
    for l in body:
        _para(doc, l)
    hidden("（此处加盖单位公章）")
    return _save(doc), "docx", _exp(d)


def k_keep_docx_soft_breaks(d):
    """A Word file into which the report was pasted from a web page as text: the title lines are their own centred
    paragraphs, but the whole body is ONE paragraph whose lines are separated by manual line breaks (`w:br`, Shift+
    Enter), each line starting with two `　`."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    from docx.shared import Pt
    doc = _docx()
    for t in title:
        _para(doc, t, size=22, bold=True, center=True)
    p = doc.add_paragraph()
    for i, l in enumerate(body):
        run = p.add_run("　　" + l)
        run.font.size = Pt(16)
        if i < len(body) - 1:
            run.add_break()
    return _save(doc), "docx", _exp(d)


# ================================================================ look-alikes
def _drafter(d):
    """Who drafts the report inside the unit, and to whom the draft goes."""
    lv = d["level"]
    if lv in ("province", "city", "county"):
        place = _gov_place(d)
        return f"{place}司法局" if lv != "province" else f"{place}司法厅", sig_name(d), "政府常务会议"
    if lv == "township":
        return f"{core(d)}党政综合办公室", f"{core(d)}党委、政府", "党政联席会议"
    return "法规科", "局党组", "局党组会议"


def k_like_qingshi_shenyi(d):
    """A 请示 asking to approve the draft report: `{drafter}关于提请审议《{title}》的请示` to the government (the
    司法局 drafts for a government) or to the 局党组 (a department's 法规科); how the draft was written, a short summary
    of it with three of the report's own sentences, `妥否，请批示。`, the draft named as an attachment but not included;
    signed by the drafter, dated Y+1."""
    if not _ok(d) or not d["titles"]:
        return None
    ss = own_sents(d)[:3]
    if len(ss) < 3:
        return None
    r = rng_for(d, "qingshi")
    y = d["year"]
    tt = _tt(d)
    who, to, meeting = _drafter(d)
    t = [f"{who}关于提请审议《{tt}》的请示", "", f"{to}：",
         f"　　根据《法治政府建设与责任落实督察工作规定》关于每年第一季度报告上一年度法治政府建设情况的要求，{who}在"
         f"收集汇总各单位材料的基础上，起草了《{tt}（送审稿）》，并征求了相关单位意见，现提请{meeting}审议。",
         "　　送审稿共分四个部分：一是主要举措和成效；二是党政主要负责人履行推进法治建设第一责任人职责情况；三是存在的"
         "不足和原因；四是下一年度主要安排。送审稿中写明：" + "".join(f"“{s}”" for s in ss[:2]) + "等。",
         f"　　报告经审议通过后，拟于{y + 1}年3月31日前报送{_superior(d)}，并通过门户网站向社会公开。",
         "　　妥否，请批示。", "",
         f"　　附件：{tt}（送审稿）", "",
         f"　　　　　　　　　　　　　　　　{who}", f"　　　　　　　　　　　　　　　　{y + 1}年{r.randint(1, 3)}月{r.randint(1, 28)}日",
         f"　　（联系人：{person(d, 'qs-contact')}；联系电话：{R._phone(r)}）"]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


def k_like_qicao_shuoming(d):
    """An explanation of how the report was drafted: `关于《{title}》起草情况的说明` — 一、起草背景 (the 督察工作规定),
    二、起草过程 (材料收集, 征求意见 n 条, 采纳 m 条), 三、主要内容 (its four parts, two of the report's own sentences
    quoted), 四、需要说明的问题; signed by the drafter, dated Y+1."""
    if not _ok(d) or not d["titles"]:
        return None
    ss = own_sents(d)[:4]
    if len(ss) < 4:
        return None
    r = rng_for(d, "qicao")
    y = d["year"]
    tt = _tt(d)
    who, to, meeting = _drafter(d)
    n_yj = r.randint(6, 30)
    t = [f"关于《{tt}》起草情况的说明", "",
         "　　一、起草背景",
         "　　《法治政府建设与责任落实督察工作规定》明确，县级以上地方各级政府每年第一季度要向同级党委、人大常委会和上一级"
         "政府报告上一年度法治政府建设情况，报告要通过报刊、网站等新闻媒体向社会公开。为做好这项工作，起草了本报告。",
         "　　二、起草过程",
         f"　　{y + 1}年1月，{who}印发通知，收集各单位{y}年度法治政府建设工作材料。在认真梳理汇总的基础上形成初稿，"
         f"先后{r.randint(2, 4)}次征求相关单位意见，共收到修改意见{n_yj}条，采纳{r.randint(n_yj // 2, n_yj)}条，形成了送审稿。",
         "　　三、主要内容",
         "　　报告共分四个部分。第一部分总结了主要举措和成效，如“" + ss[0] + "”“" + ss[1] + "”；第二部分报告党政主要负责人"
         "履行推进法治建设第一责任人职责情况；第三部分分析了存在的不足和原因；第四部分提出了下一年度的工作安排。",
         "　　四、需要说明的问题",
         f"　　报告中的数据由各单位提供，统计截止时间为{y}年12月31日；部分数据以有关部门最终统计数据为准。", "",
         f"　　　　　　　　　　　　　　　　{who}", f"　　　　　　　　　　　　　　　　{y + 1}年{r.randint(1, 3)}月{r.randint(1, 28)}日"]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


def k_like_lingdao_pishi(d):
    """A leader's 批示单 (批示件) on the report, as an office files it: `领导批示单`, 来文单位, 文件标题 (the report's
    title), 收文日期, 编号, the 批示 of the unit's head (a few sentences: the report is good, fix the 不足, publish it),
    then 办理情况 by the office; no report text beyond its title."""
    if not _ok(d) or not d["titles"]:
        return None
    r = rng_for(d, "pishi")
    y = d["year"]
    tt = _tt(d)
    who, to, meeting = _drafter(d)
    lead = person(d, "pishi-lead")
    role = _leader_role(d)
    t = ["领导批示单", "",
         f"来文单位：{who}", f"文件标题：{tt}（送审稿）",
         f"收文日期：{y + 1}年{r.randint(1, 2)}月{r.randint(1, 28)}日　　　　编号：〔{y + 1}〕{r.randint(3, 90)}号", "",
         f"{role}{lead}批示：",
         f"　　报告总结全面，问题查找较准。请{who}根据会议意见修改完善后按程序报送，并于3月底前在门户网站公开。"
         "对报告中列出的不足，要逐项建立整改台账，明确责任单位和完成时限，年底前对账销号。",
         f"　　　　　　　　　　　　　　　　{lead}", f"　　　　　　　　　　　　　　　　{y + 1}年{r.randint(2, 3)}月{r.randint(1, 28)}日", "",
         "办理情况：",
         f"　　已按批示要求修改完善，于{y + 1}年3月{r.randint(10, 30)}日报送并公开；整改台账已建立。", "",
         f"经办人：{person(d, 'pishi-jb')}"]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


def k_like_xueshu_lunwen(d):
    """An academic paper that studies the report: title `法治政府建设年度报告的文本检视与完善路径——以{unit}{Y}年度
    报告为样本`, author and affiliation (a university 法学院), 摘要, 关键词, 一、问题的提出, 二、样本报告的文本分析
    (three of the report's own sentences quoted and discussed), 三、存在的问题, 四、完善路径, 参考文献."""
    if not _ok(d) or not d["titles"]:
        return None
    ss = own_sents(d)[:3]
    if len(ss) < 3:
        return None
    r = rng_for(d, "lunwen")
    y = d["year"]
    u = sig_name(d)
    tt = _tt(d)
    au = person(d, "lw-author")
    uni = r.choice(["西南政法大学", "中南财经政法大学", "华东政法大学", "西北政法大学", "中国政法大学"])
    t = [f"法治政府建设年度报告的文本检视与完善路径", f"——以{u}{y}年度报告为样本", "",
         f"{au}", f"（{uni}法学院，研究生）", "",
         f"摘要：法治政府建设年度报告制度是督促各级政府履行法治建设职责的重要制度安排。本文以《{tt}》为样本，从结构、"
         "内容和公开三个维度进行文本分析，发现报告存在成效表述多、问题剖析少、量化指标不足等问题，并提出完善建议。",
         "关键词：法治政府；年度报告；文本分析；督察", "",
         "一、问题的提出",
         "　　2019年《法治政府建设与责任落实督察工作规定》将年度报告制度上升为党内法规的要求。学界对年度报告的研究多集中于"
         "制度层面，对报告文本本身的实证分析尚不多见。",
         "二、样本报告的文本分析",
         f"　　样本报告在结构上基本遵循了“四部分”要求。在举措和成效部分，报告写道：“{ss[0]}”这一表述体现了……"
         f"又如：“{ss[1]}”笔者认为，此类表述以工作过程描述为主，对实际效果的论证尚显不足。",
         f"　　在数据使用方面，报告称：“{ss[2]}”但缺少与上一年度的比较，难以反映工作进展。",
         "三、存在的问题",
         "　　（一）成效表述同质化。（二）问题剖析浅表化。（三）下一年度安排缺乏可考核的指标。",
         "四、完善路径",
         "　　建议由上级司法行政机关制定年度报告编写指引，建立报告质量评估机制，推动报告从“写了什么”向“做成了什么”转变。", "",
         "参考文献：",
         "[1] 马怀德.法治政府建设的成就与展望[J].中国法学,2021(3).",
         "[2] 王敬波.法治政府建设年度报告制度研究[J].行政法学研究,2020(5).",
         f"[3] {tt}[EB/OL].{u}门户网站,{y + 1}."]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


# ================================================================ registry
KEEP = {
    "keep_odt_file": k_keep_odt_file,
    "keep_word2003_xml": k_keep_word2003_xml,
    "keep_docx_content_controls": k_keep_docx_content_controls,
    "keep_docx_hidden_guide": k_keep_docx_hidden_guide,
    "keep_docx_soft_breaks": k_keep_docx_soft_breaks,
}
LIKE = {
    "like_qingshi_shenyi": k_like_qingshi_shenyi,
    "like_qicao_shuoming": k_like_qicao_shuoming,
    "like_lingdao_pishi": k_like_lingdao_pishi,
    "like_xueshu_lunwen": k_like_xueshu_lunwen,
}
KINDS = {**KEEP, **LIKE}
DOCS_PER_KIND = {**{k: 10 for k in KEEP}, **{k: 4 for k in LIKE}}


def _run(kind, d):
    """(bytes, ext, expectation) or (None, None, None)."""
    out = KINDS[kind](d)
    if out is None:
        return None, None, None
    if kind in KEEP:
        return out
    return out[0], out[1], {"is_report": False, "or_review_note": True}


def build_cases(seed):
    """Documents drawn per kind at random among all usable labelled reports (as sets q, r, s); each kind takes
    documents no earlier kind of t took first, a taken one only when no untaken one fits; one complete dev report
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
    sp = os.environ.get("KIND_T_SPLIT") or os.path.join(HERE, "split-t.json")
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
            print(c["case"], c["doc"], c["ext"])
        import collections
        print(collections.Counter(c["kind"] for c in cs), file=sys.stderr)
        print(len(cs), "cases", file=sys.stderr)
