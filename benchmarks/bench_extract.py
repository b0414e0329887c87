#!/usr/bin/env python3
"""Extraction time per format, and the library comparison behind docs/formats.md.

    python benchmarks/bench_extract.py [--runs 5]            # fzscore's readers: ms per file, per format
    python benchmarks/bench_extract.py --compare pdf         # pypdf / pdfplumber / pypdfium2 / PyMuPDF
    python benchmarks/bench_extract.py --compare html        # own rules / trafilatura / readability-lxml
    python benchmarks/bench_extract.py --compare docx        # own reader / python-docx paragraph.text

Inputs are built from the five dev reports of ../shared/corpus with tests/make_fixtures.py (PDFs need a
CJK font: fc-list :lang=zh; with LibreOffice on the machine, Word-made PDFs are added with --lo).
"Correct characters" is the share of the report's own characters (whitespace ignored) that the
extracted text reproduces in order (difflib matching blocks); "extra" counts characters that are not
in the report (running headers, page numbers, chrome, garbage).
"""
from __future__ import annotations

import argparse
import difflib
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

import make_fixtures as mf  # noqa: E402


def squash(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def accuracy(truth: str, got: str) -> tuple[float, int]:
    """(share of truth's characters reproduced in order, extra characters)"""
    a, b = squash(truth), squash(got)
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    matched = sum(m.size for m in sm.get_matching_blocks())
    return matched / max(1, len(a)), len(b) - matched


def timed(fn, runs: int):
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return out, statistics.median(times)


# --------------------------------------------------------------------------- inputs


def build(tmp: Path, lo: bool = False) -> dict[str, list[tuple[mf.Report, Path]]]:
    reports = mf.dev_reports()
    if not reports:
        sys.exit("no dev reports: ../shared/corpus/dev is missing")
    out: dict[str, list] = {"txt": [], "docx": [], "pdf": [], "html": [], "html-gbk": []}
    font = mf.find_cjk_font()
    for r in reports:
        t = tmp / f"{r.name}.txt"
        t.write_text(r.text, encoding="utf-8")
        out["txt"].append((r, t))
        out["docx"].append((r, mf.make_docx(r.text, tmp / f"{r.name}.docx")))
        out["html"].append((r, mf.make_html(r.text, tmp / f"{r.name}.html")))
        out["html-gbk"].append((r, mf.make_html(r.text, tmp / f"{r.name}-gbk.html", encoding="gbk", meta="http-equiv", layout="br", sidebar="before")))
        if font:
            out["pdf"].append((r, mf.make_pdf(r.text, tmp / f"{r.name}.pdf", font, title=r.labels.get("title"))))
    if lo and shutil.which("soffice") and out["docx"]:
        out["pdf-lo"] = []
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp / "lo")]
                       + [str(p) for _, p in out["docx"]], capture_output=True, env={"HOME": str(tmp), "PATH": "/usr/bin:/bin"})
        for r, p in out["docx"]:
            q = tmp / "lo" / (p.stem + ".pdf")
            if q.exists():
                out["pdf-lo"].append((r, q))
    if not font:
        print("no CJK font on this machine (fc-list :lang=zh): PDF inputs skipped", file=sys.stderr)
    return out


# --------------------------------------------------------------------------- fzscore's readers


def bench_readers(inputs, runs: int) -> None:
    from scorer.reading import read_input

    print(f"{'format':10} {'files':>5} {'ms/file (median)':>17} {'KB/file':>8} {'lines':>6} {'correct chars':>14}")
    for fmt, items in inputs.items():
        if not items:
            continue
        ms, kb, nlines, acc = [], [], [], []
        for r, p in items:
            ex, t = timed(lambda: read_input(str(p)), runs)
            ms.append(t * 1000)
            kb.append(p.stat().st_size / 1024)
            nlines.append(len(ex.lines))
            acc.append(accuracy(r.text, "\n".join(ex.lines))[0])
        print(f"{fmt:10} {len(items):5} {statistics.median(ms):17.1f} {statistics.mean(kb):8.0f} "
              f"{statistics.mean(nlines):6.0f} {statistics.mean(acc) * 100:13.1f}%")


# --------------------------------------------------------------------------- PDF libraries


def _pypdf(data: bytes) -> str:
    import pypdf

    return "\n".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def _pdfplumber(data: bytes) -> str:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return "\n".join(p.extract_text() or "" for p in pdf.pages)


def _pdfium(data: bytes) -> str:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def _pymupdf(data: bytes) -> str:
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as doc:
        return "\n".join(page.get_text() for page in doc)


def _fzscore_pdf(data: bytes) -> str:
    from scorer.reading.pdf import read_pdf

    return "\n".join(read_pdf("x.pdf", data, "").lines)


PDF_LIBS = {"pypdf": _pypdf, "pdfplumber": _pdfplumber, "pypdfium2": _pdfium, "pymupdf": _pymupdf, "fzscore (pypdfium2 + rules)": _fzscore_pdf}


def _cjk_noise(text: str) -> int:
    """Characters no report has: controls, NUL, private use, U+FFFD, '(cid:'."""
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\r\n\t") or 0xE000 <= ord(ch) <= 0xF8FF or ch == "\ufffd")
    return bad + text.count("(cid:") * 6


