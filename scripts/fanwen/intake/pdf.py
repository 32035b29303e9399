"""PDF with a text layer: the page texts, less running headers/footers and page numbers.

pypdf gives each page's lines as printed. Lines at a page's edges (the first and last
three; Chromium and Word may write a header after the body) are dropped when they are a
page number (— 3 —, - 3 -, 第3页, 3/10, a bare number) or repeat on most pages (a running
header or footer, numbers counted alike). Pages are then joined, and lines that the page
width broke are joined again (see :func:`fanwen.intake.pdflayout.reflow`).

A text layer that does not decode is refused: when a PDF's fonts carry no character map
(a browser printing Chinese with no Chinese font installed writes every character as the
same empty glyph), pypdf gives NUL and other control characters in place of the words.
PDFium reads some of those files from their ActualText marks, but not every character
(a run's first glyphs have none), so no reader gives the report back whole: the file is
refused with a message saying so. pypdf's own log lines (``EOF marker not found``) are
kept off the console; the error names the file and the problem instead.
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, PdfReadError

from ..errors import InputError
from .extracted import Dropped, Extracted
from .pdflayout import page_lines, reflow

EDGE = 3  # lines at the top and at the bottom of a page that may be header or footer
DASH = "-—–－‒―~～"
PAGE_NUMBER = re.compile(
    rf"^(?:[{DASH}\s]*\d{{1,4}}[{DASH}\s]*|第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?"
    r"|\d+\s*[/／]\s*\d+|(?:page|Page|PAGE)\s*\d+(?:\s*of\s*\d+)?)$"
)


UNREADABLE_SHARE = 0.01  # more than 1 in 100 characters undecodable: the layer is unusable


def read_pdf(data: bytes, name: str) -> Extracted:
    """The text of a PDF, or :class:`InputError` (unreadable, encrypted, no text layer,
    a text layer that does not decode)."""
    with quiet_pypdf():
        reader = open_pdf(data, name)
        pages = [page_lines(page) for page in reader.pages]
    if not any(line.strip() for lines in pages for line in lines):
        raise InputError(
            name, "has no text layer (a scan?): run OCR on it or find the document as text"
        )
    check_text_layer([line for lines in pages for line in lines], name)
    kept, dropped = drop_page_furniture(pages)
    text = "\n".join(reflow([line for lines in kept for line in lines]))
    return Extracted(text, "pdf", tuple(dropped))


def open_pdf(data: bytes, name: str) -> PdfReader:
    """Open a PDF; one protected by a password (not just by permissions) is refused."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise InputError(name, "is encrypted (password-protected): save an unprotected copy")
        _ = len(reader.pages)
    except DependencyError:
        raise InputError(name, "is encrypted in a way that cannot be opened here") from None
    except (PdfReadError, ValueError, KeyError, TypeError) as err:
        raise InputError(name, f"is not a readable PDF ({err})") from None
    return reader


def undecodable(text: str) -> tuple[int, int]:
    r"""How many of the text's visible characters are control characters, U+FFFD or private
    use (what a glyph without a character map reads as), and how many there are in all.

    >>> undecodable("2023\x00\x00\x00意识形态\ufffd\n")
    (4, 12)
    """
    seen = [ch for ch in text if not ch.isspace()]
    bad = sum(ch == "\ufffd" or unicodedata.category(ch) in ("Cc", "Co") for ch in seen)
    return bad, len(seen)


def check_text_layer(lines: list[str], name: str) -> None:
    r"""Refuse a text layer whose characters do not decode (more than 1% of them).

    >>> check_text_layer(["\x00\x00\x002023\x00\x00"], "报告.pdf")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    fanwen.errors.InputError: 报告.pdf: its text cannot be read back: 5 of 9 characters ...
    """
    bad, seen = undecodable("\n".join(lines))
    if bad > UNREADABLE_SHARE * seen:
        raise InputError(
            name,
            f"its text cannot be read back: {bad} of {seen} characters come out as control "
            "characters (its fonts carry no character map, e.g. printed by a browser that had "
            "no Chinese font): save it again as PDF from Word or WPS, or bring the .docx",
        )


@contextmanager
def quiet_pypdf() -> Iterator[None]:
    """pypdf's log records (``EOF marker not found``…) kept off the console while reading:
    a damaged file ends as one InputError, not a warning beside it."""
    log = logging.getLogger("pypdf")  # its modules log as pypdf._reader…: they inherit the level
    before = log.level
    log.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        log.setLevel(before)


def _edge(lines: list[str]) -> list[int]:
    """Indexes of the first and last EDGE non-empty lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return sorted(set(filled[:EDGE] + filled[-EDGE:]))


def _key(line: str) -> str:
    """A line with numbers masked and spaces gone: page 3's header matches page 4's."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line))


def drop_page_furniture(pages: list[list[str]]) -> tuple[list[list[str]], list[Dropped]]:
    """Page numbers and running headers/footers out of each page's edge lines.

    >>> pages = [["某局文件", "正文第一页", "— 1 —"], ["某局文件", "正文第二页", "— 2 —"]]
    >>> kept, dropped = drop_page_furniture(pages)
    >>> kept, [(d.what, d.text, d.where) for d in dropped]  # doctest: +NORMALIZE_WHITESPACE
    ([['正文第一页'], ['正文第二页']],
     [('pdf-running-header', '某局文件', 'page 1'), ('pdf-page-number', '— 1 —', 'page 1'),
      ('pdf-running-header', '某局文件', 'page 2'), ('pdf-page-number', '— 2 —', 'page 2')])
    """
    edges = [_edge(lines) for lines in pages]
    seen = Counter(
        k for lines, idx in zip(pages, edges, strict=True) for k in {_key(lines[i]) for i in idx}
    )
    needed = max(2, (len(pages) + 1) // 2)
    kept, dropped = [], []
    for number, (lines, idx) in enumerate(zip(pages, edges, strict=True), start=1):
        out = []
        for i, line in enumerate(lines):
            what = None
            if i in idx and PAGE_NUMBER.match(line.strip()):
                what = "pdf-page-number"
            elif i in idx and len(pages) > 1 and seen[_key(line)] >= needed:
                what = "pdf-running-header"  # or footer: the text order does not tell
            if what:
                dropped.append(Dropped(what, line, f"page {number}"))
            elif line.strip():
                out.append(line)
        kept.append(out)
    return kept, dropped
