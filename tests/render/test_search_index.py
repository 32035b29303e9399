"""The index behind exact search (render/search_index.py, search_pieces.py), without a browser."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest

from fanwen.corpus import load_corpus
from fanwen.render.markup import html_path
from fanwen.render.pages import page_path
from fanwen.render.search_index import (
    page_chunks,
    page_records,
    query,
    read_piece,
    read_records,
    write_index,
)
from fanwen.render.search_pieces import CHUNK_CHARS, fold, write_pieces
from helpers import ROOT, Built, read_page

PAGE = """<html><head><title>t</title></head><body>
<nav>导航里的两个维护</nav>
<article class="md-content__inner md-typeset">
<div class="fw-pair" id="b1"><div class="fw-block"><h1>某局意识形态工作总结</h1></div>
<aside class="fw-note"><p>作用：点明两个维护</p><p>下一步</p></aside></div>
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


def test_one_record_per_block_and_note_then_the_rest_of_the_page() -> None:
    page, *records = page_records(PAGE, "exemplars/x.html")
    assert (page.location, page.title, page.text, page.kind) == (
        "exemplars/x.html",
        "某局意识形态工作总结",
        "",
        "page",
    )
    assert [(r.kind, r.location, r.title, r.text) for r in records] == [
        ("block", "exemplars/x.html#b1", "某局意识形态工作总结", "某局意识形态工作总结"),
        (
            "note",
            "exemplars/x.html#b1",
            "结构说明 · 某局意识形态工作总结",
            "作用：点明两个维护 下一步",
        ),
        ("block", "exemplars/x.html#b2", "一、工作情况", "一、工作情况"),
        ("block", "exemplars/x.html#b3", "一、工作情况", "坚决做到“两个维护”，落实<一岗双责>。"),
        ("block", "exemplars/x.html#b4", "一、工作情况", "二是 强化 阵地管理，两个维护。"),
        ("section", "exemplars/x.html", "某局意识形态工作总结", "年份 2023"),
    ]


def test_pages_without_blocks_are_indexed_by_heading_section() -> None:
    records = page_records(SECTIONS, "roles/opening.html")[1:]
    assert [(r.location, r.title, r.text) for r in records] == [
        ("roles/opening.html#top", "各部分写法", "各部分写法 导语写法。"),
        ("roles/opening.html#要点", "要点", "要点 做到两个维护。 无锚小节 仍属上一节。"),
        ("roles/opening.html#例句", "例句", "例句 一岗双责。"),
    ]


def index_of(tmp_path: Path, pages: dict[str, str]) -> Path:
    """A site folder holding only the index in pieces of ``pages`` ({url: html})."""
    chunks = [chunk for url, html in pages.items() for chunk in page_chunks(html, url)]
    write_pieces(tmp_path / "search", chunks, None)
    return tmp_path


QUERIES = [
    ("a phrase in two blocks", "两个维护", ["x.html#b3", "x.html#b4", "roles.html#要点"]),
    ("part of a word", "个维", ["x.html#b3", "x.html#b4", "roles.html#要点"]),
    ("a word the note has", "下一步", ["x.html#b1"]),
    ("the facts list outside the blocks", "年份", ["x.html"]),
    ("two words in one block", "强化 阵地", ["x.html#b4"]),
    ("white space around and between", "  阵地   两个维护 ", ["x.html#b4"]),
    ("markup shown as text", "<一岗双责>", ["x.html#b3"]),
    ("the cleaning log is left out", "watermark", []),
    ("the navigation is left out", "导航", []),
    ("nothing", "", []),
]


@pytest.mark.parametrize(("label", "text", "expected"), QUERIES, ids=[q[0] for q in QUERIES])
def test_query_finds_exactly_the_records_holding_every_word(
    tmp_path: Path, label: str, text: str, expected: list[str]
) -> None:
    site = index_of(tmp_path, {"x.html": PAGE, "roles.html": SECTIONS})
    found = query(site, text)
    assert [f for f in found if "#b1" not in f or "下一步" in text] == expected


