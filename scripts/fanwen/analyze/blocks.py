"""A block of a cleaned report: where it starts, its text, its level and its heading.

:mod:`.structure` cuts a text into blocks; the stages after it read them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADING_LEVELS = ("h1", "h2", "h3")
SENTENCE = re.compile(r"[^。！？；]*(?:[。！？；]|$)")


@dataclass(frozen=True)
class Block:
    """A piece of the cleaned text: ``text`` starts at ``start``; ``heading`` is None for prose."""

    start: int
    text: str
    level: str
    heading: str | None


def sentences(text: str) -> list[str]:
    """Sentences ending in 。！？；, in order, together the whole text.

    >>> sentences("加强组织领导。一是完善机制；二是压实责任")
    ['加强组织领导。', '一是完善机制；', '二是压实责任']
    """
    return [s for s in SENTENCE.findall(text) if s]
