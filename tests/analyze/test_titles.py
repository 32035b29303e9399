"""Title and year of a page, read by the scored choice of fanwen.analyze.titles.

The pages of ``tests/data/title_cases.yaml`` are written in our own words, one per form that
pages from unseen sites take (a disclosure record, a cut page title over 时间/浏览量 lines, a
bundle's count glued to the opening, decorations, a blurb, no title at all …).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from fanwen.analyze import titles
from fanwen.analyze.analysis import analyze_raw, analyze_text
from fanwen.analyze.titlerules import TitleRules
from fanwen.analyze.titles import candidates, choose_title, features, head_of, peel
from fanwen.bench.realset import fold
from fanwen.datafile import load_yaml_model
from fanwen.errors import InputError
from helpers import ROOT

CASES = yaml.safe_load((ROOT / "tests" / "data" / "title_cases.yaml").read_text("utf-8"))["cases"]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_title_and_year_of_each_form(case: dict) -> None:
    _, analysis = analyze_raw(case["text"])
    assert fold(analysis.title or "") == fold(case["title"] or ""), analysis.title
    assert analysis.year == case["year"]


PEELED = [
    ("a word count in brackets", "街道工作情况汇报(全文2068字)", "街道工作情况汇报", True, False),
    (
        "a bundle count in brackets",
        "学校意识形态工作总结（通用10篇）",
        "学校意识形态工作总结",
        True,
        False,
    ),
    ("范文 and a count", "乡镇意识形态工作总结范文五篇", "乡镇意识形态工作总结", True, False),
    ("精编 and a copy number", "国企自查报告精编(2)", "国企自查报告", True, False),
    ("a bundle's count in front", "3篇社区意识形态工作总结", "社区意识形态工作总结", True, False),
    (
        "a file type",
        "2024年上半年意识形态工作总结.docx",
        "2024年上半年意识形态工作总结",
        True,
        False,
    ),
    ("a piece number", "局机关意识形态工作情况报告篇1", "局机关意识形态工作情况报告", False, True),
    (
        "a count, then a piece number",
        "意识形态工作情况总结十篇1",
        "意识形态工作情况总结",
        False,
        True,
    ),
    (
        "a bare number after the name",
        "高校意识形态工作年度总结1",
        "高校意识形态工作年度总结",
        False,
        True,
    ),
    ("the title twice running", "某局自评报告某局自评报告", "某局自评报告", False, False),
    (
        "a unit's name in brackets stays",
        "宣传思想文化工作综述(市本级)",
        "宣传思想文化工作综述(市本级)",
        False,
        False,
    ),
    (
        "a date after the title",
        "某局意识形态工作总结 发布时间：2022-01-05 09:30",
        "某局意识形态工作总结",
        True,
        False,
    ),
    ("a year stays", "2021意识形态工作情况总结", "2021意识形态工作情况总结", False, False),
]


@pytest.mark.parametrize(
    ("label", "raw", "text", "page", "piece"), PEELED, ids=[p[0] for p in PEELED]
)
def test_decorations_are_peeled(label: str, raw: str, text: str, page: bool, piece: bool) -> None:
    assert peel(raw) == (text, page, piece)


SOURCES = [
    (
        "the front of a line that runs on into the opening",
        ["县水利局党组意识形态工作情况汇报在县委的坚强领导下，局党组坚持守土有责。\n"],
        ("piece", "县水利局党组意识形态工作情况汇报"),
    ),
    (
        "a name that goes on after 及 is not cut there",
        ["镇2023年意识形态工作总结及2024年工作打算2023年以来，镇党委认真落实责任制。\n"],
        ("piece", "镇2023年意识形态工作总结及2024年工作打算"),
    ),
    (
        "a record's title field",
        ["索引号：001/2024-07\n", "名　　称：县应急管理局2023年意识形态工作总结\n"],
        ("field", "县应急管理局2023年意识形态工作总结"),
    ),
    (
        "a record's title field in a table row",
        ["|标题：2026年一季度意识形态领域形势分析研判报告|\n"],
        ("field", "2026年一季度意识形态领域形势分析研判报告"),
    ),
    (
        "a record's title field under its label",
        ["名称\n", "县应急管理局2023年意识形态工作总结\n", "发布机构\n"],
        ("field", "县应急管理局2023年意识形态工作总结"),
    ),
    (
        "a record's title field after a tab",
        ["名称\t县应急管理局2023年意识形态工作总结\t发布机构\t县应急管理局\n"],
        ("field", "县应急管理局2023年意识形态工作总结"),
    ),
    (
        "a single text named in a blurb",
        ["本站为大家准备了学校党支部2021年意识形态领域研判报告一文，希望对大家有帮助！\n"],
        ("blurb", "学校党支部2021年意识形态领域研判报告"),
    ),
]


@pytest.mark.parametrize(("label", "lines", "found"), SOURCES, ids=[s[0] for s in SOURCES])
def test_candidate_sources(label: str, lines: list[str], found: tuple[str, str]) -> None:
    assert found in [(c.source, c.text) for c in candidates(lines)]


NOT_TITLES = [
    (
        "a bundle named in a blurb is no report's title",
        "下面是小编整理的学校意识形态工作总结范文精选3篇，欢迎阅读。\n一、主要做法\n",
    ),
    (
        "an opening and a bare heading",
        "2023年，公司党总支扎实做好意识形态各项工作，成效明显。\n强化理论武装\n坚持第一议题制度，全年集中学习12次。\n",
    ),
    (
        "an opening and a section's name",
        "今年以来，我局认真落实意识形态工作责任制，压实各级责任，成效明显。\n主要工作开展情况\n我局坚持把意识形态工作摆在突出位置，全年专题研究4次。\n",
    ),
    ("a heading first", "一、基本情况\n近年来，中心认真执行上级关于意识形态工作的部署。\n"),
    (
        "a time and views line",
        "时间：2022-01-06 09:12　浏览量：386\n今年以来，社区党委压实责任，成效明显。\n一、做法\n",
    ),
    (
        "a quoted document in the opening",
        "根据《关于开展意识形态工作督查考核的通知》要求，支部对本年度工作进行了总结。\n一、做法\n",
    ),
    (
        "a lead-in of two clauses, no headline",
        "现就意识形态工作，作如下汇报\n一、基本情况\n镇党委全年专题研究意识形态工作4次。\n",
    ),
    (
        "a self-check's lead-in of two clauses",
        "对照年初工作计划，逐项开展自查\n一、自查情况\n局党组全年专题研究意识形态工作4次。\n",
    ),
    (
        "a meeting named in a lead that has no headline",
        "镇党委召开意识形态工作会议在镇政府会议室举行，全体班子成员参加，会议研究了下半年工作。\n"
        "会议要求，各村要压实责任。\n",
    ),
    (
        "a training course named in a lead that has no headline",
        "学校举办意识形态专题培训班为期三天，全体中层干部参加，邀请专家作专题辅导。\n"
        "培训采取集中授课和分组研讨相结合的方式。\n",
    ),
]


@pytest.mark.parametrize(("label", "text"), NOT_TITLES, ids=[n[0] for n in NOT_TITLES])
def test_no_title_is_invented(label: str, text: str) -> None:
    assert choose_title(text.splitlines(keepends=True)) is None


FEATURES = [
    (
        "a page title with a bar",
        ["年度意识形态工作总结(区县局)|2021年工作要点\n", "某局工作总结\n"],
        0,
        "chrome",
        1.0,
    ),
    (
        "right above the report",
        ["某局工作总结\n", "2021年，局党组压实责任，成效明显。\n", "一、做法\n"],
        0,
        "before_body",
        1.0,
    ),
    (
        "above a blurb, then a title",
        ["某局工作总结（8篇）\n", "以下是为大家整理的范文，供参考。\n", "某局工作总结\n"],
        0,
        "before_body",
        0.0,
    ),
    (
        "the same words on another line",
        ["某局2021年工作总结范文\n", "某局2021年工作总结\n"],
        1,
        "repeated",
        1.0,
    ),
    ("a date in it", ["发布时间：2024-07-03\n", "某局工作总结\n"], 0, "date_line", 1.0),
]


@pytest.mark.parametrize(
    ("label", "lines", "k", "name", "value"), FEATURES, ids=[f[0] for f in FEATURES]
)
def test_features_of_form(label: str, lines: list[str], k: int, name: str, value: float) -> None:
    c = next(c for c in candidates(lines) if c.line == k)
    assert features(c, lines, head_of(lines))[name] == value


def test_the_title_block_is_the_front_of_a_run_on_line() -> None:
    text = "县水利局党组意识形态工作情况汇报在县委的坚强领导下，2022年局党组守土有责。\n"
    text += "一、主要工作\n"
    blocks = analyze_text(text).blocks
    assert (blocks[0].level, blocks[0].text) == ("title", "县水利局党组意识形态工作情况汇报")
    assert blocks[1].text.startswith("在县委的坚强领导下") and blocks[1].role == "opening"
    assert "".join(b.text for b in blocks) == text


def test_the_draft_reading_keeps_the_first_line_rule() -> None:
    """The browser's draft checker has no port of the scored choice: repairs=False reads the
    title as before (the first title-like line among the first three), decorations and all."""
    text = (
        "乡镇意识形态工作总结范文五篇\n今年以来，镇党委把意识形态工作列入重要议事日程，成效明显。\n"
    )
    assert analyze_text(text, repairs=False).title == "乡镇意识形态工作总结范文五篇"
    assert analyze_text(text).title == "乡镇意识形态工作总结"


def test_a_bad_weights_file_names_itself(tmp_path: Path) -> None:
    source = Path(titles.__file__).parent / "data" / "titles.yaml"
    bad = tmp_path / "titles.yaml"
    bad.write_text(source.read_text("utf-8").replace("  blurb: -1.0", "  blurbs: -1.0"), "utf-8")
    with pytest.raises(InputError, match=r"titles\.yaml.*weights"):
        load_yaml_model(bad, TitleRules)


def test_learned_weights_are_reproducible_and_choose_as_scored() -> None:
    """The training command gives the same weights from the same rows, and a page's choice by
    weights (hand or learned) is the scored choice of fanwen.analyze.titles."""
    from fanwen.bench.titlefit import NAMES, Page, choose, fit, hand

    rows = {}
    for case in CASES:
        lines = analyze_raw(case["text"])[0].text.splitlines(keepends=True)
        found = [(features(c, lines, head_of(lines)), fold(c.text)) for c in candidates(lines)]
        rows[case["label"]] = ([([f[n] for n in NAMES], t) for f, t in found], case, lines)
    pages = [Page(label, fold(c["title"] or ""), r) for label, (r, c, _) in rows.items()]
    assert fit(pages) == fit(pages)
    weights, threshold = hand()
    for page, (_, _, lines) in zip(pages, rows.values(), strict=True):
        chosen = choose_title(lines)
        assert choose(page, weights, threshold) == fold(chosen.text if chosen else "")


def test_the_year_is_read_below_the_title() -> None:
    """Lines above the title are the site's: a year in a blurb there is not the report's."""
    text = "以下是本站整理的2023年度街道意识形态工作总结（五篇），欢迎大家阅读参考。\n"
    text += "街道意识形态工作总结篇1\n"
    text += "为深入贯彻落实上级部署，街道党工委扎实推进意识形态工作。现将有关情况报告如下：\n"
    text += "一、思想高度重视\n街道党工委把意识形态工作摆在突出位置，全年专题研究4次。\n"
    analysis = analyze_text(text)
    assert (analysis.title, analysis.year) == ("街道意识形态工作总结", None)
