"""The phrase bank is mined from the corpus: every phrase stands where it says it does."""

from __future__ import annotations

import pytest

from fanwen.aids.phrases import functions, mine
from fanwen.analyze.analysis import analyze_text
from fanwen.analyze.snippets import default_library
from fanwen.corpus import load_corpus
from helpers import ROOT, as_pattern


@pytest.fixture(scope="module")
def corpus():
    library = default_library()
    return [(ex.slug, analyze_text(ex.text, library)) for ex in load_corpus(ROOT / "corpus")]


@pytest.fixture(scope="module")
def bank(corpus):
    return mine(corpus, default_library())


def test_every_link_resolves_to_a_block_holding_the_phrase(corpus, bank) -> None:
    blocks = {(slug, b.id): b for slug, a in corpus for b in a.blocks}
    for phrase in bank:
        for place in phrase.places:
            block = blocks[place]
            assert block.role == phrase.role
            assert as_pattern(phrase.text).search(block.text), (phrase.text, place)


def test_counts_are_distinct_exemplars(bank) -> None:
    for phrase in bank:
        assert phrase.exemplars == len({slug for slug, _ in phrase.places}) >= 1


def test_bank_covers_every_function_and_is_ordered(bank) -> None:
    order = [f.id for f in functions().functions]
    assert {p.function for p in bank} == set(order)
    keys = [(p.role, order.index(p.function)) for p in bank]
    from fanwen.analyze.snippets import ROLE_ORDER

    assert keys == sorted(keys, key=lambda k: (ROLE_ORDER.index(k[0]), k[1]))


def test_known_phrases_are_mined(bank) -> None:
    texts = {(p.function, p.text) for p in bank}
    assert ("formulations", "做到“两个维护”") in texts
    assert ("metaphor_heading", "二是强化制度建设保障，联动种好“责任田”") in texts
    assert ("data_evidence", "监测处置网络舆情××起") in texts
    assert any(f == "transition" and t.startswith("同时，对照党的二十大") for f, t in texts)
    # Listed once per role it is used in (the 局党组 model report also has it in its opening).
    shared = [p for p in bank if p.text == "同部署、同落实"]
    assert shared and max(p.exemplars for p in shared) >= 3


def test_a_new_exemplar_adds_its_phrases(corpus) -> None:
    library = default_library()
    extra = analyze_text(
        "2024年××镇意识形态工作总结\n现将有关情况报告如下：\n"
        "一是强化网络阵地管理。全年监测处置网络舆情7起，筑牢网上“防火墙”。\n",
        library,
    )
    bank = mine([*corpus, ("sixth", extra)], library)
    mine_of_sixth = [p for p in bank if ("sixth", "b3") in p.places]
    assert {p.function for p in mine_of_sixth} >= {"data_evidence"}
    shared = next(p for p in bank if p.text == "监测处置网络舆情××起")
    assert shared.exemplars == 2
