"""Form-only edits of real 法治政府建设年度报告 texts (tuning set).

Each edit takes the full text and returns the edited text, or None when it does not apply.
Every edit keeps every word; only form changes (markup, line breaks, numbering style, punctuation width...).
Edits work from the text's own structure (heading lines found by regex), never from a named document.
Shared helpers live here; form_edits_held.py imports them.
"""
from __future__ import annotations

import re
from typing import Callable

CN = "一二三四五六七八九十"
CN_DIGITS = {c: i + 1 for i, c in enumerate(CN[:9])}

TOP_RE = re.compile(r"^(?P<ind>[ \t\u3000\u00a0]*)(?P<num>[一二三四五六七八九十]{1,3})(?P<sep>[、.．])[ \t\u3000]*(?P<text>\S.*?)[ \t\u3000\u00a0]*$")
SUB_RE = re.compile(r"^(?P<ind>[ \t\u3000\u00a0]*)(?P<num>[（(][一二三四五六七八九十]{1,3}[）)])[ \t\u3000]*(?P<text>\S.*?)[ \t\u3000\u00a0]*$")
NUM_RE = re.compile(r"^(?P<ind>[ \t\u3000\u00a0]*)(?P<num>\d{1,2})(?P<sep>[、.．])(?!\d)[ \t\u3000]*(?P<text>\S.*?)[ \t\u3000\u00a0]*$")
ITEM_RE = re.compile(r"^(?P<ind>[ \t\u3000\u00a0]*)(?P<num>[一二三四五六七八九十]{1,3}是)(?P<text>\S.*?)[ \t\u3000\u00a0]*$")

SECTION_END_PUNCT = "。：:；;，,.！!？?"


