"""Browser fixtures: the real site, built once, served on loopback, in Debian's Chromium.

Playwright's Python package drives ``/usr/bin/chromium`` (installed by ``make browser``);
no browser is ever downloaded. Every page records the requests it makes, so a test can
assert that nothing went to another host. Screenshots go to ``tests/artifacts/``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Locator, Page, sync_playwright

from fanwen.bench.browser import CHROMIUM, launch, serve
from helpers import ROOT, Built, mkdocs_build

from .searching import read_units, site_paths

ARTIFACTS = ROOT / "tests" / "artifacts"
DESKTOP = {"width": 1440, "height": 1000}
PHONE = {"width": 390, "height": 844}
CLIPBOARD = ["clipboard-read", "clipboard-write"]


def build_site(out: Path, corpus: Path | None = None) -> Path:
    """``mkdocs build --strict`` of this repo (optionally from another corpus) into ``out``."""
    built = mkdocs_build(out, corpus)
    assert built.returncode == 0, built.output
    return out


@pytest.fixture(scope="session")
def site_dir(seed_site: Built) -> Path:
    return seed_site.site


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    """The built site served on 127.0.0.1 (a free port), for the length of the session."""
    with serve(site_dir) as url:
        yield url


@pytest.fixture(scope="module")
def site(corpus: Path) -> Path:
    """The site built from the module's own ``corpus`` fixture (catalogue, comparison pages)."""
    return build_site(corpus.parent / "site", corpus)


@pytest.fixture(scope="module")
def url(site: Path) -> Iterator[str]:
    """That site served on 127.0.0.1 for the length of the module."""
    with serve(site) as base:
        yield base


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (Debian package chromium)")
    with sync_playwright() as p:
        chromium = launch(p)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def units(browser: Browser, site_url: str, site_dir: Path) -> dict[str, dict[str, str]]:
    """{page path: {anchor: text}} of every page of the seed site, read in Chromium."""
    with open_page(browser) as page:
        return read_units(page, site_url, site_paths(site_dir))


@contextmanager
def open_page(browser: Browser, **options: object) -> Iterator[Page]:
    """A page in a context of its own (``viewport=PHONE``, permissions…), closed after use."""
    context = browser.new_context(**options)
    try:
        yield context.new_page()
    finally:
        context.close()


def copy_with_button(page: Page, block: Locator) -> str:
    """Click the copy button of a code block; what lands on the clipboard."""
    page.evaluate("navigator.clipboard.writeText('')")
    block.hover()
    block.locator("button[data-clipboard-target]").click()
    page.wait_for_function("async () => (await navigator.clipboard.readText()) !== ''")
    return page.evaluate("navigator.clipboard.readText()")


class RecordingPage:
    """A Playwright page plus every URL it requested."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.requests: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))

    def outside_requests(self, own_host: str | None) -> list[str]:
        """Requests to any host but ``own_host`` (None: the site was opened from file://)."""
        outside = []
        for url in self.requests:
            parsed = urlparse(url)
            if parsed.scheme in ("data", "blob", "about", "file"):
                continue
            if own_host is None or parsed.netloc != own_host:
                outside.append(url)
        return outside


@pytest.fixture
def recording(browser: Browser) -> Iterator[RecordingPage]:
    """A fresh page (1440 x 1000) that records its requests."""
    with open_page(browser, viewport=DESKTOP) as page:
        yield RecordingPage(page)


@pytest.fixture
def page(recording: RecordingPage) -> Page:
    return recording.page


def screenshot(page: Page, name: str) -> Path:
    """Keep a screenshot as a test artefact (not committed: tests/artifacts/ is ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path
