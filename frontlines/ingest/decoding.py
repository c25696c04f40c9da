"""Bytes to text, refusing binary files and unknown encodings instead of guessing.

A wrong guess silently turns an article into mojibake that extraction then misreads, so
we accept UTF-8 (with or without BOM), UTF-16 with a BOM, and Windows-1252 only when the
result looks like ordinary prose; anything else is an InputError naming the input.
"""

from __future__ import annotations

import codecs
import unicodedata

from frontlines.errors import InputError

# Characters a Windows-1252 news text plausibly contains outside ASCII.
_CP1252_PLAUSIBLE = set("‘’“”–—…•€£©®°«»¡¿ªº·×÷")
_MAX_CONTROL_RATIO = 0.01
_MAX_NON_ASCII_RATIO = 0.1


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    bad = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") and ch not in "\t\n\r\f")
    return bad / len(text)


def _plausible_cp1252(text: str) -> bool:
    non_ascii = [ch for ch in text if ord(ch) > 127]
    if len(non_ascii) > _MAX_NON_ASCII_RATIO * max(len(text), 1):
        return False
    return all(ch in _CP1252_PLAUSIBLE or ch.isalpha() for ch in non_ascii)


def decode_bytes(raw: bytes, source: str) -> str:
    """Decode an article's bytes or raise InputError("binary file"/"unknown encoding")."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid UTF-16 despite its byte-order mark (byte {exc.start})", source=source) from None
    else:
        if b"\x00" in raw:
            raise InputError("binary file (contains NUL bytes), expected text or HTML", source=source)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            try:
                text = raw.decode("cp1252")
            except UnicodeDecodeError:
                text = ""
            if not text or not _plausible_cp1252(text) or _control_ratio(text) > _MAX_CONTROL_RATIO:
                raise InputError(
                    f"unknown text encoding (invalid UTF-8 at byte {exc.start}); convert the file to UTF-8",
                    source=source,
                ) from None
    if _control_ratio(text) > _MAX_CONTROL_RATIO:
        raise InputError("binary file (mostly non-text characters), expected text or HTML", source=source)
    return text
