#!/usr/bin/env python3
"""Self-check of form set o, batch 2, without fzscore (run with the set's venv; doc_word97 needs
LibreOffice's soffice).  On split-o2.json's documents: applied counts (fewer than 3 dev reports or
fewer than 8 of the 23 documents fails); every edit's bytes differ from the original's UTF-8; a file
kind writes the format it names (.doc = an OLE2 compound file); every kind keeps the words (through
the text a reader of the file sees: this set's reader for docx/rtf/html, LibreOffice's text export
for .doc); docx_content_controls puts the title and the body in two `<w:sdt>`;
docx_hyperlinked_refs makes one `<w:hyperlink>` per 《…》 of the body lines; docx_textbox_title's
title is inside `<w:txbxContent>` (and elsewhere only as often as the original repeats it); html_ol_cjk_headings leaves no typed top number
in an `<li>`; top_sep_fullwidth_comma changes only line-start `N、` to `N，`, and no original has a
line-start `N，` (which the words check would read as `N、`); and the words check can fail (one CJK
character deleted from the middle of each (kind, document)'s read text is caught).  Exit 1 on any
failure."""
from __future__ import annotations

import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
from form_edits import headings, split_lines  # noqa: E402
from form_edits_o2_kinds import _BOOK, _TOP_COMMA, ALL_KINDS, as_text, words_kept  # noqa: E402
from form_edits_o_kinds import Payload, _title_idx  # noqa: E402

MAGIC = {".docx": b"PK", ".rtf": b"{\\rtf1", ".html": b"<!DOCTYPE", ".doc": b"\xd0\xcf\x11\xe0"}


def main() -> int:
    split = json.load(open(os.path.join(HERE, "split-o2.json"), encoding="utf-8"))
    texts = {d: open(os.path.join(ROOT, d), encoding="utf-8").read() for d in split["docs"]}
    bad = []
    for d, t in texts.items():
        if _TOP_COMMA.search(t):
            bad.append(("-", d, "original has a line-start N，"))
    for k, fn in ALL_KINDS.items():
        n = ndev = 0
        for d, t in texts.items():
            r = fn(t)
            if r is None:
                continue
            n += 1
            ndev += "/dev/" in d
            data = bytes(r) if isinstance(r, Payload) else r.encode("utf-8")
            if data == t.encode("utf-8"):
                bad.append((k, d, "bytes unchanged"))
            if isinstance(r, Payload) and not data.startswith(MAGIC[r.suffix]):
                bad.append((k, d, "not a " + r.suffix))
            if not words_kept(t, r):
                bad.append((k, d, "words lost"))
            lines = split_lines(t)[0]
            if k.startswith("docx_"):
                xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
                if k == "docx_content_controls" and xml.count("<w:sdt>") != 2:
                    bad.append((k, d, "not two content controls"))
                if k == "docx_hyperlinked_refs":
                    hs = {i for i, _, _ in headings(lines, (0, 1))} | {_title_idx(lines)}
                    want = sum(len(_BOOK.findall(ln.strip())) for i, ln in enumerate(lines) if i not in hs and ln.strip())
                    if xml.count("<w:hyperlink ") != want:
                        bad.append((k, d, f"hyperlinks {xml.count('<w:hyperlink ')} != {want}"))
                if k == "docx_textbox_title":
                    title = lines[_title_idx(lines)].strip()
                    box = re.search(r"<w:txbxContent>(.*?)</w:txbxContent>", xml)
                    if not box or title not in box.group(1) or xml.count(title) != t.count(title):
                        bad.append((k, d, "title not (only) in the text box"))
            if k == "html_ol_cjk_headings" and re.search(r"<li><p><strong>[一二三四五六七八九十]{1,3}、", data.decode("utf-8")):
                bad.append((k, d, "typed number in <li>"))
            if k == "top_sep_fullwidth_comma":
                back = _TOP_COMMA.sub(lambda m: m.group(1) + m.group(2) + "、", r)
                if back != t or len(r) != len(t):
                    bad.append((k, d, "more than the separator changed"))
            rt = as_text(r)
            mid = len(rt) // 2
            m = re.search(r"[\u4e00-\u9fff]", rt[mid:])
            if m:
                j = mid + m.start()
                if words_kept(t, rt[:j] + rt[j + 1:]):
                    bad.append((k, d, "words check blind"))
        ok = ndev >= 3 and n >= 8
        print(f"{k:26s} applied {n:2d} (dev {ndev})" + ("" if ok else "  TOO FEW"))
        if not ok:
            bad.append((k, "-", "too few"))
    for b in bad:
        print("FAIL", *b)
    print("selfcheck_o2:", "OK" if not bad else f"{len(bad)} failures")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
