"""Comparison pages in Chromium, on a synthetic corpus of 120 exemplars: each index lists its
kinds of body, one item each, with the pages that hold exactly the blocks it claims; every
page is bounded (≤ 25 exemplars, ≤ 300,000 bytes), pages in turn through 上一页/下一页 and
back to 本部分目录; a compared block's 在原文中查看这一段 reaches the same text in its
exemplar; a phone's width; and the navigation lists neither exemplars nor sub-pages."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from playwright.sync_api import Browser, Page

from fanwen.analyze.analysis import analyze_text
from fanwen.bench.synthetic import write_corpus
from fanwen.corpus import load_corpus

from .conftest import PHONE, ROOT, open_page, screenshot

pytestmark = pytest.mark.slow

ROLES = ["problems", "next_steps"]
MAX_EXEMPLARS = 25
MAX_BYTES = 300_000
MAX_CHARS = 30_000
SECTION = re.compile(
    r"<strong>(.+?)</strong>（(\d+) 篇，(\d+) 段）：((?:\s*<a href=\"[^\"]+\">第 \d+ 页</a>)+)"
)
BLOCKS = """() => Array.from(document.querySelectorAll('.fw-compare'), b => ({
  id: b.id, exemplar: b.dataset.exemplar, text: b.textContent,
  link: b.previousElementSibling.querySelector('a').href,
  linkText: b.previousElementSibling.textContent,
}))"""
PAGER = """() => Object.fromEntries(['fw-prev', 'fw-up', 'fw-next'].map(c => {
  const node = document.querySelector('nav.fw-neighbours .' + c);
  return [c, node.tagName === 'A' ? node.href : node.textContent];
}))"""
NAV_LINKS = "() => Array.from(document.querySelectorAll('.md-nav a[href]'), a => a.href)"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("compare") / "corpus"
    write_corpus(ROOT / "corpus", folder, 120)
    return folder


@pytest.fixture(scope="module")
def expected(corpus: Path, site: Path) -> dict[str, dict[str, list[str]]]:
    """{role: {kind of body: ids "<slug>-<block id>" of its blocks}}, exemplars in catalogue
    order, from each text's own analysis and the kind meta.yaml gives."""
    text = (site / "assets" / "catalogue" / "catalogue-data.js").read_text("utf-8")
    rows = json.loads(text.removeprefix("window.fanwenCatalogue = ").rstrip().removesuffix(";"))
    order = [Path(r["href"]).stem for r in rows["rows"]]
    exemplars = sorted(load_corpus(corpus), key=lambda ex: order.index(ex.slug))
    assert len(exemplars) == 120
    found: dict[str, dict[str, list[str]]] = {role: {} for role in ROLES}
    for ex in exemplars:
        for block in analyze_text(ex.text).blocks:
            if block.role in ROLES:
                ids = found[block.role].setdefault(ex.meta.body_kind, [])
                ids.append(f"{ex.slug}-{block.id}")
    return found


def index_sections(page: Page) -> list[tuple[str, int, int, list[str]]]:
    """(kind, exemplars, blocks, page URLs) of each kind the open index page lists."""
    html = page.inner_html("article ul")
    sections = []
    for kind, exemplars, blocks, links in SECTION.findall(html):
        hrefs = [urljoin(page.url, h) for h in re.findall(r'href="([^"]+)"', links)]
        sections.append((kind, int(exemplars), int(blocks), hrefs))
    return sections


def path_of(site: Path, url: str) -> Path:
    return site / unquote(urlsplit(url).path).lstrip("/")


def test_each_kind_is_an_item_of_its_own(page: Page, url: str) -> None:
    """The index lists one item per kind of body, not one item with the rest run into it."""
    page.goto(f"{url}/aids/compare-problems.html")
    items = page.eval_on_selector_all("article ul > li", "lis => lis.map(li => li.textContent)")
    assert len(items) == len(index_sections(page)) >= 2, items
    assert all(re.fullmatch(r"\S+（\d+ 篇，\d+ 段）：第 1 页.*", item) for item in items), items


