"""PDF with a text layer: the page texts, less running headers/footers and page numbers.

pypdf gives each page's lines as printed. Lines at a page's edges (the first and last
three; Chromium and Word may write a header after the body) are dropped when they are a
page number (— 3 —, - 3 -, 第3页, 3/10, a bare number) or repeat on most pages (a running
header or footer, numbers counted alike). Pages are then joined, and lines that the page
width broke are joined again (see :func:`fanwen.intake.pdflayout.reflow`).
"""

from __future__ import annotations

import io
import re
from collections import Counter

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


def read_pdf(data: bytes, name: str) -> Extracted:
    """The text of a PDF, or :class:`InputError` (unreadable, encrypted, no text layer)."""
    reader = open_pdf(data, name)
    pages = [page_lines(page) for page in reader.pages]
    if not any(line.strip() for lines in pages for line in lines):
        raise InputError(
            name, "has no text layer (a scan?): run OCR on it or find the document as text"
        )
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
