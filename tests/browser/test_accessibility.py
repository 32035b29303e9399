"""Reading comfort, checked by axe-core (WCAG 2 A and AA rules) in Chromium: no serious or
critical violation on the home page, the catalogue, an exemplar, a role page, the desk (with
the full skeleton filled in) and the check page (with a draft checked).

axe-core comes from node_modules (npm, pinned in package.json); the test puts it into the page
it opens. It is never part of the built site.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from helpers import ROOT

from .checking import check, draft, open_check
from .conftest import DESKTOP, PHONE, open_page
from .desking import fill_fields, start_skeleton

pytestmark = pytest.mark.slow

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
SERIOUS = {"serious", "critical"}


def violations(page: Page) -> list[str]:
    """Serious and critical WCAG 2 A/AA violations on the open page: rule, count, examples."""
    if not AXE.exists():
        pytest.fail(f"{AXE.relative_to(ROOT)} is missing: run `make install` (npm ci)")
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, { runOnly: { type: "tag", values: tags } })
            return result.violations.map((v) => ({
                id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(" ")),
            }))
        }""",
        TAGS,
    )
    return [
        f"{v['id']} ({v['impact']}) ×{len(v['nodes'])}: {v['nodes'][:3]}"
        for v in found
        if v["impact"] in SERIOUS
    ]


def first_exemplar(site: Path) -> str:
    return f"exemplars/{sorted((site / 'exemplars').glob('*.html'))[0].name}"


def first_role(site: Path) -> str:
    return f"roles/{sorted((site / 'roles').glob('*.html'))[0].name}"


def desk(page: Page, url: str, site: Path) -> None:
    start_skeleton(page, f"{url}/desk.html")
    fill_fields(page, skip=("unit_short",))  # an empty field is marked in the preview


def check_page(page: Page, url: str, site: Path) -> None:
    open_check(page, f"{url}/check.html")
    check(page, draft(site))


def plain(path: Callable[[Path], str] | str) -> Callable[[Page, str, Path], None]:
    def go(page: Page, url: str, site: Path) -> None:
        page.goto(f"{url}/{path(site) if callable(path) else path}")
        page.wait_for_load_state("load")

    return go


PAGES = [
    ("home", plain("index.html")),
    ("catalogue", plain("catalogue.html")),
    ("exemplar", plain(first_exemplar)),
    ("role", plain(first_role)),
    ("desk", desk),
    ("check", check_page),
]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1440", "390"])
@pytest.mark.parametrize("go", [p[1] for p in PAGES], ids=[p[0] for p in PAGES])
def test_no_serious_wcag_violation(
    browser: Browser, site_url: str, site_dir: Path, go: Callable, viewport: dict
) -> None:
    with open_page(browser, viewport=viewport) as page:
        go(page, site_url, site_dir)
        assert violations(page) == []


# Elements of the article that reach past the screen's edges, and boxes whose content runs
# past their own right edge without a scroll bar of their own (it would spill sideways).
SIDEWAYS = """(width) => {
  const name = e => e.tagName.toLowerCase() + [...e.classList].map(c => '.' + c).join('')
  const out = []
  for (const e of document.querySelectorAll('article.md-content__inner, article *')) {
    const box = e.getBoundingClientRect()
    if (!box.width) continue
    if (box.left < -0.5 || box.right > width + 0.5) out.push(`${name(e)} ${box.left}..${box.right}`)
    const scrolls = ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX)
    if (!scrolls && !e.matches('input, select, textarea') && e.scrollWidth > e.clientWidth + 1)
      out.push(`${name(e)} content ${e.scrollWidth} px in ${e.clientWidth} px`)
  }
  return out
}"""


@pytest.mark.parametrize("go", [desk, check_page], ids=["desk", "check"])
def test_nothing_spills_sideways_on_a_phone(
    browser: Browser, site_url: str, site_dir: Path, go: Callable
) -> None:
    with open_page(browser, viewport=PHONE) as page:
        go(page, site_url, site_dir)
        page.evaluate("window.scrollTo(0, 0)")
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        assert page.evaluate(SIDEWAYS, PHONE["width"]) == []


# Where the focused control stands against the desk's sticky bar (which sits under the header).
FOCUSED = """() => {
  const e = document.activeElement
  const box = e.getBoundingClientRect()
  return { what: `${e.tagName} ${e.name || e.className}`, top: box.top, bottom: box.bottom,
           inBar: !!e.closest('.fw-desk-bar'),
           bar: document.querySelector('.fw-desk-bar').getBoundingClientRect().bottom }
}"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1440", "390"])
def test_shift_tab_never_leaves_the_focus_under_the_desk_bar(
    browser: Browser, site_url: str, site_dir: Path, viewport: dict
) -> None:
    """Going back up the filled-in desk with Shift+Tab, each control that takes the focus is
    scrolled clear of the sticky bar; a tall text box at least shows the part by its caret."""
    with open_page(browser, viewport=viewport) as page:
        desk(page, site_url, site_dir)
        page.locator(".fw-desk-add select").focus()  # the last control of the editor
        hidden = []
        for _ in range(60):
            page.keyboard.press("Shift+Tab")
            at = page.evaluate(FOCUSED)
            if at["inBar"]:
                continue
            clear = (
                at["bottom"] > at["bar"] + 20
                if at["what"].startswith("TEXTAREA")
                else at["top"] >= at["bar"] - 1
            )
            if not clear:
                hidden.append(at)
        assert hidden == []


def test_the_desk_preview_is_reached_and_scrolled_by_keyboard(
    browser: Browser, site_url: str
) -> None:
    with open_page(browser, viewport=DESKTOP) as page:
        start_skeleton(page, f"{site_url}/desk.html")
        view = page.locator(".fw-desk-view")
        assert view.get_attribute("tabindex") == "0"
        assert page.get_by_role("region", name="预览").count() == 1
        page.locator("[data-act=clear]").focus()  # the last control before the parts
        for _ in range(200):  # Tab on until the preview has the focus
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.classList.contains('fw-desk-view')"):
                break
        else:
            pytest.fail("Tab never reaches the preview")
        before = view.evaluate("e => e.scrollTop")
        page.keyboard.press("PageDown")
        page.wait_for_function("() => document.querySelector('.fw-desk-view').scrollTop > 0")
        assert view.evaluate("e => e.scrollTop") > before
