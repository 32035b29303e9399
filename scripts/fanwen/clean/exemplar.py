"""An exemplar after cleaning: what every later stage takes from the corpus."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..intake.decode import Decoded
from ..intake.extracted import Extracted
from ..intake.meta import ExemplarMeta
from .chars import TITLE_LEN
from .pipeline import CleanResult


@dataclass(frozen=True)
class Exemplar:
    source: str
    slug: str
    meta: ExemplarMeta
    extracted: Extracted  # what intake read: the text, its format, what it left out
    cleaned: CleanResult
    part: int = 0  # the k-th report of a page that bundles several (篇一, 篇二), else 0

    @property
    def decoded(self) -> Decoded | None:
        """The decoding of a text file (None for Word, web pages and PDFs)."""
        return self.extracted.decoded

    @property
    def text(self) -> str:
        return self.cleaned.text

    @property
    def title(self) -> str:
        """The metadata title, else the first line when it reads like a title, else the slug."""
        if self.meta.title:
            return self.meta.title
        first = self.text.split("\n", 1)[0].strip()
        if 0 < len(first) <= TITLE_LEN and not re.search("[。！？；]", first):
            return first
        return self.slug
