#!/usr/bin/env python3
"""Form set au self-check (a copy of selfcheck_at.py, itself a copy of selfcheck_ar.py, itself a copy of selfcheck_aq.py, itself a copy of selfcheck_ap.py, itself a copy of selfcheck_an.py, itself a copy of selfcheck_am.py) (a copy of selfcheck_ai.py), without fzscore: for every kind on the documents
of split-au.json, the applied count (fewer than 2 documents fails), the edit changes the bytes, a file
kind writes the format it names (zip with word/document.xml, %PDF-, <!DOCTYPE html>), the words are
kept (form_edits_au_kinds.words_kept), and the words check can fail (one CJK character deleted from
each read text is caught).  Exit 0 when all hold."""
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
from form_edits_o_kinds import Payload, as_text  # noqa: E402
from form_edits_au_kinds import ALL_KINDS, words_kept  # noqa: E402
from form_edits_au import WORDS_EXEMPT as EXEMPT  # noqa: E402

FMT = {".docx": lambda b: "word/document.xml" in zipfile.ZipFile(io.BytesIO(b)).namelist(),
       ".pdf": lambda b: b.startswith(b"%PDF-") and re.search(rb"/Type\s*/Page\b", b) is not None,
       ".html": lambda b: b.lstrip(b"\xef\xbb\xbf").lower().startswith(b"<!doctype html") or b.startswith(b"<html"),
       ".mht": lambda b: b"MIME-Version: 1.0" in b[:600] and b"multipart/" in b[:800],
       ".doc": lambda b: b.startswith(bytes.fromhex("d0cf11e0a1b11ae1")),
       ".odt": lambda b: "content.xml" in zipfile.ZipFile(io.BytesIO(b)).namelist(),
       ".txt": lambda b: True,
       ".rtf": lambda b: b.startswith(b"{\\rtf1"),
       ".pdfenc": None,
       ".docm": lambda b: "word/document.xml" in zipfile.ZipFile(io.BytesIO(b)).namelist(),
       ".dotx": lambda b: "word/document.xml" in zipfile.ZipFile(io.BytesIO(b)).namelist(),
       ".xml": lambda b: b"<?mso-application progid=\"Word.Document\"?>" in b[:200]}


def main():
    docs = json.load(open(os.path.join(HERE, "split-au.json"), encoding="utf-8"))["docs"]
    bad = 0
    for k, fn in ALL_KINDS.items():
        n = dev = 0
        for rel in docs:
            t = open(os.path.join(ROOT, rel), encoding="utf-8").read()
            ed = fn(t)
            if ed is None:
                continue
            n += 1
            dev += "/dev/" in rel
            data = bytes(ed) if isinstance(ed, Payload) else ed.encode("utf-8")
            probs = []
            if data == t.encode("utf-8"):
                probs.append("unchanged")
            if isinstance(ed, Payload) and not FMT[ed.suffix](data):
                probs.append("format")
            if not words_kept(t, ed) and k not in EXEMPT:
                probs.append("words")
            s = as_text(ed)
            longest = max(s.split("\n"), key=len)
            at = s.index(longest) + len(longest) // 2
            m = re.search(r"[\u4e00-\u9fff]", s[at:])
            if m and k not in EXEMPT and words_kept(t, s[:at + m.start()] + s[at + m.end():]):
                probs.append("check-blind")
            if probs:
                bad += 1
                print("FAIL", k, rel, probs)
        ok = n >= 2
        bad += not ok
        print(f"{k:32s} applied {n:2d} (dev {dev}) {'ok' if ok else 'FAIL'}")
    print("bad", bad)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
