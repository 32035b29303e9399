"""A learned reading of roles: a linear model over the form of each block, read by plain Python.

Each block is described by features that name no site and no phrase list: the characters of its
heading (pairs and triples, the number mark taken off), of its first words when it is prose, of
the top heading of the section it stands in, its level, where it stands in the report (fifth of
the body, before the first heading, in the first or the last section) and the role the reading in
order gave (:func:`fanwen.analyze.roles.assign_roles`). A multinomial logistic regression
(scikit-learn, trained by ``python -m fanwen.bench.rolemodel --write``) gives each feature a
weight per role; the weights ship as ``data/role_model.yaml`` and are summed here, so the
pipeline needs no scikit-learn. The sequence decoder (:mod:`fanwen.analyze.sequence`) adds the
model's log-probabilities to its evidence for each block.
"""

from __future__ import annotations

import math
import re
from functools import cache
from pathlib import Path

from pydantic import Field

from ..datafile import Strict, data_path, load_yaml_model
from .blocks import Block, sentences

NUM = "[一二三四五六七八九十]{1,3}"
MARK = re.compile(rf"^\s*(?:[（(]?(?:{NUM}|\d{{1,3}})[)）、.．]|{NUM}[是要])")
HEAD_CHARS = 20  # the first characters of a heading that count
LEAD_CHARS = 12  # the first characters of a paragraph that count
FIFTHS = 5


class RoleModel(Strict):
    """Weights of the model: an intercept and a weight per feature for each role."""

    roles: list[str] = Field(min_length=2)
    intercepts: dict[str, float]
    weights: dict[str, dict[str, float]]


@cache
def role_model(path: Path | None = None) -> RoleModel | None:
    """The shipped model, or None when no weights file is there."""
    path = path or data_path(__package__, "role_model.yaml")
    return load_yaml_model(path, RoleModel) if path.is_file() else None


def grams(text: str, prefix: str) -> list[str]:
    """Character pairs and triples of a text, each with a prefix naming where it comes from.

    >>> grams("原因分析", "h")
    ['h:原因', 'h:因分', 'h:分析', 'h:原因分', 'h:因分析']
    """
    text = re.sub(r"[\s，。：:；、,“”（）()]", "", text)
    return [f"{prefix}:{text[i : i + n]}" for n in (2, 3) for i in range(len(text) - n + 1)]


def _bare(heading: str) -> str:
    """A heading without its number mark: 二、存在的问题 -> 存在的问题."""
    return MARK.sub("", heading)[:HEAD_CHARS]


def features(pieces: list[tuple[Block, str | None]], top: str) -> list[list[str]]:
    """The features of every block (none for the title), in order.

    >>> p = [(Block(0, "一、存在的问题", "h1", "一、存在的问题"), "problems")]
    >>> p += [(Block(7, "学习不深。", "para", None), "problems")]
    >>> f = features(p, "h1")
    >>> "h:问题" in f[0], "s:问题" in f[1], "rule:problems" in f[1], "last" in f[1]
    (True, True, True, True)
    """
    body = [k for k, (_, r) in enumerate(pieces) if r is not None]
    tops = [k for k in body if pieces[k][0].level == top and pieces[k][0].heading]
    out: list[list[str]] = [[] for _ in pieces]
    section = ""
    for n, k in enumerate(body):
        block, reading = pieces[k]
        f = [f"lv:{block.level}", f"rule:{reading}", f"at:{FIFTHS * n // len(body)}"]
        if k in tops:
            section = _bare(block.heading or "")
            f += ["top", f"end:{section.rstrip('。：:')[-2:]}", *grams(section, "h")]
        elif block.heading:
            f += grams(_bare(block.heading), "h")
        else:
            first = sentences(block.text.strip())[:1]
            f += grams(first[0][:LEAD_CHARS] if first else "", "p")
        if not tops or k < tops[0]:
            f.append("before")
        elif k not in tops:
            f += grams(section, "s")
        if tops and k >= tops[-1]:
            f.append("last")
        elif tops and k >= tops[0] and (len(tops) == 1 or k < tops[1]):
            f.append("first")
        out[k] = f
    return out


def log_probs(model: RoleModel, feats: list[str]) -> dict[str, float]:
    """Log-probability of each role for one block's features (softmax of the sums).

    >>> m = RoleModel(roles=["a", "b"], intercepts={"a": 0, "b": 0}, weights={"x": {"a": 1}})
    >>> {r: round(math.exp(p), 3) for r, p in log_probs(m, ["x"]).items()}
    {'a': 0.731, 'b': 0.269}
    """
    scores = dict(model.intercepts)
    for name in feats:
        for role, w in model.weights.get(name, {}).items():
            scores[role] += w
    top = max(scores.values())
    norm = top + math.log(sum(math.exp(s - top) for s in scores.values()))
    return {r: scores[r] - norm for r in model.roles}
