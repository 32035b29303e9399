"""草稿检查 in Chromium: every finding of a pasted draft marked in place with its explanation
and listed under the checklist's groups with items passed; a finding's link scrolls to its
mark; editing checks again, a reload keeps the draft; the desk's draft comes over in one
click; a phone's width; from file://; and no request to any other host."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser

from fanwen.check.checklist import load_checklist

from .checking import (
    PLACEHOLDER,
    SLIP,
    WATERMARK,
    check,
    copied_block,
    draft,
    groups,
    in_view,
    mark_titles,
    marked,
    open_check,
)
from .conftest import CLIPBOARD, DESKTOP, PHONE, ROOT, RecordingPage, open_page, screenshot
from .desking import copy_all, fill_fields, start_skeleton

pytestmark = pytest.mark.slow


def share(text: str, part: str) -> int:
    """The copied share of the draft in whole percent: the copied words (punctuation is no
    copied content) over the draft's characters without white space."""
    size = len(re.sub(r"\s", "", text))
    return int(sum(ch.isalnum() for ch in part) * 100 / size + 0.5)


def test_each_finding_is_marked_and_filed_under_its_group(
    recording: RecordingPage, site_url: str, site_dir: Path
) -> None:
    page = recording.page
    text = draft(site_dir)
    anchor, copied = copied_block(site_dir)
    open_check(page, f"{site_url}/check.html")
    check(page, text)

    assert sorted(marked(page).values()) == sorted([PLACEHOLDER, WATERMARK, SLIP, copied])
    assert page.inner_text("[data-paper]") == text, "the draft is shown as typed"
    titles = mark_titles(page)
    assert "占位符" in titles[PLACEHOLDER]
    assert "网页文字" in titles[WATERMARK]
    assert "增强“四个意识”" in titles[SLIP]
    assert "范文《2022年市局党组意识形态工作情况报告》原文相同" in titles[copied]

    shown = groups(page)
    checklist = load_checklist(ROOT / "snippets")
    assert [g["name"] for g in shown] == [g.name for g in checklist.groups] + ["责任事项"]
    total = passed = 0
    for group in shown:
        ok = sum(i["state"] == "ok" for i in group["items"])
        checked = sum(i["state"] != "manual" for i in group["items"])
        assert group["count"] == f"通过 {ok}/{checked} 项", group
        total, passed = total + checked, passed + ok
        for item in group["items"]:
            assert (item["state"] == "fail") == bool(item["findings"]), item
    summary = page.inner_text("[data-summary]")
    assert f"可自动检查的 {total} 项中通过 {passed} 项" in summary
    by_name = {g["name"]: g for g in shown}
    clean = by_name["干净可报"]
    assert clean["count"] == "通过 1/3 项"
    assert PLACEHOLDER in clean["items"][0]["findings"][0]
    assert WATERMARK in clean["items"][1]["findings"][0]
    assert by_name["提法准确"]["count"] == "通过 2/3 项"
    assert SLIP in by_name["提法准确"]["items"][0]["findings"][0]
    (copying,) = [i for i in by_name["内容扎实"]["items"] if "照搬" in i["text"]]
    assert f"约占全文的 {share(text, copied)}%" in copying["findings"][0]
    assert copied[:10] in copying["findings"][1]
    source = page.locator(".fw-check-source")
    assert source.count() == 1
    assert source.get_attribute("href").endswith(f"exemplars/city-bureau-2022.html#{anchor}")
    screenshot(page, "check-1440")
    assert recording.outside_requests(urlparse(site_url).netloc) == []


def test_a_finding_link_scrolls_to_its_mark_and_back(
    browser: Browser, site_url: str, site_dir: Path
) -> None:
    with open_page(browser, viewport=DESKTOP) as page:
        open_check(page, f"{site_url}/check.html")
        check(page, draft(site_dir, filler_lines=60))
        # The copied paragraph, near the end of a long draft.
        last = page.locator(".fw-check-goto", has_text=copied_block(site_dir)[1][:10])
        target = last.get_attribute("href")
        assert target and target.startswith("#fw-f")
        page.evaluate("window.scrollTo(0, 0)")
        assert not in_view(page, target), "out of view at first, or the test would prove nothing"
        last.click()
        page.wait_for_function(f"document.activeElement === document.querySelector('{target}')")
        assert in_view(page, target)
        assert "fw-flash" in page.get_attribute(target, "class")
        assert urlparse(page.url).fragment == "", "the page address stays as it was"
        # And a mark leads back to its entry in the list.
        entry = "#fw-l" + target.removeprefix("#fw-f")
        page.evaluate("window.scrollTo(0, 0)")
        page.click(target)
        page.wait_for_function(f"document.activeElement === document.querySelector('{entry}')")
        assert in_view(page, entry)


