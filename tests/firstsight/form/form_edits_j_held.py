"""Form-only edits, tenth set (j), held part (kept aside; not to be used for tuning rules).

Same contract as form_edits.EDITS; helpers, the words check and the heading normaliser come from
form_edits_j.  None of these kinds is in an earlier set (see form_edits_j's docstring).
"""
from __future__ import annotations

from collections.abc import Callable

from form_edits import _ENUM_START, cn_val, headings, is_body, split_lines, wrap_headings
from form_edits_g import WS, join, opencc, tops_with_spans
from form_edits_j import CHROME_LINES, EXTRA_LEAK, _core, _num_and_text, heading_norm, words_kept  # noqa: F401


# ---------------------------------------------------------------- bold / emphasis
def word_html_runs(text):
    """Word "Save as Web Page" (unfiltered) source of a heading typed in pieces: the bold is split
    into several runs, the number in its own run:
    <b><span lang=EN-US>一、</span></b><b><span style='font-family:黑体'>前半</span></b><b>…后半…</b>."""
    def f(lvl, m, line):
        ind, num, t = _num_and_text(m, line)
        k = max(1, len(t) // 2)
        font = "黑体" if lvl == 0 else "楷体_GB2312"
        run = "<b><span style='font-family:{0}'>{1}</span></b>"
        return (f"{ind}<b><span lang=EN-US>{num}</span></b>" + run.format(font, t[:k])
                + run.format(font, t[k:]))
    return wrap_headings(text, f, levels=(0, 1))


def bbcode_bold(text):
    """The report reposted on a forum (Discuz!-style BBCode kept as text): top headings
    [size=4][b]一、X[/b][/size], sub-headings [b]（一）X[/b]."""
    def f(lvl, m, line):
        ind, core = _core(m, line)
        return f"{ind}[size=4][b]{core}[/b][/size]" if lvl == 0 else f"{ind}[b]{core}[/b]"
    return wrap_headings(text, f, levels=(0, 1))


# ---------------------------------------------------------------- HTML export
def br_joined_parts(text):
    """HTML source where each top-level part is one <p> whose paragraphs are separated by <br />:
    from each top heading to the line before the next, the lines are one physical line joined by
    '<br />' (a blank line becomes an empty segment); the lines before the first heading stay."""
    lines, nl = split_lines(text)
    spans = tops_with_spans(lines)
    if not spans:
        return None
    for start, end, _ in reversed(spans):
        seg = lines[start:end]
        while seg and not seg[-1].strip():
            seg.pop()
        tail = lines[start + len(seg):end]
        lines[start:end] = ["<br />".join(s.strip(WS) for s in seg)] + tail
    return join(lines, nl)


# ---------------------------------------------------------------- heading layout
def top_heading_joined(text):
    """pdftotext text flow joining a top-level heading to the block under it: the heading and the
    first line of its paragraph on one line, separated by one space (no punctuation added); only
    where that line is a plain body paragraph."""
    lines, nl = split_lines(text)
    drop, n = set(), 0
    for i, _lvl, _m in headings(lines, (0,)):
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines) or not is_body(lines[j], 20) or _ENUM_START.match(lines[j]):
            continue
        lines[j] = lines[i].rstrip(WS) + " " + lines[j].lstrip(WS)
        drop.update(range(i, j))
        n += 1
    return join([ln for k, ln in enumerate(lines) if k not in drop], nl) if n else None


# ---------------------------------------------------------------- numbering / decoration
NEG_CIRCLED = "❶❷❸❹❺❻❼❽❾❿"


def negative_circled_tops(text):
    """A WeChat/PPT-style layout numbering the top-level parts with negative circled digits:
    一、X → ❶ X (one space after the glyph); parts beyond ten left as they are."""
    def f(lvl, m, line):
        v = cn_val(m.group("num"))
        if not 1 <= v <= 10:
            return line
        ind, num, t = _num_and_text(m, line)
        return f"{ind}{NEG_CIRCLED[v - 1]} {t}"
    out = wrap_headings(text, f, levels=(0,))
    return out if out is not None and out != text else None


# ---------------------------------------------------------------- site furniture
def site_footer_icp(text):
    """The whole web page copied (Ctrl+A): under the article the government site's footer —
    print/close links, site map bar, copyright with the site code, ICP and public-security filing
    numbers, visitor counter.  No date and no unit name (both could be read as information)."""
    lines, nl = split_lines(text)
    while lines and not lines[-1].strip():
        lines.pop()
    footer = ["", "【打印本页】\u3000【关闭窗口】", "", "网站地图\u3000｜\u3000联系我们\u3000｜\u3000使用帮助",
              "版权所有：本网站\u3000网站标识码：1234000001", "京ICP备12345678号\u3000京公网安备 11010502000001号",
              "您是第1046733位访客"]
    return join(lines + footer, nl)


# ---------------------------------------------------------------- character form
def traditional_headings(text):
    """A mirror site whose converter only touched the heading elements: top and sub-headings in
    traditional characters (OpenCC s2t), the body left simplified."""
    conv = opencc("s2t")
    if not conv:
        return None

    def f(lvl, m, line):
        return conv(line)
    out = wrap_headings(text, f, levels=(0, 1))
    return out if out is not None and out != text else None


EDITS: dict[str, Callable[[str], str | None]] = {
    "word_html_runs": word_html_runs,
    "bbcode_bold": bbcode_bold,
    "br_joined_parts": br_joined_parts,
    "top_heading_joined": top_heading_joined,
    "negative_circled_tops": negative_circled_tops,
    "site_footer_icp": site_footer_icp,
    "traditional_headings": traditional_headings,
}

WORDS_EXEMPT: set[str] = set()