@pytest.mark.parametrize("role", ROLES)
def test_index_pages_hold_exactly_the_blocks_it_claims(
    page: Page, url: str, site: Path, expected: dict, role: str
) -> None:
    index = f"{url}/aids/compare-{role}.html"
    page.goto(index)
    sections = index_sections(page)
    assert [s[0] for s in sections] == sorted(expected[role]), sections
    total = int(re.search(r"语料中共有 (\d+) 段", page.inner_text("article")).group(1))
    assert total == sum(s[2] for s in sections) == sum(map(len, expected[role].values()))
    assert any(len(s[3]) > 1 for s in sections), "some kind should need more than one page"

    for kind, exemplars, blocks, links in sections:
        ids, slugs = [], []
        response = page.goto(links[0])
        assert response and response.ok, links[0]
        for n, link in enumerate(links, 1):
            assert page.url == link
            assert page.inner_text("h1").endswith(f"（第 {n} 页，共 {len(links)} 页）")
            assert path_of(site, link).stat().st_size <= MAX_BYTES, link
            groups = page.locator("article h2").count()
            assert 1 <= groups <= MAX_EXEMPLARS, link
            found = page.evaluate(BLOCKS)
            chars = sum(len(b["text"]) for b in found)
            assert chars <= MAX_CHARS or groups == 1, (link, chars)
            ids += [b["id"] for b in found]
            slugs += [b["exemplar"] for b in found]
            assert page.evaluate(PAGER) == {
                "fw-prev": links[n - 2] if n > 1 else "已是第一页",
                "fw-up": index,
                "fw-next": links[n] if n < len(links) else "已是最后一页",
            }
            if n < len(links):
                page.click("nav.fw-neighbours >> nth=0 >> a.fw-next")
        for n in range(len(links) - 1, 0, -1):  # and back, with the bar at the foot
            page.click("nav.fw-neighbours >> nth=-1 >> a.fw-prev")
            assert page.url == links[n - 1]
        page.click("nav.fw-neighbours >> nth=0 >> a.fw-up")
        assert page.url == index

        assert len(ids) == len(set(ids)) == blocks, kind
        assert len(set(slugs)) == exemplars, kind
        assert ids == expected[role][kind], kind  # the same blocks, in catalogue order


def test_view_in_the_exemplar_reaches_the_same_text(page: Page, url: str) -> None:
    page.goto(f"{url}/aids/compare-problems.html")
    blocks = []
    for _, _, _, links in index_sections(page):
        for link in links:
            page.goto(link)
            blocks += page.evaluate(BLOCKS)
    assert len(blocks) > 100
    for block in random.Random(20).sample(blocks, 20):
        assert block["linkText"] == "在原文中查看这一段"
        target = urlsplit(block["link"])
        assert target.path == f"/exemplars/{block['exemplar']}.html", block
        response = page.goto(block["link"])
        assert response and response.ok, block
        anchor = unquote(target.fragment)
        assert f"{block['exemplar']}-{anchor}" == block["id"]
        shown = page.evaluate(
            """id => {
              const pair = document.getElementById(id);
              return pair && pair.classList.contains('fw-pair')
                ? pair.querySelector('.fw-block').textContent : null;
            }""",
            anchor,
        )
        assert shown is not None, block["link"]
        assert shown.strip() == block["text"].strip(), block["link"]


def test_index_and_page_fit_a_phone(browser: Browser, url: str) -> None:
    with open_page(browser, viewport=PHONE, device_scale_factor=2) as page:
        for path in ("aids/compare-next_steps.html", "aids/compare/next_steps-0-1.html"):
            page.goto(f"{url}/{path}")
            assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], path
        screenshot(page, "compare-page-390")


def test_navigation_lists_no_exemplar_and_no_sub_page(page: Page, url: str, site: Path) -> None:
    page.goto(f"{url}/catalogue.html")
    page.wait_for_selector(".fw-cat-table tbody a")
    exemplar = page.locator(".fw-cat-table tbody a").first.evaluate("a => a.href")
    pages = [
        f"{url}/index.html",
        f"{url}/catalogue.html",
        f"{url}/aids/compare-problems.html",
        f"{url}/aids/compare/problems-0-2.html",
        f"{url}/aids/compare/next_steps-4-1.html",
        exemplar,
    ]
    theme = sorted((site / "aids" / "theme").glob("*.html"))[0]
    pages.append(f"{url}/aids/theme/{theme.name}")
    for address in pages:
        page.goto(address)
        links = page.evaluate(NAV_LINKS)
        assert any(link.endswith("/aids/compare-problems.html") for link in links), address
        assert any(link.endswith("/catalogue.html") for link in links), address
        hidden = [
            link
            for link in links
            if re.search(r"/exemplars/|/aids/compare/|/aids/theme/", urlsplit(link).path)
        ]
        assert hidden == [], address
    # An exemplar is still one click away, from the catalogue.
    page.goto(f"{url}/catalogue.html")
    page.locator(".fw-cat-table tbody a").first.click()
    page.wait_for_load_state()
    assert page.url == exemplar
    assert page.locator(".fw-pair").count() > 5
