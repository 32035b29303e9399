"""Roles read by rules and by a learned model, scored leave-one-site-out on the development set.

The rules (cues, reading in order, sequence decoder) were written against the development pages,
so their score there is a fit. The learned model (:mod:`fanwen.analyze.rolemodel`) is trained
here on the gold blocks of every development site but one and scored on the site left out, for
each site in turn: the sum is what the model does on sites it never saw. Three readings of the
same gold blocks are counted: ``rules`` (the decoder without the model), ``model`` (the model's
most likely role for each block alone), ``form`` (the same model trained without the reading's
role among its features: the form of the blocks alone) and ``decoder`` (the decoder with the
model's evidence at weight :data:`DECODER_WEIGHT`, as the pipeline would run with the weights
shipped).

``python -m fanwen.bench.rolemodel`` prints the three counts and writes
``bench-results/rolemodel.json``; ``--write`` trains on the whole development set and writes the
weights (``fanwen/analyze/data/role_model.yaml``). Training is deterministic (lbfgs, fixed C);
scikit-learn is needed here only, never by the pipeline.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..analyze.blocks import Block
from ..analyze.rolemodel import RoleModel, features, log_probs
from ..analyze.roles import assign_roles
from ..analyze.sequence import decode_roles, sequence_weights
from ..analyze.snippets import ROLE_ORDER, default_library
from ..analyze.structure import split_blocks
from ..clean.pipeline import fix_and_explain
from ..clean.reports import split_reports
from ..datafile import data_path
from .realset import found_blocks
from .realsplit import load_sets, set_pages
from .results import write_result

C = 1.0  # inverse strength of the L2 penalty
MIN_WEIGHT = 0.005  # weights smaller than this are left out of the shipped file
READINGS = ("rules", "model", "form", "decoder")
DECODER_WEIGHT = 0.3


@dataclass
class Page:
    """A page's reports as the reading in order left them, and its gold blocks found there."""

    name: str
    site: str
    reports: list[list[tuple[Block, str | None]]]
    gold: list[tuple[int, int, str]]  # (report, piece, role) of each gold block found
    missing: int  # gold blocks (not titles) no block starts with


def read_pages() -> list[Page]:
    """Every development page, cleaned, split and read in order (rules, no decoder yet)."""
    library = default_library()
    pages = []
    for name, raw, gold in set_pages(load_sets().development):
        reports = [
            assign_roles(split_blocks(fix_and_explain(part).text), library)
            for part in split_reports(raw)
        ]
        where = [(r, k) for r, pieces in enumerate(reports) for k in range(len(pieces))]
        blocks = [reports[r][k][0] for r, k in where]
        found, missing = [], 0
        for (level, role, _), block in found_blocks(gold, blocks):
            if level == "title":
                continue
            if block is None:
                missing += 1
                continue
            at = next(i for i, b in enumerate(blocks) if b is block)
            found.append((*where[at], role))
        pages.append(Page(name, gold.site, reports, found, missing))
    return pages


def _top(pieces: list[tuple[Block, str | None]]) -> str:
    return "h1" if any(b.level == "h1" for b, r in pieces if r) else "h2"


def rows(pages: list[Page], form_only: bool = False) -> list[tuple[list[str], str]]:
    """(features, gold role) of every gold block found on the pages; ``form_only`` leaves out
    the role the reading gave."""
    out = []
    for page in pages:
        feats = [features(pieces, _top(pieces)) for pieces in page.reports]
        out += [(_form(feats[r][k], form_only), role) for r, k, role in page.gold]
    return out


def _form(feats: list[str], form_only: bool) -> list[str]:
    return [f for f in feats if not f.startswith("rule:")] if form_only else feats