def compare_pdf(inputs, runs: int) -> None:
    for kind in [k for k in ("pdf", "pdf-lo") if inputs.get(k)]:
        print(f"\n{kind}: {len(inputs[kind])} files ({'fpdf2, embedded CJK font' if kind == 'pdf' else 'LibreOffice from .docx'})")
        print(f"{'library':30} {'correct chars':>14} {'extra chars':>12} {'noise chars':>12} {'ms/file':>9}")
        for name, fn in PDF_LIBS.items():
            try:
                fn(inputs[kind][0][1].read_bytes())
            except ImportError:
                print(f"{name:30} not installed")
                continue
            accs, extras, noise, ms = [], [], [], []
            for r, p in inputs[kind]:
                data = p.read_bytes()
                text, t = timed(lambda: fn(data), runs)
                a, e = accuracy(r.text, text)
                accs.append(a)
                extras.append(e)
                noise.append(_cjk_noise(text))
                ms.append(t * 1000)
            print(f"{name:30} {statistics.mean(accs) * 100:13.1f}% {statistics.mean(extras):12.0f} "
                  f"{statistics.mean(noise):12.0f} {statistics.median(ms):9.1f}")


# --------------------------------------------------------------------------- HTML extractors


def _own(data: bytes) -> list[str]:
    from scorer.reading.html import read_html

    return read_html("x.html", data, "").lines


def _own_keep_links(data: bytes) -> list[str]:
    from scorer.reading import html as h

    text, _enc = h.decode_html("x.html", data)
    return h.extract_lines(text, drop_link_lines=False)[0]


def _trafilatura(data: bytes) -> list[str]:
    import trafilatura

    out = trafilatura.extract(data, include_comments=False, include_tables=True, with_metadata=False, favor_recall=True)
    title = trafilatura.extract_metadata(data)
    head = [title.title] if title and title.title else []
    if title and title.date:
        head.append("发布日期：" + title.date)
    return head + (out or "").splitlines()


def _readability(data: bytes) -> list[str]:
    from readability import Document

    from scorer.reading import html as h

    text, _enc = h.decode_html("x.html", data)
    doc = Document(text)
    return [doc.short_title()] + h.extract_lines(doc.summary(html_partial=True), drop_link_lines=False)[0]


HTML_LIBS = {"own rules (fzscore)": _own, "own rules, link lines kept": _own_keep_links,
             "trafilatura": _trafilatura, "readability-lxml": _readability}


def _sections(card: dict) -> dict:
    return {k: (v.get("present"), v.get("form")) for k, v in card["sections"].items()}


def compare_html(inputs, runs: int) -> None:
    import hashlib

    from scorer.reading import Extracted
    from scorer.rubric import load
    from scorer.scoring.pipeline import score_extracted

    rubric = load("default")
    base = {}
    for r, p in inputs["txt"]:
        from scorer.scoring.pipeline import score_path

        base[r.name] = score_path(str(p), rubric)
    for kind in ("html", "html-gbk"):
        print(f"\n{kind}: {len(inputs[kind])} pages with site chrome")
        print(f"{'extractor':28} {'correct chars':>14} {'extra chars':>12} {'same sections':>14} {'|Δscore|':>9} {'ms/file':>9}")
        for name, fn in HTML_LIBS.items():
            try:
                fn(inputs[kind][0][1].read_bytes())
            except ImportError:
                print(f"{name:28} not installed")
                continue
            accs, extras, same, delta, ms = [], [], 0, [], []
            for r, p in inputs[kind]:
                data = p.read_bytes()
                lines, t = timed(lambda: fn(data), runs)
                a, e = accuracy(r.text, "\n".join(lines))
                accs.append(a)
                extras.append(e)
                ms.append(t * 1000)
                ex = Extracted(str(p), "html", "utf-8", hashlib.sha256(data).hexdigest(), len(data), list(lines))
                card = score_extracted(ex, rubric)
                same += _sections(card) == _sections(base[r.name])
                delta.append(abs(card["score"] - base[r.name]["score"]))
            print(f"{name:28} {statistics.mean(accs) * 100:13.1f}% {statistics.mean(extras):12.0f} "
                  f"{same:>10}/{len(inputs[kind])} {max(delta):9.1f} {statistics.median(ms):9.1f}")


# --------------------------------------------------------------------------- docx


def _python_docx(data: bytes) -> str:
    import docx

    d = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in d.paragraphs)


def compare_docx(inputs, runs: int) -> None:
    from scorer.reading.docx import read_docx

    print(f"\ndocx: {len(inputs['docx'])} files with auto-numbered headings")
    print(f"{'reader':34} {'correct chars':>14} {'ms/file':>9}")
    for name, fn in {"fzscore (zipfile + ElementTree)": lambda d: "\n".join(read_docx("x.docx", d, "").lines),
                     "python-docx paragraph.text": _python_docx}.items():
        accs, ms = [], []
        for r, p in inputs["docx"]:
            data = p.read_bytes()
            text, t = timed(lambda: fn(data), runs)
            accs.append(accuracy(r.text, text)[0])
            ms.append(t * 1000)
        print(f"{name:34} {statistics.mean(accs) * 100:13.2f}% {statistics.median(ms):9.1f}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--compare", choices=["pdf", "html", "docx"])
    ap.add_argument("--lo", action="store_true", help="also Word-made PDFs (LibreOffice) for --compare pdf")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        inputs = build(Path(tmp), lo=args.lo)
        if args.compare == "pdf":
            compare_pdf(inputs, args.runs)
        elif args.compare == "html":
            compare_html(inputs, args.runs)
        elif args.compare == "docx":
            compare_docx(inputs, args.runs)
        else:
            bench_readers(inputs, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
