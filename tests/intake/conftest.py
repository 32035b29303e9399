"""Fixtures for the readers: one realistic report, and its copies in every format.

Every input is made here, in a temporary folder: .docx with python-docx (Word's automatic
numbering for the headings), a template site's page, a PDF printed by Chromium (in a
thread of its own, so that it never meets the browser tests' Playwright), and
.doc/.rtf/.odt/.wps saved by LibreOffice.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from intake_samples import LINES, REPORT, TITLE, in_thread, same_report

from fanwen.bench.browser import CHROMIUM
from fanwen.bench.intake import print_pdfs, report_html

# fontconfig as installed, less every font that covers Chinese
NO_CHINESE_FONT = """<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include><cachedir>{cache}</cachedir>
<selectfont><rejectfont><pattern><patelt name="lang"><string>zh-cn</string></patelt></pattern>
</rejectfont></selectfont></fontconfig>"""


@pytest.fixture(scope="session")
def chromium() -> None:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (Debian package chromium)")


@pytest.fixture(scope="session")
def office() -> None:
    if shutil.which("soffice") is None:
        pytest.fail("soffice is missing: run `make office` (Debian libreoffice-writer-nogui)")


@pytest.fixture(scope="session")
def report_files(tmp_path_factory: pytest.TempPathFactory, chromium: None) -> dict[str, Path]:
    """The report as .txt, .docx (automatic numbering), a saved .html page and a printed .pdf."""
    folder = tmp_path_factory.mktemp("report")
    txt = folder / "report.txt"
    txt.write_text(f"{TITLE}\n{REPORT}", encoding="utf-8")
    return {"txt": txt, **same_report(folder, TITLE, LINES, "某某县文化和旅游局", "第1页")}


@pytest.fixture(scope="session")
def textless_pdf(tmp_path_factory: pytest.TempPathFactory, chromium: None) -> Path:
    """A 'scan': Chromium prints a canvas on which the report's title is painted as pixels."""
    path = tmp_path_factory.mktemp("scan") / "scan.pdf"
    canvas = (
        '<canvas id="c" width="800" height="300"></canvas><script>'
        "const g = document.getElementById('c').getContext('2d');"
        f"g.font = '40px sans-serif'; g.fillText('{TITLE}', 10, 100);</script>"
    )
    in_thread(lambda: print_pdfs([(path, canvas)], header=None))
    return path


@pytest.fixture(scope="session")
def fontless_pdf(tmp_path_factory: pytest.TempPathFactory, chromium: None) -> Path:
    """The report printed by Chromium on a machine with no Chinese font: every Chinese
    character is the same empty glyph, with no character map behind it."""
    folder = tmp_path_factory.mktemp("fontless")
    config = folder / "fonts.conf"
    config.write_text(NO_CHINESE_FONT.format(cache=folder / "cache"), encoding="utf-8")
    path = folder / "fontless.pdf"
    env = {**os.environ, "FONTCONFIG_FILE": str(config)}
    in_thread(lambda: print_pdfs([(path, report_html(TITLE, LINES))], header=None, env=env))
    return path


@pytest.fixture
def no_leftovers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private temporary folder for the code under test; it must be empty afterwards."""
    private = tmp_path / "private-tmp"
    private.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(private))
    yield private
    assert list(private.iterdir()) == []
