"""Form-only edits, seventh set (g), tuning part.  Written without reading fzscore's code or data.

Same contract as form_edits.EDITS: each edit takes the full text and returns the edited text, or
None when it does not apply.  Every edit keeps every word of the report; only how it is written or
laid out changes.  None of these kinds is in form_edits.py / form_edits_held.py (or the form-only
ops of substance/edit_lib_d.py).  Edits find what they change from the text's own structure
(heading regexes of form_edits), never from a named document or line.

Kinds that add page chrome (breadcrumbs, pagination, a repeated title, an 附件 line) add words by
design: they are in WORDS_EXEMPT.  words_kept() below extends form_edits.words_kept with the
normalisations the new kinds need (NFKC, traditional → simplified, 一是 ↔ （一） tokens, footnote
markers, soft hyphens, 第X章).

The traditional-script kinds use OpenCC (`pip install opencc`); without it they do not apply.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from form_edits import (
    FIRST_PAT,
    SHORT_PAT,
    TOP_RE,
    _core,
    _words,
    cn_num,
    cn_val,
    headings,
    is_body,
    split_lines,
    uses_blank,
    wrap_headings,
)

CNN = "一二三四五六七八九十"
WS = " \t\u3000\u00a0"

# ---------------------------------------------------------------- helpers
_OPENCC: dict = {}


def opencc(cfg: str):
    if cfg not in _OPENCC:
        try:
            import opencc as oc
            _OPENCC[cfg] = oc.OpenCC(cfg).convert
        except Exception:        # not installed: the traditional kinds do not apply
            _OPENCC[cfg] = None
    return _OPENCC[cfg]


# a run-in lead: 一是X。 at line start or after a sentence end, or （一）X。 / 1.X。 at line start,
# followed by more text in the same line
LEAD_SHI = re.compile(r"(?:(?<=^)|(?<=[。；;！？]))(?P<ind>[" + WS + r"]*)(?P<lead>[" + CNN + r"]{1,3}是[^。；;！？\n]{2,30}?)(?P<end>[。；;])(?=.)", re.M)
LEAD_NUM = re.compile(r"^(?P<ind>[" + WS + r"]*)(?P<lead>(?:[（(][" + CNN + r"]{1,3}[）)]|\d{1,2}[、.．](?!\d))[^。；;！？\n]{2,30}?)(?P<end>[。；;])(?=.{10,})", re.M)


def map_leads(text: str, fn: Callable[[str, str], str], kinds=(LEAD_SHI, LEAD_NUM)) -> str | None:
    """Apply fn(lead, end) to each run-in lead; returns None when there is none."""
    out, n = text, 0
    for rx in kinds:
        out, k = rx.subn(lambda m: m.group("ind") + fn(m.group("lead"), m.group("end")), out)
        n += k
    return out if n else None


def find_title(lines: list[str]) -> int | None:
    for i, ln in enumerate(lines[:10]):
        s = ln.strip()
        if 8 <= len(s) <= 70 and re.search(r"法治.*(报告|情况)", s) and "。" not in s and not TOP_RE.match(s):
            return i
    return None


def tops_with_spans(lines: list[str]):
    """[(start, end, match)] of the top-level parts: a part runs from its heading to the next one."""
    tops = headings(lines, (0,))
    out = []
    for k, (i, _, m) in enumerate(tops):
        end = tops[k + 1][0] if k + 1 < len(tops) else len(lines)
        out.append((i, end, m))
    return out


def renumber_tops(lines: list[str]) -> list[str]:
    for n, (i, _, m) in enumerate(headings(lines, (0,)), 1):
        lines[i] = m.group("ind") + cn_num(n) + m.group("sep") + lines[i][m.end("sep"):]
    return lines


def join(lines, nl):
    return nl.join(lines)


# ---------------------------------------------------------------- heading decoration
def hollow_lenticular_runin(text):
    """Run-in leads 〖一是X〗 / 〖（一）X〗 in hollow lenticular brackets, their full stop dropped."""
    return map_leads(text, lambda lead, end: f"〖{lead}〗")


def html_b_runin(text):
    """Run-in leads in HTML bold, inline with their paragraph: <b>一是X。</b>…"""
    return map_leads(text, lambda lead, end: f"<b>{lead}{end}</b>")


def ideo_spaced_headings(text):
    """Word/WPS justified headings: an ideographic space between every character (一　、　主　要…)."""
    def f(lvl, m, line):
        ind, core = _core(m, line)
        return ind + "\u3000".join(core)
    return wrap_headings(text, f, levels=(0, 1))


def bracket_width_headings(text):
    """Sub-heading brackets switched between full and half width, in headings only: （一） ↔ (一)."""
    lines, nl = split_lines(text)
    n = 0
    rx = re.compile(r"^([" + WS + r"]*)([（(])([" + CNN + r"]{1,3})([）)])")
    for i, ln in enumerate(lines):
        m = rx.match(ln)
        if not m:
            continue
        full = m.group(2) == "（"
        lb, rb = ("(", ")") if full else ("（", "）")
        lines[i] = m.group(1) + lb + m.group(3) + rb + ln[m.end():]
        n += 1
    return join(lines, nl) if n else None


# ---------------------------------------------------------------- numbering style
def arabic_top(text):
    """Top-level headings numbered in Arabic figures, consistently: 一、X → 1.X"""
    def f(lvl, m, line):
        rest = line[m.end('sep'):].lstrip(WS)
        # "3.2025年…" would read as a decimal: a space after the dot, as writers put it
        return f"{m.group('ind')}{cn_val(m.group('num'))}.{' ' if rest[:1].isdigit() else ''}{rest}"
    return wrap_headings(text, f, levels=(0,))


def shi_to_paren(text):
    """Item leads 一是/二是… written as （一）/（二）…, consistently (line start and mid-paragraph)."""
    rx = re.compile(r"(?:(?<=^)|(?<=[。；;！？]))([" + WS + r"]*)([" + CNN + r"]{1,3})是(?!是)", re.M)
    out, n = rx.subn(lambda m: f"{m.group(1)}（{m.group(2)}）", text)
    return out if n >= 2 else None


# ---------------------------------------------------------------- Word / WPS / PDF artefacts
_SHY_OK = re.compile(r"[\u4e00-\u9fff]")


def soft_hyphens(text):
    """Word export: soft hyphens (U+00AD) between CJK characters, every seventh position."""
    lines, nl = split_lines(text)
    n = 0
    for i, ln in enumerate(lines):
        out, k = [], 0
        for j, ch in enumerate(ln):
            out.append(ch)
            k += 1
            if k >= 7 and j + 1 < len(ln) and _SHY_OK.match(ch) and _SHY_OK.match(ln[j + 1]):
                out.append("\u00ad")
                k = 0
                n += 1
        lines[i] = "".join(out)
    return join(lines, nl) if n else None


def tab_indent(text):
    """Every paragraph indented with a tab (its own leading whitespace replaced)."""
    lines, nl = split_lines(text)
    out = ["\t" + ln.lstrip(WS) if ln.strip() else ln for ln in lines]
    return join(out, nl)


def trailing_spaces(text):
    """Trailing spaces (ASCII and ideographic) at the end of every non-blank line."""
    lines, nl = split_lines(text)
    return join([ln + " \u3000 " if ln.strip() else ln for ln in lines], nl)


def page_footer(text, every=5):
    """PDF/Word print: a footer 第 n 页 共 m 页 between lines every few paragraphs (no hard wrap)."""
    lines, nl = split_lines(text)
    blank = uses_blank(lines)
    nonblank = [i for i, l in enumerate(lines) if l.strip()]
    cuts = nonblank[every - 1::every]
    cuts = [c for c in cuts if c != nonblank[-1]]
    if not cuts:
        return None
    total = len(cuts) + 1
    out, page = [], 1
    cutset = set(cuts)
    for i, ln in enumerate(lines):
        out.append(ln)
        if i in cutset:
            out += ([""] if blank else []) + [f"第 {page} 页 共 {total} 页"] + ([""] if blank else [])
            page += 1
    return join(out, nl)


SUPS = "¹²³⁴⁵⁶⁷⁸⁹"


def footnote_sup(text):
    """Footnote markers (superscript figures) after the first sentence of the first body paragraphs."""
    lines, nl = split_lines(text)
    n = 0
    for i, ln in enumerate(lines):
        if n >= 4 or not is_body(ln, 40):
            continue
        p = ln.find("。")
        if 0 < p < len(ln.rstrip()) - 1:
            lines[i] = ln[:p] + SUPS[n] + ln[p:]
            n += 1
    return join(lines, nl) if n else None


# ---------------------------------------------------------------- web page artefacts
def web_pages(text, parts=3):
    """The report split over several web pages: at each break a pagination bar, the page number and
    the title repeated as the page's header."""
    lines, nl = split_lines(text)
    ti = find_title(lines)
    title = lines[ti].strip() if ti is not None else None
    nonblank = [i for i, l in enumerate(lines) if l.strip()]
    if len(nonblank) < 6:
        return None
    total = sum(len(l) for l in lines)
    cuts, acc, k = [], 0, 1
    for i, ln in enumerate(lines):
        acc += len(ln)
        if k < parts and acc >= total * k / parts and ln.strip() and i != nonblank[-1] \
                and (ti is None or i > ti):
            cuts.append(i)
            k += 1
    if not cuts:
        return None
    bar = "共{t}页　上一页　" + "　".join(str(p) for p in range(1, len(cuts) + 2)) + "　下一页"
    out, page = [], 1
    for i, ln in enumerate(lines):
        out.append(ln)
        if i in cuts:
            page += 1
            out += ["", bar.format(t=len(cuts) + 1), "", f"第{page}页"]
            if title:
                out.append(title)
            out.append("")
    return join(out, nl)


