"""The phrase bank is mined from the corpus: every phrase stands where it says it does."""

from __future__ import annotations

import pytest

from fanwen.aids.phrases import fragment_kind, functions, mine
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


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("与贯彻落实省第××次", "hanging_start", id="starts-with-a-conjunction"),
        pytest.param("并召开专题会议××次", "hanging_start", id="starts-with-bing"),
        pytest.param("）党委书记主持召开专题会议××次", "hanging_start", id="starts-with-a-bracket"),
        pytest.param("贯彻落实省第××次", "unfinished_ordinal", id="ends-in-an-ordinal"),
        pytest.param("申请信访救助资金××万", "bare_figure", id="figure-without-unit"),
        pytest.param("县委宣传部对××个", "classifier_end", id="classifier-waiting-for-noun"),
        pytest.param("组织开展××次", "verb_before_count", id="verb-without-object"),
        pytest.param("举办“乡村振兴大讲堂××期", "pairs", id="quote-left-open"),
        pytest.param("为××人次", "content_min", id="mostly-figure"),
        pytest.param("遴选××名", "content_min", id="verb-and-figure-only"),
        pytest.param("专题研讨××次", None, id="data-phrase"),
        pytest.param("召开意识形态工作会议××次", None, id="data-phrase-long"),
        pytest.param("领导班子确定调研选题××个", None, id="count-after-its-noun"),
        pytest.param("同部署、同落实、同检查、同考核", None, id="parallelism-starting-with-tong"),
        pytest.param("在中省市重点主流媒体发稿近××篇", None, id="starts-with-zai-and-is-whole"),
        pytest.param("增强“四个意识”", None, id="formulation-with-verb"),
    ],
)
def test_what_a_phrase_is(text: str, kind: str | None) -> None:
    assert fragment_kind(text) == kind


def test_a_parallelism_may_start_with_its_repeated_head_word() -> None:
    text = "与道德课堂相结合、与主题党日活动相结合、与讲党课专题相结合"
    assert fragment_kind(text, "parallelism") is None
    assert fragment_kind(text, "data_evidence") == "hanging_start"


def test_no_fragment_is_mined(bank) -> None:
    assert [p.text for p in bank if fragment_kind(p.text, p.function)] == []
    assert "与贯彻落实省第××次" not in {p.text for p in bank}
