"""The .docx reader: body order, tables, Word's automatic numbering as text, headers left out."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fanwen.bench.intake import write_docx
from fanwen.intake.docx import read_docx
from fanwen.intake.extracted import Dropped
from fanwen.intake.numbering import Numbering, format_number
from fanwen.intake.read import read_file

FORMATS = [
    ("decimal", "decimal", [1, 2, 10], ["1", "2", "10"]),
    (
        "chineseCounting",
        "chineseCounting",
        [1, 10, 11, 20, 99],
        ["一", "十", "十一", "二十", "九十九"],
    ),
    (
        "chineseCountingThousand",
        "chineseCountingThousand",
        [3, 15, 105],
        ["三", "十五", "一百零五"],
    ),
    ("ideographTraditional", "ideographTraditional", [1, 2, 10], ["甲", "乙", "癸"]),
    ("japaneseCounting", "japaneseCounting", [4, 12], ["四", "十二"]),
    ("decimalEnclosedParen", "decimalEnclosedParen", [1, 12], ["(1)", "(12)"]),
    ("upperLetter", "upperLetter", [1, 26, 27], ["A", "Z", "AA"]),
    ("lowerLetter", "lowerLetter", [2, 28], ["b", "bb"]),
    ("upperRoman", "upperRoman", [4, 9, 14], ["IV", "IX", "XIV"]),
    ("lowerRoman", "lowerRoman", [3, 40], ["iii", "xl"]),
    ("chineseLegalSimplified", "chineseLegalSimplified", [2, 11], ["贰", "壹拾壹"]),
    ("decimalEnclosedCircle", "decimalEnclosedCircle", [1, 20, 21], ["①", "⑳", "21"]),
    ("unknown format reads as decimal", "cardinalText", [7], ["7"]),
]


@pytest.mark.parametrize(
    ("label", "fmt", "numbers", "expected"), FORMATS, ids=[f[0] for f in FORMATS]
)
def test_number_formats(label: str, fmt: str, numbers: list[int], expected: list[str]) -> None:
    assert [format_number(n, fmt) for n in numbers] == expected


def test_report_headings_come_back_numbered(tmp_path: Path) -> None:
    lines = [
        "一、工作开展情况",
        "（一）强化组织领导",
        "1.健全机制。",
        "2.落实研判。",
        "（二）加强理论武装",
    ]
    lines += ["1.抓好学习。", "二、存在的问题", "（一）学习不深", "三、下一步打算"]
    path = write_docx(tmp_path / "r.docx", lines)
    body = docx.Document(str(path)).paragraphs
    assert [p.text for p in body][:2] == ["工作开展情况", "强化组织领导"]  # no typed numbers
    assert read_file(path).text.splitlines() == lines


def test_header_footer_table_and_empty_paragraphs(tmp_path: Path) -> None:
    blocks = ["标题", "", "正文第一段。", [["项目", "次数"], ["中心组学习", "12"]], "正文第二段。"]
    extracted = read_file(write_docx(tmp_path / "t.docx", blocks, "某局文件", "第1页"))
    assert extracted.text == "标题\n正文第一段。\n项目；次数\n中心组学习；12\n正文第二段。"
    assert extracted.format == "docx"
    assert extracted.dropped == (
        Dropped("docx-header", "某局文件", "section 1 header"),
        Dropped("docx-footer", "第1页", "section 1 footer"),
    )


LIST_XML = """<w:numbering {ns}>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/>
    <w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/>
    <w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/>
    <w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/>
    <w:lvlRestart w:val="0"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
  <w:lvl w:ilvl="0"><w:start w:val="1"/>
    <w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1章"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/>
    <w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1.%2"/>
    <w:isLgl/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:numStyleLink w:val="ReportList"/></w:abstractNum>
<w:abstractNum w:abstractNumId="4"><w:styleLink w:val="ReportList"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/>
    <w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/>
  <w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>""".format(ns=nsdecls("w"))
SEQUENCES = [
    # %1 keeps level 0's own format: Word writes 一.1 unless the level is legal (isLgl).
    ("levels restart below", "1", [0, 1, 1, 0, 1], ["一、", "一.1 ", "一.2 ", "二、", "二.1 "]),
    ("lvlRestart 0 keeps counting", "1", [2, 0, 2], ["a) ", "一、", "b) "]),
    ("startOverride", "2", [0, 0], ["五、", "六、"]),
    ("isLgl writes decimals", "3", [0, 1, 1], ["第一章", "1.1 ", "1.2 "]),
    ("numStyleLink", "4", [0, 0], ["I. ", "II. "]),
    ("unknown list", "9", [0], [""]),
]


@pytest.mark.parametrize(
    ("label", "num_id", "levels", "expected"), SEQUENCES, ids=[s[0] for s in SEQUENCES]
)
def test_numbering_counters(label: str, num_id: str, levels: list[int], expected: list[str]):
    numbering = Numbering.from_xml(parse_xml(LIST_XML))
    assert [numbering.label(num_id, k) for k in levels] == expected


def test_separate_lists_count_separately() -> None:
    numbering = Numbering.from_xml(parse_xml(LIST_XML))
    assert [numbering.label(n, 0) for n in ("1", "2", "1", "2")] == ["一、", "五、", "二、", "六、"]


def _docx_bytes(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


CJK_ASCII = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),  # CJK ideographs
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),  # printable ASCII, space included
    st.sampled_from("，。、；：（）《》“”"),
)
PARAGRAPH = st.text(CJK_ASCII, min_size=1, max_size=40).filter(lambda s: s.strip())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(PARAGRAPH, min_size=1, max_size=8))
def test_any_paragraphs_read_back_the_same(paragraphs: list[str]) -> None:
    assert read_docx(_docx_bytes(paragraphs), "p.docx").text.split("\n") == paragraphs
