"""Form-only edits, thirty-fourth set (ah): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: what SURROUNDS the report's text -- the report as the attachment page of a 公文 (发文字号 /
签发人 head and a 主送 line; a 附件 label and a ruled 版记 with 抄送 / 印发), a 政府信息公开 detail page
with its field table, a Firefox-style browser print (title / URL header, 第 n 页，共 m 页 footer),
a Word cover page plus a blank page, the title only in Word's page header, a numbered 附件 list at
the end, an OCR'd look (single spaces inside words, mixed full / half-width punctuation), the title
as an <img alt>, a PDF whose first page is a 目录 of every heading with page numbers, circled
footnote marks with notes at the end, and a print-preview copy of the article below it.

An edit returns a `Payload` (set o's) whose `text` is the report as its reader sees it, the added
surroundings (head, 版记, cover, table of fields, 附件 list, notes, second copy) left out; or None
where it does not apply.  Edits find what they change from the text's own structure (aa's
`_struct`), never from a named document or line.  Which kinds are tuning and which held is decided
by split_ah.py (random, fixed seed).
"""
from __future__ import annotations

import random
import re

from form_edits_o_kinds import _docx_bytes, _payload
from form_edits_t_kinds import WX, _build, _crc, _p, _r, _x, _pdf_base, _unit
from form_edits_s_kinds import _title_year
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import _struct, _sig
from form_edits_ab_kinds import _has
from form_edits_ag_kinds import CIRC
from form_edits_ag_kinds import EXTRA_LEAK as _AG_LEAK
from form_edits_ag_kinds import heading_norm as _ag_heading_norm

CN_DIGITS = "〇一二三四五六七八九"


def _title_i(items):
    return next((i for i, (k, _, _) in enumerate(items) if k == "title"), None)


def _facts(items):
    """(title, unit, year) from the title line, or None where there is no title; the unit falls
    back to the title's first six characters' worth of a name ('本单位' when none is found)."""
    ti = _title_i(items)
    if ti is None:
        return None
    title = items[ti][2].strip()
    unit = _unit([title], 0) or "本单位"
    year = _title_year([title], 0) or _title_year([s for _, _, s in items], None) or 2024
    return title, unit, year


def _lines_of(items):
    return [("" if k == "blank" else ("\u3000\u3000" if ind else "") + s) for k, ind, s in items]


def _seen(items):
    return "\n".join(s for k, _, s in items if k != "blank")


def _txt(lines, seen):
    t = "\n".join(lines) + "\n"
    return _payload(t.encode("utf-8"), ".txt", seen)


def _insert_after_sig(items, lines, block):
    """lines with block put right after the signature's date (aa's `_sig`), before any site footer
    that follows it; at the end (trailing blank lines dropped) where no signature is found."""
    sig = _sig(items)
    if sig:
        at = max(sig) + 1
        return lines[:at] + block + ([""] if at < len(lines) and lines[at] else []) + lines[at:]
    lines = list(lines)
    while lines and not lines[-1]:
        lines.pop()
    return lines + block


def _cn_year(y):
    return "".join(CN_DIGITS[int(c)] for c in str(y))


def _abbr(unit):
    """A 发文字号 prefix from the unit: its first character + 政 (县政 / 市政 style)."""
    return (unit[0] if unit and unit != "本单位" else "本") + "政"


