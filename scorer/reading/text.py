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
    visible = [ch for ch in sample if not ch.isspace()]
    if visible and sum(map(_common, visible)) < 0.85 * len(visible):
        raise InputError(path, "内容不像中文或英文文本（编码错误或二进制文件）")
    return text


def _common(ch: str) -> bool:
    """Characters that make up real reports: ASCII, CJK, CJK and full-width punctuation."""
    o = ord(ch)
    return (
        32 <= o < 127
        or 0x4E00 <= o <= 0x9FFF
        or 0x3000 <= o <= 0x303F
        or 0xFF00 <= o <= 0xFFEF
        or 0x2000 <= o <= 0x206F
        or 0x2460 <= o <= 0x24FF  # ①…
        or 0x00A0 <= o <= 0x00FF
        or o in (0x00B7, 0x2014, 0x2026, 0x25CF, 0x25A0, 0x3400)
        or 0x3400 <= o <= 0x4DBF
    )
