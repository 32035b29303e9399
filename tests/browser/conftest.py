"""Browser fixtures: the real site, built once, served on loopback, in Debian's Chromium.

Playwright's Python package drives ``/usr/bin/chromium`` (installed by ``make browser``);
no browser is ever downloaded. Every page records the requests it makes, so a test can
assert that nothing went to another host. Screenshots go to ``tests/artifacts/``.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def build_site(out: Path, corpus: Path | None = None) -> Path:
    """``mkdocs build --strict`` of this repo (optionally from another corpus) into ``out``."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if corpus is not None:
        env["FANWEN_CORPUS"] = str(corpus)
    mkdocs = Path(sys.executable).parent / "mkdocs"
    subprocess.run(
        [str(mkdocs), "build", "--strict", "--quiet", "--site-dir", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    return out


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(tmp_path_factory.mktemp("site") / "site")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def site_url(site_dir: Path) -> Iterator[str]:
    """The built site served on 127.0.0.1 (a free port), for the length of the session."""
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (Debian package chromium)")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


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
def recording(browser: Browser, request: pytest.FixtureRequest) -> Iterator[RecordingPage]:
    """A fresh page (1440 x 1000, clipboard allowed) that records its requests."""
    context = browser.new_context(viewport={"width": 1440, "height": 1000})
    page = RecordingPage(context.new_page())
    yield page
    context.close()


@pytest.fixture
def page(recording: RecordingPage) -> Page:
    return recording.page


def screenshot(page: Page, name: str) -> Path:
    """Keep a screenshot as a test artefact (not committed: tests/artifacts/ is ignored)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=False)
    return path
