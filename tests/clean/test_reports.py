"""Pages that bundle several reports are split where the next report starts, nowhere else."""

from __future__ import annotations

import pytest

from fanwen.clean.reports import numeral, split_reports

REPORT = "一、工作情况\n局党组全年召开专题会议4次。\n"

CASES = [
    ("篇一 篇二 on lines of their own", f"2篇工作总结\n篇一\n{REPORT}篇二\n{REPORT}", 2),
    ("titles ending in 篇1 篇2 篇3", f"总结篇1\n{REPORT}总结篇2\n{REPORT}总结篇3\n{REPORT}", 3),
    ("第一篇： before each title", f"第一篇：甲局总结\n{REPORT}第二篇：乙局总结\n{REPORT}", 2),
    ("【篇一】 in brackets", f"【篇一】\n{REPORT}【篇二】\n{REPORT}", 2),
    ("one marker only", f"意识形态工作总结篇1\n{REPORT}", 1),
    ("numbers out of order", f"篇二\n{REPORT}篇一\n{REPORT}", 1),
    ("a number skipped", f"篇一\n{REPORT}篇三\n{REPORT}", 1),
    ("篇 inside a sentence", f"第一篇章写得好。\n{REPORT}这是第二篇文章的开头。\n{REPORT}", 1),
    ("a report with no markers", REPORT * 3, 1),
]


@pytest.mark.parametrize(("label", "text", "count"), CASES, ids=[c[0] for c in CASES])
def test_split_where_reports_start(label: str, text: str, count: int) -> None:
    parts = split_reports(text)
    assert len(parts) == count
    assert "".join(parts) == text  # splitting changes no character


def test_each_piece_starts_at_its_marker() -> None:
    parts = split_reports(f"小编为大家整理了2篇总结。\n篇一\n{REPORT}篇二\n{REPORT}")
    assert parts[0].startswith("小编") and parts[1].startswith("篇二\n")


@pytest.mark.parametrize(
    ("text", "value"), [("篇十", 10), ("篇十二", 12), ("篇二十", 20), ("第3篇", 3), ("篇章", 0)]
)
def test_numerals(text: str, value: int) -> None:
    assert numeral(text) == value
