#!/usr/bin/env python3
"""Self-check of form set m without fzscore, on every document measure.py loads:
- how many documents each kind applies to (and to how many of the 5 dev reports; fewer than 3
  fails), and that it keeps the words (form_edits_m.words_kept; furniture dropped by CHROME_LINES);
- that each kind did what it claims where it applied (CLAIMS below: e.g. line_numbers is the
  original with every non-blank line led by its running number and nothing else, rst_overline_headings
  adds exactly two '*' lines round each top heading and one '=' line under each sub-heading,
  decimal_subs changes only line-start sub-numbers after a top heading, into 'k.n ' with k the
  value of that top heading, spire_eval_warning is its notice line above the byte-identical original);
- that no line of the unedited reports looks like furniture the words check drops, and that the
  unedited reports carry none of the markup strip_form removes and none of the numbering forms
  numbering_form rewrites (so normalising hides nothing);
- that the words check can fail: deleting one Chinese character of a body line, or adding one, is
  caught on every document — also after each kind (the edited text with one character deleted).

python selfcheck_m.py
"""
import re
import sys

import form_edits_m as m
import form_edits_m_held as mh
from form_edits import _core, cn_val, headings, split_lines
from form_edits_g import WS
from measure import load_docs

CNN = "一二三四五六七八九十"
HAN = r"[\u4e00-\u9fff]"


def _tops(t):
    return len(headings(split_lines(t)[0], (0,)))


def _subs(t):
    return len(headings(split_lines(t)[0], (1,)))


def _cores(o):
    """o's lines and {index: (level, heading without indent/trailing space)} for top/sub headings."""
    lines = o.split("\n")
    return lines, {i: (lvl, _core(mm, lines[i])[1]) for i, lvl, mm in headings(lines, (0, 1))}


def _only_added(o, e, chars):
    """e is o with only characters from `chars` inserted."""
    i = 0
    for ch in e:
        if i < len(o) and ch == o[i]:
            i += 1
        elif ch not in chars:
            return False
    return i == len(o)


def _per_heading(render):
    """Claim: every top/sub heading line became render(level, core), every other line unchanged."""
    def claim(o, e):
        a, hs = _cores(o)
        b = e.split("\n")
        return bool(hs) and len(a) == len(b) and all(
            y == (render(*hs[i]) if i in hs else x) for i, (x, y) in enumerate(zip(a, b)))
    return claim


def _rst(o, e):
    a, hs = _cores(o)
    want = []
    for i, x in enumerate(a):
        if i in hs:
            lvl, core = hs[i]
            w = m._cjk_width(core)
            want += ["*" * w, core, "*" * w] if lvl == 0 else [core, "=" * w]
        else:
            want.append(x)
    return bool(hs) and e.split("\n") == want


def _divs(o, e):
    a, hs = _cores(o)
    want = []
    for i, x in enumerate(a):
        if i in hs:
            lvl, core = hs[i]
            want += ['::: {custom-style="%s"}' % ("二级标题" if lvl else "一级标题"), core, ":::"]
        else:
            want.append(x)
    return bool(hs) and e.split("\n") == want


def _decimal(o, e):
    a, b = o.split("\n"), e.split("\n")
    if len(a) != len(b):
        return False
    tops = {i: cn_val(mm.group("num")) for i, _l, mm in headings(a, (0,))}
    top, n = None, 0
    for i, (x, y) in enumerate(zip(a, b)):
        if i in tops:
            top = tops[i]
        if x == y:
            continue
        mo = re.match(r"^([" + WS + r"]*)[（(]([" + CNN + r"]{1,3})[）)][" + WS + r"]*", x)
        if top is None or not mo or y != f"{mo.group(1)}{top}.{cn_val(mo.group(2))} {x[mo.end():]}":
            return False
        n += 1
    return n >= 1


def _line_numbers(o, e):
    a, b = o.split("\n"), e.split("\n")
    nb = [i for i, x in enumerate(a) if x.strip(WS)]
    w = len(str(len(nb)))
    num = {i: k for k, i in enumerate(nb, 1)}
    return len(a) == len(b) and all(y == (f"{num[i]:>{w}} {x}" if i in num else x) for i, (x, y) in enumerate(zip(a, b)))


def _justify(o, e):
    added = e.count(" ") - o.count(" ")
    flanked = len(re.findall(f"(?<={HAN}) (?={HAN})", e)) - len(re.findall(f"(?<={HAN}) (?={HAN})", o))
    return _only_added(o, e, " ") and added == flanked >= 1 and e.count("\n") == o.count("\n")


