"""Form-only edits of a report, generated in code (CheckList-style invariance tests, benchmarks/invariance.py).

Each edit keeps every word of a report and changes only its form: the numbering style of its headings,
its line wrapping, its file format, its page chrome, its punctuation width, its script, the issuer's
name, the figures, the order of its top-level parts. A reader's verdict must not change.

An edit returns a `Variant`: the bytes to score, their suffix, and — for text edits — where each line
of the original went (`lines[i]` = (first, last) line of the variant holding original line i + 1, or
None when the line was dropped), so that a test can ask that a part found on line L of the original is
found on the line L went to.

The edits read the original's outline with a rule of their own (`outline`): the conventional ranks
of Chinese official documents (一、 > （一） > 1. / 1、 > （1）), a marker counted only when its number
continues its siblings' run. The scorer is never asked where the headings are.
"""
from __future__ import annotations

import importlib.util
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import make_fixtures as mf

CN = "一二三四五六七八九十"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# The conventional ranks: (level, regex with group "n" and group "sep" when the level has one).
LEVELS = [
    (0, re.compile(rf"^(?P<lead>\s*)(?P<m>(?P<n>[{CN}]{{1,3}})、\s*)")),
    (1, re.compile(rf"^(?P<lead>\s*)(?P<m>[（(](?P<n>[{CN}]{{1,3}})[)）]\s*)")),
    (2, re.compile(r"^(?P<lead>\s*)(?P<m>(?P<n>\d{1,2})[、.．](?!\d)\s*)")),
    (3, re.compile(r"^(?P<lead>\s*)(?P<m>[（(](?P<n>\d{1,2})[)）]\s*)")),
]


def cn_value(s: str) -> int:
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (CN.index(tens) + 1 if tens else 1) * 10 + (CN.index(ones) + 1 if ones else 0)
    return CN.index(s) + 1


def cn_numeral(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN[tens - 1]) + "十" + (CN[ones - 1] if ones else "")


@dataclass
class Mark:
    line: int  # 0-based index into the lines
    level: int
    number: int
    lead: str
    marker: str  # the marker as written, with the spaces after it
    rest: str


def outline(lines: list[str]) -> list[Mark]:
    """Headings of the conventional ranks whose numbers run in sequence under their parent."""
    marks: list[Mark] = []
    last = [0, 0, 0, 0]
    for i, ln in enumerate(lines):
        for level, rx in LEVELS:
            m = rx.match(ln)
            if not m:
                continue
            n = m.group("n")
            number = int(n) if n.isdigit() else cn_value(n)
            rest = ln[m.end():]
            if len(rest.strip()) < 2 or number != last[level] + 1:
                break
            last[level] = number
            for deeper in range(level + 1, 4):
                last[deeper] = 0
            marks.append(Mark(i, level, number, m.group("lead"), m.group("m"), rest))
            break
    return marks


@dataclass
class Variant:
    data: bytes
    suffix: str = ".txt"
    # lines[i]: (first, last) 1-based lines of the variant holding line i + 1 of the original, None if dropped;
    # None for a variant whose lines cannot be mapped (another file format).
    lines: list[tuple[int, int] | None] | None = None

    def first(self, line: int | None) -> int | None:
        if line is None or self.lines is None or not 0 < line <= len(self.lines):
            return None
        span = self.lines[line - 1]
        return span[0] if span else None

    def last(self, line: int | None) -> int | None:
        if line is None or self.lines is None or not 0 < line <= len(self.lines):
            return None
        span = self.lines[line - 1]
        return span[1] if span else None


def _text_variant(new_lines: list[str], spans: list[tuple[int, int] | None], encoding: str = "utf-8") -> Variant:
    return Variant("\n".join(new_lines).encode(encoding), ".txt", spans)


def _identity(lines: list[str], fn: Callable[[str], str]) -> Variant:
    return _text_variant([fn(x) for x in lines], [(i, i) for i in range(1, len(lines) + 1)])


# --------------------------------------------------------------------------- numbering styles

def _arabic(n: int) -> str:
    return str(n)


