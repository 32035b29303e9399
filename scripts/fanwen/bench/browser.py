"""Debian's Chromium driven by Playwright, for the site bench and the browser tests.

The browser is ``/usr/bin/chromium`` (``make browser`` installs it); Playwright never
downloads one. A built site is served from a loopback port; queries are typed into
Material's search box and answered by ``scripts/web/search/``, which
reports each answer in ``window.__fanwenSearch.last``.

For ``make bench`` and the tests only: the site itself never needs Playwright, which is
pinned in requirements.lock rather than listed as a dependency of the package.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import Browser, Page, Playwright

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SEARCH_BOX = "input.md-search__input"
LAST_DONE = "q => { const l = window.__fanwenSearch.last; return l && l.query === q && l.done }"


def launch(playwright: Playwright, env: dict[str, str] | None = None) -> Browser:
    """Chromium, headless, with no background requests of its own (``env``: its environment,
    when not this process's)."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, env=env)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    sent: list[tuple[str, int]] | None = None  # (path, bytes) of every file served, if kept

    def log_message(self, format: str, *args: object) -> None:
        """No request log on the console."""

    def copyfile(self, source, outputfile) -> None:
        if self.sent is not None:
            self.sent.append((self.path, os.fstat(source.fileno()).st_size))
        super().copyfile(source, outputfile)


class _Server(http.server.ThreadingHTTPServer):
    request_queue_size = 64  # a page asks for many index pieces at once; 5 drops connections


@contextmanager
def serve(folder: Path, sent: list[tuple[str, int]] | None = None) -> Iterator[str]:
    """``folder`` served on 127.0.0.1 (a free port); yields the base URL. With ``sent``, the
    path and size of every file served are appended to it (what a browser transferred)."""
    handler = functools.partial(
        type("Handler", (_QuietHandler,), {"sent": sent}), directory=str(folder)
    )
    server = _Server(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def open_search(page: Page) -> None:
    """Open the search box and wait until the index is loaded."""
    page.locator(SEARCH_BOX).click()
    page.wait_for_function("window.__fanwenSearch && window.__fanwenSearch.ready", timeout=10_000)


def type_query(page: Page, query: str, timeout_ms: float = 10_000) -> float:
    """Type ``query`` into the open search box; seconds until its answer is handed over."""
    box = page.locator(SEARCH_BOX)
    started = time.perf_counter()
    box.fill(query)
    box.press("End")  # Material reads the box on keyup
    page.wait_for_function(LAST_DONE, arg=query, timeout=timeout_ms)
    return time.perf_counter() - started
