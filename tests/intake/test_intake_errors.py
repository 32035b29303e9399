"""Bad input of every kind: an InputError that names the file, and nothing written anywhere."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from pypdf import PdfWriter

from fanwen.bench.intake import write_docx
from fanwen.errors import InputError
from fanwen.intake.read import READERS, SUPPORTED, read_file


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _truncated_docx(folder: Path) -> Path:
    whole = write_docx(folder / "whole.docx", ["一、工作开展情况", "正文。"]).read_bytes()
    (folder / "whole.docx").unlink()
    return _write("cut.docx", whole[: len(whole) // 2])(folder)


def _damaged_part(folder: Path) -> Path:
    """A .docx whose document.xml has a flipped byte inside its compressed data."""
    data = bytearray(write_docx(folder / "part.docx", ["一、工作开展情况", "正文。"]).read_bytes())
    (folder / "part.docx").unlink()
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + info.compress_size // 2] ^= 0xFF
    return _write("damaged.docx", bytes(data))(folder)


def _zip_not_word(folder: Path) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "不是Word文档")
    return _write("archive.docx", buffer.getvalue())(folder)


def _empty_docx(folder: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("")
    document.add_paragraph("   ")
    document.save(str(folder / "blank.docx"))
    return folder / "blank.docx"


def _pdf(name: str, password: str | None) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        writer = PdfWriter()
        writer.add_blank_page(595, 842)
        if password is not None:
            writer.encrypt(password, algorithm="RC4-128")
        with (folder / name).open("wb") as out:
            writer.write(out)
        return folder / name

    return make


def _too_big(name: str) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        with path.open("wb") as out:
            out.truncate(READERS[Path(name).suffix][1] + 1)  # sparse: nothing really written
        return path

    return make


NAV_ONLY = """<html><head><meta charset="utf-8"><title>范文网</title></head><body>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/zj/">工作总结</a></li></ul>
<div class="footer">Copyright 范文网 版权所有 <a href="https://beian.miit.gov.cn/">京ICP备12345678号</a>
</div></body></html>"""

CASES = [
    ("unknown suffix", _write("报告.xls", b"\xd0\xcf\x11\xe0"), r"unsupported file type '\.xls'"),
    ("no suffix", _write("报告", "正文".encode()), "unsupported file without an extension"),
    ("missing file", lambda folder: folder / "nowhere.txt", "no such file"),
    ("directory", lambda folder: folder, "is a directory"),
    ("empty file", _write("empty.docx", b""), "file is empty"),
    ("truncated zip", _truncated_docx, "damaged or truncated"),
    ("renamed .txt", _write("text.docx", "一、工作开展情况".encode()), r"not a Word .* plain text"),
    ("damaged part", _damaged_part, r"damaged|cannot be read as \.docx"),
    ("zip but not Word", _zip_not_word, "is a ZIP archive but not a Word document"),
    ("docx without text", _empty_docx, "no text in it"),
    ("encrypted pdf", _pdf("locked.pdf", "secret"), r"encrypted \(password-protected\)"),
    ("blank pdf", _pdf("blank.pdf", None), r"has no text layer \(a scan\?\)"),
    ("broken pdf", _write("broken.pdf", b"%PDF-1.4\n1 0 obj\n<<"), "is not a readable PDF"),
    ("page without article", _write("nav.html", NAV_ONLY.encode()), "no article text found"),
    ("txt over the limit", _too_big("big.txt"), r"the limit for \.txt is 2,097,152"),
    ("pdf over the limit", _too_big("big.pdf"), r"the limit for \.pdf is"),
    ("binary .txt", _write("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(40)), "PNG image"),
]


@pytest.mark.parametrize(("label", "make", "problem"), CASES, ids=[c[0] for c in CASES])
def test_bad_input(
    tmp_path: Path, no_leftovers: Path, label: str, make: Callable[[Path], Path], problem: str
) -> None:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    path = make(inputs)
    before = sorted(inputs.iterdir())
    with pytest.raises(InputError, match=problem) as err:
        read_file(path)
    assert str(err.value).startswith(f"{path}: ")
    assert sorted(inputs.iterdir()) == before


def test_supported_suffixes() -> None:
    assert SUPPORTED == (".txt", ".docx", ".html", ".htm", ".pdf", ".doc", ".wps", ".rtf", ".odt")


SUFFIXES = [
    ("TXT", lambda path: path.write_text("一、工作开展情况", encoding="utf-8")),
    ("Docx", lambda path: write_docx(path, ["一、工作开展情况"])),
    ("HTM", lambda path: path.write_text(f"<p>{BODY}</p>", encoding="utf-8")),
]
BODY = "一、工作开展情况。局党组全年专题研究意识形态工作4次，研究解决重点难点问题。"


@pytest.mark.parametrize(("suffix", "write"), SUFFIXES, ids=[s[0] for s in SUFFIXES])
def test_suffix_case_does_not_matter(
    tmp_path: Path, suffix: str, write: Callable[[Path], object]
) -> None:
    path = tmp_path / f"report.{suffix}"
    write(path)
    assert read_file(path).text.startswith("一、工作开展情况")
