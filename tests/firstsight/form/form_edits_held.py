"""Form-only edits, held-out set (kept aside; not to be used for tuning rules).

Same contract as form_edits.EDITS. Helpers are imported from form_edits.
"""
from __future__ import annotations

import re
from typing import Callable

from form_edits import (FIRST_PAT, PLAN_PAT, SHORT_PAT, ITEM_RE, NUM_RE, SECTION_END_PUNCT, SUB_RE, TOP_RE, _core, _merge_pair,
                        _standalone, cn_val, hard_wrap, heading_level, headings, is_body, make_toc,
                        split_lines, uses_blank, wrap_headings)


def underscore(text):
    def f(lvl, m, line):
        ind, core = _core(m, line)
        return f"{ind}__{core}__"
    return wrap_headings(text, f)


def html_strong(text):
    def f(lvl, m, line):
        ind, core = _core(m, line)
        return f"{ind}<strong>{core}</strong>"
    return wrap_headings(text, f)


def trailing_period(text):
    def f(lvl, m, line):
        ind, core = _core(m, line)
        core = core.rstrip(SECTION_END_PUNCT)
        return f"{ind}{core}。"
    return wrap_headings(text, f)


def bold_inline_lead(text):
    """Markdown bold on run-in leads: **一是强化思想引领。**依托… / **（一）强化组织领导。**…"""
    lines, nl = split_lines(text)
    n = 0
    for i, ln in enumerate(lines):
        for rx in (ITEM_RE, SUB_RE, NUM_RE, TOP_RE):
            m = rx.match(ln)
            if not m:
                continue
            rest = ln[m.start("num"):]
            p = rest.find("。")
            if 0 < p <= 40 and p < len(rest.rstrip()) - 1:
                lines[i] = m.group("ind") + "**" + rest[:p + 1] + "**" + rest[p + 1:]
                n += 1
            break
    return nl.join(lines) if n else None


def split_runin(text):
    """A run-in sub-heading （一）X。Y… / 1.X。Y… / 一是X。Y… split onto its own line."""
    lines, nl = split_lines(text)
    blank = uses_blank(lines)
    out, n = [], 0
    for ln in lines:
        done = False
        for rx in (SUB_RE, NUM_RE, ITEM_RE):
            m = rx.match(ln)
            if not m:
                continue
            body = m.group("text")
            p = body.find("。")
            if 2 <= p <= 30 and len(body) - p > 20:
                head = ln[:m.start("text")] + body[:p]
                out.append(head)
                if blank:
                    out.append("")
                out.append(m.group("ind") + body[p + 1:])
                n += 1
                done = True
            break
        if not done:
            out.append(ln)
    return nl.join(out) if n else None


from form_edits import _ENUM_START  # noqa: E402


def join_paras(text):
    """Two consecutive plain body paragraphs of one part joined into one (pairs, greedily)."""
    lines, nl = split_lines(text)
    start = next((i for i, l in enumerate(lines) if heading_level(l) is not None), None)
    if start is None:
        return None
    idx = [i for i in range(start, len(lines)) if lines[i].strip()]
    drop, n, k = set(), 0, 0
    while k < len(idx) - 1:
        a, b = idx[k], idx[k + 1]
        if is_body(lines[a], 30) and is_body(lines[b], 30) and not _ENUM_START.match(lines[b]) \
                and lines[a].rstrip().endswith(("。", "”", "）", ")")):
            lines[a] = lines[a].rstrip() + lines[b].lstrip(" \t\u3000\u00a0")
            drop.update(range(a + 1, b + 1))
            n += 1
            k += 2
        else:
            k += 1
    if not n:
        return None
    return nl.join(l for i, l in enumerate(lines) if i not in drop)


MEAS_PAT = r"举措|成效|措施|工作开展|主要工作|情况"


def merge_measures_first_resp(text):
    """举措 and 第一责任人 under one heading (whichever comes second loses its heading line)."""
    other = lambda t: not re.search(FIRST_PAT + "|" + SHORT_PAT + "|" + PLAN_PAT, t)
    return _merge_pair(text, other, FIRST_PAT) or _merge_pair(text, FIRST_PAT, other)


def toc_two_level(text):
    """TOC with top and second-level headings, ASCII leader dots, sub-entries indented."""
    return make_toc(text, (0, 1), ".", "    ")


def numbering_part(text):
    """一、X → 第一部分　X (control)."""
    def f(lvl, m, line):
        return f"{m.group('ind')}第{m.group('num')}部分\u3000{m.group('text')}"
    return wrap_headings(text, f, levels=(0,))


def pdf_full(text):
    """PDF text extraction: hard wraps, page numbers and a running header repeated on each page."""
    lines, _ = split_lines(text)
    title = next((l.strip() for l in lines[:5] if l.strip() and len(l.strip()) <= 60), None)
    if not title:
        return None
    out, nl = hard_wrap(text)
    res, page, count = [], 1, 0
    for ln in out:
        res.append(ln)
        count += 1
        if count >= 28 and ln.strip():
            res.append(f"- {page} -")
            res.append(title)
            page += 1
            count = 0
    return nl.join(res) if page > 1 else None


def heading_number_own_line(text):
    """HTML/Word export with the list number in its own element: '一、' on one line, text on the next."""
    def f(lvl, m, line):
        num = m.group("num") + (m.group("sep") if "sep" in m.groupdict() else "")
        return f"{m.group('ind')}{num}\n{m.group('ind')}{m.group('text')}"
    out = wrap_headings(text, f, levels=(0, 1))
    if out is None:
        return None
    return out.replace("\n", "\r\n") if "\r\n" in text else out


def zwsp_bom(text):
    """Web copy artefacts: BOM at the start, zero-width spaces inside headings, NBSP indents."""
    def f(lvl, m, line):
        ind, core = _core(m, line)
        return "\u00a0\u00a0" + "\u200b".join(core[:6]) + core[6:]
    out = wrap_headings(text, f, levels=(0, 1))
    return None if out is None else "\ufeff" + out


EDITS: dict[str, Callable[[str], str | None]] = {
    "underscore": underscore,
    "html_strong": html_strong,
    "trailing_period": trailing_period,
    "bold_inline_lead": bold_inline_lead,
    "split_runin": split_runin,
    "join_paras": join_paras,
    "merge_measures_first_resp": merge_measures_first_resp,
    "toc_two_level": toc_two_level,
    "numbering_part": numbering_part,
    "pdf_full": pdf_full,
    "heading_number_own_line": heading_number_own_line,
    "zwsp_bom": zwsp_bom,
}

# kinds that add words by design (TOC lines repeat headings; a PDF running header repeats the title)
WORDS_EXEMPT = {"toc_two_level", "pdf_full"}