def _scan(o, e):
    b = e.split("\n")
    marks = [i for i, y in enumerate(b) if y == m.SCAN_LINE]
    body = [y for y in b if y != m.SCAN_LINE]
    a = o.split("\n")
    while a and not a[-1].strip(WS):
        a.pop()
    return (body == a and len(marks) >= 1 and b[-1] == m.SCAN_LINE and m.SCAN_LINE not in o
            and all(b[i - 1].strip(WS) and b[i - 1] != m.SCAN_LINE for i in marks))


def _paren(o, e):
    want = len(re.findall(r"^[" + WS + r"]*[（(][" + CNN + r"]{1,3}[）)]", o, re.M))
    return _only_added(e, o, "（(") and len(o) - len(e) == want >= 1


def _emsp(o, e):
    a, b = o.split("\n"), e.split("\n")
    return (mh.EMSP not in o and len(a) == len(b)
            and all(y == ((mh.EMSP * 2 + x.lstrip(WS)) if x.strip(WS) else x) for x, y in zip(a, b)))


def _fence(o, e):
    a = o.split("\n")
    while a and not a[-1].strip(WS):
        a.pop()
    return e.split("\n") == [mh.FENCE_OPEN] + a + [mh.FENCE_CLOSE]


def _latex_render(lvl, core):
    return "\\" + ("sub" if lvl else "") + "section*{" + re.sub(r"([%&#_$])", r"\\\1", core) + "}"


CLAIMS = {
    "rst_overline_headings": _rst,
    "textile_headings": _per_heading(lambda lvl, core: f"h{2 + lvl}. {core}"),
    "decimal_subs": _decimal,
    "line_numbers": _line_numbers,
    "pdf_justify_spaces": _justify,
    "spire_eval_warning": lambda o, e: e == m.SPIRE_LINE + "\n" + o,
    "camscanner_pages": _scan,
    "org_headings": _per_heading(lambda lvl, core: "*" * (lvl + 1) + " " + core),
    "typst_headings": _per_heading(lambda lvl, core: "=" * (lvl + 1) + " " + core),
    "latex_headings": _per_heading(_latex_render),
    "pandoc_custom_style_divs": _divs,
    "closing_paren_sub": _paren,
    "emsp_indent": _emsp,
    "md_code_fence": _fence,
}


def _drop_one(t):
    """t with one Chinese character deleted from its longest line (a real loss the check must see)."""
    ln = max(re.split(r"[\r\n]", t), key=len)
    x = next((x for x in range(len(ln) // 2, len(ln)) if "\u4e00" <= ln[x] <= "\u9fff"), None)
    return None if x is None else t.replace(ln, ln[:x] + ln[x + 1:], 1)


def main() -> int:
    docs = load_docs()
    bad_total = 0
    for name, t in docs:
        if "\r" in t:
            print(f"{name} has CR line ends (the claims assume LF)")
            bad_total += 1
        hits = [ln for ln in t.splitlines() if m._CHROME.fullmatch(ln.strip(WS))]
        if hits:
            print(f"furniture pattern matches an original line in {name}: {hits[:2]}")
            bad_total += 1
        if m.strip_form(t) != t:
            print(f"original of {name} carries markup strip_form removes")
            bad_total += 1
        if m.numbering_form(t) != t:
            print(f"original of {name} carries a numbering form numbering_form rewrites")
            bad_total += 1
        body = [ln for ln in t.split("\n") if len(ln) > 40 and "。" in ln]
        if body:
            ln = body[0]
            x = next(x for x in range(len(ln) // 2, len(ln)) if "\u4e00" <= ln[x] <= "\u9fff")
            if m.words_kept(t, t.replace(ln, ln[:x] + ln[x + 1:], 1)) or m.words_kept(t, t.replace(ln, ln + "法", 1)):
                print(f"words check blind in {name}")
                bad_total += 1
        else:
            print(f"no body line to test the words check on in {name}")
            bad_total += 1
    for part, mod in (("tune", m), ("held", mh)):
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
                if lost is None or mod.words_kept(t, lost):
                    blind += 1
                    print(f"  words check blind after {kind}: {name}")
            bad_total += bad + unclaimed + blind + (dev < 3)
            print(f"{part} {kind:27s} applied={n:3d} dev={dev}/5 words_lost={bad} claim_not_met={unclaimed} blind={blind}")
    print("selfcheck_m:", "FAIL" if bad_total else "OK")
    return 1 if bad_total else 0


if __name__ == "__main__":
    sys.exit(main())
