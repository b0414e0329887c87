"""Form-only edits, twenty-sixth set (z): all kinds and the set's helpers.  Written without reading
fzscore's code, data or docs about checks (README.md and this folder's earlier sets were read, the
latter to reuse the machinery and avoid their kinds).

Focus: how headings and paragraphs are *presented* in real files, which is where a reader takes the
report's structure from.  Headings numbered by a Word list in "legal" style (1. / 1.1), typed as
full-width legal numbers (１． / １．１．), set off only by size in Word and PDF (numbers gone), run in
to their first paragraph after a colon (Word bold run, HTML <strong> in <p>, plain text), carrying
their numbers in Word-HTML `mso-list:Ignore` spans, or followed by leader dots; paragraphs told apart
only by first-line indents (no blank lines), one sentence per line, quoted twice in a mail reply
(`> > `, rewrapped), a Word body laid out in two columns with a column break, RTF with outline
levels and no blank paragraphs.

An edit returns a `Payload` (set o's), or None where it does not apply.  Edits find what they change
from the text's own structure (set t's `_kinds`), never from a named document or line.  Which kinds
are tuning and which held is decided by split_z.py (random, fixed seed).
"""
from __future__ import annotations

import re

from form_edits_o_kinds import RTF_HEAD, _docx_bytes, _indent_split, _lines, _numbering_consistent, _payload, _rtf_u
from form_edits import headings
from form_edits_t_kinds import _build, _kinds, _p, _r, _x, _pdf_base, heading_norm  # noqa: F401
from form_edits_v_kinds import _html_blocks, _paras
from form_edits_y_kinds import EXTRA_LEAK as _Y_LEAK, _NUM, _has, _seen_docx, _unnum, _wrap, words_kept  # noqa: F401
from form_edits_g import WS

_END_PUNCT = "：:。；;！？，,"
_ITEM = re.compile(r"^(?:\d{1,2}[、.．)）]|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}[、.．]|[①-⑳])")


def _txt(lines):
    t = "\n".join(lines) + "\n"
    return _payload(t.encode("utf-8"), ".txt", t)


def _runin_groups(lines, kinds):
    """[(heading_text_or_None, kind, body_text_or_None)]: a top/sub heading whose next non-blank line
    is a body line not led by an item or heading number (1、 / (一) / ①) is joined with it; every other non-blank line stands alone; blank lines kept as
    (None, 'blank', None)."""
    out, i, n = [], 0, len(lines)
    while i < n:
        s = _indent_split(lines[i])[1]
        k = kinds[i]
        if not s:
            out.append((None, "blank", None))
            i += 1
            continue
        if k in ("top", "sub"):
            j = i + 1
            while j < n and not _indent_split(lines[j])[1]:
                j += 1
            if j < n and kinds[j] == "body" and not _ITEM.match(_indent_split(lines[j])[1]):
                out.append((s, k, _indent_split(lines[j])[1]))
                i = j + 1
                continue
        out.append((s, k, None) if k in ("title", "top", "sub") else (None, k, s))
        i += 1
    return out


def _colon(h):
    return h if h[-1] in _END_PUNCT else h + "："


# ================================================================ Word
_LEGAL_NUM = (
    '<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="77">'
    '<w:nsid w:val="5A3C1B77"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001F"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2.%3."/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="709"/></w:pPr></w:lvl>'
    '</w:abstractNum>')


