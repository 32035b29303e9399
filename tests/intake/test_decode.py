"""Decoding: every encoding template sites use, cut files, and what is not text."""

from __future__ import annotations

import codecs

import pytest

from fanwen.errors import InputError
from fanwen.intake.decode import decode_bytes

REPORT = "落实意识形态工作责任制情况报告\n2023年以来，局党组坚持守土有责、守土尽责。\n"
TRADITIONAL = "落實意識形態工作責任制情況報告\n我們堅持以人民為中心，加強陣地管理。\n"

ENCODED = [
    ("utf-8", REPORT.encode("utf-8"), "utf-8"),
    ("utf-8 with BOM", codecs.BOM_UTF8 + REPORT.encode("utf-8"), "utf-8"),
    ("gbk", REPORT.encode("gbk"), "gb18030"),
    ("gb18030 with a rare character", ("𠀀" + REPORT).encode("gb18030"), "gb18030"),
    ("big5 traditional", TRADITIONAL.encode("big5"), "big5"),
    ("utf-16 LE with BOM", codecs.BOM_UTF16_LE + REPORT.encode("utf-16-le"), "utf-16-le"),
    ("utf-16 BE with BOM", codecs.BOM_UTF16_BE + REPORT.encode("utf-16-be"), "utf-16-be"),
    ("utf-16 LE without BOM", REPORT.encode("utf-16-le"), "utf-16-le"),
]


@pytest.mark.parametrize(("label", "data", "encoding"), ENCODED, ids=[c[0] for c in ENCODED])
def test_decodes_and_gives_back_the_bytes(label: str, data: bytes, encoding: str) -> None:
    decoded = decode_bytes(data, "甲.txt")
    assert decoded.encoding == encoding
    assert decoded.text in (REPORT, TRADITIONAL, "𠀀" + REPORT)
    assert decoded.to_bytes() == data


CUT = [
    ("utf-8 cut after 1 of 3 bytes", REPORT.encode("utf-8") + "报".encode()[:1]),
    ("utf-8 cut after 2 of 3 bytes", REPORT.encode("utf-8") + "报".encode()[:2]),
    ("gb18030 cut after 1 of 2 bytes", REPORT.encode("gb18030") + "报".encode("gb18030")[:1]),
]


@pytest.mark.parametrize(("label", "data"), CUT, ids=[c[0] for c in CUT])
def test_file_cut_inside_a_character_keeps_everything_before(label: str, data: bytes) -> None:
    decoded = decode_bytes(data, "甲.txt")
    assert decoded.text == REPORT
    assert decoded.tail and decoded.to_bytes() == data


BAD = [
    ("empty", b"", "file is empty"),
    ("NUL bytes", b"\x00\x01\x02\x03binary", "binary data"),
    ("PDF", b"%PDF-1.7\n" + REPORT.encode(), "PDF"),
    ("docx", b"PK\x03\x04" + bytes(40), "ZIP"),
    ("control characters", bytes(range(1, 9)) * 10 + REPORT.encode(), "control characters"),
    (
        "undecodable in the middle",
        REPORT.encode() + b"\xff\xfe\xfa" + REPORT.encode(),
        "cannot decode",
    ),
]


@pytest.mark.parametrize(("label", "data", "message"), BAD, ids=[c[0] for c in BAD])
def test_bad_bytes_are_refused_with_the_file_named(label: str, data: bytes, message: str) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data, "corpus/乙.txt")
    assert str(err.value).startswith("corpus/乙.txt: ")
    assert message in str(err.value)
