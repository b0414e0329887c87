"""Reading: a file's bytes → text lines (an `Extracted`), whatever the format.

The format is decided by content (magic bytes), never by the file name's extension.
Every reader returns an `Extracted`: the text as lines (numbered from 1 in the scorecard),
the encoding where there is one, and any warning about the quality of the text.
"""
from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

from scorer.reading.extracted import Extracted, split_lines
from scorer.text.errors import InputError
from scorer.text.yamlcache import sha256_hex

# Reports are tens of kilobytes; a few hundred pages of PDF stay well below this.
MAX_INPUT_BYTES = 50 * 1024 * 1024
# Characters of text (newlines included) a report may have: the longest real report read so far
# has about 15,000; 45 MB of text once took minutes and most of a gigabyte to score.
MAX_TEXT_CHARS = 200_000


def read_bytes(path: str) -> bytes:
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputError(path, "文件不存在") from None
    except OSError as exc:
        raise InputError(path, f"无法访问文件（{exc.strerror or exc}）") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(path, "这是一个目录，不是文件（批量评分请用 fzscore batch）")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(path, "不是普通文件")
    if st.st_size > MAX_INPUT_BYTES:
        raise InputError(path, f"文件过大（{st.st_size / 1048576:.1f} MB，上限 {MAX_INPUT_BYTES // 1048576} MB）")
    if not os.access(p, os.R_OK):
        raise InputError(path, "没有读取权限")
    try:
        data = p.read_bytes()
    except PermissionError:
        raise InputError(path, "没有读取权限") from None
    except OSError as exc:
        raise InputError(path, f"读取失败（{exc.strerror or exc}）") from None
    if not data.strip():
        raise InputError(path, "文件为空")
    return data


def sniff(data: bytes) -> str:
    """Name the container by its first bytes: docx, odt, wordxml, pdf, ole (legacy .doc/.wps), rtf, mhtml, html, zip or text."""
    head = data[:2048]
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if ODF_TEXT in head[:100]:  # an OpenDocument file's first entry, stored: "mimetype" and its type
            return "odt"
        return "docx" if b"word/" in data[:65536] or b"[Content_Types].xml" in data[:65536] else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark: a page saved so, or text
        data = data[:65536].decode("utf-16", "replace").encode("utf-8")  # probed as UTF-8, as the others are
        head = data[:2048]
    if MHTML.match(head):  # before the page inside it is taken for the file
        return "mhtml"
    if WORD_XML in head[:1024]:  # Word's XML saved as one file: Flat OPC (2007+) or WordprocessingML 2003
        return "wordxml"
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith((b"<!doctype html", b"<html", b"<?xml")) or (
        b"<html" in head.lower() and b"</" in data[:65536]
    ):
        return "html"
    return "text"


ODF_TEXT = b"mimetypeapplication/vnd.oasis.opendocument.text"  # .odt (and its template, .ott)
WORD_XML = b'<?mso-application progid="Word.Document"?>'  # Word's "XML 文档" (.xml): Flat OPC or Word 2003 XML

# A web page saved as one file (.mht/.mhtml, "网页，单个文件"): a MIME message whose first part is the page
MHTML = re.compile(rb"(?:[\w-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){0,12}?MIME-Version:\s*1\.0", re.I)


def read_input(path: str) -> Extracted:
    return read_data(path, read_bytes(path))


def read_data(path: str, data: bytes) -> Extracted:
    """Bytes already read (from standard input, say), named `path` in messages and the card."""
    if not data.strip():
        raise InputError(path, "文件为空")
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(path, f"文件过大（{len(data) / 1048576:.1f} MB，上限 {MAX_INPUT_BYTES // 1048576} MB）")
    extracted = _read(path, data)
    check_length(path, sum(map(len, extracted.lines)) + len(extracted.lines))
    return extracted


def check_length(path: str, chars: int) -> None:
    """Refuse text longer than any report (the later stages are not made for books)."""
    if chars > MAX_TEXT_CHARS:
        raise InputError(path, f"文字过多（约 {chars / 10000:.0f} 万字，上限 {MAX_TEXT_CHARS // 10000} 万字），不像一份年度报告，已拒绝读取")