# A style writes a heading number for a level: fn(number, parents' numbers) -> marker text.
STYLES: dict[str, dict[int, Callable[[int, list[int]], str]]] = {
    "top_arabic_dot": {0: lambda n, p: f"{n}. "},
    "top_arabic_dunhao": {0: lambda n, p: f"{n}、"},
    "top_arabic_fullstop": {0: lambda n, p: f"{n}．"},
    "top_arabic_paren": {0: lambda n, p: f"{n}）"},
    "top_cn_fullstop": {0: lambda n, p: f"{cn_numeral(n)}．"},
    "top_cn_dot": {0: lambda n, p: f"{cn_numeral(n)}."},
    "top_cn_comma": {0: lambda n, p: f"{cn_numeral(n)}，"},
    "top_cn_space": {0: lambda n, p: f"{cn_numeral(n)} "},
    "top_part": {0: lambda n, p: f"第{cn_numeral(n)}部分 "},
    "top_chapter": {0: lambda n, p: f"第{cn_numeral(n)}章 "},
    "top_section": {0: lambda n, p: f"第{cn_numeral(n)}节 "},
    "sub_fullwidth_paren": {1: lambda n, p: f"（{cn_numeral(n)}）", 3: lambda n, p: f"（{n}）"},
    "sub_halfwidth_paren": {1: lambda n, p: f"({cn_numeral(n)})", 3: lambda n, p: f"({n})"},
    # Arabic all the way down: 1. / 1.1 / (1) / ①
    "outline_decimal": {0: lambda n, p: f"{n}. ", 1: lambda n, p: f"{p[0]}.{n} ", 2: lambda n, p: f"（{n}）",
                        3: lambda n, p: CIRCLED[n - 1]},
    # 1. / （1） / ①
    "outline_arabic_paren": {0: lambda n, p: f"{n}.", 1: lambda n, p: f"（{n}）", 2: lambda n, p: CIRCLED[n - 1]},
    # one level deeper everywhere: 第一部分 / 一、 / （一） / 1.
    "outline_parts": {0: lambda n, p: f"第{cn_numeral(n)}部分 ", 1: lambda n, p: f"{cn_numeral(n)}、",
                      2: lambda n, p: f"（{cn_numeral(n)}）", 3: lambda n, p: f"{n}."},
    # sub-levels in Arabic: （一） written 1）, 1. written ①
    "sub_arabic": {1: lambda n, p: f"{n}）", 2: lambda n, p: CIRCLED[n - 1]},
}


def renumber(lines: list[str], style: str) -> Variant | None:
    """The headings numbered in another style; None when the report has no heading the style changes."""
    writers = STYLES[style]
    out = list(lines)
    parents = [0, 0, 0, 0]
    for mk in outline(lines):
        parents[mk.level] = mk.number
        w = writers.get(mk.level)
        if w is None:
            continue
        out[mk.line] = mk.lead + w(mk.number, parents[: mk.level]) + mk.rest
    if out == lines:
        return None
    return _text_variant(out, [(i, i) for i in range(1, len(lines) + 1)])


# --------------------------------------------------------------------------- line wrapping

NO_LINE_START = "，。、；：？！）》”’】」』,.;:?!)"


def _columns(text: str) -> int:
    return sum(1 if ord(c) < 0x2E80 or 0xFF61 <= ord(c) <= 0xFF9F else 2 for c in text)


def _wrap_line(text: str, width: int, *, columns: bool = False, push_back: bool = False) -> list[str]:
    """Break a line every `width` characters (or display columns, a CJK character taking two), keeping
    closing punctuation off a line's start: hung at the end of the line, or (push_back, as Word does)
    pushed down with the character before it. The break falls wherever the count says, words and 《》
    included."""
    size = _columns if columns else len
    if size(text) <= width:
        return [text]
    out, cur = [], ""
    for ch in text:
        if size(cur + ch) > width and cur:
            if ch not in NO_LINE_START:
                out.append(cur)
                cur = ""
            elif push_back and len(cur) > 1:
                out.append(cur[:-1])
                cur = cur[-1]
        cur += ch
    if cur:
        out.append(cur)
    return out


