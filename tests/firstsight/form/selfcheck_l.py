#!/usr/bin/env python3
"""Self-check of form set l without fzscore, on every document measure.py loads:
- how many documents each kind applies to (and to how many of the 5 dev reports; fewer than 3
  fails), and that it keeps the words (form_edits_l.words_kept; furniture dropped by CHROME_LINES);
- that each kind did what it claims where it applied (CLAIMS below: e.g. md_blockquote leads every
  line with '>' and changes nothing else, boxed_headings adds exactly two border lines a heading,
  bidi_marks_figures is the original plus LRMs round every digit run and nothing else,
  email_forward_header adds exactly its header block above the unchanged text);
- that no line of the unedited reports looks like furniture the words check drops, and that the
  unedited reports carry none of the markup strip_form removes and none of the numbering forms
  numbering_form rewrites (so normalising hides nothing);
- that the words check can fail: deleting one Chinese character of a body line, or adding one, is
  caught on every document — also after each kind (the edited text with one character deleted).

python selfcheck_l.py
"""
import re
import sys

import form_edits_l as l
import form_edits_l_held as lh
from form_edits import headings, split_lines
from form_edits_g import WS
from measure import load_docs

CNN = "一二三四五六七八九十"


def _tops(t):
    return len(headings(split_lines(t)[0], (0,)))


def _subs(t):
    return len(headings(split_lines(t)[0], (1,)))


def _rs(t):
    """t with every line's trailing spaces dropped (edits that rebuild a line drop them)."""
    return "\n".join(ln.rstrip(WS) for ln in t.split("\n"))


def _only_added(o, e, chars):
    """e is o with only characters from `chars` inserted."""
    i = 0
    for ch in e:
        if i < len(o) and ch == o[i]:
            i += 1
        elif ch not in chars:
            return False
    return i == len(o)


def _changed_lines(o, e):
    a, b = o.split("\n"), e.split("\n")
    return a, b, [(x, y) for x, y in zip(a, b) if x != y]


def _blockquote(o, e):
    a, b, _ = _changed_lines(o, e)
    return len(a) == len(b) and all(y == (">" if not x.strip(WS) else "> " + x) for x, y in zip(a, b))


def _boxed(o, e):
    b = e.split("\n")
    borders = [i for i, ln in enumerate(b) if re.fullmatch(r"\+-+\+", ln)]
    cells = [ln for ln in b if re.fullmatch(r"\| .* \|", ln)]
    cells = cells[sum(1 for ln in o.split("\n") if re.fullmatch(r"\| .* \|", ln)):]
    n = _tops(o) + _subs(o)
    return (len(borders) == 2 * n and len(cells) == n and len(b) == len(o.split("\n")) + 2 * n
            and _tops(e) == 0 and _subs(e) == 0)


def _anchor(o, e):
    n = _tops(o) + _subs(o)
    ids = re.findall(r"^\[\]\{#_Toc(\d+) \.anchor\}[（(" + CNN + r"]", e, re.M)
    return len(ids) == n == len(set(ids)) and len(e.split("\n")) == len(o.split("\n"))


def _italic(o, e):
    n = _tops(o) + _subs(o)
    return (len(re.findall(r"^[" + WS + r"]*\*[（(" + CNN + r"][^*]*\*$", e, re.M)) == n
            and e.count("*") == 2 * n and _only_added(_rs(o), _rs(e), "*"))


def _dunhao(o, e):
    """Only 、 added, one after every line-start sub-level number not followed by 、 or a space."""
    want = len(re.findall(r"^[" + WS + r"]*[（(][" + CNN + r"]{1,3}[）)](?=[^、" + WS + r"])", o, re.M))
    return _only_added(o, e, "、") and e.count("、") - o.count("、") == want >= 1


def _outline(o, e):
    a, b, diff = _changed_lines(o, e)
    n = _tops(o) + _subs(o)
    nums = [y.split("\t")[0] for _x, y in diff]
    return (len(a) == len(b) and len(diff) == n
            and all(re.fullmatch(r"\d{1,2}(?:\.\d{1,2})?", k) for k in nums)
            and all(y.split("\t", 1)[1] == x.strip(WS) for x, y in diff)
            and sum(1 for k in nums if "." not in k) == _tops(o))


