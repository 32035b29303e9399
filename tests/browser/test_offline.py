"""The built site works from a plain folder (file://), search included, and never asks
another host for anything: no web fonts, no CDN scripts, nothing fetched at run time."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse, urlsplit

from helpers import outside_refs

from .conftest import RecordingPage, screenshot
from .searching import open_search, read_units, run_query, site_paths

QUERIES = ["两个维护", "一岗双责", "舆情"]


def test_the_check_sees_what_stock_material_would_load(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        '<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto">'
        '<script src="https://unpkg.com/iframe-worker/shim"></script>'
        '<link rel="stylesheet" href="assets/main.css"><script src="search.js"></script>',
        encoding="utf-8",
    )
    (tmp_path / "main.css").write_text(
        '@import "//cdn.example/x.css"; a { background: url(data:image/png;base64,AA) }',
        encoding="utf-8",
    )
    assert outside_refs(tmp_path) == [
        "index.html <link href> https://fonts.googleapis.com/css?family=Roboto",
        "index.html <script src> https://unpkg.com/iframe-worker/shim",
        "main.css //cdn.example/x.css",
    ]


def test_built_site_loads_nothing_from_another_host(site_dir: Path) -> None:
    assert outside_refs(site_dir) == []
    # The search index also comes as a script, for file:// where fetch() is refused.
    index = (site_dir / "search" / "search_index.js").read_text(encoding="utf-8")
    assert index.startswith("var __index = {")


def test_search_works_from_file_url(recording: RecordingPage, site_dir: Path) -> None:
    page = recording.page
    base = (site_dir).as_uri()
    page.goto(f"{base}/index.html")
    assert recording.outside_requests(None) == []
    units = read_units(page, base, site_paths(site_dir))
    page.goto(f"{base}/exemplars/{next((site_dir / 'exemplars').glob('*.html')).name}")
    assert recording.outside_requests(None) == []
    page.goto(f"{base}/index.html")
    open_search(page)
    for query in QUERIES:
        links, _ = run_query(page, query)
        expected = {p for p, by in units.items() if any(query in t for t in by.values())}
        assert expected, query
        got = set()
        for link in links:
            parts = urlsplit(link)
            assert parts.scheme == "file", link
            path = Path(unquote(parts.path)).relative_to(site_dir).as_posix()
            anchor = unquote(parts.fragment)
            assert query in units[path][anchor], (query, link)
            got.add(path)
        assert got == expected, query
    screenshot(page, "search-file-url")
    first = page.locator("a.md-search-result__link").first
    first.click()
    page.wait_for_selector("mark[data-md-highlight]")
    assert recording.outside_requests(None) == []


def test_served_site_asks_no_other_host(recording: RecordingPage, site_url: str) -> None:
    page = recording.page
    host = urlparse(site_url).netloc
    page.goto(f"{site_url}/index.html", wait_until="networkidle")
    href = page.locator("a[href*='exemplars/']").first.get_attribute("href")
    page.goto(f"{site_url}/{href}", wait_until="networkidle")
    open_search(page)
    links, _ = run_query(page, QUERIES[0])
    assert links
    page.goto(links[0], wait_until="networkidle")
    assert recording.outside_requests(host) == []
    assert any(urlparse(url).netloc == host for url in recording.requests)
