"""写作台 in Chromium: the draft survives a reload and a trip through a .json file, works
from file:// and on a phone, takes blocks from exemplar and comparison pages, and role
pages fill one variant in place. Word files are checked in test_desk_word.py."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Page

from fanwen.analyze.snippets import default_library, fill
from fanwen.corpus import load_corpus
from helpers import read_page

from .conftest import CLIPBOARD, DESKTOP, PHONE, ROOT, RecordingPage, open_page, screenshot
from .desking import (
    FIELD_INPUTS,
    copy_all,
    docx_lines,
    download,
    fill_fields,
    skeleton_filled,
    start_skeleton,
    stored,
)

pytestmark = pytest.mark.slow


def parts(page: Page) -> list[dict[str, str]]:
    """The parts on the desk as shown: kind and the text in its editor."""
    return page.eval_on_selector_all(
        ".fw-part",
        "els => els.map(e => ({kind: e.dataset.kind, text: e.querySelector('textarea').value}))",
    )


def test_reload_keeps_the_draft_and_a_file_brings_it_back(
    browser: Browser, site_url: str, tmp_path: Path
) -> None:
    with open_page(browser, viewport=DESKTOP, accept_downloads=True) as page:
        start_skeleton(page, f"{site_url}/desk.html")
        fill_fields(page, skip=("date",))
        page.fill(".fw-part[data-kind=closing] textarea", "特此报告。\n〔落款机关〕")
        page.locator(".fw-part[data-kind=problems] [data-act=up]").click()
        page.select_option("[data-add-kind]", "own")
        page.click("[data-act=add]")
        page.fill(".fw-part[data-kind=own] textarea", "自己写的一段话，〔报告主体简称〕落实到位。")
        before = stored(page)
        shown = parts(page)
        kept = json.loads(before)["parts"] if before else []
        # the new part goes in before the closing
        assert [p["kind"] for p in kept[-2:]] == ["own", "closing"]
        assert kept[-2]["text"] == "自己写的一段话，{unit_short}落实到位。"

        page.reload()
        page.wait_for_selector(".fw-part")
        assert stored(page) == before
        assert parts(page) == shown
        assert page.input_value(f"{FIELD_INPUTS}[name='unit']") == "市市场监管局党组"

        saved = download(page, "[data-act=save]", tmp_path / "draft.json")
        assert json.loads(saved.read_text("utf-8")) == json.loads(before)
        page.once("dialog", lambda dialog: dialog.accept())
        page.click("[data-act=clear]")
        page.wait_for_function("() => !document.querySelector('.fw-part')")
        assert stored(page) is None
        assert page.locator(FIELD_INPUTS).count() == 0

        page.set_input_files("[data-open-file]", str(saved))
        page.wait_for_selector(".fw-part")
        assert stored(page) == before
        assert parts(page) == shown


def test_desk_works_from_the_file_system(browser: Browser, site_dir: Path, tmp_path: Path) -> None:
    options = {"viewport": DESKTOP, "permissions": CLIPBOARD, "accept_downloads": True}
    with open_page(browser, **options) as page:
        recording = RecordingPage(page)
        start_skeleton(page, (site_dir / "desk.html").as_uri())
        fill_fields(page)
        assert copy_all(page) == skeleton_filled()
        docx = download(page, "[data-act=word]", tmp_path / "file.docx")
        _, texts = docx_lines(docx)
        assert texts == skeleton_filled().split("\n")
        assert recording.outside_requests(None) == []
        assert all(url.startswith(("file:", "blob:", "data:")) for url in recording.requests)


def test_desk_fits_a_phone(browser: Browser, site_url: str) -> None:
    with open_page(browser, viewport=PHONE, device_scale_factor=2) as page:
        start_skeleton(page, f"{site_url}/desk.html")
        fill_fields(page, skip=("unit_short",))
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], "the desk scrolls sideways on a phone"
        assert page.locator(".fw-paper mark.fw-empty").count() >= 2
        screenshot(page, "desk-390")
        page.locator(".fw-paper").scroll_into_view_if_needed()
        screenshot(page, "desk-390-preview")


def test_blocks_join_the_desk_from_exemplar_and_comparison_pages(
    browser: Browser, site_url: str, site_dir: Path
) -> None:
    with open_page(browser, viewport=DESKTOP) as page:
        recording = RecordingPage(page)
        page.goto(f"{site_url}/exemplars/city-bureau-2022.html")
        anchor = page.locator(".fw-pair.fw-para").nth(1).get_attribute("id")
        block = read_page(site_dir / "exemplars" / "city-bureau-2022.html").blocks[anchor]
        page.locator(f"#{anchor} .fw-add").click()
        assert page.locator(f"#{anchor} .fw-add").inner_text() == "已加入写作台"
        assert "已加入写作台" in page.locator(".fw-toast").inner_text()
        screenshot(page, "exemplar-add-1440")

        page.goto(f"{site_url}/aids/compare/problems-0-1.html")
        # A paragraph, not a numbered heading (the desk renumbers headings: 二、 may become 一、).
        blocks = page.locator(".fw-compare")
        texts = [t.strip() for t in blocks.all_inner_texts()]
        k = next(i for i, t in enumerate(texts) if not re.match(r"[一二三四五六七八九十]+、", t))
        first, compared = blocks.nth(k), texts[k]
        first.locator("xpath=following-sibling::p[1]").locator(".fw-add").click()

        page.locator(".fw-toast a").click()  # 去写作台
        page.wait_for_selector(".fw-part")
        assert urlparse(page.url).path.endswith("/desk.html")
        taken = parts(page)
        assert [p["kind"] for p in taken] == ["block", "block"]
        assert taken[0]["text"] == block
        assert taken[1]["text"] == compared
        sources = page.locator(".fw-part-from a")
        assert (
            sources.nth(0)
            .get_attribute("href")
            .endswith(f"exemplars/city-bureau-2022.html#{anchor}")
        )
        preview = page.locator(".fw-paper").inner_text()
        assert block in preview and compared in preview
        assert recording.outside_requests(urlparse(site_url).netloc) == []


def test_role_page_fills_one_variant_in_place(browser: Browser, site_url: str) -> None:
    role = default_library().roles["problems"]
    with open_page(browser, viewport=DESKTOP, permissions=CLIPBOARD) as page:
        page.goto(f"{site_url}/roles/problems.html")
        box = page.locator("details.fw-fill").first
        box.locator("summary").click()
        box.locator("input[name='platform']").fill("局微信公众号")
        expected = fill(role.variants[0].text.replace("{platform}", "局微信公众号"), role.fields)
        assert box.locator(".fw-fill-out").inner_text() == expected
        page.evaluate("navigator.clipboard.writeText('')")
        box.get_by_role("button", name="复制填好的这一段").click()
        page.wait_for_function("async () => (await navigator.clipboard.readText()) !== ''")
        assert page.evaluate("navigator.clipboard.readText()") == expected
        # The value is the desk's too: typed once, it fills the same field everywhere.
        page.goto(f"{site_url}/desk.html")
        page.click("[data-act=skeleton]")
        assert page.input_value(f"{FIELD_INPUTS}[name='platform']") == "局微信公众号"


def test_exemplar_downloads_as_word_with_placeholders_kept(
    browser: Browser, site_url: str, tmp_path: Path
) -> None:
    (ex,) = [e for e in load_corpus(ROOT / "corpus") if e.slug == "veterans-bureau-2022"]
    with open_page(browser, viewport=DESKTOP, accept_downloads=True) as page:
        page.goto(f"{site_url}/exemplars/{ex.slug}.html")
        docx = download(page, "[data-fw-exemplar] [data-act=word]", tmp_path / "ex.docx")
    _, texts = docx_lines(docx)
    assert texts == [line.strip() for line in ex.text.split("\n") if line.strip()]
    assert any("××" in t for t in texts)


def test_signature_follows_the_unit_and_exemplar_blocks_go_before_the_closing(
    browser: Browser, site_url: str
) -> None:
    with open_page(browser, viewport=DESKTOP) as page:
        start_skeleton(page, f"{site_url}/desk.html")
        unit = f"{FIELD_INPUTS}[name='unit']"
        signatory = f"{FIELD_INPUTS}[name='signatory']"
        page.fill(unit, "中共青山县市场监督管理局党组")
        assert page.input_value(signatory) == "中共青山县市场监督管理局党组"
        page.fill(signatory, "青山县市场监督管理局党组")
        page.fill(unit, "中共青山县市场监管局党组")
        assert page.input_value(signatory) == "青山县市场监督管理局党组"  # the writer's own stays
        assert parts(page)[-1]["kind"] == "closing"

        page.goto(f"{site_url}/exemplars/city-bureau-2022.html")
        page.locator(".fw-pair.fw-para .fw-add").nth(1).click()
        page.goto(f"{site_url}/desk.html")
        page.wait_for_selector(".fw-part")
        kinds = [p["kind"] for p in parts(page)]
        assert kinds[-2:] == ["block", "closing"], kinds
