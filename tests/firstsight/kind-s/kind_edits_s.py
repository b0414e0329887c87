#!/usr/bin/env python3
"""Kind set s: real annual 法治政府建设 reports as real files arrive — a Word file whose heading numbers are Word's
automatic numbering (no 一、 in the text), a Word file with the reviewers' 批注 (comments) left in, a Word file whose
title sits in a text box (as in a letterhead template), a text file with the whole report pasted twice, a text file
saved by Notepad as "Unicode" (UTF-16 LE, BOM, CRLF), and a report whose title calls it a 自查报告 — six new keep
kinds — and four new look-alikes (a 范文 / template made from a report with XX placeholders, a government's 规范性文件
备案审查 year report, a 行政机关负责人出庭应诉 year report, a 法治政府建设 先进个人 事迹材料).  First sight: written
without reading fzscore's code, rubrics or data.  Set r's module (and through it q's, p's … helpers) is imported
unchanged.

Every edit is generated in code from the labelled documents; a case is (bytes, file extension).

    python3 kind_edits_s.py --list                 # the cases of the stored split's seed
    python3 kind_edits_s.py --show KIND DOC OUTDIR # write one edited file to OUTDIR (DOC = the name after @)
"""
from __future__ import annotations

import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kind-r"))
import kind_edits_r as R  # noqa: E402

Q = R.Q
load_docs, core, rng_for, person = R.load_docs, R.core, R.rng_for, R.person
own_sents, _ok, sig_name, _third = R.own_sents, R._ok, R.sig_name, R._third
_exp, _parts, _tt, _docx, _para, _save, _w = R._exp, R._parts, R._tt, R._docx, R._para, R._save, R._w
_superior, _leader_role, _phone = R._superior, R._leader_role, R._phone

CN_NUM = "一二三四五六七八九十"
H1 = re.compile(r"^([一二三四五六七八九十]{1,3})\s*[、，,．.]\s*")
H2 = re.compile(r"^[（(]\s*([一二三四五六七八九十]{1,3})\s*[)）]\s*[、，,．.]?\s*")
H3 = re.compile(r"^(\d{1,2})\s*[．.、]\s*(?!\d)")


# ================================================================ keep
def _numbering(doc):
    """Add one multi-level list to numbering.xml: level 0 `一、` (chineseCounting), level 1 `（一）`, level 2 `1．`
    (decimal) — as Word / WPS write a 公文 heading list.  Returns its numId."""
    from docx.oxml import parse_xml
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    lv = [("chineseCounting", "%1、", 0), ("chineseCounting", "（%2）", 1), ("decimal", "%3．", 2)]
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{txt}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr>'
        f'<w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr></w:lvl>' for fmt, txt, i in lv)
    numbering = doc.part.numbering_part.element
    absn = parse_xml(f'<w:abstractNum {W} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>{lvls}'
                     '</w:abstractNum>')
    nums = numbering.findall(_w("num"))
    if nums:
        nums[0].addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90


def _level_of(line):
    """(level, text without its number) of a heading line, or (None, line)."""
    for lvl, pat in enumerate((H1, H2, H3)):
        m = pat.match(line)
        if m and len(line) > m.end():
            return lvl, line[m.end():]
    return None, line


