"""The line classifier measured by leaving one site out, and trained on the development pages.

A labelled line table is built from the development gold (``tests/data/realsets.yaml``): each
page is split into reports as the corpus splits it, each part goes through the decode-level
fixers (the text the noise fixers start from), and each non-empty line is labelled:

- noise: every non-space character of it is covered by an occurrence of a gold noise string
  (occurrences inside a keep string aside, as the bench scores them);
- report: no character of it is covered. Gold noise lists every piece of site text on a page,
  so what is left is the report's (its title, headings, paragraphs, date and recipient lines);
- mixed: some characters covered, some not (a watermark inside a paragraph, a bundle title
  glued to the opening). Span rules handle those; they are left out of training and scoring;
- a line not covered whose Chinese text another line of the page repeats (a title shown twice)
  is left out too: a gold string cannot tell the copies apart (the first copy is usually the
  page's, ``repeated_title`` takes it).

``python -m fanwen.bench.lines`` prints where noise lines sit (above the report's first
paragraph, between its paragraphs, after its last one) and what share the classifier and the
noise.yaml rules catch in each zone, then a leave-one-site-out comparison (for each site,
weights learned on all the others; the hand weights were set on all pages, so theirs is a fit,
not a held-out figure) of the hand-set weights, the learned ones alone and the learned ones as
shipped (also taking what the hand weights take): noise lines taken and report lines kept by
the classifier alone, then the gold's noise strings removed and keep strings kept by the whole
cleaning with and without the noise.yaml rules. It writes
``bench-results/lines.json``. ``python -m fanwen.bench.lines train`` learns the weights from
every development page and writes ``scripts/fanwen/clean/data/lineclass.yaml``.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..clean.chars import lines_with_offsets
from ..clean.edits import PositionMap
from ..clean.lineclass import HAND_FILE, LineWeights, decide, load_weights, using_weights
from ..clean.linefeatures import line_key, page_features
from ..clean.linetrain import Page, fit, write_weights
from ..clean.pipeline import FIXER_NAMES, clean_text, fix_and_explain
from ..clean.reports import split_reports
from .realset import Gold, fold, noise_gone, surviving
from .realsplit import load_sets, set_pages
from .results import write_result

DECODE = FIXER_NAMES[: FIXER_NAMES.index("noise_lines")]
LATER = tuple(n for n in FIXER_NAMES if n not in DECODE)
RULES = ("noise_lines", "noise_spans", "noise_tails", "title_suffix", "repeated_title")
ZONES = ("above", "inside", "after")
WEIGHTS = Path(__file__).resolve().parents[1] / "clean" / "data" / "lineclass.yaml"

# A line with no Chinese character (……, ***, a stray 0) or one alone (a record's value 无) holds
# no report text to keep, and a gold cannot name it as site text either (its one character or
# digit is everywhere): unlabelled.
WORDS = re.compile(r"[\u4e00-\u9fff]")
# A heading's number alone on its line ((一), 三、) holds no words either: a later fixer joins it
# to the words it numbers (clean/numbers.py), or the page was cut after it.
MARK_ALONE = re.compile(r"[（(]?(?:[一二三四五六七八九十]{1,3}|\d{1,2})[)）、.．]?")


def covered(raw: str, gold: Gold) -> set[int]:
    """Offsets of the raw page's non-space characters that a gold noise string covers."""
    inside = {
        i for k in gold.keep for m in re.finditer(re.escape(k), raw) for i in range(*m.span())
    }
    out: set[int] = set()
    for noise in gold.noise:
        for m in re.finditer(re.escape(noise), raw):
            out |= {i for i in range(*m.span()) if i not in inside and not raw[i].isspace()}
    return out