def test_editing_checks_again_and_a_reload_keeps_the_draft(
    browser: Browser, site_url: str, site_dir: Path
) -> None:
    with open_page(browser, viewport=DESKTOP) as page:
        open_check(page, f"{site_url}/check.html")
        check(page, draft(site_dir))
        edited = draft(site_dir).replace("××次", "4次")
        page.fill("[data-input]", edited)  # no click: an edit after a check checks again
        page.wait_for_function(
            "() => ![...document.querySelectorAll('.fw-check-paper mark')]"
            ".some(m => m.textContent === '××')"
        )
        assert sorted(marked(page).values()) == sorted([WATERMARK, SLIP, copied_block(site_dir)[1]])
        assert page.inner_text("[data-paper]") == edited
        page.reload()
        page.wait_for_selector("#fw-check.fw-check-done [data-paper] mark")
        assert page.input_value("[data-input]") == edited
        assert page.inner_text("[data-paper]") == edited


def test_the_desk_draft_comes_over_in_one_click(browser: Browser, site_url: str) -> None:
    with open_page(browser, viewport=DESKTOP, permissions=CLIPBOARD) as page:
        start_skeleton(page, f"{site_url}/desk.html")
        fill_fields(page, skip=("unit_short",))
        copied = copy_all(page)
        assert "〔" in copied, "an unfilled field stays visible as 〔字段名〕"

        page.click("a[href='check.html?from=desk']")  # the desk's 检查草稿 link
        page.wait_for_selector("#fw-check.fw-check-done [data-paper] mark")
        assert page.input_value("[data-input]") == copied
        assert urlparse(page.url).query == "", "a reload does not take the desk's draft again"
        fields = [t for t in marked(page).values() if t.startswith("〔")]
        assert fields and all(t in copied for t in fields)

        own = "自己写的一段话。"
        box = "document.querySelector('[data-input]').value"
        page.fill("[data-input]", own)
        page.click("[data-act=desk]")
        page.wait_for_function(f"{box} === {copied!r}")
        page.click("[data-act=undo]")
        page.wait_for_function(f"{box} === {own!r}")


def test_check_fits_a_phone(browser: Browser, site_url: str, site_dir: Path) -> None:
    with open_page(browser, viewport=PHONE, device_scale_factor=2) as page:
        open_check(page, f"{site_url}/check.html")
        check(page, draft(site_dir))
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], "the check page scrolls sideways on a phone"
        box = page.locator("[data-input]").bounding_box()
        label = page.locator("label[for=fw-check-input]").bounding_box()
        content = page.locator(".fw-check").bounding_box()
        assert box["width"] >= content["width"] - 1, "the draft box takes the full width"
        assert box["width"] >= 0.8 * PHONE["width"]
        assert label["y"] + label["height"] <= box["y"] + 1, "the label stands above the box"
        assert abs(label["x"] - box["x"]) <= 1
        screenshot(page, "check-390")
        page.locator(".fw-check-paper").scroll_into_view_if_needed()
        screenshot(page, "check-390-draft")


def test_check_works_from_the_file_system(browser: Browser, site_dir: Path) -> None:
    with open_page(browser, viewport=DESKTOP) as page:
        recording = RecordingPage(page)
        open_check(page, (site_dir / "check.html").as_uri())
        check(page, draft(site_dir))
        assert sorted(marked(page).values()) == sorted(
            [PLACEHOLDER, WATERMARK, SLIP, copied_block(site_dir)[1]]
        ), "the copying check reads the exemplars from file:// too"
        assert recording.outside_requests(None) == []
        assert all(url.startswith(("file:", "data:", "blob:")) for url in recording.requests)


def test_without_the_exemplar_text_the_other_checks_still_run(
    browser: Browser, site_url: str, site_dir: Path
) -> None:
    with open_page(browser, viewport=DESKTOP) as page:
        page.route("**/search/search_index.js", lambda route: route.abort())
        open_check(page, f"{site_url}/check.html")
        check(page, draft(site_dir))
        assert sorted(marked(page).values()) == sorted([PLACEHOLDER, WATERMARK, SLIP])
        assert "未能读取范文原文" in page.inner_text("[data-status]")
