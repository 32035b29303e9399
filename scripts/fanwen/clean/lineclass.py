"""Page furniture told by what a line looks like, not by what it says word for word.

``noise.yaml`` names the forms of site text one by one and stays the precision layer; this
fixer catches what it has not seen yet, the way jusText and trafilatura judge HTML blocks: each
line gets a linear score over features of its form (:mod:`.linefeatures`: length, share of
function characters, digits, Latin letters, symbols, counts, dates, where it stands, a shorter
copy of the title below, how it ends, its neighbours), smoothed over its neighbours, and goes
when the score is above the threshold. The weights are data (``data/lineclass.yaml``), learned
by logistic regression from the development pages (``python -m fanwen.bench.lines train``; the
hand-set weights they replaced are kept in ``data/lineclass_hand.yaml`` for comparison). They
say in which zones of the page the classifier acts (above the report's first paragraph,
between its paragraphs, after its last one). A line is never taken when it is the last
title-like line above the report (its title) or a piece of a title a PDF viewer broke into short
lines (``broken_title`` puts it back together).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from typing import Literal

from pydantic import Field, field_validator

from ..datafile import Strict, data_path, load_yaml_model
from .chars import cjk_count, lines_with_offsets
from .edits import Edit
from .layout import find_broken_title
from .linefeatures import (
    HEADING,
    headline,
    last_sentence,
    own_features,
    page_features,
    scattered,
    title_like,
)
from .lineforms import closing_credit, issue_date, protected
from .outlines import outline_above, outline_copies

TAIL_LEAN = 0.0  # an introduction's last sentence: more likely site text than report text
PULL = 2.0  # a neighbour pulls at most this far, however sure it is of being report text
# a blank a template leaves to fill in (某某, ××, XX, **); x alone only between 年 and 月
BLANK = re.compile(r"某某|(?<![A-Za-z.])(?:[×Xx]{2,4}|[*＊]{2,})(?![A-Za-z.])|年[×Xx]月")
CLAUSE = re.compile("[，,：:]")  # a title has no clause in it, and no label (第1篇：)
Zone = Literal["above", "inside", "after"]


@cache
def feature_names() -> frozenset[str]:
    """Every feature a weights file may name.

    >>> {"very_short", "function_share", "between_prose"} <= feature_names()
    True
    """
    return frozenset(page_features(["导航"])[0])


class LineWeights(Strict):
    bias: float
    threshold: float
    neighbours: float = Field(ge=0, le=1)
    zones: list[Zone] = Field(default=["above"], min_length=1)
    # a line (not a paragraph) the hand-set weights score at or below this is kept: they
    # encode what report lines look like (titles, headings, sentences), the learned weights
    # reach further
    hand_veto: float | None = None
    # also take what the hand-set weights take (above the report, where they were set)
    hand_also: bool = False
    weights: dict[str, float]

    @field_validator("weights")
    @classmethod
    def _known(cls, value: dict[str, float]) -> dict[str, float]:
        unknown = sorted(set(value) - feature_names())
        if unknown:
            raise ValueError(f"unknown feature(s): {', '.join(unknown)}")
        return value


WEIGHTS_FILE = "lineclass.yaml"
HAND_FILE = "lineclass_hand.yaml"
_chosen: ContextVar[LineWeights | None] = ContextVar("line_weights", default=None)


@cache
def load_weights(name: str = WEIGHTS_FILE) -> LineWeights:
    """A weights file of the clean stage's ``data/`` folder."""
    return load_yaml_model(data_path("fanwen.clean", name), LineWeights)


def line_weights() -> LineWeights:
    """The weights in use: the shipped ones, unless :func:`using_weights` chose others."""
    return _chosen.get() or load_weights()


@contextmanager
def using_weights(weights: LineWeights) -> Iterator[None]:
    """Clean with other weights for a while (the bench compares hand and learned weights).

    >>> hand = load_weights(HAND_FILE)
    >>> with using_weights(hand):
    ...     line_weights().zones
    ['above']
    """
    token = _chosen.set(weights)
    try:
        yield
    finally:
        _chosen.reset(token)


