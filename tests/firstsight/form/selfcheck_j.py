#!/usr/bin/env python3
"""Self-check of form set j without fzscore, on every document measure.py loads:
- how many documents each kind applies to, and that it keeps the words (form_edits_j.words_kept;
  the furniture kinds too, their added lines being dropped by CHROME_LINES);
- that each kind did what it claims where it applied (CLAIMS below: e.g. md_bold_text_only leaves
  every heading number outside the bold, heading_wrap adds exactly one line per wrapped heading,
  halfwidth_ideo_punct leaves no 。/、);
- that no line of the unedited reports looks like furniture the words check drops, and that the
  unedited reports carry none of the markup strip_form removes (so stripping hides nothing; a '*'
  masking figures, as in page-043's ****年, is no word and is allowed);
- that the words check can fail: deleting one Chinese character of a body line, or adding one, is
  caught on every document — also after each kind (the edited text with one character deleted).

python selfcheck_j.py        (needs opencc: words_kept and traditional_headings use it)
"""
import re
import sys

import form_edits_j as j
import form_edits_j_held as jh
from form_edits import headings, split_lines
from form_edits_g import WS
from measure import load_docs


def _tops(t):
    return len(headings(split_lines(t)[0], (0,)))


def _subs(t):
    return len(headings(split_lines(t)[0], (1,)))


def _lines(t):
    return [ln for ln in t.replace("\r\n", "\n").split("\n") if ln.strip()]


CLAIMS = {
    # the bold covers the heading text only: no line starts with ** and every top/sub heading has one pair
    "md_bold_text_only": lambda o, e: e.count("**") == 2 * (_tops(o) + _subs(o))
    and not re.search(r"^[ \t\u3000]*\*\*", e, re.M),
    "span_bold_style": lambda o, e: e.count("<span style=") == _tops(o) + _subs(o),
    "lead_sentence_bold": lambda o, e: e.count("<strong>") >= 1 and all(
        s.endswith("。") for s in re.findall(r"<strong>(.*?)</strong>", e)),
    "word_html_styled": lambda o, e: sum(1 for ln in _lines(e) if ln.startswith("<p class=MsoNormal")) == len(_lines(o)),
    "heading_wrap": lambda o, e: len(e.split("\n")) > len(o.split("\n")) and e.replace("\n", "") == o.replace("\n", ""),
    "flanked_headings": lambda o, e: e.count(j.DECO_TOP) == 2 * _tops(o) and e.count(j.DECO_SUB) == _subs(o),
    "part_badges": lambda o, e: len(re.findall(r"^PART \d{2}$", e, re.M)) == _tops(o),
    "halfwidth_ideo_punct": lambda o, e: "。" not in e and "、" not in e and len(e) == len(o),
    "word_html_runs": lambda o, e: e.count("<span lang=EN-US>") == _tops(o) + _subs(o),
    "bbcode_bold": lambda o, e: e.count("[/b]") == _tops(o) + _subs(o),
    "br_joined_parts": lambda o, e: "<br />" in e and len(_lines(e)) < len(_lines(o)),
    "top_heading_joined": lambda o, e: len(_lines(e)) < len(_lines(o)) and _tops(e) < _tops(o),
    "negative_circled_tops": lambda o, e: len(re.findall(r"[❶-❿] ", e)) >= 1 and _tops(e) < _tops(o),
    "site_footer_icp": lambda o, e: e.startswith(o.rstrip()) and "网站标识码" in e,
    "traditional_headings": lambda o, e: len(e) == len(o) and _lines(e) != _lines(o),
}


def _drop_one(t):
    """t with one Chinese character deleted from its longest line (a real loss the check must see)."""
    ln = max(t.split("\n"), key=len)
    k = next((x for x in range(len(ln) // 2, len(ln)) if "\u4e00" <= ln[x] <= "\u9fff"), None)
    return None if k is None else t.replace(ln, ln[:k] + ln[k + 1:], 1)


def main() -> int:
    docs = load_docs()
    bad_total = 0
    for name, t in docs:
        hits = [ln for ln in t.splitlines() if j._CHROME.fullmatch(ln.strip(WS))]
        if hits:
            print(f"furniture pattern matches an original line in {name}: {hits[:2]}")
            bad_total += 1
        if j.strip_form(t.replace("*", "")) != t.replace("*", ""):      # '*' masks figures in some pages (no word)
            print(f"original of {name} carries markup strip_form removes")
            bad_total += 1
        body = [ln for ln in t.split("\n") if len(ln) > 40 and "。" in ln]
        if body:
            ln = body[0]
            k = next(x for x in range(len(ln) // 2, len(ln)) if "\u4e00" <= ln[x] <= "\u9fff")
            if j.words_kept(t, t.replace(ln, ln[:k] + ln[k + 1:], 1)) or j.words_kept(t, t.replace(ln, ln + "法", 1)):
                print(f"words check blind in {name}")
                bad_total += 1
    for part, mod in (("tune", j), ("held", jh)):
        for k, fn in mod.EDITS.items():
            n = bad = unclaimed = blind = 0
            for name, t in docs:
                o = fn(t)
                if o is None or o == t:
                    continue
                n += 1
                if not mod.words_kept(t, o):
                    bad += 1
                    print(f"  words lost: {k} {name}")
                if not CLAIMS[k](t, o):
                    unclaimed += 1
                    print(f"  claim not met: {k} {name}")
                lost = _drop_one(o)
                if lost is not None and mod.words_kept(t, lost):
                    blind += 1
                    print(f"  words check blind after {k}: {name}")
            bad_total += bad + unclaimed + blind
            print(f"{part} {k:22s} applied={n:3d} words_lost={bad} claim_not_met={unclaimed} blind={blind}")
    return 1 if bad_total else 0


if __name__ == "__main__":
    sys.exit(main())
