"""THE KEY TEST: one report as .txt, .docx, a saved .html page and a printed .pdf cleans to
the same text, whatever the format did to it on the way (numbers drawn by Word, a page's
menus, a PDF's running header, page numbers and wrapped lines)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from intake_samples import same_report

from fanwen.clean.pipeline import fix_and_explain
from fanwen.intake.decode import decode_bytes
from fanwen.intake.read import read_file
from helpers import ROOT

FORMATS = ["docx", "html", "pdf"]
CORPUS_REPORT = ROOT / "corpus" / "000_e7e34a4385bd42aa.txt"


@pytest.fixture(scope="module")
def corpus_files(tmp_path_factory: pytest.TempPathFactory, chromium: None) -> dict[str, Path]:
    """A corpus report as found (site noise, ``*`` placeholders) in the other formats."""
    folder = tmp_path_factory.mktemp("corpus-report")
    lines = [ln.strip() for ln in decode_bytes(CORPUS_REPORT.read_bytes(), "000").text.splitlines()]
    title, *body = [ln for ln in lines if ln]
    return {"txt": CORPUS_REPORT, **same_report(folder, title, body, "退役军人事务局", "— 1 —")}


def _cleaned(path: Path) -> str:
    return fix_and_explain(read_file(path).text).text


def _same(files: dict[str, Path], fmt: str) -> None:
    expected, got = _cleaned(files["txt"]), _cleaned(files[fmt])
    diff = "\n".join(difflib.unified_diff(expected.splitlines(), got.splitlines(), lineterm=""))
    assert got == expected, f"{fmt} differs from txt:\n{diff}"


@pytest.mark.parametrize("fmt", FORMATS)
def test_report_cleans_the_same_in_every_format(report_files: dict[str, Path], fmt: str) -> None:
    _same(report_files, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
def test_corpus_report_cleans_the_same_in_every_format(
    corpus_files: dict[str, Path], fmt: str
) -> None:
    _same(corpus_files, fmt)


def test_the_numbers_come_from_word_not_from_the_text(report_files: dict[str, Path]) -> None:
    import docx

    typed = [p.text for p in docx.Document(str(report_files["docx"])).paragraphs]
    assert "工作开展情况" in typed and "一、工作开展情况" not in typed
    assert "一、工作开展情况" in read_file(report_files["docx"]).text.splitlines()
