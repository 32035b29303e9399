"""The learned role model (fanwen.analyze.rolemodel): its features, plain-Python weights that
decide as scikit-learn does, and its place in the sequence decoder (fanwen.analyze.sequence)."""

from __future__ import annotations

import pytest

from fanwen.analyze.blocks import Block
from fanwen.analyze.rolemodel import RoleModel, features, log_probs
from fanwen.analyze.sequence import decode_roles, sequence_weights
from fanwen.analyze.snippets import default_library
from fanwen.bench.rolemodel import fit, predict, train, weights_of


def _head(k: int, text: str, level: str = "h1") -> tuple[Block, str]:
    return Block(k, text, level, text)


REPORT = [
    (Block(0, "局党组2023年意识形态工作总结\n", "title", "局党组2023年意识形态工作总结"), None),
    (Block(1, "今年以来，局党组落实责任制。", "para", None), "opening"),
    (_head(2, "一、工作开展情况"), "practices"),
    (Block(3, "召开专题会议4次。", "para", None), "practices"),
    (_head(4, "二、存在的不足"), "problems"),
    (Block(5, "学习还不够深入。", "para", None), "problems"),
]
FEATURES = [
    ("the title has none", 0, [], ["lv:title"]),
    ("the opening stands before any heading", 1, ["before", "lv:para", "at:0"], ["top"]),
    ("a top heading: its words without the number", 2, ["top", "h:开展", "end:情况"], ["h:一、"]),
    ("a top heading in the first section", 2, ["first", "rule:practices"], ["last"]),
    ("prose: its first words and its section's", 3, ["p:召开", "s:开展"], ["h:召开"]),
    ("the last section", 5, ["last", "s:不足", "at:4"], ["first"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "k", "present", "absent"), FEATURES, ids=[f[0] for f in FEATURES]
)
def test_features_of_a_block(label: str, k: int, present: list[str], absent: list[str]) -> None:
    got = features(REPORT, "h1")[k]
    assert set(present) <= set(got), label
    assert not set(absent) & set(got), label


TABLE = [
    (["top", "h:问题", "end:问题"], "problems"),
    (["top", "h:不足", "end:不足"], "problems"),
    (["top", "h:打算", "end:打算"], "next_steps"),
    (["top", "h:下步", "end:措施"], "next_steps"),
    (["top", "h:做法", "end:做法"], "practices"),
    (["top", "h:开展", "end:情况"], "practices"),
    (["before", "p:今年"], "opening"),
    (["before", "p:根据"], "opening"),
    (["s:问题", "p:学习"], "problems"),
    (["s:打算", "p:继续"], "next_steps"),
]
PROBES = [
    ("a heading ending in 问题", ["top", "end:问题"], "problems"),
    ("prose in a section of plans", ["s:打算", "p:继续"], "next_steps"),
    ("prose before the first heading", ["before"], "opening"),
    ("a heading of work done", ["top", "h:做法"], "practices"),
]


@pytest.mark.parametrize(("label", "feats", "role"), PROBES, ids=[p[0] for p in PROBES])
def test_plain_weights_decide_as_the_classifier(label: str, feats: list[str], role: str) -> None:
    vec, clf = fit(TABLE)
    model = weights_of(vec, clf)
    assert clf.predict(vec.transform([dict.fromkeys(feats, 1)]))[0] == role, label
    assert predict(model, feats) == role, label
    proba = clf.predict_proba(vec.transform([dict.fromkeys(feats, 1)]))[0]
    mine = log_probs(model, feats)
    for r, p in zip(clf.classes_, proba, strict=True):
        assert abs(2.718281828 ** mine[r] - p) < 0.01, (label, r)


def test_training_is_deterministic() -> None:
    assert train(TABLE) == train(list(TABLE))


TOY = RoleModel(
    roles=["practices", "problems"],
    intercepts={"practices": 0.0, "problems": 0.0},
    weights={"p:学习": {"problems": 9.0}},
)
PIECES = [
    (_head(0, "一、主要做法"), "practices"),
    (Block(1, "召开会议8次。", "para", None), "practices"),
    (Block(2, "学习还不够深入。", "para", None), "practices"),
]


@pytest.mark.parametrize(
    ("label", "model", "weight", "roles"),
    [
        ("without a model the reading stands", None, 1.0, ["practices"] * 3),
        ("a weight of nought leaves the model out", TOY, 0.0, ["practices"] * 3),
        ("a confident model moves the last block on", TOY, 1.0, ["practices"] * 2 + ["problems"]),
    ],
)
def test_the_model_joins_the_decoder(
    label: str, model: RoleModel | None, weight: float, roles: list[str]
) -> None:
    base = sequence_weights()
    weights = base.model_copy(
        update={"emission": base.emission.model_copy(update={"model": weight})}
    )
    got = [r for _, r in decode_roles(PIECES, default_library(), model, weights)]
    assert got == roles, label
