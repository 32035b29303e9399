"""The Word files as the office program lays them out: the desk's (full skeleton filled in,
without and with a seal) and an exemplar page's 下载 Word, converted to PDF by LibreOffice with
stand-ins for the 公文 faces and measured (word_layout.py): 28 characters on every full line,
22 lines on every full page, the 版心 at 28 mm and 37 mm, the title, 落款 and page numbers.
Pages 1 and the last are kept as pictures in tests/artifacts/, the figures in word-layout.json.
"""

from __future__ import annotations

import json
import re
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from helpers import ROOT

from .conftest import ARTIFACTS, CLIPBOARD, DESKTOP, open_page
from .desking import download, fill_fields, skeleton_filled, start_skeleton
from .word_layout import headings_of, problems_of, read_layout, render, to_pdf

pytestmark = pytest.mark.slow


@dataclass
class Downloads:
    desk: Path
    sealed: Path
    exemplar: Path
    desk_title: str
    exemplar_title: str
    preview_title: list[str]  # the desk preview's title, line by line
    sealed_after_reload: str  # the desk's 落款 choice after a reload


def longest_exemplar(site_dir: Path) -> str:
    """The exemplar page with the longest text (the most pages to measure)."""
    pages = sorted((site_dir / "exemplars").glob("*.html"))
    size = {
        p.name: len(re.search(r'data-text="([^"]*)"', p.read_text("utf-8")).group(1)) for p in pages
    }
    return max(size, key=size.get)


