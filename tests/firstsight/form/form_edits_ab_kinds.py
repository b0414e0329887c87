"""Form-only edits, twenty-eighth set (ab): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: how headings are marked.  A reader reads a heading the same however it is set: set off only
by colour, by underline, by a stylesheet class, by a shaded RTF paragraph (numbers gone); numbered by
the format (Word list in taiwaneseCounting with per-part sub lists, nested HTML <ol> with CSS
markers, RTF `\\pn` paragraph numbering); a part as an HTML table with a one-cell heading row;
decorated (【一、X】 / ■（一）X), a part label and its heading on two lines, a heading broken by <br>;
sub-headings run into their paragraph in a PDF after an ideographic space; and two kinds of web
chrome not tried before (a blog-theme article with tags and a comment form, an app's H5 share page).

An edit returns a `Payload` (set o's), or None where it does not apply.  Edits find what they change
from the text's own structure (set t's `_kinds`), never from a named document or line.  Which kinds
are tuning and which held is decided by split_ab.py (random, fixed seed).
"""
from __future__ import annotations

import re

from form_edits import headings
from form_edits_o_kinds import RTF_HEAD, _docx_bytes, _indent_split, _lines, _numbering_consistent, _payload, _rtf_u
from form_edits_t_kinds import W_NS, WX, _build, _p, _r, _rpr, _x, _pdf_base
from form_edits_t_kinds import heading_norm as _t_heading_norm
from form_edits_y_kinds import words_kept  # noqa: F401
from form_edits_aa_kinds import EXTRA_LEAK as _AA_LEAK
from form_edits_aa_kinds import _cn_int, _sig, _struct, _seen, _txt_payload, _TOPNUM, _SUBNUM

_NUM = re.compile(r"^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])[ \t\u3000]*")


def _unnum(s, k):
    return _NUM.sub("", s) if k in ("top", "sub") else s


def _has(items, *ks):
    return any(k in ks for k, _, _ in items)


def _num_parts(s, k):
    """(number value, rest) of a typed heading number, or (None, s)."""
    m = _TOPNUM.match(s) if k == "top" else _SUBNUM.match(s) if k == "sub" else None
    if not m:
        return None, s
    v = _cn_int(m.group(1) if k == "top" else m.group(2))
    return v, s[m.end():].lstrip(" \t\u3000")


def _consistent(text) -> bool:
    lines = _lines(text)
    hs = headings(lines, (0, 1))
    return bool(hs) and _numbering_consistent(lines, hs)


# ================================================================ Word: emphasis only, numbers gone
def _docx_emph(text, rpr_top, rpr_sub):
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None
    paras, seen = [], []
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
            continue
        if k in ("top", "sub"):
            u = _unnum(s, k)
            rp = rpr_top if k == "top" else rpr_sub
            paras.append(_p(f'<w:r><w:rPr>{rp}</w:rPr><w:t xml:space="preserve">{_x(u)}</w:t></w:r>', "body", ind))
            seen.append(u)
        else:
            paras.append(_p(_r(s, k), k, ind))
            seen.append(s)
    return _payload(_docx_bytes(_build(paras)), ".docx", "\n".join(seen))


def docx_colour_unnumbered(text):
    """Headings set off only by colour, as a template's 标题 colour survives a paste: top headings dark
    red (`w:color` C00000), sub-headings dark blue (1F4E79); no bold, no size, no style, no heading
    font, and their numbers gone (the automatic numbering was lost)."""
    return _docx_emph(text, '<w:color w:val="C00000"/>', '<w:color w:val="1F4E79"/>')


def docx_underline_unnumbered(text):
    """Headings set off only by underline: top headings double-underlined (`w:u` double), sub-headings
    single-underlined; no bold, no size, no style, no heading font; their numbers gone."""
    return _docx_emph(text, '<w:u w:val="double"/>', '<w:u w:val="single"/>')


# ================================================================ Word: numbers drawn by a list
_TW_ABS = (
    f'<w:abstractNum {WX} w:abstractNumId="61"><w:nsid w:val="3C5D7E01"/><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="taiwaneseCounting"/><w:suff w:val="nothing"/>'
    '<w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>')
_TW_SUB = (
    f'<w:abstractNum {WX} w:abstractNumId="62"><w:nsid w:val="3C5D7E02"/><w:multiLevelType w:val="singleLevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="taiwaneseCounting"/><w:suff w:val="nothing"/>'
    '<w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>')


