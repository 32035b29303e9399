"""从去年的报告开始 and the report's year on the check page, in Chromium: last year's report
pasted, the new year picked (or taken as the title's next), every stale year, meeting, campaign
and figure marked in place; the text stays editable and marks follow it; a reload keeps text,
year and mode; ending it checks in full for the year given; the desk links to it; a draft
without a year is asked for one; from file:// with no request to any other host."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from .checking import groups, marked, open_check
from .conftest import DESKTOP, RecordingPage, open_page, screenshot

pytestmark = pytest.mark.slow

LAST_YEAR = """2024年区文旅局党组意识形态工作情况报告
2024年以来，区文旅局党组深入学习贯彻党的二十大和二十届二中、三中全会精神，扎实开展党纪学习教育。现将有关情况报告如下：
一、工作开展情况
中心组集中学习12次，专题研讨4次，全年处置网络舆情3起，比2023年减少2起。
二、存在的问题
网上宣传手段不多。
三、下一步工作打算
2025年，局党组将每季度组织一次专题研讨。"""

# What must change to make it the 2025 report: the title's year, 2024年以来, the plenums cited
# (the fourth was held in October 2025), last year's campaign, the plan for 2025 itself, the
# year compared with, and the figures.
STALE = {"2024", "2024年", "二十届二中、三中全会", "党纪学习教育", "2025年", "2023年"}
FIGURES = {"12次", "4次", "3起", "2起"}
MARKS = ".fw-check-paper mark"


def renew(page: Page, text: str) -> None:
    page.fill("[data-input]", text)
    page.click("[data-act=renew]")
    page.wait_for_selector(f"#fw-check.fw-renewing.fw-check-done {MARKS}")


def marks(page: Page) -> set[str]:
    return set(marked(page).values())


def severities(page: Page) -> dict[str, str]:
    """Each listed finding's quoted text and its severity label (请核对, 请更新 …)."""
    return page.eval_on_selector_all(
        ".fw-check-finding",
        """fs => Object.fromEntries(fs
          .filter(f => f.querySelector('.fw-check-goto'))
          .map(f => [f.querySelector('.fw-check-goto').textContent,
                     f.querySelector('.fw-check-sev').textContent]))""",
    )


def test_last_years_report_is_marked_for_the_new_year(browser: Browser, site_url: str) -> None:
    with open_page(browser, viewport=DESKTOP) as page:
        open_check(page, f"{site_url}/check.html#renew")
        renew(page, LAST_YEAR)
        assert page.input_value("[data-year]") == "2025", "the year after the title's"
        assert marks(page) == STALE | FIGURES
        shown = severities(page)
        assert {shown[f] for f in FIGURES} == {"请更新"}
        assert {shown[s] for s in STALE} == {"请核对"}
        first = groups(page)[0]
        assert first["name"] == "从去年的报告改写"
        assert [len(i["findings"]) for i in first["items"]] == [1, 4]
        titles = page.eval_on_selector_all(
            MARKS, "ms => Object.fromEntries(ms.map(m => [m.textContent, m.title]))"
        )
        assert "党纪学习教育”是2024年开展的" in titles["党纪学习教育"]
        assert "二十届四中全会已于2025年10月召开" in titles["二十届二中、三中全会"]
        assert "请按2025年的实际情况更新" in titles["12次"]
        screenshot(page, "renew")
        page.eval_on_selector(".fw-check-grid", "e => e.scrollIntoView()")
        screenshot(page, "renew-marks")

        # The text stays editable and the marks follow it; a reload keeps text, year and mode.
        edited = LAST_YEAR.replace("2024年以来", "2025年以来").replace("12次", "15次")
        page.fill("[data-input]", edited)
        page.wait_for_function(
            "() => [...document.querySelectorAll('.fw-check-paper mark')]"
            ".some(m => m.textContent === '15次')"
        )
        assert marks(page) == (STALE - {"2024年"}) | {"2024", "15次", "4次", "3起", "2起"}
        page.reload()
        page.wait_for_selector(f"#fw-check.fw-renewing.fw-check-done {MARKS}")
        assert page.input_value("[data-input]") == edited
        assert page.input_value("[data-year]") == "2025"
        assert "15次" in marks(page)

        # Done: a full check for 2025, the figures no longer marked.
        page.click("[data-act=endrenew]")
        page.wait_for_function("() => !document.querySelector('#fw-check.fw-renewing')")
        page.wait_for_function(
            "() => ![...document.querySelectorAll('.fw-check-paper mark')]"
            ".some(m => m.textContent === '15次')"
        )
        assert marks(page) == STALE - {"2024年", "2023年"}
        assert groups(page)[0]["name"] == "结构完整"
        page.reload()
        page.wait_for_selector(f"#fw-check.fw-check-done {MARKS}")
        assert not page.query_selector("#fw-check.fw-renewing")