@pytest.fixture(scope="module")
def downloads(
    browser: Browser, site_url: str, site_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Downloads:
    out = tmp_path_factory.mktemp("word-layout")
    options = {"viewport": DESKTOP, "permissions": CLIPBOARD, "accept_downloads": True}
    with open_page(browser, **options) as page:
        start_skeleton(page, f"{site_url}/desk.html")
        fill_fields(page)
        desk = download(page, "[data-act=word]", out / "desk.docx")
        preview_title = page.inner_text(".fw-paper .fw-l-title").split("\n")
        page.select_option("[data-sealed]", "sealed")
        sealed = download(page, "[data-act=word]", out / "desk-sealed.docx")
        page.reload()
        page.wait_for_selector("#fw-desk.fw-desk-ready")
        sealed_after_reload = page.input_value("[data-sealed]")
        page.goto(f"{site_url}/exemplars/{longest_exemplar(site_dir)}")
        source = page.locator("[data-fw-exemplar]")
        text = source.get_attribute("data-text")
        has_title = source.get_attribute("data-has-title") == "true"
        exemplar = download(page, "[data-fw-exemplar] [data-act=word]", out / "exemplar.docx")
    title = text.strip().split("\n")[0].strip() if has_title else ""
    desk_title = skeleton_filled().split("\n")[0]
    return Downloads(desk, sealed, exemplar, desk_title, title, preview_title, sealed_after_reload)


FIGURES: dict[str, dict] = {}


def measured(docx: Path, name: str, title: str | None, closing: str | None) -> list[str]:
    """Problems of ``docx`` as LibreOffice lays it out; its figures and pictures kept."""
    pdf = to_pdf(docx, docx.parent / f"pdf-{name}")
    problems, figures = problems_of(pdf, title, closing, headings_of(docx))
    FIGURES[name] = figures
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "word-layout.json").write_text(
        json.dumps(FIGURES, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    pages = len(read_layout(pdf).pages)
    for page in sorted({1, pages}):
        assert render(pdf, ARTIFACTS / f"word-{name}-page{page}.png", page).stat().st_size > 5_000
    return problems


def test_desk_word_file_is_laid_out_28_by_22_with_its_closing(downloads: Downloads) -> None:
    assert measured(downloads.desk, "desk", downloads.desk_title, "plain") == []
    figures = FIGURES["desk"]
    assert figures["pages"] >= 3 and len(figures["full_lines"]) >= 40
    assert set(figures["full_lines_all_full_width"]) == {26, 28}  # indented first lines and others


def test_desk_preview_breaks_the_title_where_the_word_file_does(downloads: Downloads) -> None:
    if "desk" not in FIGURES:
        measured(downloads.desk, "desk", downloads.desk_title, "plain")
    assert len(downloads.preview_title) >= 2
    assert downloads.preview_title == FIGURES["desk"]["title_rows"]


def test_the_seal_choice_survives_a_reload(downloads: Downloads) -> None:
    assert downloads.sealed_after_reload == "sealed"


def test_desk_word_file_sealed_has_the_date_four_characters_in(downloads: Downloads) -> None:
    assert measured(downloads.sealed, "desk-sealed", downloads.desk_title, "sealed") == []


def test_exemplar_word_file_is_laid_out_28_by_22(downloads: Downloads) -> None:
    title = downloads.exemplar_title or None
    assert measured(downloads.exemplar, "exemplar", title, None) == []
    assert FIGURES["exemplar"]["pages"] >= 2


def character_grid(docx: Path, to: Path) -> Path:
    """The same file as the earlier construction wrote it: a character grid (linesAndChars,
    charSpace -848), runs not condensed. LibreOffice 7.4 sets it at 17-19 characters a line."""
    with zipfile.ZipFile(docx) as source, zipfile.ZipFile(to, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8").replace('<w:spacing w:val="-5"/>', "")
                xml = xml.replace(
                    '<w:docGrid w:type="lines" w:linePitch="579"/>',
                    '<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-848"/>',
                )
                data = xml.encode("utf-8")
            target.writestr(item, data)
    return to


def test_a_file_set_at_19_characters_a_line_fails_the_measure(downloads: Downloads) -> None:
    old = character_grid(downloads.desk, downloads.desk.parent / "character-grid.docx")
    problems, figures = problems_of(to_pdf(old, old.parent / "pdf-old"), None, None)
    assert any("characters on a full line, not 28" in p for p in problems), problems
    assert max(figures["full_lines_all_full_width"], default=0) <= 20


BUILD = """
import { writeFileSync } from "node:fs"
import { wordBuffer } from "%s"
const [lines, to] = JSON.parse(process.argv[1])
writeFileSync(to, await wordBuffer(lines))
"""


def word_file(lines: list[dict], to: Path) -> Path:
    """The desk's Word file of ``lines`` [{text, level}], built by its own module in Node."""
    module = (ROOT / "scripts" / "web" / "desk" / "word.js").as_uri()
    script = BUILD % module
    argv = ["node", "--input-type=module", "-e", script, json.dumps([lines, str(to)])]
    subprocess.run(argv, check=True, capture_output=True, timeout=60, cwd=ROOT)
    return to


def heading_on_line_22(before: int) -> list[dict]:
    """A title (one line and a blank one), ``before`` one-line paragraphs, a heading, its text."""
    body = {"text": "本段正文一行字数不多。", "level": "body"}
    head = {"text": "一、意识形态阵地建设情况", "level": "h1"}
    return [{"text": "关于测试版式的报告", "level": "title"}, *[body] * before, head, *[body] * 30]


def page_ends(docx: Path, out: Path) -> tuple[list[str], dict]:
    """Problems and figures of ``docx``, but for the one-line paragraphs' lack of full lines."""
    problems, figures = problems_of(to_pdf(docx, out), None, None, headings_of(docx))
    return [p for p in problems if p != "no full line of body text to measure"], figures


def test_a_heading_that_would_end_a_page_starts_the_next(tmp_path: Path) -> None:
    docx = word_file(heading_on_line_22(19), tmp_path / "held.docx")
    problems, figures = page_ends(docx, tmp_path / "pdf-held")
    assert problems == []
    assert figures["lines_per_page"][:2] == [21, 22]
    assert figures["headings_held_over"] == ["一、意识形态阵地建设情况"]
    # one line earlier the heading and its first line both fit: the page is full
    docx = word_file(heading_on_line_22(18), tmp_path / "fits.docx")
    problems, figures = page_ends(docx, tmp_path / "pdf-fits")
    assert problems == [] and figures["lines_per_page"][0] == 22
    assert figures["headings_held_over"] == []


def test_a_heading_alone_at_a_page_foot_fails_the_measure(tmp_path: Path) -> None:
    """The same file without keep-with-next, as the export wrote it before: LibreOffice leaves
    the heading on the page's last line, and the measure says so."""
    held = word_file(heading_on_line_22(19), tmp_path / "held.docx")
    loose = tmp_path / "loose.docx"
    with zipfile.ZipFile(held) as source, zipfile.ZipFile(loose, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                assert b"<w:keepNext/>" in data
                data = data.replace(b"<w:keepNext/>", b"")
            target.writestr(item, data)
    problems, _ = page_ends(loose, tmp_path / "pdf-loose")
    assert problems == ["page 1: the heading 一、意识形态阵地建设情况 alone on its last line"]
