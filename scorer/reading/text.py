"""Decode plain text strictly: BOMs, then UTF-8, then GB18030; a statistical guess only after that.

Short GBK text fools charset detectors, so strict decoders go first.
"""
from __future__ import annotations

import codecs
import json
import re

from scorer.text.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode_text(path: str, data: bytes) -> tuple[str, str]:
    """Return (text, encoding name); raise InputError for binary or undecodable bytes."""
    text, name = _decoded(path, data)
    return _before_dos_eof(text), name


def _before_dos_eof(text: str) -> str:
    """The text without the end-of-file mark (Ctrl-Z) that DOS editors and old converters write last."""
    end = text.rstrip("\r\n\x1a")
    return end + text[len(end):].replace("\x1a", "") if end != text else text


def _decoded(path: str, data: bytes) -> tuple[str, str]:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(path, data.decode(name)), name
            except UnicodeDecodeError:
                raise InputError(path, f"文件以 {name} 字节序标记开头，但内容无法按 {name} 解码") from None
    if b"\x00" in data[:4096]:
        raise InputError(path, "看起来是二进制文件，不是文本报告")
    unlike: InputError | None = None
    # GB18030 decodes nearly any bytes: Big5 (a traditional-script site's text) read so is unlike any text, and
    # is tried as Big5 next
    for name in ("utf-8", "gb18030", "big5hkscs"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        try:
            return _checked(path, text), name
        except InputError as exc:
            if name == "utf-8":  # valid UTF-8 is what it says, however unlike a report
                raise
            unlike = unlike or exc
    if unlike is not None:
        raise unlike
    guess = _guess(data)
    if guess:
        try:
            return _checked(path, data.decode(guess)), guess
        except (UnicodeDecodeError, LookupError):
            pass
    raise InputError(path, "无法识别文本编码（试过 UTF-8、GB18030）")


def _guess(data: bytes) -> str | None:
    try:
        import charset_normalizer
    except ImportError:
        return None
    best = charset_normalizer.from_bytes(data).best()
    return best.encoding if best else None


def _checked(path: str, text: str) -> str:
    sample = text[:20000]
    if not sample.strip():
        raise InputError(path, "文件为空")
    controls = len(_CONTROLS.findall(sample))
    if controls > max(3, len(sample) // 200):
        raise InputError(path, "看起来是二进制文件，不是文本报告")
    replacement = sample.count("\ufffd")
    if replacement > max(3, len(sample) // 50):
        raise InputError(path, "文本中有大量无法解码的字符（乱码）")
    visible = len(sample) - len(_SPACES.findall(sample))
    if visible and len(_UNCOMMON.findall(sample)) > 0.15 * visible:
        raise InputError(path, "内容不像中文或英文文本（编码错误或二进制文件）")
    return text


_SPACES = re.compile(r"\s")
# Characters outside what real reports are made of: ASCII, Latin-1, general and CJK punctuation,
# circled numbers, CJK radicals (a PDF font's Unicode map gives ⼀ for 一), enclosed CJK (㈠), CJK
# ideographs (with extension A), full-width forms.
_UNCOMMON = re.compile(r"[^\s\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u2460-\u24ff\u25a0-\u25ff\u2e80-\u2fdf\u3000-\u303f"
                       r"\u3200-\u32ff\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def unquoted_json(text: str) -> str:
    """A report stored as one JSON string literal ("XX镇…\\n一、…", as a crawler's record holds it): the
    string it holds; any other text as it is."""
    s = text.strip()
    if len(s) < 2 or s[0] != '"' or s[-1] != '"' or "\\n" not in s:
        return text
    try:
        value = json.loads(s)
    except ValueError:
        return text
    return value if isinstance(value, str) and value.strip() else text


def unquoted_cell(text: str) -> str:
    """A report copied out of one spreadsheet cell ("…\n…\n…", its own quotes doubled: "" for "): the cell's text; any
    other text as it is."""
    s = text.strip()
    if len(s) < 2 or s[0] != '"' or s[-1] != '"' or "\n" not in s:
        return text
    inner = s[1:-1]
    if inner.replace('""', "").count('"'):
        return text  # a quote of its own inside: not one cell's text
    return inner.replace('""', '"')


# paragraphs that lost their line breaks, each still opened by its indent of two ideographic spaces ("…保障。　　一、…")
INDENT_RUN = re.compile("(?<=\\S)\u3000{2,}(?=\\S)")
LONG_LINE = 300  # characters: a line this long that holds several indents is paragraphs run together
RUN_TOGETHER = 3  # indents inside such a line


def rebroken(text: str) -> str:
    """Lines of paragraphs run together with only their indents left between them, broken at those indents."""
    if "\u3000\u3000" not in text:
        return text
    out = []
    for line in text.split("\n"):
        if len(line) >= LONG_LINE and len(INDENT_RUN.findall(line)) >= RUN_TOGETHER:
            line = INDENT_RUN.sub(lambda m: "\n" + m.group(0), line)
        out.append(line)
    return "\n".join(out)