def score(values: dict[str, float], weights: LineWeights | None = None) -> float:
    """The linear score of a line's features (features a file leaves out weigh nothing).

    >>> from .linefeatures import own_features
    >>> score(own_features("导航", [])) > line_weights().threshold
    True
    >>> score(own_features("区委网信办：", [])) > line_weights().threshold
    False
    """
    w = weights or line_weights()
    return w.bias + sum(weight * values.get(name, 0.0) for name, weight in w.weights.items())


def title_pieces(text: str) -> set[int]:
    """Starts of the lines that ``broken_title`` will join into one title line.

    >>> page = "客服：123\\n某街道\\n2020\\n上半年\\n意识形态工作总结\\n在××的领导下，"
    >>> sorted(title_pieces(page))
    [7, 11, 16, 20]
    """
    ends = {e.start for e in find_broken_title(text)}
    starts = {s for s, line in lines_with_offsets(text) if s + len(line) in ends}
    return starts | {end + 1 for end in ends}


def decisions(texts: list[str], weights: LineWeights | None = None) -> list[bool]:
    """For each non-empty line of a page (stripped), whether it is site furniture.

    >>> body = "今年以来，局党组坚持守土有责，认真落实意识形态工作责任制，召开会议4次。"
    >>> decisions(["首页 > 工作总结", "导航", "2023年意识形态工作总结", body])
    [True, True, False, False]
    """
    return decide(texts, page_features(texts), weights or line_weights())


def decide(texts: list[str], rows: list[dict[str, float]], w: LineWeights) -> list[bool]:
    """:func:`decisions` over features already computed (training tries many weights).

    A first pass finds paragraphs that are a site's (an introduction addressing the reader):
    one is taken only when its last sentence leans to site text too (scores above
    ``TAIL_LEAN``: more likely site text than not), since a site glues its text in front of a
    report's opening, never after it. The report's own paragraphs then
    start below them, and a second pass decides every line with the zones drawn again.
    """
    if w.hand_also:
        hand = decide(texts, rows, load_weights(HAND_FILE))
        alone = decide(texts, rows, w.model_copy(update={"hand_also": False}))
        return _close_gaps([a or b for a, b in zip(hand, alone, strict=True)], rows)
    first = _decide(texts, rows, w, frozenset())
    intro = frozenset(
        k
        for k, taken in enumerate(first)
        if taken and rows[k]["prose"] and score(_tail_row(texts[k], rows[k]), w) > TAIL_LEAN
    )
    if not intro:
        return [t and not rows[k]["prose"] for k, t in enumerate(first)]
    second = _decide(texts, page_features(texts, intro), w, intro)
    return [k in intro or (t and not rows[k]["prose"]) for k, t in enumerate(second)]


def _close_gaps(taken: list[bool], rows: list[dict[str, float]]) -> list[bool]:
    """Below the report, a line between two lines taken is taken too (a list's entry between
    its header and the next entry): smoothing over neighbours, where no report line stands.

    >>> after = {"zone_after": 1.0, "prose": 0.0}
    >>> _close_gaps([True, False, True], [after] * 3)
    [True, True, True]
    """
    return [
        t
        or (
            0 < k < len(taken) - 1
            and taken[k - 1]
            and taken[k + 1]
            and bool(rows[k]["zone_after"])
            and not rows[k]["prose"]
        )
        for k, t in enumerate(taken)
    ]


def _tail_row(line: str, row: dict[str, float]) -> dict[str, float]:
    return row | own_features(last_sentence(line), [])


