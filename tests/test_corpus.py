"""The corpus folder as a person fills it: every format read, nothing passed over in silence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fanwen.bench.intake import write_docx, write_html
from fanwen.corpus import default_slug, load_corpus
from fanwen.errors import CorpusError
from helpers import ROOT, mkdocs_build

SEED = sorted((ROOT / "corpus").glob("*.txt"))[0]
TITLE = "城南县文化和旅游局2023年意识形态工作总结"
BODY = [
    "2023年以来，我局坚持以习近平新时代中国特色社会主义思想为指导，认真落实意识形态工作责任制。",
    "一、工作开展情况",
    "（一）强化组织领导",
    "局党组全年召开专题会议4次，研究部署意识形态工作。",
    "二、存在的问题",
    "一是理论学习的深度还不够。二是网络阵地管理还有薄弱环节。",
]
HEADER = "城南县文化和旅游局文件"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A seed as .txt, the report above as Word (with a header) and as a saved web page."""
    corpus = tmp_path_factory.mktemp("corpus")
    shutil.copy(SEED, corpus)
    write_docx(corpus / "文旅局总结.docx", [TITLE, *BODY], header=HEADER, footer="第 1 页")
    write_html(corpus / "文旅局总结.html", TITLE, BODY)
    (corpus / ".DS_Store").write_bytes(b"\x00\x01")  # a dotfile: the system's, not the user's
    return corpus


def test_every_format_comes_in(folder: Path) -> None:
    by_format = {ex.extracted.format: ex for ex in load_corpus(folder)}
    assert set(by_format) == {"txt", "docx", "html"}
    word = by_format["docx"]
    assert word.text.splitlines()[:4] == [TITLE, BODY[0], "一、工作开展情况", "（一）强化组织领导"]
    assert word.extracted.dropped_as("docx-header") == [HEADER]
    assert by_format["html"].text == word.text
    assert len({ex.slug for ex in by_format.values()}) == 3


@pytest.mark.parametrize(
    ("label", "name", "problem"),
    [
        ("a note the user keeps there", "说明.md", "unsupported file type '.md'"),
        ("a spreadsheet", "统计.xlsx", "unsupported file type '.xlsx'"),
        ("a file with no extension", "范文", "file without an extension"),
        ("a sub-folder", "旧稿", "is a folder"),
    ],
)
def test_nothing_in_the_folder_is_ignored(
    folder: Path, tmp_path: Path, label: str, name: str, problem: str
) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(folder, corpus)
    target = corpus / name
    if label == "a sub-folder":
        target.mkdir()
    else:
        target.write_text("内容", encoding="utf-8")
    with pytest.raises(CorpusError) as caught:
        load_corpus(corpus)
    assert [(e.path, problem in e.problem) for e in caught.value.errors] == [(str(target), True)]


def test_slugs_of_chinese_names_differ_by_format() -> None:
    assert default_slug("文旅局总结.docx") != default_slug("文旅局总结.html")
    assert default_slug("000_e7e34a4385bd42aa.txt") == "000-e7e34a4385bd42aa"


@pytest.mark.slow
def test_the_page_shows_the_format_and_what_reading_left_out(folder: Path, tmp_path: Path) -> None:
    built = mkdocs_build(tmp_path / "site", corpus=folder)
    assert built.returncode == 0, built.output
    path = built.site / "exemplars" / f"{default_slug('文旅局总结.docx')}.html"
    page = path.read_text(encoding="utf-8")
    assert "Word 文档（.docx）" in page
    assert "读取时略去 2 处" in page and HEADER in page


def test_a_page_bundling_reports_gives_one_exemplar_each(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    report = "\n".join(BODY) + "\n"
    bundle = f"意识形态工作总结2篇\n小编为大家整理了2篇总结。\n甲局意识形态工作总结篇1\n{report}"
    bundle += f"乙局意识形态工作总结篇2\n{report}"
    (corpus / "bundle.txt").write_text(bundle, encoding="utf-8")
    exemplars = load_corpus(corpus)
    assert [(ex.slug, ex.part, ex.title) for ex in exemplars] == [
        ("bundle-1", 1, "甲局意识形态工作总结"),
        ("bundle-2", 2, "乙局意识形态工作总结"),
    ]
    assert all(ex.text.count("一、工作开展情况") == 1 for ex in exemplars)
