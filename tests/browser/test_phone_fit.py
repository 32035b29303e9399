"""Two pages measured on a phone (390 x 844) and on a desktop: the home page's table of the
newest exemplars fits the screen with no sideways scrolling and stays a table, and the desk's
sticky bar stays one line high (at most 90 px), every action of it still there by its name,
the rest behind 更多. On a desktop both look as they did: five columns, every action in line."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from .conftest import DESKTOP, PHONE, open_page, screenshot
from .desking import download, start_skeleton

pytestmark = pytest.mark.slow

BAR_MAX = 90  # px at 390 wide: a seventh of a phone's screen, the status line included
HEADERS = ["标题", "年份", "单位类型", "字数", "包含的部分"]

# Each box from the table up to the article that would scroll sideways: it scrolls (Material
# wraps a table in div.md-typeset__scrollwrap, overflow auto) and its content is wider than it.
SCROLLERS = """(table) => {
  const out = []
  for (let e = table; e && !e.matches('article'); e = e.parentElement) {
    const scrolls = ['auto', 'scroll'].includes(getComputedStyle(e).overflowX)
    if (scrolls && e.scrollWidth > e.clientWidth)
      out.push(`${e.className || e.tagName} ${e.scrollWidth}/${e.clientWidth}`)
  }
  return out
}"""


def test_home_table_fits_a_phone(browser: Browser, site_url: str) -> None:
    with open_page(browser, viewport=PHONE, device_scale_factor=2) as page:
        page.goto(f"{site_url}/index.html")
        table = page.get_by_role("table")
        assert table.count() == 1  # still a table to a screen reader
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        size = table.evaluate("t => [t.scrollWidth, t.clientWidth]")
        assert size[0] <= size[1], size
        assert table.evaluate(SCROLLERS) == [], "the table scrolls sideways inside itself"
        box = table.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        rows = table.get_by_role("row")
        assert rows.count() == 11  # the header and the ten newest
        headers = table.get_by_role("columnheader").all_inner_texts()
        assert headers == HEADERS[:3]  # 字数 and 包含的部分 left to 范文目录
        first = rows.nth(1).get_by_role("link")
        assert first.is_visible() and first.bounding_box()["width"] > PHONE["width"] / 3
        table.scroll_into_view_if_needed()
        screenshot(page, "home-table-390")


def test_home_table_keeps_five_columns_on_a_desktop(browser: Browser, site_url: str) -> None:
    with open_page(browser, viewport=DESKTOP) as page:
        page.goto(f"{site_url}/index.html")
        table = page.get_by_role("table")
        assert table.get_by_role("columnheader").all_inner_texts() == HEADERS


# Every control of the bar: (role, accessible name, selector).
MAIN = [
    ("button", "复制全文", "[data-act=copy]"),
    ("button", "下载 Word", "[data-act=word]"),
]
MORE = [
    ("combobox", "落款", "[data-sealed]"),
    ("link", "检查草稿", "a[href^='check.html']"),
    ("button", "保存到文件", "[data-act=save]"),
    ("button", "打开文件", "[data-act=open]"),
    ("button", "清空", "[data-act=clear]"),
]

BAR = """() => {
  const bar = document.querySelector('.fw-desk-bar')
  return { height: bar.offsetHeight, status: bar.querySelector('[data-status]').textContent }
}"""


def assert_usable(page: Page, controls: list[tuple[str, str, str]], width: int) -> None:
    """Each control is in the bar under its name, on the screen and would take a click."""
    bar = page.locator(".fw-desk-bar")
    for role, name, selector in controls:
        found = bar.get_by_role(role, name=name)
        assert found.count() == 1, name
        assert found.evaluate("(e, s) => e.matches(s)", selector), name
        found.click(trial=True, timeout=2000)  # visible, enabled, not covered
        box = found.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, name


def bar_height(page: Page) -> int:
    """The bar's height, once desk-ui.js's --fw-desk-bar-height agrees with it."""
    page.wait_for_function(
        """() => document.documentElement.style.getPropertyValue('--fw-desk-bar-height')
             === `${document.querySelector('.fw-desk-bar').offsetHeight}px`"""
    )
    return page.evaluate(BAR)["height"]


def test_desk_bar_is_one_line_on_a_phone(browser: Browser, site_url: str, tmp_path: Path) -> None:
    with open_page(browser, viewport=PHONE, device_scale_factor=2, accept_downloads=True) as page:
        start_skeleton(page, f"{site_url}/desk.html")
        assert page.evaluate(BAR)["status"], "measured with its status line showing"
        closed = bar_height(page)
        assert closed <= BAR_MAX, f"the bar is {closed} px high"
        assert_usable(page, MAIN, PHONE["width"])
        more = page.locator(".fw-desk-bar").get_by_role("button", name="更多")
        assert more.get_attribute("aria-expanded") == "false"
        for _, _, selector in MORE:
            assert not page.locator(f".fw-desk-bar {selector}").is_visible()
        page.evaluate("window.scrollTo(0, 900)")
        screenshot(page, "desk-bar-390")

        more.click()
        assert more.get_attribute("aria-expanded") == "true"
        assert_usable(page, MORE, PHONE["width"])
        assert bar_height(page) > closed  # the page keeps tracking the bar as it grows
        screenshot(page, "desk-bar-390-more")
        page.keyboard.press("Escape")  # without the focus in the menu: stays open
        page.locator("[data-sealed]").focus()
        page.keyboard.press("Escape")
        assert more.get_attribute("aria-expanded") == "false"
        assert page.evaluate("document.activeElement.dataset.more") == ""
        assert bar_height(page) <= BAR_MAX

        more.click()
        saved = download(page, "[data-act=save]", tmp_path / "draft.json")
        assert saved.read_text("utf-8").startswith("{")
        assert more.get_attribute("aria-expanded") == "false"  # a used action closes the menu


def test_desk_bar_keeps_every_action_in_line_on_a_desktop(browser: Browser, site_url: str) -> None:
    with open_page(browser, viewport=DESKTOP) as page:
        start_skeleton(page, f"{site_url}/desk.html")
        assert not page.locator("[data-more]").is_visible()
        assert_usable(page, MAIN + MORE, DESKTOP["width"])
        tops = [page.locator(f".fw-desk-bar {s}").bounding_box()["y"] for _, _, s in MAIN + MORE]
        assert max(tops) - min(tops) < 8, "the actions stand in one line"