def cn_num(n: int) -> str:
    if n <= 10:
        return " 一二三四五六七八九十"[n]
    if n < 20:
        return "十" + " 一二三四五六七八九"[n - 10].strip()
    return " 一二三四五六七八九"[n // 10] + "十" + " 一二三四五六七八九"[n % 10].strip()


def cn_val(s: str) -> int:
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN_DIGITS[s[1]]
    if len(s) >= 2 and s[1] == "十":
        return CN_DIGITS[s[0]] * 10 + (CN_DIGITS[s[2]] if len(s) > 2 else 0)
    return CN_DIGITS.get(s, 0)


def _standalone(text: str) -> bool:
    """A heading on its own line: short, no sentence end inside it."""
    t = text.rstrip()
    return 0 < len(t) <= 50 and "。" not in t[:-1] and not t.endswith("。")


def split_lines(text: str) -> tuple[list[str], str]:
    nl = "\r\n" if "\r\n" in text else "\n"
    return text.split(nl), nl


def heading_level(line: str) -> int | None:
    """0 for 一、…, 1 for （一）…, 2 for 1.… ; only standalone (not run-in) headings."""
    for lvl, rx in ((0, TOP_RE), (1, SUB_RE), (2, NUM_RE)):
        m = rx.match(line)
        if m and _standalone(m.group("text")):
            return lvl
    return None


def heading_match(line: str):
    for lvl, rx in ((0, TOP_RE), (1, SUB_RE), (2, NUM_RE)):
        m = rx.match(line)
        if m and _standalone(m.group("text")):
            return lvl, m
    return None, None


def headings(lines: list[str], levels=(0, 1, 2)) -> list[tuple[int, int, re.Match]]:
    out = []
    for i, ln in enumerate(lines):
        lvl, m = heading_match(ln)
        if lvl is not None and lvl in levels:
            out.append((i, lvl, m))
    return out


_ENUM_START = re.compile(r"^[ \t\u3000\u00a0]*(?:[一二三四五六七八九十]{1,3}[、.．是]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+[，,、])")


def uses_blank(lines: list[str]) -> bool:
    nb = [i for i, l in enumerate(lines) if l.strip()]
    if not nb:
        return False
    followed = sum(1 for i in nb if i + 1 < len(lines) and not lines[i + 1].strip())
    return followed >= 0.5 * len(nb)


def is_body(line: str, minlen: int = 40) -> bool:
    s = line.strip()
    return len(s) >= minlen and "。" in s and heading_level(line) is None


def first_heading_index(lines: list[str]) -> int | None:
    hs = headings(lines)
    return hs[0][0] if hs else None


def wrap_headings(text: str, fn: Callable[[int, re.Match, str], str], levels=(0, 1)) -> str | None:
    lines, nl = split_lines(text)
    hs = headings(lines, levels)
    if not hs:
        return None
    for i, lvl, m in hs:
        lines[i] = fn(lvl, m, lines[i])
    return nl.join(lines)


def _core(m: re.Match, line: str) -> tuple[str, str]:
    """(indent, heading without indent/trailing space)"""
    ind = m.group("ind")
    return ind, line[len(ind):].rstrip(" \t\u3000\u00a0")


# ---------------------------------------------------------------- decoration of heading lines
def md_bold(text):
    def f(lvl, m, line):
        ind, core = _core(m, line)
        return f"{ind}**{core}**"
    return wrap_headings(text, f)


def md_hash(text):
    def f(lvl, m, line):
        ind, core = _core(m, line)
        return "#" * (lvl + 2) + " " + core
    return wrap_headings(text, f)


def lenticular(text):
    def f(lvl, m, line):
        ind, core = _core(m, line)
        return f"{ind}【{core}】"
    return wrap_headings(text, f, levels=(0,))


def trailing_colon(text):
    def f(lvl, m, line):
        ind, core = _core(m, line)
        core = core.rstrip(SECTION_END_PUNCT)
        return f"{ind}{core}："
    return wrap_headings(text, f)


def html_h2(text):
    def f(lvl, m, line):
        ind, core = _core(m, line)
        tag = "h2" if lvl == 0 else "h3"
        return f"<{tag}>{core}</{tag}>"
    return wrap_headings(text, f)


def wechat_deco(text):
    """WeChat article paste: headings prefixed by a bar glyph; sub-headings by a triangle."""
    def f(lvl, m, line):
        ind, core = _core(m, line)
        return ("▍" if lvl == 0 else "▶ ") + core
    return wrap_headings(text, f)


def word_tab(text):
    """Word list-numbering export: a tab between the number and the heading text."""
    def f(lvl, m, line):
        ind = m.group("ind")
        num = m.group("num") + (m.group("sep") if "sep" in m.groupdict() else "")
        return f"{ind}{num}\t{m.group('text')}"
    return wrap_headings(text, f, levels=(0, 1))


def spaced_heading(text):
    """Top-level heading characters spaced out (control)."""
    def f(lvl, m, line):
        ind = m.group("ind")
        t = m.group("text")
        if len(t) > 12:
            return line
        return f"{ind}{m.group('num')}{m.group('sep')}" + " ".join(t)
    out = wrap_headings(text, f, levels=(0,))
    return out if out is not None and out != text else None


# ---------------------------------------------------------------- numbering style
def numbering_dot(text):
    """一、 → 一. (control)"""
    def f(lvl, m, line):
        ind = m.group("ind")
        return f"{ind}{m.group('num')}.{m.group('text')}"
    return wrap_headings(text, f, levels=(0,))


def roman_top(text):
    """一、 → Ⅰ、"""
    romans = "ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ"
    def f(lvl, m, line):
        n = cn_val(m.group("num"))
        if not 1 <= n <= 12:
            return line
        return f"{m.group('ind')}{romans[n - 1]}、{m.group('text')}"
    return wrap_headings(text, f, levels=(0,))


def circled_sub(text):
    """（一） → ①"""
    circ = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮"
    def f(lvl, m, line):
        n = cn_val(m.group("num")[1:-1])
        if not 1 <= n <= 15:
            return line
        return f"{m.group('ind')}{circ[n - 1]}{m.group('text')}"
    return wrap_headings(text, f, levels=(1,))


# ---------------------------------------------------------------- whitespace / line ends (controls)
def blank_double(text):
    lines, nl = split_lines(text)
    out = []
    for ln in lines:
        out.append(ln)
        if ln.strip():
            out.extend(["", ""])
    return nl.join(out)


def blank_remove(text):
    lines, nl = split_lines(text)
    out = [ln for ln in lines if ln.strip()]
    if len(out) == len(lines):
        return None
    return nl.join(out)


def fullwidth_indent(text):
    lines, nl = split_lines(text)
    out = ["\u3000\u3000" + ln.lstrip(" \t\u3000\u00a0") if ln.strip() else ln for ln in lines]
    return nl.join(out)


def crlf(text):
    if "\r\n" in text:
        return None
    return text.replace("\n", "\r\n")


FW2HW = {"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"}


def width_swap(text):
    """Full-width ↔ ASCII punctuation (，：；（）！？), whichever the text mostly uses."""
    fw = sum(text.count(k) for k in FW2HW)
    hw = sum(text.count(v) for v in FW2HW.values())
    table = FW2HW if fw >= hw else {v: k for k, v in FW2HW.items()}
    out = text.translate(str.maketrans(table))
    return out if out != text else None


# ---------------------------------------------------------------- paragraphs
def _sentences_split_point(s: str) -> int | None:
    ends = [m.end() for m in re.finditer("。", s)]
    ends = [e for e in ends if 0 < e < len(s.rstrip())]
    if not ends:
        return None
    mid = len(s) / 2
    return min(ends, key=lambda e: abs(e - mid))


def split_long_para(text):
    lines, nl = split_lines(text)
    blank = uses_blank(lines)
    out, n = [], 0
    for ln in lines:
        if is_body(ln, 160):
            p = _sentences_split_point(ln)
            if p and 40 <= p <= len(ln) - 40:
                ind = re.match(r"^[ \t\u3000\u00a0]*", ln).group(0)
                out.append(ln[:p])
                if blank:
                    out.append("")
                out.append(ind + ln[p:].lstrip())
                n += 1
                continue
        out.append(ln)
    return nl.join(out) if n else None


def runin_sub(text):
    """Standalone sub-heading (（一）… / 1.…) run into the first sentence of its paragraph."""
    lines, nl = split_lines(text)
    hs = headings(lines, (1, 2))
    drop, n = set(), 0
    for i, lvl, m in hs:
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines) or not is_body(lines[j], 20) or _ENUM_START.match(lines[j]):
            continue
        head = lines[i].rstrip(" \t\u3000\u00a0")
        if head[-1] not in SECTION_END_PUNCT:
            head += "。"
        lines[j] = head + lines[j].lstrip(" \t\u3000\u00a0")
        drop.update(range(i, j))
        n += 1
    if not n:
        return None
    return nl.join(l for k, l in enumerate(lines) if k not in drop)


