#!/usr/bin/env python3
"""CPU milliseconds per PDF of each way to read a PDF's text, on a folder of PDFs, and whether a
scorecard made from that text is fzscore's.

    python benchmarks/bench_pdf_readers.py DIR [DIR …] [--step 2] [--cards]

DIR: e.g. bench_batch.py's mixed round (--keep DIR, then DIR/in), or a folder of the PDFs the tests
build. Each way reads every `step`-th PDF once to warm up, then once counted; CPU is user + system
of this process and of the processes it waited for (pdftotext). Ways whose library is missing are
left out (PyMuPDF is AGPL-3.0: measured, not a dependency; poppler-utils is a system package).

    fzscore             scorer.reading.pdf.read_pdf: PDFium's pages and text pages, lines from
                        geometry, running lines dropped, broken lines joined, quality checked
    pdfium load         PDFium alone: the document and FPDF_LoadPage of each page
    pdfium text         … and FPDFText_LoadPage with the whole page's FPDFText_GetText
    pymupdf text/dict/rawdict, pdftotext -raw / -bbox-layout, pypdf, pdfminer.six
    pymupdf + rules     PyMuPDF's lines ("dict") through fzscore's own rules (read_mupdf below)

--cards: score the text of each raw way (its lines as they come, blank ones dropped) and count the
cards equal to fzscore's (the source block and the time stamp aside) and the equal scores.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def ways() -> dict:
    from scorer.reading.pdf import read_pdf

    def fzscore(path: str, data: bytes):
        return read_pdf(path, data, "x").lines

    def pdfium_pages(data: bytes, text: bool) -> list[str]:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw

        doc = pdfium.PdfDocument(data)
        out = []
        try:
            for i in range(len(doc)):
                page = raw.FPDF_LoadPage(doc.raw, i)
                if text:
                    tp = raw.FPDFText_LoadPage(page)
                    n = raw.FPDFText_CountChars(tp)
                    buf = (raw.c_ushort * (2 * n + 2))()
                    got = raw.FPDFText_GetText(tp, 0, n, buf)
                    out.append(bytes(buf)[: 2 * max(got - 1, 0)].decode("utf-16-le", "replace"))
                    raw.FPDFText_ClosePage(tp)
                raw.FPDF_ClosePage(page)
        finally:
            doc.close()
        return out

    found = {"fzscore": fzscore,
             "pdfium load": lambda path, data: pdfium_pages(data, False),
             "pdfium text": lambda path, data: pdfium_pages(data, True)}
    try:
        import pymupdf

        def mupdf(kind: str):
            def read(path: str, data: bytes):
                with pymupdf.open(stream=data, filetype="pdf") as doc:
                    pages = [page.get_text(kind) for page in doc]
                return "\n".join(pages) if kind == "text" else pages
            return read

        for kind in ("text", "dict", "rawdict"):
            found[f"pymupdf {kind}"] = mupdf(kind)
        found["pymupdf + rules"] = lambda path, data: read_mupdf(path, data).lines
    except ImportError:
        pass
    try:
        subprocess.run(["pdftotext", "-v"], capture_output=True, check=False)
        for flag in ("-raw", "-bbox-layout"):
            found[f"pdftotext {flag}"] = (lambda f: lambda path, data: subprocess.run(
                ["pdftotext", "-enc", "UTF-8", f, path, "-"], capture_output=True).stdout.decode("utf-8", "replace"))(flag)
    except OSError:
        pass
    try:
        import pypdf

        found["pypdf"] = lambda path, data: "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    except ImportError:
        pass
    try:
        from pdfminer.high_level import extract_text

        found["pdfminer.six"] = lambda path, data: extract_text(path)
    except ImportError:
        pass
    return found


def _mupdf_pages(data: bytes) -> list:
    """PyMuPDF's lines ("dict") as fzscore's Pages: lines that overlap vertically are one row, left to
    right, with a space across a gap wider than 1.2 em (an experiment: AGPL, not a dependency)."""
    import re
    import statistics

    import pymupdf

    from scorer.reading import pdf as P

    pages = []
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        for no, page in enumerate(doc, 1):
            h = page.rect.height
            pg = P.Page(no, page.rect.width, h, objects=1)
            got = []
            for block in page.get_text("dict", flags=0)["blocks"]:
                for line in block.get("lines", []):
                    spans = [s for s in line["spans"] if s["text"].strip()]
                    if not spans:
                        continue
                    text = "".join(s["text"] for s in line["spans"]).strip()
                    x0, y0, x1, y1 = line["bbox"]
                    sizes = sorted(s["size"] for s in spans)
                    glyphs = sum(len(re.sub(r"\s", "", s["text"])) for s in spans)
                    got.append([h - y0, h - y1, x0, x1, text, sizes[len(sizes) // 2], glyphs])
                    pg.noise += len(P._NOISE.findall(text))
            got.sort(key=lambda r: -(r[0] + r[1]) / 2)
            rows: list = []
            for r in got:
                for row in rows[-4:]:
                    overlap = min(row[0], r[0]) - max(row[1], r[1])
                    if overlap > 0.5 * min(row[0] - row[1], r[0] - r[1]):
                        row[0], row[1] = max(row[0], r[0]), min(row[1], r[1])
                        row[2].append(r)
                        break
                else:
                    rows.append([r[0], r[1], [r]])
            for top, bottom, items in rows:
                items.sort(key=lambda r: r[2])
                size = statistics.median([r[5] for r in items])
                parts, prev = [], None
                for r in items:
                    if prev is not None and r[2] - prev[3] > 1.2 * size:
                        parts.append(" ")
                    parts.append(r[4])
                    prev = r
                glyphs = sum(r[6] for r in items)
                pg.lines.append(P.Line(no, P._SPACES.sub(" ", "".join(parts)).strip(), items[0][2],
                                       max(r[3] for r in items), top, bottom, size, glyphs))
                pg.chars += glyphs
            pg.lines.sort(key=lambda ln: -ln.mid)
            pages.append(pg)
    return pages


def read_mupdf(path: str, data: bytes, sha256: str = "x"):
    """read_pdf with PyMuPDF's lines in place of PDFium's: the same quality check, running lines, joins."""
    from scorer.reading import pdf as P
    from scorer.reading.extracted import Extracted

    pages = _mupdf_pages(data)
    warnings_: list[str] = []
    unreliable = P._quality(pages, warnings_)
    P._drop_running_lines(pages)
    lines = [ln.strip() for ln in P._join(pages)[0] if ln.strip()]
    return Extracted(path, "pdf", None, sha256, len(data), lines, warnings=warnings_, unreliable=unreliable)


def cards(files: list[str], found: dict) -> None:
    from scorer.reading.extracted import Extracted
    from scorer.reading.pdf import read_pdf
    from scorer.scoring.pipeline import score_extracted

    def card(ex) -> tuple[str, float | None]:
        c = dict(score_extracted(ex))
        c.pop("source", None)
        c.pop("generated_at", None)
        return json.dumps(c, ensure_ascii=False, sort_keys=True, default=str), c.get("score")

    raw_ways = [k for k in found if k in ("pymupdf text", "pdftotext -raw", "pypdf", "pdfminer.six")]
    same = {k: [0, 0] for k in raw_ways + (["pymupdf + rules"] if "pymupdf + rules" in found else [])}
    for f in files:
        data = Path(f).read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        ref, score = card(read_pdf(f, data, sha))
        if "pymupdf + rules" in same:
            got, s = card(read_mupdf(f, data, sha))
            same["pymupdf + rules"][0] += got == ref
            same["pymupdf + rules"][1] += s == score
        for k in raw_ways:
            try:
                lines = [ln.strip() for ln in found[k](f, data).replace("\x0c", "\n").split("\n") if ln.strip()]
                got, s = card(Extracted(f, "pdf", None, sha, len(data), lines)) if lines else (None, None)
            except Exception:  # a library that fails on a file: no card
                got, s = None, None
            same[k][0] += got == ref
            same[k][1] += s == score
    for k, (c, s) in same.items():
        print(f"{k:<20} cards equal to fzscore's {c}/{len(files)}, scores equal {s}/{len(files)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--step", type=int, default=1)
    ap.add_argument("--cards", action="store_true")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    files = sorted(str(p) for d in args.dirs for p in d.rglob("*.pdf"))[:: args.step]
    if not files:
        sys.exit("no PDFs")
    found = ways()
    for name, read in found.items():
        sample = files if name != "pdfminer.six" else files[::5]  # 25x slower than the rest
        datas = [(f, Path(f).read_bytes()) for f in sample]
        for f, data in datas[:3]:
            read(f, data)
        t = cpu()
        for f, data in datas:
            read(f, data)
        print(f"{name:<20} {1000 * (cpu() - t) / len(datas):7.2f} ms CPU a PDF ({len(datas)} PDFs)", flush=True)
    if args.cards:
        cards(files, found)
    return 0


if __name__ == "__main__":
    sys.exit(main())
