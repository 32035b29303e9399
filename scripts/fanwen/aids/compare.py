"""Comparisons: every exemplar's blocks of one role, or of one practice theme, side by side.

Plain functions on values; the site renders what they return. Adding an exemplar to the
corpus changes every comparison with no change of code.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..analyze.analysis import Analysis, AnalyzedBlock
from ..analyze.snippets import ROLE_ORDER, Library


@dataclass(frozen=True)
class Place:
    """A block of an exemplar, as the aids show and link it."""

    slug: str
    title: str
    block: AnalyzedBlock


Corpus = Sequence[tuple[str, str, Analysis]]  # (slug, title, analysis)


def places(corpus: Corpus) -> list[Place]:
    return [Place(slug, title, b) for slug, title, a in corpus for b in a.blocks]


def by_role(corpus: Corpus) -> dict[str, list[Place]]:
    """Every block of every exemplar under its role, in reading order of the corpus."""
    groups: dict[str, list[Place]] = {role: [] for role in ROLE_ORDER}
    for place in places(corpus):
        if place.block.role:
            groups[place.block.role].append(place)
    return groups


def by_theme(corpus: Corpus, library: Library) -> dict[str, list[Place]]:
    """Practice blocks under their theme (only themes some block has)."""
    groups: dict[str, list[Place]] = {t.id: [] for t in library.themes}
    for place in places(corpus):
        if place.block.theme:
            groups[place.block.theme].append(place)
    return {k: v for k, v in groups.items() if v}