@pytest.fixture(scope="module")
def built(seed_site: Built) -> Path:
    return seed_site.site


@pytest.mark.slow
def test_built_index_has_every_block_of_every_exemplar(built: Path) -> None:
    records = read_records(built)
    pages = sorted((built / "exemplars").glob("*.html"))
    assert pages
    for page in pages:
        url = f"exemplars/{page.name}"
        blocks = {a: " ".join(t.split()) for a, t in read_page(page).blocks.items()}
        assert blocks, url
        indexed = {
            loc.split("#")[1]: text
            for loc, title, text in records
            if loc.startswith(url + "#") and not title.startswith("结构说明")
        }
        assert indexed == blocks, url


@pytest.mark.slow
def test_pages_come_in_the_order_of_the_site(built: Path, tmp_path: Path) -> None:
    """Home first, exemplars before the comparison pages that quote them; a rebuild of the
    index from the same pages in the same order writes the same bytes."""
    pages = list(dict.fromkeys(loc.split("#")[0] for loc, _, _ in read_records(built)))
    assert pages[0] == "index.html"
    last_exemplar = max(i for i, p in enumerate(pages) if p.startswith("exemplars/"))
    assert all(i > last_exemplar for i, p in enumerate(pages) if p.startswith("aids/compare/"))
    site = tmp_path / "site"
    shutil.copytree(built, site)
    # Each exemplar page's site, as the hook passes it (the copy index's common text needs it).
    exemplars = load_corpus(ROOT / "corpus")
    sites = {html_path(page_path(e)): e.meta.source_site for e in exemplars if e.meta.source_site}
    write_index(site, pages, sites)
    pieces = sorted(p.relative_to(site).as_posix() for p in (site / "search").rglob("*.js"))
    assert pieces == sorted(
        p.relative_to(built).as_posix() for p in (built / "search").rglob("*.js")
    )
    assert all((site / p).read_bytes() == (built / p).read_bytes() for p in pieces)


@pytest.mark.slow
def test_lookup_through_the_pieces_equals_reading_every_record(built: Path) -> None:
    """Queries drawn from the texts themselves, rare and common, one and several words."""
    records = [(loc, fold(text)) for loc, _, text in read_records(built) if text]
    rng = random.Random(3)
    queries = ["意识形态", "网格化", "的", "下一步", "两个 维护", "x", "ＡＩ"]
    for _ in range(60):
        _, text = rng.choice(records)
        start = rng.randrange(len(text))
        queries.append(text[start : start + rng.choice([1, 2, 3, 5, 9, 20])])
    for q in queries:
        words = fold(q).split()
        expected = [loc for loc, text in records if words and all(w in text for w in words)]
        assert query(built, q) == expected, q


@pytest.mark.slow
def test_pieces_are_small_and_the_start_file_has_no_documents(built: Path) -> None:
    folder = built / "search"
    start = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
    assert start["docs"] == [] and start["config"]["lang"] == ["zh"]
    meta = start["config"]["fanwen"]
    first, end = meta["exemplars"]
    pages = [loc.split("#")[0] for loc, _, _ in read_records(built)]
    assert {p for p in pages if p.startswith("exemplars/")} == {
        f"exemplars/{p.name}" for p in (built / "exemplars").glob("*.html")
    }
    assert 0 < first < end <= meta["chunks"]
    assert len(list((folder / "text").glob("*.js"))) == meta["chunks"]
    assert len(list((folder / "post").glob("*.js"))) == meta["shards"]
    script = (folder / "search_index.js").read_text(encoding="utf-8")
    assert json.loads(script.removeprefix("var __index = ").rstrip().rstrip(";")) == start
    for number in range(meta["chunks"]):
        data = read_piece(folder, "text", number)
        texts = [r[2] for r in data["records"]]
        assert sum(map(len, texts)) <= CHUNK_CHARS or len([t for t in texts if t]) == 1