def breadcrumb_share(text):
    """Web page chrome around the report: a breadcrumb and font-size bar on top, a share bar at the end."""
    lines, nl = split_lines(text)
    top = ["首页 > 政务公开 > 法治政府建设 > 正文", "【字体：大 中 小】　【打印】　【关闭】", ""]
    end = ["", "分享到：微信　微博　QQ空间", "【打印本页】　【关闭窗口】　【返回顶部】"]
    return join(top + lines + end, nl)


def title_headline(text):
    """The title repeated as the page's headline above the article."""
    lines, nl = split_lines(text)
    ti = find_title(lines)
    if ti is None:
        return None
    return join([lines[ti].strip(), ""] + lines, nl)


# ---------------------------------------------------------------- punctuation and script
def traditional_whole(text):
    """The whole report in traditional characters (OpenCC s2t), as on a mirror site."""
    conv = opencc("s2t")
    if not conv:
        return None
    out = conv(text)
    return out if out != text else None


def corner_quotes(text):
    """Quotation marks “…” / ‘…’ written 「…」 / 『…』."""
    out = text.translate(str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"}))
    return out if out != text else None


# ---------------------------------------------------------------- structure-preserving moves and layout
def fr_around_short(text):
    """A separate top-level 第一责任人 part moved to the other side of the 不足 part (right after it when
    it came before, right before it when it came after); top-level headings renumbered in order."""
    lines, nl = split_lines(text)
    parts = tops_with_spans(lines)
    fr = [k for k, (s, e, m) in enumerate(parts) if re.search(FIRST_PAT, m.group("text"))]
    sh = [k for k, (s, e, m) in enumerate(parts) if re.search(SHORT_PAT, m.group("text"))
          and not re.search(FIRST_PAT, m.group("text"))]
    if len(fr) != 1 or len(sh) != 1:
        return None
    f, s = fr[0], sh[0]
    last = len(parts) - 1
    if f == last or s == last:      # the last part runs to the signature: not moved
        return None
    blocks = [lines[a:b] for a, b, _ in parts]
    order = list(range(len(parts)))
    order.remove(f)
    si = order.index(s)
    order.insert(si + 1 if f < s else si, f)
    if order == list(range(len(parts))):
        return None
    head, tail = lines[:parts[0][0]], []
    body = [ln for k in order for ln in blocks[k]]
    out = renumber_tops(head + body + tail)
    return join(out, nl)


_SENT = re.compile(r"[^。！？!?]*[。！？!?]+[”’」』）)]*")


def sentence_blank(text):
    """Every sentence of the body paragraphs on its own line, a blank line after every sentence."""
    lines, nl = split_lines(text)
    out, n = [], 0
    for ln in lines:
        if is_body(ln, 20):
            ind = re.match(r"^[" + WS + r"]*", ln).group(0)
            body = ln[len(ind):]
            sents = _SENT.findall(body)
            rest = body[sum(len(s) for s in sents):]
            if rest.strip():
                sents.append(rest)
            if len(sents) >= 2:
                for s in sents:
                    out += [ind + s.strip(WS), ""]
                n += 1
                continue
        out.append(ln)
        if ln.strip():
            out.append("")
    return join(out, nl) if n else None


# ---------------------------------------------------------------- words check
_MARKER = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹\u00ad]")
_SHI_TOKEN = re.compile(r"(?:(?<=^)|(?<=[。；;！？：:\[\]〖〗<>】\s]))[" + CNN + r"]{1,3}是(?!是)", re.M)
_ARABIC_LEAD = re.compile(r"^\s*\d{1,2}[.．、] +", re.M)
_PAREN_DIGIT = re.compile(r"^[(（]\d{1,2}[)）]", re.M)
_CHAPTER = re.compile(r"第[" + CNN + r"]+章")
_PAGE = re.compile(r"^[ \t\u3000]*[—-]\s*\d+\s*[—-][ \t\u3000]*$", re.M)