def _merge_pair(text, first_pat, second_pat, prefer_second=True):
    """Delete the heading of the second of two adjacent top-level parts and turn it into a lead-in
    sentence at the start of that part's first paragraph; renumber later top-level headings."""
    lines, nl = split_lines(text)
    tops = headings(lines, (0,))
    for k in range(len(tops) - 1):
        (i, _, m), (j, _, m2) = tops[k], tops[k + 1]
        ok = lambda p, t: p(t) if callable(p) else re.search(p, t)
        if ok(first_pat, m.group("text")) and ok(second_pat, m2.group("text")):
            break
    else:
        return None
    head = m2.group("text").rstrip(SECTION_END_PUNCT + " ")
    lead = head + "："
    nxt = j + 1
    while nxt < len(lines) and not lines[nxt].strip():
        nxt += 1
    ind = m2.group("ind")
    if nxt < len(lines) and heading_level(lines[nxt]) is None and lines[nxt].strip() \
            and not _ENUM_START.match(lines[nxt]):
        lines[nxt] = re.match(r"^[ \t\u3000\u00a0]*", lines[nxt]).group(0) + lead + lines[nxt].lstrip(" \t\u3000\u00a0")
        del lines[j:nxt]
    else:
        lines[j] = ind + lead
    # renumber later top-level headings
    for i2, lvl, m3 in headings(lines, (0,)):
        if i2 > j:
            v = cn_val(m3.group("num"))
            if v >= 2:
                lines[i2] = m3.group("ind") + cn_num(v - 1) + m3.group("sep") + lines[i2][m3.end("sep"):]
    return nl.join(lines)


SHORT_PAT = r"不足|问题|差距|短板|薄弱"
FIRST_PAT = r"第一责任人|主要负责人|负责同志|党政.*履[职责]|履行.*职责"
PLAN_PAT = r"安排|打算|计划|思路|下一步|要点|方向|举措|措施|\d{4}年"


def merge_short_next(text):
    """存在的不足 and the next-year plan under one heading."""
    return _merge_pair(text, SHORT_PAT, lambda t: not re.search(SHORT_PAT + "|" + FIRST_PAT, t))


def html_paragraphs(text):
    """HTML source pasted: every non-blank line wrapped in <p>…</p>, headings in <p><strong>…</strong></p>."""
    lines, nl = split_lines(text)
    out = []
    for ln in lines:
        if not ln.strip():
            out.append(ln)
        elif heading_level(ln) is not None:
            out.append(f"<p><strong>{ln.strip()}</strong></p>")
        else:
            out.append(f"<p>{ln.strip()}</p>")
    return nl.join(out)


def title_split(text):
    """Long title wrapped over two lines (centred 公文 title in Word)."""
    lines, nl = split_lines(text)
    for i, ln in enumerate(lines[:6]):
        s = ln.strip()
        if 16 <= len(s) <= 60 and re.search(r"法治.*(报告|情况)$", s) and "。" not in s \
                and not _ENUM_START.match(s) and not TOP_RE.match(s):
            for pat in (r"关于", r"\d{4}年度?", r"法治政府"):
                m = re.search(pat, s)
                if m and 4 <= m.end() <= len(s) - 6:
                    cut = m.end() if pat == "关于" or pat.startswith("\\d") else m.start()
                    lines[i] = s[:cut]
                    lines.insert(i + 1, s[cut:])
                    return nl.join(lines)
            cut = len(s) // 2
            lines[i] = s[:cut]
            lines.insert(i + 1, s[cut:])
            return nl.join(lines)
    return None


