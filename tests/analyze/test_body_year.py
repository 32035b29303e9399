"""The year of a report whose opening lost the year's digits is taken from the body."""

from __future__ import annotations

import pytest

from fanwen.analyze.analysis import analyze_text

BODY = (
    "一、加强组织领导\n社区党工委签订了《2020年意识形态工作目标管理责任书》，制定2020年学习计划。\n"
)
CASES = [
    (
        "digits lost: the body's year",
        "20上半年以来，社区坚持守土有责。现将情况报告如下。\n",
        True,
        2020,
    ),
    (
        "digits lost, draft reading: none",
        "20上半年以来，社区坚持守土有责。现将情况报告如下。\n",
        False,
        None,
    ),
    ("no year at all: none", "今年以来，社区坚持守土有责。现将情况报告如下。\n", True, None),
    (
        "the opening's own year wins",
        "2021年以来，社区坚持守土有责。现将情况报告如下。\n",
        True,
        2021,
    ),
]


@pytest.mark.parametrize(("label", "opening", "repairs", "year"), CASES, ids=[c[0] for c in CASES])
def test_year(label: str, opening: str, repairs: bool, year: int | None) -> None:
    text = f"社区意识形态工作总结\n{opening}{BODY}"
    assert analyze_text(text, repairs=repairs).year == year


def test_a_year_in_the_units_profile_is_not_the_reports() -> None:
    """The profile that opens a report (where the unit lies, since when) is background."""
    text = (
        "镇文化站宣传思想工作总结\n"
        "一、基本情况\n"
        "某镇位于县境东部，离县城25公里，下辖12个行政村。镇文化站始建于1999年。\n"
        "二、主要做法\n"
        "镇文化站全年举办各类文化活动36场，组织理论宣讲20场。\n"
    )
    analysis = analyze_text(text)
    assert analysis.blocks[1].role == "opening"  # the profile is read as the opening
    assert analysis.year is None