def test_the_desk_links_to_it(browser: Browser, site_url: str) -> None:
    with open_page(browser, viewport=DESKTOP) as page:
        page.goto(f"{site_url}/desk.html")
        page.click("a[href='check.html#renew']")
        page.wait_for_selector("#fw-check.fw-check-ready")
        assert page.url.endswith("check.html#renew")
        assert page.is_visible("#renew [data-act=renew]")


def test_a_draft_without_a_year_is_asked_for_one(browser: Browser, site_url: str) -> None:
    text = LAST_YEAR.replace("2024年区文旅局", "区文旅局").replace("2024年以来", "今年以来")
    with open_page(browser, viewport=DESKTOP) as page:
        open_check(page, f"{site_url}/check.html")
        page.fill("[data-input]", text)
        page.click("[data-act=check]")
        page.wait_for_selector("#fw-check.fw-check-done")
        assert "标题中没有找到年份" in page.inner_text("[data-status]")
        assert not marks(page) & STALE
        page.fill("[data-year]", "２０２５")  # full-width: checked again at once
        page.wait_for_function(
            "() => [...document.querySelectorAll('.fw-check-paper mark')]"
            ".some(m => m.textContent === '党纪学习教育')"
        )
        assert marks(page) & STALE == {"二十届二中、三中全会", "党纪学习教育", "2025年"}
        assert "标题中没有找到年份" not in page.inner_text("[data-status]")

        page.fill("[data-year]", "")
        page.click("[data-act=renew]")
        assert "请在“报告年度”中填写今年的年份" in page.inner_text("[data-status]")


def test_it_works_from_the_file_system(browser: Browser, site_dir: Path) -> None:
    with open_page(browser, viewport=DESKTOP) as page:
        recording = RecordingPage(page)
        open_check(page, (site_dir / "check.html").as_uri() + "#renew")
        renew(page, LAST_YEAR)
        assert marks(page) == STALE | FIGURES
        assert recording.outside_requests(None) == []
        assert all(url.startswith(("file:", "data:", "blob:")) for url in recording.requests)


def test_the_text_goes_on_to_the_desk(browser: Browser, site_url: str) -> None:
    made = LAST_YEAR.replace("2024年", "2025年").replace("2025年，局党组将", "2026年，局党组将")
    with open_page(browser, viewport=DESKTOP) as page:
        open_check(page, f"{site_url}/check.html#renew")
        renew(page, LAST_YEAR)
        page.fill("[data-input]", made)
        page.click("[data-act=todesk]")  # the desk is empty: no question asked
        page.wait_for_selector("#fw-desk [data-preview] p")
        assert page.url.endswith("/desk.html")
        preview = page.inner_text("[data-preview]")
        for line in made.split("\n"):
            assert line in preview, line
        headings = page.eval_on_selector_all(
            "[data-parts] input[data-edit=heading]",
            "hs => hs.map(h => h.value)",
        )
        assert {"工作开展情况", "存在的问题", "下一步工作打算"} <= set(headings), headings

        # The desk now holds a draft: replacing it is asked first, and a "no" keeps it.
        page.goto(f"{site_url}/check.html#renew")
        page.wait_for_selector("#fw-check.fw-check-ready")
        page.fill("[data-input]", "另一篇草稿")
        page.once("dialog", lambda dialog: dialog.dismiss())
        page.click("[data-act=todesk]")
        assert page.url.endswith("check.html#renew")
