"""What every reader hands on: the document's text, its format, and what was left out.

A reader keeps the text as the file has it (no cleaning), one paragraph per line. What it
leaves out on purpose (running headers, page numbers, site menus) is not lost silently:
each piece is a :class:`Dropped`, so a person can check that nothing of the report went.
"""

from __future__ import annotations

from dataclasses import dataclass

from .decode import Decoded


@dataclass(frozen=True)
class Dropped:
    """A piece of the file left out of the text, and why.

    >>> Dropped("pdf-page-number", "— 3 —", "page 3").what
    'pdf-page-number'
    """

    what: str  # short rule-like name: "docx-header", "pdf-page-number", "html-outside-article"…
    text: str  # the text left out, as it stood
    where: str  # human locator: "page 3", "section 1 header", "div.crumb"…


@dataclass(frozen=True)
class Extracted:
    """The text of one document, paragraphs separated by ``\\n``.

    ``decoded`` is kept for .txt files (and the source of .html pages) so that the original
    bytes can be rebuilt exactly.
    """

    text: str
    format: str  # "txt", "docx", "html", "pdf", "doc", "wps", "rtf", "odt"
    dropped: tuple[Dropped, ...] = ()
    decoded: Decoded | None = None

    def dropped_as(self, what: str) -> list[str]:
        """The texts of the dropped pieces of one kind.

        >>> Extracted("正文", "pdf", (Dropped("pdf-page-number", "- 1 -", "page 1"),)).dropped_as(
        ...     "pdf-page-number")
        ['- 1 -']
        """
        return [d.text for d in self.dropped if d.what == what]