# ---------------------------------------------------------------- table of contents
def _body_start(lines: list[str]) -> int | None:
    fh = first_heading_index(lines)
    if fh is None:
        return None
    for i, ln in enumerate(lines[:fh]):
        s = ln.strip()
        if len(s) >= 40 and ("，" in s or "," in s) and ("。" in s or "：" in s or ":" in s):
            return i
    return fh


def make_toc(text, levels=(0,), leader="…", sub_indent="\u3000\u3000"):
    lines, nl = split_lines(text)
    start = _body_start(lines)
    if start is None:
        return None
    hs = [h for h in headings(lines, levels) if h[0] >= start]
    if not hs:
        return None
    toc, page = ["目录"], 1
    for i, lvl, m in hs:
        core = lines[i].strip()
        page = max(1, 1 + i * 1 // 12)
        dots = leader * max(4, 30 - len(core))
        toc.append((sub_indent if lvl > 0 else "") + core + dots + str(page))
    block = toc + [""]
    lines[start:start] = block
    return nl.join(lines)


def toc(text):
    return make_toc(text, (0,), "…")


# ---------------------------------------------------------------- PDF extraction
def _wrap_line(ln: str, width: int) -> list[str]:
    if len(ln) <= width or heading_level(ln) is not None:
        return [ln]
    return [ln[k:k + width] for k in range(0, len(ln), width)]


def hard_wrap(text, width=34):
    lines, nl = split_lines(text)
    out = []
    for ln in lines:
        out.extend(_wrap_line(ln, width) if is_body(ln, width + 1) else [ln])
    return out, nl


def pdf_hardwrap(text):
    out, nl = hard_wrap(text)
    res = nl.join(out)
    return res if res != text else None


def pdf_pagenum(text, header: str | None = None, every=28):
    out, nl = hard_wrap(text)
    res, page, count = [], 1, 0
    for ln in out:
        res.append(ln)
        count += 1
        if count >= every and ln.strip():
            res.append(f"- {page} -")
            page += 1
            if header:
                res.append(header)
            count = 0
    if page == 1:
        return None
    return nl.join(res)


# ---------------------------------------------------------------- words check
ADDED_MARKUP = [
    r"</?[a-zA-Z0-9]+>",          # html tags
    r"^- \d+ -$",                  # pdf page numbers
    r"(?:…|\.{2,}|·{2,})\d+$",      # toc leaders + page number
    r"第[一二三四五六七八九十]+部分",
]
NUMBER_TOKENS = r"^[ \t\u3000\u00a0▍▶#*_【]*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、.．](?!\d)|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ][、.．]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮]|第[一二三四五六七八九十]+部分)"


NUMBER_ANY = r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|(?<![\d.．])\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+部分)"


def _words(t: str, edited: bool) -> str:
    t = t.replace("\ufeff", "").replace("\u200b", "")
    lines = t.replace("\r\n", "\n").split("\n")
    keep = []
    for ln in lines:
        s = ln.strip()
        if edited:
            for rx in ADDED_MARKUP:
                s = re.sub(rx, "", s, flags=re.M)
        s = re.sub(NUMBER_TOKENS, "", s.strip())
        s = re.sub(NUMBER_ANY, "", s)
        keep.append(s)
    joined = "".join(keep)
    # drop numbering glyphs possibly left mid-line (run-in edits), then keep CJK + alnum only
    joined = re.sub(r"[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮]", "", joined)
    return "".join(ch for ch in joined if ch.isalnum())


def words_kept(original: str, edited: str) -> bool:
    """True when the edited text has exactly the words of the original (markup, whitespace,
    punctuation and heading-number tokens ignored)."""
    return _words(original, False) == _words(edited, True)


EDITS: dict[str, Callable[[str], str | None]] = {
    "md_bold": md_bold,
    "md_hash": md_hash,
    "lenticular": lenticular,
    "trailing_colon": trailing_colon,
    "html_h2": html_h2,
    "toc": toc,
    "runin_sub": runin_sub,
    "split_long_para": split_long_para,
    "merge_short_next": merge_short_next,
    "blank_double": blank_double,
    "blank_remove": blank_remove,
    "fullwidth_indent": fullwidth_indent,
    "crlf": crlf,
    "numbering_dot": numbering_dot,
    "spaced_heading": spaced_heading,
    "pdf_hardwrap": pdf_hardwrap,
    "pdf_pagenum": pdf_pagenum,
    "roman_top": roman_top,
    "circled_sub": circled_sub,
    "wechat_deco": wechat_deco,
    "word_tab": word_tab,
    "width_swap": width_swap,
    "title_split": title_split,
    "html_paragraphs": html_paragraphs,
}

# kinds that add words by design (TOC lines repeat the headings)
WORDS_EXEMPT = {"toc"}
