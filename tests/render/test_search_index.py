"""The block index behind exact search (render/search_index.py), without a browser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fanwen.render.search_index import (
    SEP,
    build_index,
    norm,
    page_records,
    query,
    segment,
    share_texts,
    text_of,
    write_index,
)
from helpers import Built, read_page

PAGE = """<html><head><title>t</title></head><body>
<nav>导航里的两个维护</nav>
<article class="md-content__inner md-typeset">
<div class="fw-pair" id="b1"><div class="fw-block"><h1>某局意识形态工作总结</h1></div>
<aside class="fw-note" data-search-exclude>作用：点明两个维护</aside></div>
<dl class="fw-meta"><dt>年份</dt><dd>2023</dd></dl>
<div class="fw-pair" id="b2"><div class="fw-block"><p>一、工作情况</p></div></div>
<div class="fw-block" id="b3"><p>坚决做到“两个维护”，落实&lt;一岗双责&gt;。</p></div>
<div class="fw-pair" id="b4"><div class="fw-block"><p>二是  强化
阵地管理，两个维护。</p></div></div>
<details class="fw-log" data-search-exclude>两个维护 watermark</details>
</article><footer>两个维护</footer></body></html>"""

SECTIONS = """<article class="md-content__inner">
<h1 id="top">各部分写法<a class="headerlink" href="#top">&para;</a></h1><p>导语写法。</p>
<h2 id="要点">要点<a class="headerlink" href="#要点">&para;</a></h2><p>做到两个维护。</p>
<h2>无锚小节</h2><p>仍属上一节。</p>
<h2 id="例句">例句</h2><div data-search-exclude>两个维护</div><p>一岗双责。</p>
</article>"""


def test_one_record_per_block_with_its_anchor_and_exact_text() -> None:
    page, *records = page_records(PAGE, "exemplars/x.html")
    assert (page.location, page.title, page.text) == (
        "exemplars/x.html",
        "某局意识形态工作总结",
        "",
    )
    assert [(r.location, r.title, r.text) for r in records] == [
        ("exemplars/x.html#b1", "某局意识形态工作总结", "某局意识形态工作总结"),
        ("exemplars/x.html#b2", "一、工作情况", "一、工作情况"),
        ("exemplars/x.html#b3", "一、工作情况", "坚决做到“两个维护”，落实<一岗双责>。"),
        ("exemplars/x.html#b4", "一、工作情况", "二是 强化 阵地管理，两个维护。"),
    ]


def test_pages_without_blocks_are_indexed_by_heading_section() -> None:
    records = page_records(SECTIONS, "roles/opening.html")[1:]
    assert [(r.location, r.title, r.text) for r in records] == [
        ("roles/opening.html#top", "各部分写法", "各部分写法 导语写法。"),
        ("roles/opening.html#要点", "要点", "要点 做到两个维护。 无锚小节 仍属上一节。"),
        ("roles/opening.html#例句", "例句", "例句 一岗双责。"),
    ]


def test_segmentation_keeps_the_text_and_the_genre_terms_whole() -> None:
    text = "坚持第一议题制度，落实一岗双责，做到两个维护，增强四个意识，严格三会一课"
    tokens = segment(text)
    assert "".join(tokens) == text
    assert {"第一议题", "一岗双责", "两个维护", "四个意识", "三会一课"} <= set(tokens)


def test_query_returns_exactly_the_records_containing_every_word() -> None:
    index = {"docs": [r.as_doc() for r in page_records(PAGE, "x.html")]}
    assert all(SEP not in norm(d["text"]) for d in index["docs"])
    assert query(index, "两个维护") == ["x.html#b3", "x.html#b4"]
    assert query(index, "维护") == ["x.html#b3", "x.html#b4"]  # not only whole jieba words
    assert query(index, "个维") == ["x.html#b3", "x.html#b4"]
    assert query(index, "强化 阵地") == ["x.html#b4"]
    assert query(index, "  阵地   两个维护 ") == ["x.html#b4"]
    assert query(index, "作用") == []  # the notes are not searched
    assert query(index, "watermark") == []
    assert query(index, "年份") == []  # nor the facts list outside the blocks
    assert query(index, "") == []


@pytest.fixture(scope="module")
def built(seed_site: Built) -> Path:
    return seed_site.site


def block_texts(path: Path) -> dict[str, str]:
    """{anchor: text} of the blocks of a built exemplar page, white space as in the index."""
    return {anchor: norm(text) for anchor, text in read_page(path).blocks.items()}


@pytest.mark.slow
def test_built_index_has_every_block_of_every_exemplar(built: Path) -> None:
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    script = (built / "search" / "search_index.js").read_text(encoding="utf-8")
    assert json.loads(script.removeprefix("var __index = ").rstrip().rstrip(";")) == index
    assert index["config"]["lang"]  # Material's own settings are kept for its highlighter
    docs = {d["location"]: norm(text_of(index, d)) for d in index["docs"]}
    pages = sorted((built / "exemplars").glob("*.html"))
    assert pages
    for page in pages:
        url = f"exemplars/{page.name}"
        blocks = block_texts(page)
        assert blocks, url
        indexed = {loc.split("#")[1]: t for loc, t in docs.items() if loc.startswith(url + "#")}
        assert indexed == blocks, url
    assert index == build_index(built, index["config"])
    assert write_index(built) == index  # rewriting is stable


def test_a_text_shown_on_several_pages_is_stored_once_and_found_everywhere() -> None:
    block = '<div class="fw-block" id="{}"><p>落实“三审三校”制度。</p></div>'
    exemplar = page_records(
        f'<article class="md-content__inner">{block.format("b3")}</article>', "e.html"
    )
    compare = page_records(
        f'<article class="md-content__inner"><h2 id="s">某局</h2>{block.format("e-b3")}</article>',
        "c.html",
    )
    docs = share_texts(exemplar + compare)
    assert [d.get("same") for d in docs] == [None, None, None, 1]
    assert "text" not in docs[3] and docs[3]["title"] == "某局"
    index = {"docs": docs}
    assert query(index, "三审三校") == ["e.html#b3", "c.html#e-b3"]


@pytest.mark.slow
def test_built_index_refers_to_earlier_records_only(built: Path) -> None:
    index = json.loads((built / "search" / "search_index.json").read_text(encoding="utf-8"))
    shared = [(i, d) for i, d in enumerate(index["docs"]) if "same" in d]
    assert len(shared) > 50  # comparison pages quote the exemplars' blocks
    for i, doc in shared:
        target = index["docs"][doc["same"]]
        assert doc["same"] < i and "same" not in target and target["text"]
