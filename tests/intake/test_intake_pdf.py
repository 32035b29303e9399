"""The .pdf reader: page texts without running headers and page numbers, lines re-joined."""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_samples import LINES, TITLE
from pypdf import PdfReader, PdfWriter

from fanwen.errors import InputError
from fanwen.intake.pdf import check_text_layer, drop_page_furniture, reflow
from fanwen.intake.read import read_file
from helpers import run

RUNNING = "某某县文化和旅游局文件"


def test_printed_report_loses_header_and_numbers_keeps_every_line(
    report_files: dict[str, Path],
) -> None:
    path = report_files["pdf"]
    pages = len(PdfReader(path).pages)
    assert pages >= 2
    extracted = read_file(path)
    assert extracted.format == "pdf"
    assert extracted.text.splitlines() == [TITLE, *LINES]
    numbers = [(d.text.strip(), d.where) for d in extracted.dropped if d.what == "pdf-page-number"]
    assert numbers == [(f"— {n} —", f"page {n}") for n in range(1, pages + 1)]
    assert extracted.dropped_as("pdf-running-header") == [RUNNING] * pages


PAGE_NUMBERS = [
    ("dashes", "— 3 —"),
    ("hyphens", "- 3 -"),
    ("第3页", "第3页"),
    ("第3页 共10页", "第 3 页 共 10 页"),
    ("slash", "3/10"),
    ("bare number", "3"),
    ("english", "Page 3 of 10"),
]


@pytest.mark.parametrize(("label", "number"), PAGE_NUMBERS, ids=[p[0] for p in PAGE_NUMBERS])
def test_page_number_forms(label: str, number: str) -> None:
    body = ["一、工作开展情况", "局党组召开会议4次。", "研究部署意识形态工作。", "形成工作格局。"]
    kept, dropped = drop_page_furniture([[*body, number]])
    assert kept == [body]
    assert [(d.what, d.text) for d in dropped] == [("pdf-page-number", number)]


def test_a_line_only_at_the_edge_of_one_page_is_kept() -> None:
    pages = [["某局文件", "正文一", "正文二"], ["正文三", "正文四"], ["正文五", "3次会议"]]
    kept, dropped = drop_page_furniture(pages)
    assert kept == pages and dropped == []


def test_reflow_joins_full_lines_only() -> None:
    full = "坚持以习近平新时代中国特色社会主义思想为指导全面贯彻落实党的"
    lines = [
        full,
        "二十大精神。",
        "一、工作开展情况",
        full,
        full,
        "（一）强化组织领导",
        full,
        "精神。",
    ]
    assert reflow(lines) == [
        full + "二十大精神。",
        "一、工作开展情况",
        full + full,
        "（一）强化组织领导",
        full + "精神。",
    ]


def _encrypted(source: Path, target: Path, user: str) -> Path:
    writer = PdfWriter(clone_from=source)
    writer.encrypt(user, owner_password="owner", algorithm="RC4-128")
    with target.open("wb") as out:
        writer.write(out)
    return target


def test_password_protected_pdf(report_files: dict[str, Path], tmp_path: Path) -> None:
    path = _encrypted(report_files["pdf"], tmp_path / "locked.pdf", "secret")
    with pytest.raises(InputError, match="encrypted") as err:
        read_file(path)
    assert str(path) in str(err.value)


def test_pdf_with_only_an_owner_password_is_read(
    report_files: dict[str, Path], tmp_path: Path
) -> None:
    path = _encrypted(report_files["pdf"], tmp_path / "restricted.pdf", "")
    assert read_file(path).text == read_file(report_files["pdf"]).text


def _blank_pdf(path: Path) -> Path:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    with path.open("wb") as out:
        writer.write(out)
    return path


def test_pdfs_without_a_text_layer(textless_pdf: Path, tmp_path: Path) -> None:
    for path in (textless_pdf, _blank_pdf(tmp_path / "blank.pdf")):
        with pytest.raises(InputError, match=r"has no text layer \(a scan\?\)") as err:
            read_file(path)
        assert str(path) in str(err.value)


def test_a_text_layer_that_does_not_decode_is_refused(fontless_pdf: Path) -> None:
    # what pypdf reads: the digits and Latin marks, NUL for every Chinese character
    read = "".join(page.extract_text() for page in PdfReader(fontless_pdf).pages)
    assert read.count("\x00") > 500
    with pytest.raises(InputError, match="its text cannot be read back") as err:
        read_file(fontless_pdf)
    assert str(fontless_pdf) in str(err.value) and "Word or WPS" in str(err.value)


def test_clean_refuses_it_with_one_message_and_no_output(fontless_pdf: Path) -> None:
    code, out, err = run("clean", str(fontless_pdf))
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        f"fanwen: error: {fontless_pdf}: its text cannot be read back: "
        + err.split("its text cannot be read back: ", 1)[1].strip()
    ]
    assert "\x00" not in err and "save it again as PDF from Word or WPS" in err


def test_a_damaged_pdf_gives_the_message_and_no_library_warning(
    report_files: dict[str, Path], tmp_path: Path
) -> None:
    whole = report_files["pdf"].read_bytes()
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole[: len(whole) // 2])  # no %%EOF: pypdf logs "EOF marker not found"
    code, out, err = run("clean", str(cut))
    assert (code, out) == (1, "")
    assert len(err.splitlines()) == 1 and err.startswith(f"fanwen: error: {cut}: ")
    assert "EOF marker" not in err


LAYERS = [
    ("all read", ["一、工作开展情况", "局党组召开会议4次。"], True),
    ("one symbol glyph in 200 characters", ["\ue000" + "局党组召开会议研究部署工作。" * 14], True),
    ("NUL for every Chinese character", ["\x00\x00\x002023\x00\x00\x00"], False),
    ("replacement characters", ["\ufffd\ufffd县\ufffd\ufffd局"], False),
]


@pytest.mark.parametrize(("label", "lines", "kept"), LAYERS, ids=[c[0] for c in LAYERS])
def test_text_layer_check(label: str, lines: list[str], kept: bool) -> None:
    if kept:
        check_text_layer(lines, "报告.pdf")
    else:
        with pytest.raises(InputError, match=r"^报告\.pdf: its text cannot be read back"):
            check_text_layer(lines, "报告.pdf")