def docx_legal_list_numbering(text):
    """Headings numbered by a Word multi-level list in legal style (numbering.xml: level 1 `%1.`,
    level 2 `%1.%2.` with `w:isLgl`, decimal), the typed Chinese numbers removed from the heading
    text (a template switch: 一、 → 1.、（一） → 1.1.).  Only where the typed numbers run in order, so
    the list counts the same headings.  No style, heading runs as the plain Word kind's."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    lines = _lines(text)
    hs = headings(lines, (0, 1))
    if not hs or not _numbering_consistent(lines, hs):
        return None

    def runs(s, k):
        return _r(_unnum(s, k), k)

    def ppr(k):
        return {"top": '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr>',
                "sub": '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="77"/></w:numPr>'}.get(k, "")

    def numbering(d):
        nb = d.part.numbering_part.element
        first = nb.find(qn("w:num"))
        absn = parse_xml(_LEGAL_NUM)
        if first is not None:
            first.addprevious(absn)
        else:
            nb.append(absn)
        nb.append(parse_xml('<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                            'w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    paras, kinds, lv, ti = _paras(text, run_fn=runs, ppr_fn=ppr)
    data = _docx_bytes(_build(paras, before_body=numbering))
    return _payload(data, ".docx", _seen_docx(data))


def docx_bold_runin_colon(text):
    """Headings run in to their first paragraph in Word: one paragraph whose first run is the heading
    in bold (黑体 / 楷体), followed by `：` where it has no closing mark, then the paragraph's text in
    plain runs (一、主要举措：…).  Headings followed by another heading stay paragraphs of their own."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    groups = _runin_groups(lines, kinds)
    if not any(h and b for h, k, b in groups):
        return None
    paras = []
    for h, k, b in groups:
        if k == "blank":
            paras.append(_p(""))
        elif h and b:
            head = (f'<w:r><w:rPr><w:rFonts w:eastAsia="{"黑体" if k == "top" else "楷体_GB2312"}" w:hint="eastAsia"/>'
                    f'<w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">{_x(_colon(h))}</w:t></w:r>')
            paras.append(_p(head + _r(b), "body", True))
        elif h:
            paras.append(_p(_r(h, k), k, k != "title"))
        else:
            paras.append(_p(_r(b), "body", True))
    data = _docx_bytes(_build(paras))
    return _payload(data, ".docx", _seen_docx(data))


def docx_two_columns_colbreak(text):
    """The whole document, title included, in one section of two columns (`w:cols w:num="2"` with a
    separator line), an explicit column break (`w:br w:type="column"`) at the start of the body
    paragraph nearest the middle (the writer balanced the columns by hand)."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import qn
    paras, kinds, lv, ti = _paras(text)
    lines = _lines(text)
    body = [i for i, k in enumerate(kinds) if k == "body" and _indent_split(lines[i])[1]]
    if len(body) < 4:
        return None
    mid = min(body, key=lambda i: abs(i - len(lines) / 2))
    paras[mid] = paras[mid].replace("</w:pPr>", '</w:pPr><w:r><w:br w:type="column"/></w:r>', 1)
    d = _build(paras)
    sect = d.element.body.find(qn("w:sectPr"))
    old = sect.find(qn("w:cols"))
    if old is not None:
        sect.remove(old)
    sect.append(parse_xml('<w:cols xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                          'w:num="2" w:sep="1" w:space="425"/>'))
    data = _docx_bytes(d)
    return _payload(data, ".docx", _seen_docx(data))


def docx_size_only_unnumbered(text):
    """Headings set off only by a larger size (top 三号 = 16 pt → w:sz 32 over a 12 pt body; sub
    w:sz 30), no bold, no style, no heading font, and their numbers gone (automatic numbering lost)."""
    def runs(s, k):
        sz = {"top": 32, "sub": 30, "title": 44}.get(k, 24)
        return (f'<w:r><w:rPr><w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/></w:rPr>'
                f'<w:t xml:space="preserve">{_x(_unnum(s, k))}</w:t></w:r>')
    paras, kinds, lv, ti = _paras(text, run_fn=runs)
    if not _has(kinds, "top", "sub"):
        return None
    data = _docx_bytes(_build(paras))
    return _payload(data, ".docx", _seen_docx(data))


# ================================================================ PDF
def pdf_size_headings_unnumbered(text):
    """A PDF whose headings differ from the body only by size (top 19 pt, sub 17 pt, body 14 pt; all
    regular weight), their numbers gone; no extra space around them, body lines unindented."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if not _has(kinds, "top", "sub"):
        return None
    pdf = _pdf_base()
    pdf.add_page()
    seen = []
    for i, ln in enumerate(lines):
        s = _indent_split(ln)[1]
        k = kinds[i]
        if not s:
            continue
        s = _unnum(s, k)
        seen.append(s)
        size = {"title": 21, "top": 19, "sub": 17}.get(k, 14)
        pdf.set_font("serif", "", size)
        pdf.multi_cell(0, size * 0.6, s, align="C" if k == "title" else "L", new_x="LMARGIN", new_y="NEXT")
    return _payload(bytes(pdf.output()), ".pdf", "\n".join(seen))


