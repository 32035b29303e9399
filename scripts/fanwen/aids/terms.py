"""Terms and 提法 (``snippets/terms.yaml``) and every block of the corpus that uses them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from pydantic import Field

from ..datafile import Prose, Strict, load_yaml_model
from .compare import Corpus, Place, places


class Term(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    term: str
    forms: list[str] = Field(min_length=1)
    explanation: Prose


class TermTable(Strict):
    terms: list[Term] = Field(min_length=1)


def load_terms(folder: Path) -> list[Term]:
    return load_yaml_model(folder / "terms.yaml", TermTable).terms


def term_places(corpus: Corpus, terms: Sequence[Term]) -> dict[str, list[Place]]:
    """For each term, every block that uses any of its forms.

    >>> from fanwen.analyze.analysis import analyze_text
    >>> a = analyze_text("坚决做到“两个维护”。\\n")
    >>> [p.block.id for p in term_places([("s", "t", a)], [Term(id="lw", term="两个维护",
    ...     forms=["两个维护"], explanation="…")])["lw"]]
    ['b1']
    """
    every = places(corpus)
    patterns = {t.id: re.compile("|".join(f"(?:{f})" for f in t.forms)) for t in terms}
    return {t.id: [p for p in every if patterns[t.id].search(p.block.text)] for t in terms}