def wrap(lines: list[str], width: int, *, prefix: str = "", indent: str = "", keep_blank: bool = True,
         pad: str = "", columns: bool = False, push_back: bool = False, page_lines: int = 0) -> Variant:
    """Hard-wrap every line at `width` characters (a text copied out of a PDF, an e-mail, a fixed-width
    terminal): `prefix` on every line ("> " of a quoted e-mail), `indent` on a paragraph's first line,
    `pad` after each physical line (trailing spaces some tools leave)."""
    out: list[str] = []
    spans: list[tuple[int, int] | None] = []
    for ln in lines:
        body = ln.strip()
        if not body:
            if keep_blank:
                out.append(prefix.rstrip())
                spans.append((len(out), len(out)))
            else:
                spans.append(None)
            continue
        first = len(out) + 1
        for j, piece in enumerate(_wrap_line(body, width, columns=columns, push_back=push_back)):
            out.append(prefix + (indent if j == 0 else "") + piece + pad)
            if page_lines and len(out) % (page_lines + 1) == page_lines:
                out.append(f"- {len(out) // (page_lines + 1) + 1} -")  # the page number, copied with the text
        spans.append((first, len(out)))
    return _text_variant(out, spans)


# --------------------------------------------------------------------------- blank lines

def blank_lines(lines: list[str], mode: str) -> Variant:
    out: list[str] = []
    spans: list[tuple[int, int] | None] = []
    for ln in lines:
        if not ln.strip():
            if mode == "removed":
                spans.append(None)
                continue
            out.append(ln)
            spans.append((len(out), len(out)))
            continue
        out.append(ln)
        spans.append((len(out), len(out)))
        if mode == "doubled":
            out += ["", ""]
        elif mode == "added":  # a blank line after every line, as many web copies have
            out.append("")
    return _text_variant(out, spans)


# --------------------------------------------------------------------------- characters

HALF_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"})
FULL_TO_HALF = str.maketrans({"，": ",", "：": ":", "；": ";", "？": "?", "！": "!", "（": "(", "）": ")",
                              "。": ".", "、": ","})


def to_fullwidth(text: str) -> str:
    return text.translate(HALF_TO_FULL)


def to_halfwidth(text: str) -> str:
    """Full-width punctuation written half-width, except the 。 and 、 that Chinese keeps."""
    return text.translate({k: v for k, v in FULL_TO_HALF.items() if chr(k) not in "。、"})


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t").convert


def traditional(text: str) -> str:
    return _s2t()(text)


# Years, dates, times and heading numbers stay: the rest of the figures change, digit for digit.
_KEEP = re.compile(r"(?:19|20)\d{2}(?=年|[-/.]\d)|\d{1,2}(?=月|日|时|:\d)|(?<=:)\d{2}|(?<=[-/])\d{1,2}")
_NUMBER = re.compile(r"\d+")


def replace_numbers(text: str) -> str:
    keep = {m.span() for m in _KEEP.finditer(text)}
    lines = text.split("\n")
    marker_spans = set()
    pos = 0
    for ln in lines:
        m = re.match(r"\s*[（(]?\d{1,2}(?=[、.．)）])", ln)
        if m:
            marker_spans.add((pos + m.end() - len(m.group().strip(" \u3000（(")), pos + m.end()))
        pos += len(ln) + 1

    def swap(m: re.Match) -> str:
        if m.span() in keep or m.span() in marker_spans or any(a <= m.start() < b for a, b in keep):
            return m.group()
        digits = m.group()
        out = "".join(str((int(d) + 3) % 10) for d in digits)
        if out[0] == "0":
            out = "7" + out[1:]  # (a count of 0 says nothing was done: no other value of the same kind)
        if m.string.startswith("%", m.end()) and int(out) > 100:
            return digits  # "100%" -> "433%" is no other value but an impossible one (read as no datum)
        return out

    return _NUMBER.sub(swap, text)


# --------------------------------------------------------------------------- the issuer

_PLACE = re.compile(r"(?P<core>[\u4e00-\u9fff]{1,4}?)(?P<unit>镇|乡|街道|县|区|市)(?:人民政府|政府)?$")
_NEW_NAMES = {1: "光", 2: "青石", 3: "青石岭", 4: "青石岭西"}


