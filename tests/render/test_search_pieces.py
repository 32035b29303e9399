"""The index in pieces: keys, shards and number lists agree with the page's code (one table,
tests/golden/search_keys.json, read by tests/web/search-keys.test.js too), and a query's
keys are in every text that contains it, so looking them up never loses a hit."""

from __future__ import annotations

import json
import os

from hypothesis import given
from hypothesis import strategies as st

from fanwen.render.search_pieces import (
    chunks_of,
    cover,
    decode_ids,
    encode_ids,
    fold,
    keys_of,
    postings,
    shard_of,
)
from helpers import GOLDEN

TABLE = GOLDEN / "search_keys.json"
TEXTS = ["两个维护", "意识形态", "网格化", "理论学习中心组", "习近平新时代中国特色社会主义思想"]


def table() -> dict:
    """The cases as the Python side computes them (the golden file's content)."""
    folds = [
        " 推进  ＡＩ与AI\n融合 ",
        "两个\u200b维护",
        "\u3000全面\u00a0从严\ufeff治党\t",
        "２０２３年 Ｗｅｂ ｗｅｂ ＡＺａｚ０９！",
        "ABC xyz",
    ]
    words = ["网", "意识", "意识形态", "理论学习中心组", "习近平新时代中国特色社会主义思想"]
    return {
        "_about": (
            "Cases both implementations of the search keys must agree on: "
            "scripts/fanwen/render/search_pieces.py (tests/render/test_search_pieces.py) and "
            "scripts/web/search/keys.js (tests/web/search-keys.test.js). "
            "Regenerate with FANWEN_UPDATE_GOLDEN=1."
        ),
        "fold": [[t, fold(t)] for t in [*folds, "𠮷野家  A"]],
        "cover": [[w, cover(w)] for w in [*words, "𠮷野家", "ai"]],
        "shard": [
            [k, n, shard_of(k, n)]
            for k in ["意识", "网", "𠮷野", "ai", "两个"]
            for n in (1, 7, 97, 1000)
        ],
        "ids": [
            [ids, encode_ids(ids)]
            for ids in [[0], [0, 1, 2, 3], [5, 40], [1000], [31, 32, 33, 1056, 99999]]
        ],
    }


def test_the_shared_table_is_what_python_computes() -> None:
    expected = table()
    if os.environ.get("FANWEN_UPDATE_GOLDEN"):
        text = json.dumps(expected, ensure_ascii=False, indent=1) + "\n"
        TABLE.write_text(text, encoding="utf-8")
    assert json.loads(TABLE.read_text(encoding="utf-8")) == expected


def test_hand_checked_values() -> None:
    assert fold("两个  维护\n") == "两个 维护"
    assert fold("２０２３年Ｗｅｂ") == "2023年web"  # as cleaning wrote the corpus
    assert cover("理论学习中心组") == ["理论", "论学", "学习", "习中", "中心", "心组"]
    long = ["习近", "新时", "中国", "特色", "会主", "思想"]  # six pairs spread over the word
    assert cover("习近平新时代中国特色社会主义思想") == long
    assert encode_ids([5, 40]) == "5B2"  # 5; then 40 - 5 - 1 = 34 = 1·32 + 2 → "B" "2"
    assert shard_of("x", 1) == 0


@given(st.lists(st.integers(0, 10**6), unique=True).map(sorted))
def test_number_lists_round_trip(ids: list[int]) -> None:
    assert decode_ids(encode_ids(ids)) == ids


@given(st.text(alphabet="意识形态两个维护网格化 AbＡ𠮷\n", min_size=1, max_size=40), st.data())
def test_a_word_s_keys_are_in_every_text_that_holds_it(text: str, data: st.DataObject) -> None:
    folded = fold(text)
    if not folded.replace(" ", ""):
        return
    start = data.draw(st.integers(0, len(folded) - 1))
    end = data.draw(st.integers(start + 1, len(folded)))
    for word in folded[start:end].split():
        assert set(cover(word)) <= keys_of(folded)


def test_postings_list_each_chunk_holding_a_key_once() -> None:
    chunks = chunks_of("a.html", "甲", [("b1", "", "两个维护"), ("b2", "", "维护")])
    chunks += chunks_of("b.html", "乙", [("b1", "", "维护网络安全")])
    found = postings(chunks)
    assert found["维护"] == [0, 1] and found["两个"] == [0] and found["网络"] == [1]
    assert "护网" in found and "护 " not in found
