"""The copying check's index (render/copy_index.py): fingerprints, their chunks, common text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fanwen.check.copies import keyed
from fanwen.check.fingerprints import fingerprints
from fanwen.render.copy_index import chunk_hashes, copy_pieces, copy_postings
from fanwen.render.search_index import read_piece
from fanwen.render.search_pieces import Chunk, decode_ids
from helpers import Built

SAID = "坚持以习近平新时代中国特色社会主义思想为指导，认真履行意识形态工作主体责任"
REPOST = "全年组织网评员开展网上正面发声，引导干部职工自觉抵制错误思潮影响"


def page(n: int, *texts: str) -> Chunk:
    records = [["", f"范文{n}", ""], *([f"b{k}", "", t] for k, t in enumerate(texts, 1))]
    return Chunk(f"exemplars/p{n}.html", f"范文{n}", records)


CHUNKS = [
    Chunk("index.html", "首页", [["", "首页", ""]]),
    page(1, SAID, "本局设立舆情研判室，值班人员每日两次汇总网上涉及本系统的信息"),
    page(2, SAID, REPOST),
    page(3, SAID + "。", REPOST),
    page(4, REPOST),
]
SITES = {"exemplars/p1.html": "甲网", "exemplars/p2.html": "乙网", "exemplars/p3.html": "乙网"}
SITES |= {"exemplars/p4.html": "乙网"}


def decode(pieces: list[dict]) -> dict[int, list[int]]:
    """The postings back from the pieces (what sources.js reads)."""
    out = {}
    for s, piece in enumerate(pieces):
        ids = piece["p"].split(",")
        for q, postings in zip(decode_ids(piece["h"]), ids, strict=True):
            out[q * len(pieces) + s] = decode_ids(postings)
    return out


def test_text_many_sites_share_is_common_and_the_rest_points_to_its_chunks() -> None:
    postings = copy_postings(CHUNKS, [1, 5], SITES)
    said = {h for _, h in fingerprints(keyed(SAID)[0])}
    assert said and all(postings[h] == [] for h in said), "three pages of two sites: common"
    repost = {h for _, h in fingerprints(keyed(REPOST)[0])}
    assert all(postings[h] == [2, 3, 4] for h in repost), "three pages of one site: reposts"
    own = chunk_hashes(CHUNKS[1]) - said
    assert own and all(postings[h] == [1] for h in own)
    assert not chunk_hashes(CHUNKS[0]), "no blocks, no fingerprints"


def test_pieces_give_back_every_posting() -> None:
    postings = copy_postings(CHUNKS, [1, 5], SITES)
    for shards in (None, 3, 7):
        pieces = copy_pieces(postings, shards)
        assert len(pieces) == (shards or 1)
        assert decode(pieces) == postings


@pytest.fixture(scope="module")
def built(seed_site: Built) -> Path:
    return seed_site.site


def test_every_block_of_the_built_site_is_in_the_copy_index(built: Path) -> None:
    folder = built / "search"
    meta = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))["config"]
    shards = meta["fanwen"]["copy_shards"]
    pieces = [read_piece(folder, "copy", s) for s in range(shards)]
    postings = decode(pieces)
    first, end = meta["fanwen"]["exemplars"]
    for number in range(first, end):
        chunk = read_piece(folder, "text", number)
        for h in chunk_hashes(Chunk(chunk["page"], chunk["title"], chunk["records"])):
            assert postings[h] == [] or number in postings[h], (chunk["page"], h)
