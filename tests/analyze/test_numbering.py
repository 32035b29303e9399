"""Readings for pages from other sites (texts built to test the general rules): heading levels
from the numbering around a heading, headings that lost their numbers, the year of a report
without an opening, and top headings that return to practices after an assessment."""

from __future__ import annotations

import pytest

from fanwen.analyze.analysis import analyze_text

PROSE = "局党组把意识形态工作纳入党建工作总体布局，全年专题研究意识形态工作4次，听取汇报2次。"


def levels(text: str, repairs: bool = True) -> list[tuple[str, str]]:
    return [(b.level, b.text[:6]) for b in analyze_text(text, repairs=repairs).blocks]


def test_a_heading_between_siblings_of_another_style_takes_their_level() -> None:
    text = f"（一）加强学习。{PROSE}\n（二）管好阵地。{PROSE}\n（3）维护网络安全。{PROSE}\n"
    text += f"（四）处置重大问题。{PROSE}\n"
    assert [lv for lv, _ in levels(text)] == ["h2", "h2", "h2", "h2"]


def test_a_count_that_does_not_run_on_keeps_the_marks_own_level() -> None:
    text = f"一、工作情况\n（一）加强学习。{PROSE}\n1.中心组学习。{PROSE}\n"
    text += f"（三）管好阵地。{PROSE}\n"
    assert [lv for lv, _ in levels(text)] == ["h1", "h2", "h3", "h2"]


def test_a_heading_whose_children_count_again_from_one_is_a_level_higher() -> None:
    text = f"（一）推进思想政治工作\n（一）落实领导责任。{PROSE}\n（二）管好阵地。{PROSE}\n"
    assert [lv for lv, _ in levels(text)] == ["h1", "h2", "h2"]


def test_no_promotion_when_the_higher_level_is_there() -> None:
    text = f"一、工作情况\n（一）推进思想政治工作\n（一）落实领导责任。{PROSE}\n"
    assert [lv for lv, _ in levels(text)] == ["h1", "h2", "h2"]


def test_headings_that_lost_their_numbers_are_found() -> None:
    text = "医院意识形态工作专项报告\n意识形态工作是党的一项极端重要的工作。" + PROSE + "\n"
    text += f"阵地建设基本情况\n{PROSE}\n工作开展情况\n强化组织领导，落实工作责任\n{PROSE}\n"
    got = analyze_text(text).blocks
    assert [(b.level, b.role) for b in got] == [
        ("title", None),
        ("para", "opening"),
        ("h1", "practices"),
        ("para", "practices"),
        ("h1", "practices"),
        ("h2", "practices"),
        ("para", "practices"),
    ]


@pytest.mark.parametrize(
    "tail",
    [
        "特此报告\n××局党组\n2024年1月10日\n",  # closing lines are short but no prose follows
        "——小学意识形态工作汇报材料\n" + PROSE + "\n",  # a subtitle
        "（2025年03月26日）\n" + PROSE + "\n",  # a date under the title
    ],
)
def test_short_lines_that_are_not_headings(tail: str) -> None:
    text = f"某局意识形态工作总结\n{PROSE}\n{tail}"
    assert all(b.level not in ("h1", "h2", "h3") for b in analyze_text(text).blocks)


def test_a_report_with_numbered_headings_gets_no_unnumbered_ones() -> None:
    text = f"某局意识形态工作总结\n一、工作情况\n加强理论武装\n{PROSE}\n"
    assert [lv for lv, _ in levels(text)] == ["title", "h1", "para", "para"]


def test_the_draft_checker_reads_each_mark_alone_as_the_browser_does() -> None:
    text = f"（一）推进思想政治工作\n（一）落实领导责任。{PROSE}\n"
    assert [lv for lv, _ in levels(text, repairs=False)] == ["h2", "h2"]


def test_a_report_without_an_opening_takes_its_year_from_the_first_paragraph() -> None:
    text = "乡镇落实意识形态工作责任制情况说明\n一、责任制落实情况\n（一）强化组织领导\n"
    text += "年初，镇党委召开专题会议，对2020年全镇意识形态工作作出安排。\n"
    assert analyze_text(text).year == 2020
    with_opening = "乡镇意识形态工作汇报\n按照区委宣传部要求，现将情况汇报如下：\n"
    with_opening += "（一）加强组织领导。2023年共召开会议3次。\n"
    assert analyze_text(with_opening).year is None


def test_a_top_heading_of_work_done_returns_to_practices_after_an_assessment() -> None:
    text = "某局意识形态工作自评报告\n2022年以来，局党组认真落实责任制。\n"
    text += f"一、加强定期研判\n{PROSE}\n"
    text += "经自查，未发现重大突发敏感舆情，对涉意识形态领域舆情回应及时。\n"
    text += f"二、加强理论学习，提升思想认识\n{PROSE}\n"
    roles = [b.role for b in analyze_text(text).blocks]
    assert roles == [None, "opening", "practices", "practices", "assessment"] + ["practices"] * 2
    draft = [b.role for b in analyze_text(text, repairs=False).blocks]
    assert draft[-2:] == ["assessment", "assessment"]  # as the browser's draft checker reads it


def test_a_short_lead_on_how_an_area_went_is_an_item_of_practices() -> None:
    text = "某镇意识形态工作分析研判报告\n一、总体态势：稳中向好\n"
    text += "一季度，全镇意识形态领域形势总体平稳向好，未发生重大舆情事件。\n"
    text += "理论武装更加扎实。党委理论学习中心组集中学习4次，开展专题研讨2次。\n"
    got = [(b.level, b.role) for b in analyze_text(text).blocks]
    assert got[-2:] == [("para", "assessment"), ("item", "practices")]
    alone = analyze_text("某局工作总结\n成效更加明显。\n")  # nothing after the lead
    assert alone.blocks[-1].level == "para"


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("一、上半年意识形态总体开展情况", "assessment"),
        ("一、基本情况", "assessment"),
        ("一、工作总体情况", "practices"),
        ("一、阵地建设基本情况", "practices"),
    ],
)
def test_the_overall_picture_and_the_work_done(heading: str, role: str) -> None:
    text = "某局2024年上半年意识形态分析研判报告\n2024年上半年，局党组认真落实责任制。\n"
    text += f"{heading}\n{PROSE}\n"
    assert analyze_text(text).blocks[2].role == role