# ================================================================ text: the 公文 around the report
def txt_fawen_qianfaren_zhusong_head(text):
    """Plain text of an up-going 公文 (a 报告 to the county's leadership) with the report as its body:
    above the title a line with the 发文字号 (`X政报〔Y+1〕N号`) on the left and `签发人：` with a name on
    the right; below the title the 主送 line `县委、县政府：` (or 市委、市政府： / 区委、区政府：, after the
    unit's name: 区 / 县 / 市 where it names one) before the first paragraph.  Applies where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title, unit, year = f
    c = _crc(text)
    lvl = "区" if "区" in unit else "县" if "县" in unit else "市" if "市" in unit else "县"
    head = f"{_abbr(unit)}报〔{year + 1}〕{c % 30 + 2}号" + "\u3000" * 8 + "签发人：" + "张王李赵刘陈"[c % 6] + "××"
    ti = _title_i(items)
    lines = _lines_of(items)
    out = lines[:ti] + [head, ""] + [lines[ti], "", f"{lvl}委、{lvl}政府："] + lines[ti + 1:]
    return _txt(out, _seen(items))


def txt_fujian_numbered_list_tail(text):
    """Plain text ending, after the signature / date, with the attachments the report names:
    `附件：1.<unit><year>年行政执法数据统计表` and an aligned `2.<unit>法治政府建设重点任务清单`
    (3. 行政复议案件情况表 when the text mentions 复议), a blank line before, placed right after the
    signature's date where one is found (before a site's footer), else at the end.  Applies where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title, unit, year = f
    names = [f"{unit}{year}年度行政执法数据统计表", f"{unit}{year + 1}年法治政府建设重点任务清单"]
    if "复议" in text:
        names.append(f"{unit}{year}年行政复议案件情况表")
    tail = ["", "附件：1." + names[0]] + ["\u3000\u3000\u3000" + f"{i}." + n for i, n in enumerate(names[1:], 2)]
    return _txt(_insert_after_sig(items, _lines_of(items), tail), _seen(items))


_PUNCT = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}


def txt_ocr_inword_spaces_mixed_width(text):
    """Plain text as a scanned-and-OCR'd PDF reads: in about one line of three a single ASCII space
    falls between two CJK characters of a word (one or two per line, never at a line's start), and
    about half of the full-width ，：；（）！？ come out half-width, drawn per document from a seeded
    generator.  Headings are treated as all lines are."""
    rng = random.Random(_crc(text))
    out = []
    for ln in text.split("\n"):
        chars = list(ln)
        for i, ch in enumerate(chars):
            if ch in _PUNCT and rng.random() < 0.5:
                chars[i] = _PUNCT[ch]
        s = "".join(chars)
        if rng.random() < 0.35:
            pos = [m.start() + 1 for m in re.finditer(r"[\u4e00-\u9fff](?=[\u4e00-\u9fff])", s) if m.start() >= 2]
            for p in sorted(rng.sample(pos, min(len(pos), rng.choice((1, 2)))), reverse=True):
                s = s[:p] + " " + s[p:]
        out.append(s)
    t = "\n".join(out)
    return _payload(t.encode("utf-8"), ".txt", t) if t != text else None


def txt_circled_notes_end(text):
    """Plain text with footnote marks ①②③… after the closing mark of some long body paragraphs
    (every third body paragraph of 60+ characters, at most 6; never a heading, title or signature)
    and the notes after a short rule, right after the signature's date where one is found, else at the end: `注：` then one line per mark, `①本段数据来源于<unit>
    <year>年度统计。` (②… the same pattern with 截至<year>年12月31日).  Applies where a title and
    at least two such paragraphs are found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title, unit, year = f
    sig = set(_sig(items))
    cand = [i for i, (k, _, s) in enumerate(items) if k == "body" and i not in sig and len(s) >= 60
            and s.endswith(("。", "；"))][::3][:6]
    if len(cand) < 2:
        return None
    lines = _lines_of(items)
    notes = []
    for n, i in enumerate(cand):
        lines[i] = lines[i] + CIRC[n]
        notes.append(CIRC[n] + (f"本段数据来源于{unit}{year}年度统计。" if n % 2 == 0
                                else f"统计时间截至{year}年12月31日。"))
    return _txt(_insert_after_sig(items, lines, ["", "—" * 10, "注："] + notes), _seen(items))


# ================================================================ Word
def _border_p(inner, side="bottom"):
    return (f'<w:p {WX}><w:pPr><w:pBdr><w:{side} w:val="single" w:sz="8" w:space="1" w:color="000000"/>'
            f'</w:pBdr></w:pPr>{inner}</w:p>')


def _paras(items):
    return [_p(_r(s, k), k, ind) if k != "blank" else _p("") for k, ind, s in items]


def docx_fujian_page_banji_rules(text):
    """Word: the report as the attachment of a 公文: a first paragraph `附件` (黑体, flush left), then
    the report as usual; at the end the 版记 -- a paragraph with a rule above, `抄送：<unit>人大常委会
    办公室，<unit>政协办公室。`, then `<unit>人民政府办公室　　　　<year+1>年1月X日印发` ruled above
    and below (paragraph borders).  Applies where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title, unit, year = f
    d = _crc(text) % 20 + 5
    u = unit if unit != "本单位" else ""
    paras = [_p(_r("附件", "top"))] + _paras(items) + [_p(""), _p("")]
    paras.append(_border_p(_r(f"抄送：{u}人大常委会办公室，{u}政协办公室。"), "top"))
    paras.append(f'<w:p {WX}><w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="1" w:color="000000"/>'
                 f'<w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/></w:pBdr></w:pPr>'
                 f'{_r(u + "人民政府办公室" + chr(0x3000) * 6 + f"{year + 1}年1月{d}日印发")}</w:p>')
    return _payload(_docx_bytes(_build(paras)), ".docx", _seen(items))


