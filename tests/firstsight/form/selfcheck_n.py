#!/usr/bin/env python3
"""Form set n self-check, without fzscore.  Over the 5 dev reports and every labelled report of the
pool split_n.py draws from (or only the chosen documents with --chosen):

- applied counts per kind (all documents, dev reports; a kind applying to fewer than 3 dev reports
  or fewer than 10 documents of the chosen set fails);
- every edit really changes the file: the edited bytes differ from the original's UTF-8 bytes;
  an encoding kind decodes back to exactly the original text, any other kind changes the text;
- every kind keeps the words (words_kept) on every document it applies to;
- every kind does what its docstring claims (CLAIMS), line by line, wherever it applies;
- no unedited report carries a line the words check drops as furniture, markup strip_form removes
  or a numbering form numbering_form rewrites (the normalisation is the identity on the originals'
  words);
- the words check can fail: one character deleted from a body line of the original, and one CJK
  character deleted from each (kind, document)'s edited text, are caught.
Exit 0 when all hold."""
from __future__ import annotations

import glob
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
import form_edits_n_kinds as K  # noqa: E402
from form_edits import _words, headings, is_body, split_lines  # noqa: E402
from form_edits_g import WS, find_title  # noqa: E402
from split_n import is_report  # noqa: E402


def docs(chosen: bool):
    if chosen:
        paths = [os.path.join(ROOT, p) for p in json.load(open(os.path.join(HERE, "split-n.json")))["docs"]]
    else:
        paths = sorted(glob.glob(f"{ROOT}/tests/shared/corpus/dev/seed-*.txt")) + [
            p for p in sorted(glob.glob(f"{ROOT}/tests/shared/corpus/pages/*.txt"))
            + sorted(glob.glob(f"{ROOT}/tests/firstsight/pages*/*.txt")) if is_report(p)]
    return [(os.path.relpath(p, ROOT), open(p, encoding="utf-8").read()) for p in paths]


def _lines(t):
    return split_lines(t)[0]


def claim(kind: str, orig: str, ed) -> str | None:
    """None when the edit is what its docstring says, else why not."""
    if isinstance(ed, K.Encoded):
        if ed.decode(ed.codec) != orig:
            return "does not decode to the original"
        if kind == "utf16le_bom_file" and not ed.startswith(b"\xff\xfe"):
            return "no BOM"
        return None
    o, e = _lines(orig), _lines(ed)
    if kind == "unicode_para_seps":
        return None if "\n" not in ed and "\r" not in ed and ed.replace("\u2029", "\n") == orig.replace("\r\n", "\n") else "seps"
    if kind == "json_escaped_text":
        return None if "\n" not in ed and json.loads(ed) == orig else "json"
    hs = {i: lvl for i, lvl, _ in headings(o, (0, 1))}
    if kind == "rtf_like_source":
        if e[0] != K.RTF_HEAD or e[-1] != "}" or len(e) != len(o) + 2:
            return "rtf frame"
        for i, ln in enumerate(o):
            x = e[i + 1]
            if i in hs:
                want = "\\pard{\\b\\f%d %s}\\par" % (1 if hs[i] == 0 else 2, K._rtf_esc(ln.strip(WS)))
            elif not ln.strip(WS):
                want = "\\par"
            else:
                want = "\\pard\\f0 " + K._rtf_esc(ln) + "\\par"
            if x != want:
                return f"rtf line {i}"
        return None
    if kind == "mediawiki_bold":
        if len(e) != len(o):
            return "lines"
        for i, (a, b) in enumerate(zip(o, e)):
            if i in hs:
                ind = a[: len(a) - len(a.lstrip(WS))]
                if b != f"{ind}'''{a.strip(WS)}'''":
                    return f"wiki line {i}"
            elif a != b:
                return f"non-heading line {i} changed"
        return None
    if kind == "word_format_balloons":
        t = find_title(o)
        want = []
        for i, ln in enumerate(o):
            want.append(ln)
            if i == t:
                want.append(K.BALLOON_TITLE)
            elif i in hs:
                want.append(K.BALLOON_TOP if hs[i] == 0 else K.BALLOON_SUB)
        return None if want == e else "balloons"
    if kind == "clipboard_fragment_marks":
        body = list(o)
        while body and not body[-1].strip(WS):
            body.pop()
        return None if e == K.FRAG_HEAD + body + K.FRAG_TAIL else "fragment"
    if kind == "pandoc_track_insertions":
        if len(e) != len(o):
            return "lines"
        for i, (a, b) in enumerate(zip(o, e)):
            if a == b:
                continue
            if K._INS.sub(r"\1", b) not in (a, a.rstrip(WS)):
                return f"line {i}: more than insertion spans"
            if i not in hs and (not is_body(a) or K._ENUM_START.match(a)):
                return f"line {i}: not a heading or body line"
        if not any(i in hs and o[i] != e[i] for i in hs):
            return "no heading span"
        return None
    if kind == "strong_arabic_dunhao_tops":
        for i, (a, b) in enumerate(zip(o, e)):
            if i in hs:
                ind = a[: len(a) - len(a.lstrip(WS))]
                if not (b.startswith(ind + "<strong>") and b.endswith("</strong>")):
                    return f"line {i} not strong"
                inner = b[len(ind) + 8:-9]
                if hs[i] == 0 and not re.match(r"^\d{1,2}、", inner):
                    return f"top {i} not n、"
                if hs[i] == 1 and inner != a.strip(WS):
                    return f"sub {i} changed"
            elif a != b:
                return f"line {i} changed"
        return None if len(e) == len(o) else "lines"
    if kind in ("latex_textbf_arabic_subs", "sub_arabic_dunhao", "top_colon_sep"):
        if len(e) != len(o):
            return "lines"
        for i, (a, b) in enumerate(zip(o, e)):
            if kind == "latex_textbf_arabic_subs":
                b = K._TEXTBF.sub(r"\1\2", b)
                if i in hs and b == e[i]:
                    return f"heading {i} not bold"
                b = K._LATEX_ESC.sub(r"\1", b)
                b = K._ARABIC_PAREN.sub(lambda m: m.group(0), b)
                a2 = K._SUB_LEAD.sub(lambda m: f"{m.group(1)}（{K.cn_val(m.group(2))}）", a)
                if b not in (a2, a2.rstrip(WS)):
                    return f"line {i}"
            elif kind == "sub_arabic_dunhao":
                if b != K._SUB_LEAD.sub(lambda m: f"{m.group(1)}{K.cn_val(m.group(2))}、", a):
                    return f"line {i}"
                if a != b and not re.match(r"^[" + WS + r"]*\d{1,2}、", b):
                    return f"line {i} form"
            else:
                if a != b and (a.replace("、", "：", 1) != b or not K.TOP_RE.match(a)):
                    return f"line {i}"
        return None
    if kind == "md_bold_arabic_outline":
        if len(e) != len(o):
            return "lines"
        for i, (a, b) in enumerate(zip(o, e)):
            a2 = K._SUB_LEAD.sub(lambda m: f"{m.group(1)}（{K.cn_val(m.group(2))}）", a)
            if i in hs:
                ind = a[: len(a) - len(a.lstrip(WS))]
                if not (b.startswith(ind + "**") and b.endswith("**")):
                    return f"heading {i} not bold"
                inner = b[len(ind) + 2:-2]
                if hs[i] == 0 and not re.match(r"^\d{1,2}\. \S", inner):
                    return f"top {i} not 'n. '"
                if hs[i] == 1 and inner != a2.strip(WS):
                    return f"sub {i}"
            elif b != a2:
                return f"line {i}"
        return None
    return "no claim written"