def k_keep_docx_autonum(d):
    """A Word file as most units write it: the heading numbers (一、 / （一） / 1．) are Word's automatic multi-level
    numbering (`w:numPr`, numbering.xml: chineseCounting `%1、`, `（%2）`, decimal `%3．`) — the paragraphs' own text
    has no number; the title centred bold, the body paragraphs with first-line indent.  Needs at least two numbered
    top headings."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    marks = [_level_of(l) for l in body]
    if sum(1 for lv, _ in marks if lv == 0) < 2:
        return None
    from docx.oxml import parse_xml
    doc = _docx()
    nid = _numbering(doc)
    for t in title:
        _para(doc, t, size=22, bold=True, center=True)
    _para(doc, "", indent=False)
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    for lv, text in marks:
        p = _para(doc, text, bold=(lv == 0))
        if lv is not None:
            ppr = p._p.get_or_add_pPr()
            ppr.insert(0, parse_xml(f'<w:numPr {W}><w:ilvl w:val="{lv}"/><w:numId w:val="{nid}"/></w:numPr>'))
    return _save(doc), "docx", _exp(d)


COMMENTS = ["此处数据请与行政执法统计年报核对一致。", "建议补充与上年度的对比数据。", "该段请法规科再核实表述。",
            "请补充具体事例，避免空泛。", "此段与去年报告表述重复，建议调整。", "文字已按领导意见修改，请确认。",
            "数字请用阿拉伯数字，前后统一。", "请核实案件数量是否包含复议后起诉案件。"]


def k_keep_docx_comments(d):
    """A Word file sent up with the reviewers' 批注 still in it (comments.xml; authors the unit's 办公室 and 法规科
    staff, generated names): one comment on the title (`已核：标题、落款与通知要求一致。`) and one on each of four to
    six body paragraphs (drawn from a list: 数据请核对 / 补充对比 / 表述重复 …).  The document text is the report."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    r = rng_for(d, "comments")
    doc = _docx()
    a1, a2 = person(d, "cm-a1"), person(d, "cm-a2")
    tps = [_para(doc, t, size=22, bold=True, center=True) for t in title]
    _para(doc, "", indent=False)
    bps = [_para(doc, l) for l in body]
    doc.add_comment(tps[0].runs, text="已核：标题、落款与通知要求一致。", author=a1, initials=a1[0])
    long = [i for i, l in enumerate(body) if len(l) >= 40]
    n = min(len(long), r.randint(4, 6))
    for i, j in enumerate(sorted(r.sample(long, n))):
        who = a1 if i % 2 else a2
        doc.add_comment(bps[j].runs, text=COMMENTS[(i + r.randint(0, 7)) % len(COMMENTS)], author=who,
                        initials=who[0])
    for el in doc.part._comments_part.element.iter(_w("comment")):  # a fixed date, not the build time
        el.set(_w("date"), f"{d['year'] + 1}-0{r.randint(1, 3)}-{r.randint(10, 28)}T10:00:00Z")
    return _save(doc), "docx", _exp(d)


def k_keep_docx_textbox_title(d):
    """A Word file made from a letterhead template: the title lines sit inside a text box at the top of page 1, as
    Word 2010+ writes one — `mc:AlternateContent` with a DrawingML shape (`wps:wsp` with `wps:txbx`, anchored, wrap
    top and bottom, no border) and the VML fallback (`v:shape` type 202 with `v:textbox`), both holding the title
    paragraphs (centred, bold, 22 pt); the body paragraphs follow in the document."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    from docx.oxml import parse_xml
    from xml.sax.saxutils import escape
    doc = _docx()
    p = _para(doc, "", indent=False)
    NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
    inner = "".join('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="44"/></w:rPr>'
                    f'<w:t xml:space="preserve">{escape(t)}</w:t></w:r></w:p>' for t in title)
    cx, cy = 5613400, 457200 + 381000 * len(title)
    hpt = cy // 12700
    run = parse_xml(
        f'<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>'
        '</w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        '<v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;'
        f'margin-left:0;margin-top:0;width:442pt;height:{hpt}pt;z-index:251659264;'
        'mso-position-horizontal:center;mso-position-horizontal-relative:margin" filled="f" stroked="f">'
        f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom" '
        'xmlns:w10="urn:schemas-microsoft-com:office:word"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent>'
        '</w:r>')
    p._p.append(run)
    for l in body:
        _para(doc, l)
    return _save(doc), "docx", _exp(d)


def k_keep_pasted_twice(d):
    """A text file into which the whole report (title lines and body) was pasted twice, one copy right after the
    other (two empty lines between) — as happens when a 报送 system's text box is filled twice."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    one = title + [""] + ["　　" + l for l in body]
    return ("\n".join(one + ["", ""] + one) + "\n").encode("utf-8"), "txt", _exp(d)


