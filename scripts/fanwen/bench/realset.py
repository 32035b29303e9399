"""Scores on real page openings from other sites (``tests/data/real/``), per site and in all.

Each page is a raw ``NAME.txt`` beside a hand-made gold ``NAME.yaml`` (:class:`Gold`). A page is
cleaned and analysed as a corpus file would be, then scored on six measures:

- noise: every noise string of the gold is gone (no character of any occurrence survives);
- kept: every keep string is still in the cleaned text (compared after :func:`fold`);
- title and year: equal to the gold's;
- headings: gold blocks of level h1/h2/h3 found at the same level;
- roles: gold blocks found with the same role;
- reports: a page that bundles several reports is split into as many (篇一, 篇二, …).
A page is split as the corpus splits it and each report analysed apart; title and year are
the first report's. A gold block is found when an analysis block starts with its first
words (after :func:`fold`).

``python -m fanwen.bench.realset`` prints the development set by site, development and sealed
totals side by side, and the first-contact history (:mod:`fanwen.bench.realsplit`), and writes
``bench-results/realset.json``; with a FOLDER it scores that folder alone (a new batch, before
it joins). ``--misses`` lists development misses, never the sealed set's: it refuses every sealed
folder and any folder holding a page of a sealed site, and such a folder scored alone shows its
totals, not its sites.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import opencc
from pydantic import Field

from ..analyze.analysis import Analysis, analyze_text
from ..clean.edits import PositionMap
from ..clean.pipeline import CleanResult, clean_text, fix_and_explain
from ..clean.reports import split_reports
from ..datafile import Strict, load_yaml_model
from .results import write_result

REAL = Path(__file__).resolve().parents[3] / "tests" / "data" / "real"
LEVELS = ("title", "h1", "h2", "h3", "item", "para")
ROLES = ("opening", "practices", "achievements", "assessment", "problems", "causes")
ROLES += ("next_steps", "closing")
MEASURES = ("noise", "kept", "title", "year", "headings", "roles", "reports")
PUNCT = str.maketrans(",:;?!()\"'", "，：；？！（）“‘")


class Gold(Strict):
    url: str
    site: str
    title: str | None
    year: int | None = Field(ge=1990, le=2100)
    reports: int = Field(default=1, ge=1)
    noise: list[str] = Field(default_factory=list)
    keep: list[str] = Field(min_length=1)
    blocks: list[tuple[str, str | None, str]] = Field(min_length=1)


@dataclass
class Score:
    """Hits and totals of each measure, and what was missed (for reading)."""

    hits: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MEASURES, 0))
    totals: dict[str, int] = field(default_factory=lambda: dict.fromkeys(MEASURES, 0))
    misses: list[str] = field(default_factory=list)

    def add(self, measure: str, ok: bool, miss: str) -> None:
        self.totals[measure] += 1
        self.hits[measure] += ok
        if not ok:
            self.misses.append(f"{measure}: {miss}")

    def merge(self, other: Score) -> None:
        for m in MEASURES:
            self.hits[m] += other.hits[m]
            self.totals[m] += other.totals[m]


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """Text as compared: simplified, no white space, Chinese punctuation, one × per placeholder.

    >>> fold("县(市、区) 党委 召开XX次,學習")
    '县（市、区）党委召开×次，学习'
    """
    text = _t2s().convert(text).translate(PUNCT)
    text = re.sub(r"\s+", "", text)
    return re.sub(r"(?:[xX×*＊_＿]|某)+", "×", text)


def surviving(result: CleanResult, offset: int = 0) -> set[int]:
    """Offsets (plus ``offset``) of the original characters still in the cleaned text.

    A character that cleaning replaced by another one (squo; -> ‘) is gone; one written in
    another form (總 -> 总, , -> ，, XX -> ××) is still there.
    """
    maps = [PositionMap(changes) for _, changes in result.steps]
    kept = set()
    for pos, char in enumerate(result.text):
        for pmap in reversed(maps):
            pos = pmap.back(pos)
        if pos < len(result.original) and fold(result.original[pos]) == fold(char):
            kept.add(pos + offset)
    return kept


def noise_gone(raw: str, noise: str, keeps: list[str], alive: set[int]) -> bool:
    """No character of any occurrence of ``noise`` survives (occurrences inside keeps aside)."""
    inside = {i for k in keeps for m in re.finditer(re.escape(k), raw) for i in range(*m.span())}
    for m in re.finditer(re.escape(noise), raw):
        span = [i for i in range(*m.span()) if i not in inside and not raw[i].isspace()]
        if any(i in alive for i in span):
            return False
    return True


def found_blocks(gold: Gold, blocks: list) -> list[tuple[tuple, object]]:
    """Each gold block with the analysis block that starts with its first words, or None."""
    folded = [(fold(b.text), b) for b in blocks]
    out = []
    cursor = 0
    for g in gold.blocks:
        head = fold(g[2])
        at = next((i for i in range(cursor, len(folded)) if folded[i][0].startswith(head)), None)
        if at is None:
            at = next((i for i, (t, _) in enumerate(folded) if t.startswith(head)), None)
        out.append((g, None if at is None else folded[at][1]))
        cursor = cursor if at is None else at + 1
    return out


def read_page(raw: str) -> tuple[list[CleanResult], list[Analysis], set[int]]:
    """The page as the corpus reads it: split into reports, each cleaned and analysed."""
    parts = split_reports(raw)
    cleaned = [fix_and_explain(part) for part in parts]
    starts = [sum(len(p) for p in parts[:k]) for k in range(len(parts))]
    alive = set().union(*(surviving(c, start) for c, start in zip(cleaned, starts, strict=True)))
    return cleaned, [analyze_text(c.text) for c in cleaned], alive


def score_page(raw: str, gold: Gold) -> Score:
    cleaned, analyses, alive = read_page(raw)
    score = Score()
    for noise in gold.noise:
        score.add("noise", noise_gone(raw, noise, gold.keep, alive), noise)
    text = fold("".join(c.text for c in cleaned))
    for keep in gold.keep:  # a keep string as cleaning writes it (AAA -> ××, 總結 -> 总结)
        score.add("kept", fold(clean_text(keep)) in text, keep)
    first = analyses[0]
    got = first.title or ""
    score.add("title", fold(got) == fold(gold.title or ""), f"{got!r} != {gold.title!r}")
    score.add("year", first.year == gold.year, f"{first.year} != {gold.year}")
    score.add("reports", len(analyses) == gold.reports, f"{len(analyses)} != {gold.reports}")
    blocks = [b for a in analyses for b in a.blocks]
    for (level, role, head), block in found_blocks(gold, blocks):
        where = f"{head} ({level}, {role})"
        got_level = getattr(block, "level", None)
        if level in ("h1", "h2", "h3"):
            score.add("headings", got_level == level, f"{where}: got {got_level}")
        if level != "title":
            got_role = getattr(block, "role", None)
            score.add("roles", got_role == role, f"{where}: got {got_role}")
    return score


def load_pages(folder: Path) -> list[tuple[str, str, Gold]]:
    """(name, raw text, gold) of every page of the folder."""
    pages = []
    for path in sorted(folder.glob("*.yaml")):
        raw = path.with_suffix(".txt").read_text(encoding="utf-8")
        pages.append((path.stem, raw, load_yaml_model(path, Gold)))
    return pages


def score_all(folder: Path) -> tuple[dict[str, Score], dict[str, Score]]:
    """Scores by page and by site."""
    by_page: dict[str, Score] = {}
    by_site: dict[str, Score] = defaultdict(Score)
    for name, raw, gold in load_pages(folder):
        by_page[name] = score_page(raw, gold)
        by_site[gold.site].merge(by_page[name])
    return by_page, dict(by_site)


def share(score: Score, measure: str) -> str:
    hits, total = score.hits[measure], score.totals[measure]
    return f"{hits}/{total}" if total else "-"


def report(by_site: dict[str, Score], sites: bool = True) -> str:
    """A row per site (unless ``sites`` is false: sealed pages show totals only), then all, %."""
    whole = Score()
    for s in by_site.values():
        whole.merge(s)
    rows = [["site", *MEASURES]]
    if sites:
        rows += [[site, *(share(s, m) for m in MEASURES)] for site, s in sorted(by_site.items())]
    rows.append(["all", *(share(whole, m) for m in MEASURES)])
    rows.append(["%", *(f"{100 * whole.hits[m] / max(whole.totals[m], 1):.0f}" for m in MEASURES)])
    return "\n".join(
        "  ".join(f"{c:>10}" if i else f"{c:<22}" for i, c in enumerate(r)) for r in rows
    )


def main(argv: list[str] | None = None) -> int:
    from .realsplit import DATA, history, load_sets, score_set, side_by_side, total

    parser = argparse.ArgumentParser(prog="fanwen.bench.realset", description=__doc__)
    parser.add_argument("folder", nargs="?", type=Path, help="score this folder alone")
    parser.add_argument("--misses", action="store_true", help="list what each page missed")
    args = parser.parse_args(argv)
    sets = load_sets()
    sealed = {(DATA / f).resolve() for f in sets.sealed.folders}
    if args.folder is not None:
        by_page, by_site = score_all(args.folder)
        is_sealed = args.folder.resolve() in sealed or bool(set(by_site) & set(sets.sealed.sites))
        if args.misses and is_sealed:
            parser.error("the sealed set is scored only: its misses are not printed")
        print(report(by_site, sites=not is_sealed))
        _print_misses(by_page if args.misses else {})
        return 0
    dev_pages, dev = score_set(sets.development)
    _, seal = score_set(sets.sealed)
    print(report(dev))
    print()
    print(side_by_side({"development": total(dev), "sealed": total(seal)}))
    print()
    print("first contact:\n" + history(sets))
    _print_misses(dev_pages if args.misses else {})
    data = {
        "development": {site: {"hits": s.hits, "totals": s.totals} for site, s in dev.items()},
        "sealed": {"hits": total(seal).hits, "totals": total(seal).totals},
        "first_contact": [fc.model_dump(mode="json") for fc in sets.first_contact],
    }
    write_result("realset", data)
    return 0


def _print_misses(by_page: dict[str, Score]) -> None:
    for name, s in by_page.items():
        for miss in s.misses:
            print(f"{name}: {miss}")


if __name__ == "__main__":
    sys.exit(main())