def fit(data: list[tuple[list[str], str]]) -> tuple[object, object]:
    """A multinomial logistic regression over binary features: (vectorizer, classifier)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(f, 1) for f, _ in data])
    clf = LogisticRegression(C=C, solver="lbfgs", max_iter=5000)
    return vec, clf.fit(x, [role for _, role in data])


def weights_of(vec: object, clf: object) -> RoleModel:
    """The classifier's weights as plain data (rounded; the smallest left out)."""
    roles = [str(r) for r in clf.classes_]
    coef, intercepts = clf.coef_, clf.intercept_
    if len(roles) == 2:  # one row of weights for the second class: split it between the two
        coef, intercepts = [-coef[0] / 2, coef[0] / 2], [-intercepts[0] / 2, intercepts[0] / 2]
    weights: dict[str, dict[str, float]] = {}
    for j, name in enumerate(vec.get_feature_names_out()):
        row = {r: round(float(coef[i][j]), 3) for i, r in enumerate(roles)}
        row = {r: w for r, w in row.items() if abs(w) >= MIN_WEIGHT}
        if row:
            weights[str(name)] = row
    return RoleModel(
        roles=roles,
        intercepts={r: round(float(b), 3) for r, b in zip(roles, intercepts, strict=True)},
        weights=weights,
    )


def train(data: list[tuple[list[str], str]]) -> RoleModel:
    """The model trained on ``data``, as plain weights."""
    return weights_of(*fit(data))


def predict(model: RoleModel, feats: list[str]) -> str:
    """The model's most likely role (ties: the earlier in reading order)."""
    probs = log_probs(model, feats)
    return max(ROLE_ORDER, key=lambda r: (probs.get(r, float("-inf")), -ROLE_ORDER.index(r)))


def score(pages: list[Page], model: RoleModel, form: RoleModel) -> dict[str, int]:
    """Gold blocks read right by each reading."""
    library = default_library()
    base = sequence_weights()
    weights = base.model_copy(
        update={"emission": base.emission.model_copy(update={"model": DECODER_WEIGHT})}
    )
    hits = dict.fromkeys(READINGS, 0)
    for page in pages:
        rules = [decode_roles(p, library, None) for p in page.reports]
        both = [decode_roles(p, library, model, weights) for p in page.reports]
        feats = [features(p, _top(p)) for p in page.reports]
        for r, k, role in page.gold:
            hits["rules"] += rules[r][k][1] == role
            hits["decoder"] += both[r][k][1] == role
            hits["model"] += predict(model, feats[r][k]) == role
            hits["form"] += predict(form, _form(feats[r][k], True)) == role
    return hits


def leave_one_site_out(pages: list[Page]) -> dict[str, dict[str, int]]:
    """Hits of each reading on each site, the model trained without that site."""
    by_site: dict[str, list[Page]] = defaultdict(list)
    for page in pages:
        by_site[page.site].append(page)
    out = {}
    for site, held in sorted(by_site.items()):
        rest = [p for p in pages if p.site != site]
        out[site] = score(held, train(rows(rest)), train(rows(rest, form_only=True)))
        out[site]["total"] = sum(len(p.gold) + p.missing for p in held)
    return out


def write_model(model: RoleModel, path: Path) -> None:
    head = "# Written by `python -m fanwen.bench.rolemodel --write` (trained on the gold blocks\n"
    head += "# of the development pages): weights of each feature per role (analyze.rolemodel)\n"
    body = yaml.safe_dump(model.model_dump(), allow_unicode=True, sort_keys=True, width=100)
    path.write_text(head + body, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="fanwen.bench.rolemodel", description=__doc__)
    parser.add_argument("--write", action="store_true", help="train on all and write weights")
    args = parser.parse_args(argv)
    pages = read_pages()
    if args.write:
        path = data_path("fanwen.analyze", "role_model.yaml")
        write_model(train(rows(pages)), path)
        print(f"wrote {path}")
        return 0
    loso = leave_one_site_out(pages)
    total = {k: sum(s[k] for s in loso.values()) for k in (*READINGS, "total")}
    for k in READINGS:
        print(f"{k:<8} {total[k]}/{total['total']} ({100 * total[k] / total['total']:.1f}%)")
    data = {"leave_one_site_out": total, "by_site": loso}
    write_result("rolemodel", data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