def rename_issuer(text: str, issuer: str) -> str:
    """The issuer's own place name replaced everywhere by another of the same length (青石镇 for 新浦镇)."""
    m = _PLACE.search(issuer)
    if not m:
        return text
    core, unit = m.group("core"), m.group("unit")
    new = _NEW_NAMES[len(core)]
    if len(core) == 1:
        return text.replace(core + unit, new + unit)
    return text.replace(core, new)


# --------------------------------------------------------------------------- page chrome

CHROME_HEAD = [
    "无障碍 | 长者模式 | English | 简体 | 繁体",
    "首页  政务公开  政务服务  互动交流  走进本地",
    "当前位置：首页 > 政务公开 > 法治政府建设 > 年度报告",
    "【字体：大 中 小】  【打印】  【关闭】",
]
CHROME_FOOT = [
    "【打印本页】  【关闭窗口】",
    "相关链接：国务院  省政府  市政府",
    "网站地图 | 联系我们 | 使用帮助",
    "主办：本地人民政府办公室  承办：本地大数据中心",
    "网站标识码：3300000000  浙ICP备00000000号",
]


def add_chrome(lines: list[str]) -> Variant:
    out = CHROME_HEAD + lines + CHROME_FOOT
    k = len(CHROME_HEAD)
    return _text_variant(out, [(i + k, i + k) for i in range(1, len(lines) + 1)])