def _sha256_hex(data: bytes) -> str:
    """The file's SHA-256: OpenSSL's when this process has loaded it already (a batch has: its
    hashlib), 7x CPython's own on a 150 KB PDF where the CPU has SHA instructions (0.09 against 0.62
    ms); otherwise sha256_hex, which spares a one-report run the 2 ms of opening libcrypto."""
    openssl = getattr(sys.modules.get("_hashlib"), "openssl_sha256", None)
    if openssl is not None:
        return openssl(data).hexdigest()
    return sha256_hex(data)


def _read(path: str, data: bytes) -> Extracted:
    digest = _sha256_hex(data)
    kind = sniff(data)
    name = os.path.basename(path)
    if name.startswith("~$") and len(data) < 4096:
        raise InputError(path, "这是 Word 打开文档时生成的临时锁定文件（~$ 开头），不是报告；请对原文件评分")
    if kind == "zip" and name.lower().endswith(".zip"):
        raise InputError(path, "这是压缩包，不能直接评分：请先解压，再对解压出的文件或文件夹评分（fzscore batch 文件夹/ -o 输出目录/）")
    if kind == "text":
        from scorer.reading.text import decode_text, rebroken, unquoted_cell, unquoted_json

        text, encoding = decode_text(path, data)
        text = rebroken(unquoted_cell(unquoted_json(text)))
        check_length(path, len(text))  # before the split: 45 MB of text makes a million lines
        return Extracted(path, "txt", encoding, digest, len(data), split_lines(text))
    if kind in ("docx", "zip"):
        # A zip that is not a readable Word document gets read_docx's precise one-line reason.
        from scorer.reading.docx import read_docx

        return read_docx(path, data, digest)
    if kind == "pdf":
        from scorer.reading.pdf import read_pdf

        return read_pdf(path, data, digest)
    if kind == "html":
        from scorer.reading.html import read_html

        return read_html(path, data, digest)
    if kind == "ole":  # legacy .doc/.wps, or an encrypted .docx (Office wraps those in OLE)
        from scorer.reading.docx import explain_ole, is_legacy_word

        if not is_legacy_word(data):
            explain_ole(path, data)
        return _converted(path, data, digest, "Word 97-2003 或 WPS 文件（.doc/.wps）")
    if kind == "wordxml":
        from scorer.reading.docx import FLAT_OPC, flat_opc_to_docx, read_docx

        if FLAT_OPC in data[:4096]:  # the .docx package's parts written out in one XML file
            extracted = read_docx(path, flat_opc_to_docx(path, data), digest)
            extracted.size = len(data)
            return extracted
        return _converted(path, data, digest, "Word 2003 XML 文档（.xml）", ".xml")
    if kind == "odt":
        return _converted(path, data, digest, "OpenDocument 文本（.odt）", ".odt")
    if kind == "rtf":
        from scorer.reading.rtf import read_rtf

        return read_rtf(path, data, digest)
    if kind == "mhtml":
        from scorer.reading.html import read_mhtml

        return read_mhtml(path, data, digest)
    raise InputError(path, "不是可识别的报告文件（支持 .txt、.docx、.doc、.wps、.odt、Word 的 .xml、.pdf、.html、.mht、.rtf）")


def _converted(path: str, data: bytes, digest: str, what: str, suffix: str = ".doc") -> Extracted:
    """A legacy or OpenDocument file read as the .docx LibreOffice makes of it; the card keeps the original's hash."""
    from scorer.reading.docx import read_docx
    from scorer.reading.legacy import to_docx

    extracted = read_docx(path, to_docx(path, data, what, suffix=suffix), digest)
    extracted.size = len(data)
    extracted.warnings.insert(0, f"这是{what}，已用 LibreOffice 转换为 .docx 后读取；版式和自动编号可能与原文略有出入")
    return extracted


__all__ = ["Extracted", "read_data", "read_input", "split_lines"]
