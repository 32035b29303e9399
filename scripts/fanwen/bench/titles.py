"""How far title and year reading carries beyond the pages it was tuned on.

``python -m fanwen.bench.titles`` scores the development pages (``tests/data/realsets.yaml``)
by site, two ways:

- as the pipeline reads them (every cleaning rule on);
- with the phrase rules of ``noise.yaml`` off (noise lines, spans, tails, title suffixes and the
  repeated page title: the rules written against the sites already seen), so that only methods
  of form are left (the line classifier and the scored title choice). A rule fitted to one
  site's wording does nothing on a site nobody has seen; this reading shows what is left then.

Each way, the title chosen by the scored choice (:mod:`fanwen.analyze.titles`) is set beside
the earlier rule (the first title-like line among the first three, ``structure.title_line``),
and a site counts as fitted when the scored choice was tuned with it in view. The weights are
set by hand, so leave-one-site-out here is the per-site table: no site's score comes from
weights learned on that site. The sealed set is never read here. Writes
``bench-results/titles.json``.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

from ..analyze.analysis import analyze_text
from ..analyze.structure import title_line
from ..clean.pipeline import fix_and_explain
from ..clean.reports import split_reports
from .realset import fold
from .realsplit import load_sets, set_pages
from .results import write_result

PHRASE_RULES = ("noise_lines", "noise_spans", "noise_tails", "title_suffix", "repeated_title")
WAYS = {"pipeline": (), "form only": PHRASE_RULES}
COLUMNS = ("title", "title (first line rule)", "year")


def read(raw: str, skip: tuple[str, ...]) -> tuple[str, str, int | None]:
    """The first report's title by the scored choice and by the first-line rule, and its year."""
    text = fix_and_explain(split_reports(raw)[0], skip=skip).text
    analysis = analyze_text(text)
    lines = text.splitlines(keepends=True)
    k = title_line(lines)
    return analysis.title or "", "" if k is None else lines[k].strip(), analysis.year


def score(skip: tuple[str, ...]) -> dict[str, dict[str, list[int]]]:
    """Per site: [hits, pages] of each column."""
    sites: dict[str, dict[str, list[int]]] = defaultdict(lambda: {c: [0, 0] for c in COLUMNS})
    for _, raw, gold in set_pages(load_sets().development):
        title, first, year = read(raw, skip)
        want = fold(gold.title or "")
        for column, ok in zip(
            COLUMNS, (fold(title) == want, fold(first) == want, year == gold.year), strict=True
        ):
            sites[gold.site][column][0] += ok
            sites[gold.site][column][1] += 1
    return dict(sites)


def summed(sites: dict[str, dict[str, list[int]]]) -> dict[str, list[int]]:
    return {c: [sum(s[c][0] for s in sites.values()), sum(s[c][1] for s in sites.values())]
            for c in COLUMNS}  # fmt: skip


def table(results: dict[str, dict[str, dict[str, list[int]]]]) -> str:
    """One row per way of reading: totals of each column, and the sites with a miss."""
    rows = []
    for way, sites in results.items():
        cells = "  ".join(
            f"{c} {h}/{t} ({100 * h / t:.0f}%)" for c, (h, t) in summed(sites).items()
        )
        missed = sorted(site for site, s in sites.items() if s["title"][0] < s["title"][1])
        rows.append(
            f"{way:<10} {cells}\n{'':<10} sites with a title miss: {', '.join(missed) or '-'}"
        )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fanwen.bench.titles", description=__doc__)
    parser.parse_args(argv)
    results = {way: score(skip) for way, skip in WAYS.items()}
    print(table(results))
    data = {way: {"total": summed(sites), "sites": sites} for way, sites in results.items()}
    write_result("titles", data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