def _norm_g(t: str, edited: bool) -> str:
    t = _MARKER.sub("", t)
    t = unicodedata.normalize("NFKC", t)
    for cfg in ("t2s", "hk2s"):
        conv = opencc(cfg)
        t = conv(t) if conv else t
    t = _SHI_TOKEN.sub("", t)
    t = _ARABIC_LEAD.sub("", t)
    t = re.sub(r"[ \t\u3000\u00a0〖〗\[\]]+", "", t)
    t = _PAREN_DIGIT.sub("", t)
    if edited:
        t = _CHAPTER.sub("", t)
        t = _PAGE.sub("", t)
    return t


def words_kept(original: str, edited: str) -> bool:
    """form_edits.words_kept, after the normalisations this set's kinds need (see module doc)."""
    return _words(_norm_g(original, False), False) == _words(_norm_g(edited, True), True)


EDITS: dict[str, Callable[[str], str | None]] = {
    "hollow_lenticular_runin": hollow_lenticular_runin,
    "html_b_runin": html_b_runin,
    "ideo_spaced_headings": ideo_spaced_headings,
    "bracket_width_headings": bracket_width_headings,
    "arabic_top": arabic_top,
    "shi_to_paren": shi_to_paren,
    "soft_hyphens": soft_hyphens,
    "tab_indent": tab_indent,
    "trailing_spaces": trailing_spaces,
    "page_footer": page_footer,
    "footnote_sup": footnote_sup,
    "web_pages": web_pages,
    "breadcrumb_share": breadcrumb_share,
    "title_headline": title_headline,
    "traditional_whole": traditional_whole,
    "corner_quotes": corner_quotes,
    "fr_around_short": fr_around_short,
    "sentence_blank": sentence_blank,
}

