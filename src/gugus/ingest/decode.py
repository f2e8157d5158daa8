"""Bytes to text: a UTF-8 first guess, charset detection where that fails, binaries refused."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN_LOOKALIKES = {"ascii", "latin_1", "iso8859_1", "iso8859_15", "cp1250", "cp1252", "iso8859_2"}
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


class DecodeError(ValueError):
    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first 8 KiB: an image, an archive, an executable."""
    head = data[:8192]
    if not head:
        return False
    if any(head.startswith(bom) for bom, _ in _BOMS[1:]):
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b in _CONTROL)
    return control / len(head) > 0.05


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Text and the encoding it was read in. Tries a BOM, the declared charset, UTF-8, then detection;
    Windows-1252 is the usual culprit in old Indonesian and English sites."""
    if looks_binary(data):
        raise DecodeError("binary", "binary content (NUL or control bytes), not text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    for enc in filter(None, (declared, "utf-8")):
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        return data.decode("cp1252", errors="replace"), "cp1252"
    enc = best.encoding
    if enc in _WESTERN_LOOKALIKES:
        try:  # the detector cannot tell these apart on short text; for our languages cp1252 is the one
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    return data.decode(enc, errors="replace"), enc
