"""The writing aids in Chromium: the full skeleton copied in one click and downloaded as
.txt, comparison blocks reached from search, pages readable at phone width."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import pytest
from playwright.sync_api import Browser, Page

from fanwen.aids.skeleton import load_skeleton, skeleton_text
from fanwen.analyze.snippets import default_library

from .conftest import CLIPBOARD, DESKTOP, PHONE, ROOT, copy_with_button, open_page, screenshot
from .searching import open_search, run_query

pytestmark = pytest.mark.slow


def skeleton() -> str:
    return skeleton_text(load_skeleton(ROOT / "snippets"), default_library())


def test_copy_button_copies_the_whole_skeleton(browser: Browser, site_url: str) -> None:
    with open_page(browser, viewport=DESKTOP, permissions=CLIPBOARD) as page:
        page.goto(f"{site_url}/aids/skeleton.html")
        copied = copy_with_button(page, page.locator("pre.fw-skeleton"))
        assert copied == skeleton().removesuffix("\n")
        assert copied.count("\n") >= 10 and "〔" in copied
        screenshot(page, "skeleton-1440")


def test_skeleton_downloads_as_text(browser: Browser, site_url: str) -> None:
    with open_page(browser, viewport=DESKTOP, accept_downloads=True) as page:
        page.goto(f"{site_url}/aids/skeleton.html")
        link = page.locator("a[href='skeleton.txt']")
        assert link.get_attribute("download") is not None  # saved, not opened as a page
        with page.expect_download() as info:
            link.click()
        data = info.value.path().read_bytes()
        # Plain text for any editor, old Windows Notepad included: UTF-8 BOM, CRLF.
        assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
        assert data.decode("utf-8-sig").replace("\r\n", "\n") == skeleton()
        assert info.value.suggested_filename == "意识形态工作责任制落实情况报告框架.txt"


def test_search_leads_to_the_compared_block(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/index.html")
    open_search(page)
    links, _ = run_query(page, "存在一些不足")
    compare = [link for link in links if "/aids/compare/problems-" in link]
    assert compare, links
    anchor = unquote(urlsplit(compare[0]).fragment)
    page.goto(compare[0])
    target = page.locator(f"[id='{anchor}']")
    assert "fw-compare" in (target.get_attribute("class") or "")
    assert "存在一些不足" in target.inner_text()


def test_comparison_page_at_phone_width(browser: Browser, site_url: str) -> None:
    with open_page(browser, viewport=PHONE) as page:
        # The kind of body with the most exemplars (局党组): one page per kind, in the index.
        page.goto(f"{site_url}/aids/compare-problems.html")
        pages = page.eval_on_selector_all(
            "a[href*='problems-']", "els => els.map(a => [a.closest('li').textContent, a.href])"
        )
        page.goto(next(href for text, href in pages if text.startswith("局党组")))
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"]  # nothing forces sideways scrolling
        blocks = page.locator(".fw-compare")
        assert blocks.count() >= 5
        box = blocks.first.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        screenshot(page, "compare-problems-390")
