"""Learned weights for the title choice, set against the hand weights leave-one-site-out.

Every title candidate of every development page (:func:`fanwen.analyze.titles.candidates`) is
a row: its features of form, and whether its words are the gold title's. The pages are read
twice, as the pipeline cleans them and with the phrase rules of ``noise.yaml`` off
(:data:`fanwen.bench.titles.PHRASE_RULES`), so the rows hold the furniture an unseen site
leaves. A logistic regression (scikit-learn, liblinear, fixed seed: the same rows give the
same weights) is trained on all sites but one and chooses the titles of the one left out; the
sum over sites is its leave-one-site-out score, set beside the hand weights' score on the same
pages. ``--write FILE`` writes the weights learned on all sites in the form of
``analyze/data/titles.yaml`` (weights, and the threshold as minus the intercept), which plain
Python reads; scikit-learn is needed only here.

    python -m fanwen.bench.titlefit [--write FILE]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..analyze.titlerules import Weights, patterns
from ..analyze.titles import candidates, features, head_of
from ..clean.pipeline import fix_and_explain
from ..clean.reports import split_reports
from .realset import fold
from .realsplit import load_sets, set_pages
from .results import write_result
from .titles import WAYS

NAMES = tuple(Weights.model_fields)


@dataclass(frozen=True)
class Page:
    site: str
    gold: str  # folded gold title, "" for none
    rows: list[tuple[list[float], str]]  # features and folded words of each candidate


def pages() -> list[Page]:
    """Every development page, read each way (pipeline, form only)."""
    out = []
    for skip in WAYS.values():
        for _, raw, gold in set_pages(load_sets().development):
            lines = fix_and_explain(split_reports(raw)[0], skip=skip).text.splitlines(True)
            head = head_of(lines)
            rows = []
            for c in candidates(lines):
                f = features(c, lines, head)
                rows.append(([f[n] for n in NAMES], fold(c.text)))
            out.append(Page(gold.site, fold(gold.title or ""), rows))
    return out


def choose(page: Page, weights: list[float], threshold: float) -> str:
    """The folded words the weights choose for a page ("" for no title)."""
    best, words = None, ""
    for x, text in reversed(page.rows):
        s = sum(w * v for w, v in zip(weights, x, strict=True))
        if best is None or s > best:
            best, words = s, text
    return words if best is not None and best >= threshold else ""


def fit(train: list[Page]) -> tuple[list[float], float]:
    """Weights and threshold of a logistic regression over the candidates of ``train``."""
    from sklearn.linear_model import LogisticRegression

    xs = [x for p in train for x, _ in p.rows]
    ys = [int(text == p.gold) for p in train for _, text in p.rows]
    model = LogisticRegression(solver="liblinear", C=1.0, random_state=0).fit(xs, ys)
    return [float(w) for w in model.coef_[0]], -float(model.intercept_[0])


def hand() -> tuple[list[float], float]:
    rules = patterns().rules
    return [getattr(rules.weights, n) for n in NAMES], rules.threshold


def loso(all_pages: list[Page]) -> dict[str, dict[str, list[int]]]:
    """Per site: [hits, pages] of the learned weights (trained without it) and the hand ones."""
    sites = sorted({p.site for p in all_pages})
    hand_w, hand_t = hand()
    out: dict[str, dict[str, list[int]]] = defaultdict(lambda: {"learned": [0, 0], "hand": [0, 0]})
    for site in sites:
        held = [p for p in all_pages if p.site == site]
        weights, threshold = fit([p for p in all_pages if p.site != site])
        for p in held:
            for name, (w, t) in (("learned", (weights, threshold)), ("hand", (hand_w, hand_t))):
                out[site][name][0] += choose(p, w, t) == p.gold
                out[site][name][1] += 1
    return dict(out)


def weights_yaml(weights: list[float], threshold: float) -> str:
    """The learned weights in the form of ``titles.yaml`` (two decimals)."""
    lines = [f"threshold: {threshold:.2f}", "weights:"]
    lines += [f"  {n}: {w:.2f}" for n, w in zip(NAMES, weights, strict=True)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fanwen.bench.titlefit", description=__doc__)
    parser.add_argument("--write", type=Path, help="write the weights learned on all sites here")
    args = parser.parse_args(argv)
    all_pages = pages()
    by_site = loso(all_pages)
    total = {
        k: [sum(s[k][i] for s in by_site.values()) for i in (0, 1)] for k in ("learned", "hand")
    }
    for name, (hits, n) in total.items():
        print(f"leave-one-site-out, {name} weights: {hits}/{n} ({100 * hits / n:.0f}%)")
    weights, threshold = fit(all_pages)
    print(weights_yaml(weights, threshold), end="")
    if args.write:
        args.write.write_text(weights_yaml(weights, threshold), "utf-8")
    data = {"total": total, "sites": by_site}
    write_result("titlefit", data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
