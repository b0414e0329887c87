#!/usr/bin/env python3
"""Kind set q: does fzscore ever refuse a real annual 法治政府建设 report when it comes as a real FILE (a Windows
text file, a Word file, a PDF, a saved web page in GBK, a single-file .mht, a copy-protected page with invisible
characters)?  Six new real-report kinds (must stay reports, with title, issuer, level and report_year as labelled) and
three new look-alikes (must be refused or flagged).  First sight: written without reading fzscore's code, rubrics or
data.  Set p's module (and through it o's, l's, m's, n's helpers) is imported unchanged.

Every edit is generated in code from the labelled documents; a case is (bytes, file extension).

    python3 kind_edits_q.py --list                 # the cases of the stored split's seed
    python3 kind_edits_q.py --show KIND DOC OUTDIR # write one edited file to OUTDIR (DOC = the name after @)
"""
from __future__ import annotations

import datetime
import io
import os
import quopri
import random
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "kind-p"))
import kind_edits_p as P  # noqa: E402

O = P.O
load_docs, core, rng_for, person = P.load_docs, P.core, P.rng_for, P.person
own_sents, _ok, _report_part, sig_name, _third = P.own_sents, P._ok, P._report_part, P.sig_name, P._third
_date, _exp, _is_heading = P._date, P._exp, P._is_heading

FONT_DIR = "/usr/share/fonts/opentype/noto/"
FIXED = datetime.datetime(2024, 3, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)


def _parts(d):
    """(title lines, body lines) of the page: lines above the title dropped, empty lines dropped, each stripped."""
    above, title, rest = _report_part(d)
    return [t.strip() for t in title if t.strip()], [l.strip() for l in rest if l.strip()]


def _site(d):
    return f"{sig_name(d)}门户网站" if d["level"] != "department" else f"{sig_name(d)}网站"


def _pub(d):
    y, m, dd = _date(d, "pub")
    return y, m, dd


def _rezip(data):
    """Rewrite a zip (a .docx) with fixed member times so that the same edit builds the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ================================================================ keep
def k_keep_gbk_crlf(d):
    """A text file saved by Windows Notepad in ANSI on a Chinese system: GB18030 bytes (no BOM), CRLF line ends,
    paragraphs indented with a tab instead of 　　, the title lines kept, lines above the title dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    lines = title + [""] + ["\t" + l for l in body]
    text = "\r\n".join(lines) + "\r\n"
    try:
        data = text.encode("gb18030")
    except UnicodeEncodeError:
        return None
    return data, "txt", _exp(d)


INVIS = ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"]


def k_keep_invisible_chars(d):
    """A page copied from a copy-protected site: invisible characters (zero-width space / non-joiner / joiner, word
    joiner, soft hyphen, a stray U+FEFF) inserted after about one character in twelve of the body and one in four of
    the title, and NBSP (U+00A0) instead of the 　　 indent; UTF-8 with a BOM; lines above the title dropped."""
    if not _ok(d) or not d["titles"]:
        return None
    title, body = _parts(d)
    r = rng_for(d, "invis")

    def sprinkle(s, p):
        return "".join(ch + (r.choice(INVIS) if r.random() < p else "") for ch in s)

    lines = [sprinkle(t, 0.25) for t in title] + [""] + ["\u00a0\u00a0\u00a0\u00a0" + sprinkle(l, 1 / 12) for l in body]
    return ("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"), "txt", _exp(d)