# ================================================================ RTF
def rtf_outline_levels(text):
    """RTF as Word saves it with heading paragraphs carrying `\\outlinelevel0` / `\\outlinelevel1`
    (bold, 黑体 \\fs32 / \\fs30), body paragraphs `\\fi640` first-line indented, title centred, and
    no empty paragraphs at all (the spacing was paragraph spacing, `\\sb` / `\\sa`)."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if not _has(kinds, "top", "sub"):
        return None
    out, seen = [RTF_HEAD + "\n"], []
    for i, ln in enumerate(lines):
        s = _indent_split(ln)[1]
        if not s:
            continue
        k = kinds[i]
        seen.append(s)
        if k == "title":
            pre = r"\pard\qc\sa240\f1\fs44 "
        elif k == "top":
            pre = r"\pard\outlinelevel0\sb240\sa120\fi640\f1\b\fs32 "
        elif k == "sub":
            pre = r"\pard\outlinelevel1\sb120\fi640\f0\b\fs30 "
        else:
            pre = r"\pard\fi640\sa0\f0\b0\fs28 "
        out.append(pre + _rtf_u(s) + (r"\b0" if k in ("top", "sub") else "") + "\\par\n")
    out.append("}\n")
    return _payload("".join(out).encode("ascii"), ".rtf", "\n".join(seen))


# ================================================================ HTML
def _page(body, head=""):
    return ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title></title>\n' + head
            + '</head>\n<body>\n' + body + '\n</body>\n</html>\n')


def html_strong_runin_colon(text):
    """A CMS article whose headings are `<strong>` at the start of their first paragraph's `<p>`,
    closed by `：` where they have no closing mark (`<p>　　<strong>一、主要举措：</strong>…</p>`); title
    a centred `<p><strong>`; headings followed by another heading a `<p><strong>` of their own."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    groups = _runin_groups(lines, kinds)
    if not any(h and b for h, k, b in groups):
        return None
    out, seen = [], []
    for h, k, b in groups:
        if k == "blank":
            continue
        if h and b:
            out.append(f"<p>\u3000\u3000<strong>{_x(_colon(h))}</strong>{_x(b)}</p>")
            seen.append("\u3000\u3000" + _colon(h) + b)
        elif h:
            out.append(f'<p style="text-align:center"><strong>{_x(h)}</strong></p>' if k == "title"
                       else f"<p>\u3000\u3000<strong>{_x(h)}</strong></p>")
            seen.append(h)
        else:
            out.append(f"<p>\u3000\u3000{_x(b)}</p>")
            seen.append("\u3000\u3000" + b)
    return _payload(_page('<div class="TRS_Editor">\n' + "\n".join(out) + "\n</div>").encode("utf-8"), ".html",
                    "\n".join(seen))