def docx_cover_page_blank_page(text):
    """Word: a cover page (the title in 小标宋 22 pt centred lower on the page, the unit and the date
    `二〇<yy>年一月` centred below), a page break, an EMPTY page (a page break alone), then the report as
    usual, its title repeated at the top of the first text page.  Applies where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title, unit, year = f
    br = f'<w:p {WX}><w:r><w:br w:type="page"/></w:r></w:p>'
    sp = '<w:pPr><w:spacing w:before="{b}"/><w:jc w:val="center"/></w:pPr>'
    cover = [f'<w:p {WX}>{sp.format(b=3600)}{_r(title, "title")}</w:p>',
             f'<w:p {WX}>{sp.format(b=2400)}{_r(unit if unit != "本单位" else "", "top")}</w:p>',
             f'<w:p {WX}>{sp.format(b=240)}{_r(_cn_year(year + 1) + "年一月", "top")}</w:p>', br, _p(""), br]
    return _payload(_docx_bytes(_build(cover + _paras(items))), ".docx", _seen(items))


def docx_title_first_page_header_only(text):
    """Word: the title is NOT a body paragraph: it is typed into the first page's header (页眉,
    `titlePg`, centred, 小标宋 18 pt, with a bottom rule), later pages' headers empty; the body begins
    with whatever followed the title.  Applies where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title = f[0]
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    def hdr(d):
        sec = d.sections[0]
        sec.different_first_page_header_footer = True
        hp = sec.first_page_header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = hp.add_run(title)
        run.font.size = Pt(18)
        run.font.name = "方正小标宋简体"
        from docx.oxml import parse_xml
        ppr = hp._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:pBdr {WX}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'))

    body = [(k, ind, s) for k, ind, s in items if k != "title"]
    return _payload(_docx_bytes(_build(_paras(body), before_body=hdr)), ".docx", _seen(items))


# ================================================================ HTML
def _html(title_tag, body):
    return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{_x(title_tag)}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n")


def _article_ps(items, skip_title=True):
    out = []
    for k, ind, s in items:
        if k == "blank" or (skip_title and k == "title"):
            continue
        if k in ("top", "sub"):
            out.append(f"<p><b>{_x(s)}</b></p>")
        else:
            out.append(f'<p style="text-indent:2em">{_x(s)}</p>')
    return "\n".join(out)


def html_xxgk_field_table_above(text):
    """A 政府信息公开 detail page: above the article a bordered `<table>` of the file's fields in
    `<tr><td class="tit">索引号：</td><td>…</td><td class="tit">信息分类：</td><td>…</td></tr>` rows --
    索引号, 信息分类 (法治政府建设), 发布机构 (the unit), 成文日期, 文号 (无), 发布日期, 名称 (the title),
    主题词; then the title as an <h1> and the article's paragraphs.  `<title>` is the title + `_<unit>`.
    Applies where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title, unit, year = f
    c = _crc(text)
    idx = f"{11000000 + c % 8999999}/{year + 1}-{c % 900 + 100:05d}"
    d1, d2 = f"{year + 1}-01-{c % 20 + 5:02d}", f"{year + 1}-02-{c % 20 + 5:02d}"
    rows = [("索引号：", idx, "信息分类：", "法治政府建设"), ("发布机构：", unit, "成文日期：", d1),
            ("文号：", "无", "发布日期：", d2)]
    tr = "\n".join(f'<tr><td class="tit">{a}</td><td>{_x(b)}</td><td class="tit">{c_}</td><td>{_x(d)}</td></tr>'
                   for a, b, c_, d in rows)
    tr += f'\n<tr><td class="tit">名　称：</td><td colspan="3">{_x(title)}</td></tr>'
    tr += '\n<tr><td class="tit">主题词：</td><td colspan="3">法治政府 年度报告</td></tr>'
    body = (f'<div class="xxgk-detail">\n<table class="xxgk-table" border="1" cellspacing="0" width="100%">\n{tr}\n</table>\n'
            f'<div class="article">\n<h1 style="text-align:center">{_x(title)}</h1>\n{_article_ps(items)}\n</div>\n</div>')
    return _payload(_html(f"{title}_{unit}", body).encode("utf-8"), ".html", _seen(items))


def html_title_img_alt(text):
    """A site page whose title is an image (a rendered title banner): `<p align="center"><img
    src="…/title.png" alt="<title>" width="600"></p>`, not typed anywhere in the page's text;
    `<title>` the site's generic `详细信息`; headings `<b>`, body `<p>`.  Applies where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title = f[0]
    img = (f'<p align="center"><img src="/images/{_crc(title) % 99999}/title.png" alt="{_x(title)}" '
           f'width="600" height="48"></p>')
    body = f'<div id="zoom">\n{img}\n{_article_ps(items)}\n</div>'
    return _payload(_html("详细信息", body).encode("utf-8"), ".html", _seen(items))


