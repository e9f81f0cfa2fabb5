"""Bytes → text: one clear error per file that is not a UTF-8 article, else clean lines.

Editors copy text from a browser into Notepad or Word: we accept UTF-8 with or without a
BOM, CRLF or CR line ends, non-breaking spaces and zero-width characters, and refuse
everything else with one line saying how to fix it.
"""

from __future__ import annotations

import re

from ..text import nfc

MAX_BYTES = 1024 * 1024  # a raw article is 2–60 kB; a megabyte is already a wrong file


class DecodeError(Exception):
    """The file cannot be read as an article; the message says how to fix it."""


_SIGNATURES = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a Word (.docx) or other zipped file",
    b"\xd0\xcf\x11\xe0": "a Word 97–2003 (.doc) file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"{\\rtf": "an RTF document",
}
_FIX_UTF8 = "save it as UTF-8 text: in Notepad, File › Save As › Encoding: UTF-8"
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")
# Letters that only Vietnamese text has: when cp1258 turns the bytes into many of them, the
# file was written in that code page.
_VIETNAMESE = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]")


def decode(data: bytes) -> str:
    """The text of a raw article file, NFC, with "\\n" line ends; DecodeError when it is not one."""
    if len(data) > MAX_BYTES:
        raise DecodeError(
            f"file is {len(data) / 1024 / 1024:.1f} MB, more than a raw article "
            f"({MAX_BYTES // 1024 // 1024} MB at most) (copy only the article's text into the file)"
        )
    if not data.strip():
        raise DecodeError("file is empty (copy the article's text from the portal into it)")
    for signature, kind in _SIGNATURES.items():
        if data.startswith(signature):
            raise DecodeError(f"file is {kind}, not text (copy the article's text into a UTF-8 .txt file)")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or _looks_utf16(data):
        raise DecodeError(f"file is UTF-16, not UTF-8 ({_FIX_UTF8})")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data:
        at = data.index(b"\x00")
        raise DecodeError(
            f"file is binary, not text (NUL byte at byte {at}) (copy the article's text into a UTF-8 .txt file)"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = 1 + data[: err.start].count(b"\n")
        try:
            legacy = data.decode("cp1258")
        except UnicodeDecodeError:
            legacy = ""
        if len(_VIETNAMESE.findall(legacy)) >= 3:
            raise DecodeError(
                f"file is in a legacy Vietnamese code page (Windows-1258), not UTF-8 ({_FIX_UTF8})"
            ) from None
        raise DecodeError(f"file is not UTF-8 text (invalid byte at line {line}) ({_FIX_UTF8})") from None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0:
        raise DecodeError(
            "file is binary, not text (it holds control characters) (copy the article's text into a UTF-8 .txt file)"
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _SPACES.sub(" ", _INVISIBLE.sub("", nfc(text)))
    if not text.strip():
        raise DecodeError("file holds only spaces (copy the article's text from the portal into it)")
    return text


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of ASCII text is NUL."""
    sample = data[:400]
    if len(sample) < 4:
        return False
    evens, odds = sample[0::2], sample[1::2]
    odd, even = odds.count(0) > len(odds) * 0.3, evens.count(0) > len(evens) * 0.3
    return odd != even