def k_keep_docx_file(d):
    """The report as a Word file as units send it: the title lines as centred bold 22-point paragraphs (方正小标宋
    named as the font), body paragraphs with a 2-character first-line indent (仿宋_GB2312, 16 pt), the unit's name and
    `法治政府建设情况报告` in the page header, `第 N 页` text in the footer, and the file's core properties left from a
    template (title `附件1`, author `Administrator`)."""
    if not _ok(d) or not d["titles"]:
        return None
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    title, body = _parts(d)
    doc = docx.Document()
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f"{sig_name(d)}　法治政府建设情况报告"
    sec.footer.paragraphs[0].text = "第 1 页"
    for t in title:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(t)
        run.bold = True
        run.font.size = Pt(22)
        run.font.name = "方正小标宋简体"
    doc.add_paragraph("")
    for l in body:
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(32)
        run = p.add_run(l)
        run.font.size = Pt(16)
        run.font.name = "仿宋_GB2312"
    cp = doc.core_properties
    cp.title, cp.author, cp.last_modified_by = "附件1", "Administrator", "Administrator"
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    buf = io.BytesIO()
    doc.save(buf)
    return _rezip(buf.getvalue()), "docx", _exp(d)


def k_keep_pdf_file(d):
    """The report as a PDF printed from Word: A4, the title lines centred in 18-point bold, the body in 12-point text
    wrapped to the page width (fpdf2 multi_cell, so lines end mid-sentence), a `— N —` page number at each page's foot,
    and the PDF's document title left as `Microsoft Word - 附件1.docx`."""
    if not _ok(d) or not d["titles"]:
        return None
    from fpdf import FPDF
    title, body = _parts(d)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Microsoft Word - 附件1.docx")
    pdf.set_author("Administrator")
    pdf.add_font("serif", "", FONT_DIR + "NotoSerifCJK-Regular.ttc", collection_font_number=2)
    pdf.add_font("serif", "B", FONT_DIR + "NotoSerifCJK-Bold.ttc", collection_font_number=2)
    pdf.set_auto_page_break(True, margin=25)

    def footer():
        pdf.set_y(-18)
        pdf.set_font("serif", "", 10)
        pdf.cell(0, 8, f"— {pdf.page_no()} —", align="C")

    pdf.footer = footer
    pdf.add_page()
    pdf.set_margins(25, 25, 25)
    pdf.set_xy(25, 30)
    pdf.set_font("serif", "B", 18)
    for t in title:
        pdf.multi_cell(0, 10, t, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("serif", "", 12)
    for l in body:
        pdf.multi_cell(0, 8, "　　" + l, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output()), "pdf", _exp(d)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _page(d, charset, art_html, page_title, h1=True):
    """A government site's article page around `art_html`."""
    site = _site(d)
    y, m, dd = _pub(d)
    r = rng_for(d, "page")
    nav = ["首页", "走进" + core(d), "政务公开", "政务服务", "互动交流", "法治政府建设"]
    t = [f'<!DOCTYPE html>', f'<html lang="zh-CN"><head>',
         f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
         f'<title>{_esc(page_title)}_{_esc(site)}</title>',
         f'<meta name="ArticleTitle" content="{_esc(page_title)}">' if h1 else "",
         f'<meta name="PubDate" content="{y}-{m:02d}-{dd:02d} {r.randint(8, 17):02d}:{r.randint(0, 59):02d}">' if h1 else "",
         f'<meta name="ContentSource" content="{_esc(sig_name(d))}">' if h1 else "",
         '<link rel="stylesheet" href="/css/common.css"></head><body>',
         '<div class="top"><a href="/">无障碍</a> | <a href="/">长者模式</a> | <a href="/">English</a></div>',
         f'<div class="logo">{_esc(site)}</div>',
         '<div class="nav"><ul>' + "".join(f'<li><a href="/col{i}/">{n}</a></li>' for i, n in enumerate(nav)) + "</ul></div>",
         art_html,
         '<div class="foot"><p><a href="/">网站地图</a> | <a href="/">联系我们</a> | <a href="/">隐私声明</a></p>',
         f'<p>主办：{_esc(sig_name(d))}　承办：{_esc(core(d))}大数据中心</p>',
         f'<p>网站标识码：{r.randint(1000000000, 9999999999)}　ICP备{r.randint(10000000, 99999999)}号-1　'
         f'公安机关备案号：{r.randint(10**13, 10**14 - 1)}</p></div>', '</body></html>']
    return "\n".join(x for x in t if x) + "\n"


def _article(d):
    title, body = _parts(d)
    y, m, dd = _pub(d)
    r = rng_for(d, "art")
    t = ['<div class="main">',
         '<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
         '<a href="/fzzf/">法治政府建设</a> &gt; 正文</div>',
         '<div class="article"><h1>' + "<br>".join(_esc(x) for x in title) + "</h1>",
         f'<div class="info">发布时间：{y}-{m:02d}-{dd:02d}　来源：{_esc(sig_name(d))}　浏览次数：{r.randint(50, 3000)}'
         '　字体：[<a>大</a> <a>中</a> <a>小</a>]</div>',
         '<div class="TRS_Editor">']
    t += ['<p style="text-indent:2em;">' + _esc(l) + "</p>" for l in body]
    t += ["</div>", '<div class="share">分享到：<a>微信</a> <a>微博</a>　<a href="javascript:window.print()">【打印本页】</a>'
          '　<a href="javascript:window.close()">【关闭窗口】</a></div>',
          '<div class="related"><h3>相关链接</h3><ul><li><a href="/">' + _esc(core(d)) + "政务服务网</a></li></ul></div>",
          "</div></div>"]
    return "\n".join(t), "".join(title)


def k_keep_html_gbk(d):
    """The report's web page saved as an .html file from a site that serves GBK: `<meta … charset=gbk>`, the site's
    top bar, logo, menu (with a `法治政府建设` item), breadcrumb, the title as `<h1>` (title lines joined by `<br>`),
    `发布时间 / 来源 / 浏览次数 / 字体` line, the body as `<p>`s, share / print / close links, related links and the
    footer (主办, 网站标识码, ICP); `<title>` is `{title}_{site}`.  Encoded GB18030."""
    if not _ok(d) or not d["titles"]:
        return None
    art, tt = _article(d)
    html = _page(d, "gbk", art, tt)
    try:
        data = html.encode("gb18030")
    except UnicodeEncodeError:
        return None
    return data, "html", _exp(d)


def k_keep_mht_page(d):
    """The same kind of page saved by a browser as a single file (.mht): a MIME multipart/related message
    (`Snapshot-Content-Location`, `Subject:` the page title) whose text/html part is UTF-8 in quoted-printable, plus a
    CSS part; the page as in keep_html_gbk but with `charset=utf-8`."""
    if not _ok(d) or not d["titles"]:
        return None
    art, tt = _article(d)
    html = _page(d, "utf-8", art, tt)
    r = rng_for(d, "mht")
    y, m, dd = _pub(d)
    url = f"http://www.example.gov.cn/art/{y}/{m}/{dd}/art_{r.randint(1000, 9999)}_{r.randint(10**6, 10**7)}.html"
    b = f"----MultipartBoundary--{r.randint(10**9, 10**10)}----"
    qp = quopri.encodestring(html.encode("utf-8")).decode("ascii")
    from email.header import Header
    subj = Header(f"{tt}_{_site(d)}", "utf-8").encode()
    msg = ["From: <Saved by Blink>", f"Snapshot-Content-Location: {url}", f"Subject: {subj}",
           "Date: Fri, 1 Mar 2024 09:00:00 -0000", "MIME-Version: 1.0", "Content-Type: multipart/related;",
           '\ttype="text/html";', f'\tboundary="{b}"', "", "", f"--{b}", "Content-Type: text/html",
           "Content-ID: <frame-0@mhtml.blink>", "Content-Transfer-Encoding: quoted-printable",
           f"Content-Location: {url}", "", qp, f"--{b}", "Content-Type: text/css",
           "Content-Transfer-Encoding: quoted-printable", "Content-Location: http://www.example.gov.cn/css/common.css", "",
           "body{font-family:=E5=AE=8B=E4=BD=93;}", f"--{b}--", ""]
    return "\r\n".join(msg).encode("ascii"), "mht", _exp(d)


# ================================================================ look-alikes
def k_like_list_page(d):
    """The site's column page `法治政府建设` saved as .html: a list of twelve links with dates — the unit's annual
    reports of five years (the labelled title among them) and other 法治 items (工作要点, 实施方案, 普法 notices, 督察
    通报, 解读) — and a pager; no report text."""
    if not _ok(d) or not d["titles"]:
        return None
    u, c, y = sig_name(d), core(d), d["year"]
    r = rng_for(d, "list")
    items = [(f"{u}{yy}年法治政府建设情况报告", yy + 1) for yy in range(y - 4, y)]
    items.append(("".join(_parts(d)[0]), y + 1))
    items += [(f"{u}{y + 1}年法治政府建设工作要点", y + 1), (f"关于印发《{c}法治政府建设实施方案（2021—2025年）》的通知", 2021),
              (f"{c}开展“八五”普法中期评估工作", 2023), (f"{u}关于{y}年度法治政府建设督察反馈问题整改情况的通报", y + 1),
              (f"图解：{u}{y}年法治政府建设情况报告", y + 1), (f"{c}召开{y}年度法治政府建设工作推进会", y),
              (f"{u}党政主要负责人履行推进法治建设第一责任人职责情况", y + 1)]
    r.shuffle(items)
    items.sort(key=lambda it: -it[1])
    lis = "\n".join(f'<li><a href="/art/{yy}/{r.randint(1, 12)}/{r.randint(1, 28)}/art_{r.randint(1000, 9999)}.html" '
                    f'target="_blank">{_esc(t)}</a><span>{yy}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}</span></li>'
                    for t, yy in items)
    art = ('<div class="main"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
           '法治政府建设</div>\n<div class="column"><h2>法治政府建设</h2>\n<ul class="list">\n' + lis + "\n</ul>\n"
           '<div class="pager">共 3 页 24 条　首页 上一页 <b>1</b> <a>2</a> <a>3</a> 下一页 尾页</div></div></div>')
    return _page(d, "utf-8", art, "法治政府建设", h1=False).encode("utf-8"), "html"


def k_like_dead_link(d):
    """The report's address crawled after the page was taken down: the site's frame with the report's title still in
    `<title>` and the breadcrumb, and a notice `抱歉，您访问的页面不存在或已被删除！` with reasons and links home; no
    report text."""
    if not _ok(d) or not d["titles"]:
        return None
    tt = "".join(_parts(d)[0])
    art = ('<div class="main"><div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; '
           f'<a href="/fzzf/">法治政府建设</a> &gt; {_esc(tt)}</div>\n<div class="error">'
           '<p class="big">抱歉，您访问的页面不存在或已被删除！</p>\n'
           f'<p>您要查看的《{_esc(tt)}》信息已过公开期限或已调整栏目。</p>\n'
           '<p>可能的原因：</p><p>1. 输入的网址不正确；</p><p>2. 该信息已被删除或已过期；</p><p>3. 栏目已调整。</p>\n'
           '<p><a href="/">返回首页</a>　<a href="javascript:history.back()">返回上一页</a>　'
           '<a href="/search/">站内搜索</a></p><p>页面将在5秒后自动跳转到首页……</p></div></div>')
    return _page(d, "utf-8", art, tt, h1=False).encode("utf-8"), "html"


def k_like_bumen_juesuan(d):
    """A 部门决算公开说明 of the year: of the 司法局 for a county / city / province government's report (of the unit
    itself for a department or a township), in its usual four parts (部门概况 with 主要职能 naming 法治政府建设 and the
    year's main tasks in two of the report's sentences in the third person, the 决算表 list, the 决算情况说明 with
    generated figures whose rise is put down to 法治政府建设 and 普法 funds, 名词解释) — a budget text that talks about
    法治政府建设, not the annual report."""
    if not _ok(d):
        return None
    ss = [_third(s, d) for s in own_sents(d)][:4]
    if len(ss) < 2:
        return None
    y = d["year"]
    unit = f"{core(d)}司法局" if d["level"] in ("county", "city", "province") else sig_name(d)
    r = rng_for(d, "js")
    tot = round(r.uniform(300, 9000), 2)
    last = round(tot * r.uniform(0.8, 0.97), 2)
    up = round(tot - last, 2)
    pct = round(up / last * 100, 1)
    sg = round(r.uniform(1, 30), 2)
    t = [f"{unit}{y}年度部门决算公开说明", "", "目　录", "第一部分　部门概况", "第二部分　{}年度部门决算表".format(y),
         "第三部分　{}年度部门决算情况说明".format(y), "第四部分　名词解释", "", "第一部分　部门概况", "一、主要职能",
         (f"　　{unit}主要职责是：贯彻落实党中央关于全面依法治国的方针政策和决策部署，统筹推进法治政府建设，"
          "承担行政执法协调监督、行政复议应诉、普法依法治理、公共法律服务等工作。") if unit.endswith("司法局") else
         (f"　　{unit}主要职责是：贯彻执行党和国家的方针政策和法律法规，依法履行本单位职责，"
          "坚持依法行政，推进本单位法治政府建设各项任务落实，承担上级交办的其他事项。"),
         "二、部门决算单位构成", f"　　纳入{unit}{y}年度部门决算编制范围的单位共{r.randint(1, 4)}个，均为行政单位或参照公务员法管理的事业单位。",
         f"三、{y}年度主要工作任务及目标", "　　" + "".join(ss[:2]),
         f"第二部分　{y}年度部门决算表", "　　一、收入支出决算总表", "　　二、收入决算表", "　　三、支出决算表",
         "　　四、财政拨款收入支出决算总表", "　　五、一般公共预算财政拨款“三公”经费支出决算表", "　　（注：表格详见附件）",
         f"第三部分　{y}年度部门决算情况说明", "一、收入支出决算总体情况说明",
         f"　　{y}年度收、支总计{tot}万元。与{y - 1}年度相比，收、支总计各增加{up}万元，增长{pct}%。"
         "主要原因是法治政府建设示范创建和“八五”普法宣传经费增加。",
         "二、一般公共预算财政拨款“三公”经费支出决算情况说明",
         f"　　{y}年度“三公”经费支出{sg}万元，其中公务接待费{round(sg * 0.3, 2)}万元，公务用车运行维护费{round(sg * 0.7, 2)}万元。",
         "三、预算绩效情况说明", f"　　{y}年度本部门对法治宣传教育、法律援助等项目开展了绩效自评，自评结果均为“优”。",
         "第四部分　名词解释", "　　1.财政拨款收入：指本级财政当年拨付的资金。",
         "　　2.“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。"]
    return ("\n".join(t) + "\n").encode("utf-8"), "txt"


# ================================================================ registry
KEEP = {
    "keep_gbk_crlf": k_keep_gbk_crlf,
    "keep_invisible_chars": k_keep_invisible_chars,
    "keep_docx_file": k_keep_docx_file,
    "keep_pdf_file": k_keep_pdf_file,
    "keep_html_gbk": k_keep_html_gbk,
    "keep_mht_page": k_keep_mht_page,
}
LIKE = {
    "like_list_page": k_like_list_page,
    "like_dead_link": k_like_dead_link,
    "like_bumen_juesuan": k_like_bumen_juesuan,
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
    """Documents drawn per kind at random among all usable labelled reports (every one has served sets l–p: set p
    used the last 58 that l–o had not); each kind takes documents no earlier kind of q took first, a taken one only
    when no untaken one fits; one complete dev report first where the kind accepts one."""
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
    sp = os.environ.get("KIND_Q_SPLIT") or os.path.join(HERE, "split-q.json")
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
