"""1、 2、 before long lines: a document site's page numbers when a page ends inside a
sentence, a numbered list when every item ends one (fanwen.clean.layout.find_page_markers)."""

from __future__ import annotations

import pytest

from fanwen.clean.layout import find_page_markers

LONG = (
    "乡党委中心组坚持每月集中学习一次，围绕上级文件和会议精神交流体会，班子成员的理论素养不断提升。"
    * 4
)

CASES = [
    ("pages cut inside a sentence", f"1、{LONG}二、\n2、加强研判。{LONG}\n", ["1、", "\n2、"]),
    ("numbered paragraphs that end their sentences", f"1、{LONG}\n2、{LONG}\n", []),
]


@pytest.mark.parametrize(("label", "text", "removed"), CASES, ids=[c[0] for c in CASES])
def test_page_markers(label: str, text: str, removed: list[str]) -> None:
    assert [e.before for e in find_page_markers(text)] == removed
