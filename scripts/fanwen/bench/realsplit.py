"""Development and sealed sets of real pages, split by site (``tests/data/realsets.yaml``).

Rules and weights may be tuned on the development set (its misses are read); the sealed set is
scored only, so the gap between the two says how far the rules carry to sites nobody tuned for.
Each batch of pages from new sites is scored once on first contact, before it may join the
development set; those first-contact scores are kept in the same file.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from pydantic import Field

from ..datafile import Strict, load_yaml_model
from .realset import MEASURES, Gold, Score, load_pages, score_page

DATA = Path(__file__).resolve().parents[3] / "tests" / "data"
SETS = DATA / "realsets.yaml"


class PageSet(Strict):
    folders: list[str] = Field(min_length=1)
    sites: list[str] = Field(default_factory=list)


class FirstContact(Strict):
    batch: str
    date: datetime.date
    pages: int = Field(ge=10)
    hits: dict[str, int]
    totals: dict[str, int]


class RealSets(Strict):
    development: PageSet
    sealed: PageSet
    kept_apart: list[str]
    first_contact: list[FirstContact] = Field(default_factory=list)


def load_sets(path: Path = SETS) -> RealSets:
    """The split as a model; a bad file is an InputError naming it."""
    return load_yaml_model(path, RealSets)


def set_pages(pages: PageSet, data: Path = DATA) -> list[tuple[str, str, Gold]]:
    """(name, raw, gold) of every page in the set's folders."""
    return [page for folder in pages.folders for page in load_pages(data / folder)]


def score_set(pages: PageSet, data: Path = DATA) -> tuple[dict[str, Score], dict[str, Score]]:
    """Scores of a set by page and by site."""
    by_page: dict[str, Score] = {}
    by_site: dict[str, Score] = {}
    for name, raw, gold in set_pages(pages, data):
        by_page[name] = score_page(raw, gold)
        by_site.setdefault(gold.site, Score()).merge(by_page[name])
    return by_page, by_site


def total(scores: dict[str, Score]) -> Score:
    whole = Score()
    for s in scores.values():
        whole.merge(s)
    return whole


def percent(hits: int, totals: int) -> str:
    """``hits/totals (pct%)``.

    >>> percent(52, 55), percent(0, 0)
    ('52/55 (95%)', '-')
    """
    return f"{hits}/{totals} ({100 * hits / totals:.0f}%)" if totals else "-"


def side_by_side(columns: dict[str, Score]) -> str:
    """One row per measure, one column per set: development and sealed next to each other."""
    names = list(columns)
    rows = [["measure", *names]]
    for m in MEASURES:
        rows.append([m, *(percent(columns[n].hits[m], columns[n].totals[m]) for n in names)])
    return "\n".join("  ".join(f"{c:<18}" for c in row).rstrip() for row in rows)


def history(sets: RealSets) -> str:
    """The first-contact score of every batch, oldest first."""
    lines = []
    for fc in sets.first_contact:
        cells = ", ".join(f"{m} {percent(fc.hits[m], fc.totals[m])}" for m in MEASURES)
        lines.append(f"{fc.date} {fc.batch} ({fc.pages} pages): {cells}")
    return "\n".join(lines)
