"""The .html reader: the article of a template site's page, nothing of its furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from fanwen.bench.intake import PAGE, write_html
from fanwen.errors import InputError
from fanwen.intake.html import declared_charset, read_html
from fanwen.intake.read import read_file

FURNITURE = [
    ("menu", "工作计划"),
    ("breadcrumb", "当前位置"),
    ("related list", "相关推荐"),
    ("related item", "意识形态工作责任制落实情况报告"),
    ("download button", "下载Word文档"),
    ("copyright", "版权所有"),
    ("备案号", "ICP备"),
]
HEADINGS = ["一、工作开展情况", "（一）强化组织领导", "1.健全工作机制。", "二、存在的问题"]
BODY = [
    "2023年以来，我局认真落实意识形态工作责任制，现将有关情况报告如下。",
    HEADINGS[0],
    HEADINGS[1],
    HEADINGS[2] + "局党组全年专题研究意识形态工作4次，研究解决重点难点问题。",
    [["项目", "次数"], ["中心组学习", "12"]],
    HEADINGS[3],
    "一是理论学习的深度还不够。二是网络阵地管理还有薄弱环节。",
]


@pytest.fixture
def page(tmp_path: Path) -> Path:
    return write_html(tmp_path / "page.html", "某局2023年意识形态工作总结", BODY)


def test_article_only_headings_kept_title_first(page: Path) -> None:
    extracted = read_file(page)
    assert extracted.text.splitlines() == [
        "某局2023年意识形态工作总结",
        BODY[0],
        *HEADINGS[:2],
        BODY[3],
        "项目；次数",
        "中心组学习；12",
        HEADINGS[3],
        BODY[-1],
    ]
    assert extracted.format == "html"


@pytest.mark.parametrize(("label", "words"), FURNITURE, ids=[f[0] for f in FURNITURE])
def test_furniture_stays_out_and_is_reported(page: Path, label: str, words: str) -> None:
    extracted = read_file(page)
    assert words not in extracted.text
    dropped = [d for d in extracted.dropped if words in d.text]
    assert dropped and all(d.what == "html-outside-article" for d in dropped)
    assert all(d.where for d in dropped)


def test_declared_gb2312_decodes_and_rebuilds_the_bytes(page: Path) -> None:
    data = page.read_bytes()
    extracted = read_file(page)
    assert extracted.decoded is not None
    assert extracted.decoded.encoding == "gb18030"
    assert extracted.decoded.to_bytes() == data


CHARSETS = [
    ("meta charset", b'<meta charset="utf-8">', "utf-8"),
    (
        "http-equiv gbk",
        b'<meta http-equiv="content-type" content="text/html;charset=GBK">',
        "gb18030",
    ),
    ("xml declaration", b'<?xml version="1.0" encoding="big5"?><html>', "big5"),
    ("unknown name", b'<meta charset="x-klingon">', None),
    ("none", b"<html><body>", None),
]


@pytest.mark.parametrize(("label", "head", "expected"), CHARSETS, ids=[c[0] for c in CHARSETS])
def test_declared_charset(label: str, head: bytes, expected: str | None) -> None:
    assert declared_charset(head) == expected


def test_a_wrong_declaration_falls_back_to_detection() -> None:
    text = "<html><head><meta charset='utf-8'></head><body><h1>某局工作总结</h1>"
    text += "<p>局党组认真落实意识形态工作责任制，全年专题研究意识形态工作4次。</p></body></html>"
    extracted = read_html(text.encode("gb18030"), "wrong.html")
    assert "全年专题研究意识形态工作4次" in extracted.text
    assert extracted.decoded is not None and extracted.decoded.encoding == "gb18030"


def test_a_single_byte_declaration_is_not_trusted() -> None:
    text = "<html><head><meta charset='iso-8859-1'></head><body><h1>某局工作总结</h1>"
    text += "<p>局党组认真落实意识形态工作责任制，全年专题研究意识形态工作4次。</p></body></html>"
    extracted = read_html(text.encode("gbk"), "latin.html")
    assert "全年专题研究意识形态工作4次" in extracted.text


def test_a_page_without_an_article(tmp_path: Path) -> None:
    page = write_html(tmp_path / "empty.html", "某局工作总结", [])
    with pytest.raises(InputError, match="no article text found") as err:
        read_file(page)
    assert str(page) in str(err.value)


MARKUP = [
    ("paragraphs", "".join(f"<p>{line}</p>" for line in HEADINGS)),
    ("h2 and h3 headings", "<h2>{}</h2><h3>{}</h3><p>{}</p><h2>{}</h2>".format(*HEADINGS)),
    ("lines split by br", "<div>" + "<br>\n&nbsp;&nbsp;".join(HEADINGS) + "</div>"),
    ("divs with strong", "".join(f"<div><strong>{line}</strong></div>" for line in HEADINGS)),
]


@pytest.mark.parametrize(("label", "body"), MARKUP, ids=[m[0] for m in MARKUP])
def test_short_heading_lines_survive_any_markup(tmp_path: Path, label: str, body: str) -> None:
    intro = "<p>2023年以来，我局认真落实意识形态工作责任制，现将有关情况报告如下。</p>"
    page = PAGE.format(title="某局工作总结", body=intro + body)
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("gbk"))
    lines = read_file(path).text.splitlines()
    assert lines[0] == "某局工作总结"
    assert [line.strip() for line in lines[2:]] == HEADINGS