def html_word_list_ignore(text):
    """Word's "save as web page, filtered": headings are `MsoListParagraph` paragraphs whose numbers
    sit in `<![if !supportLists]><span style='mso-list:Ignore'>一、<span style='font:7.0pt "Times New
    Roman"'>&nbsp;&nbsp; </span></span><![endif]>` before the heading text (the number was Word's
    list), body `MsoNormal` with `text-indent:32.0pt`, Word's generator meta and list CSS."""
    bl = _html_blocks(text)
    if not any(k in ("top", "sub") and _NUM.match(s) for k, s in bl):
        return None
    out, seen = [], []
    for k, s in bl:
        m = _NUM.match(s) if k in ("top", "sub") else None
        if k == "title":
            out.append(f"<p class=MsoTitle align=center style='text-align:center'><span style='font-size:22.0pt;"
                       f"font-family:方正小标宋简体'>{_x(s)}</span></p>")
            seen.append(s)
        elif m:
            lvl = 1 if k == "top" else 2
            num = m.group(0).strip(WS)
            out.append(f"<p class=MsoListParagraph style='margin-left:0cm;text-indent:32.0pt;mso-list:l0 level{lvl} lfo1'>"
                       f"<![if !supportLists]><span style='font-family:{'黑体' if lvl == 1 else '楷体'}'>"
                       f"<span style='mso-list:Ignore'>{_x(num)}<span style='font:7.0pt \"Times New Roman\"'>"
                       f"&nbsp;&nbsp; </span></span></span><![endif]><span style='font-family:"
                       f"{'黑体' if lvl == 1 else '楷体'}'>{_x(s[m.end():])}</span></p>")
            seen.append(num + s[m.end():])
        else:
            out.append(f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'><span style='font-size:16.0pt;"
                       f"font-family:仿宋_GB2312'>{_x(s)}</span></p>")
            seen.append(s)
    head = ('<meta name=Generator content="Microsoft Word 15 (filtered)">\n<style>\n<!--\n'
            'p.MsoNormal, li.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;}\n'
            'p.MsoListParagraph {margin:0cm;text-indent:21.0pt;font-size:10.5pt;}\n'
            '@list l0 {mso-list-id:1203587;mso-list-template-ids:-1024;}\n'
            '@list l0:level1 {mso-level-number-format:chinese-counting;mso-level-text:%1、;}\n'
            '@list l0:level2 {mso-level-number-format:chinese-counting;mso-level-text:（%2）;}\n-->\n</style>\n')
    return _payload(_page("<div class=WordSection1>\n" + "\n".join(out) + "\n</div>", head).encode("utf-8"),
                    ".html", "\n".join(seen))


# ================================================================ plain text
def txt_colon_runin_headings(text):
    """Headings run in to their first paragraph on the same line after `：` (一、主要举措：…), where the
    heading is followed by a body paragraph; headings followed by another heading left alone."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    groups = _runin_groups(lines, kinds)
    if not any(h and b for h, k, b in groups):
        return None
    out = []
    for h, k, b in groups:
        out.append("" if k == "blank" else (_colon(h) + b) if h and b else (h or ("\u3000\u3000" + b)))
    return _txt(out)


def txt_fullwidth_legal_numbers(text):
    """Heading numbers typed in full-width legal style: tops `１．`, subs `１．１．` (top.sub, counted),
    a U+3000 after the number (IME full-width mode, a writer used to legal numbering).  Only where the
    typed numbers run in order, so each heading keeps its rank; words check exempt (the numbers'
    characters change: 一 → １)."""
    lines = _lines(text)
    hs = headings(lines, (0, 1))
    if not hs or not _numbering_consistent(lines, hs):
        return None
    kinds, lv, ti = _kinds(lines)
    fw = str.maketrans("0123456789", "０１２３４５６７８９")
    out, t, s_ = [], 0, 0
    for i, ln in enumerate(lines):
        ind, s = _indent_split(ln)
        if kinds[i] == "top" and _NUM.match(s):
            t, s_ = t + 1, 0
            out.append(ind + f"{t}．".translate(fw) + "\u3000" + _NUM.sub("", s))
        elif kinds[i] == "sub" and _NUM.match(s):
            s_ += 1
            out.append(ind + f"{t}．{s_}．".translate(fw) + "\u3000" + _NUM.sub("", s))
        else:
            out.append(ln)
    return _txt(out)


def txt_heading_leader_dots(text):
    """Every heading followed by a space and a run of leader dots (`……………………`, twelve dots), as a
    copy of a heading formatted with a right dot-leader tab gives it (no page number)."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    if not _has(kinds, "top", "sub"):
        return None
    return _txt([ln.rstrip(WS) + " " + "…" * 6 if kinds[i] in ("top", "sub") else ln for i, ln in enumerate(lines)])