def label_page(name: str, raw: str, gold: Gold) -> list[Page]:
    """Each report of a raw page as the classifier meets it, every line labelled.

    >>> gold = Gold(url="u", site="a.com", title=None, year=None, noise=["导航", "网址"],
    ...             keep=["坚持"], blocks=[("para", "opening", "坚持")])
    >>> label_page("a", "导航\\n坚持守土有责。\\n网址a.com\\n", gold)[0].labels
    [True, False, None]
    """
    cover = covered(raw, gold)
    pages, offset = [], 0
    for part in split_reports(raw):
        decoded = fix_and_explain(part, skip=LATER)
        maps = [PositionMap(changes) for _, changes in decoded.steps]
        texts, labels = [], []
        for start, line in lines_with_offsets(decoded.text):
            if not line.strip():
                continue
            spots = [
                _back(maps, start + i) + offset for i, ch in enumerate(line) if not ch.isspace()
            ]
            hits = sum(p in cover for p in spots)
            texts.append(line.strip())
            labels.append(True if hits == len(spots) else False if hits == 0 else None)
        keys = Counter(k for k in map(line_key, texts) if len(k) >= 4)
        labels = [
            None
            if label is False
            and (keys[line_key(t)] > 1 or len(WORDS.findall(t)) < 2 or MARK_ALONE.fullmatch(t))
            else label
            for t, label in zip(texts, labels, strict=True)
        ]
        page_keys = [line_key(t) for t in texts]
        labels = [
            None if _leads_another(key, page_keys) else label
            for key, label in zip(page_keys, labels, strict=True)
        ]
        pages.append(Page(name, gold.site, texts, labels))
        offset += len(part)
    return pages


def _leads_another(key: str, page_keys: list[str]) -> bool:
    """A short line (by its :func:`line_key`) whose words start a longer line of the page: an
    outline's entry whose heading returns run into its paragraph; or whose words (six or
    more) stand inside one: a site's page title that the report's own title repeats with its
    year (乡镇宣传工作年终总结范本 / 20**年乡镇宣传工作年终总结范本), a unit's name that a
    record's title line names again. The gold cannot list it as site text, since its words stay
    on the page; neither label is sure.

    >>> keys = [line_key(t) for t in ("（一）以旗定向", "（一）以旗定向，在领航中凝聚共识。")]
    >>> _leads_another(keys[0], keys), _leads_another(keys[1], keys)
    (True, False)
    >>> keys = [line_key(t) for t in ("乡镇宣传工作年终总结范本", "20**年乡镇宣传工作年终总结范本")]
    >>> _leads_another(keys[0], keys)
    True
    """
    return len(key) >= 4 and any(
        other != key and (other.startswith(key) or (len(key) >= 6 and key in other))
        for other in page_keys
    )


def _back(maps: list[PositionMap], pos: int) -> int:
    for pmap in reversed(maps):
        pos = pmap.back(pos)
    return pos


def development() -> list[tuple[str, str, Gold]]:
    return set_pages(load_sets().development)


@dataclass
class Tally:
    """Counts by measure: ``hits`` of ``totals``."""

    hits: Counter = field(default_factory=Counter)
    totals: Counter = field(default_factory=Counter)

    def add(self, key: str, ok: bool) -> None:
        self.totals[key] += 1
        self.hits[key] += ok

    def cell(self, key: str) -> str:
        return f"{self.hits[key]}/{self.totals[key]}"


def zones_of(page: Page) -> list[str]:
    rows = page_features(page.texts)
    return [next(z for z in ZONES if row[f"zone_{z}"]) for row in rows]


def line_scores(pages: list[Page], weights: LineWeights, tally: Tally, prefix: str) -> None:
    """Noise lines taken and report lines kept by the classifier alone, by zone and in all."""
    for page in pages:
        rows = page_features(page.texts)
        got = decide(page.texts, rows, weights)
        for zone, label, taken in zip(zones_of(page), page.labels, got, strict=True):
            if label is None:
                continue
            key = "noise" if label else "kept"
            for k in (f"{prefix} {key}", f"{prefix} {key} {zone}"):
                tally.add(k, taken if label else not taken)


def pipeline_scores(raw: str, gold: Gold, skip: tuple[str, ...], tally: Tally, key: str) -> None:
    """Gold noise strings removed and keep strings kept by the whole cleaning."""
    parts = split_reports(raw)
    cleaned = [fix_and_explain(part, skip=skip) for part in parts]
    starts = [sum(len(p) for p in parts[:k]) for k in range(len(parts))]
    alive = set().union(*(surviving(c, s) for c, s in zip(cleaned, starts, strict=True)))
    text = fold("".join(c.text for c in cleaned))
    for noise in gold.noise:
        tally.add(f"{key} noise", noise_gone(raw, noise, gold.keep, alive))
    for keep in gold.keep:
        tally.add(f"{key} kept", fold(clean_text(keep)) in text)