# kinds that add page chrome (words) by design
# kinds that add page chrome (words) by design; and moves, which keep the words but not their order
# (selfcheck_g.py checks their multiset of characters instead)
WORDS_EXEMPT = {"web_pages", "breadcrumb_share", "title_headline", "page_footer", "fr_around_short"}

# heading characters that a form edit of this set may add and that must not reach a reported heading
EXTRA_LEAK = r"〖|〗|\u00ad|¹|²|³|⁴|\[|\]|第\s*\d+\s*页|上一页"


_LEAD_ENUM = re.compile(r"^(?:第[" + CNN + r"]+[章部分]+|[" + CNN + r"]{1,3}[、.．是]|[（(]?[" + CNN + r"\d]{1,3}[）)]|\d{1,2}[、.．](?!\d))")


def heading_norm(h: str | None) -> str:
    """A reported heading compared across an edit: markers, width, script and the enumerator ignored."""
    t = _MARKER.sub("", h or "")
    t = unicodedata.normalize("NFKC", t)
    conv = opencc("t2s")
    t = conv(t) if conv else t
    t = re.sub(r"</?[a-z]+>|[〖〗\[\]【】*#_]", "", t).strip()
    t = _LEAD_ENUM.sub("", t)       # before the spaces go: "3. 2025年" is 3. + 2025年
    t = re.sub(r"\s", "", t)
    t = _LEAD_ENUM.sub("", t)       # "（　一　）" spaced out
    return "".join(ch for ch in t if ch.isalnum())
