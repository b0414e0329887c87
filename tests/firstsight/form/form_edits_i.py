"""Form-only edits, ninth set (i), tuning part.  Written without reading fzscore's code, data or docs.

Same contract as form_edits.EDITS: each edit takes the full text and returns the edited text, or
None when it does not apply.  Every edit keeps every word of the report; only how it is numbered,
decorated, spaced, encoded or exported changes, or page chrome is added around it.  None of these
kinds is in form_edits.py, form_edits_held.py, form_edits_g*.py, form_edits_h*.py or the form ops of
substance/edit_lib_d.py / edit_lib_e.py.  Edits find what they change from the text's own structure
(form_edits' heading regexes, form_edits_g.find_title), never from a named document or line.

Chrome kinds add lines (a WeChat article's header and footer, a legal database's fields, image
placeholders) or an inline watermark.  No kind is exempt from the words check: every added line
matches one of CHROME_LINES and the watermark is INLINE_CHROME; words_kept() drops them from the
edited text before comparing.  Chrome carries no date on purpose: a publication date is information
the tool may use (the 4月1日 rule), so adding one would not be form-only (set h's caveat).
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable

from form_edits import _core, _words, cn_val, headings, is_body, split_lines, wrap_headings
from form_edits_g import WS, find_title, join, opencc
from form_edits_h import _LEAD_ENUM, insert_after_title, report_year, title_and_unit  # noqa: F401

_UNIT_LINE = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{2,30}(?:人民政府|政府|办事处|委员会|局|厅|委|办公室)$")


def unit_of(lines: list[str]) -> str | None:
    """The issuing body as form_edits_h.title_and_unit reads it from the title, else the unit line
    right above the title (赵县人民政府 / 2022年度法治政府建设情况报告)."""
    ti, unit = title_and_unit(lines)
    if unit is None and ti:
        above = lines[ti - 1].strip(WS)
        unit = above if _UNIT_LINE.match(above) else None
    return unit


# ---------------------------------------------------------------- numbering
def unnumbered_tops(text):
    """The report pasted from a web page whose top-level headings were an HTML/Word automatic list:
    the list numbers (一、二、…) are not copied, the heading text stays on its own line."""
    def f(lvl, m, line):
        return m.group("ind") + m.group("text")
    out = wrap_headings(text, f, levels=(0,))
    return out if out is not None and out != text else None


# ---------------------------------------------------------------- heading decoration
def setext_underline(text):
    """docx → Markdown / reStructuredText (pandoc with setext headings): each top-level heading
    underlined by a line of '=', each sub-heading by a line of '-', about as wide as the heading."""
    lines, nl = split_lines(text)
    hs = headings(lines, (0, 1))
    if not hs:
        return None
    for i, lvl, m in reversed(hs):
        ind, core = _core(m, lines[i])
        lines[i] = core
        lines.insert(i + 1, ("=" if lvl == 0 else "-") * max(6, 2 * len(core)))
    return join(lines, nl)


EMOJI_TOP, EMOJI_SUB = "\U0001F4CC", "\U0001F539"      # 📌  🔹


def emoji_headings(text):
    """A WeChat article laid out in an editor (135编辑器, 秀米): each top-level heading led by 📌,
    each sub-heading by 🔹 (the pin with no space, the diamond with one)."""
    def f(lvl, m, line):
        ind, core = _core(m, line)
        return (EMOJI_TOP if lvl == 0 else EMOJI_SUB + " ") + core
    return wrap_headings(text, f, levels=(0, 1))


# ---------------------------------------------------------------- dates in Chinese numerals
_CN_DIGIT = "〇一二三四五六七八九"


def _cn_year(y: str) -> str:
    return "".join(_CN_DIGIT[int(d)] for d in y)


def _cn_small(n: int) -> str:
    """1..31 as written in a 公文 date: 十, 十二, 二十, 二十八, 三十一."""
    if n < 10:
        return _CN_DIGIT[n]
    tens, unit = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGIT[tens]) + "十" + (_CN_DIGIT[unit] if unit else "")


_DATE = re.compile(r"(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")


def _cn_date(m: re.Match) -> str:
    out = _cn_year(m.group(1)) + "年"
    if m.group(2):
        out += _cn_small(int(m.group(2))) + "月"
        if m.group(3):
            out += _cn_small(int(m.group(3))) + "日"
    return out


def cn_numeral_years(text):
    """公文 style of GB/T 9704-1999 (still common): the year in the title and the closing date of the
    落款 written in Chinese numerals with 〇 (二〇二四年度…报告; 二〇二五年二月二十八日)."""
    lines, nl = split_lines(text)
    n = 0
    ti = find_title(lines)
    if ti is not None:
        new = _DATE.sub(_cn_date, lines[ti])
        n += new != lines[ti]
        lines[ti] = new
    tail = [i for i, ln in enumerate(lines) if ln.strip()][-3:]
    for i in tail:
        s = lines[i].strip(WS)
        if re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", s):
            new = _DATE.sub(_cn_date, lines[i])
            n += new != lines[i]
            lines[i] = new
    return join(lines, nl) if n else None


# ---------------------------------------------------------------- spacing and export
_PANGU_A = re.compile(r"(?<=[\u4e00-\u9fff])(?=[A-Za-z0-9])")
_PANGU_B = re.compile(r"(?<=[A-Za-z0-9%])(?=[\u4e00-\u9fff])")


def pangu_spacing(text):
    """An editor's auto-format ("pangu" spacing, common on tech-minded sites and some CMS): a space
    between a Chinese character and an ASCII letter or figure, both ways (2024 年, 第 3 次, 98% 的)."""
    out = _PANGU_B.sub(" ", _PANGU_A.sub(" ", text))
    return out if out != text else None


def form_feeds(text, page_chars=450):
    """pdftotext output: every page ends with a form feed (U+000C), so the first line of the next
    page starts with '\\f'; pages cut between lines about every 450 characters (a 公文 page holds
    22 lines of 28, fewer with the title and the spacing)."""
    lines, nl = split_lines(text)
    nonblank = [i for i, ln in enumerate(lines) if ln.strip()]
    if len(nonblank) < 2:
        return None
    acc, n = 0, 0
    for i, ln in enumerate(lines):
        if acc >= page_chars and ln.strip():
            lines[i] = "\f" + ln
            acc, n = 0, n + 1
        acc += len(ln)
    return join(lines, nl) if n else None


WATERMARK = "公文范文网—全网资源每日更新www.gwfanwen-example.com"


def docsite_watermark(text, every=450):
    """The report downloaded from a document-sharing site (文库/范文网): the site's watermark line,
    inline, at each page of the original, in the middle of a body paragraph, mid-sentence."""
    lines, nl = split_lines(text)
    acc, n = 0, 0
    for i, ln in enumerate(lines):
        if acc + len(ln) >= every and is_body(ln, 40):
            # the page break falls inside this paragraph: after the (every - acc)-th character,
            # kept between two Chinese characters and away from the line's ends
            k = min(max(every - acc, 10), len(ln) - 10)
            while k < len(ln) - 10 and not ("\u4e00" <= ln[k - 1] <= "\u9fff" and "\u4e00" <= ln[k] <= "\u9fff"):
                k += 1
            if k < len(ln) - 10:
                lines[i] = ln[:k] + WATERMARK + ln[k:]
                acc, n = len(ln) - k, n + 1
                continue
        acc += len(ln)
    return join(lines, nl) if n else None


# ---------------------------------------------------------------- page chrome
def wechat_chrome(text):
    """A WeChat public-account article copied whole: under the title the 原创 mark with the account
    and the 'follow us' line; at the end END, the source, editor and reviewer, and the bottom bar."""
    lines, nl = split_lines(text)
    unit = unit_of(lines)
    acct = (unit or "法治") + "发布"
    top = [f"原创\u3000{acct}\u3000{acct}", "点击上方蓝字关注我们", ""]
    while lines and not lines[-1].strip():
        lines.pop()
    end = ["", "END", "", f"来源：{unit or '司法局'}", "编辑：张敏\u3000\u3000审核：刘洋", "",
           "阅读原文", "分享\u3000收藏\u3000点赞\u3000在看"]
    return join(insert_after_title(lines, top) + end, nl)


# lines that the chrome kinds of the set add (whole line matched, after stripping spaces)
CHROME_LINES = [
    r"={6,}", r"-{6,}",                                                      # setext underlines
    r"原创\u3000\S+\u3000\S+", r"点击上方蓝字关注我们", r"END", r"来源：\S+",     # WeChat article
    r"编辑：\S+\u3000+审核：\S+", r"阅读原文", r"分享\u3000收藏\u3000点赞\u3000在看",
    r"发布部门：\S+", r"时效性：现行有效", r"效力级别：\S+", r"法规类别：\S+", r"正文：",   # legal database
    r"【法宝引证码】CLI\.\d+\.\d+", r"原文链接：https?://\S+",
    r"\[图片\]",                                                             # image placeholder
]
_CHROME = re.compile("|".join(f"(?:{p})" for p in CHROME_LINES))
INLINE_CHROME = re.compile(re.escape(WATERMARK) + "|" + EMOJI_TOP + "|" + EMOJI_SUB)

_CN_YEAR = re.compile(r"([〇零一二三四五六七八九]{4})年")
_CN_MD = re.compile(r"(?<=年)([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?")


def _cn_int(s: str) -> int:
    return cn_val(s) if "十" in s else _CN_DIGIT.index(s)


def cn_dates_to_arabic(t: str) -> str:
    """二〇二五年二月二十八日 → 2025年2月28日 (a year of four Chinese digits, and the month and day
    that follow it)."""
    t = _CN_YEAR.sub(lambda m: "".join(str("〇一二三四五六七八九".index(c.replace("零", "〇"))) for c in m.group(1)) + "年", t)

    def md(m):
        if not re.search(r"\d年$", t[max(0, m.start() - 5):m.start()]):
            return m.group(0)
        out = f"{_cn_int(m.group(1))}月"
        return out + (f"{_cn_int(m.group(2))}日" if m.group(2) else "")
    return _CN_MD.sub(md, t)


def _norm_i(t: str, edited: bool) -> str:
    t = t.replace("\r\n", "\n")
    if edited:
        t = INLINE_CHROME.sub("", t)
        t = "\n".join(ln for ln in t.split("\n") if not _CHROME.fullmatch(ln.strip(WS + "\f")))
    t = cn_dates_to_arabic(t)
    t = re.sub(r"(?<=\d),(?=\d{3})", "", t)          # thousands separators (held kind thousands_sep)
    t = t.replace("。", ".")
    t = html.unescape(t)
    t = unicodedata.normalize("NFKC", t)             # ⒈ → 1. , ⑴ → (1), U+3000 → space
    # line breaks, spaces and form feeds are form: the words of a spaced or paged text are the original's
    return re.sub(r"\s+", "", t)


def words_kept(original: str, edited: str) -> bool:
    """form_edits' words (CJK + alphanumerics, numbering tokens dropped) after this set's
    normalisations: chrome lines and the inline watermark/emoji dropped (edited side), Chinese-numeral
    dates read as figures, thousands separators dropped, 。 read as ".", entities unescaped, NFKC,
    whitespace (line breaks, form feeds) removed."""
    return _words(_norm_i(original, False), False) == _words(_norm_i(edited, True), True)


# markup or chrome a form edit of this set may add and that must not reach a reported heading
EXTRA_LEAK = (EMOJI_TOP + "|" + EMOJI_SUB + r"|={3,}|-{3,}|\f|全网资源|www\.|\[图片\]|法宝引证码|时效性|效力级别"
              r"|发布部门|原文链接|点击上方蓝字|阅读原文|分享\u3000收藏|原创\u3000|审核：")


def heading_norm(h: str | None) -> str:
    """A reported heading compared across an edit: entities, width (⒈ ⑴), script, Chinese-numeral
    years, spaces, markers and the enumerator ignored."""
    t = html.unescape(h or "")
    t = INLINE_CHROME.sub("", t)
    t = cn_dates_to_arabic(t)
    t = unicodedata.normalize("NFKC", t)
    conv = opencc("t2s")
    t = conv(t) if conv else t
    t = re.sub(r"\s", "", t)
    t = _LEAD_ENUM.sub("", t)
    return "".join(ch for ch in t if ch.isalnum())


EDITS: dict[str, Callable[[str], str | None]] = {
    "unnumbered_tops": unnumbered_tops,
    "setext_underline": setext_underline,
    "emoji_headings": emoji_headings,
    "cn_numeral_years": cn_numeral_years,
    "pangu_spacing": pangu_spacing,
    "form_feeds": form_feeds,
    "docsite_watermark": docsite_watermark,
    "wechat_chrome": wechat_chrome,
}

# every kind's words are checked (chrome is dropped by words_kept instead)
WORDS_EXEMPT: set[str] = set()