def _decide(
    texts: list[str], rows: list[dict[str, float]], w: LineWeights, intro: frozenset[int]
) -> list[bool]:
    if not any(row["prose"] for row in rows):  # no report paragraph: nothing to tell it from
        return [False] * len(texts)
    zones = [next(z for z in ("above", "inside", "after") if row[f"zone_{z}"]) for row in rows]
    raw = [score(row, w) for row in rows]
    above = [k for k in range(len(texts)) if zones[k] == "above"]
    # a news headline names no kind of report: the title when no line above names one
    titles = [k for k in above if title_like(texts[k])] or [k for k in above if headline(texts[k])]
    # the report's title: the last title-like line above it, a heading (一、…情况), a column's
    # name (工作计划), a sentence a viewer broke before its stop (现将…情况和) and a title it
    # scattered into words aside
    plain = [
        k
        for k in titles
        if not HEADING.match(texts[k]) and not CLAUSE.search(texts[k]) and not scattered(texts[k])
    ]
    own = [k for k in plain if cjk_count(texts[k]) >= 8]
    title = next(iter(own[-1:] or plain[-1:] or titles[-1:]), -1)
    keep = protected(texts, title, intro)
    outline = outline_above(texts, own[-1]) if own else set()
    outline |= {k for k in above if scattered(texts[k])}  # a viewer's debris of the title
    outline |= outline_copies(texts)  # a site's outline of the headings that come below
    keep -= outline
    # a short line with a full stop among the report's paragraphs is a piece of its sentences,
    # and one with a blank to fill (组长：某某, 2024年x月上旬) is a template's, never a site's
    keep |= {
        k
        for k, t in enumerate(texts)
        if zones[k] != "above" and ("。" in t or BLANK.search(t)) and not rows[k]["prose"]
    }
    # A neighbour in the same zone that reads as report text pulls a line towards the report;
    # a title line (page furniture is often stacked on it) only pushes.
    pull = [max(r, 0.0) if k in titles else max(r, -PULL) for k, r in enumerate(raw)]
    near = [
        [j for j in (k - 1, k + 1) if 0 <= j < len(raw) and zones[j] == zones[k]]
        for k in range(len(raw))
    ]
    smoothed = [s + w.neighbours * sum(pull[j] for j in near[k]) for k, s in enumerate(raw)]
    if w.hand_veto is not None:
        hand = load_weights(HAND_FILE)
        keep |= {
            k for k, row in enumerate(rows) if not row["prose"] and score(row, hand) <= w.hand_veto
        }
    # an e-paper's date over the headline, and the unit that sent a piece in, under its end
    issued = {k for k in (0, len(texts) - 1) if issue_date(texts, k) or closing_credit(texts, k)}
    return [
        k in outline
        or k in issued
        or (
            zones[k] in w.zones
            and k not in keep
            and raw[k] > w.threshold
            and smoothed[k] > w.threshold
        )
        for k in range(len(texts))
    ]


def find_classified_noise(text: str) -> list[Edit]:
    """Lines that score as site furniture, in the zones the weights name.

    >>> body = "今年以来，局党组坚持守土有责，认真落实意识形态工作责任制，召开会议4次。"
    >>> page = f"首页 > 工作总结\\n导航\\n2023年意识形态工作总结\\n{body}\\n"
    >>> [e.before for e in find_classified_noise(page)]
    ['首页 > 工作总结\\n', '导航\\n']
    """
    lines = [(s, ln) for s, ln in lines_with_offsets(text) if ln.strip()]
    if not lines:
        return []
    taken = decisions([ln.strip() for _, ln in lines])
    pieces = title_pieces(text)
    edits = []
    for (start, line), noise in zip(lines, taken, strict=True):
        if noise and start not in pieces:
            edits.append(_drop(start, line, text))
    return edits


def _drop(start: int, line: str, text: str) -> Edit:
    """A line with its newline (the one before it, for a last line without one)."""
    end = start + len(line)
    if end < len(text):
        return Edit("line_classifier", start, text[start : end + 1])
    if start > 0:
        return Edit("line_classifier", start - 1, text[start - 1 : end])
    return Edit("line_classifier", start, line)
