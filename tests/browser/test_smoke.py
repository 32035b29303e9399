"""The built site opens in Chromium and asks no other host for anything."""

from __future__ import annotations

from urllib.parse import urlparse

from .conftest import RecordingPage, screenshot


def test_home_page_loads_with_no_outside_request(recording: RecordingPage, site_url: str) -> None:
    page = recording.page
    page.goto(f"{site_url}/index.html", wait_until="networkidle")
    assert "范文" in page.title()
    screenshot(page, "home-1440")
    assert recording.outside_requests(urlparse(site_url).netloc) == []