def txt_indent_no_blank(text):
    """Paragraphs told apart only by their first-line indent: no blank line anywhere, every body
    paragraph led by two U+3000, title and headings flush left."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    out = []
    for i, ln in enumerate(lines):
        s = _indent_split(ln)[1]
        if s:
            out.append(s if kinds[i] in ("title", "top", "sub") else "\u3000\u3000" + s)
    if len(out) == len(lines):
        return None
    return _txt(out)


_SENT = re.compile(r"(?<=[。！？])(?=[^。！？”’）」』\n])")


def txt_sentence_per_line(text):
    """Each body paragraph one sentence per line (broken after 。！？ where text follows, not inside a
    closing quote), the first sentence led by two U+3000, the following ones flush; blank lines
    between paragraphs kept; title and headings untouched."""
    lines = _lines(text)
    kinds, lv, ti = _kinds(lines)
    out, hit = [], 0
    for i, ln in enumerate(lines):
        s = _indent_split(ln)[1]
        if kinds[i] == "body" and s:
            parts = [p for p in _SENT.split(s) if p]
            hit += len(parts) > 1
            out.append("\u3000\u3000" + parts[0])
            out += parts[1:]
        else:
            out.append(ln)
    if not hit:
        return None
    return _txt(out)


def txt_mail_quote_rewrapped(text):
    """The report as it comes back in a reply to a reply: every line led by `> > ` (a blank line
    `> >`), each paragraph re-wrapped by the mail client at 72 columns (a CJK character two; never inside a number) with the
    quote marker on every wrapped line."""
    lines = _lines(text)
    out = []
    for ln in lines:
        s = _indent_split(ln)[1]
        if not s:
            out.append("> >")
            continue
        out += ["> > " + p for p in _wrap_words(s, 72)]
    return _txt(out)


def _wrap_words(s: str, cols: int) -> list[str]:
    """Wrap at `cols` columns (CJK two) as a mail client does: anywhere between CJK characters, never
    inside a run of Latin letters, digits and their points (98.59%, 2024)."""
    import unicodedata
    out, cur, n = [], "", 0
    for tok in re.findall(r"[0-9A-Za-z.%]+|.", s):
        w = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in tok)
        if n + w > cols and cur:
            out.append(cur)
            cur, n = "", 0
        cur += tok
        n += w
    if cur or not out:
        out.append(cur)
    return out


EXTRA_LEAK = _Y_LEAK + r"|^>|……|mso-|Ignore|^[０-９]|Times New Roman"

ALL_KINDS = {
    "docx_legal_list_numbering": docx_legal_list_numbering,
    "docx_bold_runin_colon": docx_bold_runin_colon,
    "docx_two_columns_colbreak": docx_two_columns_colbreak,
    "docx_size_only_unnumbered": docx_size_only_unnumbered,
    "pdf_size_headings_unnumbered": pdf_size_headings_unnumbered,
    "rtf_outline_levels": rtf_outline_levels,
    "html_strong_runin_colon": html_strong_runin_colon,
    "html_word_list_ignore": html_word_list_ignore,
    "txt_colon_runin_headings": txt_colon_runin_headings,
    "txt_fullwidth_legal_numbers": txt_fullwidth_legal_numbers,
    "txt_heading_leader_dots": txt_heading_leader_dots,
    "txt_indent_no_blank": txt_indent_no_blank,
    "txt_sentence_per_line": txt_sentence_per_line,
    "txt_mail_quote_rewrapped": txt_mail_quote_rewrapped,
}
