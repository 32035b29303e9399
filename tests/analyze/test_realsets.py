"""The split of real pages by site: development and sealed sets apart, and their scores not
falling (tests/data/realsets.yaml, fanwen.bench.realsplit).

The sealed set is scored only: its floor is whatever the pipeline reaches, and a change that
reads the sealed pages worse fails here like one that reads the development pages worse.
"""

from __future__ import annotations

import pytest

from fanwen.bench.realset import MEASURES, main
from fanwen.bench.realsplit import (
    DATA,
    FirstContact,
    PageSet,
    load_sets,
    score_set,
    set_pages,
    total,
)

SETS = load_sets()
DEV = set_pages(SETS.development)
SEALED = set_pages(SETS.sealed)
BATCHES = ("batch1", "batch2")  # first-contact batches that joined the development set
NEW = [p for p in DEV if any((DATA / b / f"{p[0]}.txt").is_file() for b in BATCHES)]
# Hits over each set today (development: the 53 pages of real/, 10 of batch1/, 11 of batch2/).
DEV_FLOORS = {"noise": 251, "kept": 437, "title": 74, "year": 74, "headings": 206, "roles": 412}
SEALED_FLOORS = {"noise": 47, "kept": 60, "title": 9, "year": 10, "headings": 17, "roles": 42}


def test_sets_are_split_by_site() -> None:
    dev_sites = {gold.site for _, _, gold in DEV}
    sealed_sites = {gold.site for _, _, gold in SEALED}
    assert sealed_sites == set(SETS.sealed.sites)
    assert not dev_sites & sealed_sites
    assert len(SEALED) >= 12 and len(sealed_sites) >= 12
    for site in dev_sites | sealed_sites:
        assert not [k for k in SETS.kept_apart if k in site], site


@pytest.mark.parametrize(("name", "raw", "gold"), NEW + SEALED, ids=[p[0] for p in NEW + SEALED])
def test_new_gold_quotes_the_page(name: str, raw: str, gold: object) -> None:
    for text in gold.noise + gold.keep:
        assert text in raw, f"{name}: {text!r} is not in the page"


def test_every_new_page_has_a_source_row() -> None:
    assert len(NEW) >= 21
    for folder in (*BATCHES, "sealed"):
        sources = (DATA / folder / "SOURCES.md").read_text(encoding="utf-8")
        names = [p.stem for p in (DATA / folder).glob("*.txt")]
        assert names and all(f"| {name} |" in sources for name in names), folder


@pytest.mark.parametrize(
    ("label", "pages", "floors"),
    [("development", SETS.development, DEV_FLOORS), ("sealed", SETS.sealed, SEALED_FLOORS)],
)
def test_scores_do_not_fall(label: str, pages: PageSet, floors: dict[str, int]) -> None:
    _, by_site = score_set(pages)
    whole = total(by_site)
    fallen = {m: (whole.hits[m], floors[m]) for m in floors if whole.hits[m] < floors[m]}
    assert not fallen, (label, fallen)


def test_first_contact_history_is_complete() -> None:
    assert SETS.first_contact, "no first-contact score recorded"
    for fc in SETS.first_contact:
        assert isinstance(fc, FirstContact)
        assert set(fc.hits) == set(fc.totals) == set(MEASURES)
        assert all(0 <= fc.hits[m] <= fc.totals[m] for m in MEASURES)


def test_the_sealed_misses_are_not_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([str(DATA / "sealed"), "--misses"])
    assert "sealed set is scored only" in capsys.readouterr().err
