#!/usr/bin/env python3
"""Self-check of form set k without fzscore, on every document measure.py loads:
- how many documents each kind applies to (and to how many of the 5 dev reports), and that it keeps
  the words (form_edits_k.words_kept; the TOC and divider furniture dropped by CHROME_LINES);
- that each kind did what it claims where it applied (CLAIMS below: e.g. md_bold_number_only puts
  exactly the enumerator in bold on every top/sub heading, centred_tops adds only ideographic spaces,
  cr_line_ends leaves no LF, zw_watermark adds one invisible mark per line and nothing else);
- that no line of the unedited reports looks like furniture the words check drops, and that the
  unedited reports carry none of the markup strip_form removes and none of the numbering forms
  numbering_form rewrites (so normalising hides nothing);
- that the words check can fail: deleting one Chinese character of a body line, or adding one, is
  caught on every document — also after each kind (the edited text with one character deleted).

python selfcheck_k.py
"""
import re
import sys

import form_edits_k as k
import form_edits_k_held as kh
from form_edits import headings, split_lines
from form_edits_g import WS
from measure import load_docs


def _tops(t):
    return len(headings(split_lines(t)[0], (0,)))


def _subs(t):
    return len(headings(split_lines(t)[0], (1,)))


def _lines(t):
    return [ln for ln in t.replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln.strip()]


def _only_added(o, e, chars):
    """e is o with only characters from `chars` inserted."""
    i = 0
    for ch in e:
        if i < len(o) and ch == o[i]:
            i += 1
        elif ch not in chars:
            return False
    return i == len(o)


def _centred(o, e):
    """Only the top heading lines changed, each to ≥ 2 ideographic spaces + the heading as written."""
    a, b = o.split("\n"), e.split("\n")
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return (len(a) == len(b) and 1 <= len(diff) <= _tops(o)
            and all(y.startswith("\u3000\u3000") and y.lstrip("\u3000") == x.strip(WS) for x, y in diff))


CLAIMS = {
    "wikitext_headings": lambda o, e: len(re.findall(r"^== \S.* ==$", e, re.M)) == _tops(o)
    and len(re.findall(r"^=== \S.* ===$", e, re.M)) == _subs(o),
    "md_bold_number_only": lambda o, e: e.count("**") == 2 * (_tops(o) + _subs(o))
    and all(re.fullmatch(r"[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]", b)
            for b in re.findall(r"\*\*(.*?)\*\*", e)),
    "frontpage_font_bold": lambda o, e: e.count("</FONT></B></P>") >= _tops(o) + _subs(o)
    and sum(1 for ln in _lines(e) if ln.startswith("<P")) == len(_lines(o)),
    "centred_tops": lambda o, e: _centred(o, e),
    "section_dividers": lambda o, e: k.DIVIDER not in o and 1 <= e.count(k.DIVIDER) <= _tops(o) and _only_added(o, e, k.DIVIDER + "\n\r"),
    "tortoise_sub": lambda o, e: e.count("〔") - o.count("〔") == _subs(o) and _subs(e) == 0,
    "zw_watermark": lambda o, e: e.count(k.ZW_MARK) >= 1 and e.replace(k.ZW_MARK, "") == o
    and all(ln.count(k.ZW_MARK) <= 1 for ln in e.split("\n")),
    "hollow_lenticular_headings": lambda o, e: e.count("〖") == _tops(o) + _subs(o) == e.count("〗"),
    "spaced_md_bold": lambda o, e: len(re.findall(r"\*\* \S.* \*\*$", e, re.M)) == _tops(o) + _subs(o),
    "star_headings": lambda o, e: e.count("★") == _tops(o) and e.count("☆ ") == _subs(o),
    "upper_cn_tops": lambda o, e: len(re.findall(r"^[" + WS + r"]*[壹贰叁肆伍陆柒捌玖拾]、", e, re.M)) >= 1
    and _tops(e) < _tops(o) and len(e) == len(o),
    "top_sep_ideo_space": lambda o, e: _tops(e) == 0 and len(e) == len(o)
    and len(re.findall(r"^[" + WS + r"]*[一二三四五六七八九十]{1,3}\u3000", e, re.M)) >= _tops(o),
    "md_list_headings": lambda o, e: len(re.findall(r"^- [一二三四五六七八九十]", e, re.M)) == _tops(o)
    and len(re.findall(r"^    - [（(]", e, re.M)) == _subs(o),
    "cr_line_ends": lambda o, e: "\n" not in e and e.replace("\r", "\n") == o,
}