_DATE = re.compile(r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")
_SENTENCE = re.compile(r"[。；;]")


def remove_chrome(lines: list[str], title: str | None) -> Variant | None:
    """Lines before the title (but a publish-date line) and after the last paragraph, closing and date
    dropped. None when the report has no title line to start from."""
    norm = lambda s: re.sub(r"\s", "", s)  # noqa: E731
    start = next((i for i, ln in enumerate(lines) if title and norm(ln) == norm(title)), None)
    if start is None:
        return None
    end = max((i for i, ln in enumerate(lines) if _SENTENCE.search(ln) or re.fullmatch(r"\s*\d{4}年\d{1,2}月\d{1,2}日\s*", ln)),
              default=len(lines) - 1)
    keep = [i for i in range(len(lines)) if start <= i <= end]
    # the page's publish date line stays (the deadline check needs it), stripped of other chrome
    after_title = [i for i in range(start + 1, min(start + 4, len(lines))) if _DATE.search(lines[i]) and not _SENTENCE.search(lines[i])]
    drop = {i for i in range(start + 1, min(start + 6, len(lines)))
                                                  if i not in after_title and lines[i].strip() and len(norm(lines[i])) <= 40
                                                  and re.search(r"[|【】]|打印|关闭", lines[i])}
    keep = [i for i in keep if i not in drop]
    before = [i for i in range(start) if _DATE.search(lines[i]) and len(norm(lines[i])) <= 60]
    keep = sorted(set(keep) | set(before))
    spans: list[tuple[int, int] | None] = [None] * len(lines)
    out = []
    for i in keep:
        out.append(lines[i])
        spans[i] = (len(out), len(out))
    return _text_variant(out, spans)


# --------------------------------------------------------------------------- moving a part

def move_top_part(lines: list[str], labels: dict, to: int) -> Variant | None:
    """The top-level 第一责任人 part (its line from the labels) moved to position `to` (1-based) among the
    top-level parts, the top-level numbers written again in their new order. None when that part is not
    top-level, is the last part (the closing follows it) or is at `to` already."""
    tops = [mk for mk in outline(lines) if mk.level == 0]
    sec = (labels.get("sections") or {}).get("first_responsible") or {}
    fr = next((k for k, mk in enumerate(tops) if mk.line + 1 == sec.get("line")), None)
    if fr is None or sec.get("form") == "embedded" or to >= len(tops) or fr == to - 1 or fr == len(tops) - 1:
        return None
    bounds = [mk.line for mk in tops] + [len(lines)]
    chunks = [list(range(bounds[k], bounds[k + 1])) for k in range(len(tops))]
    head = list(range(0, tops[0].line))
    # the last part keeps the closing and footer after it: it never moves (see above)
    order = [k for k in range(len(tops)) if k != fr]
    order.insert(to - 1, fr)
    new_order = head + [i for k in order for i in chunks[k]]
    out, spans = [], [None] * len(lines)
    top_at = {mk.line: mk for mk in tops}
    rank = 0
    for i in new_order:
        text = lines[i]
        if i in top_at:
            rank += 1
            mk = top_at[i]
            text = mk.lead + f"{cn_numeral(rank)}、" + mk.rest
        out.append(text)
        spans[i] = (len(out), len(out))
    return _text_variant(out, spans)


# --------------------------------------------------------------------------- other formats

def docx(text: str, numbering: str, scheme: str = "cn") -> Variant:
    with tempfile.TemporaryDirectory() as d:
        p = mf.make_docx(text, Path(d) / "r.docx", numbering=numbering, scheme=scheme)
        return Variant(p.read_bytes(), ".docx")


@lru_cache(maxsize=1)
def _font_folder() -> Path:
    # one folder for the test run, removed when it ends (each run left a 400 KB font behind)
    folder = tempfile.TemporaryDirectory(prefix="fzscore-fonts-")
    _FOLDERS.append(folder)
    return Path(folder.name)


_FOLDERS: list[tempfile.TemporaryDirectory] = []


def pdf(r: mf.Report, font, page_numbers: str = "dash", justify: bool = False) -> Variant:
    # the font cut down to the dev reports' characters once: each PDF then takes a second, not ten
    small = mf.subset_font(font, [x.text for x in mf.dev_reports()], _font_folder())
    with tempfile.TemporaryDirectory() as d:
        p = mf.make_pdf(r.text, Path(d) / "r.pdf", small, title=r.labels.get("title"), page_numbers=page_numbers,
                        justify=justify)
        return Variant(p.read_bytes(), ".pdf")


def word_pdf(text: str) -> Variant | None:
    """The .docx with Word numbering printed to PDF by LibreOffice (as a writer exports it); None
    without LibreOffice."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as d:
        src = mf.make_docx(text, Path(d) / "r.docx", numbering="direct")
        profile = Path(d) / "profile"
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", d, str(src)], capture_output=True, timeout=180, check=False)
        out = Path(d) / "r.pdf"
        return Variant(out.read_bytes(), ".pdf") if out.exists() else None


def html(text: str, **kw) -> Variant:
    with tempfile.TemporaryDirectory() as d:
        p = mf.make_html(text, Path(d) / "r.html", **kw)
        return Variant(p.read_bytes(), ".html")


# --------------------------------------------------------------------------- first-sight form edits (issue 21)
# Written by a teammate who had not read the structure code: decoration around headings, a table of
# contents, run-in sub-headings, paragraphs split at a sentence end, 不足 and the plan under one heading,
# hard wraps with page numbers, other numerals, a title broken over lines. Used as written, from
# tests/firstsight/form/form_edits.py (the tuning set; measure.py there runs it through the CLI).


def _first_sight_edits() -> dict[str, Callable[[str], str | None]]:
    spec = importlib.util.spec_from_file_location("form_edits", Path(__file__).resolve().parent / "firstsight" / "form" / "form_edits.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.EDITS


FIRST_SIGHT = _first_sight_edits()


def _plain(text: str | None, original: str) -> Variant | None:
    """A text edit's result as a variant (lines not mapped: the edits move lines in their own ways)."""
    if text is None or text == original:
        return None
    return Variant(text.encode("utf-8"), ".txt", None)


# --------------------------------------------------------------------------- the catalogue

@dataclass
class Edit:
    name: str
    kind: str  # numbering | wrapping | format | form
    make: Callable[[mf.Report], Variant | None]
    needs: tuple[str, ...] = field(default=())  # "font" for PDFs, "docx" for Word files


def _lines(r: mf.Report) -> list[str]:
    return r.text.split("\n")


def _lines_of(text: str) -> list[str]:
    return text.split("\n")


def _then(first: Variant | None, second: Callable[[str], Variant]) -> Variant | None:
    """Two edits one after the other; lines mapped through both."""
    if first is None or first.lines is None:
        return None
    v = second(first.data.decode("utf-8"))
    if v.lines is None:
        return v
    v.lines = [v.lines[span[0] - 1] if span else None for span in first.lines]
    return v


def catalogue(font=None) -> list[Edit]:
    edits = [Edit(style, "numbering", lambda r, s=style: renumber(_lines(r), s)) for style in STYLES]
    edits += [
        Edit("wrap_36", "wrapping", lambda r: wrap(_lines(r), 36)),
        Edit("wrap_28_indent_no_blank", "wrapping", lambda r: wrap(_lines(r), 28, indent="\u3000\u3000", keep_blank=False)),
        Edit("wrap_20_trailing_space", "wrapping", lambda r: wrap(_lines(r), 20, pad=" ")),
        Edit("email_quote_30", "wrapping", lambda r: wrap(_lines(r), 30, prefix="> ")),
        Edit("wrap_72_columns", "wrapping", lambda r: wrap(_lines(r), 72, columns=True)),
        Edit("wrap_30_push_back", "wrapping", lambda r: wrap(_lines(r), 30, push_back=True, keep_blank=False)),
        Edit("pdf_copy_page_numbers", "wrapping",
             lambda r: wrap(_lines(r), 28, columns=False, push_back=True, keep_blank=False, indent="\u3000\u3000",
                            page_lines=22)),
        Edit("arabic_wrapped_traditional", "wrapping", lambda r: _then(renumber(_lines(r), "top_arabic_dot"),
                                                                       lambda t: wrap(_lines_of(traditional(t)), 26))),
        Edit("blank_lines_removed", "form", lambda r: blank_lines(_lines(r), "removed")),
        Edit("blank_lines_doubled", "form", lambda r: blank_lines(_lines(r), "doubled")),
        Edit("blank_line_after_each", "form", lambda r: blank_lines(_lines(r), "added")),
        Edit("punct_fullwidth", "form", lambda r: _identity(_lines(r), to_fullwidth)),
        Edit("punct_halfwidth", "form", lambda r: _identity(_lines(r), to_halfwidth)),
        Edit("traditional", "form", lambda r: _identity(_lines(r), traditional)),
        Edit("numbers_replaced", "form", lambda r: _identity(_lines(r), replace_numbers)),
        Edit("issuer_renamed", "form", lambda r: _identity(_lines(r), lambda t: rename_issuer(t, str(r.labels.get("issuer") or "")))),
        Edit("chrome_added", "form", lambda r: add_chrome(_lines(r))),
        Edit("chrome_removed", "form", lambda r: remove_chrome(_lines(r), r.labels.get("title"))),
        Edit("first_responsible_first", "form", lambda r: move_top_part(_lines(r), r.labels, 1)),
        Edit("first_responsible_third", "form", lambda r: move_top_part(_lines(r), r.labels, 3)),
        Edit("docx_numbered", "format", lambda r: docx(r.text, "direct"), ("docx",)),
        Edit("docx_style_numbered", "format", lambda r: docx(r.text, "style"), ("docx",)),
        Edit("docx_plain", "format", lambda r: docx(r.text, "none"), ("docx",)),
        Edit("docx_arabic_numbered", "format", lambda r: docx(r.text, "direct", scheme="arabic"), ("docx",)),
        Edit("docx_style_arabic_numbered", "format", lambda r: docx(r.text, "style", scheme="arabic"), ("docx",)),
        Edit("html", "format", lambda r: html(r.text)),
        Edit("html_br_wrapped", "format", lambda r: html(wrap(_lines(r), 34).data.decode("utf-8"), layout="br")),
        Edit("html_gbk_br", "format", lambda r: html(r.text, encoding="gbk", meta="http-equiv", layout="br", sidebar="before")),
    ]
    edits += [Edit(name, "form", lambda r, f=fn: _plain(f(r.text), r.text)) for name, fn in FIRST_SIGHT.items()]
    edits.append(Edit("word_pdf_libreoffice", "format", lambda r: word_pdf(r.text), ("docx", "soffice")))
    if font is not None:
        edits += [
            Edit("pdf", "format", lambda r: pdf(r, font, "dash"), ("font",)),
            Edit("pdf_justified_page_of", "format", lambda r: pdf(r, font, "of", justify=True), ("font",)),
        ]
    return edits


def suite_catalogue(font=None) -> list[Edit]:
    """The catalogue for the test suite: one PDF layout (building a PDF takes seconds; the benchmark
    tries both, and LibreOffice's PDFs of the Word files)."""
    return [e for e in catalogue(font) if e.name not in ("pdf", "word_pdf_libreoffice")]
