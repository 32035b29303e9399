"""The LibreOffice formats: files saved by LibreOffice from a .docx read back as that .docx."""

from __future__ import annotations

from pathlib import Path

import pytest
from intake_samples import LINES, TITLE

from fanwen.bench.intake import save_as, write_docx
from fanwen.errors import InputError
from fanwen.intake.read import read_file

FORMATS = ["doc", "rtf", "odt", "wps"]
SAME_TEXT = ["doc", "odt", "wps"]


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory, office: None) -> dict[str, Path]:
    """The report (numbered headings, a table, header and footer) in every office format."""
    folder = tmp_path_factory.mktemp("office")
    blocks = [TITLE, *LINES[:4], [["项目", "次数"], ["中心组学习", "12"]], *LINES[4:]]
    source = write_docx(folder / "report.docx", blocks, "某某县文化和旅游局", "第1页")
    return {"docx": source} | {fmt: save_as([source], fmt, folder)[0] for fmt in FORMATS}


@pytest.mark.parametrize("fmt", SAME_TEXT)
def test_saved_by_libreoffice_reads_like_the_docx(
    saved: dict[str, Path], fmt: str, no_leftovers: Path
) -> None:
    original = read_file(saved["docx"])
    extracted = read_file(saved[fmt])
    assert extracted.format == fmt
    assert extracted.text == original.text
    assert "一、工作开展情况" in extracted.text.splitlines()
    assert "项目；次数" in extracted.text.splitlines()
    assert {d.what for d in extracted.dropped} == {"docx-header", "docx-footer"}


def test_without_libreoffice(
    saved: dict[str, Path], monkeypatch: pytest.MonkeyPatch, no_leftovers: Path
) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(InputError) as err:
        read_file(saved["doc"])
    message = str(err.value)
    assert message.startswith(str(saved["doc"]))
    assert "apt-get install libreoffice-writer-nogui" in message
    assert "save the file as .docx" in message


def test_a_picture_named_doc(tmp_path: Path, office: None, no_leftovers: Path) -> None:
    path = tmp_path / "scan.doc"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    with pytest.raises(InputError, match=r"is not a \.doc document: it is a PNG image"):
        read_file(path)


def test_libreoffice_rtf_keeps_the_text_not_the_full_width_list_signs(saved: dict[str, Path]):
    """LibreOffice's RTF writer stores list labels in the ANSI code page: 一、 becomes 一? and
    （一） becomes (一) in the .rtf itself. The text around the numbers is intact."""
    original = read_file(saved["docx"]).text.splitlines()
    lines = read_file(saved["rtf"]).text.splitlines()
    assert len(lines) == len(original)
    assert [line[3:] for line in lines] == [line[3:] for line in original]
    assert "一?工作开展情况" in lines


def _rtf(text: str) -> str:
    """Non-ASCII characters as RTF writes them: \\uN followed by a ? for old readers."""
    return "".join(c if ord(c) < 128 else f"\\u{ord(c) - (ord(c) >> 15) * 65536}?" for c in text)


LEVEL = (
    r"{\listlevel\levelnfc%d\leveljc0\levelfollow2\levelstartat1{\leveltext%s;}{\levelnumbers%s;}}"
)
WORD_RTF_LEVELS = (
    LEVEL % (35, r"\'02\'00" + _rtf("、"), r"\'01")
    + LEVEL % (35, r"\'03" + _rtf("（") + r"\'01" + _rtf("）"), r"\'02")
    + LEVEL % (0, r"\'02\'02.", r"\'01")
)


def test_rtf_as_word_writes_it_keeps_its_numbering(tmp_path: Path, office: None) -> None:
    """An .rtf with a Word-style list table (labels as \\u escapes) reads 一、/（一）/1."""
    paragraphs = [
        (None, "某局工作总结"),
        (0, "工作开展情况"),
        (1, "强化组织领导"),
        (2, "健全机制。"),
    ]
    paragraphs += [
        (2, "落实研判。"),
        (1, "加强理论武装"),
        (0, "存在的问题"),
        (None, "一是学习不深。"),
    ]
    body = "".join(
        (r"\pard\plain " if k is None else rf"\pard\plain\ls1\ilvl{k} ") + _rtf(text) + "\\par\n"
        for k, text in paragraphs
    )
    path = tmp_path / "word.rtf"
    path.write_text(
        r"{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 SimSun;}}"
        r"{\*\listtable{\list\listtemplateid1" + WORD_RTF_LEVELS + r"\listid1}}"
        r"{\*\listoverridetable{\listoverride\listid1\listoverridecount0\ls1}}" + body + "}",
        encoding="ascii",
    )
    assert read_file(path).text.splitlines() == [
        "某局工作总结",
        "一、工作开展情况",
        "（一）强化组织领导",
        "1.健全机制。",
        "2.落实研判。",
        "（二）加强理论武装",
        "二、存在的问题",
        "一是学习不深。",
    ]
