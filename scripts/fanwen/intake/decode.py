"""Bytes to text: the encodings Chinese template sites really use.

Order of trust: a BOM; strict UTF-8; GB18030 and Big5, ranked by
charset-normalizer when both decode; UTF-16 without BOM when the NUL
pattern says so. A file cut inside a multi-byte character keeps what came
before the cut; the cut bytes are kept in :attr:`Decoded.tail` so the
original bytes can be rebuilt.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ..errors import InputError

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
CHINESE_ENCODINGS = ("gb18030", "big5")
SIGNATURES = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (e.g. .docx)",
    b"\xd0\xcf\x11\xe0": "an old Office document (.doc)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
}


@dataclass(frozen=True)
class Decoded:
    """Decoded text and what it takes to get the bytes back.

    >>> d = decode_bytes("意识形态".encode("gb18030") + b"\\xd2", "甲.txt")
    >>> d.text, d.encoding, d.tail
    ('意识形态', 'gb18030', b'\\xd2')
    """

    text: str
    encoding: str
    bom: bytes = b""
    tail: bytes = b""

    def to_bytes(self, text: str | None = None) -> bytes:
        body = self.text if text is None else text
        return self.bom + body.encode(self.encoding) + self.tail


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode ``data`` (read from ``name``) or raise :class:`InputError`."""
    if not data:
        raise InputError(name, "file is empty")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], encoding, name, bom)
    _reject_binary(data, name)
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, name)
    candidates = [d for d in (_try(data, enc) for enc in ("utf-8", *CHINESE_ENCODINGS)) if d]
    if not candidates:
        offset = _first_bad_offset(data)
        raise InputError(
            name,
            f"cannot decode: byte 0x{data[offset]:02x} at offset {offset} is invalid in "
            "UTF-8, GB18030 and Big5",
        )
    best = candidates[0] if candidates[0].encoding == "utf-8" else _best(data, candidates)
    if _control_ratio(best.text) >= 0.05:
        raise InputError(name, "binary data: more than 5% control characters")
    return best


def _control_ratio(text: str) -> float:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / max(len(text), 1)


def _strict(data: bytes, encoding: str, name: str, bom: bytes = b"") -> Decoded:
    decoded = _try(data, encoding, bom)
    if decoded is None:
        offset = _first_bad_offset(data, encoding)
        raise InputError(name, f"cannot decode as {encoding}: invalid bytes at offset {offset}")
    return decoded


def _try(data: bytes, encoding: str, bom: bytes = b"") -> Decoded | None:
    """Strict decode; a cut in the last character (at most 3 bytes) is tolerated."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    try:
        text = decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return None
    tail, _ = decoder.getstate()
    if len(tail) > 3:
        return None
    return Decoded(text, encoding, bom, tail)


def _first_bad_offset(data: bytes, encoding: str = "utf-8") -> int:
    try:
        data.decode(encoding)
    except UnicodeDecodeError as err:
        return err.start
    return 0


def _reject_binary(data: bytes, name: str) -> None:
    for magic, what in SIGNATURES.items():
        if data.startswith(magic):
            raise InputError(name, f"binary data: looks like {what}, not a text file")
    if b"\x00" in data and not _utf16_without_bom(data):
        raise InputError(name, f"binary data: NUL byte at offset {data.index(0)}")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 puts the NUL of ASCII characters (newlines, digits) on one byte parity only."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) and not other.count(0):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _control_ratio(text) < 0.05:
                return encoding
    return None


def _best(data: bytes, candidates: list[Decoded]) -> Decoded:
    """Let charset-normalizer choose between encodings that all decode."""
    names = [c.encoding for c in candidates]
    match = from_bytes(data, cp_isolation=names).best()
    if match is not None:
        chosen = codecs.lookup(match.encoding).name
        for candidate in candidates:
            if codecs.lookup(candidate.encoding).name == chosen:
                return candidate
    return candidates[0]
