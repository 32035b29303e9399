"""The split of real pages by site: development and sealed sets apart, and their scores not
falling (tests/data/realsets.yaml, fanwen.bench.realsplit). The sealed set is nine folders,
sealed/, sealed2/, sealed3/, sealed4/, sealed5/, sealed6/, sealed7/, sealed8/ and sealed9/; no
command prints a miss of any.

The sealed set is scored only: its floor is whatever the pipeline reaches, and a change that
reads the sealed pages worse fails here like one that reads the development pages worse.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fanwen.bench.realset import MEASURES, load_pages, main
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
# first-contact batches that joined the development set
BATCHES = tuple(f"batch{n}" for n in range(1, 28))
NEW = [p for p in DEV if any((DATA / b / f"{p[0]}.txt").is_file() for b in BATCHES)]
# Hits over each set today (development: the 53 pages of real/, 10 of batch1/, 11 of batch2/,
# 12 of batch3/, 10 of batch4/, 12 each of batch5/ to batch12/, 10 of batch13/,
# 10 of batch14/, 11 of batch15/, 13 of batch16/, 12 each of batch17/, batch18/ and batch19/,
# 11 of batch20/, 13 of batch21/, 12 of batch22/, 11 of batch23/, 13 of batch24/, 13 of batch25/,
# 12 each of batch26/ and batch27/: 369 pages).
DEV_FLOORS = {
    "noise": 1634,
    "kept": 2015,
    "title": 362,
    "year": 358,
    "headings": 629,
    "roles": 1747,
}
# Sealed: sealed/ (12 pages), sealed2/ and sealed3/ (12 pages each, added 2026-12-07), sealed4/,
# sealed5/ and sealed6/ (11 pages each, added 2026-12-07), sealed7/ (12 pages, added 2026-12-07),
# sealed8/ (10 pages, added 2026-12-07), sealed9/, sealed10/, sealed11/ and sealed12/ (12 pages
# each, added 2026-12-08), 139 sites.
SEALED_FLOORS = {
    "noise": 732,
    "kept": 780,
    "title": 117,
    "year": 127,
    "headings": 165,
    "roles": 555,
}


def test_sets_are_split_by_site() -> None:
    dev_sites = {gold.site for _, _, gold in DEV}
    sealed_sites = {gold.site for _, _, gold in SEALED}
    assert sealed_sites == set(SETS.sealed.sites)
    assert not dev_sites & sealed_sites
    assert len(SEALED) >= 139 and len(sealed_sites) >= 139
    assert not set(SETS.development.folders) & set(SETS.sealed.folders)
    by_folder = [{g.site for _, _, g in load_pages(DATA / f)} for f in SETS.sealed.folders]
    assert sum(map(len, by_folder)) == len(set().union(*by_folder)), "a site in two sealed folders"
    for site in dev_sites | sealed_sites:
        assert not [k for k in SETS.kept_apart if k in site], site


@pytest.mark.parametrize(("name", "raw", "gold"), NEW + SEALED, ids=[p[0] for p in NEW + SEALED])
def test_new_gold_quotes_the_page(name: str, raw: str, gold: object) -> None:
    for text in gold.noise + gold.keep:
        assert text in raw, f"{name}: {text!r} is not in the page"


def test_every_new_page_has_a_source_row() -> None:
    assert len(NEW) >= 43
    for folder in (*BATCHES, *SETS.sealed.folders):
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
        # each batch is a folder of pages that joined one set: development or sealed, not both
        assert (DATA / fc.batch).is_dir(), fc.batch
        joined = [f for f in (SETS.development.folders, SETS.sealed.folders) if fc.batch in f]
        assert len(joined) == 1, fc.batch
        assert len(load_pages(DATA / fc.batch)) == fc.pages, fc.batch


SEALED_NAMES = [name for name, _, _ in SEALED]


@pytest.mark.parametrize("folder", SETS.sealed.folders)
def test_the_sealed_misses_are_not_printed(folder: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([str(DATA / folder), "--misses"])
    assert "sealed set is scored only" in capsys.readouterr().err
    # scored alone, a sealed folder shows its totals but neither its pages nor its sites
    assert main([str(DATA / folder)]) == 0
    out = capsys.readouterr().out
    assert "\nall " in out
    sites = {gold.site for _, _, gold in load_pages(DATA / folder)}
    assert not [w for w in (*SEALED_NAMES, *sites) if w in out]


def test_a_copy_of_sealed_pages_is_refused_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("yopipo-1", "dao518-1"):  # a scratch copy of two sealed2 pages, renamed
        for ext in (".txt", ".yaml"):
            src = DATA / "sealed2" / f"{name}{ext}"
            (tmp_path / f"copy-{name}{ext}").write_text(src.read_text("utf-8"), "utf-8")
    with pytest.raises(SystemExit):
        main([str(tmp_path), "--misses"])
    assert "sealed set is scored only" in capsys.readouterr().err


def test_the_full_run_prints_no_sealed_miss(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # bench-results/realset.json goes here
    assert main(["--misses"]) == 0
    out = capsys.readouterr().out
    assert "first contact:" in out and " sealed2 (12 pages)" in out
    leaked = [n for n in SEALED_NAMES if f"{n}:" in out]
    leaked += [site for site in SETS.sealed.sites if site in out]
    assert not leaked
    assert (tmp_path / "bench-results" / "realset.json").is_file()