def k_keep_utf16_notepad(d):
    """A text file saved by Windows Notepad as "Unicode": UTF-16 LE with BOM, CRLF line ends; title lines, an empty
    line, the body lines indented with two ideographic spaces."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    text = "\r\n".join(title + [""] + ["　　" + l for l in body]) + "\r\n"
    return b"\xff\xfe" + text.encode("utf-16-le"), "txt", _exp(d)


ZICHA_SUF = re.compile(r"(法治政府建设)(工作)?(情况|年度|工作|推进)?(情况)?(的)?(报告)$")


def k_keep_title_zicha(d):
    """The title renamed as a 自查报告 (some units name their annual report so when the superior's notice speaks of
    自查): the labelled title's ending `法治政府建设(工作)(情况|年度)报告` becomes `法治政府建设工作自查报告` (one line);
    the body is the annual report, unchanged.  Titles without that ending are not used."""
    if not _ok(d) or not d["titles"]:
        return None
    tt = _tt(d)
    if not ZICHA_SUF.search(tt) or str(d["year"]) not in tt:
        return None
    new = ZICHA_SUF.sub(r"\1工作情况的自查报告" if "关于" in tt else r"\1工作自查报告", tt)
    _, body = _parts(d)
    e = _exp(d)
    e["title"] = [new]
    return ("\n".join([new, ""] + ["　　" + l for l in body]) + "\n").encode("utf-8"), "txt", e


# ================================================================ look-alikes
QUANT = re.compile(r"\d+(?:\.\d+)?(?=\s*(?:余|多)?\s*(?:件|次|个|项|人|场|份|万|%|％|家|起|名|条|篇|期|部|批|户|元|亿|天|小时|个工作日))")


def k_like_moban_fanwen(d):
    """A 范文 / template made from a report, as 文库 sites and 写作 accounts spread them: the unit's names (its
    labelled issuers, its short name, the title's place) replaced by `XX县` / `XX`, every year `20XX`, every counted
    figure (件, 次, 人, % …) `X`; title and body otherwise the report's."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    names = set(d["issuers"]) | {sig_name(d), core(d)}
    names |= {n.replace("人民政府", "") for n in names}
    names = sorted((n for n in names if len(n) >= 2), key=len, reverse=True)
    lv = d["level"]
    ph = {"province": "XX省", "city": "XX市", "county": "XX县", "township": "XX镇"}.get(lv, "XX局")

    def tpl(s):
        for n in names:
            s = s.replace(n, ph)
        s = re.sub(r"(19|20)\d\d", "20XX", s)
        return QUANT.sub("X", s)

    tt = tpl("".join(title))
    out = [tt, ""] + ["　　" + tpl(l) for l in body]
    t = "\n".join(out)
    if t.count("XX") < 4:
        return None
    return (t + "\n").encode("utf-8"), "txt"


def _gov_place(d):
    place = core(d)
    if d["level"] == "department":
        m = re.match(r"^(.+?[省市县区])", place)
        place = m.group(1) if m and len(m.group(1)) <= 8 else "市"
    return place


