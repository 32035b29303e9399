"""Learning the line classifier's weights from labelled pages (scikit-learn, at training only).

A page is its non-empty lines (stripped) with a label each: True for site furniture, False for
report text, None for a line that holds both (a span rule's business; left out). The weights
are a logistic regression's (scikit-learn's ``liblinear`` solver, fixed seed, so the same
table gives the same weights); the threshold is then raised until no report line of the
training pages is taken, so the classifier errs on the side of keeping. Run time needs none of
this: :mod:`.lineclass` scores lines with plain Python from the written YAML.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from .lineclass import LineWeights, Zone, decide
from .linefeatures import is_prose, page_features

C = 3.0  # inverse strength of the L2 penalty: features stay readable, none runs away
CLASS_WEIGHT: str | None = "balanced"  # noise lines are fewer: each weighs more
NEIGHBOURS = 0.1  # share of each neighbour's score added to a line's own
HAND_VETO = -4.0  # lines the hand-set weights call report text this surely are kept
HAND_ALSO = True  # what the hand-set weights take above the report goes too
MARGIN = 0.25  # the threshold stands this far above the highest-scoring training report line
DIGITS = 3  # weights are written rounded; decisions are checked on the rounded ones


@dataclass(frozen=True)
class Page:
    """A page's lines and their labels (True: furniture, False: report, None: both)."""

    name: str
    site: str
    texts: list[str]
    labels: list[bool | None]


def fit(pages: Sequence[Page], zones: Sequence[Zone] = ("above", "inside", "after")) -> LineWeights:
    """Weights learned from ``pages``, acting in ``zones``.

    >>> body = "今年以来，局党组坚持守土有责，认真落实意识形态工作责任制，召开会议4次。"
    >>> a = Page("a", "a.com", ["导航", "2023年意识形态工作总结", body], [True, False, False])
    >>> b = Page("b", "b.com", ["首页", "工作总结", body, "收藏"], [True, False, False, True])
    >>> pages = [a, b]
    >>> w = fit(pages)
    >>> w.zones, w.weights["prose"] < 0
    (['above', 'inside', 'after'], True)
    """
    from sklearn.linear_model import LogisticRegression

    rows = [page_features(p.texts) for p in pages]
    names = sorted(rows[0][0]) if rows and rows[0] else []
    x, y = [], []
    for page in pages:
        feats = page_features(page.texts, introductions(page))
        for label, row in zip(page.labels, feats, strict=True):
            if label is not None:
                x.append([row[n] for n in names])
                y.append(int(label))
    model = LogisticRegression(
        C=C, class_weight=CLASS_WEIGHT, solver="liblinear", random_state=0, max_iter=1000
    )
    model.fit(x, y)
    weights = {n: round(float(c), DIGITS) for n, c in zip(names, model.coef_[0], strict=True)}
    draft = LineWeights(
        bias=round(float(model.intercept_[0]), DIGITS),
        threshold=0.0,
        neighbours=NEIGHBOURS,
        hand_veto=HAND_VETO,
        hand_also=HAND_ALSO,
        zones=list(zones),
        weights={n: v for n, v in weights.items() if v != 0},
    )
    return draft.model_copy(update={"threshold": _keeping_threshold(pages, rows, draft)})


def introductions(page: Page) -> frozenset[int]:
    """The site's paragraphs of a labelled page: the report's own start below them.

    >>> body = "今年以来，局党组坚持守土有责，认真落实意识形态工作责任制，召开会议4次。"
    >>> introductions(Page("a", "a.com", ["导航", body, body], [True, True, False]))
    frozenset({1})
    """
    return frozenset(k for k, t in enumerate(page.texts) if page.labels[k] and is_prose(t))


def _keeping_threshold(pages: Sequence[Page], rows: list, w: LineWeights) -> float:
    """The lowest threshold (from 0 up, in steps) at which no training report line is taken."""
    threshold = 0.0
    while threshold < 50:
        trial = w.model_copy(update={"threshold": threshold})
        taken = [
            (label, got)
            for page, feats in zip(pages, rows, strict=True)
            for label, got in zip(page.labels, decide(page.texts, feats, trial), strict=True)
        ]
        if not any(got and label is False for label, got in taken):
            return round(threshold + MARGIN, DIGITS)
        threshold += 0.25
    return threshold


def write_weights(weights: LineWeights, path: Path, source: str) -> None:
    """The weights as a YAML file a person can read, strongest first, with where they came from."""
    head = (
        "# Weights of the line classifier (fanwen.clean.lineclass), learned by logistic\n"
        f"# regression (scikit-learn liblinear, C={C}, class weight {CLASS_WEIGHT}, seed 0)\n"
        f"# from {source}.\n"
        "# Written by `python -m fanwen.bench.lines train`: edit the features or the labels,\n"
        "# not these numbers. A positive weight pushes a line towards site furniture. No\n"
        "# feature names a site (scripts/fanwen/clean/linefeatures.py says what each measures).\n"
    )
    ordered = dict(sorted(weights.weights.items(), key=lambda kv: (-abs(kv[1]), kv[0])))
    body = weights.model_dump() | {"weights": ordered}
    text = head + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=100)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
