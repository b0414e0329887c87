"""Form-only edits, eighth set (h), held part (kept aside; not to be used for tuning rules).

Same contract as form_edits_h.EDITS; helpers and the set's words check come from form_edits_h.
Split from the tuning part before anything was run.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from form_edits import _ENUM_START, SECTION_END_PUNCT, _core, headings, is_body, split_lines
from form_edits_g import WS, join
from form_edits_h import EXTRA_LEAK, heading_norm, report_year, title_and_unit, words_kept  # noqa: F401  (measure.py takes EXTRA_LEAK, heading_norm, words_kept from the edits module)


def heading_space_runin(text):
    """A web page with the sub-heading in bold and the paragraph going on in the same line after
    two ideographic spaces: （一）X　　paragraph… (the standalone sub-heading line joined to its
    paragraph, no punctuation added)."""
    lines, nl = split_lines(text)
    drop, n = set(), 0
    for i, _lvl, m in headings(lines, (1, 2)):
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines) or not is_body(lines[j], 20) or _ENUM_START.match(lines[j]):
            continue
        ind, core = _core(m, lines[i])
        if core[-1:] in SECTION_END_PUNCT:
            continue
        lines[j] = ind + core + "\u3000\u3000" + lines[j].lstrip(WS)
        drop.update(range(i, j))
        n += 1
    return join([ln for k, ln in enumerate(lines) if k not in drop], nl) if n else None


def pdf_char_spaced(text):
    """pdftotext on a PDF that places each glyph on its own: a space between every two CJK
    characters or CJK punctuation marks, in every line."""
    cjk = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’—…·]"
    out = re.sub(r"(?<=" + cjk + r")(?=" + cjk + r")", " ", text)
    return out if out != text else None


def ascii_full_stop(text):
    """Typed in English punctuation mode (or converted by a tool that maps 。 to its ASCII twin):
    every ideographic full stop 。 written as "." (the other marks as they were)."""
    out = text.replace("。", ".")
    return out if out != text else None


def gk_index_table(text):
    """The 政府信息公开 index table a government site puts above the article: index number, subject,
    issuing office, dates, document number and the title again."""
    lines, nl = split_lines(text)
    ti, unit = title_and_unit(lines)
    y = report_year(text) + 1
    block = [f"索引号：113302820029292/{y}-00123\u3000\u3000主题分类：综合政务/其他",
             f"发布机构：{unit or '政府办公室'}\u3000\u3000成文日期：{y}-02-26",
             f"文\u3000\u3000号：\u3000\u3000发布日期：{y}-02-28"]
    if ti is not None:
        block.append(f"名\u3000\u3000称：{lines[ti].strip(WS)}")
    return join(block + [""] + lines, nl)


def prev_next_links(text):
    """The article's links at the end of the page: previous and next article, the QR-code line."""
    lines, nl = split_lines(text)
    while lines and not lines[-1].strip():
        lines.pop()
    y = report_year(text)
    tail = ["", f"上一篇：关于公布{y}年度行政规范性文件清理结果的公告",
            f"下一篇：{y + 1}年法治政府建设工作要点", "扫一扫在手机打开当前页"]
    return join(lines + tail, nl)


def banji(text):
    """The 公文 版记 at the end of a report sent as a document: the copy-to line and the printing
    office with its printing date."""
    lines, nl = split_lines(text)
    while lines and not lines[-1].strip():
        lines.pop()
    _ti, unit = title_and_unit(lines)
    office = (unit + "办公室") if unit and not unit.endswith("办公室") else (unit or "政府办公室")
    y = report_year(text) + 1
    tail = ["", "抄送：市委全面依法治市委员会办公室，市司法局。",
            f"{office}\u3000\u3000\u3000\u3000{y}年3月1日印发"]
    return join(lines + tail, nl)


EDITS: dict[str, Callable[[str], str | None]] = {
    "heading_space_runin": heading_space_runin,
    "pdf_char_spaced": pdf_char_spaced,
    "ascii_full_stop": ascii_full_stop,
    "gk_index_table": gk_index_table,
    "prev_next_links": prev_next_links,
    "banji": banji,
}

WORDS_EXEMPT: set[str] = set()
