#!/usr/bin/env python3
"""Self-check of form set i without fzscore, on every document measure.py loads:
- how many documents each kind applies to, and that it keeps the words (form_edits_i.words_kept;
  the chrome kinds too, their added lines being dropped by CHROME_LINES / INLINE_CHROME);
- that each kind did what it claims where it applied (CLAIMS below: e.g. unnumbered_tops left no
  numbered top-level heading and kept as many heading lines; emoji_headings put one emoji per heading);
- that no line of the unedited reports looks like chrome the words check drops (else the check
  could hide a lost line);
- that the words check can fail: deleting one Chinese character of a body line, or adding one, is caught.

python selfcheck_i.py        (needs opencc, as the set's heading_norm uses it)
"""
import re
import sys

import form_edits_i as i
import form_edits_i_held as ih
from form_edits import headings, split_lines
from measure import load_docs


def _tops(t):
    return len(headings(split_lines(t)[0], (0,)))


def _subs(t):
    return len(headings(split_lines(t)[0], (1,)))


def _lines(t):
    return [ln for ln in t.replace("\r\n", "\n").split("\n") if ln.strip()]


CLAIMS = {
    # numbered top headings gone, their text still on lines of their own (one line per heading)
    "unnumbered_tops": lambda o, e: _tops(o) > 0 and _tops(e) == 0 and len(_lines(e)) == len(_lines(o)),
    "setext_underline": lambda o, e: sum(1 for ln in _lines(e) if re.fullmatch(r"={6,}|-{6,}", ln))
    == _tops(o) + _subs(o),
    "emoji_headings": lambda o, e: e.count(i.EMOJI_TOP) == _tops(o) and e.count(i.EMOJI_SUB) == _subs(o),
    "cn_numeral_years": lambda o, e: re.search(r"[〇一二三四五六七八九]{4}年", e) is not None
    and len(re.findall(r"\d{4}年", e)) < len(re.findall(r"\d{4}年", o)),
    "pangu_spacing": lambda o, e: re.search(r"[\u4e00-\u9fff][A-Za-z0-9]|[A-Za-z0-9%][\u4e00-\u9fff]", e) is None,
    "form_feeds": lambda o, e: e.count("\f") >= 1 and e.replace("\f", "") == o,
    "docsite_watermark": lambda o, e: e.count(i.WATERMARK) >= 1 and e.replace(i.WATERMARK, "") == o,
    "wechat_chrome": lambda o, e: "点击上方蓝字关注我们" in e and e.rstrip().endswith("在看"),
    "enclosed_arabic_enums": lambda o, e: re.search(r"^[ \t\u3000\u00a0]*(?:\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[）)])", e, re.M)
    is None or len(re.findall(r"[⒈-⒛⑴-⒇]", e)) > 0,
    "ascii_quotes": lambda o, e: not re.search("[“”‘’]", e),
    "lawdb_export": lambda o, e: "正文：" in e and "法宝引证码" in e,
    "image_placeholders": lambda o, e: 0 < e.count("[图片]") <= _tops(o),
    "centered_layout": lambda o, e: any(ln.startswith("\u3000\u3000") and not o_ln.startswith("\u3000\u3000")
                                        for ln, o_ln in zip(e.split("\n"), o.split("\n"))),
    "thousands_sep": lambda o, e: re.search(r"\d,\d{3}", e) is not None and e.replace(",", "") == o.replace(",", ""),
}


def main() -> int:
    docs = load_docs()
    bad_total = 0
    for name, t in docs:
        hits = [ln for ln in t.splitlines() if i._CHROME.fullmatch(ln.strip(i.WS))]
        if hits:
            print(f"chrome pattern matches an original line in {name}: {hits[:2]}")
            bad_total += 1
        # the words check can fail
        body = [ln for ln in t.split("\n") if len(ln) > 40 and "。" in ln]
        if body:
            ln = body[0]
            k = next(j for j in range(len(ln) // 2, len(ln)) if "\u4e00" <= ln[j] <= "\u9fff")
            if i.words_kept(t, t.replace(ln, ln[:k] + ln[k + 1:], 1)) or i.words_kept(t, t.replace(ln, ln + "法", 1)):
                print(f"words check blind in {name}")
                bad_total += 1
    for part, mod in (("tune", i), ("held", ih)):
        for k, fn in mod.EDITS.items():
            n = bad = unclaimed = 0
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
            bad_total += bad + unclaimed
            print(f"{part} {k:22s} applied={n:3d} words_lost={bad} claim_not_met={unclaimed}")
    return 1 if bad_total else 0


if __name__ == "__main__":
    sys.exit(main())
