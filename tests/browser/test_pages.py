"""The annotated pages in Chromium: verbatim blocks, notes beside or under them, copy buttons.

Every block of every seed exemplar must show exactly its cleaned text (minus the line
end); at 1440 px each note sits to the right of its block, at 390 px under it; the copy
button of a role page's variant puts exactly ``fill(variant.text, fields)`` on the
clipboard. Screenshots of both widths go to ``tests/artifacts/`` (not committed).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

import helpers
from fanwen.analyze.analysis import Analysis, analyze_text
from fanwen.analyze.snippets import default_library, fill
from fanwen.clean.exemplar import Exemplar
from fanwen.corpus import load_corpus

from .conftest import (
    CLIPBOARD,
    DESKTOP,
    PHONE,
    ROOT,
    build_site,
    copy_with_button,
    open_page,
    screenshot,
)

pytestmark = pytest.mark.slow

SHOWN = """() => Array.from(document.querySelectorAll('.fw-pair')).map(pair => {
  const text = pair.querySelector('.fw-block > p, .fw-block > h1');
  return {
    id: pair.id,
    text: text.textContent,
    marks: Array.from(text.querySelectorAll('mark.fw-ph')).map(m => m.textContent),
  };
})"""
BOXES = """() => Array.from(document.querySelectorAll('.fw-pair')).map(pair => {
  const text = pair.querySelector('.fw-block > p, .fw-block > h1').getBoundingClientRect();
  const note = pair.querySelector('.fw-note').getBoundingClientRect();
  return {id: pair.id, text: [text.left, text.top, text.right, text.bottom],
          note: [note.left, note.top, note.right, note.bottom]};
})"""


@pytest.fixture(scope="module")
def seeds() -> list[tuple[Exemplar, Analysis]]:
    return [(ex, analyze_text(ex.text)) for ex in load_corpus(ROOT / "corpus")]


def shown_blocks(analysis: Analysis) -> list[dict[str, object]]:
    """What the page must show for each block: id, text as cleaned minus the line end, ××."""
    marks = {b.id: [str(p["text"]) for p in b.placeholders] for b in analysis.blocks}
    return [
        {"id": anchor, "text": text, "marks": marks[anchor]}
        for anchor, text in helpers.shown_blocks(analysis).items()
    ]


def test_every_block_shows_verbatim_with_placeholders_marked(
    page: Page, site_url: str, seeds: list[tuple[Exemplar, Analysis]]
) -> None:
    marked = 0
    for ex, analysis in seeds:
        page.goto(f"{site_url}/exemplars/{ex.slug}.html")
        shown = page.evaluate(SHOWN)
        assert shown == shown_blocks(analysis), ex.slug
        marked += sum(len(b["marks"]) for b in shown)
    assert marked > 10  # the seeds do have ×× runs, so highlighting was really checked


def test_notes_beside_blocks_on_desktop(page: Page, site_url: str) -> None:
    page.set_viewport_size(DESKTOP)
    page.goto(f"{site_url}/exemplars/city-bureau-2022.html")
    boxes = page.evaluate(BOXES)
    assert len(boxes) > 10
    for box in boxes:
        text, note = box["text"], box["note"]
        assert note[0] >= text[2], box  # the note starts right of the text
        assert abs(note[1] - text[1]) < 24, box  # and level with it
    screenshot(page, "exemplar-1440")
    page.goto(f"{site_url}/exemplars/city-bureau-2022.html#b8")
    screenshot(page, "exemplar-1440-b8")


# Heading rows (一、… （一）…) and the 主送机关 row: heights of the row, its block (margins
# included) and its note.
ROWS = ".fw-pair.fw-heading, .fw-pair.fw-recipient"
HEADING_ROWS = f"""() => Array.from(document.querySelectorAll('{ROWS}'), pair => ({{
  id: pair.id,
  row: pair.getBoundingClientRect().height,
  block: pair.querySelector('.fw-block').getBoundingClientRect().height,
  note: pair.querySelector('.fw-note').getBoundingClientRect().height,
}}))"""


# How much taller than its heading's block a heading row may be, by screen width: at 1440 px
# the note runs beside the heading in one or two lines; at 768 px, beside a long （一）
# heading, the note may need one line more than the heading.
HEADING_SLACK = [("1440", DESKTOP["width"], 12), ("768", 768, 32)]


@pytest.mark.parametrize(
    ("width", "slack"), [c[1:] for c in HEADING_SLACK], ids=[c[0] for c in HEADING_SLACK]
)
def test_heading_rows_are_as_tall_as_their_heading(
    browser: Browser, site_url: str, site_dir: Path, width: int, slack: int
) -> None:
    """A one-line heading beside its note leaves no tall empty gap under it, on every seed
    exemplar: the row is at most ``slack`` px taller than the heading's own block."""
    pages = sorted((site_dir / "exemplars").glob("*.html"))
    with open_page(browser, viewport={"width": width, "height": 900}) as page:
        seen = 0
        for path in pages:
            page.goto(f"{site_url}/exemplars/{path.name}")
            for row in page.evaluate(HEADING_ROWS):
                assert row["row"] <= row["block"] + slack, (path.name, row)
                seen += 1
        assert seen > 30, seen  # the seeds have dozens of heading rows
        page.goto(f"{site_url}/exemplars/city-bureau-2022.html#b3")
        screenshot(page, f"exemplar-heading-{width}")


