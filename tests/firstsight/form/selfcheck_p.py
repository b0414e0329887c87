#!/usr/bin/env python3
"""Form set p selfcheck, without fzscore (run with a venv that has python-docx and fpdf2):
applied counts; every edit changes the bytes; each file kind writes the format it names; every
kind keeps the words on every document; the docx kinds' words read a second way (every <w:t> of
word/document.xml, set o2's docx_read2); the plain-text kinds give the original back when their
one change is undone; and the words check can fail (one CJK character deleted from each
(kind, document)'s read text is caught).  Exit 0 when all hold."""
from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
import zipfile
import io

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
from form_edits_o_kinds import Payload, as_text  # noqa: E402
from form_edits_o2_kinds import docx_read2  # noqa: E402
from form_edits_p_kinds import ALL_KINDS, words_kept  # noqa: E402

MAGIC = {".docx": lambda b: b[:2] == b"PK" and "word/document.xml" in zipfile.ZipFile(io.BytesIO(b)).namelist(),
         ".pdf": lambda b: b.startswith(b"%PDF-") and b"/Type /Page" in b,
         ".mht": lambda b: b.startswith(b"From: <Saved by Blink>") and b"multipart/related" in b,
         ".html": lambda b: b.startswith(b"\xff\xfe<\x00!\x00D\x00O\x00C") or b.startswith(b"<!DOCTYPE html")}


def main() -> int:
    split = json.load(open(os.path.join(HERE, "split-p.json"), encoding="utf-8"))
    docs = split["docs"]
    assert sorted(split["tune"] + split["held"]) == sorted(ALL_KINDS), "split does not cover the kinds"
    bad = 0
    for k, f in ALL_KINDS.items():
        n = ndev = 0
        for d in docs:
            t = open(os.path.join(ROOT, d), encoding="utf-8").read()
            e = f(t)
            if e is None:
                continue
            n += 1
            ndev += "/dev/" in d
            data = bytes(e) if isinstance(e, Payload) else e.encode("utf-8")
            if data == t.encode("utf-8"):
                bad += 1; print("UNCHANGED", k, d)
            if isinstance(e, Payload) and not MAGIC[e.suffix](data):
                bad += 1; print("FORMAT", k, d, e.suffix)
            if not words_kept(t, e):
                bad += 1; print("WORDS", k, d)
            if isinstance(e, Payload) and e.suffix == ".docx" and not words_kept(t, docx_read2(data)):
                bad += 1; print("WORDS2", k, d)
            if not isinstance(e, Payload):
                undo = {"bom_per_part": lambda s: s.replace("\ufeff", ""),
                        "vt_manual_breaks": lambda s: s.replace("\x0b", "\n"),
                        "fullwidth_month_day": lambda s: unicodedata.normalize("NFKC", s),
                        "part_ordinal_tops": lambda s: re.sub(r"(?m)^([ \t\u3000\u00a0]*)第([一二三四五六七八九十]{1,3})部分\u3000", r"\1\2、", s)}[k]
                tt = unicodedata.normalize("NFKC", t) if k == "fullwidth_month_day" else t
                if undo(e) != tt:
                    bad += 1; print("UNDO", k, d)
            rt = as_text(e)
            m = re.search(r"[\u4e00-\u9fff]", rt[len(rt) // 2:])
            if m:
                p = len(rt) // 2 + m.start()
                if words_kept(t, rt[:p] + rt[p + 1:]):
                    bad += 1; print("CHECK-BLIND", k, d)
        ok = n >= 5 and ndev >= 1
        bad += not ok
        print(f"{k:26s} applied {n:2d} (dev {ndev}) {'ok' if ok else 'TOO FEW'}")
    print("selfcheck", "OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
