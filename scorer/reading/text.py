"""Decode plain text strictly: BOMs, then UTF-8, then GB18030; a statistical guess only after that.

Short GBK text fools charset detectors, so strict decoders go first.
"""
from __future__ import annotations

import codecs

from ..errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = {c for c in range(32) if chr(c) not in "\t\n\r\f\v"} | {0x7F}


def decode_text(path: str, data: bytes) -> tuple[str, str]:
    """Return (text, encoding name); raise InputError for binary or undecodable bytes."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(path, data.decode(name)), name
            except UnicodeDecodeError:
                raise InputError(path, f"文件以 {name} 字节序标记开头，但内容无法按 {name} 解码") from None
    if b"\x00" in data[:4096]:
        raise InputError(path, "看起来是二进制文件，不是文本报告")
    for name in ("utf-8", "gb18030"):
        try:
            return _checked(path, data.decode(name)), name
        except UnicodeDecodeError:
            continue
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
    controls = sum(1 for ch in sample if ord(ch) in _CONTROL)
    if controls > max(3, len(sample) // 200):
        raise InputError(path, "看起来是二进制文件，不是文本报告")
    replacement = sample.count("\ufffd")
    if replacement > max(3, len(sample) // 50):
        raise InputError(path, "文本中有大量无法解码的字符（乱码）")
    return text
