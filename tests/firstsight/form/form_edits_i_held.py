"""Form-only edits, ninth set (i), held part (kept aside; not to be used for tuning rules).

Same contract as form_edits_i.EDITS; helpers and the set's words check come from form_edits_i.
Split from the tuning part before anything was run.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from form_edits import is_body, split_lines
from form_edits_g import WS, find_title, join
from form_edits_i import _UNIT_LINE, EXTRA_LEAK, heading_norm, insert_after_title, unit_of, words_kept  # noqa: F401  (measure.py takes EXTRA_LEAK, heading_norm, words_kept from the edits module)

_DOT_NUM = "⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛"          # U+2488…: "1." as one glyph
_PAREN_NUM = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"        # U+2474…: "(1)" as one glyph


def enclosed_arabic_enums(text):
    """Word/WPS list numbering in its 'enclosed' styles, kept as glyphs on copy: line-start Arabic
    enumerators 1. / 1、 / 1． written as ⒈ and (1) / （1） as ⑴ (standalone and run-in)."""
    dot = re.compile(r"^([" + WS + r"]*)(\d{1,2})[.．、](?!\d)", re.M)
    par = re.compile(r"^([" + WS + r"]*)[（(](\d{1,2})[）)]", re.M)

    def sub(table):
        def f(m):
            n = int(m.group(2))
            return m.group(1) + table[n - 1] if 1 <= n <= 20 else m.group(0)
        return f
    out = par.sub(sub(_PAREN_NUM), dot.sub(sub(_DOT_NUM), text))
    return out if out != text else None


def ascii_quotes(text):
    """Typed in English punctuation mode: Chinese quotation marks “ ” ‘ ’ written as ASCII " and '."""
    out = text.translate(str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"}))
    return out if out != text else None


def lawdb_export(text):
    """The report as exported from a legal database (北大法宝 style): the record's fields under the
    title, 正文： before the text, the citation code and the source link at the end (the date fields
    are left out: a date is information, not form)."""
    lines, nl = split_lines(text)
    unit = unit_of(lines)
    head = [f"发布部门：{unit or '地方人民政府'}", "时效性：现行有效", "效力级别：地方工作文件", "法规类别：法制工作", "", "正文：", ""]
    while lines and not lines[-1].strip():
        lines.pop()
    tail = ["", "【法宝引证码】CLI.12.5871234", "原文链接：https://www.pkulaw-example.com/lar/5871234.html"]
    return join(insert_after_title(lines, head) + tail, nl)


def image_placeholders(text):
    """A web article with photos, copied as text: a '[图片]' line after the first body paragraph of
    each top-level part (where such pages put the photo of a meeting or a training)."""
    from form_edits import headings
    lines, nl = split_lines(text)
    tops = [i for i, _lvl, _m in headings(lines, (0,))]
    at = []
    for k, i in enumerate(tops):
        end = tops[k + 1] if k + 1 < len(tops) else len(lines)
        body = [j for j in range(i + 1, end) if is_body(lines[j], 40)]
        if body:
            at.append(body[0])
    if not at:
        return None
    for j in reversed(at):
        lines.insert(j + 1, "[图片]")
    return join(lines, nl)


def centered_layout(text, width=28):
    """A Word 公文 saved as plain text with its layout made of spaces: the title centred on a
    28-character line with leading ideographic spaces, the 落款 (unit and date lines at the end)
    pushed to the right."""
    lines, nl = split_lines(text)
    n = 0
    ti = find_title(lines)
    if ti is not None:
        s = lines[ti].strip(WS)
        pad = max(2, (width - len(s)) // 2)
        lines[ti] = "\u3000" * pad + s
        n += 1
        # a two-line title (unit line above the title proper) is centred as a block
        if ti and _UNIT_LINE.match(lines[ti - 1].strip(WS)):
            u = lines[ti - 1].strip(WS)
            lines[ti - 1] = "\u3000" * max(2, (width - len(u)) // 2) + u
    tail = [i for i, ln in enumerate(lines) if ln.strip()][-2:]
    for i in tail:
        s = lines[i].strip(WS)
        if len(s) <= 24 and "。" not in s and (re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", s)
                                               or re.search(r"(人民政府|办事处|委员会|局|厅|办公室)$", s)):
            lines[i] = "\u3000" * max(2, width - 4 - len(s)) + s
            n += 1
    return join(lines, nl) if n else None


_QUANT = "件人次个家项元户场份条名余多宗起万亿篇批"


def thousands_sep(text):
    """Figures with thousands separators, as some writers (and Excel-pasted tables) write them:
    a count of four or more digits followed by a measure word (件 人 次 元 万…) written 12,345人 /
    1,236件 (years, decimals, codes such as the 12345 hotline, figures with a leading 0 and figures
    glued to letters left as they are)."""
    rx = re.compile(r"(?<![\d.,．A-Za-z\-/])(\d{4,9})(?![\d.,．A-Za-z\-/])(?=(.))", re.S)

    def f(m):
        digits, nxt = m.group(1), m.group(2)
        if nxt not in _QUANT or digits.startswith("0"):
            return digits
        return f"{int(digits):,}"
    out = rx.sub(f, text)
    return out if out != text else None


EDITS: dict[str, Callable[[str], str | None]] = {
    "enclosed_arabic_enums": enclosed_arabic_enums,
    "ascii_quotes": ascii_quotes,
    "lawdb_export": lawdb_export,
    "image_placeholders": image_placeholders,
    "centered_layout": centered_layout,
    "thousands_sep": thousands_sep,
}

WORDS_EXEMPT: set[str] = set()
