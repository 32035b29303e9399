"""Search on a 1,000-exemplar site: every hit of a query is checked against the text of the
block (or note, or page part) it links to, and every exemplar block holding the query is
found, over http and from file://; the first answer reads only a few index pieces.

The site is built from the synthetic corpus of the benchmarks (fanwen.bench.synthetic: every
block distinct text). The truth is read from the built pages (tests/helpers.read_page), not
from the index.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Browser

from fanwen.bench.synthetic import write_corpus
from fanwen.check.copies import Source, find_copies, keyed
from fanwen.check.draft import copy_common
from fanwen.check.fingerprints import fingerprints
from fanwen.render.search_index import read_piece
from fanwen.render.search_pieces import decode_ids
from helpers import ROOT, mkdocs_build, read_page

from .searching import open_search, run_query

pytestmark = pytest.mark.slow

SIZE = 1000
QUERIES = ["长宁街道", "两个维护", "理论学习中心组", "舆情 研判"]  # rare → common, two words
_NOTE = re.compile(
    r'<div class="fw-pair[^"]*" id="([^"]+)">.*?<aside class="fw-note">(.*?)</aside>', re.S
)
_TAGS = re.compile(r"<[^>]+>")


def plain(fragment: str) -> str:
    """Text of an HTML fragment, white space as search shows it, ASCII lower-cased."""
    text = html.unescape(_TAGS.sub(" ", fragment))
    return " ".join(text.split()).lower()


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("large-corpus")
    write_corpus(ROOT / "corpus", corpus, SIZE)
    built = mkdocs_build(tmp_path_factory.mktemp("large") / "site", corpus)
    assert built.returncode == 0, built.output
    return built.site


@pytest.fixture(scope="module")
def truth(large: Path) -> dict[str, dict[str, list[str]]]:
    """{exemplar page: {anchor: [block text, note text]}} read from the built pages."""
    found: dict[str, dict[str, list[str]]] = {}
    for path in sorted((large / "exemplars").glob("*.html")):
        raw = path.read_text(encoding="utf-8")
        units = {a: [" ".join(t.split()).lower()] for a, t in read_page(path).blocks.items()}
        for anchor, note in _NOTE.findall(raw):
            units.setdefault(anchor, []).append(plain(note))
        found[f"exemplars/{path.name}"] = units
    assert len(found) == SIZE
    return found


def check(links: list[str], root: str, site: Path, truth: dict, query: str) -> None:
    words = query.lower().split()
    holds = lambda text: all(w in text for w in words)  # noqa: E731
    got = set()
    for link in links:
        parts = urlsplit(link)
        path = unquote(parts.path)[len(unquote(urlsplit(root).path)) :].lstrip("/")
        anchor = unquote(parts.fragment)
        got.add((path, anchor))
        if path in truth and anchor:
            assert any(holds(t) for t in truth[path].get(anchor, [])), (query, link)
        else:  # another page, or a page's top: its text must hold the query
            assert holds(plain((site / path).read_text(encoding="utf-8"))), (query, link)
    expected = {
        (page, anchor)
        for page, units in truth.items()
        for anchor, texts in units.items()
        if holds(texts[0])
    }
    assert expected, query
    assert expected <= got, (query, sorted(expected - got)[:5])


def test_every_hit_holds_the_query_and_no_block_is_missed(
    browser: Browser, large: Path, truth
) -> None:
    from fanwen.bench.browser import serve

    with serve(large) as url:
        page = browser.new_page()
        page.goto(f"{url}/index.html")
        open_search(page)
        for query in QUERIES:
            links, _ = run_query(page, query)
            check(links, url, large, truth, query)
        page.close()


def test_the_same_from_file_url(browser: Browser, large: Path, truth) -> None:
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    root = large.as_uri()
    page.goto(f"{root}/index.html")
    open_search(page)
    links, _ = run_query(page, QUERIES[0])
    check(links, root, large, truth, QUERIES[0])
    assert all(u.startswith(("file:", "data:", "blob:")) for u in requests), requests[:5]
    page.close()


def test_a_first_search_reads_few_pieces(browser: Browser, large: Path) -> None:
    """The first 20 result pages of a word found everywhere come from a few dozen pieces,
    not from the whole index."""
    from fanwen.bench.browser import serve, type_query

    sent: list[tuple[str, int]] = []
    with serve(large, sent) as url:
        page = browser.new_page()
        page.goto(f"{url}/index.html")
        open_search(page)
        sent.clear()
        type_query(page, "意识形态", timeout_ms=60_000)
        last = page.evaluate("window.__fanwenSearch.last")
        page.close()
    pieces = [p for p, _ in sent if "/search/" in p]
    total = len(list((large / "search").rglob("*.js")))
    assert last["pages"] == 20 and not last["complete"]
    assert 0 < len(pieces) < 60 < total
    assert sum(size for _, size in sent) < 1_000_000


RUNS_JS = """() => {
  const byFinding = {}
  for (const mark of document.querySelectorAll('.fw-check-paper mark'))
    for (const k of mark.dataset.f.split(' '))
      byFinding[k] = (byFinding[k] || '') + mark.textContent
  return [...document.querySelectorAll('.fw-check-finding')]
    .filter(li => li.querySelector('.fw-check-source'))
    .map(li => ({ text: byFinding[li.querySelector('.fw-check-goto').dataset.goto] || '',
                  href: li.querySelector('.fw-check-source').getAttribute('href') }))
}"""
OWN = "本单位第{n}次组织讲解员交流学习体会，结合展陈内容相互取长补短，做法各有不同。"


def copied_draft(site: Path) -> tuple[str, list[str]]:
    """A draft of 40 lines of its own around two long blocks of two exemplar pages."""
    pages = sorted((site / "exemplars").glob("*.html"))
    copied = []
    for path in (pages[100], pages[700]):
        blocks = read_page(path).blocks.values()
        copied.append(max(blocks, key=len).strip())
    own = [OWN.format(n=n) for n in range(1, 41)]
    lines = ["本单位2025年意识形态工作总结", *own[:20], copied[0], *own[20:], copied[1]]
    return "\n".join(lines), copied


def common_in(site: Path, text: str) -> frozenset[int]:
    """The draft's fingerprints the site's copy index marks common (as sources.js reads it)."""
    folder = site / "search"
    shards = json.loads((folder / "search_index.json").read_text(encoding="utf-8"))
    shards = shards["config"]["fanwen"]["copy_shards"]
    found = set()
    for _, h in fingerprints(keyed(text)[0]):
        piece = read_piece(folder, "copy", h % shards)
        if (
            dict(zip(decode_ids(piece["h"]), piece["p"].split(","), strict=True)).get(h // shards)
            == ""
        ):
            found.add(h)
    return frozenset(found)


def expected_runs(site: Path, text: str, copied: list[str]) -> list[str]:
    """The runs the copying check must find: those of the copied blocks that carry the
    exemplar's own words (text many exemplars of different sites share is common)."""
    sources = [Source("x", f"b{k}", "", block) for k, block in enumerate(copied)]
    found = find_copies(text, sources, copy_common(shared=common_in(site, text)))
    return [f.text for f in found if f.rule == "copy.run"]


