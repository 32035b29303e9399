"""Exact Chinese search, typed into Material's search box on the served site.

The truth comes from the pages themselves, read in Chromium: each page's searchable units
(its ``.fw-block`` elements, or its heading sections on pages without blocks; notes marked
``data-search-exclude`` and permalink signs left out). The queries are drawn with a fixed
seed from the middle of exemplar blocks and of the writing aids' text (skeleton, checklist,
terms, phrase bank), plus the genre's fixed terms. For every query, every
page containing it must be among the results (recall), at least 95% of the result links
must lead to a block containing it (precision), and every link must carry a block anchor.
"""

from __future__ import annotations

import random
import re
import statistics
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Page

from .conftest import screenshot

GENRE_TERMS = [
    "两个维护",
    "四个意识",
    "一岗双责",
    "第一议题",
    "网络意识形态",
    "舆情",
    "阵地",
    "三会一课",
    "主体责任",
    "意识形态工作责任制",
]
SEED = 20261123
DRAWN = 36  # queries cut from the middle of exemplar blocks, besides the genre terms
DRAWN_AIDS = 10  # and from the middle of the aid pages' own text
CJK = re.compile(r"^[\u4e00-\u9fff]+$")

# Each searchable unit of the open page: {anchor, text}. Written apart from the index code.
UNITS_JS = """() => {
  const article = document.querySelector("article.md-content__inner")
  const skip = el => el.closest("[data-search-exclude], .headerlink")
  // Text of two paragraphs, list items or table cells does not run together.
  const BLOCK = "p, div, li, dt, dd, td, th, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, summary"
  let last = null
  const piece = node => {
    const block = node.parentElement.closest(BLOCK)
    const gap = block === last ? "" : " "
    last = block
    return gap + node.data
  }
  const textOf = root => {
    let out = ""
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    while (walker.nextNode())
      if (!skip(walker.currentNode.parentElement)) out += piece(walker.currentNode)
    return out
  }
  const blocks = [...article.querySelectorAll(".fw-block")]
  if (blocks.length)
    return blocks.filter(b => !skip(b))
      .map(b => ({ anchor: b.closest("[id]").id, text: textOf(b) }))
  const units = [{ anchor: "", text: "" }]
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement
    if (skip(el)) continue
    const heading = el.closest("h1, h2, h3, h4, h5, h6")
    if (heading && heading.id && units[units.length - 1].anchor !== heading.id
        && !heading.closest(".fw-block"))
      units.push({ anchor: heading.id, text: "" })
    units[units.length - 1].text += piece(walker.currentNode)
  }
  return units
}"""


SCROLL_UP = """() => { const w = document.querySelector('.md-search__scrollwrap');
  w.scrollTop = Math.max(0, w.scrollHeight - w.offsetHeight - 200) }"""
SCROLL_DOWN = """() => { const w = document.querySelector('.md-search__scrollwrap');
  w.scrollTop = w.scrollHeight }"""


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def site_paths(site_dir: Path) -> list[str]:
    return sorted(
        p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html") if p.name != "404.html"
    )


def read_units(page: Page, base: str, paths: list[str]) -> dict[str, dict[str, str]]:
    """{page path: {anchor: normalised text}} read from the rendered pages."""
    units: dict[str, dict[str, str]] = {}
    for path in paths:
        page.goto(f"{base}/{path}")
        found: dict[str, str] = {}
        for unit in page.evaluate(UNITS_JS):
            found[unit["anchor"]] = (found.get(unit["anchor"], "") + " " + unit["text"]).strip()
        units[path] = {anchor: norm(text) for anchor, text in found.items()}
    return units