def html_print_preview_copy_below(text):
    """A page that holds the article twice: the article as shown, then below it a print-preview copy
    (`<div id="printPreview"><p>打印预览</p>` + the same title and paragraphs), visible, as a CMS's
    打印 script leaves it when saved with the page.  The reader's text is counted once.  Applies
    where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title = f[0]
    art = f'<h2 style="text-align:center">{_x(title)}</h2>\n{_article_ps(items)}'
    body = (f'<div id="zoom">\n{art}\n</div>\n<hr>\n<div id="printPreview">\n<p class="pv">打印预览</p>\n'
            f'{art}\n</div>')
    return _payload(_html(title, body).encode("utf-8"), ".html", _seen(items))


# ================================================================ PDF
def _pdf_article(pdf, items):
    """The article: title bold 18 pt centred, tops bold 14 pt, subs bold 12 pt, body 12 pt with a
    two-character first-line indent; lines broken between any two characters (fpdf2's CHAR wrap, as
    Chinese typesetting does), not only at spaces."""
    for k, ind, s in items:
        if k == "blank":
            continue
        if k == "title":
            pdf.set_font("serif", "B", 18)
            pdf.multi_cell(0, 10, s, align="C", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")
            pdf.ln(3)
            continue
        pdf.set_font("serif", "B" if k in ("top", "sub") else "", 14 if k == "top" else 12)
        if k == "body":
            pdf.set_x(pdf.l_margin + 8.5)
            pdf.write(6.6, s, wrapmode="CHAR")
            pdf.ln(6.6)
        else:
            pdf.multi_cell(0, 7, s, align="L", new_x="LMARGIN", new_y="NEXT", wrapmode="CHAR")


def pdf_firefox_print_pageof(text):
    """The report's page printed from Firefox (Chinese UI) with headers and footers on: top left the
    page's `<title>` (the title + `-<unit>门户网站`), top right the URL; bottom left `第 n 页，共 m 页`,
    bottom right the print date and time (`<year+1>/2/X 14:07`).  Applies where a title is found."""
    items = _struct(text)
    f = _facts(items)
    if not f:
        return None
    title, unit, year = f
    c = _crc(text)
    url = f"https://www.example.gov.cn/art/{year + 1}/2/{c % 20 + 5}/art_{c % 9000 + 1000}_{c % 900000 + 100000}.html"
    stamp = f"{year + 1}/2/{c % 20 + 6} 14:{c % 50 + 10:02d}"
    ptitle = f"{title}-{unit}门户网站"

    def header(p):
        p.set_font("serif", "", 7)
        p.set_xy(8, 5)
        p.cell(110, 4, ptitle[:48])
        p.set_xy(120, 5)
        p.cell(82, 4, url[:70], align="R")
        p.set_y(p.t_margin)

    def footer(p):
        p.set_font("serif", "", 7)
        p.set_xy(8, -9)
        p.cell(80, 4, f"第 {p.page_no()} 页，共 {{nb}} 页")
        p.set_xy(-60, -9)
        p.cell(52, 4, stamp, align="R")

    pdf = _pdf_base(header, footer)
    pdf.alias_nb_pages()
    pdf.add_page()
    _pdf_article(pdf, items)
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


def pdf_toc_page_before_report(text):
    """A PDF whose first page is a 目录: `目　录` centred, then every heading (tops flush, subs indented
    two characters) with its page number right-aligned after a dotted leader drawn as a row of `·` (a long heading
    wraps, the leader on its last line);
    the report begins on page 2 with its title.  The page numbers are estimated from the text's length
    (900 characters a page), as a writer's Word would have put them.  Applies where two headings."""
    items = _struct(text)
    heads = []
    chars = 0
    for k, ind, s in items:
        if k in ("top", "sub"):
            heads.append((k, s, 2 + chars // 900))
        chars += len(s)
    if len(heads) < 2:
        return None
    pdf = _pdf_base()
    pdf.add_page()
    pdf.set_font("serif", "B", 18)
    pdf.cell(0, 14, "目\u3000录", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for k, s, pg in heads:
        pdf.set_font("serif", "", 11)
        ind = 0 if k == "top" else 8
        w = pdf.epw - ind - 10
        rest = s
        while pdf.get_string_width(rest) > w - 12:  # a long heading wraps; leaders on its last line
            n = len(rest)
            while pdf.get_string_width(rest[:n]) > w:
                n -= 1
            pdf.set_x(pdf.l_margin + ind)
            pdf.cell(w, 7, rest[:n], new_x="LMARGIN", new_y="NEXT")
            rest = rest[n:]
        s2 = rest
        room = w - pdf.get_string_width(s2)
        dots = "·" * max(2, int(room / max(pdf.get_string_width("·"), 0.1)) - 1)
        pdf.set_x(pdf.l_margin + ind)
        pdf.cell(w, 7, s2 + dots)
        pdf.cell(10, 7, str(pg), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    _pdf_article(pdf, items)
    return _payload(bytes(pdf.output()), ".pdf", _seen(items))


# ================================================================ set criterion helpers
_CIRC_ANY = re.compile("[" + CIRC + "]")


def heading_norm(h):
    """Circled footnote marks dropped wherever they are, then set ag's heading_norm (NFKC, t2s, a
    leading circled number / tab dropped, trailing leaders + page number dropped, ab's norm: a 第N部分
    label and one typed number dropped, letters and digits only -- so spaces and the width of a
    punctuation mark do not count)."""
    return _ag_heading_norm(_CIRC_ANY.sub("", h or ""))


# Furniture this set adds around the report; a reported heading that newly contains one of these
# took it from the surroundings.  None is a heading number: the writer's own numbering (一、（一）1.
# ①) is not listed beyond set ag's circled numbers, and a count is only a leak when NEW against the
# plain original's heading (measure.compare), so a writer's own ① or 附件 does not count.
EXTRA_LEAK = (_AG_LEAK + r"|签发人|〔\d{4}〕|[县市区]委、[县市区]政府|抄送|印发|索引号|信息分类|发布机构|成文日期|"
              r"附件[：:]?|注：|统计时间截至|本段数据来源|https?:|门户网站|第 \d+ 页，共|\d{1,2}:\d{2}$|"
              r"alt=|<img|title\.png|打印预览|printPreview|·{3}|xxgk")

ALL_KINDS = {
    "txt_fawen_qianfaren_zhusong_head": txt_fawen_qianfaren_zhusong_head,
    "txt_fujian_numbered_list_tail": txt_fujian_numbered_list_tail,
    "txt_ocr_inword_spaces_mixed_width": txt_ocr_inword_spaces_mixed_width,
    "txt_circled_notes_end": txt_circled_notes_end,
    "docx_fujian_page_banji_rules": docx_fujian_page_banji_rules,
    "docx_cover_page_blank_page": docx_cover_page_blank_page,
    "docx_title_first_page_header_only": docx_title_first_page_header_only,
    "html_xxgk_field_table_above": html_xxgk_field_table_above,
    "html_title_img_alt": html_title_img_alt,
    "html_print_preview_copy_below": html_print_preview_copy_below,
    "pdf_firefox_print_pageof": pdf_firefox_print_pageof,
    "pdf_toc_page_before_report": pdf_toc_page_before_report,
}
