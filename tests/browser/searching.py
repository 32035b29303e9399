"""Reading a built site's searchable text in Chromium, and searching it as a person does.

The truth comes from the rendered pages themselves, not from the index code: each page's
searchable units are its ``.fw-block`` elements, or its heading sections on pages without
blocks; notes marked ``data-search-exclude`` and permalink signs are left out.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from playwright.sync_api import Page

from fanwen.bench.browser import open_search, type_query

__all__ = ["UNITS_JS", "norm", "open_search", "read_units", "run_query", "site_paths"]

# Each searchable unit of the open page: {anchor, text}. Written apart from the index code:
# every block (.fw-block) and every structure note (.fw-note) under the nearest id, and the
# rest of the article by heading section ("" for the top of the page).
UNITS_JS = """() => {
  const article = document.querySelector("article.md-content__inner")
  const skip = el => el.closest("[data-search-exclude], .headerlink")
  // Text of two paragraphs, list items or table cells does not run together.
  const BLOCK = "p, div, li, dt, dd, td, th, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, summary"
  const UNIT = ".fw-block, .fw-note"
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
  const units = [...article.querySelectorAll(UNIT)]
    .filter(u => !skip(u) && !u.parentElement.closest(UNIT) && u.closest("[id]"))
    .map(u => ({ anchor: u.closest("[id]").id, text: textOf(u) }))
  const sections = [{ anchor: "", text: "" }]
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT)
  while (walker.nextNode()) {
    const el = walker.currentNode.parentElement
    if (skip(el) || el.closest(UNIT)) continue
    const heading = el.closest("h1, h2, h3, h4, h5, h6")
    if (heading && heading.id && sections[sections.length - 1].anchor !== heading.id)
      sections.push({ anchor: heading.id, text: "" })
    sections[sections.length - 1].text += piece(walker.currentNode)
  }
  return units.concat(sections)
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


UNIT_GAP = "\x00"  # between the units of one anchor: no query spans it


def read_units(page: Page, base: str, paths: list[str]) -> dict[str, dict[str, str]]:
    """{page path: {anchor: normalised texts}} read from the rendered pages; the texts of the
    units under one anchor (a block and its note) are joined by UNIT_GAP."""
    units: dict[str, dict[str, str]] = {}
    for path in paths:
        page.goto(f"{base}/{path}")
        found: dict[str, list[str]] = {}
        for unit in page.evaluate(UNITS_JS):
            found.setdefault(unit["anchor"], []).append(norm(unit["text"]))
        units[path] = {anchor: UNIT_GAP.join(texts) for anchor, texts in found.items()}
    return units


ALL_SHOWN = "() => { const s = window.__fanwenSearch; return s.complete() && !s.busy() }"
NOT_BUSY = "() => !window.__fanwenSearch.busy()"


def run_query(page: Page, query: str) -> tuple[list[str], float]:
    """Type ``query`` into Material's search box; the result links (all pages) and seconds.

    The first 20 result pages come at once, 20 more each time the list is scrolled to its
    end: scroll until the search says every candidate has been read."""
    elapsed = type_query(page, query)
    deadline = time.monotonic() + 180
    while not page.evaluate(ALL_SHOWN):
        assert time.monotonic() < deadline, f"{query}: results still incomplete after 180 s"
        page.evaluate(SCROLL_UP)
        page.evaluate(SCROLL_DOWN)
        page.wait_for_timeout(20)
        page.wait_for_function(NOT_BUSY, timeout=60_000, polling=100)  # the 20 pages have come
    links = page.eval_on_selector_all("a.md-search-result__link", "els => els.map(e => e.href)")
    return links, elapsed
