"""A PDF page's lines with what the text alone does not tell: font size and indentation.

Chinese documents start each paragraph with a two-character indent (GB/T 9704) and set the
title larger than the body. pypdf's visitor gives, for every piece of text, its font size
and position, so each line knows both, and :func:`reflow` can tell a line that the page
width broke from one that ends a paragraph, even when the break falls right after a 。.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter

from pypdf import PageObject

SENTENCE_STOP = "。！？…：:；;"
HEADING_START = re.compile(
    r"^(?:[一二三四五六七八九十]+[、是要]|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十\d]+)"
)
FIRST_LINE_INDENT = (1.5, 2.6)  # em: a paragraph's first line is indented about two characters


class Line(str):
    """A line of a page, with the font size (points) of most of its characters and its
    indent in em from the page's left margin (None when not known)."""

    size: float
    indent: float | None

    def __new__(cls, text: str, size: float = 0.0, indent: float | None = None) -> Line:
        line = super().__new__(cls, text)
        line.size, line.indent = size, indent
        return line


def page_lines(page: PageObject) -> list[Line]:
    """pypdf's lines of one page, each with its font size and indent."""
    pieces: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        scale = abs((tm[0] * tm[3] - tm[1] * tm[2]) * (cm[0] * cm[3] - cm[1] * cm[2])) ** 0.5
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        pieces.append((text, size * scale, x))

    page.extract_text(visitor_text=visit)
    found: list[tuple[str, float, float | None]] = []
    current, sizes, start = "", Counter[float](), None
    for text, size, x in pieces:
        for k, part in enumerate(text.split("\n")):
            if k:
                found.append((current, _most(sizes), start))
                current, sizes, start = "", Counter(), None
            current += part
            if part.strip():
                sizes[round(size, 1)] += len(part.strip())
                start = x if start is None else start
    found.append((current, _most(sizes), start))
    return _with_indents(found)


def _most(sizes: Counter[float]) -> float:
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _with_indents(found: list[tuple[str, float, float | None]]) -> list[Line]:
    """Indents in em from the left margin: the x where most of the page's lines start."""
    starts = Counter(round(x) for _, _, x in found if x is not None)
    if not starts:
        return [Line(text, size) for text, size, _ in found]
    left = min(x for x, n in starts.items() if n == max(starts.values()))
    return [
        Line(text, size, None if x is None or not size else (x - left) / size)
        for text, size, x in found
    ]


def em_width(line: str) -> float:
    """Print width in em: Chinese characters and full-width signs 1, the rest ½.

    >>> em_width("2023年“两个维护”")
    9.0
    """
    return sum(1.0 if unicodedata.east_asian_width(ch) in "WFA" else 0.5 for ch in line)


def _size(line: str) -> float:
    return getattr(line, "size", 0.0) or 1.0


def _width(line: str) -> float:
    return em_width(line.strip()) * _size(line)


def _starts_paragraph(line: str) -> bool:
    indent = getattr(line, "indent", None)
    return indent is not None and FIRST_LINE_INDENT[0] <= indent <= FIRST_LINE_INDENT[1]


def reflow(lines: list[str]) -> list[str]:
    """Join lines that the page width broke, as the text read before it was printed.

    A line's print width is its width in em times its font size; the text width is the
    90th percentile of the long lines' widths. A line within 3 em of it runs on into the
    next line of the same font size (a two-line title joins, a title never runs into the
    body) unless that line starts a heading or a paragraph. Where the document indents its
    paragraphs' first lines, that indent alone says where a paragraph starts; elsewhere a
    line that ends a sentence is taken to end its paragraph.

    >>> full = "全面贯彻落实党的二十大精"
    >>> print("|".join(reflow([full, "神。", "一、工作开展情况", *[full, "神。"] * 3])))
    全面贯彻落实党的二十大精神。|一、工作开展情况|全面贯彻落实党的二十大精神。|全面贯彻落实党的二十大精神。|全面贯彻落实党的二十大精神。
    """
    widths = sorted(_width(line) for line in lines if len(line.strip()) >= 10)
    if len(widths) < 4:
        return lines
    text_width = statistics.quantiles(widths, n=10)[-1]
    indented = sum(1 for line in lines if _starts_paragraph(line)) >= 2
    out: list[str] = []
    joining = False
    for before, line in zip([None, *lines], lines, strict=False):
        if joining and _continues(before, line, indented):
            sep = " " if _latin(out[-1].rstrip()[-1:]) and _latin(line.strip()[:1]) else ""
            out[-1] = out[-1].rstrip() + sep + line.strip()
        else:
            out.append(line)
        full = _width(line) >= text_width - 3 * _size(line)
        joining = full and (indented or out[-1].rstrip()[-1:] not in SENTENCE_STOP)
    return out


def _continues(before: str | None, line: str, indented: bool) -> bool:
    """Whether ``line`` goes on from the full line ``before``."""
    same_size = before is not None and abs(_size(before) - _size(line)) <= 0.1 * _size(line)
    new_paragraph = HEADING_START.match(line.strip()) or (indented and _starts_paragraph(line))
    return same_size and not new_paragraph


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()
