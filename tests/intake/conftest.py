"""Fixtures for the readers: one realistic report, and its copies in every format.

Every input is made here, in a temporary folder: .docx with python-docx (Word's automatic
numbering for the headings), a template site's page, a PDF printed by Chromium (in a
thread of its own, so that it never meets the browser tests' Playwright), and
.doc/.rtf/.odt/.wps saved by LibreOffice.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from intake_samples import LINES, REPORT, TITLE, in_thread, same_report

from fanwen.bench.browser import CHROMIUM
from fanwen.bench.intake import print_pdfs


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


@pytest.fixture
def no_leftovers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A private temporary folder for the code under test; it must be empty afterwards."""
    private = tmp_path / "private-tmp"
    private.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(private))
    yield private
    assert list(private.iterdir()) == []
