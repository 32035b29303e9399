"""写作台 → Word: the full skeleton filled in on the served site, copied and downloaded as
.docx, read back with python-docx (GB/T 9704 layout) and rendered by LibreOffice.

One browser session (module fixture) starts from the full skeleton, fills every field,
copies and downloads; then leaves one field empty and does both again. Every request of the
session is recorded: only the loopback server's own URLs may appear.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import pytest
from docx import Document
from docx.oxml.ns import qn
from playwright.sync_api import Browser
from pypdf import PdfReader

from .conftest import ARTIFACTS, CLIPBOARD, DESKTOP, RecordingPage, open_page, screenshot
from .desking import (
    copy_all,
    docx_lines,
    download,
    east_asia_font,
    examples,
    fill_fields,
    labels,
    level_of,
    skeleton_filled,
    start_skeleton,
)

pytestmark = pytest.mark.slow

EMPTY = "unit_short"  # the field left empty in the second round
FONTS = {  # (eastAsia font, size in pt) of each level's first run
    "title": ("方正小标宋简体", 22),
    "recipient": ("仿宋_GB2312", 16),
    "h1": ("黑体", 16),
    "h2": ("楷体_GB2312", 16),
    "h3": ("仿宋_GB2312", 16),
    "body": ("仿宋_GB2312", 16),
    "signatory": ("仿宋_GB2312", 16),
    "date": ("仿宋_GB2312", 16),
}


@dataclass
class Session:
    copied: str
    docx: Path
    copied_empty: str
    docx_empty: Path
    outside: list[str]
    requests: list[str]


@pytest.fixture(scope="module")
def session(browser: Browser, site_url: str, tmp_path_factory: pytest.TempPathFactory) -> Session:
    out = tmp_path_factory.mktemp("desk-word")
    options = {"viewport": DESKTOP, "permissions": CLIPBOARD, "accept_downloads": True}
    with open_page(browser, **options) as page:
        recording = RecordingPage(page)
        start_skeleton(page, f"{site_url}/desk.html")
        fill_fields(page)
        copied = copy_all(page)
        docx = download(page, "[data-act=word]", out / "filled.docx")
        screenshot(page, "desk-1440")
        page.fill(f".fw-fields input[name='{EMPTY}']", "")
        copied_empty = copy_all(page)
        docx_empty = download(page, "[data-act=word]", out / "one-empty.docx")
        outside = recording.outside_requests(urlparse(site_url).netloc)
        return Session(copied, docx, copied_empty, docx_empty, outside, recording.requests)


def test_copy_is_the_whole_report_filled_in(session: Session) -> None:
    assert session.copied == skeleton_filled()
    assert "〔" not in session.copied


def test_word_paragraphs_are_the_copied_lines(session: Session) -> None:
    _, texts = docx_lines(session.docx)
    assert texts == session.copied.split("\n")


def test_word_page_is_a4_with_gbt9704_margins_and_grid(session: Session) -> None:
    document = Document(str(session.docx))
    (section,) = document.sections
    assert abs(section.page_width.mm - 210) < 0.5 and abs(section.page_height.mm - 297) < 0.5
    margins = [section.top_margin, section.bottom_margin, section.left_margin, section.right_margin]
    for got, want in zip(margins, [37, 35, 28, 26], strict=True):
        assert abs(got.mm - want) < 0.5, (got.mm, want)
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines"  # 22 lines; 28 characters by condensed runs
    assert (grid.get(qn("w:linePitch")), grid.get(qn("w:charSpace"))) == ("579", None)
    assert document.settings.odd_and_even_pages_header_footer


def test_word_fonts_sizes_and_indents_per_level(session: Session) -> None:
    paragraphs, texts = docx_lines(session.docx)
    seen = set()
    closing = {len(texts) - 2: "signatory", len(texts) - 1: "date"}
    for k, (paragraph, text) in enumerate(zip(paragraphs, texts, strict=True)):
        level = closing.get(k) or level_of(k, text)
        seen.add(level)
        font, size = FONTS[level]
        assert east_asia_font(paragraph) == font, (level, text[:20])
        assert paragraph.runs[0].font.size.pt == size, (level, text[:20])
        indent = paragraph.paragraph_format.first_line_indent
        if level in ("title", "recipient", "signatory", "date"):
            assert not indent, (level, text[:20])
        else:  # two characters of the grid's pitch: 2 × (16 - 0.25) pt
            assert indent.pt == 31.5, text[:20]
        if level == "h3":
            assert paragraph.runs[0].bold
        if level == "h2" and len(paragraph.runs) > 1:  # the heading runs on in body text
            assert (
                paragraph.runs[1]._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"
            )
    assert {"title", "recipient", "h1", "h2", "body", "signatory", "date"} <= seen
    assert paragraphs[0].alignment == 1  # centred


def test_word_footers_number_pages_on_odd_and_even_sides(session: Session) -> None:
    (section,) = Document(str(session.docx)).sections
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        (paragraph,) = footer.paragraphs
        xml = paragraph._p.xml
        assert "PAGE" in "".join(paragraph._p.itertext()) or ">PAGE<" in xml
        assert paragraph.text.startswith("— ") and paragraph.text.endswith(" —")
        assert paragraph.runs[0]._r.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "宋体"
        assert paragraph.runs[0].font.size.pt == 14
        assert f'w:val="{side}"' in xml
        indent = (
            paragraph.paragraph_format.right_indent
            if side == "right"
            else paragraph.paragraph_format.left_indent
        )
        assert indent.pt == 14  # one character of 4号 in from the edge


def test_an_empty_field_stays_marked_in_copy_and_word(session: Session) -> None:
    mark = f"〔{labels()[EMPTY]}〕"
    expected = skeleton_filled("〔{label}〕")
    for name, example in examples().items():
        if name != EMPTY:
            expected = expected.replace(f"〔{labels()[name]}〕", example)
    assert session.copied_empty == expected
    assert expected.count(mark) >= 2  # one field, used in several parts, shown everywhere
    _, texts = docx_lines(session.docx_empty)
    assert texts == session.copied_empty.split("\n")
    assert sum(t.count(mark) for t in texts) == expected.count(mark)


def test_no_request_leaves_the_loopback_server(session: Session) -> None:
    assert session.outside == []
    assert session.requests  # the recording did see the page's own requests


def test_libreoffice_shows_an_a4_page_with_title_and_page_number(
    session: Session, tmp_path: Path
) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    pdftoppm = shutil.which("pdftoppm")
    if soffice is None or pdftoppm is None:
        pytest.fail("LibreOffice or pdftoppm is missing: run `make office`")
    profile = f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"
    convert = ["--convert-to", "pdf", "--outdir", str(tmp_path), str(session.docx)]
    subprocess.run(
        [soffice, profile, "--headless", "--norestore", *convert],
        check=True,
        capture_output=True,
        timeout=180,
    )
    pdf = tmp_path / "filled.pdf"
    first = PdfReader(str(pdf)).pages[0]
    width, height = float(first.mediabox.width), float(first.mediabox.height)
    assert abs(width - 595) <= 2 and abs(height - 842) <= 2
    text = first.extract_text()
    title = session.copied.split("\n")[0]
    assert title in re.sub(r"\s+", "", text)
    assert "— 1 —" in text
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page1 = ["-f", "1", "-l", "1", "-singlefile", str(pdf), str(ARTIFACTS / "desk-word-page1")]
    subprocess.run([pdftoppm, "-png", "-r", "80", *page1], check=True, timeout=60)
    assert (ARTIFACTS / "desk-word-page1.png").stat().st_size > 10_000