def k_like_beian_shencha(d):
    """A government's (or department's) year report on 规范性文件 备案审查, sent to the 人大常委会 (a government) or to
    the 司法局 (a department / township): `{unit}关于{Y}年度规范性文件备案审查工作情况的报告`, 一、基本情况 (报备 /
    审查 / 纠正 figures drawn), 二、主要做法 (合法性审核, 有件必备, 清理), 三、存在的问题, 四、下一步工作; one sentence
    ties it to 法治政府建设; signed and dated."""
    if not _ok(d):
        return None
    r = rng_for(d, "beian")
    y = d["year"]
    u = sig_name(d)
    place = _gov_place(d)
    to = f"{place}人大常委会" if d["level"] in ("county", "city", "province") else (
        "县（区）司法局" if d["level"] == "township" else f"{place}司法局")
    n_bb, n_ql, n_jz = r.randint(5, 60), r.randint(20, 200), r.randint(0, 4)
    t = [f"{u}关于{y}年度规范性文件备案审查工作情况的报告", "", f"{to}：",
         f"　　根据《法规规章备案审查条例》和有关规定，现将{u}{y}年度规范性文件备案审查工作情况报告如下。",
         "　　一、基本情况",
         f"　　{y}年，{u}制定规范性文件{n_bb}件，均在公布之日起30日内报送备案，报备率、及时率、规范率均达100%。"
         f"全年审查下级报备的规范性文件{r.randint(5, 40)}件，发现问题并督促纠正{n_jz}件。开展规范性文件专项清理，"
         f"共清理文件{n_ql}件，其中废止{r.randint(1, 20)}件、修改{r.randint(1, 10)}件。",
         "　　二、主要做法",
         "　　（一）严把合法性审核关。坚持未经合法性审核不得提交审议，对规范性文件的制定主体、权限、程序和内容进行"
         "全面审核，确保有件必备、有备必审、有错必纠。",
         "　　（二）健全备案审查工作机制。落实规范性文件统一登记、统一编号、统一印发制度，建立备案审查衔接联动机制。",
         "　　（三）推进规范性文件动态管理。及时公布现行有效规范性文件目录，通过政府网站向社会公开，接受群众监督，"
         "为推进法治政府建设夯实制度基础。",
         "　　三、存在的问题",
         "　　个别起草单位对备案审查工作重视不够，报备材料不够规范；审查力量较为薄弱，专业审查人员不足。",
         "　　四、下一步工作",
         f"　　{y + 1}年，将进一步提高备案审查工作质量，加强审查能力建设，切实维护法制统一。", "",
         f"　　　　　　　　　　　　　　　　{u}", f"　　　　　　　　　　　　　　　　{y + 1}年{r.randint(1, 3)}月{r.randint(1, 28)}日"]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