def draw_queries(units: dict[str, dict[str, str]]) -> list[str]:
    """2–6 Chinese characters from the middle of random exemplar blocks, and of the aid
    pages' own text (skeleton, checklist, terms, phrase bank), with a fixed seed."""
    rng = random.Random(SEED)
    titles = {next(iter(by_anchor.values()), "") for by_anchor in units.values()}
    queries: list[str] = []
    for prefixes, count in (
        (("exemplars/",), DRAWN),
        (("aids/skeleton", "aids/checklist", "aids/terms", "aids/phrases"), DRAWN_AIDS),
    ):
        texts = [
            text
            for path, by_anchor in sorted(units.items())
            if path.startswith(prefixes)
            for text in by_anchor.values()
            if len(text) >= 40
        ]
        goal = len(queries) + count
        while len(queries) < goal:
            text = rng.choice(texts)
            size = rng.randint(2, 6)
            start = rng.randint(len(text) // 4, 3 * len(text) // 4 - size)
            query = text[start : start + size]
            if CJK.match(query) and query not in queries and query not in titles:
                queries.append(query)
    return queries + [t for t in GENRE_TERMS if t not in queries]


def open_search(page: Page) -> None:
    page.locator("input.md-search__input").click()
    page.wait_for_function("window.__fanwenSearch && window.__fanwenSearch.ready", timeout=10_000)


def run_query(page: Page, query: str) -> tuple[list[str], float]:
    """Type ``query`` into Material's search box; the result links (all pages) and seconds."""
    box = page.locator("input.md-search__input")
    started = time.perf_counter()
    box.fill(query)
    box.press("End")  # Material reads the box on keyup
    page.wait_for_function(
        "q => { const l = window.__fanwenSearch.last; return l && l.query === q && l.done }",
        arg=query,
        timeout=10_000,
    )
    elapsed = time.perf_counter() - started
    # Material renders ten pages at once, then four more each time the list is scrolled to
    # its end (it reacts to reaching the end, so scroll up a little before going down again).
    for _ in range(100):
        shown = page.locator("li.md-search-result__item").count()
        if shown >= page.evaluate("window.__fanwenSearch.last.pages"):
            break
        page.evaluate(SCROLL_UP)
        page.wait_for_timeout(30)
        page.evaluate(SCROLL_DOWN)
        page.wait_for_timeout(30)
    links = page.eval_on_selector_all("a.md-search-result__link", "els => els.map(e => e.href)")
    return links, elapsed


def split_link(link: str, base: str) -> tuple[str, str]:
    """(page path, anchor) of a result link."""
    parts = urlsplit(link)
    root = urlsplit(base + "/").path
    path = unquote(parts.path)
    assert path.startswith(unquote(root)), link
    return path[len(unquote(root)) :], unquote(parts.fragment)


def check_queries(page: Page, base: str, units: dict, queries: list[str]) -> dict[str, float]:
    """Run every query; assert recall, precision and anchors; return the figures."""
    relevant_pages = found_pages = links_total = links_right = 0
    latencies: list[float] = []
    failures: list[str] = []
    open_search(page)
    for query in queries:
        q = norm(query)
        links, elapsed = run_query(page, query)
        latencies.append(elapsed)
        expected = {path for path, by in units.items() if any(q in t for t in by.values())}
        got = set()
        for link in links:
            path, anchor = split_link(link, base)
            got.add(path)
            links_total += 1
            if not anchor:
                failures.append(f"{query}: {link} has no block anchor")
            elif q in units.get(path, {}).get(anchor, ""):
                links_right += 1
            else:
                failures.append(f"{query}: {path}#{anchor} does not contain it")
        relevant_pages += len(expected)
        found_pages += len(expected & got)
        if expected - got:
            failures.append(f"{query}: pages missing {sorted(expected - got)}")
    figures = {
        "queries": len(queries),
        "recall": found_pages / relevant_pages if relevant_pages else 1.0,
        "precision": links_right / links_total if links_total else 1.0,
        "links": links_total,
        "median_ms": statistics.median(latencies) * 1000,
    }
    print(f"\nsearch {base.split(':')[0]}: {figures}")
    assert figures["recall"] == 1.0, failures
    assert figures["precision"] >= 0.95, failures
    assert not failures, failures
    return figures


@pytest.fixture(scope="module")
def units(browser, site_url: str, site_dir: Path) -> dict[str, dict[str, str]]:
    context = browser.new_context()
    try:
        return read_units(context.new_page(), site_url, site_paths(site_dir))
    finally:
        context.close()


def test_queries_are_drawn_from_block_texts(units: dict[str, dict[str, str]]) -> None:
    queries = draw_queries(units)
    assert len(queries) >= 50
    assert len({len(q) for q in queries}) >= 4  # 2 to 6 characters
    found = [q for q in queries if any(q in t for by in units.values() for t in by.values())]
    assert len(found) >= 50, found


def test_search_finds_exactly_the_blocks_containing_the_query(
    page: Page, site_url: str, units: dict[str, dict[str, str]]
) -> None:
    page.goto(f"{site_url}/index.html")
    queries = draw_queries(units)
    figures = check_queries(page, site_url, units, queries)
    assert figures["links"] > len(queries)  # the queries do find blocks


def test_results_link_to_the_block_and_highlight_it(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/index.html")
    open_search(page)
    links, _ = run_query(page, "两个维护")
    assert any("/exemplars/" in link for link in links), links
    page.wait_for_timeout(400)  # let the search dialog finish opening for the picture
    screenshot(page, "search-results-1440")
    first = page.locator("a.md-search-result__link[href*='/exemplars/']").first
    href = first.get_attribute("href") or ""
    first.click()
    page.wait_for_url(re.compile(r".*/exemplars/.*#.+"))
    anchor = unquote(urlsplit(href).fragment)
    target = page.locator(f"[id='{anchor}']")
    assert "两个维护" in target.inner_text()
    page.wait_for_selector("mark[data-md-highlight]")
    assert "两个维护" in page.locator("mark[data-md-highlight]").first.inner_text()


def test_empty_and_unknown_queries_find_nothing(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/index.html")
    open_search(page)
    links, _ = run_query(page, "量子纠缠")
    assert links == []
    assert page.locator(".md-search-result__meta").inner_text().strip() != ""


def test_search_latency(page: Page, site_url: str) -> None:
    """Median time from typing to results shown (printed; no assertion on speed)."""
    page.goto(f"{site_url}/index.html")
    open_search(page)
    ui, engine = [], []
    for query in ["两个维护", "意识形态", "舆情", "一岗双责", "学习", "工作", "落实"] * 3:
        run_query(page, "")
        _, elapsed = run_query(page, query)
        ui.append(elapsed * 1000)
        engine.append(page.evaluate("window.__fanwenSearch.last.ms"))
    print(
        f"\nsearch latency: typing to results {statistics.median(ui):.1f} ms median, "
        f"matching {statistics.median(engine):.2f} ms median ({len(ui)} queries)"
    )