def _toc_claim(o, e):
    """One 目　　录 block: the TOC head, then one 'heading<TAB>page' line per top/sub heading of the
    body, then a blank line; outside the block the text is the original."""
    lines = e.split("\n")
    i = lines.index(k.TOC_HEAD)
    j = i + 1
    while j < len(lines) and re.fullmatch(r"\S[^\t]*\t\d+", lines[j]):
        j += 1
    entries = [ln.split("\t")[0] for ln in lines[i + 1:j]]
    rest = "\n".join(lines[:i] + lines[j + 1:])
    body_heads = [lines[x].strip(WS) for x, _l, _m in headings(lines, (0, 1)) if x > j]
    return e.count(k.TOC_HEAD) == 1 and lines[j] == "" and rest == o and entries == body_heads


CLAIMS["toc_tab_pages"] = _toc_claim


def _drop_one(t):
    """t with one Chinese character deleted from its longest line (a real loss the check must see)."""
    ln = max(re.split(r"[\r\n]", t), key=len)
    x = next((x for x in range(len(ln) // 2, len(ln)) if "\u4e00" <= ln[x] <= "\u9fff"), None)
    return None if x is None else t.replace(ln, ln[:x] + ln[x + 1:], 1)


def main() -> int:
    docs = load_docs()
    bad_total = 0
    for name, t in docs:
        hits = [ln for ln in t.splitlines() if k._CHROME.fullmatch(ln.strip(WS))]
        if hits:
            print(f"furniture pattern matches an original line in {name}: {hits[:2]}")
            bad_total += 1
        if k.strip_form(t.replace("*", "")) != t.replace("*", "").replace("\r\n", "\n").replace("\r", "\n"):  # '*' masks figures (page-043's ****年): no word
            print(f"original of {name} carries markup strip_form removes")
            bad_total += 1
        if k.numbering_form(t) != t:
            print(f"original of {name} carries a numbering form numbering_form rewrites")
            bad_total += 1
        body = [ln for ln in t.split("\n") if len(ln) > 40 and "。" in ln]
        if body:
            ln = body[0]
            x = next(x for x in range(len(ln) // 2, len(ln)) if "\u4e00" <= ln[x] <= "\u9fff")
            if k.words_kept(t, t.replace(ln, ln[:x] + ln[x + 1:], 1)) or k.words_kept(t, t.replace(ln, ln + "法", 1)):
                print(f"words check blind in {name}")
                bad_total += 1
    for part, mod in (("tune", k), ("held", kh)):
        for kind, fn in mod.EDITS.items():
            n = dev = bad = unclaimed = blind = 0
            for name, t in docs:
                o = fn(t)
                if o is None or o == t:
                    continue
                n += 1
                dev += name.startswith("seed-")
                if not mod.words_kept(t, o):
                    bad += 1
                    print(f"  words lost: {kind} {name}")
                if not CLAIMS[kind](t, o):
                    unclaimed += 1
                    print(f"  claim not met: {kind} {name}")
                lost = _drop_one(o)
                if lost is not None and mod.words_kept(t, lost):
                    blind += 1
                    print(f"  words check blind after {kind}: {name}")
            bad_total += bad + unclaimed + blind + (dev < 3)
            print(f"{part} {kind:27s} applied={n:3d} dev={dev}/5 words_lost={bad} claim_not_met={unclaimed} blind={blind}")
    return 1 if bad_total else 0


if __name__ == "__main__":
    sys.exit(main())