def docx_taiwanese_list(text):
    """Headings numbered by two single-level Word lists in `taiwaneseCounting` (一、二、… 十一), the
    typed numbers removed: the tops one list `%1、`; the sub-headings of each part a list instance of
    their own (`w:num` with `w:lvlOverride`/`w:startOverride` 1) `（%1）`, as Word makes when 重新开始编号
    is chosen in each part.  Applies where the typed numbers run in order."""
    from docx.oxml import parse_xml
    if not _consistent(text):
        return None
    items = _struct(text)
    paras, seen, part = [], [], 0
    for k, ind, s in items:
        if k == "blank":
            paras.append(_p(""))
            continue
        v, rest = _num_parts(s, k)
        if k in ("top", "sub") and v:
            if k == "top":
                part += 1
            nid = 61 if k == "top" else 100 + part
            paras.append(_p(_r(rest, k), k, False, f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>'))
        else:
            paras.append(_p(_r(s, k), k, ind))
        seen.append(s)

    def numbering(d):
        numb = d.part.numbering_part.element
        first = numb.find("{%s}num" % W_NS)
        for a in (_TW_ABS, _TW_SUB):
            el = parse_xml(a)
            if first is not None:
                first.addprevious(el)
            else:
                numb.append(el)
        numb.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="61"><w:abstractNumId w:val="61"/></w:num>'))
        for j in range(1, part + 1):
            numb.append(parse_xml(f'<w:num xmlns:w="{W_NS}" w:numId="{100 + j}"><w:abstractNumId w:val="62"/>'
                                  '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'))
    return _payload(_docx_bytes(_build(paras, before_body=numbering)), ".docx", "\n".join(seen))


# ================================================================ RTF
def rtf_pn_numbering(text):
    """RTF whose heading numbers are Word 6/95-style paragraph numbering: each heading paragraph
    carries `{\\*\\pn\\pnlvlbody\\pndbnum\\pnstart N …{\\pntxta 、}}` (sub-headings `{\\pntxtb （}{\\pntxta ）}`, the brackets as typed)
    and, as Word writes for readers that do not number, the result `{\\pntext 一、}`; the heading text
    without its typed number.  Body `\\fi640`, title centred."""
    items = _struct(text)
    out, seen, n = [RTF_HEAD + "\n"], [], 0
    for k, ind, s in items:
        if k == "blank":
            continue
        seen.append(s)
        v, rest = _num_parts(s, k)
        if k in ("top", "sub") and v:
            n += 1
            num = s[: len(s) - len(s[len(s) - len(rest):])] if rest else s
            num = num.rstrip(" \t\u3000")
            if k == "top":
                pn = r"{\*\pn\pnlvlbody\pnf1\pndbnum\pnstart" + str(v) + r"\pnindent0{\pntxta " + _rtf_u("、") + "}}"
                pre = r"\pard\fi640\sb120\f1\fs32 "
            else:
                pn = (r"{\*\pn\pnlvlbody\pnf0\pndbnum\pnstart" + str(v) + r"\pnindent0{\pntxtb " + _rtf_u(num[0])
                      + r"}{\pntxta " + _rtf_u(num[-1]) + "}}")
                pre = r"\pard\fi640\f0\b\fs30 "
            out.append(r"{\pntext " + _rtf_u(num) + "}" + pn + pre + _rtf_u(rest) + (r"\b0" if k == "sub" else "") + "\\par\n")
        elif k == "title":
            out.append(r"\pard\qc\sa240\f1\fs44 " + _rtf_u(s) + "\\par\n")
        else:
            out.append(r"\pard\fi640\f0\b0\fs28 " + _rtf_u(s) + "\\par\n")
    if not n:
        return None
    out.append("}\n")
    return _payload("".join(out).encode("ascii"), ".rtf", "\n".join(seen))


def rtf_shaded_unnumbered(text):
    """RTF whose headings are set off only by paragraph shading (`\\shading` with a grey `\\cbpat`
    background, darker for the tops), same font, size and weight as the body, their numbers gone."""
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None
    head = RTF_HEAD.replace(r"\viewkind4", r"{\colortbl;\red0\green0\blue0;\red217\green217\blue217;\red242\green242\blue242;}\viewkind4")
    out, seen = [head + "\n"], []
    for k, ind, s in items:
        if k == "blank":
            continue
        if k in ("top", "sub"):
            u = _unnum(s, k)
            sh = r"\shading10000\cfpat1\cbpat2" if k == "top" else r"\shading10000\cfpat1\cbpat3"
            out.append(r"\pard" + sh + r"\fi640\f0\fs28 " + _rtf_u(u) + "\\par\n")
            seen.append(u)
        elif k == "title":
            out.append(r"\pard\qc\sa240\f0\fs28 " + _rtf_u(s) + "\\par\n")
            seen.append(s)
        else:
            out.append(r"\pard\fi640\f0\fs28 " + _rtf_u(s) + "\\par\n")
            seen.append(s)
    out.append("}\n")
    return _payload("".join(out).encode("ascii"), ".rtf", "\n".join(seen))


# ================================================================ HTML
def _page(body, head="", lang="zh-CN"):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n' + head
            + '</head>\n<body>\n' + body + '\n</body>\n</html>\n')


def html_css_class_unnumbered(text):
    """A page whose headings are `<p class="bt1">` / `<p class="bt2">`, set off only by the page's
    stylesheet (bigger, 黑体 / 楷体, dark red) -- the markup names no heading -- and their numbers
    gone; body `<p class="zw">`."""
    items = _struct(text)
    if not _has(items, "top", "sub"):
        return None
    css = ('<style>\n.zw{font-family:仿宋_GB2312;font-size:16pt;text-indent:2em;margin:0}\n'
           '.bt0{font-family:方正小标宋简体;font-size:22pt;text-align:center}\n'
           '.bt1{font-family:黑体;font-size:18pt;color:#a00000;margin:12pt 0 0}\n'
           '.bt2{font-family:楷体_GB2312;font-size:17pt;color:#a00000;margin:6pt 0 0}\n</style>\n')
    out, seen = [], []
    for k, ind, s in items:
        if k == "blank":
            continue
        u = _unnum(s, k)
        cls = {"title": "bt0", "top": "bt1", "sub": "bt2"}.get(k, "zw")
        out.append(f'<p class="{cls}">{_x(u)}</p>')
        seen.append(u)
    return _payload(_page('<div class="content">\n' + "\n".join(out) + "\n</div>", css).encode("utf-8"), ".html",
                    "\n".join(seen))


def html_ol_nested_parts(text):
    """The report as an editor's nested list: one `<ol class="parts">` whose `<li>`s are the parts (the
    top heading a `<p class="h1">`, its paragraphs after it inside the same `<li>`), each part's
    sub-headings an inner `<ol class="subs">` whose `<li>` holds the sub-heading and its paragraphs.
    The typed numbers are removed; the stylesheet draws them (`li::marker` with
    `counter(list-item, simp-chinese-informal) "、"`, the inner list `::before` "（" counter "）").
    Title and opening before the list, the signature block after it.  Applies where the typed
    numbers run in order."""
    if not _consistent(text):
        return None
    items = _struct(text)
    sig = set(_sig(items))
    css = ('<style>\nol.parts{padding-left:2em}\n'
           'ol.parts>li::marker{content:counter(list-item, simp-chinese-informal) "、";font-family:黑体}\n'
           'ol.subs{list-style:none;counter-reset:sub;padding-left:0}\nol.subs>li{counter-increment:sub}\n'
           'ol.subs>li>p.h2::before{content:"（" counter(sub, simp-chinese-informal) "）"}\n'
           'p{text-indent:2em;margin:0}\np.h1,p.h2{text-indent:0}\n</style>\n')
    out, in_part, in_sub = [], False, False
    tail = []
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            continue
        if i in sig:
            tail.append(f'<p style="text-align:right">{_x(s.strip())}</p>')
            continue
        v, rest = _num_parts(s, k)
        if k == "top" and v:
            if in_sub:
                out.append("</li></ol>")
                in_sub = False
            out.append("</li>" if in_part else '<ol class="parts">')
            out.append(f'<li><p class="h1">{_x(rest)}</p>')
            in_part = True
        elif k == "sub" and v and in_part:
            out.append("</li>" if in_sub else '<ol class="subs">')
            out.append(f'<li><p class="h2">{_x(rest)}</p>')
            in_sub = True
        elif k == "title":
            out.append(f'<h1 style="text-align:center">{_x(s)}</h1>')
        else:
            out.append(f"<p>{_x(s)}</p>")
    if in_sub:
        out.append("</li></ol>")
    if in_part:
        out.append("</li></ol>")
    return _payload(_page("\n".join(out + tail), css).encode("utf-8"), ".html", _seen(items))


def html_part_tables(text):
    """Each part in a table of its own, as reports pasted from a form-like template are: a one-cell
    heading row (`<th>` holding the top heading, shaded) over one cell with the part's paragraphs and
    sub-headings as `<p>`s.  Title and opening before the first table, signature after the last."""
    items = _struct(text)
    tops = [i for i, it in enumerate(items) if it[0] == "top"]
    if len(tops) < 2:
        return None
    sig = set(_sig(items))
    out, tail, open_ = [], [], False
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            continue
        if i in sig:
            tail.append(f'<p align="right">{_x(s.strip())}</p>')
            continue
        if k == "top":
            if open_:
                out.append("</td></tr></table>")
            out.append('<table class="part" border="1" cellspacing="0" cellpadding="6" width="100%">'
                       f'<tr><th style="background:#e8e8e8;text-align:left">{_x(s)}</th></tr><tr><td>')
            open_ = True
        elif k == "title":
            out.append(f'<h1 align="center">{_x(s)}</h1>')
        elif k == "sub":
            out.append(f"<p><b>{_x(s)}</b></p>")
        else:
            out.append(f"<p>{_x(s)}</p>")
    if open_:
        out.append("</td></tr></table>")
    return _payload(_page("\n".join(out + tail)).encode("utf-8"), ".html", _seen(items))


def _split_mid(s):
    """Where to break a heading over two lines: after a comma/、 in its middle third, else the middle
    (never inside the number)."""
    v = _NUM.match(s)
    lo = max(len(s) // 3, v.end() + 2 if v else 2)
    hi = 2 * len(s) // 3
    for j in range(lo, hi + 1):
        if s[j - 1] in "，、；,;":
            return j
    return max(len(s) // 2, lo)


def html_h_br_split(text):
    """Headings broken over two lines inside their element (`<h2>一、前半<br>后半</h2>`, `<h3>` for
    sub-headings), as an editor balances a long heading: every heading of 12 characters or more, after
    a comma in its middle third, else at its middle.  Title `<h1>`, paragraphs `<p>`."""
    items = _struct(text)
    out, n = [], 0
    for k, ind, s in items:
        if k == "blank":
            continue
        if k in ("top", "sub"):
            tag = "h2" if k == "top" else "h3"
            if len(s) >= 12:
                j = _split_mid(s)
                out.append(f"<{tag}>{_x(s[:j])}<br>{_x(s[j:])}</{tag}>")
                n += 1
            else:
                out.append(f"<{tag}>{_x(s)}</{tag}>")
        elif k == "title":
            out.append(f"<h1>{_x(s)}</h1>")
        else:
            out.append(f"<p>{_x(s)}</p>")
    if not n:
        return None
    return _payload(_page("\n".join(out)).encode("utf-8"), ".html", _seen(items))


def _article(items):
    return "\n".join(f"<h1 class=\"entry-title\">{_x(s)}</h1>" if k == "title" else f"<p>{_x(s)}</p>"
                     for k, _, s in items if k != "blank")


def html_blog_theme_comments(text):
    """The report on a site built on a blog theme (WordPress-like): a site header with a menu, the
    article in `<article class="post">` with an entry-meta line (发布时间 / 作者 管理员 / 阅读 N 次 / 分类),
    after it a tag list (标签：法治政府 依法行政 年度报告), a 上一篇 / 下一篇 post navigation with two
    generic titles, a 发表评论 form and a footer with a copyright line."""
    items = _struct(text)
    if not any(k == "title" for k, _, _ in items):
        return None
    date = next((items[j][2].strip() for j in _sig(items) if re.match(r"^\d{4}", items[j][2].strip())), "2025年1月10日")
    m = re.match(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$", date)
    iso = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else "2025-01-10"
    body = ('<header class="site-header"><div class="site-branding"><p class="site-title"><a href="/">政务信息网</a></p>'
            '</div><nav class="main-navigation"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li>'
            '<li><a href="/fzjs/">法治建设</a></li><li><a href="/hdjl/">互动交流</a></li></ul></nav></header>\n'
            '<main id="main" class="site-main">\n<article class="post type-post status-publish format-standard hentry">\n'
            '<header class="entry-header">\n' + _article([it for it in items if it[0] == "title"][:1]) + '\n'
            f'<div class="entry-meta"><span class="posted-on">发布时间：<time class="entry-date published" datetime="{iso}">{iso}</time></span> '
            '<span class="byline">作者：管理员</span> <span class="views">阅读 1,286 次</span> '
            '<span class="cat-links">分类：<a href="/category/fzjs/" rel="category tag">法治建设</a></span></div>\n</header>\n'
            '<div class="entry-content">\n' + _article([it for it in items if it[0] != "title"]) + '\n</div>\n'
            '<footer class="entry-footer"><span class="tags-links">标签：<a href="/tag/fzzf/" rel="tag">法治政府</a>、'
            '<a href="/tag/yfxz/" rel="tag">依法行政</a>、<a href="/tag/ndbg/" rel="tag">年度报告</a></span></footer>\n'
            '</article>\n<nav class="navigation post-navigation"><div class="nav-links">'
            '<div class="nav-previous"><a href="/p/1201.html" rel="prev">上一篇：关于开展年度政务公开评估工作的通知</a></div>'
            '<div class="nav-next"><a href="/p/1203.html" rel="next">下一篇：关于公布行政执法监督电话的公告</a></div></div></nav>\n'
            '<div id="comments" class="comments-area"><div id="respond" class="comment-respond">'
            '<h3 id="reply-title" class="comment-reply-title">发表评论</h3><form action="/wp-comments-post.php" method="post" '
            'id="commentform"><p class="comment-notes">您的邮箱地址不会被公开。</p><p class="comment-form-comment">'
            '<label for="comment">评论</label><textarea id="comment" name="comment" rows="6"></textarea></p>'
            '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="提交评论"></p>'
            '</form></div></div>\n</main>\n'
            '<footer class="site-footer"><div class="site-info">版权所有 © 政务信息网　技术支持：信息中心</div></footer>')
    return _payload(_page(body, '<title>' + _x(next(s for k, _, s in items if k == "title")) + ' – 政务信息网</title>\n'
                          '<link rel="stylesheet" id="theme-style-css" href="/wp-content/themes/gov/style.css" media="all">\n').encode("utf-8"),
                    ".html", _seen(items))


def html_app_share_page(text):
    """The report as a government app's H5 share page (opened from a shared link on a phone): a top
    banner 打开APP，阅读体验更佳 with an 打开 button, a 听全文 audio-player widget (00:00 / 12:36) and
    a 字号 A- A+ control above the article, and at the foot 点赞 / 收藏 / 分享 counters, 举报, and
    下载APP 查看更多精彩内容."""
    items = _struct(text)
    if not any(k == "title" for k, _, _ in items):
        return None
    body = ('<div class="app-banner" id="openApp"><img class="logo" src="/static/img/logo.png" alt="">'
            '<span class="slogan">打开APP，阅读体验更佳</span><a class="btn-open" href="govapp://article?id=88213">打开</a></div>\n'
            '<div class="article-wrap">\n<div class="audio-player"><span class="play-btn"></span><span class="label">听全文</span>'
            '<span class="time">00:00 / 12:36</span><audio preload="none" src="/tts/88213.mp3"></audio></div>\n'
            '<div class="font-ctrl"><span>字号</span> <a class="minus">A-</a> <a class="plus">A+</a></div>\n'
            '<div class="article-body">\n' + _article(items) + '\n</div>\n'
            '<div class="action-bar"><span class="like">点赞 <em>36</em></span> <span class="fav">收藏 <em>12</em></span> '
            '<span class="share">分享 <em>8</em></span> <a class="report" href="/report?id=88213">举报</a></div>\n'
            '</div>\n<div class="app-footer"><a href="/download">下载APP 查看更多精彩内容</a></div>\n'
            '<script>window.__ARTICLE_ID__=88213;</script>')
    head = ('<meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">\n'
            '<meta name="format-detection" content="telephone=no">\n'
            '<title>' + _x(next(s for k, _, s in items if k == "title")) + '</title>\n')
    return _payload(_page(body, head).encode("utf-8"), ".html", _seen(items))


# ================================================================ PDF
def pdf_runin_ideo_space_subs(text):
    """A PDF whose sub-headings are run in to the paragraph after them, in bold, separated from it by
    an ideographic space (（一）加强组织领导　今年以来…), as 公文 set short 小标题; tops, title and body
    as the plain PDF.  Sub-headings followed by another heading stay lines of their own."""
    items = _struct(text)
    if any(re.search(r"\*\*|__|--|~~", s) for _, _, s in items):
        return None
    nb = [i for i, it in enumerate(items) if it[0] != "blank"]
    join = {}
    for a, i in enumerate(nb):
        if items[i][0] == "sub" and a + 1 < len(nb) and items[nb[a + 1]][0] == "body":
            join[i] = nb[a + 1]
    if not join:
        return None
    skip = set(join.values())
    pdf = _pdf_base()
    pdf.add_page()
    seen = []
    for i, (k, ind, s) in enumerate(items):
        if k == "blank":
            pdf.ln(3)
            continue
        if i in skip:
            continue
        size, style = {"title": (20, "B"), "top": (16, "B"), "sub": (15, "B")}.get(k, (14, ""))
        if i in join:
            b = items[join[i]][2]
            pdf.set_font("serif", "", 14)
            pdf.multi_cell(0, 14 * 0.62, "\u3000\u3000**" + s + "**\u3000" + b, align="L", markdown=True,
                           new_x="LMARGIN", new_y="NEXT")
            seen.append(s + "\u3000" + b)
            continue
        pdf.set_font("serif", style, size)
        a = "C" if k == "title" else "L"
        pdf.multi_cell(0, size * 0.62, ("\u3000\u3000" + s) if (ind and k == "body") else s, align=a,
                       new_x="LMARGIN", new_y="NEXT")
        seen.append(s)
    return _payload(bytes(pdf.output()), ".pdf", "\n".join(seen))


# ================================================================ plain text
def txt_lenticular_square_headings(text):
    """Headings decorated as some 简报 templates type them: top headings in black lenticular brackets
    (【一、X】), sub-headings led by a black square (■（一）X); everything else unchanged."""
    items = _struct(text)
    lines, n = [], 0
    for ln, (k, ind, s) in zip(_lines(text), items):
        if k == "top":
            lines.append(ln.replace(s, "【" + s + "】", 1))
            n += 1
        elif k == "sub":
            lines.append(ln.replace(s, "■" + s, 1))
            n += 1
        else:
            lines.append(ln)
    if not n:
        return None
    return _txt_payload("\n".join(lines) + "\n")


def txt_part_label_two_lines(text):
    """Top headings as a part label and a heading on two lines, centred with ideographic spaces, as
    long reports set 部分 headings: `一、X` → `第一部分` on one line, `X` on the next (a blank line
    before the label kept as it was).  Sub-headings unchanged."""
    items = _struct(text)
    lines, n = [], 0
    for ln, (k, ind, s) in zip(_lines(text), items):
        m = _TOPNUM.match(s) if k == "top" else None
        if m and _cn_int(m.group(1)):
            rest = s[m.end():].lstrip(" \t\u3000")
            lines.append("\u3000" * 8 + "第" + m.group(1) + "部分")
            lines.append("\u3000" * max(1, (24 - len(rest)) // 2) + rest)
            n += 1
        else:
            lines.append(ln)
    if not n:
        return None
    return _txt_payload("\n".join(lines) + "\n")


# ================================================================ set criterion helpers
_OWN_DECOR = re.compile(r"^[\s\u3000【■]*(?:第[一二三四五六七八九十]{1,3}部分[\s\u3000]*)?")


def heading_norm(h):
    """t's heading_norm, after this set's own decorations (【, ■, a 第N部分 label) are stripped in front
    (the closing 】 and spaces are not alphanumeric and drop out in t's)."""
    return _t_heading_norm(_OWN_DECOR.sub("", h or ""))


EXTRA_LEAK = (_AA_LEAK + r"|【|】|■|第[一二三四五六七八九十]{1,3}部分|::marker|counter\(|pntext|\\pn|cbpat|"
              r"<th|<br|发表评论|阅读 \d|打开APP|听全文|\*\*")

ALL_KINDS = {
    "docx_colour_unnumbered": docx_colour_unnumbered,
    "docx_underline_unnumbered": docx_underline_unnumbered,
    "docx_taiwanese_list": docx_taiwanese_list,
    "rtf_pn_numbering": rtf_pn_numbering,
    "rtf_shaded_unnumbered": rtf_shaded_unnumbered,
    "html_css_class_unnumbered": html_css_class_unnumbered,
    "html_ol_nested_parts": html_ol_nested_parts,
    "html_part_tables": html_part_tables,
    "html_h_br_split": html_h_br_split,
    "html_blog_theme_comments": html_blog_theme_comments,
    "html_app_share_page": html_app_share_page,
    "pdf_runin_ideo_space_subs": pdf_runin_ideo_space_subs,
    "txt_lenticular_square_headings": txt_lenticular_square_headings,
    "txt_part_label_two_lines": txt_part_label_two_lines,
}