def test_notes_under_blocks_on_phone(browser: Browser, site_url: str) -> None:
    with open_page(browser, viewport=PHONE, device_scale_factor=2) as page:
        page.goto(f"{site_url}/exemplars/city-bureau-2022.html")
        boxes = page.evaluate(BOXES)
        for box in boxes:
            text, note = box["text"], box["note"]
            assert note[1] >= text[3], box  # the note starts below the text
            assert note[2] <= PHONE["width"] + 1, box  # and fits the screen
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], "the page scrolls sideways on a phone"
        screenshot(page, "exemplar-390")
        page.goto(f"{site_url}/roles/problems.html#参考写法")
        screenshot(page, "role-390")


def test_block_anchors_reachable(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/exemplars/bureau-2023-and-2024-plan.html#b5")
    target = page.locator(":target")
    assert target.get_attribute("id") == "b5"
    assert "fw-pair" in (target.get_attribute("class") or "")
    assert target.is_visible()
    # The role page links to the exemplar blocks that play the role.
    page.goto(f"{site_url}/roles/problems.html")
    links = page.locator(".md-content a[href*='../exemplars/'][href*='#b']")
    assert links.count() >= 3
    links.first.click()
    assert page.locator(":target.fw-pair").count() == 1


def test_note_links_to_role_page(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/exemplars/city-bureau-2022.html")
    page.locator("#b8 .fw-note-role").click()
    assert page.url.endswith("/roles/problems.html")
    assert page.locator("h1").first.inner_text().startswith("存在问题与不足")


def test_copy_button_copies_the_filled_variant(browser: Browser, site_url: str) -> None:
    library = default_library()
    with open_page(browser, viewport=DESKTOP, permissions=CLIPBOARD) as page:
        for role_id in ("problems", "next_steps"):
            role = library.roles[role_id]
            page.goto(f"{site_url}/roles/{role_id}.html")
            blocks = page.locator("pre.fw-variant")
            assert blocks.count() == len(role.variants)
            for k, variant in enumerate(role.variants):
                copied = copy_with_button(page, blocks.nth(k))
                assert copied == fill(variant.text, role.fields), (role_id, k)
        screenshot(page, "role-1440")


def test_home_lists_exemplars_and_roles(page: Page, site_url: str) -> None:
    page.goto(f"{site_url}/index.html")
    rows = page.locator("table tbody tr")
    assert rows.count() == 10  # the ten newest of the 13 exemplars
    assert "存在问题与不足" in rows.nth(2).inner_text()
    assert page.locator("a[href='roles/problems.html']").count() >= 1
    screenshot(page, "home-table-1440")


def test_hostile_exemplar_shows_markup_as_text(page: Page, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    lines = ["2023年意识形态工作总结", "会上强调<script>alert(1)</script>要守土有责。"]
    lines += ["召开会议*次，**加粗**，A&amp;B，[链接](x)，# 标题 | 列，<b>粗</b>。"]
    (corpus / "hostile.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    site = build_site(tmp_path / "site", corpus)
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto((site / "exemplars" / "hostile.html").as_uri())
    shown = page.evaluate(SHOWN)
    (ex,) = load_corpus(corpus)
    assert shown == shown_blocks(analyze_text(ex.text))  # exactly as cleaned
    text = "".join(str(b["text"]) for b in shown)
    for bit in ("<script>alert(1)</script>", "<b>粗</b>", "A&amp;B", "#标题|列", "[链接]"):
        assert bit in text, text
    assert dialogs == []
    assert page.locator(".fw-block b, .fw-block script, .fw-block a").count() == 0