def k_like_chuting_yingsu(d):
    """A unit's year report on 行政机关负责人出庭应诉 (one task of 法治政府建设, reported on its own to the superior /
    司法局): `{unit}关于{Y}年度行政机关负责人出庭应诉工作情况的报告`, 一、基本情况 (行政诉讼案件, 负责人出庭 figures
    and 出庭率, drawn), 二、主要做法, 三、存在的问题, 四、下一步工作; signed and dated."""
    if not _ok(d):
        return None
    r = rng_for(d, "chuting")
    y = d["year"]
    u = sig_name(d)
    place = _gov_place(d)
    to = _superior(d) if d["level"] != "department" else f"{place}司法局"
    n_case = r.randint(8, 120)
    n_ct = r.randint(max(1, n_case // 2), n_case)
    n_lose = r.randint(0, max(1, n_case // 10))
    t = [f"{u}关于{y}年度行政机关负责人出庭应诉工作情况的报告", "", f"{to}：",
         f"　　按照《最高人民法院关于行政机关负责人出庭应诉若干问题的规定》和上级工作要求，现将{u}{y}年度行政机关"
         "负责人出庭应诉工作情况报告如下。",
         "　　一、基本情况",
         f"　　{y}年，{u}及所属部门共发生行政诉讼案件{n_case}件，人民法院通知负责人出庭的案件{n_ct}件，负责人出庭应诉"
         f"{n_ct}件，出庭应诉率100%；审结案件中败诉{n_lose}件，败诉率{round(100 * n_lose / n_case, 1)}%。",
         "　　二、主要做法",
         "　　（一）压实出庭应诉责任。将负责人出庭应诉情况纳入年度绩效考核，实行出庭应诉情况季度通报制度。",
         "　　（二）做到出庭出声出效果。出庭负责人庭前认真阅卷，庭审中就案件事实和法律适用发表意见，庭后对暴露的问题"
         "及时整改。",
         f"　　（三）加强应诉能力建设。组织旁听庭审活动{r.randint(2, 8)}次，发挥法律顾问和公职律师作用。",
         "　　三、存在的问题",
         "　　个别单位负责人出庭“出庭不出声”的现象仍然存在，行政争议实质性化解力度有待加强。",
         "　　四、下一步工作",
         f"　　{y + 1}年，将继续落实行政机关负责人出庭应诉制度，推动行政争议实质性化解，不断提升依法行政水平。", "",
         f"　　　　　　　　　　　　　　　　{u}", f"　　　　　　　　　　　　　　　　{y + 1}年1月{r.randint(5, 30)}日"]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


def k_like_xianjin_shiji(d):
    """A 先进个人 事迹材料 about one person of the unit: `{name}同志{Y}年度法治政府建设先进个人事迹材料`, a line of
    personal data (男 / 女, 汉族, 中共党员, post in the unit), an opening on the person, three sections with headings
    on the person (一、…二、…三、…) each holding two of the report's own sentences in the third person (该X), and 该同志
    closing praise; no signature of the unit as issuer."""
    if not _ok(d):
        return None
    ss = [_third(s, d) for s in own_sents(d)][:6]
    if len(ss) < 6:
        return None
    r = rng_for(d, "shiji")
    y = d["year"]
    u = sig_name(d)
    name = person(d, "shiji-name")
    post = r.choice(["法制办公室主任", "法规科科长", "办公室副主任", "司法所所长", "综合执法队队长"])
    t = [f"{name}同志{y}年度法治政府建设先进个人事迹材料", "",
         f"　　{name}，{r.choice(['男', '女'])}，汉族，{r.randint(1975, 1992)}年{r.randint(1, 12)}月出生，中共党员，"
         f"大学学历，现任{u}{post}。",
         f"　　{y}年，{name}同志坚持以习近平法治思想为指导，立足岗位、勤勉履职，在推进法治政府建设工作中发挥了骨干作用，"
         "得到了领导和同事的一致好评。",
         "　　一、勤学善思，法治素养不断提升",
         f"　　该同志坚持把学法作为必修课，全年参加法治培训{r.randint(3, 12)}次，考取法律职业资格证书。" + ss[0] + ss[1],
         "　　二、担当作为，推动法治工作落地见效",
         "　　该同志具体负责法治政府建设日常工作，牵头起草各类制度文件，参与审核重大决策和合同。" + ss[2] + ss[3],
         "　　三、甘于奉献，服务群众有温度",
         "　　该同志常年深入基层开展普法和矛盾化解工作，加班加点从无怨言。" + ss[4] + ss[5],
         f"　　{name}同志用实际行动诠释了一名法治工作者的责任与担当，特推荐为{y}年度法治政府建设先进个人。"]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


# ================================================================ registry
KEEP = {
    "keep_docx_autonum": k_keep_docx_autonum,
    "keep_docx_comments": k_keep_docx_comments,
    "keep_docx_textbox_title": k_keep_docx_textbox_title,
    "keep_pasted_twice": k_keep_pasted_twice,
    "keep_utf16_notepad": k_keep_utf16_notepad,
    "keep_title_zicha": k_keep_title_zicha,
}
LIKE = {
    "like_moban_fanwen": k_like_moban_fanwen,
    "like_beian_shencha": k_like_beian_shencha,
    "like_chuting_yingsu": k_like_chuting_yingsu,
    "like_xianjin_shiji": k_like_xianjin_shiji,
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
    """Documents drawn per kind at random among all usable labelled reports (as sets q and r); each kind takes
    documents no earlier kind of s took first, a taken one only when no untaken one fits; one complete dev report
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
    sp = os.environ.get("KIND_S_SPLIT") or os.path.join(HERE, "split-s.json")
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