CLAIMS = {
    "md_blockquote": _blockquote,
    "email_forward_header": lambda o, e: e.startswith(l.FWD_HEAD) and e.split("\n", 5)[5] == o
    and e.split("\n")[3].startswith("主题：转发：") and e.split("\n")[4] == "",
    "boxed_headings": _boxed,
    "pandoc_anchor_headings": _anchor,
    "md_italic_headings": _italic,
    "sub_sep_dunhao": _dunhao,
    "outline_numbers": _outline,
    "bidi_marks_figures": lambda o, e: l.LRM not in o and e.replace(l.LRM, "") == o
    and re.sub(l.LRM + r"([0-9]+)" + l.LRM, r"\1", e) == o and e.count(l.LRM) == 2 * len(re.findall(r"[0-9]+", o)),
    "bullet_paragraphs": lambda o, e: _only_added(o, e, "•\t") and e.count("•\t") >= 1 and _tops(e) == _tops(o),
    "md_backslash_breaks": lambda o, e: _only_added(_rs(o), _rs(e), "\\")
    and e.count("\\") == sum(1 for ln in o.split("\n") if ln.strip(WS)) - 1,
    "corner_bracket_headings": lambda o, e: e.count("「") - o.count("「") == _tops(o) + _subs(o)
    == e.count("」") - o.count("」") and _tops(e) == 0,
    "title_book_quotes": lambda o, e: _only_added(o, e, "《》") and len(e) == len(o.rstrip()) + 2 + (len(o) - len(o.rstrip()))
    and len(_changed_lines(o, e)[2]) == 1,
    "spaced_enumerator": lambda o, e: _only_added(o, e, " ") and _tops(e) == 0
    and e.count(" 、") - o.count(" 、") == _tops(o),
    "gov_a11y_bar": lambda o, e: e.startswith(lh.A11Y_BAR + "\n\n") and e.endswith("\n\n" + lh.QR_LINE)
    and e[len(lh.A11Y_BAR) + 2:-len(lh.QR_LINE) - 2] == o.rstrip("\n" + WS),
    "mixed_line_ends": lambda o, e: e.replace("\r\n", "\n") == o and "\r\n" in e and "\r" not in o
    and e.split("\r\n")[0].count("\n") >= 1,
}


def _drop_one(t):
    """t with one Chinese character deleted from its longest line (a real loss the check must see)."""
    ln = max(re.split(r"[\r\n\u2028]", t), key=len)
    x = next((x for x in range(len(ln) // 2, len(ln)) if "\u4e00" <= ln[x] <= "\u9fff"), None)
    return None if x is None else t.replace(ln, ln[:x] + ln[x + 1:], 1)


def main() -> int:
    docs = load_docs()
    bad_total = 0
    for name, t in docs:
        hits = [ln for ln in t.splitlines() if l._CHROME.fullmatch(ln.strip(WS))]
        if hits:
            print(f"furniture pattern matches an original line in {name}: {hits[:2]}")
            bad_total += 1
        if l.strip_form(t) != t.replace("\r\n", "\n").replace("\r", "\n"):
            print(f"original of {name} carries markup strip_form removes")
            bad_total += 1
        if l.numbering_form(t) != t:
            print(f"original of {name} carries a numbering form numbering_form rewrites")
            bad_total += 1
        body = [ln for ln in t.split("\n") if len(ln) > 40 and "。" in ln]
        if body:
            ln = body[0]
            x = next(x for x in range(len(ln) // 2, len(ln)) if "\u4e00" <= ln[x] <= "\u9fff")
            if l.words_kept(t, t.replace(ln, ln[:x] + ln[x + 1:], 1)) or l.words_kept(t, t.replace(ln, ln + "法", 1)):
                print(f"words check blind in {name}")
                bad_total += 1
    for part, mod in (("tune", l), ("held", lh)):
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