def mutate_char(t: str, body_only: bool) -> str | None:
    """One CJK character deleted from the first body line (or line with 8+ CJK characters outside
    furniture: chrome lines and the insertion spans' author attribute)."""
    lines = t.split("\n")
    for i, ln in enumerate(lines):
        if K._CHROME.fullmatch(ln.strip(WS)):
            continue
        masked = re.sub(r'author="[^"]*"', lambda m: " " * len(m.group(0)), ln)
        cjk = [x for x, ch in enumerate(masked) if "\u4e00" <= ch <= "\u9fff"]
        if (is_body(ln) if body_only else len(cjk) >= 8):
            x = cjk[len(cjk) // 2]
            lines[i] = ln[:x] + ln[x + 1:]
            return "\n".join(lines)
    return None


def main() -> int:
    chosen = "--chosen" in sys.argv
    ds = docs(chosen)
    bad = []
    applied = {k: [0, 0] for k in K.ALL_KINDS}
    for name, t in ds:
        # identity on originals: no furniture line, no markup, no numbering form in the originals' words
        for ln in t.split("\n"):
            if K._CHROME.fullmatch(ln.strip(WS)):
                bad.append(f"{name}: original line looks like furniture: {ln[:40]!r}")
        if _words(K._norm(t, False), False) != _words(unicodedata.normalize("NFKC", t), False):
            bad.append(f"{name}: normalisation changes the original's words")
        m = mutate_char(t, True)
        if m is not None and K.words_kept(t, m):
            bad.append(f"{name}: words check misses a deleted character of the original")
        for k, fn in K.ALL_KINDS.items():
            ed = fn(t)
            if ed is None:
                continue
            applied[k][0] += 1
            applied[k][1] += name.startswith("tests/shared/corpus/dev/")
            raw = bytes(ed) if isinstance(ed, K.Encoded) else ed.encode("utf-8")
            if raw == t.encode("utf-8"):
                bad.append(f"{k} {name}: bytes unchanged")
            txt = K.decoded(ed)
            if not isinstance(ed, K.Encoded) and txt == t:
                bad.append(f"{k} {name}: text unchanged")
            if not K.words_kept(t, txt):
                bad.append(f"{k} {name}: words not kept")
            why = claim(k, t, ed)
            if why:
                bad.append(f"{k} {name}: claim: {why}")
            if not isinstance(ed, K.Encoded):
                mm = mutate_char(txt, False) if k != "json_escaped_text" \
                    else txt.replace("法", "", 1) if "法" in txt else None
                if k == "unicode_para_seps":
                    mm = mutate_char(txt.replace("\u2029", "\n"), False)
                    mm = mm.replace("\n", "\u2029") if mm else None
                if mm is not None and K.words_kept(t, mm):
                    bad.append(f"{k} {name}: words check misses a deleted character of the edit")
    print(f"{len(ds)} documents ({'chosen' if chosen else 'pool + dev'})")
    print(f"{'kind':28s} {'applied':>7s} {'dev':>4s}")
    for k, (n, d) in applied.items():
        print(f"{k:28s} {n:7d} {d:4d}")
        if d < 3:
            bad.append(f"{k}: applies to {d} dev reports only")
        if chosen and n < 10:
            bad.append(f"{k}: applies to {n} chosen documents only")
    for b in bad[:60]:
        print("FAIL", b)
    print(f"{len(bad)} failures")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
