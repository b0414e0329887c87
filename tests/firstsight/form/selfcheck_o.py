#!/usr/bin/env python3
"""Self-check of form set o, without fzscore (run with the set's venv: python-docx and fpdf2).

On split-o.json's documents: applied counts (a kind applying to fewer than 3 dev reports or fewer
than 8 of the 23 documents fails); every edit's bytes differ from the original's UTF-8; a file kind
writes the format it names (docx = a zip with word/document.xml, rtf = `{\\rtf1`, html = a doctype,
pdf = `%PDF-` with its pages); every kind keeps the words (words_kept, through the text a reader of
the file sees); for the docx kinds the words are read a second way too, straight from
word/document.xml's <w:t> elements with a regex (not this set's reader); cjk_compat_ideographs is
the original again after NFC and carries at least one compatibility ideograph;
ocr_space_after_punct is the original once the added spaces go; docx_auto_numbering's heading
paragraphs carry a numPr and no typed number; and the words check can fail: one CJK character
deleted from the middle of each (kind, document)'s read text is caught.  Exit 1 on any failure."""
from __future__ import annotations

import io
import json
import os
import re
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
from form_edits import _words  # noqa: E402
from form_edits_o_kinds import ALL_KINDS, Payload, as_text, strip_form, words_kept  # noqa: E402

MAGIC = {".docx": b"PK", ".rtf": b"{\\rtf1", ".html": b"<!DOCTYPE", ".pdf": b"%PDF-"}


def docx_wt_text(data: bytes) -> str:
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    return "".join(a or b for a, b in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>|(</w:p>)", xml)).replace("</w:p>", "\n")


def main() -> int:
    split = json.load(open(os.path.join(HERE, "split-o.json"), encoding="utf-8"))
    docs = split["docs"]
    texts = {d: open(os.path.join(ROOT, d), encoding="utf-8").read() for d in docs}
    bad = []
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
            if isinstance(r, Payload):
                if not data.startswith(MAGIC[r.suffix]):
                    bad.append((k, d, "not a " + r.suffix))
                if r.suffix == ".docx":
                    w = docx_wt_text(data)
                    if _words(strip_form(t), False) != _words(strip_form(w), True):
                        bad.append((k, d, "docx <w:t> words differ"))
                    if k == "docx_auto_numbering":
                        xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
                        num = zipfile.ZipFile(io.BytesIO(data)).read("word/numbering.xml").decode("utf-8")
                        if 'w:abstractNumId="90"' not in num or xml.count("<w:numPr>") < 2:
                            bad.append((k, d, "no automatic numbering"))
                        for para in re.findall(r"<w:p>.*?</w:p>|<w:p .*?</w:p>", xml):
                            if "<w:numPr>" in para:
                                tx = "".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para))
                                if re.match(r"^[（(]?[一二三四五六七八九十]{1,3}[、）)]", tx):
                                    bad.append((k, d, "typed number left: " + tx[:20]))
                if r.suffix == ".pdf" and not re.search(rb"/Type\s*/Page\b(?!s)", data):
                    bad.append((k, d, "pdf without a page"))
            if not words_kept(t, r):
                bad.append((k, d, "words lost"))
            if k == "cjk_compat_ideographs":
                if unicodedata.normalize("NFC", r) != unicodedata.normalize("NFC", t) or \
                        not re.search("[\uf900-\ufaff]", r):
                    bad.append((k, d, "not canonically equal / no compat ideograph"))
            if k == "ocr_space_after_punct" and re.sub("([，。；：、！？]) ", r"\1", r) != re.sub("([，。；：、！？]) ", r"\1", t):
                bad.append((k, d, "more than spaces after punctuation"))
            # the words check can fail
            rt = as_text(r)
            mid = len(rt) // 2
            m = re.search(r"[\u4e00-\u9fff\uf900-\ufaff]", rt[mid:])
            if m:
                j = mid + m.start()
                cut = rt[:j] + rt[j + 1:]
                if words_kept(t, cut):
                    bad.append((k, d, "words check blind"))
        ok = ndev >= 3 and n >= 8
        print(f"{k:26s} applied {n:2d} (dev {ndev})" + ("" if ok else "  TOO FEW"))
        if not ok:
            bad.append((k, "-", "too few"))
    for b in bad:
        print("FAIL", *b)
    print("selfcheck_o:", "OK" if not bad else f"{len(bad)} failures")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
