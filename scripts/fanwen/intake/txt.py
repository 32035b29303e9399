"""Plain text: today's decoding (:func:`~fanwen.intake.decode.decode_bytes`), kept whole."""

from __future__ import annotations

from .decode import decode_bytes
from .extracted import Extracted


def read_txt(data: bytes, name: str) -> Extracted:
    """Decode a .txt file; its :class:`Decoded` rebuilds the bytes exactly.

    >>> e = read_txt("一、工作开展情况".encode("gb18030"), "甲.txt")
    >>> e.text, e.format, e.decoded.encoding
    ('一、工作开展情况', 'txt', 'gb18030')
    """
    decoded = decode_bytes(data, name)
    return Extracted(decoded.text, "txt", decoded=decoded)