@pytest.mark.parametrize("how", ["http", "file"])
def test_copying_check_at_a_thousand_exemplars(browser: Browser, large: Path, how: str) -> None:
    """The copied blocks are found (where they carry their exemplar's own words), every run
    stands in the block it links to, the draft's own lines are not runs, and the check reads a
    small part of the index."""
    from fanwen.bench.browser import serve

    text, copied = copied_draft(large)
    requests: list[str] = []
    with serve(large) as url:
        root = url if how == "http" else large.as_uri()
        page = browser.new_page(viewport={"width": 390, "height": 800})
        page.on("request", lambda r: requests.append(r.url))
        page.goto(f"{root}/check.html")
        page.wait_for_selector("#fw-check.fw-check-ready")
        page.fill("[data-input]", text)
        page.click("[data-act=check]")
        page.wait_for_selector("#fw-check.fw-check-done", timeout=60_000)
        runs = page.evaluate(RUNS_JS)
        width = page.evaluate("document.documentElement.scrollWidth")
        page.close()
    squeeze = lambda s: "".join(s.split())  # noqa: E731
    assert runs
    for run in runs:
        target = unquote(urlsplit(run["href"]).path).split("/exemplars/")[1]
        anchor = urlsplit(run["href"]).fragment
        block = read_page(large / "exemplars" / target).blocks[anchor]
        assert squeeze(run["text"]) in squeeze(block), run
        assert "讲解员" not in run["text"], run
    found = sum(len(squeeze(r["text"])) for r in runs)
    expected = expected_runs(large, text, copied)
    assert expected and found >= 0.95 * sum(len(squeeze(r)) for r in expected)
    assert width <= 390
    pieces = [u for u in requests if "/search/" in u]
    assert len(pieces) < len(list((large / "search").rglob("*.js"))) / 4
    if how == "file":
        assert all(u.startswith(("file:", "data:", "blob:")) for u in requests), requests[:3]