def loso(pages: list[tuple[str, str, Gold]], zones: tuple[str, ...] = ZONES) -> Tally:
    """Hand weights against weights learned without the site, site by site."""
    tally = Tally()
    labelled = {name: label_page(name, raw, gold) for name, raw, gold in pages}
    hand = load_weights(HAND_FILE)
    by_site: dict[str, list[str]] = defaultdict(list)
    for name, _, gold in pages:
        by_site[gold.site].append(name)
    for _site, names in sorted(by_site.items()):
        train = [p for n, ps in labelled.items() if n not in names for p in ps]
        learned = fit(train, zones)  # type: ignore[arg-type]
        alone = learned.model_copy(update={"hand_also": False})
        held = [p for n in names for p in labelled[n]]
        for tag, w in (("hand", hand), ("learned", alone), ("learned+hand", learned)):
            line_scores(held, w, tally, f"{tag} lines")
            for name, raw, gold in pages:
                if name not in names:
                    continue
                with using_weights(w):
                    pipeline_scores(raw, gold, (), tally, f"{tag} pipeline")
                    pipeline_scores(raw, gold, RULES, tally, f"{tag} no-rules")
    return tally


def where_noise_sits(pages: list[tuple[str, str, Gold]]) -> Tally:
    """Noise lines by zone, and what share the noise.yaml rules and the hand classifier catch."""
    tally = Tally()
    hand = load_weights(HAND_FILE)
    for name, raw, gold in pages:
        for page in label_page(name, raw, gold):
            rules = fix_and_explain("\n".join(page.texts), skip=("noise_classifier",)).text
            left = {fold(ln) for ln in rules.split("\n")}
            got = decide(page.texts, page_features(page.texts), hand)
            for zone, label, line, taken in zip(
                zones_of(page), page.labels, page.texts, got, strict=True
            ):
                if label:
                    tally.add(f"{zone} rules", fold(line) not in left)
                    tally.add(f"{zone} hand", taken)
                tally.add(f"{zone} {label}", True)
    return tally


def train(out: Path = WEIGHTS, zones: tuple[str, ...] = ZONES) -> LineWeights:
    """Learn from every development page and write the weights file."""
    pages = development()
    labelled = [p for name, raw, gold in pages for p in label_page(name, raw, gold)]
    weights = fit(labelled, zones)  # type: ignore[arg-type]
    sites = len({gold.site for _, _, gold in pages})
    write_weights(weights, out, f"the development pages ({len(pages)} pages, {sites} sites)")
    return weights


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fanwen.bench.lines", description=__doc__)
    parser.add_argument("command", nargs="?", choices=["loso", "train"], default="loso")
    parser.add_argument("--zones", default=",".join(ZONES), help="zones the classifier acts on")
    args = parser.parse_args(argv)
    zones = tuple(z for z in args.zones.split(",") if z)
    if set(zones) - set(ZONES):
        parser.error(f"--zones: choose among {', '.join(ZONES)}")
    if args.command == "train":
        w = train(zones=zones)
        print(f"wrote {WEIGHTS} ({len(w.weights)} weights, threshold {w.threshold})")
        return 0
    pages = development()
    spots = where_noise_sits(pages)
    print("noise lines by zone (caught by noise.yaml rules / by the hand classifier):")
    for zone in ZONES:
        rules = spots.cell(f"{zone} rules")
        print(
            f"  {zone:<7} noise {spots.totals[f'{zone} True']:>4}  rules {rules:>8}"
            f"  hand {spots.cell(f'{zone} hand'):>8}  report {spots.totals[f'{zone} False']:>4}"
            f"  mixed {spots.totals[f'{zone} None']:>3}"
        )
    tally = loso(pages, zones)
    print("\nleave one site out (hand weights were set on all sites):")
    keys = sorted(tally.totals)
    for key in keys:
        print(f"  {key:<34} {tally.cell(key):>10}")
    data = {"zones": {k: [spots.hits[k], spots.totals[k]] for k in sorted(spots.totals)}}
    data["loso"] = {k: [tally.hits[k], tally.totals[k]] for k in keys}
    write_result("lines", data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
